/**
 * Which experts the register suggests for an order (the liaison still decides): active experts who share
 * a theme and speak the order's language, ranked by theme overlap, then by whether they can come — same
 * area, or remote work for a remote order. Experts from other areas stay on the list, lower down.
 */
import type { Expert } from './types';

export interface Need {
  themes: readonly string[];
  language: string;
  /** The ordering unit's area (alue). */
  area: string;
  /** The order is remote (etänä). */
  remote: boolean;
}

/** Why an expert is on the list; the card shows these (i18n `orders.reason_<code>`). */
export const SUGGESTION_REASONS = ['theme', 'language', 'sameArea', 'remote'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export interface Suggestion {
  expert: Expert;
  score: number;
  /** The order's themes this expert covers. */
  themes: string[];
  reasons: SuggestionReason[];
}

const WEIGHT = { theme: 4, language: 2, reachable: 1 };

/** Ranked suggestions, best first; ties by expert id so the list is stable. */
export function suggestExperts(experts: readonly Expert[], need: Need, limit = 6): Suggestion[] {
  const language = need.language.toLowerCase();
  return experts
    .filter((expert) => expert.status === 'aktiivinen')
    .map((expert) => {
      const themes = expert.themes.filter((theme) => need.themes.includes(theme));
      const speaks = expert.languages.some((l) => l.toLowerCase() === language);
      const sameArea = !!need.area && expert.area === need.area;
      const remote = need.remote && expert.remote;
      const reasons: SuggestionReason[] = [
        ...(themes.length > 0 ? (['theme'] as const) : []),
        ...(speaks ? (['language'] as const) : []),
        ...(sameArea ? (['sameArea'] as const) : []),
        ...(remote ? (['remote'] as const) : []),
      ];
      const score =
        themes.length * WEIGHT.theme +
        (speaks ? WEIGHT.language : 0) +
        (sameArea || remote ? WEIGHT.reachable : 0);
      return { expert, score, themes, reasons, speaks };
    })
    .filter((s) => s.themes.length > 0 && s.speaks)
    .sort((a, b) => b.score - a.score || a.expert.id.localeCompare(b.expert.id))
    .slice(0, Math.max(0, limit))
    .map(({ expert, score, themes, reasons }) => ({ expert, score, themes, reasons }));
}

/** Every theme of the register's experts, sorted: the order form's theme list. */
export function themesOf(experts: readonly Expert[]): string[] {
  return [...new Set(experts.flatMap((expert) => expert.themes))].sort((a, b) => a.localeCompare(b, 'fi'));
}
