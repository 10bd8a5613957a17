/**
 * Every card builder with every field at its maximum, in Finnish, Swedish and English: each card passes
 * the card rules (test/support/cardValidity.ts) and its message stays under Teams' 28 KB. Free-text
 * fields are filled to their limits with 'ä' (two bytes in UTF-8: the widest letter of Finnish and
 * Swedish text), links with ASCII, choices with valid values (all of a multi-choice's); lists with the
 * whole demo register or more than a card shows; register data at the register's cell limit.
 * The inventory test fails when a card builder is added to src/teams/cards or src/teams/<feature>/views.ts
 * without a maximal case here.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { answerForUnit } from '../../../src/domain/directory';
import type { Expert } from '../../../src/domain/experts/types';
import type { Occurrence, Submission } from '../../../src/domain/ngo';
import { MAX_PLACES, MAX_REASON_LENGTH } from '../../../src/domain/ngo';
import { NOTICE_FIELDS, NOTICE_FORM, type Notice } from '../../../src/domain/notices';
import { TOPICS } from '../../../src/domain/notices/topics';
import {
  FORM_FIELDS,
  FORM_LIMITS,
  ORDER_FORM,
  ORDER_STATES,
  availableActions,
  feedbackRoles,
  historyLines,
  yearlySummary,
  type Order,
  type Transition,
} from '../../../src/domain/orders';
import { MAX_NOTE_LENGTH } from '../../../src/domain/orders/stateMachine';
import { MAX_FIELD_LENGTH } from '../../../src/domain/register/fields';
import { DEFAULT_REMINDERS } from '../../../src/domain/scheduling/reminders';
import {
  REMINDER_FIELDS,
  REMINDER_TEXT_MAX,
  MAX_REMINDERS,
  REMINDER_TITLE_MAX,
} from '../../../src/domain/scheduling/reminderForm';
import { LOCALES, translator, type Translate } from '../../../src/i18n';
import { attachment, type AdaptiveCard } from '../../../src/teams/cards/adaptive';
import { consentMessageCard, consentPreviewCard } from '../../../src/teams/cards/consentCard';
import { chooseMyUnitCard, directoryCard, pickMyUnitCard } from '../../../src/teams/cards/directoryCard';
import { clarifyCard, helpCard } from '../../../src/teams/cards/helpCard';
import { calendarCard } from '../../../src/teams/cards/ngoCalendarCard';
import { submissionCard } from '../../../src/teams/cards/ngoCards';
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
import { registerMessageCard, registerPreviewCard } from '../../../src/teams/cards/registerCard';
import { refusalCard, resultCard } from '../../../src/teams/notices/views';
import { message } from '../../support/activities';
import { TEAMS_LIMIT_BYTES, cardProblems, messageBytes } from '../../support/cardValidity';
import { demoIndex, demoRegister } from '../../support/demoRegister';
import { COORDINATOR, LIAISON, ORDERER, order } from '../../support/orders';

const W = (n: number) => 'ä'.repeat(n);
const register = demoRegister();
const units = register.units;
const unitMap = new Map(units.map((u) => [u.id, u]));
const tuira = units.find((u) => u.id === 'OU-TUI')!;
let built: ReturnType<typeof demoIndex> | undefined;
/** The directory index, built once (about a second with Finland's places). */
const index = () => (built ??= demoIndex());
const AT = '2026-11-23T08:00:00.000Z';
const LONG_URL = `https://example.org/${'a'.repeat(1980)}`;
/** A theme as long as five fit in one register cell. */
const THEME = W(Math.floor(MAX_FIELD_LENGTH / 5) - 1);

/** An expert with every register field at the register's cell limit. */
const expert = (i: number): Expert => ({
  id: `KT-${String(i).padStart(3, '0')}`,
  name: W(MAX_FIELD_LENGTH),
  // One register cell (at most 300 characters) holds all of an expert's themes.
  themes: Array.from({ length: 5 }, () => THEME),
  languages: ['fi', 'sv', 'en'],
  area: W(MAX_FIELD_LENGTH),
  remote: true,
  organisation: W(MAX_FIELD_LENGTH),
  email: `${'e'.repeat(MAX_FIELD_LENGTH - 12)}@example.fi`,
  phone: '+358 40 555 0000 000',
  consentDate: '2026-01-01',
  status: 'aktiivinen',
});
const experts = [1, 2, 3].map(expert);

