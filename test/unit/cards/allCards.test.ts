/**
 * Every card builder's output is valid Adaptive Card 1.5 (official schema and parser, at most 6 actions
 * per set) in Finnish, Swedish and English, with the demo register's data.
 */
import { answerForUnit } from '../../../src/domain/directory';
import { NOW, expert, inState } from '../orders/fixtures';
import {
  ORDER_STATES,
  availableActions,
  feedbackRoles,
  historyLines,
  yearlySummary,
} from '../../../src/domain/orders';
import { DEFAULT_REMINDERS } from '../../../src/domain/scheduling/reminders';
import {
  MAX_NOTICE_TEXT,
  MAX_NOTICE_TEXT_BYTES,
  MAX_NOTICE_URL,
  NOTICE_FIELDS,
  TOPICS,
  type Notice,
} from '../../../src/domain/notices';
import { LOCALES, translator } from '../../../src/i18n';
import { chooseMyUnitCard, directoryCard, pickMyUnitCard } from '../../../src/teams/cards/directoryCard';
import {
  boardCard,
  noticeCard,
  noticeFormCard,
  noticeListCard,
  noticePreviewCard,
  remindersCard,
  reportCard,
  topicsCard,
} from '../../../src/teams/cards/noticeCards';
import { historyCard } from '../../../src/teams/cards/orderHistoryCard';
import {
  myOrdersCard,
  orderCard,
  orderFormCard,
  statusCard,
  summaryCard,
} from '../../../src/teams/cards/orderCards';
import { clarifyCard, helpCard } from '../../../src/teams/cards/helpCard';
import { registerMessageCard } from '../../../src/teams/cards/registerCard';
import { messageCardResponse } from '../../../src/teams/errors';
import type { AdaptiveCard } from '../../../src/teams/cards/schema';
import { sendingNotice } from '../../support/broadcast';
import { demoIndex, demoRegister } from '../../support/demoRegister';
import { COORDINATOR, LIAISON, ORDERER } from '../../support/orders';
import { TEAMS_LIMIT_BYTES, cardProblems, messageBytes } from '../../support/cardValidity';
import { attachment } from '../../../src/teams/cards/adaptive';

const register = demoRegister();
const units = register.units;
const unit = units.find((u) => u.id === 'OU-TUI')!;
const experts = new Map([expert('KT-1'), expert('KT-2')].map((e) => [e.id, e]));
const notice = sendingNotice('Ä'.repeat(200), { aadObjectId: 'a', name: 'Lähettäjä' });
const reminders = DEFAULT_REMINDERS.map((r) => ({
  ...r,
  paused: false,
  nextRunAt: '2027-02-01T07:00:00.000Z',
}));
const progress = { total: 10, sent: 5, pending: 2, sending: 1, failed: 1, unreachable: 1 };
/** A sent notice that asks for acknowledgement and offers the reminder (docs/notices.md §7). */
const asking = {
  ...notice,
  askAcknowledgement: true,
  remindAfterDays: 30,
  startedAt: '2026-11-22T10:00:00Z',
};
const reads = { people: 100_000, read: 99_999, acknowledged: 99_998 };

