/**
 * Minimal typed builders for Adaptive Card 1.5. Data from the register goes into TextRun elements,
 * which clients never parse as markdown, so a name like "**Aino**" or "<b>Aino</b>" shows as typed.
 */
import { messageKey, type KeySuffix, type Translate } from '../../i18n';

export type Element = Record<string, unknown> & { type: string };
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  actions?: Element[];
  refresh?: unknown;
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function card(body: Element[], actions: Element[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** A heading or sentence written by Silta itself (our own catalogue text; markdown allowed). */
/** A heading. Plain text: it often carries register data (unit names), so it is never parsed as markdown. */
export function heading(text: string, size: 'medium' | 'large' = 'medium'): Element {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, size, weight: 'bolder' }] };
}

/** A sentence of plain text (messages may quote what the user wrote, so nothing is rendered as markdown). */
export function sentence(text: string, options: { subtle?: boolean; spacing?: string } = {}): Element {
  return {
    type: 'RichTextBlock',
    ...(options.spacing ? { spacing: options.spacing } : {}),
    inlines: [{ type: 'TextRun', text, ...(options.subtle ? { isSubtle: true } : {}) }],
  };
}

export interface Run {
  text: string;
  bold?: boolean;
  subtle?: boolean;
  url?: string;
}

/** A line of literal text runs (never markdown), optionally with links. */
export function runs(parts: Run[], spacing?: string): Element {
  return {
    type: 'RichTextBlock',
    ...(spacing ? { spacing } : {}),
    inlines: parts.map((part) => ({
      type: 'TextRun',
      text: part.text,
      ...(part.bold ? { weight: 'bolder' } : {}),
      ...(part.subtle ? { isSubtle: true } : {}),
      ...(part.url ? { selectAction: { type: 'Action.OpenUrl', url: part.url } } : {}),
    })),
  };
}

export function container(items: Element[], options: { separator?: boolean; style?: string } = {}): Element {
  return {
    type: 'Container',
    items,
    ...(options.separator ? { separator: true, spacing: 'medium' } : {}),
    ...(options.style ? { style: options.style } : {}),
  };
}

export function execute(title: string, verb: string, data: Record<string, unknown> = {}): Element {
  return { type: 'Action.Execute', title, verb, data: { verb, ...data } };
}

export function openUrl(title: string, url: string): Element {
  return { type: 'Action.OpenUrl', title, url };
}

export function actionSet(actions: Element[]): Element {
  return { type: 'ActionSet', actions };
}

/** The message attachment for a card. */
export function attachment(content: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: CARD_CONTENT_TYPE, content };
}

/** Inputs: every one has a label (Teams reads it out and shows it above the field). */
interface InputOptions {
  required?: boolean;
  errorMessage?: string;
  value?: string;
  placeholder?: string;
}
const inputBase = (id: string, label: string, o: InputOptions) => ({
  id,
  label,
  ...(o.required ? { isRequired: true } : {}),
  ...(o.errorMessage ? { errorMessage: o.errorMessage } : {}),
  ...(o.value !== undefined && o.value !== '' ? { value: o.value } : {}),
  ...(o.placeholder ? { placeholder: o.placeholder } : {}),
});

export function textInput(
  id: string,
  label: string,
  o: InputOptions & { maxLength?: number; multiline?: boolean; regex?: string } = {},
): Element {
  return {
    type: 'Input.Text',
    ...inputBase(id, label, o),
    ...(o.maxLength ? { maxLength: o.maxLength } : {}),
    ...(o.multiline ? { isMultiline: true } : {}),
    ...(o.regex ? { regex: o.regex } : {}),
  };
}

export function choiceInput(
  id: string,
  label: string,
  choices: Array<{ title: string; value: string }>,
  o: InputOptions & { multi?: boolean; expanded?: boolean } = {},
): Element {
  return {
    type: 'Input.ChoiceSet',
    ...inputBase(id, label, o),
    choices,
    style: o.expanded ? 'expanded' : 'compact',
    ...(o.multi ? { isMultiSelect: true } : {}),
  };
}

/**
 * Teams' people picker: a choice set filled from the organisation's directory; its value is the chosen
 * person's Entra object id. Clients without it show an empty choice set, so the field must be optional.
 */
export function peoplePicker(id: string, label: string, o: InputOptions = {}): Element {
  return {
    type: 'Input.ChoiceSet',
    ...inputBase(id, label, o),
    choices: [],
    'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
  };
}

export function dateInput(id: string, label: string, o: InputOptions & { min?: string } = {}): Element {
  return { type: 'Input.Date', ...inputBase(id, label, o), ...(o.min ? { min: o.min } : {}) };
}

export function timeInput(id: string, label: string, o: InputOptions = {}): Element {
  return { type: 'Input.Time', ...inputBase(id, label, o) };
}

export function numberInput(
  id: string,
  label: string,
  o: InputOptions & { min?: number; max?: number } = {},
): Element {
  return {
    type: 'Input.Number',
    ...inputBase(id, label, o),
    ...(o.min !== undefined ? { min: o.min } : {}),
    ...(o.max !== undefined ? { max: o.max } : {}),
  };
}

/** A button that opens a small form under the card (inputs + its own submit). */
export function showCard(title: string, body: Element[], actions: Element[]): Element {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body, actions } };
}

export function image(url: string, altText: string): Element {
  return { type: 'Image', url, altText, size: 'stretch' };
}

/** Sets `refresh` so the listed users' clients fetch their own view of a shared card (at most 60 users). */
export function withRefresh(
  content: AdaptiveCard,
  verb: string,
  data: Record<string, unknown>,
  userIds: string[],
): AdaptiveCard {
  if (userIds.length === 0) return content;
  return {
    ...content,
    refresh: {
      action: { type: 'Action.Execute', verb, data: { verb, ...data } },
      userIds: userIds.slice(0, 60),
    },
  };
}

const REQUIRED = { orders: 'orders.error_required', notices: 'notices.error_required' } as const;

/**
 * A form's labels and required-field options, from the catalogue's `<ns>.field_<name>` and
 * `<ns>.error_required` messages, with the values the form is filled in with.
 */
export function formFields<NS extends keyof typeof REQUIRED>(
  ns: NS,
  values: Record<string, string>,
  t: Translate,
) {
  const label = (field: KeySuffix<`${NS}.field_`>) => t(messageKey(`${ns}.field_`, field));
  const required = (field: KeySuffix<`${NS}.field_`>) => ({
    required: true,
    errorMessage: t(REQUIRED[ns], { field: label(field) }),
    value: values[field],
  });
  return { label, required };
}
