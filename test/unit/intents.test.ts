import { classifyMessage, MAX_MESSAGE_LENGTH } from '../../src/domain/intents';

describe('classifyMessage', () => {
  it.each(['apua', 'Apua!', 'help', 'HELP', 'hjälp', ' ohje '])(
    'When the message is "%s", then it asks for help',
    (text) => {
      expect(classifyMessage(text)).toEqual({ kind: 'help' });
    },
  );

  it('When the message is empty or whitespace, then it is empty', () => {
    expect(classifyMessage('')).toEqual({ kind: 'empty' });
    expect(classifyMessage('   \n ')).toEqual({ kind: 'empty' });
    expect(classifyMessage(undefined)).toEqual({ kind: 'empty' });
  });

  it('When the message is only emoji, then it has no words', () => {
    expect(classifyMessage('😀👍🏽🎉')).toEqual({ kind: 'noWords' });
  });

  it('When the message is over the limit, then it is too long (with its length)', () => {
    expect(classifyMessage('a'.repeat(10_000))).toEqual({ kind: 'tooLong', length: 10_000 });
    expect(classifyMessage('a'.repeat(MAX_MESSAGE_LENGTH)).kind).toBe('question');
  });

  it.each([
    ['oma yksikköni on Tuira', 'Tuira'],
    ['Oma yksikkö on Kaakkurin hyvinvointikeskus.', 'Kaakkurin hyvinvointikeskus'],
    ['my unit is Raahe', 'Raahe'],
    ['min enhet är Brahestad', 'Brahestad'],
  ])('When the user says "%s", then the own unit is set to "%s"', (text, place) => {
    expect(classifyMessage(text)).toEqual({ kind: 'setMyUnit', place });
  });

  it('When the message is a question, then it goes to the directory as typed', () => {
    expect(classifyMessage('Kuka on Raahen sote-keskuksen järjestöyhdyshenkilö?')).toEqual({
      kind: 'question',
      text: 'Kuka on Raahen sote-keskuksen järjestöyhdyshenkilö?',
    });
  });

  it.each([
    ['tilaa kokemustoimija', 'orderExpert'],
    ['Order an experience expert', 'orderExpert'],
    ['beställ erfarenhetsexpert', 'orderExpert'],
    ['tilaukset', 'myOrders'],
    ['uusi tiedote', 'newNotice'],
    ['new notice', 'newNotice'],
    ['nytt meddelande', 'newNotice'],
    ['tiedotteet', 'notices'],
    ['omat aiheet', 'topics'],
    ['mina ämnen', 'topics'],
    ['rekisteröi ilmoitustaulu', 'registerNoticeBoard'],
    ['muistutukset', 'reminders'],
  ])('When the message is the command "%s", then it is %s', (text, kind) => {
    expect(classifyMessage(text)).toEqual({ kind });
  });

  it('When the coordinator asks for a summary, then the year is read when given', () => {
    expect(classifyMessage('yhteenveto 2026')).toEqual({ kind: 'summary', year: 2026 });
    expect(classifyMessage('summary 2025')).toEqual({ kind: 'summary', year: 2025 });
    expect(classifyMessage('yhteenveto')).toEqual({ kind: 'summary' });
  });
});
