import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  answerQuestion,
  buildDirectoryIndex,
  scopeDisplayName,
  type DirectoryAnswer,
  type FinlandPlaces,
  type Register,
} from '../src/domain/directory';
import { NO_PLACES } from '../src/domain/directory/places';
import { loadFinlandPlaces } from '../src/infra/postalAreas';
import { failures, languageOf, placeCases } from '../test/support/placeCases';
import { validateImport } from '../src/domain/register';
import { readDemoFiles } from '../src/services/projectFiles';
import { ROOT, countingConnector, messageActivity, percentile, runLoad, spawnServer, type Row } from './lib';

const TODAY = '2026-11-22';
/** The dev set and the places set (test/fixtures/places.jsonl): what staff ask. */
const questions = [
  ...readFileSync(path.join(ROOT, 'test/fixtures/kysymykset-dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { q: string; locale: string }),
  ...placeCases.map(({ q, locale }) => ({ q, locale })),
];

export function demo(): Register {
  const result = validateImport({ units: [], assignments: [] }, readDemoFiles());
  if (!result.next) throw new Error('demo register invalid');
  return result.next;
}

/** Finnish-looking place names, all different: "Kalajärvi", "Mustaniemi", … */
function syntheticNames(count: number): string[] {
  const heads = [
    'Kala',
    'Musta',
    'Pitkä',
    'Iso',
    'Vähä',
    'Ylä',
    'Ala',
    'Koivu',
    'Lehto',
    'Honka',
    'Kuusi',
    'Petäjä',
    'Haapa',
    'Raja',
    'Salmi',
    'Hirvi',
    'Karhu',
    'Kettu',
    'Susi',
    'Joutsen',
  ];
  const middles = ['', 'la', 'ta', 'ri', 'ko', 'mä', 'nu', 'pe', 'so', 'vi', 'ru', 'tu', 'ki', 'lo', 'me'];
  const tails = [
    'joki',
    'järvi',
    'niemi',
    'lahti',
    'vaara',
    'mäki',
    'salo',
    'kangas',
    'suo',
    'ranta',
    'koski',
    'saari',
    'pudas',
    'la',
    'nen',
  ];
  const names: string[] = [];
  for (const head of heads)
    for (const middle of middles) for (const tail of tails) names.push(`${head}${middle}${tail}`);
  return names.slice(0, count);
}

/** The sample register scaled up: the sample itself plus copies with new unit ids and new place names. */
export function scaled(register: Register, factor: number): Register {
  const names = syntheticNames(register.units.length * factor);
  const units = [...register.units];
  const assignments = [];
  for (let k = 1; k < factor; k += 1) {
    for (const [i, unit] of register.units.entries()) {
      const place = names[k * register.units.length + i]!;
      units.push({ ...unit, id: `${unit.id}-${k}`, name: `${place}n sote-keskus`, aliases: [place] });
    }
    for (const row of register.assignments) {
      if (row.level !== 'sote-keskus') continue;
      assignments.push({
        ...row,
        coverage: row.coverage.map((id) => `${id}-${k}`),
        email: `${k}.${row.email}`,
      });
    }
  }
  return { units, assignments: [...register.assignments, ...assignments] };
}

function timeAnswers(
  register: Register,
  rounds: number,
  places: FinlandPlaces = NO_PLACES,
): { p50: number; p95: number } {
  const index = buildDirectoryIndex(register, places);
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const { q } of questions) {
      const t0 = performance.now();
      answerQuestion(index, q, { today: TODAY });
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Build time (median of `rounds`) and the heap the index holds, measured with the GC exposed. */
function measureBuild(
  register: Register,
  places: FinlandPlaces,
  rounds: number,
): { ms: number; heapMb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  const times: number[] = [];
  let kept: unknown;
  let heapMb = 0;
  for (let r = 0; r < rounds; r += 1) {
    kept = undefined;
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    kept = buildDirectoryIndex(register, places);
    times.push(performance.now() - t0);
    gc?.();
    heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  }
  if (!kept) throw new Error('no index');
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, heapMb };
}

/** Accuracy of places.jsonl per class, through the domain (the HTTP test requires 100 %). */
function accuracyRows(register: Register, places: FinlandPlaces): Row[] {
  const index = buildDirectoryIndex(register, places);
  const byClass = new Map<string, { ok: number; all: number }>();
  for (const c of placeCases) {
    const answer: DirectoryAnswer = answerQuestion(index, c.q, { today: TODAY });
    const emails = [...JSON.stringify(answer).matchAll(/"email":"([^"]+)"/g)].map((m) => m[1]!);
    const units =
      answer.kind === 'choose'
        ? answer.options.map((unit) => unit.name)
        : answer.kind === 'chooseScope'
          ? answer.options.map((scope) => scopeDisplayName(scope, languageOf(c.locale)))
          : [];
    const counts = byClass.get(c.class) ?? { ok: 0, all: 0 };
    counts.all += 1;
    if (failures(c, { kind: answer.kind, emails, units }).length === 0) counts.ok += 1;
    byClass.set(c.class, counts);
  }
  return [...byClass].map(([name, { ok, all }]) => ({
    name: `places.jsonl accuracy: ${name} (${all} utterances)`,
    value: (100 * ok) / all,
    unit: '%',
    target: '100 %',
  }));
}

/** Issue 3 and 13: answers over HTTP, matching alone, and the index with the postal data and 100 × the sample. */
export async function benchDirectory(): Promise<Row[]> {
  const register = demo();
  const t0 = performance.now();
  const places = loadFinlandPlaces();
  const loadMs = performance.now() - t0;
  // The first build with a postal data set also builds its layer of Finland's places (once per process).
  const first = measureBuild(register, { postalAreas: [...places.postalAreas] }, 1);
  timeAnswers(register, 5, places);
  const bare = timeAnswers(register, 30);
  const small = timeAnswers(register, 30, places);
  const sampleBuild = measureBuild(register, places, 5);
  const bareBuild = measureBuild(register, NO_PLACES, 5);

  const big = scaled(register, 100);
  const bigBuild = measureBuild(big, places, 3);
  const bigTimes = timeAnswers(big, 5, places);
  const accuracy = accuracyRows(register, places);

  const connector = await countingConnector();
  const silta = await spawnServer(['--enable-source-maps', 'dist/src/index.js'], {
    NODE_ENV: 'development',
    ALLOW_ANONYMOUS: 'true',
  });
  try {
    const ask = (i: number) => {
      const { q, locale } = questions[i % questions.length]!;
      return messageActivity(q, connector.url, i, locale);
    };
    await runLoad(silta.url, ask, 100, 1);
    const serial = await runLoad(silta.url, ask, 440, 1);
    const loaded = await runLoad(silta.url, ask, 1000, 16);
    if (serial.errors + loaded.errors > 0) throw new Error(`errors: ${serial.errors + loaded.errors}`);
    return [
      { name: 'directory question, whole turn over HTTP p50 (one at a time)', value: serial.p50, unit: 'ms' },
      {
        name: 'directory question, whole turn over HTTP p95 (one at a time)',
        value: serial.p95,
        unit: 'ms',
        target: '< 50 ms',
      },
      { name: 'directory questions/s at concurrency 16', value: loaded.turnsPerSecond, unit: 'turns/s' },
      { name: 'directory question p95 at concurrency 16', value: loaded.p95, unit: 'ms' },
      { name: 'matching + rules alone p50 (sample register, postal data)', value: small.p50, unit: 'ms' },
      {
        name: 'matching + rules alone p95 (sample register, postal data)',
        value: small.p95,
        unit: 'ms',
        target: '< 5 ms',
      },
      { name: 'matching + rules alone p95 (sample register, no postal data)', value: bare.p95, unit: 'ms' },
      { name: 'index build, sample register, no postal data', value: bareBuild.ms, unit: 'ms' },
      { name: 'index heap, sample register, no postal data', value: bareBuild.heapMb, unit: 'MB' },
      { name: 'postal data: read and parse (once per process)', value: loadMs, unit: 'ms' },
      {
        name: "index build, sample register + postal data, first (with Finland's places, once per process)",
        value: first.ms,
        unit: 'ms',
      },
      { name: "index heap, sample register + Finland's places layer", value: first.heapMb, unit: 'MB' },
      { name: 'index build, sample register + postal data, rebuild', value: sampleBuild.ms, unit: 'ms' },
      {
        name: 'index heap, sample register + postal data, rebuild (layer shared)',
        value: sampleBuild.heapMb,
        unit: 'MB',
      },
      {
        name: `index build, register × 100 (${big.units.length} units) + postal data`,
        value: bigBuild.ms,
        unit: 'ms',
      },
      { name: 'index heap, register × 100 + postal data (layer shared)', value: bigBuild.heapMb, unit: 'MB' },
      {
        name: 'matching + rules alone p95 (register × 100, postal data)',
        value: bigTimes.p95,
        unit: 'ms',
        target: '< 5 ms',
      },
      ...accuracy,
    ];
  } finally {
    await silta.stop();
    await connector.close();
  }
}
