import { municipalityName, termList, termName } from '../../domain/register/termNames';
import type { Unit } from '../../domain/directory';
import {
  NOTICE_FORM,
  TOPICS,
  readRate,
  reminderAvailableFrom,
  type DeliveryProgress as Progress,
  type Notice,
  type NoticeError,
  type NoticeField,
  type ReadCounts,
} from '../../domain/notices';
import type { Reminder } from '../../domain/scheduling/reminders';
import {
  REMINDER_FORM,
  type ReminderField,
  type ReminderFormError,
} from '../../domain/scheduling/reminderForm';
import type { KeySuffix, Translate } from '../../i18n';
import {
  formFields,
  actionSet,
  card,
  choiceInput,
  container,
  execute,
  heading,
  image,
  openUrl,
  runs,
  sentence,
  showCard,
  submit,
  textBlock,
  type Action,
  type AdaptiveCard,
  type Element,
} from './adaptive';
import { dateText, dateTimeText, monthNames, weekdayNames } from '../../i18n/formats';
import { reminderName, scheduleText } from '../../i18n/schedules';
import { specInput, type InputExtras } from './formInputs';
import { VERBS } from './verbs';

/** The topics as choices: the title in the user's language, the value the Finnish topic. */
const topicChoices = (t: Translate) =>
  TOPICS.map((topic) => ({ title: termName(topic, t.locale ?? 'fi'), value: topic }));

export interface NoticeFormOptions {
  units: readonly Unit[];
  coordinator: boolean;
  values: Record<string, string>;
  errors?: readonly NoticeError[];
  /** The draft being edited (cancelled when the edited version is previewed). */
  replacing?: string;
  /** In a message-extension dialog the form submits with Action.Submit (Action.Execute is for chat cards). */
  inDialog?: boolean;
  /** Something the sender should know first (for example: the forwarded message was cut). */
  warning?: string;
}

/**
 * The most a form card may take, leaving room for the message or invoke answer around it within
 * Teams' 28 KB.
 */
const FORM_CARD_BYTES = 26 * 1024;
const bytesOf = (content: AdaptiveCard) => new TextEncoder().encode(JSON.stringify(content)).length;

/**
 * The notice form: every input labelled; liaisons choose among their own units. When the form comes back
 * with every field at its maximum, it would not fit in a Teams message: then the text is shown only as
 * far as it fits, and the form says so (the validator's byte limit counts the text alone).
 */
export function noticeFormCard(o: NoticeFormOptions, t: Translate): AdaptiveCard {
  const whole = noticeForm(o, t);
  const text = o.values.text ?? '';
  if (bytesOf(whole) <= FORM_CARD_BYTES || text === '') return whole;
  const warning = [o.warning, t('notices.textShortened')].filter(Boolean).join(' ');
  // Never half of a character written as two UTF-16 units.
  const cut = (length: number) => text.slice(0, length).replace(/[\uD800-\uDBFF]$/, '');
  const shortened = (length: number) =>
    noticeForm({ ...o, values: { ...o.values, text: cut(length) }, warning }, t);
  // The longest beginning of the text that fits.
  let [fits, tooLong] = [0, text.length];
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (bytesOf(shortened(middle)) <= FORM_CARD_BYTES) fits = middle;
    else tooLong = middle;
  }
  return shortened(fits);
}

