import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SiltaError } from '../domain/errors';

/** The project's root folder (where package.json is), whether running from src/ via tsx or from dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    const candidate = path.join(dir, 'package.json');
    if (
      existsSync(candidate) &&
      (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'silta'
    ) {
      return dir;
    }
    dir = path.dirname(dir);
  }
  throw new SiltaError('PROJECT_ROOT_NOT_FOUND');
}

/** The demo register shipped with the project (fictional persons): data/sample/*.csv. */
export const DEMO_FILES = ['toimipisteet.csv', 'yhdyshenkilot.csv', 'kokemustoimijat.csv'] as const;

export function readDemoFiles(): Array<{ name: string; bytes: Uint8Array }> {
  const dir = path.join(projectRoot(), 'data', 'sample');
  return DEMO_FILES.map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
}