/** The longest history the state machine allows without repeating a loop, with every note at its limit. */
function history(): Transition[] {
  const by = { aadObjectId: LIAISON.aadObjectId, name: W(MAX_FIELD_LENGTH) };
  const steps: Array<[string, Order['state'], Order['state'], boolean]> = [
    ['review', 'submitted', 'inReview', false],
    ['requestInfo', 'inReview', 'moreInfoRequested', true],
    ['resubmit', 'moreInfoRequested', 'inReview', true],
    ['propose', 'inReview', 'candidatesProposed', false],
    ['choose', 'candidatesProposed', 'offered', false],
    ['answer', 'offered', 'offered', false],
    ['answer', 'offered', 'offered', false],
    ['answer', 'offered', 'confirmed', false],
    ['hold', 'confirmed', 'held', false],
    ['feedback', 'held', 'feedbackReceived', true],
    ['feedback', 'feedbackReceived', 'closed', true],
  ];
  return steps.map(([action, from, to, noted]) => ({
    at: AT,
    by,
    action,
    from,
    to,
    ...(noted ? { note: W(MAX_NOTE_LENGTH) } : {}),
  }));
}

/** An order in `state` with every detail at its form limit and every note at its limit. */
function maximalOrder(state: Order['state']): Order {
  const base = order();
  const afterChoice = ['offered', 'confirmed', 'held', 'feedbackReceived', 'closed'].includes(state);
  const [first, second, third] = experts.map((e) => e.id);
  return order({
    state,
    details: {
      ...base.details,
      contact: { name: W(FORM_LIMITS.shortText), aadObjectId: ORDERER.aadObjectId, email: 'x', phone: 'y' },
      themes: Array.from({ length: FORM_LIMITS.maxThemes }, () => THEME),
      durationMinutes: FORM_LIMITS.maxDuration,
      address: W(FORM_LIMITS.shortText),
      audienceSize: FORM_LIMITS.maxAudience,
      description: W(FORM_LIMITS.description),
      costCentre: W(FORM_LIMITS.costCentre),
      otherWishes: W(FORM_LIMITS.otherWishes),
    } as Order['details'],
    orderer: { name: W(FORM_LIMITS.shortText), aadObjectId: ORDERER.aadObjectId! },
    liaisons: [1, 2, 3].map((i) => ({ name: W(MAX_FIELD_LENGTH), aadObjectId: `${i}`.repeat(36) })),
    candidates: ['submitted', 'inReview', 'moreInfoRequested'].includes(state)
      ? []
      : [first!, second!, third!],
    declined: afterChoice ? [first!, second!] : [],
    ...(afterChoice ? { chosenExpertId: first, offeredTo: third } : {}),
    ...(['confirmed', 'held', 'feedbackReceived', 'closed'].includes(state)
      ? {
          confirmedExpert: {
            id: third!,
            name: W(MAX_FIELD_LENGTH),
            email: experts[2]!.email!,
            phone: experts[2]!.phone!,
            organisation: W(MAX_FIELD_LENGTH),
          },
        }
      : {}),
    rejectionReason: W(MAX_NOTE_LENGTH),
    infoRequest: W(MAX_NOTE_LENGTH),
    feedback: ['feedbackReceived', 'closed'].includes(state)
      ? {
          orderer: { ratings: { usefulness: 5 }, text: W(MAX_NOTE_LENGTH), at: AT, by: 'orderer' },
          expert: { ratings: { usefulness: 1 }, text: W(MAX_NOTE_LENGTH), at: AT, by: 'expert' },
        }
      : {},
    history: history(),
  });
}

