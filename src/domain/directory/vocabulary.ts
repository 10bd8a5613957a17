/**
 * The words of a liaison question that are not place names, in fi, sv and en: words that pick a
 * level (kunnan, alueellinen koordinaattori …), a unit type (sairaala, sote-keskus …), "our own unit",
 * and plain question words. All are written folded (ä → a) because matching compares folded tokens.
 */
import type { LiaisonLevel, UnitType } from './types';

/** A level cue: every listed token prefix must appear in the question (in any order). */
export interface LevelCue {
  level: LiaisonLevel;
  all: string[];
}

/**
 * Words that name a role (järjestötyön koordinaattori, alueellinen koordinaattori, toimialue,
 * pelastus …): they always pick their level. Checked in this order: the first cue whose prefixes all
 * occur wins, so a "regional NGO coordinator" is the regional one, not the county's.
 */
export const ROLE_CUES: readonly LevelCue[] = [
  { level: 'hyvinvointialue', all: ['jarjestotyon', 'koordinaattor'] },
  { level: 'hyvinvointialue', all: ['county', 'coordinator'] },
  { level: 'hyvinvointialue', all: ['organisationsarbete'] },
  { level: 'hyvinvointialue', all: ['organisationskoordinator'] },
  { level: 'alue', all: ['alueellin'] },
  { level: 'alue', all: ['aluekoordinaattor'] },
  { level: 'alue', all: ['alue', 'koordinaattor'] },
  { level: 'alue', all: ['regional'] },
  { level: 'alue', all: ['regionkoordinator'] },
  { level: 'alue', all: ['omradeskoordinator'] },
  { level: 'alue', all: ['area', 'coordinator'] },
  { level: 'hyvinvointialue', all: ['jarjestokoordinaattor'] },
  { level: 'hyvinvointialue', all: ['ngo', 'coordinator'] },
  { level: 'pelastus-vastuualue', all: ['vastuualue'] },
  { level: 'pelastus-vastuualue', all: ['ansvarsomrade'] },
  { level: 'pelastus-palvelualue', all: ['pelastu'] },
  { level: 'pelastus-palvelualue', all: ['raddning'] },
  { level: 'pelastus-palvelualue', all: ['rescue'] },
  { level: 'pelastus-palvelualue', all: ['fire'] },
  { level: 'toimialue', all: ['toimialue'] },
  { level: 'toimialue', all: ['verksamhetsomrade'] },
  { level: 'toimialue', all: ['service', 'area'] },
];

/**
 * Words that say whose a place is: the county's (hyvinvointialueen, Pohjois-Pohjanmaan, välfärdsområdets,
 * county's) or a municipality's (kunnan, kaupungin, kommunens, municipal). They pick a level only when
 * the question names nothing they describe; see levelPrecedence.ts.
 */
export const OWNER_CUES: readonly LevelCue[] = [
  { level: 'hyvinvointialue', all: ['hyvinvointialuee'] },
  { level: 'hyvinvointialue', all: ['pohjois-pohjanma'] },
  { level: 'hyvinvointialue', all: ['pohde'] },
  { level: 'hyvinvointialue', all: ['pohte'] },
  { level: 'hyvinvointialue', all: ['valfardsomrade'] },
  { level: 'hyvinvointialue', all: ['osterbott'] },
  { level: 'hyvinvointialue', all: ['county'] },
  { level: 'hyvinvointialue', all: ['ostrobothnia'] },
  { level: 'kunta', all: ['kunna'] },
  { level: 'kunta', all: ['kunta'] },
  { level: 'kunta', all: ['kaupungi'] },
  { level: 'kunta', all: ['kaupunki'] },
  { level: 'kunta', all: ['kommun'] },
  { level: 'kunta', all: ['municipal'] },
];

/** The level of the first cue whose prefixes all occur among `tokens` (folded). */
export function firstCue(cues: readonly LevelCue[], tokens: readonly string[]): LiaisonLevel | undefined {
  return cues.find((cue) => cue.all.every((prefix) => tokens.some((token) => token.startsWith(prefix))))
    ?.level;
}

/** True when a (folded) word is one of the owner words: it names the county or a municipality as such. */
export function isOwnerWord(token: string): boolean {
  return OWNER_CUES.some((cue) => cue.all.some((prefix) => token.startsWith(prefix)));
}

/**
 * Word parts that narrow a place to one kind of unit. A part matches anywhere in a word, so compounds
 * count: keskussairaala, universitetssjukhuset, hälsocentralen.
 */
