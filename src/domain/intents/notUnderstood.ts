/**
 * "Kiitos, mutta en ymmärrä": a message that thanks and then says the person does not understand, or
 * that it did not help or work, is no thanks (docs/messages.md §3). The clause is a negation next to a
 * verb of understanding, helping or working, in any order ("en ymmärrä", "förstår inte", "didn't help").
 */
import { fold } from '../directory/text';
import { formsOf, type Language } from './wordForms';

const NEGATIONS: Record<Language, string> = {
  fi: 'en et ei emme ette eivät',
  sv: 'inte ej icke',
  en: 'not dont doesnt didnt cant cannot couldnt wont isnt wasnt never',
};

/** Verbs (`~`, all their forms) and irregular forms the verb rules do not make. */
const VERBS: Record<Language, string> = {
  fi: '~ymmärtää ~tajuta ~käsittää ~auttaa ~toimia ~onnistua',
  sv: '~förstå förstod ~fatta ~begripa begrep ~hjälpa ~fungera',
  en: '~understand understood ~get got ~help ~work',
};

/** How many words apart the negation and the verb may be ("en oikein vielä ymmärrä"). */
const REACH = 3;

const wordsOf = (table: Record<Language, string>): Set<string> =>
  new Set(
    (Object.entries(table) as Array<[Language, string]>).flatMap(([language, words]) =>
      words
        .split(' ')
        .flatMap((word) => (word.startsWith('~') ? [...formsOf(word, language)] : [fold(word)])),
    ),
  );

let built: { negations: Set<string>; verbs: Set<string> } | undefined;

/** True when the (folded) tokens say the writer does not understand, or that it did not help or work. */
export function saysNotUnderstood(tokens: readonly string[]): boolean {
  built ??= { negations: wordsOf(NEGATIONS), verbs: wordsOf(VERBS) };
  const { negations, verbs } = built;
  return tokens.some(
    (token, i) =>
      negations.has(token) &&
      tokens.slice(Math.max(0, i - REACH), i + REACH + 1).some((other) => verbs.has(other)),
  );
}
