/**
 * Finnish consonant gradation on a stem that ends in a vowel: the consonants before the last vowel
 * alternate between a strong grade (open syllable: Hailuoto, Liminka, Kiiminki) and a weak grade
 * (closed syllable: Hailuodon, Limingan, Kiimingin). Names of the "-as" type run the other way
 * (Haukipudas → Haukiputaan, Kontinkangas → Kontinkankaan).
 */
import { isVowel } from './text';

/** Strong → weak pairs, longest first so "kk" is tried before "k". */
const WEAKENING: ReadonlyArray<readonly [string, string]> = [
  ['kk', 'k'],
  ['pp', 'p'],
  ['tt', 't'],
  ['nk', 'ng'],
  ['mp', 'mm'],
  ['lt', 'll'],
  ['nt', 'nn'],
  ['rt', 'rr'],
  ['ht', 'hd'],
  ['lk', 'l'],
  ['rk', 'r'],
  ['hk', 'h'],
  ['k', ''],
  ['p', 'v'],
  ['t', 'd'],
];

/** Weak → strong pairs for the inverse gradation of "-as/-is/-es/-us" names. */
const STRENGTHENING: ReadonlyArray<readonly [string, string]> = [
  ['ng', 'nk'],
  ['mm', 'mp'],
  ['ll', 'lt'],
  ['nn', 'nt'],
  ['rr', 'rt'],
  ['hd', 'ht'],
  ['d', 't'],
  ['v', 'p'],
  ['k', 'kk'],
  ['p', 'pp'],
  ['t', 'tt'],
];

/** The consonant cluster right before the final vowel(s) of `stem` and where it starts. */
function lastCluster(stem: string): { start: number; end: number } | undefined {
  let end = stem.length;
  while (end > 0 && isVowel(stem[end - 1])) end -= 1;
  let start = end;
  while (start > 0 && !isVowel(stem[start - 1]) && stem[start - 1] !== '-') start -= 1;
  if (start === end || start === 0) return undefined;
  return { start, end };
}

function swap(
  stem: string,
  cluster: { start: number; end: number },
  pairs: ReadonlyArray<readonly [string, string]>,
): string {
  const consonants = stem.slice(cluster.start, cluster.end);
  for (const [from, to] of pairs) {
    if (consonants.endsWith(from)) {
      // A single k, p or t only alternates after a vowel or a sonorant-free position (joki → joen, not "sk").
      if (from.length === 1 && consonants.length > 1 && !(from === 'k' && consonants === 'k')) continue;
      const head = stem.slice(0, cluster.end - from.length);
      return head + to + stem.slice(cluster.end);
    }
  }
  return stem;
}

/** Weak grade of a vowel-final stem: "hailuoto" → "hailuodo", "liminka" → "liminga", "joke" → "joe". */
export function weaken(stem: string): string {
  const cluster = lastCluster(stem);
  return cluster ? swap(stem, cluster, WEAKENING) : stem;
}

/** Strong grade of the consonants that end `base` ("haukipud" → "haukiput", "kontinkang" → "kontinkank"). */
export function strengthen(base: string): string {
  let start = base.length;
  while (start > 0 && !isVowel(base[start - 1]) && base[start - 1] !== '-') start -= 1;
  if (start === base.length || start === 0) return base;
  return swap(base, { start, end: base.length }, STRENGTHENING);
}

/** Weak grade of the consonants that end `base` ("haukiput" → "haukipud", "kontinkank" → "kontinkang"). */
export function weakenEnd(base: string): string {
  let start = base.length;
  while (start > 0 && !isVowel(base[start - 1]) && base[start - 1] !== '-') start -= 1;
  if (start === base.length || start === 0) return base;
  return swap(base, { start, end: base.length }, WEAKENING);
}
