import { answerQuestion, type DirectoryAnswer } from '../../../src/domain/directory';
import { demoIndex, emailsIn } from '../../support/demoRegister';

const index = demoIndex();
const ask = (q: string): DirectoryAnswer => answerQuestion(index, q, { today: '2026-11-22' });

/** What an answer is about: "unit OU-TUI" or "level kunta". */
function about(answer: DirectoryAnswer): string {
  if (answer.kind === 'unit') return `unit ${answer.unit.id}`;
  if (answer.kind === 'level') return `level ${answer.level}`;
  return answer.kind;
}

describe('Level words against named places (levelPrecedence)', () => {
  const placeWins: Array<[string, string, string]> = [
    [
      'Pohjois-Pohjanmaan hyvinvointialueen Kempeleen sote-keskuksen yhdyshenkilö',
      'unit KE-KEM',
      'timo.tuomela@pohde.example',
    ],
    [
      'Kuka on hyvinvointialueen järjestöyhdyshenkilö Kempeleessä?',
      'unit KE-KEM',
      'timo.tuomela@pohde.example',
    ],
    ['Raahen kaupungin sote-keskuksen yhdyshenkilö', 'unit RA-RAA', 'arto.vahakangas@pohde.example'],
    ['Kempeleen kunnan sote-keskuksen yhdyshenkilö', 'unit KE-KEM', 'timo.tuomela@pohde.example'],
    ['Oulun kaupungin Tuiran yhdyshenkilö', 'unit OU-TUI', 'noora.eskola@pohde.example'],
    ['Vem är välfärdsområdets kontaktperson i Kempele?', 'unit KE-KEM', 'timo.tuomela@pohde.example'],
    ["Who is the county's NGO liaison in Kempele?", 'unit KE-KEM', 'timo.tuomela@pohde.example'],
    ['Koillismaan yhdyshenkilö', 'level alue', 'anu.toivonen@pohde.example'],
  ];
  it.each(placeWins)(
    'When asked "%s", then the place is answered (%s, %s), not the level of the owner word',
    (q, expected, email) => {
      const answer = ask(q);
      expect(about(answer)).toBe(expected);
      expect(emailsIn(answer)).toContain(email);
      if (expected.startsWith('unit')) expect(emailsIn(answer)).not.toContain('aino.ahola@pohde.example');
    },
  );

  const levelWins: Array<[string, string, string[]]> = [
    ['Kempeleen kunnan yhdyshenkilö', 'level kunta', ['kimmo.kinnunen@kempele.example']],
    ['Raahen kaupungin järjestöyhdyshenkilö', 'level kunta', ['sirpa.huhta@raahe.example']],
    ['Who is the municipal liaison in Kempele?', 'level kunta', ['kimmo.kinnunen@kempele.example']],
    [
      'Kuka on hyvinvointialueen järjestöyhdyshenkilö?',
      'level hyvinvointialue',
      ['aino.ahola@pohde.example'],
    ],
    [
      'Pohjois-Pohjanmaan hyvinvointialueen järjestöyhdyshenkilö',
      'level hyvinvointialue',
      ['aino.ahola@pohde.example'],
    ],
    ['Kempeleen sote-keskuksen alueellinen koordinaattori', 'level alue', ['sami.korhonen@pohde.example']],
    ['Koillismaan vastuualueen yhdyshenkilö', 'level pelastus-vastuualue', ['outi.tervo@pohde.example']],
    [
      'hyvinvointialueen ikäihmisten palvelujen yhdyshenkilö',
      'level toimialue',
      ['juho.mattila@pohde.example'],
    ],
  ];
  it.each(levelWins)('When asked "%s", then the answer is the %s', (q, expected, emails) => {
    const answer = ask(q);
    expect(about(answer)).toBe(expected);
    expect(emailsIn(answer)).toEqual(emails);
  });
});
