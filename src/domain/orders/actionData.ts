/**
 * The data of the order cards' Action.Execute verbs (card data: checked, never trusted). The card
 * builders type what they send with these schemas' inputs; the handlers parse with them.
 */
import { z } from 'zod';
import { ACTION_KINDS, type OrderAction, type OrderActionKind } from './actions';
import { MAX_NOTE_LENGTH } from './stateMachine';
import { FEEDBACK_QUESTIONS, type FeedbackQuestion, type OrderState } from './types';

/** Texts are cut here before the rules check them (MAX_NOTE_LENGTH): a forged card cannot send more. */
const READ_MAX = 2 * MAX_NOTE_LENGTH;
const text = (max = READ_MAX) => z.unknown().transform((v) => (typeof v === 'string' ? v.slice(0, max) : ''));
const flag = z.unknown().transform((v) => v === true || v === 'true');

/** The note inputs under the order card's buttons (question, reason, answer, feedback text). */
export const ORDER_NOTE_INPUT = { maxLength: MAX_NOTE_LENGTH } as const;

/** order.view, order.history: which order. */
export const ORDER_REF = z.object({ orderId: z.string().regex(/^[0-9a-f-]{36}$/i) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ratings = Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [`rating_${q}`, text(3)])) as Record<
  `rating_${FeedbackQuestion}`,
  ReturnType<typeof text>
>;

/**
 * The submission id the order form's submit button carries (docs/orders.md §1.2): a UUID, lower-cased;
 * anything else counts as none.
 */
export function submissionIdOf(data: unknown): string | undefined {
  const parsed = z.object({ submissionId: z.string().regex(UUID) }).safeParse(data);
  return parsed.success ? parsed.data.submissionId.toLowerCase() : undefined;
}

/** order.act: which order, which step, and the step's own inputs. */
export const ORDER_ACT = ORDER_REF.extend({
  action: z.string().refine((v): v is OrderActionKind => (ACTION_KINDS as readonly string[]).includes(v)),
  question: text(),
  answer: text(),
  reason: text(),
  text: text(),
  expertIds: text(200),
  expertId: text(40),
  accepted: flag,
  confirmedIn: text(40),
  role: z.unknown().transform((v) => (v === 'expert' ? ('expert' as const) : ('orderer' as const))),
  ...ratings,
});

/** What an order card's button sends (the inputs under it add their own fields). */
export type OrderActData = { orderId: string; action: OrderActionKind } & Partial<{
  expertId: string;
  accepted: 'true' | 'false';
  role: 'orderer' | 'expert';
  /** Cancel: the state the order was in when the confirmation was drawn (docs/orders.md §4.2). */
  confirmedIn: OrderState;
}>;

/** The order and the action a card button asks for; undefined when the data names neither. */
export function orderActOf(data: unknown): { orderId: string; action: OrderAction } | undefined {
  const parsed = ORDER_ACT.safeParse(data);
  if (!parsed.success) return undefined;
  const d = parsed.data;
  const kind = d.action as OrderActionKind;
  return { orderId: d.orderId, action: actionOf(kind, d) };
}

/** The order a card names, if it names one. */
export function orderIdOf(data: unknown): string | undefined {
  const parsed = ORDER_REF.safeParse(data);
  return parsed.success ? parsed.data.orderId : undefined;
}

function actionOf(kind: OrderActionKind, d: z.output<typeof ORDER_ACT>): OrderAction {
  switch (kind) {
    case 'requestInfo':
      return { kind, question: d.question };
    case 'resubmit':
      return { kind, answer: d.answer };
    case 'reject':
      return { kind, reason: d.reason };
    case 'propose':
      return {
        kind,
        expertIds: d.expertIds
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'choose':
      return { kind, expertId: d.expertId };
    case 'answer':
      return { kind, accepted: d.accepted, ...(d.expertId ? { expertId: d.expertId } : {}) };
    case 'cancel':
      return { kind, ...(d.confirmedIn ? { confirmedIn: d.confirmedIn } : {}) };
    case 'feedback': {
      const given: Partial<Record<FeedbackQuestion, number>> = {};
      for (const q of FEEDBACK_QUESTIONS) if (d[`rating_${q}`]) given[q] = Number(d[`rating_${q}`]);
      return { kind, role: d.role, ratings: given, text: d.text };
    }
    default:
      return { kind } as OrderAction;
  }
}
