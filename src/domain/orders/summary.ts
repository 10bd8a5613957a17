/** The county coordinator's yearly summary of orders: counts, ratings, time to confirmation, per month. */
import { FEEDBACK_QUESTIONS, type FeedbackQuestion, type Order, type OrderState } from './types';

export interface YearlySummary {
  year: number;
  total: number;
  byState: Partial<Record<OrderState, number>>;
  byTheme: Record<string, number>;
  byUnit: Record<string, number>;
  /** Average 1–5 rating per question, of the orderers' feedback; undefined when there is none. */
  ratings: Partial<Record<FeedbackQuestion, number>>;
  feedbackCount: number;
  /** The same for the experts' feedback (recorded by the liaison). */
  expertRatings: Partial<Record<FeedbackQuestion, number>>;
  expertFeedbackCount: number;
  /** Median days from the order to the expert's confirmation. */
  medianDaysToConfirm?: number;
  /** Orders whose event is in each month, January first. */
  perMonth: number[];
}

const inc = <K extends string>(map: Partial<Record<K, number>>, key: K) => (map[key] = (map[key] ?? 0) + 1);

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The event's year and month (1–12): its date is already the county's local date. */
function eventMonth(order: Pick<Order, 'details'>): { year: number; month: number } {
  const [year, month] = order.details.date.split('-').map(Number);
  return { year: year!, month: month! };
}

/** Orders count in the year and month of their event (not of the day they were made). */
export function yearlySummary(orders: readonly Order[], year: number): YearlySummary {
  const mine = orders.filter((order) => eventMonth(order).year === year);
  const summary: YearlySummary = {
    year,
    total: mine.length,
    byState: {},
    byTheme: {},
    byUnit: {},
    ratings: {},
    feedbackCount: 0,
    expertRatings: {},
    expertFeedbackCount: 0,
    perMonth: Array.from({ length: 12 }, () => 0),
  };
  const orderer = new RatingSums();
  const expert = new RatingSums();
  const days: number[] = [];
  for (const order of mine) {
    inc(summary.byState, order.state);
    order.details.themes.forEach((theme) => inc(summary.byTheme, theme));
    inc(summary.byUnit, order.details.unitId);
    summary.perMonth[eventMonth(order).month - 1]! += 1;
    if (order.feedback.orderer) orderer.add(order.feedback.orderer.ratings);
    if (order.feedback.expert) expert.add(order.feedback.expert.ratings);
    const confirmed = order.history.find((entry) => entry.to === 'confirmed');
    if (confirmed) days.push((Date.parse(confirmed.at) - Date.parse(order.createdAt)) / 86_400_000);
  }
  summary.ratings = orderer.averages();
  summary.feedbackCount = orderer.count;
  summary.expertRatings = expert.averages();
  summary.expertFeedbackCount = expert.count;
  const m = median(days);
  if (m !== undefined) summary.medianDaysToConfirm = Math.round(m * 10) / 10;
  return summary;
}

/** Sums of 1–5 ratings per question, averaged to two decimals; unanswered questions are left out. */
class RatingSums {
  count = 0;
  private readonly sums: Partial<Record<FeedbackQuestion, { sum: number; n: number }>> = {};

  add(ratings: Partial<Record<FeedbackQuestion, number>>): void {
    this.count += 1;
    for (const q of FEEDBACK_QUESTIONS) {
      const rating = ratings[q];
      if (rating === undefined) continue;
      const s = (this.sums[q] ??= { sum: 0, n: 0 });
      s.sum += rating;
      s.n += 1;
    }
  }

  averages(): Partial<Record<FeedbackQuestion, number>> {
    const out: Partial<Record<FeedbackQuestion, number>> = {};
    for (const q of FEEDBACK_QUESTIONS) {
      const s = this.sums[q];
      if (s) out[q] = Math.round((s.sum / s.n) * 100) / 100;
    }
    return out;
  }
}
