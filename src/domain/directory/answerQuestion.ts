/** A free-text liaison question → the answer the rules give (docs/directory.md §4, §5). */
import { isCommonWord } from './commonWords';
import { editDistance } from './editDistance';
import { inflectWord } from './inflect';
import { levelAskedFor } from './levelPrecedence';
import type { AnswerOptions, DirectoryAnswer, DirectoryIndex } from './model';
import type { PlaceTarget } from './phraseIndex';
import {
  HOSPITAL_SERVICE_AREA,
  answerForLevel,
  answerForUnit,
  answerOtherCounty,
  answerOutside,
  isCentre,
  unitsIn,
} from './resolve';
import { fold, normalize } from './text';
import type { LiaisonLevel, Unit, UnitType } from './types';
import { understand, type Understanding } from './understand';

type Kind = PlaceTarget['kind'];

const isOurPlace = (target: PlaceTarget): boolean =>
  target.kind === 'unit' ||
  target.kind === 'municipality' ||
  target.kind === 'area' ||
  target.kind === 'postal';
type TargetOf<K extends Kind> = Extract<PlaceTarget, { kind: K }>;

function targetsOf<K extends Kind>(u: Understanding, kind: K): Array<TargetOf<K>> {
  const seen = new Set<string>();
  const result: Array<TargetOf<K>> = [];
  for (const group of u.places) {
    for (const target of group) {
      const key = JSON.stringify(target);
      if (target.kind === kind && !seen.has(key)) {
        seen.add(key);
        result.push(target as TargetOf<K>);
      }
    }
  }
  return result;
}

/** The units of the kind a unit word asks for; all of them when no word asks, or (for centres) none fits. */
const ofTypes = (units: Unit[], types: ReadonlySet<UnitType>): Unit[] => {
  if (types.size === 0) return units;
  const narrowed = units.filter((unit) => types.has(unit.type));
  return narrowed.length > 0 || types.has('sairaala') ? narrowed : units;
};

/** True when the question names a hospital (sairaala, sjukhus, hospital): docs/directory.md §4.2 applies. */
const asksHospital = (u: Understanding): boolean => u.types.has('sairaala');

/** The centre that carries the municipality's own name (Kalajoen sosiaali- ja terveyskeskus for Kalajoki). */
function mainCentre(units: Unit[], municipality: string): Unit | undefined {
  const forms = new Set([...inflectWord(normalize(municipality))].map(fold));
  const main = units.filter(
    (unit) => isCentre(unit) && forms.has(fold(normalize(unit.name).split(' ')[0] ?? '')),
  );
  return main.length === 1 ? main[0] : undefined;
}

/**
 * Units a question names: named units first, else the units of the named municipalities. When a unit
 * word asks for another kind than the named units are ("Oulaisten sairaala": Oulaisten also names the
 * centre), the units of that kind in the named municipalities. A hospital word never falls back to
 * centres: with no hospital found the list is empty and the hospital rule answers.
 */
function candidateUnits(
  index: DirectoryIndex,
  u: Understanding,
): { units: Unit[]; scope?: string; main?: Unit } {
  const named = targetsOf(u, 'unit')
    .map((target) => index.units.get(target.unitId))
    .filter((unit): unit is Unit => unit !== undefined);
  const postal = targetsOf(u, 'postal');
  const municipalities = postal.length > 0 ? [] : targetsOf(u, 'municipality');
  const inMunicipalities = () => municipalities.flatMap((m) => unitsIn(index, m.name));
  if (named.length === 0 && postal.length > 0) return postalUnits(index, u, postal);
  if (named.length > 0) {
    if (u.types.size === 0 || named.some((unit) => u.types.has(unit.type))) {
      return { units: ofTypes(named, u.types) };
    }
    const around = inMunicipalities().filter((unit) => u.types.has(unit.type));
    if (around.length > 0 || asksHospital(u)) return { units: around };
    return { units: named };
  }
  if (municipalities.length === 0) return { units: [] };
  const units = ofTypes(inMunicipalities(), u.types);
  const scope = municipalities.map((m) => m.name).join(', ');
  const main = municipalities.length === 1 ? mainCentre(units, municipalities[0]!.name) : undefined;
  return { units, scope, ...(main ? { main } : {}) };
}

