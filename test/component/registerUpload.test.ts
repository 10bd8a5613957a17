import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { cardAction, message, post, textOf, user, type User } from '../support/activities';
import { FileServer } from '../support/fileServer';
import { startSilta, type TestSilta } from '../support/silta';

const clock = () => new Date('2026-11-22T10:00:00Z');
/** The county coordinator in the demo register (taso hyvinvointialue, Aino Ahola). */
const coordinator = user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060');
/** A coordinator named only in configuration (COORDINATOR_AAD_IDS). */
const configured = user('Ylläpitäjä', '0f0f0f0f-0000-4000-8000-000000000001');
const staff = user('Tavallinen Työntekijä');
const sample = (name: string) => readFileSync(path.join(__dirname, '../../data/sample', name), 'utf8');
const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

type Action = { title: string; verb: string; data: Record<string, unknown> };
const actionsOf = (activity: { attachments?: Array<{ content: unknown }> }) =>
  (activity.attachments?.[0]?.content as { actions?: Action[] })?.actions ?? [];

describe('Register upload in Teams (coordinator only, preview, confirm, all or nothing)', () => {
  let silta: TestSilta;
  let files: FileServer;
  beforeAll(async () => {
    silta = await startSilta({ COORDINATOR_AAD_IDS: configured.aadObjectId }, clock);
    files = await new FileServer().start();
  });
  afterAll(async () => {
    await silta.stop();
    await files.stop();
  });
  beforeEach(() => silta.connector.clear());

  async function upload(from: User, name: string, content: Buffer | string) {
    const activity = {
      ...message('', { serviceUrl: silta.connector.url, from }),
      attachments: [
        {
          contentType: TEAMS_FILE,
          name,
          content: { downloadUrl: files.put(name, content), fileType: 'csv' },
        },
      ],
    };
    expect((await post(silta.url, activity)).status).toBe(200);
    const [reply] = await silta.connector.waitForCount(1);
    silta.connector.clear();
    return reply!.activity;
  }
  const version = () => silta.services.directory.version;
  /** The register as stored in Cosmos (version, units, liaison rows, experts). */
  const stored = () => silta.services.repos().register.load();
  /** The texts of a register message card (title, file headings, one line per error). */
  const reportLines = (activity: { attachments?: Array<{ content: unknown }> }) =>
    (
      (activity.attachments?.[0]?.content as { body?: Array<{ inlines?: Array<{ text: string }> }> })?.body ??
      []
    ).map((block) => (block.inlines ?? []).map((run) => run.text).join(''));
  const phoneOfNoora = () => silta.services.directory.answer('Tuiran yhdyshenkilö');

  it('When a staff member sends a register file, then it is politely refused and the register is unchanged', async () => {
    const before = version();
    const reply = await upload(
      staff,
      'yhdyshenkilot.csv',
      sample('yhdyshenkilot.csv').replace('+358 40 555 1703', '+358 40 000 0000'),
    );
    expect(textOf(reply)).toContain('vain hyvinvointialueen järjestötyön koordinaattori');
    expect(version()).toBe(before);
  });

  it('When the file has defects, then each is reported with row, column and reason, and nothing changes', async () => {
    const before = version();
    const storedBefore = await stored();
    const broken = sample('yhdyshenkilot.csv')
      .replace('noora.eskola@pohde.example', 'noora.eskola(at)pohde')
      .replace('sote-keskus;KE-KEM;', 'sote-keskus;KE-XXX;')
      .replace('2024-01-01;;\r\nsote-keskus;OU-KAA', '2024-01-01;2023-01-01;\r\nsote-keskus;OU-KAA')
      .replace('toimialue;Vammaispalvelut', 'osasto;Vammaispalvelut');
    const text = textOf(await upload(coordinator, 'yhdyshenkilot.csv', broken));
    expect(text).toContain('Tiedostoissa on virheitä, joten rekisteriä ei muutettu');
    expect(text).toMatch(
      /Rivi \d+, sarake sahkoposti: sähköpostiosoite ”noora.eskola\(at\)pohde” ei ole kelvollinen/,
    );
    expect(text).toMatch(/Rivi \d+, sarake kattavuus: toimipistettä ”KE-XXX” ei ole/);
    expect(text).toMatch(/Rivi \d+, sarake asti: päättymispäivä ”2023-01-01” on ennen alkamispäivää/);
    expect(text).toMatch(/Rivi \d+, sarake taso: tasoa ”osasto” ei tunneta/);
    expect(version()).toBe(before);
    expect(await stored()).toEqual(storedBefore);
  });

  it('When a header column is missing, then exactly that is reported and the stored register is unchanged', async () => {
    const before = await stored();
    const noColumn = sample('toimipisteet.csv').replace(
      'tunnus;nimi;tyyppi;kunta;kunta_sv;alue;aliakset',
      'tunnus;nimi;tyyppi;kunta;kunta_sv;aliakset',
    );
    expect(reportLines(await upload(coordinator, 'toimipisteet.csv', noColumn))).toEqual([
      'Tiedostoissa on virheitä, joten rekisteriä ei muutettu. Korjaa virheet ja lähetä tiedostot uudelleen.',
      'Tiedosto toimipisteet.csv:',
      'Otsikkoriviltä puuttuu pakollisia sarakkeita: alue. Tarkista sarakkeiden nimet.',
    ]);
    expect(await stored()).toEqual(before);
  });

  it('When a unit id repeats, then the row and the first row are named and the stored register is unchanged', async () => {
    const before = await stored();
    const duplicate = `${sample('toimipisteet.csv')}OU-TUI;Tuira 2;sote-keskus;Oulu;;Oulu;\r\n`;
    expect(reportLines(await upload(coordinator, 'toimipisteet.csv', duplicate))).toEqual([
      'Tiedostoissa on virheitä, joten rekisteriä ei muutettu. Korjaa virheet ja lähetä tiedostot uudelleen.',
      'Tiedosto toimipisteet.csv:',
      'Rivi 44: ”OU-TUI” on jo rivillä 6. Sama tunnus tai yhdyshenkilörivi saa olla vain kerran.',
    ]);
    expect(await stored()).toEqual(before);
  });

  it('When a date does not exist in the calendar (2024-02-30), then that cell is reported and the stored register is unchanged', async () => {
    const before = await stored();
    const badDate = sample('yhdyshenkilot.csv').replace(
      'noora.eskola@pohde.example;+358 40 555 1703;520118f6-5108-54ae-ad12-e453ecae8d6b;2024-01-01;',
      'noora.eskola@pohde.example;+358 40 555 1703;520118f6-5108-54ae-ad12-e453ecae8d6b;2024-02-30;',
    );
    expect(reportLines(await upload(coordinator, 'yhdyshenkilot.csv', badDate))).toEqual([
      'Tiedostoissa on virheitä, joten rekisteriä ei muutettu. Korjaa virheet ja lähetä tiedostot uudelleen.',
      'Tiedosto yhdyshenkilot.csv:',
      'Rivi 20, sarake alkaen: päivämäärä ”2024-02-30” ei kelpaa. Kirjoita se muodossa vvvv-kk-pp (esim. 2025-01-31) tai p.k.vvvv (31.1.2025).',
    ]);
    expect(await stored()).toEqual(before);
  });

  it('When a service area is misspelt, the county row names no county and two people share an object id, then each row is refused and nothing changes', async () => {
    const before = await stored();
    const broken = sample('yhdyshenkilot.csv')
      .replace('hyvinvointialue;Pohde;', 'hyvinvointialue;Pohjois-Pohjanmaa;')
      .replace('toimialue;Ikäihmisten palvelut;', 'toimialue;Ikäihmisten palvelu;')
      .replace(
        'riikka.juntunen@pohde.example;+358 40 555 1407;db032456-3ad2-5b69-8647-3311562e193b',
        'riikka.juntunen@pohde.example;+358 40 555 1407;d9f2c053-ec66-5a22-9101-1ee88715a060',
      );
    expect(reportLines(await upload(coordinator, 'yhdyshenkilot.csv', broken))).toEqual([
      'Tiedostoissa on virheitä, joten rekisteriä ei muutettu. Korjaa virheet ja lähetä tiedostot uudelleen.',
      'Tiedosto yhdyshenkilot.csv:',
      'Rivi 2, sarake kattavuus: hyvinvointialuetason rivin kattavuus on aina ”Pohde”, ei ”Pohjois-Pohjanmaa”.',
      'Rivi 5, sarake kattavuus: ”Ikäihmisten palvelu” ei ole Pohteen toimialue. Toimialueet ovat Perhe- ja sosiaalipalvelut ja OYS Psykiatria, Terveyden- ja sairaanhoidon palvelut, Ikäihmisten palvelut, Vammaispalvelut, OYS Sairaalapalvelut ja ensihoito.',
      'Rivi 12, sarake aad_object_id: Entra ID -objektitunnus ”d9f2c053-ec66-5a22-9101-1ee88715a060” on jo rivillä 2 toisen henkilön tunnuksena. Kahdella henkilöllä ei voi olla samaa tunnusta.',
    ]);
    expect(await stored()).toEqual(before);
  });

  it('When a kuvaus carries a phone number or a line break, then each is reported with its row and column and nothing is stored', async () => {
    const before = await stored();
    const broken = sample('kokemustoimijat.csv')
      .replace(
        'Oma kokemus masennuksesta ja toipumisesta, puhuu mielellään ikääntyvien mielenterveydestä.',
        'Soita suoraan 040 555 3849',
      )
      .replace(
        'Kertoo lapsiperheen arjesta diabeteksen kanssa, sopii myös vanhempainilloille.',
        '"Kertoo lapsiperheen arjesta\r\ndiabeteksen kanssa"',
      );
    expect(reportLines(await upload(coordinator, 'kokemustoimijat.csv', broken))).toEqual([
      'Tiedostoissa on virheitä, joten rekisteriä ei muutettu. Korjaa virheet ja lähetä tiedostot uudelleen.',
      'Tiedosto kokemustoimijat.csv:',
      'Rivi 6, sarake kuvaus: kuvaus ”Kertoo lapsiperheen arjesta diabeteksen …” näkyy tilaajille, ennen kuin kokemustoimijan nimi kerrotaan, joten siinä saa olla vain tavallista tekstiä yhdellä rivillä: ei HTML-merkintöjä, linkkejä, sähköpostiosoitteita eikä puhelinnumeroita.',
      'Rivi 11, sarake kuvaus: kuvaus ”Soita suoraan 040 555 3849” näkyy tilaajille, ennen kuin kokemustoimijan nimi kerrotaan, joten siinä saa olla vain tavallista tekstiä yhdellä rivillä: ei HTML-merkintöjä, linkkejä, sähköpostiosoitteita eikä puhelinnumeroita.',
    ]);
    expect(await stored()).toEqual(before);
  });

  it('When a kuvaus is changed and confirmed, then the expert carries the new description', async () => {
    const changed = sample('kokemustoimijat.csv').replace(
      'Kertoo lapsiperheen arjesta diabeteksen kanssa, sopii myös vanhempainilloille.',
      'Kertoo perheen arjesta tyypin 1 diabeteksen kanssa.',
    );
    const preview = await upload(coordinator, 'kokemustoimijat.csv', changed);
    expect(textOf(preview)).toContain('Lisätään 0, muutetaan 1, poistetaan 0.');
    expect(textOf(preview)).toContain('kuvaus');
    const confirm = actionsOf(preview).find((a) => a.verb === 'register.apply')!;
    await post(
      silta.url,
      cardAction(confirm.verb, confirm.data, { serviceUrl: silta.connector.url, from: coordinator }),
    );
    const experts = (await stored())!.experts;
    expect(experts.find((e) => e.id === 'KT-005')?.description).toBe(
      'Kertoo perheen arjesta tyypin 1 diabeteksen kanssa.',
    );
  });

  it('When a valid change is sent, then a preview comes first; a staff member cannot confirm it; the coordinator can', async () => {
    const before = version();
    const changed = sample('yhdyshenkilot.csv').replace('+358 40 555 1703', '+358 40 123 4567');
    const preview = await upload(coordinator, 'yhdyshenkilot.csv', changed);
    expect(textOf(preview)).toContain('Lisätään 0, muutetaan 1, poistetaan 0.');
    expect(textOf(preview)).toContain('+358 40 123 4567');
    expect(version()).toBe(before);
    const confirm = actionsOf(preview).find((a) => a.verb === 'register.apply')!;

    const forged = await post(
      silta.url,
      cardAction(confirm.verb, confirm.data, { serviceUrl: silta.connector.url, from: staff }),
    );
    expect(JSON.stringify(forged.body)).toContain('vain hyvinvointialueen järjestötyön koordinaattori');
    expect(version()).toBe(before);

    const applied = await post(
      silta.url,
      cardAction(confirm.verb, confirm.data, { serviceUrl: silta.connector.url, from: coordinator }),
    );
    expect(JSON.stringify(applied.body)).toContain(
      'Rekisteri päivitetty: lisättiin 0, muutettiin 1, poistettiin 0',
    );
    expect(version()).toBe(before + 1);
    expect(JSON.stringify(phoneOfNoora())).toContain('+358 40 123 4567');

    const again = await post(
      silta.url,
      cardAction(confirm.verb, confirm.data, { serviceUrl: silta.connector.url, from: coordinator }),
    );
    expect(JSON.stringify(again.body)).toContain('Tätä esikatselua ei voi enää vahvistaa');
    expect(version()).toBe(before + 1);

    const audit = await silta.services.repos().audit.list('register');
    expect(
      audit.some((entry) => entry.actor === coordinator.aadObjectId && entry.action === 'register.import'),
    ).toBe(true);
  });

  it('When another coordinator presses Confirm on a preview, then they are refused, the preview survives and its author can still confirm it', async () => {
    const before = version();
    const preview = await upload(
      coordinator,
      'yhdyshenkilot.csv',
      sample('yhdyshenkilot.csv').replace('+358 40 555 1851', '+358 40 222 3333'),
    );
    const confirm = actionsOf(preview).find((a) => a.verb === 'register.apply')!;
    const press = (from: User) =>
      post(silta.url, cardAction(confirm.verb, confirm.data, { serviceUrl: silta.connector.url, from }));

    const other = await press(configured);
    expect(JSON.stringify(other.body)).toContain(
      'Vain tiedostot lähettänyt koordinaattori voi vahvistaa tämän päivityksen',
    );
    expect(version()).toBe(before);

    const author = await press(coordinator);
    expect(JSON.stringify(author.body)).toContain('Rekisteri päivitetty:');
    expect(version()).toBe(before + 1);
  });

  it('When the preview is cancelled, then nothing changes', async () => {
    const before = version();
    const preview = await upload(
      configured,
      'yhdyshenkilot.csv',
      sample('yhdyshenkilot.csv').replace('+358 40 555 1629', '+358 40 765 4321'),
    );
    const cancel = actionsOf(preview).find((a) => a.verb === 'register.cancel')!;
    const res = await post(
      silta.url,
      cardAction(cancel.verb, cancel.data, { serviceUrl: silta.connector.url, from: configured }),
    );
    expect(JSON.stringify(res.body)).toContain('Päivitys peruttiin');
    expect(version()).toBe(before);
  });

  it('When the export is Windows-1252 and comma-separated, then it is read like the UTF-8 one', async () => {
    const text = sample('toimipisteet.csv')
      .replace(/^\uFEFF/, '')
      .replace('Kaakkurin hyvinvointikeskus', 'Kaakkurin hyvinvointikeskus ja neuvola')
      .split('\r\n')
      .map((line) =>
        line
          .split(';')
          .map((cell) => (cell.includes(',') ? `"${cell}"` : cell))
          .join(','),
      )
      .join('\r\n');
    const reply = await upload(coordinator, 'toimipisteet.csv', iconv.encode(text, 'win1252'));
    expect(textOf(reply)).toContain('Lisätään 0, muutetaan 1, poistetaan 0.');
    expect(textOf(reply)).toContain('Kaakkurin hyvinvointikeskus ja neuvola');
  });

  it('When a coordinator adds units by CSV (no aliases), then they are answerable in their basic and inflected forms at once', async () => {
    const units = `${sample('toimipisteet.csv')}${[
      'OU-LIN;Linnanmaan hyvinvointipiste;hyvinvointipiste;Oulu;Uleåborg;Oulu;',
      'RA-SAL;Saloisten hyvinvointipiste;hyvinvointipiste;Raahe;Brahestad;Rannikkoseutu;',
      'RA-VIH;Vihannin hyvinvointipiste;hyvinvointipiste;Raahe;Brahestad;Rannikkoseutu;',
    ].join('\r\n')}\r\n`;
    const preview = await upload(coordinator, 'toimipisteet.csv', units);
    expect(textOf(preview)).toContain('Lisätään 3, muutetaan 0, poistetaan 0.');
    const confirm = actionsOf(preview).find((a) => a.verb === 'register.apply')!;
    await post(
      silta.url,
      cardAction(confirm.verb, confirm.data, { serviceUrl: silta.connector.url, from: coordinator }),
    );
    const cases: Array<[string, string, string]> = [
      ['Kuka on Linnanmaan yhdyshenkilö?', 'Linnanmaan hyvinvointipiste', 'riikka.juntunen@pohde.example'],
      ['yhdyshenkilö Linnanmaalla', 'Linnanmaan hyvinvointipiste', 'riikka.juntunen@pohde.example'],
      ['Linnanmaa', 'Linnanmaan hyvinvointipiste', 'riikka.juntunen@pohde.example'],
      [
        'Linnanmaan hyvinvointipisteen yhdyshenkilö',
        'Linnanmaan hyvinvointipiste',
        'riikka.juntunen@pohde.example',
      ],
      ['Saloinen', 'Saloisten hyvinvointipiste', 'tiina.nieminen@pohde.example'],
      ['yhdyshenkilö Saloisissa', 'Saloisten hyvinvointipiste', 'tiina.nieminen@pohde.example'],
      ['Vihanti', 'Vihannin hyvinvointipiste', 'tiina.nieminen@pohde.example'],
      ['Kuka on Vihannin yhdyshenkilö?', 'Vihannin hyvinvointipiste', 'tiina.nieminen@pohde.example'],
    ];
    for (const [question, unit, regional] of cases) {
      await post(silta.url, message(question, { serviceUrl: silta.connector.url, from: staff }));
      const [reply] = await silta.connector.waitForCount(1);
      silta.connector.clear();
      expect([question, textOf(reply!.activity).split('\n')]).toEqual([
        question,
        expect.arrayContaining([unit, regional]),
      ]);
    }
  });

  describe('The audit of a register change', () => {
    const withPhone = (phone: string) => [
      {
        name: 'yhdyshenkilot.csv',
        bytes: Buffer.from(sample('yhdyshenkilot.csv').replace(/\+358 40 555 2036/, phone)),
      },
    ];
    const entriesFor = async (version: number) =>
      (await silta.services.repos().audit.list('register')).filter(
        (entry) => entry.details.version === version,
      );
    afterEach(() => jest.restoreAllMocks());

    it('When the audit log cannot be written right after a change, then the change stands and the next import copies its record first', async () => {
      const audit = silta.services.repos().audit;
      const first = version() + 1;
      const realRecordOnce = audit.recordOnce.bind(audit);
      jest.spyOn(audit, 'recordOnce').mockImplementation(async (entry) => {
        if (entry.details.version === first) throw new Error('audit container unavailable');
        return realRecordOnce(entry);
      });
      const applied = await silta.services.register.importNow(withPhone('+358 40 111 0001'), 'coordinator-a');
      expect(applied).toMatchObject({ kind: 'applied', version: first });
      expect(await entriesFor(first)).toEqual([]);

      jest.restoreAllMocks();
      await silta.services.register.importNow(withPhone('+358 40 111 0002'), 'coordinator-b');
      expect((await entriesFor(first)).map((e) => [e.actor, e.action])).toEqual([
        ['coordinator-a', 'register.import'],
      ]);
      expect((await entriesFor(first + 1)).map((e) => e.actor)).toEqual(['coordinator-b']);
    });

    it("When the current version's record cannot be copied, then the next import is refused and nothing changes", async () => {
      const before = await stored();
      jest
        .spyOn(silta.services.repos().audit, 'recordOnce')
        .mockRejectedValue(new Error('audit container unavailable'));
      await expect(
        silta.services.register.importNow(withPhone('+358 40 111 0003'), 'coordinator-a'),
      ).rejects.toThrow('audit container unavailable');
      expect(await stored()).toEqual(before);
    });
  });

  it('When the file is not CSV, then the coordinator is told how to save it', async () => {
    expect(textOf(await upload(coordinator, 'rekisteri.xlsx', 'PK\u0003\u0004'))).toContain(
      'ei ole CSV-tiedosto',
    );
  });
});
