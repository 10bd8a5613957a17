import { localeFrom, t, type Locale, type MessageKey } from '../../src/i18n';
import { installed, message, post, textOf, user } from '../support/activities';
import { INTENT_CASES, type IntentCase } from '../support/intentCases';
import { startSilta, type TestSilta } from '../support/silta';

/** The day the register's rows are valid for. */
const clock = () => new Date('2026-11-22T10:00:00Z');

type Reply = { text?: string; attachments?: Array<{ content: unknown }> };

/** Every imBack value on a card: what its buttons send as the user's message. */
function buttonTexts(reply: Reply): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (v.type === 'imBack' && typeof v.value === 'string') found.push(v.value);
      Object.values(v).forEach(walk);
    }
  };
  (reply.attachments ?? []).forEach((a) => walk(a.content));
  return found;
}

/** What a fresh staff member (no unit, no role) sees for each intent, from the message catalogue. */
const SEEN: Record<string, MessageKey> = {
  help: 'common.helpTitle',
  orderExpert: 'orders.formTitle',
  myOrders: 'orders.myOrdersNone',
  newNotice: 'notices.notAllowed',
  notices: 'notices.currentNoUnit',
  topics: 'notices.topicsNoUnit',
  showMyUnit: 'directory.myUnitPick',
  askMyUnit: 'intents.askMyUnit',
  reminders: 'notices.remindersNotAllowed',
  summary: 'orders.summaryNotAllowed',
  registerNoticeBoard: 'notices.boardOnlyChannel',
  registerUpload: 'intents.registerUploadNotAllowed',
  unknown: 'intents.unknown',
  foreignScript: 'intents.foreignScript',
  noWords: 'common.noWords',
  clarify: 'intents.clarify',
};

function expectedText(c: IntentCase, locale: Locale): string {
  if (c.expect.startsWith('smallTalk.'))
    return t(locale, `intents.smallTalk_${c.expect.slice('smallTalk.'.length)}` as MessageKey);
  switch (c.expect) {
    case 'question':
      return c.shows!;
    case 'outside':
      return t(locale, 'directory.outside', { place: c.place! });
    case 'setMyUnit':
      return t(locale, 'directory.myUnitSaved', { unit: c.unit! });
    case 'setLanguage':
      return t(c.language!, 'intents.languageSet');
    default:
      return t(locale, SEEN[c.expect]!);
  }
}

/** Silta's own command for a reading, as a clarify button sends it. */
const COMMANDS: Record<string, MessageKey> = {
  orderExpert: 'intents.command_orderExpert',
  myOrders: 'intents.command_myOrders',
  newNotice: 'intents.command_newNotice',
  notices: 'intents.command_notices',
};

