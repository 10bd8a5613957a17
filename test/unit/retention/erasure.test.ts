import {
  ERASED,
  eraseExpertFromOrder,
  findExperts,
  involvesExpert,
  mentionsExpert,
  redactExpert,
  withoutExpert,
} from '../../../src/domain/retention';
import { expert, inState } from '../orders/fixtures';

const anu = expert('KT-010', {
  name: 'Anu Tuomela',
  email: 'anu.tuomela@kokemus.example',
  phone: '+358 40 555 3849',
  organisation: 'Sydänyhdistys Raahen seutu',
});
const jari = expert('KT-011', { name: 'Jari Åström' });
const experts = [anu, jari, expert('KT-100', { name: 'Anu Tuomela' })];

describe('Consent erasure of one experience expert (pure)', () => {
  it('When the coordinator names an expert by tunnus in any case or spacing, then exactly that expert is found', () => {
    for (const words of ['KT-010', 'kt-010', 'KT010', ' kt 010 '])
      expect([words, findExperts(experts, words).map((e) => e.id)]).toEqual([words, ['KT-010']]);
  });

  it('When the coordinator names an expert by name, then case and accents do not matter and namesakes are all returned', () => {
    expect(findExperts(experts, 'jari astrom').map((e) => e.id)).toEqual(['KT-011']);
    expect(findExperts(experts, 'ANU  TUOMELA').map((e) => e.id)).toEqual(['KT-010', 'KT-100']);
    expect(findExperts(experts, 'Anu')).toEqual([]);
    expect(findExperts(experts, '')).toEqual([]);
  });

  it('When text names the expert by id, name, e-mail or phone (with or without spaces), then each is replaced by the marker and nothing else changes', () => {
    const text =
      'Anu Tuomela (KT-010) vastasi: anu.tuomela@kokemus.example, +358405553849; KT-0100 ja Anu Tuomelainen eivät ole hän.';
    expect(redactExpert(text, anu)).toBe(
      `${ERASED} (${ERASED}) vastasi: ${ERASED}, ${ERASED}; KT-0100 ja Anu Tuomelainen eivät ole hän.`,
    );
    expect(mentionsExpert({ note: 'KT-010 → KT-011' }, anu)).toBe(true);
    expect(mentionsExpert({ note: 'KT-011' }, anu)).toBe(false);
  });

  it('When the expert was confirmed for an order, then their name and contact become the marker and states, times and history stay', () => {
    const order = inState('closed', {
      candidates: ['KT-010', 'KT-011'],
      chosenExpertId: 'KT-010',
      offeredTo: 'KT-010',
      confirmedExpert: {
        id: 'KT-010',
        name: anu.name,
        email: anu.email,
        phone: anu.phone,
        organisation: anu.organisation,
      },
      history: [
        {
          at: '2026-11-24T09:00:00.000Z',
          by: { name: 'Liisa' },
          action: 'answer',
          from: 'offered',
          to: 'confirmed',
          note: 'KT-010',
        },
      ],
      messages: [{ key: 'user:x', activityId: 'a-1' }],
    });
    expect(involvesExpert(order, 'KT-010')).toBe(true);
    const erased = eraseExpertFromOrder(order, anu);
    expect(erased.confirmedExpert).toEqual({ id: ERASED, name: ERASED });
    expect(erased.candidates).toEqual([ERASED, 'KT-011']);
    expect(erased.chosenExpertId).toBe(ERASED);
    expect(erased.offeredTo).toBe(ERASED);
    expect(erased.history).toEqual([{ ...order.history[0], note: ERASED }]);
    expect({
      ...erased,
      confirmedExpert: undefined,
      candidates: [],
      chosenExpertId: undefined,
      offeredTo: undefined,
      history: [],
    }).toEqual({
      ...order,
      confirmedExpert: undefined,
      candidates: [],
      chosenExpertId: undefined,
      offeredTo: undefined,
      history: [],
    });
    const text = JSON.stringify(erased);
    for (const personal of [anu.name, anu.email!, anu.phone!, 'KT-010'])
      expect([personal, text.includes(personal)]).toEqual([personal, false]);
  });

  it('When an order never named the expert, then it comes back equal', () => {
    const order = inState('confirmed');
    expect(involvesExpert(order, 'KT-010')).toBe(false);
    expect(eraseExpertFromOrder(order, anu)).toEqual(order);
  });

  it('When the expert is dropped from the register list, then the others stay in order', () => {
    expect(withoutExpert(experts, 'KT-010').map((e) => e.id)).toEqual(['KT-011', 'KT-100']);
  });
});
