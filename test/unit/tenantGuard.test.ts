import { isTenantAllowed, tenantOf } from '../../src/teams/tenantGuard';

const HOME = 'aaaaaaaa-0000-0000-0000-000000000001';
const FOREIGN = 'bbbbbbbb-0000-0000-0000-000000000002';
const activity = (conversationTenant: unknown, channelTenant: unknown) => ({
  conversation: { id: 'a:1', tenantId: conversationTenant } as never,
  channelData: channelTenant === undefined ? {} : { tenant: { id: channelTenant } },
});

describe('Tenant guard', () => {
  it('When both tenant fields name an allowed tenant (in any letter case), then the activity is served', () => {
    expect(isTenantAllowed(activity(HOME, HOME.toUpperCase()), [HOME])).toBe(true);
  });

  it('When only one tenant field is present and it is allowed, then the activity is served', () => {
    expect(isTenantAllowed(activity(HOME, undefined), [HOME])).toBe(true);
    expect(isTenantAllowed(activity(undefined, HOME), [HOME])).toBe(true);
  });

  it.each([
    ['conversation.tenantId home, channelData.tenant.id foreign', HOME, FOREIGN],
    ['conversation.tenantId foreign, channelData.tenant.id home', FOREIGN, HOME],
    ['both foreign', FOREIGN, FOREIGN],
    ['only channelData.tenant.id, foreign', undefined, FOREIGN],
  ])('When %s, then the activity is refused', (_case, conversationTenant, channelTenant) => {
    expect(isTenantAllowed(activity(conversationTenant, channelTenant), [HOME])).toBe(false);
  });

  it('When no tenant field is present, then the activity is refused', () => {
    expect(isTenantAllowed(activity(undefined, undefined), [HOME])).toBe(false);
    expect(isTenantAllowed({}, [HOME])).toBe(false);
  });

  it.each([
    ['a number', 42],
    ['an object', { id: HOME }],
    ['an array', [HOME]],
  ])('When a tenant field is %s, then the activity is refused', (_case, odd) => {
    expect(isTenantAllowed(activity(HOME, odd), [HOME])).toBe(false);
    expect(isTenantAllowed(activity(odd, HOME), [HOME])).toBe(false);
  });

  it('When there is no allow-list (local use), then every activity is served', () => {
    expect(isTenantAllowed(activity(FOREIGN, HOME), [])).toBe(true);
    expect(isTenantAllowed({}, [])).toBe(true);
  });

  it('When the log names the tenant, then conversation.tenantId comes first', () => {
    expect(tenantOf(activity(FOREIGN, HOME))).toBe(FOREIGN);
    expect(tenantOf(activity(undefined, HOME))).toBe(HOME);
    expect(tenantOf(activity(undefined, undefined))).toBeUndefined();
  });
});
