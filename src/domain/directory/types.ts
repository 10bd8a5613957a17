/**
 * The county's liaison register (toimipisteet.csv + yhdyshenkilot.csv) as plain data.
 * Field names are English; comments give the Finnish column they come from.
 */

/** Unit type (tyyppi). The register uses these three today; other values are kept as they are. */
export type UnitType = 'sote-keskus' | 'hyvinvointipiste' | 'sairaala' | (string & {});

/** A health and social services unit (toimipiste). */
export interface Unit {
  /** tunnus, e.g. "OU-TUI" */
  id: string;
  /** nimi, e.g. "Tuiran hyvinvointikeskus" */
  name: string;
  /** tyyppi */
  type: UnitType;
  /** kunta (Finnish name), e.g. "Oulu" */
  municipality: string;
  /** kunta_sv (Swedish name when the municipality has one), e.g. "Uleåborg" */
  municipalitySv?: string;
  /** alue: one of the six areas, e.g. "Oulun eteläinen" */
  area: string;
  /** aliakset, e.g. ["Kontinkangas", "Kontti"] */
  aliases: string[];
  /** postinumerot, the postal codes the unit serves, e.g. ["90820", "90830"] (optional column) */
  postalCodes?: string[];
}

/** Level of a liaison row (taso). */
export type LiaisonLevel =
  | 'hyvinvointialue'
  | 'toimialue'
  | 'pelastus-palvelualue'
  | 'pelastus-vastuualue'
  | 'alue'
  | 'sote-keskus'
  | 'kunta';

export const LIAISON_LEVELS: readonly LiaisonLevel[] = [
  'hyvinvointialue',
  'toimialue',
  'pelastus-palvelualue',
  'pelastus-vastuualue',
  'alue',
  'sote-keskus',
  'kunta',
];

/** One row of the liaison register (yhdyshenkilot.csv). */
export interface LiaisonAssignment {
  /** taso */
  level: LiaisonLevel;
  /**
   * kattavuus, split on "|": unit ids for sote-keskus, a municipality for kunta, an area for alue,
   * a service area for toimialue, a rescue area for pelastus-*, "Pohde" for hyvinvointialue.
   */
  coverage: string[];
  /** nimi */
  name: string;
  /** nimike */
  title: string;
  /** sahkoposti */
  email: string;
  /** puhelin */
  phone: string;
  /** aad_object_id (only for county staff who use Teams) */
  aadObjectId?: string;
  /** alkaen, ISO date yyyy-mm-dd */
  validFrom: string;
  /** asti, ISO date yyyy-mm-dd; undefined = open-ended */
  validUntil?: string;
  /** huomautus, e.g. "sijainen: Oskari Wallin" */
  note?: string;
}

/** The whole register as imported. */
export interface Register {
  units: Unit[];
  assignments: LiaisonAssignment[];
}
