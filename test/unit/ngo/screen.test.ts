import { noticesForScreen } from '../../../src/domain/ngo';
import type { Notice } from '../../../src/domain/notices';

const tuira = { id: 'OU-TUI', municipality: 'Oulu', area: 'Oulu' };

function notice(overrides: Partial<Notice>): Notice {
  return {
    id: overrides.title ?? 'n',
    state: 'sent',
    title: 'Tiedote',
    text: 'Teksti',
    ngo: 'Yhdistys ry',
    topics: ['diabetes'],
    audience: { kind: 'units', ids: ['OU-TUI'] },
    validUntil: '2026-12-31',
    sender: { aadObjectId: 'a', name: 'Lähettäjä' },
    createdAt: '2026-11-20T08:00:00Z',
    updatedAt: '2026-11-20T08:00:00Z',
    onInfoScreen: true,
    ...overrides,
  };
}

describe('Notices on an info screen (docs/ngo.md §8)', () => {
  it('When notices are marked for screens, then the unit shows the sent, valid ones that reach it (unit, municipality, area, county), newest first, without the sender', () => {
    const shown = noticesForScreen(
      [
        notice({ title: 'unit', startedAt: '2026-11-20T08:00:00Z' }),
        notice({
          title: 'municipality',
          audience: { kind: 'municipalities', ids: ['Oulu'] },
          startedAt: '2026-11-21T08:00:00Z',
        }),
        notice({
          title: 'area',
          audience: { kind: 'areas', ids: ['Oulu'] },
          state: 'sending',
          startedAt: '2026-11-19T08:00:00Z',
        }),
        notice({ title: 'county', audience: { kind: 'county', ids: [] }, startedAt: '2026-11-18T08:00:00Z' }),
        notice({ title: 'valid today only', validUntil: '2026-11-23', startedAt: '2026-11-17T08:00:00Z' }),
        notice({ title: 'not marked', onInfoScreen: false }),
        notice({ title: 'expired', validUntil: '2026-11-22' }),
        notice({ title: 'draft', state: 'draft' }),
        notice({ title: 'scheduled', state: 'scheduled' }),
        notice({ title: 'cancelled', state: 'cancelled' }),
        notice({ title: 'other unit', audience: { kind: 'units', ids: ['OU-KAA'] } }),
        notice({ title: 'other municipality', audience: { kind: 'municipalities', ids: ['Kempele'] } }),
        notice({ title: 'reminder', remindsOf: 'unit' }),
      ],
      tuira,
      '2026-11-23',
    );
    expect(shown.map((n) => n.title)).toEqual(['municipality', 'unit', 'area', 'county', 'valid today only']);
    expect(Object.keys(shown[0]!).sort()).toEqual(['id', 'ngo', 'title', 'validUntil']);
  });
});
