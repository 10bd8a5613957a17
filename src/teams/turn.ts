import type { TurnContext } from 'botbuilder';
import { localeFrom, translator, type Locale, type Translate } from '../i18n';

/** The user's language and a translator for it, from `activity.locale`. */
export function languageOf(context: TurnContext): { locale: Locale; t: Translate } {
  const locale = localeFrom(context.activity.locale);
  return { locale, t: translator(locale) };
}

/** Who is acting: the AAD object id when Teams sends it, else the channel user id (local runs). */
export interface TurnActor {
  id: string;
  aadObjectId?: string;
  name?: string;
}

export function actorOf(context: TurnContext): TurnActor {
  const from = context.activity.from ?? { id: 'unknown' };
  return { id: from.id, aadObjectId: from.aadObjectId, name: from.name };
}

/**
 * The fields of card data as text, to show a form again as it was filled in (never trusted beyond that):
 * strings, and numbers as text (an Input.Number may send a number); anything else is left out.
 */
export function stringsOf(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[key, value]]
        : typeof value === 'number' && Number.isFinite(value)
          ? [[key, String(value)]]
          : [],
    ),
  );
}
