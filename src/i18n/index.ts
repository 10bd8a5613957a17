/**
 * Message catalogues: Finnish is the default, Swedish and English follow `activity.locale`.
 * Each feature owns one file under ./messages exporting `{ fi, sv, en }` with the same keys;
 * the keys are namespaced by that file ("help.title", "directory.noLiaison", ...).
 */
import { common } from './messages/common';
import { directory } from './messages/directory';
import { notices } from './messages/notices';
import { orders } from './messages/orders';
import { register } from './messages/register';

export type Locale = 'fi' | 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

export type Catalogue = Record<string, string>;
export interface Namespace {
  fi: Catalogue;
  sv: Catalogue;
  en: Catalogue;
}

/** Every namespace, by its prefix. Add a feature's messages here. */
export const NAMESPACES: Record<string, Namespace> = { common, directory, register, orders, notices };

const catalogues: Record<Locale, Map<string, string>> = { fi: new Map(), sv: new Map(), en: new Map() };
for (const [prefix, ns] of Object.entries(NAMESPACES)) {
  for (const locale of LOCALES) {
    for (const [key, text] of Object.entries(ns[locale])) catalogues[locale].set(`${prefix}.${key}`, text);
  }
}

/** "sv-SE", "sv-FI" → sv; "en-US" → en; anything else (or nothing) → fi. */
export function localeFrom(activityLocale: string | undefined | null): Locale {
  const lang = (activityLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return lang === 'sv' || lang === 'en' ? lang : 'fi';
}

export type Params = Record<string, string | number>;

/** The text for `key` in `locale`, with `{name}` placeholders filled. Unknown keys throw: a bug, not a user error. */
export function t(locale: Locale, key: string, params: Params = {}): string {
  const text = catalogues[locale].get(key) ?? catalogues.fi.get(key);
  if (text === undefined)
    throw new Error(`I18N_MISSING_KEY: no message "${key}"; add it to src/i18n/messages`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** A translator bound to one locale, handy in handlers and card builders. */
export type Translate = ((key: string, params?: Params) => string) & { readonly locale?: Locale };
export function translator(locale: Locale): Translate {
  return Object.assign((key: string, params?: Params) => t(locale, key, params), { locale });
}
