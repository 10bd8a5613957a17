/** Everything that can happen to an order, as data. */
import type { Expert } from '../experts/types';
import type { FeedbackQuestion, FeedbackRole } from './types';

export type OrderAction =
  | { kind: 'review' }
  | { kind: 'requestInfo'; question: string }
  | { kind: 'resubmit'; answer: string }
  | { kind: 'reject'; reason: string }
  | { kind: 'propose'; expertIds: string[] }
  | { kind: 'choose'; expertId: string }
  /**
   * The offered expert's answer, recorded by the liaison. `expertId` names whom the answer is for (the card's
   * offered expert), so a repeated click after a decline is not taken as the next candidate's decline.
   * An acceptance carries the `expert` from the register: its contact is copied to the order only then.
   */
  | { kind: 'answer'; accepted: boolean; expertId?: string; expert?: Expert }
  | { kind: 'markHeld' }
  | {
      kind: 'feedback';
      role: FeedbackRole;
      ratings: Partial<Record<FeedbackQuestion, number>>;
      text?: string;
    }
  | { kind: 'close' }
  /**
   * `confirmedIn` is the state the order was in when the person confirmed the cancellation on the card
   * (docs/orders.md §4.2): without it, or when the order has moved on since, nothing is cancelled.
   */
  | { kind: 'cancel'; confirmedIn?: string };

export type OrderActionKind = OrderAction['kind'];

export const ACTION_KINDS: readonly OrderActionKind[] = [
  'review',
  'requestInfo',
  'resubmit',
  'reject',
  'propose',
  'choose',
  'answer',
  'markHeld',
  'feedback',
  'close',
  'cancel',
];

/** Who may take an action (docs/orders.md §5): the handling liaison (or the coordinator), the ordering side, or the scheduler. */
export const ACTION_ROLE: Record<OrderActionKind, 'liaison' | 'orderer' | 'either'> = {
  review: 'liaison',
  requestInfo: 'liaison',
  resubmit: 'orderer',
  reject: 'liaison',
  propose: 'liaison',
  choose: 'orderer',
  answer: 'liaison',
  markHeld: 'either',
  feedback: 'either',
  close: 'liaison',
  cancel: 'orderer',
};
