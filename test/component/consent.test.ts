import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Actor } from '../../src/domain/orders';
import { cardAction, message, post, textOf, user, type User } from '../support/activities';
import { LIAISON, ORDERER, order } from '../support/orders';
import { startSilta, type TestSilta } from '../support/silta';

const clock = () => new Date('2026-11-22T10:00:00Z');
/** The county coordinator in the demo register (Aino Ahola). */
const coordinator = user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060');
/** Another coordinator, named only in configuration. */
const configured = user('Ylläpitäjä', '0f0f0f0f-0000-4000-8000-000000000001');
const staff = user('Tavallinen Työntekijä');
/** KT-010 in the demo register. */
const ANU = {
  id: 'KT-010',
  name: 'Anu Tuomela',
  email: 'anu.tuomela@kokemus.example',
  phone: '+358 40 555 3849',
};
const sample = (name: string) => readFileSync(path.join(__dirname, '../../data/sample', name), 'utf8');

type Action = { title: string; verb: string; data: Record<string, unknown> };
const actionsOf = (activity: { attachments?: Array<{ content: unknown }> }) =>
  (activity.attachments?.[0]?.content as { actions?: Action[] })?.actions ?? [];

describe('Consent withdrawn: the coordinator erases one experience expert (over HTTP)', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({ COORDINATOR_AAD_IDS: configured.aadObjectId }, clock);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const say = async (from: User, text: string, locale = 'fi-FI') => {
    expect(
      (await post(silta.url, message(text, { serviceUrl: silta.connector.url, from, locale }))).status,
    ).toBe(200);
    const [reply] = await silta.connector.waitForCount(1);
    silta.connector.clear();
    return reply!.activity;
  };
  const press = async (from: User, action: Action, locale = 'fi-FI') =>
    JSON.stringify(
      (
        await post(
          silta.url,
          cardAction(action.verb, action.data, { serviceUrl: silta.connector.url, from, locale }),
        )
      ).body,
    );
  const experts = () => silta.services.directory.current!.experts.map((e) => e.id);
  /** Everything stored that could name the expert: the register, the orders and the audit trails. */
  const storedEverything = async (orderIds: string[]) => {
    const repos = silta.services.repos();
    const snapshot = await repos.register.load();
    const orders = await Promise.all(orderIds.map((id) => repos.orders.get(id)));
    const audit = await Promise.all(
      ['register', ...orderIds.map((id) => `order:${id}`)].map((s) => repos.audit.list(s)),
    );
    return JSON.stringify({ experts: snapshot!.experts, orders, audit });
  };

  /** An order taken through the real workflow: KT-010 proposed, chosen and confirmed (audited). */
  async function orderConfirmedWith(expertId: string, other: string): Promise<string> {
    const id = randomUUID();
    await silta.services.repos().orders.create(order({ id }));
    const steps: Array<[Actor, Parameters<typeof silta.services.orders.act>[1]]> = [
      [LIAISON, { kind: 'review' }],
      [LIAISON, { kind: 'propose', expertIds: [expertId, other] }],
      [ORDERER, { kind: 'choose', expertId }],
      [LIAISON, { kind: 'answer', accepted: true, expertId }],
    ];
    for (const [actor, action] of steps)
      expect((await silta.services.orders.act(id, action, actor)).kind).toBe('done');
    return id;
  }

  it('When a staff member asks to erase an expert, then they are politely refused and nothing changes', async () => {
    const before = await silta.services.repos().register.load();
    const reply = await say(staff, 'suostumus peruttu KT-010');
    expect(textOf(reply)).toContain('vain hyvinvointialueen järjestötyön koordinaattori');
    expect(await silta.services.repos().register.load()).toEqual(before);
  });

  it('When the coordinator names nobody, someone unknown, or a name in Swedish or English, then Silta answers in that language', async () => {
    expect(textOf(await say(coordinator, 'suostumus peruttu'))).toContain('Kenen tiedot poistetaan?');
    expect(textOf(await say(coordinator, 'suostumus peruttu KT-999'))).toContain(
      'Rekisterissä ei ole kokemustoimijaa ”KT-999”',
    );
    expect(textOf(await say(coordinator, 'samtycke återkallat Okänd Person', 'sv-FI'))).toContain(
      'Det finns ingen erfarenhetsexpert ”Okänd Person”',
    );
    const en = await say(coordinator, 'consent withdrawn for anu tuomela', 'en-US');
    expect(textOf(en)).toContain('Erase the data of Anu Tuomela (KT-010)?');
    expect(actionsOf(en).map((a) => a.title)).toEqual(['Erase the data', 'Cancel']);
  });

  it('When the coordinator asks in a group chat, then they are asked to use the personal chat', async () => {
    const reply = await post(
      silta.url,
      message('suostumus peruttu KT-010', {
        serviceUrl: silta.connector.url,
        from: coordinator,
        conversationType: 'groupChat',
        conversationId: '19:group@thread.v2',
      }),
    );
    expect(reply.status).toBe(200);
    const [sent] = await silta.connector.waitForCount(1);
    expect(textOf(sent!.activity)).toContain('henkilökohtaisessa keskustelussa');
    expect(textOf(sent!.activity)).not.toContain(ANU.email);
  });

  it('When the coordinator confirms, then the expert is erased from the register, orders and audit, the erasure is audited without values, and refusals change nothing', async () => {
    const confirmedOrder = await orderConfirmedWith(ANU.id, 'KT-011');
    const untouchedOrder = await orderConfirmedWith('KT-011', 'KT-013');
    // The register audit names KT-010 too: a change of their phone number.
    await silta.services.register.importNow(
      [
        {
          name: 'kokemustoimijat.csv',
          bytes: Buffer.from(sample('kokemustoimijat.csv').replace(ANU.phone, '+358 40 555 0001')),
        },
      ],
      coordinator.aadObjectId,
    );
    const anu = { ...ANU, phone: '+358 40 555 0001' };
    expect(await storedEverything([confirmedOrder])).toContain(anu.email);

    const preview = await say(coordinator, 'poista kokemustoimijan tiedot KT-010');
    const text = textOf(preview);
    expect(text).toContain('Poistetaanko kokemustoimijan Anu Tuomela (KT-010) tiedot?');
    expect(text).toContain(`Sähköposti: ${anu.email}`);
    expect(text).toContain(`Puhelin: ${anu.phone}`);
    expect(text).toContain('Tilaukset, joista nimi ja yhteystiedot poistetaan: 1');
    expect(text).toContain('10.12.2026 · Tuiran hyvinvointikeskus · Vahvistettu');
    expect(text).toMatch(/Lokimerkinnät, joista tiedot poistetaan: [1-9]/);
    const [confirm, cancel] = actionsOf(preview);
    expect(confirm!.verb).toBe('consent.erase');
    expect(cancel!.verb).toBe('consent.cancel');
    const versionBefore = silta.services.directory.version;
    const before = await storedEverything([confirmedOrder, untouchedOrder]);

    // Refused, and nothing changes: a staff member, another coordinator, a forged token, a foreign cancel.
    expect(await press(staff, confirm!)).toContain('vain hyvinvointialueen järjestötyön koordinaattori');
    expect(await press(configured, confirm!)).toContain('Vain poistoa pyytänyt koordinaattori');
    expect(
      await press(coordinator, { ...confirm!, data: { ...confirm!.data, token: randomUUID() } }),
    ).toContain('Tätä poistoa ei voi enää vahvistaa');
    expect(await press(coordinator, { ...confirm!, data: { ...confirm!.data, token: '../../x' } })).toContain(
      'Tätä poistoa ei voi enää vahvistaa',
    );
    expect(await press(configured, cancel!)).toContain('Tätä poistoa ei voi enää vahvistaa');
    expect(silta.services.directory.version).toBe(versionBefore);
    expect(await storedEverything([confirmedOrder, untouchedOrder])).toBe(before);

    // The author confirms.
    expect(await press(coordinator, confirm!)).toContain(
      'Kokemustoimijan tiedot on poistettu: rekisteristä, 1 tilauksesta',
    );
    expect(silta.services.directory.version).toBe(versionBefore + 1);
    expect(experts()).not.toContain(ANU.id);
    expect(experts()).toContain('KT-011');
    const after = await storedEverything([confirmedOrder]);
    for (const personal of [anu.name, anu.email, anu.phone, ANU.phone, ANU.id])
      expect([personal, after.includes(personal)]).toEqual([personal, false]);

    const erased = (await silta.services.repos().orders.get(confirmedOrder))!;
    expect(erased.state).toBe('confirmed');
    expect(erased.confirmedExpert).toEqual({ id: '–', name: '–' });
    expect(erased.candidates).toEqual(['–', 'KT-011']);
    expect(erased.history.map((h) => [h.action, h.from, h.to])).toEqual([
      ['review', 'submitted', 'inReview'],
      ['propose', 'inReview', 'candidatesProposed'],
      ['choose', 'candidatesProposed', 'offered'],
      ['answer', 'offered', 'confirmed'],
    ]);
    // The other order keeps its expert.
    expect((await silta.services.repos().orders.get(untouchedOrder))!.confirmedExpert).toMatchObject({
      id: 'KT-011',
    });

    // The erasure is in the register version and the audit, with counts only.
    const record = (await silta.services.repos().register.currentChange())!.change;
    expect(record).toMatchObject({ actor: coordinator.aadObjectId, action: 'register.eraseExpert' });
    expect(record.details).toEqual({
      version: versionBefore + 1,
      orders: 1,
      auditEntries: expect.any(Number),
    });
    const entries = await silta.services.repos().audit.list('register');
    expect(
      entries.some((e) => e.action === 'register.eraseExpert' && e.actor === coordinator.aadObjectId),
    ).toBe(true);

    // Pressing again changes nothing.
    expect(await press(coordinator, confirm!)).toContain('Tätä poistoa ei voi enää vahvistaa');
    expect(silta.services.directory.version).toBe(versionBefore + 1);
  });

  it('When the register changed after the preview, then the confirmation is refused as stale and nothing is erased', async () => {
    const preview = await say(coordinator, 'suostumus peruttu KT-013');
    const [confirm] = actionsOf(preview);
    await silta.services.register.importNow(
      [
        {
          name: 'kokemustoimijat.csv',
          bytes: Buffer.from(sample('kokemustoimijat.csv').replace('+358 40 555 3960', '+358 40 555 0013')),
        },
      ],
      configured.aadObjectId,
    );
    const version = silta.services.directory.version;
    expect(await press(coordinator, confirm!)).toContain('Rekisteri on muuttunut esikatselun jälkeen');
    expect(silta.services.directory.version).toBe(version);
    expect(experts()).toContain('KT-013');
  });

  it('When an import lands between erasing the orders and saving the register, then the erasure is saved on top of it and both stand', async () => {
    const preview = await say(coordinator, 'suostumus peruttu KT-012');
    const [confirm] = actionsOf(preview);
    const register = silta.services.register;
    const realSave = register.saveExperts.bind(register);
    const spy = jest.spyOn(register, 'saveExperts').mockImplementationOnce(async (...args) => {
      await register.importNow(
        [
          {
            name: 'kokemustoimijat.csv',
            bytes: Buffer.from(sample('kokemustoimijat.csv').replace('+358 40 555 3997', '+358 40 555 0014')),
          },
        ],
        configured.aadObjectId,
      );
      return realSave(...args);
    });
    try {
      expect(await press(coordinator, confirm!)).toContain('Kokemustoimijan tiedot on poistettu');
    } finally {
      spy.mockRestore();
    }
    const current = silta.services.directory.current!;
    expect(current.experts.map((e) => e.id)).not.toContain('KT-012');
    expect(current.experts.find((e) => e.id === 'KT-014')?.phone).toBe('+358 40 555 0014');
  });

  it('When the coordinator cancels, then nothing is erased and the confirmation no longer works', async () => {
    const preview = await say(coordinator, 'radera erfarenhetsexpertens uppgifter KT-014', 'sv-FI');
    expect(textOf(preview)).toContain('Ska uppgifterna om Noora Haapala (KT-014) raderas?');
    const [confirm, cancel] = actionsOf(preview);
    expect(await press(coordinator, cancel!, 'sv-FI')).toContain('Raderingen avbröts');
    expect(await press(coordinator, confirm!, 'sv-FI')).toContain('kan inte längre bekräftas');
    expect(experts()).toContain('KT-014');
  });
});
