import { termList, termName } from '../../domain/register/termNames';
import type { Unit } from '../../domain/directory';
import type { Suggestion } from '../../domain/experts/suggest';
import type { Expert } from '../../domain/experts/types';
import {
  FEEDBACK_QUESTIONS,
  ORDER_FORM,
  fieldsOf,
  ORDER_NOTE_INPUT,
  type FeedbackRole,
  type FormError,
  type FormField,
  type FormPart,
  type OrderActData,
  type Order,
  type OrderActionKind,
} from '../../domain/orders';
import type { YearlySummary } from '../../domain/orders';
import type { Translate } from '../../i18n';
import {
  formFields,
  actionSet,
  card,
  choiceInput,
  container,
  execute,
  facts,
  heading,
  openUrl,
  runs,
  sentence,
  showCard,
  textInput,
  withRefresh,
  type Action,
  type AdaptiveCard,
  type BodyElement,
  type Element,
} from './adaptive';
import { dateText, decimalText, hhmmText, languageName } from '../../i18n/formats';
import { specInput, type InputExtras } from './formInputs';
import { VERBS } from './verbs';
import { monthlyChartElement, monthlyOrdersChart } from './summaryChart';
import { stringsOf } from '../turn';

export interface FormDefaults {
  /** Today in Europe/Helsinki (yyyy-mm-dd): the earliest date the card lets the user pick. */
  today: string;
  units: readonly Unit[];
  themes: readonly string[];
  /** What the form holds so far, both parts (the part not shown travels in the buttons' data). */
  values: Record<string, string>;
  errors?: readonly FormError[];
  /** Stamped into the submit button: a second submit of the same form makes no second order (docs/orders.md §1.2). */
  submissionId?: string;
  /** The essentials (default), or the details asked on demand. */
  part?: FormPart;
  /** The person filling in the form: the people picker offers them, so it is never empty (1.5). */
  self?: { aadObjectId: string; name: string };
  /** The user's own unit: first among the unit choices when the register is too large to list whole. */
  ownUnitId?: string;
}

/** The typeahead dataset of the unit picker, answered by the bot (`application/search`). */
export const UNIT_DATASET = 'silta.units';
/**
 * The unit choices may take this many bytes of the card, and no more than leaves the card under
 * FORM_BYTES. A register that fits is listed whole in a drop-down the user can type into (`filtered`,
 * 1.5): Pohde's units take about 2 KB. A larger one (4,000 units would take 200 KB, and Teams refuses a
 * message over about 28 KB) lists the chosen and the user's own unit and its area's first, as many as
 * fit, and offers the rest through a typeahead (`choices.data`, 1.6); a client without it keeps the
 * listed ones, filtered as typed.
 */
export const UNIT_CHOICES_BYTES = 8 * 1024;
/** The form card at most, leaving room for the activity around it within Teams' 28 KB. */
const FORM_BYTES = 26 * 1024;

const choiceBytes = (choice: { title: string; value: string }) =>
  Buffer.byteLength(JSON.stringify(choice)) + 1;

export function unitChoices(
  units: readonly Unit[],
  first: ReadonlyArray<string | undefined>,
  budget = UNIT_CHOICES_BYTES,
): { choices: Array<{ title: string; value: string }>; dataset?: string } {
  const all = units.map((u) => ({ title: u.name, value: u.id }));
  if (all.reduce((sum, c) => sum + choiceBytes(c), 0) <= budget) return { choices: all };
  const byId = new Map(units.map((u) => [u.id, u]));
  const area = first.map((id) => byId.get(id ?? '')?.area).find(Boolean);
  const ordered = [
    ...first.map((id) => byId.get(id ?? '')).filter((u): u is Unit => !!u),
    ...units.filter((u) => u.area === area),
    ...units,
  ];
  const choices: Array<{ title: string; value: string }> = [];
  const seen = new Set<string>();
  let bytes = 0;
  for (const unit of ordered) {
    if (seen.has(unit.id)) continue;
    const choice = { title: unit.name, value: unit.id };
    if (choices.length > 0 && bytes + choiceBytes(choice) > budget) break;
    seen.add(unit.id);
    choices.push(choice);
    bytes += choiceBytes(choice);
  }
  return { choices, dataset: UNIT_DATASET };
}