describe('Everyday messages through the real bot over HTTP (test/fixtures/intents.jsonl)', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  async function send(text: string, locale: string, from = user('Uusi Käyttäjä')): Promise<Reply> {
    const res = await post(silta.url, message(text, { serviceUrl: silta.connector.url, locale, from }));
    expect(res.status).toBe(200);
    const [reply] = await silta.connector.waitForCount(1);
    silta.connector.clear();
    return reply!.activity as Reply;
  }

  it('When the test set is read, then it has at least 200 utterances in fi, sv and en', () => {
    expect(INTENT_CASES.length).toBeGreaterThanOrEqual(200);
    for (const locale of ['fi-FI', 'sv-SE', 'en-US'])
      expect(INTENT_CASES.filter((c) => c.locale === locale).length).toBeGreaterThanOrEqual(30);
  });

  it.each(INTENT_CASES.map((c) => [c.utterance, c.expect, c] as const))(
    'When a new user writes "%s", then Silta answers as for %s',
    async (_u, _e, c) => {
      const locale = localeFrom(c.locale);
      const reply = await send(c.utterance, c.locale);
      const text = textOf(reply);
      expect(text).toContain(expectedText(c, locale));
      if (c.understood) expect(text).toContain(t(locale, 'intents.understoodAs', { places: c.understood }));
      if (c.options) {
        const sent = buttonTexts(reply);
        expect(sent.sort()).toEqual(c.options.map((kind) => t(locale, COMMANDS[kind]!)).sort());
      }
      // Small talk comes with the buttons that start the main tasks.
      if (c.expect.startsWith('smallTalk.'))
        expect(buttonTexts(reply)).toContain(t(locale, 'intents.command_orderExpert'));
      // Never an invented liaison: only directory answers name people.
      if (!['question', 'outside'].includes(c.expect)) expect(text).not.toMatch(/@[a-z]+\.example/);
    },
  );

  it('When a clarify button is pressed (its text sent), then that reading is what Silta does', async () => {
    const reply = await send('tilaus', 'fi-FI');
    const order = buttonTexts(reply).find((value) => value === t('fi', 'intents.command_orderExpert'))!;
    expect(textOf(await send(order, 'fi-FI'))).toContain(t('fi', 'orders.formTitle'));
  });

  it('When a message is 10,000 characters, then Silta says it is too long and names no one', async () => {
    const reply = await send('kuka on yhdyshenkilö '.repeat(500), 'fi-FI');
    expect(reply.text).toContain(t('fi', 'common.tooLong', { length: 9999, max: 2000 }).split('(')[0]!);
    expect(textOf(reply)).not.toMatch(/@[a-z]+\.example/);
  });

  it('When a first message is 1,999 characters with its question last, then Silta answers it; at 2,001 it says too long', async () => {
    const ask = 'Kuka on Kempeleen yhdyshenkilö?';
    const story = 'Olen uusi sairaanhoitaja ja aloitin juuri työt täällä. '.repeat(40);
    const sized = (length: number) => `${story.slice(0, length - ask.length - 1)} ${ask}`;
    expect(textOf(await send(sized(1999), 'fi-FI'))).toContain('timo.tuomela@pohde.example');
    const long = await send(sized(2001), 'fi-FI');
    expect(long.text).toBe(t('fi', 'common.tooLong', { length: 2001, max: 2000 }));
    expect(textOf(long)).not.toMatch(/@[a-z]+\.example/);
  });

  it('When a user sends bad input, then their stored profile stays exactly as it was', async () => {
    const from = user('Huolellinen Käyttäjä');
    await send('oma yksikköni on Tuira', 'fi-FI', from);
    await send('kieli ruotsi', 'fi-FI', from);
    const before = await silta.services.repos().profiles.get(from.aadObjectId);
    for (const bad of [
      '😀👍',
      'x'.repeat(10_000),
      'Привет',
      'Tere, kuidas läheb täna?',
      'ok',
      '???',
      'kieli',
    ])
      await send(bad, 'fi-FI', from);
    expect(await silta.services.repos().profiles.get(from.aadObjectId)).toEqual(before);
    expect(before).toMatchObject({ unitId: 'OU-TUI', language: 'sv' });
  });

  it('When a user asks for help, then its title is the card heading, not a message bubble of its own', async () => {
    const reply = await send('apua', 'fi-FI');
    expect(reply.text ?? '').not.toContain(t('fi', 'common.helpTitle'));
    expect(textOf(reply)).toContain(t('fi', 'common.helpTitle'));
  });

  it('When a user sets the language, then it wins over the locale the client sends, and is kept', async () => {
    const from = user('Kielen Vaihtaja');
    expect((await send('kieli suomi', 'en-US', from)).text).toBe(t('fi', 'intents.languageSet'));
    expect(textOf(await send('help', 'en-US', from))).toContain(t('fi', 'common.helpTitle'));
    expect((await send('language english', 'en-US', from)).text).toBe(t('en', 'intents.languageSet'));
    expect(textOf(await send('apua', 'fi-FI', from))).toContain(t('en', 'common.helpTitle'));
  });

  it('When a message names a county place and one outside, then the card answers one and says why not the other', async () => {
    const text = textOf(await send('Kempeleen ja Rovaniemen yhdyshenkilö', 'fi-FI'));
    expect(text).toContain('Kempeleen sote-keskus');
    expect(text).toContain(t('fi', 'intents.alsoOutside', { place: 'Rovaniemi' }));
  });

  it('When a county place is named beside a word one typo from a place elsewhere, then the card mentions no place elsewhere', async () => {
    // kertoa is one letter from Kervo (Kerava in Swedish), kuussa from Kuusa (Laukaa).
    for (const question of [
      'Voisitko kertoa kuka on Kempeleen yhdyshenkilö, kiitos',
      'Mikä on Kempeleen yhdyshenkilö? Tarvitsen sitä ensi kuussa',
    ]) {
      const text = textOf(await send(question, 'fi-FI'));
      expect(text).toContain('timo.tuomela@pohde.example');
      expect(text).not.toContain(t('fi', 'intents.understoodAs', { places: '' }).trim());
      expect(text).not.toContain(t('fi', 'intents.alsoOutside', { place: '' }).trim());
    }
  });

  it('When a greeting opens a question about the own unit, then the greeting is no place and the unit answers', async () => {
    const from = user('Tervehtivä Käyttäjä');
    await send('oma yksikköni on Tuira', 'fi-FI', from);
    const text = textOf(await send('Hei! Kuka on meidän yhdyshenkilö?', 'fi-FI', from));
    expect(text).toContain('noora.eskola@pohde.example');
    expect(text).not.toContain('Hei');
  });

  it('When someone swears at Silta, then it apologises with the help and reads no place into the words', async () => {
    for (const [insult, locale] of [
      ['olet ihan paska botti', 'fi-FI'],
      ['dumma bot', 'sv-SE'],
      ['you suck', 'en-US'],
    ] as const) {
      const reply = await send(insult, locale);
      const language = localeFrom(locale);
      expect(reply.text).toContain(t(language, 'intents.smallTalk_rude'));
      expect(textOf(reply)).toContain(t(language, 'common.helpTitle'));
      expect(textOf(reply)).not.toMatch(/@[a-z]+\.example/);
    }
  });

  it('When Silta is added to a team channel, then the welcome says to @mention it', async () => {
    const activity = installed({
      serviceUrl: silta.connector.url,
      conversationType: 'channel',
      conversationId: '19:channel@thread.tacv2',
    });
    await post(silta.url, activity);
    const [reply] = await silta.connector.waitForCount(1);
    expect(reply!.activity.text).toContain(t('fi', 'intents.helpChannel'));
  });

  it('When a message names two places, then Silta asks which one with both on the card', async () => {
    const text = textOf(await send('Kempeleen ja Limingan yhdyshenkilö', 'fi-FI'));
    expect(text).toContain('Kempeleen sote-keskus');
    expect(text).toContain('Limingan sote-keskus');
  });
});
