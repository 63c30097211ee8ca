import '../../lib/schema/csp-safe';
import { render } from 'preact';
import { App } from '../../components/App';
import { EmbeddingRefused } from '../../components/EmbeddingRefused';
import { isTrustedEmbedding } from '../../lib/app/embedding';
import { forwardEscapeToHost } from '../../lib/app/frame-escape';
import { MARKETPLACE_PAGE_MATCHES } from '../../lib/marketplaces/registry';
import '../../components/app.css';

const root = document.getElementById('app')!;
void isTrustedEmbedding(window, MARKETPLACE_PAGE_MATCHES).then((trusted) => {
  if (trusted) forwardEscapeToHost(window);
  render(trusted ? <App mode="embedded" /> : <EmbeddingRefused />, root);
});
