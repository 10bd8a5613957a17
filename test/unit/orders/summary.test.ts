import { median, yearlySummary, type Order, type Transition } from '../../../src/domain/orders';
import { order } from '../../support/orders';

const confirmedAt = (iso: string): Transition => ({
  at: iso,
  by: { name: 'L' },
  action: 'answer',
  from: 'offered',
  to: 'confirmed',
});

describe('Yearly summary', () => {
  const orders: Order[] = [
    order({
      id: 'a',
      createdAt: '2026-03-01T10:00:00Z',
      state: 'closed',
      history: [confirmedAt('2026-03-03T10:00:00Z')],
      feedback: {
        orderer: { ratings: { usefulness: 5, content: 4 }, at: '', by: 'orderer' },
        expert: { ratings: { arrangements: 3 }, at: '', by: 'expert' },
      },
    }),
    order({
      id: 'b',
      createdAt: '2026-03-01T10:00:00Z',
      state: 'confirmed',
      history: [confirmedAt('2026-03-05T10:00:00Z')],
      details: { ...order().details, unitId: 'KE-KEM', themes: ['syöpä', 'mielenterveys'] },
    }),
    order({
      id: 'c',
      createdAt: '2026-07-15T10:00:00Z',
      state: 'rejected',
      feedback: { orderer: { ratings: { usefulness: 2 }, at: '', by: 'orderer' } },
      history: [confirmedAt('2026-07-25T10:00:00Z')],
    }),
    // 2025-12-31 22:30 UTC is already 2026-01-01 in Helsinki
    order({ id: 'new-year', createdAt: '2025-12-31T22:30:00Z' }),
    // 2026-12-31 22:30 UTC is 2027 in Helsinki: not counted
    order({ id: 'next-year', createdAt: '2026-12-31T22:30:00Z' }),
  ];

  it("When orders span years, then only the year's orders (by Helsinki date) count, by state, theme, unit and month", () => {
    const summary = yearlySummary(orders, 2026);
    expect(summary.year).toBe(2026);
    expect(summary.total).toBe(4);
    expect(summary.byState).toEqual({ closed: 1, confirmed: 1, rejected: 1, submitted: 1 });
    expect(summary.byTheme).toEqual({ mielenterveys: 4, syöpä: 1 });
    expect(summary.byUnit).toEqual({ 'OU-TUI': 3, 'KE-KEM': 1 });
    expect(summary.perMonth).toEqual([1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(summary.perMonth).toHaveLength(12);
    expect(yearlySummary(orders, 2027).total).toBe(1);
  });

  it("When feedback exists, then the orderers' and the experts' ratings are averaged per question, separately", () => {
    const summary = yearlySummary(orders, 2026);
    expect(summary.ratings).toEqual({ usefulness: 3.5, content: 4 });
    expect(summary.feedbackCount).toBe(2);
    expect(summary.expertRatings).toEqual({ arrangements: 3 });
    expect(summary.expertFeedbackCount).toBe(1);
  });

  it('When orders were confirmed after 2, 4 and 10 days, then the median is 4 days', () => {
    expect(yearlySummary(orders, 2026).medianDaysToConfirm).toBe(4);
  });

  it('When there are no orders, then every count is zero and nothing is averaged', () => {
    const summary = yearlySummary([], 2026);
    expect(summary).toEqual({
      year: 2026,
      total: 0,
      byState: {},
      byTheme: {},
      byUnit: {},
      ratings: {},
      feedbackCount: 0,
      expertRatings: {},
      expertFeedbackCount: 0,
      perMonth: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    });
  });

  it('When the median is taken, then an even count averages the middle two and an empty list has none', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeUndefined();
  });
});
