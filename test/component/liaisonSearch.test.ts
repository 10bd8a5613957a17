import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIND_LIAISON_COMMAND, FIND_LIAISON_PARAMETER } from '../../src/teams/routes/liaisonSearch';
import { cardProblems } from '../support/cardValidity';
import { message, post, textOf, user, type User } from '../support/activities';
import { startSilta, type TestSilta } from '../support/silta';

const clock = () => new Date('2026-11-22T10:00:00Z');
const GROUP_CHAT = '19:3f5e2c0a9b7d4e1f8a6c2b0d9e7f5a3c@thread.v2';

interface Preview {
  contentType: string;
  content: { title: string; subtitle?: string; text: string; tap?: { type: string; value: unknown } };
}
interface Result {
  contentType: string;
  content: unknown;
  preview: Preview;
}
interface ComposeExtension {
  type: 'result' | 'message';
  attachmentLayout?: string;
  attachments?: Result[];
  text?: string;
}

/** An invoke as Teams sends it from the compose box of a group chat (clientInfo entity, source compose). */
function composeInvoke(silta: TestSilta, from: User, name: string, value: unknown, locale = 'fi-FI') {
  const base = message('', { serviceUrl: silta.connector.url, from, locale });
  return post(silta.url, {
    ...base,
    type: 'invoke',
    name,
    value,
    text: undefined,
    textFormat: undefined,
    conversation: {
      id: GROUP_CHAT,
      conversationType: 'groupChat',
      isGroup: true,
      tenantId: base.conversation.tenantId,
    },
    entities: [{ type: 'clientInfo', locale, country: 'FI', platform: 'Web', timezone: 'Europe/Helsinki' }],
    channelData: { ...base.channelData, source: { name: 'compose' } },
  });
}

