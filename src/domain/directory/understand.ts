/** Reads a question into what it names: places (with typos tolerated), a level, unit types, "our unit". */
import { isCommonWord } from './commonWords';
import type { DirectoryIndex } from './model';
import { selectMatches, type PlaceMatch, type PlaceTarget } from './phraseIndex';
import { readTokens } from './readTokens';
import { fold, placeKey, tokenize } from './text';
import { OWN_COUNTY } from './counties';
import type { LiaisonLevel, UnitType } from './types';
import { MY_UNIT_WORDS, OWNER_CUES, ROLE_CUES, TYPE_CUES, firstCue, isQuestionWord } from './vocabulary';

export interface Understanding {
  /** Places named, one entry per phrase; a phrase may name several things (Oulu: municipality and area). */
  places: PlaceTarget[][];
  /** The level a role word names (järjestötyön koordinaattori, alueellinen koordinaattori, toimialue …). */
  roleLevel?: LiaisonLevel;
  /** The level an owner word names (hyvinvointialueen → county, kunnan / kaupungin → municipality). */
  ownerLevel?: LiaisonLevel;
  types: Set<UnitType>;
  /** A hospital is named: a hospital word, or units that are all hospitals (OYS). */
  hospital: boolean;
  mine: boolean;
  /** Words that are neither question words nor places, as the user wrote them (lower case). */
  unknown: string[];
  /** The tokens read (folded) and as written; spans index into them. */
  tokens: string[];
  written: string[];
  /** The tokens each place phrase covers ([start, end)) and the typos it took, in `places` order. */
  spans: Array<{ start: number; end: number; typos: number }>;
}

const isInCounty = (target: PlaceTarget) => target.kind !== 'outside' && target.kind !== 'county';

/**
 * docs/directory.md §4.4, §4.7: Finland's places by the register. A municipality of the county is already
 * a place of the register's (dropped here); a municipality elsewhere is outside; a postal area or code is
 * a place in its municipality when that is ours, else outside.
 */
function ours(index: DirectoryIndex, target: PlaceTarget): PlaceTarget | undefined {
  if (target.kind === 'finnishMunicipality')
    return index.inCounty.has(placeKey(target.name)) ? undefined : { kind: 'outside', name: target.name };
  if (target.kind !== 'postalArea') return target;
  const { name, municipality, codes, code } = target;
  if (index.inCounty.has(placeKey(municipality))) return { kind: 'postal', name, municipality, codes };
  return { kind: 'outside', name: `${code ? `${code} ` : ''}${name} (${municipality})` };
}

function namesOnlyHospitals(index: DirectoryIndex, places: PlaceTarget[][]): boolean {
  const units = places.flatMap((group) => group.flatMap((t) => (t.kind === 'unit' ? [t.unitId] : [])));
  return units.length > 0 && units.every((id) => index.units.get(id)?.type === 'sairaala');
}

export function understand(index: DirectoryIndex, question: string): Understanding {
  const raw = tokenize(question);
  const { written, tokens } = readTokens(index.phrases, raw, raw.map(fold));
  const roleLevel = firstCue(ROLE_CUES, tokens);
  const ownerLevel = firstCue(OWNER_CUES, tokens);
  const mine = tokens.some((token) => MY_UNIT_WORDS.has(token));
  const fuzzyAllowed = (i: number) =>
    !isQuestionWord(tokens[i]!) &&
    !MY_UNIT_WORDS.has(tokens[i]!) &&
    !isCommonWord(tokens[i]!) &&
    !/\d/.test(tokens[i]!);
  const matches = index.phrases.findAll(tokens, fuzzyAllowed).flatMap((match) => {
    const target = ours(index, match.target);
    return target ? [{ ...match, target }] : [];
  });
  // Our own county named as a region ("North Ostrobothnia") is no place: it only keeps the words together.
  const read = selectMatches(matches)
    .filter((group) => !group.some((m) => m.target.kind === 'county' && m.target.name === OWN_COUNTY.fi))
    .map((group) => preferCounty(index, tokens, group, fuzzyAllowed));
  // Beside a county place, a place elsewhere reached only by a typo is a misread word (kertoa is not
  // Kervo, kuussa not Kuusa): the question is about the county place (docs/messages.md §4).
  const named = read.some((group) => group.some((m) => isInCounty(m.target)));
  const groups = read.filter(
    (group) => !(named && group[0]!.typos > 0 && !group.some((m) => isInCounty(m.target))),
  );

  const covered = new Set<number>();
  const inScope = new Set<number>();
  for (const group of groups) {
    for (let i = group[0]!.start; i < group[0]!.end; i += 1) {
      covered.add(i);
      if (group.every((m) => m.target.kind === 'scope')) inScope.add(i);
    }
  }
  // Unit words inside a service area's name (sairaalapalvelut, mental health) name no unit.
  const types = new Set<UnitType>();
  for (const cue of TYPE_CUES) {
    if (tokens.some((token, i) => !inScope.has(i) && token.includes(cue.part)))
      cue.types.forEach((type) => types.add(type));
  }
  const unknown = written.filter(
    (word, i) =>
      !covered.has(i) &&
      !isQuestionWord(tokens[i]!) &&
      !MY_UNIT_WORDS.has(tokens[i]!) &&
      (!/^\d+$/.test(word) || /^\d{5}$/.test(word)),
  );

  const places = groups.map((group) => {
    const targets = group.map((match) => match.target);
    // A name that is both a county place and a place elsewhere means the county place.
    return targets.some(isInCounty) ? targets.filter(isInCounty) : targets;
  });
  return {
    places,
    ...(roleLevel ? { roleLevel } : {}),
    ...(ownerLevel ? { ownerLevel } : {}),
    types,
    hospital: types.has('sairaala') || namesOnlyHospitals(index, places),
    mine,
    unknown,
    tokens,
    written,
    spans: groups.map((group) => ({ start: group[0]!.start, end: group[0]!.end, typos: group[0]!.typos })),
  };
}

/**
 * A typo-corrected place outside the county never beats an in-county reading of the same words: when
 * the closest reading is outside, every county place within the typos allowed is looked for
 * (docs/messages.md §4).
 */
function preferCounty(
  index: DirectoryIndex,
  tokens: readonly string[],
  group: PlaceMatch[],
  fuzzyAllowed: (i: number) => boolean,
): PlaceMatch[] {
  const first = group[0]!;
  if (first.typos === 0 || group.some((match) => isInCounty(match.target))) return group;
  const span = tokens.slice(first.start, first.end);
  const county = index.phrases
    .findAll(span, (i) => fuzzyAllowed(first.start + i), true)
    .flatMap((match) => {
      const target = ours(index, match.target);
      return target ? [{ ...match, target }] : [];
    })
    .filter((match) => isInCounty(match.target) && match.end - match.start === span.length)
    .map((match) => ({ ...match, start: first.start, end: first.end }));
  if (county.length === 0) return group;
  const fewest = Math.min(...county.map((match) => match.typos));
  return county.filter((match) => match.typos === fewest);
}