const maximalNotice = (over: Partial<Notice> = {}): Notice => ({
  id: 'n'.repeat(36),
  state: 'sending',
  title: W(200),
  // The validator caps the text at 20,000 bytes as it travels (domain/notices/validate.ts).
  text: W(Math.floor(20_000 / 3)),
  ngo: W(200),
  link: LONG_URL,
  imageUrl: LONG_URL,
  topics: [...TOPICS],
  targetGroups: W(500),
  askAcknowledgement: true,
  remindAfterDays: 30,
  audience: { kind: 'units', ids: units.map((u) => u.id) },
  validUntil: '2099-12-31',
  sendAt: '2099-01-01T06:00:00.000Z',
  startedAt: AT,
  sender: { aadObjectId: LIAISON.aadObjectId!, name: W(MAX_FIELD_LENGTH) },
  createdAt: AT,
  updatedAt: AT,
  ...over,
});

/**
 * A form's values with every free-text field at its length limit, every choice made (all of a
 * multi-choice's options), and an error on every field.
 */
function atMaximum(
  fields: readonly string[],
  spec: Record<string, { kind?: string; maxLength?: number }>,
  given: Record<string, string>,
) {
  const free = (f: string) => ['text', 'longText', undefined].includes(spec[f]?.kind);
  const values = Object.fromEntries(
    fields.map((f) => [f, given[f] ?? (free(f) ? W(spec[f]?.maxLength ?? 200) : '')]),
  );
  // Typed loosely: each form has its own field names.
  const errors = fields.map((field) => ({ field, code: 'tooLong' })) as never[];
  return { values, errors };
}

const submission: Submission = {
  id: 'f'.repeat(64),
  reference: 'JR-0000-0000',
  state: 'received',
  version: 1,
  liaisons: [{ name: W(MAX_FIELD_LENGTH), aadObjectId: LIAISON.aadObjectId }],
  routedTo: 'regional',
  createdAt: AT,
  updatedAt: AT,
  form: {
    organisation: W(120),
    contactName: W(80),
    email: `${'a'.repeat(60)}@${'b'.repeat(55)}.fi`,
    phone: '+358 40 555 0000 000',
    kind: 'activity',
    title: W(120),
    description: W(2000),
    topics: [...TOPICS],
    places: units.slice(0, MAX_PLACES).map((u) => ({ kind: 'unit' as const, unitId: u.id })),
    schedule: {
      activityType: 'group',
      recurrence: 'fourWeekly',
      firstDate: '2026-12-01',
      lastDate: '2027-12-01',
      startTime: '10:00',
      endTime: '11:00',
    },
    lahellaUrl: `https://www.lahella.fi/${'x'.repeat(276)}`,
    language: 'fi',
  },
  reason: W(MAX_REASON_LENGTH),
};

const occurrences: Occurrence[] = Array.from({ length: 40 }, (_, i) => ({
  date: '2026-12-01',
  event: {
    id: `e${i}`,
    placeKey: 'OU-TUI',
    organisation: W(120),
    title: W(120),
    description: W(2000),
    topics: [...TOPICS],
    schedule: submission.form.schedule!,
    lahellaUrl: submission.form.lahellaUrl!,
    onInfoScreen: true,
    acceptedAt: AT,
  },
}));

const reads = { people: 100_000, read: 99_999, acknowledged: 99_998 };
const progress = { total: 100_000, sent: 99_000, pending: 500, sending: 100, failed: 200, unreachable: 200 };
const change = (i: number) => ({
  kind: 'unit' as const,
  key: `k${i}`,
  label: W(MAX_FIELD_LENGTH),
  fields: [{ field: 'name', column: 'nimi', from: W(MAX_FIELD_LENGTH), to: W(MAX_FIELD_LENGTH) }],
});

type Cases = Record<string, (t: Translate) => AdaptiveCard[]>;

