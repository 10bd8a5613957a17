import { DEFAULT_REMINDERS, nextRun, ScheduleError } from '../../../src/domain/scheduling';

const run = (cron: string, after: string) => nextRun(cron, new Date(after)).toISOString();
const reminder = (key: string) => DEFAULT_REMINDERS.find((r) => r.key === key)!;

describe('Recurring reminders in Europe/Helsinki', () => {
  it('When a 09:00 job runs on the DST change days (2026-03-29, 2026-10-25), then it stays at 09:00 local time', () => {
    expect(run('0 9 * * *', '2026-03-28T12:00:00Z')).toBe('2026-03-29T06:00:00.000Z'); // 09:00 EEST
    expect(run('0 9 * * *', '2026-10-24T12:00:00Z')).toBe('2026-10-25T07:00:00.000Z'); // 09:00 EET
  });

  it('When 03:30 does not exist (spring forward 2026-03-29), then the job runs once at 04:30 and at 03:30 again the next day', () => {
    const first = run('30 3 * * *', '2026-03-28T12:00:00Z');
    expect(first).toBe('2026-03-29T01:30:00.000Z'); // 04:30 EEST
    expect(run('30 3 * * *', first)).toBe('2026-03-30T00:30:00.000Z'); // 03:30 EEST
  });

  it('When 03:30 happens twice (fall back 2026-10-25), then the job runs once, at the first 03:30', () => {
    const first = run('30 3 * * *', '2026-10-24T12:00:00Z');
    expect(first).toBe('2026-10-25T00:30:00.000Z'); // 03:30 EEST
    expect(run('30 3 * * *', first)).toBe('2026-10-26T01:30:00.000Z'); // next day 03:30 EET
  });

  it('When a year passes, then "inform staff" runs 1 Feb and 1 Sep, "meet the municipal liaison" 15 Mar and 15 Oct, all at 09:00 local', () => {
    const runs = (key: string, count: number) => {
      const out: string[] = [];
      let after = '2026-01-01T00:00:00Z';
      for (let i = 0; i < count; i += 1) out.push((after = run(reminder(key).cron, after)));
      return out;
    };
    expect(runs('informStaff', 3)).toEqual([
      '2026-02-01T07:00:00.000Z',
      '2026-09-01T06:00:00.000Z',
      '2027-02-01T07:00:00.000Z',
    ]);
    expect(runs('meetMunicipal', 2)).toEqual(['2026-03-15T07:00:00.000Z', '2026-10-15T06:00:00.000Z']);
  });

  it('When the network meeting is due, then it is the first Tuesday of each month at 09:00, strictly after the last run', () => {
    const network = reminder('network');
    expect(run(network.cron, '2026-03-02T00:00:00Z')).toBe('2026-03-03T07:00:00.000Z');
    expect(run(network.cron, '2026-10-01T00:00:00Z')).toBe('2026-10-06T06:00:00.000Z');
    expect(run(network.cron, '2026-12-01T07:00:00Z')).toBe('2027-01-05T07:00:00.000Z');
  });

  it('When a rule is malformed, then ScheduleError says how to fix it', () => {
    expect(() => nextRun('every tuesday', new Date())).toThrow(ScheduleError);
    expect(() => nextRun('0 9 * *', new Date())).toThrow(/SCHEDULE_INVALID/);
    expect(() => nextRun('0 25 * * *', new Date())).toThrow(/five cron fields/);
  });

  it('When the defaults are listed, then each has a name, a text key and a rule that parses', () => {
    for (const r of DEFAULT_REMINDERS) {
      expect(r.name).toBeTruthy();
      expect(() => nextRun(r.cron, new Date('2026-01-01T00:00:00Z'))).not.toThrow();
    }
  });
});
