/** The county's time zone: dates in the register and every schedule are Helsinki dates. */
export const COUNTY_TIME_ZONE = 'Europe/Helsinki';

const isoDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: COUNTY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** yyyy-mm-dd of `instant` in Europe/Helsinki. */
export function helsinkiDate(instant: Date): string {
  return isoDate.format(instant);
}

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