/** Card data → the form's values as text (stringsOf); verb, part and submission id left out. */
export function formValuesOf(data: Record<string, unknown>): Record<string, string> {
  const { verb: _verb, part: _part, submissionId: _id, ...fields } = data;
  return stringsOf(fields);
}

/** The values of the other part, in the buttons' data; numbers stay numbers (Input.Number). */
function carried(values: Record<string, string>, shown: readonly FormField[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([key]) => !shown.includes(key as FormField))
      .map(([key, value]) => {
        const spec = (ORDER_FORM as Record<string, { kind: string } | undefined>)[key];
        return [key, spec?.kind === 'number' && /^\d{1,6}$/.test(value) ? Number(value) : value];
      }),
  );
}

/**
 * The order form in two parts (docs/orders.md §1): the essentials, which can be sent as they are, and
 * the details on demand (contact person, language, other wishes). Every input labelled, required ones
 * marked; the server checks everything again. Each part carries the other's values in its buttons'
 * data, so moving between them or sending loses nothing.
 */
export function orderFormCard(form: FormDefaults, t: Translate): AdaptiveCard {
  const v = form.values;
  const part = form.part ?? 'essentials';
  const { label } = formFields('orders', v, t);
  const body: Element[] = [
    heading(t('orders.formTitle'), 'large'),
    sentence(t(part === 'essentials' ? 'orders.formIntro' : 'orders.formDetailsIntro'), { subtle: true }),
  ];
  if (part === 'details') body.push(essentialsSummary(form, t));
  if (form.errors && form.errors.length > 0) {
    body.push(
      container(
        [
          sentence(t('orders.formHasErrors')),
          ...form.errors.map((e) =>
            sentence(t(`orders.error_${e.code}`, { field: label(e.field) }), { spacing: 'none' }),
          ),
        ],
        { style: 'attention' },
      ),
    );
  }
  const input = (id: FormField, extras?: InputExtras) =>
    specInput('orders', id, ORDER_FORM[id], v, t, extras);
  const shown = fieldsOf(part);
  let unitAt = -1;
  let drawUnits: ((budget: number) => Element) | undefined;
  if (part === 'essentials') {
    const unitInput = (budget: number) =>
      input('unitId', { ...unitChoices(form.units, [v.unitId, form.ownUnitId], budget), filtered: true });
    const at = body.length;
    body.push(
      unitInput(0),
      input('purpose'),
      input('themes', {
        choices: form.themes.map((theme) => ({ title: termName(theme, t.locale ?? 'fi'), value: theme })),
      }),
      input('date', {
        minDate: form.today,
        errorMessage: t('orders.cardError_date', { field: label('date') }),
      }),
      input('time'),
      input('durationMinutes'),
      input('mode', { expanded: true }),
      input('address'),
      input('audienceSize'),
      input('description'),
      input('costCentre'),
    );
    unitAt = at;
    drawUnits = unitInput;
  } else {
    body.push(
      input('contactName', { initial: form.self?.name }),
      ...(form.self
        ? [
            input('contactPerson', {
              choices: [
                { title: t('orders.contactYou', { name: form.self.name }), value: form.self.aadObjectId },
              ],
            }),
          ]
        : []),
      // Formats are checked on the card with the server's own patterns (and again on the server).
      input('contactEmail'),
      input('contactPhone'),
      input('language', { initial: 'fi' }),
      input('otherWishes'),
    );
  }
  // The submission id rides on both parts' buttons: one order per form (docs/orders.md §1.2).
  const data = { ...carried(v, shown), ...(form.submissionId ? { submissionId: form.submissionId } : {}) };
  const submit = execute(t('orders.submit'), VERBS.orderSubmit, data);
  const other =
    part === 'essentials'
      ? execute(t('orders.formToDetails'), VERBS.orderForm, { ...data, part: 'details' })
      : execute(t('orders.formBack'), VERBS.orderForm, { ...data, part: 'essentials' });
  const content = card(body, [submit, other]);
  // The units get what the rest of the card leaves.
  if (drawUnits) {
    const room = FORM_BYTES - Buffer.byteLength(JSON.stringify(content));
    content.body[unitAt] = drawUnits(Math.max(0, Math.min(UNIT_CHOICES_BYTES, room)));
  }
  return content;
}

