/** Experience-expert orders: the workflow, the form, the summary. Pure. */
export * from './actions';
export { monthlyChartPng } from './chart';
export { csvCell, ordersCsv } from './csv';
export { DEFAULT_RETENTION_MONTHS, isDueForPurge, purgePersonalData } from './retention';
export { availableActions, isHandlingLiaison, isOrderingSide, transition } from './stateMachine';
export type { TransitionError, TransitionResult } from './stateMachine';
export { median, yearlySummary, type YearlySummary } from './summary';
export * from './types';
export { FORM_FIELDS, FORM_LIMITS, validateOrderForm } from './validateForm';
export type { FormError, FormErrorCode, FormField, FormResult } from './validateForm';
