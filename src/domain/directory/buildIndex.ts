/** Builds the answering index from a register: phrases for every place name in all its forms. */
import { OTHER_COUNTIES, OWN_COUNTY } from './counties';
import { EVERYDAY_SERVICE_AREA_NAMES } from './everydayNames';
import { inflectGenitive, inflectWord } from './inflect';
import type { DirectoryIndex } from './model';
import { nominativesOf } from './nominative';
import { PhraseIndex, type PlaceTarget } from './phraseIndex';
import { scopesOf } from './people';
import { fold, normalize, placeKey } from './text';
import { NO_PLACES, type FinlandPlaces } from './places';
import { QUESTION_WORDS, isBareUnitWord, isOwnerWord, isQuestionWord } from './vocabulary';
import { englishForms, swedishForms } from './foreignForms';
import { scopeTable } from './scopes';
import { LIAISON_LEVELS, type LiaisonAssignment, type LiaisonLevel, type Register, type Unit } from './types';

/** Words that say what kind of unit a name is ("Tuiran hyvinvointikeskus"), not where it is. */
const TYPE_WORDS =
  /^(sote-keskus|sotekeskus|hyvinvointikeskus|hyvinvointiasema|hyvinvointipiste|terveyskeskus|terveysasema|sairaala|sosiaali-|sosiaali|ja|terveyskeskus)$/;
/** Words too common across scope names to tell them apart, in fi, sv and en. */
const SCOPE_STOP_WORDS = new Set([
  'ja',
  'oys',
  'palvelut',
  'och',
  'samt',
  'för',
  'tjänster',
  'and',
  'for',
  'services',
  'department',
]);

const foldAll = (forms: Iterable<string>): Set<string> => new Set([...forms].map(fold));

/** Each word with its forms: leading genitives keep their stem (Oulun → Oulussa), the rest inflect fully. */
function phraseWords(text: string): Set<string>[] {
  const words = normalize(text).split(' ').filter(Boolean);
  return words.map((word, i) =>
    foldAll(i < words.length - 1 && word.endsWith('n') ? inflectGenitive(word) : inflectWord(word)),
  );
}

/**
 * Forms of a place name the register writes in the genitive ("Saloisten hyvinvointipiste"): the
 * genitive's own locative forms, and the nominatives it comes from with all their forms (Saloinen).
 */
function genitiveNameForms(genitive: string): Set<string> {
  const forms = inflectGenitive(genitive);
  for (const nominative of nominativesOf(genitive))
    for (const form of inflectWord(nominative)) forms.add(form);
  return forms;
}

/** The place part of a unit name or alias: "Haukiputaan sote-keskus" → ["haukiputaan"]. */
function placeHead(text: string): string[] {
  const words = normalize(text).split(' ').filter(Boolean);
  let end = words.length;
  while (end > 0 && TYPE_WORDS.test(words[end - 1]!)) end -= 1;
  return words.slice(0, end);
}

function addUnitNames(
  phrases: PhraseIndex,
  unit: Unit,
  words: Array<{ word: string; unitId: string }>,
): void {
  const target: PlaceTarget = { kind: 'unit', unitId: unit.id };
  for (const text of [unit.name, ...unit.aliases]) {
    phrases.add(phraseWords(text), target);
    const head = placeHead(text);
    if (head.length === 1 && head[0]!.endsWith('n')) {
      phrases.add([foldAll(genitiveNameForms(head[0]!))], target);
    } else if (head.length > 0 && head.length < normalize(text).split(' ').length) {
      phrases.add(phraseWords(head.join(' ')), target);
    }
    if (head.length > 0) words.push({ word: fold(head.join(' ')), unitId: unit.id });
  }
  words.push({ word: fold(normalize(unit.municipality)), unitId: unit.id });
}

/**
 * Distinctive words of each scope, from all its names in one language ("Ikäihmisten palvelut" →
 * "ikäihmisten"; "Elderly services", "Elderly care" → "elderly"): words no other scope's names share,
 * leaving out plain question words, bare unit words (health, hospital) and words that name the county
 * itself ("Pohjois-Pohjanmaan pelastuslaitos"), since every scope is in it.
 */
function distinctiveWords(namesOf: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const wordsOf = new Map(
    [...namesOf].map(([scope, names]) => [
      scope,
      [...new Set(names.flatMap((name) => normalize(name).split(' ').filter(Boolean)))],
    ]),
  );
  const count = new Map<string, number>();
  for (const words of wordsOf.values()) for (const word of words) count.set(word, (count.get(word) ?? 0) + 1);
  const telling = (word: string) =>
    word.length >= 6 &&
    !SCOPE_STOP_WORDS.has(word) &&
    count.get(word) === 1 &&
    !isOwnerWord(fold(word)) &&
    !isBareUnitWord(fold(word)) &&
    !QUESTION_WORDS.has(fold(word));
  return new Map([...wordsOf].map(([scope, words]) => [scope, words.filter(telling)]));
}

