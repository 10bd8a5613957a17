import { randomUUID } from 'node:crypto';
import { conversationKey, userKey } from '../../src/infra/conversationRepository';
import { TENANT, cardAction, message, post, user, type User } from '../support/activities';
import { startSilta, type TestSilta } from '../support/silta';

const BOT = { id: '28:silta-bot', name: 'Silta' };

/**
 * Removing Silta over HTTP with the activities Teams sends: the user's conversation reference, profile
 * and topic subscriptions go; other users' stay; Silta sends nothing back.
 */
describe('A user or team that removes Silta is forgotten (installationUpdate, membersRemoved)', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta();
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const serviceUrl = () => silta.connector.url;
  const repos = () => silta.services.repos();

  /** A staff member who talked to Silta, set their own unit and subscribed to topics, all over HTTP. */
  async function activeUser(name: string): Promise<User> {
    const person = user(name);
    expect(
      (await post(silta.url, message('oma yksikköni on Tuira', { serviceUrl: serviceUrl(), from: person })))
        .status,
    ).toBe(200);
    const subscribed = await post(
      silta.url,
      cardAction(
        'notice.subscribe',
        { topics: 'diabetes,omaishoito', flags: 'ngoTeam' },
        { serviceUrl: serviceUrl(), from: person },
      ),
    );
    expect(subscribed.status).toBe(200);
    expect(await repos().conversations.get(userKey(person.aadObjectId))).toBeDefined();
    expect(await repos().profiles.get(person.aadObjectId)).toMatchObject({
      unitId: 'OU-TUI',
      topics: ['diabetes', 'omaishoito'],
      ngoTeam: true,
    });
    return person;
  }

  const personal = (from: User) => ({
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: serviceUrl(),
    timestamp: new Date().toISOString(),
    from: { id: from.id, aadObjectId: from.aadObjectId },
    recipient: BOT,
    conversation: { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  });

  async function expectForgotten(person: User) {
    expect(await repos().conversations.get(userKey(person.aadObjectId))).toBeUndefined();
    expect(await repos().profiles.get(person.aadObjectId)).toBeUndefined();
    const subscribers = await repos().profiles.listSubscribers(['OU-TUI']);
    expect(subscribers.map((p) => p.id)).not.toContain(person.aadObjectId);
  }

  it('When a user uninstalls the personal app (installationUpdate remove), then their reference, unit and subscriptions are deleted and others keep theirs', async () => {
    const leaver = await activeUser('Lähtevä Hoitaja');
    const stayer = await activeUser('Pysyvä Hoitaja');
    silta.connector.clear();
    const removal = { ...personal(leaver), type: 'installationUpdate', action: 'remove' };
    expect((await post(silta.url, removal)).status).toBe(200);
    await expectForgotten(leaver);
    expect(await repos().conversations.get(userKey(stayer.aadObjectId))).toBeDefined();
    expect(await repos().profiles.get(stayer.aadObjectId)).toMatchObject({ unitId: 'OU-TUI', ngoTeam: true });
    expect(silta.connector.sent).toEqual([]);
  });

  it('When the bot is removed from a personal chat (conversationUpdate membersRemoved), then the user is forgotten', async () => {
    const leaver = await activeUser('Poistava Hoitaja');
    const removal = {
      ...personal(leaver),
      type: 'conversationUpdate',
      membersRemoved: [{ id: BOT.id }],
      channelData: { tenant: { id: TENANT }, eventType: 'teamMemberRemoved' },
    };
    expect((await post(silta.url, removal)).status).toBe(200);
    await expectForgotten(leaver);
  });

  it('When the user is the member removed from their personal chat, then they are forgotten', async () => {
    const leaver = await activeUser('Poistettu Hoitaja');
    const removal = {
      ...personal(leaver),
      type: 'conversationUpdate',
      membersRemoved: [{ id: leaver.id, aadObjectId: leaver.aadObjectId }],
    };
    expect((await post(silta.url, removal)).status).toBe(200);
    await expectForgotten(leaver);
  });

  it('When a user reinstalls after removal, then Silta remembers them again from their next message', async () => {
    const returning = await activeUser('Palaava Hoitaja');
    await post(silta.url, { ...personal(returning), type: 'installationUpdate', action: 'remove' });
    await expectForgotten(returning);
    await post(silta.url, { ...personal(returning), type: 'installationUpdate', action: 'add' });
    expect(
      (await post(silta.url, message('apua', { serviceUrl: serviceUrl(), from: returning }))).status,
    ).toBe(200);
    expect(await repos().conversations.get(userKey(returning.aadObjectId))).toBeDefined();
  });

  it('When a user removes Silta through one instance and reinstalls through another that wrote their reference lately, then the reference is stored again', async () => {
    const second = await startSilta({
      COSMOS_ENDPOINT: silta.services.storage.store!.endpoint,
      COSMOS_KEY: 'local',
      SEED_DEMO_DATA: 'false',
    });
    try {
      const returning = user('Kahden Instanssin Hoitaja');
      const to = (url: string, activity: unknown) => post(url, activity);
      expect(
        (await to(second.url, message('apua', { serviceUrl: serviceUrl(), from: returning }))).status,
      ).toBe(200);
      expect(
        (await to(silta.url, { ...personal(returning), type: 'installationUpdate', action: 'remove' }))
          .status,
      ).toBe(200);
      expect(await repos().conversations.get(userKey(returning.aadObjectId))).toBeUndefined();
      expect(
        (await to(second.url, { ...personal(returning), type: 'installationUpdate', action: 'add' })).status,
      ).toBe(200);
      expect(await repos().conversations.get(userKey(returning.aadObjectId))).toBeDefined();
    } finally {
      await second.stop();
    }
  });

  describe('in a team', () => {
    const teamId = `19:${randomUUID()}@thread.tacv2`;
    const channelId = `19:${randomUUID()}@thread.tacv2`;
    const liaison = user('Tuiran Yhdyshenkilö');
    const inTeam = (membersRemoved: Array<{ id: string; aadObjectId?: string }>) => ({
      id: randomUUID(),
      type: 'conversationUpdate',
      channelId: 'msteams',
      serviceUrl: serviceUrl(),
      from: { id: liaison.id, aadObjectId: liaison.aadObjectId },
      recipient: BOT,
      conversation: { id: teamId, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      channelData: {
        tenant: { id: TENANT },
        team: { id: teamId, name: 'Tuiran tiimi' },
        eventType: 'teamMemberRemoved',
      },
      membersRemoved,
    });

    beforeEach(async () => {
      await repos().boards.register(
        { unitId: 'OU-TUI', conversationId: channelId },
        liaison.aadObjectId,
        new Date(),
        teamId,
      );
      await repos().conversations.save(
        conversationKey(channelId),
        { serviceUrl: serviceUrl(), conversation: { id: channelId } },
        new Date(),
      );
    });

    it('When a member other than Silta leaves the team, then nothing is removed', async () => {
      const other = user('Lähtevä Jäsen');
      expect((await post(silta.url, inTeam([{ id: other.id, aadObjectId: other.aadObjectId }]))).status).toBe(
        200,
      );
      expect(await repos().boards.listFor(['OU-TUI'])).toContainEqual({
        unitId: 'OU-TUI',
        conversationId: channelId,
      });
    });

    it("When Silta is removed from the team, then the team's notice boards are deleted", async () => {
      expect((await post(silta.url, inTeam([{ id: BOT.id }]))).status).toBe(200);
      expect(await repos().boards.listFor(['OU-TUI'])).not.toContainEqual({
        unitId: 'OU-TUI',
        conversationId: channelId,
      });
      expect(silta.connector.sent).toEqual([]);
    });
  });
});
