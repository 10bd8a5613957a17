/**
 * The order form as submitted (card data, never trusted) → order details, or field-level error codes.
 * Each code is the i18n key `orders.error_<code>`; the field's label is `orders.field_<field>`.
 */
import { DateTime } from 'luxon';
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

/** The form's input ids (the Adaptive Card inputs use the same names). */
export const FORM_FIELDS = [
  'unitId',
  'contactName',
  'contactPerson',
  'contactEmail',
  'contactPhone',
  'purpose',
  'themes',
  'language',
  'date',
  'time',
  'durationMinutes',
  'mode',
  'address',
  'audienceSize',
  'description',
  'costCentre',
  'otherWishes',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

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
export interface FormError {
  field: FormField;
  code: FormErrorCode;
}

const ENTRA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FormContext {
  now: Date;
  unitIds: ReadonlySet<string>;
  themes: readonly string[];
}

export type FormResult = { kind: 'ok'; value: OrderDetails } | { kind: 'invalid'; errors: FormError[] };

/**
 * Formats of the optional contact fields, as regular-expression source: the server tests the trimmed value
 * and the form card gives the same pattern to the client (`regex`, which sees the value untrimmed,
 * hence the optional spaces at both ends).
 */
export const FORM_PATTERNS = {
  email: '^\\s*[^\\s@<>()]+@[^\\s@<>()]+\\.[^\\s@<>()]+\\s*$',
  phone: '^\\s*\\+?[\\d\\s()-]{5,20}\\s*$',
} as const;
const EMAIL = new RegExp(FORM_PATTERNS.email);
const PHONE = new RegExp(FORM_PATTERNS.phone);

export function validateOrderForm(raw: Record<string, unknown>, ctx: FormContext): FormResult {
  const errors: FormError[] = [];
  const str = (field: FormField, max = FORM_LIMITS.shortText, required = true): string => {
    const value =
      typeof raw[field] === 'string'
        ? (raw[field] as string).trim()
        : typeof raw[field] === 'number'
          ? String(raw[field])
          : '';
    if (value === '' && required) errors.push({ field, code: 'required' });
    else if (value.length > max) errors.push({ field, code: 'tooLong' });
    return value;
  };
  const oneOf = <T extends string>(field: FormField, allowed: readonly T[]): T => {
    const value = str(field);
    if (value && !allowed.includes(value as T)) errors.push({ field, code: 'unknownValue' });
    return value as T;
  };
  const int = (field: FormField, min: number, max: number): number => {
    const value = str(field);
    const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    if (value && !(n >= min && n <= max)) errors.push({ field, code: 'outOfRange' });
    return n;
  };

  const unitId = str('unitId');
  if (unitId && !ctx.unitIds.has(unitId)) errors.push({ field: 'unitId', code: 'unknownValue' });
  const contactName = str('contactName');
  // The contact as a Teams user (the card's people picker gives the Entra object id): they may then act
  // on the order as the orderer may. Optional: a contact outside Teams is named only.
  const contactPerson = str('contactPerson', 36, false);
  if (contactPerson && !ENTRA_ID.test(contactPerson))
    errors.push({ field: 'contactPerson', code: 'unknownValue' });
  const contactEmail = str('contactEmail', FORM_LIMITS.shortText, false);
  if (contactEmail && !EMAIL.test(contactEmail)) errors.push({ field: 'contactEmail', code: 'invalidEmail' });
  const contactPhone = str('contactPhone', FORM_LIMITS.phone, false);
  if (contactPhone && !PHONE.test(contactPhone)) errors.push({ field: 'contactPhone', code: 'invalidPhone' });
  const purpose = oneOf<Purpose>('purpose', PURPOSES);
  const themeText = str('themes', 1000);
  const themes = themeText
    ? [
        ...new Set(
          themeText
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : [];
  if (themes.some((theme) => !ctx.themes.includes(theme)))
    errors.push({ field: 'themes', code: 'unknownValue' });
  else if (themes.length > FORM_LIMITS.maxThemes) errors.push({ field: 'themes', code: 'tooMany' });
  const language = oneOf<OrderLanguage>('language', ORDER_LANGUAGES);
  const date = str('date', 10);
  const time = str('time', 5);
  const durationMinutes = int('durationMinutes', FORM_LIMITS.minDuration, FORM_LIMITS.maxDuration);
  const mode = oneOf<Mode>('mode', MODES);
  const address = str('address', FORM_LIMITS.shortText, mode === 'onsite');
  const audienceSize = int('audienceSize', FORM_LIMITS.minAudience, FORM_LIMITS.maxAudience);
  const description = str('description', FORM_LIMITS.description);
  const costCentre = str('costCentre', FORM_LIMITS.costCentre);
  const otherWishes = str('otherWishes', FORM_LIMITS.otherWishes, false);

  const startsAt = startInstant(date, time, ctx.now, errors);
  if (errors.length > 0) return { kind: 'invalid', errors: firstPerField(errors) };
  return {
    kind: 'ok',
    value: {
      unitId,
      contact: {
        name: contactName,
        ...(contactPerson ? { aadObjectId: contactPerson.toLowerCase() } : {}),
        ...(contactEmail ? { email: contactEmail } : {}),
        ...(contactPhone ? { phone: contactPhone } : {}),
      },
      purpose,
      themes,
      language,
      date,
      time,
      startsAt,
      durationMinutes,
      mode,
      ...(mode === 'onsite' ? { address } : {}),
      audienceSize,
      description,
      costCentre,
      ...(otherWishes ? { otherWishes } : {}),
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

/** One message per field is enough: the first problem found. */
function firstPerField(errors: FormError[]): FormError[] {
  const seen = new Set<FormField>();
  return errors.filter((e) => !seen.has(e.field) && seen.add(e.field));
}
