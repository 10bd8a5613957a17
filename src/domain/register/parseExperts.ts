import { EXPERT_STATUSES, type Expert, type ExpertStatus } from '../experts/types';
import { canonicalArea } from './areas';
import { firstRowTracker } from './duplicates';
import { isEmail, isPhone, isPlainDescription, parseDate, parseYesNo, splitList } from './fields';
import { expertRowKey } from './keys';
import { readRows } from './rowReader';
import type { RowCells } from './rowReader';
import type { ParseResult } from './types';

const statuses = new Set<string>(EXPERT_STATUSES);
const isStatus = (text: string): text is ExpertStatus => statuses.has(text);

function listOf(cells: RowCells, column: string, lowerCase = false): string[] | undefined {
  const text = cells.required(column);
  if (text === undefined) return undefined;
  const parts = splitList(lowerCase ? text.toLowerCase() : text);
  if (parts.length === 0) cells.report('missingValue', column);
  return parts.length === 0 ? undefined : parts;
}

/**
 * kokemustoimijat.csv → experts. Every row is checked: required values, one of the six areas, etana
 * kyllä/ei, a known tila, e-mail and phone that look right when given, a real suostumus_pvm when given,
 * each tunnus once (regardless of case), a kuvaus that is plain text (isPlainDescription). Names are kept as written (trimmed).
 */
export function parseExperts(text: string): ParseResult<Expert> {
  const seen = firstRowTracker();
  return readRows<Expert>(text, 'kokemustoimijat', (cells) => {
    const id = cells.required('tunnus');
    if (id !== undefined) {
      const firstRow = seen(expertRowKey({ id }), cells.row);
      if (firstRow !== undefined) cells.report('duplicateId', 'tunnus', { value: id, firstRow });
    }
    const name = cells.required('nimi');
    const themes = listOf(cells, 'teemat');
    const languages = listOf(cells, 'kielet', true);
    const areaText = cells.required('alue');
    const area = areaText === undefined ? undefined : canonicalArea(areaText);
    if (areaText !== undefined && area === undefined)
      cells.report('unknownArea', 'alue', { value: areaText });
    const remoteText = cells.required('etana');
    const remote = remoteText === undefined ? undefined : parseYesNo(remoteText);
    if (remoteText !== undefined && remote === undefined)
      cells.report('badYesNo', 'etana', { value: remoteText });
    const organisation = cells.text('jarjesto');
    const email = cells.text('sahkoposti');
    if (email !== '' && !isEmail(email)) cells.report('badEmail', 'sahkoposti', { value: email });
    const phone = cells.text('puhelin');
    if (phone !== '' && !isPhone(phone)) cells.report('badPhone', 'puhelin', { value: phone });
    const consentText = cells.text('suostumus_pvm');
    const consentDate = consentText === '' ? undefined : parseDate(consentText);
    if (consentText !== '' && consentDate === undefined) {
      cells.report('invalidDate', 'suostumus_pvm', { value: consentText });
    }
    const description = cells.text('kuvaus');
    if (description !== '' && !isPlainDescription(description))
      cells.report('badDescription', 'kuvaus', {
        value: `${description.slice(0, 40)}${description.length > 40 ? '…' : ''}`,
      });
    const statusText = cells.required('tila');
    const status = statusText?.toLowerCase();
    if (statusText !== undefined && !isStatus(status ?? ''))
      cells.report('unknownStatus', 'tila', { value: statusText });

    if (
      id === undefined ||
      name === undefined ||
      !themes ||
      !languages ||
      !area ||
      remote === undefined ||
      status === undefined ||
      !isStatus(status)
    ) {
      return undefined;
    }
    return {
      id,
      name,
      themes,
      languages,
      area,
      remote,
      ...(organisation === '' ? {} : { organisation }),
      ...(email === '' ? {} : { email }),
      ...(phone === '' ? {} : { phone }),
      ...(consentDate === undefined ? {} : { consentDate }),
      status,
      ...(description === '' ? {} : { description }),
    };
  });
}
