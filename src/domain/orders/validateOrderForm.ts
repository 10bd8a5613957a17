/**
 * The order form as submitted (card data, never trusted) → order details, or field-level error codes.
 * Each code is the i18n key `orders.error_<code>`; the field's label is `orders.field_<field>`.
 */
import { DateTime } from 'luxon';
import { checkForm, itemsOf, type FieldSpec, type FormSpec } from '../forms/spec';
import { COUNTY_TIME_ZONE } from '../time';
import {
  MODES,
  ORDER_LANGUAGES,
  PURPOSES,
  type Mode,
  type OrderDetails,
  type OrderLanguage,
  type Purpose,
} from './types';

/** The limits the rules themselves use (the form spec below takes its numbers from here). */
export const FORM_LIMITS = {
  shortText: 200,
  description: 2000,
  otherWishes: 200,
  /** kustannuspaikka: free form in the county's ledger, so only its length is checked */
  costCentre: 40,
  phone: 40,
  minDuration: 15,
  maxDuration: 480,
  minAudience: 1,
  maxAudience: 1000,
  maxThemes: 5,
};

/** Error codes; each is the i18n key `orders.error_<code>`. */
export const FORM_ERROR_CODES = [
  'required',
  'tooLong',
  'invalidEmail',
  'invalidPhone',
  'invalidDate',
  'invalidTime',
  'inPast',
  'outOfRange',
  'unknownValue',
  'tooMany',
] as const;
export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

/**
 * Formats of the optional contact fields, as regular-expression source: the server tests the trimmed value
 * and the form card gives the same pattern to the client (`regex`, which sees the value untrimmed,
 * hence the optional spaces at both ends).
 */
export const FORM_PATTERNS = {
  email: '^\\s*[^\\s@<>()]+@[^\\s@<>()]+\\.[^\\s@<>()]+\\s*$',
  phone: '^\\s*\\+?[\\d\\s()-]{5,20}\\s*$',
} as const;

const ENTRA_ID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const text = (maxLength: number, required = true): FieldSpec<FormErrorCode> => ({
  kind: 'text',
  required,
  maxLength,
});
const choice = (choices?: readonly string[]): FieldSpec<FormErrorCode> => ({
  kind: 'choice',
  required: true,
  maxLength: FORM_LIMITS.shortText,
  ...(choices ? { choices } : {}),
});
const whole = (min: number, max: number): FieldSpec<FormErrorCode> => ({
  kind: 'number',
  required: true,
  maxLength: FORM_LIMITS.shortText,
  min,
  max,
});

/**
 * The order form, field by field in the card's order: first the essentials (what, when, where, who pays),
 * then the details asked on demand (`detail`: the contact person, the language, other wishes), each
 * optional or with a default, so the form can be sent from its first part (docs/orders.md §1). The units
 * (unitId) and themes come from the register when checking; the address is required for an event on
 * site; date and time are checked as a Helsinki start after the fields (startInstant); an empty contact
 * name is the orderer's, no language is Finnish.
 */
export const ORDER_FORM = {
  unitId: choice(),
  purpose: choice(PURPOSES),
  themes: { kind: 'multiChoice', required: true, maxLength: 1000, maxItems: FORM_LIMITS.maxThemes },
  date: { kind: 'date', required: true, maxLength: 10 },
  time: { kind: 'time', required: true, maxLength: 5 },
  durationMinutes: whole(FORM_LIMITS.minDuration, FORM_LIMITS.maxDuration),
  mode: choice(MODES),
  address: text(FORM_LIMITS.shortText, false),
  audienceSize: whole(FORM_LIMITS.minAudience, FORM_LIMITS.maxAudience),
  description: { ...text(FORM_LIMITS.description), kind: 'longText' },
  costCentre: text(FORM_LIMITS.costCentre),
  contactName: { ...text(FORM_LIMITS.shortText, false), detail: true },
  // The contact as a Teams user (the card's people picker gives the Entra object id): they may then act
  // on the order as the orderer may. Optional: a contact outside Teams is named only.
  contactPerson: {
    kind: 'person',
    required: false,
    maxLength: 36,
    pattern: { source: ENTRA_ID, code: 'unknownValue' },
    detail: true,
  },
  contactEmail: {
    ...text(FORM_LIMITS.shortText, false),
    pattern: { source: FORM_PATTERNS.email, code: 'invalidEmail' },
    detail: true,
  },
  contactPhone: {
    ...text(FORM_LIMITS.phone, false),
    pattern: { source: FORM_PATTERNS.phone, code: 'invalidPhone' },
    detail: true,
  },
  language: { ...choice(ORDER_LANGUAGES), required: false, detail: true },
  otherWishes: { ...text(FORM_LIMITS.otherWishes, false), kind: 'longText', detail: true },
} as const satisfies FormSpec;

