import { buildDirectoryIndex, type DirectoryIndex, type Register } from '../../src/domain/directory';
import { validateImport } from '../../src/domain/register';
import { loadFinlandPlaces } from '../../src/infra/postalAreas';
import { readDemoFiles } from '../../src/services/projectFiles';

/** The project's demo register (data/sample), parsed the way an import parses it. */
export function demoRegister(): Register {
  const result = validateImport({ units: [], assignments: [] }, readDemoFiles());
  if (!result.next || result.errors.length > 0)
    throw new Error(`demo data invalid: ${JSON.stringify(result.errors)}`);
  return result.next;
}

export function demoIndex(): DirectoryIndex {
  return buildDirectoryIndex(demoRegister(), loadFinlandPlaces());
}

/** The e-mail addresses an answer names, wherever in the answer they are. */
export function emailsIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/"email":"([^"]+)"/g)].map((m) => m[1]!);
}
