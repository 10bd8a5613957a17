/**
 * Message catalogues: Finnish is the default, Swedish and English follow `activity.locale`.
 * Each feature owns one file under ./messages exporting `{ fi, sv, en }` with the same keys;
 * the keys are namespaced by that file ("common.helpTitle", "directory.noCentreLiaison", ...).
 * The keys are a type (`MessageKey`) made from the Finnish catalogue: a misspelt or missing key does not
 * compile, and neither does a Swedish or English catalogue with a key more or less than the Finnish one.
 */
import { SiltaError } from '../domain/errors';
import type { Catalogue, Message } from './message';
import { common } from './messages/common';
import { consent } from './messages/consent';
import { directory } from './messages/directory';
import { intents } from './messages/intents';
import { ngo } from './messages/ngo';
import { notices } from './messages/notices';
import { orders } from './messages/orders';
import { register } from './messages/register';
import { receipts } from './messages/receipts';
import { search } from './messages/search';

export { formsOf, type Catalogue, type Message, type PluralMessage } from './message';

export type Locale = 'fi' | 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

export interface Namespace {
  fi: Catalogue;
  sv: Catalogue;
  en: Catalogue;
}

/** Every namespace, by its prefix. Add a feature's messages here. */
export const NAMESPACES = {
  common,
  directory,
  register,
  orders,
  notices,
  consent,
  intents,
  search,
  receipts,
  ngo,
} satisfies Record<string, Namespace>;

type Namespaces = typeof NAMESPACES;
type Prefix = keyof Namespaces;

/** Every message key: "<namespace>.<key of its Finnish catalogue>". */
export type MessageKey = { [P in Prefix]: `${P}.${keyof Namespaces[P]['fi'] & string}` }[Prefix];

/** The names that follow a key prefix: `KeySuffix<'orders.state_'>` is 'draft' | 'submitted' | …. */
export type KeySuffix<P extends string> = MessageKey extends infer K
  ? K extends `${P}${infer S}`
    ? S
    : never
  : never;

/**
 * A key built at run time from a prefix and a name whose type proves the key exists
 * (`messageKey('orders.field_', field)` with `field: KeySuffix<'orders.field_'>`).
 */
export function messageKey<P extends string, S extends KeySuffix<P>>(prefix: P, name: S): MessageKey {
  return `${prefix}${name}` as MessageKey;
}

/** The keys a namespace's sv or en catalogue lacks, or has beyond the Finnish one (never when they match). */
export type KeysNotInEveryLanguage<N extends { fi: object; sv: object; en: object }> =
  | Exclude<keyof N['fi'], keyof N['sv'] & keyof N['en']>
  | Exclude<keyof N['sv'] | keyof N['en'], keyof N['fi']>;

/** Compiles only when T is never; otherwise the error names T (here: the keys that do not match). */
export type ExpectNone<T extends never> = T;

/** Compile-time proof that sv and en have exactly the Finnish keys in every namespace. */
export type EveryLanguageHasTheFinnishKeys = ExpectNone<
  { [P in Prefix]: `${P}.${KeysNotInEveryLanguage<Namespaces[P]> & string}` }[Prefix]
>;

const catalogues: Record<Locale, Map<string, Message>> = { fi: new Map(), sv: new Map(), en: new Map() };
for (const [prefix, ns] of Object.entries(NAMESPACES) as [Prefix, Namespace][]) {
  for (const locale of LOCALES) {
    for (const [key, text] of Object.entries(ns[locale])) catalogues[locale].set(`${prefix}.${key}`, text);
  }
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  fi: new Intl.PluralRules('fi'),
  sv: new Intl.PluralRules('sv'),
  en: new Intl.PluralRules('en'),
};

/** "sv-SE", "sv-FI" → sv; "en-US" → en; anything else (or nothing, or not a string) → fi. */
export function localeFrom(activityLocale: unknown): Locale {
  const lang = (typeof activityLocale === 'string' ? activityLocale : '').toLowerCase().split(/[-_]/)[0];
  return lang === 'sv' || lang === 'en' ? lang : 'fi';
}

export type Params = Record<string, string | number>;

/** The form of a message for the parameters: a plural message by `Intl.PluralRules` on `{count}`. */
function textOf(message: Message, locale: Locale, key: string, params: Params): string {
  if (typeof message === 'string') return message;
  const { count } = params;
  if (typeof count !== 'number') throw new SiltaError('I18N_PLURAL_WITHOUT_COUNT', { key });
  return message[pluralRules[locale].select(count)] ?? message.other;
}

/**
 * The text for `key` in `locale`, with `{name}` placeholders filled. A key not in the catalogue at run
 * time (only possible through a cast) throws: a bug, not a user error.
 */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const [message, inLocale] = catalogues[locale].has(key)
    ? [catalogues[locale].get(key), locale]
    : [catalogues.fi.get(key), 'fi' as const];
  if (message === undefined) throw new SiltaError('I18N_MISSING_KEY', { key });
  return textOf(message, inLocale, key, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** A translator bound to one locale, handy in handlers and card builders. */
export type Translate = ((key: MessageKey, params?: Params) => string) & { readonly locale?: Locale };
export function translator(locale: Locale): Translate {
  return Object.assign((key: MessageKey, params?: Params) => t(locale, key, params), { locale });
}
