import type { Order, PersonRef } from './types';

/** What a person is told after a step (an i18n key under `orders.`). */
export type OrderAlertKey =
  | 'orders.notifyCandidates'
  | 'orders.notifyMoreInfo'
  | 'orders.notifyRejected'
  | 'orders.notifyResubmitted'
  | 'orders.notifyChosen'
  | 'orders.notifyCancelled'
  | 'orders.notifyCancelledConfirmed'
  | 'orders.notifyConfirmed'
  | 'orders.notifyAllDeclined'
  | 'orders.notifyAllDeclinedTeam'
  | 'orders.notifyFeedback'
  | 'orders.notifyNamedContact';

export interface OrderAlert {
  /** A person Silta can reach in Teams (they have an Entra id). */
  to: PersonRef & { aadObjectId: string };
  key: OrderAlertKey;
  /**
   * The person has something to do on the order's card: one who has no card of the order in their
   * personal chat yet gets it, led by the alert; one who has it gets the alert as one line of text and
   * their card is updated in place (docs/orders.md §6.1). Otherwise the alert is one line of text.
   */
  withCard: boolean;
}

const WITH_CARD: ReadonlySet<OrderAlertKey> = new Set(['orders.notifyFeedback', 'orders.notifyCandidates']);

const reachable = (person: PersonRef): person is PersonRef & { aadObjectId: string } => !!person.aadObjectId;

/**
 * The ordering side: the orderer, and the contact person when they were picked as a Teams user of their
 * own (someone other than the orderer).
 */
export function orderingSide(order: Order): PersonRef[] {
  const contact = order.details.contact;
  return contact.aadObjectId && contact.aadObjectId.toLowerCase() !== order.orderer.aadObjectId.toLowerCase()
    ? [order.orderer, contact]
    : [order.orderer];
}

type Audience = { to: 'orderingSide' | 'liaisons'; key: OrderAlertKey };

/** Who must hear about a step, and whether it is the ordering side or the handling liaisons. */
function audienceAfter(before: Order, after: Order): Audience[] {
  switch (after.history.at(-1)?.action) {
    case 'propose':
      return [{ to: 'orderingSide', key: 'orders.notifyCandidates' }];
    case 'requestInfo':
      return [{ to: 'orderingSide', key: 'orders.notifyMoreInfo' }];
    case 'reject':
      return [{ to: 'orderingSide', key: 'orders.notifyRejected' }];
    case 'resubmit':
      return [{ to: 'liaisons', key: 'orders.notifyResubmitted' }];
    case 'choose':
      return [{ to: 'liaisons', key: 'orders.notifyChosen' }];
    case 'cancel':
      // A confirmed expert has to be told by the liaison: the order was theirs already.
      return [
        {
          to: 'liaisons',
          key: before.state === 'confirmed' ? 'orders.notifyCancelledConfirmed' : 'orders.notifyCancelled',
        },
      ];
    case 'answer':
      if (after.state === 'confirmed') return [{ to: 'orderingSide', key: 'orders.notifyConfirmed' }];
      if (after.state === 'inReview' && before.state === 'offered')
        return [
          { to: 'liaisons', key: 'orders.notifyAllDeclined' },
          { to: 'orderingSide', key: 'orders.notifyAllDeclinedTeam' },
        ];
      return [];
    case 'markHeld':
      return [{ to: 'orderingSide', key: 'orders.notifyFeedback' }];
    default:
      return [];
  }
}

/** Who is told after a step (`before` → `after`), and what (docs/orders.md §6): only people Silta can reach in Teams. */
export function alertsAfter(before: Order, after: Order): OrderAlert[] {
  return audienceAfter(before, after).flatMap((audience) =>
    (audience.to === 'orderingSide' ? orderingSide(after) : after.liaisons)
      .filter(reachable)
      .map((to) => ({ to, key: audience.key, withCard: WITH_CARD.has(audience.key) })),
  );
}

/**
 * Who is told when an order is submitted, besides the liaisons it goes to: a contact person picked as
 * a Teams user other than the orderer gets the ordering side's rights and, later, the expert's contact
 * details, so they are told they were named, with the order's card.
 */
export function alertsOnSubmit(order: Order): OrderAlert[] {
  const [, contact] = orderingSide(order);
  return contact && reachable(contact)
    ? [{ to: contact, key: 'orders.notifyNamedContact', withCard: true }]
    : [];
}
