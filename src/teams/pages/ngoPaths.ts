import type { Locale } from '../../i18n';

/** The NGO page's address in each language (docs/ngo.md §1). */
export const NGO_PAGE_PATHS: Record<Locale, string> = {
  fi: '/jarjestoille',
  sv: '/for-organisationer',
  en: '/for-organisations',
};

/** The status page's address: the page's path, then the status segment, then the token. */
export const STATUS_SEGMENT: Record<Locale, string> = { fi: 'tila', sv: 'status', en: 'status' };

export const statusPath = (locale: Locale, token: string): string =>
  `${NGO_PAGE_PATHS[locale]}/${STATUS_SEGMENT[locale]}/${token}`;
