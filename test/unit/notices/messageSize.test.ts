import { MAX_NOTICE_TEXT_BYTES, MAX_NOTICE_URL, validateNotice } from '../../../src/domain/notices';
import { translator } from '../../../src/i18n';
import { attachment } from '../../../src/teams/cards/adaptive';
import { noticeCard } from '../../../src/teams/cards/noticeCards';
import { sendingNotice } from '../../support/broadcast';

/** Teams refuses an activity over about 28 KB. */
const TEAMS_LIMIT_BYTES = 28 * 1024;

describe('A notice at the size limit still fits in one Teams message', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const known = { units: new Set(['OU-TUI']), municipalities: new Set(['Oulu']), areas: new Set(['Oulu']) };
  const form = (text: string) => ({
    title: 'Ä'.repeat(200),
    text,
    ngo: 'Ö'.repeat(200),
    link: `https://www.lahella.fi/${'a'.repeat(MAX_NOTICE_URL - 30)}`,
    topics: 'diabetes,mielenterveys,päihteet,ikääntyneet',
    targetGroups: 'x'.repeat(500),
    acknowledge: 'true',
    audienceKind: 'units',
    audienceIds: 'OU-TUI',
    validUntil: '2027-01-31',
  });

  it.each([
    ['two-byte letters', 'ä'.repeat(MAX_NOTICE_TEXT_BYTES / 2)],
    ['quotes (escaped in JSON)', '"'.repeat(MAX_NOTICE_TEXT_BYTES / 2)],
    ['line breaks (escaped in JSON)', 'a\n'.repeat(Math.floor(MAX_NOTICE_TEXT_BYTES / 3))],
  ])('When the text is as long as allowed in %s, then the whole message is under 28 KB', (_, text) => {
    const result = validateNotice(form(text), { now, known });
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.errors));
    const notice = { ...sendingNotice('x', { aadObjectId: 'a', name: 'Lähettäjä Nimi' }), ...result.value };
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const activity = {
        type: 'message',
        summary: notice.title,
        attachments: [attachment(noticeCard(notice, translator(locale), { acknowledge: true }))],
        channelData: { notification: { alert: true }, siltaDeliveryId: 'x'.repeat(64) },
      };
      expect(new TextEncoder().encode(JSON.stringify(activity)).length).toBeLessThan(TEAMS_LIMIT_BYTES);
    }
  });

  it('When the text is one escaped byte over, then it is refused', () => {
    const result = validateNotice(form('"'.repeat(MAX_NOTICE_TEXT_BYTES / 2 + 1)), { now, known });
    expect(result).toMatchObject({ kind: 'invalid', errors: [{ field: 'text', code: 'tooLong' }] });
  });
});
