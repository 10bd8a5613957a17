import { median, yearlySummary, type Order, type Transition } from '../../../src/domain/orders';
import { order } from '../../support/orders';

const confirmedAt = (iso: string): Transition => ({
  at: iso,
  by: { name: 'L' },
  action: 'answer',
  from: 'offered',
  to: 'confirmed',
});

/** The default order's details with its event on another day. */
const on = (date: string) => ({ ...order().details, date, startsAt: `${date}T08:00:00.000Z` });

describe('Yearly summary', () => {
  const orders: Order[] = [
    order({
      id: 'a',
      createdAt: '2026-03-01T10:00:00Z',
      details: on('2026-03-20'),
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
      details: { ...on('2026-03-25'), unitId: 'KE-KEM', themes: ['syöpä', 'mielenterveys'] },
    }),
    order({
      id: 'c',
      createdAt: '2026-07-15T10:00:00Z',
      details: on('2026-07-30'),
      state: 'rejected',
      feedback: { orderer: { ratings: { usefulness: 2 }, at: '', by: 'orderer' } },
      history: [confirmedAt('2026-07-25T10:00:00Z')],
    }),
    // Made in December 2025 for an event in January 2026: counted in 2026
    order({ id: 'new-year', createdAt: '2025-12-15T10:00:00Z', details: on('2026-01-15') }),
    // Made in 2026 for an event in 2027: not counted in 2026
    order({ id: 'next-year', createdAt: '2026-12-01T10:00:00Z', details: on('2027-01-10') }),
  ];

  it('When orders span years, then they count in the year and month of their event, by state, theme, unit and month', () => {
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

  it('When an order is made in one month for an event in another, then it counts in the month of the event', () => {
    const made = order({ createdAt: '2026-02-27T10:00:00Z', details: on('2026-05-04') });
    expect(yearlySummary([made], 2026).perMonth).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    // The 31st of December in Helsinki is still that year, whatever the UTC start time says.
    const eve = order({ details: { ...on('2026-12-31'), startsAt: '2026-12-31T22:30:00.000Z' } });
    expect(yearlySummary([eve], 2026).perMonth[11]).toBe(1);
    expect(yearlySummary([eve], 2027).total).toBe(0);
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
