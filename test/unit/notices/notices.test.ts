import type { Roles } from '../../../src/domain/directory';
import { maySend, resolveAudience, validateNotice } from '../../../src/domain/notices';
import { nextRun, DEFAULT_REMINDERS } from '../../../src/domain/scheduling/reminders';
import { demoRegister } from '../../support/demoRegister';

const units = demoRegister().units;
const ctx = {
  now: new Date('2026-11-22T10:00:00Z'),
  known: {
    units: new Set(units.map((u) => u.id)),
    municipalities: new Set(units.map((u) => u.municipality)),
    areas: new Set(units.map((u) => u.area)),
  },
};
const valid = {
  title: 'Vertaisryhmä omaishoitajille',
  text: 'Uusi ryhmä alkaa **tammikuussa**.',
  ngo: 'Omaishoitajat ry',
  link: 'https://www.lahella.fi/tapahtuma/1',
  topics: 'omaishoito,ikääntyneet',
  audienceKind: 'units',
  audienceIds: 'OU-TUI,OU-KAA',
  validUntil: '2027-01-31',
};

describe('Notice validation', () => {
  it('When the notice is valid, then topics and audience are read and it is sent now', () => {
    const result = validateNotice(valid, ctx);
    expect(result.ok && result.value).toMatchObject({
      topics: ['omaishoito', 'ikääntyneet'],
      audience: { kind: 'units', ids: ['OU-TUI', 'OU-KAA'] },
    });
    expect(result.ok && result.value.sendAt).toBeUndefined();
  });

  it.each([
    ['no title', { title: '' }, 'title', 'required'],
    ['no audience', { audienceIds: '' }, 'audienceIds', 'required'],
    ['an unknown unit', { audienceIds: 'XX-1' }, 'audienceIds', 'unknownValue'],
    ['a send time in the past', { sendDate: '2026-11-01', sendTime: '09:00' }, 'sendDate', 'inPast'],
    ['an unknown topic', { topics: 'omaishoito,astrologia' }, 'topics', 'unknownTopic'],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'link', 'notHttp'],
    ['an ftp image', { imageUrl: 'ftp://x/y.png' }, 'imageUrl', 'notHttp'],
    ['text over the limit', { text: 'x'.repeat(8001) }, 'text', 'tooLong'],
    ['an expired validity', { validUntil: '2026-01-01' }, 'validUntil', 'inPast'],
  ])('When the notice has %s, then it is refused with that field', (_label, change, field, code) => {
    const result = validateNotice({ ...valid, ...change }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, code });
  });

  it('When a send time is given in Helsinki time, then it becomes an instant (also across DST)', () => {
    const result = validateNotice({ ...valid, sendDate: '2027-03-28', sendTime: '09:00' }, ctx);
    expect(result.ok && result.value.sendAt).toBe('2027-03-28T06:00:00.000Z');
  });
});

describe('Audience', () => {
  const notice = { topics: ['omaishoito' as const], audience: { kind: 'units' as const, ids: ['OU-TUI'] } };
  it('When resolving, then subscribers of the topic in the units, NGO-team members and boards are included once', () => {
    const recipients = resolveAudience(
      notice,
      units,
      [
        { id: 'A', unitId: 'OU-TUI', topics: ['omaishoito'] },
        { id: 'B', unitId: 'OU-TUI', topics: ['syöpä'] },
        { id: 'C', unitId: 'OU-KAA', topics: ['omaishoito'] },
        { id: 'D', unitId: 'OU-TUI', topics: [], allTopics: true },
        { id: 'E', unitId: 'OU-TUI', topics: ['omaishoito'], ngoTeam: true },
        { id: 'a', unitId: 'OU-TUI', topics: ['omaishoito'] },
      ],
      [
        { unitId: 'OU-TUI', key: 'conv:board-tuira' },
        { unitId: 'OU-KAA', key: 'conv:board-kaakkuri' },
      ],
    );
    expect(recipients).toEqual([
      { key: 'user:a', kind: 'user', reason: 'subscription' },
      { key: 'user:d', kind: 'user', reason: 'subscription' },
      { key: 'user:e', kind: 'user', reason: 'ngoTeam' },
      { key: 'conv:board-tuira', kind: 'board', reason: 'noticeBoard' },
    ]);
  });

  it('When a municipality or area is the audience, then its units count', () => {
    const r = resolveAudience(
      { topics: ['diabetes'], audience: { kind: 'areas', ids: ['Lakeus'] } },
      units,
      [{ id: 'X', unitId: 'KE-KEM', topics: ['diabetes'] }],
      [],
    );
    expect(r.map((x) => x.key)).toEqual(['user:x']);
  });

  const roles = (r: Partial<Roles>): Roles => ({ coordinator: false, centreUnitIds: [], areas: [], ...r });
  it('When a liaison sends, then only to their own units; the coordinator anywhere; others nowhere', () => {
    expect(maySend(roles({ centreUnitIds: ['OU-TUI'] }), { kind: 'units', ids: ['OU-TUI'] }, units)).toBe(
      true,
    );
    expect(
      maySend(roles({ centreUnitIds: ['OU-TUI'] }), { kind: 'units', ids: ['OU-TUI', 'OU-KAA'] }, units),
    ).toBe(false);
    expect(maySend(roles({ centreUnitIds: ['OU-TUI'] }), { kind: 'county', ids: [] }, units)).toBe(false);
    expect(maySend(roles({ coordinator: true }), { kind: 'county', ids: [] }, units)).toBe(true);
    expect(maySend(roles({}), { kind: 'units', ids: ['OU-TUI'] }, units)).toBe(false);
  });
});

describe('Recurring reminders in Europe/Helsinki', () => {
  it('When a 09:00 reminder crosses the DST changes, then it stays at 09:00 local time', () => {
    const informStaff = DEFAULT_REMINDERS.find((r) => r.key === 'informStaff')!;
    expect(nextRun(informStaff.cron, new Date('2026-01-15T00:00:00Z')).toISOString()).toBe(
      '2026-02-01T07:00:00.000Z',
    );
    expect(nextRun(informStaff.cron, new Date('2026-02-02T00:00:00Z')).toISOString()).toBe(
      '2026-09-01T06:00:00.000Z',
    );
    expect(nextRun('0 9 * * *', new Date('2026-03-28T12:00:00Z')).toISOString()).toBe(
      '2026-03-29T06:00:00.000Z',
    );
    expect(nextRun('0 9 * * *', new Date('2026-10-24T12:00:00Z')).toISOString()).toBe(
      '2026-10-25T07:00:00.000Z',
    );
  });

  it('When a reminder is set at a time that does not exist on the spring-forward day, then it runs an hour later that day', () => {
    expect(nextRun('30 3 * * *', new Date('2026-03-28T12:00:00Z')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('When the network meeting is the first Tuesday, then the next run is found; a malformed rule says how to fix it', () => {
    const network = DEFAULT_REMINDERS.find((r) => r.key === 'network')!;
    expect(nextRun(network.cron, new Date('2026-11-22T00:00:00Z')).toISOString()).toBe(
      '2026-12-01T07:00:00.000Z',
    );
    expect(() => nextRun('every tuesday', new Date())).toThrow(/SCHEDULE_INVALID/);
  });
});
