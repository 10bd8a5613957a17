import { FORM_FIELDS, validateOrderForm, type FormField } from '../../../src/domain/orders';

const ctx = {
  now: new Date('2026-11-22T10:00:00Z'),
  unitIds: new Set(['OU-TUI', 'KE-KEM']),
  themes: ['mielenterveys', 'päihteet', 'syöpä', 'omaishoito', 'muistisairaudet', 'nuoret'],
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
  otherWishes: 'Esitys noin 45 min, loput keskustelua',
};
const errorsOf = (change: Record<string, unknown>, context = ctx) => {
  const result = validateOrderForm({ ...valid, ...change }, context);
  return result.kind === 'ok' ? [] : result.errors;
};

describe('Order form validation (server side)', () => {
  it('When every field is valid, then the details come back trimmed, with the start as an instant from Helsinki time', () => {
    const result = validateOrderForm({ ...valid, contactName: '  Kaisa Kontakti ' }, ctx);
    expect(result).toEqual({
      kind: 'ok',
      value: {
        unitId: 'OU-TUI',
        contact: { name: 'Kaisa Kontakti', email: 'kaisa@pohde.example', phone: '+358 40 123 4567' },
        purpose: 'training',
        themes: ['mielenterveys', 'päihteet'],
        language: 'fi',
        date: '2026-12-10',
        time: '10:00',
        startsAt: '2026-12-10T08:00:00.000Z',
        durationMinutes: 90,
        mode: 'onsite',
        address: 'Tuirantie 1',
        audienceSize: 20,
        description: 'Kokemuspuheenvuoro',
        costCentre: '123456',
        otherWishes: 'Esitys noin 45 min, loput keskustelua',
      },
    });
  });

  it('When numbers arrive as numbers (not strings), then they are accepted', () => {
    const result = validateOrderForm({ ...valid, durationMinutes: 60, audienceSize: 1000 }, ctx);
    expect(result.kind === 'ok' && [result.value.durationMinutes, result.value.audienceSize]).toEqual([
      60, 1000,
    ]);
  });

  it('When the event is remote, then no address is needed and none is kept', () => {
    const result = validateOrderForm({ ...valid, mode: 'remote', address: 'Tuirantie 1' }, ctx);
    expect(result.kind === 'ok' && result.value.address).toBeUndefined();
    expect(validateOrderForm({ ...valid, mode: 'remote', address: '' }, ctx).kind === 'ok').toBe(true);
  });

  it('When optional fields are empty, then they are left out', () => {
    const result = validateOrderForm({ ...valid, contactEmail: '', contactPhone: '', otherWishes: ' ' }, ctx);
    expect(result.kind === 'ok' && result.value.contact).toEqual({ name: 'Kaisa Kontakti' });
    expect(result.kind === 'ok' && 'otherWishes' in result.value).toBe(false);
  });

  it('When the contact is picked as a Teams user, then the order names them by their Entra id (lowercase)', () => {
    const result = validateOrderForm(
      { ...valid, contactPerson: '0A0A0A0A-1111-4111-8111-00000000000C' },
      ctx,
    );
    expect(result.kind === 'ok' && result.value.contact.aadObjectId).toBe(
      '0a0a0a0a-1111-4111-8111-00000000000c',
    );
    const named = validateOrderForm(valid, ctx);
    expect(named.kind === 'ok' && 'aadObjectId' in named.value.contact).toBe(false);
  });

  it('When the same theme is ticked twice, then it is kept once', () => {
    const result = validateOrderForm({ ...valid, themes: 'päihteet, päihteet ,mielenterveys' }, ctx);
    expect(result.kind === 'ok' && result.value.themes).toEqual(['päihteet', 'mielenterveys']);
  });

  const bad: Array<[string, Record<string, unknown>, FormField, string]> = [
    ['no unit', { unitId: '' }, 'unitId', 'required'],
    ['an unknown unit', { unitId: 'XX-1' }, 'unitId', 'unknownValue'],
    ['no contact', { contactName: ' ' }, 'contactName', 'required'],
    ['an over-long contact name', { contactName: 'x'.repeat(201) }, 'contactName', 'tooLong'],
    [
      'a contact person that is not an Entra id',
      { contactPerson: 'kaisa@pohde.fi' },
      'contactPerson',
      'unknownValue',
    ],
    ['a bad e-mail', { contactEmail: 'kaisa(at)pohde' }, 'contactEmail', 'invalidEmail'],
    ['an over-long e-mail', { contactEmail: `${'x'.repeat(200)}@pohde.fi` }, 'contactEmail', 'tooLong'],
    ['a bad phone', { contactPhone: 'soita' }, 'contactPhone', 'invalidPhone'],
    ['an over-long phone', { contactPhone: '1'.repeat(41) }, 'contactPhone', 'tooLong'],
    ['no purpose', { purpose: '' }, 'purpose', 'required'],
    ['an unknown purpose', { purpose: 'party' }, 'purpose', 'unknownValue'],
    ['no themes', { themes: '' }, 'themes', 'required'],
    ['an unknown theme (never a diagnosis)', { themes: 'mielenterveys,F32.1' }, 'themes', 'unknownValue'],
    [
      'six themes',
      { themes: 'mielenterveys,päihteet,syöpä,omaishoito,muistisairaudet,nuoret' },
      'themes',
      'tooMany',
    ],
    ['an unknown language', { language: 'de' }, 'language', 'unknownValue'],
    ['no date', { date: '' }, 'date', 'required'],
    ['a date in the past', { date: '2026-11-01' }, 'date', 'inPast'],
    ['a start earlier today', { date: '2026-11-22', time: '11:59' }, 'date', 'inPast'],
    ['a Finnish-style date', { date: '10.12.2026' }, 'date', 'invalidDate'],
    ['an impossible date', { date: '2026-02-30' }, 'date', 'invalidDate'],
    ['a month 13', { date: '2026-13-01' }, 'date', 'invalidDate'],
    ['no time', { time: '' }, 'time', 'required'],
    ['a time without minutes', { time: '10' }, 'time', 'invalidTime'],
    ['hour 24', { time: '24:00' }, 'time', 'invalidTime'],
    ['minute 60', { time: '10:60' }, 'time', 'invalidTime'],
    ['a single-digit hour', { time: '9:00' }, 'time', 'invalidTime'],
    ['no duration', { durationMinutes: '' }, 'durationMinutes', 'required'],
    ['a 14-minute duration', { durationMinutes: '14' }, 'durationMinutes', 'outOfRange'],
    ['a 481-minute duration', { durationMinutes: '481' }, 'durationMinutes', 'outOfRange'],
    ['a duration in words', { durationMinutes: 'tunti' }, 'durationMinutes', 'outOfRange'],
    ['a duration in exponent form', { durationMinutes: '1e2' }, 'durationMinutes', 'outOfRange'],
    ['no mode', { mode: '' }, 'mode', 'required'],
    ['an unknown mode', { mode: 'hybrid' }, 'mode', 'unknownValue'],
    ['on site without an address', { address: '' }, 'address', 'required'],
    ['an over-long address', { address: 'x'.repeat(201) }, 'address', 'tooLong'],
    ['no audience size', { audienceSize: '' }, 'audienceSize', 'required'],
    ['an audience of 0', { audienceSize: '0' }, 'audienceSize', 'outOfRange'],
    ['an audience of 1001', { audienceSize: '1001' }, 'audienceSize', 'outOfRange'],
    ['a fractional audience', { audienceSize: '2.5' }, 'audienceSize', 'outOfRange'],
    ['a negative audience', { audienceSize: '-5' }, 'audienceSize', 'outOfRange'],
    ['no description', { description: '' }, 'description', 'required'],
    ['an over-long description', { description: 'x'.repeat(2001) }, 'description', 'tooLong'],
    ['no cost centre', { costCentre: '' }, 'costCentre', 'required'],
    ['a 41-character cost centre', { costCentre: '1'.repeat(41) }, 'costCentre', 'tooLong'],
    ['over-long other wishes', { otherWishes: 'x'.repeat(201) }, 'otherWishes', 'tooLong'],
  ];
  it.each(bad)(
    'When the form has %s, then exactly that field is reported with its code',
    (_label, change, field, code) => {
      expect(errorsOf(change)).toEqual([{ field, code }]);
    },
  );

  it('When every field is reported somewhere above, then no field of the form is left untested', () => {
    const tested = new Set(bad.map(([, , field]) => field));
    expect(FORM_FIELDS.filter((f) => !tested.has(f))).toEqual([]);
  });

  it('When the limits are exactly met, then the form is valid', () => {
    expect(
      errorsOf({
        durationMinutes: '15',
        audienceSize: '1',
        description: 'x'.repeat(2000),
        costCentre: '1'.repeat(40),
        otherWishes: 'x'.repeat(200),
        address: 'x'.repeat(200),
      }),
    ).toEqual([]);
    expect(errorsOf({ durationMinutes: '480', audienceSize: '1000' })).toEqual([]);
  });

  it('When card data carries wrong types (objects, arrays, booleans), then they are treated as missing, not trusted', () => {
    expect(errorsOf({ unitId: { id: 'OU-TUI' }, themes: ['mielenterveys'], durationMinutes: true })).toEqual([
      { field: 'unitId', code: 'required' },
      { field: 'themes', code: 'required' },
      { field: 'durationMinutes', code: 'required' },
    ]);
  });

  it('When a field has several problems, then only the first is reported', () => {
    expect(errorsOf({ date: '2026-12-10T10:00:00' })).toEqual([{ field: 'date', code: 'tooLong' }]);
  });
});