describe('The directory in any chat: the search message extension over HTTP', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  async function search(from: User, question: string | undefined, locale = 'fi-FI', skip = 0) {
    const parameters =
      question === undefined
        ? [{ name: 'initialRun', value: 'true' }]
        : [{ name: 'question', value: question }];
    const res = await composeInvoke(
      silta,
      from,
      'composeExtension/query',
      { commandId: 'findLiaison', parameters, queryOptions: { skip, count: 25 } },
      locale,
    );
    expect(res.status).toBe(200);
    return (res.body as { composeExtension: ComposeExtension }).composeExtension;
  }

  async function pick(from: User, item: unknown, locale = 'fi-FI') {
    const res = await composeInvoke(silta, from, 'composeExtension/selectItem', item, locale);
    expect(res.status).toBe(200);
    return (res.body as { composeExtension: ComposeExtension }).composeExtension;
  }

  /** What the bot answers in its own chat to the same question. */
  async function botAnswer(from: User, question: string, locale = 'fi-FI') {
    await post(silta.url, message(question, { serviceUrl: silta.connector.url, from, locale }));
    const [reply] = await silta.connector.waitForCount(1);
    silta.connector.clear();
    return reply!.activity.attachments![0]!.content;
  }

  it('When a place is searched in a case form, then one result previews the unit and its liaison, and picking it inserts the answer card the bot sends', async () => {
    const from = user('Hakija');
    const found = await search(from, 'Kempeleessä');
    expect(found.type).toBe('result');
    expect(found.attachmentLayout).toBe('list');
    expect(found.attachments).toHaveLength(1);
    const [result] = found.attachments!;
    expect(result!.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(result!.preview.content.title).toBe('Kempeleen sote-keskus');
    expect(result!.preview.content.text).toBe('Timo Tuomela');
    expect(result!.preview.content.tap!.type).toBe('invoke');

    const inserted = await pick(from, result!.preview.content.tap!.value);
    expect(inserted.type).toBe('result');
    expect(inserted.attachments).toHaveLength(1);
    const card = inserted.attachments![0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content).toEqual(await botAnswer(from, 'Kempeleessä'));
    expect(JSON.stringify(card.content)).toContain('mailto:timo.tuomela@pohde.example');
    expect(cardProblems(card.content)).toEqual([]);
  });

  it('When a municipality with several units is searched, then each unit is a result with its liaisons, a page at a time', async () => {
    const found = await search(user('Hakija'), 'Oulu');
    const titles = found.attachments!.map((result) => result.preview.content.title);
    expect(titles).toContain('Tuiran hyvinvointikeskus');
    expect(titles).toContain('Kaakkurin hyvinvointikeskus');
    const tuira = found.attachments!.find((r) => r.preview.content.title === 'Tuiran hyvinvointikeskus');
    expect(tuira!.preview.content.text).toBe('Noora Eskola');
    expect(tuira!.preview.content.subtitle).toBe('Oulu');
    const second = await search(user('Hakija'), 'Oulu', 'fi-FI', 2);
    expect(second.attachments!.map((result) => result.preview.content.title)).toEqual(titles.slice(2));
  });

  it("When a level word is searched, then the result is the level and its people, and the inserted card is in the user's language", async () => {
    const from = user('Searcher');
    const found = await search(from, 'county coordinator', 'en-US');
    expect(found.attachments).toHaveLength(1);
    const preview = found.attachments![0]!.preview.content;
    expect(preview.title).toBe('County NGO coordinator – Pohde');
    expect(preview.text).toBe('Aino Ahola');
    const inserted = await pick(from, preview.tap!.value, 'en-US');
    const card = inserted.attachments![0]!.content;
    expect(card).toEqual(await botAnswer(from, 'county coordinator', 'en-US'));
    expect(textOf({ attachments: [{ content: card }] })).toContain('E-mail');
    expect(cardProblems(card)).toEqual([]);

    const swedish = await search(user('Sökare'), 'Brahestad', 'sv-FI');
    const inSwedish = await pick(
      user('Sökare'),
      swedish.attachments![0]!.preview.content.tap!.value,
      'sv-FI',
    );
    expect(textOf({ attachments: [{ content: inSwedish.attachments![0]!.content }] })).toContain(
      'Organisationskontaktperson',
    );
  });

  it("When a word names several service areas, then each is a result and picking one inserts that service area's card", async () => {
    const from = user('Hakija');
    const found = await search(from, 'neuvolan yhdyshenkilö');
    expect(found.attachments!.length).toBeGreaterThan(1);
    for (const result of found.attachments!)
      expect(result.preview.content.title).toMatch(/^Toimialueen järjestöyhdyshenkilö – /);
    const first = found.attachments![0]!.preview.content;
    const inserted = await pick(from, first.tap!.value);
    expect(inserted.attachments![0]!.preview.content.title).toBe(first.title);
    expect(cardProblems(inserted.attachments![0]!.content)).toEqual([]);
    expect((await pick(from, { level: 'toimialue', scope: 'Ei tällaista' })).type).toBe('message');
  });

  it('When the search opens empty, then a user with a unit of their own sees it, and one without sees how to search', async () => {
    const withUnit = user('Oma Yksikkö');
    await post(
      silta.url,
      message('oma yksikköni on Tuira', { serviceUrl: silta.connector.url, from: withUnit }),
    );
    await silta.connector.waitForCount(1);
    const own = await search(withUnit, undefined);
    expect(own.attachments!.map((result) => result.preview.content.title)).toEqual([
      'Tuiran hyvinvointikeskus',
    ]);
    const blank = await search(withUnit, '   ');
    expect(blank.attachments!.map((result) => result.preview.content.title)).toEqual([
      'Tuiran hyvinvointikeskus',
    ]);

    const without = await search(user('Ei Yksikköä'), undefined);
    expect(without.type).toBe('message');
    expect(without.text).toContain('Kirjoita paikka tai yksikkö');
    const ours = await search(user('Ei Yksikköä'), 'meidän yhdyshenkilö', 'en-US');
    expect(ours.type).toBe('message');
    expect(ours.text).toContain('Type a place or a unit');
  });

  it('When the words name no place, then the closest units are offered as "did you mean", or a polite message when none is close', async () => {
    const close = await search(user('Hakija'), 'Tuiraxx');
    expect(close.attachments!.map((result) => result.preview.content)).toEqual([
      expect.objectContaining({
        title: 'Tuiran hyvinvointikeskus',
        subtitle: 'Tarkoititko tätä? · Oulu',
        text: 'Noora Eskola',
      }),
    ]);
    const unknown = await search(user('Hakija'), 'qwxzv plökäys');
    expect(unknown.type).toBe('message');
    expect(unknown.text).toBe(
      'En tunnistanut paikkaa (qwxzv plökäys). Kirjoita sote-keskuksen tai kunnan nimi, esimerkiksi Kempele.',
    );
  });

  it('When the search is longer than a question may be, then it is refused politely and nothing is stored', async () => {
    const from = user('Pitkä Haku');
    const long = await search(from, 'Kempele '.repeat(80));
    expect(long.type).toBe('message');
    expect(long.text).toContain('Haku on liian pitkä (639 merkkiä)');
    expect(await silta.services.repos().profiles.get(from.aadObjectId)).toBeUndefined();
  });

  it('When a picked item is malformed or names a unit not in the register, then a polite message answers', async () => {
    const from = user('Hakija');
    expect((await pick(from, { unitId: 'XX-NOPE' })).text).toContain('Yksikköä ei löydy rekisteristä');
    expect((await pick(from, { unitId: 42 })).text).toContain('Yksikköä ei löydy rekisteristä');
    expect((await pick(from, { question: 'x'.repeat(5000) })).type).toBe('message');
    expect((await pick(from, {})).type).toBe('message');
  });

  it('When a place outside the county is searched, then the result says so and names the county coordinator', async () => {
    const found = await search(user('Hakija'), 'Helsinki');
    const preview = found.attachments![0]!.preview.content;
    expect(preview.title).toBe('Helsinki – ei Pohteen alueella');
    expect(preview.text).toBe('Aino Ahola');
  });

  it('When the app package is read, then its search command is the one Silta answers, in every compose box', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(__dirname, '../../appPackage/manifest.json'), 'utf8'),
    ) as { composeExtensions: Array<{ commands: Array<Record<string, unknown>> }> };
    const command = manifest.composeExtensions[0]!.commands.find((c) => c.id === FIND_LIAISON_COMMAND);
    expect(command).toMatchObject({
      type: 'query',
      context: ['compose', 'commandBox'],
      initialRun: true,
      parameters: [expect.objectContaining({ name: FIND_LIAISON_PARAMETER })],
    });
  });
});
