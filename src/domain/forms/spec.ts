/**
 * One spec per form: each field's input id, kind, limits, choices and the error code of each check.
 * The server validates card data with the zod schema built from the spec (formSchema), and the card
 * builders draw their inputs from the same spec (label key `<ns>.field_<id>`, maxLength, required,
 * choices, regex, min/max and the message `<ns>.error_<code>`), so a limit is written once.
 */
import { z } from 'zod';

export type FieldKind =
  'text' | 'longText' | 'choice' | 'multiChoice' | 'person' | 'number' | 'date' | 'time' | 'toggle';

export interface FieldSpec<Code extends string = string> {
  kind: FieldKind;
  required: boolean;
  /** Characters, after trimming; for a multi-choice, of the comma-separated value. None: no limit. */
  maxLength?: number;
  /** The label's key `<ns>.field_<label>` when it is not the id. */
  label?: string;
  /** Allowed values; for fields whose choices come from the register, they are given when checking. */
  choices?: readonly string[];
  /** The code when a value is not among the choices (default unknownValue). */
  choiceCode?: Code;
  /** Most values a multi-choice may have. */
  maxItems?: number;
  /** Whole numbers: at most `digits` digits and within min…max, else `rangeCode` (default outOfRange). */
  min?: number;
  max?: number;
  digits?: number;
  rangeCode?: Code;
  /** A format the card checks too (`regex`; it sees the untrimmed value) and its code. */
  pattern?: { source: string; code: Code };
  /** Asked on demand, in the form's second part, after the essentials (optional or with a default). */
  detail?: boolean;
}

export type FormSpec<Field extends string = string> = Readonly<Record<Field, FieldSpec>>;

export interface FieldIssue<Field extends string = string> {
  field: Field;
  code: string;
}

export interface CheckOptions<Field extends string> {
  /** Choices known only when checking (the register's units, the experts' themes). */
  choices?: Partial<Record<Field, readonly string[]>>;
  /** Fields required only in some cases (the address when the event is on site). */
  requiredWhen?: Partial<Record<Field, (values: Record<Field, string>) => boolean>>;
  /** Fields that count only in some cases, then required (the day when the rhythm is a day of the month). */
  onlyWhen?: Partial<Record<Field, (values: Record<Field, string>) => boolean>>;
  /** Numbers in card data count as their text (number inputs); else only strings are read. */
  numbersAsText?: boolean;
}

/** A comma-separated multi-choice value → its distinct non-empty items. */
export const itemsOf = (value: string): string[] => [
  ...new Set(
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

const textOf = (numbersAsText: boolean) => (value: unknown) =>
  typeof value === 'string' ? value.trim() : numbersAsText && typeof value === 'number' ? String(value) : '';

/** The zod schema of one field: card data in, trimmed text out; each issue's message is its code. */
export function fieldSchema(
  spec: FieldSpec,
  choices = spec.choices,
  numbersAsText = false,
): z.ZodType<string> {
  let text = z.string();
  if (spec.required) text = text.min(1, 'required');
  if (spec.maxLength !== undefined) text = text.max(spec.maxLength, 'tooLong');
  const checks: Array<[(value: string) => boolean, string]> = [];
  if (spec.pattern) {
    const format = new RegExp(spec.pattern.source);
    checks.push([(v) => format.test(v), spec.pattern.code]);
  }
  if (choices && spec.kind === 'multiChoice') {
    checks.push([
      (v) => itemsOf(v).every((item) => choices.includes(item)),
      spec.choiceCode ?? 'unknownValue',
    ]);
  } else if (choices) {
    checks.push([(v) => choices.includes(v), spec.choiceCode ?? 'unknownValue']);
  }
  if (spec.maxItems !== undefined) checks.push([(v) => itemsOf(v).length <= spec.maxItems!, 'tooMany']);
  if (spec.kind === 'number') {
    const digits = new RegExp(`^\\d{1,${spec.digits ?? 6}}$`);
    const inRange = (v: string) =>
      digits.test(v) && Number(v) >= (spec.min ?? 0) && Number(v) <= (spec.max ?? Number.MAX_SAFE_INTEGER);
    checks.push([inRange, spec.rangeCode ?? 'outOfRange']);
  }
  // An empty optional field passes every check; the first failing check is the field's code.
  const checked = text.superRefine((value, ctx) => {
    if (value === '') return;
    const failed = checks.find(([passes]) => !passes(value));
    if (failed) ctx.addIssue({ code: z.ZodIssueCode.custom, message: failed[1] });
  });
  return z.preprocess(textOf(numbersAsText), checked) as z.ZodType<string>;
}

/** The zod schema of a whole form, with the choices and conditions known when checking. */
export function formSchema<Field extends string>(spec: FormSpec<Field>, options: CheckOptions<Field> = {}) {
  const all = Object.keys(spec) as Field[];
  const conditional = (field: Field) => options.requiredWhen?.[field] ?? options.onlyWhen?.[field];
  const schemaOf = (field: Field, required: boolean) =>
    fieldSchema(
      { ...spec[field], required },
      options.choices?.[field] ?? spec[field].choices,
      options.numbersAsText,
    );
  // Fields that count only in some cases are checked after the others, when their case holds.
  const always = all.filter((field) => !options.onlyWhen?.[field]);
  const shape = Object.fromEntries(
    always.map((field) => [field, schemaOf(field, spec[field].required && !conditional(field))]),
  ) as Record<Field, z.ZodType<string>>;
  return z
    .object(shape)
    .passthrough()
    .superRefine((parsed, ctx) => {
      const values = parsed as Record<Field, string>;
      for (const field of all) {
        const when = conditional(field);
        if (!when || !when(values)) continue;
        if (options.onlyWhen?.[field]) {
          const result = schemaOf(field, true).safeParse((parsed as Record<string, unknown>)[field]);
          if (!result.success)
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: [field],
              message: result.error.issues[0]!.message,
            });
        } else if (values[field] === '') {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: 'required' });
        }
      }
    });
}

/**
 * Card data → each field's trimmed text, and the first problem of each field in the form's order.
 * Fields missing or of the wrong type (objects, arrays) count as empty.
 */
export function checkForm<Field extends string>(
  spec: FormSpec<Field>,
  raw: Record<string, unknown>,
  options: CheckOptions<Field> = {},
): { values: Record<Field, string>; issues: Array<FieldIssue<Field>> } {
  const fields = Object.keys(spec) as Field[];
  const read = textOf(options.numbersAsText ?? false);
  const values = Object.fromEntries(fields.map((f) => [f, read(raw[f])])) as Record<Field, string>;
  const result = formSchema(spec, options).safeParse(Object.fromEntries(fields.map((f) => [f, raw[f]])));
  if (result.success) return { values, issues: [] };
  const first = new Map<Field, string>();
  for (const issue of result.error.issues) {
    const field = issue.path[0] as Field;
    if (!first.has(field)) first.set(field, issue.message);
  }
  const issues = fields.filter((f) => first.has(f)).map((field) => ({ field, code: first.get(field)! }));
  return { values, issues };
}
