/** The NGO page (docs/ngo.md §1, §2): the form, rendered from the domain's description of its fields. */
import {
  ACTIVITY_TYPES,
  FIELD_LIMITS,
  HONEYPOT_FIELD,
  RECURRENCES,
  SERVED_AT_FIELD,
  SUBMISSION_KINDS,
  type FieldError,
  type FormField,
} from '../../domain/ngo';
import { TOPICS } from '../../domain/notices/topics';
import type { Unit } from '../../domain/directory';
import { messageKey, t, type Locale, type MessageKey } from '../../i18n';
import { Html, html, page } from './html';
import { NGO_PAGE_PATHS } from './ngoPaths';

export type FormValues = Record<string, string | string[] | undefined>;

const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

export function languageNav(current: Locale): Html {
  const items = (Object.keys(NGO_PAGE_PATHS) as Locale[])
    .filter((locale) => locale !== current)
    .map(
      (locale) =>
        html`<li>
          <a href="${NGO_PAGE_PATHS[locale]}" lang="${locale}" hreflang="${locale}"
            >${LANGUAGE_NAMES[locale]}</a
          >
        </li>`,
    );
  return html`<nav aria-label="${t(current, 'ngo.pageTitle')}">
    <ul>
      ${items}
    </ul>
  </nav>`;
}

/** The label of a field, as the error messages name it. */
export const labelOf = (locale: Locale, field: FormField): string =>
  t(locale, messageKey('ngo.field_', field));

export function errorText(locale: Locale, error: FieldError): string {
  const max = (FIELD_LIMITS as Record<string, number>)[error.field] ?? 0;
  return t(locale, messageKey('ngo.error_', error.code), { label: labelOf(locale, error.field), max });
}

interface FormPageInput {
  locale: Locale;
  units: readonly Unit[];
  servedAt: number;
  values?: FormValues;
  errors?: readonly FieldError[];
  /** A message for the whole form (too fast, refused). */
  alert?: string;
}

