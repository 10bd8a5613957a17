import { sameWorkflow, transition } from '../../../src/domain/orders';
import { LIAISON, order } from '../../support/orders';

describe('Bookkeeping-only changes (sameWorkflow)', () => {
  const read = order();

  it('When only the stored card locations changed, then the workflow is the same', () => {
    const newer = { ...read, messages: [{ key: 'user:x', activityId: 'a-1', viewer: 'x' }] };
    expect(sameWorkflow(read, newer)).toBe(true);
  });

  it('When a step was taken (state and history), or feedback was added (history only), then it is not', () => {
    const reviewed = transition(read, { kind: 'review' }, LIAISON, '2026-11-23T09:00:00.000Z');
    if (reviewed.kind !== 'ok') throw new Error(reviewed.code);
    expect(sameWorkflow(read, reviewed.order)).toBe(false);
    const noted = { ...read, history: [{ ...reviewed.order.history[0]!, to: read.state }] };
    expect(sameWorkflow(read, noted)).toBe(false);
  });
});
