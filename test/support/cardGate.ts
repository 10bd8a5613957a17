/**
 * The card gate: every Adaptive Card Silta sends during a test is caught where the test observes it — a
 * message posted or updated at a fake Teams connector (test/support/connector.ts,
 * rateLimitedConnector.ts), or the body of an HTTP answer (card actions, message extensions, dialogs:
 * `post` in test/support/activities.ts) — and checked against the rules of
 * test/support/cardValidity.ts and Teams' 28 KB when the test ends; test/support/cardGateSetup.ts
 * (jest `setupFilesAfterEnv`, so no test can forget it) fails the test that produced a bad card. Off
 * unless that setup file turned it on, so the benchmarks' use of the same support code pays nothing.
 */
import { createHash } from 'node:crypto';
import type * as CardValidity from './cardValidity';

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

let enabled = false;
let checker: typeof CardValidity | undefined;
/** Problems per card, by a hash of its JSON: the same card is checked once per test file. */
const checked = new Map<string, string[]>();
/** Cards seen since the last check, by their JSON's hash (a broadcast sends one card many times). */
const pending = new Map<string, { where: string; hash: string; json: string; bytes: number }>();
let cardsSeen = 0;
/** Teams refuses an activity over about 28 KB (cardValidity.ts, not loaded until the first check). */
const LIMIT_BYTES = 28 * 1024;

export function enableCardGate(): void {
  enabled = true;
}

/** The cards in a payload: attachments, invoke responses, dialogs, message-extension results. */
function cardsIn(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((item) => cardsIn(item, found));
  else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (object.type === 'AdaptiveCard') found.push(object);
    else if (object.contentType === CARD_CONTENT_TYPE && object.content !== undefined)
      found.push(object.content);
    else if (object.type === CARD_CONTENT_TYPE && object.value !== undefined) found.push(object.value);
    else Object.values(object).forEach((item) => cardsIn(item, found));
  }
  return found;
}

/** The card's first words, to tell which card failed. */
function firstText(card: unknown): string {
  let text = '';
  const visit = (value: unknown): void => {
    if (text || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const object = value as Record<string, unknown>;
    if (typeof object.text === 'string' && object.text.trim()) text = object.text.trim();
    else Object.values(object).forEach(visit);
  };
  visit((card as { body?: unknown }).body);
  return text.length > 70 ? `${text.slice(0, 70)}…` : text;
}

function problemsOf(hash: string, card: unknown): string[] {
  let problems = checked.get(hash);
  if (!problems) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    checker ??= require('./cardValidity') as typeof CardValidity;
    problems = checker.cardProblems(card);
    checked.set(hash, problems);
  }
  return problems;
}

/**
 * Notes every card in `payload` (a sent activity or an HTTP answer's body; a string is read as JSON);
 * `where` says where it was seen (`POST /v3/conversations/…/activities`, `the HTTP answer to invoke
 * adaptiveCard/action order.review`). The checks run when the test ends (takeCardGateResults), so they
 * never hold up the event loop that Silta and the fake connector share during the test.
 */
export function observeCards(where: string, payload: unknown): void {
  if (!enabled) return;
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload) as unknown;
    } catch {
      return;
    }
  }
  // A message extension's search results: each result is a card of its own, inserted on its own.
  const results = (payload as { composeExtension?: { attachments?: unknown } } | null)?.composeExtension
    ?.attachments;
  if (Array.isArray(results)) return results.forEach((result) => observeCards(`${where} (a result)`, result));
  const cards = cardsIn(payload);
  if (cards.length === 0) return;
  cardsSeen += cards.length;
  const bytes = Buffer.byteLength(JSON.stringify(payload));
  for (const card of cards) {
    const json = JSON.stringify(card);
    const hash = createHash('sha1').update(json).digest('base64');
    const key = `${hash}:${bytes > LIMIT_BYTES}`;
    if (!pending.has(key)) pending.set(key, { where, hash, json, bytes });
  }
}

/** Checks the cards noted since the last call: the failures, and how many cards were seen. */
export function takeCardGateResults(): { failures: string[]; cardsSeen: number } {
  const failures: string[] = [];
  for (const { where, hash, json, bytes } of pending.values()) {
    const card = JSON.parse(json) as unknown;
    const problems = [...problemsOf(hash, card)];
    if (bytes > LIMIT_BYTES) problems.push(`size: the message is ${bytes} bytes, over Teams' ${LIMIT_BYTES}`);
    if (problems.length > 0)
      failures.push(
        `card "${firstText(card)}" seen at ${where}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
  }
  pending.clear();
  const result = { failures, cardsSeen };
  cardsSeen = 0;
  return result;
}