function noticeForm(o: NoticeFormOptions, t: Translate): AdaptiveCard {
  const v = o.values;
  const { label } = formFields('notices', v, t);
  const input = (id: NoticeField, extras?: InputExtras) =>
    specInput('notices', id, NOTICE_FORM[id], v, t, extras);
  const body: Element[] = [
    heading(t('notices.formTitle'), 'large'),
    sentence(t('notices.formIntro'), { subtle: true }),
  ];
  if (o.warning) body.push(container([sentence(o.warning)], { style: 'warning' }));
  if (o.errors?.length) {
    body.push(
      container(
        [
          sentence(t('notices.formHasErrors')),
          ...o.errors.map((e) =>
            sentence(t(`notices.error_${e.code}`, { field: label(e.field) }), { spacing: 'none' }),
          ),
        ],
        { style: 'attention' },
      ),
    );
  }
  const kinds = o.coordinator
    ? (['units', 'municipalities', 'areas', 'county'] as const)
    : (['units'] as const);
  const targets = o.coordinator
    ? [
        ...o.units.map((u) => ({ title: u.name, value: u.id })),
        ...[...new Set(o.units.map((u) => u.municipality))].map((m) => ({
          title: municipalityName(m, t.locale ?? 'fi', o.units),
          value: m,
        })),
        ...[...new Set(o.units.map((u) => u.area))].map((a) => ({
          title: t('notices.areaChoice', { area: a }),
          value: a,
        })),
      ]
    : o.units.map((u) => ({ title: u.name, value: u.id }));
  body.push(
    input('title'),
    input('text'),
    input('ngo'),
    input('link'),
    input('imageUrl'),
    input('topics', { choices: topicChoices(t) }),
    input('targetGroups'),
    input('acknowledge', { title: t('receipts.askAcknowledgement') }),
    input('infoScreen', { title: t('notices.showOnInfoScreen') }),
    input('remindAfterDays'),
    input('audienceKind', {
      choices: kinds.map((k) => ({ title: t(`notices.audience_${k}`), value: k })),
      initial: 'units',
    }),
    input('audienceIds', { choices: targets }),
    input('validUntil'),
    input('sendDate'),
    input('sendTime'),
  );
  const preview = o.inDialog
    ? submit(t('notices.preview'))
    : execute(t('notices.preview'), VERBS.noticePreview, o.replacing ? { replacing: o.replacing } : {});
  return card(body, [preview]);
}

/**
 * The notice as recipients see it (plain text for what the NGO wrote, markdown only for its body).
 * `acknowledge`: the person's own copy of a notice that asks for acknowledgement gets the button;
 * `acknowledged`: what their click did, shown in place of it.
 */
export function noticeCard(
  notice: Notice,
  t: Translate,
  o: { acknowledge?: boolean; acknowledged?: string } = {},
): AdaptiveCard {
  // A reminder is short: what it asks, the title and who sent it; the text is in the notice itself.
  const reminder = notice.remindsOf
    ? [sentence(t(notice.askAcknowledgement ? 'receipts.reminderAck' : 'receipts.reminderRead'))]
    : [];
  const body: Element[] = [
    ...reminder,
    heading(notice.title, 'large'),
    sentence(t('notices.from', { ngo: notice.ngo, sender: notice.sender.name }), { subtle: true }),
  ];
  if (notice.imageUrl?.startsWith('https://') && !notice.remindsOf)
    body.push(image(notice.imageUrl, notice.title));
  if (!notice.remindsOf) body.push(textBlock(notice.text));
  if (notice.topics.length > 0)
    body.push(
      sentence(t('notices.topicsLine', { topics: termList(notice.topics, t.locale ?? 'fi') }), {
        subtle: true,
      }),
    );
  if (notice.targetGroups)
    body.push(
      sentence(t('notices.targetGroupsLine', { groups: notice.targetGroups }), {
        subtle: true,
        spacing: 'none',
      }),
    );
  body.push(
    sentence(t('notices.validUntilLine', { date: dateText(notice.validUntil, t) }), {
      subtle: true,
      spacing: 'none',
    }),
  );
  if (o.acknowledged) body.push(sentence(o.acknowledged, { subtle: true }));
  const actions: Action[] = notice.link ? [openUrl(t('notices.openLink'), notice.link)] : [];
  if (o.acknowledge && notice.askAcknowledgement && !o.acknowledged)
    actions.push(
      execute(t('receipts.acknowledge'), VERBS.noticeAcknowledge, {
        noticeId: notice.remindsOf ?? notice.id,
      }),
    );
  return card(body, actions);
}

