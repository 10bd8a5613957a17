/**
 * The notices an info screen shows (docs/ngo.md §8): those the sender marked for the screens, sent (or
 * being sent), valid today, addressed to the screen's unit (the unit itself, its municipality, its area
 * or the whole county); not reminders. Only what the notice published: title, organisation, last day.
 */
import type { Notice } from '../notices/types';
import { unitsOf, type AudienceUnit } from '../notices/units';

export type ScreenNotice = Pick<Notice, 'id' | 'title' | 'ngo' | 'validUntil'>;

export function noticesForScreen(
  notices: readonly Notice[],
  unit: AudienceUnit,
  today: string,
): ScreenNotice[] {
  return notices
    .filter(
      (n) =>
        n.onInfoScreen === true &&
        (n.state === 'sent' || n.state === 'sending') &&
        !n.remindsOf &&
        n.validUntil >= today &&
        unitsOf(n.audience, [unit]).length > 0,
    )
    .sort((a, b) => (b.startedAt ?? b.updatedAt).localeCompare(a.startedAt ?? a.updatedAt))
    .map((n) => ({ id: n.id, title: n.title, ngo: n.ngo, validUntil: n.validUntil }));
}
