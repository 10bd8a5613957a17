import { ORDER_FORM, orderActOf, orderIdOf } from '../../../src/domain/orders';
import { translator } from '../../../src/i18n';
import { orderFormCard } from '../../../src/teams/cards/orderCards';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('Order card data (the Action.Execute payloads)', () => {
  it('When a button names a known step of an order, then the step comes back with its own inputs', () => {
    expect(orderActOf({ orderId: ID, action: 'requestInfo', question: 'Kuinka monta?' })).toEqual({
      orderId: ID,
      action: { kind: 'requestInfo', question: 'Kuinka monta?' },
    });
    expect(orderActOf({ orderId: ID, action: 'propose', expertIds: 'KT-1, KT-2,,' })?.action).toEqual({
      kind: 'propose',
      expertIds: ['KT-1', 'KT-2'],
    });
    expect(orderActOf({ orderId: ID, action: 'answer', accepted: 'true', expertId: 'KT-1' })?.action).toEqual(
      {
        kind: 'answer',
        accepted: true,
        expertId: 'KT-1',
      },
    );
    expect(
      orderActOf({ orderId: ID, action: 'feedback', role: 'expert', rating_usefulness: '4', text: 'Hyvä' })
        ?.action,
    ).toEqual({ kind: 'feedback', role: 'expert', ratings: { usefulness: 4 }, text: 'Hyvä' });
  });

  it('When the data names no order or an unknown step, then nothing is asked for', () => {
    expect(orderActOf({ orderId: 'order-1', action: 'cancel' })).toBeUndefined();
    expect(orderActOf({ orderId: ID, action: 'delete' })).toBeUndefined();
    expect(orderActOf({ orderId: { $ne: '' }, action: 'cancel' })).toBeUndefined();
    expect(orderActOf(undefined)).toBeUndefined();
    expect(orderIdOf({ orderId: ID.toUpperCase() })).toBe(ID.toUpperCase());
    expect(orderIdOf({ orderId: `${ID}x` })).toBeUndefined();
  });

  it('When forged data carries wrong types or huge texts, then they are read as empty or cut, never trusted', () => {
    const asked = orderActOf({ orderId: ID, action: 'reject', reason: 'x'.repeat(100_000) });
    expect(asked?.action).toEqual({ kind: 'reject', reason: 'x'.repeat(2000) });
    expect(orderActOf({ orderId: ID, action: 'choose', expertId: ['KT-1'] })?.action).toEqual({
      kind: 'choose',
      expertId: '',
    });
    expect(orderActOf({ orderId: ID, action: 'feedback', role: 'admin' })?.action).toMatchObject({
      role: 'orderer',
      ratings: {},
    });
  });
});

describe('The order form card is drawn from the form spec', () => {
  const form = {
    today: '2026-11-23',
    units: [],
    themes: ['mielenterveys'],
    values: {},
    self: { aadObjectId: '0a0a0a0a-1111-4111-8111-000000000001', name: 'Olli Tilaaja' },
  };
  const inputsOf = (part: 'essentials' | 'details') =>
    orderFormCard({ ...form, part }, translator('fi')).body.filter((e) =>
      String(e.type).startsWith('Input.'),
    ) as unknown as Array<Record<string, unknown>>;
  const inputs = [...inputsOf('essentials'), ...inputsOf('details')];

  it("When both parts of the form are drawn, then their inputs are the spec's fields in the spec's order, the details last", () => {
    expect(inputs.map((e) => e.id)).toEqual(Object.keys(ORDER_FORM));
    expect(inputsOf('details').map((e) => e.id)).toEqual(
      Object.entries(ORDER_FORM)
        .filter(([, spec]) => 'detail' in spec)
        .map(([id]) => id),
    );
  });

  it("When the form is drawn, then each text input's maxLength and required mark are the spec's", () => {
    for (const input of inputs) {
      const spec = ORDER_FORM[input.id as keyof typeof ORDER_FORM];
      if (input.type === 'Input.Text') expect(input.maxLength).toBe(spec.maxLength);
      expect(input.isRequired === true).toBe(spec.required);
    }
  });

  it('When the details are asked, then every one of them is optional or has a value, so the essentials can be sent alone', () => {
    for (const input of inputsOf('details')) expect(input.isRequired === true && !input.value).toBe(false);
  });
});
