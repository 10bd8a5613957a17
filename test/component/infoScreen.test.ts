import { cardAction, message, post, user } from '../support/activities';
import { executes } from '../support/noticeCards';
import { getPage, postJson, validOffer } from '../support/ngoPage';
import { startSilta, type TestSilta } from '../support/silta';

const now = new Date('2026-11-23T08:00:00Z'); // Monday 23.11.2026
const clock = () => now;
const tuiraLiaison = user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b');
const coordinator = user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060');

/** The centre's info screen over HTTP (docs/ngo.md §8). */
describe("Info screen: a lobby screen shows the week's accepted NGO activities put on the screen", () => {
  let silta: TestSilta;
  async function offer(
    overrides: Record<string, string | string[]>,
    decision: Record<string, unknown> | undefined,
  ) {
    const res = await postJson(`${silta.url}/jarjestoille`, validOffer(now, overrides));
    expect(res.status).toBe(201);
    const s = (await silta.services.repos().ngoSubmissions.list()).find(
      (x) => x.reference === res.json.reference,
    )!;
    if (decision)
      await post(silta.url, {
        ...cardAction(
          'ngo.decide',
          { submissionId: s.id, seen: s.version, ...decision },
          { serviceUrl: silta.connector.url, from: tuiraLiaison },
        ),
        replyToId: 'card-1',
      });
  }
  beforeAll(async () => {
    silta = await startSilta({ NGO_SUBMIT_ADDRESS_LIMITS: '1000/1min' }, clock);
    await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: tuiraLiaison }));
    await silta.connector.waitForCount(1);
    await offer(
      {
        title: 'Näytöllä: muistikahvila',
        recurrence: 'once',
        firstDate: '2026-11-26',
        contactName: 'Salainen Yhteyshenkilö',
      },
      { decision: 'accept', onInfoScreen: 'true' },
    );
    await offer(
      { title: 'Ei näytöllä: kalenterissa vain', recurrence: 'once', firstDate: '2026-11-26' },
      { decision: 'accept' },
    );
    await offer({ title: 'Odottaa: ei hyväksytty', recurrence: 'once', firstDate: '2026-11-26' }, undefined);
    await offer(
      { title: 'Ensi viikolla näytöllä', recurrence: 'once', firstDate: '2026-12-01' },
      { decision: 'accept', onInfoScreen: 'true' },
    );
    for (let i = 0; i < 6; i += 1)
      await offer(
        { title: `Raahen ryhmä ${i}`, place: 'unit:RA-RAA', recurrence: 'once', firstDate: '2026-11-27' },
        undefined,
      );
  });
  afterAll(() => silta.stop());

  it("When the Tuira screen is opened, then only this week's accepted activities marked for the screen are shown, with nothing personal", async () => {
    const page = await getPage(`${silta.url}/infotaulu/OU-TUI`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Näytöllä: muistikahvila');
    expect(page.text).toContain('26.11.2026');
    expect(page.text).not.toContain('Ei näytöllä');
    expect(page.text).not.toContain('Odottaa');
    expect(page.text).not.toContain('Ensi viikolla');
    expect(page.text).not.toContain('Salainen');
    expect(page.text).not.toContain('maija@');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('When the municipality has a Swedish name in the register (Raahe/Brahestad), then the labels are in Finnish and Swedish, elsewhere (Kempele) Finnish only; nothing not accepted is shown', async () => {
    const page = await getPage(`${silta.url}/infotaulu/RA-RAA`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('lang="sv"');
    expect(page.text).toContain('Tällä viikolla ei ole järjestötoimintaa');
    expect(page.text).not.toContain('Raahen ryhmä');
    const kempele = await getPage(`${silta.url}/infotaulu/KE-KEM`);
    expect(kempele.text).toContain('Tällä viikolla ei ole järjestötoimintaa');
    expect(kempele.text).not.toContain('lang="sv"');
  });

  it('When a liaison sends notices, then the Tuira screen shows the valid ones marked for the screens that reach Tuira, without the sender', async () => {
    const notice = {
      text: 'Tervetuloa mukaan.',
      ngo: 'Oulun Diabetesyhdistys ry',
      topics: 'diabetes',
      audienceKind: 'units',
      audienceIds: 'OU-TUI',
      validUntil: '2027-02-28',
    };
    const send = async (data: Record<string, string>, from = tuiraLiaison) => {
      const act = async (verb: string, payload: Record<string, unknown>) => {
        const res = await post(silta.url, {
          ...cardAction(verb, payload, { serviceUrl: silta.connector.url, from }),
          replyToId: 'notice-card',
        });
        expect(res.status).toBe(200);
        return (res.body as { value: unknown }).value;
      };
      const preview = await act('notice.preview', { ...notice, ...data });
      // Nobody subscribes in this Silta: the send is the confirmation inside "Lähetä silti…" (docs/notices.md §5).
      const sendData = executes(preview).find((a) => a.verb === 'notice.send')?.data;
      expect(sendData).toBeDefined();
      await act('notice.send', sendData!);
    };
    await send({ title: 'Tiedote näytölle: diabeteskahvila', infoScreen: 'true' });
    await send({ title: 'Tiedote vain chattiin', infoScreen: 'false' });
    await send({ title: 'Kaakkurin näyttötiedote', infoScreen: 'true', audienceIds: 'OU-KAA' }, coordinator);

    const page = await getPage(`${silta.url}/infotaulu/OU-TUI`);
    expect(page.text).toContain('Tiedote näytölle: diabeteskahvila');
    expect(page.text).toContain('Järjestötiedote · voimassa 28.2.2027 asti');
    expect(page.text).toContain('Oulun Diabetesyhdistys ry');
    expect(page.text).toContain('Näytöllä: muistikahvila');
    expect(page.text).not.toContain('Tiedote vain chattiin');
    expect(page.text).not.toContain('Kaakkurin näyttötiedote');
    expect(page.text).not.toContain('Noora');
    const kaakkuri = await getPage(`${silta.url}/infotaulu/OU-KAA`);
    expect(kaakkuri.text).toContain('Kaakkurin näyttötiedote');
    expect(kaakkuri.text).not.toContain('Tiedote näytölle');
  });

  it('When the unit is unknown, then 404; the screen script is served from the same origin', async () => {
    expect((await getPage(`${silta.url}/infotaulu/XX-NOPE`)).status).toBe(404);
    expect((await getPage(`${silta.url}/infotaulu/%3Cscript%3E`)).status).toBe(404);
    const script = await getPage(`${silta.url}/infotaulu/screen.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
  });
});