function cards(locale: (typeof LOCALES)[number]): Array<[string, AdaptiveCard]> {
  const t = translator(locale);
  const orders = ORDER_STATES.map((state) => inState(state));
  const views = orders.flatMap((order) =>
    [LIAISON, ORDERER, COORDINATOR].map((viewer): [string, AdaptiveCard] => [
      `order ${order.state} for ${viewer.name}`,
      orderCard(
        order,
        {
          actions: availableActions(order, viewer),
          feedbackRoles: feedbackRoles(order, viewer),
          seesExperts: viewer !== ORDERER,
          unit,
          experts,
          suggestions: [...experts.values()].map((e) => ({ expert: e, score: 1, themes: [], reasons: [] })),
          orientationUrl: 'https://pohde.fi/kokemustoiminta',
          note: 'Huomautus',
        },
        t,
      ),
    ]),
  );
  return [
    ['error answer', messageCardResponse('Virhe').value],
    ...(['staff', 'liaison', 'coordinator'] as const).map((role): [string, AdaptiveCard] => [
      `help for ${role} in a channel`,
      helpCard(role, t, { channel: true }),
    ]),
    ['help buttons after thanks', helpCard('staff', t, { compact: true })],
    [
      'clarify',
      clarifyCard(
        [
          { kind: 'orderExpert' },
          { kind: 'myOrders' },
          { kind: 'question', text: 'Ä'.repeat(500) },
          { kind: 'setMyUnit', place: 'Ä'.repeat(500) },
          { kind: 'askMyUnit' },
          { kind: 'summary' },
        ],
        t,
      ),
    ],
    ['directory answer', directoryCard(answerForUnit(demoIndex(), 'OU-TUI', '2026-11-23'), t)],
    ['directory choice of every unit', directoryCard({ kind: 'choose', scope: 'Oulu', options: units }, t)],
    [
      'directory choice of service areas',
      directoryCard(
        {
          kind: 'chooseScope',
          level: 'toimialue',
          options: ['Perhe- ja sosiaalipalvelut ja OYS Psykiatria', 'Terveyden- ja sairaanhoidon palvelut'],
        },
        t,
      ),
    ],
    [
      'directory, another county',
      directoryCard({ kind: 'outside', place: 'Pohjois-Savo', otherCounty: true, coordinator: [] }, t),
    ],
    ['choose my unit', chooseMyUnitCard('Oulu', units.slice(0, 5), t)],
    ['pick my unit (no unit yet)', pickMyUnitCard(units, t)],
    ['order form', orderFormCard({ today: '2026-11-23', units, themes: ['mielenterveys'], values: {} }, t)],
    [
      'order form, the details',
      orderFormCard(
        {
          today: '2026-11-23',
          units,
          themes: ['mielenterveys'],
          values: { unitId: 'OU-TUI', date: '2026-12-10', time: '10:00', mode: 'onsite' },
          part: 'details',
          self: { aadObjectId: ORDERER.aadObjectId!, name: ORDERER.name },
        },
        t,
      ),
    ],
    ...views,
    ['order status', statusCard(orders[0]!, { unit, note: 'x' }, t)],
    [
      'order history',
      historyCard(
        inState('closed'),
        historyLines(inState('closed'), () => true),
        () => 'Nimi',
        t,
      ),
    ],
    ['my orders', myOrdersCard(orders, new Map(units.map((u) => [u.id, u])), t)],
    [
      'yearly summary',
      summaryCard(
        yearlySummary(orders, 2026),
        'https://silta.example/exports/x/chart.png',
        'https://silta.example/exports/y/x.csv',
        new Map(units.map((u) => [u.id, u])),
        t,
      ),
    ],
    ['notice form', noticeFormCard({ units, coordinator: true, values: {} }, t)],
    ['notice form in a dialog', noticeFormCard({ units, coordinator: false, values: {}, inDialog: true }, t)],
    ['notice', noticeCard({ ...notice, link: 'https://example.org' }, t)],
    ['notice preview', noticePreviewCard(notice, 12, t)],
    ['report', reportCard(notice, progress, false, t)],
    ['report with reads and the reminder', reportCard(asking, progress, true, t, reads)],
    ['notice asking for acknowledgement', noticeCard(asking, t, { acknowledge: true })],
    ['notice acknowledged', noticeCard(asking, t, { acknowledged: t('receipts.acknowledged') })],
    ['reminder', noticeCard({ ...asking, remindsOf: notice.id }, t, { acknowledge: true })],
    [
      'notice form asking for acknowledgement',
      noticeFormCard({ units, coordinator: true, values: { acknowledge: 'true', remindAfterDays: '3' } }, t),
    ],
    [
      'notice list with read rates',
      noticeListCard({ sent: [notice], reads: new Map([[notice.id, reads]]) }, t),
    ],
    ['notice list', noticeListCard({ sent: [notice, notice] }, t)],
    [
      "a liaison's notice list: current and sent",
      noticeListCard(
        { current: { unit: true, notices: [{ ...notice, link: 'https://example.org' }] }, sent: [notice] },
        t,
      ),
    ],
    ["staff's notice list without a unit", noticeListCard({ current: { unit: false, notices: [] } }, t)],
    ["staff's notice list, nothing current", noticeListCard({ current: { unit: true, notices: [] } }, t)],
    ['notice preview with nobody to send to', noticePreviewCard(notice, 0, t)],
    ['topics', topicsCard(unit, { topics: ['diabetes'], allTopics: false, ngoTeam: true }, t)],
    ['board', boardCard(units, t)],
    ['reminders', remindersCard(reminders, t)],
    ...(['dayOfMonth', 'firstWeekday'] as const).map((rhythm): [string, AdaptiveCard] => [
      `reminders with the ${rhythm} form open`,
      remindersCard(reminders, t, { form: { rhythm, values: {}, errors: [] } }),
    ]),
    [
      'reminders with the edit form and every error',
      remindersCard(reminders, t, {
        form: {
          rhythm: 'firstWeekday',
          editing: { id: 'network', version: '"etag"' },
          values: {},
          errors: [
            { field: 'title', code: 'required' },
            { field: 'weekday', code: 'invalid' },
            { field: 'time', code: 'invalid' },
          ],
        },
      }),
    ],
    ['register message', registerMessageCard(['Rivi 1', 'Rivi 2'])],
  ];
}

