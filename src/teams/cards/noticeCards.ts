import { municipalityName, termList, termName } from '../../domain/register/termNames';
import type { Unit } from '../../domain/directory';
import {
  NOTICE_FIELDS,
  NOTICE_FORM,
  TOPICS,
  fitNoticeText,
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
  scheduleOf,
  type Rhythm,
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
  toggleInput,
  type Action,
  type AdaptiveCard,
  type Element,
} from './adaptive';
import { dateText, dateTimeText, monthNames, weekdayNames } from '../../i18n/formats';
import { helsinkiDate } from '../../domain/time';
import { reminderName, reminderText, scheduleText } from '../../i18n/schedules';
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
 * The values the form shows again, within what the server accepts: each cut to its field's length and
 * the text to its byte cap, so the form stays under Teams' 28 KB whatever came back (forged data too).
 */
function fitValues(values: Record<string, string>): { values: Record<string, string>; textCut: boolean } {
  const fitted: Record<string, string> = {};
  for (const field of NOTICE_FIELDS) {
    const max = NOTICE_FORM[field].maxLength;
    const value = values[field];
    if (value !== undefined) fitted[field] = max === undefined ? value : value.slice(0, max);
  }
  const text = fitted.text ?? '';
  const fits = fitNoticeText(text);
  return { values: { ...fitted, text: fits }, textCut: fits.length < text.length };
}

