import type { Submission } from '../../src/domain/ngo';
import { cardAction, message, post, user, type User } from '../support/activities';
import { allActions, type Card } from '../support/orderCards';
import { getPage, postJson, validOffer } from '../support/ngoPage';
import { startSilta, type TestSilta } from '../support/silta';

const now = new Date('2026-11-23T08:00:00Z');
const clock = () => now;
const liaison = user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b');
const regional = user('Riikka Juntunen', 'db032456-3ad2-5b69-8647-3311562e193b');
const outsider = user('Muu Hoitaja', '0a0a0a0a-1111-4111-8111-000000000009');
const lakeus = user('Sami Korhonen', '8914d698-471c-571c-8ec9-4ff0488e38b2'); // Lakeus regional coordinator

/** The liaison's card and decisions over HTTP, through the real server (docs/ngo.md §3, §4). */
describe('NGO submissions in Teams: the liaison gets the card and decides', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({ NGO_SUBMIT_ADDRESS_LIMITS: '1000/1min' }, clock);
    for (const u of [liaison, regional, outsider, lakeus]) {
      await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: u }));
    }
    await silta.connector.waitForCount(4);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const cardOf = (sent: { activity: { attachments?: Array<{ content: unknown }> } }) =>
    sent.activity.attachments![0]!.content as Card;
  const text = (c: unknown) => JSON.stringify(c);

  async function submit(overrides: Record<string, string | string[]> = {}) {
    const res = await postJson(`${silta.url}/jarjestoille`, validOffer(now, overrides));
    expect(res.status).toBe(201);
    const statusPath = new URL(String(res.json.statusUrl)).pathname;
    const submission = (await silta.services.repos().ngoSubmissions.list()).find(
      (s) => s.reference === res.json.reference,
    )!;
    return { submission, statusPath };
  }
  /** `from` presses a decision on the card of `on` as they saw it (its id and version). */
  async function decide(
    from: User,
    on: Pick<Submission, 'id' | 'version'>,
    decision: string,
    more: Record<string, unknown> = {},
  ): Promise<Card> {
    const data = { submissionId: on.id, seen: on.version, decision, ...more };
    const res = await post(silta.url, {
      ...cardAction('ngo.decide', data, { serviceUrl: silta.connector.url, from }),
      replyToId: 'card-message-1',
    });
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  }
  const current = (id: string) => silta.services.ngo.get(id);
  const actions = async (id: string) =>
    (await silta.services.repos().audit.list(`ngo:${id}`)).map((a) => `${a.action}:${a.actor}`);

  it('When an NGO sends an offer for Tuira, then the Tuira liaison gets a card with the submission in full and five decisions', async () => {
    const { submission } = await submit({
      description: 'Vertaistukea <b>omaishoitajille</b> joka toinen tiistai.',
    });
    const [sent] = await silta.connector.waitForCount(1);
    expect(sent!.conversationId).toBe(`a:personal-${liaison.aadObjectId}`);
    const c = cardOf(sent!);
    expect(text(c)).toContain('Omaishoitajien vertaisryhmä');
    expect(text(c)).toContain('Vertaistukea <b>omaishoitajille</b>');
    expect(text(c)).toContain(submission.reference);
    expect(text(c)).toContain('Tuiran hyvinvointikeskus');
    expect(c.actions!.map((a) => a.title)).toEqual([
      'Hyväksy',
      'Tee tiedotteeksi',
      'Pyydä lisätietoja',
      'Välitä toiselle',
      'Hylkää',
    ]);
    expect(new TextEncoder().encode(text(sent!.activity)).length).toBeLessThan(28 * 1024);
  });

  it('When someone the submission is not routed to sends a decision, then it is refused, shows nothing of it and changes nothing', async () => {
    const { submission } = await submit();
    const forged = await decide(outsider, submission, 'accept');
    expect(text(forged)).toContain('Vain henkilö, jolle yhteydenotto on ohjattu');
    expect(text(forged)).not.toContain('maija@omaishoitajat.example');
    expect(await current(submission.id)).toEqual(submission);
    expect(await actions(submission.id)).toEqual(['ngo.submitted:public page']);
  });

  it('When the liaison asks for more, then the card shows the contact details and the status page says so; a stale card is then refused', async () => {
    const { submission, statusPath } = await submit();
    const asked = await decide(liaison, submission, 'moreInfo');
    expect(text(asked)).toContain(
      'Maija Meikäläinen, Oulun Omaishoitajat ry, maija@omaishoitajat.example, 040 123 4567',
    );
    expect((await current(submission.id))!.state).toBe('moreInfo');
    expect((await getPage(`${silta.url}${statusPath}`)).text).toContain('Yhdyshenkilö pyytää lisätietoja');

    const before = await current(submission.id);
    const stale = await decide(liaison, submission, 'accept');
    expect(text(stale)).toContain('Yhteydenottoa on käsitelty tämän kortin jälkeen');
    expect(await current(submission.id)).toEqual(before);
    expect(await actions(submission.id)).toEqual([
      'ngo.submitted:public page',
      `ngo.moreInfo:${liaison.aadObjectId}`,
    ]);
  });

  it('When the liaison forwards it, then the other liaison gets the card and decides; the first may no longer; a decline needs a reason the NGO then sees', async () => {
    const { submission, statusPath } = await submit();
    silta.connector.clear();
    const forwarded = await decide(liaison, submission, 'forward', {
      forwardTo: regional.aadObjectId,
    });
    expect(text(forwarded)).toContain('Välitetty: Riikka Juntunen');
    expect(forwarded.actions ?? []).toEqual([]);
    const [toRegional] = await silta.connector.waitForCount(1);
    expect(toRegional!.conversationId).toBe(`a:personal-${regional.aadObjectId}`);
    const latest = (await current(submission.id))!;
    expect(latest.liaisons.map((l) => l.name)).toEqual(['Riikka Juntunen']);

    const firstAgain = await decide(liaison, latest, 'accept');
    expect(text(firstAgain)).toContain('Vain henkilö');

    const noReason = await decide(regional, latest, 'decline', {
      reason: '  ',
    });
    expect(text(noReason)).toContain('Kirjoita perustelu');
    expect((await current(submission.id))!.state).toBe('received');

    const declined = await decide(regional, latest, 'decline', {
      reason: 'Tuiralla on jo omaishoitajien ryhmä <i>tiistaisin</i>.',
    });
    expect(text(declined)).toContain('Hylätty. Järjestö näkee perustelun');
    const status = (await getPage(`${silta.url}${statusPath}`)).text;
    expect(status).toContain('Ei hyväksytty');
    expect(status).toContain('Tuiralla on jo omaishoitajien ryhmä &lt;i&gt;tiistaisin&lt;/i&gt;.');

    const declinedNow = (await current(submission.id))!;
    const final = await decide(regional, declinedNow, 'accept');
    expect(text(final)).toContain('Yhteydenotto on jo käsitelty');
    expect(await actions(submission.id)).toEqual([
      'ngo.submitted:public page',
      `ngo.forward:${liaison.aadObjectId}`,
      `ngo.decline:${regional.aadObjectId}`,
    ]);
  });

  it('When the liaison accepts for the info screen, then the activity is published as an event of Tuira and the status page says accepted', async () => {
    const { submission, statusPath } = await submit();
    const accepted = await decide(liaison, submission, 'accept', {
      onInfoScreen: 'true',
    });
    expect(text(accepted)).toContain('näkyy yksikön järjestökalenterissa ja infotaululla');
    const events = await silta.services.repos().ngoEvents.forPlace('OU-TUI');
    const event = events.find((e) => e.id === submission.id)!;
    expect(event).toMatchObject({
      title: 'Omaishoitajien vertaisryhmä',
      onInfoScreen: true,
      organisation: 'Oulun Omaishoitajat ry',
    });
    expect(JSON.stringify(event)).not.toContain('maija@');
    expect((await getPage(`${silta.url}${statusPath}`)).text).toContain('Hyväksytty');
  });

  it('When an offer names Tuira and the municipalities Kempele and Lumijoki, then the Tuira liaison and the Lakeus coordinator (who covers both municipalities) get one card each, and an accept publishes the activity in all three places', async () => {
    const { submission } = await submit({
      place: ['unit:OU-TUI', 'municipality:Kempele', 'municipality:Lumijoki'],
    });
    expect(submission.form.places).toEqual([
      { kind: 'unit', unitId: 'OU-TUI' },
      { kind: 'municipality', municipality: 'Kempele' },
      { kind: 'municipality', municipality: 'Lumijoki' },
    ]);
    expect(submission.liaisons.map((l) => l.name)).toEqual(['Noora Eskola', 'Sami Korhonen']);
    expect(submission.routedTo).toBe('regional');
    await silta.connector.waitForCount(2);
    await new Promise((r) => setTimeout(r, 200));
    const cards = silta.connector.sent.map((sent) => sent.conversationId).sort();
    expect(cards).toEqual([`a:personal-${liaison.aadObjectId}`, `a:personal-${lakeus.aadObjectId}`].sort());
    expect(text(cardOf(silta.connector.sent[0]!))).toContain('Tuiran hyvinvointikeskus, Kempele, Lumijoki');

    const accepted = await decide(lakeus, submission, 'accept', { onInfoScreen: 'true' });
    expect(text(accepted)).toContain('Hyväksytty');
    for (const place of ['OU-TUI', 'kunta:Kempele', 'kunta:Lumijoki']) {
      const events = await silta.services.repos().ngoEvents.forPlace(place);
      expect(events.filter((e) => e.id === submission.id).map((e) => e.placeKey)).toEqual([place]);
    }
    // The other card is now outdated: the Tuira liaison sees the decision, not a second one.
    const late = await decide(liaison, submission, 'decline', { reason: 'x' });
    expect(text(late)).toContain('Hyväksytty');
    expect((await current(submission.id))!.state).toBe('accepted');
  });

  it('When an offer names four places or an unknown one, then it is refused with a message naming the field, and nothing is stored', async () => {
    const before = (await silta.services.repos().ngoSubmissions.list()).length;
    const four = await postJson(
      `${silta.url}/jarjestoille`,
      validOffer(now, { place: ['unit:OU-TUI', 'unit:OU-KAA', 'unit:KE-KEM', 'unit:RA-RAA'] }),
    );
    expect(four.status).toBe(422);
    expect(JSON.stringify(four.json)).toContain('Sote-keskus tai kunta: valitse enintään kolme.');
    const unknown = await postJson(
      `${silta.url}/jarjestoille`,
      validOffer(now, { place: ['unit:OU-TUI', 'unit:XX-NOPE'] }),
    );
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.json)).toContain(
      'Sote-keskus tai kunta: valitse jokin annetuista vaihtoehdoista.',
    );
    expect(await silta.services.repos().ngoSubmissions.list()).toHaveLength(before);
  });

  it('When the liaison turns it into a notice, then the notice form comes back filled in from the submission', async () => {
    const { submission } = await submit({ kind: 'material', title: 'Esite omaishoidon tuesta' });
    const form = await decide(liaison, submission, 'notice');
    const inputs = allActions(form).length >= 1 ? text(form) : '';
    expect(inputs).toContain('Esite omaishoidon tuesta');
    expect(inputs).toContain('notice.preview');
    expect((await current(submission.id))!.state).toBe('notice');
    expect(await silta.services.repos().ngoEvents.forPlace('OU-TUI')).not.toContainEqual(
      expect.objectContaining({ id: submission.id }),
    );
  });
});
