/**
 * The basic form (nominative) of a Finnish name that the register writes only in the genitive, as unit
 * names do ("Saloisten hyvinvointipiste", "Vihannin hyvinvointipiste", "Linnanmaan …"), so that a new
 * unit is found as "Saloinen", "Vihanti", "Linnanmaa" without an alias. The genitive endings of
 * inflect.ts are read backwards: -sten / -sen → -nen, -kse- → -s, -de- → -s / -si, a long vowel → itself
 * or -as with the inverse gradation (Haukiputaan → Haukipudas), -e → -e / -i / -ki (Kalajoen), and any
 * vowel stem with its consonants put back in the strong grade (Limingan → Liminka, Vihannin → Vihanti,
 * Hailuodon → Hailuoto). Each rule only proposes; a candidate is kept when the forward rules give back
 * the very genitive it came from, so the guesses that survive are real readings of the name (or harmless
 * extra forms nobody writes).
 */
import { strengthen, weakenEnd } from './gradation';
import { inflectWord } from './inflect';
import { isVowel } from './text';

function candidates(genitive: string): string[] {
  const stem = genitive.slice(0, -1);
  const found: string[] = [];
  const last = stem[stem.length - 1] ?? '';
  if (/(sten|sien)$/.test(genitive)) found.push(`${genitive.slice(0, -4)}nen`);
  if (stem.endsWith('kse')) found.push(`${stem.slice(0, -3)}s`);
  if (stem.endsWith('se')) found.push(`${stem.slice(0, -2)}nen`);
  if (stem.endsWith('de')) found.push(`${stem.slice(0, -2)}s`, `${stem.slice(0, -2)}si`);
  if (stem.length >= 2 && isVowel(last) && stem[stem.length - 2] === last) {
    // A long vowel: itself (Koillismaa, Ii), or an -as/-es/-is/-os name (Haukiputaa-n → Haukipudas).
    found.push(stem);
    const base = stem.slice(0, -2);
    if (base.length >= 2) found.push(`${weakenEnd(base)}${last}s`, `${base}${last}s`);
    if (last === 'e') found.push(stem.slice(0, -1));
  } else if (last === 'e') {
    const base = stem.slice(0, -1);
    found.push(stem, `${base}i`, `${strengthen(base)}i`);
    if (isVowel(base[base.length - 1])) found.push(`${base}ki`);
  } else if (isVowel(last)) {
    found.push(stem, `${strengthen(stem.slice(0, -1))}${last}`);
  }
  return found;
}

/** The nominatives a genitive (lower case, ending in -n) can come from; empty when none is found. */
export function nominativesOf(raw: string): string[] {
  const genitive = raw.toLowerCase();
  if (!genitive.endsWith('n') || genitive.length < 3) return [];
  return [...new Set(candidates(genitive))].filter(
    (nominative) => nominative !== genitive && inflectWord(nominative).has(genitive),
  );
}
