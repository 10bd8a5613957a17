/**
 * Finds place names in a tokenised question: every phrase (one or more words, each with its set of
 * inflected forms) maps to a target. Tokens match a word exactly or, when they are long enough and not
 * ordinary question words, within an edit distance (one typo up to 8 letters, two from 9).
 */
import { allowedTypos, deletions, editDistance } from './editDistance';
import type { LiaisonLevel } from './types';

export type PlaceTarget =
  | { kind: 'unit'; unitId: string }
  | { kind: 'municipality'; name: string }
  | { kind: 'area'; name: string }
  /** A postal area (a village, a district) or one postal code, in a municipality of the county. */
  | { kind: 'postal'; name: string; municipality: string; codes: readonly string[] }
  /** Another wellbeing county, named by its region (Lappi, Pohjois-Savo). */
  | { kind: 'county'; name: string }
  /**
   * Finland's places as the postal data has them, before the register says which are ours: a
   * municipality, or a postal area (by name, or by one code). understand() turns them into the
   * targets above; nothing else sees them.
   */
  | { kind: 'finnishMunicipality'; name: string }
  | { kind: 'postalArea'; name: string; municipality: string; codes: readonly string[]; code?: string }
  | { kind: 'scope'; level: LiaisonLevel; name: string }
  | { kind: 'outside'; name: string };

interface Phrase<T> {
  words: ReadonlyArray<ReadonlySet<string>>;
  target: T;
}

/** One phrase found in the question: tokens [start, end), what they name and how many typos it took. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  target: T;
  typos: number;
}

/** One place found in the question. */
export type PlaceMatch = PhraseMatch<PlaceTarget>;

interface Candidate {
  form: string;
  typos: number;
}

/**
 * Phrases and their forms. An index may stand on a base index (the places of Finland, built once per
 * process): it then knows the base's forms and phrases as well as its own. The index is generic in
 * what a phrase names: places here, the words of chat requests in `src/domain/intents` (the same forms
 * and typo tolerance for both).
 */
export class PhraseIndex<T = PlaceTarget> {
  constructor(private readonly base?: PhraseIndex<T>) {}

  private readonly byFirstWord = new Map<string, Array<Phrase<T>>>();
  private readonly forms = new Set<string>();
  /** One-deletion keys → the forms they come from, joined by "\n" (plain strings keep a big register small). */
  private readonly deleted = new Map<string, string>();
  /** Long forms by first letter and length, for two-typo lookups (people rarely mistype the first letter). */
  private readonly longForms = new Map<string, string[]>();

  /**
   * Adds a phrase; `words` hold folded forms. With `fuzzy` false its forms are matched only as written
   * (the many postal areas outside the county: a typo should not land there).
   */
  add(words: ReadonlyArray<ReadonlySet<string>>, target: T, fuzzy = true): void {
    if (words.length === 0) return;
    const phrase: Phrase<T> = { words, target };
    for (const form of words[0]!) {
      const list = this.byFirstWord.get(form) ?? [];
      list.push(phrase);
      this.byFirstWord.set(form, list);
    }
    for (const set of words) for (const form of set) this.addForm(form, fuzzy);
  }

  /**
   * Makes forms recognisable within typos without phrases of their own here: their phrases are in the
   * base (a village of the county, which the base knows only as written).
   */
  addFuzzyForms(forms: Iterable<string>): void {
    for (const form of forms) this.addForm(form, true);
  }

  private addForm(form: string, fuzzy: boolean): void {
    if (this.forms.has(form)) return;
    this.forms.add(form);
    if (!fuzzy) return;
    if (form.length >= 5) {
      for (const key of deletions(form)) {
        const bucket = this.deleted.get(key);
        this.deleted.set(key, bucket === undefined ? form : `${bucket}\n${form}`);
      }
    }
    if (form.length >= 9) {
      const key = `${form[0]!}${form.length}`;
      const bucket = this.longForms.get(key) ?? [];
      bucket.push(form);
      this.longForms.set(key, bucket);
    }
  }

  /** True when `form` (folded) is a form of some phrase word. */
  has(form: string): boolean {
    return this.forms.has(form) || (this.base?.has(form) ?? false);
  }

  get size(): number {
    return this.forms.size + (this.base?.size ?? 0);
  }

