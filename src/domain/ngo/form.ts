/**
 * The NGO page's form (docs/ngo.md §2): one description of every field, used both to render the page's
 * inputs (their limits and kinds) and to validate what the server receives. Pure: the caller passes
 * "now" and the register's units and municipalities.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { TOPICS, type Topic } from '../notices/topics';
import { COUNTY_TIME_ZONE } from '../time';
import {
  ACTIVITY_TYPES,
  MAX_PLACES,
  RECURRENCES,
  SUBMISSION_KINDS,
  SUBMISSION_LANGUAGES,
  type Place,
  type SubmissionForm,
} from './types';

/** Every input of the form, with its limit; the page's `maxlength` and the server's check are the same number. */
export const FIELD_LIMITS = {
  organisation: 120,
  contactName: 80,
  email: 120,
  phone: 30,
  title: 120,
  description: 2000,
  lahellaUrl: 300,
} as const;

export const FORM_FIELDS = [
  'organisation',
  'contactName',
  'email',
  'phone',
  'kind',
  'title',
  'description',
  'topics',
  'place',
  'activityType',
  'recurrence',
  'firstDate',
  'lastDate',
  'startTime',
  'endTime',
  'lahellaUrl',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Why a field was refused; each has a message in every language (i18n "ngo.error_<code>"). */
export type FieldErrorCode =
  | 'required'
  | 'tooLong'
  | 'email'
  | 'phone'
  | 'url'
  | 'date'
  | 'time'
  | 'past'
  | 'reversed'
  | 'tooFar'
  | 'unknownValue'
  | 'tooMany'
  | 'control';

export interface FieldError {
  field: FormField;
  code: FieldErrorCode;
}

/** How far ahead an activity may start, and how long a recurring one may run (docs/ngo.md §2). */
export const MAX_DAYS_AHEAD = 365;
export const MAX_RECURRING_DAYS = 366;

/** What the form may refer to: the register's unit ids and municipalities, and now. */
export interface FormContext {
  now: Date;
  unitIds: ReadonlySet<string>;
  municipalities: ReadonlySet<string>;
}

/** One value as the page sends it: a text, or several for checkboxes. */
export type RawForm = Record<string, unknown>;

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]);
// Control characters other than tab and newlines are refused: nothing in a form needs them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const text = (max: number, required = true) =>
  z.preprocess(
    (v) => {
      const value = first(v);
      return typeof value === 'string'
        ? value.replace(/\r\n?/g, '\n').trim()
        : value === undefined
          ? ''
          : value;
    },
    z
      .string({ invalid_type_error: 'required' })
      .refine((s) => !required || s.length > 0, 'required')
      .refine((s) => s.length <= max, 'tooLong')
      .refine((s) => !CONTROL.test(s), 'control'),
  );
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => first(v) ?? '',
    z
      .string({ invalid_type_error: 'required' })
      .refine((s) => s !== '', 'required')
      .pipe(z.enum(values, { errorMap: () => ({ message: 'unknownValue' }) })),
  );

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;
const PHONE = /^\+?[0-9 ()-]{5,25}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The shape of each field; the rules between fields are checked after (`validateSubmission`). */
export const submissionSpec = z.object({
  organisation: text(FIELD_LIMITS.organisation),
  contactName: text(FIELD_LIMITS.contactName),
  email: text(FIELD_LIMITS.email).refine((s) => s === '' || EMAIL.test(s), 'email'),
  phone: text(FIELD_LIMITS.phone, false).refine((s) => s === '' || PHONE.test(s), 'phone'),
  kind: choice(SUBMISSION_KINDS),
  title: text(FIELD_LIMITS.title),
  description: text(FIELD_LIMITS.description),
  topics: z.preprocess(
    list,
    z
      .array(z.string({ invalid_type_error: 'unknownValue' }))
      .max(TOPICS.length, 'unknownValue')
      .refine((values) => values.every((v) => (TOPICS as readonly string[]).includes(v)), 'unknownValue')
      .transform((values) => [...new Set(values)] as Topic[]),
  ),
  place: z.preprocess(
    (v) => list(v).filter((x) => x !== ''),
    z
      .array(z.string({ invalid_type_error: 'unknownValue' }).max(200, 'unknownValue'))
      .min(1, 'required')
      .max(MAX_PLACES, 'tooMany'),
  ),
  activityType: text(20, false),
  recurrence: text(20, false),
  firstDate: text(10, false),
  lastDate: text(10, false),
  startTime: text(5, false),
  endTime: text(5, false),
  lahellaUrl: text(FIELD_LIMITS.lahellaUrl, false).refine((s) => s === '' || isLahellaUrl(s), 'url'),
  language: z.preprocess(first, z.enum(SUBMISSION_LANGUAGES).catch('fi')),
});

/** An https link on lahella.fi (or one of its subdomains), nothing else. */
export function isLahellaUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const host = url.hostname.toLowerCase();
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      (host === 'lahella.fi' || host.endsWith('.lahella.fi'))
    );
  } catch {
    return false;
  }
}

