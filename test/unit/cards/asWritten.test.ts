import { asWritten } from '../../../src/teams/cards/directoryCard';

describe('An unknown place echoed as the user wrote it', () => {
  it.each([
    ['kuusikylän', 'Kuka on Kuusikylän yhdyshenkilö?', 'Kuusikylän'],
    ['kuusikylän', 'KUUSIKYLÄN yhdyshenkilö', 'KUUSIKYLÄN'],
    ['ala temmes', 'yhdyshenkilö Ala Temmes, kiitos', 'Ala Temmes'],
    ['temmes temmes', 'Temmes vai temmes', 'Temmes temmes'],
  ])('When the directory read %j from %j, then the card says %j', (read, question, shown) => {
    expect(asWritten(read, question)).toBe(shown);
  });

  it('When a word is not in the question as such, then it is shown as read', () => {
    expect(asWritten('kaakurris', "Kaakurri's liaison")).toBe('kaakurris');
  });
});
