import { FIELD_LIMITS } from '../../src/domain/ngo';
import { startSilta, type TestSilta } from '../support/silta';
import { getPage, idsAndLabels, postForm, postJson, validOffer } from '../support/ngoPage';

const now = new Date('2026-11-23T08:00:00Z');
const clock = () => now;
const SCRIPT = '<script>alert(1)</script>';

/** The public NGO page over HTTP through the real server and storage (docs/ngo.md §1–§6). */
describe('NGO page: an NGO sends an offer from the public page and gets a reference and a status link', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta(
      { NGO_SUBMIT_ADDRESS_LIMITS: '1000/1min', NGO_SUBMIT_TOTAL_LIMITS: '1000/1min' },
      clock,
    );
  });
  afterAll(() => silta.stop());
  const stored = () => silta.services.repos().ngoSubmissions.list();

  it.each([
    ['/jarjestoille', 'fi', 'Järjestöille ja seurakunnille'],
    ['/for-organisationer', 'sv', 'För föreningar och församlingar'],
    ['/for-organisations', 'en', 'For organisations and parishes'],
  ])(
    'When %s is opened, then the page is in its language, every input has a label, and nothing outside may load',
    async (path, lang, title) => {
      const page = await getPage(`${silta.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(`<html lang="${lang}">`);
      expect(page.text).toContain(title);
      expect(page.text).toContain('name="viewport"');
      const { inputs, labelled } = idsAndLabels(page.text);
      expect(inputs.length).toBeGreaterThan(30);
      expect(inputs.filter((id) => !labelled.has(id))).toEqual([]);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page.text).not.toMatch(/<script|src="http|href="http/);
      expect(page.text).toContain('value="unit:OU-TUI"');
      expect(page.text).toContain('value="municipality:Kempele"');
    },
  );

  it('When a complete offer is sent, then the NGO gets a reference and a status link, and the submission waits for the Tuira liaison', async () => {
    const before = (await stored()).length;
    const res = await postForm(`${silta.url}/jarjestoille`, validOffer(now));
    expect(res.status).toBe(201);
    const reference = /JR-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(res.text)![0];
    const link = /href="(http[^"]+\/jarjestoille\/tila\/[A-Za-z0-9_-]{43})"/.exec(res.text)![1]!;
    expect(await stored()).toHaveLength(before + 1);
    const submission = (await stored()).find((s) => s.reference === reference)!;
    expect(submission.state).toBe('received');
    expect(submission.routedTo).toBe('centre');
    expect(submission.liaisons.map((l) => l.name)).toEqual(['Noora Eskola']);
    expect(submission.form.schedule).toMatchObject({ recurrence: 'biweekly', startTime: '13:00' });
    expect(JSON.stringify(submission)).not.toContain(link.split('/').pop()!);

    const status = await getPage(link.replace(/^http:\/\/localhost:\d+/, silta.url));
    expect(status.status).toBe(200);
    expect(status.text).toContain(reference);
    expect(status.text).toContain('Odottaa käsittelyä');
    const audit = await silta.services.repos().audit.list(`ngo:${submission.id}`);
    expect(audit.map((a) => a.action)).toEqual(['ngo.submitted']);
  });

  it.each([
    ['a unit with no centre liaison (Utajärvi)', 'unit:UT-UTA', 'regional', ['Anu Toivonen']],
    ['a whole municipality (Kempele)', 'municipality:Kempele', 'regional', ['Sami Korhonen']],
  ])(
    "When the offer is for %s, then it goes to the area's regional coordinator",
    async (_what, place, routedTo, names) => {
      const res = await postJson(`${silta.url}/jarjestoille`, validOffer(now, { place }));
      expect(res.status).toBe(201);
      const submission = (await stored()).find((s) => s.reference === res.json.reference)!;
      expect(submission.routedTo).toBe(routedTo);
      expect(submission.liaisons.map((l) => l.name)).toEqual(names);
    },
  );

  it('When a status link is unknown or malformed, then the page says so and shows nothing', async () => {
    for (const token of ['x'.repeat(43), 'short', '..%2F..%2Fetc']) {
      const res = await getPage(`${silta.url}/jarjestoille/tila/${token}`);
      expect(res.status).toBe(404);
      expect(res.text).toContain('Tällä linkillä ei löydy yhteydenottoa');
    }
  });

  it('When required fields are missing, then every one is named in a clear message and nothing is stored', async () => {
    const before = (await stored()).length;
    const res = await postForm(`${silta.url}/jarjestoille`, {
      language: 'fi',
      servedAt: String(now.getTime() - 60_000),
      kind: 'activity',
    });
    expect(res.status).toBe(422);
    for (const text of [
      'Järjestö tai seurakunta: tämä tieto puuttuu.',
      'Yhteyshenkilö: tämä tieto puuttuu.',
      'Sähköposti: tämä tieto puuttuu.',
      'Otsikko: tämä tieto puuttuu.',
      'Kuvaus: tämä tieto puuttuu.',
    ])
      expect(res.text).toContain(text);
    expect(res.text).toContain('aria-invalid="true"');
    expect(await stored()).toHaveLength(before);

    const sv = await postJson(`${silta.url}/for-organisationer`, {
      language: 'sv',
      servedAt: String(now.getTime() - 60_000),
    });
    expect(sv.status).toBe(422);
    expect(JSON.stringify(sv.json)).toContain('Förening eller församling: uppgiften saknas.');
  });

  it('When every field holds a script tag, then the answer shows it as text only, and where it is valid text it is stored as text', async () => {
    const before = (await stored()).length;
    const everywhere = Object.fromEntries(
      Object.entries(validOffer(now)).map(([name, value]) => [
        name,
        ['servedAt', 'language', 'website'].includes(name) ? value : Array.isArray(value) ? [SCRIPT] : SCRIPT,
      ]),
    );
    const refused = await postForm(`${silta.url}/jarjestoille`, everywhere);
    expect(refused.status).toBe(422);
    expect(refused.text).not.toContain('<script');
    expect(refused.text).toContain('&lt;script&gt;');
    expect(refused.text).toContain('Sähköposti: kirjoita sähköpostiosoite');
    expect(await stored()).toHaveLength(before);

    const asText = { organisation: SCRIPT, contactName: SCRIPT, title: SCRIPT, description: SCRIPT };
    const accepted = await postForm(`${silta.url}/jarjestoille`, validOffer(now, asText));
    expect(accepted.status).toBe(201);
    const link = /\/jarjestoille\/tila\/[A-Za-z0-9_-]{43}/.exec(accepted.text)![0];
    const status = await getPage(`${silta.url}${link}`);
    expect(status.text).not.toContain('<script');
    expect(status.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('When a megabyte of text is sent, then it is refused with a clear message before it is read whole, and nothing is stored', async () => {
    const before = (await stored()).length;
    const big = validOffer(now, { description: 'x'.repeat(1024 * 1024) });
    const res = await postForm(`${silta.url}/jarjestoille`, big);
    expect(res.status).toBe(413);
    expect(res.text).toContain('Lomakkeessa oli liikaa tekstiä');
    const json = await fetch(`${silta.url}/jarjestoille`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(big),
    });
    expect(json.status).toBe(413);
    const justOver = await postForm(
      `${silta.url}/jarjestoille`,
      validOffer(now, { description: 'x'.repeat(FIELD_LIMITS.description + 1) }),
    );
    expect(justOver.status).toBe(422);
    expect(justOver.text).toContain('Kuvaus: teksti on liian pitkä (enintään 2000 merkkiä).');
    expect(await stored()).toHaveLength(before);
  });

  it('When dates are in the past or reversed, then each is named and nothing is stored', async () => {
    const before = (await stored()).length;
    const past = await postForm(`${silta.url}/jarjestoille`, validOffer(now, { firstDate: '2026-11-01' }));
    expect(past.status).toBe(422);
    expect(past.text).toContain('Päivämäärä (ensimmäinen kerta): ajankohta on jo mennyt.');
    const reversed = await postForm(
      `${silta.url}/jarjestoille`,
      validOffer(now, { startTime: '15:00', endTime: '14:00', lastDate: '2026-11-24' }),
    );
    expect(reversed.status).toBe(422);
    expect(reversed.text).toContain('Päättyy klo: loppu on ennen alkua.');
    expect(reversed.text).toContain('Viimeinen kerta: loppu on ennen alkua.');
    const en = await postJson(
      `${silta.url}/for-organisations`,
      validOffer(now, { language: 'en', firstDate: '2026-02-30' }),
    );
    expect(JSON.stringify(en.json)).toContain('Date (first time): write the date as yyyy-mm-dd.');
    expect(await stored()).toHaveLength(before);
  });

  it('When the honeypot is filled or the form comes back too fast, then it is refused with a message and nothing is stored', async () => {
    const before = (await stored()).length;
    const trap = await postForm(
      `${silta.url}/jarjestoille`,
      validOffer(now, { website: 'http://spam.example' }),
    );
    expect(trap.status).toBe(422);
    expect(trap.text).toContain('Lomaketta ei voitu ottaa vastaan');
    expect(trap.text).not.toContain('spam.example');
    const fast = await postForm(
      `${silta.url}/jarjestoille`,
      validOffer(now, { servedAt: String(now.getTime() - 1000) }),
    );
    expect(fast.status).toBe(422);
    expect(fast.text).toContain('Lomake lähetettiin niin nopeasti');
    expect(fast.text).toContain('value="Oulun Omaishoitajat ry"');
    expect(await stored()).toHaveLength(before);
  });

  it('When the body is multipart, gzip or not UTF-8, then it is refused unread (415) and nothing is stored', async () => {
    const before = (await stored()).length;
    const multipart = await fetch(`${silta.url}/jarjestoille`, { method: 'POST', body: new FormData() });
    expect(multipart.status).toBe(415);
    const gzip = await postForm(`${silta.url}/jarjestoille`, validOffer(now), { 'content-encoding': 'gzip' });
    expect(gzip.status).toBe(415);
    const latin1 = await postForm(`${silta.url}/jarjestoille`, validOffer(now), {
      'content-type': 'application/x-www-form-urlencoded; charset=iso-8859-1',
    });
    expect(latin1.status).toBe(415);
    expect(await stored()).toHaveLength(before);
  });
});

describe('NGO page rate limit per client address', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({ NGO_SUBMIT_ADDRESS_LIMITS: '5/10min,20/24h' }, clock);
  });
  afterAll(() => silta.stop());

  it('When one address sends 100 submissions, then the first 5 are stored, the rest get a clear 429 and nothing more is stored', async () => {
    const statuses: number[] = [];
    let lastText = '';
    for (let i = 0; i < 100; i += 1) {
      const res = await postForm(`${silta.url}/jarjestoille`, validOffer(now, { title: `Ryhmä ${i}` }));
      statuses.push(res.status);
      lastText = res.text;
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    expect(lastText).toContain('Lomakkeita on lähetetty juuri nyt liian monta');
    expect(await silta.services.repos().ngoSubmissions.list()).toHaveLength(5);
  });
});

describe('NGO page rate limit for everyone together', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta(
      { NGO_SUBMIT_ADDRESS_LIMITS: '1000/1min', NGO_SUBMIT_TOTAL_LIMITS: '3/1min,500/24h' },
      clock,
    );
  });
  afterAll(() => silta.stop());

  it('When more submissions arrive in a minute than the overall limit allows, then the rest get a clear 429 in their language and nothing more is stored', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push(
        (await postForm(`${silta.url}/jarjestoille`, validOffer(now, { title: `Ryhmä ${i}` }))).status,
      );
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const sv = await postForm(`${silta.url}/for-organisationer`, validOffer(now, { language: 'sv' }));
    expect(sv.status).toBe(429);
    expect(sv.headers.get('retry-after')).toBeTruthy();
    expect(sv.text).toContain('lang="sv"');
    expect(await silta.services.repos().ngoSubmissions.list()).toHaveLength(3);
  });
});
