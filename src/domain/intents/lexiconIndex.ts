/** The lexicon as a phrase index (the directory's, with its typo tolerance), built once. */
import { isCommonWord } from '../directory/commonWords';
import { PhraseIndex } from '../directory/phraseIndex';
import { fold } from '../directory/text';
import { LEXICON, PLURAL_OF, type Concept } from './lexicon';
import { formsOf, type Language } from './wordForms';

/** The concepts one token stands for, with the typos each took. */
export type TokenConcepts = Map<Concept, number>;

let built: PhraseIndex<Concept> | undefined;

function buildLexiconIndex(): PhraseIndex<Concept> {
  const index = new PhraseIndex<Concept>();
  for (const [concept, languages] of Object.entries(LEXICON) as Array<
    [Concept, Partial<Record<Language, string>>]
  >) {
    for (const [language, entries] of Object.entries(languages) as Array<[Language, string]>) {
      for (const entry of entries.split(/\s+/).filter(Boolean)) {
        const words = entry.split('_');
        const phrase = words.map((word, i) =>
          i === words.length - 1 ? formsOf(word, language) : new Set([fold(word.toLowerCase())]),
        );
        index.add(phrase, concept);
      }
    }
  }
  return index;
}

export function lexiconIndex(): PhraseIndex<Concept> {
  built ??= buildLexiconIndex();
  return built;
}

/**
 * The concepts of each token; common words, and tokens `fuzzy` refuses, match only as written, never
 * by typo distance.
 */
export function conceptsIn(
  tokens: readonly string[],
  fuzzy: (i: number) => boolean = () => true,
): TokenConcepts[] {
  const result = tokens.map(() => new Map<Concept, number>());
  for (const match of lexiconIndex().findAll(tokens, (i) => !isCommonWord(tokens[i]!) && fuzzy(i))) {
    for (let i = match.start; i < match.end; i += 1) {
      const own = result[i]!;
      const before = own.get(match.target);
      if (before === undefined || match.typos < before) own.set(match.target, match.typos);
    }
  }
  for (const own of result) {
    for (const [plural, singular] of Object.entries(PLURAL_OF) as Array<[Concept, Concept]>) {
      const p = own.get(plural);
      const s = own.get(singular);
      if (p !== undefined && s !== undefined && p <= s) own.delete(singular);
    }
  }
  return result;
}
