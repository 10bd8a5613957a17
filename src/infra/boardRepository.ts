import type { CosmosStore } from './cosmos/store';
import { Documents } from './cosmos/documents';
import { stateIdFor } from './stateStore';
import { conversationKey } from './conversationRepository';

/** A team channel that is a unit's notice board (its Teams conversation id). */
export interface NoticeBoard {
  unitId: string;
  conversationId: string;
}

interface BoardDoc {
  id: string;
  board: { unitId: string; key: string; by: string; at: string; teamId?: string };
}

/** Team channels registered as a unit's notice board (ilmoitustaulu), in the `conversations` container. */
export class BoardRepository {
  private readonly docs: Documents<BoardDoc>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<BoardDoc>(store.container('conversations'), 'notice board');
  }

  async register(board: NoticeBoard, by: string, now: Date, teamId?: string): Promise<void> {
    const key = conversationKey(board.conversationId);
    await this.docs.upsert({
      id: stateIdFor(`board:${key}:${board.unitId}`),
      board: { unitId: board.unitId, key, by, at: now.toISOString(), ...(teamId ? { teamId } : {}) },
    });
  }

  /** Forgets the boards of a channel, or of every channel of a team (Silta was removed from it). */
  async removeFor(conversationId: string, teamId?: string): Promise<number> {
    const docs = await this.docs.query(
      'SELECT c.id FROM c WHERE IS_DEFINED(c.board) AND (c.board.key = @key OR (IS_DEFINED(c.board.teamId) AND c.board.teamId = @team))',
      [
        { name: '@key', value: conversationKey(conversationId) },
        { name: '@team', value: teamId ?? '' },
      ],
    );
    const deleted = await Promise.all(docs.map((d) => this.docs.delete(d.id)));
    return deleted.filter(Boolean).length;
  }

  async listFor(unitIds: readonly string[]): Promise<NoticeBoard[]> {
    if (unitIds.length === 0) return [];
    const docs = await this.docs.query(
      'SELECT * FROM c WHERE IS_DEFINED(c.board) AND ARRAY_CONTAINS(@units, c.board.unitId)',
      [{ name: '@units', value: [...unitIds] }],
    );
    return docs.map((d) => ({ unitId: d.board.unitId, conversationId: d.board.key.replace(/^conv:/, '') }));
  }
}