type Forms = (word: string) => Set<string>;

/** Each scope's names in one language: the whole name as a phrase, and each distinctive word alone. */
function addScopeNames(
  phrases: PhraseIndex,
  level: LiaisonLevel,
  namesOf: ReadonlyMap<string, readonly string[]>,
  forms: Forms,
): void {
  for (const [scope, words] of distinctiveWords(namesOf)) {
    const target: PlaceTarget = { kind: 'scope', level, name: scope };
    for (const name of namesOf.get(scope) ?? []) {
      phrases.add(
        normalize(name)
          .split(' ')
          .filter(Boolean)
          .map((word) => foldAll(forms(word))),
        target,
      );
    }
    for (const word of words) phrases.add([foldAll(forms(word))], target);
  }
}

/**
 * Service areas and rescue areas by the names the register gives them (Finnish, inflected as Finnish)
 * and by their Swedish and English names from the scope table, for the scopes the register has.
 */
function addScopes(
  phrases: PhraseIndex,
  byLevel: ReadonlyMap<LiaisonLevel, readonly LiaisonAssignment[]>,
): void {
  for (const level of ['toimialue', 'pelastus-vastuualue', 'pelastus-palvelualue'] as const) {
    const scopes = scopesOf(byLevel, level);
    const finnish = new Map(scopes.map((scope) => [scope, [scope]]));
    for (const [scope] of finnish) phrases.add(phraseWords(scope), { kind: 'scope', level, name: scope });
    addScopeNames(phrases, level, finnish, inflectWord);
    const table = scopeTable(level) ?? [];
    const other = (language: 'sv' | 'en') =>
      new Map(
        scopes.map((scope) => [
          scope,
          table.find((entry) => placeKey(entry.fi) === placeKey(scope))?.[language] ?? [],
        ]),
      );
    addScopeNames(phrases, level, other('sv'), swedishForms);
    addScopeNames(phrases, level, other('en'), englishForms);
  }
  const serviceAreas = scopesOf(byLevel, 'toimialue').map(placeKey);
  for (const entry of EVERYDAY_SERVICE_AREA_NAMES) {
    if (!serviceAreas.includes(placeKey(entry.scope))) continue;
    const target: PlaceTarget = { kind: 'scope', level: 'toimialue', name: entry.scope };
    for (const name of entry.fi) phrases.add(phraseWords(name), target);
    for (const name of entry.sv) phrases.add(wordsWith(name, swedishForms), target);
    for (const name of entry.en) phrases.add(wordsWith(name, englishForms), target);
  }
}

const wordsWith = (name: string, forms: Forms): Set<string>[] =>
  normalize(name)
    .split(' ')
    .filter(Boolean)
    .map((word) => foldAll(forms(word)));

/**
 * Other wellbeing counties by their regions, in fi, sv and en (counties.ts). Our own county is added
 * under its own name so that the longer phrase wins ("North Ostrobothnia" is not Ostrobothnia);
 * understand() drops it again.
 */
function addCounties(phrases: PhraseIndex): void {
  for (const county of [OWN_COUNTY, ...OTHER_COUNTIES]) {
    const target: PlaceTarget = { kind: 'county', name: county.fi };
    phrases.add(phraseWords(county.fi), target);
    phrases.add(wordsWith(county.sv, swedishForms), target);
    phrases.add(wordsWith(county.en, englishForms), target);
  }
}

interface PostalPlace {
  name: string;
  municipality: string;
  codes: string[];
  /** The phrases of its Finnish and Swedish names, each word with its folded forms. */
  phrases: Set<string>[][];
}

interface PlaceForms {
  municipalities: Array<{ name: string; words: Set<string>[] }>;
  postal: PostalPlace[];
}

/** The forms of every place name, computed once per postal data set: they do not depend on the register. */
const formsCache = new WeakMap<FinlandPlaces, PlaceForms>();

function placeForms(places: FinlandPlaces): PlaceForms {
  const cached = formsCache.get(places);
  if (cached) return cached;
  const municipalityNames = new Set<string>();
  const municipalityKeys = new Set<string>();
  for (const area of places.postalAreas) {
    municipalityNames.add(area.municipality).add(area.municipalitySv);
    municipalityKeys.add(placeKey(area.municipality)).add(placeKey(area.municipalitySv));
  }
  // Postal areas by name within their municipality: "Haukipudas" in Oulu has 90830, 90831 and 90840.
  const byName = new Map<string, PostalPlace>();
  for (const area of places.postalAreas) {
    const key = `${placeKey(area.name)}|${placeKey(area.municipality)}`;
    const place = byName.get(key);
    if (place) {
      place.codes.push(area.code);
      continue;
    }
    const names = [...new Set([area.name, area.nameSv])].filter(
      (name) =>
        placeKey(name) !== placeKey(area.municipality) &&
        placeKey(name) !== placeKey(area.municipalitySv) &&
        !normalize(name)
          .split(' ')
          .some((word) => isQuestionWord(fold(word))),
    );
    byName.set(key, {
      name: area.name,
      municipality: area.municipality,
      codes: [area.code],
      phrases: names.map(phraseWords),
    });
  }
  const forms: PlaceForms = {
    municipalities: [...municipalityNames].map((name) => ({ name, words: phraseWords(name) })),
    postal: [...byName.values()],
  };
  formsCache.set(places, forms);
  return forms;
}

