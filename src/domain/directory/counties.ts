/**
 * Finland's other wellbeing services counties, by the regions people name them after ("Lapin
 * hyvinvointialue", "Pohjois-Savossa", "Norra Savolax", "North Karelia"): a question about one of them is
 * answered as another county, with our coordinator (docs/directory.md §4.4). The counties named after a
 * city (Helsinki, Vantaa and Kerava) are municipalities and answered as such. Our own county is listed
 * too, so that "North Ostrobothnia" is read as a whole and never as Ostrobothnia.
 */
export interface CountyNames {
  /** The region in Finnish, basic form, and its genitive: the county's Finnish name is "<genitive> hyvinvointialue". */
  fi: string;
  fiGenitive: string;
  sv: string;
  en: string;
}

export const OWN_COUNTY: CountyNames = {
  fi: 'Pohjois-Pohjanmaa',
  fiGenitive: 'Pohjois-Pohjanmaan',
  sv: 'Norra Österbotten',
  en: 'North Ostrobothnia',
};

export const OTHER_COUNTIES: readonly CountyNames[] = [
  { fi: 'Lappi', fiGenitive: 'Lapin', sv: 'Lappland', en: 'Lapland' },
  { fi: 'Kainuu', fiGenitive: 'Kainuun', sv: 'Kajanaland', en: 'Kainuu' },
  {
    fi: 'Keski-Pohjanmaa',
    fiGenitive: 'Keski-Pohjanmaan',
    sv: 'Mellersta Österbotten',
    en: 'Central Ostrobothnia',
  },
  { fi: 'Pohjanmaa', fiGenitive: 'Pohjanmaan', sv: 'Österbotten', en: 'Ostrobothnia' },
  {
    fi: 'Etelä-Pohjanmaa',
    fiGenitive: 'Etelä-Pohjanmaan',
    sv: 'Södra Österbotten',
    en: 'South Ostrobothnia',
  },
  { fi: 'Pohjois-Savo', fiGenitive: 'Pohjois-Savon', sv: 'Norra Savolax', en: 'North Savo' },
  { fi: 'Etelä-Savo', fiGenitive: 'Etelä-Savon', sv: 'Södra Savolax', en: 'South Savo' },
  { fi: 'Pohjois-Karjala', fiGenitive: 'Pohjois-Karjalan', sv: 'Norra Karelen', en: 'North Karelia' },
  { fi: 'Etelä-Karjala', fiGenitive: 'Etelä-Karjalan', sv: 'Södra Karelen', en: 'South Karelia' },
  { fi: 'Keski-Suomi', fiGenitive: 'Keski-Suomen', sv: 'Mellersta Finland', en: 'Central Finland' },
  { fi: 'Pirkanmaa', fiGenitive: 'Pirkanmaan', sv: 'Birkaland', en: 'Pirkanmaa' },
  { fi: 'Satakunta', fiGenitive: 'Satakunnan', sv: 'Satakunta', en: 'Satakunta' },
  { fi: 'Varsinais-Suomi', fiGenitive: 'Varsinais-Suomen', sv: 'Egentliga Finland', en: 'Southwest Finland' },
  { fi: 'Kanta-Häme', fiGenitive: 'Kanta-Hämeen', sv: 'Egentliga Tavastland', en: 'Kanta-Häme' },
  { fi: 'Päijät-Häme', fiGenitive: 'Päijät-Hämeen', sv: 'Päijänne-Tavastland', en: 'Päijät-Häme' },
  { fi: 'Kymenlaakso', fiGenitive: 'Kymenlaakson', sv: 'Kymmenedalen', en: 'Kymenlaakso' },
  { fi: 'Itä-Uusimaa', fiGenitive: 'Itä-Uudenmaan', sv: 'Östra Nyland', en: 'East Uusimaa' },
  { fi: 'Keski-Uusimaa', fiGenitive: 'Keski-Uudenmaan', sv: 'Mellersta Nyland', en: 'Central Uusimaa' },
  { fi: 'Länsi-Uusimaa', fiGenitive: 'Länsi-Uudenmaan', sv: 'Västra Nyland', en: 'West Uusimaa' },
];

/** A county's name in a language: "Lapin hyvinvointialue", "Lapplands välfärdsområde", "Wellbeing services county of Lapland". */
export function countyDisplayName(fi: string, language: 'fi' | 'sv' | 'en'): string {
  const county = [OWN_COUNTY, ...OTHER_COUNTIES].find((c) => c.fi === fi);
  if (!county) return fi;
  if (language === 'sv') return `${county.sv}${/[sxz]$/.test(county.sv) ? '' : 's'} välfärdsområde`;
  if (language === 'en') return `Wellbeing services county of ${county.en}`;
  return `${county.fiGenitive} hyvinvointialue`;
}
