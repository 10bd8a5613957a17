/** Which experts the register suggests for an order: active ones, by theme, language, area or remote work. */
import type { Expert } from './types';

export interface Need {
  themes: readonly string[];
  language: string;
  /** The ordering unit's area (alue). */
  area: string;
  remote: boolean;
}

export interface Suggestion {
  expert: Expert;
  score: number;
  themes: string[];
}

/** Ranked suggestions: theme matches weigh most, then language, then same area (or remote work). */
export function suggestExperts(experts: readonly Expert[], need: Need, limit = 6): Suggestion[] {
  return experts
    .filter((expert) => expert.status === 'aktiivinen')
    .map((expert) => {
      const themes = expert.themes.filter((theme) => need.themes.includes(theme));
      const speaks = expert.languages.includes(need.language);
      const reachable = expert.area === need.area || (need.remote && expert.remote);
      const score = themes.length * 4 + (speaks ? 2 : 0) + (reachable ? 1 : 0);
      return { expert, score, themes, speaks, reachable };
    })
    .filter((s) => s.themes.length > 0 && s.speaks && s.reachable)
    .sort((a, b) => b.score - a.score || a.expert.id.localeCompare(b.expert.id))
    .slice(0, limit)
    .map(({ expert, score, themes }) => ({ expert, score, themes }));
}

/** Every theme of the register's experts, sorted: the order form's theme list. */
export function themesOf(experts: readonly Expert[]): string[] {
  return [...new Set(experts.flatMap((expert) => expert.themes))].sort((a, b) => a.localeCompare(b, 'fi'));
}