export function formPage(input: FormPageInput): string {
  const { locale, errors = [] } = input;
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(locale, key, params);
  const values = input.values ?? {};
  const value = (name: string): string => {
    const v = values[name];
    return (Array.isArray(v) ? v[0] : v) ?? '';
  };
  const errorOf = (field: FormField) => errors.find((e) => e.field === field);
  const describedBy = (field: FormField, hint: boolean) =>
    [hint ? `h-${field}` : '', errorOf(field) ? `e-${field}` : ''].filter(Boolean).join(' ') || undefined;
  const errorLine = (field: FormField) => {
    const error = errorOf(field);
    return error ? html`<p class="error" id="e-${field}">${errorText(locale, error)}</p>` : '';
  };
  const attrs = (field: FormField, required: boolean, hint = false) => {
    const by = describedBy(field, hint);
    return new Html(
      ` id="f-${field}" name="${field}"${required ? ' required aria-required="true"' : ''}${
        errorOf(field) ? ' aria-invalid="true"' : ''
      }${by ? ` aria-describedby="${by}"` : ''}`,
    );
  };
  const labelFor = (field: FormField, required: boolean) =>
    html`<label for="f-${field}"
      >${labelOf(locale, field)}${required ? ' *' : html` <span class="hint-inline">${tr('ngo.optional')}</span>`}</label
    >`;
  const textInput = (
    field: keyof typeof FIELD_LIMITS,
    type: string,
    required: boolean,
    hint?: string,
    autocomplete?: string,
  ) =>
    html`<div class="field">
      ${labelFor(field, required)}${hint ? html`<p class="hint" id="h-${field}">${hint}</p>` : ''}${errorLine(field)}<input
        type="${type}"
        ${attrs(field, required, Boolean(hint))}
        maxlength="${FIELD_LIMITS[field]}"
        value="${value(field)}"
        ${autocomplete ? new Html(` autocomplete="${autocomplete}"`) : ''}
      />
    </div>`;
  const select = (field: FormField, options: Array<{ value: string; label: string }>, hint?: string) =>
    html`<div class="field">${labelFor(field, false)}${hint ? html`<p class="hint" id="h-${field}">${hint}</p>` : ''}${errorLine(field)}<select${attrs(field, false, Boolean(hint))}><option value="">${tr('ngo.place_choose')}</option>${options.map(
      (o) =>
        html`<option value="${o.value}" ${o.value === value(field) ? new Html(' selected') : ''}>
          ${o.label}
        </option>`,
    )}</select></div>`;
  const timeInput = (field: FormField, type: 'date' | 'time', hint?: string) =>
    html`<div class="field">
      ${labelFor(field, false)}${hint ? html`<p class="hint" id="h-${field}">${hint}</p>` : ''}${errorLine(field)}<input
        type="${type}"
        ${attrs(field, false, Boolean(hint))}
        value="${value(field)}"
      />
    </div>`;

  const placeValues = [values.place ?? []].flat().filter((v) => v !== '');
  const kind = value('kind');
  const kindError = errorOf('kind');
  const kinds = html`<fieldset${kindError ? new Html(' aria-describedby="e-kind"') : ''}><legend>${labelOf(locale, 'kind')} *</legend>${errorLine('kind')}${SUBMISSION_KINDS.map(
    (k) =>
      html`<div class="choice">
        <input
          type="radio"
          id="f-kind-${k}"
          name="kind"
          value="${k}"
          required${k === kind ? new Html(' checked') : ''}
        /><label for="f-kind-${k}">${tr(messageKey('ngo.kind_', k))}</label>
      </div>`,
  )}</fieldset>`;
  const chosenTopics = new Set([values.topics ?? []].flat());
  const topics = html`<fieldset${errorOf('topics') ? new Html(' aria-describedby="e-topics"') : ''}><legend>${labelOf(locale, 'topics')} <span>${tr('ngo.optional')}</span></legend>${errorLine('topics')}${TOPICS.map(
    (topic, i) =>
      html`<div class="choice">
        <input
          type="checkbox"
          id="f-topics-${i}"
          name="topics"
          value="${topic}"
          ${chosenTopics.has(topic) ? new Html(' checked') : ''}
        /><label for="f-topics-${i}">${tr(messageKey('ngo.topic_', topic))}</label>
      </div>`,
  )}</fieldset>`;

  const summary =
    errors.length > 0 || input.alert
      ? html`<div
          class="summary"
          id="error-summary"
          role="alert"
          aria-labelledby="summary-title"
          tabindex="-1"
          autofocus
        >
          <h2 id="summary-title">${input.alert ?? tr('ngo.errorSummary')}</h2>
          ${
            errors.length > 0
              ? html`<ul>
                  ${errors.map((e) => html`<li><a href="#f-${e.field === 'kind' ? 'kind-activity' : e.field === 'topics' ? 'topics-0' : e.field}">${errorText(locale, e)}</a></li>`)}
                </ul>`
              : ''
          }
        </div>`
      : '';

  const body = html`<h1>${tr('ngo.pageTitle')}</h1><p>${tr('ngo.intro')}</p>${summary}<p>${tr('ngo.requiredNote')}</p>
<form method="post" action="${NGO_PAGE_PATHS[locale]}" accept-charset="utf-8" novalidate>
<input type="hidden" name="language" value="${locale}"><input type="hidden" name="${SERVED_AT_FIELD}" value="${input.servedAt}">
<fieldset><legend>${tr('ngo.sectionWho')}</legend>
${textInput('organisation', 'text', true, undefined, 'organization')}
${textInput('contactName', 'text', true, undefined, 'name')}
${textInput('email', 'email', true, undefined, 'email')}
${textInput('phone', 'tel', false, undefined, 'tel')}
</fieldset>
<fieldset><legend>${tr('ngo.sectionWhat')}</legend>
${kinds}
${textInput('title', 'text', true)}
<div class="field">${labelFor('description', true)}<p class="hint" id="h-description">${tr('ngo.hint_description', { max: FIELD_LIMITS.description })}</p>${errorLine('description')}<textarea${attrs('description', true, true)} maxlength="${FIELD_LIMITS.description}" rows="8">${value('description')}</textarea></div>
${topics}
${textInput('lahellaUrl', 'url', false, tr('ngo.hint_lahellaUrl'))}
</fieldset>
<fieldset><legend>${tr('ngo.sectionWhere')}</legend>
<p class="hint" id="h-place">${tr('ngo.place_hint')}</p>
${placeSelect(locale, input.units, 0, placeValues[0] ?? '', errorOf('place') ? errorText(locale, errorOf('place')!) : undefined)}
${placeSelect(locale, input.units, 1, placeValues[1] ?? '')}
${placeSelect(locale, input.units, 2, placeValues[2] ?? '')}
</fieldset>
<fieldset aria-describedby="h-when"><legend>${tr('ngo.sectionWhen')}</legend><p class="hint" id="h-when">${tr('ngo.hint_when')}</p>
${select(
  'activityType',
  ACTIVITY_TYPES.map((a) => ({ value: a, label: tr(messageKey('ngo.activityType_', a)) })),
)}
${select(
  'recurrence',
  RECURRENCES.map((r) => ({ value: r, label: tr(messageKey('ngo.recurrence_', r)) })),
)}
<div class="two">${timeInput('firstDate', 'date')}${timeInput('lastDate', 'date', tr('ngo.hint_lastDate'))}</div>
<div class="two">${timeInput('startTime', 'time')}${timeInput('endTime', 'time')}</div>
</fieldset>
<div class="trap" aria-hidden="true"><label for="f-${HONEYPOT_FIELD}">${tr('ngo.honeypot')}</label><input type="text" id="f-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off" value=""></div>
<button type="submit" id="f-submit">${tr('ngo.submit')}</button>
</form>`;
  const title =
    errors.length > 0 || input.alert
      ? `${input.alert ?? tr('ngo.errorSummary')} – ${tr('ngo.pageTitle')}`
      : tr('ngo.pageTitle');
  return page(locale, title, body, languageNav(locale));
}