describe('Order form dates in Europe/Helsinki across daylight saving time', () => {
  const early = { ...ctx, now: new Date('2026-01-01T00:00:00Z') };
  const start = (date: string, time: string) => {
    const result = validateOrderForm({ ...valid, date, time }, early);
    return result.kind === 'ok' ? result.value.startsAt : result.errors;
  };

  it.each([
    ['2026-03-28', '12:00', '2026-03-28T10:00:00.000Z'], // EET, UTC+2
    ['2026-03-29', '02:59', '2026-03-29T00:59:00.000Z'], // just before the switch
    ['2026-03-29', '04:00', '2026-03-29T01:00:00.000Z'], // EEST, UTC+3
    ['2026-03-29', '12:00', '2026-03-29T09:00:00.000Z'],
    ['2026-10-24', '12:00', '2026-10-24T09:00:00.000Z'], // still EEST
    ['2026-10-25', '12:00', '2026-10-25T10:00:00.000Z'], // back to EET
    ['2026-10-25', '02:30', '2026-10-24T23:30:00.000Z'],
    ['2026-10-25', '04:30', '2026-10-25T02:30:00.000Z'],
  ])('When the event is on %s at %s Helsinki time, then it starts at %s', (date, time, instant) => {
    expect(start(date, time)).toBe(instant);
  });

  it('When the time falls in the hour skipped on 2026-03-29 (03:00–03:59), then the time is invalid', () => {
    expect(start('2026-03-29', '03:30')).toEqual([{ field: 'time', code: 'invalidTime' }]);
    expect(start('2026-03-29', '03:00')).toEqual([{ field: 'time', code: 'invalidTime' }]);
  });

  it('When the time falls in the hour repeated on 2026-10-25, then one fixed instant is taken (standard time)', () => {
    expect(start('2026-10-25', '03:30')).toBe('2026-10-25T01:30:00.000Z');
  });

  it('When "now" is one minute before the start, then it is not in the past; at the start, it is', () => {
    const at = (iso: string) =>
      validateOrderForm({ ...valid, date: '2026-03-29', time: '12:00' }, { ...ctx, now: new Date(iso) });
    expect(at('2026-03-29T08:59:00Z').kind === 'ok').toBe(true);
    expect(at('2026-03-29T09:00:00Z')).toEqual({
      kind: 'invalid',
      errors: [{ field: 'date', code: 'inPast' }],
    });
  });
});
