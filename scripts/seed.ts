/**
 * npm run seed — loads the demo register (data/sample: toimipisteet, yhdyshenkilot, kokemustoimijat)
 * into the configured Cosmos DB as a new register version, audited as "seed".
 */
import { embeddedNotice, withServices } from './cli';

void withServices(async (services) => {
  if (embeddedNotice(services)) return 0;
  const result = await services.register.loadDemoData('seed');
  if (result.kind !== 'applied') {
    console.error('The register changed while seeding; run npm run seed again.');
    return 1;
  }
  console.log(
    `Demo register loaded as version ${result.version}: ${result.diff.added.length} rows added, ${result.diff.changed.length} changed, ${result.diff.removed.length} removed.`,
  );
  return 0;
});
