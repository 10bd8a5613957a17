import { SUGGESTION_REASONS } from '../../../src/domain/experts/suggest';
import { formsOf, type Message } from '../../../src/i18n';
import {
  ACTION_KINDS,
  FEEDBACK_QUESTIONS,
  FORM_ERROR_CODES,
  FORM_FIELDS,
  INVALID_REASONS,
  MODES,
  ORDER_LANGUAGES,
  ORDER_STATES,
  PURPOSES,
} from '../../../src/domain/orders';
import { orders } from '../../../src/i18n/messages/orders';

describe('Order messages cover every code the domain can produce', () => {
  const needed = [
    ...FORM_FIELDS.map((f) => `field_${f}`),
    ...FORM_ERROR_CODES.map((c) => `error_${c}`),
    ...ORDER_STATES.map((s) => `state_${s}`),
    ...ACTION_KINDS.map((k) => `action_${k}`),
    ...INVALID_REASONS.map((r) => `invalid_${r}`),
    ...SUGGESTION_REASONS.map((r) => `reason_${r}`),
    ...PURPOSES.map((p) => `purpose_${p}`),
    ...ORDER_LANGUAGES.map((l) => `language_${l}`),
    ...MODES.map((m) => `mode_${m}`),
    ...FEEDBACK_QUESTIONS.map((q) => `rating_${q}`),
    'notAllowed',
    'wrongState',
    'alreadyDone',
    'conflict',
    'noLiaison',
  ];

  it.each(['fi', 'sv', 'en'] as const)(
    'When the %s catalogue is checked, then every domain code has a text',
    (locale) => {
      const catalogue: Record<string, Message> = orders[locale];
      const missing = (key: string) =>
        !catalogue[key] || formsOf(catalogue[key]).some((text) => !text.trim());
      expect(needed.filter(missing)).toEqual([]);
    },
  );

  it('When an error text names the field, then it uses the {field} placeholder the card fills with the label', () => {
    for (const code of FORM_ERROR_CODES) expect(orders.fi[`error_${code}`]).toContain('{field}');
  });
});
