import {
  noticesForScreen,
  occurrencesBetween,
  periodDates,
  type Occurrence,
  type ScreenNotice,
} from '../domain/ngo';
import type { Unit } from '../domain/directory';
import { helsinkiDate, type Clock } from '../domain/time';
import type { DirectoryService } from './directoryService';
import type { Repositories } from './repositories';

export interface ScreenContent {
  unit: Unit;
  /** Finnish and Swedish when the unit's municipality is bilingual (it has a Swedish name). */
  bilingual: boolean;
  occurrences: Occurrence[];
  /** Valid notices marked for the screens, addressed to the unit. */
  notices: ScreenNotice[];
}

/**
 * The centre's info screen (docs/ngo.md §8): this week's accepted NGO activities that the liaison put on
 * the screen, of the unit and of its whole municipality, and the valid notices marked for the screens
 * that reach the unit. Read-only; nothing personal (what the NGO published only: no contact person, no
 * sender).
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
    const { ngoEvents, notices } = this.repos();
    const now = this.clock();
    const [own, municipal, marked] = await Promise.all([
      ngoEvents.forPlace(unit.id),
      ngoEvents.forPlace(`kunta:${unit.municipality}`),
      notices.listForScreens(helsinkiDate(now)),
    ]);
    const { from, to } = periodDates('week', now);
    return {
      unit,
      bilingual: Boolean(unit.municipalitySv && unit.municipalitySv !== unit.municipality),
      occurrences: occurrencesBetween(
        [...own, ...municipal].filter((event) => event.onInfoScreen),
        from,
        to,
      ),
      notices: noticesForScreen(marked, unit, helsinkiDate(now)),
    };
  }
}
