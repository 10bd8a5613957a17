import type { Clock } from '../domain/time';
import type { Repositories } from './repositories';

export type ChosenLanguage = 'fi' | 'sv' | 'en';

/** How long this instance trusts a language it read; another instance's change shows within this. */
export const LANGUAGE_CACHE_MS = 60_000;
const MAX_USERS = 10_000;

/**
 * The language each user chose ("kieli suomi"), from their profile. Every turn needs it, so this
 * instance remembers what it read for a minute instead of reading the profile on every turn; a change
 * made here is seen here at once.
 */
export class LanguageService {
  private readonly known = new Map<string, { language?: ChosenLanguage; until: number }>();

  constructor(
    private readonly repos: () => Repositories,
    private readonly clock: Clock,
  ) {}

  async of(userId: string): Promise<ChosenLanguage | undefined> {
    const now = this.clock().getTime();
    const cached = this.known.get(userId);
    if (cached && cached.until > now) return cached.language;
    const language = (await this.repos().profiles.get(userId))?.language;
    this.remember(userId, language, now);
    return language;
  }

  async set(userId: string, language: ChosenLanguage): Promise<void> {
    await this.repos().profiles.setLanguage(userId, language, this.clock());
    this.remember(userId, language, this.clock().getTime());
  }

  private remember(userId: string, language: ChosenLanguage | undefined, now: number): void {
    if (this.known.size >= MAX_USERS) this.known.clear();
    this.known.set(userId, { ...(language ? { language } : {}), until: now + LANGUAGE_CACHE_MS });
  }
}
