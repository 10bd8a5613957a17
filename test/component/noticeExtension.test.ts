import { MAX_NOTICE_TEXT, fitNoticeText } from '../../src/domain/notices';
import { htmlToText } from '../../src/domain/notices/htmlToText';
import { message, post, user, type User } from '../support/activities';
import { startSilta, type TestSilta } from '../support/silta';

const liaison = user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b');
const staff = user('Tavallinen Työntekijä', '0c0c0c0c-3333-4333-8333-000000000001');
const coordinator = user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060');
const submitted = {
  title: 'Kevätretki',
  text: 'Tervetuloa',
  ngo: 'Diabetesyhdistys',
  topics: 'diabetes',
  audienceKind: 'units',
  audienceIds: 'OU-TUI',
  validUntil: '2027-03-01',
};
const clock = () => new Date('2026-11-22T10:00:00Z');

const MESSAGE_HTML =
  '<p><b>Diabetesyhdistyksen kevätretki</b></p><p>Ilmoittaudu 1.3. mennessä: https://www.lahella.fi/tapahtuma/42 &amp; tervetuloa!</p>';

describe('Message action "Välitä järjestötiedote"', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
    await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: liaison }));
    await silta.connector.waitForCount(1);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const invoke = (from: User, name: string, value: Record<string, unknown>) =>
    post(silta.url, {
      ...message('', { serviceUrl: silta.connector.url, from }),
      type: 'invoke',
      name,
      value,
    });

  it('When a liaison opens it on a message, then the notice form comes pre-filled from the message', async () => {
    const res = await invoke(liaison, 'composeExtension/fetchTask', {
      commandId: 'forwardNotice',
      commandContext: 'message',
      messagePayload: { body: { content: MESSAGE_HTML } },
    });
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).toContain('"id":"title","label":"Otsikko","isRequired":true');
    expect(text).toContain('"value":"Diabetesyhdistyksen kevätretki"');
    expect(text).toContain('"value":"https://www.lahella.fi/tapahtuma/42"');
    expect(text).toContain('"type":"Action.Submit"');
  });

  it('When a staff member without rights opens it, then they are told who can forward notices', async () => {
    const res = await invoke(staff, 'composeExtension/fetchTask', {
      commandId: 'forwardNotice',
      commandContext: 'message',
      messagePayload: { body: { content: MESSAGE_HTML } },
    });
    expect(JSON.stringify(res.body)).toContain('Tiedotteita voivat lähettää');
  });

  it("When the dialog is submitted, then the preview arrives in the liaison's chat; with errors the form comes back", async () => {
    const data = {
      title: 'Kevätretki',
      text: 'Tervetuloa',
      ngo: 'Diabetesyhdistys',
      topics: 'diabetes',
      audienceKind: 'units',
      audienceIds: 'OU-TUI',
      validUntil: '2027-03-01',
    };
    const bad = await invoke(liaison, 'composeExtension/submitAction', {
      commandId: 'forwardNotice',
      commandContext: 'message',
      data: { ...data, title: '' },
    });
    expect(JSON.stringify(bad.body)).toContain('Otsikko: tieto puuttuu.');
    const ok = await invoke(liaison, 'composeExtension/submitAction', {
      commandId: 'forwardNotice',
      commandContext: 'message',
      data,
    });
    expect(ok.status).toBe(200);
    const [preview] = await silta.connector.waitForCount(1);
    expect(preview!.conversationId).toBe(`a:personal-${liaison.aadObjectId}`);
    expect(JSON.stringify(preview!.activity)).toContain('Esikatselu');
  });

  it('When the message is longer than a notice may be, then the form says its text was cut', async () => {
    const res = await invoke(liaison, 'composeExtension/fetchTask', {
      commandId: 'forwardNotice',
      commandContext: 'message',
      messagePayload: { body: { content: `<p>${'Pitkä tiedote. '.repeat(1500)}</p>` } },
    });
    // Cut to the text's byte cap (ä takes two bytes), said once with the number of characters kept.
    const kept = fitNoticeText(htmlToText(`<p>${'Pitkä tiedote. '.repeat(1500)}</p>`)).length;
    expect(kept).toBeLessThan(MAX_NOTICE_TEXT);
    const body = JSON.stringify(res.body);
    expect(body).toContain(
      `Viesti oli pidempi kuin tiedotteeseen mahtuu, joten lomakkeelle otettiin sen ${kept} ensimmäistä merkkiä.`,
    );
    expect(body).not.toContain('Teksti oli pidempi kuin tiedotteeseen mahtuu');
  });

  it('When the liaison forwards to a unit they do not cover, then the dialog says why and nothing is stored', async () => {
    const before = await silta.services.notices.list(liaison.aadObjectId);
    const res = await invoke(liaison, 'composeExtension/submitAction', {
      commandId: 'forwardNotice',
      commandContext: 'message',
      data: { ...submitted, audienceIds: 'OU-KAA' },
    });
    expect(JSON.stringify(res.body)).toContain(
      'Voit lähettää tiedotteita vain niille yksiköille, joiden järjestöyhdyshenkilö olet.',
    );
    expect(await silta.services.notices.list(liaison.aadObjectId)).toEqual(before);
  });

  it('When the sender has no personal chat with Silta yet, then the dialog says how to open one and nothing is stored', async () => {
    const res = await post(silta.url, {
      ...message('', { serviceUrl: silta.connector.url, from: coordinator }),
      conversation: { id: '19:general@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' },
      type: 'invoke',
      name: 'composeExtension/submitAction',
      value: { commandId: 'forwardNotice', commandContext: 'message', data: submitted },
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('Avaa Silta Teamsin sovelluksista');
    expect(await silta.services.notices.list(coordinator.aadObjectId)).toEqual([]);
    expect(silta.connector.sent).toHaveLength(0);
  });

  it('When the message HTML has markup and entities, then only its text is kept', () => {
    expect(htmlToText(MESSAGE_HTML)).toBe(
      'Diabetesyhdistyksen kevätretki\nIlmoittaudu 1.3. mennessä: https://www.lahella.fi/tapahtuma/42 & tervetuloa!',
    );
  });
});
