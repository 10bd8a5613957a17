import type { Clock } from '../domain/time';
import type { Profile, Subscription } from '../infra/profileRepository';
import type { Repositories } from './repositories';

export type { Profile, Subscription };

/** What Silta remembers about a staff member: their own unit and their notice subscriptions. */
export class ProfileService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly clock: Clock,
  ) {}

  get(userId: string): Promise<Profile | undefined> {
    return this.repos().profiles.get(userId);
  }

  async unitOf(userId: string): Promise<string | undefined> {
    return (await this.get(userId))?.unitId;
  }

  async setUnit(userId: string, unitId: string): Promise<void> {
    await this.repos().profiles.setUnit(userId, unitId, this.clock());
  }

  async subscribe(userId: string, subscription: Subscription): Promise<void> {
    await this.repos().profiles.setSubscription(userId, subscription, this.clock());
  }
}