export type FormField = keyof typeof ORDER_FORM;
/** The form's input ids (the Adaptive Card inputs use the same names). */
export const FORM_FIELDS = Object.keys(ORDER_FORM) as FormField[];
/** The form's two parts: the essentials, then the details asked on demand. */
export type FormPart = 'essentials' | 'details';
export const fieldsOf = (part: FormPart): FormField[] =>
  FORM_FIELDS.filter((field) => 'detail' in ORDER_FORM[field] === (part === 'details'));

export interface FormError {
  field: FormField;
  code: FormErrorCode;
}

export interface FormContext {
  now: Date;
  unitIds: ReadonlySet<string>;
  themes: readonly string[];
  /** The orderer's name: the contact person when the form names none. */
  ordererName?: string;
}

export type FormResult = { kind: 'ok'; value: OrderDetails } | { kind: 'invalid'; errors: FormError[] };

export function validateOrderForm(raw: Record<string, unknown>, ctx: FormContext): FormResult {
  const { values: v, issues } = checkForm(ORDER_FORM, raw, {
    choices: { unitId: [...ctx.unitIds], themes: ctx.themes },
    requiredWhen: { address: (values) => values.mode === 'onsite' },
    numbersAsText: true,
  });
  const errors = issues as FormError[];
  const contactName = v.contactName || (ctx.ordererName ?? '').trim().slice(0, FORM_LIMITS.shortText);
  if (!contactName) errors.push({ field: 'contactName', code: 'required' });
  const startsAt = startInstant(v.date, v.time, ctx.now, errors);
  if (errors.length > 0) return { kind: 'invalid', errors: inFormOrder(firstPerField(errors)) };
  const mode = v.mode as Mode;
  return {
    kind: 'ok',
    value: {
      unitId: v.unitId,
      contact: {
        name: contactName,
        ...(v.contactPerson ? { aadObjectId: v.contactPerson.toLowerCase() } : {}),
        ...(v.contactEmail ? { email: v.contactEmail } : {}),
        ...(v.contactPhone ? { phone: v.contactPhone } : {}),
      },
      purpose: v.purpose as Purpose,
      themes: itemsOf(v.themes),
      language: (v.language || 'fi') as OrderLanguage,
      date: v.date,
      time: v.time,
      startsAt,
      durationMinutes: Number(v.durationMinutes),
      mode,
      ...(mode === 'onsite' ? { address: v.address } : {}),
      audienceSize: Number(v.audienceSize),
      description: v.description,
      costCentre: v.costCentre,
      ...(v.otherWishes ? { otherWishes: v.otherWishes } : {}),
    },
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The event start as a UTC instant from the Helsinki wall-clock date and time. A time that does not exist
 * (the hour skipped when summer time starts) is invalid; in the hour repeated when it ends, the standard-time
 * (second) occurrence is taken, as luxon resolves it. Nobody meets at 03:30; the rule only has to be fixed.
 */
function startInstant(date: string, time: string, now: Date, errors: FormError[]): string {
  const dateOk = DATE.test(date);
  const timeOk = TIME.test(time);
  if (date && !dateOk) errors.push({ field: 'date', code: 'invalidDate' });
  if (time && !timeOk) errors.push({ field: 'time', code: 'invalidTime' });
  if (!dateOk || !timeOk) return '';
  const day = DateTime.fromISO(date, { zone: COUNTY_TIME_ZONE });
  if (!day.isValid) {
    errors.push({ field: 'date', code: 'invalidDate' });
    return '';
  }
  const local = DateTime.fromISO(`${date}T${time}`, { zone: COUNTY_TIME_ZONE });
  if (!local.isValid || local.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) {
    errors.push({ field: 'time', code: 'invalidTime' });
    return '';
  }
  if (local.toMillis() <= now.getTime()) {
    errors.push({ field: 'date', code: 'inPast' });
    return '';
  }
  return local.toUTC().toISO()!;
}

/** The messages in the order of the fields on the form. */
function inFormOrder(errors: FormError[]): FormError[] {
  return [...errors].sort((a, b) => FORM_FIELDS.indexOf(a.field) - FORM_FIELDS.indexOf(b.field));
}

/** One message per field is enough: the first problem found. */
function firstPerField(errors: FormError[]): FormError[] {
  const seen = new Set<FormField>();
  return errors.filter((e) => !seen.has(e.field) && seen.add(e.field));
}
