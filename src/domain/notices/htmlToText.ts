/** A Teams message longer than this (in characters of HTML) is cut before it is read. */
export const MAX_HTML_INPUT = 100_000;

const BREAKS = /^<(?:br\s*\/?|\/p|\/div|\/li)>$/i;

/**
 * Teams gives a message as HTML: keep the text and line breaks, drop the markup. One pass over at most
 * MAX_HTML_INPUT characters: each tag is found with indexOf from where the last one ended, and once
 * no '>' is left the rest is text (a regular expression such as /<[^>]+>/g rescans the rest of the
 * input from every '<', which is quadratic on a message of '<').
 */
export function htmlToText(html: string): string {
  const input = html.length > MAX_HTML_INPUT ? html.slice(0, MAX_HTML_INPUT) : html;
  let out = '';
  let at = 0;
  while (at < input.length) {
    const open = input.indexOf('<', at);
    if (open === -1) break;
    const close = input.indexOf('>', open + 1);
    if (close === -1) break;
    if (close === open + 1) {
      // "<>" is no tag: kept as text
      out += input.slice(at, close);
      at = close;
      continue;
    }
    out += input.slice(at, open);
    if (BREAKS.test(input.slice(open, close + 1))) out += '\n';
    at = close + 1;
  }
  out += input.slice(at);
  return out
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
