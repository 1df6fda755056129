/**
 * Test data builders for every package's tests (`@minimus/core/testing`): each returns a valid value,
 * changed only where a test says so. Never imported by production code.
 */
export * from './builders.js';
export * from './figure-body-points.js';
export * from './movement-readings.js';
export * from './plan-builders.js';