/**
 * One of the MAX_PLACES choices of place (all named "place"): units grouped by municipality, each group
 * starting with the whole municipality. The first is required and carries the field's error.
 */
function placeSelect(
  locale: Locale,
  units: readonly Unit[],
  index: number,
  chosen: string,
  error?: string,
): Html {
  const byMunicipality = new Map<string, Unit[]>();
  for (const unit of units)
    byMunicipality.set(unit.municipality, [...(byMunicipality.get(unit.municipality) ?? []), unit]);
  const groups = [...byMunicipality.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'fi'))
    .map(([municipality, members]) => {
      const shown = locale === 'sv' ? (members[0]?.municipalitySv ?? municipality) : municipality;
      const option = (value: string, label: string) =>
        html`<option value="${value}" ${value === chosen ? new Html(' selected') : ''}>${label}</option>`;
      return html`<optgroup label="${shown}">
        ${option(`municipality:${municipality}`, t(locale, 'ngo.place_wholeMunicipality', { municipality: shown }))}${[
          ...members,
        ]
          .sort((a, b) => a.name.localeCompare(b.name, 'fi'))
          .map((unit) => option(`unit:${unit.id}`, unit.name))}
      </optgroup>`;
    });
  const id = index === 0 ? 'f-place' : `f-place-${index + 1}`;
  const required = index === 0;
  const label =
    index === 0
      ? html`${t(locale, 'ngo.field_place')} *`
      : html`${t(locale, index === 1 ? 'ngo.place_second' : 'ngo.place_third')}
          <span class="hint-inline">${t(locale, 'ngo.optional')}</span>`;
  const by = ['h-place', error ? 'e-place' : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for="${id}">${label}</label>${error ? html`<p class="error" id="e-place">${error}</p>` : ''}<select
      id="${id}"
      name="place"
      ${new Html(required ? ' required aria-required="true"' : '')}${new Html(error ? ' aria-invalid="true"' : '')}
      aria-describedby="${by}"
    >
      <option value="">${t(locale, 'ngo.place_choose')}</option>
      ${groups}
    </select>
  </div>`;
}
