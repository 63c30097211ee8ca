import '../../lib/schema/csp-safe';
import { render } from 'preact';
import { App } from '../../components/App';
import { EmbeddingRefused } from '../../components/EmbeddingRefused';
import { isTrustedEmbedding } from '../../lib/app/embedding';
import { MARKETPLACE_MATCHES } from '../../lib/marketplaces/content-matches';
import '../../components/app.css';

const root = document.getElementById('app')!;
void isTrustedEmbedding(window, MARKETPLACE_MATCHES).then((trusted) => render(trusted ? <App mode="embedded" /> : <EmbeddingRefused />, root));
