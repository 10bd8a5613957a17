/**
 * Minimal typed builders for Adaptive Card 1.5. Data from the register goes into TextRun elements,
 * which clients never parse as markdown, so a name like "**Aino**" or "<b>Aino</b>" shows as typed.
 */
import { messageKey, type KeySuffix, type Translate } from '../../i18n';
import type {
  Action,
  ActionSet,
  AdaptiveCard,
  BodyElement,
  CardInvokeResponse,
  Choice,
  ChoiceSetInput,
  Container,
  ContainerStyle,
  DateInput,
  ExecuteAction,
  FactSet,
  Image,
  Labelled,
  NumberInput,
  OpenUrlAction,
  RichTextBlock,
  ShowCardAction,
  Spacing,
  TextBlock,
  TextInput,
  TextRun,
  TimeInput,
  ToggleInput,
} from './schema';

export type { Action, AdaptiveCard, BodyElement, Element } from './schema';

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function card(body: BodyElement[], actions: Action[] = []): AdaptiveCard {
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
export function heading(text: string, size: 'medium' | 'large' = 'medium'): RichTextBlock {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, size, weight: 'bolder' }] };
}

/** A sentence of plain text (messages may quote what the user wrote, so nothing is rendered as markdown). */
export function sentence(text: string, options: { subtle?: boolean; spacing?: Spacing } = {}): RichTextBlock {
  return {
    type: 'RichTextBlock',
    spacing: options.spacing || undefined,
    inlines: [{ type: 'TextRun', text, isSubtle: options.subtle || undefined }],
  };
}

export interface Run {
  text: string;
  bold?: boolean;
  subtle?: boolean;
  url?: string;
}

/** A line of literal text runs (never markdown), optionally with links. */
export function runs(parts: Run[], spacing?: Spacing): RichTextBlock {
  return {
    type: 'RichTextBlock',
    spacing: spacing || undefined,
    inlines: parts.map((part): TextRun => ({
      type: 'TextRun',
      text: part.text,
      weight: part.bold ? 'bolder' : undefined,
      isSubtle: part.subtle || undefined,
      selectAction: part.url ? { type: 'Action.OpenUrl', url: part.url } : undefined,
    })),
  };
}

/**
 * The marks that can start markdown (emphasis, code, links, HTML, headings, lists) escaped with a
 * backslash, so text typed by people or taken from the register shows as written in a FactSet, whose
 * values clients render as markdown (the rest of Silta's cards use TextRuns, never markdown). Other
 * characters stay as they are, so a client that ignores the escapes shows at most a stray backslash
 * before a rare mark.
 */