  private phrasesStartingWith(form: string): ReadonlyArray<Phrase<T>> {
    const own = this.byFirstWord.get(form);
    const base = this.base?.phrasesStartingWith(form);
    if (!base || base.length === 0) return own ?? [];
    return own ? [...own, ...base] : base;
  }

  private deletedBucket(key: string): string | undefined {
    const own = this.deleted.get(key);
    const base = this.base?.deletedBucket(key);
    return own === undefined ? base : base === undefined ? own : `${own}\n${base}`;
  }

  private longBucket(key: string): readonly string[] {
    return [...(this.longForms.get(key) ?? []), ...(this.base?.longBucket(key) ?? [])];
  }

  /**
   * The known forms a token may stand for: itself when known, else its closest neighbours (with `all`,
   * every neighbour within the typos allowed).
   */
  candidates(token: string, fuzzy: boolean, all = false): Candidate[] {
    if (this.has(token)) return [{ form: token, typos: 0 }];
    const typos = fuzzy ? allowedTypos(token.length) : 0;
    if (typos === 0) return [];
    const found = new Map<string, number>();
    const consider = (form: string) => {
      if (found.has(form)) return;
      const distance = editDistance(token, form, typos);
      if (distance <= typos) found.set(form, distance);
    };
    const fromDeleted = (key: string) => this.deletedBucket(key)?.split('\n').forEach(consider);
    fromDeleted(token);
    for (const key of deletions(token)) {
      if (this.has(key)) consider(key);
      fromDeleted(key);
    }
    if (typos >= 2 && (found.size === 0 || all)) {
      for (let length = token.length - 2; length <= token.length + 2; length += 1) {
        this.longBucket(`${token[0]!}${length}`).forEach(consider);
      }
    }
    const best = all ? typos : Math.min(...found.values());
    return [...found].filter(([, d]) => d <= best).map(([form, d]) => ({ form, typos: d }));
  }

  /** Every phrase found in `tokens`; `fuzzyAllowed(i)` says whether token i may be matched with typos. */
  findAll(
    tokens: readonly string[],
    fuzzyAllowed: (index: number) => boolean,
    all = false,
  ): Array<PhraseMatch<T>> {
    const cache = new Map<number, Candidate[]>();
    const candidatesAt = (i: number): Candidate[] => {
      let list = cache.get(i);
      if (!list) {
        list = this.candidates(tokens[i]!, fuzzyAllowed(i), all);
        cache.set(i, list);
      }
      return list;
    };
    const matches: Array<PhraseMatch<T>> = [];
    for (let start = 0; start < tokens.length; start += 1) {
      for (const first of candidatesAt(start)) {
        for (const phrase of this.phrasesStartingWith(first.form)) {
          let typos = first.typos;
          let ok = true;
          for (let k = 1; k < phrase.words.length && ok; k += 1) {
            if (start + k >= tokens.length) ok = false;
            else {
              const hit = candidatesAt(start + k).find((candidate) => phrase.words[k]!.has(candidate.form));
              if (hit) typos += hit.typos;
              else ok = false;
            }
          }
          if (ok) matches.push({ start, end: start + phrase.words.length, target: phrase.target, typos });
        }
      }
    }
    return matches;
  }
}

const targetKey = (target: unknown): string => JSON.stringify(target);

/**
 * The places a question names: longest phrases first, then fewest typos; a span keeps every target it
 * names equally well (Oulu is a municipality and an area). Overlapping shorter matches are dropped.
 */
export function selectMatches<T>(matches: ReadonlyArray<PhraseMatch<T>>): Array<Array<PhraseMatch<T>>> {
  const sorted = [...matches].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.typos - b.typos || a.start - b.start,
  );
  const taken: boolean[] = [];
  const groups: Array<Array<PhraseMatch<T>>> = [];
  for (const match of sorted) {
    const group = groups.find(
      (g) => g[0]!.start === match.start && g[0]!.end === match.end && g[0]!.typos === match.typos,
    );
    if (group) {
      if (!group.some((m) => targetKey(m.target) === targetKey(match.target))) group.push(match);
      continue;
    }
    let free = true;
    for (let i = match.start; i < match.end; i += 1) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = match.start; i < match.end; i += 1) taken[i] = true;
    groups.push([match]);
  }
  return groups.sort((a, b) => a[0]!.start - b[0]!.start);
}
