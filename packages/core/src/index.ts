export * from './calendar/calendar.js';
export * from './engine/plan.js';
export * from './history/history.js';
export * from './program/program.js';
export * from './protocol/phase-number.js';
export * from './protocol/protocol.js';
export * from './protocol/types.js';
export * from './figures/index.js';
