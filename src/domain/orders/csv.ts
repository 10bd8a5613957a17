/** The yearly orders as CSV for Finnish Excel: UTF-8 with BOM, ";" separated, CRLF, formula-safe. */
import { FEEDBACK_QUESTIONS, FEEDBACK_ROLES, type Order } from './types';

/** A cell Excel (or LibreOffice) would run as a formula: =, +, -, @ (also full-width, or after spaces), tab, CR. */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Quotes when needed (RFC 4180 with ";"), and defuses formulas with a leading apostrophe. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const ROLE_PREFIX = { orderer: 'tilaajan', expert: 'kokemustoimijan' } as const;

const HEADER = [
  'tunnus',
  'tila',
  'toimipiste',
  'toimipisteen_tunnus',
  'tilattu',
  'tilaisuus',
  'tarkoitus',
  'teemat',
  'kieli',
  'tapa',
  'kesto_min',
  'osallistujia',
  'kustannuspaikka',
  // The two feedback forms' 1–5 ratings: the ordering team's and the expert's (recorded by the liaison).
  ...FEEDBACK_ROLES.flatMap((role) => FEEDBACK_QUESTIONS.map((q) => `${ROLE_PREFIX[role]}_arvio_${q}`)),
];

const BOM = '\uFEFF';
const table = (rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>) =>
  `${BOM}${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;

/**
 * One row per order (no person's name, no free text): what the county coordinator filters and pivots in
 * Excel. `unitName` gives the unit's name from the register (the id stays in its own column).
 */
export function ordersCsv(
  orders: readonly Order[],
  unitName: (unitId: string) => string | undefined = () => undefined,
): string {
  const rows = orders.map((o) => [
    o.id,
    o.state,
    unitName(o.details.unitId) ?? o.details.unitId,
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
    ...FEEDBACK_ROLES.flatMap((role) => FEEDBACK_QUESTIONS.map((q) => o.feedback[role]?.ratings[q])),
  ]);
  return table([HEADER, ...rows]);
}