/** Village names are many and short: a one-letter slip in a five-letter word is too likely another word. */
const MIN_FUZZY_POSTAL_NAME = 6;

/** The base index of Finland's places, built once per postal data set: it does not depend on the register. */
const layerCache = new WeakMap<FinlandPlaces, PhraseIndex>();

/**
 * docs/directory.md §4.4 and §4.7: Finland's municipalities (typos tolerated), postal areas and postal
 * codes (only as written: thousands of village names would otherwise catch typos of ours), and the
 * wellbeing counties. Which of them are ours is decided per register, in understand().
 */
function placeLayer(places: FinlandPlaces): PhraseIndex {
  const cached = layerCache.get(places);
  if (cached) return cached;
  const layer = new PhraseIndex();
  addCounties(layer);
  const forms = placeForms(places);
  for (const { name, words } of forms.municipalities) layer.add(words, { kind: 'finnishMunicipality', name });
  for (const place of forms.postal) {
    const { name, municipality, codes } = place;
    for (const words of place.phrases)
      layer.add(words, { kind: 'postalArea', name, municipality, codes }, false);
    for (const code of codes) {
      layer.add([new Set([code])], { kind: 'postalArea', name, municipality, codes: [code], code }, false);
    }
  }
  layerCache.set(places, layer);
  return layer;
}

/** The villages of the county are recognised within a typo from six letters on (docs/directory.md §4.7). */
function addCountyVillageTypos(
  phrases: PhraseIndex,
  places: FinlandPlaces,
  inCounty: ReadonlySet<string>,
): void {
  for (const place of placeForms(places).postal) {
    if (place.name.length < MIN_FUZZY_POSTAL_NAME || !inCounty.has(placeKey(place.municipality))) continue;
    for (const words of place.phrases) for (const forms of words) phrases.addFuzzyForms(forms);
  }
}

export function buildDirectoryIndex(register: Register, places: FinlandPlaces = NO_PLACES): DirectoryIndex {
  const phrases = new PhraseIndex(placeLayer(places));
  const units = new Map(register.units.map((unit) => [unit.id, unit]));
  const byLevel = new Map<LiaisonLevel, LiaisonAssignment[]>(LIAISON_LEVELS.map((level) => [level, []]));
  for (const row of register.assignments) byLevel.get(row.level)?.push(row);

  const municipalities = new Set<string>(register.units.map((unit) => unit.municipality));
  for (const row of byLevel.get('kunta') ?? []) row.coverage.forEach((name) => municipalities.add(name));
  const areas = new Set<string>(register.units.map((unit) => unit.area));
  for (const row of byLevel.get('alue') ?? []) row.coverage.forEach((name) => areas.add(name));

  const unitWords: Array<{ word: string; unitId: string }> = [];
  for (const unit of register.units) addUnitNames(phrases, unit, unitWords);

  const inCounty = new Set<string>();
  for (const name of municipalities) {
    phrases.add(phraseWords(name), { kind: 'municipality', name });
    inCounty.add(fold(normalize(name)));
  }
  for (const unit of register.units) {
    if (!unit.municipalitySv) continue;
    phrases.add(phraseWords(unit.municipalitySv), { kind: 'municipality', name: unit.municipality });
    inCounty.add(fold(normalize(unit.municipalitySv)));
  }
  for (const name of areas) phrases.add(phraseWords(name), { kind: 'area', name });
  addScopes(phrases, byLevel);

  addCountyVillageTypos(phrases, places, inCounty);

  const unitsByMunicipality = new Map<string, Unit[]>();
  for (const unit of register.units) {
    const key = placeKey(unit.municipality);
    unitsByMunicipality.set(key, [...(unitsByMunicipality.get(key) ?? []), unit]);
  }
  const unitsByPostalCode = new Map<string, Unit[]>();
  for (const unit of register.units) {
    for (const code of unit.postalCodes ?? [])
      unitsByPostalCode.set(code, [...(unitsByPostalCode.get(code) ?? []), unit]);
  }
  return {
    register,
    units,
    byLevel,
    unitsByMunicipality,
    unitsByPostalCode,
    municipalities,
    inCounty,
    phrases,
    unitWords,
  };
}
