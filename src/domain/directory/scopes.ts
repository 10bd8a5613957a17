/**
 * The county's scopes above its units, spelt as the register's kattavuus writes them (the Finnish name
 * is the id), with their Swedish and English names: the service areas (toimialueet), the rescue
 * department (pelastus-palvelualue) and its areas of responsibility (pelastus-vastuualue).
 *
 * Why a table and not register columns: the register has no row per scope, only a kattavuus text
 * repeated on every liaison row of that scope, so names in other languages there would be repeated per
 * person and could disagree. Like the six areas (register/areas.ts), these scopes are fixed by the
 * county's organisation and change rarely; one table gives both the import check (a misspelt service
 * area is refused) and the Swedish and English names a question may use. A new or renamed scope needs
 * a line here. The first name in each language is the display name, the rest are other ways of
 * saying it; the words that tell the scopes apart are picked from all of them by general rules.
 */
import type { LiaisonLevel } from './types';

export interface ScopeNames {
  /** The register's spelling (kattavuus). */
  fi: string;
  sv: readonly string[];
  en: readonly string[];
}

export const SERVICE_AREAS: readonly ScopeNames[] = [
  {
    fi: 'Perhe- ja sosiaalipalvelut ja OYS Psykiatria',
    sv: ['Familje- och socialtjänster samt OYS psykiatri'],
    en: ['Family and social services and OYS Psychiatry'],
  },
  {
    fi: 'Terveyden- ja sairaanhoidon palvelut',
    sv: ['Hälso- och sjukvårdstjänster'],
    en: ['Health and medical care services'],
  },
  {
    fi: 'Ikäihmisten palvelut',
    sv: ['Tjänster för äldre', 'Äldreomsorg'],
    en: ['Services for older people', 'Elderly services', 'Elderly care'],
  },
  {
    fi: 'Vammaispalvelut',
    sv: ['Handikappservice', 'Funktionshinderservice'],
    en: ['Disability services'],
  },
  {
    fi: 'OYS Sairaalapalvelut ja ensihoito',
    sv: ['OYS sjukhustjänster och prehospital akutsjukvård'],
    en: ['OYS Hospital services and emergency care'],
  },
];

export const RESCUE_SERVICES: readonly ScopeNames[] = [
  {
    fi: 'Pohjois-Pohjanmaan pelastuslaitos',
    sv: ['Norra Österbottens räddningsverk'],
    en: ['North Ostrobothnia Rescue Department'],
  },
];

export const RESCUE_AREAS: readonly ScopeNames[] = [
  { fi: 'Oulun vastuualue', sv: ['Uleåborgs ansvarsområde'], en: ['Oulu area of responsibility'] },
  {
    fi: 'Koillismaan vastuualue',
    sv: ['ansvarsområdet Koillismaa'],
    en: ['Koillismaa area of responsibility'],
  },
  {
    fi: 'Jokilaaksojen vastuualue',
    sv: ['ansvarsområdet Jokilaaksot'],
    en: ['Jokilaaksot area of responsibility'],
  },
];

/** The scopes a level's kattavuus may name, for the levels whose scopes are fixed by this table. */
export function scopeTable(level: LiaisonLevel): readonly ScopeNames[] | undefined {
  if (level === 'toimialue') return SERVICE_AREAS;
  if (level === 'pelastus-palvelualue') return RESCUE_SERVICES;
  if (level === 'pelastus-vastuualue') return RESCUE_AREAS;
  return undefined;
}

/**
 * A scope's display name in a language ("Ikäihmisten palvelut" → sv "Tjänster för äldre"); a name the
 * table does not know (a municipality, an area, a unit) is shown as it is.
 */
export function scopeDisplayName(name: string, language: 'fi' | 'sv' | 'en'): string {
  if (language === 'fi') return name;
  const scope = [...SERVICE_AREAS, ...RESCUE_SERVICES, ...RESCUE_AREAS].find((s) => s.fi === name);
  return scope?.[language][0] ?? name;
}
