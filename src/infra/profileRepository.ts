import type { CosmosStore } from './cosmos/store';
import { Documents, type Stored } from './cosmos/documents';

/** What Silta remembers about one staff member; id = AAD object id (or channel user id locally). */
export interface Profile {
  id: string;
  /** "oma yksikkö": the unit the user works in */
  unitId?: string;
  updatedAt: string;
}

export class ProfileRepository {
  private readonly docs: Documents<Profile>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<Profile>(store.container('profiles'), 'profile');
  }

  get(userId: string): Promise<Stored<Profile> | undefined> {
    return this.docs.read(userId);
  }

  /** Sets the user's own unit, keeping the rest of the profile. Last writer wins: only the user edits it. */
  async setUnit(userId: string, unitId: string, now: Date): Promise<Profile> {
    const current = await this.docs.read(userId);
    return this.docs.upsert({ ...(current ?? {}), id: userId, unitId, updatedAt: now.toISOString() });
  }
}
