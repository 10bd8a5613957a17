import { decide, type Submission } from '../../../src/domain/ngo';
import { translator } from '../../../src/i18n';
import { submissionCard } from '../../../src/teams/cards/ngoCards';
import { TOPICS } from '../../../src/domain/notices/topics';
import { ngoSubmission } from '../../support/ngoSubmission';

const LIAISON = 'aaaaaaaa-0000-4000-8000-000000000001';
const submission = (over: Partial<Submission> = {}): Submission =>
  ngoSubmission({ liaisons: [{ name: 'Noora', aadObjectId: LIAISON }], ...over });
const AT = '2026-11-24T08:00:00.000Z';

describe('NGO decisions (docs/ngo.md §4)', () => {
  it('When the routed liaison decides on the current version, then the state, version and reason follow', () => {
    const accepted = decide(
      submission(),
      { kind: 'accept', onInfoScreen: true },
      LIAISON.toUpperCase(),
      1,
      AT,
    );
    expect(accepted).toMatchObject({
      kind: 'ok',
      submission: { state: 'accepted', version: 2, onInfoScreen: true, decidedAt: AT },
    });
    const declined = decide(submission(), { kind: 'decline', reason: ' Ei tilaa. ' }, LIAISON, 1, AT);
    expect(declined).toMatchObject({ kind: 'ok', submission: { state: 'declined', reason: 'Ei tilaa.' } });
    const forwarded = decide(
      submission(),
      { kind: 'forward', to: { name: 'Riikka', aadObjectId: 'B' } },
      LIAISON,
      1,
      AT,
    );
    expect(forwarded).toMatchObject({
      kind: 'ok',
      submission: { state: 'received', liaisons: [{ name: 'Riikka', aadObjectId: 'b' }] },
    });
  });

  it('When anyone else decides, the card is older, the state is final or the reason is wrong, then it is refused', () => {
    const refusal = (r: ReturnType<typeof decide>) => (r.kind === 'ok' ? 'ok' : r.code);
    expect(refusal(decide(submission(), { kind: 'notice' }, 'someone-else', 1, AT))).toBe('forbidden');
    expect(refusal(decide(submission(), { kind: 'notice' }, undefined, 1, AT))).toBe('forbidden');
    expect(refusal(decide(submission({ version: 2 }), { kind: 'notice' }, LIAISON, 1, AT))).toBe('stale');
    expect(refusal(decide(submission({ state: 'declined' }), { kind: 'notice' }, LIAISON, 1, AT))).toBe(
      'final',
    );
    expect(refusal(decide(submission(), { kind: 'decline', reason: ' ' }, LIAISON, 1, AT))).toBe(
      'reasonMissing',
    );
    expect(refusal(decide(submission(), { kind: 'decline', reason: 'x'.repeat(501) }, LIAISON, 1, AT))).toBe(
      'reasonTooLong',
    );
    expect(
      refusal(
        decide(submission(), { kind: 'forward', to: { name: 'N', aadObjectId: LIAISON } }, LIAISON, 1, AT),
      ),
    ).toBe('forwardToSelf');
    expect(
      refusal(
        decide(submission({ state: 'moreInfo' }), { kind: 'accept', onInfoScreen: false }, LIAISON, 1, AT),
      ),
    ).toBe('ok');
  });

  it.each(['fi', 'sv', 'en'] as const)(
    'When every field is at its longest (%s), then the liaison card is under 28 KB with at most 6 actions',
    (locale) => {
      const longest = submission({
        form: {
          ...submission().form,
          organisation: 'Ö'.repeat(120),
          contactName: 'Ä'.repeat(80),
          email: `${'a'.repeat(60)}@${'b'.repeat(55)}.fi`,
          phone: '+358 40 555 0000 000',
          title: 'Å'.repeat(120),
          description: '€'.repeat(2000),
          topics: [...TOPICS],
          lahellaUrl: `https://www.lahella.fi/${'x'.repeat(276)}`,
        },
      });
      const targets = Array.from({ length: 60 }, (_, i) => ({
        name: 'Ü'.repeat(80),
        aadObjectId: `id-${i}`,
      }));
      const content = submissionCard(longest, translator(locale), {
        placeName: 'Õ'.repeat(200),
        forwardTargets: targets,
        viewerAadObjectId: LIAISON,
        note: 'N'.repeat(700),
        showContact: true,
      });
      expect(
        new TextEncoder().encode(JSON.stringify({ type: 'message', attachments: [{ content }] })).length,
      ).toBeLessThan(28 * 1024);
      expect(content.actions!.length).toBeLessThanOrEqual(6);
    },
  );
});