/** On the details part: what the essentials said, in one line. */
function essentialsSummary(form: FormDefaults, t: Translate): Element {
  const v = form.values;
  const unit = form.units.find((u) => u.id === v.unitId);
  return sentence(
    [
      unit?.name ?? v.unitId,
      v.date && /^\d{4}-\d{2}-\d{2}$/.test(v.date) ? dateText(v.date, t) : v.date,
      /^\d{2}:\d{2}$/.test(v.time ?? '') ? hhmmText(v.time!, t) : v.time,
      v.mode === 'onsite' || v.mode === 'remote' ? t(`orders.mode_${v.mode}`) : undefined,
    ]
      .filter(Boolean)
      .join(' · '),
    { spacing: 'small' },
  );
}

export interface OrderView {
  /** The buttons this viewer gets. */
  actions: OrderActionKind[];
  /** Whose feedback this viewer can record now (the orderer's, the expert's): one form each. */
  feedbackRoles: readonly FeedbackRole[];
  /** Liaisons and coordinators see experts' names and contacts; the ordering team sees them after confirmation. */
  seesExperts: boolean;
  unit?: Unit;
  /** Experts by id (candidates and suggestions). */
  experts: ReadonlyMap<string, Expert>;
  suggestions: readonly Suggestion[];
  orientationUrl: string;
  /** A line above the card, e.g. why an action was refused. */
  note?: string;
  /** A line that opens the card, e.g. the alert it was sent with. */
  lead?: string;
}

const act = (
  title: string,
  order: Order,
  action: OrderActionKind,
  extra: Omit<OrderActData, 'orderId' | 'action'> = {},
) => execute(title, VERBS.orderAct, { orderId: order.id, action, ...extra });

const languageList = (codes: readonly string[], t: Translate) =>
  codes.map((code) => languageName(code, t)).join(', ');

/** One line per expert for the liaison's choice of candidates: name, themes, languages, area. */
function expertLine(expert: Expert, t: Translate): string {
  return t('orders.candidateForLiaison', {
    name: expert.name,
    themes: termList(expert.themes, t.locale ?? 'fi'),
    languages: languageList(expert.languages, t),
    area: expert.area,
    remote: expert.remote ? t('orders.remoteSuffix') : '',
  });
}

/**
 * A candidate's profile: themes, languages, area, on site or remote, organisation and the register's
 * public description. The ordering team sees "Ehdokas 1" in place of the name and no contacts until
 * the expert is confirmed (docs/orders.md §5); the liaisons see the name, e-mail and phone to ask them.
 */
function expertProfile(expert: Expert | undefined, n: number, view: OrderView, t: Translate): Element {
  const title = view.seesExperts && expert ? expert.name : t('orders.candidateN', { n });
  if (!expert) return container([runs([{ text: title, bold: true }]), sentence('–', { spacing: 'none' })]);
  const contacts: Array<[string, string | undefined]> = view.seesExperts
    ? [
        [t('orders.fact_email'), expert.email],
        [t('orders.fact_phone'), expert.phone],
      ]
    : [];
  return container(
    [
      runs([{ text: title, bold: true }]),
      facts(
        [
          [t('orders.fact_themes'), termList(expert.themes, t.locale ?? 'fi')],
          [t('orders.fact_languages'), languageList(expert.languages, t)],
          [t('orders.fact_area'), expert.area],
          [
            t('orders.fact_expertMode'),
            t(expert.remote ? 'orders.expertMode_both' : 'orders.expertMode_onsite'),
          ],
          [t('orders.fact_organisation'), expert.organisation],
          ...contacts,
        ],
        'none',
      ),
      ...(expert.description ? [sentence(expert.description, { subtle: true, spacing: 'small' })] : []),
    ],
    { separator: true },
  );
}

/** The liaison's last question and the ordering side's answer to it (kept in the history). */
function infoExchange(order: Order): { question?: string; answer?: string } {
  let question: string | undefined;
  let answer: string | undefined;
  for (const step of order.history) {
    if (step.action === 'requestInfo') [question, answer] = [step.note, undefined];
    if (step.action === 'resubmit') answer = step.note ?? '–';
  }
  return answer === undefined ? {} : { question, answer };
}

/**
 * What the liaison needs to act and to brief the expert, compactly: where, who pays, whom to contact and
 * how, other wishes, and the answer to their question. The ordering side sees what it filled in.
 */