/** The maximal cases, by the file and the name of the builder. */
const MAXIMAL: Record<string, Cases> = {
  'src/teams/cards/consentCard.ts': {
    consentPreviewCard: (t) => [
      consentPreviewCard(
        {
          token: 't'.repeat(64),
          expert: expert(1),
          orders: Array.from({ length: 50 }, () => maximalOrder('closed')),
          auditEntries: 1_000_000,
          unitName: () => W(MAX_FIELD_LENGTH),
        },
        t,
      ),
    ],
    consentMessageCard: () => [consentMessageCard(W(1000))],
  },
  'src/teams/cards/directoryCard.ts': {
    directoryCard: (t) => [
      ...units.map((u) => directoryCard(answerForUnit(index(), u.id, '2026-11-23'), t)),
      directoryCard({ kind: 'choose', scope: W(200), options: units }, t),
      directoryCard({ kind: 'outside', place: W(200), otherCounty: true, coordinator: [] }, t),
    ],
    chooseMyUnitCard: (t) => [chooseMyUnitCard(W(500), units, t)],
    pickMyUnitCard: (t) => [pickMyUnitCard(units, t)],
  },
  'src/teams/cards/helpCard.ts': {
    helpCard: (t) =>
      (['staff', 'liaison', 'coordinator'] as const).flatMap((role) => [
        helpCard(role, t),
        helpCard(role, t, { channel: true }),
        helpCard(role, t, { compact: true }),
      ]),
    clarifyCard: (t) => [
      clarifyCard(
        [
          { kind: 'orderExpert' },
          { kind: 'myOrders' },
          { kind: 'question', text: W(500) },
          { kind: 'setMyUnit', place: W(500) },
          { kind: 'askMyUnit' },
          { kind: 'summary' },
        ],
        t,
      ),
    ],
  },
  'src/teams/cards/ngoCalendarCard.ts': {
    calendarCard: (t) => [
      calendarCard(occurrences, { title: W(200), placeName: () => W(200), filter: W(200) }, t),
    ],
  },
  'src/teams/cards/ngoCards.ts': {
    submissionCard: (t) => [
      submissionCard(submission, t, {
        placeName: W(200),
        forwardTargets: Array.from({ length: 60 }, (_, i) => ({ name: W(80), aadObjectId: `id-${i}` })),
        viewerAadObjectId: LIAISON.aadObjectId,
        note: W(700),
        showContact: true,
      }),
    ],
  },
  'src/teams/cards/noticeCards.ts': {
    noticeFormCard: (t) => {
      const { values, errors } = atMaximum(NOTICE_FIELDS, NOTICE_FORM, {
        link: LONG_URL,
        imageUrl: LONG_URL,
        topics: TOPICS.join(','),
        acknowledge: 'true',
        remindAfterDays: '30',
        audienceKind: 'units',
        audienceIds: units.map((u) => u.id).join(','),
        validUntil: '2099-12-31',
        sendDate: '2099-01-01',
        sendTime: '08:00',
      });
      const o = { units, coordinator: true, values, errors, warning: W(500), replacing: 'r'.repeat(36) };
      return [noticeFormCard(o, t), noticeFormCard({ ...o, inDialog: true }, t)];
    },
    noticeCard: (t) => [
      noticeCard(maximalNotice(), t, { acknowledge: true }),
      noticeCard(maximalNotice({ remindsOf: 'n'.repeat(36) }), t, { acknowledged: W(200) }),
    ],
    noticePreviewCard: (t) => [noticePreviewCard(maximalNotice({ state: 'draft' }), 100_000, t)],
    reportCard: (t) => [reportCard(maximalNotice(), progress, true, t, reads)],
    noticeListCard: (t) => {
      const notices = Array.from({ length: 40 }, () => maximalNotice());
      return [
        noticeListCard(
          { current: { unit: true, notices }, sent: notices, reads: new Map([[maximalNotice().id, reads]]) },
          t,
        ),
      ];
    },
    topicsCard: (t) => [topicsCard(tuira, { topics: [...TOPICS], allTopics: true, ngoTeam: true }, t)],
    boardCard: (t) => [boardCard(units, t)],
    remindersCard: (t) => {
      const reminders = [
        ...DEFAULT_REMINDERS,
        ...Array.from({ length: MAX_REMINDERS - DEFAULT_REMINDERS.length }, (_, i) => ({
          id: `own-${i}`,
          title: W(REMINDER_TITLE_MAX),
          text: W(REMINDER_TEXT_MAX),
          cron: '0 9 1 * *',
          audience: DEFAULT_REMINDERS[0]!.audience,
        })),
      ].map((r) => ({ ...r, paused: true, nextRunAt: AT }));
      const { values, errors } = atMaximum(
        REMINDER_FIELDS,
        { title: { maxLength: REMINDER_TITLE_MAX }, text: { maxLength: REMINDER_TEXT_MAX } },
        {
          audience: 'allLiaisons',
          rhythm: 'dayOfMonth',
          day: '28',
          weekday: '7',
          months: '1,2,3,4,5,6,7,8,9,10,11,12',
          time: '08:00',
        },
      );
      return [remindersCard(reminders, t), remindersCard(reminders, t, { errors, values } as never)];
    },
  },
  'src/teams/cards/orderCards.ts': {
    orderFormCard: (t) => {
      const themes = Array.from({ length: 40 }, (_, i) => `${i} ${THEME}`);
      const { values, errors } = atMaximum(FORM_FIELDS, ORDER_FORM, {
        unitId: 'OU-TUI',
        contactPerson: ORDERER.aadObjectId!,
        contactEmail: `${'e'.repeat(FORM_LIMITS.shortText - 12)}@example.fi`,
        contactPhone: '+'.padEnd(FORM_LIMITS.phone, '0'),
        purpose: 'training',
        themes: themes.slice(0, FORM_LIMITS.maxThemes).join(','),
        language: 'sv',
        date: '2099-12-31',
        time: '23:59',
        durationMinutes: String(FORM_LIMITS.maxDuration),
        mode: 'onsite',
        audienceSize: String(FORM_LIMITS.maxAudience),
      });
      const form = {
        today: '2026-11-23',
        units,
        themes,
        values,
        errors,
        submissionId: 's'.repeat(36),
        self: { aadObjectId: ORDERER.aadObjectId!, name: W(MAX_FIELD_LENGTH) },
        ownUnitId: 'OU-TUI',
      };
      return [orderFormCard(form, t), orderFormCard({ ...form, part: 'details' }, t)];
    },
    orderCard: (t) =>
      ORDER_STATES.flatMap((state) =>
        [LIAISON, ORDERER, COORDINATOR].map((viewer) => {
          const o = maximalOrder(state);
          return orderCard(
            o,
            {
              actions: availableActions(o, viewer),
              feedbackRoles: feedbackRoles(o, viewer),
              seesExperts: viewer !== ORDERER,
              unit: tuira,
              experts: new Map(experts.map((e) => [e.id, e])),
              suggestions: experts.map((e) => ({
                expert: e,
                score: 1,
                themes: e.themes,
                reasons: ['theme', 'language', 'sameArea', 'remote'],
              })),
              orientationUrl: LONG_URL,
              // Silta's own lines (a refusal, what just happened), not free text.
              note: W(200),
              lead: W(200),
            },
            t,
          );
        }),
      ),
    statusCard: (t) =>
      ORDER_STATES.map((s) => statusCard(maximalOrder(s), { unit: tuira, note: W(1000) }, t)),
    myOrdersCard: (t) => [
      myOrdersCard(
        Array.from({ length: 40 }, () => maximalOrder('offered')),
        unitMap,
        t,
      ),
    ],
    summaryCard: (t) => [
      summaryCard(
        yearlySummary(
          ORDER_STATES.map((s) => maximalOrder(s)),
          2026,
        ),
        `https://silta.example/exports/${'0'.repeat(36)}/tilaukset-kuukausittain-2026.png`,
        `https://silta.example/exports/${'0'.repeat(36)}/kokemustoimijatilaukset-2026.csv`,
        unitMap,
        t,
      ),
    ],
  },
  'src/teams/cards/orderHistoryCard.ts': {
    historyCard: (t) => {
      const o = maximalOrder('closed');
      return [
        historyCard(
          o,
          historyLines(o, () => true),
          () => W(MAX_FIELD_LENGTH),
          t,
        ),
      ];
    },
  },
  'src/teams/cards/registerCard.ts': {
    registerPreviewCard: (t) => [
      registerPreviewCard(
        {
          added: Array.from({ length: 100 }, (_, i) => change(i)),
          changed: Array.from({ length: 100 }, (_, i) => change(i)),
          removed: Array.from({ length: 100 }, (_, i) => change(i)),
        } as never,
        't'.repeat(64),
        t,
      ),
    ],
    registerMessageCard: () => [registerMessageCard(Array.from({ length: 15 }, () => W(300)))],
  },
  'src/teams/notices/views.ts': {
    refusalCard: (t) => [refusalCard({ kind: 'forbidden' } as never, t)],
    resultCard: (t) => {
      const notice = maximalNotice() as never;
      return [
        resultCard({ kind: 'sending', notice, recipients: 100_000 }, t),
        resultCard({ kind: 'scheduled', notice }, t),
        resultCard({ kind: 'cancelled', notice }, t),
        resultCard({ kind: 'notFound' }, t),
        resultCard({ kind: 'alreadyHandled', notice }, t),
      ];
    },
  },
  'src/teams/orders/views.ts': {
    // OrderViews reads the services; its cards are orderCard's, statusCard's and historyCard's, maximal above.
    'OrderViews.card': () => [],
    'OrderViews.shared': () => [],
    'OrderViews.alreadySent': () => [],
    'OrderViews.history': () => [],
  },
};