export function literal(text: string): string {
  return text
    .replace(/[\\`*_~[\]<>]/g, (mark) => `\\${mark}`)
    .replace(
      /^(\s*)(#|[-+]|\d+\.)(?=\s)/,
      (_, space: string, marker: string) => `${space}${marker.replace(/([-+.#])$/, '\\$1')}`,
    );
}

/** A compact two-column list of labels and values; empty values are left out, values shown literally. */
export function facts(pairs: Array<[string, string | undefined]>, spacing?: Spacing): FactSet {
  return {
    type: 'FactSet',
    spacing: spacing || undefined,
    facts: pairs
      .filter((pair): pair is [string, string] => !!pair[1])
      .map(([title, value]) => ({ title, value: literal(value) })),
  };
}

export function container(
  items: BodyElement[],
  options: { separator?: boolean; style?: ContainerStyle } = {},
): Container {
  return {
    type: 'Container',
    items,
    separator: options.separator || undefined,
    spacing: options.separator ? 'medium' : undefined,
    style: options.style || undefined,
  };
}

/** Plain text that clients may render as markdown: only for Silta's own wording or text meant as markdown. */
export function textBlock(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true };
}

export function execute(title: string, verb: string, data: Record<string, unknown> = {}): ExecuteAction {
  return { type: 'Action.Execute', title, verb, data: { verb, ...data } };
}

/** A button in a message-extension dialog, which submits with Action.Submit (Action.Execute is for chat cards). */
export function submit(title: string): Action {
  return { type: 'Action.Submit', title };
}

export function openUrl(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function actionSet(actions: Action[]): ActionSet {
  return { type: 'ActionSet', actions };
}

/** The message attachment for a card. */
export function attachment(content: AdaptiveCard): {
  contentType: typeof CARD_CONTENT_TYPE;
  content: AdaptiveCard;
} {
  return { contentType: CARD_CONTENT_TYPE, content };
}

/** The body of an invoke response that shows `content` to the user who clicked. */
export function cardInvokeResponse(content: AdaptiveCard): CardInvokeResponse {
  return { statusCode: 200, type: CARD_CONTENT_TYPE, value: content };
}

/** Inputs: every one has a label (Teams reads it out and shows it above the field). */
interface InputOptions {
  required?: boolean;
  errorMessage?: string;
  value?: string;
  placeholder?: string;
}
/** The fields every input starts with. Absent options stay undefined, which JSON leaves out. */
const labelled = (id: string, label: string, o: InputOptions): Labelled => ({
  id,
  label,
  isRequired: o.required || undefined,
  errorMessage: o.errorMessage || undefined,
});
const given = (value: string | undefined) => (value !== undefined && value !== '' ? value : undefined);

export function textInput(
  id: string,
  label: string,
  o: InputOptions & { maxLength?: number; multiline?: boolean; regex?: string } = {},
): TextInput {
  return {
    type: 'Input.Text',
    ...labelled(id, label, o),
    value: given(o.value),
    placeholder: o.placeholder || undefined,
    maxLength: o.maxLength || undefined,
    isMultiline: o.multiline || undefined,
    regex: o.regex || undefined,
  };
}

export function choiceInput(
  id: string,
  label: string,
  choices: Choice[],
  o: InputOptions & { multi?: boolean; expanded?: boolean; filtered?: boolean; dataset?: string } = {},
): ChoiceSetInput {
  return {
    type: 'Input.ChoiceSet',
    ...labelled(id, label, o),
    value: given(o.value),
    placeholder: o.placeholder || undefined,
    choices,
    style: o.expanded ? 'expanded' : o.filtered ? 'filtered' : 'compact',
    isMultiSelect: o.multi || undefined,
    'choices.data': o.dataset ? { type: 'Data.Query', dataset: o.dataset } : undefined,
  };
}

/**
 * Teams' people picker: a choice set filled from the organisation's directory; its value is the chosen
 * person's Entra object id. `choices` are offered as well and are what a client without the picker
 * shows (Adaptive Cards 1.5 wants at least one choice); the field is optional for that reason too.
 */
export function peoplePicker(
  id: string,
  label: string,
  choices: Choice[],
  o: InputOptions = {},
): ChoiceSetInput {
  return {
    type: 'Input.ChoiceSet',
    ...labelled(id, label, o),
    value: given(o.value),
    placeholder: o.placeholder || undefined,
    choices,
    'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
  };
}

export function dateInput(id: string, label: string, o: InputOptions & { min?: string } = {}): DateInput {
  return {
    type: 'Input.Date',
    ...labelled(id, label, o),
    value: given(o.value),
    placeholder: o.placeholder || undefined,
    min: o.min || undefined,
  };
}

export function timeInput(id: string, label: string, o: InputOptions = {}): TimeInput {
  return {
    type: 'Input.Time',
    ...labelled(id, label, o),
    value: given(o.value),
    placeholder: o.placeholder || undefined,
  };
}

/** The schema's Input.Number takes a number as its value: a value that is not one is left out. */
export function numberInput(
  id: string,
  label: string,
  o: InputOptions & { min?: number; max?: number } = {},
): NumberInput {
  const value = given(o.value)?.trim();
  return {
    type: 'Input.Number',
    ...labelled(id, label, o),
    value: value && Number.isFinite(Number(value)) ? Number(value) : undefined,
    placeholder: o.placeholder || undefined,
    min: o.min,
    max: o.max,
  };
}

/** A check box submitting 'true' or 'false'; `checked` sets it on. */
export function toggleInput(id: string, label: string, title: string, checked: boolean): ToggleInput {
  return {
    type: 'Input.Toggle',
    id,
    label,
    title,
    valueOn: 'true',
    valueOff: 'false',
    value: checked ? 'true' : 'false',
    wrap: true,
  };
}

/** A button that opens a small form under the card (inputs + its own submit). */
export function showCard(title: string, body: BodyElement[], actions: Action[]): ShowCardAction {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body, actions } };
}

export function image(url: string, altText: string): Image {
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
