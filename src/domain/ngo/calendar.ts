/**
 * The NGO calendar in chat (docs/ngo.md §7): recognising a question about NGO activity, its period and
 * topic, and the occurrences of accepted activities in that period. Pure; the place is resolved by the
 * directory (the caller's job).
 */
import { DateTime } from 'luxon';
import type { Topic } from '../notices/topics';
import { COUNTY_TIME_ZONE } from '../time';
import type { ActivityType, NgoEvent } from './types';

/** Words that make a message a question about NGO activity (fi, sv, en), not about liaisons. */
const NGO_ACTIVITY =
  /järjestötoimin|järjestöjen toimin|järjestötapahtum|järjestöjen tapahtum|vertaisryhm|vertaistukiryhm|föreningsverksamhet|föreningarnas verksamhet|föreningsevenemang|kamratstödsgrupp|stödgrupp|ngo activit|ngo event|ngo group|peer support group|peer group/iu;

/** A question about who (the liaison of NGO activity) stays a directory question. */
const ABOUT_PEOPLE =
  /yhdyshenkil|koordinaattor|kuka |keneen|kontaktperson|koordinator|vem |liaison|coordinator|who /iu;

export type Period = 'today' | 'week' | 'month' | 'upcoming';

const PERIODS: Array<[Period, RegExp]> = [
  ['today', /tänään|today|idag|i dag/iu],
  ['week', /tällä viikolla|tämän viikon|this week|denna vecka|den här veckan|i veckan/iu],
  ['month', /tässä kuussa|tämän kuun|this month|denna månad|den här månaden|i månaden/iu],
];

/** Stems of the notice topics in fi, sv and en (folded to lower case). */
const TOPIC_WORDS: Array<[Topic, RegExp]> = [
  ['omaishoito', /omaishoi|närståendevård|närståendevårdare|family carer|caregiver|carers?\b/iu],
  ['mielenterveys', /mielenterv|psykisk|mental health/iu],
  ['päihteet', /päihte|missbruk|substance/iu],
  ['ikääntyneet', /ikäänty|ikäihmi|äldre|older people|elderly/iu],
  ['muistisairaudet', /muistisair|minnessjuk|memory|dementia/iu],
  ['diabetes', /diabet/iu],
  ['sydän', /sydä|hjärt|heart/iu],
  ['syöpä', /syöpä|cancer/iu],
  ['lapsiperheet', /lapsiperhe|barnfamilj|famil(y|ies) with children/iu],
  ['vammaisuus', /vammai|funktionsneds|disab/iu],
  ['maahanmuuttajat', /maahanmuut|invandr|immigra/iu],
  ['yksinäisyys', /yksinäi|ensamhet|lonel/iu],
  ['nuoret', /nuori|nuoril|nuorte|nuoret|ungdom|\bunga\b|young people|youth/iu],
  ['liikunta', /liikun|motion|exercise|physical activit/iu],
  ['ravitsemus', /ravitse|kost och näring|nutrition/iu],
  ['lähisuhdeväkivalta', /lähisuhdeväki|våld i nära|domestic violence/iu],
];

const GROUP_WORDS = /ryhm|grupp|group/iu;

export interface CalendarQuestion {
  period: Period;
  topic?: Topic;
  /** Only groups ("vertaisryhmiä", "peer support groups"). */
  activityType?: ActivityType;
}

/** A calendar question, or undefined when the message is not about NGO activity. */
export function understandCalendarQuestion(text: string): CalendarQuestion | undefined {
  if (!NGO_ACTIVITY.test(text) || ABOUT_PEOPLE.test(text)) return undefined;
  const period = PERIODS.find(([, re]) => re.test(text))?.[0] ?? 'upcoming';
  const topic = TOPIC_WORDS.find(([, re]) => re.test(text))?.[0];
  return {
    period,
    ...(topic ? { topic } : {}),
    ...(GROUP_WORDS.test(text.replace(NGO_ACTIVITY, ' ')) ||
    /vertaisryhm|kamratstödsgrupp|stödgrupp|peer support group|peer group|ngo group/iu.test(text)
      ? { activityType: 'group' as const }
      : {}),
  };
}

/** The Helsinki dates (yyyy-mm-dd, inclusive) a period covers from `now`; "upcoming" is four weeks. */
export function periodDates(period: Period, now: Date): { from: string; to: string } {
  const today = DateTime.fromJSDate(now, { zone: COUNTY_TIME_ZONE }).startOf('day');
  const to =
    period === 'today'
      ? today
      : period === 'week'
        ? today.endOf('week')
        : period === 'month'
          ? today.endOf('month')
          : today.plus({ days: 27 });
  return { from: today.toISODate()!, to: to.toISODate()! };
}

export interface Occurrence {
  event: NgoEvent;
  date: string;
}

const STEP_DAYS = { once: 0, weekly: 7, biweekly: 14, fourWeekly: 28 } as const;

/** Every occurrence of the events between `from` and `to` (inclusive), by date and start time. */
export function occurrencesBetween(events: readonly NgoEvent[], from: string, to: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const event of events) {
    const s = event.schedule;
    const step = STEP_DAYS[s.recurrence];
    let day = DateTime.fromISO(s.firstDate, { zone: COUNTY_TIME_ZONE });
    const last = DateTime.fromISO(s.lastDate, { zone: COUNTY_TIME_ZONE });
    for (let i = 0; i < 400 && day <= last; i += 1) {
      const date = day.toISODate()!;
      if (date > to) break;
      if (date >= from) out.push({ event, date });
      if (step === 0) break;
      day = day.plus({ days: step });
    }
  }
  return out.sort((a, b) =>
    a.date === b.date
      ? a.event.schedule.startTime.localeCompare(b.event.schedule.startTime)
      : a.date.localeCompare(b.date),
  );
}

/** The events a question asks about: its topic and type, when named. */
export function matchesQuestion(event: NgoEvent, q: CalendarQuestion): boolean {
  return (
    (!q.topic || event.topics.includes(q.topic)) &&
    (!q.activityType || event.schedule.activityType === q.activityType)
  );
}
