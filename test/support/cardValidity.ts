/**
 * Is a card valid Adaptive Card 1.5 as Teams receives it? Three checks: the official JSON schema of
 * version 1.5 (test/fixtures/adaptive-cards, from the Adaptive Cards repository, MIT), the official
 * parser (`adaptivecards`, which reports every property and value it cannot read), and Teams' own limits
 * (at most 6 actions in an action set). Teams' additions are checked the way a 1.5 client meets them:
 * a Chart.VerticalBar must carry a fallback, and the card is validated with the fallback in its place;
 * Teams' dynamic choices (`choices.data`, the people picker and typeaheads) are left out of the schema
 * check (clients without them ignore them). The choice set style `filtered` belongs to 1.5 (the official
 * parser reads it as a 1.5 value) but the published 1.5 JSON schema file lists only `compact` and
 * `expanded`, so the schema check reads it as `compact`, which a client without it shows.
 */
import type * as AdaptiveCards from 'adaptivecards';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import schema from '../fixtures/adaptive-cards/adaptive-card-1.5.schema.json';

/** The package's CommonJS bundle: its `main` is ES modules that Node cannot load without a bundler. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Teams refuses an activity over about 28 KB. */
export const TEAMS_LIMIT_BYTES = 28 * 1024;
const TEAMS_ELEMENTS_WITH_FALLBACK = new Set(['Chart.VerticalBar']);

const validate = (() => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  // ajv 8 reads a schema's identifier from `$id`; the draft-06 file still names it `id`.
  const { id, ...rest } = schema;
  return ajv.compile({ ...rest, $id: id });
})();

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

function actionSetSizes(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((item) => actionSetSizes(item, found));
  else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.actions)) found.push(object.actions.length);
    Object.values(object).forEach((item) => actionSetSizes(item, found));
  }
  return found;
}

/** Everything wrong with `card` (an AdaptiveCard's JSON), or [] when it is valid. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = JSON.parse(JSON.stringify(card)) as unknown;
  if (!validate(asPlainCard(json, problems)))
    for (const e of validate.errors ?? []) problems.push(`schema: ${e.instancePath} ${e.message}`);
  const context = new AC.SerializationContext();
  new AC.AdaptiveCard().parse(json as object, context);
  for (let i = 0; i < context.eventCount; i += 1) {
    const event = context.getEventAt(i);
    const tolerated = [...TEAMS_ELEMENTS_WITH_FALLBACK].some((type) =>
      event.message.startsWith(`Unknown element type "${type}". Fallback will be used`),
    );
    if (!tolerated) problems.push(`parser: ${event.message}`);
  }
  for (const size of actionSetSizes(json)) if (size > 6) problems.push(`an action set has ${size} actions`);
  return problems;
}

/** The bytes of a message activity carrying `card`, as Teams counts them. */
export function messageBytes(activity: unknown): number {
  return new TextEncoder().encode(JSON.stringify(activity)).length;
}