/** "unit:OU-TUI" or "municipality:Oulu", checked against the register. */
export function parsePlace(value: string, context: FormContext): Place | undefined {
  const [kind, ...rest] = value.split(':');
  const name = rest.join(':');
  if (kind === 'unit' && context.unitIds.has(name)) return { kind: 'unit', unitId: name };
  if (kind === 'municipality' && context.municipalities.has(name))
    return { kind: 'municipality', municipality: name };
  return undefined;
}

export type Validation = { kind: 'ok'; value: SubmissionForm } | { kind: 'invalid'; errors: FieldError[] };

const isFormField = (name: unknown): name is FormField => (FORM_FIELDS as readonly unknown[]).includes(name);

/** Validates a submission from the page or JSON: every field's shape, then the rules between fields. */
export function validateSubmission(raw: RawForm, context: FormContext): Validation {
  const parsed = submissionSpec.safeParse(raw && typeof raw === 'object' ? raw : {});
  const errors: FieldError[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (isFormField(field) && !errors.some((e) => e.field === field))
        errors.push({ field, code: issue.message as FieldErrorCode });
    }
    return { kind: 'invalid', errors };
  }
  const f = parsed.data;
  const places = f.place.map((value) => parsePlace(value, context));
  if (places.some((p) => p === undefined)) errors.push({ field: 'place', code: 'unknownValue' });
  const schedule = f.kind === 'activity' ? checkSchedule(f, context.now, errors) : undefined;
  if (errors.length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'ok',
    value: {
      organisation: f.organisation,
      contactName: f.contactName,
      email: f.email,
      phone: f.phone,
      kind: f.kind,
      title: f.title,
      description: f.description,
      topics: f.topics,
      places: distinctPlaces(places as Place[]),
      ...(schedule ? { schedule } : {}),
      ...(f.lahellaUrl ? { lahellaUrl: f.lahellaUrl } : {}),
      language: f.language,
    },
  };
}

/** The same place chosen twice counts once. */
function distinctPlaces(places: readonly Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = p.kind === 'unit' ? `unit:${p.unitId}` : `municipality:${p.municipality}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Parsed = z.infer<typeof submissionSpec>;

/** An activity's dates and times (Helsinki): not in the past, the end after the start, within limits. */
function checkSchedule(f: Parsed, now: Date, errors: FieldError[]): SubmissionForm['schedule'] {
  const before = errors.length;
  const need = (field: FormField, value: string, valid: boolean, code: FieldErrorCode) => {
    if (value === '') errors.push({ field, code: 'required' });
    else if (!valid) errors.push({ field, code });
  };
  need(
    'activityType',
    f.activityType,
    (ACTIVITY_TYPES as readonly string[]).includes(f.activityType),
    'unknownValue',
  );
  need('recurrence', f.recurrence, (RECURRENCES as readonly string[]).includes(f.recurrence), 'unknownValue');
  const firstDay = day(f.firstDate);
  need('firstDate', f.firstDate, firstDay !== undefined, 'date');
  need('startTime', f.startTime, TIME.test(f.startTime), 'time');
  need('endTime', f.endTime, TIME.test(f.endTime), 'time');
  const recurring = f.recurrence !== '' && f.recurrence !== 'once';
  const lastDay = recurring ? day(f.lastDate) : firstDay;
  if (recurring) need('lastDate', f.lastDate, lastDay !== undefined, 'date');
  if (errors.length > before) return undefined;

  const today = DateTime.fromJSDate(now, { zone: COUNTY_TIME_ZONE }).startOf('day');
  const start = firstDay!.set(clock(f.startTime));
  if (start.toMillis() <= now.getTime()) errors.push({ field: 'firstDate', code: 'past' });
  else if (firstDay!.diff(today, 'days').days > MAX_DAYS_AHEAD)
    errors.push({ field: 'firstDate', code: 'tooFar' });
  if (f.endTime <= f.startTime) errors.push({ field: 'endTime', code: 'reversed' });
  if (recurring) {
    if (lastDay! < firstDay!) errors.push({ field: 'lastDate', code: 'reversed' });
    else if (lastDay!.diff(firstDay!, 'days').days > MAX_RECURRING_DAYS)
      errors.push({ field: 'lastDate', code: 'tooFar' });
  }
  if (errors.length > before) return undefined;
  return {
    activityType: f.activityType as (typeof ACTIVITY_TYPES)[number],
    recurrence: f.recurrence as (typeof RECURRENCES)[number],
    firstDate: f.firstDate,
    lastDate: recurring ? f.lastDate : f.firstDate,
    startTime: f.startTime,
    endTime: f.endTime,
  };
}

/** A real calendar day in Helsinki, or undefined ("2026-02-30" is not one). */
function day(value: string): DateTime | undefined {
  if (!DATE.test(value)) return undefined;
  const parsed = DateTime.fromISO(value, { zone: COUNTY_TIME_ZONE });
  return parsed.isValid ? parsed.startOf('day') : undefined;
}

const clock = (hhmm: string) => ({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)) });
