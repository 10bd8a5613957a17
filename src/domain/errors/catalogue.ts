/**
 * Every error code Silta throws, logs, records or answers with, in one place: the code, what the log
 * says (English, what happened and how to fix it; `{name}` is filled from the error's details) and the
 * i18n key of what the user is told (`common.error` is the generic message with the correlation id).
 * A `{name}` in a user key is filled from the details too (orders.invalid_{reason}).
 *
 * Add a code here, then use it through `SiltaError` (thrown) or `logError` (logged); a test fails on
 * free-text codes anywhere else in src/.
 */
export interface ErrorDefinition {
  readonly log: string;
  readonly user: string;
}

const GENERIC = 'common.error';

export const ERRORS = {
  // Configuration and start-up
  CONFIG_INVALID: { log: '{variable}: {expected}', user: GENERIC },
  AUTH_OFF: {
    log: '!!! ALLOW_ANONYMOUS=true and no BOT_ID: Bot Framework authentication is OFF. Anyone who can reach this endpoint can post forged activities and card actions, so Silta listens on 127.0.0.1 only. Local use only. !!!',
    user: GENERIC,
  },
  STARTUP_FAILED: {
    log: 'Silta could not start ({reason}); fix the cause named here and start it again',
    user: GENERIC,
  },
  PROJECT_ROOT_NOT_FOUND: {
    log: 'run Silta from its project folder (the one with package.json)',
    user: GENERIC,
  },

  // The process
  UNHANDLED_REJECTION: {
    log: 'a promise failed and nothing awaited it; Silta keeps running. Find the call that dropped the promise (the stack below) and await or catch it',
    user: GENERIC,
  },
  UNCAUGHT_EXCEPTION: {
    log: 'an exception escaped every handler; Silta exits so that App Service starts a clean process. Fix the throw in the stack below',
    user: GENERIC,
  },

  // Storage
  STORAGE_NOT_READY: { log: 'storage is not connected yet; retry in a moment', user: GENERIC },
  STORAGE_EMBEDDED: {
    log: 'COSMOS_ENDPOINT is not set: using the embedded in-memory Cosmos-protocol server. For local use only — data is lost on restart.',
    user: GENERIC,
  },
  COSMOS_UNREACHABLE: {
    log: 'storage is not reachable; check COSMOS_ENDPOINT and credentials. Retrying.',
    user: GENERIC,
  },
  COSMOS_SCHEMA_MISSING: {
    log: 'container "{container}" in database "{database}" is not readable ({reason}); deploy infra/main.bicep, which creates it',
    user: GENERIC,
  },
  STORAGE_STALE_ETAG: {
    log: '{what} was changed by someone else since it was read; reload it and try again',
    user: GENERIC,
  },
  STORAGE_DUPLICATE: { log: '{what} already exists', user: GENERIC },

  // The HTTP edge (the `error` of a JSON answer; the log text is its `message`)
  EXPORT_NOT_FOUND: { log: 'the link has expired; ask Silta for the summary again', user: GENERIC },
  SHUTTING_DOWN: { log: 'Silta is restarting; Bot Framework will retry', user: GENERIC },
  BAD_ACTIVITY: { log: 'expected a Bot Framework activity (JSON with a "type")', user: GENERIC },
  STORAGE_UNAVAILABLE: { log: 'storage is not reachable yet; retry later', user: GENERIC },
  INTERNAL: {
    log: 'the request failed; the log line with this correlation id says why',
    user: GENERIC,
  },
  REQUEST_FAILED: {
    log: '/api/messages failed outside a turn (authentication or the adapter); see err',
    user: GENERIC,
  },
  TENANT_REFUSED: {
    log: 'activity from a tenant outside ALLOWED_TENANT_IDS ignored',
    user: GENERIC,
  },

  // The HTTP edge: bodies, authentication, limits
  COSMOS_EMBEDDED_MISSING: {
    log: 'COSMOS_ENDPOINT is not set and the embedded store (@vercel/cosmosdb-server, a dev dependency) is not installed ({reason}); set COSMOS_ENDPOINT, or run npm install for local use',
    user: GENERIC,
  },
  UNSUPPORTED_MEDIA_TYPE: { log: 'the body is not application/json in UTF-8', user: GENERIC },
  BODY_TOO_LARGE: { log: 'the body is larger than any activity Silta accepts', user: GENERIC },
  BODY_UNREADABLE: { log: 'the body could not be read (the connection failed)', user: GENERIC },
  BODY_TIMEOUT: { log: 'the body did not arrive in time', user: GENERIC },
  BAD_JSON: { log: 'the body is not valid JSON', user: GENERIC },
  UNAUTHORIZED: { log: 'the request has no valid Bot Framework token', user: GENERIC },
  AUTH_UNAVAILABLE: {
    log: 'the Bot Framework signing keys could not be fetched yet; the channel retries',
    user: GENERIC,
  },
  AUTH_REFUSED: {
    log: 'request to /api/messages not authenticated ({reason}); a steady stream means someone is probing the endpoint, a sudden one a wrong BOT_ID or BOT_TENANT_ID',
    user: GENERIC,
  },
  AUTH_REFUSED_SUPPRESSED: {
    log: 'more refusals than logged ({suppressed} not logged in the last minute)',
    user: GENERIC,
  },
  OPENID_METADATA_UNAVAILABLE: {
    log: 'no Bot Framework signing keys have ever been fetched; requests get 503 until they are (check outbound https to login.botframework.com)',
    user: GENERIC,
  },
  OPENID_METADATA_UNREACHABLE: {
    log: 'Bot Framework signing keys could not be fetched; tokens with unknown keys are refused',
    user: GENERIC,
  },
  OPENID_METADATA_OK: { log: 'signing keys fetched again', user: GENERIC },
  TOO_MANY_TURNS: { log: 'too many turns from one user or conversation', user: GENERIC },
  TURN_LIMITED: {
    log: 'too many turns from one user or conversation; further ones get 429 until it calms down',
    user: GENERIC,
  },
  TURN_LIMITED_REPLY_FAILED: {
    log: 'the polite answer to a limited turn could not be sent',
    user: GENERIC,
  },

  // Turns
  TURN_FAILED: {
    log: 'unhandled error in a turn; the user was given this correlation id. The stack in err shows what to fix',
    user: GENERIC,
  },
  TURN_REPLY_FAILED: {
    log: 'could not send the error reply (the connector refused it or is unreachable); the user saw no answer',
    user: GENERIC,
  },
  CONVERSATION_REFERENCE_NOT_SAVED: {
    log: 'the user could not be remembered for proactive messages; the next turn of theirs tries again',
    user: GENERIC,
  },
  PROFILE_LANGUAGE_NOT_READ: {
    log: "the user's chosen language could not be read; this turn answers in the client's language",
    user: GENERIC,
  },
  JOB_FAILED: { log: 'a scheduled job failed; it runs again within a minute', user: GENERIC },
  I18N_MISSING_KEY: { log: 'no message "{key}"; add it to src/i18n/messages', user: GENERIC },
  I18N_PLURAL_WITHOUT_COUNT: {
    log: '"{key}" depends on a count; pass the parameter count (a number)',
    user: GENERIC,
  },

  // Register
  REGISTER_INVALID: {
    log: '{count} row error(s); run npm run import to see them',
    user: GENERIC,
  },
  REGISTER_AUDIT_DEFERRED: {
    log: 'the change is recorded in its register version and is copied to the audit log at the next import',
    user: GENERIC,
  },
  REGISTER_POLL_FAILED: {
    log: 'could not read the register version stamp; polling again in 5 s',
    user: GENERIC,
  },

  // Register file downloads (the reason of REGISTER_DOWNLOAD_REFUSED / _FAILED; the user key is the answer)
  REGISTER_DOWNLOAD_REFUSED: {
    log: 'a register upload was refused before any download ({reason}); the user was told why',
    user: GENERIC,
  },
  REGISTER_DOWNLOAD_FAILED: {
    log: 'a register file was not downloaded ({reason}); the user was told. A refusal means the link is not one Teams gives: check REGISTER_DOWNLOAD_HOSTS',
    user: GENERIC,
  },
  TOO_MANY_FILES: {
    log: 'more register files in one message than the register has kinds',
    user: 'register.tooManyFiles',
  },
  PLAIN_ATTACHMENT: {
    log: 'a plain attachment (contentUrl) outside local use; Teams sends files as download links',
    user: 'register.downloadRefused',
  },
  BAD_URL: { log: 'the link is not a valid URL (or carries a user name)', user: 'register.downloadRefused' },
  SCHEME_NOT_ALLOWED: {
    log: 'only https links are fetched (http too with REGISTER_DOWNLOAD_LOCAL)',
    user: 'register.downloadRefused',
  },
  HOST_NOT_ALLOWED: { log: 'the host is not in REGISTER_DOWNLOAD_HOSTS', user: 'register.downloadRefused' },
  PRIVATE_ADDRESS: {
    log: 'the host is or resolves to a private or loopback address; only public addresses are fetched',
    user: 'register.downloadRefused',
  },
  REDIRECT_TO_OTHER_ORIGIN: {
    log: "a redirect left the link's own scheme, host and port; it was not followed",
    user: 'register.downloadRefused',
  },
  TOO_MANY_REDIRECTS: { log: 'the link redirected more times than allowed', user: 'register.downloadFailed' },
  HTTP_STATUS: { log: 'the file server did not answer 200', user: 'register.downloadFailed' },
  TOO_LARGE: { log: 'the file is larger than a register export can be', user: 'register.fileTooLarge' },
  TIMEOUT: { log: 'the download did not finish in time', user: 'register.downloadFailed' },
  NETWORK: { log: 'the connection failed', user: 'register.downloadFailed' },

  // NGO submissions from the public page (docs/ngo.md)
  NGO_SUBMITTED: {
    log: 'NGO submission {reference} received and routed to {routedTo} ({liaisons} people)',
    user: 'ngo.thanksTitle',
  },
  NGO_NOTIFY_FAILED: {
    log: 'the liaisons of NGO submission {reference} could not be sent its card; it is stored, and the county coordinator can find and forward it',
    user: GENERIC,
  },
  NGO_LIAISON_UNREACHABLE: {
    log: 'a liaison of NGO submission {reference} has never talked to Silta, so no card could be sent; ask them to open Silta in Teams',
    user: GENERIC,
  },
  NGO_DECIDED: { log: 'NGO submission {reference}: {decision}', user: GENERIC },
  NGO_DECISION_REFUSED: {
    log: 'a decision on NGO submission {reference} was refused ({reason}); nothing changed',
    user: GENERIC,
  },
  NGO_RATE_LIMITED: {
    log: 'a submission over the NGO page limits was refused (NGO_SUBMIT_ADDRESS_LIMITS, NGO_SUBMIT_TOTAL_LIMITS)',
    user: 'ngo.rateLimited',
  },
  NGO_TOO_FAST: { log: 'an NGO form came back faster than NGO_MIN_FILL_SECONDS', user: 'ngo.tooFast' },
  NGO_REFUSED: { log: 'an NGO form filled its honeypot field', user: 'ngo.refused' },
  NGO_INVALID: { log: 'an NGO form had fields to correct', user: 'ngo.errorSummary' },

  // Orders
  ORDER_NOT_ALLOWED: { log: 'the actor may not take this action on this order', user: 'orders.notAllowed' },
  ORDER_WRONG_STATE: {
    log: 'the order is not in a state this action starts from',
    user: 'orders.wrongState',
  },
  ORDER_ALREADY_DONE: { log: 'someone already took this step', user: 'orders.alreadyDone' },
  ORDER_INVALID: { log: "the action's data is invalid ({reason})", user: 'orders.invalid_{reason}' },
  ORDER_NO_LIAISON: {
    log: 'unit {unitId} has no centre liaison and its area no regional coordinator in the register valid today; add one to the register',
    user: 'orders.noLiaison',
  },
  ORDER_ANNOUNCE_FAILED: {
    log: 'the liaisons could not be sent the new order; they see it when they next open their cards',
    user: GENERIC,
  },
  ORDER_CARD_UPDATE_FAILED: {
    log: 'an order card could not be redrawn; it shows the new state when next used',
    user: GENERIC,
  },
  ORDER_ALERT_FAILED: {
    log: 'a person could not be told about an order step (no conversation with Silta, or the connector failed)',
    user: GENERIC,
  },
  CHART_RENDER_TIMEOUT: {
    log: 'the chart took over {ms} ms to draw; its worker thread was stopped and the summary turn failed. If it repeats, the machine is overloaded',
    user: GENERIC,
  },

  // Notices and delivery
  NOTICE_NOT_A_SENDER: {
    log: 'only NGO liaisons and the county coordinator send notices',
    user: 'notices.refusal_NOTICE_NOT_A_SENDER',
  },
  NOTICE_COUNTY_COORDINATOR_ONLY: {
    log: 'only the county coordinator sends to the whole county',
    user: 'notices.refusal_NOTICE_COUNTY_COORDINATOR_ONLY',
  },
  NOTICE_OUTSIDE_COVERAGE: {
    log: 'the audience has units the liaison does not cover',
    user: 'notices.refusal_NOTICE_OUTSIDE_COVERAGE',
  },
  NOTICE_WITHDRAWN: { log: 'the sender may no longer send it', user: GENERIC },
  NO_CONVERSATION: {
    log: 'the recipient has not installed Silta (no conversation reference)',
    user: GENERIC,
  },
  RENDER_FAILED: { log: 'the notice could not be drawn for this recipient', user: GENERIC },
  DELIVERY_LOOP_FAILED: {
    log: 'the delivery loop could not read the outbox; it tries again at the next poll. If it repeats, check storage (COSMOS_UNREACHABLE)',
    user: GENERIC,
  },
  DELIVERY_FAILED_TO_RECORD: {
    log: "a delivery's outcome could not be stored; its lease runs out and it is sent again",
    user: GENERIC,
  },
  DELIVERY_RENDER_FAILED: {
    log: 'the notice could not be drawn for this recipient; the delivery is marked failed',
    user: GENERIC,
  },
  DELIVERY_RECORD_RETRY: {
    log: 'storage write failed, trying again (after 1, 2 and 4 s); if it keeps failing, check the Cosmos account and its throttling',
    user: GENERIC,
  },
  DELIVERY_SEND_THREW: {
    log: 'the transport threw instead of answering; counted as a network error and retried',
    user: GENERIC,
  },
  DELIVERY_REPORT_FAILED: {
    log: 'the report card was not updated (the card is gone or the connector failed); the delivery goes on',
    user: GENERIC,
  },
  DELIVERY_REPORT_UNMARKED: {
    log: 'the final report went out but could not be marked done; it is sent once more at the next look (docs/delivery.md §6)',
    user: GENERIC,
  },
  DELIVERY_HEARTBEAT_FAILED: {
    log: "this instance's heartbeat could not be written or the live instances counted; it tries again in a second and sends nothing if its beat runs out (docs/delivery.md §4)",
    user: GENERIC,
  },
  DELIVERY_CONVERSATION_SLOT_FAILED: {
    log: "the conversation's shared send window could not be read or written; nothing goes out to it until it can (a second later; docs/delivery.md §4)",
    user: GENERIC,
  },

  // Reminders
  SCHEDULE_INVALID: {
    log: '"{cron}": {why}; use five cron fields, e.g. "0 9 1 2,9 *" (09:00 on 1 Feb and 1 Sep)',
    user: GENERIC,
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

/** The `{name}` placeholders of a template, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** What an error carries beside its code: the log's placeholders (required) and any other fields. */
export type Details<C extends ErrorCode> = {
  readonly [K in Placeholders<(typeof ERRORS)[C]['log']>]: string | number;
} & {
  readonly [field: string]: unknown;
};

/** The catalogue's i18n key for `code` with its `{name}`s filled, or the generic key. */
export function userKey(code: string, details: Readonly<Record<string, unknown>> = {}): string {
  const definition = isErrorCode(code) ? ERRORS[code] : undefined;
  return definition ? fill(definition.user, details) : GENERIC;
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERRORS, code);
}

/** "CODE what happened; how to fix it", the one format of every message and log line. */
export function messageOf(code: ErrorCode, details: Readonly<Record<string, unknown>> = {}): string {
  return `${code} ${fill(ERRORS[code].log, details)}`;
}

function fill(template: string, details: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    details[name] === undefined ? whole : String(details[name]),
  );
}
