import {
  occurrencesBetween,
  periodDates,
  understandCalendarQuestion,
  type NgoEvent,
} from '../../../src/domain/ngo';

describe('NGO calendar questions (docs/ngo.md §7)', () => {
  it('When a message asks about NGO activity, then its period, topic and groups are understood in fi, sv and en', () => {
    expect(understandCalendarQuestion('mitä järjestötoimintaa Tuiralla on tällä viikolla?')).toEqual({
      period: 'week',
    });
    expect(understandCalendarQuestion('onko Kempeleessä vertaisryhmiä omaishoitajille?')).toEqual({
      period: 'upcoming',
      topic: 'omaishoito',
      activityType: 'group',
    });
    expect(understandCalendarQuestion('what NGO activity is at my centre this month?')).toEqual({
      period: 'month',
    });
    expect(understandCalendarQuestion('vilken föreningsverksamhet finns i Brahestad idag?')).toEqual({
      period: 'today',
    });
  });

  it('When a message is about liaisons or something else, then it is not a calendar question', () => {
    expect(understandCalendarQuestion('kuka on Tuiran järjestötoiminnan yhdyshenkilö?')).toBeUndefined();
    expect(understandCalendarQuestion('who is the NGO activity coordinator in Raahe?')).toBeUndefined();
    expect(understandCalendarQuestion('tilaa kokemustoimija')).toBeUndefined();
  });

  it('When a period is asked for, then its Helsinki dates follow (a week ends on Sunday)', () => {
    const monday = new Date('2026-11-23T08:00:00Z');
    expect(periodDates('week', monday)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodDates('month', monday)).toEqual({ from: '2026-11-23', to: '2026-11-30' });
    expect(periodDates('today', new Date('2026-11-22T22:30:00Z'))).toEqual({
      from: '2026-11-23',
      to: '2026-11-23',
    });
    expect(periodDates('upcoming', monday)).toEqual({ from: '2026-11-23', to: '2026-12-20' });
  });

  it('When events recur, then each occurrence in the period is listed once, by date and time', () => {
    const event = (
      id: string,
      recurrence: NgoEvent['schedule']['recurrence'],
      firstDate: string,
      lastDate: string,
      startTime: string,
    ) =>
      ({
        id,
        schedule: { recurrence, firstDate, lastDate, startTime, endTime: '23:00', activityType: 'group' },
      }) as NgoEvent;
    const list = occurrencesBetween(
      [
        event('a', 'biweekly', '2026-11-02', '2026-12-31', '12:00'),
        event('b', 'once', '2026-11-30', '2026-11-30', '09:00'),
        event('c', 'fourWeekly', '2026-12-01', '2026-11-01', '09:00'),
      ],
      '2026-11-23',
      '2026-12-20',
    );
    expect(list.map((o) => `${o.event.id}@${o.date}`)).toEqual([
      'b@2026-11-30',
      'a@2026-11-30',
      'a@2026-12-14',
    ]);
  });
});
