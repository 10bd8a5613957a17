/**
 * Server-rendered pages for the public (the NGO page, its status page): plain HTML, no script, no
 * external resource (works offline and under a strict Content-Security-Policy). Every text from outside
 * goes through `escape`: a submission is shown as text, never as HTML.
 */
import type { Locale } from '../../i18n';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escape(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escape(value);
}

/** Security headers of every public page: nothing but this page's own inline style may load or run. */
export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * Large, readable, phone-first; contrast at least 4.5:1 (text #1a1a1a and links #0b4f8a on white,
 * errors #a4000f); a visible focus ring on everything that takes focus.
 */
const STYLE = `
*{box-sizing:border-box}
html{font-size:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
header,main,footer{max-width:44rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
header{border-bottom:4px solid #0b4f8a}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
a{color:#0b4f8a}
a:focus,input:focus,select:focus,textarea:focus,button:focus,.summary:focus{outline:3px solid #b35900;outline-offset:2px}
h1{font-size:1.75rem;line-height:1.25}
fieldset{border:1px solid #6b6b6b;border-radius:4px;margin:1.5rem 0;padding:1rem}
legend{font-weight:700;font-size:1.15rem;padding:0 .25rem}
.field{margin:0 0 1.25rem}
label,.label{display:block;font-weight:600;margin-bottom:.25rem}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.35rem 0}
.choice label{font-weight:400;margin:0}
.choice input{width:1.4rem;height:1.4rem;margin-top:.1rem;flex:none}
input[type=text],input[type=email],input[type=tel],input[type=url],input[type=date],input[type=time],select,textarea{width:100%;font:inherit;padding:.6rem;border:2px solid #5a5a5a;border-radius:4px;background:#fff;color:#1a1a1a;min-height:2.75rem}
textarea{min-height:10rem}
.hint{color:#4a4a4a;margin:.1rem 0 .35rem}
.error{color:#a4000f;font-weight:600;margin:.1rem 0 .35rem}
[aria-invalid=true]{border-color:#a4000f}
.summary{border:3px solid #a4000f;padding:1rem;margin:1rem 0}
.summary h2{margin-top:0;font-size:1.2rem}
.notice{border-left:6px solid #0b4f8a;background:#eef4fa;padding:1rem;margin:1rem 0}
button{font:inherit;font-weight:700;padding:.8rem 1.6rem;border:0;border-radius:4px;background:#0b4f8a;color:#fff;min-height:2.75rem;cursor:pointer}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:700}
dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.two{display:grid;grid-template-columns:1fr 1fr;gap:0 1rem}
@media (max-width:30rem){.two{grid-template-columns:1fr}dl{grid-template-columns:1fr}}
`;

export function page(locale: Locale, title: string, body: Html, nav?: Html): string {
  return (
    '<!doctype html>' +
    html`<html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        ${nav ? html`<header>${nav}</header>` : ''}
        <main id="main">${body}</main>
      </body>
    </html>`.text
  );
}
