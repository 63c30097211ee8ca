import { describe, expect, it } from 'vitest';
import { extractSegments, headingsBefore } from '../../../lib/guard/segments';
import { parseHtml, type DomImpl } from './helpers';

const page = (body: string, impl: DomImpl): Document =>
  parseHtml(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`, 'https://x.example/', impl);

describe.each(['jsdom', 'happy-dom'] as const)('extractSegments on %s', (impl) => {
  it('joins inline elements into one block and keeps cells and blocks apart', () => {
    const doc = page(
      '<p>Call <b>8 800</b> <span class="n">301</span>-47-62</p><table><tr><td>Refunds</td><td>1-877-555-0188</td></tr></table>',
      impl,
    );
    const texts = extractSegments(doc).map((s) => s.text.trim());
    expect(texts).toContain('Call 8 800 301-47-62');
    expect(texts).toContain('Refunds');
    expect(texts).toContain('1-877-555-0188');
  });

  it('skips scripts, styles, templates, hidden elements and form fields', () => {
    const doc = page(
      '<p>visible<script>var x = "+1 888 555 0123"</script><style>p{}</style></p>' +
        '<template><p>template</p></template><noscript>no script</noscript>' +
        '<div hidden>hidden</div><div style="display: none">none</div><p aria-hidden="true">aria</p>' +
        '<input type="hidden" value="+18885550123"><textarea>typed</textarea>',
      impl,
    );
    const all = extractSegments(doc).map((s) => s.text).join('|');
    expect(all).toContain('visible');
    for (const word of ['888', 'template', 'no script', 'hidden', 'none', 'aria', 'typed']) expect(all).not.toContain(word);
  });

  it('maps segment offsets back to the text nodes', () => {
    const doc = page('<p>Call <b>8 800</b> <span>301</span>-47-62 now</p>', impl);
    const segment = extractSegments(doc).find((s) => s.text.includes('800'))!;
    const start = segment.text.indexOf('8 800');
    const end = segment.text.indexOf(' now');
    const covered = segment.pieces
      .filter((p) => p.end > start && p.start < end)
      .map((p) => p.node.data.slice(Math.max(start, p.start) - p.start, Math.min(end, p.end) - p.start))
      .join('');
    expect(covered).toBe('8 800 301-47-62');
  });

  it('records links with the range of their text', () => {
    const doc = page('<p>Phone: <a href="tel:+18885550123">Call now</a>!</p>', impl);
    const [segment] = extractSegments(doc);
    const [link] = segment!.links;
    expect(link?.href).toBe('tel:+18885550123');
    expect(segment!.text.slice(link!.start, link!.end)).toBe('Call now');
  });

  it('builds the outline: nearest heading last, sections end their headings, chrome keeps its own', () => {
    const doc = page(
      '<h1>Top</h1><h2>First</h2><p>a</p><h3>Deep</h3><p>b</p><h2>Second</h2><p>c</p>' +
        '<section><h2>Inner</h2><p>d</p></section><p>e</p><footer><p>f</p></footer>',
      impl,
    );
    const chain = (text: string) =>
      extractSegments(doc)
        .find((s) => s.text.trim() === text)!
        .headings.map((h) => h.text);
    expect(chain('a')).toEqual(['Top', 'First']);
    expect(chain('b')).toEqual(['Top', 'First', 'Deep']);
    expect(chain('c')).toEqual(['Top', 'Second']);
    expect(chain('d')).toEqual(['Top', 'Inner']);
    expect(chain('e')).toEqual(['Top', 'Second']);
    expect(chain('f')).toEqual([]);
    expect(extractSegments(doc).find((s) => s.text.trim() === 'f')!.inChrome).toBe(true);
  });

  it('finds the outline at an insertion point by walking back', () => {
    const doc = page('<main><h1>Top</h1><h2>Numbers</h2><p>x</p><div id="new">y</div></main>', impl);
    expect(headingsBefore(doc.getElementById('new')!).map((h) => h.text)).toEqual(['Top', 'Numbers']);
  });
});

describe('extractSegments on hostile pages', () => {
  it('walks a 20 000-deep tree without recursion', () => {
    const doc = parseHtml('<!doctype html><html><body></body></html>', 'https://x.example/');
    let node: Element = doc.createElement('p');
    node.appendChild(doc.createTextNode('deep +1 888 555 0123'));
    for (let i = 0; i < 20_000; i += 1) {
      const wrapper = doc.createElement(i % 2 ? 'span' : 'div');
      wrapper.appendChild(node);
      node = wrapper;
    }
    // Scanned detached: jsdom and happy-dom themselves recurse when attaching a tree this deep.
    const segments = extractSegments(node);
    expect(segments.filter((s) => s.text.includes('deep'))).toHaveLength(1);
  });

  it('stops at the node cap', () => {
    const doc = parseHtml(`<!doctype html><html><body>${'<p>x</p>'.repeat(500)}</body></html>`, 'https://x.example/');
    expect(extractSegments(doc, { maxNodes: 50 }).length).toBeLessThan(50);
  });
});
