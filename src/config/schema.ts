import { z } from 'zod';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emptyToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const optionalGuid = (what: string) =>
  z.preprocess(emptyToUndefined, z.string().trim().regex(guid, `expected a GUID (${what})`).optional());
const guidList = (message: string) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    z.array(z.string().regex(guid, message)),
  );
const optionalBoolean = z.preprocess(
  emptyToUndefined,
  z.enum(['true', 'false'], { errorMap: () => ({ message: 'expected true or false' }) }).optional(),
);
/** A host name (`silta.example.fi`), a wildcard for its subdomains (`*.sharepoint.com`), or `*` (any). */
const hostPattern = /^(\*|(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/;
const HOSTS_EXPECTED =
  'expected comma-separated host names or *.domain wildcards, e.g. *.sharepoint.com (* = any host, not in production)';
/** A whole number in [min, max]; every failure gives the same `expected …` line. */
const wholeNumber = (expected: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ invalid_type_error: expected })
      .int(expected)
      .min(min, expected)
      .max(max, expected)
      .default(fallback),
  );

const UNIT_MS = { ms: 1, s: 1_000, min: 60_000, h: 3_600_000 } as const;
const WINDOWS_EXPECTED =
  'expected comma-separated limits like 7/1s,8/2s,60/30s,1800/1h (count/window in ms, s, min or h)';
/** Rate-limit windows: "7/1s,60/30s" → [{ limit: 7, ms: 1000 }, { limit: 60, ms: 30000 }]. */
const rateWindows = (fallback: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v : fallback),
    z.string().transform((text, ctx) => {
      const windows = text.split(',').map((part) => {
        const m = /^\s*(\d{1,5})\s*\/\s*(\d{1,7})\s*(ms|s|min|h)\s*$/.exec(part);
        return m
          ? { limit: Number(m[1]), ms: Number(m[2]) * UNIT_MS[m[3] as keyof typeof UNIT_MS] }
          : undefined;
      });
      if (windows.some((w) => !w || w.limit < 1 || w.ms < 1)) {
        ctx.addIssue({ code: 'custom', message: WINDOWS_EXPECTED });
        return z.NEVER;
      }
      return windows as Array<{ limit: number; ms: number }>;
    }),
  );

