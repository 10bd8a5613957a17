import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Register } from '../../../src/domain/directory/types';
import type { ImportFile } from '../../../src/domain/register';

export const SAMPLE_DIR = path.join(__dirname, '..', '..', '..', 'data', 'sample');
export const SAMPLE_NAMES = ['toimipisteet.csv', 'yhdyshenkilot.csv', 'kokemustoimijat.csv'] as const;
export type SampleName = (typeof SAMPLE_NAMES)[number];

export const EMPTY_REGISTER: Register = { units: [], assignments: [] };

export function sampleBytes(name: SampleName): Uint8Array {
  return readFileSync(path.join(SAMPLE_DIR, name));
}

/** A sample file's text without BOM, with LF line ends. */
export function sampleText(name: SampleName): string {
  return readFileSync(path.join(SAMPLE_DIR, name), 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');
}

export function sampleFiles(): ImportFile[] {
  return SAMPLE_NAMES.map((name) => ({ name, bytes: sampleBytes(name) }));
}

/** Text as an Excel fi export would save it: UTF-8 with BOM and CRLF. */
export function excelBytes(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}`);
}

/** A CSV text from lines (header first), LF-separated, ending in a line end like Excel's. */
export const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

const quote = (cell: string, delimiter: string): string =>
  /["\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** Rows as CSV with `delimiter`, quoting where needed. */
export function toCsv(rows: readonly string[][], delimiter: string): string {
  return csv(...rows.map((cells) => cells.map((cell) => quote(cell, delimiter)).join(delimiter)));
}

/** A simple ";" split: enough for the sample files, which hold no quoted cells. */
export function splitSample(name: SampleName): string[][] {
  return sampleText(name)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(';'));
}

export const UNITS_HEADER = 'tunnus;nimi;tyyppi;kunta;kunta_sv;alue;aliakset';
export const ASSIGNMENTS_HEADER =
  'taso;kattavuus;nimi;nimike;sahkoposti;puhelin;aad_object_id;alkaen;asti;huomautus';
export const EXPERTS_HEADER =
  'tunnus;nimi;teemat;kielet;alue;etana;jarjesto;sahkoposti;puhelin;suostumus_pvm;tila';

/** A row in `header`'s column order from a base row with some cells replaced. */
export function rowOf(
  header: string,
  base: Record<string, string>,
  changes: Record<string, string> = {},
): string {
  const cells = { ...base, ...changes };
  return header
    .split(';')
    .map((column) => cells[column] ?? '')
    .join(';');
}

export const TUIRA: Record<string, string> = {
  tunnus: 'OU-TUI',
  nimi: 'Tuiran hyvinvointikeskus',
  tyyppi: 'sote-keskus',
  kunta: 'Oulu',
  kunta_sv: 'Uleåborg',
  alue: 'Oulu',
  aliakset: 'Tuira',
};

export const NOORA: Record<string, string> = {
  taso: 'sote-keskus',
  kattavuus: 'OU-TUI',
  nimi: 'Noora Eskola',
  nimike: 'palveluohjaaja, sote-keskuksen järjestöyhdyshenkilö',
  sahkoposti: 'noora.eskola@pohde.example',
  puhelin: '+358 40 555 1703',
  aad_object_id: '520118f6-5108-54ae-ad12-e453ecae8d6b',
  alkaen: '2024-01-01',
  asti: '',
  huomautus: '',
};

export const LAURI: Record<string, string> = {
  tunnus: 'KT-001',
  nimi: 'Lauri Toivonen',
  teemat: 'mielenterveys|muistisairaudet',
  kielet: 'fi',
  alue: 'Oulu',
  etana: 'ei',
  jarjesto: 'Pohjois-Pohjanmaan mielenterveysyhdistys',
  sahkoposti: 'lauri.toivonen@kokemus.example',
  puhelin: '+358 40 555 3516',
  suostumus_pvm: '2025-09-01',
  tila: 'tauolla',
};
