export * from './errors.js';
export * from './interval.js';
export { type LocalDate } from './local-date.js';
export * from './wall-time.js';
export * from './working-hours.js';
export * from './slots.js';
export * from './booking-rules.js';
export * from './series.js';
export * from './session-status.js';
