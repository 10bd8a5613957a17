import type { Expert } from '../../../src/domain/experts/types';
import {
  ACTION_KINDS,
  ORDER_STATES,
  availableActions,
  transition,
  type Actor,
  type OrderAction,
  type OrderActionKind,
  type OrderState,
} from '../../../src/domain/orders';
import { CONTACT, COORDINATOR, LIAISON, ORDERER, OTHER, SYSTEM, order } from '../../support/orders';

const NOW = '2026-11-23T09:00:00.000Z';
const AFTER_EVENT = '2026-12-10T10:00:00.000Z';
const expert = (id: string): Expert => ({
  id,
  name: `Expert ${id}`,
  themes: ['mielenterveys'],
  languages: ['fi'],
  area: 'Oulu',
  remote: true,
  email: `${id.toLowerCase()}@kokemus.example`,
  phone: '+358 40 555 0000',
  status: 'aktiivinen',
});

/** A valid action of each kind for an order in the matching state. */
const SAMPLE: Record<OrderActionKind, OrderAction> = {
  review: { kind: 'review' },
  requestInfo: { kind: 'requestInfo', question: 'Kuinka monta osallistujaa?' },
  resubmit: { kind: 'resubmit', answer: 'Noin 20' },
  reject: { kind: 'reject', reason: 'Ei sopivaa kokemustoimijaa' },
  propose: { kind: 'propose', expertIds: ['KT-1', 'KT-2'] },
  choose: { kind: 'choose', expertId: 'KT-1' },
  answer: { kind: 'answer', accepted: true, expert: expert('KT-1') },
  markHeld: { kind: 'markHeld' },
  feedback: { kind: 'feedback', role: 'orderer', ratings: { usefulness: 5, content: 4 }, text: 'Hyvä' },
  close: { kind: 'close' },
  cancel: { kind: 'cancel' },
};

/** The states each action may start from; everything else is ORDER_WRONG_STATE or ORDER_ALREADY_DONE. */
const ALLOWED: Record<OrderActionKind, OrderState[]> = {
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
  cancel: ['submitted', 'inReview', 'moreInfoRequested', 'candidatesProposed', 'offered', 'confirmed'],
};
const ALREADY: Partial<Record<OrderActionKind, OrderState[]>> = {
  review: ['inReview'],
  requestInfo: ['moreInfoRequested'],
  reject: ['rejected'],
  propose: ['candidatesProposed'],
  choose: ['offered'],
  markHeld: ['held'],
  close: ['closed'],
  cancel: ['cancelled'],
};
const ROLE: Record<OrderActionKind, Actor> = {
  review: LIAISON,
  requestInfo: LIAISON,
  resubmit: ORDERER,
  reject: LIAISON,
  propose: LIAISON,
  choose: ORDERER,
  answer: LIAISON,
  markHeld: SYSTEM,
  feedback: ORDERER,
  close: LIAISON,
  cancel: ORDERER,
};

const inState = (state: OrderState) =>
  order({ state, candidates: ['KT-1', 'KT-2'], offeredTo: state === 'offered' ? 'KT-1' : undefined });
const when = (kind: OrderActionKind) =>
  kind === 'markHeld' || kind === 'feedback' || kind === 'close' ? AFTER_EVENT : NOW;

describe('Order state machine: every state × every action', () => {
  const table = ORDER_STATES.flatMap((state) => ACTION_KINDS.map((kind) => [state, kind] as const));
  it.each(table)(
    'When the order is %s and %s is taken by its rightful actor, then the outcome is as specified',
    (state, kind) => {
      const result = transition(inState(state), SAMPLE[kind], ROLE[kind], when(kind));
      if (ALLOWED[kind].includes(state)) {
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.order.history.at(-1)).toMatchObject({
            action: kind,
            from: state,
            to: result.order.state,
          });
        }
      } else if (ALREADY[kind]?.includes(state)) {
        expect(result).toEqual({ ok: false, code: 'ORDER_ALREADY_DONE' });
      } else {
        expect(result).toEqual({ ok: false, code: 'ORDER_WRONG_STATE' });
      }
    },
  );

  it.each(ACTION_KINDS.filter((k) => k !== 'markHeld'))(
    'When someone outside the order takes %s, then it is not allowed',
    (kind) => {
      const state = ALLOWED[kind][0]!;
      expect(transition(inState(state), SAMPLE[kind], OTHER, when(kind))).toEqual({
        ok: false,
        code: 'ORDER_NOT_ALLOWED',
      });
    },
  );

  it('When the ordering side takes a liaison action, then it is not allowed, and vice versa', () => {
    expect(transition(inState('submitted'), SAMPLE.review, ORDERER, NOW)).toMatchObject({
      code: 'ORDER_NOT_ALLOWED',
    });
    expect(transition(inState('candidatesProposed'), SAMPLE.choose, LIAISON, NOW)).toMatchObject({
      code: 'ORDER_NOT_ALLOWED',
    });
    expect(transition(inState('submitted'), SAMPLE.cancel, LIAISON, NOW)).toMatchObject({
      code: 'ORDER_NOT_ALLOWED',
    });
  });

  it('When the coordinator reviews, or the contact person chooses, then they may', () => {
    expect(transition(inState('submitted'), SAMPLE.review, COORDINATOR, NOW).ok).toBe(true);
    expect(transition(inState('candidatesProposed'), SAMPLE.choose, CONTACT, NOW).ok).toBe(true);
  });

  it('When the scheduler acts, then it may only mark a confirmed order held, and only after the event', () => {
    expect(transition(inState('submitted'), SAMPLE.review, SYSTEM, NOW)).toMatchObject({
      code: 'ORDER_NOT_ALLOWED',
    });
    expect(transition(inState('confirmed'), SAMPLE.markHeld, SYSTEM, NOW)).toMatchObject({
      code: 'ORDER_INVALID',
      reason: 'notYet',
    });
  });
});

