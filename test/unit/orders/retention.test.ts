import {
  isDueForPurge,
  purgeAuditEntry,
  purgePersonalData,
  retentionStart,
  type Order,
} from '../../../src/domain/orders';
import { order } from '../../support/orders';

const closed = (overrides: Partial<Order> = {}): Order =>
  order({
    state: 'closed',
    updatedAt: '2024-01-01T00:00:00Z',
    closedAt: '2024-01-01T00:00:00Z',
    chosenExpertId: 'KT-1',
    offeredTo: 'KT-1',
    candidates: ['KT-1', 'KT-2'],
    declined: ['KT-2'],
    confirmedExpert: { id: 'KT-1', name: 'Eila Expert', email: 'eila@kokemus.example', phone: '+358 40 999' },
    infoRequest: 'Kysymys Ollille',
    details: { ...order().details, otherWishes: 'Toive: Eila' },
    feedback: {
      orderer: {
        ratings: { usefulness: 5 },
        text: 'Kiitos Liisalle',
        at: '2023-12-20T00:00:00Z',
        by: 'orderer',
      },
      expert: { ratings: { content: 4 }, text: 'Eilan palaute', at: '2023-12-20T00:00:00Z', by: 'expert' },
    },
    messages: [{ key: 'user:bbbbbbbb', activityId: 'act-1', viewer: 'bbbbbbbb' }],
    history: [
      {
        at: '2023-12-01T00:00:00Z',
        by: { name: 'Liisa Liaison', aadObjectId: 'aaaaaaaa-0000-4000-8000-00000000000a' },
        action: 'requestInfo',
        from: 'submitted',
        to: 'moreInfoRequested',
        note: 'Liisan kysymys',
      },
      {
        at: '2023-12-02T00:00:00Z',
        by: { name: 'Liisa Liaison', aadObjectId: 'aaaaaaaa-0000-4000-8000-00000000000a' },
        action: 'propose',
        from: 'inReview',
        to: 'candidatesProposed',
        experts: ['KT-1', 'KT-2'],
      },
    ],
    ...overrides,
  });

describe('Retention of personal data (24 months by default)', () => {
  const PERSONAL = [
    'Olli Orderer',
    'Kaisa Contact',
    'Liisa Liaison',
    'Eila Expert',
    'eila@kokemus.example',
    '+358 40 999',
    'Kiitos Liisalle',
    'Eilan palaute',
    'Liisan kysymys',
    'Kysymys Ollille',
    'Toive: Eila',
    'Tuirantie',
    'Mielenterveyden kokemuspuheenvuoro',
    'bbbbbbbb',
    'aaaaaaaa',
    'cccccccc',
    'KT-1',
    'KT-2',
  ];

  it('When a closed order is older than the retention period, then names, contacts, ids and free text are removed', () => {
    const now = new Date('2026-01-01T00:00:01Z');
    const purged = purgePersonalData(closed(), now);
    const text = JSON.stringify(purged);
    for (const personal of PERSONAL) expect([personal, text.includes(personal)]).toEqual([personal, false]);
    expect(purged.purgedAt).toBe(now.toISOString());
  });

  it('When an order is purged, then what the yearly summary needs stays', () => {
    const purged = purgePersonalData(closed(), new Date('2026-06-01T00:00:00Z'));
    expect(purged).toMatchObject({
      id: 'order-1',
      state: 'closed',
      createdAt: '2026-11-22T10:00:00.000Z',
      closedAt: '2024-01-01T00:00:00Z',
      details: {
        unitId: 'OU-TUI',
        purpose: 'training',
        themes: ['mielenterveys'],
        date: '2026-12-10',
        costCentre: '123456',
      },
      feedback: { orderer: { ratings: { usefulness: 5 } }, expert: { ratings: { content: 4 } } },
    });
    expect(purged.history).toEqual([
      {
        at: '2023-12-01T00:00:00Z',
        by: { name: '–' },
        action: 'requestInfo',
        from: 'submitted',
        to: 'moreInfoRequested',
      },
      {
        at: '2023-12-02T00:00:00Z',
        by: { name: '–' },
        action: 'propose',
        from: 'inReview',
        to: 'candidatesProposed',
      },
    ]);
  });

  it('When the period is exactly reached, then it is due; a second earlier, it is not and the same object comes back', () => {
    const o = closed();
    expect(isDueForPurge(o, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(isDueForPurge(o, new Date('2025-12-31T23:59:59Z'))).toBe(false);
    expect(purgePersonalData(o, new Date('2025-12-31T23:59:59Z'))).toBe(o);
  });

  it('When a shorter retention is configured, then it applies', () => {
    expect(isDueForPurge(closed(), new Date('2024-07-01T00:00:00Z'), 6)).toBe(true);
    expect(isDueForPurge(closed(), new Date('2024-06-30T00:00:00Z'), 6)).toBe(false);
  });

  it('When a finished order has no closedAt (stored before it existed), then its last change starts the clock', () => {
    const legacy = closed({ closedAt: undefined, updatedAt: '2023-06-01T00:00:00Z' });
    expect(retentionStart(legacy)).toBe(Date.parse('2023-06-01T00:00:00Z'));
  });

  it.each(['rejected', 'cancelled'] as const)(
    'When a %s order is old enough, then it is purged too',
    (state) => {
      expect(isDueForPurge(closed({ state }), new Date('2026-02-01T00:00:00Z'))).toBe(true);
    },
  );

  it('When an open order was changed recently, then nothing is removed, however old it is', () => {
    const open = order({ createdAt: '2020-01-01T00:00:00Z', updatedAt: '2026-01-15T00:00:00Z' });
    expect(purgePersonalData(open, new Date('2027-01-01T00:00:00Z'))).toBe(open);
  });

  it('When an order was left unfinished long after its event (never closed), then it is purged too', () => {
    const held = order({ state: 'held', updatedAt: '2026-12-10T12:00:00Z' });
    expect(isDueForPurge(held, new Date('2028-12-10T11:59:00Z'))).toBe(false);
    expect(isDueForPurge(held, new Date('2028-12-10T12:00:00Z'))).toBe(true);
  });

  it('When an order has already been purged, then it is not due again', () => {
    const purged = purgePersonalData(closed(), new Date('2026-06-01T00:00:00Z'));
    expect(isDueForPurge(purged, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it("When an order's audit entry is purged, then the actor and the notes go and the transition stays", () => {
    const entry = {
      id: 'e-1',
      pk: 'order:order-1',
      at: '2023-12-01T00:00:00Z',
      actor: 'aaaaaaaa-0000-4000-8000-00000000000a',
      action: 'order.reject',
      details: { from: 'inReview', to: 'rejected', note: 'Ollin tilaus on väärä', expertId: 'KT-1' },
    };
    const purged = purgeAuditEntry(entry);
    expect(purged).toEqual({
      id: 'e-1',
      pk: 'order:order-1',
      at: '2023-12-01T00:00:00Z',
      actor: '–',
      action: 'order.reject',
      details: { from: 'inReview', to: 'rejected' },
    });
    expect(purgeAuditEntry(purged)).toEqual(purged);
    expect(purgeAuditEntry({ ...entry, details: { unitId: 'OU-TUI', routedTo: 'centre' } }).details).toEqual(
      {},
    );
  });
});
