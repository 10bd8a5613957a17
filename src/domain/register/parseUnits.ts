import type { Unit } from '../directory/types';
import { canonicalArea } from './areas';
import { firstRowTracker } from './duplicates';
import { splitList } from './fields';
import { unitRowKey } from './keys';
import { readRows } from './rowReader';
import type { ParseResult } from './types';

/** The unit types (tyyppi) the directory knows how to answer for. */
export const UNIT_TYPES = ['sote-keskus', 'hyvinvointipiste', 'sairaala'] as const;

const unitTypes = new Set<string>(UNIT_TYPES);
/** Posti's postal codes are five digits (docs/directory.md §4.7). */
const POSTAL_CODE = /^\d{5}$/;

/**
 * toimipisteet.csv → units. Every row is checked: required values, a known tyyppi, one of the six
 * areas, each tunnus once (regardless of case), postinumerot (optional) five-digit codes separated by "|". Names are kept as written (trimmed), markup included: cards show them as text.
 */
export function parseUnits(text: string): ParseResult<Unit> {
  const seen = firstRowTracker();
  return readRows<Unit>(text, 'toimipisteet', (cells) => {
    const id = cells.required('tunnus');
    if (id !== undefined) {
      const firstRow = seen(unitRowKey({ id }), cells.row);
      if (firstRow !== undefined) cells.report('duplicateId', 'tunnus', { value: id, firstRow });
    }
    const name = cells.required('nimi');
    const typeText = cells.required('tyyppi');
    const type = typeText?.toLowerCase();
    if (typeText !== undefined && !unitTypes.has(type ?? ''))
      cells.report('badUnitType', 'tyyppi', { value: typeText });
    const municipality = cells.required('kunta');
    const areaText = cells.required('alue');
    const area = areaText === undefined ? undefined : canonicalArea(areaText);
    if (areaText !== undefined && area === undefined)
      cells.report('unknownArea', 'alue', { value: areaText });

    if (id === undefined || name === undefined || type === undefined || municipality === undefined || !area) {
      return undefined;
    }
    const municipalitySv = cells.text('kunta_sv');
    const postalCodes = splitList(cells.text('postinumerot'));
    const badCode = postalCodes.find((code) => !POSTAL_CODE.test(code));
    if (badCode !== undefined) {
      cells.report('badPostalCode', 'postinumerot', { value: badCode });
      return undefined;
    }
    return {
      id,
      name,
      type,
      municipality,
      ...(municipalitySv === '' ? {} : { municipalitySv }),
      area,
      aliases: splitList(cells.text('aliakset')),
      ...(postalCodes.length > 0 ? { postalCodes: [...new Set(postalCodes)] } : {}),
    };
  });
}
