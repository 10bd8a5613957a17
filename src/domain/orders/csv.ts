/** The yearly orders as CSV for Finnish Excel: UTF-8 with BOM, ";" separated, CRLF, formula-safe. */
import { FEEDBACK_QUESTIONS, type Order } from './types';

/** Quotes when needed, and defuses cells Excel would run as formulas (=, +, -, @, tab, CR). */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
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
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
