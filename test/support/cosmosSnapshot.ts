import { CONTAINERS, type ContainerName } from '../../src/infra/cosmos/containers';
import type { Services } from '../../src/services';

/**
 * Every document's id and ETag in every container, to prove a refused request stored nothing. `leases`
 * and `sendWindows` are left out: the scheduled jobs renew their leases and the delivery worker takes
 * send slots on their own clock.
 */
export async function snapshotStore(services: Services): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    if (name === 'leases' || name === 'sendWindows') continue;
    const { resources } = await services.storage.store!.container(name).items.readAll().fetchAll();
    out[name] = resources.map((d) => `${String(d.id)}@${String(d._etag)}`).sort();
  }
  return out;
}
