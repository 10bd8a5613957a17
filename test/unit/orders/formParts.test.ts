/**
 * The order form in two parts (docs/orders.md §1): the contact's default, the unit picker for a small
 * and a very large register, the people picker's fallback choice, and the size of the form with every
 * field at its maximum.
 */
import type * as AdaptiveCards from 'adaptivecards';
import { searchUnits, validateOrderForm, type FormError } from '../../../src/domain/orders';
import { LOCALES, translator } from '../../../src/i18n';
import { attachment } from '../../../src/teams/cards/adaptive';
import {
  UNIT_CHOICES_BYTES,
  UNIT_DATASET,
  formValuesOf,
  orderFormCard,
  unitChoices,
} from '../../../src/teams/cards/orderCards';
import { TEAMS_LIMIT_BYTES, cardProblems, messageBytes } from '../../support/cardValidity';
import { demoRegister } from '../../support/demoRegister';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

const units = demoRegister().units;
/** The demo register × 100: about 4,000 units with names like "Tuiran hyvinvointikeskus 57". */
const manyUnits = Array.from({ length: 100 }, (_, i) =>
  units.map((u) => ({ ...u, id: `${u.id}-${i}`, name: `${u.name} ${i}` })),
).flat();
const self = { aadObjectId: '0a0a0a0a-1111-4111-8111-000000000001', name: 'Olli Tilaaja' };
const ctx = {
  now: new Date('2026-11-22T10:00:00Z'),
  unitIds: new Set(['OU-TUI']),
  themes: ['mielenterveys'],
};
const essentials = {
  unitId: 'OU-TUI',
  purpose: 'training',
  themes: 'mielenterveys',
  date: '2026-12-10',
  time: '10:00',
  durationMinutes: 90,
  mode: 'remote',
  audienceSize: 25,
  description: 'Kokemuspuheenvuoro',
  costCentre: '410200',
};
/** Every value at its maximum, in two-byte characters. */
const full = (n: number) => 'Ä'.repeat(n);
const maximal = {
  unitId: 'OU-TUI',
  purpose: 'training',
  themes: Array.from({ length: 5 }, (_, i) => `${full(60)}${i}`).join(','),
  date: '2026-12-10',
  time: '10:00',
  durationMinutes: '480',
  mode: 'onsite',
  address: full(200),
  audienceSize: '1000',
  description: full(2000),
  costCentre: full(40),
  contactName: full(200),
  contactPerson: self.aadObjectId,
  contactEmail: `${'a'.repeat(180)}@pohde.example`,
  contactPhone: '+358 40 123 4567 890',
  language: 'fi',
  otherWishes: full(200),
};
const everyError: FormError[] = (Object.keys(maximal) as Array<keyof typeof maximal>).map((field) => ({
  field,
  code: 'tooLong',
}));

/** What the designer's validation (validateProperties) finds, e.g. an empty choice set. */
function validationFailures(content: object): string[] {
  const parsed = new AC.AdaptiveCard();
  parsed.parse(content);
  const report = parsed.validateProperties();
  return report.validationEvents.map((e) => e.message);
}

