import { cardAction, message, user } from './activities';
import { ORDER_FORM } from './orderCards';

/** Three bytes in UTF-8, one UTF-16 unit: the most bytes a form field's maximum length can carry. */
const WIDE = '€';
const wide = (n: number) => WIDE.repeat(n);
/** A Teams message is at most about 28 KB; the largest one, in three-byte characters. */
const LARGEST_MESSAGE_HTML = `<p>${wide(Math.floor((28 * 1024 - 7) / 3))}</p>`;

/** The notice form with every field at its maximum (the card's maxLength, the validator's limits). */
const NOTICE_AT_MAX = {
  title: wide(200),
  text: wide(20_000),
  ngo: wide(200),
  link: `https://example.org/${'a'.repeat(1980)}`,
  imageUrl: `https://example.org/${'b'.repeat(1980)}`,
  targetGroups: wide(500),
  topics: 'x'.repeat(1000),
  audienceKind: 'units',
  audienceIds: 'OU-TUI,'.repeat(571),
  validUntil: '2027-03-01',
};

const person = user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b');

/**
 * The largest activities Silta legitimately receives, as Teams sends them (UTF-8, not escaped): they
 * size the edge's body cap (README, "The HTTP edge").
 */
export function largestActivities(serviceUrl: string): Record<string, unknown> {
  const options = { serviceUrl, from: person };
  const files = Array.from({ length: 10 }, (_, i) => ({
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    contentUrl: `https://pohde.sharepoint.com/sites/silta/Shared%20Documents/${'k'.repeat(180)}-${i}.csv`,
    name: `${wide(60)}-${i}.csv`,
    content: {
      downloadUrl: `https://pohde.sharepoint.com/_layouts/15/download.aspx?UniqueId=${'d'.repeat(400)}`,
      uniqueId: '3b2a1c4d-0000-4000-8000-00000000000' + String(i),
      fileType: 'csv',
    },
  }));
  return {
    'a Teams message of 28 KB with 10 file attachments': {
      ...message(LARGEST_MESSAGE_HTML, options),
      textFormat: 'xml',
      attachments: [{ contentType: 'text/html', content: LARGEST_MESSAGE_HTML }, ...files],
    },
    'the notice form with every field at its maximum': cardAction('notice.preview', NOTICE_AT_MAX, options),
    'the order form with every field at its maximum': cardAction(
      'order.submit',
      {
        ...ORDER_FORM,
        contactName: wide(200),
        contactEmail: `${'e'.repeat(180)}@pohde.example`,
        contactPhone: '+'.padEnd(40, '0'),
        address: wide(200),
        description: wide(2000),
        otherWishes: wide(200),
        costCentre: wide(40),
      },
      options,
    ),
    '"Välitä järjestötiedote" submitted with every field at its maximum on a 28 KB message': {
      ...message('', options),
      type: 'invoke',
      name: 'composeExtension/submitAction',
      value: {
        commandId: 'forwardNotice',
        commandContext: 'message',
        data: NOTICE_AT_MAX,
        messagePayload: {
          id: '1700000000000',
          subject: wide(200),
          body: { contentType: 'html', content: LARGEST_MESSAGE_HTML },
          from: { user: { id: person.aadObjectId, displayName: person.name } },
        },
      },
    },
  };
}
