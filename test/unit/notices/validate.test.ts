import { MAX_NOTICE_TEXT, TOPICS, validateNotice } from '../../../src/domain/notices';
import { known, now, validForm } from './fixtures';

const ctx = { now, known };

describe('Notice validation', () => {
  it('When the notice is valid, then topics and audience are read and it is sent now', () => {
    const result = validateNotice(validForm, ctx);
    expect(result.kind === 'ok' && result.value).toMatchObject({
      topics: ['omaishoito', 'ikääntyneet'],
      audience: { kind: 'units', ids: ['OU-TUI', 'OU-KAA'] },
    });
    expect(result.kind === 'ok' && result.value.sendAt).toBeUndefined();
  });

  it('When the form asks for acknowledgement, then the notice asks for it; any other value does not', () => {
    const asked = validateNotice({ ...validForm, acknowledge: 'true' }, ctx);
    expect(asked.kind === 'ok' && asked.value.askAcknowledgement).toBe(true);
    for (const acknowledge of ['false', 'yes', true, undefined]) {
      const result = validateNotice({ ...validForm, acknowledge }, ctx);
      expect(result.kind === 'ok' && 'askAcknowledgement' in result.value).toBe(false);
    }
  });

  it('When reminder days are chosen, then 1 to 30 are kept and anything else is named as the problem', () => {
    const three = validateNotice({ ...validForm, remindAfterDays: '3' }, ctx);
    expect(three.kind === 'ok' && three.value.remindAfterDays).toBe(3);
    const none = validateNotice({ ...validForm, remindAfterDays: '' }, ctx);
    expect(none.kind === 'ok' && 'remindAfterDays' in none.value).toBe(false);
    for (const remindAfterDays of ['0', '31', '2.5', 'x', '-1', '0x3', '1e1']) {
      const result = validateNotice({ ...validForm, remindAfterDays }, ctx);
      expect(result.kind === 'ok' ? [] : result.errors).toEqual([
        { field: 'remindAfterDays', code: 'outOfRange' },
      ]);
    }
    const long = validateNotice({ ...validForm, remindAfterDays: '9'.repeat(400) }, ctx);
    expect(long.kind === 'ok' ? [] : long.errors).toEqual([{ field: 'remindAfterDays', code: 'tooLong' }]);
  });

  it.each([
    ['no title', { title: '  ' }, 'title', 'required'],
    ['no audience at all', { audienceKind: '' }, 'audienceKind', 'required'],
    ['no audience ids', { audienceIds: '' }, 'audienceIds', 'required'],
    ['an unknown audience kind', { audienceKind: 'planet' }, 'audienceKind', 'unknownValue'],
    ['an unknown unit', { audienceIds: 'XX-1' }, 'audienceIds', 'unknownValue'],
    ['a send time in the past', { sendDate: '2026-11-01', sendTime: '09:00' }, 'sendDate', 'inPast'],
    ['a send time that is not a date', { sendDate: '2026-13-45' }, 'sendDate', 'invalidDate'],
    ['an unknown topic', { topics: 'omaishoito,astrologia' }, 'topics', 'unknownTopic'],
    ['no topic', { topics: '' }, 'topics', 'required'],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'link', 'notHttp'],
    ['a link that is not a URL', { link: 'www.lahella.fi' }, 'link', 'notHttp'],
    ['an ftp image', { imageUrl: 'ftp://x/y.png' }, 'imageUrl', 'notHttp'],
    ['text over its character limit', { text: 'x'.repeat(MAX_NOTICE_TEXT + 1) }, 'text', 'tooLong'],
    ['text over 20,000 bytes (ä takes two)', { text: 'ä'.repeat(10_001) }, 'text', 'tooLong'],
    ['text over 20,000 bytes in JSON (a quote takes two)', { text: '"'.repeat(10_001) }, 'text', 'tooLong'],
    [
      'text over 20,000 bytes in JSON (a line break takes two)',
      { text: 'a\n'.repeat(6_700) },
      'text',
      'tooLong',
    ],
    ['an expired validity', { validUntil: '2026-01-01' }, 'validUntil', 'inPast'],
    ['no NGO', { ngo: '' }, 'ngo', 'required'],
  ])(
    'When the notice has %s, then it is refused with exactly that code and nothing to queue',
    (_l, change, field, code) => {
      const result = validateNotice({ ...validForm, ...change }, ctx);
      expect(result).toEqual({ kind: 'invalid', errors: [{ field, code }] });
    },
  );

  it('When the form is not even strings (forged card data), then the fields are missing, not crashing', () => {
    const result = validateNotice({ title: 42, text: ['x'], topics: { a: 1 }, audienceKind: null }, ctx);
    expect(result.kind === 'ok').toBe(false);
    if (result.kind !== 'ok')
      expect(result.errors.map((e) => e.field)).toEqual(
        expect.arrayContaining(['title', 'text', 'topics', 'audienceKind']),
      );
  });

  it('When a smaller byte cap is given, then it applies', () => {
    const result = validateNotice({ ...validForm, text: 'x'.repeat(101) }, { ...ctx, maxTextBytes: 100 });
    expect(result).toEqual({ kind: 'invalid', errors: [{ field: 'text', code: 'tooLong' }] });
  });

  it('When a send time is given in Helsinki time, then it becomes an instant (also across DST)', () => {
    const at = (sendDate: string, sendTime: string) => {
      const result = validateNotice({ ...validForm, validUntil: '2027-12-31', sendDate, sendTime }, ctx);
      return result.kind === 'ok' ? result.value.sendAt : result.errors;
    };
    expect(at('2027-03-28', '09:00')).toBe('2027-03-28T06:00:00.000Z');
    expect(at('2027-03-27', '09:00')).toBe('2027-03-27T07:00:00.000Z');
    // Spring forward: 03:30 does not exist that night; it goes at 04:30 summer time.
    expect(at('2027-03-28', '03:30')).toBe('2027-03-28T01:30:00.000Z');
    // Fall back: 03:30 happens twice; it goes at the first (summer time), as reminders do.
    expect(at('2027-10-31', '03:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(at('2027-10-31', '04:30')).toBe('2027-10-31T02:30:00.000Z');
  });

  it('When the send day is after the notice stops being valid, then the send day is named', () => {
    const result = validateNotice(
      { ...validForm, validUntil: '2027-01-31', sendDate: '2027-02-01', sendTime: '09:00' },
      ctx,
    );
    expect(result).toEqual({ kind: 'invalid', errors: [{ field: 'sendDate', code: 'afterValidity' }] });
    const lastDay = validateNotice(
      { ...validForm, validUntil: '2027-01-31', sendDate: '2027-01-31', sendTime: '23:00' },
      ctx,
    );
    expect(lastDay.kind === 'ok').toBe(true);
  });

  it('When every shared topic is chosen, then all are accepted (one list for notices and subscriptions)', () => {
    const result = validateNotice({ ...validForm, topics: TOPICS.join(',') }, ctx);
    expect(result.kind === 'ok' && result.value.topics).toEqual([...TOPICS]);
    expect(TOPICS).toHaveLength(16);
  });
});
