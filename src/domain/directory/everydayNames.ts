/**
 * The words staff use for the service areas instead of their official names ("ikäihmisten puoli",
 * "lapsiperhepalvelut", "mielenterveyspalvelut"; "äldreomsorgen", "barnskyddet"; "mental health",
 * "home care"), in fi, sv and en, keyed by the register's Finnish name (scopes.ts). Each name leads to
 * one service area, except the few listed under two (neuvola: child health clinics belong to family
 * services, maternity and health clinics to health services), which Silta asks about instead of
 * guessing; they are inflected by the same rules as the official names.
 */
export interface EverydayNames {
  /** The service area, as the register's kattavuus writes it. */
  scope: string;
  fi: readonly string[];
  sv: readonly string[];
  en: readonly string[];
}

export const EVERYDAY_SERVICE_AREA_NAMES: readonly EverydayNames[] = [
  {
    scope: 'Perhe- ja sosiaalipalvelut ja OYS Psykiatria',
    fi: [
      'perhepalvelut',
      'lapsiperhepalvelut',
      'lapsiperheet',
      'perhepuoli',
      'lastensuojelu',
      'perheneuvola',
      'sosiaalityö',
      'aikuissosiaalityö',
      'sosiaalipuoli',
      'mielenterveyspalvelut',
      'mielenterveys',
      'mielenterveystyö',
      'mielenterveyspuoli',
      'päihdepalvelut',
      'päihdetyö',
      'mielenterveys- ja päihdepalvelut',
      'mielenterveys- ja päihdetyö',
      'psykiatria',
      'psykiatrinen',
      'neuvola',
    ],
    sv: [
      'rådgivning',
      'familjetjänster',
      'barnfamiljer',
      'barnskydd',
      'socialarbete',
      'mentalvård',
      'psykiatri',
      'missbrukarvård',
    ],
    en: [
      'family services',
      'child welfare',
      'social work',
      'mental health',
      'psychiatry',
      'psychiatric',
      'substance abuse',
    ],
  },
  {
    scope: 'Terveyden- ja sairaanhoidon palvelut',
    fi: [
      'terveyspalvelut',
      'terveyspuoli',
      'vastaanottopalvelut',
      'vastaanotto',
      'neuvola',
      'hammashoito',
      'hammashoitola',
      'suun terveydenhuolto',
      'kuntoutus',
      'fysioterapia',
    ],
    sv: ['hälsovård', 'hälsotjänster', 'mottagning', 'rådgivning', 'tandvård', 'rehabilitering'],
    en: ['health services', 'primary care', 'dental care', 'rehabilitation', 'physiotherapy'],
  },
  {
    scope: 'Ikäihmisten palvelut',
    fi: [
      'ikäihmisten puoli',
      'ikäihmiset',
      'ikääntyneet',
      'ikääntyneiden palvelut',
      'vanhuspalvelut',
      'vanhustenhuolto',
      'vanhukset',
      'vanhustyö',
      'kotihoito',
      'palveluasuminen',
      'omaishoito',
      'seniorit',
    ],
    sv: ['äldre', 'äldrevård', 'hemvård', 'hemtjänst', 'närståendevård', 'seniorer'],
    en: ['older people', 'elderly', 'home care', 'aged care', 'senior services', 'seniors'],
  },
  {
    scope: 'Vammaispalvelut',
    fi: [
      'vammaispuoli',
      'vammaiset',
      'vammaistyö',
      'kehitysvammapalvelut',
      'kehitysvammaiset',
      'kehitysvammahuolto',
    ],
    sv: ['funktionshinder', 'funktionsnedsättning', 'handikappade', 'utvecklingsstörning'],
    en: ['disability', 'disabled people', 'intellectual disability'],
  },
  {
    scope: 'OYS Sairaalapalvelut ja ensihoito',
    fi: ['sairaalapalvelut', 'sairaalapuoli', 'erikoissairaanhoito', 'ensihoito', 'ambulanssi', 'päivystys'],
    sv: ['sjukhustjänster', 'specialsjukvård', 'akutvård', 'prehospital', 'ambulans'],
    en: ['hospital services', 'specialist care', 'emergency care', 'ambulance', 'emergency'],
  },
];