/** The notice form: every input labelled; liaisons choose among their own units. */
export function noticeFormCard(o: NoticeFormOptions, t: Translate): AdaptiveCard {
  const { values: v, textCut } = fitValues(o.values);
  const { label } = formFields('notices', v, t);
  const input = (id: NoticeField, extras?: InputExtras) =>
    specInput('notices', id, NOTICE_FORM[id], v, t, extras);
  const body: Element[] = [
    heading(t('notices.formTitle'), 'large'),
    sentence(t('notices.formIntro'), { subtle: true }),
  ];
  if (o.warning) body.push(container([sentence(o.warning)], { style: 'warning' }));
  if (textCut) body.push(container([sentence(t('notices.textCut'))], { style: 'warning' }));
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
  const locale = t.locale ?? 'fi';
  const unitChoices = o.units.map((u) => ({ title: u.name, value: u.id }));
  // The coordinator picks the level first, then from that level's own list (docs/notices.md §1).
  const levelLists = o.coordinator
    ? [
        input('municipalityIds', {
          choices: [...new Set(o.units.map((u) => u.municipality))].map((m) => ({
            title: municipalityName(m, locale, o.units),
            value: m,
          })),
        }),
        input('areaIds', {
          choices: [...new Set(o.units.map((u) => u.area))].map((a) => ({ title: a, value: a })),
        }),
      ]
    : [];
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
      ...(o.coordinator ? { expanded: true } : {}),
    }),
    input('audienceIds', { choices: unitChoices }),
    ...levelLists,
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
  const go = when ? t('notices.schedule') : t('notices.sendNow');
  // Nobody would get it: say so, and the send button asks first (docs/notices.md §5).
  const send =
    recipients > 0
      ? execute(go, VERBS.noticeSend, id)
      : showCard(
          when ? t('notices.scheduleAnyway') : t('notices.sendAnyway'),
          [sentence(t('notices.confirmNobody'))],
          [execute(go, VERBS.noticeSend, { ...id, emptyConfirmed: true })],
        );
  return card(
    [
      runs([{ text: t('notices.previewTitle'), bold: true }]),
      container([...preview.body, ...(preview.actions ? [actionSet(preview.actions)] : [])], {
        style: 'emphasis',
      }),
      recipients > 0
        ? sentence(t('notices.previewRecipients', { count: recipients }))
        : container([sentence(t('notices.previewNobody'))], { style: 'warning' }),
      ...(when ? [sentence(t('notices.previewScheduled', { when }))] : []),
      ...(notice.askAcknowledgement ? [sentence(t('receipts.previewAsks'))] : []),
    ],
    [
      send,
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

/** The notices list keeps well under Teams' 28 KB however long titles and links are: lines beyond this are left out. */
const LIST_BUDGET_BYTES = 22 * 1024;
const MAX_CURRENT = 10;
const MAX_SENT = 20;

/** What `tiedotteet` shows (docs/notices.md §2.3). */
export interface NoticeListView {
  /** A member of staff's current notices; `unit: false` when they have not told their unit. */
  current?: { unit: boolean; notices: readonly Notice[] };
  /** A sender's own sent and scheduled notices (everyone's for the coordinator), newest first. */
  sent?: readonly Notice[];
  /** The read counts of sent notices, by notice id (each line then shows its read rate). */
  reads?: ReadonlyMap<string, ReadCounts>;
}

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** As many of the items as fit in `budget` bytes (at most `max`), newest first, and a line saying how many were left out. */
function fitted(items: Element[], max: number, budget: { left: number }, t: Translate): Element[] {
  const shown: Element[] = [];
  for (const item of items.slice(0, max)) {
    const size = bytes(item);
    if (size > budget.left) break;
    budget.left -= size;
    shown.push(item);
  }
  if (shown.length < items.length)
    shown.push(
      sentence(t('notices.listMore', { shown: shown.length, total: items.length }), { subtle: true }),
    );
  return shown;
}

function currentLine(n: Notice, t: Translate): Element {
  const date = dateText(helsinkiDate(new Date(n.startedAt ?? n.createdAt)), t);
  return container(
    [
      runs([{ text: n.title, bold: true }]),
      sentence(t('notices.currentLine', { ngo: n.ngo, date, until: dateText(n.validUntil, t) }), {
        subtle: true,
        spacing: 'none',
      }),
      ...(n.link ? [actionSet([openUrl(t('notices.openLink'), n.link)])] : []),
    ],
    { separator: true },
  );
}

function sentLine(n: Notice, t: Translate, reads: ReadonlyMap<string, ReadCounts>): Element {
  return container(
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
  );
}

/**
 * `tiedotteet`: the notices valid now for the person's unit and topics, newest first, each with its
 * NGO, date and link; for senders also what they sent and scheduled, with read rates.
 */
export function noticeListCard(view: NoticeListView, t: Translate): AdaptiveCard {
  const budget = { left: LIST_BUDGET_BYTES };
  const body: Element[] = [];
  if (view.current) {
    body.push(heading(t('notices.currentTitle')));
    const { unit, notices } = view.current;
    if (!unit) body.push(sentence(t('notices.currentNoUnit')));
    else if (notices.length === 0) body.push(sentence(t('notices.currentNone')));
    else {
      body.push(sentence(t('notices.currentIntro'), { subtle: true }));
      body.push(
        ...fitted(
          notices.map((n) => currentLine(n, t)),
          MAX_CURRENT,
          budget,
          t,
        ),
      );
    }
  }
  if (view.sent) {
    body.push(heading(t('notices.listTitle')));
    if (view.sent.length === 0) body.push(sentence(t('notices.listNone')));
    const reads = view.reads ?? new Map();
    body.push(
      ...fitted(
        view.sent.map((n) => sentLine(n, t, reads)),
        MAX_SENT,
        budget,
        t,
      ),
    );
  }
  return card(body);
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
      toggleInput('allTopics', t('notices.field_allTopics'), t('notices.allTopicsTitle'), current.allTopics),
      toggleInput('ngoTeam', t('notices.field_ngoTeam'), t('notices.ngoTeam'), current.ngoTeam),
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

/** The add or edit form of a reminder, open on the card. */
export interface ReminderFormView {
  /** The fields shown are this rhythm's: the day of the month, or the weekday (docs/notices.md §6). */
  rhythm: Rhythm;
  /** The reminder being edited and the version (ETag) the form was drawn from; none: a new reminder. */
  editing?: { id: string; version: string };
  values: Record<string, string>;
  errors: readonly ReminderFormError[];
}

export interface RemindersView {
  /** A line on top: what just happened. */
  note?: string;
  form?: ReminderFormView;
}

/** The reminder's own fields from a stored one: what the edit form starts from. */
export function reminderValues(
  r: Reminder,
  t: Translate,
): { rhythm: Rhythm; values: Record<string, string> } {
  const schedule = scheduleOf(r.cron);
  const rhythm = schedule?.rhythm.kind ?? 'dayOfMonth';
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    rhythm,
    values: {
      title: reminderName(r, t),
      text: reminderText(r, t),
      audience: r.audience,
      ...(schedule?.rhythm.kind === 'dayOfMonth' ? { day: String(schedule.rhythm.day) } : {}),
      ...(schedule?.rhythm.kind === 'firstWeekday' ? { weekday: String(schedule.rhythm.weekday) } : {}),
      months: schedule?.months.join(',') ?? '',
      ...(schedule ? { time: `${two(schedule.hour)}:${two(schedule.minute)}` } : {}),
    },
  };
}

/**
 * The county coordinator's reminders: each with its schedule in words and its message, pause/resume,
 * edit and remove (removing asks first, on the card); adding starts by choosing the rhythm.
 */
/** On the list a reminder's message shows this many characters at most; "Muokkaa" shows it whole. */
const REMINDER_PREVIEW_CHARS = 160;
const beginningOf = (text: string) =>
  text.length <= REMINDER_PREVIEW_CHARS
    ? text
    : `${Array.from(text).slice(0, REMINDER_PREVIEW_CHARS).join('').trimEnd()}…`;

export function remindersCard(
  reminders: ReadonlyArray<Reminder & { _etag?: string }>,
  t: Translate,
  view: RemindersView = {},
): AdaptiveCard {
  const body: Element[] = [heading(t('notices.remindersTitle'))];
  if (view.note) body.push(sentence(view.note));
  if (reminders.length === 0) body.push(sentence(t('notices.remindersNone')));
  for (const r of reminders) {
    const name = reminderName(r, t);
    body.push(
      container(
        [
          sentence(
            t('notices.reminderLine', {
              name,
              schedule: scheduleText(r.cron, t),
              next: dateTimeText(r.nextRunAt, t),
              paused: r.paused ? t('notices.reminderPaused') : '',
            }),
          ),
          sentence(t('notices.reminderMessage', { text: beginningOf(reminderText(r, t)) }), {
            subtle: true,
            spacing: 'none',
          }),
          actionSet([
            execute(r.paused ? t('notices.resume') : t('notices.pause'), VERBS.reminderPause, {
              reminderId: r.id,
              paused: !r.paused,
            }),
            execute(t('notices.edit'), VERBS.reminderEdit, { reminderId: r.id }),
            showCard(
              t('notices.remove'),
              [sentence(t('notices.removeConfirm', { name }))],
              [
                execute(t('notices.removeYes'), VERBS.reminderRemove, {
                  reminderId: r.id,
                  confirmed: true,
                  version: r._etag,
                }),
              ],
            ),
          ]),
        ],
        { separator: true },
      ),
    );
  }
  if (view.form) {
    const f = view.form;
    const other: Rhythm = f.rhythm === 'dayOfMonth' ? 'firstWeekday' : 'dayOfMonth';
    const where = f.editing ? { reminderId: f.editing.id, version: f.editing.version } : {};
    const save = f.editing
      ? execute(t('notices.reminderSave'), VERBS.reminderUpdate, { ...where, rhythm: f.rhythm })
      : execute(t('notices.reminderSave'), VERBS.reminderAdd, { rhythm: f.rhythm });
    return card(
      [...body, container(reminderForm(f, t), { separator: true })],
      [
        save,
        execute(t(`notices.rhythmSwitch_${other}`), VERBS.reminderForm, { ...where, rhythm: other }),
        execute(t('notices.reminderClose'), VERBS.reminderForm),
      ],
    );
  }
  const start = (rhythm: Rhythm) => execute(t(`notices.rhythm_${rhythm}`), VERBS.reminderForm, { rhythm });
  return card(body, [
    showCard(
      t('notices.reminderAdd'),
      [sentence(t('notices.reminderChooseRhythm'))],
      [start('dayOfMonth'), start('firstWeekday')],
    ),
  ]);
}

function reminderForm(f: ReminderFormView, t: Translate): Element[] {
  const label = (field: KeySuffix<'notices.field_'>) => t(`notices.field_${field}`);
  const input = (id: ReminderField, extras?: InputExtras) =>
    specInput('notices', id, REMINDER_FORM[id], f.values, t, extras);
  const names = (titles: readonly string[]) => titles.map((title, i) => ({ title, value: String(i + 1) }));
  return [
    heading(t(f.editing ? 'notices.reminderEditTitle' : 'notices.reminderFormTitle')),
    ...(f.errors.length
      ? [
          container(
            f.errors.map((e) => sentence(t(`notices.error_${e.code}`, { field: label(formLabel(e.field)) }))),
            { style: 'attention' },
          ),
        ]
      : []),
    sentence(t('notices.reminderRhythmLine', { rhythm: t(`notices.rhythm_${f.rhythm}`) })),
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
    f.rhythm === 'dayOfMonth'
      ? input('day', { initial: '1' })
      : input('weekday', { choices: names(weekdayNames(t)), initial: '2' }),
    input('months', { choices: names(monthNames(t)) }),
    input('time', { initial: '09:00' }),
  ];
}

/** The form's label key of a field ("title" is labelled "reminderTitle"). */
const formLabel = (field: ReminderFormError['field']): KeySuffix<'notices.field_'> =>
  field === 'title' ? 'reminderTitle' : field === 'text' ? 'reminderText' : field;