export const TYPE_CUES: ReadonlyArray<{ part: string; types: UnitType[] }> = [
  { part: 'sairaal', types: ['sairaala'] },
  { part: 'sjukhus', types: ['sairaala'] },
  { part: 'hospital', types: ['sairaala'] },
  { part: 'hyvinvointipist', types: ['hyvinvointipiste'] },
  { part: 'sote-kesk', types: ['sote-keskus', 'hyvinvointipiste'] },
  { part: 'sotekesk', types: ['sote-keskus', 'hyvinvointipiste'] },
  { part: 'terveyskesk', types: ['sote-keskus', 'hyvinvointipiste'] },
  { part: 'hyvinvointikesk', types: ['sote-keskus', 'hyvinvointipiste'] },
  { part: 'halsocentral', types: ['sote-keskus', 'hyvinvointipiste'] },
  { part: 'vardcentral', types: ['sote-keskus', 'hyvinvointipiste'] },
  { part: 'health', types: ['sote-keskus', 'hyvinvointipiste'] },
  { part: 'valfardspunkt', types: ['hyvinvointipiste'] },
  { part: 'valfardscentral', types: ['sote-keskus', 'hyvinvointipiste'] },
];

/** True when a (folded) word is a unit word and nothing more, give or take an ending (health, sairaalan). */
export const isBareUnitWord = (token: string): boolean =>
  TYPE_CUES.some((cue) => token.startsWith(cue.part) && token.length - cue.part.length <= 4);

/** True when a (folded) word holds a unit word (sairaala, universitetssjukhuset, terveyskeskus …). */
export const isUnitWord = (token: string): boolean => TYPE_CUES.some((cue) => token.includes(cue.part));

/** "Our own unit" in fi, sv and en. */
export const MY_UNIT_WORDS = new Set([
  'meidan',
  'meian',
  'meilla',
  'meille',
  'oma',
  'omani',
  'omamme',
  'oman',
  'omassa',
  'omaa',
  'our',
  'my',
  'var',
  'vart',
  'min',
  'mitt',
]);

/**
 * Words a liaison question is made of besides place names. A token that is none of these and no place
 * is reported back as "not understood"; these words are also never fuzzy-matched to a place.
 */
export const QUESTION_WORDS = new Set(
  (
    'kuka kutka keta kenelle kehen kenen mika mita missa mista mihin onko on ovat olen ole ei ja tai seka myos ' +
    'hoitaa hoitaja hoitavat vastaa vastaava vastaavat vastaako kertoisitko kerro kerrotko tietaa tiedatko ' +
    'etsin haen haluan tarvitsen loytyy loydan saisinko voisitko voitko yhteys yhteytta yhteyshenkilo ' +
    'yhdyshenkilo yhdyshenkilon yhdyshenkilot yhdyshenkiloa yhdyshenkiloita yhdyshenkilona ' +
    'jarjestoyhdyshenkilo jarjestoyhdyshenkilon jarjestoyhdyshenkilot jarjestoyhdyshenkiloa ' +
    'jarjestoyhteistyo jarjestoyhteistyota jarjestoyhteistyosta jarjestoyhteistyon jarjesto jarjeston jarjestot ' +
    'jarjestojen yhteistyo yhteistyota yhteistyosta yksikko yksikon yksikossa yksikolle nyt tana talla taalla ' +
    'se sen sita han hanen he heidan me meidan te teidan mina sina minun sinun' +
    ' who whos is are the a an of for in at on to by with what which our my me ngo ngos liaison liaisons ' +
    'contact person people cooperation co-operation covers cover responsible please tell find need officer ' +
    'vem ar for i pa av till med vilken vilka var kontaktperson kontaktpersonen kontaktpersoner organisation ' +
    'organisationer organisationerna samarbete samarbetet ansvarar sköter skoter'
  ).split(/\s+/),
);

/** Prefixes of words that belong to a question but vary too much to list (sote-keskuksen, hyvinvointikeskus …). */
export const QUESTION_WORD_PREFIXES = [
  'sote',
  'terveyskesk',
  'hyvinvointi',
  'sosiaali',
  'keskus',
  'yhdyshenkil',
  'jarjesto',
  'koordinaattor',
  'coordinator',
  'koordinator',
  'kontaktperson',
  'organisation',
  'alue',
  'kunna',
  'kunta',
  'kaupun',
  'kommun',
  'municipal',
  'sairaal',
  'sjukhus',
  'hospital',
  'health',
  'centre',
  'center',
  'halsocentral',
  'vardcentral',
  'university',
  'yliopisto',
  'pelastu',
  'rescue',
  'raddning',
  'toimialue',
  'regional',
  'palvelu',
  'service',
  'postinumero',
  'postnummer',
  'postcode',
  'postal',
  'zip',
];

export function isQuestionWord(token: string): boolean {
  return (
    QUESTION_WORDS.has(token) ||
    QUESTION_WORD_PREFIXES.some((prefix) => token.startsWith(prefix)) ||
    isOwnerWord(token) ||
    isUnitWord(token)
  );
}
