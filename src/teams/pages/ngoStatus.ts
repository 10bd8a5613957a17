/** The NGO's pages after sending: the thanks page, the status page (docs/ngo.md §3) and short notices. */
import type { Submission } from '../../domain/ngo';
import { dateTimeText } from '../../i18n/formats';
import { messageKey, t, translator, type Locale } from '../../i18n';
import { html, page } from './html';
import { languageNav } from './ngoForm';
import { NGO_PAGE_PATHS } from './ngoPaths';

export function thanksPage(locale: Locale, reference: string, statusUrl: string): string {
  const body = html`<h1>${t(locale, 'ngo.thanksTitle')}</h1>
    <div class="notice" role="status"><p>${t(locale, 'ngo.thanksText', { reference })}</p></div>
    <p>${t(locale, 'ngo.statusLinkIntro')}</p>
    <p><a id="status-link" href="${statusUrl}">${statusUrl}</a></p>
    <p><a href="${NGO_PAGE_PATHS[locale]}">${t(locale, 'ngo.backToForm')}</a></p>`;
  return page(locale, t(locale, 'ngo.thanksTitle'), body, languageNav(locale));
}

export function statusPage(locale: Locale, submission: Submission | undefined): string {
  if (!submission) {
    const body = html`<h1>${t(locale, 'ngo.statusTitle')}</h1>
      <p>${t(locale, 'ngo.statusNotFound')}</p>
      <p><a href="${NGO_PAGE_PATHS[locale]}">${t(locale, 'ngo.backToForm')}</a></p>`;
    return page(locale, t(locale, 'ngo.statusTitle'), body);
  }
  const showReason =
    submission.reason && (submission.state === 'declined' || submission.state === 'moreInfo');
  const body = html`<h1>${t(locale, 'ngo.statusTitle')}</h1>
    <dl>
      <dt>${t(locale, 'ngo.statusReference')}</dt>
      <dd>${submission.reference}</dd>
      <dt>${t(locale, 'ngo.field_title')}</dt>
      <dd>${submission.form.title}</dd>
      <dt>${t(locale, 'ngo.field_organisation')}</dt>
      <dd>${submission.form.organisation}</dd>
      <dt>${t(locale, 'ngo.statusSent')}</dt>
      <dd>${dateTimeText(submission.createdAt, translator(locale))}</dd>
      <dt>${t(locale, 'ngo.statusState')}</dt>
      <dd>${t(locale, messageKey('ngo.state_', submission.state))}</dd>
      ${
        showReason
          ? html`<dt>${t(locale, 'ngo.statusReason')}</dt>
              <dd>${submission.reason}</dd>`
          : ''
      }
    </dl>
    <p><a href="${NGO_PAGE_PATHS[locale]}">${t(locale, 'ngo.backToForm')}</a></p>`;
  return page(locale, `${submission.reference} – ${t(locale, 'ngo.statusTitle')}`, body, languageNav(locale));
}

/** A page with one message (too many submissions, too much text, the service unavailable). */
export function messagePage(locale: Locale, message: string): string {
  const body = html`<h1>${t(locale, 'ngo.pageTitle')}</h1>
    <div class="summary" role="alert"><p>${message}</p></div>
    <p><a href="${NGO_PAGE_PATHS[locale]}">${t(locale, 'ngo.backToForm')}</a></p>`;
  return page(locale, `${message} – ${t(locale, 'ngo.pageTitle')}`, body, languageNav(locale));
}
