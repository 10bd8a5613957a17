/**
 * The order workflow as a pure state machine (docs/orders.md §3–§5). Every action is authorised here,
 * from the stored order and the acting user — never from what a card says.
 */
import { ACTION_KINDS, ACTION_ROLE, type OrderAction, type OrderActionKind } from './actions';
import {
  FEEDBACK_QUESTIONS,
  FEEDBACK_ROLES,
  FINISHED_STATES,
  OPEN_STATES,
  type Actor,
  type FeedbackRole,
  type Order,
  type OrderState,
} from './types';

export type TransitionError =
  'ORDER_NOT_ALLOWED' | 'ORDER_WRONG_STATE' | 'ORDER_ALREADY_DONE' | 'ORDER_INVALID';
/** Why an action's own data was refused (ORDER_INVALID); each is the i18n key `orders.invalid_<reason>`. */
export const INVALID_REASONS = [
  'question',
  'answer',
  'reason',
  'candidates',
  'candidate',
  'expert',
  'offeredChanged',
  'notYet',
  'ratings',
  'text',
  'confirmCancel',
  'confirmCancelStale',
] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export type TransitionResult =
  { kind: 'ok'; order: Order } | { kind: 'refused'; code: TransitionError; reason?: InvalidReason };

/** The states each action starts from (docs/orders.md §4). */
export const FROM: Record<OrderActionKind, readonly OrderState[]> = {
  review: ['submitted'],
  requestInfo: ['submitted', 'inReview'],
  resubmit: ['moreInfoRequested'],
  reject: ['submitted', 'inReview', 'moreInfoRequested'],
  propose: ['submitted', 'inReview'],
  choose: ['candidatesProposed'],
  answer: ['offered'],
  markHeld: ['confirmed'],
  feedback: ['held', 'feedbackReceived'],
  close: ['held', 'feedbackReceived'],
  cancel: OPEN_STATES,
};

/** States that mean "this was just done" — a double click or a second liaison gets ORDER_ALREADY_DONE. */
const DONE: Record<OrderActionKind, readonly OrderState[]> = {
  review: ['inReview'],
  requestInfo: ['moreInfoRequested'],
  resubmit: [],
  reject: ['rejected'],
  propose: ['candidatesProposed'],
  choose: ['offered'],
  answer: [],
  markHeld: ['held'],
  feedback: [],
  close: ['closed'],
  cancel: ['cancelled'],
};

/** True when the action's outcome is already there: the UI should just show the current state. */
function alreadyDone(order: Order, action: OrderAction): boolean {
  if (DONE[action.kind].includes(order.state)) return true;
  switch (action.kind) {
    case 'resubmit':
      return order.state === 'inReview' && order.history.at(-1)?.action === 'resubmit';
    case 'answer': {
      if (action.expertId === undefined) return action.accepted && order.state === 'confirmed';
      if (action.accepted) return order.confirmedExpert?.id === action.expertId;
      return order.declined.includes(action.expertId);
    }
    case 'feedback':
      return order.feedback[action.role] !== undefined && FROM.feedback.includes(order.state);
    default:
      return false;
  }
}

export const MAX_NOTE_LENGTH = 1000;
export const MAX_CANDIDATES = 3;

const same = (a?: string, b?: string) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

export function isHandlingLiaison(order: Order, actor: Actor): boolean {
  return actor.coordinator || order.liaisons.some((l) => same(l.aadObjectId, actor.aadObjectId));
}

export function isOrderingSide(order: Order, actor: Actor): boolean {
  return (
    same(order.orderer.aadObjectId, actor.aadObjectId) ||
    same(order.details.contact.aadObjectId, actor.aadObjectId)
  );
}

function mayTake(order: Order, kind: OrderActionKind, actor: Actor): boolean {
  if (actor.system) return kind === 'markHeld';
  const role = ACTION_ROLE[kind];
  if (role === 'liaison') return isHandlingLiaison(order, actor);
  if (role === 'orderer') return isOrderingSide(order, actor);
  return isHandlingLiaison(order, actor) || isOrderingSide(order, actor);
}

