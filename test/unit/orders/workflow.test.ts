import {
  ORDER_STATES,
  availableActions,
  feedbackRoles,
  transition,
  type Actor,
  type Order,
  type OrderAction,
  type OrderActionKind,
  type OrderState,
} from '../../../src/domain/orders';
import { CONTACT, COORDINATOR, LIAISON, ORDERER, OTHER, SYSTEM, order } from '../../support/orders';
import { AFTER_EVENT, NOW, expert, inState } from './fixtures';

const ok = (result: ReturnType<typeof transition>): Order => {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${result.code} ${result.reason ?? ''}`);
  return result.order;
};
const offered = (overrides: Partial<Order> = {}) =>
  order({
    state: 'offered',
    candidates: ['KT-1', 'KT-2', 'KT-3'],
    chosenExpertId: 'KT-1',
    offeredTo: 'KT-1',
    ...overrides,
  });

describe('Order workflow: candidates and answers', () => {
  it('When the offered expert declines, then the next proposed candidate who has not declined is offered automatically', () => {
    const next = ok(
      transition(offered(), { kind: 'answer', accepted: false, expertId: 'KT-1' }, LIAISON, NOW),
    );
    expect(next).toMatchObject({
      state: 'offered',
      offeredTo: 'KT-2',
      chosenExpertId: 'KT-1',
      declined: ['KT-1'],
    });
    expect(next.history.at(-1)).toMatchObject({
      action: 'answer',
      from: 'offered',
      to: 'offered',
      experts: ['KT-1', 'KT-2'],
    });
    expect(next.history.at(-1)!.note).toBeUndefined();
  });

  it('When the team chose the second candidate and it declines, then the first (not yet declined) is offered next', () => {
    const chosen = ok(
      transition(
        inState('candidatesProposed', { candidates: ['KT-1', 'KT-2'] }),
        { kind: 'choose', expertId: 'KT-2' },
        ORDERER,
        NOW,
      ),
    );
    expect(chosen).toMatchObject({ state: 'offered', offeredTo: 'KT-2', chosenExpertId: 'KT-2' });
    const next = ok(transition(chosen, { kind: 'answer', accepted: false }, LIAISON, NOW));
    expect(next).toMatchObject({ offeredTo: 'KT-1', declined: ['KT-2'] });
  });

  it('When every proposed candidate has declined, then the order goes back to the liaison in review with a note', () => {
    const last = offered({ candidates: ['KT-1', 'KT-2'], offeredTo: 'KT-2', declined: ['KT-1'] });
    const back = ok(transition(last, { kind: 'answer', accepted: false }, LIAISON, NOW));
    expect(back).toMatchObject({ state: 'inReview', declined: ['KT-1', 'KT-2'] });
    expect(back.offeredTo).toBeUndefined();
    expect(back.history.at(-1)).toMatchObject({ from: 'offered', to: 'inReview', experts: ['KT-2'] });
    expect(availableActions(back, LIAISON)).toContain('propose');
  });

  it('When the liaison proposes again after all declined, then the new candidates replace the old and nobody has declined them', () => {
    const back = ok(
      transition(
        offered({ candidates: ['KT-1'], declined: [] }),
        { kind: 'answer', accepted: false },
        LIAISON,
        NOW,
      ),
    );
    const again = ok(transition(back, { kind: 'propose', expertIds: ['KT-7'] }, LIAISON, NOW));
    expect(again).toMatchObject({ state: 'candidatesProposed', candidates: ['KT-7'], declined: [] });
    expect(again.chosenExpertId).toBeUndefined();
  });

  it('When a decline is clicked twice for the same expert, then the second is already done and the next candidate is not declined', () => {
    const decline: OrderAction = { kind: 'answer', accepted: false, expertId: 'KT-1' };
    const next = ok(transition(offered(), decline, LIAISON, NOW));
    expect(transition(next, decline, LIAISON, NOW)).toEqual({ kind: 'refused', code: 'ORDER_ALREADY_DONE' });
  });

  it('When an answer names someone other than the expert offered now, then it is invalid', () => {
    expect(
      transition(offered(), { kind: 'answer', accepted: false, expertId: 'KT-3' }, LIAISON, NOW),
    ).toEqual({
      kind: 'refused',
      code: 'ORDER_INVALID',
      reason: 'offeredChanged',
    });
  });

  it('When the expert accepts, then the contact is copied to the order — and not before', () => {
    const before = offered();
    expect(before.confirmedExpert).toBeUndefined();
    const confirmed = ok(
      transition(
        before,
        {
          kind: 'answer',
          accepted: true,
          expertId: 'KT-1',
          expert: expert('KT-1', { organisation: 'Mieli ry' }),
        },
        LIAISON,
        NOW,
      ),
    );
    expect(confirmed.state).toBe('confirmed');
    expect(confirmed.confirmedExpert).toEqual({
      id: 'KT-1',
      name: 'Expert KT-1',
      email: 'kt-1@kokemus.example',
      phone: '+358 40 555 0000',
      organisation: 'Mieli ry',
    });
  });

  it('When an acceptance carries no expert or another expert than the one offered, then it is invalid', () => {
    expect(transition(offered(), { kind: 'answer', accepted: true }, LIAISON, NOW)).toMatchObject({
      code: 'ORDER_INVALID',
      reason: 'expert',
    });
    expect(
      transition(offered(), { kind: 'answer', accepted: true, expert: expert('KT-2') }, LIAISON, NOW),
    ).toMatchObject({
      code: 'ORDER_INVALID',
      reason: 'expert',
    });
  });

  it('When an acceptance is clicked again after the confirmation, then it is already done', () => {
    const accept: OrderAction = { kind: 'answer', accepted: true, expertId: 'KT-1', expert: expert('KT-1') };
    const confirmed = ok(transition(offered(), accept, LIAISON, NOW));
    expect(transition(confirmed, accept, LIAISON, NOW)).toEqual({
      kind: 'refused',
      code: 'ORDER_ALREADY_DONE',
    });
    expect(
      transition(confirmed, { kind: 'answer', accepted: false, expertId: 'KT-2' }, LIAISON, NOW),
    ).toEqual({
      kind: 'refused',
      code: 'ORDER_WRONG_STATE',
    });
  });

  it.each<[string, string[]]>([
    ['none', []],
    ['four', ['KT-1', 'KT-2', 'KT-3', 'KT-4']],
    ['duplicates', ['KT-1', 'KT-1']],
    ['an empty id', ['KT-1', '']],
    ['an id with spaces around it', [' KT-1']],
  ])('When the liaison proposes %s, then it is invalid', (_label, expertIds) => {
    expect(transition(order(), { kind: 'propose', expertIds }, LIAISON, NOW)).toEqual({
      kind: 'refused',
      code: 'ORDER_INVALID',
      reason: 'candidates',
    });
  });

  it('When the team chooses someone who was not proposed, then it is invalid', () => {
    expect(
      transition(inState('candidatesProposed'), { kind: 'choose', expertId: 'KT-9' }, ORDERER, NOW),
    ).toEqual({ kind: 'refused', code: 'ORDER_INVALID', reason: 'candidate' });
  });
});

describe('Order workflow: review, information and rejection', () => {
  it('When the liaison asks for more information and the orderer answers, then both texts are in the history and it is back in review', () => {
    const asked = ok(
      transition(order(), { kind: 'requestInfo', question: '  Montako osallistujaa? ' }, LIAISON, NOW),
    );
    expect(asked).toMatchObject({ state: 'moreInfoRequested', infoRequest: 'Montako osallistujaa?' });
    const answered = ok(transition(asked, { kind: 'resubmit', answer: 'Noin 20' }, CONTACT, NOW));
    expect(answered.state).toBe('inReview');
    expect(answered.history.map((h) => [h.action, h.note])).toEqual([
      ['requestInfo', 'Montako osallistujaa?'],
      ['resubmit', 'Noin 20'],
    ]);
    expect(transition(answered, { kind: 'resubmit', answer: 'Noin 20' }, CONTACT, NOW)).toEqual({
      kind: 'refused',
      code: 'ORDER_ALREADY_DONE',
    });
  });

  it('When a question or rejection reason is empty or over 1000 characters, then it is invalid', () => {
    for (const action of [
      { kind: 'requestInfo', question: ' ' },
      { kind: 'requestInfo', question: 'x'.repeat(1001) },
      { kind: 'reject', reason: '' },
      { kind: 'reject', reason: 'x'.repeat(1001) },
    ] as OrderAction[])
      expect(transition(order(), action, LIAISON, NOW)).toMatchObject({
        kind: 'refused',
        code: 'ORDER_INVALID',
      });
    expect(
      transition(
        order({ state: 'moreInfoRequested' }),
        { kind: 'resubmit', answer: 'x'.repeat(1001) },
        ORDERER,
        NOW,
      ),
    ).toMatchObject({
      code: 'ORDER_INVALID',
      reason: 'answer',
    });
  });

  it('When the order is rejected, then the reason is kept and the retention clock starts', () => {
    const rejected = ok(transition(order(), { kind: 'reject', reason: 'Ei resursseja' }, COORDINATOR, NOW));
    expect(rejected).toMatchObject({ state: 'rejected', rejectionReason: 'Ei resursseja', closedAt: NOW });
  });
});

describe('Order workflow: authorisation details', () => {
  it('When the liaison acts with an upper-case AAD id, then it is still them', () => {
    const upper: Actor = { ...LIAISON, aadObjectId: LIAISON.aadObjectId!.toUpperCase() };
    expect(transition(order(), { kind: 'review' }, upper, NOW).kind === 'ok').toBe(true);
  });

  it('When an actor has no AAD id, then they are nobody on the order (unless coordinator)', () => {
    const anonymous: Actor = { name: 'Nimetön', coordinator: false };
    expect(transition(order(), { kind: 'review' }, anonymous, NOW)).toMatchObject({
      code: 'ORDER_NOT_ALLOWED',
    });
    expect(transition(order(), { kind: 'cancel' }, anonymous, NOW)).toMatchObject({
      code: 'ORDER_NOT_ALLOWED',
    });
  });

  it('When an order was routed to the regional coordinator, then that person handles it like a liaison', () => {
    const regional: Actor = {
      aadObjectId: 'ffffffff-0000-4000-8000-00000000000f',
      name: 'Reija Regional',
      coordinator: false,
    };
    const routed = order({
      routedTo: 'regional',
      liaisons: [{ name: regional.name, aadObjectId: regional.aadObjectId }],
    });
    expect(transition(routed, { kind: 'review' }, regional, NOW).kind === 'ok').toBe(true);
    expect(transition(routed, { kind: 'review' }, LIAISON, NOW)).toMatchObject({ code: 'ORDER_NOT_ALLOWED' });
  });

  it('When the scheduler marks an order held before the event has ended, then it is invalid', () => {
    expect(transition(inState('confirmed'), { kind: 'markHeld' }, SYSTEM, NOW)).toEqual({
      kind: 'refused',
      code: 'ORDER_INVALID',
      reason: 'notYet',
    });
  });

  it('When feedback has no ratings, a rating outside 1–5 or a fraction, or an over-long text, then it is invalid', () => {
    const held = inState('held');
    for (const ratings of [{}, { usefulness: 0 }, { usefulness: 6 }, { content: 3.5 }])
      expect(
        transition(held, { kind: 'feedback', role: 'orderer', ratings }, ORDERER, AFTER_EVENT),
      ).toMatchObject({
        code: 'ORDER_INVALID',
        reason: 'ratings',
      });
    expect(
      transition(
        held,
        { kind: 'feedback', role: 'orderer', ratings: { usefulness: 3 }, text: 'x'.repeat(1001) },
        ORDERER,
        AFTER_EVENT,
      ),
    ).toMatchObject({ code: 'ORDER_INVALID', reason: 'text' });
  });

  it("When both feedbacks arrive, then the orderer's moves the order to feedbackReceived and the liaison may close it", () => {
    const expertFirst = ok(
      transition(
        inState('held'),
        { kind: 'feedback', role: 'expert', ratings: { content: 4 } },
        LIAISON,
        AFTER_EVENT,
      ),
    );
    expect(expertFirst.state).toBe('held');
    const both = ok(
      transition(
        expertFirst,
        { kind: 'feedback', role: 'orderer', ratings: { usefulness: 5 } },
        CONTACT,
        AFTER_EVENT,
      ),
    );
    expect(both.state).toBe('feedbackReceived');
    expect(both.feedback).toMatchObject({
      orderer: { ratings: { usefulness: 5 } },
      expert: { ratings: { content: 4 } },
    });
    const closed = ok(transition(both, { kind: 'close' }, LIAISON, AFTER_EVENT));
    expect(closed).toMatchObject({ state: 'closed', closedAt: AFTER_EVENT });
  });

  it('When the order has been purged, then nothing can be done to it any more', () => {
    const purged = inState('held', { purgedAt: AFTER_EVENT });
    expect(transition(purged, { kind: 'close' }, COORDINATOR, AFTER_EVENT)).toEqual({
      kind: 'refused',
      code: 'ORDER_WRONG_STATE',
    });
    expect(availableActions(purged, COORDINATOR)).toEqual([]);
  });
});

describe('Buttons each viewer sees (availableActions)', () => {
  const BUTTONS: Record<OrderState, { handler: OrderActionKind[]; ordering: OrderActionKind[] }> = {
    submitted: { handler: ['review', 'requestInfo', 'reject', 'propose'], ordering: ['cancel'] },
    inReview: { handler: ['requestInfo', 'reject', 'propose'], ordering: ['cancel'] },
    moreInfoRequested: { handler: ['reject'], ordering: ['resubmit', 'cancel'] },
    rejected: { handler: [], ordering: [] },
    candidatesProposed: { handler: [], ordering: ['choose', 'cancel'] },
    offered: { handler: ['answer'], ordering: ['cancel'] },
    confirmed: { handler: [], ordering: ['cancel'] },
    held: { handler: ['feedback', 'close'], ordering: ['feedback'] },
    // the orderer's feedback is in; the liaison can still record the expert's
    feedbackReceived: { handler: ['feedback', 'close'], ordering: [] },
    closed: { handler: [], ordering: [] },
    cancelled: { handler: [], ordering: [] },
  };

  it.each(ORDER_STATES)('When the order is %s, then each viewer sees exactly their buttons', (state) => {
    const o = inState(state);
    expect(availableActions(o, LIAISON)).toEqual(BUTTONS[state].handler);
    expect(availableActions(o, COORDINATOR)).toEqual(BUTTONS[state].handler);
    expect(availableActions(o, ORDERER)).toEqual(BUTTONS[state].ordering);
    expect(availableActions(o, CONTACT)).toEqual(BUTTONS[state].ordering);
    expect(availableActions(o, OTHER)).toEqual([]);
    expect(availableActions(o, SYSTEM)).toEqual([]);
  });

  it('When a button is shown, then taking it is not refused for the role', () => {
    for (const state of ORDER_STATES)
      for (const viewer of [LIAISON, ORDERER])
        for (const kind of availableActions(inState(state), viewer)) {
          const sample: Record<OrderActionKind, OrderAction> = {
            review: { kind: 'review' },
            requestInfo: { kind: 'requestInfo', question: '?' },
            resubmit: { kind: 'resubmit', answer: '' },
            reject: { kind: 'reject', reason: 'x' },
            propose: { kind: 'propose', expertIds: ['KT-1'] },
            choose: { kind: 'choose', expertId: 'KT-1' },
            answer: { kind: 'answer', accepted: false },
            markHeld: { kind: 'markHeld' },
            feedback: {
              kind: 'feedback',
              role: viewer === LIAISON ? 'expert' : 'orderer',
              ratings: { usefulness: 4 },
            },
            close: { kind: 'close' },
            cancel: { kind: 'cancel', confirmedIn: state },
          };
          expect([
            state,
            kind,
            transition(inState(state), sample[kind], viewer, AFTER_EVENT).kind === 'ok',
          ]).toEqual([state, kind, true]);
        }
  });
});

describe('Feedback forms each viewer gets (feedbackRoles)', () => {
  const given = { ratings: { usefulness: 4 }, at: AFTER_EVENT, by: 'x' };

  it("When the event is held, then the ordering side gets the orderer's form and the liaison the expert's", () => {
    const held = inState('held');
    expect(feedbackRoles(held, ORDERER)).toEqual(['orderer']);
    expect(feedbackRoles(held, CONTACT)).toEqual(['orderer']);
    expect(feedbackRoles(held, LIAISON)).toEqual(['expert']);
    expect(feedbackRoles(held, COORDINATOR)).toEqual(['expert']);
    expect(feedbackRoles(held, OTHER)).toEqual([]);
    expect(feedbackRoles(held, SYSTEM)).toEqual([]);
  });

  it('When a coordinator ordered it themselves, then they get both forms; a given one is gone', () => {
    const own = inState('held', {
      orderer: { name: COORDINATOR.name, aadObjectId: COORDINATOR.aadObjectId! },
    });
    expect(feedbackRoles(own, COORDINATOR)).toEqual(['orderer', 'expert']);
    expect(feedbackRoles({ ...own, feedback: { expert: given } }, COORDINATOR)).toEqual(['orderer']);
  });

  it('When the order is not held yet, or is closed or purged, then there is no form', () => {
    for (const state of ORDER_STATES.filter((s) => s !== 'held' && s !== 'feedbackReceived'))
      expect([state, feedbackRoles(inState(state), LIAISON)]).toEqual([state, []]);
    expect(feedbackRoles(inState('held', { purgedAt: AFTER_EVENT }), ORDERER)).toEqual([]);
  });

  it('When a form is shown, then sending it with its own role is accepted', () => {
    for (const viewer of [LIAISON, ORDERER, CONTACT, COORDINATOR])
      for (const role of feedbackRoles(inState('held'), viewer))
        expect(
          transition(
            inState('held'),
            { kind: 'feedback', role, ratings: { usefulness: 4 } },
            viewer,
            AFTER_EVENT,
          ).kind === 'ok',
        ).toBe(true);
  });
});
