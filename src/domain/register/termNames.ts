/**
 * Register data in the user's language: the Swedish and English names of the Finnish words the register
 * and the notices use — order themes (kokemustoimijat.csv teemat), notice topics (notices/topics.ts) and
 * the parts of job titles (yhdyshenkilot.csv nimike) — keyed by the Finnish term, as the register writes
 * it. Like the scopes (directory/scopes.ts) these words change rarely and a table keeps one spelling per
 * language; a new theme, topic or title needs a line here (a unit test checks every word of the demo
 * register). An unknown word is shown as the register writes it.
 *
 * Municipality names are not here: their Swedish names come from the register's kunta_sv column (the
 * same data the directory matches Swedish questions with), and English uses the Finnish name. The rules:
 * docs/directory.md §8.
 */
export type Language = 'fi' | 'sv' | 'en';

interface Names {
  sv: string;
  en: string;
}

export const TERM_NAMES: Readonly<Record<string, Names>> = {
  // Themes and topics
  diabetes: { sv: 'diabetes', en: 'diabetes' },
  'harvinaiset sairaudet': { sv: 'sällsynta sjukdomar', en: 'rare diseases' },
  ikääntyminen: { sv: 'åldrande', en: 'ageing' },
  ikääntyneet: { sv: 'äldre', en: 'older people' },
  kipu: { sv: 'smärta', en: 'pain' },
  lapsiperheet: { sv: 'barnfamiljer', en: 'families with children' },
  liikunta: { sv: 'motion', en: 'physical activity' },
  'läheisen kokemus': { sv: 'anhörigas erfarenhet', en: "a family member's experience" },
  lähisuhdeväkivalta: { sv: 'våld i nära relationer', en: 'domestic violence' },
  maahanmuuttajat: { sv: 'invandrare', en: 'immigrants' },
  maahanmuutto: { sv: 'invandring', en: 'immigration' },
  mielenterveys: { sv: 'psykisk hälsa', en: 'mental health' },
  muistisairaudet: { sv: 'minnessjukdomar', en: 'memory disorders' },
  'neurologiset sairaudet': { sv: 'neurologiska sjukdomar', en: 'neurological diseases' },
  nuoret: { sv: 'unga', en: 'young people' },
  omaishoito: { sv: 'närståendevård', en: 'family caregiving' },
  päihteet: { sv: 'rusmedel', en: 'substance use' },
  ravitsemus: { sv: 'kost', en: 'nutrition' },
  sydän: { sv: 'hjärthälsa', en: 'heart health' },
  sydänsairaudet: { sv: 'hjärtsjukdomar', en: 'heart disease' },
  syöpä: { sv: 'cancer', en: 'cancer' },
  vammaisuus: { sv: 'funktionsnedsättning', en: 'disability' },
  yksinäisyys: { sv: 'ensamhet', en: 'loneliness' },
  // Job titles and roles (a nimike is one or more of these, separated by commas)
  'alueellinen koordinaattori': { sv: 'regional koordinator', en: 'regional coordinator' },
  diabeteshoitaja: { sv: 'diabetesskötare', en: 'diabetes nurse' },
  elintapaohjaaja: { sv: 'levnadsvanehandledare', en: 'lifestyle counsellor' },
  'hyte-yhdyshenkilö': {
    sv: 'kontaktperson för främjande av välfärd och hälsa',
    en: 'health and wellbeing promotion contact',
  },
  hyvinvointikoordinaattori: { sv: 'välfärdskoordinator', en: 'wellbeing coordinator' },
  'järjestöasiantuntija (avustukset ja tilat)': {
    sv: 'organisationssakkunnig (understöd och lokaler)',
    en: 'NGO specialist (grants and premises)',
  },
  'järjestötyön koordinaattori': { sv: 'koordinator för organisationsarbetet', en: 'NGO coordinator' },
  'kunnan järjestöyhdyshenkilö': { sv: 'kommunens organisationskontaktperson', en: 'municipal NGO liaison' },
  kulttuurituottaja: { sv: 'kulturproducent', en: 'cultural producer' },
  kyläasiamies: { sv: 'byombudsman', en: 'village officer' },
  muistihoitaja: { sv: 'minnesskötare', en: 'memory nurse' },
  nuorisotyöntekijä: { sv: 'ungdomsarbetare', en: 'youth worker' },
  'palvelualueen järjestöyhdyshenkilö': {
    sv: 'räddningsverkets organisationskontaktperson',
    en: 'rescue services NGO liaison',
  },
  palveluohjaaja: { sv: 'servicehandledare', en: 'service coordinator' },
  sairaanhoitaja: { sv: 'sjukskötare', en: 'nurse' },
  sijainen: { sv: 'vikarie', en: 'substitute' },
  sivistysjohtaja: { sv: 'bildningsdirektör', en: 'director of education and culture' },
  sosiaaliohjaaja: { sv: 'socialhandledare', en: 'social counsellor' },
  'sote-keskuksen järjestöyhdyshenkilö': {
    sv: 'social- och hälsocentralens organisationskontaktperson',
    en: 'health and social services centre NGO liaison',
  },
  sydänhoitaja: { sv: 'hjärtskötare', en: 'cardiac nurse' },
  terveydenhoitaja: { sv: 'hälsovårdare', en: 'public health nurse' },
  'toimialueen järjestöyhdyshenkilö': {
    sv: 'verksamhetsområdets organisationskontaktperson',
    en: 'service-area NGO liaison',
  },
  'työkyvyn tuen asiakaskoordinaattori': {
    sv: 'klientkoordinator för stöd för arbetsförmågan',
    en: 'client coordinator for work ability support',
  },
  'vapaa-aikaohjaaja': { sv: 'fritidsledare', en: 'leisure instructor' },
  'vastuualueen järjestöyhdyshenkilö': {
    sv: 'organisationskontaktperson för räddningsverkets ansvarsområde',
    en: 'rescue services district NGO liaison',
  },
};

