import { LAYOUTS, normaliseHeader } from './layouts';
import { FILE_KINDS, type FileKind } from './types';

/** Columns found in only one kind of file: they tell the kinds apart even when a column is missing. */
const DISTINCTIVE: Readonly<Record<FileKind, ReadonlySet<string>>> = (() => {
  const counts = new Map<string, number>();
  for (const kind of FILE_KINDS) {
    for (const column of LAYOUTS[kind].columns) counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  const only = (kind: FileKind) =>
    new Set(LAYOUTS[kind].columns.filter((column) => counts.get(column) === 1));
  return {
    toimipisteet: only('toimipisteet'),
    yhdyshenkilot: only('yhdyshenkilot'),
    kokemustoimijat: only('kokemustoimijat'),
  };
})();

/**
 * Which register file a header row belongs to: the kind with the most of its own distinctive columns
 * (toimipisteet: tyyppi, kunta…; yhdyshenkilot: taso, kattavuus…; kokemustoimijat: teemat, etana…).
 * Undefined when no kind has any, or two kinds tie.
 */
export function detectFileKind(header: readonly string[]): FileKind | undefined {
  const columns = new Set(header.map(normaliseHeader));
  const scores = FILE_KINDS.map((kind) => ({
    kind,
    score: [...DISTINCTIVE[kind]].filter((column) => columns.has(column)).length,
  })).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score === 0 || (second && second.score === best.score)) return undefined;
  return best.kind;
}
