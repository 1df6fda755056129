import { render } from 'preact';
import { App } from './app/app.js';
import { startSync } from './offline/sync.js';
import { sendStaleSessions } from './player/stale-sessions.js';
import '../shared/styles.css';

startSync();
void sendStaleSessions();
const root = document.getElementById('app');
if (root) render(<App />, root);
