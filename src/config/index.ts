import { SiltaError } from '../domain/errors';
import type { Lifetimes } from '../domain/retention/lifetimes';
import { configSchema, serverConfigSchema } from './schema';

/** Teams puts a file a user sends in personal chat on their OneDrive for Business: `<tenant>-my.sharepoint.com`. */
export const TEAMS_DOWNLOAD_HOSTS = ['*.sharepoint.com'];

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** 127.0.0.1 in anonymous mode (this machine only), else every interface */
  listenHost: '127.0.0.1' | '0.0.0.0';
  bot: {
    /** undefined = anonymous mode (local only): Bot Framework auth is off */
    appId?: string;
    password?: string;
    type: 'SingleTenant' | 'UserAssignedMsi';
    tenantId?: string;
    /** Bot Framework's OpenID metadata (the keys that sign inbound tokens) */
    openIdMetadataUrl: string;
  };
  /** Tenants served; empty = every tenant (only without BOT_TENANT_ID, never in production) */
  allowedTenantIds: string[];
  /** Where register files may be downloaded from (see src/teams/routes/registerDownload.ts). */
  registerDownloads: {
    /** host names and `*.domain` wildcards; `*` = any host */
    hosts: string[];
    /** also http://, loopback and private addresses, and plain CSV attachments (local clients) */
    local: boolean;
  };
  /** Limits at the HTTP edge, before a turn runs. */
  inbound: {
    /** Turns one user may start per window (`from.aadObjectId`, else `from.id`). */
    userLimits: Array<{ limit: number; ms: number }>;
    /** Turns one conversation may start per window. */
    conversationLimits: Array<{ limit: number; ms: number }>;
    /** How long a request body may take to arrive. */
    bodyTimeoutMs: number;
  };
  cosmos: {
    /** undefined = start the embedded Cosmos-protocol server (local use only) */
    endpoint?: string;
    key?: string;
    managedIdentityClientId?: string;
    database: string;
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** AAD object ids that get the county coordinator's rights in addition to the register's coordinator */
  coordinatorAadIds: string[];
  /** load data/sample into an empty store at start */
  seedDemoData: boolean;
  /** the app's public base URL (links to CSV exports); defaults to http://localhost:PORT */
  publicBaseUrl: string;
  /** orientation material for experience experts, sent with every confirmation */
  orientationMaterialUrl: string;
  /** months after which finished orders lose their personal data */
  orderRetentionMonths: number;
  /** How long each kind of stored personal data is kept (docs/data-lifetimes.md). */
  lifetimes: Lifetimes;
  /** The public NGO page (docs/ngo.md §5). */
  ngo: {
    /** Submissions one client address may make per window. */
    addressLimits: Array<{ limit: number; ms: number }>;
    /** Submissions everyone together may make per window. */
    totalLimits: Array<{ limit: number; ms: number }>;
    /** A form returned faster than this after the page was served is refused. */
    minFillMs: number;
    /** The client address is the last X-Forwarded-For entry (set by Azure App Service's front end). */
    trustForwardedFor: boolean;
  };
  delivery: {
    tenantPerSecond: number;
    maxAttempts: number;
    /** How long a claimed delivery is a worker's own; after a crash another takes it over then. */
    leaseMs: number;
    /** Per-conversation windows (Teams: 7/1 s, 8/2 s, 60/30 s, 1,800/h). */
    conversationLimits: Array<{ limit: number; ms: number }>;
  };
}

export class ConfigError extends SiltaError<'CONFIG_INVALID'> {
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super('CONFIG_INVALID', { variable, expected });
  }
}

/**
 * Reads and validates every setting; throws ConfigError naming the first wrong variable. A `server` needs
 * BOT_ID or the explicit ALLOW_ANONYMOUS=true; the command-line tools (`tool`) serve nothing.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  purpose: 'server' | 'tool' = 'server',
): Config {
  const parsed = (purpose === 'server' ? serverConfigSchema : configSchema).safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(String(first?.path[0] ?? 'environment'), first?.message ?? 'invalid value');
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  const flag = (value: 'true' | 'false' | undefined, fallback: boolean) =>
    value === undefined ? fallback : value === 'true';
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    listenHost: c.BOT_ID ? '0.0.0.0' : '127.0.0.1',
    bot: {
      appId: c.BOT_ID,
      password: c.BOT_PASSWORD,
      type: c.BOT_TYPE,
      tenantId: c.BOT_TENANT_ID,
      openIdMetadataUrl: c.BOT_OPENID_METADATA_URL,
    },
    allowedTenantIds:
      c.ALLOWED_TENANT_IDS.length > 0 ? c.ALLOWED_TENANT_IDS : c.BOT_TENANT_ID ? [c.BOT_TENANT_ID] : [],
    registerDownloads: {
      hosts: c.REGISTER_DOWNLOAD_HOSTS ?? (production ? TEAMS_DOWNLOAD_HOSTS : ['*']),
      local: flag(c.REGISTER_DOWNLOAD_LOCAL, !production),
    },
    inbound: {
      userLimits: c.INBOUND_USER_LIMITS,
      conversationLimits: c.INBOUND_CONVERSATION_LIMITS,
      bodyTimeoutMs: c.HTTP_BODY_TIMEOUT_SECONDS * 1000,
    },
    cosmos: {
      endpoint: c.COSMOS_ENDPOINT,
      key: c.COSMOS_KEY,
      managedIdentityClientId: c.COSMOS_MANAGED_IDENTITY_CLIENT_ID,
      database: c.COSMOS_DATABASE,
    },
    logLevel: c.LOG_LEVEL,
    coordinatorAadIds: c.COORDINATOR_AAD_IDS,
    seedDemoData: flag(c.SEED_DEMO_DATA, !production),
    publicBaseUrl: (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    orientationMaterialUrl: c.ORIENTATION_MATERIAL_URL,
    orderRetentionMonths: c.ORDER_RETENTION_MONTHS,
    lifetimes: {
      auditMonths: c.AUDIT_RETENTION_MONTHS,
      userInactiveMonths: c.USER_INACTIVE_MONTHS,
      noticeDays: c.NOTICE_RETENTION_DAYS,
      deliveryDays: c.DELIVERY_RETENTION_DAYS,
      turnStateDays: c.TURN_STATE_RETENTION_DAYS,
      ngoSubmissionDays: c.NGO_SUBMISSION_RETENTION_DAYS,
      ngoEventDays: c.NGO_EVENT_RETENTION_DAYS,
    },
    ngo: {
      addressLimits: c.NGO_SUBMIT_ADDRESS_LIMITS,
      totalLimits: c.NGO_SUBMIT_TOTAL_LIMITS,
      minFillMs: c.NGO_MIN_FILL_SECONDS * 1000,
      trustForwardedFor: Boolean(c.WEBSITE_SITE_NAME || c.WEBSITE_INSTANCE_ID),
    },
    delivery: {
      tenantPerSecond: c.DELIVERY_TENANT_RPS,
      maxAttempts: c.DELIVERY_MAX_ATTEMPTS,
      leaseMs: c.DELIVERY_LEASE_SECONDS * 1000,
      conversationLimits: c.DELIVERY_CONVERSATION_LIMITS,
    },
  };
}
