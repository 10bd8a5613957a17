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

/** A complete production setup; each test changes one thing. */
const PRODUCTION = {
  NODE_ENV: 'production',
  BOT_ID: '3f1b1f0e-1111-2222-3333-444444444444',
  BOT_TYPE: 'UserAssignedMsi',
  BOT_TENANT_ID: 'aaaaaaaa-1111-2222-3333-444444444444',
  COSMOS_ENDPOINT: 'https://silta.documents.azure.com:443/',
  COSMOS_MANAGED_IDENTITY_CLIENT_ID: 'cccccccc-1111-2222-3333-444444444444',
};
const LOCAL = { ALLOW_ANONYMOUS: 'true' };

describe('config', () => {
  it('When only the anonymous opt-in is set, then Silta runs locally on 127.0.0.1:3978 with the embedded store and demo data', () => {
    const config = loadConfig(LOCAL);
    expect(config.listenHost).toBe('127.0.0.1');
    expect(config.port).toBe(3978);
    expect(config.env).toBe('development');
    expect(config.bot.appId).toBeUndefined();
    expect(config.cosmos.endpoint).toBeUndefined();
    expect(config.cosmos.database).toBe('silta');
    expect(config.seedDemoData).toBe(true);
    expect(config.allowedTenantIds).toEqual([]);
    expect(config.registerDownloads).toEqual({ hosts: ['*'], local: true });
  });

  it('When PORT is not a number, then the error names PORT and says what is expected', () => {
    expectConfigError(
      { ...LOCAL, PORT: 'abc' },
      'PORT',
      /^CONFIG_INVALID PORT: expected a port number 0-65535$/,
    );
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
      expectConfigError({ ...LOCAL, [variable]: value }, variable, expected);
    },
  );

  it('When PORT is out of range, then it is refused', () => {
    expectConfigError({ ...LOCAL, PORT: '70000' }, 'PORT', /port number/);
  });

  it('When BOT_TYPE has a typo, then the error lists the allowed values', () => {
    expectConfigError({ ...LOCAL, BOT_TYPE: 'Singletenant' }, 'BOT_TYPE', /SingleTenant or UserAssignedMsi/);
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
      { ...LOCAL, COSMOS_ENDPOINT: 'https://x.documents.azure.com:443/' },
      'COSMOS_ENDPOINT',
      /COSMOS_KEY or COSMOS_MANAGED_IDENTITY_CLIENT_ID/,
    );
  });

  it('When ALLOWED_TENANT_IDS has a non-GUID, then it is refused', () => {
    expectConfigError(
      { ...LOCAL, ALLOWED_TENANT_IDS: 'contoso.onmicrosoft.com' },
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
    expect(loadConfig(LOCAL).delivery.conversationLimits).toEqual([
      { limit: 7, ms: 1_000 },
      { limit: 8, ms: 2_000 },
      { limit: 60, ms: 30_000 },
      { limit: 1_800, ms: 3_600_000 },
    ]);
    expect(
      loadConfig({ ...LOCAL, DELIVERY_CONVERSATION_LIMITS: '5/1s, 40/30s, 2/500ms, 100/5min' }).delivery
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
        { ...LOCAL, DELIVERY_CONVERSATION_LIMITS: value },
        'DELIVERY_CONVERSATION_LIMITS',
        /7\/1s,8\/2s/,
      );
    },
  );

  describe('Defaults that fail closed', () => {
    it("When production gives no ALLOWED_TENANT_IDS, then only the bot's own tenant (BOT_TENANT_ID) is served", () => {
      expect(loadConfig(PRODUCTION).allowedTenantIds).toEqual([PRODUCTION.BOT_TENANT_ID]);
    });

    it('When production has neither ALLOWED_TENANT_IDS nor BOT_TENANT_ID, then Silta refuses to start', () => {
      const { BOT_TENANT_ID: _none, ...noTenant } = PRODUCTION;
      expectConfigError(
        noTenant,
        'ALLOWED_TENANT_IDS',
        /^CONFIG_INVALID ALLOWED_TENANT_IDS: required when NODE_ENV=production \(or BOT_TENANT_ID, its default\)/,
      );
    });

    it('When ALLOWED_TENANT_IDS is given, then it wins over BOT_TENANT_ID', () => {
      const other = 'bbbbbbbb-1111-2222-3333-444444444444';
      expect(loadConfig({ ...PRODUCTION, ALLOWED_TENANT_IDS: other }).allowedTenantIds).toEqual([other]);
    });

    it('When SEED_DEMO_DATA is not set, then production loads no demo data and local use does', () => {
      expect(loadConfig(PRODUCTION).seedDemoData).toBe(false);
      expect(loadConfig(LOCAL).seedDemoData).toBe(true);
      expect(loadConfig({ ...PRODUCTION, SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
      expect(loadConfig({ ...LOCAL, SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
    });

    it('When SEED_DEMO_DATA is not true or false, then it is refused', () => {
      expectConfigError(
        { ...LOCAL, SEED_DEMO_DATA: 'yes' },
        'SEED_DEMO_DATA',
        /^CONFIG_INVALID SEED_DEMO_DATA: expected true or false$/,
      );
    });

    it('When production has an http:// COSMOS_ENDPOINT, then https is required', () => {
      expectConfigError(
        { ...PRODUCTION, COSMOS_ENDPOINT: 'http://silta.documents.azure.com:443/' },
        'COSMOS_ENDPOINT',
        /^CONFIG_INVALID COSMOS_ENDPOINT: expected an https:\/\/ URL when NODE_ENV=production/,
      );
      expect(
        loadConfig({ ...LOCAL, COSMOS_ENDPOINT: 'http://127.0.0.1:8081/', COSMOS_KEY: 'k' }).cosmos.endpoint,
      ).toBe('http://127.0.0.1:8081/');
    });

    it('When neither BOT_ID nor ALLOW_ANONYMOUS is set, then the server refuses to start and says what to set', () => {
      expectConfigError(
        {},
        'BOT_ID',
        /^CONFIG_INVALID BOT_ID: not set: set BOT_ID .* or ALLOW_ANONYMOUS=true/,
      );
      expectConfigError({ ALLOW_ANONYMOUS: 'false' }, 'BOT_ID', /ALLOW_ANONYMOUS=true/);
    });

    it('When a command-line tool reads the settings, then it needs neither BOT_ID nor the anonymous opt-in', () => {
      expect(loadConfig({}, 'tool').bot.appId).toBeUndefined();
    });

    it('When ALLOW_ANONYMOUS is not true or false, then it is refused', () => {
      expectConfigError(
        { ALLOW_ANONYMOUS: '1' },
        'ALLOW_ANONYMOUS',
        /^CONFIG_INVALID ALLOW_ANONYMOUS: expected true or false$/,
      );
    });

    it('When ALLOW_ANONYMOUS=true comes with NODE_ENV=production, then it is refused', () => {
      expectConfigError(
        { ...PRODUCTION, ALLOW_ANONYMOUS: 'true' },
        'ALLOW_ANONYMOUS',
        /^CONFIG_INVALID ALLOW_ANONYMOUS: must not be true when NODE_ENV=production/,
      );
    });

    it.each(['WEBSITE_SITE_NAME', 'WEBSITE_INSTANCE_ID'])(
      'When ALLOW_ANONYMOUS=true runs where App Service sets %s, then it is refused',
      (variable) => {
        expectConfigError(
          { ...LOCAL, [variable]: 'silta-prod' },
          'ALLOW_ANONYMOUS',
          new RegExp(
            `^CONFIG_INVALID ALLOW_ANONYMOUS: must not be true on Azure App Service \\(${variable} is set\\)`,
          ),
        );
      },
    );

    it('When BOT_ID is set, then authentication is on and Silta listens on every interface (App Service needs it)', () => {
      expect(loadConfig(PRODUCTION).listenHost).toBe('0.0.0.0');
      expect(loadConfig({ ...PRODUCTION, NODE_ENV: 'development', ...LOCAL }).listenHost).toBe('0.0.0.0');
    });
  });

  describe('Register download rules', () => {
    it('When production sets nothing, then only https from the Teams download hosts is allowed', () => {
      expect(loadConfig(PRODUCTION).registerDownloads).toEqual({ hosts: ['*.sharepoint.com'], local: false });
    });

    it('When REGISTER_DOWNLOAD_HOSTS is given, then its hosts and wildcards are read, lower-cased', () => {
      expect(
        loadConfig({ ...PRODUCTION, REGISTER_DOWNLOAD_HOSTS: '*.SharePoint.com, files.pohde.fi' })
          .registerDownloads.hosts,
      ).toEqual(['*.sharepoint.com', 'files.pohde.fi']);
    });

    it.each(['https://x.sharepoint.com', '*.', 'a..b', '*sharepoint.com', ' , '])(
      'When REGISTER_DOWNLOAD_HOSTS is "%s", then it is refused with the expected form',
      (value) => {
        expectConfigError(
          { ...LOCAL, REGISTER_DOWNLOAD_HOSTS: value },
          'REGISTER_DOWNLOAD_HOSTS',
          /^CONFIG_INVALID REGISTER_DOWNLOAD_HOSTS: expected comma-separated host names or \*\.domain wildcards/,
        );
      },
    );

    it('When production allows any host (*), then it is refused', () => {
      expectConfigError(
        { ...PRODUCTION, REGISTER_DOWNLOAD_HOSTS: '*' },
        'REGISTER_DOWNLOAD_HOSTS',
        /^CONFIG_INVALID REGISTER_DOWNLOAD_HOSTS: expected the Teams file download hosts when NODE_ENV=production/,
      );
    });

    it('When production turns local downloads on, then it is refused; elsewhere they can be turned off', () => {
      expectConfigError(
        { ...PRODUCTION, REGISTER_DOWNLOAD_LOCAL: 'true' },
        'REGISTER_DOWNLOAD_LOCAL',
        /^CONFIG_INVALID REGISTER_DOWNLOAD_LOCAL: must not be true when NODE_ENV=production/,
      );
      expect(loadConfig({ ...LOCAL, REGISTER_DOWNLOAD_LOCAL: 'false' }).registerDownloads.local).toBe(false);
    });
  });
});
