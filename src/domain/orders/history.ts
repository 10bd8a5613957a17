/**
 * The order's history as one viewer may read it (docs/orders.md §5.1): experts are named only to those
 * who may see names; everyone else reads "candidate 1", numbered as the candidates were proposed.
 */
import type { Order, OrderState } from './types';

/** An expert a history entry concerns: by name (the viewer may see it) or by candidate number. */
export type ExpertMention = { kind: 'named'; id: string } | { kind: 'candidate'; n: number };

export interface HistoryLine {
  at: string;
  name: string;
  action: string;
  from: OrderState;
  to: OrderState;
  /** The question, answer or reason written with the step. */
  note?: string;
  /** Whose feedback a feedback step recorded. */
  feedbackRole?: 'orderer' | 'expert';
  experts: ExpertMention[];
}

/** Steps whose notes held expert ids before the ids moved to `experts`: those notes are never shown. */
const EXPERT_STEPS: ReadonlySet<string> = new Set(['propose', 'choose', 'answer']);

/**
 * The history lines for a viewer; `mayName(id)` says whether this viewer may see the expert's name
 * (the handling liaisons: every expert; the ordering side: the confirmed expert only).
 */
export function historyLines(order: Order, mayName: (expertId: string) => boolean): HistoryLine[] {
  let proposed: readonly string[] = order.candidates;
  return order.history.map((h) => {
    if (h.action === 'propose' && h.experts) proposed = h.experts;
    const experts = (h.experts ?? []).map((id): ExpertMention =>
      mayName(id) ? { kind: 'named', id } : { kind: 'candidate', n: proposed.indexOf(id) + 1 || 1 },
    );
    const feedbackRole =
      h.action === 'feedback' && (h.note === 'orderer' || h.note === 'expert') ? h.note : undefined;
    const note = EXPERT_STEPS.has(h.action) || feedbackRole ? undefined : h.note;
    return {
      at: h.at,
      name: h.by.name,
      action: h.action,
      from: h.from,
      to: h.to,
      ...(note ? { note } : {}),
      ...(feedbackRole ? { feedbackRole } : {}),
      experts,
    };
  });
}
