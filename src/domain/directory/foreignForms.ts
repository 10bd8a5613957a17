/**
 * Forms of Swedish and English words as questions write them, by general rules: the Swedish definite
 * forms (äldreomsorg → äldreomsorgen, psykiatri → psykiatrin, socialtjänster → socialtjänsterna,
 * socialtjänsten) and the genitive -s of both languages (Ijos, Ii's → "iis" once the apostrophe is
 * dropped). Like the Finnish rules they over-generate: a form nobody writes costs nothing.
 */
import { isVowel } from './text';

export function swedishForms(raw: string): Set<string> {
  const word = raw.toLowerCase();
  const forms = new Set<string>();
  const definite = isVowel(word[word.length - 1]) ? ['n', 't'] : ['en', 'et'];
  for (const ending of ['', ...definite]) forms.add(word + ending).add(`${word + ending}s`);
  if (/[aeo]r$/.test(word) && word.length > 4) {
    // A plural (tjänster, områden): the plural definite, and the singular it comes from.
    forms.add(`${word}na`).add(`${word}nas`);
    const singular = word.slice(0, -2);
    for (const ending of ['', 'en', 'ens', 's']) forms.add(singular + ending);
  }
  return forms;
}

export function englishForms(raw: string): Set<string> {
  const word = raw.toLowerCase();
  return new Set([word, `${word}s`, `${word}es`]);
}
