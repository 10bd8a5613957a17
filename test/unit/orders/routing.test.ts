import { routeOrder } from '../../../src/domain/orders';
import { messageOf } from '../../../src/domain/errors';

const liisa = { name: 'Liisa Liaison', email: 'liisa@pohde.fi', aadObjectId: 'aaaa' };
const leena = { name: 'Leena Liaison', email: 'leena@pohde.fi' };
const reija = { name: 'Reija Regional', email: 'reija@pohde.fi', aadObjectId: 'ffff' };

describe('Routing a new order', () => {
  it('When the unit has centre liaisons, then the order goes to them (all of them), not to the regional coordinator', () => {
    expect(routeOrder('OU-TUI', { centre: [liisa, leena], regional: [reija] })).toEqual({
      kind: 'ok',
      routedTo: 'centre',
      assignedLiaisons: [liisa, leena],
    });
  });

  it('When the unit has no centre liaison, then the regional coordinator of its area handles it', () => {
    expect(routeOrder('II-II', { centre: [], regional: [reija] })).toEqual({
      kind: 'ok',
      routedTo: 'regional',
      assignedLiaisons: [reija],
    });
  });

  it('When the same person is listed twice (two coverage rows), then they are assigned once; blank names are skipped', () => {
    const result = routeOrder('OU-TUI', {
      centre: [
        liisa,
        { ...liisa, aadObjectId: 'AAAA', email: 'other@pohde.fi' },
        { name: ' ', email: 'x@pohde.fi' },
      ],
      regional: [],
    });
    expect(result.kind === 'ok' && result.assignedLiaisons).toEqual([liisa]);
  });

  it('When nobody covers the unit, then routing fails with a code and a message that says what to fix', () => {
    const result = routeOrder('XX-1', { centre: [], regional: [] });
    expect(result).toMatchObject({ kind: 'noLiaison', code: 'ORDER_NO_LIAISON' });
    expect(result.kind !== 'ok' && messageOf(result.code, result)).toMatch(/XX-1.*register/);
  });
});
