/**
 * The centre's info screen (docs/ngo.md §8): a read-only page for a lobby screen. Large type, this week's
 * accepted NGO activities, then the valid notices marked for the screens; Finnish and Swedish where the municipality is bilingual. The small script
 * (served from /infotaulu/screen.js, same origin) rotates the items when more than fit and refreshes the
 * content every minute, keeping what is shown when the server does not answer.
 */
import type { ScreenContent } from '../../services/infoScreenService';
import { messageKey, t, translator, type Locale } from '../../i18n';
import { dateText, hhmmText, rangeEndText, weekdayNames } from '../../i18n/formats';
import { Html, html } from './html';

export const SCREEN_SCRIPT_PATH = '/infotaulu/screen.js';
/** Items on one screenful; more rotate. */
export const ITEMS_PER_PAGE = 4;

export const SCREEN_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#0b2a4a;color:#fff;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{padding:3vh 4vw}
h1{font-size:5vh;margin:0 0 3vh;line-height:1.2}
h1 span{display:block;font-size:3.6vh;font-weight:400;color:#d6e6f5}
ol{list-style:none;margin:0;padding:0}
li{border-top:2px solid #5c86b0;padding:2.2vh 0}
.when{font-size:3.6vh;font-weight:700;color:#ffd27a}
.what{font-size:4.6vh;font-weight:700;margin:.6vh 0;overflow-wrap:anywhere}
.who{font-size:3vh;color:#d6e6f5}
.none{font-size:4vh}
.rotating li[hidden]{display:none}
`;

const LINE = (locale: Locale, occurrence: ScreenContent['occurrences'][number]) => {
  const tr = translator(locale);
  const s = occurrence.event.schedule;
  const weekday = weekdayNames(tr)[(new Date(`${occurrence.date}T12:00:00Z`).getUTCDay() + 6) % 7];
  return `${weekday} ${dateText(occurrence.date, tr)} ${hhmmText(s.startTime, tr)}–${rangeEndText(s.endTime, tr)} · ${t(locale, messageKey('ngo.activityType_', s.activityType))}`;
};

export function infoScreenPage(content: ScreenContent): string {
  const locales: Locale[] = content.bilingual ? ['fi', 'sv'] : ['fi'];
  const unitName = content.unit.name;
  const heading = html`<h1>
    ${t('fi', 'ngo.screen_title', { unit: unitName })}${
      content.bilingual ? html`<span lang="sv">${t('sv', 'ngo.screen_title', { unit: unitName })}</span>` : ''
    }
  </h1>`;
  const notice = (n: ScreenContent['notices'][number]) =>
    html`<li>
      <div class="when">
        ${locales.map(
          (l, i) =>
            html`${i > 0 ? html`<br />` : ''}<span lang="${l}"
                >${t(l, 'ngo.screen_notice', { date: dateText(n.validUntil, translator(l)) })}</span
              >`,
        )}
      </div>
      <div class="what">${n.title}</div>
      <div class="who">${n.ngo}</div>
    </li>`;
  const items =
    content.occurrences.length === 0 && content.notices.length === 0
      ? html`<p class="none">
          ${locales.map((l, i) => html`${i > 0 ? ' / ' : ''}<span lang="${l}">${t(l, 'ngo.screen_none')}</span>`)}
        </p>`
      : html`<ol data-per-page="${ITEMS_PER_PAGE}">
          ${content.occurrences.map(
            (o) =>
              html`<li>
                <div class="when">
                  ${locales.map((l, i) => html`${i > 0 ? html`<br />` : ''}<span lang="${l}">${LINE(l, o)}</span>`)}
                </div>
                <div class="what">${o.event.title}</div>
                <div class="who">${o.event.organisation}</div>
              </li>`,
          )}${content.notices.map(notice)}
        </ol>`;
  return (
    '<!doctype html>' +
    html`<html lang="fi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t('fi', 'ngo.screen_title', { unit: unitName })}</title>
        <style>
          ${new Html(STYLE)}
        </style>
        <script src="${SCREEN_SCRIPT_PATH}" defer></script>
      </head>
      <body>
        <main id="screen">${heading}${items}</main>
      </body>
    </html>`.text
  );
}

/**
 * The screen's script: rotates pages of items every 12 s, and fetches the page again every 60 s, replacing
 * the content only when the answer is a good one (a failed fetch keeps the last content on the screen).
 */
export const SCREEN_SCRIPT = `(function () {
  var page = 0;
  function rotate() {
    var list = document.querySelector('#screen ol');
    if (!list) return;
    var per = Number(list.getAttribute('data-per-page')) || 4;
    var items = list.querySelectorAll('li');
    if (items.length <= per) { items.forEach(function (li) { li.hidden = false; }); return; }
    var pages = Math.ceil(items.length / per);
    page = (page + 1) % pages;
    list.classList.add('rotating');
    items.forEach(function (li, i) { li.hidden = Math.floor(i / per) !== page; });
  }
  function refresh() {
    fetch(location.href, { cache: 'no-store' }).then(function (res) {
      if (!res.ok) return;
      return res.text().then(function (text) {
        var next = new DOMParser().parseFromString(text, 'text/html').getElementById('screen');
        if (next) { document.getElementById('screen').innerHTML = next.innerHTML; page = -1; rotate(); }
      });
    }).catch(function () { /* unreachable: keep showing the last content */ });
  }
  document.addEventListener('DOMContentLoaded', function () { page = -1; rotate(); });
  setInterval(rotate, 12000);
  setInterval(refresh, 60000);
})();
`;