const ROOT = path.join(__dirname, '../../..');

/** The card builders of a source file: exported functions and methods declared to return a card. */
function buildersIn(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const returnsCard = (node: ts.SignatureDeclaration) => node.type?.getText(source) === 'AdaptiveCard';
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const found: string[] = [];
  for (const node of source.statements) {
    if (ts.isFunctionDeclaration(node) && exported(node) && node.name && returnsCard(node))
      found.push(node.name.text);
    if (ts.isClassDeclaration(node) && exported(node) && node.name)
      for (const member of node.members)
        if (ts.isMethodDeclaration(member) && returnsCard(member))
          found.push(`${node.name.text}.${member.name.getText(source)}`);
  }
  return found;
}

function builderFiles(): string[] {
  const cards = fs.readdirSync(path.join(ROOT, 'src/teams/cards')).map((f) => `src/teams/cards/${f}`);
  const views = fs
    .readdirSync(path.join(ROOT, 'src/teams'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(ROOT, 'src/teams', d.name, 'views.ts')))
    .map((d) => `src/teams/${d.name}/views.ts`);
  // adaptive.ts holds the building blocks (`card`, `withRefresh`), not cards of their own.
  return [...cards, ...views].filter((f) => f.endsWith('.ts') && f !== 'src/teams/cards/adaptive.ts').sort();
}

