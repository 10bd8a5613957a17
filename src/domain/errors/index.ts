/** One error catalogue for every layer: codes, log messages, users' messages; pure. */
export { ERRORS, isErrorCode, messageOf, userKey, type ErrorCode, type ErrorDefinition } from './catalogue';
export { SiltaError, codeOf } from './siltaError';
export { logError, type ErrorLog } from './log';