describe('The order form in two parts', () => {
  it('When the form names no contact person, then the orderer is the contact (without either the name is required); no language is Finnish', () => {
    const result = validateOrderForm(essentials, { ...ctx, ordererName: ' Olli Tilaaja ' });
    expect(result.kind === 'ok' && result.value.contact).toEqual({ name: 'Olli Tilaaja' });
    expect(
      validateOrderForm({ ...essentials, contactName: 'Kaisa' }, { ...ctx, ordererName: 'Olli' }),
    ).toMatchObject({
      kind: 'ok',
      value: { contact: { name: 'Kaisa' } },
    });
    const noLanguage = validateOrderForm({ ...essentials, contactName: 'Kaisa', language: '' }, ctx);
    expect(noLanguage.kind === 'ok' && noLanguage.value.language).toBe('fi');
    expect(validateOrderForm(essentials, ctx)).toEqual({
      kind: 'invalid',
      errors: [{ field: 'contactName', code: 'required' }],
    });
  });

  it('When several fields are wrong, then the messages follow the order of the form', () => {
    const result = validateOrderForm(
      { ...essentials, date: '2026-01-01', costCentre: '', contactEmail: 'x', language: 'de' },
      { ...ctx, ordererName: 'Olli' },
    );
    expect(result.kind === 'invalid' && result.errors.map((e) => e.field)).toEqual([
      'date',
      'costCentre',
      'contactEmail',
      'language',
    ]);
  });

  it('When the form moves between its parts, then every button carries the same submission id and the id is never read as a value', () => {
    const submissionId = '7d0c2f9e-3b1a-4c5d-9e8f-0a1b2c3d4e5f';
    const t = translator('fi');
    for (const part of ['essentials', 'details'] as const) {
      const content = orderFormCard(
        { today: '2026-11-23', units, themes: ['mielenterveys'], values: {}, part, self, submissionId },
        t,
      );
      const actions = (content.actions ?? []) as Array<{ data?: Record<string, unknown> }>;
      expect(actions.length).toBeGreaterThan(1);
      for (const action of actions) expect(action.data?.submissionId).toBe(submissionId);
    }
    expect(formValuesOf({ submissionId, verb: 'order.submit', unitId: 'OU-TUI' })).toEqual({
      unitId: 'OU-TUI',
    });
  });

  it('When card data carries numbers (Input.Number), then the form keeps them as its values', () => {
    expect(
      formValuesOf({ verb: 'order.submit', part: 'details', durationMinutes: 90, unitId: 'OU-TUI', x: {} }),
    ).toEqual({
      durationMinutes: '90',
      unitId: 'OU-TUI',
    });
  });

  it("When the register has Pohde's units (about 40), then all are listed in a filtered drop-down and no typeahead is needed", () => {
    const picked = unitChoices(units, ['OU-TUI']);
    expect(picked.dataset).toBeUndefined();
    expect(picked.choices.map((c) => c.value)).toEqual(units.map((u) => u.id));
  });

  it('When the register has 4,000 units, then the chosen and own unit and their area come first within the budget, and the rest through the typeahead', () => {
    expect(manyUnits.length).toBeGreaterThanOrEqual(4000);
    const picked = unitChoices(manyUnits, ['KE-KEM-7', 'OU-TUI-3']);
    expect(picked.dataset).toBe(UNIT_DATASET);
    expect(picked.choices[0]!.value).toBe('KE-KEM-7');
    expect(picked.choices[1]!.value).toBe('OU-TUI-3');
    const area = manyUnits.find((u) => u.id === 'KE-KEM-7')!.area;
    const areaOf = new Map(manyUnits.map((u) => [u.id, u.area]));
    expect(picked.choices.slice(2, 20).every((c) => areaOf.get(c.value) === area)).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(picked.choices))).toBeLessThanOrEqual(UNIT_CHOICES_BYTES + 2);
  });

  it('When the typeahead is asked, then units match by any word of name, municipality, id or alias, without accents, names that start with the query first', () => {
    const names = (query: string) => searchUnits(units, query, 5).map((u) => u.name);
    expect(names('tuira')[0]).toBe(units.find((u) => u.id === 'OU-TUI')!.name);
    expect(names('pyhajoki').length).toBeGreaterThan(0);
    expect(names('pyhajoki').every((n) => /Pyhäjo/i.test(n) || n.length > 0)).toBe(true);
    expect(searchUnits(manyUnits, 'tuira 57', 5).map((u) => u.id)).toEqual(['OU-TUI-57']);
    expect(searchUnits(manyUnits, 'Tuira', 50)).toHaveLength(50);
    expect(searchUnits(units, 'zzzz', 5)).toEqual([]);
  });

  it.each(LOCALES)(
    'When every field is at its maximum with an error on each, in %s, then both parts are valid 1.5 without empty choice sets and under 28 KB, with 41 or 4,000 units',
    (locale) => {
      const t = translator(locale);
      const sizes: number[] = [];
      for (const register of [units, manyUnits])
        for (const part of ['essentials', 'details'] as const) {
          const content = orderFormCard(
            {
              today: '2026-11-23',
              units: register.map((u) => ({ ...u, name: `${u.name}` })),
              themes: Array.from({ length: 40 }, (_, i) => `${full(40)}${i}`),
              values: maximal,
              errors: everyError,
              part,
              self: { ...self, name: full(200) },
              ownUnitId: 'OU-TUI',
            },
            t,
          );
          expect([part, cardProblems(content)]).toEqual([part, []]);
          expect([part, validationFailures(content)]).toEqual([part, []]);
          sizes.push(messageBytes({ type: 'message', attachments: [attachment(content)] }));
        }
      expect(Math.max(...sizes)).toBeLessThan(TEAMS_LIMIT_BYTES);
    },
  );
});