/** Every setting Silta reads, in one place. Names are the environment variables. */
export const configSchema = z
  .object({
    NODE_ENV: z.preprocess(
      emptyToUndefined,
      z
        .enum(['development', 'test', 'production'], {
          errorMap: () => ({ message: 'expected development, test or production' }),
        })
        .default('development'),
    ),
    PORT: wholeNumber('expected a port number 0-65535', 0, 65535, 3978),
    BOT_ID: optionalGuid('the Azure Bot / Entra app id'),
    BOT_PASSWORD: optionalString,
    BOT_TYPE: z.preprocess(
      emptyToUndefined,
      z
        .enum(['SingleTenant', 'UserAssignedMsi'], {
          errorMap: () => ({ message: 'expected SingleTenant or UserAssignedMsi' }),
        })
        .default('SingleTenant'),
    ),
    BOT_TENANT_ID: optionalGuid('the Entra tenant id of the bot'),
    ALLOWED_TENANT_IDS: guidList('expected a comma-separated list of tenant GUIDs'),
    COSMOS_ENDPOINT: z.preprocess(
      emptyToUndefined,
      z.string().trim().url('expected the https URL of the Cosmos DB account').optional(),
    ),
    COSMOS_KEY: optionalString,
    COSMOS_MANAGED_IDENTITY_CLIENT_ID: optionalGuid('the client id of the user-assigned managed identity'),
    COSMOS_DATABASE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{1,255}$/, 'expected a database name of letters, digits, - and _')
        .default('silta'),
    ),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          errorMap: () => ({ message: 'expected fatal, error, warn, info, debug, trace or silent' }),
        })
        .default('info'),
    ),
    COORDINATOR_AAD_IDS: guidList('expected a comma-separated list of AAD object ids'),
    PUBLIC_BASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .url('expected the public https URL of this app, e.g. https://silta.azurewebsites.net')
        .optional(),
    ),
    ORIENTATION_MATERIAL_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .url("expected an http(s) URL of the experience experts' orientation material")
        .default('https://pohde.fi/kokemustoiminta'),
    ),
    ORDER_RETENTION_MONTHS: wholeNumber('expected a whole number of months (1–120)', 1, 120, 24),
    // Data lifetimes (docs/data-lifetimes.md): enforced by the retention job.
    AUDIT_RETENTION_MONTHS: wholeNumber('expected a whole number of months (1–120)', 1, 120, 36),
    USER_INACTIVE_MONTHS: wholeNumber('expected a whole number of months (1–60)', 1, 60, 12),
    NOTICE_RETENTION_DAYS: wholeNumber('expected a whole number of days (1–3650)', 1, 3650, 90),
    DELIVERY_RETENTION_DAYS: wholeNumber('expected a whole number of days (1–3650)', 1, 3650, 30),
    TURN_STATE_RETENTION_DAYS: wholeNumber('expected a whole number of days (1–3650)', 1, 3650, 30),
    // The tenant's ceiling for all instances together; the live ones share it (docs/delivery.md §4).
    DELIVERY_TENANT_RPS: wholeNumber('expected messages per second per tenant (1–1000)', 1, 1000, 50),
    DELIVERY_MAX_ATTEMPTS: wholeNumber('expected a number of send attempts (1–20)', 1, 20, 6),
    DELIVERY_LEASE_SECONDS: wholeNumber(
      'expected seconds a claimed delivery stays with its worker (2–600)',
      2,
      600,
      60,
    ),
    // Teams' limits per conversation (bot → one chat or channel).
    DELIVERY_CONVERSATION_LIMITS: rateWindows('7/1s,8/2s,60/30s,1800/1h'),
    // Where Bot Framework publishes the keys that sign its tokens to the bot (sovereign clouds, tests).
    BOT_OPENID_METADATA_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .url('expected the http(s) URL of the Bot Framework OpenID metadata document')
        .default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
    ),
    // Inbound turns one user, and one conversation, may start; more are refused (see README, "The HTTP edge").
    INBOUND_USER_LIMITS: rateWindows('30/10s,300/10min'),
    INBOUND_CONVERSATION_LIMITS: rateWindows('60/10s,600/10min'),
    HTTP_BODY_TIMEOUT_SECONDS: wholeNumber(
      'expected the seconds a request body may take to arrive (1–120)',
      1,
      120,
      10,
    ),
    // Default: true outside production, false in production (the demo register is fictional).
    SEED_DEMO_DATA: optionalBoolean,
    // Anonymous mode (no BOT_ID: Bot Framework auth off) must be asked for; `npm start` does.
    ALLOW_ANONYMOUS: optionalBoolean,
    REGISTER_DOWNLOAD_HOSTS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .transform((v) =>
          v
            .split(',')
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean),
        )
        .pipe(z.array(z.string().regex(hostPattern, HOSTS_EXPECTED)).min(1, HOSTS_EXPECTED))
        .optional(),
    ),
    // Default: true outside production, false in production.
    REGISTER_DOWNLOAD_LOCAL: optionalBoolean,
    // The public NGO page (docs/ngo.md §5): submissions per client address and overall, and the least
    // time a person takes to fill the form.
    NGO_SUBMIT_ADDRESS_LIMITS: rateWindows('5/10min,20/24h'),
    NGO_SUBMIT_TOTAL_LIMITS: rateWindows('30/1min,500/24h'),
    NGO_MIN_FILL_SECONDS: wholeNumber(
      'expected seconds a person takes at least to fill the NGO form (0–600)',
      0,
      600,
      5,
    ),
    NGO_SUBMISSION_RETENTION_DAYS: wholeNumber('expected a whole number of days (1–3650)', 1, 3650, 90),
    NGO_EVENT_RETENTION_DAYS: wholeNumber('expected a whole number of days (1–3650)', 1, 3650, 30),
    // Set by Azure App Service in every app; their presence means "not a developer's machine".
    WEBSITE_SITE_NAME: optionalString,
    WEBSITE_INSTANCE_ID: optionalString,
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const production = c.NODE_ENV === 'production';
    if (production && !c.BOT_ID) {
      issue(
        'BOT_ID',
        'required when NODE_ENV=production: without an app id Bot Framework auth is off and anyone could post forged card actions',
      );
    }
    if (c.ALLOW_ANONYMOUS === 'true' && production) {
      issue(
        'ALLOW_ANONYMOUS',
        'must not be true when NODE_ENV=production: anonymous mode turns Bot Framework auth off (set BOT_ID instead)',
      );
    }
    const appService = c.WEBSITE_SITE_NAME
      ? 'WEBSITE_SITE_NAME'
      : c.WEBSITE_INSTANCE_ID
        ? 'WEBSITE_INSTANCE_ID'
        : '';
    if (c.ALLOW_ANONYMOUS === 'true' && appService) {
      issue(
        'ALLOW_ANONYMOUS',
        `must not be true on Azure App Service (${appService} is set): anonymous mode is for a developer's machine only; set BOT_ID and start with npm run serve`,
      );
    }
    if (production && !c.BOT_TENANT_ID && c.ALLOWED_TENANT_IDS.length === 0) {
      issue(
        'ALLOWED_TENANT_IDS',
        'required when NODE_ENV=production (or BOT_TENANT_ID, its default): the tenant GUIDs Silta serves',
      );
    }
    if (production && c.COSMOS_ENDPOINT && !c.COSMOS_ENDPOINT.toLowerCase().startsWith('https://')) {
      issue(
        'COSMOS_ENDPOINT',
        'expected an https:// URL when NODE_ENV=production (the account key or token must not travel in clear text)',
      );
    }
    if (production && c.REGISTER_DOWNLOAD_LOCAL === 'true') {
      issue(
        'REGISTER_DOWNLOAD_LOCAL',
        'must not be true when NODE_ENV=production: register files come only from the Teams download hosts over https',
      );
    }
    if (production && c.REGISTER_DOWNLOAD_HOSTS?.includes('*')) {
      issue(
        'REGISTER_DOWNLOAD_HOSTS',
        'expected the Teams file download hosts when NODE_ENV=production (e.g. *.sharepoint.com), not * (any host)',
      );
    }
    if (c.BOT_ID && !c.BOT_TENANT_ID)
      issue(
        'BOT_TENANT_ID',
        `required with BOT_TYPE=${c.BOT_TYPE} (the tenant GUID of the bot's app registration)`,
      );
    if (c.BOT_ID && c.BOT_TYPE === 'SingleTenant') {
      if (!c.BOT_PASSWORD) issue('BOT_PASSWORD', 'required with BOT_TYPE=SingleTenant (the client secret)');
    }
    if (c.COSMOS_ENDPOINT && !c.COSMOS_KEY && !c.COSMOS_MANAGED_IDENTITY_CLIENT_ID) {
      issue(
        'COSMOS_ENDPOINT',
        'needs COSMOS_KEY or COSMOS_MANAGED_IDENTITY_CLIENT_ID (the managed identity that has a Cosmos data role)',
      );
    }
    if (c.NODE_ENV === 'production' && !c.BOT_OPENID_METADATA_URL.startsWith('https://')) {
      issue('BOT_OPENID_METADATA_URL', 'expected an https URL when NODE_ENV=production');
    }
    if (c.NODE_ENV === 'production' && !c.COSMOS_ENDPOINT) {
      issue(
        'COSMOS_ENDPOINT',
        'required when NODE_ENV=production: the embedded store is in-memory and for local use only',
      );
    }
  });

export type RawConfig = z.infer<typeof configSchema>;

/**
 * The settings of a Silta server: anonymous mode (no BOT_ID) must be asked for with ALLOW_ANONYMOUS=true.
 * The command-line tools serve nothing and use `configSchema` alone.
 */
export const serverConfigSchema = configSchema.superRefine((c, ctx) => {
  if (!c.BOT_ID && c.ALLOW_ANONYMOUS !== 'true') {
    ctx.addIssue({
      code: 'custom',
      path: ['BOT_ID'],
      message:
        'not set: set BOT_ID (with BOT_TENANT_ID and BOT_PASSWORD) for Bot Framework authentication, or ALLOW_ANONYMOUS=true to run without it on this machine only (npm start does)',
    });
  }
});
