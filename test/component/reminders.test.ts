/**
 * The county coordinator's recurring reminders over HTTP (issue 14 §5): the message on the list, the
 * form showing only the chosen rhythm's field, editing with the same checks as adding, and removing only
 * after a confirmation on the card. Each test has a Silta of its own (reminders are county-wide).
 */
import { cardAction, message, post, textOf, user, type User } from '../support/activities';
import { executeOf } from '../support/noticeCards';
import { startSilta, type TestSilta } from '../support/silta';
import { eventually } from '../support/wait';
import { MAX_REMINDERS } from '../../src/domain/scheduling/reminderForm';

const coordinator = user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060');
const liaison = user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b');
const staff = user('Tavallinen Työntekijä', '0b0b0b0b-2222-4222-8222-000000000005');

const START = new Date('2026-11-22T10:00:00Z');
const clock = () => START;

type Card = { body: unknown[]; actions?: unknown[] };
type Input = Record<string, unknown>;

/** The inputs of a card, by id. */
function inputsOf(card: unknown): Map<string, Input> {
  const out = new Map<string, Input>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Input;
    if (String(element.type).startsWith('Input.')) out.set(String(element.id), element);
    for (const key of ['body', 'items', 'actions', 'card']) walk(element[key]);
  };
  walk(card);
  return out;
}

