import type { Unit } from '../directory';

/** Lower case without accents, so "pyhajoki" finds Pyhäjoki and "ii" finds "Ii". */
const folded = (text: string) => text.toLocaleLowerCase('fi').normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The units whose name, id, municipality or alias contains every word of `query` (in any order), best
 * first: a name that starts with the query, then one with a word that does, then the rest, each by name.
 * For the order form's unit typeahead, where the register may hold thousands of units.
 */
export function searchUnits(units: readonly Unit[], query: string, limit: number): Unit[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  const q = words.join(' ');
  const scored: Array<[Unit, number]> = [];
  for (const unit of units) {
    const name = folded(unit.name);
    const haystack = [name, folded(unit.id), folded(unit.municipality), ...unit.aliases.map(folded)].join(
      ' ',
    );
    if (!words.every((word) => haystack.includes(word))) continue;
    const rank = name.startsWith(q)
      ? 0
      : name.split(/[\s-]+/).some((w) => w.startsWith(words[0] ?? ''))
        ? 1
        : 2;
    scored.push([unit, rank]);
  }
  return scored
    .sort(([a, ra], [b, rb]) => ra - rb || a.name.localeCompare(b.name, 'fi'))
    .slice(0, Math.max(0, limit))
    .map(([unit]) => unit);
}