const text = (value: string | undefined, required: boolean) =>
  (value ?? '').trim().length <= MAX_NOTE_LENGTH && (!required || (value ?? '').trim().length > 0);

/** The orderer's feedback is the ordering side's to give; the expert's is recorded by the liaison. */
function mayGiveFeedback(order: Order, role: FeedbackRole, actor: Actor): boolean {
  return role === 'orderer' ? isOrderingSide(order, actor) : isHandlingLiaison(order, actor);
}

/** Why an action's own data is not acceptable, or undefined when it is. */
function invalid(order: Order, action: OrderAction, now: string): InvalidReason | undefined {
  switch (action.kind) {
    case 'requestInfo':
      return text(action.question, true) ? undefined : 'question';
    case 'resubmit':
      return text(action.answer, false) ? undefined : 'answer';
    case 'reject':
      return text(action.reason, true) ? undefined : 'reason';
    case 'propose': {
      const ids = action.expertIds;
      const ok =
        ids.length >= 1 &&
        ids.length <= MAX_CANDIDATES &&
        new Set(ids).size === ids.length &&
        ids.every((id) => typeof id === 'string' && id.trim() === id && id.length > 0 && id.length <= 40);
      return ok ? undefined : 'candidates';
    }
    case 'choose':
      return order.candidates.includes(action.expertId) && !order.declined.includes(action.expertId)
        ? undefined
        : 'candidate';
    case 'answer':
      if (action.expertId !== undefined && action.expertId !== order.offeredTo) return 'offeredChanged';
      return !action.accepted || action.expert?.id === order.offeredTo ? undefined : 'expert';
    case 'markHeld': {
      const end = Date.parse(order.details.startsAt) + order.details.durationMinutes * 60_000;
      return Date.parse(now) >= end ? undefined : 'notYet';
    }
    case 'cancel':
      // A cancel is taken only as confirmed on the card, in the state it still is in (docs/orders.md §4.2).
      if (!action.confirmedIn) return 'confirmCancel';
      return action.confirmedIn === order.state ? undefined : 'confirmCancelStale';
    case 'feedback': {
      const ratings = FEEDBACK_QUESTIONS.map((q) => action.ratings[q]);
      const ok = ratings.every((r) => r === undefined || (Number.isInteger(r) && r >= 1 && r <= 5));
      if (!ok || ratings.every((r) => r === undefined)) return 'ratings';
      return text(action.text, false) ? undefined : 'text';
    }
    default:
      return undefined;
  }
}

/**
 * A step's outcome, its note (a question, answer, reason or feedback role) and the experts it concerns
 * (register ids, kept apart from the note: the history names them only to those who may see names).
 */
interface Applied {
  next: Order;
  note?: string;
  experts?: string[];
}

