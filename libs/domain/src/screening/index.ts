export * from './screening-forms.js';