const known = (fi: string): Names | undefined =>
  Object.prototype.hasOwnProperty.call(TERM_NAMES, fi) ? TERM_NAMES[fi] : undefined;

/** A theme, topic or title part in the language; the Finnish word itself when the table lacks it. */
export function termName(fi: string, language: Language): string {
  if (language === 'fi') return fi;
  return known(fi.trim().toLowerCase())?.[language] ?? fi;
}

/** A list of themes or topics in the language, comma-separated as the cards show them. */
export const termList = (terms: readonly string[], language: Language): string =>
  terms.map((term) => termName(term, language)).join(', ');

/** The words of a job title the table must know: its comma-separated parts, and "(sijainen)" apart. */
export function titleParts(title: string): string[] {
  return title
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const note = /^(.*\S)\s*\((sijainen)\)$/i.exec(part);
      return note ? [note[1]!, note[2]!] : [part];
    });
}

/**
 * A job title in the language, part by part ("sairaanhoitaja, sote-keskuksen järjestöyhdyshenkilö
 * (sijainen)" → "nurse, health and social services centre NGO liaison (substitute)"); a part the table
 * lacks stays in Finnish.
 */
export function titleName(title: string, language: Language): string {
  if (language === 'fi') return title;
  return title
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const note = /^(.*\S)\s*\((sijainen)\)$/i.exec(part);
      return note
        ? `${termName(note[1]!, language)} (${termName(note[2]!, language)})`
        : termName(part, language);
    })
    .join(', ');
}

/** What the register knows of a municipality's names (a unit's kunta and kunta_sv). */
export interface MunicipalityNames {
  municipality: string;
  municipalitySv?: string;
}

/**
 * A municipality in the language: Swedish from the register's kunta_sv where a unit of that municipality
 * has one (Raahe → Brahestad; Siikajoki has none and stays Siikajoki); English and Finnish use the
 * Finnish name, as English texts about Finland do.
 */
export function municipalityName(fi: string, language: Language, units: Iterable<MunicipalityNames>): string {
  if (language !== 'sv') return fi;
  for (const unit of units) if (unit.municipality === fi && unit.municipalitySv) return unit.municipalitySv;
  return fi;
}
