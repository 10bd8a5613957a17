/**
 * npm run package — builds appPackage/build/silta.zip for upload to Teams.
 *   TEAMS_APP_ID=<guid> BOT_ID=<guid> npm run package
 *   npm run package -- --dev      (zero GUIDs, for a local look only)
 * Validates first (same checks as validate:manifest) and zips exactly the files it checked.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { APP_PACKAGE_DIR, checkAppPackage } from './manifest-check';
import { idsFromEnv, ZERO_IDS } from './app-package/placeholders';

export const PACKAGE_ZIP = path.join(APP_PACKAGE_DIR, 'build', 'silta.zip');

async function main(argv: string[]): Promise<void> {
  const dev = argv.includes('--dev');
  const fromEnv = dev ? { ok: true as const, ids: ZERO_IDS } : idsFromEnv(process.env);
  if (!fromEnv.ok) {
    console.error(fromEnv.error);
    process.exitCode = 1;
    return;
  }
  const { problems, files, schemaVersion } = await checkAppPackage({ ids: fromEnv.ids });
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`not packaged: ${problems.length} problem(s) in appPackage/ (see above)`);
    process.exitCode = 1;
    return;
  }
  const zip = new AdmZip();
  for (const file of files) zip.addFile(file.name, file.content);
  mkdirSync(path.dirname(PACKAGE_ZIP), { recursive: true });
  zip.writeZip(PACKAGE_ZIP);
  const shown = path.relative(process.cwd(), PACKAGE_ZIP);
  console.log(
    `wrote ${shown} (schema ${schemaVersion}, app id ${fromEnv.ids.TEAMS_APP_ID}, bot id ${fromEnv.ids.BOT_ID}` +
      `${dev ? ', --dev: not for upload' : ''}): ${files.map((f) => f.name).join(', ')}`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`packaging crashed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
