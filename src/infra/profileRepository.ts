import type { CosmosStore } from './cosmos/store';
import { Documents, type Stored } from './cosmos/documents';

/** What Silta remembers about one staff member; id = AAD object id (or channel user id locally). */
export interface Profile {
  id: string;
  /** "oma yksikkö": the unit the user works in */
  unitId?: string;
  /** Notice topics the user subscribed to (aiheet). */
  topics?: string[];
  /** Subscribed to every topic. */
  allTopics?: boolean;
  /** Member of the unit's NGO cooperation team (järjestöyhteistyötiimi). */
  ngoTeam?: boolean;
  /** The language the user chose ("kieli suomi"); wins over the client's locale. */
  language?: 'fi' | 'sv' | 'en';
  updatedAt: string;
}

export interface Subscription {
  topics: string[];
  allTopics: boolean;
  ngoTeam: boolean;
}

export class ProfileRepository {
  private readonly docs: Documents<Profile>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<Profile>(store.container('profiles'), 'profile');
  }

  get(userId: string): Promise<Stored<Profile> | undefined> {
    return this.docs.read(userId);
  }

  /** Sets the user's notice subscription, keeping the rest of the profile. */
  async setSubscription(userId: string, subscription: Subscription, now: Date): Promise<Profile> {
    const current = await this.docs.read(userId);
    return this.docs.upsert({
      ...(current ?? {}),
      id: userId,
      ...subscription,
      updatedAt: now.toISOString(),
    });
  }

  /** Profiles in the given units that subscribe to something (filtering by topic is the domain's job). */
  async listSubscribers(unitIds: readonly string[]): Promise<Profile[]> {
    if (unitIds.length === 0) return [];
    return this.docs.query(
      'SELECT * FROM c WHERE ARRAY_CONTAINS(@units, c.unitId) AND (c.allTopics = true OR c.ngoTeam = true OR ARRAY_LENGTH(c.topics) > 0)',
      [{ name: '@units', value: [...unitIds] }],
    );
  }

  /** Profiles not changed since `cutoff` (ISO): the retention job checks whether their user is still seen. */
  listChangedBefore(cutoff: string): Promise<Profile[]> {
    return this.docs.query('SELECT * FROM c WHERE c.updatedAt < @cutoff', [
      { name: '@cutoff', value: cutoff },
    ]);
  }

  /** Forgets the user: own unit, topics, NGO-team membership and language. */
  delete(userId: string): Promise<boolean> {
    return this.docs.delete(userId);
  }

  /** Sets the language Silta answers the user in, keeping the rest of the profile. */
  async setLanguage(userId: string, language: 'fi' | 'sv' | 'en', now: Date): Promise<Profile> {
    const current = await this.docs.read(userId);
    return this.docs.upsert({ ...(current ?? {}), id: userId, language, updatedAt: now.toISOString() });
  }

  /** Sets the user's own unit, keeping the rest of the profile. Last writer wins: only the user edits it. */
  async setUnit(userId: string, unitId: string, now: Date): Promise<Profile> {
    const current = await this.docs.read(userId);
    return this.docs.upsert({ ...(current ?? {}), id: userId, unitId, updatedAt: now.toISOString() });
  }
}
