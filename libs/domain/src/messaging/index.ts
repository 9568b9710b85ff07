export * from './reminders.js';
export * from './waitlist.js';
