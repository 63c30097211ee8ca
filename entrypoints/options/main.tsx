import '../../lib/schema/csp-safe';
import { render } from 'preact';
import { App } from '../../components/App';
import '../../components/app.css';

// The options page opens on the settings (trusted contacts, backup).
if (!location.hash) location.hash = '#/settings';
render(<App mode="options" />, document.getElementById('app')!);
