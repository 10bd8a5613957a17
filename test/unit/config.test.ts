import { ConfigError, loadConfig } from '../../src/config';

const expectConfigError = (env: Record<string, string>, variable: string, expected: RegExp) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.variable).toBe(variable);
    expect(e.message).toMatch(expected);
    expect(e.message).not.toContain('\n');
    return;
  }
  throw new Error(`expected loadConfig to refuse ${JSON.stringify(env)}`);
};

describe('config', () => {
  it('When nothing is set, then Silta runs locally on 3978 with the embedded store and demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.env).toBe('development');
    expect(config.bot.appId).toBeUndefined();
    expect(config.cosmos.endpoint).toBeUndefined();
    expect(config.cosmos.database).toBe('silta');
    expect(config.seedDemoData).toBe(true);
    expect(config.allowedTenantIds).toEqual([]);
  });

  it('When PORT is not a number, then the error names PORT and says what is expected', () => {
    expectConfigError({ PORT: 'abc' }, 'PORT', /^CONFIG_INVALID PORT: expected a port number 0-65535$/);
  });

  it.each([
    [
      'ORDER_RETENTION_MONTHS',
      '0',
      /^CONFIG_INVALID ORDER_RETENTION_MONTHS: expected a whole number of months \(1–120\)$/,
    ],
    ['ORDER_RETENTION_MONTHS', '1.5', /whole number of months/],
    [
      'DELIVERY_TENANT_RPS',
      'fast',
      /^CONFIG_INVALID DELIVERY_TENANT_RPS: expected messages per second per tenant \(1–1000\)$/,
    ],
    [
      'DELIVERY_MAX_ATTEMPTS',
      '21',
      /^CONFIG_INVALID DELIVERY_MAX_ATTEMPTS: expected a number of send attempts \(1–20\)$/,
    ],
    [
      'COORDINATOR_AAD_IDS',
      'aino.ahola@pohde.fi',
      /^CONFIG_INVALID COORDINATOR_AAD_IDS: expected a comma-separated list of AAD object ids$/,
    ],
  ])(
    'When %s is %s, then it is refused with one line saying what is expected',
    (variable, value, expected) => {
      expectConfigError({ [variable]: value }, variable, expected);
    },
  );

  it('When PORT is out of range, then it is refused', () => {
    expectConfigError({ PORT: '70000' }, 'PORT', /port number/);
  });

  it('When BOT_TYPE has a typo, then the error lists the allowed values', () => {
    expectConfigError({ BOT_TYPE: 'Singletenant' }, 'BOT_TYPE', /SingleTenant or UserAssignedMsi/);
  });

  it('When NODE_ENV=production and BOT_ID is missing, then Silta refuses to start and says why', () => {
    expectConfigError(
      { NODE_ENV: 'production', COSMOS_ENDPOINT: 'https://x.documents.azure.com:443/', COSMOS_KEY: 'k' },
      'BOT_ID',
      /auth is off.*forged/,
    );
  });

  it('When production has no COSMOS_ENDPOINT, then the embedded store is refused', () => {
    expectConfigError(
      {
        NODE_ENV: 'production',
        BOT_ID: '3f1b1f0e-1111-2222-3333-444444444444',
        BOT_TYPE: 'UserAssignedMsi',
        BOT_TENANT_ID: 'aaaaaaaa-1111-2222-3333-444444444444',
      },
      'COSMOS_ENDPOINT',
      /embedded store/,
    );
  });

  it('When a SingleTenant bot has no tenant, then BOT_TENANT_ID is named', () => {
    expectConfigError(
      { BOT_ID: '3f1b1f0e-1111-2222-3333-444444444444', BOT_PASSWORD: 'secret' },
      'BOT_TENANT_ID',
      /SingleTenant/,
    );
  });

  it('When a UserAssignedMsi bot has no tenant, then BOT_TENANT_ID is named (the SDK would fail later without naming it)', () => {
    expectConfigError(
      { BOT_ID: '3f1b1f0e-1111-2222-3333-444444444444', BOT_TYPE: 'UserAssignedMsi' },
      'BOT_TENANT_ID',
      /UserAssignedMsi/,
    );
  });

  it('When COSMOS_ENDPOINT has neither key nor managed identity, then it says which to set', () => {
    expectConfigError(
      { COSMOS_ENDPOINT: 'https://x.documents.azure.com:443/' },
      'COSMOS_ENDPOINT',
      /COSMOS_KEY or COSMOS_MANAGED_IDENTITY_CLIENT_ID/,
    );
  });

  it('When ALLOWED_TENANT_IDS has a non-GUID, then it is refused', () => {
    expectConfigError(
      { ALLOWED_TENANT_IDS: 'contoso.onmicrosoft.com' },
      'ALLOWED_TENANT_IDS',
      /tenant GUIDs/,
    );
  });

  it('When a full production setup is given, then every value is read', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      BOT_ID: '3f1b1f0e-1111-2222-3333-444444444444',
      BOT_TYPE: 'UserAssignedMsi',
      BOT_TENANT_ID: 'aaaaaaaa-1111-2222-3333-444444444444',
      ALLOWED_TENANT_IDS: 'aaaaaaaa-1111-2222-3333-444444444444, bbbbbbbb-1111-2222-3333-444444444444',
      COSMOS_ENDPOINT: 'https://silta.documents.azure.com:443/',
      COSMOS_MANAGED_IDENTITY_CLIENT_ID: 'cccccccc-1111-2222-3333-444444444444',
      COSMOS_DATABASE: 'silta-prod',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      env: 'production',
      port: 8080,
      bot: { type: 'UserAssignedMsi', appId: '3f1b1f0e-1111-2222-3333-444444444444' },
      allowedTenantIds: ['aaaaaaaa-1111-2222-3333-444444444444', 'bbbbbbbb-1111-2222-3333-444444444444'],
      cosmos: { database: 'silta-prod', managedIdentityClientId: 'cccccccc-1111-2222-3333-444444444444' },
      logLevel: 'warn',
    });
  });

  it("When per-conversation limits are not set, then Teams' limits apply; when set, they are read", () => {
    expect(loadConfig({}).delivery.conversationLimits).toEqual([
      { limit: 7, ms: 1_000 },
      { limit: 8, ms: 2_000 },
      { limit: 60, ms: 30_000 },
      { limit: 1_800, ms: 3_600_000 },
    ]);
    expect(
      loadConfig({ DELIVERY_CONVERSATION_LIMITS: '5/1s, 40/30s, 2/500ms, 100/5min' }).delivery
        .conversationLimits,
    ).toEqual([
      { limit: 5, ms: 1_000 },
      { limit: 40, ms: 30_000 },
      { limit: 2, ms: 500 },
      { limit: 100, ms: 300_000 },
    ]);
  });

  it.each(['7 per second', '7/1d', '0/1s', '7/1s,,60/30s'])(
    'When DELIVERY_CONVERSATION_LIMITS is "%s", then it is named with the expected form',
    (value) => {
      expectConfigError(
        { DELIVERY_CONVERSATION_LIMITS: value },
        'DELIVERY_CONVERSATION_LIMITS',
        /7\/1s,8\/2s/,
      );
    },
  );
});
