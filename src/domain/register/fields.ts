/** Checks and conversions for single cells. Lenient where Excel or people vary, strict where data breaks. */

/** No cell in the register needs more; longer text is a paste gone wrong. */
export const MAX_FIELD_LENGTH = 300;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function isoIfReal(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2024-01-31" or Finnish "31.1.2024" (as Excel may write it) → "2024-01-31"; undefined unless a real date. */
export function parseDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const finnish = FINNISH_DATE.exec(text);
  if (finnish) return isoIfReal(Number(finnish[3]), Number(finnish[2]), Number(finnish[1]));
  return undefined;
}

const EMAIL = /^[^\s@<>()[\]{}\\,;:"]+@[^\s@<>()[\]{}\\,;:"]+\.[^\s@<>()[\]{}\\,;:".]{2,}$/;

/** A plausible e-mail address: one @, a dot in the domain, no spaces or separators. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..');
}

const PHONE_CHARS = /^\+?[\d\s()/-]+$/;

/** A plausible phone number, leniently: "+358 40 555 1037", "040-555 1037", "(08) 123 4567"; 5–15 digits. */
export function isPhone(text: string): boolean {
  if (!PHONE_CHARS.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 15;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An Entra ID (AAD) object id in lower case, braces dropped; undefined unless it is a GUID. */
export function normaliseAadObjectId(text: string): string | undefined {
  const id = text.replace(/^\{(.*)\}$/, '$1').toLowerCase();
  return GUID.test(id) ? id : undefined;
}

/** "a | b||c " → ["a", "b", "c"]: the register's "|" lists, trimmed, empty parts dropped. */
export function splitList(text: string): string[] {
  return text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const YES = new Set(['kyllä', 'kylla', 'k']);
const NO = new Set(['ei', 'e']);

/** kyllä → true, ei → false (any case); undefined for anything else. */
export function parseYesNo(text: string): boolean | undefined {
  const word = text.toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}

/**
 * kuvaus, an expert's short public description: the ordering team reads it beside the candidate, who is
 * anonymous to them until confirmation, so it is plain text on one line with no way to reach or name the
 * person: no line breaks or control characters, no HTML tags, no links, no e-mail addresses, no phone
 * numbers (a run of seven or more digits). Its length is capped like every cell (MAX_FIELD_LENGTH).
 */
export function isPlainDescription(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(text)) return false;
  if (/<[^>]*>|[<>]/.test(text)) return false;
  if (/https?:|www\.|\]\(/i.test(text)) return false;
  if (/\S@\S/.test(text)) return false;
  return text.replace(/[\s()/-]/g, '').match(/\d{7,}/) === null;
}
