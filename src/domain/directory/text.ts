/** Text helpers for matching questions: normalising, tokens, folding and Finnish vowel harmony. */

/**
 * Messages longer than this many words are cut, so matching stays bounded: a chat message of 2,000
 * characters (its limit) has about 300 words, and its question often comes last.
 */
export const MAX_TOKENS = 400;

/** Lower case, NFC, punctuation to spaces; hyphens inside words are kept ("yli-ii", "sote-keskus"). */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokenize(text: string, max = MAX_TOKENS): string[] {
  const normalized = normalize(text);
  return normalized === '' ? [] : normalized.split(' ').slice(0, max);
}

/** ä → a, ö → o, å → a, é → e: people type without the dots, so matching compares folded text. */
export function fold(text: string): string {
  return text.replace(/[äå]/g, 'a').replace(/ö/g, 'o').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Finnish vowel harmony: the last a/o/u or ä/ö/y decides; words with only e/i take front endings. */
export function isBackVowelWord(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i -= 1) {
    const c = word[i]!;
    if ('aou'.includes(c)) return true;
    if ('äöy'.includes(c)) return false;
  }
  return false;
}

/** Writes a back-vowel ending ("ssa") in the word's harmony ("ssä" after front-vowel words). */
export function harmonize(ending: string, back: boolean): string {
  return back ? ending : ending.replace(/a/g, 'ä').replace(/o/g, 'ö').replace(/u/g, 'y');
}

export const VOWELS = 'aeiouyäöå';
export const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** A place name as a lookup key: normalised and folded ("Kärsämäki " → "karsamaki"). */
export function placeKey(name: string): string {
  return fold(normalize(name));
}
