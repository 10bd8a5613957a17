/** The notice form (card data, never trusted) → a notice draft, or field-level error codes (docs/notices.md §1). */
import { DateTime } from 'luxon';
import { COUNTY_TIME_ZONE, helsinkiDate } from '../time';
import { checkForm, itemsOf, type FieldSpec, type FormSpec } from '../forms/spec';
import { TOPICS, type Topic } from './topics';
import { AUDIENCE_KINDS, type Audience, type AudienceKind } from './types';

/**
 * Teams rejects a message over about 28 KB (the whole activity, card included). The notice text is
 * capped at 20,000 characters and at 20,000 bytes as it travels: UTF-8 inside the card's JSON, where ä
 * and ö take two bytes and a quote, a backslash or a line break two as well. That leaves room for the
 * card, title, links and topics around it.
 */
export const MAX_NOTICE_TEXT = 20_000;
export const MAX_NOTICE_TEXT_BYTES = 20_000;
/** A reminder to those who have not read can be offered after 1 to this many days (docs/notices.md §7). */
export const MAX_REMIND_AFTER_DAYS = 30;
export type NoticeErrorCode =
  | 'required'
  | 'tooLong'
  | 'notHttp'
  | 'unknownTopic'
  | 'invalidDate'
  | 'inPast'
  | 'unknownValue'
  | 'afterValidity'
  | 'outOfRange';

const text = (maxLength: number, required: boolean): FieldSpec<NoticeErrorCode> => ({
  kind: 'text',
  required,
  maxLength,
});

const toggle: FieldSpec<NoticeErrorCode> = { kind: 'toggle', required: false };

/**
 * The notice form, field by field in the card's order. Links are checked as URLs after the fields
 * (the card's regex is a first hint); the audience ids depend on the audience kind; dates are
 * checked in Helsinki time.
 */
export const NOTICE_FORM = {
  title: text(200, true),
  text: { ...text(MAX_NOTICE_TEXT, true), kind: 'longText' },
  ngo: text(200, true),
  link: { ...text(2000, false), cardRegex: { source: '^https?://.+', code: 'notHttp' } },
  imageUrl: text(2000, false),
  topics: {
    kind: 'multiChoice',
    required: true,
    maxLength: 1000,
    choices: TOPICS,
    choiceCode: 'unknownTopic',
  },
  targetGroups: text(500, false),
  // The toggle sends 'true' or 'false'; anything else is "not asked" (docs/notices.md §7).
  acknowledge: toggle,
  // Also on the info screens of the audience's units (docs/ngo.md §8).
  infoScreen: toggle,
  remindAfterDays: {
    kind: 'number',
    required: false,
    maxLength: 10,
    digits: 2,
    min: 1,
    max: MAX_REMIND_AFTER_DAYS,
  },
  audienceKind: { kind: 'choice', required: true, maxLength: 20, choices: AUDIENCE_KINDS },
  audienceIds: { kind: 'multiChoice', required: false, maxLength: 4000 },
  validUntil: { kind: 'date', required: true, maxLength: 10 },
  sendDate: { kind: 'date', required: false, maxLength: 10 },
  sendTime: { kind: 'time', required: false, maxLength: 5 },
} as const satisfies FormSpec;

export type NoticeField = keyof typeof NOTICE_FORM;
export const NOTICE_FIELDS = Object.keys(NOTICE_FORM) as NoticeField[];
export interface NoticeError {
  field: NoticeField;
  code: NoticeErrorCode;
}

export interface NoticeDraft {
  title: string;
  text: string;
  ngo: string;
  link?: string;
  imageUrl?: string;
  topics: Topic[];
  targetGroups?: string;
  askAcknowledgement?: boolean;
  remindAfterDays?: number;
  onInfoScreen?: boolean;
  audience: Audience;
  validUntil: string;
  sendAt?: string;
}

