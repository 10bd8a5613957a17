/** The notice form (card data, never trusted) → a notice draft, or field-level error codes (docs/notices.md §1). */
import { DateTime } from 'luxon';
import { COUNTY_TIME_ZONE, helsinkiDate } from '../time';
import { isTopic, type Topic } from './topics';
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
export const NOTICE_FIELDS = [
  'title',
  'text',
  'ngo',
  'link',
  'imageUrl',
  'topics',
  'targetGroups',
  'audienceKind',
  'audienceIds',
  'validUntil',
  'sendDate',
  'sendTime',
  'remindAfterDays',
] as const;
export type NoticeField = (typeof NOTICE_FIELDS)[number];
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
  const errors: NoticeError[] = [];
  const str = (field: NoticeField, max: number, required: boolean): string => {
    const value = typeof raw[field] === 'string' ? (raw[field] as string).trim() : '';
    if (!value && required) errors.push({ field, code: 'required' });
    else if (value.length > max) errors.push({ field, code: 'tooLong' });
    return value;
  };
  const title = str('title', 200, true);
  const text = str('text', MAX_NOTICE_TEXT, true);
  if (bytesInMessage(text) > (ctx.maxTextBytes ?? MAX_NOTICE_TEXT_BYTES) && text.length <= MAX_NOTICE_TEXT)
    errors.push({ field: 'text', code: 'tooLong' });
  const ngo = str('ngo', 200, true);
  const link = str('link', 2000, false);
  if (link && !isHttpUrl(link)) errors.push({ field: 'link', code: 'notHttp' });
  const imageUrl = str('imageUrl', 2000, false);
  if (imageUrl && !isHttpUrl(imageUrl)) errors.push({ field: 'imageUrl', code: 'notHttp' });
  const topicList = str('topics', 1000, true)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (topicList.some((topic) => !isTopic(topic))) errors.push({ field: 'topics', code: 'unknownTopic' });
  const targetGroups = str('targetGroups', 500, false);
  // The form's toggle sends 'true' or 'false'; anything else is "not asked".
  const askAcknowledgement = raw.acknowledge === 'true';
  const remindText = str('remindAfterDays', 10, false);
  // Digits only: Number() would also read '0x3' and '1e1'.
  const remindAfterDays = remindText ? (/^\d{1,2}$/.test(remindText) ? Number(remindText) : NaN) : undefined;
  if (
    remindAfterDays !== undefined &&
    remindText.length <= 10 &&
    !(Number.isInteger(remindAfterDays) && remindAfterDays >= 1 && remindAfterDays <= MAX_REMIND_AFTER_DAYS)
  )
    errors.push({ field: 'remindAfterDays', code: 'outOfRange' });
  const kind = str('audienceKind', 20, true) as AudienceKind;
  if (kind && !AUDIENCE_KINDS.includes(kind)) errors.push({ field: 'audienceKind', code: 'unknownValue' });
  const ids = str('audienceIds', 4000, false)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (kind && kind !== 'county' && AUDIENCE_KINDS.includes(kind)) {
    if (ids.length === 0) errors.push({ field: 'audienceIds', code: 'required' });
    else if (ctx.known && ids.some((id) => !ctx.known![kind].has(id)))
      errors.push({ field: 'audienceIds', code: 'unknownValue' });
  }
  const today = helsinkiDate(ctx.now);
  const validUntil = str('validUntil', 10, true);
  if (validUntil && !DateTime.fromISO(validUntil, { zone: COUNTY_TIME_ZONE }).isValid)
    errors.push({ field: 'validUntil', code: 'invalidDate' });
  else if (validUntil && validUntil < today) errors.push({ field: 'validUntil', code: 'inPast' });
  const sendDate = str('sendDate', 10, false);
  const sendTime = str('sendTime', 5, false);
  let sendAt: string | undefined;
  if (sendDate || sendTime) {
    const local = firstOccurrence(
      DateTime.fromISO(`${sendDate}T${sendTime || '00:00'}`, { zone: COUNTY_TIME_ZONE }),
    );
    if (!sendDate || !local.isValid) errors.push({ field: 'sendDate', code: 'invalidDate' });
    else if (local.toMillis() <= ctx.now.getTime()) errors.push({ field: 'sendDate', code: 'inPast' });
    else if (validUntil && sendDate > validUntil) errors.push({ field: 'sendDate', code: 'afterValidity' });
    else sendAt = local.toUTC().toISO()!;
  }
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
