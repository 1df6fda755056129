import { render } from 'preact';
import { ClinicApp } from './app.js';
import '../shared/styles.css';
import './clinician.css';

const root = document.getElementById('clinic-app');
if (root) render(<ClinicApp />, root);
