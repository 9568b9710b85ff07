export * from './reminders.js';
export * from './waitlist.js';
export * from './questionnaires.js';
