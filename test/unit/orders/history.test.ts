import {
  historyLines,
  submissionIdOf,
  transition,
  type Order,
  type OrderAction,
} from '../../../src/domain/orders';
import { LIAISON, ORDERER } from '../../support/orders';
import { NOW, expert, inState } from './fixtures';

/** Takes the steps by the rules, each by the liaison or the orderer. */
function run(start: Order, steps: Array<[OrderAction, 'liaison' | 'orderer']>): Order {
  return steps.reduce((order, [action, who]) => {
    const result = transition(order, action, who === 'liaison' ? LIAISON : ORDERER, NOW);
    if (result.kind !== 'ok') throw new Error(`${action.kind} refused: ${result.code}`);
    return result.order;
  }, start);
}

describe('The history as each viewer reads it (docs/orders.md §5.1)', () => {
  const order = run(inState('inReview'), [
    [{ kind: 'propose', expertIds: ['KT-7', 'KT-3'] }, 'liaison'],
    [{ kind: 'choose', expertId: 'KT-7' }, 'orderer'],
    [{ kind: 'answer', accepted: false, expertId: 'KT-7' }, 'liaison'],
    [{ kind: 'answer', accepted: true, expertId: 'KT-3', expert: expert('KT-3') }, 'liaison'],
  ]);

  it('When the steps concern experts, then their ids are kept apart from the notes', () => {
    expect(order.history.map((h) => [h.action, h.experts, h.note])).toEqual([
      ['propose', ['KT-7', 'KT-3'], undefined],
      ['choose', ['KT-7'], undefined],
      ['answer', ['KT-7', 'KT-3'], undefined],
      ['answer', ['KT-3'], undefined],
    ]);
  });

  it('When the team reads it, then only the confirmed expert is named and the others are candidates by their proposed number', () => {
    const lines = historyLines(order, (id) => id === order.confirmedExpert?.id);
    expect(lines.map((l) => l.experts)).toEqual([
      [
        { kind: 'candidate', n: 1 },
        { kind: 'named', id: 'KT-3' },
      ],
      [{ kind: 'candidate', n: 1 }],
      [
        { kind: 'candidate', n: 1 },
        { kind: 'named', id: 'KT-3' },
      ],
      [{ kind: 'named', id: 'KT-3' }],
    ]);
  });

  it('When an older entry kept expert ids in its note, then that note is not shown; questions and feedback roles are', () => {
    const old = inState('offered', {
      history: [
        { at: NOW, by: { name: 'L' }, action: 'answer', from: 'offered', to: 'offered', note: 'KT-1 → KT-2' },
        {
          at: NOW,
          by: { name: 'L' },
          action: 'requestInfo',
          from: 'inReview',
          to: 'moreInfoRequested',
          note: 'Montako?',
        },
        {
          at: NOW,
          by: { name: 'O' },
          action: 'feedback',
          from: 'held',
          to: 'feedbackReceived',
          note: 'orderer',
        },
      ],
    });
    const lines = historyLines(old, () => false);
    expect(lines.map((l) => [l.note, l.feedbackRole])).toEqual([
      [undefined, undefined],
      ['Montako?', undefined],
      [undefined, 'orderer'],
    ]);
  });
});

describe('The order form submission id (docs/orders.md §1.2)', () => {
  it('When the form carries a UUID, then it is the submission id (lower-cased); anything else is none', () => {
    expect(submissionIdOf({ submissionId: '0A0A0A0A-1111-4111-8111-000000000001' })).toBe(
      '0a0a0a0a-1111-4111-8111-000000000001',
    );
    for (const submissionId of [undefined, '', 'x', 42, { $ne: '' }, '0a0a0a0a-1111-4111-8111-00000000000'])
      expect(submissionIdOf({ submissionId })).toBeUndefined();
  });
});
