/**
 * What a county employee may do in Silta, read from the register rows that carry their AAD object id
 * (docs/directory.md §7).
 */
import type { DirectoryIndex } from './model';
import { isValidOn } from './people';

export interface Roles {
  /** järjestötyön koordinaattori (or a coordinator named in configuration): register, county-wide notices, summaries. */
  coordinator: boolean;
  /** Units whose sote-keskus liaison the person is today. */
  centreUnitIds: string[];
  /** Areas whose regional coordinator the person is today. */
  areas: string[];
}

/** The roles of `aadObjectId` today; `configuredCoordinators` come from COORDINATOR_AAD_IDS. */
export function rolesOf(
  index: DirectoryIndex,
  aadObjectId: string | undefined,
  today: string,
  configuredCoordinators: readonly string[] = [],
): Roles {
  const roles: Roles = { coordinator: false, centreUnitIds: [], areas: [] };
  if (!aadObjectId) return roles;
  const id = aadObjectId.toLowerCase();
  roles.coordinator = configuredCoordinators.some((configured) => configured.toLowerCase() === id);
  for (const row of index.register.assignments) {
    if (row.aadObjectId?.toLowerCase() !== id || !isValidOn(row, today)) continue;
    if (row.level === 'hyvinvointialue') roles.coordinator = true;
    if (row.level === 'sote-keskus') roles.centreUnitIds.push(...row.coverage);
    if (row.level === 'alue') roles.areas.push(...row.coverage);
  }
  return roles;
}