export function noticePreviewCard(notice: Notice, recipients: number, t: Translate): AdaptiveCard {
  const preview = noticeCard(notice, t);
  const when = notice.sendAt ? dateTimeText(notice.sendAt, t) : undefined;
  const id = { noticeId: notice.id };
  return card(
    [
      runs([{ text: t('notices.previewTitle'), bold: true }]),
      container([...preview.body, ...(preview.actions ? [actionSet(preview.actions)] : [])], {
        style: 'emphasis',
      }),
      sentence(t('notices.previewRecipients', { count: recipients })),
      ...(when ? [sentence(t('notices.previewScheduled', { when }))] : []),
      ...(notice.askAcknowledgement ? [sentence(t('receipts.previewAsks'))] : []),
    ],
    [
      execute(when ? t('notices.schedule') : t('notices.sendNow'), VERBS.noticeSend, id),
      execute(t('notices.edit'), VERBS.noticeEdit, id),
      execute(t('notices.cancel'), VERBS.noticeCancel, id),
    ],
  );
}

/** The sender's report: delivery counts, and once anything is sent who read and acknowledged it (§7). */
export function reportCard(
  notice: Notice,
  progress: Progress,
  done: boolean,
  t: Translate,
  reads?: ReadCounts,
): AdaptiveCard {
  // The reminder is offered once everything is sent and someone has not read (or acknowledged) it.
  const unconfirmed =
    reads && (notice.askAcknowledgement ? reads.people - reads.acknowledged : reads.people - reads.read);
  const remindFrom = done && unconfirmed ? reminderAvailableFrom(notice) : undefined;
  return card(
    [
      heading(t('notices.reportTitle', { title: notice.title })),
      sentence(t('notices.reportCounts', { ...progress, pending: progress.pending + progress.sending })),
      ...(reads && progress.sent > 0
        ? [
            sentence(t('receipts.reportReads', { ...reads })),
            sentence(t('receipts.reportChannels'), { subtle: true, spacing: 'none' }),
          ]
        : []),
      ...(progress.unreachable > 0 ? [sentence(t('notices.unreachableHint'), { subtle: true })] : []),
      sentence(done ? t('notices.reportDone') : t('notices.reportSending'), { subtle: true }),
      ...(remindFrom ? [sentence(t('receipts.remindFrom', { date: dateTimeText(remindFrom, t) }))] : []),
    ],
    remindFrom ? [execute(t('receipts.remind'), VERBS.noticeRemind, { noticeId: notice.id })] : [],
  );
}

function readRateText(counts: ReadCounts | undefined, t: Translate): string[] {
  const rate = counts ? readRate(counts) : undefined;
  return rate === undefined ? [] : [t('receipts.listRead', { rate })];
}

/** `reads`: the read counts of sent notices, by notice id (each line then shows its read rate). */
export function noticeListCard(
  notices: readonly Notice[],
  t: Translate,
  reads: ReadonlyMap<string, ReadCounts> = new Map(),
): AdaptiveCard {
  if (notices.length === 0) return card([sentence(t('notices.listNone'))]);
  return card([
    heading(t('notices.listTitle')),
    ...notices.slice(0, 20).map((n) =>
      container(
        [
          sentence(
            [
              t('notices.listLine', {
                title: n.title,
                state: t(`notices.state_${n.state}`),
                when: dateTimeText(n.sendAt ?? n.startedAt ?? n.createdAt, t),
              }),
              ...readRateText(reads.get(n.id), t),
            ].join(' · '),
          ),
          ...(n.state === 'scheduled'
            ? [actionSet([execute(t('notices.cancel'), VERBS.noticeCancel, { noticeId: n.id })])]
            : []),
        ],
        { separator: true },
      ),
    ),
  ]);
}

export function topicsCard(
  unit: Unit | undefined,
  current: { topics: string[]; allTopics: boolean; ngoTeam: boolean },
  t: Translate,
): AdaptiveCard {
  if (!unit) return card([sentence(t('notices.topicsNoUnit'))]);
  return card(
    [
      heading(t('notices.topicsTitle')),
      sentence(t('notices.topicsIntro', { unit: unit.name })),
      choiceInput('topics', t('notices.field_topics'), topicChoices(t), {
        multi: true,
        value: current.topics.join(','),
      }),
      choiceInput(
        'flags',
        t('notices.topicsAll'),
        [
          { title: t('notices.topicsAll'), value: 'all' },
          { title: t('notices.ngoTeam'), value: 'ngoTeam' },
        ],
        {
          multi: true,
          expanded: true,
          value: [current.allTopics ? 'all' : '', current.ngoTeam ? 'ngoTeam' : ''].filter(Boolean).join(','),
        },
      ),
    ],
    [
      execute(t('notices.save'), VERBS.noticeSubscribe),
      execute(t('notices.unsubscribe'), VERBS.noticeSubscribe, { unsubscribe: true }),
    ],
  );
}