export interface NoticeContext {
  now: Date;
  /** UTF-8 byte cap of the text (default MAX_NOTICE_TEXT_BYTES). */
  maxTextBytes?: number;
  /** Ids that exist for each audience kind (units, municipalities, areas); without it any id is accepted. */
  known?: Record<Exclude<AudienceKind, 'county'>, ReadonlySet<string>>;
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

export function validateNotice(
  raw: Record<string, unknown>,
  ctx: NoticeContext,
): { kind: 'ok'; value: NoticeDraft } | { kind: 'invalid'; errors: NoticeError[] } {
  const { values: v, issues } = checkForm(NOTICE_FORM, raw);
  const errors = issues as NoticeError[];
  const { title, text, ngo, link, imageUrl, targetGroups, validUntil, sendDate, sendTime } = v;
  const check = (field: NoticeField, code: NoticeErrorCode) => errors.push({ field, code });
  if (bytesInMessage(text) > (ctx.maxTextBytes ?? MAX_NOTICE_TEXT_BYTES) && text.length <= MAX_NOTICE_TEXT)
    check('text', 'tooLong');
  if (link && !isHttpUrl(link)) check('link', 'notHttp');
  if (imageUrl && !isHttpUrl(imageUrl)) check('imageUrl', 'notHttp');
  const topicList = itemsOf(v.topics);
  const kind = v.audienceKind as AudienceKind;
  const ids = itemsOf(v.audienceIds);
  const askAcknowledgement = v.acknowledge === 'true';
  const remindAfterDays = v.remindAfterDays ? Number(v.remindAfterDays) : undefined;
  if (kind && kind !== 'county' && AUDIENCE_KINDS.includes(kind)) {
    if (ids.length === 0) check('audienceIds', 'required');
    else if (ctx.known && ids.some((id) => !ctx.known![kind].has(id))) check('audienceIds', 'unknownValue');
  }
  const today = helsinkiDate(ctx.now);
  if (validUntil && !DateTime.fromISO(validUntil, { zone: COUNTY_TIME_ZONE }).isValid)
    check('validUntil', 'invalidDate');
  else if (validUntil && validUntil < today) check('validUntil', 'inPast');
  let sendAt: string | undefined;
  if (sendDate || sendTime) {
    const local = firstOccurrence(
      DateTime.fromISO(`${sendDate}T${sendTime || '00:00'}`, { zone: COUNTY_TIME_ZONE }),
    );
    if (!sendDate || !local.isValid) check('sendDate', 'invalidDate');
    else if (local.toMillis() <= ctx.now.getTime()) check('sendDate', 'inPast');
    else if (validUntil && sendDate > validUntil) check('sendDate', 'afterValidity');
    else sendAt = local.toUTC().toISO()!;
  }
  // In the form's order, as the card lists them (a field's own checks first).
  errors.sort((a, b) => NOTICE_FIELDS.indexOf(a.field) - NOTICE_FIELDS.indexOf(b.field));
  if (errors.length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'ok',
    value: {
      title,
      text,
      ngo,
      ...(link ? { link } : {}),
      ...(imageUrl ? { imageUrl } : {}),
      topics: [...new Set(topicList)] as Topic[],
      ...(targetGroups ? { targetGroups } : {}),
      ...(askAcknowledgement ? { askAcknowledgement } : {}),
      ...(remindAfterDays ? { remindAfterDays } : {}),
      ...(v.infoScreen === 'true' ? { onInfoScreen: true } : {}),
      audience: { kind, ids: kind === 'county' ? [] : [...new Set(ids)] },
      validUntil,
      ...(sendAt ? { sendAt } : {}),
    },
  };
}

/** The size of `text` inside the message Teams receives: UTF-8 of its JSON string form, quotes excluded. */
export function bytesInMessage(text: string): number {
  return new TextEncoder().encode(JSON.stringify(text)).length - 2;
}

/**
 * On the autumn DST day 03:00–03:59 happens twice in Helsinki; a notice goes out at the first one, as
 * reminders do (see scheduling/reminders.ts). Luxon picks the second.
 */
function firstOccurrence(local: DateTime): DateTime {
  if (!local.isValid) return local;
  const hourEarlier = local.minus({ hours: 1 });
  return hourEarlier.hour === local.hour && hourEarlier.minute === local.minute ? hourEarlier : local;
}
