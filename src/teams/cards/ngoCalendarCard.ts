/** The NGO calendar answer (docs/ngo.md §7): upcoming accepted activities, when, what, by whom, where, link. */
import type { Occurrence } from '../../domain/ngo';
import { messageKey, type Translate } from '../../i18n';
import { dateText, hhmmText, rangeEndText } from '../../i18n/formats';
import { card, container, heading, runs, sentence, type AdaptiveCard, type BodyElement } from './adaptive';

export const MAX_CALENDAR_ROWS = 20;
/** Rows stop earlier when long titles would take the card past this (Teams refuses a message over 28 KB). */
const CALENDAR_CARD_BYTES = 24 * 1024;
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

export function calendarCard(
  occurrences: readonly Occurrence[],
  o: { title: string; placeName: (placeKey: string) => string; filter?: string },
  t: Translate,
): AdaptiveCard {
  const body: BodyElement[] = [heading(o.title, 'large')];
  if (o.filter) body.push(sentence(o.filter, { subtle: true }));
  let shown = 0;
  for (const { event, date } of occurrences.slice(0, MAX_CALENDAR_ROWS)) {
    const s = event.schedule;
    const items: BodyElement[] = [
      runs([
        {
          text: t('ngo.calendar_when', {
            date: dateText(date, t),
            start: hhmmText(s.startTime, t),
            end: rangeEndText(s.endTime, t),
          }),
          bold: true,
        },
        { text: ` · ${t(messageKey('ngo.activityType_', s.activityType))}` },
      ]),
      runs([{ text: event.title, bold: true }]),
      sentence(
        t('ngo.calendar_by', { organisation: event.organisation, place: o.placeName(event.placeKey) }),
        {
          subtle: true,
          spacing: 'none',
        },
      ),
    ];
    if (event.lahellaUrl) items.push(runs([{ text: event.lahellaUrl, url: event.lahellaUrl }]));
    const row = container(items, { separator: true });
    if (bytesOf(body) + bytesOf(row) > CALENDAR_CARD_BYTES) break;
    body.push(row);
    shown += 1;
  }
  if (occurrences.length > shown)
    body.push(sentence(t('ngo.calendar_more', { count: occurrences.length - shown }), { subtle: true }));
  return card(body);
}
