export * from './attention.js';
export * from './auth.js';
export * from './clinic.js';
export * from './history.js';
export * from './messages.js';
export * from './notify.js';
export * from './operations.js';
