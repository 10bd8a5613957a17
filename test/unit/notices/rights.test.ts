import type { Roles } from '../../../src/domain/directory';
import { canSend, decideSend } from '../../../src/domain/notices';
import { units } from './fixtures';

const sender = { aadObjectId: 'x' };
const liaison = { liaisonUnitIds: ['OU-TUI'], isCoordinator: false, units };

describe('Sending rights', () => {
  it('When a centre liaison addresses their own units, then it is allowed', () => {
    expect(canSend(sender, { kind: 'units', ids: ['OU-TUI'] }, liaison)).toEqual({ kind: 'ok' });
  });

  it('When a liaison includes a unit they do not cover, then it is refused as outside coverage', () => {
    expect(canSend(sender, { kind: 'units', ids: ['OU-TUI', 'OU-KAA'] }, liaison)).toEqual({
      kind: 'refused',
      code: 'NOTICE_OUTSIDE_COVERAGE',
    });
    expect(canSend(sender, { kind: 'municipalities', ids: ['Oulu'] }, liaison)).toEqual({
      kind: 'refused',
      code: 'NOTICE_OUTSIDE_COVERAGE',
    });
    expect(canSend(sender, { kind: 'units', ids: [] }, liaison)).toEqual({
      kind: 'refused',
      code: 'NOTICE_OUTSIDE_COVERAGE',
    });
  });

  it('When a liaison addresses the whole county, then only the coordinator may', () => {
    expect(canSend(sender, { kind: 'county', ids: [] }, liaison)).toEqual({
      kind: 'refused',
      code: 'NOTICE_COUNTY_COORDINATOR_ONLY',
    });
    expect(canSend(sender, { kind: 'county', ids: [] }, { liaisonUnitIds: [], isCoordinator: true })).toEqual(
      { kind: 'ok' },
    );
  });

  it('When someone is neither a liaison nor the coordinator, then they are refused', () => {
    expect(
      canSend(sender, { kind: 'units', ids: ['OU-TUI'] }, { liaisonUnitIds: [], isCoordinator: false }),
    ).toEqual({ kind: 'refused', code: 'NOTICE_NOT_A_SENDER' });
  });

  it('When the directory roles are used (decideSend), then the same rule applies', () => {
    const roles = (r: Partial<Roles>): Roles => ({ coordinator: false, centreUnitIds: [], areas: [], ...r });
    expect(
      decideSend(roles({ centreUnitIds: ['OU-TUI'] }), { kind: 'units', ids: ['OU-TUI'] }, units),
    ).toEqual({ kind: 'ok' });
    expect(decideSend(roles({ coordinator: true }), { kind: 'county', ids: [] }, units)).toEqual({
      kind: 'ok',
    });
    expect(decideSend(roles({}), { kind: 'units', ids: ['OU-TUI'] }, units)).toEqual({
      kind: 'refused',
      code: 'NOTICE_NOT_A_SENDER',
    });
    expect(
      decideSend(roles({ centreUnitIds: ['OU-TUI'] }), { kind: 'units', ids: ['OU-KAA'] }, units),
    ).toEqual({ kind: 'refused', code: 'NOTICE_OUTSIDE_COVERAGE' });
  });
});
