/** Orders in every state, experts and times shared by the order unit tests. */
import type { Expert } from '../../../src/domain/experts/types';
import type { Order, OrderState } from '../../../src/domain/orders';
import { order } from '../../support/orders';

/** Before the event (2026-12-10 10:00–11:30 Helsinki). */
export const NOW = '2026-11-23T09:00:00.000Z';
/** After the event has ended. */
export const AFTER_EVENT = '2026-12-10T10:00:00.000Z';

export const expert = (id: string, overrides: Partial<Expert> = {}): Expert => ({
  id,
  name: `Expert ${id}`,
  themes: ['mielenterveys'],
  languages: ['fi'],
  area: 'Oulu',
  remote: true,
  email: `${id.toLowerCase()}@kokemus.example`,
  phone: '+358 40 555 0000',
  status: 'aktiivinen',
  ...overrides,
});

const ORDERER_FEEDBACK = { ratings: { usefulness: 5 }, at: AFTER_EVENT, by: 'orderer' };

/** A consistent order in `state`: candidates KT-1 and KT-2; KT-1 chosen, offered and (later) confirmed. */
export function inState(state: OrderState, overrides: Partial<Order> = {}): Order {
  const afterChoice = ['offered', 'confirmed', 'held', 'feedbackReceived', 'closed'].includes(state);
  const confirmed = ['confirmed', 'held', 'feedbackReceived', 'closed'].includes(state);
  const feedback = ['feedbackReceived', 'closed'].includes(state);
  return order({
    state,
    candidates: state === 'submitted' || state === 'inReview' ? [] : ['KT-1', 'KT-2'],
    ...(afterChoice ? { chosenExpertId: 'KT-1', offeredTo: 'KT-1' } : {}),
    ...(confirmed
      ? { confirmedExpert: { id: 'KT-1', name: 'Expert KT-1', email: 'kt-1@kokemus.example' } }
      : {}),
    feedback: feedback ? { orderer: ORDERER_FEEDBACK } : {},
    ...overrides,
  });
}
