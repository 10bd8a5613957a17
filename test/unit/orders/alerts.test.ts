import {
  alertsAfter,
  alertsOnSubmit,
  orderingSide,
  transition,
  type Actor,
  type Order,
  type OrderAction,
} from '../../../src/domain/orders';
import { CONTACT, LIAISON, ORDERER, SYSTEM } from '../../support/orders';
import { AFTER_EVENT, NOW, expert, inState } from './fixtures';

/** Takes one step by the rules and returns who is told. */
function toldAfter(before: Order, action: OrderAction, actor: Actor, at = NOW) {
  const result = transition(before, action, actor, at);
  if (result.kind !== 'ok') throw new Error(`step refused: ${result.code}`);
  return alertsAfter(before, result.order).map((a) => [a.to.aadObjectId, a.key, a.withCard]);
}

const withoutContact = (order: Order): Order => ({
  ...order,
  details: { ...order.details, contact: { name: 'Outside Teams' } },
});

describe('Who is told after an order step', () => {
  it('When the liaison proposes candidates, then the orderer and the contact person get the card with the candidates', () => {
    const before = inState('inReview');
    expect(toldAfter(before, { kind: 'propose', expertIds: ['KT-1'] }, LIAISON)).toEqual([
      [ORDERER.aadObjectId, 'orders.notifyCandidates', true],
      [CONTACT.aadObjectId, 'orders.notifyCandidates', true],
    ]);
  });

  it('When the contact person is not a Teams user (or is the orderer), then only the orderer is told', () => {
    const before = withoutContact(inState('inReview'));
    expect(toldAfter(before, { kind: 'reject', reason: 'Ei resursseja' }, LIAISON)).toEqual([
      [ORDERER.aadObjectId, 'orders.notifyRejected', false],
    ]);
    const self = inState('inReview');
    self.details.contact = { name: ORDERER.name, aadObjectId: ORDERER.aadObjectId!.toUpperCase() };
    expect(orderingSide(self)).toEqual([self.orderer]);
  });

  it('When the liaison asks for more information, then the ordering side gets one line, and their answer goes back to the liaisons', () => {
    const before = withoutContact(inState('inReview'));
    expect(toldAfter(before, { kind: 'requestInfo', question: 'Kuinka monta?' }, LIAISON)).toEqual([
      [ORDERER.aadObjectId, 'orders.notifyMoreInfo', false],
    ]);
    const asked = withoutContact(inState('moreInfoRequested'));
    expect(toldAfter(asked, { kind: 'resubmit', answer: 'Noin 20' }, ORDERER)).toEqual([
      [LIAISON.aadObjectId, 'orders.notifyResubmitted', false],
    ]);
  });

  it('When the team chooses or cancels, then the liaisons are told', () => {
    const proposed = inState('candidatesProposed');
    expect(toldAfter(proposed, { kind: 'choose', expertId: 'KT-1' }, ORDERER)).toEqual([
      [LIAISON.aadObjectId, 'orders.notifyChosen', false],
    ]);
    expect(toldAfter(proposed, { kind: 'cancel', confirmedIn: 'candidatesProposed' }, CONTACT)).toEqual([
      [LIAISON.aadObjectId, 'orders.notifyCancelled', false],
    ]);
  });

  it('When a confirmed order is cancelled, then the liaisons are told to let the expert know', () => {
    const confirmed = inState('confirmed');
    expect(toldAfter(confirmed, { kind: 'cancel', confirmedIn: 'confirmed' }, ORDERER)).toEqual([
      [LIAISON.aadObjectId, 'orders.notifyCancelledConfirmed', false],
    ]);
  });

  it('When the expert accepts, then the ordering side is told it is confirmed; a decline with a next candidate tells nobody; the last decline tells the liaisons and the ordering side', () => {
    const offered = withoutContact(inState('offered'));
    expect(toldAfter(offered, { kind: 'answer', accepted: true, expert: expert('KT-1') }, LIAISON)).toEqual([
      [ORDERER.aadObjectId, 'orders.notifyConfirmed', false],
    ]);
    expect(toldAfter(offered, { kind: 'answer', accepted: false, expertId: 'KT-1' }, LIAISON)).toEqual([]);
    const last = inState('offered', { declined: ['KT-1'], offeredTo: 'KT-2' });
    expect(toldAfter(last, { kind: 'answer', accepted: false, expertId: 'KT-2' }, LIAISON)).toEqual([
      [LIAISON.aadObjectId, 'orders.notifyAllDeclined', false],
      [ORDERER.aadObjectId, 'orders.notifyAllDeclinedTeam', false],
      [CONTACT.aadObjectId, 'orders.notifyAllDeclinedTeam', false],
    ]);
  });

  it('When the event is over and the order is marked held, then the ordering side gets the feedback card', () => {
    const confirmed = withoutContact(inState('confirmed'));
    expect(toldAfter(confirmed, { kind: 'markHeld' }, SYSTEM, AFTER_EVENT)).toEqual([
      [ORDERER.aadObjectId, 'orders.notifyFeedback', true],
    ]);
  });

  it('When a liaison has no Entra id, then they are not told (nobody to reach)', () => {
    const before = inState('candidatesProposed', {
      liaisons: [{ name: 'Email Only', email: 'e@pohde.example' }],
    });
    expect(toldAfter(before, { kind: 'cancel', confirmedIn: 'candidatesProposed' }, ORDERER)).toEqual([]);
  });

  it('When an order is submitted with a contact picked in Teams, then that contact is told they were named, with the card', () => {
    expect(alertsOnSubmit(inState('submitted'))).toEqual([
      {
        to: expect.objectContaining({ aadObjectId: CONTACT.aadObjectId }),
        key: 'orders.notifyNamedContact',
        withCard: true,
      },
    ]);
    expect(alertsOnSubmit(withoutContact(inState('submitted')))).toEqual([]);
  });
});