function detailFacts(order: Order, t: Translate): Element {
  const d = order.details;
  const { question, answer } = infoExchange(order);
  return facts(
    [
      [t('orders.fact_address'), d.mode === 'onsite' ? d.address : undefined],
      [t('orders.fact_costCentre'), d.costCentre],
      [t('orders.fact_contact'), d.contact.name],
      [t('orders.fact_email'), d.contact.email],
      [t('orders.fact_phone'), d.contact.phone],
      [t('orders.fact_otherWishes'), d.otherWishes],
      [t('orders.fact_orderer'), order.orderer.name],
      [t('orders.fact_liaisons'), order.liaisons.map((l) => l.name).join(', ')],
      [t('orders.fact_question'), question],
      [t('orders.fact_answer'), answer],
    ],
    'small',
  );
}

function actionsFor(order: Order, view: OrderView, t: Translate): Action[] {
  const buttons: Action[] = [];
  // A required field of a small form says what is missing when it is sent empty.
  const required = (errorMessage: string) => ({ required: true, errorMessage });
  const send = (action: OrderActionKind) => [act(t('orders.send'), order, action)];
  for (const kind of view.actions) {
    switch (kind) {
      case 'requestInfo':
        buttons.push(
          showCard(
            t('orders.action_requestInfo'),
            [
              textInput('question', t('orders.questionLabel'), {
                ...required(t('orders.questionMissing')),
                multiline: true,
                maxLength: ORDER_NOTE_INPUT.maxLength,
              }),
            ],
            send(kind),
          ),
        );
        break;
      case 'reject':
        buttons.push(
          showCard(
            t('orders.action_reject'),
            [
              textInput('reason', t('orders.reasonLabel'), {
                ...required(t('orders.reasonMissing')),
                multiline: true,
                maxLength: ORDER_NOTE_INPUT.maxLength,
              }),
            ],
            send(kind),
          ),
        );
        break;
      case 'resubmit':
        buttons.push(
          showCard(
            t('orders.action_resubmit'),
            [
              textInput('answer', t('orders.answerLabel'), {
                multiline: true,
                maxLength: ORDER_NOTE_INPUT.maxLength,
              }),
            ],
            send(kind),
          ),
        );
        break;
      case 'propose': {
        // Each suggestion says why the register suggests it (theme, language, area, remote).
        const choices = view.suggestions.map((s) => ({
          title: `${expertLine(s.expert, t)} (${s.reasons.map((r) => t(`orders.reason_${r}`)).join(', ')})`,
          value: s.expert.id,
        }));
        if (choices.length > 0) {
          buttons.push(
            showCard(
              t('orders.action_propose'),
              [
                choiceInput('expertIds', t('orders.candidatesLabel'), choices, {
                  ...required(t('orders.candidatesMissing')),
                  multi: true,
                  expanded: true,
                }),
              ],
              send(kind),
            ),
          );
        }
        break;
      }
      case 'choose':
        order.candidates
          .filter((id) => !order.declined.includes(id))
          .forEach((id) =>
            buttons.push(
              act(t('orders.action_choose', { n: order.candidates.indexOf(id) + 1 }), order, kind, {
                expertId: id,
              }),
            ),
          );
        break;
      case 'answer':
        buttons.push(
          act(t('orders.accepted'), order, kind, { accepted: 'true', expertId: order.offeredTo }),
          act(t('orders.declined'), order, kind, { accepted: 'false', expertId: order.offeredTo }),
        );
        break;
      case 'feedback':
        // One form per role this viewer can record; the role travels in the button's data.
        for (const role of view.feedbackRoles)
          buttons.push(
            showCard(
              t(role === 'orderer' ? 'orders.action_feedback' : 'orders.action_feedbackExpert'),
              [
                sentence(t(role === 'orderer' ? 'orders.feedbackIntro' : 'orders.feedbackIntroExpert')),
                ...FEEDBACK_QUESTIONS.map((q) =>
                  choiceInput(
                    `rating_${q}`,
                    t(`orders.${ratingLabel(role)}_${q}`),
                    ['1', '2', '3', '4', '5'].map((n) => ({ title: n, value: n })),
                    q === 'usefulness' ? required(t('orders.ratingMissing')) : {},
                  ),
                ),
                textInput('text', t('orders.feedbackText'), {
                  multiline: true,
                  maxLength: ORDER_NOTE_INPUT.maxLength,
                }),
              ],
              [act(t('orders.send'), order, kind, { role })],
            ),
          );
        break;
      case 'cancel':
        // Asked on the card first; the confirmation carries the state it was shown in (docs/orders.md §4.2).
        buttons.push(
          showCard(
            t('orders.action_cancel'),
            [
              sentence(t('orders.cancelConfirm')),
              ...(order.state === 'confirmed' ? [sentence(t('orders.cancelConfirmConfirmed'))] : []),
            ],
            [act(t('orders.cancelConfirmButton'), order, kind, { confirmedIn: order.state })],
          ),
        );
        break;
      default:
        buttons.push(act(t(`orders.action_${kind}`), order, kind));
    }
  }
  buttons.push(execute(t('orders.showHistory'), VERBS.orderHistory, { orderId: order.id }));
  return buttons;
}

