/**
 * "Kiitos, mutta en ymmärrä": a message that thanks and then says the person does not understand, or
 * that it did not help or work, is no thanks (docs/messages.md §4). The clause is a negation next to a
 * verb of understanding, helping or working, in any order ("en ymmärrä", "förstår inte", "didn't help").
 * Its counterpart, "kiitos, nyt toimii": a message saying that it helped or works now, with no negation
 * near, closes the conversation (`saysItWorked`).
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

/**
 * Words saying that something helped, worked or was found, as done (not asked for: "auttaisitko" and
 * "can you help" are requests), and thanks for help given ("kiitos avusta", "tack för hjälpen").
 */
const WORKED: Record<Language, string> = {
  fi: 'auttoi auttoivat toimii toimi toimivat toimiikin onnistui onnistuivat onnistuu löytyi löytyivät löysin selvisi ratkesi avusta avustasi',
  sv: 'hjälpte fungerar fungerade funkar funkade löste ordnade hittade hittat hjälpen',
  en: 'helped works worked solved fixed found',
};

/** "(thank you so much) for your help", "(tack) för all hjälp": thanks for help given. */
const THANKS_FOR_HELP = /(?:^| )(?:for|för)(?: \S+){0,2} (?:help|hjalp|hjalpen)(?: |$)/;

/** Words that make a sentence a question ("miten tämä toimii", "how does it work"). */
const INTERROGATIVES: Record<Language, string> = {
  fi: 'miten mitä mikä mitkä kuinka miksi milloin missä mistä mihin kuka ketkä onko voiko saako toimiiko auttaako',
  sv: 'hur vad varför när var vem vilken vilka kan',
  en: 'how what why when where who which does do can could would is',
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

let built:
  | { negations: Set<string>; verbs: Set<string>; worked: Set<string>; interrogatives: Set<string> }
  | undefined;
const build = () => ({
  negations: wordsOf(NEGATIONS),
  verbs: wordsOf(VERBS),
  worked: wordsOf(WORKED),
  interrogatives: wordsOf(INTERROGATIVES),
});

/** True when the (folded) tokens say the writer does not understand, or that it did not help or work. */
export function saysNotUnderstood(tokens: readonly string[]): boolean {
  built ??= build();
  const { negations, verbs } = built;
  return tokens.some(
    (token, i) =>
      negations.has(token) &&
      tokens.slice(Math.max(0, i - REACH), i + REACH + 1).some((other) => verbs.has(other)),
  );
}

/**
 * True when the (folded) tokens say it helped or works now ("nyt toimii", "that helped", "det
 * fungerar"), with no negation within reach of that word ("ei toimi" is the opposite), and no
 * question word ("miten tämä toimii", "does it work").
 */
export function saysItWorked(tokens: readonly string[]): boolean {
  built ??= build();
  const { negations, worked, interrogatives } = built;
  if (tokens.some((token) => interrogatives.has(token))) return false;
  if (THANKS_FOR_HELP.test(tokens.join(' '))) return true;
  return tokens.some(
    (token, i) =>
      worked.has(token) &&
      !tokens.slice(Math.max(0, i - REACH), i + REACH + 1).some((other) => negations.has(other)),
  );
}