/** Text of `n` characters, each two bytes in UTF-8 (the worst case of Finnish text). */
const full = (n: number, mark = 'Ä') => mark.repeat(n);
/** An expert with every register cell at its length limit (MAX_FIELD_LENGTH). */
const maximalExpert = (id: string) =>
  expert(id, {
    name: full(300),
    themes: Array.from({ length: 15 }, (_, i) => `${full(18)}${i}`),
    languages: ['fi', 'sv', 'en', 'se', 'ru', 'ar', 'so', 'et', 'fa', 'ku', 'uk', 'de'],
    area: 'Oulun eteläinen',
    organisation: full(300),
    description: full(300),
    email: `${'a'.repeat(280)}@kokemus.example`,
    phone: '+358 40 555 0000',
  });
const maximalExperts = new Map(
  ['KT-1', 'KT-2', 'KT-3', 'KT-4', 'KT-5', 'KT-6'].map((id) => [id, maximalExpert(id)]),
);
/** An order with every field of the form and every note at its maximum, three liaisons. */
function maximalOrder(state: (typeof ORDER_STATES)[number]) {
  const base = inState(state);
  const person = (i: number) => ({
    name: `${full(200)}${i}`,
    aadObjectId: `aaaaaaaa-0000-4000-8000-00000000000${i}`,
  });
  return inState(state, {
    candidates: base.candidates.length > 0 ? ['KT-1', 'KT-2', 'KT-3'] : [],
    details: {
      ...base.details,
      unitId: 'OU-TUI',
      contact: { ...person(1), email: `${'a'.repeat(180)}@pohde.example`, phone: '+358 40 123 4567 890' },
      themes: Array.from({ length: 5 }, (_, i) => `${full(60)}${i}`),
      mode: 'onsite',
      address: full(200),
      description: full(2000),
      costCentre: full(40),
      otherWishes: full(200),
      audienceSize: 1000,
      durationMinutes: 480,
    },
    orderer: person(2),
    liaisons: [person(3), person(4), person(5)],
    infoRequest: full(1000),
    rejectionReason: full(1000),
    history: [
      {
        at: NOW,
        by: person(3),
        action: 'requestInfo',
        from: 'inReview',
        to: 'moreInfoRequested',
        note: full(1000),
      },
      {
        at: NOW,
        by: person(2),
        action: 'resubmit',
        from: 'moreInfoRequested',
        to: 'inReview',
        note: full(1000),
      },
    ],
  });
}

describe('Order cards with every field at its maximum', () => {
  it.each(LOCALES)(
    "When every field of an order, its notes and three candidates with six suggestions are at their maximum in %s, then each viewer's card is valid and the message stays under 28 KB",
    (locale) => {
      const t = translator(locale);
      const bigUnit = { ...unit, name: full(300) };
      let largest = 0;
      for (const state of ORDER_STATES)
        for (const viewer of [LIAISON, ORDERER, COORDINATOR]) {
          const order = maximalOrder(state);
          const content = orderCard(
            order,
            {
              actions: availableActions(order, viewer),
              feedbackRoles: feedbackRoles(order, viewer),
              seesExperts: viewer !== ORDERER,
              unit: bigUnit,
              experts: maximalExperts,
              suggestions: [...maximalExperts.values()].map((e) => ({
                expert: e,
                score: 1,
                themes: e.themes,
                reasons: ['theme', 'language', 'sameArea', 'remote'],
              })),
              orientationUrl: `https://pohde.fi/${'k'.repeat(200)}`,
              note: full(300),
              lead: full(300),
            },
            t,
          );
          expect([state, viewer.name, cardProblems(content)]).toEqual([state, viewer.name, []]);
          const bytes = messageBytes({ type: 'message', attachments: [attachment(content)] });
          largest = Math.max(largest, bytes);
        }
      expect(largest).toBeLessThan(TEAMS_LIMIT_BYTES);
    },
  );
});

