import { z } from 'zod';
import { LIAISON_LEVELS, type LiaisonLevel } from './types';

/** directory.unit, directory.setMyUnit: the unit chosen on a card (checked against the register after). */
export const UNIT_CHOICE = z.object({ unitId: z.string().max(64) });

/** The unit id a card names, if it names one. */
export function unitIdOf(data: unknown): string | undefined {
  const parsed = UNIT_CHOICE.safeParse(data);
  return parsed.success ? parsed.data.unitId : undefined;
}

/** directory.scope: the service area (or other scope) chosen on a card, at the level the card asked about. */
export const SCOPE_CHOICE = z.object({
  level: z.custom<LiaisonLevel>((value) => LIAISON_LEVELS.includes(value as LiaisonLevel)),
  scope: z.string().max(200),
});

/** The level and scope a card names, if it names them. */
export function scopeChoiceOf(data: unknown): z.infer<typeof SCOPE_CHOICE> | undefined {
  const parsed = SCOPE_CHOICE.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
