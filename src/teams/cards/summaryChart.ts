/**
 * The yearly summary's orders per month, for the card's chart and for the PNG drawn for clients without
 * charts: month names in the user's language (Intl), a title, and alt text that reads out every number.
 */
import type { Translate } from '../../i18n';
import { listText, monthNames, shortMonthNames } from '../../i18n/formats';
import { image } from './adaptive';
import type { VerticalBarChart } from './schema';

export interface MonthlyChart {
  title: string;
  /** January first: the month's short name and its orders. */
  bars: Array<{ label: string; value: number }>;
  /** The title and every month with its count, for screen readers and clients that show no image. */
  altText: string;
}

export function monthlyOrdersChart(perMonth: readonly number[], year: number, t: Translate): MonthlyChart {
  const counts = Array.from({ length: 12 }, (_, i) => perMonth[i] ?? 0);
  const short = shortMonthNames(t);
  const long = monthNames(t);
  const title = t('orders.summaryChartTitle', { year });
  const values = listText(
    counts.map((n, i) => `${long[i]} ${n}`),
    t,
  );
  return {
    title,
    bars: counts.map((value, i) => ({ label: short[i]!, value })),
    altText: t('orders.summaryChartAlt', { title, values }),
  };
}

/** Teams' bar chart of the months, with the PNG at `imageUrl` for clients that cannot draw it. */
export function monthlyChartElement(chart: MonthlyChart, imageUrl: string): VerticalBarChart {
  return {
    type: 'Chart.VerticalBar',
    title: chart.title,
    showTitle: true,
    showBarValues: true,
    color: 'categoricalBlue',
    data: chart.bars.map((bar) => ({ x: bar.label, y: bar.value })),
    fallback: image(imageUrl, chart.altText),
  };
}
