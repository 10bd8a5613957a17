/** Reads a question into what it names: places (with typos tolerated), a level, unit types, "our unit". */
import type { DirectoryIndex } from './model';
import { selectMatches, type PlaceTarget } from './phraseIndex';
import { fold, tokenize } from './text';
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
  mine: boolean;
  /** Words that are neither question words nor places, as the user wrote them (lower case). */
  unknown: string[];
}

const isInCounty = (target: PlaceTarget) => target.kind !== 'outside';

export function understand(index: DirectoryIndex, question: string): Understanding {
  const written = tokenize(question);
  const tokens = written.map(fold);
  const roleLevel = firstCue(ROLE_CUES, tokens);
  const ownerLevel = firstCue(OWNER_CUES, tokens);
  const types = new Set<UnitType>();
  for (const cue of TYPE_CUES) {
    if (tokens.some((token) => token.includes(cue.part))) cue.types.forEach((type) => types.add(type));
  }
  const mine = tokens.some((token) => MY_UNIT_WORDS.has(token));
  const fuzzyAllowed = (i: number) => !isQuestionWord(tokens[i]!) && !MY_UNIT_WORDS.has(tokens[i]!);
  const groups = selectMatches(index.phrases.findAll(tokens, fuzzyAllowed));

  const covered = new Set<number>();
  for (const group of groups) for (let i = group[0]!.start; i < group[0]!.end; i += 1) covered.add(i);
  const unknown = written.filter(
    (word, i) =>
      !covered.has(i) && !isQuestionWord(tokens[i]!) && !MY_UNIT_WORDS.has(tokens[i]!) && !/^\d+$/.test(word),
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
    mine,
    unknown,
  };
}
