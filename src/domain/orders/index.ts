/** Experience-expert orders: the workflow, the form, the summary. Pure. */
export * from './actions';
export {
  ORDER_ACT,
  ORDER_NOTE_INPUT,
  ORDER_REF,
  orderActOf,
  orderIdOf,
  submissionIdOf,
  type OrderActData,
} from './actionData';
export { alertsAfter, alertsOnSubmit, orderingSide, type OrderAlert, type OrderAlertKey } from './alerts';
export { sameWorkflow } from './bookkeeping';
export { csvCell, ordersCsv } from './csv';
export { historyLines, type ExpertMention, type HistoryLine } from './history';
export {
  DEFAULT_RETENTION_MONTHS,
  isDueForPurge,
  purgeAuditEntry,
  purgeCutoff,
  purgePersonalData,
  retentionStart,
} from './retention';
export { routeOrder, type LiaisonCandidate, type Routing } from './routing';
export {
  INVALID_REASONS,
  availableActions,
  feedbackRoles,
  isHandlingLiaison,
  isOrderingSide,
  transition,
} from './stateMachine';
export type { InvalidReason, TransitionError, TransitionResult } from './stateMachine';
export { median, yearlySummary, type YearlySummary } from './summary';
export * from './types';
export {
  FORM_ERROR_CODES,
  FORM_FIELDS,
  ORDER_FORM,
  FORM_LIMITS,
  FORM_PATTERNS,
  fieldsOf,
  validateOrderForm,
} from './validateOrderForm';
export type {
  FormContext,
  FormError,
  FormErrorCode,
  FormField,
  FormPart,
  FormResult,
} from './validateOrderForm';
export { searchUnits } from './unitSearch';
