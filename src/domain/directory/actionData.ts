import { z } from 'zod';

/** directory.unit, directory.setMyUnit: the unit chosen on a card (checked against the register after). */
export const UNIT_CHOICE = z.object({ unitId: z.string().max(64) });

/** The unit id a card names, if it names one. */
export function unitIdOf(data: unknown): string | undefined {
  const parsed = UNIT_CHOICE.safeParse(data);
  return parsed.success ? parsed.data.unitId : undefined;
}
