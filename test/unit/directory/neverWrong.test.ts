/** docs/messages.md §4: the directory is never confidently wrong about a place. */
import { answerQuestion, buildDirectoryIndex, type Register } from '../../../src/domain/directory';
import { COMMON_WORDS } from '../../../src/domain/directory/commonWords';
import { demoIndex } from '../../support/demoRegister';

const TODAY = '2026-11-22';
const demo = demoIndex();

/** A small register of its own: one county unit whose name is two typos from an outside municipality. */
function register(): Register {
  const coordinator = {
    level: 'hyvinvointialue' as const,
    coverage: ['Pohde'],
    name: 'Aino Koordinaattori',
    title: 'järjestötyön koordinaattori',
    email: 'aino@pohde.example',
    phone: '',
    validFrom: '2020-01-01',
  };
  return {
    units: [
      {
        id: 'KA-KAA',
        name: 'Kaaruvesan hyvinvointipiste',
        type: 'hyvinvointipiste',
        municipality: 'Kempele',
        area: 'Lakeus',
        aliases: ['Kaaruvesa'],
      },
    ],
    assignments: [
      coordinator,
      {
        ...coordinator,
        level: 'sote-keskus',
        coverage: ['KA-KAA'],
        name: 'Kaisa Kaaruvesa',
        email: 'kaisa@pohde.example',
      },
    ],
  };
}

describe('Places are never guessed with confidence', () => {
  it('When a typo is one letter from a place outside the county and two from a county unit, then the county unit answers', () => {
    const index = buildDirectoryIndex(register());
    // "kiuruvesa": one typo from Kiuruvesi (outside), two from Kaaruvesa (in the county).
    const answer = answerQuestion(index, 'kiuruvesa', { today: TODAY });
    expect(answer.kind).toBe('unit');
    expect(answer.corrected).toEqual(['Kaaruvesan hyvinvointipiste']);
  });

  it('When a typo is close only to a place outside the county, then the answer says it was corrected', () => {
    const answer = answerQuestion(demo, 'Roveniemen yhdyshenkilö', { today: TODAY });
    expect(answer).toMatchObject({ kind: 'outside', place: 'Rovaniemi', corrected: ['Rovaniemi'] });
  });

  it.each([...COMMON_WORDS].filter((word) => word.length >= 5))(
    'When the common word "%s" is asked about, then it is no place by typo distance',
    (word) => {
      const answer = answerQuestion(demo, `${word} yhdyshenkilö`, { today: TODAY });
      expect(answer.corrected).toBeUndefined();
    },
  );

  it('When a question names a county place and a place outside the county, then the answer names both', () => {
    const answer = answerQuestion(demo, 'Kempeleen ja Rovaniemen yhdyshenkilö', { today: TODAY });
    expect(answer).toMatchObject({ kind: 'unit', outside: ['Rovaniemi'] });
  });

  it('When a place is written as the register writes it, then nothing is said to be corrected', () => {
    expect(answerQuestion(demo, 'Kempeleen yhdyshenkilö', { today: TODAY }).corrected).toBeUndefined();
  });
});
