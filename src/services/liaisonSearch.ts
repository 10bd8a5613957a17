import { LIAISON_LEVELS, type DirectoryAnswer, type LiaisonLevel } from '../domain/directory';
import type { DirectoryService } from './directoryService';

/** Where the use case reads a user's own unit (`docs/directory.md §4.6`); the profile store implements it. */
export interface OwnUnits {
  unitOf(userId: string): Promise<string | undefined>;
}

/** "Our" / "my" in fi, sv and en: the answer depends on the user's own unit. */
const MENTIONS_OWN_UNIT = /(^|[^\p{L}])(meidän|meiän|oma|omani|omamme|our|my|vår|min)([^\p{L}]|$)/iu;

/** An answer that can be inserted as a card: a unit, a level's people, or a place outside the county. */
export type InsertableAnswer = Extract<DirectoryAnswer, { kind: 'unit' | 'level' | 'outside' }>;

function insertable(answer: DirectoryAnswer | undefined): InsertableAnswer | undefined {
  const kind = answer?.kind;
  return kind === 'unit' || kind === 'level' || kind === 'outside' ? (answer as InsertableAnswer) : undefined;
}

/** What a chosen result stands for, sent back by the client when the user picks it (never trusted). */
export type SearchItem = { unitId: string } | { question: string } | { level: LiaisonLevel; scope: string };

export interface SearchHit {
  answer: InsertableAnswer;
  item: SearchItem;
  /** A unit offered because the words named no place ("did you mean"). */
  suggested: boolean;
}

export type SearchOutcome =
  | { kind: 'hits'; hits: SearchHit[] }
  /** An empty search from a user with no unit of their own, or a question that needs one. */
  | { kind: 'needMyUnit' }
  | { kind: 'tooLong'; length: number; max: number }
  | { kind: 'notFound'; unknown: string };

/** The longest search read: a search box holds a short question, not a chat message's paragraphs. */
export const MAX_SEARCH_LENGTH = 500;

/**
 * The directory as a search (the message extension, `docs/directory.md §9`): the same questions as the
 * chat, each answer as results to pick from; the picked result becomes the answer card.
 */
export class LiaisonSearch {
  constructor(
    private readonly directory: DirectoryService,
    private readonly ownUnits: OwnUnits,
  ) {}

  /**
   * The answer to a question (the chat's and the search's), reading the user's own unit (one point
   * read) only when the question needs it: it says "our", or names no place at all.
   */
  async answer(userId: string, question: string): Promise<DirectoryAnswer> {
    const answer = this.directory.answer(question);
    if (answer.kind === 'needMyUnit' || (answer.kind !== 'unit' && MENTIONS_OWN_UNIT.test(question))) {
      const own = await this.ownUnits.unitOf(userId);
      if (own) return this.directory.answer(question, own);
    }
    return answer;
  }

  async search(userId: string, raw: string): Promise<SearchOutcome> {
    const question = raw.replace(/\s+/g, ' ').trim();
    if (question.length > MAX_SEARCH_LENGTH)
      return { kind: 'tooLong', length: question.length, max: MAX_SEARCH_LENGTH };
    if (question === '') {
      const own = await this.ownUnits.unitOf(userId);
      const unit = own ? this.directory.unit(own) : undefined;
      return unit ? { kind: 'hits', hits: this.unitHits([unit], false) } : { kind: 'needMyUnit' };
    }
    const answer = await this.answer(userId, question);
    switch (answer.kind) {
      case 'unit':
        return { kind: 'hits', hits: [{ answer, item: { unitId: answer.unit.id }, suggested: false }] };
      case 'level':
      case 'outside':
        return { kind: 'hits', hits: [{ answer, item: { question }, suggested: false }] };
      case 'choose':
        return { kind: 'hits', hits: this.unitHits(answer.options, false) };
      case 'chooseScope':
        return {
          kind: 'hits',
          hits: answer.options.flatMap((scope) => {
            const one = insertable(this.directory.answerForScope(answer.level, scope));
            return one ? [{ answer: one, item: { level: answer.level, scope }, suggested: false }] : [];
          }),
        };
      case 'needMyUnit':
        return { kind: 'needMyUnit' };
      case 'notFound':
        if (answer.suggestions.length === 0) return { kind: 'notFound', unknown: answer.unknown };
        return { kind: 'hits', hits: this.unitHits(answer.suggestions, true) };
    }
  }

  /** The answer for a picked result; undefined when the item is malformed or names nothing answerable. */
  async pick(userId: string, item: unknown): Promise<InsertableAnswer | undefined> {
    const { unitId, question, level, scope } = (item ?? {}) as Record<string, unknown>;
    if (typeof scope === 'string' && scope.length <= 200 && LIAISON_LEVELS.includes(level as LiaisonLevel))
      return insertable(this.directory.answerForScope(level as LiaisonLevel, scope));
    if (typeof unitId === 'string' && unitId.length <= 64)
      return insertable(this.directory.answerForUnit(unitId));
    if (typeof question !== 'string' || question.length > MAX_SEARCH_LENGTH) return undefined;
    return insertable(await this.answer(userId, question));
  }

  private unitHits(units: ReadonlyArray<{ id: string }>, suggested: boolean): SearchHit[] {
    return units.flatMap(({ id }) => {
      const answer = insertable(this.directory.answerForUnit(id));
      return answer ? [{ answer, item: { unitId: id }, suggested }] : [];
    });
  }
}
