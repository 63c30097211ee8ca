/**
 * A single-page site for the badge e2e (Chromium and Firefox): one document whose
 * views change by history.pushState / replaceState / popstate, never by a load.
 * "/help" presents an AliExpress hotline, "/contact" a different (Temu) one,
 * "/about" nothing; every path serves the same document, which renders the view
 * of its own location ("/help?section=faq" changes the address, not the view).
 */

export const SPA_ORIGIN = 'https://spa-gadgets.example';
export const SPA_PATHS = ['/help', '/about', '/contact'] as const;
export const SPA_HELP_NUMBER = '+18775550142';
export const SPA_CONTACT_NUMBER = '+18885550166';

export const SPA_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gadget weekly</title></head><body>
<nav><a id="to-help" href="/help">Help</a> <a id="to-help-faq" href="/help?section=faq">FAQ</a> <a id="to-about" href="/about">About</a> <a id="to-contact" href="/contact" data-replace="1">Contact</a></nav>
<main id="view"></main>
<script>
  const views = {
    '/help': '<h1>AliExpress customer service</h1><p>AliExpress support hotline, call now: +1 877 555 0142</p>',
    '/about': '<h1>About us</h1><p>We review gadgets every week and answer readers on Fridays.</p>',
    '/contact': '<h1>Temu customer care</h1><p>Temu support line, 24/7: +1 888 555 0166</p>',
  };
  function render() { document.getElementById('view').innerHTML = views[location.pathname] || views['/about']; }
  for (const link of document.querySelectorAll('nav a')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history[link.dataset.replace ? 'replaceState' : 'pushState']({}, '', link.getAttribute('href'));
      render();
    });
  }
  addEventListener('popstate', render);
  render();
</script>
</body></html>`;
