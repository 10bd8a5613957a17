/**
 * npm run validate:manifest — checks appPackage/ offline (placeholders filled with dummy GUIDs):
 * schema of manifest.json and the language files, icon sizes and colours, command text lengths.
 * Prints one line per problem and exits 1, or prints "manifest OK (schema x.y)".
 */
import { checkAppPackage } from './manifest-check';

async function main(): Promise<void> {
  const { problems, schemaVersion } = await checkAppPackage();
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`manifest check failed: ${problems.length} problem(s) in appPackage/`);
    process.exitCode = 1;
    return;
  }
  console.log(`manifest OK (schema ${schemaVersion})`);
}

main().catch((error: unknown) => {
  console.error(`manifest check crashed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
