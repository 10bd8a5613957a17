/**
 * Forms of Finnish verbs, generated from the infinitive by the verb types' general rules, the way
 * `src/domain/directory/inflect.ts` inflects place names: present and past in every person, the
 * conditional (tilaisin, tarvitsisin), imperative, passive (tilataan), participles (tilannut, tilattu)
 * and the infinitives people write after "haluan" (tilata, tilaamaan, tilaamista). Consonant gradation
 * comes from the directory's rules. The rules over-generate: a form nobody writes costs nothing.
 */
import { strengthen, weaken } from '../directory/gradation';
import { harmonize, isBackVowelWord, isVowel } from '../directory/text';

const PERSONS = ['n', 't', '', 'mme', 'tte'];

/** The six persons on one stem; the third persons may take another stem (tilaa, tilaavat; pyytää, pyytävät). */
function withPersons(stem: string, third: string, back: boolean, thirdPlural = stem): string[] {
  return [...PERSONS.map((ending) => stem + ending), third, thirdPlural + harmonize('vat', back)];
}

/** Type 1 (vowel + a/ä: pyytää, vaihtaa, kertoa, näyttää): strong and weak stem by gradation. */
function typeOne(infinitive: string, back: boolean): string[] {
  const strong = infinitive.slice(0, -1);
  const weak = weaken(strong);
  const last = strong[strong.length - 1]!;
  const a = harmonize('a', back);
  const conditionalStem = /[ei]$/.test(strong) ? strong.slice(0, -1) : strong;
  const pastStem = /[aä]$/.test(strong) ? `${strong.slice(0, -1)}` : strong;
  const passiveStem = /[aä]$/.test(weak) ? `${weak.slice(0, -1)}e` : weak;
  return [
    ...withPersons(weak, strong + last, back, strong),
    ...withPersons(`${conditionalStem}isi`, `${conditionalStem}isi`, back),
    ...withPersons(`${pastStem}i`, `${pastStem}i`, back),
    ...withPersons(`${pastStem}oi`, `${pastStem}oi`, back),
    `${strong}${harmonize('kaa', back)}`,
    `${passiveStem}t${a}${a}n`,
    `${weak}tt${harmonize('iin', back)}`,
    `${strong}${harmonize('nut', back)}`,
    `${passiveStem}tty`.replace(/y$/, harmonize('u', back)),
    `${strong}m${a}${a}n`,
    `${strong}m${a}ss${a}`,
    `${strong}mist${a}`,
    `${strong}minen`,
    `${strong}${harmonize('va', back)}`,
  ];
}

/** Type 4 (vowel + ta/tä: tilata, haluta, tavata): the present stem lengthens the vowel. */
function typeFour(infinitive: string, back: boolean): string[] {
  const stem = infinitive.slice(0, -2);
  const strong = strengthen(stem);
  const last = stem[stem.length - 1]!;
  const a = harmonize('a', back);
  const present = /[aä]$/.test(strong) ? `${strong}${last}` : `${strong}${a}`;
  const conditional = /[aä]$/.test(strong) ? `${strong}isi` : `${strong}${a}isi`;
  return [
    ...withPersons(present, /[aä]$/.test(strong) ? present : `${present}${a}`, back),
    ...withPersons(conditional, conditional, back),
    ...withPersons(`${stem}si`, `${stem}si`, back),
    infinitive,
    `${stem}t${harmonize('kaa', back)}`,
    `${infinitive}${a}n`,
    `${stem}ttiin`,
    `${stem}n${harmonize('nut', back)}`,
    `${stem}tt${harmonize('u', back)}`,
    `${present}m${a}${a}n`,
    `${present}m${a}ss${a}`,
    `${present}mist${a}`,
    `${present}minen`,
  ];
}

/** Type 5 (-ita/-itä: tarvita, valita): the present stem takes -tse-. */
function typeFive(infinitive: string, back: boolean): string[] {
  const stem = infinitive.slice(0, -2);
  const a = harmonize('a', back);
  const present = `${stem}tse`;
  return [
    ...withPersons(present, `${present}e`, back),
    ...withPersons(`${stem}tsisi`, `${stem}tsisi`, back),
    ...withPersons(`${stem}tsi`, `${stem}tsi`, back),
    infinitive,
    `${stem}t${harmonize('kaa', back)}`,
    `${infinitive}${a}n`,
    `${stem}n${harmonize('nut', back)}`,
    `${stem}tt${harmonize('u', back)}`,
    `${present}m${a}${a}n`,
    `${present}mist${a}`,
    `${present}minen`,
  ];
}

/** Type 2 (-da/-dä: saada, voida, näyttäytyä aside): the stem before -da. */
function typeTwo(infinitive: string, back: boolean): string[] {
  const stem = infinitive.slice(0, -2);
  const long = isVowel(stem[stem.length - 2]) && stem[stem.length - 1] === stem[stem.length - 2];
  const short = long ? stem.slice(0, -1) : stem;
  // saada → saisi, sai; voida → voisi, voi
  const conditional = stem.endsWith('i') ? `${stem}si` : `${short}isi`;
  const past = stem.endsWith('i') ? stem : `${short}i`;
  const a = harmonize('a', back);
  return [
    ...withPersons(stem, stem, back),
    ...withPersons(conditional, conditional, back),
    ...withPersons(past, past, back),
    infinitive,
    `${stem}${harmonize('kaa', back)}`,
    `${infinitive}${a}n`,
    `${stem}${harmonize('nut', back)}`,
    `${stem}m${a}${a}n`,
  ];
}

/** Type 3 (-lla, -nna, -rra, -sta: kuulla, mennä, nousta): the stem takes -e-. */
function typeThree(infinitive: string, back: boolean): string[] {
  const stem = infinitive.slice(0, -2);
  const consonant =
    infinitive.endsWith('sta') || infinitive.endsWith('stä') ? stem : stem.slice(0, -1) + stem.slice(-1);
  const a = harmonize('a', back);
  const present = `${consonant}e`;
  return [
    ...withPersons(present, `${present}e`, back),
    ...withPersons(`${consonant}isi`, `${consonant}isi`, back),
    ...withPersons(`${consonant}i`, `${consonant}i`, back),
    infinitive,
    `${consonant}${harmonize('kaa', back)}`,
    `${infinitive}${a}n`,
    `${present}m${a}${a}n`,
  ];
}

/** Every form of a Finnish verb given in its basic form, with the question clitic -ko/-kö. */
export function finnishVerbForms(raw: string): Set<string> {
  const infinitive = raw.toLowerCase();
  const back = isBackVowelWord(infinitive);
  let forms: string[];
  if (/[^aeiouyäö][ei]t[aä]$/.test(infinitive) && /it[aä]$/.test(infinitive))
    forms = typeFive(infinitive, back);
  else if (/[aeiouyäö]t[aä]$/.test(infinitive)) forms = typeFour(infinitive, back);
  else if (/[aeiouyäö]d[aä]$/.test(infinitive)) forms = typeTwo(infinitive, back);
  else if (/(ll|nn|rr|st)[aä]$/.test(infinitive)) forms = typeThree(infinitive, back);
  else forms = typeOne(infinitive, back);
  const result = new Set<string>([infinitive]);
  for (const form of forms) {
    result.add(form);
    // Questions put -ko on the persons and the infinitive: tilaanko, voisitko, saako, tilatako.
    if (/(n|t|i|[aä]{2}|[aä])$/.test(form) && !/(ma|mä)$/.test(form))
      result.add(form + harmonize('ko', back));
  }
  return result;
}
