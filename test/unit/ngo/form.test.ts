import { isLahellaUrl, validateSubmission, type FormContext } from '../../../src/domain/ngo';

const now = new Date('2026-11-23T08:00:00Z'); // 10.00 in Helsinki
const context: FormContext = {
  now,
  unitIds: new Set(['OU-TUI']),
  municipalities: new Set(['Oulu', 'Kempele']),
};
const valid = {
  organisation: 'Kempeleen Seurakunta',
  contactName: 'Aapo Esimerkki',
  email: 'aapo@seurakunta.example',
  kind: 'activity',
  title: 'Sururyhmä',
  description: 'Ryhmä läheisensä menettäneille.',
  topics: ['mielenterveys'],
  place: 'unit:OU-TUI',
  activityType: 'group',
  recurrence: 'once',
  firstDate: '2026-11-23',
  startTime: '18:00',
  endTime: '19:30',
};
const errorsOf = (raw: Record<string, unknown>) => {
  const result = validateSubmission(raw, context);
  return result.kind === 'ok' ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};

describe('NGO form validation (docs/ngo.md §2)', () => {
  it('When a one-off activity later today is sent, then it is valid and its last date is its first', () => {
    const result = validateSubmission(valid, context);
    expect(result.kind === 'ok' && result.value.schedule).toEqual({
      activityType: 'group',
      recurrence: 'once',
      firstDate: '2026-11-23',
      lastDate: '2026-11-23',
      startTime: '18:00',
      endTime: '19:30',
    });
  });

  it('When the start has passed in Helsinki time (09.59 today), then it is refused as past', () => {
    expect(errorsOf({ ...valid, startTime: '09:59' })).toEqual(['firstDate:past']);
    expect(errorsOf({ ...valid, startTime: '10:01', endTime: '11:00' })).toEqual([]);
  });

  it('When times or dates are reversed, too far or not real, then each field says why', () => {
    expect(errorsOf({ ...valid, endTime: '18:00' })).toEqual(['endTime:reversed']);
    expect(errorsOf({ ...valid, recurrence: 'weekly', lastDate: '2026-11-22' })).toEqual([
      'lastDate:reversed',
    ]);
    expect(errorsOf({ ...valid, recurrence: 'weekly', lastDate: '2028-01-01' })).toEqual(['lastDate:tooFar']);
    expect(errorsOf({ ...valid, recurrence: 'weekly' })).toEqual(['lastDate:required']);
    expect(errorsOf({ ...valid, firstDate: '2028-01-01' })).toEqual(['firstDate:tooFar']);
    expect(errorsOf({ ...valid, firstDate: '2026-02-30' })).toEqual(['firstDate:date']);
    expect(errorsOf({ ...valid, startTime: '24:00' })).toEqual(['startTime:time']);
  });

  it('When material or a cooperation request is sent, then no dates are needed and none are kept', () => {
    const result = validateSubmission({ ...valid, kind: 'material', firstDate: '', startTime: 'x' }, context);
    expect(result.kind === 'ok' && result.value.schedule).toBeUndefined();
  });

  it('When fields are missing, too long, of the wrong shape or unknown, then every field is named once', () => {
    expect(errorsOf({})).toEqual(
      expect.arrayContaining([
        'organisation:required',
        'contactName:required',
        'email:required',
        'kind:required',
        'title:required',
        'description:required',
      ]),
    );
    expect(errorsOf({ ...valid, organisation: 'x'.repeat(121) })).toEqual(['organisation:tooLong']);
    expect(errorsOf({ ...valid, email: 'aapo(at)example' })).toEqual(['email:email']);
    expect(errorsOf({ ...valid, phone: 'call me' })).toEqual(['phone:phone']);
    expect(errorsOf({ ...valid, topics: ['mielenterveys', 'politiikka'] })).toEqual(['topics:unknownValue']);
    expect(errorsOf({ ...valid, place: 'unit:XX-NOPE' })).toEqual(['place:unknownValue']);
    expect(errorsOf({ ...valid, place: 'municipality:Kempele' })).toEqual([]);
    expect(errorsOf({ ...valid, kind: 'spam' })).toEqual(['kind:unknownValue']);
    expect(errorsOf({ ...valid, title: 'a\u0000b' })).toEqual(['title:control']);
    expect(errorsOf({ ...valid, title: { $ne: 1 } })).toEqual(['title:required']);
  });

  it('When up to three places are chosen, then each is checked, the same one counts once and empty choices are ignored; four are refused', () => {
    const result = validateSubmission(
      { ...valid, place: ['unit:OU-TUI', '', 'municipality:Kempele', 'unit:OU-TUI'] },
      context,
    );
    expect(result.kind === 'ok' && result.value.places).toEqual([
      { kind: 'unit', unitId: 'OU-TUI' },
      { kind: 'municipality', municipality: 'Kempele' },
    ]);
    expect(errorsOf({ ...valid, place: ['', ''] })).toEqual(['place:required']);
    expect(errorsOf({ ...valid, place: ['unit:OU-TUI', 'unit:XX-NOPE'] })).toEqual(['place:unknownValue']);
    expect(
      errorsOf({
        ...valid,
        place: ['unit:OU-TUI', 'municipality:Oulu', 'municipality:Kempele', 'unit:OU-TUI'],
      }),
    ).toEqual(['place:tooMany']);
  });

  it('When a Lähellä.fi link is given, then only https links on lahella.fi pass', () => {
    expect(isLahellaUrl('https://www.lahella.fi/toiminta/1')).toBe(true);
    expect(isLahellaUrl('https://lahella.fi')).toBe(true);
    expect(isLahellaUrl('http://www.lahella.fi/')).toBe(false);
    expect(isLahellaUrl('https://lahella.fi.evil.example/')).toBe(false);
    expect(isLahellaUrl('https://user:pw@lahella.fi/')).toBe(false);
    expect(isLahellaUrl('javascript:alert(1)')).toBe(false);
    expect(errorsOf({ ...valid, lahellaUrl: 'https://example.com' })).toEqual(['lahellaUrl:url']);
  });
});
