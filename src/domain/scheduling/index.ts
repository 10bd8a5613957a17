/** Recurring reminders and their schedule in Europe/Helsinki. Pure. */
export * from './nextRun';
export * from './reminders';
export * from './reminderForm';
