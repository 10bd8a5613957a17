/** The yearly orders as CSV for Finnish Excel: UTF-8 with BOM, ";" separated, CRLF, formula-safe. */
import type { YearlySummary } from './summary';
import { FEEDBACK_QUESTIONS, ORDER_STATES, type Order } from './types';

/** A cell Excel (or LibreOffice) would run as a formula: =, +, -, @ (also full-width, or after spaces), tab, CR. */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Quotes when needed (RFC 4180 with ";"), and defuses formulas with a leading apostrophe. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = [
  'tunnus',
  'tila',
  'toimipiste',
  'tilattu',
  'tilaisuus',
  'tarkoitus',
  'teemat',
  'kieli',
  'tapa',
  'kesto_min',
  'osallistujia',
  'kustannuspaikka',
  ...FEEDBACK_QUESTIONS.map((q) => `arvio_${q}`),
];

const BOM = '\uFEFF';
const table = (rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>) =>
  `${BOM}${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
/** Finnish decimal comma, as Excel in fi-FI expects. */
const decimal = (n: number | undefined) => (n === undefined ? undefined : String(n).replace('.', ','));

/** One row per order (no names or free text): what the county coordinator filters and pivots in Excel. */
export function ordersCsv(orders: readonly Order[]): string {
  const rows = orders.map((o) => [
    o.id,
    o.state,
    o.details.unitId,
    o.createdAt.slice(0, 10),
    `${o.details.date} ${o.details.time}`,
    o.details.purpose,
    o.details.themes.join('|'),
    o.details.language,
    o.details.mode,
    o.details.durationMinutes,
    o.details.audienceSize,
    o.details.costCentre,
    ...FEEDBACK_QUESTIONS.map((q) => o.feedback.orderer?.ratings[q]),
  ]);
  return table([HEADER, ...rows]);
}

/** The yearly summary's numbers as rows "osio;kohde;arvo" (section; item; value). */
export function summaryCsv(summary: YearlySummary): string {
  const rows: Array<Array<string | number | undefined>> = [['osio', 'kohde', 'arvo']];
  rows.push(['vuosi', '', summary.year], ['tilauksia', '', summary.total]);
  for (const state of ORDER_STATES) rows.push(['tila', state, summary.byState[state] ?? 0]);
  const byCount = (map: Record<string, number>) =>
    Object.entries(map).sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'fi'));
  for (const [theme, n] of byCount(summary.byTheme)) rows.push(['teema', theme, n]);
  for (const [unit, n] of byCount(summary.byUnit)) rows.push(['toimipiste', unit, n]);
  summary.perMonth.forEach((n, i) => rows.push(['kuukausi', String(i + 1).padStart(2, '0'), n]));
  rows.push(['tilaajan_palautteita', '', summary.feedbackCount]);
  for (const q of FEEDBACK_QUESTIONS) rows.push(['tilaajan_arvio', q, decimal(summary.ratings[q])]);
  rows.push(['kokemustoimijan_palautteita', '', summary.expertFeedbackCount]);
  for (const q of FEEDBACK_QUESTIONS)
    rows.push(['kokemustoimijan_arvio', q, decimal(summary.expertRatings[q])]);
  rows.push(['mediaani_vrk_vahvistukseen', '', decimal(summary.medianDaysToConfirm)]);
  return table(rows);
}