describe('Reminders over HTTP: the message shown, the rhythm chosen first, editing, removing with a confirmation', () => {
  let silta: TestSilta;
  beforeEach(async () => {
    silta = await startSilta({}, clock);
  });
  afterEach(() => silta.stop());

  const act = async (from: User, verb: string, data: Record<string, unknown>): Promise<Card> => {
    const res = await post(silta.url, cardAction(verb, data, { serviceUrl: silta.connector.url, from }));
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  };
  const text = (card: Card) => textOf({ attachments: [{ content: card }] });
  const list = async (): Promise<Card> => {
    const before = silta.connector.sent.length;
    await post(silta.url, message('muistutukset', { serviceUrl: silta.connector.url, from: coordinator }));
    const reply = await eventually(
      () =>
        silta.connector.sent.slice(before).find((s) => textOf(s.activity).includes('Toistuvat muistutukset')),
      'no reminders card',
    );
    return reply.activity.attachments![0]!.content as Card;
  };
  const stored = (id: string) => silta.services.repos().reminders.get(id);

  it('When the coordinator lists the reminders, then each shows its message, and adding starts by choosing the rhythm; the buttons that open and save are named apart', async () => {
    const card = await list();
    expect(text(card)).toContain(
      'Viesti: Muistutus: järjestöyhdyshenkilöiden verkostotapaaminen tässä kuussa.',
    );
    const add = JSON.stringify(card.actions);
    expect(add).toContain('"title":"Lisää muistutus"');
    expect(add).toContain('Miten muistutus toistuu?');
    expect(add).not.toContain('Tallenna muistutus');

    const monthly = await act(
      coordinator,
      'reminder.form',
      executeOf(card, 'reminder.form', { rhythm: 'dayOfMonth' }).data,
    );
    expect([...inputsOf(monthly).keys()]).toEqual(['title', 'text', 'audience', 'day', 'months', 'time']);
    const weekly = await act(
      coordinator,
      'reminder.form',
      executeOf(card, 'reminder.form', { rhythm: 'firstWeekday' }).data,
    );
    expect([...inputsOf(weekly).keys()]).toEqual(['title', 'text', 'audience', 'weekday', 'months', 'time']);
    const save = executeOf(weekly, 'reminder.add');
    expect(save.title).toBe('Tallenna muistutus');

    // Switching the rhythm keeps what was typed.
    const switched = await act(coordinator, 'reminder.form', {
      ...executeOf(weekly, 'reminder.form', { rhythm: 'dayOfMonth' }).data,
      title: 'Kevätkokous',
    });
    expect(inputsOf(switched).get('title')!.value).toBe('Kevätkokous');
    expect(inputsOf(switched).has('weekday')).toBe(false);

    const added = await act(coordinator, 'reminder.add', {
      ...save.data,
      title: 'Kevätkokous',
      text: 'Muistathan kevätkokouksen.',
      audience: 'allLiaisons',
      weekday: '3',
      months: '3,4',
      time: '13:30',
    });
    expect(text(added)).toContain('Muistutus lisättiin: Kevätkokous.');
    expect(text(added)).toContain('Viesti: Muistathan kevätkokouksen.');
    const ids = (await silta.services.repos().reminders.list()).filter((r) => r.title === 'Kevätkokous');
    expect(ids.map((r) => r.cron)).toEqual(['30 13 * 3,4 3#1']);
  });

  it('When the coordinator edits a reminder, then the form is filled from it and saves the change; bad input is named and changes nothing', async () => {
    const card = await list();
    const form = await act(
      coordinator,
      'reminder.edit',
      executeOf(card, 'reminder.edit', { reminderId: 'network' }).data,
    );
    const inputs = inputsOf(form);
    expect(text(form)).toContain('Muokkaa muistutusta');
    expect(inputs.get('title')!.value).toBe('Yhdyshenkilöverkoston kuukausitapaaminen');
    expect(inputs.get('text')!.value).toBe(
      'Muistutus: järjestöyhdyshenkilöiden verkostotapaaminen tässä kuussa.',
    );
    expect(inputs.get('weekday')!.value).toBe('2');
    expect(inputs.get('time')!.value).toBe('09:00');
    expect(inputs.has('day')).toBe(false);
    const save = executeOf(form, 'reminder.update');
    expect(save.title).toBe('Tallenna muistutus');
    const values = Object.fromEntries([...inputs].map(([id, input]) => [id, String(input.value ?? '')]));

    const before = await stored('network');
    const bad = await act(coordinator, 'reminder.update', {
      ...save.data,
      ...values,
      title: '',
      time: '25:00',
    });
    expect(text(bad)).toContain('Otsikko: tieto puuttuu.');
    expect(text(bad)).toContain('Kellonaika: arvo ei kelpaa.');
    expect(inputsOf(bad).get('time')!.value).toBe('25:00');
    expect(await stored('network')).toEqual(before);

    const saved = await act(coordinator, 'reminder.update', {
      ...save.data,
      ...values,
      title: 'Verkostotapaaminen',
      weekday: '3',
      time: '10:00',
    });
    expect(text(saved)).toContain('Muistutus tallennettiin: Verkostotapaaminen.');
    expect(text(saved)).toContain('Verkostotapaaminen · kuukauden ensimmäinen keskiviikko klo 10.00');
    const after = (await stored('network'))!;
    expect([after.title, after.cron, after.nextRunAt]).toEqual([
      'Verkostotapaaminen',
      '0 10 * * 3#1',
      '2026-12-02T08:00:00.000Z',
    ]);
    const audit = await silta.services.repos().audit.list('reminder:network');
    expect(audit.map((a) => [a.action, a.actor])).toEqual([['reminder.edit', coordinator.aadObjectId]]);

    // A form drawn before that change is stale: saving it changes nothing.
    const stale = await act(coordinator, 'reminder.update', {
      ...save.data,
      ...values,
      title: 'Vanha lomake',
    });
    expect(text(stale)).toContain('Muistutusta on muutettu sen jälkeen');
    expect(await stored('network')).toEqual(after);
  });

  it('When someone else edits a reminder, or sends a forged rhythm, then it is refused and nothing changes', async () => {
    const form = await act(coordinator, 'reminder.edit', { reminderId: 'inform-staff' });
    const save = executeOf(form, 'reminder.update').data;
    const values = {
      title: 'Kaapattu',
      text: 'x',
      audience: 'allLiaisons',
      day: '2',
      months: '',
      time: '09:00',
    };
    const before = await stored('inform-staff');
    for (const other of [staff, liaison]) {
      expect(text(await act(other, 'reminder.update', { ...save, ...values }))).toContain(
        'Muistutuksia hallinnoi järjestötyön koordinaattori.',
      );
      expect(text(await act(other, 'reminder.edit', { reminderId: 'inform-staff' }))).not.toContain(
        'Kaapattu',
      );
    }
    const forged = await act(coordinator, 'reminder.update', { ...save, ...values, rhythm: 'everyHour' });
    expect(text(forged)).not.toContain('tallennettiin');
    expect(await stored('inform-staff')).toEqual(before);
  });

  it('When the coordinator removes a reminder, then the card asks first; a click without the confirmation, or from an older card, removes nothing', async () => {
    const card = await list();
    const remove = executeOf(card, 'reminder.remove', { reminderId: 'meet-municipal' });
    expect(remove.title).toBe('Kyllä, poista muistutus');
    expect(JSON.stringify(card)).toContain(
      'Poistetaanko muistutus ”Tapaaminen kunnan järjestöyhdyshenkilön kanssa”?',
    );
    // The confirmation sits behind "Poista" (Action.ShowCard), not on the card itself.
    const topLevel = JSON.stringify(card).indexOf('"title":"Poista"');
    expect(topLevel).toBeGreaterThan(-1);

    const before = await stored('meet-municipal');
    const unconfirmed = await act(coordinator, 'reminder.remove', { reminderId: 'meet-municipal' });
    expect(text(unconfirmed)).toContain('Muistutusta ei poistettu: vahvista poisto kortilla');
    const forged = await act(coordinator, 'reminder.remove', { ...remove.data, version: '"forged"' });
    expect(text(forged)).toContain('Muistutusta on muutettu sen jälkeen');
    expect(text(await act(staff, 'reminder.remove', remove.data))).toContain('Muistutuksia hallinnoi');
    expect(await stored('meet-municipal')).toEqual(before);

    // Paused after the card was drawn: that card's confirmation is stale too.
    await act(coordinator, 'reminder.pause', { reminderId: 'meet-municipal', paused: true });
    const paused = await stored('meet-municipal');
    expect(text(await act(coordinator, 'reminder.remove', remove.data))).toContain('Muistutusta on muutettu');
    expect(await stored('meet-municipal')).toEqual(paused);

    const fresh = executeOf(await list(), 'reminder.remove', { reminderId: 'meet-municipal' });
    const removed = await act(coordinator, 'reminder.remove', fresh.data);
    expect(text(removed)).toContain('Muistutus poistettiin.');
    expect((await stored('meet-municipal'))!.removed).toBe(true);
  });

  it('When the county already keeps the most reminders, then adding one more is refused with a message and nothing is stored', async () => {
    const kept = (await silta.services.repos().reminders.list()).filter((r) => !r.removed).length;
    const draft = { title: 'Täyttö', text: 'Viesti', cron: '0 9 1 * *', audience: 'allLiaisons' as const };
    for (let i = kept; i < MAX_REMINDERS; i++)
      await silta.services.notices.addReminder({ ...draft, title: `Täyttö ${i}` }, coordinator.aadObjectId!);
    const before = await silta.services.repos().reminders.list();
    expect(before.filter((r) => !r.removed)).toHaveLength(MAX_REMINDERS);

    const opened = await act(coordinator, 'reminder.form', { rhythm: 'dayOfMonth' });
    const refused = await act(coordinator, 'reminder.add', {
      ...executeOf(opened, 'reminder.add').data,
      title: 'Yksi liikaa',
      text: 'Ei mahdu.',
      audience: 'allLiaisons',
      day: '5',
      time: '09:00',
    });
    expect(text(refused)).toContain(`Muistutuksia on jo ${MAX_REMINDERS}, enempää ei voi lisätä.`);
    expect(await silta.services.repos().reminders.list()).toEqual(before);
  });
});
