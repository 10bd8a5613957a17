/** The six areas (alueet) of the county, spelt as the register writes them. */
export const AREAS = [
  'Oulu',
  'Lakeus',
  'Rannikkoseutu',
  'Oulun eteläinen',
  'Koillismaa',
  'Oulunkaari',
] as const;

export type Area = (typeof AREAS)[number];

const byLowerCase = new Map<string, Area>(AREAS.map((area) => [area.toLowerCase(), area]));

/** The area as the register spells it ("oulun  Eteläinen" → "Oulun eteläinen"), or undefined if it is not one. */
export function canonicalArea(text: string): Area | undefined {
  return byLowerCase.get(text.trim().replace(/\s+/g, ' ').toLowerCase());
}
