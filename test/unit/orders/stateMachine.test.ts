import {
  ORDER_STATES,
  transition,
  type Actor,
  type OrderAction,
  type OrderState,
} from '../../../src/domain/orders';
import { CONTACT, COORDINATOR, LIAISON, ORDERER, OTHER, SYSTEM } from '../../support/orders';
import { AFTER_EVENT, NOW, expert, inState } from './fixtures';

/**
 * The specification, written out independently of the implementation: for every action, who may take it,
 * from which states, which state it leads to, and in which state a repeat is "already done".
 */
type Role = 'liaison' | 'coordinator' | 'orderer' | 'contact' | 'other' | 'system';
const ACTORS: Record<Role, Actor> = {
  liaison: LIAISON,
  coordinator: COORDINATOR,
  orderer: ORDERER,
  contact: CONTACT,
  other: OTHER,
  system: SYSTEM,
};
const HANDLERS: Role[] = ['liaison', 'coordinator'];
const ORDERING: Role[] = ['orderer', 'contact'];
const OPEN: OrderState[] = [
  'submitted',
  'inReview',
  'moreInfoRequested',
  'candidatesProposed',
  'offered',
  'confirmed',
];

interface Spec {
  action: OrderAction;
  may: Role[];
  from: OrderState[];
  /** undefined: the state does not change */
  to?: OrderState;
  already: OrderState[];
  at: string;
}

const SPEC: Record<string, Spec> = {
  startReview: {
    action: { kind: 'review' },
    may: HANDLERS,
    from: ['submitted'],
    to: 'inReview',
    already: ['inReview'],
    at: NOW,
  },
  requestInfo: {
    action: { kind: 'requestInfo', question: 'Kuinka monta osallistujaa?' },
    may: HANDLERS,
    from: ['submitted', 'inReview'],
    to: 'moreInfoRequested',
    already: ['moreInfoRequested'],
    at: NOW,
  },
  resubmit: {
    action: { kind: 'resubmit', answer: 'Noin 20' },
    may: ORDERING,
    from: ['moreInfoRequested'],
    to: 'inReview',
    already: [],
    at: NOW,
  },
  reject: {
    action: { kind: 'reject', reason: 'Ei sopivaa kokemustoimijaa' },
    may: HANDLERS,
    from: ['submitted', 'inReview', 'moreInfoRequested'],
    to: 'rejected',
    already: ['rejected'],
    at: NOW,
  },
  proposeCandidates: {
    action: { kind: 'propose', expertIds: ['KT-1', 'KT-2'] },
    may: HANDLERS,
    from: ['submitted', 'inReview'],
    to: 'candidatesProposed',
    already: ['candidatesProposed'],
    at: NOW,
  },
  chooseCandidate: {
    action: { kind: 'choose', expertId: 'KT-1' },
    may: ORDERING,
    from: ['candidatesProposed'],
    to: 'offered',
    already: ['offered'],
    at: NOW,
  },
  acceptAndConfirm: {
    action: { kind: 'answer', accepted: true, expert: expert('KT-1') },
    may: HANDLERS,
    from: ['offered'],
    to: 'confirmed',
    already: ['confirmed'],
    at: NOW,
  },
  decline: {
    action: { kind: 'answer', accepted: false, expertId: 'KT-1' },
    may: HANDLERS,
    from: ['offered'],
    to: 'offered',
    // KT-1 has not declined in any fixture, so a repeat is never "already done" here.
    already: [],
    at: NOW,
  },
  markHeld: {
    action: { kind: 'markHeld' },
    may: [...HANDLERS, ...ORDERING, 'system'],
    from: ['confirmed'],
    to: 'held',
    already: ['held'],
    at: AFTER_EVENT,
  },
  ordererFeedback: {
    action: { kind: 'feedback', role: 'orderer', ratings: { usefulness: 5, content: 4 }, text: 'Hyvä' },
    may: ORDERING,
    from: ['held', 'feedbackReceived'],
    to: 'feedbackReceived',
    // the fixture in feedbackReceived already holds the orderer's feedback
    already: ['feedbackReceived'],
    at: AFTER_EVENT,
  },
  expertFeedback: {
    action: { kind: 'feedback', role: 'expert', ratings: { usefulness: 4 } },
    may: HANDLERS,
    from: ['held', 'feedbackReceived'],
    already: [],
    at: AFTER_EVENT,
  },
  close: {
    action: { kind: 'close' },
    may: HANDLERS,
    from: ['held', 'feedbackReceived'],
    to: 'closed',
    already: ['closed'],
    at: AFTER_EVENT,
  },
  cancel: {
    action: { kind: 'cancel' },
    may: ORDERING,
    from: OPEN,
    to: 'cancelled',
    already: ['cancelled'],
    at: NOW,
  },
};

