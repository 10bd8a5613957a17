import { validateOrderForm } from '../../../src/domain/orders';
import { translator } from '../../../src/i18n';
import { orderFormCard } from '../../../src/teams/cards/orderCards';

type Input = { type: string; id: string; regex?: string; errorMessage?: string; min?: string };

const form = { today: '2026-11-23', units: [], themes: ['mielenterveys'], values: {} };
/** Both parts of the form: the essentials and the details. */
const body = [
  ...orderFormCard(form, translator('fi')).body,
  ...orderFormCard({ ...form, part: 'details' }, translator('fi')).body,
];
const input = (id: string) => (body as unknown as Input[]).find((e) => e.id === id)!;

/** What the Adaptive Cards renderer does with `regex` on a non-empty Input.Text value. */
const cardAccepts = (regex: string, value: string) => value === '' || new RegExp(regex, 'g').test(value);

const context = {
  now: new Date('2026-11-22T10:00:00Z'),
  unitIds: new Set(['OU-TUI']),
  themes: ['mielenterveys'],
};
const serverAccepts = (field: 'contactEmail' | 'contactPhone', value: string) => {
  const result = validateOrderForm({ [field]: value }, context);
  return result.kind === 'ok' || !result.errors.some((e) => e.field === field);
};

describe('The order form checks formats on the card, as the server does', () => {
  it('When the form is drawn, then e-mail and phone carry a regex and a message naming the field', () => {
    expect(input('contactEmail')).toMatchObject({
      type: 'Input.Text',
      errorMessage: 'Yhteyshenkilön sähköposti: sähköpostiosoite ei kelpaa.',
    });
    expect(input('contactPhone')).toMatchObject({
      type: 'Input.Text',
      errorMessage: 'Yhteyshenkilön puhelin: puhelinnumero ei kelpaa.',
    });
    expect(input('contactEmail').regex).toBeTruthy();
    expect(input('contactPhone').regex).toBeTruthy();
  });

  it('When the form is drawn, then the date picker starts from today (Helsinki), with a message saying so', () => {
    expect(input('date')).toMatchObject({
      type: 'Input.Date',
      min: '2026-11-23',
      errorMessage: 'Päivämäärä ei voi olla menneisyydessä.',
    });
  });

  it.each([
    ['contactEmail', 'kaisa@pohde.example'],
    ['contactEmail', ' kaisa.kontakti@ouka.fi '],
    ['contactEmail', 'kaisa@pohde'],
    ['contactEmail', 'kaisa pohde@x.fi'],
    ['contactEmail', '<kaisa@pohde.fi>'],
    ['contactEmail', 'kaisa@@pohde.fi'],
    ['contactPhone', '+358 40 123 4567'],
    ['contactPhone', '(08) 123-456'],
    ['contactPhone', '040 123'],
    ['contactPhone', '123'],
    ['contactPhone', '040-abc-1234'],
    ['contactPhone', '+358 40 123 4567 890 123 45'],
  ] as const)('When %s is %j, then the card and the server agree', (field, value) => {
    expect(cardAccepts(input(field).regex!, value)).toBe(serverAccepts(field, value));
  });

  it('When the user types a wrong e-mail or phone, then the card refuses it before sending', () => {
    expect(cardAccepts(input('contactEmail').regex!, 'kaisa@pohde')).toBe(false);
    expect(cardAccepts(input('contactPhone').regex!, '040-abc-1234')).toBe(false);
  });
});
