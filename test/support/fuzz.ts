import { VERBS } from '../../src/teams/cards/verbs';
import { ORDER_FORM, PEOPLE } from './orderCards';
import { cardAction, installed, message } from './activities';
import { seededRandom } from './seededRandom';

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const UNICODE = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e\u0644\u0627',
  '👩‍👩‍👧‍👦',
  'a\u0308',
  '\ufeff',
  '\u2028\u2029',
  '𝕳𝖊𝖑𝖑𝖔',
  'Ä'.normalize('NFD'),
  '"\\\'<script>',
  '%00%ff',
];

function deep(random: Random, depth: number): unknown {
  let value: unknown = pick(random, UNICODE);
  for (let i = 0; i < depth; i += 1) value = random() < 0.5 ? [value] : { a: value };
  return value;
}

/** A hostile value: a wrong type, a huge string, deep nesting, unicode edge cases, prototype keys. */
function hostile(random: Random): unknown {
  switch (Math.floor(random() * 14)) {
    case 0:
      return Math.floor(random() * 2 ** 40) * (random() < 0.5 ? -1 : 1);
    case 1:
      return random() < 0.5;
    case 2:
      return null;
    case 3:
      return [];
    case 4:
      return {};
    case 5:
      return { toString: 1, valueOf: {} };
    case 6:
      return 'x'.repeat(Math.floor(random() * 120_000));
    case 7:
      return deep(random, 2 + Math.floor(random() * 34));
    case 8:
      return pick(random, UNICODE).repeat(1 + Math.floor(random() * 2000));
    case 9:
      return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    case 10:
      return { constructor: 'x', prototype: 1, hasOwnProperty: 2 };
    case 11:
      return 1e308 * 10 === Infinity ? 1.7976931348623157e308 : 0;
    case 12:
      return '';
    default:
      return pick(random, UNICODE);
  }
}

function templates(serviceUrl: string): Array<() => Record<string, unknown>> {
  const options = { serviceUrl, from: PEOPLE.liaison };
  const verbs = Object.values(VERBS);
  return [
    () => message('Kuka on Kempeleen järjestöyhdyshenkilö?', options),
    () => message('uusi tiedote', options),
    () => message('tilaa kokemustoimija', options),
    () => installed(options),
    () => ({ ...installed(options), type: 'installationUpdate', action: 'remove' }),
    () => ({ ...message('', options), type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }),
    () => cardAction(verbs[0]!, { unitId: 'OU-TUI' }, options),
    () => cardAction(VERBS.orderSubmit, { ...ORDER_FORM }, options),
    () => cardAction(VERBS.noticePreview, { title: 'T', text: 'x', ngo: 'n', topics: 'diabetes' }, options),
    () => cardAction(VERBS.orderAct, { orderId: 'x', action: 'reject' }, options),
    () => ({
      ...message('', options),
      type: 'invoke',
      name: 'composeExtension/fetchTask',
      value: {
        commandId: 'forwardNotice',
        commandContext: 'message',
        messagePayload: { body: { content: '<p>x</p>' } },
      },
    }),
    () => ({
      ...message('', options),
      type: 'invoke',
      name: 'composeExtension/submitAction',
      value: { commandId: 'forwardNotice', data: { title: 'x', text: 'y' } },
    }),
    () => ({ ...message('', options), type: 'invoke', name: 'task/fetch', value: { data: { verb: 'x' } } }),
  ].concat(
    verbs.map((verb) => () => cardAction(verb, { orderId: 'o', noticeId: 'n', unitId: 'OU-TUI' }, options)),
  );
}

/** Every path into the object (objects and arrays), the root included. */
function paths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(prefix);
  if (prefix.length > 6) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: Record<string, unknown>, path: Array<string | number>, value: unknown, remove: boolean) {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
}

/** Where card payloads live: what a user can put there passes the edge and reaches the handlers. */
const PAYLOADS: Array<Array<string | number>> = [
  ['value', 'action', 'data'],
  ['value', 'data'],
];
/** The payload object itself (a new key goes in) or anything inside it. */
const within = (path: Array<string | number>, prefix: Array<string | number>) =>
  path.length >= prefix.length && prefix.every((key, i) => path[i] === key);
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'valueOf',
  'toString',
  'verb',
  'orderId',
  'unitId',
  'x',
];

/**
 * One fuzz case: a body to POST to /api/messages. Half the cases change card payloads only (the data
 * of card actions and dialogs, the forwarded message, the text), which the edge lets through to the
 * handlers; the other half change any field of the activity, which the edge should refuse.
 */
export function fuzzCase(random: Random, serviceUrl: string): string {
  // A deep copy: the templates share objects (the bot account) that a mutation must not change.
  const activity = JSON.parse(JSON.stringify(pick(random, templates(serviceUrl))())) as Record<
    string,
    unknown
  >;
  const payloadOnly = random() < 0.5;
  const mutations = 1 + Math.floor(random() * 3);
  for (let i = 0; i < mutations; i += 1) {
    const all = paths(activity).filter((p) => !payloadOnly || PAYLOADS.some((prefix) => within(p, prefix)));
    if (all.length === 0) break;
    const path = pick(random, all);
    const value = path.reduce<unknown>(
      (node, key) => (node as Record<string | number, unknown>)?.[key],
      activity,
    );
    const isRoot =
      path.length === 0 || PAYLOADS.some((prefix) => prefix.length === path.length && within(path, prefix));
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (isObject && (isRoot || random() < 0.5))
      // a new key in an object (the activity, a payload), perhaps a prototype key
      setAt(activity, [...path, pick(random, KEYS)], hostile(random), false);
    else if (!isRoot) setAt(activity, path, hostile(random), random() < 0.1);
  }
  const body = JSON.stringify(activity);
  // Now and then, broken JSON.
  return random() < 0.03 ? body.slice(0, Math.floor(random() * body.length)) : body;
}

export interface FuzzResult {
  sent: number;
  statuses: Record<string, number>;
  serverErrors: Array<{ status: number; body: string; request: string }>;
  /** Requests that got no HTTP answer at all (connection refused or reset). */
  noAnswer: number;
}

/** Sends `count` seeded cases to `url` (at most `seconds`), `concurrency` at a time. */
export async function runFuzz(options: {
  url: string;
  serviceUrl: string;
  count: number;
  seed: number;
  seconds: number;
  concurrency?: number;
}): Promise<FuzzResult> {
  const random = seededRandom(options.seed);
  const result: FuzzResult = { sent: 0, statuses: {}, serverErrors: [], noAnswer: 0 };
  const deadline = Date.now() + options.seconds * 1000;
  let next = 0;
  const worker = async () => {
    while (next < options.count && Date.now() < deadline) {
      next += 1;
      const body = fuzzCase(random, options.serviceUrl);
      result.sent += 1;
      try {
        const post = () =>
          fetch(`${options.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
        // A pooled keep-alive socket that the server closed just as it was reused fails before the
        // request reaches Silta (a client-side race on a loaded machine): such a send is tried once
        // more, as Bot Framework's own sender would. Two failures in a row count as no answer.
        const res = await post().catch(() => post());
        const text = await res.text();
        result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
        if (res.status >= 500 && res.status !== 503)
          result.serverErrors.push({
            status: res.status,
            body: text.slice(0, 300),
            request: body.slice(0, 300),
          });
      } catch {
        result.noAnswer += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return result;
}
