/** Field separators the county's exports use: Excel in Finnish writes ";", other tools ",", "Unicode text" a tab. */
export type Delimiter = ';' | ',' | '\t';

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];

/** The header line, i.e. the text up to the first line end that is not inside quotes. */
function headerLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) return text.slice(0, i);
  }
  return text;
}

function countOutsideQuotes(line: string, delimiter: Delimiter): number {
  let quoted = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count += 1;
  }
  return count;
}

/**
 * The separator of a CSV text, judged from its header row (Finnish header names hold no commas or
 * semicolons): the candidate that occurs most often; ";" on a tie or when there is none.
 */
export function detectDelimiter(text: string): Delimiter {
  const line = headerLine(text);
  let best: Delimiter = ';';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = countOutsideQuotes(line, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
