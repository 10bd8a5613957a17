import { userKey } from '../../src/infra/conversationRepository';
import { cardAction, message, post, user } from '../support/activities';
import { startSilta, type TestSilta } from '../support/silta';

const HOME = 'aaaaaaaa-0000-0000-0000-000000000001';
const FOREIGN = 'bbbbbbbb-0000-0000-0000-000000000002';

/** The tenant fields of an activity set one by one (the helpers set both to the same tenant). */
function withTenants<T extends { conversation: object; channelData: object }>(
  activity: T,
  conversationTenant: string | undefined,
  channelTenant: string | undefined,
): T {
  return {
    ...activity,
    conversation: { ...activity.conversation, tenantId: conversationTenant },
    channelData: channelTenant === undefined ? {} : { tenant: { id: channelTenant } },
  };
}

describe('Tenant allow-list with mixed or missing tenant fields (over HTTP)', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({ ALLOWED_TENANT_IDS: HOME });
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const setMyUnit = (from: ReturnType<typeof user>) =>
    cardAction('directory.setMyUnit', { unitId: 'OU-TUI' }, { serviceUrl: silta.connector.url, from });
  const nothingStoredFor = async (who: ReturnType<typeof user>) => {
    expect(await silta.services.repos().profiles.get(who.aadObjectId)).toBeUndefined();
    expect(await silta.services.repos().conversations.get(userKey(who.aadObjectId))).toBeUndefined();
  };

  it('When a card action names the home tenant in conversation.tenantId but a foreign one in channelData, then it is refused with 403, nothing is stored and the connector is not called', async () => {
    const intruder = user('Vieras Tenantista');
    const res = await post(silta.url, withTenants(setMyUnit(intruder), HOME, FOREIGN));
    expect(res.status).toBe(403);
    await new Promise((r) => setTimeout(r, 200));
    expect(silta.connector.sent).toHaveLength(0);
    await nothingStoredFor(intruder);
  });

  it('When the foreign tenant is in conversation.tenantId and the home one in channelData, then it is refused too', async () => {
    const intruder = user('Toinen Vieras');
    const res = await post(silta.url, withTenants(setMyUnit(intruder), FOREIGN, HOME));
    expect(res.status).toBe(403);
    await nothingStoredFor(intruder);
    expect(silta.connector.sent).toHaveLength(0);
  });

  it('When a message carries no tenant at all, then it gets no reply and nothing is stored', async () => {
    const nobody = user('Ei Tenanttia');
    const res = await post(
      silta.url,
      withTenants(
        message('oma yksikköni on Tuira', { serviceUrl: silta.connector.url, from: nobody }),
        undefined,
        undefined,
      ),
    );
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(silta.connector.sent).toHaveLength(0);
    await nothingStoredFor(nobody);
  });

  it('When the same card action names the home tenant in both fields, then the unit is saved (the refusals above are the guard, not the action)', async () => {
    const colleague = user('Oma Työntekijä');
    const res = await post(silta.url, withTenants(setMyUnit(colleague), HOME, HOME));
    expect(res.status).toBe(200);
    expect((await silta.services.repos().profiles.get(colleague.aadObjectId))?.unitId).toBe('OU-TUI');
  });
});
