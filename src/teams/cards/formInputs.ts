import type { FieldSpec } from '../../domain/forms/spec';
import type { MessageKey, Translate } from '../../i18n';
import {
  choiceInput,
  dateInput,
  numberInput,
  peoplePicker,
  textInput,
  timeInput,
  toggleInput,
  type Element,
} from './adaptive';

export interface InputExtras {
  /** Titles for the choices (the spec holds the values, or they come from the register). */
  choices?: Array<{ title: string; value: string }>;
  /** Radio buttons instead of a drop-down. */
  expanded?: boolean;
  /** A drop-down the user can type into to narrow its choices (Adaptive Cards 1.5). */
  filtered?: boolean;
  /** More choices on demand: a typeahead the bot answers for this dataset (`application/search`). */
  dataset?: string;
  /** The value when the form has none yet. */
  initial?: string;
  /** The earliest date a date picker offers. */
  minDate?: string;
  /** A message of the card's own instead of the spec's. */
  errorMessage?: string;
  /** A toggle's text beside the switch (the label stays above it). */
  title?: string;
}

/**
 * A catalogue key of a form spec (label, error message, choice title). Specs name their fields and codes
 * as data, so the key is checked when the form is drawn (the card tests draw every field of every
 * spec; a missing key throws), not by the compiler.
 */
const specKey = (key: string) => key as MessageKey;

/** The comma-separated items of `value` that are among the choices (undefined when none is). */
function known(value: string | undefined, choices: ReadonlyArray<{ value: string }>): string | undefined {
  if (value === undefined) return undefined;
  const values = new Set(choices.map((c) => c.value));
  const kept = value.split(',').filter((item) => values.has(item.trim()));
  return kept.length > 0 ? kept.join(',') : value === '' ? '' : undefined;
}

/**
 * The Adaptive Card input of one field of a form spec (domain/forms/spec.ts): id, label
 * (`<ns>.field_<id>`), required, maxLength, regex, min/max and choices as the server checks them, and
 * the message `<ns>.error_<code>` for what the card itself refuses.
 */
export function specInput(
  ns: string,
  id: string,
  spec: FieldSpec,
  values: Record<string, string>,
  t: Translate,
  extras: InputExtras = {},
): Element {
  const label = t(specKey(`${ns}.field_${spec.label ?? id}`));
  // Every check the card makes has a message (the card gate requires one): the format's, else the
  // required field's, else the range's.
  const ranged = spec.min !== undefined || spec.max !== undefined;
  const code =
    spec.pattern?.code ??
    (spec.required ? 'required' : undefined) ??
    (ranged ? (spec.rangeCode ?? 'outOfRange') : undefined);
  const errorMessage =
    extras.errorMessage ?? (code ? t(specKey(`${ns}.error_${code}`), { field: label }) : undefined);
  const base = {
    ...(spec.required ? { required: true } : {}),
    ...(errorMessage ? { errorMessage } : {}),
    value: values[id] ?? extras.initial,
  };
  const choices =
    extras.choices ??
    (spec.choices ?? []).map((value) => ({ title: t(specKey(`${ns}.${id}_${value}`)), value }));
  // A number picked from named choices (weekdays): a choice set of the same values.
  const kind = spec.kind === 'number' && extras.choices ? 'choice' : spec.kind;
  switch (kind) {
    case 'text':
    case 'longText':
      return textInput(id, label, {
        ...base,
        ...(spec.maxLength !== undefined ? { maxLength: spec.maxLength } : {}),
        ...(spec.kind === 'longText' ? { multiline: true } : {}),
        ...(spec.pattern ? { regex: spec.pattern.source } : {}),
      });
    case 'choice':
    case 'multiChoice':
      return choiceInput(id, label, choices, {
        ...base,
        // Only values among the choices come back (a forged or stale value is not echoed); a typeahead
        // offers more than its static choices, so its value stays as it is.
        value: extras.dataset ? base.value : known(base.value, choices),
        ...(kind === 'multiChoice' ? { multi: true } : {}),
        ...(extras.expanded ? { expanded: true } : {}),
        ...(extras.filtered ? { filtered: true } : {}),
        ...(extras.dataset ? { dataset: extras.dataset } : {}),
      });
    case 'person':
      return peoplePicker(id, label, choices, { value: base.value });
    case 'number':
      return numberInput(id, label, { ...base, min: spec.min, max: spec.max });
    case 'date':
      return dateInput(id, label, { ...base, ...(extras.minDate ? { min: extras.minDate } : {}) });
    case 'time':
      return timeInput(id, label, base);
    case 'toggle':
      return toggleInput(id, label, extras.title ?? label, values[id] === 'true');
  }
}
