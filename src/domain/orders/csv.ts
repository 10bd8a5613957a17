/**
 * The yearly orders as CSV for Finnish Excel: UTF-8 with BOM, ";" separated, CRLF, formula-safe. Headers
 * are fixed snake_case Finnish without ä/ö (like the register's own CSV columns) and values are Finnish
 * words, so a coordinator's Excel filters and a script read the same file; the column list is in
 * docs/orders.md §9.1 and changes only with it.
 */
import {
  FEEDBACK_QUESTIONS,
  FEEDBACK_ROLES,
  type FeedbackQuestion,
  type Mode,
  type Order,
  type OrderLanguage,
  type OrderState,
  type Purpose,
} from './types';

/** A cell Excel (or LibreOffice) would run as a formula: =, +, -, @ (also full-width, or after spaces), tab, CR. */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Quotes when needed (RFC 4180 with ";"), and defuses formulas with a leading apostrophe. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const ROLE_PREFIX = { orderer: 'tilaajan', expert: 'kokemustoimijan' } as const;
const QUESTION: Record<FeedbackQuestion, string> = {
  usefulness: 'hyoty',
  content: 'sisalto',
  arrangements: 'jarjestelyt',
  recommend: 'suosittelu',
};

/** The CSV's values: fixed Finnish words, whatever the language of the person who downloads it. */
const STATE: Record<OrderState, string> = {
  submitted: 'lähetetty',
  inReview: 'käsittelyssä',
  moreInfoRequested: 'lisätietoja pyydetty',
  candidatesProposed: 'ehdokkaat valittavissa',
  offered: 'tarjottu kokemustoimijalle',
  confirmed: 'vahvistettu',
  held: 'pidetty',
  feedbackReceived: 'palaute saatu',
  closed: 'suljettu',
  rejected: 'hylätty',
  cancelled: 'peruttu',
};
const PURPOSE: Record<Purpose, string> = {
  training: 'ammattilaisten koulutus',
  development: 'palvelujen kehittäminen',
  event: 'asiakas- tai yleisötilaisuus',
  other: 'muu',
};
const LANGUAGE: Record<OrderLanguage, string> = { fi: 'suomi', sv: 'ruotsi', en: 'englanti' };
const MODE: Record<Mode, string> = { onsite: 'paikan päällä', remote: 'etänä' };

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
  ...FEEDBACK_ROLES.flatMap((role) =>
    FEEDBACK_QUESTIONS.map((q) => `${ROLE_PREFIX[role]}_arvio_${QUESTION[q]}`),
  ),
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
    STATE[o.state],
    unitName(o.details.unitId) ?? o.details.unitId,
    o.details.unitId,
    o.createdAt.slice(0, 10),
    `${o.details.date} ${o.details.time}`,
    PURPOSE[o.details.purpose],
    o.details.themes.join('|'),
    LANGUAGE[o.details.language],
    MODE[o.details.mode],
    o.details.durationMinutes,
    o.details.audienceSize,
    o.details.costCentre,
    ...FEEDBACK_ROLES.flatMap((role) => FEEDBACK_QUESTIONS.map((q) => o.feedback[role]?.ratings[q])),
  ]);
  return table([HEADER, ...rows]);
}