/** Which unit's notice board this channel becomes: every unit the sender may address (all for the coordinator). */
export function boardCard(units: readonly Unit[], t: Translate): AdaptiveCard {
  return card(
    [
      sentence(t('notices.boardChoose')),
      choiceInput(
        'unitId',
        t('notices.boardUnit'),
        units.map((u) => ({ title: u.name, value: u.id })),
        {
          required: true,
          errorMessage: t('notices.boardUnitMissing'),
          value: units.length === 1 ? units[0]!.id : '',
        },
      ),
    ],
    [execute(t('notices.boardRegister'), VERBS.noticeBoard)],
  );
}

export interface RemindersView {
  /** A line on top: what just happened. */
  note?: string;
  /** The add form came back with problems: shown open, with these values. */
  errors?: readonly ReminderFormError[];
  values?: Record<string, string>;
}

/** The county coordinator's reminders: each with its schedule in words, pause/resume and remove; add new ones. */
export function remindersCard(
  reminders: readonly Reminder[],
  t: Translate,
  view: RemindersView = {},
): AdaptiveCard {
  const body: Element[] = [heading(t('notices.remindersTitle'))];
  if (view.note) body.push(sentence(view.note));
  if (reminders.length === 0) body.push(sentence(t('notices.remindersNone')));
  for (const r of reminders)
    body.push(
      container(
        [
          sentence(
            t('notices.reminderLine', {
              name: reminderName(r, t),
              schedule: scheduleText(r.cron, t),
              next: dateTimeText(r.nextRunAt, t),
              paused: r.paused ? t('notices.reminderPaused') : '',
            }),
          ),
          actionSet([
            execute(r.paused ? t('notices.resume') : t('notices.pause'), VERBS.reminderPause, {
              reminderId: r.id,
              paused: !r.paused,
            }),
            execute(t('notices.remove'), VERBS.reminderRemove, { reminderId: r.id }),
          ]),
        ],
        { separator: true },
      ),
    );
  const form = reminderForm(view.values ?? {}, view.errors ?? [], t);
  if (view.errors?.length) return card([...body, container(form, { separator: true })], [submitReminder(t)]);
  return card(body, [showCard(t('notices.reminderAdd'), form, [submitReminder(t)])]);
}

const submitReminder = (t: Translate) => execute(t('notices.reminderAdd'), VERBS.reminderAdd);

function reminderForm(
  v: Record<string, string>,
  errors: readonly ReminderFormError[],
  t: Translate,
): Element[] {
  const label = (field: KeySuffix<'notices.field_'>) => t(`notices.field_${field}`);
  const input = (id: ReminderField, extras?: InputExtras) =>
    specInput('notices', id, REMINDER_FORM[id], v, t, extras);
  const names = (titles: readonly string[]) => titles.map((title, i) => ({ title, value: String(i + 1) }));
  return [
    heading(t('notices.reminderFormTitle')),
    ...(errors.length
      ? [
          container(
            errors.map((e) => sentence(t(`notices.error_${e.code}`, { field: label(formLabel(e.field)) }))),
            { style: 'attention' },
          ),
        ]
      : []),
    input('title'),
    input('text'),
    input('audience', {
      choices: REMINDER_FORM.audience.choices.map((a) => ({
        title: t(`notices.reminderAudience_${a}`),
        value: a,
      })),
      initial: 'centreLiaisons',
      expanded: true,
    }),
    input('rhythm', { initial: 'dayOfMonth', expanded: true }),
    input('day', { initial: '1' }),
    input('weekday', { choices: names(weekdayNames(t)), initial: '2' }),
    input('months', { choices: names(monthNames(t)) }),
    input('time', { initial: '09:00' }),
  ];
}

/** The form's label key of a field ("title" is labelled "reminderTitle"). */
const formLabel = (field: ReminderFormError['field']): KeySuffix<'notices.field_'> =>
  field === 'title' ? 'reminderTitle' : field === 'text' ? 'reminderText' : field;
