import { diffExperts, diffRegister } from '../../../src/domain/register';
import { auditedDiff, scrubRegisterDetails } from '../../../src/domain/retention';
import { demoRegister } from '../../support/demoRegister';
import { phoneChangeWithValues } from '../../support/legacyAudit';
import { expert } from '../orders/fixtures';

describe('What the audit keeps of a register change', () => {
  const register = demoRegister();
  const liaison = register.assignments.find((a) => a.phone)!;

  it("When a liaison's phone changes, then the audit names the row without the person's e-mail and the column without values", () => {
    const next = {
      ...register,
      assignments: register.assignments.map((a) => (a === liaison ? { ...a, phone: '+358 40 000 0000' } : a)),
    };
    const audited = auditedDiff(diffRegister(register, next));
    expect(audited.changed).toEqual([
      {
        kind: 'assignment',
        ref: `${liaison.level} / ${[...liaison.coverage]
          .map((c) => c.toLowerCase())
          .sort()
          .join('|')} / ${liaison.validFrom}`,
        columns: ['puhelin'],
      },
    ]);
    const text = JSON.stringify(audited);
    for (const personal of [liaison.phone!, '+358 40 000 0000', liaison.email, liaison.name])
      expect([personal, text.includes(personal)]).toEqual([personal, false]);
  });

  it('When an expert is added, changed and removed, then only their tunnus and the changed columns are kept', () => {
    const before = [expert('KT-1'), expert('KT-2', { name: 'Anu Tuomela' })];
    const after = [expert('KT-1', { phone: '+358 40 111 2222' }), expert('KT-3')];
    expect(auditedDiff(diffExperts(before, after))).toEqual({
      added: [{ kind: 'expert', ref: 'KT-3' }],
      changed: [{ kind: 'expert', ref: 'KT-1', columns: ['puhelin'] }],
      removed: [{ kind: 'expert', ref: 'KT-2' }],
    });
  });

  it('When a record written before this rule holds labels and old → new values, then scrubbing leaves references and columns, and scrubbing again changes nothing', () => {
    const old = {
      version: 7,
      files: ['kokemustoimijat.csv'],
      added: 0,
      changed: 1,
      removed: 0,
      diff: {
        added: [],
        changed: [phoneChangeWithValues()],
        removed: [
          {
            kind: 'assignment',
            key: 'sote-keskus / ou-tui / noora.eskola@pohde.example / 2024-01-01',
            label: 'Noora Eskola, sote-keskus OU-TUI',
            fields: [],
          },
        ],
      },
    };
    const scrubbed = scrubRegisterDetails(old);
    expect(scrubbed).toEqual({
      version: 7,
      files: ['kokemustoimijat.csv'],
      added: 0,
      changed: 1,
      removed: 0,
      diff: {
        added: [],
        changed: [{ kind: 'expert', ref: 'KT-002', columns: ['puhelin'] }],
        removed: [{ kind: 'assignment', ref: 'sote-keskus / ou-tui / 2024-01-01' }],
      },
    });
    expect(scrubRegisterDetails(scrubbed)).toEqual(scrubbed);
    expect(scrubRegisterDetails({ recipients: 3 })).toEqual({ recipients: 3 });
  });
});