/**
 * docs/directory.md §4.7: a postal area or code is answered by the units the register says serve it
 * (postinumerot), else as a place in its municipality: one unit, the main centre, or a choice.
 */
function postalUnits(
  index: DirectoryIndex,
  u: Understanding,
  postal: Array<TargetOf<'postal'>>,
): { units: Unit[]; scope?: string; main?: Unit } {
  const serving = new Set<Unit>();
  for (const area of postal)
    for (const code of area.codes) index.unitsByPostalCode.get(code)?.forEach((unit) => serving.add(unit));
  if (serving.size > 0) return { units: ofTypes([...serving], u.types) };
  const municipalities = [...new Set(postal.map((area) => area.municipality))];
  const units = ofTypes(
    municipalities.flatMap((m) => unitsIn(index, m)),
    u.types,
  );
  const scope = postal.map((area) => `${area.name} (${area.municipality})`).join(', ');
  const main = municipalities.length === 1 ? mainCentre(units, municipalities[0]!) : undefined;
  return { units, scope, ...(main ? { main } : {}) };
}

/** True when every scope of `level` the question names comes from one and the same words (neuvola). */
function sameWords(u: Understanding, level: LiaisonLevel): boolean {
  const groups = u.places.filter((group) => group.some((t) => t.kind === 'scope' && t.level === level));
  return groups.length === 1;
}

function myUnit(index: DirectoryIndex, options: AnswerOptions): Unit | undefined {
  return options.myUnitId ? index.units.get(options.myUnitId) : undefined;
}

function levelAnswer(
  index: DirectoryIndex,
  u: Understanding,
  level: LiaisonLevel,
  options: AnswerOptions,
): DirectoryAnswer {
  const { today } = options;
  const scopes = targetsOf(u, 'scope');
  const { units } = candidateUnits(index, u);
  const place = units[0] ?? myUnit(index, options);
  switch (level) {
    case 'toimialue': {
      const named = [...new Set(scopes.filter((s) => s.level === 'toimialue').map((s) => s.name))];
      if (named.length > 1 && sameWords(u, 'toimialue'))
        return { kind: 'chooseScope', level: 'toimialue', options: named };
      const scope = named[0];
      if (scope) return answerForLevel(index, level, today, scope);
      if (units.length > 0 && units.every((unit) => unit.type === 'sairaala')) {
        return answerForLevel(index, level, today, HOSPITAL_SERVICE_AREA);
      }
      return answerForLevel(index, level, today);
    }
    case 'pelastus-palvelualue':
    case 'pelastus-vastuualue': {
      const responsibility = scopes.find((s) => s.level === 'pelastus-vastuualue');
      if (responsibility) return answerForLevel(index, 'pelastus-vastuualue', today, responsibility.name);
      return answerForLevel(index, level, today);
    }
    case 'alue': {
      const area = targetsOf(u, 'area')[0]?.name ?? place?.area;
      return answerForLevel(index, level, today, area);
    }
    case 'kunta': {
      const municipality =
        targetsOf(u, 'municipality')[0]?.name ??
        targetsOf(u, 'postal')[0]?.municipality ??
        place?.municipality;
      if (municipality) return answerForLevel(index, level, today, municipality);
      const outside = targetsOf(u, 'outside')[0];
      if (outside) return answerOutside(index, outside.name, today);
      return { kind: 'needMyUnit' };
    }
    default:
      return answerForLevel(index, level, today);
  }
}

