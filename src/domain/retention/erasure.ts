/**
 * Erasing one experience expert's personal data when their consent is withdrawn (suostumus peruttu;
 * docs/data-lifetimes.md §3). Pure: which expert is meant, what in an order or an audit entry is
 * theirs, and the same data with every trace of them replaced by a neutral marker.
 */
import type { Expert } from '../experts/types';
import type { Order } from '../orders/types';

/** What an erased name, contact or id becomes: the same marker the order purge uses. */
export const ERASED = '–';

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The experts a coordinator's words name: by tunnus ("KT-010", "kt-010", "KT010") or by full name,
 * without regard to case or accents ("Jari Astrom" finds Jari Åström). Several when names repeat.
 */
export function findExperts(experts: readonly Expert[], words: string): Expert[] {
  const wanted = fold(words).replace(/^["'”“]|["'”“]$/g, '');
  if (wanted === '') return [];
  const compactId = (id: string) => fold(id).replace(/[\s-]/g, '');
  const byId = experts.filter((e) => compactId(e.id) === wanted.replace(/[\s-]/g, ''));
  if (byId.length > 0) return byId;
  return experts.filter((e) => fold(e.name) === wanted);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The expert's id, name, e-mail and phone as patterns (whole words, any case; a phone with or without spaces). */
function patternsOf(expert: Expert): RegExp[] {
  const word = (text: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}@.+-])${escape(text)}(?![\\p{L}\\p{N}])`, 'giu');
  const needles = [expert.id, expert.name, expert.email].filter((n): n is string => !!n && n.trim() !== '');
  const patterns = needles.map(word);
  if (expert.phone) {
    const digits = expert.phone.replace(/\s+/g, '');
    patterns.push(new RegExp(digits.split('').map(escape).join('\\s*'), 'g'));
  }
  return patterns;
}

function redactValue<T>(value: T, patterns: readonly RegExp[]): T {
  if (typeof value === 'string') {
    return patterns.reduce((text: string, p) => text.replace(p, ERASED), value) as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => redactValue(v, patterns)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, patterns)])) as T;
  }
  return value;
}

/** Every string inside `value` with the expert's id, name, e-mail and phone replaced by ERASED. */
export function redactExpert<T>(value: T, expert: Expert): T {
  return redactValue(value, patternsOf(expert));
}

/** true when some string inside `value` names the expert (id, name, e-mail or phone). */
export function mentionsExpert(value: unknown, expert: Expert): boolean {
  return JSON.stringify(redactExpert(value, expert)) !== JSON.stringify(value);
}

/** true when the order proposed, offered, declined or confirmed the expert. */
export function involvesExpert(order: Order, expertId: string): boolean {
  return (
    order.candidates.includes(expertId) ||
    order.declined.includes(expertId) ||
    order.chosenExpertId === expertId ||
    order.offeredTo === expertId ||
    order.confirmedExpert?.id === expertId
  );
}

/**
 * The order with the expert erased: the confirmed expert's name and contact become ERASED, and so
 * does every mention of them (candidate ids, history notes, free text). States, times and the rest of
 * the history stay. Unchanged (equal) when the order never named them.
 */
export function eraseExpertFromOrder(order: Order, expert: Expert): Order {
  const { confirmedExpert, messages, ...rest } = order;
  const erased = redactExpert(rest, expert);
  const confirmed =
    confirmedExpert && confirmedExpert.id === expert.id
      ? { id: ERASED, name: ERASED }
      : confirmedExpert && redactExpert(confirmedExpert, expert);
  return {
    ...erased,
    ...(confirmed ? { confirmedExpert: confirmed } : {}),
    ...(messages ? { messages } : {}),
  };
}

/** The register's experts without this one. */
export function withoutExpert(experts: readonly Expert[], expertId: string): Expert[] {
  return experts.filter((e) => e.id !== expertId);
}