/** The title, the status and when and where: what everyone may see of an order. */
function statusLines(order: Order, unit: Unit | undefined, t: Translate): Element[] {
  const d = order.details;
  return [
    heading(t('orders.cardTitle'), 'large'),
    runs([{ text: t('orders.status', { state: t(`orders.state_${order.state}`) }), bold: true }]),
    sentence(
      t('orders.summaryLine', {
        unit: unit?.name ?? d.unitId,
        date: dateText(d.date, t),
        time: hhmmText(d.time, t),
        duration: d.durationMinutes,
        mode: t(`orders.mode_${d.mode}`),
      }),
    ),
  ];
}

/**
 * The order as people without a role on it see it (a shared message in a group chat, or someone else
 * opening it): the status only, no names, no buttons. `refresh` lets the orderer's and the liaisons'
 * clients fetch their own views.
 */
export function statusCard(order: Order, view: { unit?: Unit; note?: string }, t: Translate): AdaptiveCard {
  const body: Element[] = [];
  if (view.note) body.push(container([sentence(view.note)], { style: 'attention' }));
  body.push(...statusLines(order, view.unit, t));
  return withRefresh(card(body), VERBS.orderView, { orderId: order.id }, viewers(order));
}

/** The order as one viewer sees it: status, details, what happened, and the buttons that are theirs. */
export function orderCard(order: Order, view: OrderView, t: Translate): AdaptiveCard {
  const d = order.details;
  const body: Element[] = [];
  if (view.note) body.push(container([sentence(view.note)], { style: 'attention' }));
  if (view.lead) body.push(runs([{ text: view.lead, bold: true }]));
  body.push(
    ...statusLines(order, view.unit, t),
    sentence(
      t('orders.purposeLine', {
        purpose: t(`orders.purpose_${d.purpose}`),
        themes: termList(d.themes, t.locale ?? 'fi'),
        language: t(`orders.language_${d.language}`),
        audience: d.audienceSize,
      }),
      { spacing: 'none' },
    ),
    sentence(d.description, { subtle: true }),
    detailFacts(order, t),
  );
  if (order.routedTo === 'regional') body.push(sentence(t('orders.routedRegional'), { subtle: true }));
  if (order.state === 'moreInfoRequested' && order.infoRequest)
    body.push(sentence(t('orders.infoRequested', { question: order.infoRequest })));
  if (order.state === 'rejected' && order.rejectionReason)
    body.push(sentence(t('orders.rejectedBecause', { reason: order.rejectionReason })));
  if (view.actions.includes('propose')) {
    body.push(
      sentence(view.suggestions.length > 0 ? t('orders.candidatesForLiaison') : t('orders.noSuggestions')),
    );
  }
  if (['candidatesProposed', 'offered'].includes(order.state)) {
    if (order.state === 'candidatesProposed') body.push(sentence(t('orders.candidatesForTeam')));
    order.candidates.forEach((id, i) => body.push(expertProfile(view.experts.get(id), i + 1, view, t)));
  }
  if (order.state === 'offered') {
    const offered = view.experts.get(order.offeredTo ?? '');
    body.push(
      sentence(
        view.seesExperts ? t('orders.offeredTo', { name: offered?.name ?? '–' }) : t('orders.offeredToTeam'),
      ),
    );
    if (order.declined.length > 0)
      body.push(
        sentence(t('orders.declinedSoFar', { count: order.declined.length }), {
          spacing: 'none',
          subtle: true,
        }),
      );
  }
  const expert = order.confirmedExpert;
  if (expert && ['confirmed', 'held', 'feedbackReceived'].includes(order.state)) {
    body.push(
      container(
        [
          runs([{ text: t('orders.confirmedIntro', { name: expert.name }), bold: true }]),
          sentence(t('orders.expertContact', { email: expert.email ?? '–', phone: expert.phone ?? '–' }), {
            spacing: 'none',
          }),
          sentence(t('orders.feedbackForms'), { subtle: true }),
        ],
        { style: 'good' },
      ),
    );
  }
  const actions = actionsFor(order, view, t);
  if (expert && order.state === 'confirmed')
    actions.push(openUrl(t('orders.orientation'), view.orientationUrl));
  return withRefresh(card(body, actions), VERBS.orderView, { orderId: order.id }, viewers(order));
}