/** "Did you mean": the units whose place words are closest to the words not understood (same first letter). */
function suggestions(index: DirectoryIndex, unknown: string[]): Unit[] {
  const scored = new Map<string, number>();
  for (const word of unknown.map(fold)) {
    for (const entry of index.unitWords) {
      if (entry.word[0] !== word[0]) continue;
      const limit = Math.max(2, Math.floor(entry.word.length / 3));
      const distance = Math.min(
        editDistance(word, entry.word, limit),
        editDistance(word.slice(0, entry.word.length), entry.word, limit) + 1,
      );
      if (distance <= limit)
        scored.set(entry.unitId, Math.min(distance, scored.get(entry.unitId) ?? Infinity));
    }
  }
  return [...scored]
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([id]) => index.units.get(id))
    .filter((unit): unit is Unit => unit !== undefined);
}

/** The names of the places read with typos, as the register writes them. */
function correctedNames(index: DirectoryIndex, u: Understanding): string[] {
  const names = u.places
    .filter((_, i) => u.spans[i]!.typos > 0)
    .flatMap((group) =>
      group.map((target) =>
        target.kind === 'unit' ? (index.units.get(target.unitId)?.name ?? '') : target.name,
      ),
    )
    .filter(Boolean);
  return [...new Set(names)];
}

export function answerQuestion(
  index: DirectoryIndex,
  question: string,
  options: AnswerOptions,
): DirectoryAnswer {
  const u = understand(index, question);
  const answer = answerUnderstood(index, u, options);
  const corrected = correctedNames(index, u);
  // A place outside the county named beside a county place the answer is about: say so, not drop it.
  const outside = answer.kind === 'outside' ? [] : targetsOf(u, 'outside').map((target) => target.name);
  return {
    ...answer,
    ...(corrected.length > 0 ? { corrected } : {}),
    ...(outside.length > 0 ? { outside } : {}),
  };
}

function answerUnderstood(index: DirectoryIndex, u: Understanding, options: AnswerOptions): DirectoryAnswer {
  const { today } = options;
  // docs/directory.md §4.4: another wellbeing county, and nothing of ours named with it.
  const county = targetsOf(u, 'county')[0];
  if (county && !u.places.some((group) => group.some(isOurPlace)))
    return answerOtherCounty(index, county.name, today);
  const level = levelAskedFor(u);
  if (level) return levelAnswer(index, u, level, options);

  const { units, scope, main } = candidateUnits(index, u);
  if (units.length === 1) return answerForUnit(index, units[0]!.id, today);
  if (main) return answerForUnit(index, main.id, today);
  if (units.length > 1)
    return { kind: 'choose', scope: scope ?? units.map((unit) => unit.name).join(', '), options: units };

  const outside = targetsOf(u, 'outside')[0];
  // docs/directory.md §4.2 for a hospital the register does not list: the hospital service area's liaison.
  if (asksHospital(u) && !outside) return answerForLevel(index, 'toimialue', today, HOSPITAL_SERVICE_AREA);
  const area = targetsOf(u, 'area')[0];
  if (area) return answerForLevel(index, 'alue', today, area.name);
  if (outside) return answerOutside(index, outside.name, today);

  if (u.unknown.length > 0 && !(u.mine && options.myUnitId)) {
    return {
      kind: 'notFound',
      unknown: u.unknown.join(' ').slice(0, 80),
      suggestions: suggestions(
        index,
        u.unknown.filter((word) => !isCommonWord(fold(word))),
      ),
    };
  }
  const mine = myUnit(index, options);
  return mine ? answerForUnit(index, mine.id, today) : { kind: 'needMyUnit' };
}

/** The units a short text names, for "my unit is …": a named unit, or the units of a municipality or area. */
export function matchUnits(index: DirectoryIndex, text: string): Unit[] {
  const u = understand(index, text);
  const { units, main } = candidateUnits(index, u);
  if (main) return [main];
  if (units.length > 0) return units;
  const area = targetsOf(u, 'area')[0];
  return area ? index.register.units.filter((unit) => unit.area === area.name) : [];
}
