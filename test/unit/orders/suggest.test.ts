import { suggestExperts, themesOf } from '../../../src/domain/experts/suggest';
import type { Expert } from '../../../src/domain/experts/types';

const e = (id: string, over: Partial<Expert> = {}): Expert => ({
  id,
  name: `Nimi ${id}`,
  themes: ['mielenterveys'],
  languages: ['fi'],
  area: 'Oulu',
  remote: false,
  status: 'aktiivinen',
  ...over,
});
const need = { themes: ['mielenterveys', 'päihteet'], language: 'fi', area: 'Oulu', remote: false };

describe('Expert suggestions', () => {
  it('When experts are suggested, then more shared themes rank first, then same area, then id', () => {
    const experts = [
      e('KT-5', { area: 'Koillismaa' }),
      e('KT-4'),
      e('KT-3', { themes: ['päihteet', 'mielenterveys'], area: 'Lakeus' }),
      e('KT-2'),
    ];
    const ranked = suggestExperts(experts, need);
    expect(ranked.map((s) => [s.expert.id, s.score])).toEqual([
      ['KT-3', 10],
      ['KT-2', 7],
      ['KT-4', 7],
      ['KT-5', 6],
    ]);
    expect(ranked[0]).toMatchObject({
      themes: ['päihteet', 'mielenterveys'],
      reasons: ['theme', 'language'],
    });
    expect(ranked[1]!.reasons).toEqual(['theme', 'language', 'sameArea']);
  });

  it('When the order is remote, then remote-capable experts from other areas count as reachable', () => {
    const experts = [e('KT-1', { area: 'Raahe', remote: true }), e('KT-2', { area: 'Raahe' })];
    const ranked = suggestExperts(experts, { ...need, remote: true });
    expect(ranked.map((s) => s.expert.id)).toEqual(['KT-1', 'KT-2']);
    expect(ranked[0]!.reasons).toEqual(['theme', 'language', 'remote']);
  });

  it('When an expert is on a break or has quit, shares no theme or does not speak the language, then they are not suggested', () => {
    const experts = [
      e('KT-1', { status: 'tauolla' }),
      e('KT-2', { status: 'lopettanut' }),
      e('KT-3', { themes: ['syöpä'] }),
      e('KT-4', { languages: ['sv'] }),
      e('KT-5', { languages: ['SV', 'FI'] }),
    ];
    expect(suggestExperts(experts, need).map((s) => s.expert.id)).toEqual(['KT-5']);
  });

  it('When the limit is smaller than the list, then only the best are returned, and the input order never matters', () => {
    const experts = [e('KT-3'), e('KT-1'), e('KT-2', { themes: ['päihteet', 'mielenterveys'] })];
    expect(suggestExperts(experts, need, 2).map((s) => s.expert.id)).toEqual(['KT-2', 'KT-1']);
    expect(suggestExperts([...experts].reverse(), need, 2).map((s) => s.expert.id)).toEqual(['KT-2', 'KT-1']);
    expect(suggestExperts(experts, need, 0)).toEqual([]);
  });

  it("When the form's theme list is built, then it has every theme once, in Finnish order", () => {
    expect(
      themesOf([
        e('1', { themes: ['päihteet', 'omaishoito'] }),
        e('2', { themes: ['ämmät', 'omaishoito', 'arki'] }),
      ]),
    ).toEqual(['arki', 'omaishoito', 'päihteet', 'ämmät']);
  });
});
