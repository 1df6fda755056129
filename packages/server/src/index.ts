export { loadConfig } from './config/config.js';
export { createApp } from './http/app.js';
export { openRuntime } from './runtime/runtime.js';
