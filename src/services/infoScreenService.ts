import { occurrencesBetween, periodDates, type Occurrence } from '../domain/ngo';
import type { Unit } from '../domain/directory';
import type { Clock } from '../domain/time';
import type { DirectoryService } from './directoryService';
import type { Repositories } from './repositories';

export interface ScreenContent {
  unit: Unit;
  /** Finnish and Swedish when the unit's municipality is bilingual (it has a Swedish name). */
  bilingual: boolean;
  occurrences: Occurrence[];
}

/**
 * The centre's info screen (docs/ngo.md §8): this week's accepted NGO activities that the liaison put on
 * the screen, of the unit and of its whole municipality. Read-only; nothing personal (what the NGO
 * published only: no contact person).
 */
export class InfoScreenService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
  ) {}

  async content(unitId: string): Promise<ScreenContent | undefined> {
    const unit = this.directory.unit(unitId);
    if (!unit) return undefined;
    const { ngoEvents } = this.repos();
    const events = [
      ...(await ngoEvents.forPlace(unit.id)),
      ...(await ngoEvents.forPlace(`kunta:${unit.municipality}`)),
    ].filter((event) => event.onInfoScreen);
    const { from, to } = periodDates('week', this.clock());
    return {
      unit,
      bilingual: Boolean(unit.municipalitySv && unit.municipalitySv !== unit.municipality),
      occurrences: occurrencesBetween(events, from, to),
    };
  }
}
