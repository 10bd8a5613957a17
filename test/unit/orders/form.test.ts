import { validateOrderForm, type FormField } from '../../../src/domain/orders';

const ctx = {
  now: new Date('2026-11-22T10:00:00Z'),
  unitIds: new Set(['OU-TUI', 'KE-KEM']),
  themes: ['mielenterveys', 'päihteet', 'syöpä'],
};
const valid = {
  unitId: 'OU-TUI',
  contactName: 'Kaisa Kontakti',
  contactEmail: 'kaisa@pohde.example',
  contactPhone: '+358 40 123 4567',
  purpose: 'training',
  themes: 'mielenterveys,päihteet',
  language: 'fi',
  date: '2026-12-10',
  time: '10:00',
  durationMinutes: '90',
  mode: 'onsite',
  address: 'Tuirantie 1',
  audienceSize: '20',
  description: 'Kokemuspuheenvuoro',
  costCentre: '123456',
};

describe('Order form validation (server side)', () => {
  it('When every field is valid, then the details come back with the start as an instant in Helsinki time', () => {
    const result = validateOrderForm(valid, ctx);
    expect(result.ok && result.value).toMatchObject({
      startsAt: '2026-12-10T08:00:00.000Z',
      themes: ['mielenterveys', 'päihteet'],
      durationMinutes: 90,
    });
  });

  it.each([
    ['2026-03-29', '12:00', '2026-03-29T09:00:00.000Z'],
    ['2026-10-25', '12:00', '2026-10-25T10:00:00.000Z'],
  ])(
    'When the event is on a DST change day (%s %s), then the instant follows Europe/Helsinki',
    (date, time, instant) => {
      const result = validateOrderForm(
        { ...valid, date, time },
        { ...ctx, now: new Date('2026-01-01T00:00:00Z') },
      );
      expect(result.ok && result.value.startsAt).toBe(instant);
    },
  );

  const bad: Array<[string, Record<string, unknown>, FormField, string]> = [
    ['no unit', { unitId: '' }, 'unitId', 'required'],
    ['an unknown unit', { unitId: 'XX-1' }, 'unitId', 'unknownValue'],
    ['no contact', { contactName: ' ' }, 'contactName', 'required'],
    ['a bad e-mail', { contactEmail: 'kaisa(at)pohde' }, 'contactEmail', 'invalidEmail'],
    ['a bad phone', { contactPhone: 'soita' }, 'contactPhone', 'invalidPhone'],
    ['an unknown purpose', { purpose: 'party' }, 'purpose', 'unknownValue'],
    ['an unknown theme', { themes: 'mielenterveys,diagnoosi' }, 'themes', 'unknownValue'],
    ['a date in the past', { date: '2026-11-01' }, 'date', 'inPast'],
    ['a malformed date', { date: '10.12.2026' }, 'date', 'invalidDate'],
    ['an impossible date', { date: '2026-02-30' }, 'date', 'invalidDate'],
    ['a malformed time', { time: '10' }, 'time', 'invalidTime'],
    ['a 5-minute duration', { durationMinutes: '5' }, 'durationMinutes', 'outOfRange'],
    ['a fractional audience', { audienceSize: '2.5' }, 'audienceSize', 'outOfRange'],
    ['on site without an address', { address: '' }, 'address', 'required'],
    ['an over-long description', { description: 'x'.repeat(2001) }, 'description', 'tooLong'],
    ['no cost centre', { costCentre: '' }, 'costCentre', 'required'],
  ];
  it.each(bad)('When the form has %s, then that field is reported', (_label, change, field, code) => {
    const result = validateOrderForm({ ...valid, ...change }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, code });
  });

  it('When the event is remote, then no address is needed', () => {
    expect(validateOrderForm({ ...valid, mode: 'remote', address: '' }, ctx).ok).toBe(true);
  });

  it('When card data carries wrong types (objects, arrays), then they are treated as missing, not trusted', () => {
    const result = validateOrderForm({ ...valid, unitId: { id: 'OU-TUI' }, themes: ['mielenterveys'] }, ctx);
    expect(result.ok).toBe(false);
  });
});
