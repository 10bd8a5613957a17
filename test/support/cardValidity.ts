/**
 * Is a card valid Adaptive Card 1.5 as Teams receives it, and usable? The checks:
 * - the official JSON schema of version 1.5 (test/support/cardSchema.ts);
 * - the official parser (`adaptivecards`): what it cannot read while parsing, and its own validation
 *   (`validateProperties`: empty collections, duplicate ids, inputs without labels …); every event is a
 *   problem except the warnings listed with their reasons in JUSTIFIED_PARSER_WARNINGS;
 * - Teams' limits: at most 6 actions in an action set or a card's actions (Teams shows 6 and hides the
 *   rest behind "…"), which covers choice cards built from buttons;
 * - every input has a label, and every checked input (isRequired, regex, min, max) an errorMessage, so
 *   a refused value says why instead of silently doing nothing.
 * Teams' additions are checked the way a 1.5 client meets them: a Chart.VerticalBar must carry a
 * fallback, and the card is validated with the fallback in its place; Teams' dynamic choices
 * (`choices.data`, the people picker and typeaheads) are left out of the schema check (clients without
 * them ignore them). The choice set style `filtered` belongs to 1.5 (the official parser reads it as a
 * 1.5 value) but the published 1.5 JSON schema file lists only `compact` and `expanded`, so the schema
 * check reads it as `compact`, which a client without it shows.
 */
import type * as AdaptiveCards from 'adaptivecards';
import { validateCardSchema } from './cardSchema';

/** The package's CommonJS bundle: its `main` is ES modules that Node cannot load without a bundler. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Teams refuses an activity over about 28 KB. */
export const TEAMS_LIMIT_BYTES = 28 * 1024;
/** Teams shows this many actions of an action set (or a card's actions), the rest behind "…". */
export const TEAMS_MAX_ACTIONS = 6;
const TEAMS_ELEMENTS_WITH_FALLBACK = new Set(['Chart.VerticalBar']);

export interface JustifiedWarning {
  /** The parser's event name (AC.ValidationEvent) and message. */
  event: string;
  pattern: RegExp;
  why: string;
}

/** Parser events that are not problems, each with the reason. Anything else the parser reports fails. */
export const JUSTIFIED_PARSER_WARNINGS: readonly JustifiedWarning[] = [
  {
    event: 'UnknownElementType',
    pattern: /^Unknown element type "Chart\.VerticalBar"\. Fallback will be used/,
    why:
      'Teams draws its own chart element; the generic parser does not know it and uses the fallback, ' +
      'which this check requires and validates in its place.',
  },
];

/**
 * Parser events that the rules below report for every element, with its path: required inputs without
 * a label or errorMessage (usabilityProblems checks all inputs), too many actions (its default host
 * allows 5; Teams shows 6).
 */
const REPORTED_BY_OWN_RULES = new Set([
  'RequiredInputsShouldHaveLabel',
  'RequiredInputsShouldHaveErrorMessage',
  'TooManyActions',
]);

/** The card as a client without Teams' additions sees it. */
function asPlainCard(value: unknown, problems: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => asPlainCard(item, problems));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (typeof object.type === 'string' && TEAMS_ELEMENTS_WITH_FALLBACK.has(object.type)) {
    if (object.fallback === undefined || typeof object.fallback !== 'object')
      problems.push(`${object.type} has no fallback element for clients without it`);
    return asPlainCard(object.fallback, problems);
  }
  const choiceSet = object.type === 'Input.ChoiceSet';
  return Object.fromEntries(
    Object.entries(object)
      .filter(([key]) => !(choiceSet && key === 'choices.data'))
      .map(([key, item]) => [
        key,
        choiceSet && key === 'style' && item === 'filtered' ? 'compact' : asPlainCard(item, problems),
      ]),
  );
}

type Visit = (object: Record<string, unknown>, where: string) => void;

/** Calls `visit` on every object of the card with its JSON path. */
function walk(value: unknown, visit: Visit, where = ''): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${where}/${i}`));
  else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    visit(object, where);
    for (const [key, item] of Object.entries(object)) walk(item, visit, `${where}/${key}`);
  }
}

/** A short name of an element for a message: its type, id and title or label. */
function describe(object: Record<string, unknown>): string {
  const name = [object.id, object.title, object.label].find((v) => typeof v === 'string' && v);
  return `${String(object.type ?? 'element')}${name ? ` "${String(name).slice(0, 60)}"` : ''}`;
}

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function usabilityProblems(card: unknown): string[] {
  const problems: string[] = [];
  walk(card, (object, where) => {
    if (Array.isArray(object.actions) && object.actions.length > TEAMS_MAX_ACTIONS)
      problems.push(
        `actions: ${object.actions.length} actions in ${describe(object)} at ${where || '/'} ` +
          `(Teams shows ${TEAMS_MAX_ACTIONS})`,
      );
    if (typeof object.type !== 'string' || !object.type.startsWith('Input.')) return;
    if (!isText(object.label)) problems.push(`input: ${describe(object)} at ${where} has no label`);
    const checks = ['isRequired', 'regex', 'min', 'max'].filter(
      (key) => object[key] !== undefined && object[key] !== false && object[key] !== '',
    );
    if (checks.length > 0 && !isText(object.errorMessage))
      problems.push(
        `input: ${describe(object)} at ${where} is checked (${checks.join(', ')}) but has no errorMessage`,
      );
  });
  return problems;
}

function parserProblems(json: unknown): string[] {
  const context = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(json as object, context);
  const events = [...Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i))];
  events.push(...parsed.validateProperties().validationEvents);
  return events
    .filter((event) => {
      const name = AC.ValidationEvent[event.event];
      if (REPORTED_BY_OWN_RULES.has(name)) return false;
      return !JUSTIFIED_PARSER_WARNINGS.some((w) => w.event === name && w.pattern.test(event.message));
    })
    .map((event) => {
      const source = event.source as (AdaptiveCards.CardObject & { label?: string }) | undefined;
      const element = source?.getJsonTypeName
        ? ` at ${describe({ type: source.getJsonTypeName(), id: source.id, label: source.label })}`
        : '';
      return `parser (${AC.ValidationEvent[event.event]})${element}: ${event.message}`;
    });
}

/**
 * The schema's complaints where they are most specific: an element that matches none of the element
 * types gets a complaint from every type it is not, so only the deepest paths are kept.
 */
function schemaProblems(): string[] {
  const errors = (validateCardSchema.errors ?? []).filter((e) => e.keyword !== 'anyOf');
  const depth = (path: string) => path.split('/').length;
  const deepest = Math.max(...errors.map((e) => depth(e.instancePath)));
  const lines = errors
    .filter((e) => depth(e.instancePath) === deepest)
    .map((e) => `schema: ${e.instancePath || '/'} ${(e.message ?? '').slice(0, 100)}`);
  return lines.length > 0 ? [...new Set(lines)] : ['schema: the card does not match the 1.5 schema'];
}

/** Everything wrong with `card` (an AdaptiveCard's JSON), or [] when it is valid. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = JSON.parse(JSON.stringify(card)) as unknown;
  if (!validateCardSchema(asPlainCard(json, problems))) problems.push(...schemaProblems());
  return [...problems, ...parserProblems(json), ...usabilityProblems(json)];
}

/** The bytes of a message activity carrying `card`, as Teams counts them. */
export function messageBytes(activity: unknown): number {
  return new TextEncoder().encode(JSON.stringify(activity)).length;
}
