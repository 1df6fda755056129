import { render } from 'preact';
import { App } from './app/app.js';
import { startSync } from './offline/sync.js';
import './styles.css';

startSync();
const root = document.getElementById('app');
if (root) render(<App />, root);
