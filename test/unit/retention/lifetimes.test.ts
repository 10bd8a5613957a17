import type { Notice } from '../../../src/domain/notices';
import {
  DEFAULT_LIFETIMES,
  areDeliveriesDue,
  cutoff,
  isAuditEntryDue,
  isNoticeDue,
  isOlderThan,
  isUserInactive,
  lastSeen,
  noticeRetentionStart,
} from '../../../src/domain/retention';
import { loadConfig } from '../../../src/config';

const notice = (overrides: Partial<Notice>): Notice => ({
  id: 'n-1',
  state: 'sent',
  title: 'Vertaisryhmä',
  text: 'Teksti',
  ngo: 'Yhdistys',
  topics: ['diabetes'],
  audience: { kind: 'county', ids: [] },
  validUntil: '2027-01-31',
  sender: { aadObjectId: 'a', name: 'Lähettäjä' },
  createdAt: '2027-01-01T08:00:00.000Z',
  updatedAt: '2027-01-01T08:00:00.000Z',
  ...overrides,
});

describe('Data lifetimes (pure rules)', () => {
  it('When nothing is configured, then the settings carry the documented defaults', () => {
    expect(loadConfig({ ALLOW_ANONYMOUS: 'true' }).lifetimes).toEqual(DEFAULT_LIFETIMES);
    expect(DEFAULT_LIFETIMES).toEqual({
      auditMonths: 36,
      userInactiveMonths: 12,
      noticeDays: 90,
      deliveryDays: 30,
      turnStateDays: 30,
      ngoSubmissionDays: 90,
      ngoEventDays: 30,
    });
  });

  it('When a cutoff is asked for in months, then calendar months are counted back from now', () => {
    const now = new Date('2027-03-31T12:00:00Z');
    expect(cutoff(now, { months: 1 })).toBe('2027-02-28T12:00:00.000Z');
    expect(cutoff(now, { days: 30 })).toBe('2027-03-01T12:00:00.000Z');
    expect(cutoff(now, { ms: 30 * 60_000 })).toBe('2027-03-31T11:30:00.000Z');
  });

  it('When a time is exactly at the cutoff, then it is due; a millisecond later it is kept; an unreadable time is due', () => {
    const now = new Date('2027-03-01T00:00:00Z');
    expect(isOlderThan('2027-02-01T00:00:00.000Z', now, { months: 1 })).toBe(true);
    expect(isOlderThan('2027-02-01T00:00:00.001Z', now, { months: 1 })).toBe(false);
    expect(isOlderThan(undefined, now, { months: 1 })).toBe(true);
    expect(isOlderThan('yesterday', now, { months: 1 })).toBe(true);
  });

  it('When a sent notice is valid until a day, then its clock starts at the end of that day in Helsinki', () => {
    expect(noticeRetentionStart(notice({}))).toBe('2027-01-31T21:59:59.999Z');
    const late = notice({ updatedAt: '2027-02-10T08:00:00.000Z' });
    expect(noticeRetentionStart(late)).toBe('2027-02-10T08:00:00.000Z');
    expect(noticeRetentionStart(notice({ state: 'cancelled' }))).toBe('2027-01-01T08:00:00.000Z');
    expect(noticeRetentionStart(notice({ state: 'draft' }))).toBe('2027-01-01T08:00:00.000Z');
    expect(noticeRetentionStart(notice({ state: 'sending' }))).toBeUndefined();
    const scheduledLate = notice({ state: 'scheduled', sendAt: '2027-06-01T06:00:00.000Z' });
    expect(noticeRetentionStart(scheduledLate)).toBe('2027-06-01T06:00:00.000Z');
  });

  it('When 90 days have passed since a notice stopped being valid, then it is due, not a day before; one being sent never is', () => {
    const lifetimes = { noticeDays: 90 };
    expect(isNoticeDue(notice({}), new Date('2027-05-01T21:59:59Z'), lifetimes)).toBe(false);
    expect(isNoticeDue(notice({}), new Date('2027-05-01T22:00:00Z'), lifetimes)).toBe(true);
    expect(isNoticeDue(notice({ state: 'sending' }), new Date('2099-01-01T00:00:00Z'), lifetimes)).toBe(
      false,
    );
  });

  it("When sending has ended 30 days ago, then the notice's deliveries are due; while scheduled or sending they are not", () => {
    const lifetimes = { deliveryDays: 30 };
    const at = new Date('2027-01-31T08:00:00Z');
    expect(areDeliveriesDue(notice({}), at, lifetimes)).toBe(true);
    expect(areDeliveriesDue(notice({ state: 'cancelled' }), at, lifetimes)).toBe(true);
    expect(areDeliveriesDue(notice({}), new Date('2027-01-31T07:59:59Z'), lifetimes)).toBe(false);
    expect(areDeliveriesDue(notice({ state: 'scheduled' }), at, lifetimes)).toBe(false);
    expect(areDeliveriesDue(notice({ state: 'sending' }), at, lifetimes)).toBe(false);
  });

  it('When a user was seen in a turn and changed their profile, then the later of the two counts', () => {
    expect(lastSeen('2027-01-01T00:00:00Z', '2027-03-01T00:00:00Z')).toBe('2027-03-01T00:00:00Z');
    expect(lastSeen('2027-05-01T00:00:00Z', undefined)).toBe('2027-05-01T00:00:00Z');
    expect(lastSeen(undefined, undefined)).toBeUndefined();
    const now = new Date('2028-03-01T00:00:00Z');
    expect(isUserInactive('2027-03-01T00:00:00Z', now, { userInactiveMonths: 12 })).toBe(true);
    expect(isUserInactive('2027-03-01T00:00:01Z', now, { userInactiveMonths: 12 })).toBe(false);
    expect(isUserInactive(undefined, now, { userInactiveMonths: 12 })).toBe(true);
  });

  it('When an audit entry is 36 months old, then it is due', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(isAuditEntryDue('2027-01-01T00:00:00.000Z', now, { auditMonths: 36 })).toBe(true);
    expect(isAuditEntryDue('2027-01-02T00:00:00.000Z', now, { auditMonths: 36 })).toBe(false);
  });
});
