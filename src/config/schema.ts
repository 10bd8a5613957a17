import { z } from 'zod';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emptyToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const optionalGuid = (what: string) =>
  z.preprocess(emptyToUndefined, z.string().trim().regex(guid, `expected a GUID (${what})`).optional());
const csvList = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  z.array(z.string().regex(guid, 'expected a comma-separated list of tenant GUIDs')),
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
    PORT: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ invalid_type_error: 'expected a port number 0-65535' })
        .int('expected a port number 0-65535')
        .min(0, 'expected a port number 0-65535')
        .max(65535, 'expected a port number 0-65535')
        .default(3978),
    ),
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
    ALLOWED_TENANT_IDS: csvList,
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
    COORDINATOR_AAD_IDS: z.preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      z.array(z.string().regex(guid, 'expected a comma-separated list of AAD object ids')),
    ),
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
    ORDER_RETENTION_MONTHS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ invalid_type_error: 'expected a whole number of months (1–120)' })
        .int('expected a whole number of months (1–120)')
        .min(1, 'expected a whole number of months (1–120)')
        .max(120, 'expected a whole number of months (1–120)')
        .default(24),
    ),
    DELIVERY_TENANT_RPS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ invalid_type_error: 'expected messages per second per tenant (1–1000)' })
        .int('expected messages per second per tenant (1–1000)')
        .min(1, 'expected messages per second per tenant (1–1000)')
        .max(1000, 'expected messages per second per tenant (1–1000)')
        .default(50),
    ),
    DELIVERY_MAX_ATTEMPTS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ invalid_type_error: 'expected a number of send attempts (1–20)' })
        .int('expected a number of send attempts (1–20)')
        .min(1, 'expected a number of send attempts (1–20)')
        .max(20, 'expected a number of send attempts (1–20)')
        .default(6),
    ),
    SEED_DEMO_DATA: z.preprocess(
      emptyToUndefined,
      z.enum(['true', 'false'], { errorMap: () => ({ message: 'expected true or false' }) }).default('true'),
    ),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.NODE_ENV === 'production' && !c.BOT_ID) {
      issue(
        'BOT_ID',
        'required when NODE_ENV=production: without an app id Bot Framework auth is off and anyone could post forged card actions',
      );
    }
    if (c.BOT_ID && c.BOT_TYPE === 'SingleTenant') {
      if (!c.BOT_TENANT_ID) issue('BOT_TENANT_ID', 'required with BOT_TYPE=SingleTenant (the tenant GUID)');
      if (!c.BOT_PASSWORD) issue('BOT_PASSWORD', 'required with BOT_TYPE=SingleTenant (the client secret)');
    }
    if (c.COSMOS_ENDPOINT && !c.COSMOS_KEY && !c.COSMOS_MANAGED_IDENTITY_CLIENT_ID) {
      issue(
        'COSMOS_ENDPOINT',
        'needs COSMOS_KEY or COSMOS_MANAGED_IDENTITY_CLIENT_ID (the managed identity that has a Cosmos data role)',
      );
    }
    if (c.NODE_ENV === 'production' && !c.COSMOS_ENDPOINT) {
      issue(
        'COSMOS_ENDPOINT',
        'required when NODE_ENV=production: the embedded store is in-memory and for local use only',
      );
    }
  });

export type RawConfig = z.infer<typeof configSchema>;
