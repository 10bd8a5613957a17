import {
  checkGuards,
  isSubmissionDue,
  referenceFrom,
  routeSubmission,
  routeToPlaces,
  tokenFrom,
  TOKEN_PATTERN,
  type Submission,
} from '../../../src/domain/ngo';

const person = (name: string, aadObjectId?: string) => ({ name, ...(aadObjectId ? { aadObjectId } : {}) });

describe('NGO routing (docs/ngo.md §3)', () => {
  it('When several places are chosen, then each is routed by the rules and everyone gets it once; the level is the most general one used', () => {
    const tuira = {
      centre: [person('Noora', 'n')],
      regional: [person('Riikka', 'r')],
      county: [person('Aino', 'c')],
    };
    const kempele = { centre: [], regional: [person('Sami', 's')], county: [person('Aino', 'c')] };
    const lumijoki = { centre: [], regional: [person('Sami', 'S')], county: [person('Aino', 'c')] };
    expect(routeToPlaces([tuira, kempele, lumijoki])).toEqual({
      routedTo: 'regional',
      liaisons: [
        { name: 'Noora', aadObjectId: 'n' },
        { name: 'Sami', aadObjectId: 's' },
      ],
    });
    expect(routeToPlaces([tuira, tuira]).liaisons).toHaveLength(1);
    expect(routeToPlaces([{ centre: [], regional: [], county: [] }, tuira])).toEqual({
      routedTo: 'centre',
      liaisons: [{ name: 'Noora', aadObjectId: 'n' }],
    });
    expect(routeToPlaces([{ centre: [], regional: [], county: [] }]).routedTo).toBe('none');
  });

  it('When the unit has centre liaisons, then they get it, each once, without people Silta cannot reach', () => {
    expect(
      routeSubmission({
        centre: [person('Noora', 'A'), person('Noora', 'a'), person('Ei Teamsia')],
        regional: [person('Riikka', 'r')],
        county: [person('Aino', 'c')],
      }),
    ).toEqual({ routedTo: 'centre', liaisons: [{ name: 'Noora', aadObjectId: 'a' }] });
  });

  it('When there is no centre liaison, then the regional coordinator; with neither, the county coordinator; with nobody, none', () => {
    expect(
      routeSubmission({ centre: [], regional: [person('Riikka', 'r')], county: [person('Aino', 'c')] })
        .routedTo,
    ).toBe('regional');
    expect(
      routeSubmission({ centre: [person('X')], regional: [], county: [person('Aino', 'c')] }).routedTo,
    ).toBe('county');
    expect(routeSubmission({ centre: [], regional: [], county: [] })).toEqual({
      routedTo: 'none',
      liaisons: [],
    });
  });
});

describe('NGO abuse guards (docs/ngo.md §5)', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  it('When the honeypot holds anything, or the form returns sooner than the minimum, then it is refused', () => {
    const servedAt = String(now.getTime() - 10_000);
    expect(checkGuards({ servedAt }, now, 5000)).toBe('ok');
    expect(checkGuards({ servedAt, website: 'x' }, now, 5000)).toBe('honeypot');
    expect(checkGuards({ servedAt: String(now.getTime() - 4000) }, now, 5000)).toBe('tooFast');
    expect(checkGuards({ servedAt: String(now.getTime() + 60_000) }, now, 0)).toBe('tooFast');
    expect(checkGuards({}, now, 0)).toBe('tooFast');
    expect(checkGuards({ servedAt: '1e3' }, now, 0)).toBe('tooFast');
  });
});

describe('NGO reference and status token (docs/ngo.md §3)', () => {
  it('When random bytes are given, then the reference is readable and the token is 43 base64url characters', () => {
    expect(referenceFrom(new Uint8Array([0, 0, 0, 0, 0, 9, 9, 9]))).toBe('JR-0000-0000');
    expect(referenceFrom(new Uint8Array([255, 255, 255, 255, 255]))).toBe('JR-ZZZZ-ZZZZ');
    expect(referenceFrom(new Uint8Array([1, 2, 3, 4, 5]))).toMatch(
      /^JR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    expect(tokenFrom(new Uint8Array(32).fill(251))).toMatch(TOKEN_PATTERN);
  });
});

describe('NGO submission lifetimes (docs/ngo.md §6)', () => {
  const lifetimes = { ngoSubmissionDays: 90, ngoEventDays: 30 };
  const base = {
    id: 'x',
    reference: 'JR-0000-0000',
    liaisons: [],
    routedTo: 'centre',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    form: { schedule: { lastDate: '2026-03-31' } },
  } as unknown as Submission;
  it('When a submission is unanswered or declined, then it goes 90 days after its last change', () => {
    for (const state of ['received', 'moreInfo', 'declined', 'notice'] as const) {
      expect(isSubmissionDue({ ...base, state }, new Date('2026-03-31T23:59:59Z'), lifetimes)).toBe(false);
      expect(isSubmissionDue({ ...base, state }, new Date('2026-04-01T00:00:00Z'), lifetimes)).toBe(true);
    }
  });
  it('When an activity was accepted, then it goes 30 days after its last date ends in Helsinki', () => {
    const accepted = { ...base, state: 'accepted' as const };
    expect(isSubmissionDue(accepted, new Date('2026-04-30T20:59:59Z'), lifetimes)).toBe(false);
    expect(isSubmissionDue(accepted, new Date('2026-04-30T21:00:00Z'), lifetimes)).toBe(true);
    expect(
      isSubmissionDue({ ...base, state: 'received', updatedAt: 'garbage' }, new Date(0), lifetimes),
    ).toBe(true);
  });
});
