import '../../lib/schema/csp-safe';
import { render } from 'preact';
import { App } from '../../components/App';
import '../../components/app.css';

render(<App mode="embedded" />, document.getElementById('app')!);
