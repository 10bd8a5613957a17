/**
 * Abuse without logins (docs/ngo.md §5): a honeypot field people never see, and a minimum time between
 * the page being served and the form coming back. Neither is a security boundary (a script can wait and
 * leave the field empty); they turn away the careless robots, and the rate limits take the rest.
 */

/** The honeypot's name: a field a person never sees (hidden from sight, from the tab order and from screen readers). */
export const HONEYPOT_FIELD = 'website';
/** The hidden field that carries when the page was served (epoch ms). */
export const SERVED_AT_FIELD = 'servedAt';

export type GuardVerdict = 'ok' | 'honeypot' | 'tooFast';

export function checkGuards(raw: Record<string, unknown>, now: Date, minFillMs: number): GuardVerdict {
  const trap = Array.isArray(raw[HONEYPOT_FIELD]) ? raw[HONEYPOT_FIELD][0] : raw[HONEYPOT_FIELD];
  if (trap !== undefined && trap !== '') return 'honeypot';
  const servedRaw = Array.isArray(raw[SERVED_AT_FIELD]) ? raw[SERVED_AT_FIELD][0] : raw[SERVED_AT_FIELD];
  const servedAt = typeof servedRaw === 'string' && /^\d{1,15}$/.test(servedRaw) ? Number(servedRaw) : NaN;
  const elapsed = now.getTime() - servedAt;
  // No time, a time in the future, or one too recent: filled faster than a person can.
  if (!Number.isFinite(elapsed) || elapsed < minFillMs) return 'tooFast';
  return 'ok';
}
