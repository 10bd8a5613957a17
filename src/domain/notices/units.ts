/** The units an audience covers (kohdeyksiköt). */
import type { Unit } from '../directory/types';
import type { Audience } from './types';

/** Only the fields an audience is matched on. */
export type AudienceUnit = Pick<Unit, 'id' | 'municipality' | 'area'>;

export function unitsOf<U extends AudienceUnit>(audience: Audience, units: readonly U[]): U[] {
  switch (audience.kind) {
    case 'county':
      return [...units];
    case 'units':
      return units.filter((u) => audience.ids.includes(u.id));
    case 'municipalities':
      return units.filter((u) => audience.ids.includes(u.municipality));
    case 'areas':
      return units.filter((u) => audience.ids.includes(u.area));
  }
}
