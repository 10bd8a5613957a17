import type { Actor, Order } from '../../src/domain/orders';

export const LIAISON: Actor = {
  aadObjectId: 'aaaaaaaa-0000-4000-8000-00000000000a',
  name: 'Liisa Liaison',
  coordinator: false,
};
export const ORDERER: Actor = {
  aadObjectId: 'bbbbbbbb-0000-4000-8000-00000000000b',
  name: 'Olli Orderer',
  coordinator: false,
};
export const CONTACT: Actor = {
  aadObjectId: 'cccccccc-0000-4000-8000-00000000000c',
  name: 'Kaisa Contact',
  coordinator: false,
};
export const OTHER: Actor = {
  aadObjectId: 'dddddddd-0000-4000-8000-00000000000d',
  name: 'Muu Työntekijä',
  coordinator: false,
};
export const COORDINATOR: Actor = {
  aadObjectId: 'eeeeeeee-0000-4000-8000-00000000000e',
  name: 'Aino Ahola',
  coordinator: true,
};
export const SYSTEM: Actor = { name: 'Silta', coordinator: false, system: true };

/** A submitted order for an event on 2026-12-10 10:00 Helsinki, made 2026-11-22. */
export function order(overrides: Partial<Order> = {}): Order {
  return {
    id: 'order-1',
    state: 'submitted',
    details: {
      unitId: 'OU-TUI',
      contact: { name: CONTACT.name, aadObjectId: CONTACT.aadObjectId },
      purpose: 'training',
      themes: ['mielenterveys'],
      language: 'fi',
      date: '2026-12-10',
      time: '10:00',
      startsAt: '2026-12-10T08:00:00.000Z',
      durationMinutes: 90,
      mode: 'onsite',
      address: 'Tuirantie 1, Oulu',
      audienceSize: 20,
      description: 'Mielenterveyden kokemuspuheenvuoro henkilöstökoulutukseen',
      costCentre: '123456',
    },
    orderer: { name: ORDERER.name, aadObjectId: ORDERER.aadObjectId! },
    liaisons: [{ name: LIAISON.name, aadObjectId: LIAISON.aadObjectId }],
    routedTo: 'centre',
    candidates: [],
    declined: [],
    feedback: {},
    history: [],
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    ...overrides,
  };
}
