import type { ConfigError } from '../../../src/config';
import { loadConfig } from '../../../src/config';

const refusal = (env: Record<string, string>): ConfigError => {
  try {
    loadConfig(env);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error(`expected loadConfig to refuse ${JSON.stringify(env)}`);
};

describe('The edge settings', () => {
  it('When nothing is set, then the defaults are the public Bot Framework keys, 30/10 s per user, 60/10 s per conversation and 10 s for a body', () => {
    const config = loadConfig({ ALLOW_ANONYMOUS: 'true' });
    expect(config.bot.openIdMetadataUrl).toBe(
      'https://login.botframework.com/v1/.well-known/openidconfiguration',
    );
    expect(config.inbound).toEqual({
      userLimits: [
        { limit: 30, ms: 10_000 },
        { limit: 300, ms: 600_000 },
      ],
      conversationLimits: [
        { limit: 60, ms: 10_000 },
        { limit: 600, ms: 600_000 },
      ],
      bodyTimeoutMs: 10_000,
    });
  });

  it('When the limits are set, then they are read', () => {
    const config = loadConfig({
      ALLOW_ANONYMOUS: 'true',
      INBOUND_USER_LIMITS: '5/1s',
      INBOUND_CONVERSATION_LIMITS: '100/1min',
      HTTP_BODY_TIMEOUT_SECONDS: '3',
    });
    expect(config.inbound.userLimits).toEqual([{ limit: 5, ms: 1000 }]);
    expect(config.inbound.conversationLimits).toEqual([{ limit: 100, ms: 60_000 }]);
    expect(config.inbound.bodyTimeoutMs).toBe(3000);
  });

  it.each([
    ['INBOUND_USER_LIMITS', 'lots', /count\/window/],
    ['INBOUND_CONVERSATION_LIMITS', '0/1s', /count\/window/],
    [
      'HTTP_BODY_TIMEOUT_SECONDS',
      '0',
      /^CONFIG_INVALID HTTP_BODY_TIMEOUT_SECONDS: expected the seconds a request body may take to arrive \(1–120\)$/,
    ],
    [
      'BOT_OPENID_METADATA_URL',
      'not a url',
      /expected the http\(s\) URL of the Bot Framework OpenID metadata document/,
    ],
  ])('When %s is %p, then the one-line error names it', (variable, value, expected) => {
    const error = refusal({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(expected);
    expect(error.message).not.toContain('\n');
  });

  it('When production is given an http metadata URL, then it is refused', () => {
    const error = refusal({
      NODE_ENV: 'production',
      BOT_ID: '0b0b0b0b-1111-4111-8111-0000000000b0',
      BOT_PASSWORD: 'x',
      BOT_TENANT_ID: '0b0b0b0b-1111-4111-8111-0000000000c0',
      COSMOS_ENDPOINT: 'https://silta.documents.azure.com:443/',
      COSMOS_KEY: 'k',
      BOT_OPENID_METADATA_URL: 'http://login.example/openid',
    });
    expect(error.variable).toBe('BOT_OPENID_METADATA_URL');
    expect(error.message).toMatch(/https URL when NODE_ENV=production/);
  });
});
