/**
 * The intent test set (test/fixtures/intents.jsonl): everyday utterances in fi, sv and en with what
 * each one asks for. Read by test/component/intents.test.ts (through the real bot) and bench/intents.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface IntentCase {
  utterance: string;
  locale: string;
  /** An intent kind, `smallTalk.<topic>`, or `outside` (a directory question about a place elsewhere). */
  expect: string;
  /** question: a unit name or e-mail the answer shows. */
  shows?: string;
  /** setMyUnit: the unit saved. */
  unit?: string;
  /** outside: the place named. */
  place?: string;
  /** The place the answer says it understood after a typo correction. */
  understood?: string;
  /** setLanguage: the language chosen. */
  language?: 'fi' | 'sv' | 'en';
  /** summary: the year read. */
  year?: number;
  /** clarify: the readings offered. */
  options?: string[];
}

export const INTENT_CASES: readonly IntentCase[] = readFileSync(
  path.join(__dirname, '../fixtures/intents.jsonl'),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as IntentCase);
