import { translator } from '../../../src/i18n';
import { attachment } from '../../../src/teams/cards/adaptive';
import {
  MAX_ORDER_LINES,
  consentMessageCard,
  consentPreviewCard,
} from '../../../src/teams/cards/consentCard';
import { expert, inState } from '../orders/fixtures';

/** Teams refuses an activity over about 28 KB. */
const TEAMS_LIMIT_BYTES = 28 * 1024;
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('The consent erasure cards', () => {
  const longest = expert('KT-999999', {
    name: 'Ä'.repeat(200),
    organisation: 'Ö'.repeat(200),
    email: `${'a'.repeat(64)}@${'b'.repeat(180)}.example`,
    phone: '+358 40 555 0000 000',
    consentDate: '2025-09-01',
  });
  const orders = Array.from({ length: 500 }, (_, i) =>
    inState('closed', {
      id: `order-${i}`,
      details: { ...inState('closed').details, unitId: 'Ü'.repeat(200) },
    }),
  );

  it.each(['fi', 'sv', 'en'] as const)(
    'When every field is at its longest and the expert is in 500 orders (%s), then the preview is under 28 KB with two actions',
    (locale) => {
      const content = consentPreviewCard(
        {
          token: '00000000-0000-4000-8000-000000000000',
          expert: longest,
          orders,
          auditEntries: 99_999,
          unitName: (id) => id,
        },
        translator(locale),
      );
      expect(bytes({ type: 'message', attachments: [attachment(content)] })).toBeLessThan(TEAMS_LIMIT_BYTES);
      expect(content.actions).toHaveLength(2);
      const text = JSON.stringify(content);
      expect(text).not.toContain('order-'); // orders are listed by date, unit and state
      expect((text.match(/10\.12\.2026|10 Dec 2026/g) ?? []).length).toBe(MAX_ORDER_LINES);
    },
  );

  it('When the expert has no orders and no optional fields, then the card says so and shows no empty lines', () => {
    const content = consentPreviewCard(
      {
        token: '00000000-0000-4000-8000-000000000000',
        expert: expert('KT-1', { email: undefined, phone: undefined }),
        orders: [],
        auditEntries: 0,
        unitName: (id) => id,
      },
      translator('fi'),
    );
    const text = JSON.stringify(content);
    expect(text).toContain('Häntä ei ole ehdotettu yhteenkään tilaukseen.');
    expect(text).not.toContain('Sähköposti');
    expect(text).not.toContain('Puhelin');
  });

  it('When a button is answered, then the answer card has no actions', () => {
    expect(consentMessageCard('Poisto peruttiin.').actions).toBeUndefined();
  });
});
