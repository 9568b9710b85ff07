// Pure business rules shared by the API and the admin. No framework imports (enforced by eslint).
export * from './scheduling/index.js';
export * from './instruments/index.js';
export * from './outcomes/index.js';
export * from './messaging/index.js';
export * from './screening/index.js';