describe('Order workflow details', () => {
  it('When the offered expert declines, then the next proposed candidate is offered automatically', () => {
    const offered = order({ state: 'offered', candidates: ['KT-1', 'KT-2', 'KT-3'], offeredTo: 'KT-1' });
    const result = transition(offered, { kind: 'answer', accepted: false }, LIAISON, NOW);
    expect(result.ok && result.order).toMatchObject({
      state: 'offered',
      offeredTo: 'KT-2',
      declined: ['KT-1'],
    });
  });

  it('When every candidate declines, then the order goes back to the liaison', () => {
    const last = order({
      state: 'offered',
      candidates: ['KT-1', 'KT-2'],
      offeredTo: 'KT-2',
      declined: ['KT-1'],
    });
    const result = transition(last, { kind: 'answer', accepted: false }, LIAISON, NOW);
    expect(result.ok && result.order).toMatchObject({ state: 'inReview', declined: ['KT-1', 'KT-2'] });
    expect(result.ok && result.order.offeredTo).toBeUndefined();
  });

  it('When the expert accepts, then the contact details are copied to the order — and not before', () => {
    const offered = order({ state: 'offered', candidates: ['KT-1'], offeredTo: 'KT-1' });
    expect(offered.confirmedExpert).toBeUndefined();
    const result = transition(offered, SAMPLE.answer, LIAISON, NOW);
    expect(result.ok && result.order.confirmedExpert).toEqual({
      id: 'KT-1',
      name: 'Expert KT-1',
      email: 'kt-1@kokemus.example',
      phone: '+358 40 555 0000',
    });
  });

  it('When an acceptance names another expert than the one offered, then it is invalid', () => {
    const offered = order({ state: 'offered', candidates: ['KT-1', 'KT-2'], offeredTo: 'KT-1' });
    expect(
      transition(offered, { kind: 'answer', accepted: true, expert: expert('KT-2') }, LIAISON, NOW),
    ).toMatchObject({ code: 'ORDER_INVALID' });
  });

  it.each([
    [[], 'none'],
    [['KT-1', 'KT-2', 'KT-3', 'KT-4'], 'four'],
    [['KT-1', 'KT-1'], 'duplicates'],
  ])('When the liaison proposes %j (%s), then it is invalid', (expertIds) => {
    expect(transition(order(), { kind: 'propose', expertIds }, LIAISON, NOW)).toMatchObject({
      code: 'ORDER_INVALID',
    });
  });

  it('When the team chooses someone who was not proposed, then it is invalid', () => {
    expect(
      transition(inState('candidatesProposed'), { kind: 'choose', expertId: 'KT-9' }, ORDERER, NOW),
    ).toMatchObject({ code: 'ORDER_INVALID' });
  });

  it('When a rejection has no reason or an over-long one, then it is invalid', () => {
    expect(transition(order(), { kind: 'reject', reason: ' ' }, LIAISON, NOW)).toMatchObject({
      code: 'ORDER_INVALID',
    });
    expect(transition(order(), { kind: 'reject', reason: 'x'.repeat(1001) }, LIAISON, NOW)).toMatchObject({
      code: 'ORDER_INVALID',
    });
  });

  it("When feedback ratings are outside 1–5, or the wrong side gives a role's feedback, then it is invalid", () => {
    const held = inState('held');
    expect(
      transition(
        held,
        { kind: 'feedback', role: 'orderer', ratings: { usefulness: 6 } },
        ORDERER,
        AFTER_EVENT,
      ),
    ).toMatchObject({ code: 'ORDER_INVALID' });
    expect(
      transition(
        held,
        { kind: 'feedback', role: 'expert', ratings: { usefulness: 4 } },
        ORDERER,
        AFTER_EVENT,
      ),
    ).toMatchObject({ code: 'ORDER_INVALID' });
    const expertFeedback = transition(
      held,
      { kind: 'feedback', role: 'expert', ratings: { usefulness: 4 } },
      LIAISON,
      AFTER_EVENT,
    );
    expect(expertFeedback.ok && expertFeedback.order.state).toBe('held');
  });

  it('When the liaison looks at a submitted order, then the buttons are review, ask, reject, propose; the orderer sees cancel; others nothing', () => {
    expect(availableActions(order(), LIAISON)).toEqual(['review', 'requestInfo', 'reject', 'propose']);
    expect(availableActions(order(), ORDERER)).toEqual(['cancel']);
    expect(availableActions(order(), OTHER)).toEqual([]);
  });
});