describe('Every card Silta builds is valid Adaptive Card 1.5', () => {
  it('When the yearly summary counts every unit of the register, many themes and hundreds of orders a month, then the message stays under 28 KB', () => {
    const many = units.flatMap((u, i) =>
      Array.from({ length: 12 }, (_, month) =>
        inState(ORDER_STATES[i % ORDER_STATES.length]!, {
          createdAt: `2026-${String(month + 1).padStart(2, '0')}-15T10:00:00.000Z`,
          details: {
            ...inState('submitted').details,
            unitId: u.id,
            themes: [`teema ${i} ${'x'.repeat(40)}`],
          },
        }),
      ),
    );
    const summary = yearlySummary(many, 2026);
    summary.perMonth = summary.perMonth.map((n) => n * 1000);
    for (const locale of LOCALES) {
      const content = summaryCard(
        summary,
        `https://silta.example/exports/${'0'.repeat(36)}/tilaukset-kuukausittain-2026.png`,
        `https://silta.example/exports/${'0'.repeat(36)}/kokemustoimijatilaukset-2026.csv`,
        new Map(units.map((u) => [u.id, u])),
        translator(locale),
      );
      expect(cardProblems(content)).toEqual([]);
      expect(messageBytes({ type: 'message', attachments: [attachment(content)] })).toBeLessThan(
        TEAMS_LIMIT_BYTES,
      );
    }
  });

  it('When the notice form comes back with every field at its maximum and every error, and the preview of such a notice, then each stays under 27 KB', () => {
    // Three-byte characters in every field limited by characters; the text at its byte cap.
    const wide = (n: number) => '€'.repeat(n);
    const values = {
      title: wide(200),
      text: 'ä'.repeat(MAX_NOTICE_TEXT_BYTES / 2),
      ngo: wide(200),
      link: `https://example.org/${'a'.repeat(MAX_NOTICE_URL - 20)}`,
      imageUrl: `https://example.org/${'b'.repeat(MAX_NOTICE_URL - 20)}`,
      topics: TOPICS.join(','),
      targetGroups: wide(500),
      acknowledge: 'true',
      remindAfterDays: '30',
      audienceKind: 'units',
      audienceIds: units.map((u) => u.id).join(','),
      municipalityIds: [...new Set(units.map((u) => u.municipality))].join(','),
      areaIds: [...new Set(units.map((u) => u.area))].join(','),
      validUntil: '2027-03-01',
      sendDate: '2027-03-01',
      sendTime: '08:00',
    };
    const errors = NOTICE_FIELDS.map((field) => ({ field, code: 'tooLong' as const }));
    const atMax: Notice = {
      ...notice,
      ...values,
      topics: [...TOPICS],
      askAcknowledgement: true,
      remindAfterDays: 30,
      audience: { kind: 'units', ids: units.map((u) => u.id) },
      sendAt: '2027-03-01T06:00:00.000Z',
      sender: { aadObjectId: 'a', name: wide(100) },
    };
    const budget = 27 * 1024;
    for (const locale of LOCALES) {
      const t = translator(locale);
      const form = noticeFormCard({ units, coordinator: true, values, errors, warning: wide(100) }, t);
      // A text over its cap (forged, or typed in wide characters) comes back cut, and says so.
      const overLong = noticeFormCard(
        { units, coordinator: true, values: { ...values, text: wide(MAX_NOTICE_TEXT) }, errors },
        t,
      );
      for (const [name, content] of [
        ['form', form],
        ['form with an over-long text', overLong],
        ['preview', noticePreviewCard(atMax, 12, t)],
        ['preview to nobody', noticePreviewCard(atMax, 0, t)],
      ] as const) {
        expect([name, cardProblems(content)]).toEqual([name, []]);
        const size = messageBytes({ type: 'message', attachments: [attachment(content)] });
        expect([locale, name, size <= budget]).toEqual([locale, name, true]);
      }
      expect(JSON.stringify(overLong)).toContain(t('notices.textCut'));
    }
  });

  it.each(LOCALES)(
    'When the cards are built in %s, then each passes the schema, the parser and the action limit',
    (locale) => {
      for (const [name, content] of cards(locale)) expect([name, cardProblems(content)]).toEqual([name, []]);
    },
  );
});
