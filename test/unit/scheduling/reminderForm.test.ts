import { DEFAULT_REMINDERS, nextRun } from '../../../src/domain/scheduling/reminders';
import { cronOf, scheduleOf, validateReminderForm } from '../../../src/domain/scheduling/reminderForm';
import { translator } from '../../../src/i18n';
import { scheduleText } from '../../../src/i18n/schedules';

const valid = {
  title: 'Kevään koulutuspäivä',
  text: 'Muistathan ilmoittautua koulutuspäivään.',
  audience: 'allLiaisons',
  rhythm: 'dayOfMonth',
  day: '15',
  weekday: '2',
  months: '3,9',
  time: '10:30',
};

describe('The add-reminder form', () => {
  it('When a day of some months is chosen, then the cron runs at that day and time in those months', () => {
    expect(validateReminderForm(valid)).toEqual({
      kind: 'ok',
      value: { title: valid.title, text: valid.text, audience: 'allLiaisons', cron: '30 10 15 3,9 *' },
    });
  });

  it('When the first weekday of every month is chosen, then the cron uses the nth-weekday form (Sunday is 0)', () => {
    const first = (weekday: string) =>
      validateReminderForm({ ...valid, rhythm: 'firstWeekday', weekday, months: '' });
    expect(first('2')).toMatchObject({ kind: 'ok', value: { cron: '30 10 * * 2#1' } });
    expect(first('7')).toMatchObject({ kind: 'ok', value: { cron: '30 10 * * 0#1' } });
  });

  it.each([
    ['no title', { title: '' }, 'title', 'required'],
    ['a title over 100 characters', { title: 'x'.repeat(101) }, 'title', 'tooLong'],
    ['no message', { text: '  ' }, 'text', 'required'],
    ['an unknown audience', { audience: 'everyone' }, 'audience', 'invalid'],
    ['an unknown rhythm', { rhythm: 'hourly' }, 'rhythm', 'invalid'],
    ['day 31 (not in every month)', { day: '31' }, 'day', 'invalid'],
    ['day zero', { day: '0' }, 'day', 'invalid'],
    ['a weekday 8', { rhythm: 'firstWeekday', weekday: '8' }, 'weekday', 'invalid'],
    ['month 13', { months: '1,13' }, 'months', 'invalid'],
    ['a time of 24:00', { time: '24:00' }, 'time', 'invalid'],
    ['no time', { time: '' }, 'time', 'required'],
    ['cron text smuggled into the time', { time: '* * * * *' }, 'time', 'invalid'],
  ])('When the form has %s, then that field is named', (_, change, field, code) => {
    const result = validateReminderForm({ ...valid, ...change });
    expect(result).toEqual({ kind: 'invalid', errors: [{ field, code }] });
  });

  it('When every ready-made reminder is read back, then its schedule is understood (and a generated cron round-trips)', () => {
    for (const r of DEFAULT_REMINDERS) expect(cronOf(scheduleOf(r.cron)!)).toBe(r.cron);
    expect(scheduleOf('*/5 * * * *')).toBeUndefined();
    expect(scheduleOf('0 9 1 * 1#1')).toBeUndefined(); // a day and a weekday at once: not a form rhythm
  });

  it('When a generated schedule crosses the autumn DST change, then it stays at its Helsinki time', () => {
    const cron = (
      validateReminderForm({ ...valid, months: '', day: '26', time: '09:00' }) as { value: { cron: string } }
    ).value.cron;
    expect(nextRun(cron, new Date('2026-10-01T00:00:00Z')).toISOString()).toBe('2026-10-26T07:00:00.000Z');
    expect(nextRun(cron, new Date('2026-09-01T00:00:00Z')).toISOString()).toBe('2026-09-26T06:00:00.000Z');
  });
});

describe('A reminder schedule in words', () => {
  const fi = translator('fi');
  const sv = translator('sv');
  const en = translator('en');

  it('When the ready-made reminders are listed, then their schedules read naturally in each language', () => {
    expect(scheduleText('0 9 1 2,9 *', fi)).toBe('1.2. ja 1.9. klo 9.00');
    expect(scheduleText('0 9 1 2,9 *', sv)).toBe('1.2 och 1.9 kl. 9.00');
    expect(scheduleText('0 9 1 2,9 *', en)).toBe('1 Feb and 1 Sep at 09:00');
    expect(scheduleText('0 9 * * 2#1', fi)).toBe('kuukauden ensimmäinen tiistai klo 9.00');
    expect(scheduleText('0 9 * * 2#1', sv)).toBe('första tisdagen i månaden kl. 9.00');
    expect(scheduleText('0 9 * * 2#1', en)).toBe('first Tuesday of every month at 09:00');
  });

  it('When a reminder has other rhythms, then those read naturally too; an unknown cron is shown as it is', () => {
    expect(scheduleText('30 10 15 * *', fi)).toBe('joka kuukauden 15. päivä klo 10.30');
    expect(scheduleText('0 8 * 3,6,9 0#1', fi)).toBe(
      'maaliskuun, kesäkuun ja syyskuun ensimmäinen sunnuntai klo 8.00',
    );
    expect(scheduleText('0 8 * 3,6,9 0#1', sv)).toBe('första söndagen i mars, juni och september kl. 8.00');
    expect(scheduleText('0 8 * 3,6,9 0#1', en)).toBe('first Sunday of March, June and September at 08:00');
    expect(scheduleText('*/5 * * * *', fi)).toBe('*/5 * * * *');
  });
});
