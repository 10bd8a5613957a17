/**
 * The forms a word of the intent lexicon takes, by language and word class, from the directory's
 * general rules: Finnish nouns inflect like place names (`inflectWord`) plus plurals, possessive
 * suffixes (yksikköni, tilaukseni) and clitics; Finnish verbs by verb type (`finnishVerbForms`);
 * Swedish and English by their own small rules. All forms are folded (ä → a), as tokens are.
 */
import { englishForms, swedishForms } from '../directory/foreignForms';
import { strengthen, weaken } from '../directory/gradation';
import { inflectWord } from '../directory/inflect';
import { fold, harmonize, isBackVowelWord } from '../directory/text';
import { finnishVerbForms } from './finnishVerbs';

export type Language = 'fi' | 'sv' | 'en';

const PLURAL_ENDINGS = [
  'a',
  'ta',
  'ssa',
  'sta',
  'lla',
  'lta',
  'lle',
  'ksi',
  'na',
  'den',
  'tten',
  'en',
  'hin',
  'in',
];
const POSSESSIVES = ['ni', 'si', 'mme'];
const CLITICS = ['kin', 'ko', 'han'];

/** Plural stems and the nominative plural of a Finnish noun (tilaus → tilauksi-, tilaukset). */
function finnishPlurals(word: string): { stems: string[]; nominative: string[] } {
  if (word.endsWith('nen'))
    return { stems: [`${word.slice(0, -3)}si`], nominative: [`${word.slice(0, -3)}set`] };
  if (/[uy]s$/.test(word))
    return { stems: [`${word.slice(0, -1)}ksi`], nominative: [`${word.slice(0, -1)}kset`] };
  if (word.endsWith('e')) {
    const long = `${strengthen(word.slice(0, -1))}e`;
    return { stems: [`${long}i`], nominative: [`${long}et`] };
  }
  if (/[aä]$/.test(word)) {
    const x = word.slice(0, -1);
    return {
      stems: [`${x}oi`, `${x}i`, `${weaken(x)}oi`, `${weaken(x)}i`],
      nominative: [`${weaken(word)}t`],
    };
  }
  if (word.endsWith('i')) {
    return {
      stems: [`${word.slice(0, -1)}ei`, `${weaken(word).slice(0, -1)}ei`],
      nominative: [`${weaken(word)}t`],
    };
  }
  return { stems: [`${word}i`, `${weaken(word)}i`], nominative: [`${weaken(word)}t`] };
}

export type GrammaticalNumber = 'both' | 'singular' | 'plural';

export function finnishNounForms(raw: string, number: GrammaticalNumber = 'both'): Set<string> {
  const word = raw.toLowerCase();
  const back = isBackVowelWord(word);
  const base = new Set(number === 'plural' ? [] : inflectWord(word));
  const { stems, nominative } = number === 'singular' ? { stems: [], nominative: [] } : finnishPlurals(word);
  for (const form of nominative) base.add(form);
  for (const stem of stems) for (const ending of PLURAL_ENDINGS) base.add(stem + harmonize(ending, back));
  const forms = new Set(base);
  // Possessive suffixes on the genitive stem and the common cases (yksikköni, yksikössäni, tilauksiani).
  for (const form of base) {
    const owned = /(n|t|ss[aä]|st[aä]|ll[aä]|lle|[aä])$/.test(form) ? form.replace(/[nt]$/, '') : undefined;
    if (owned !== undefined) for (const suffix of POSSESSIVES) forms.add(owned + harmonize(suffix, back));
  }
  for (const clitic of CLITICS) forms.add(word + harmonize(clitic, back));
  return forms;
}

/** Swedish nouns by number: the singular and its definite forms, or the plural (-ar, -er, -n) and its own. */
function swedishNounForms(word: string, number: GrammaticalNumber): Set<string> {
  if (number === 'both') return swedishForms(word);
  const endings =
    number === 'singular' ? ['', 'en', 'et', 't'] : ['ar', 'arna', 'er', 'erna', 'n', 'na', 'r', 'rna'];
  return new Set(endings.flatMap((ending) => [word + ending, `${word + ending}s`]));
}

function swedishVerbForms(infinitive: string): Set<string> {
  const stem = infinitive.endsWith('a') ? infinitive.slice(0, -1) : infinitive;
  const endings = ['', 'a', 'ar', 'er', 'r', 'ade', 'at', 'de', 'te', 't', 'tt', 's', 'as', 'es'];
  return new Set([infinitive, ...endings.map((ending) => stem + ending)]);
}

/** A request says "order", "ordered", "ordering", never "orders" (which is the noun). */
function englishVerbForms(verb: string): Set<string> {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return new Set([verb, `${stem}ed`, `${verb}d`, `${stem}ing`]);
}

const NUMBER_MARKS: Record<string, GrammaticalNumber> = { '=': 'singular', '+': 'plural' };

/**
 * Forms of one lexicon entry: `~verb` is a verb, `=noun` a noun in the singular only, `+noun` in the
 * plural only (+tilaus: tilaukset, tilauksia, tilauksesi), anything else a noun or a word that does
 * not inflect (which simply gets a few forms nobody writes).
 */
export function formsOf(entry: string, language: Language): Set<string> {
  const verb = entry.startsWith('~');
  const number = NUMBER_MARKS[entry[0]!] ?? 'both';
  const word = verb || number !== 'both' ? entry.slice(1) : entry;
  let forms: Set<string>;
  if (language === 'fi') forms = verb ? finnishVerbForms(word) : finnishNounForms(word, number);
  else if (language === 'sv') forms = verb ? swedishVerbForms(word) : swedishNounForms(word, number);
  else if (verb) forms = englishVerbForms(word);
  else if (number === 'singular') forms = new Set([word]);
  else if (number === 'plural') forms = new Set([`${word}s`]);
  else forms = englishForms(word);
  return new Set([...forms].map(fold));
}