const FINISHED: OrderState[] = ['rejected', 'closed', 'cancelled'];

describe('Order state machine: every state × every action × every role', () => {
  const rows = Object.keys(SPEC).flatMap((name) =>
    ORDER_STATES.flatMap((state) =>
      (Object.keys(ACTORS) as Role[]).map((role) => [name, state, role] as const),
    ),
  );

  it.each(rows)(
    'When %s is taken on a %s order by the %s, then the outcome follows the specification',
    (name, state, role) => {
      const spec = SPEC[name]!;
      const before = inState(state);
      // A cancel is confirmed on the card in the state the order is in (the refusals: below).
      const action: OrderAction =
        spec.action.kind === 'cancel' ? { kind: 'cancel', confirmedIn: state } : spec.action;
      const result = transition(before, action, ACTORS[role], spec.at);

      if (!spec.may.includes(role)) {
        expect(result).toEqual({ kind: 'refused', code: 'ORDER_NOT_ALLOWED' });
      } else if (spec.already.includes(state)) {
        expect(result).toEqual({ kind: 'refused', code: 'ORDER_ALREADY_DONE' });
      } else if (!spec.from.includes(state)) {
        expect(result).toEqual({ kind: 'refused', code: 'ORDER_WRONG_STATE' });
      } else {
        expect(result.kind === 'ok').toBe(true);
        if (result.kind !== 'ok') return;
        const to = spec.to ?? state;
        expect(result.order.state).toBe(to);
        expect(result.order.updatedAt).toBe(spec.at);
        expect(result.order.history).toHaveLength(before.history.length + 1);
        expect(result.order.history.at(-1)).toMatchObject({
          at: spec.at,
          action: spec.action.kind,
          from: state,
          to,
          by: { name: ACTORS[role].name },
        });
        expect(result.order.closedAt).toBe(FINISHED.includes(to) ? spec.at : undefined);
        expect(before.state).toBe(state); // the input is never mutated
      }
    },
  );
});

describe('Cancelling needs the confirmation on the card (docs/orders.md §4.2)', () => {
  it.each(OPEN)(
    'When a cancel of a %s order comes without a confirmation, or confirmed in another state, then it is refused',
    (state) => {
      const before = inState(state);
      expect(transition(before, { kind: 'cancel' }, ORDERER, NOW)).toEqual({
        kind: 'refused',
        code: 'ORDER_INVALID',
        reason: 'confirmCancel',
      });
      const elsewhere = state === 'submitted' ? 'inReview' : 'submitted';
      expect(transition(before, { kind: 'cancel', confirmedIn: elsewhere }, CONTACT, NOW)).toEqual({
        kind: 'refused',
        code: 'ORDER_INVALID',
        reason: 'confirmCancelStale',
      });
      expect(transition(before, { kind: 'cancel', confirmedIn: state }, CONTACT, NOW).kind).toBe('ok');
    },
  );

  it('When someone without the right confirms a cancel, then it is refused for the right first', () => {
    expect(transition(inState('inReview'), { kind: 'cancel', confirmedIn: 'inReview' }, OTHER, NOW)).toEqual({
      kind: 'refused',
      code: 'ORDER_NOT_ALLOWED',
    });
  });
});