/** The message Teams would carry: a card in a message activity in a Teams conversation. */
const envelope = message('', {
  serviceUrl: 'https://smba.trafficmanager.net/emea/00000000-0000-0000-0000-000000000000/',
  conversationId: `a:${'x'.repeat(120)}`,
});

describe('Every card builder with every field at its maximum', () => {
  it('When a card builder is in src/teams/cards or a views.ts, then it has a maximal case here', () => {
    const builders = builderFiles().flatMap((file) => buildersIn(file).map((name) => `${file} ${name}`));
    const covered = Object.entries(MAXIMAL).flatMap(([file, cases]) =>
      Object.keys(cases).map((name) => `${file} ${name}`),
    );
    expect(builders.length).toBeGreaterThan(25);
    expect(builders.filter((b) => !covered.includes(b))).toEqual([]);
    expect(covered.filter((c) => !builders.includes(c))).toEqual([]);
  });

  it.each(LOCALES)(
    'When the cards are built at their maximum in %s, then each passes the card rules and fits a Teams message',
    (locale) => {
      const t = translator(locale);
      const failures: string[] = [];
      for (const [file, cases] of Object.entries(MAXIMAL))
        for (const [name, build] of Object.entries(cases))
          build(t).forEach((content, i) => {
            const bytes = messageBytes({ ...envelope, attachments: [attachment(content)] });
            const problems = cardProblems(content);
            if (bytes > TEAMS_LIMIT_BYTES) problems.push(`size: ${bytes} bytes, over ${TEAMS_LIMIT_BYTES}`);
            if (problems.length > 0) failures.push(`${file} ${name} #${i}:\n  ${problems.join('\n  ')}`);
          });
      expect(failures).toEqual([]);
    },
  );
});
