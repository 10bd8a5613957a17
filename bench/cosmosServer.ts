/** The embedded Cosmos-protocol server in a process of its own, so a benchmark measures only Silta's memory. */
import { startEmbeddedCosmos } from '../src/infra/cosmos/embedded';

void startEmbeddedCosmos().then((cosmos) => {
  process.stdout.write(`${JSON.stringify({ endpoint: cosmos.endpoint, key: cosmos.key })}\n`);
  process.on('SIGTERM', () => void cosmos.close().then(() => process.exit(0)));
});
