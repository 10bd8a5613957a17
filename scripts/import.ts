/**
 * npm run import -- <file.csv> [more.csv …] [--yes]
 * Validates every row (row, column, reason), prints the preview (added / changed / removed) and, with
 * --yes, applies it all or nothing, audited as "cli:<user>". Without --yes nothing is written.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatImportErrors } from '../src/domain/register';
import { localeFrom, translator } from '../src/i18n';
import { embeddedNotice, withServices } from './cli';

const args = process.argv.slice(2);
const apply = args.includes('--yes');
const paths = args.filter((arg) => !arg.startsWith('--'));
const t = translator(localeFrom(process.env.SILTA_LOCALE ?? process.env.LANG?.replace(/\..*$/, '') ?? 'fi'));

if (paths.length === 0) {
  console.error(
    'Usage: npm run import -- <toimipisteet.csv|yhdyshenkilot.csv|kokemustoimijat.csv> … [--yes]',
  );
  process.exit(2);
}

void withServices(async (services) => {
  const embedded = embeddedNotice(services);
  if (embedded) await services.register.loadDemoData('cli:demo');
  const files = paths.map((file) => ({
    name: path.basename(file),
    bytes: new Uint8Array(readFileSync(file)),
  }));
  const actor = `cli:${os.userInfo().username}`;
  const preview = await services.register.preview(files, actor);
  if (preview.kind === 'invalid') {
    console.log(t('register.errorsTitle'));
    for (const line of formatImportErrors(preview.errors, t, 200)) console.log(`  ${line}`);
    return 1;
  }
  if (preview.kind === 'unchanged') {
    console.log(t('register.nothingChanged'));
    return 0;
  }
  const { added, changed, removed } = preview.diff;
  console.log(
    t('register.previewCounts', { added: added.length, changed: changed.length, removed: removed.length }),
  );
  for (const c of added) console.log(`  + ${c.label}`);
  for (const c of changed)
    console.log(`  ~ ${c.label}: ${c.fields.map((f) => `${f.column} "${f.from}" → "${f.to}"`).join('; ')}`);
  for (const c of removed) console.log(`  - ${c.label}`);
  if (!apply || embedded) {
    await services.register.cancel(preview.token, actor);
    console.log(
      embedded
        ? '(dry run against the demo register)'
        : 'Nothing was written. Run again with --yes to apply.',
    );
    return 0;
  }
  const result = await services.register.apply(preview.token, actor);
  if (result.kind !== 'applied') {
    console.error(t(result.kind === 'stale' ? 'register.stale' : 'register.expired'));
    return 1;
  }
  console.log(
    `${t('register.applied', { added: added.length, changed: changed.length, removed: removed.length })} (v${result.version})`,
  );
  return 0;
});
