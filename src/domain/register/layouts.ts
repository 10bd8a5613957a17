import type { FileKind } from './types';

/** The columns of one register file, as the county's Excel export names them. */
export interface FileLayout {
  kind: FileKind;
  /** Every column, in the export's order. */
  columns: readonly string[];
  /** Columns the header must have; the rest may be left out. */
  required: readonly string[];
}

export const LAYOUTS: Readonly<Record<FileKind, FileLayout>> = {
  toimipisteet: {
    kind: 'toimipisteet',
    columns: ['tunnus', 'nimi', 'tyyppi', 'kunta', 'kunta_sv', 'alue', 'aliakset', 'postinumerot'],
    required: ['tunnus', 'nimi', 'tyyppi', 'kunta', 'alue'],
  },
  yhdyshenkilot: {
    kind: 'yhdyshenkilot',
    columns: [
      'taso',
      'kattavuus',
      'nimi',
      'nimike',
      'sahkoposti',
      'puhelin',
      'aad_object_id',
      'alkaen',
      'asti',
      'huomautus',
    ],
    required: ['taso', 'kattavuus', 'nimi', 'nimike', 'sahkoposti', 'puhelin', 'alkaen'],
  },
  kokemustoimijat: {
    kind: 'kokemustoimijat',
    columns: [
      'tunnus',
      'nimi',
      'teemat',
      'kielet',
      'alue',
      'etana',
      'jarjesto',
      'sahkoposti',
      'puhelin',
      'suostumus_pvm',
      'tila',
      'kuvaus',
    ],
    required: ['tunnus', 'nimi', 'teemat', 'kielet', 'alue', 'etana', 'tila'],
  },
};

/** The header row a kind's file should have, e.g. "tunnus;nimi;tyyppi;…". */
export function expectedHeader(kind: FileKind): string {
  return LAYOUTS[kind].columns.join(';');
}

/**
 * A header cell as a column name: trimmed, lower case, ä/å → a and ö → o, spaces and hyphens → "_".
 * "Sähköposti" → "sahkoposti", "Suostumus pvm" → "suostumus_pvm", "etänä" → "etana".
 */
export function normaliseHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[\s-]+/g, '_');
}
