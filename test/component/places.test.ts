import { cardAction, message, post, textOf, user } from '../support/activities';
import { failures, placeCases, type PlaceCase } from '../support/placeCases';
import { startSilta, type TestSilta } from '../support/silta';

/** The day the utterances were written for: Pirjo Heikkilä stands in for Oskari Wallin (2026-06-01 – 2027-05-31). */
const clock = () => new Date('2026-11-22T10:00:00Z');

const OUTSIDE =
  /ei kuulu|hör inte|is not in|toisesta hyvinvointialueesta|annat välfärdsområde|another wellbeing/;
const CHOOSE_SCOPE = /Sana voi tarkoittaa|Ordet kan syfta|can mean more than one service area/;
const OTHER_COUNTY = /toisesta hyvinvointialueesta|annat välfärdsområde|another wellbeing services county/;

/** Every Action.Execute title in a card, wherever it sits. */
function buttonTitles(card: unknown): string[] {
  const titles: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (v.type === 'Action.Execute' && typeof v.title === 'string') titles.push(v.title);
      Object.values(v).forEach(walk);
    }
  };
  walk(card);
  return titles;
}

describe('Places as staff write them (places.jsonl) through the real bot over HTTP', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  async function ask(c: PlaceCase) {
    // A new asker each time, as staff are: one user's turns are rate-limited at the edge.
    const from = user('Kysyjä');
    const res = await post(
      silta.url,
      message(c.q, { serviceUrl: silta.connector.url, locale: c.locale, from }),
    );
    expect(res.status).toBe(200);
    const [reply] = await silta.connector.waitForCount(1);
    silta.connector.clear();
    return reply!.activity;
  }

  it.each(placeCases.map((c) => [c.class, c.q, c] as const))('[%s] "%s"', async (_class, _q, c) => {
    const reply = await ask(c);
    const text = textOf(reply);
    const emails = [...text.matchAll(/[\w.-]+@[\w.-]+\.example/g)].map((m) => m[0]);
    const titles = buttonTitles(reply.attachments?.[0]?.content);
    const kind = OUTSIDE.test(text)
      ? 'outside'
      : CHOOSE_SCOPE.test(text)
        ? 'chooseScope'
        : emails.length === 0 && titles.length > 0
          ? 'choose'
          : 'unit';
    expect(failures(c, { kind, emails, units: titles })).toEqual([]);
    if (c.kind === 'county') expect(text).toMatch(OTHER_COUNTY);
    if (c.kind === 'outside') expect(text).not.toMatch(OTHER_COUNTY);
  });

  it('When a word names two service areas (neuvola), then a card asks which, and its button answers for the one chosen', async () => {
    const reply = await ask({ q: 'Kuka on neuvolan yhdyshenkilö?', locale: 'fi-FI' } as PlaceCase);
    expect(textOf(reply)).toContain('Sana voi tarkoittaa useampaa toimialuetta');
    expect(textOf(reply)).not.toMatch(/@pohde\.example/);
    const card = reply.attachments?.[0]?.content as { body: unknown[] };
    const buttons = JSON.stringify(card).match(/"verb":"directory\.scope","data":\{[^}]*\}/g) ?? [];
    expect(buttons).toHaveLength(2);
    const health = buttons.find((b) => b.includes('Terveyden'))!;
    const data = JSON.parse(health.replace(/^"verb":"directory\.scope","data":/, '')) as Record<
      string,
      unknown
    >;
    const res = await post(
      silta.url,
      cardAction('directory.scope', data, { serviceUrl: silta.connector.url }),
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('helmi.kokko@pohde.example');
    expect(JSON.stringify(res.body)).not.toContain('eero.jokela@pohde.example');
  });

  it('When a service-area button carries a scope the register does not have, then a polite card answers', async () => {
    const res = await post(
      silta.url,
      cardAction(
        'directory.scope',
        { level: 'toimialue', scope: 'Keksitty palvelu' },
        { serviceUrl: silta.connector.url },
      ),
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('Toimialuetta ei löydy rekisteristä');
    expect(JSON.stringify(res.body)).not.toMatch(/@pohde\.example/);
  });

  it('When a place with several units is asked twice, then both choice cards list the same units, six buttons a set at most', async () => {
    const c = placeCases.find((row) => row.kind === 'choose')!;
    const card = (await ask(c)).attachments?.[0]?.content;
    const first = buttonTitles(card);
    const second = buttonTitles((await ask(c)).attachments?.[0]?.content);
    expect(first.length).toBeGreaterThan(6);
    expect(second).toEqual(first);
    const sets = JSON.stringify(card).match(/"type":"ActionSet","actions":\[/g) ?? [];
    expect(sets.length).toBe(Math.ceil(first.length / 6));
  });
});
