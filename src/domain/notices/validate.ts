/** The notice form (card data, never trusted) → a notice draft, or field-level error codes (docs/notices.md §1). */
import { DateTime } from 'luxon';
import { COUNTY_TIME_ZONE, helsinkiDate } from '../time';
import { checkForm, itemsOf, type FieldSpec, type FormSpec } from '../forms/spec';
import { TOPICS, type Topic } from './topics';
import { AUDIENCE_KINDS, type Audience, type AudienceKind } from './types';

/**
 * Teams rejects a message over about 28 KB (the whole activity, card included). The notice text is
 * capped at 10,000 characters and at 10,000 bytes as it travels: UTF-8 inside the card's JSON, where ä
 * and ö take two bytes and a quote, a backslash or a line break two as well. That leaves room for the
 * largest card that carries it: the form drawn again with every field at its maximum, the
 * coordinator's audience choices and every error (docs/notices.md §1).
 */
export const MAX_NOTICE_TEXT = 10_000;
export const MAX_NOTICE_TEXT_BYTES = 10_000;
/** Link and image addresses: long enough for any real address, short enough for the card budget. */
export const MAX_NOTICE_URL = 1000;
/** A send date without a time goes out at this Helsinki time (docs/notices.md §1). */
export const DEFAULT_SEND_TIME = '08:00';
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

/** An http(s) address, as the card can check it (spaces around it are trimmed; the server parses it too). */
const WEB_ADDRESS = { source: '^\\s*[hH][tT][tT][pP][sS]?://\\S+\\s*$', code: 'notHttp' } as const;

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
  link: { ...text(MAX_NOTICE_URL, false), pattern: WEB_ADDRESS },
  imageUrl: { ...text(MAX_NOTICE_URL, false), pattern: WEB_ADDRESS },
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
  // One list per level (the coordinator's form shows all three; a liaison's only their units).
  audienceIds: { kind: 'multiChoice', required: false, maxLength: 4000 },
  municipalityIds: { kind: 'multiChoice', required: false, maxLength: 4000 },
  areaIds: { kind: 'multiChoice', required: false, maxLength: 4000 },
  validUntil: { kind: 'date', required: true, maxLength: 10 },
  sendDate: { kind: 'date', required: false, maxLength: 10 },
  sendTime: { kind: 'time', required: false, maxLength: 5 },
} as const satisfies FormSpec;

export type NoticeField = keyof typeof NOTICE_FORM;
/** The form's list of ids for each audience level. */
export const ID_FIELD: Readonly<Record<Exclude<AudienceKind, 'county'>, NoticeField>> = {
  units: 'audienceIds',
  municipalities: 'municipalityIds',
  areas: 'areaIds',
};
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
  const hasIssue = (field: NoticeField) => errors.some((e) => e.field === field);
  if (link && !hasIssue('link') && !isHttpUrl(link)) check('link', 'notHttp');
  if (imageUrl && !hasIssue('imageUrl') && !isHttpUrl(imageUrl)) check('imageUrl', 'notHttp');
  const topicList = itemsOf(v.topics);
  const kind = v.audienceKind as AudienceKind;
  const idsField: NoticeField = kind && kind !== 'county' && ID_FIELD[kind] ? ID_FIELD[kind] : 'audienceIds';
  const ids = itemsOf(v[idsField]);
  const askAcknowledgement = v.acknowledge === 'true';
  const remindAfterDays = v.remindAfterDays ? Number(v.remindAfterDays) : undefined;
  if (kind && kind !== 'county' && AUDIENCE_KINDS.includes(kind)) {
    if (ids.length === 0) check(idsField, 'required');
    else if (ctx.known && ids.some((id) => !ctx.known![kind].has(id))) check(idsField, 'unknownValue');
  }
  const today = helsinkiDate(ctx.now);
  if (validUntil && !DateTime.fromISO(validUntil, { zone: COUNTY_TIME_ZONE }).isValid)
    check('validUntil', 'invalidDate');
  else if (validUntil && validUntil < today) check('validUntil', 'inPast');
  let sendAt: string | undefined;
  if (sendDate || sendTime) {
    const local = firstOccurrence(
      DateTime.fromISO(`${sendDate}T${sendTime || DEFAULT_SEND_TIME}`, { zone: COUNTY_TIME_ZONE }),
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

/** The longest start of `text` a notice may carry: within its character and byte caps. */
export function fitNoticeText(text: string): string {
  let keep = Math.min(text.length, MAX_NOTICE_TEXT);
  // A character takes at most 6 bytes escaped (\uXXXX): each step cuts at least the excess's worth.
  for (let excess = bytesInMessage(text.slice(0, keep)) - MAX_NOTICE_TEXT_BYTES; excess > 0;) {
    keep -= Math.max(1, Math.floor(excess / 6));
    excess = bytesInMessage(text.slice(0, keep)) - MAX_NOTICE_TEXT_BYTES;
  }
  return text.slice(0, keep);
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
