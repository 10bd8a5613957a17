/**
 * Finland's places outside the register: Posti's postal code areas, each with its municipality. They
 * are data, loaded outside the domain (src/infra/postalAreas.ts) and passed to buildDirectoryIndex, so
 * that a village, a district or a postal code is a place in its municipality and a municipality
 * elsewhere in Finland is known as such (docs/directory.md §4.4, §4.7).
 */
export interface PostalArea {
  /** postinumero, five digits: "90820" */
  code: string;
  /** The area's Finnish name: "Kello" */
  name: string;
  /** The area's Swedish name (the Finnish one when it has none) */
  nameSv: string;
  /** The municipality's Finnish name: "Oulu" */
  municipality: string;
  /** The municipality's Swedish name (the Finnish one when it has none): "Uleåborg" */
  municipalitySv: string;
}

export interface FinlandPlaces {
  postalAreas: readonly PostalArea[];
}

export const NO_PLACES: FinlandPlaces = { postalAreas: [] };
