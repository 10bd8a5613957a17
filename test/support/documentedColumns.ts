import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The column names a table in docs/ documents, in order: the backticked names in the first cell of
 * each row of the first table under `heading` (a row may name several columns). Tests compare the
 * code's columns with these, so the list is written once, where users read it.
 */
export function documentedColumns(doc: string, heading: string): string[] {
  const text = readFileSync(path.join(__dirname, '../../docs', doc), 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`${doc} has no heading "${heading}"`);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows = lines.slice(first + 2);
  const table = rows.slice(
    0,
    rows.findIndex((line) => !line.startsWith('|')),
  );
  return table.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}
