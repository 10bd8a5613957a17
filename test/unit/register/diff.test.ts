import { diffExperts, diffRegister, isEmptyDiff, validateImport } from '../../../src/domain/register';
import type { Register } from '../../../src/domain/directory/types';
import { EMPTY_REGISTER, sampleFiles } from './helpers';

const sample = validateImport(EMPTY_REGISTER, sampleFiles());
const current: Register = sample.next!;

function modified(): Register {
  const units = current.units
    .filter((unit) => unit.id !== 'VA-VAA')
    .map((unit) =>
      unit.id === 'OU-TUI'
        ? { ...unit, name: 'Tuiran hyvinvointiasema', aliases: ['Tuira', 'Tuiranportti'] }
        : unit,
    );
  units.push({
    id: 'OU-UUS',
    name: 'Uusi keskus',
    type: 'sote-keskus',
    municipality: 'Oulu',
    area: 'Oulu',
    aliases: [],
  });
  const assignments = current.assignments.map((row) => {
    if (row.email === 'noora.eskola@pohde.example')
      return { ...row, phone: '+358 40 555 0000', validUntil: '2026-12-31' };
    if (row.email === 'mika.ohman@pohde.example') return { ...row, validFrom: '2023-06-01' };
    return row;
  });
  return { units, assignments };
}

describe('diffRegister', () => {
  it('When nothing differs, then the diff is empty', () => {
    const diff = diffRegister(current, structuredClone(current));
    expect(diff).toEqual({ added: [], changed: [], removed: [] });
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('When the sample is compared with a modified copy, then added, changed and removed rows are listed with old → new fields', () => {
    const diff = diffRegister(current, modified());
    expect(diff.added.map((c) => [c.kind, c.key])).toEqual([
      ['unit', 'OU-UUS'],
      ['assignment', 'sote-keskus / ou-kon / mika.ohman@pohde.example / 2023-06-01'],
    ]);
    expect(diff.removed.map((c) => [c.kind, c.key, c.label])).toEqual([
      ['unit', 'VA-VAA', 'Vaalan sote-keskus (VA-VAA)'],
      [
        'assignment',
        'sote-keskus / ou-kon / mika.ohman@pohde.example / 2023-05-01',
        'Mika Öhman, sote-keskus OU-KON',
      ],
    ]);
    expect(diff.changed).toEqual([
      {
        kind: 'unit',
        key: 'OU-TUI',
        label: 'Tuiran hyvinvointiasema (OU-TUI)',
        fields: [
          { field: 'name', column: 'nimi', from: 'Tuiran hyvinvointikeskus', to: 'Tuiran hyvinvointiasema' },
          { field: 'aliases', column: 'aliakset', from: 'Tuira', to: 'Tuira|Tuiranportti' },
        ],
      },
      {
        kind: 'assignment',
        key: 'sote-keskus / ou-tui / noora.eskola@pohde.example / 2024-01-01',
        label: 'Noora Eskola, sote-keskus OU-TUI',
        fields: [
          { field: 'phone', column: 'puhelin', from: '+358 40 555 1703', to: '+358 40 555 0000' },
          { field: 'validUntil', column: 'asti', from: '', to: '2026-12-31' },
        ],
      },
    ]);
  });

  it('When only the order of rows or of list items (coverage, aliases) differs, then nothing changes', () => {
    const reordered: Register = {
      units: [...current.units].map((u) => ({ ...u, aliases: [...u.aliases].reverse() })).reverse(),
      assignments: current.assignments.map((a) => ({ ...a, coverage: [...a.coverage].reverse() })).reverse(),
    };
    expect(diffRegister(current, reordered)).toEqual({ added: [], changed: [], removed: [] });
  });
});

describe('diffExperts', () => {
  it('When an expert pauses, one leaves and one joins, then the diff says so', () => {
    const experts = sample.experts!;
    const next = experts
      .filter((e) => e.id !== 'KT-040')
      .map((e) => (e.id === 'KT-002' ? { ...e, status: 'tauolla' as const, remote: false } : e));
    next.push({ ...experts[0]!, id: 'KT-041', name: 'Uusi Toimija' });
    const diff = diffExperts(experts, next);
    expect(diff.added.map((c) => c.label)).toEqual(['Uusi Toimija (KT-041)']);
    expect(diff.removed.map((c) => c.label)).toEqual(['Ilkka Alatalo (KT-040)']);
    expect(diff.changed).toEqual([
      {
        kind: 'expert',
        key: 'KT-002',
        label: 'Minna Ylitalo (KT-002)',
        fields: [
          { field: 'remote', column: 'etana', from: 'kyllä', to: 'ei' },
          { field: 'status', column: 'tila', from: 'aktiivinen', to: 'tauolla' },
        ],
      },
    ]);
  });
});
