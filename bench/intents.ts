/**
 * Issue 13: the intent layer. Accuracy per class on the intent test set (test/fixtures/intents.jsonl,
 * read by the domain alone; the component test requires 100 % through the real bot), the time of
 * matching (intent + place) against the place matching alone it now stands in front of, and the whole
 * turn over HTTP for the same utterances.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answerQuestion, buildDirectoryIndex, type DirectoryIndex } from '../src/domain/directory';
import { prepareLexicon, readMessage, type Intent } from '../src/domain/intents';
import { demo } from './directory';
import { ROOT, countingConnector, messageActivity, percentile, runLoad, spawnServer, type Row } from './lib';

const TODAY = '2026-11-22';

interface Case {
  utterance: string;
  locale: string;
  expect: string;
  shows?: string;
  language?: string;
  year?: number;
  options?: string[];
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);

const kindOf = (intent: Intent) => (intent.kind === 'smallTalk' ? `smallTalk.${intent.topic}` : intent.kind);

/** The same judgement as the component test, on the domain's answer instead of the bot's. */
function correct(index: DirectoryIndex, c: Case): boolean {
  const intent = readMessage(c.utterance, index);
  if (c.expect === 'question' || c.expect === 'outside') {
    if (intent.kind !== 'question') return false;
    const answer = answerQuestion(index, intent.text, { today: TODAY });
    return c.expect === 'outside' ? answer.kind === 'outside' : JSON.stringify(answer).includes(c.shows!);
  }
  if (kindOf(intent) !== c.expect) return false;
  if (intent.kind === 'clarify')
    return [...intent.options.map((o) => o.kind)].sort().join() === [...(c.options ?? [])].sort().join();
  if (intent.kind === 'setLanguage') return intent.language === c.language;
  if (intent.kind === 'summary') return intent.year === c.year;
  return true;
}

/** Classes for the table: small talk together, commands by kind, places, bad input. */
function classOf(c: Case): string {
  if (c.expect.startsWith('smallTalk.')) return 'small talk';
  if (['question', 'outside'].includes(c.expect)) return 'places';
  if (['unknown', 'foreignScript', 'noWords'].includes(c.expect)) return 'bad input';
  if (['showMyUnit', 'askMyUnit', 'setMyUnit'].includes(c.expect)) return 'own unit';
  return c.expect;
}

function times(run: () => void, rounds: number): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export async function benchIntents(): Promise<Row[]> {
  const cases = readJsonl<Case>('test/fixtures/intents.jsonl');
  const dev = readJsonl<{ q: string; locale: string }>('test/fixtures/kysymykset-dev.jsonl');
  const t0 = performance.now();
  prepareLexicon();
  const lexiconMs = performance.now() - t0;
  const index = buildDirectoryIndex(demo());

  const rows: Row[] = [{ name: 'intent lexicon build (once, at start-up)', value: lexiconMs, unit: 'ms' }];
  const byClass = new Map<string, { ok: number; all: number }>();
  for (const c of cases) {
    const entry = byClass.get(classOf(c)) ?? { ok: 0, all: 0 };
    entry.all += 1;
    if (correct(index, c)) entry.ok += 1;
    byClass.set(classOf(c), entry);
  }
  for (const [name, { ok, all }] of [...byClass].sort()) {
    rows.push({
      name: `intent accuracy: ${name} (${all} utterances)`,
      value: (100 * ok) / all,
      unit: '%',
      target: '100 %',
    });
  }

  // Warm up, then time one message at a time.
  const utterances = cases.map((c) => c.utterance);
  const devQuestions = dev.map((d) => d.q);
  const matchOne = (text: string) => {
    const intent = readMessage(text, index);
    if (intent.kind === 'question') answerQuestion(index, intent.text, { today: TODAY });
  };
  for (const text of [...utterances, ...devQuestions]) matchOne(text);
  let k = 0;
  const all = times(() => matchOne(utterances[k++ % utterances.length]!), utterances.length * 20);
  k = 0;
  const devAfter = times(() => matchOne(devQuestions[k++ % devQuestions.length]!), devQuestions.length * 50);
  k = 0;
  const devBefore = times(
    () => answerQuestion(index, devQuestions[k++ % devQuestions.length]!, { today: TODAY }),
    devQuestions.length * 50,
  );
  rows.push(
    {
      name: 'place matching alone p95, dev questions (before the intent layer)',
      value: devBefore.p95,
      unit: 'ms',
    },
    { name: 'intent + place matching p95, dev questions', value: devAfter.p95, unit: 'ms', target: '< 5 ms' },
    { name: 'intent + place matching p50, intent test set', value: all.p50, unit: 'ms' },
    { name: 'intent + place matching p95, intent test set', value: all.p95, unit: 'ms', target: '< 5 ms' },
  );

  const connector = await countingConnector();
  const silta = await spawnServer(['--enable-source-maps', 'dist/src/index.js'], {
    NODE_ENV: 'development',
    ALLOW_ANONYMOUS: 'true',
  });
  try {
    const ask = (i: number) => {
      const c = cases[i % cases.length]!;
      return messageActivity(c.utterance, connector.url, i, c.locale);
    };
    await runLoad(silta.url, ask, cases.length, 1);
    const serial = await runLoad(silta.url, ask, cases.length * 2, 1);
    if (serial.errors > 0) throw new Error(`errors: ${serial.errors}`);
    rows.push(
      { name: 'intent test set, whole turn over HTTP p50 (one at a time)', value: serial.p50, unit: 'ms' },
      {
        name: 'intent test set, whole turn over HTTP p95 (one at a time)',
        value: serial.p95,
        unit: 'ms',
        target: '< 50 ms',
      },
    );
    return rows;
  } finally {
    await silta.stop();
    await connector.close();
  }
}