function apply(order: Order, action: OrderAction, now: string): Applied {
  const next: Order = { ...order, declined: [...order.declined], feedback: { ...order.feedback } };
  switch (action.kind) {
    case 'review':
      return { next: { ...next, state: 'inReview' } };
    case 'requestInfo':
      return {
        next: { ...next, state: 'moreInfoRequested', infoRequest: action.question.trim() },
        note: action.question.trim(),
      };
    case 'resubmit':
      return { next: { ...next, state: 'inReview' }, note: action.answer.trim() || undefined };
    case 'reject':
      return {
        next: { ...next, state: 'rejected', rejectionReason: action.reason.trim() },
        note: action.reason.trim(),
      };
    case 'propose':
      return {
        next: {
          ...next,
          state: 'candidatesProposed',
          candidates: [...action.expertIds],
          declined: [],
          chosenExpertId: undefined,
          offeredTo: undefined,
        },
        experts: [...action.expertIds],
      };
    case 'choose':
      return {
        next: { ...next, state: 'offered', chosenExpertId: action.expertId, offeredTo: action.expertId },
        experts: [action.expertId],
      };
    case 'answer': {
      if (action.accepted && action.expert) {
        const e = action.expert;
        const confirmedExpert = {
          id: e.id,
          name: e.name,
          ...(e.email ? { email: e.email } : {}),
          ...(e.phone ? { phone: e.phone } : {}),
          ...(e.organisation ? { organisation: e.organisation } : {}),
        };
        return { next: { ...next, state: 'confirmed', confirmedExpert }, experts: [e.id] };
      }
      const declined = [...next.declined, order.offeredTo!];
      const following = order.candidates.find((id) => !declined.includes(id));
      if (following)
        return {
          next: { ...next, declined, state: 'offered', offeredTo: following },
          experts: [order.offeredTo!, following],
        };
      return {
        next: { ...next, declined, state: 'inReview', offeredTo: undefined },
        experts: [order.offeredTo!],
      };
    }
    case 'markHeld':
      return { next: { ...next, state: 'held' } };
    case 'feedback': {
      const feedback = {
        ratings: { ...action.ratings },
        ...(action.text?.trim() ? { text: action.text.trim() } : {}),
        at: now,
        by: action.role,
      };
      const state: OrderState = action.role === 'orderer' ? 'feedbackReceived' : order.state;
      return {
        next: { ...next, state, feedback: { ...next.feedback, [action.role]: feedback } },
        note: action.role,
      };
    }
    case 'close':
      return { next: { ...next, state: 'closed' } };
    case 'cancel':
      return { next: { ...next, state: 'cancelled' } };
  }
}

/** One step of the workflow: authorised, in the right state, with valid data — or an error code (docs/orders.md §4.1). */
export function transition(order: Order, action: OrderAction, actor: Actor, now: string): TransitionResult {
  if (!mayTake(order, action.kind, actor)) return { kind: 'refused', code: 'ORDER_NOT_ALLOWED' };
  if (action.kind === 'feedback' && !mayGiveFeedback(order, action.role, actor))
    return { kind: 'refused', code: 'ORDER_NOT_ALLOWED' };
  if (order.purgedAt) return { kind: 'refused', code: 'ORDER_WRONG_STATE' };
  if (alreadyDone(order, action)) return { kind: 'refused', code: 'ORDER_ALREADY_DONE' };
  if (!FROM[action.kind].includes(order.state)) return { kind: 'refused', code: 'ORDER_WRONG_STATE' };
  const reason = invalid(order, action, now);
  if (reason) return { kind: 'refused', code: 'ORDER_INVALID', reason };
  const { next, note, experts } = apply(order, action, now);
  const entry = {
    at: now,
    by: { ...(actor.aadObjectId ? { aadObjectId: actor.aadObjectId } : {}), name: actor.name },
    action: action.kind,
    from: order.state,
    to: next.state,
    ...(note ? { note } : {}),
    ...(experts ? { experts } : {}),
  };
  const closed = FINISHED_STATES.includes(next.state) ? { closedAt: now } : {};
  return { kind: 'ok', order: { ...next, ...closed, history: [...order.history, entry], updatedAt: now } };
}

/** The actions `actor` can take on `order` now: the buttons their view of the card shows. */
export function availableActions(order: Order, actor: Actor): OrderActionKind[] {
  if (order.purgedAt) return [];
  return ACTION_KINDS.filter((kind) => {
    if (!mayTake(order, kind, actor) || !FROM[kind].includes(order.state)) return false;
    if (kind === 'feedback') return feedbackRoles(order, actor).length > 0;
    if (kind === 'markHeld') return false; // the scheduler does this after the event
    return true;
  });
}

/**
 * Whose feedback `actor` can record on `order` now: the orderer's (the ordering side) and the expert's
 * (the handling liaison), each until it is given. Each is its own form on the card, carrying its role.
 */
export function feedbackRoles(order: Order, actor: Actor): FeedbackRole[] {
  if (order.purgedAt || actor.system || !FROM.feedback.includes(order.state)) return [];
  return FEEDBACK_ROLES.filter((role) => !order.feedback[role] && mayGiveFeedback(order, role, actor));
}