/** Everyone with their own view of the order (refresh.userIds): the ordering side and the liaisons. */
export function viewers(order: Order): string[] {
  const ids = [
    order.orderer.aadObjectId,
    order.details.contact.aadObjectId,
    ...order.liaisons.map((l) => l.aadObjectId),
  ];
  return [...new Set(ids.filter((id): id is string => !!id).map((id) => `8:orgid:${id}`))];
}

export function myOrdersCard(
  orders: readonly Order[],
  units: ReadonlyMap<string, Unit>,
  t: Translate,
): AdaptiveCard {
  if (orders.length === 0) return card([sentence(t('orders.myOrdersNone'))]);
  return card([
    heading(t('orders.myOrdersTitle')),
    ...orders.map((o) =>
      container(
        [
          sentence(
            `${units.get(o.details.unitId)?.name ?? o.details.unitId} · ${dateText(o.details.date, t)} · ${t(`orders.state_${o.state}`)}`,
          ),
          actionSet([execute(t('orders.open'), VERBS.orderView, { orderId: o.id })]),
        ],
        { separator: true },
      ),
    ),
  ]);
}

const counts = <K extends string>(map: Partial<Record<K, number>>, label: (key: K) => string) =>
  (Object.entries(map) as [K, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${label(key)}: ${n}`)
    .join(' · ');

export function summaryCard(
  summary: YearlySummary,
  /** The chart as a PNG, for clients that cannot draw Teams' chart. */
  chartImageUrl: string,
  csvUrl: string,
  units: ReadonlyMap<string, Unit>,
  t: Translate,
): AdaptiveCard {
  const averages = (ratings: YearlySummary['ratings'], role: FeedbackRole) => {
    const known = FEEDBACK_QUESTIONS.filter((q) => ratings[q] !== undefined);
    return known.length > 0
      ? known
          .map((q) => `${t(`orders.${ratingLabel(role)}_${q}`)}: ${decimalText(ratings[q]!, t)}`)
          .join(' · ')
      : t('orders.summaryNoFeedback');
  };
  const body: BodyElement[] = [
    heading(t('orders.summaryTitle', { year: summary.year }), 'large'),
    sentence(t('orders.summaryTotal', { total: summary.total })),
    sentence(t('orders.summaryBasis'), { subtle: true, spacing: 'none' }),
    runs([{ text: t('orders.summaryByState'), bold: true }]),
    sentence(counts(summary.byState, (s) => t(`orders.state_${s}`)) || '–', {
      spacing: 'none',
    }),
    runs([{ text: t('orders.summaryByTheme'), bold: true }]),
    sentence(counts(summary.byTheme, (x) => termName(x, t.locale ?? 'fi')) || '–', { spacing: 'none' }),
    runs([{ text: t('orders.summaryByUnit'), bold: true }]),
    sentence(counts(summary.byUnit, (id) => units.get(id)?.name ?? id) || '–', { spacing: 'none' }),
    runs([{ text: t('orders.summaryRatings', { count: summary.feedbackCount }), bold: true }]),
    sentence(averages(summary.ratings, 'orderer'), { spacing: 'none' }),
    runs([{ text: t('orders.summaryExpertRatings', { count: summary.expertFeedbackCount }), bold: true }]),
    sentence(averages(summary.expertRatings, 'expert'), { spacing: 'none' }),
  ];
  if (summary.medianDaysToConfirm !== undefined)
    body.push(sentence(t('orders.summaryMedian', { days: summary.medianDaysToConfirm })));
  body.push(monthlyChartElement(monthlyOrdersChart(summary.perMonth, summary.year, t), chartImageUrl));
  return card(body, [openUrl(t('orders.summaryCsv'), csvUrl)]);
}

/** The same four questions, worded for who answers them: the ordering team, or the expert. */
const ratingLabel = (role: FeedbackRole) => (role === 'orderer' ? 'rating' : 'ratingExpert');
