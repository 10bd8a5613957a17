import { cardProblems } from '../../support/cardValidity';
import { messageCardResponse } from '../../../src/teams/errors';
import { card, sentence } from '../../../src/teams/cards/adaptive';

describe('Card validity checks', () => {
  it('When a card is valid, then no problems', () => {
    expect(cardProblems(messageCardResponse('Hei').value)).toEqual([]);
  });
  it('When a card has a typo or a bad value, then both checks say so', () => {
    const bad = card([{ ...sentence('x'), spacing: 'huge' as 'none' }]);
    expect(cardProblems(bad).join('\n')).toMatch(
      /schema: \/body\/0\/spacing[\s\S]*parser \(InvalidPropertyValue\).*Invalid value "huge"/,
    );
  });
});
