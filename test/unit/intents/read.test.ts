import { buildDirectoryIndex, type Register } from '../../../src/domain/directory';
import { MAX_MESSAGE_LENGTH, readMessage } from '../../../src/domain/intents';
import { validateImport } from '../../../src/domain/register';
import { readDemoFiles } from '../../../src/services/projectFiles';

const index = buildDirectoryIndex(validateImport({ units: [], assignments: [] }, readDemoFiles()).next!);
const read = (text: string | undefined) => readMessage(text, index);

describe('readMessage: stopping notices, and refusals (docs/messages.md §4)', () => {
  it.each([
    'lopeta',
    'STOP',
    'unsubscribe',
    'sluta',
    'lopeta tiedotteet',
    'haluan lopettaa tiedotteiden tilauksen',
    'en halua enää tiedotteita',
    'jag vill inte ha fler meddelanden',
    "I don't want notices anymore",
    'no more notices',
    'stop sending me notices',
  ])('When "%s" is written, then the topics card (where following stops) is the answer', (text) => {
    expect(read(text)).toEqual({ kind: 'topics' });
  });

  it.each(['en halua tilata', 'en halua kokemustoimijaa', 'jag vill inte beställa', "I don't want to order"])(
    'When "%s" refuses a request, then the request is never carried out (not understood, with the help)',
    (text) => {
      expect(read(text)).toEqual({ kind: 'unknown' });
    },
  );

  it.each(['ei yhtään', 'en löydä ketään', 'kukaan ei vastaa'])(
    'When "%s" holds only pronouns and particles, then no place is read from them (yhtään is not Pyhtää)',
    (text) => {
      expect(read(text).kind).not.toBe('question');
    },
  );

  it('When the same words want the thing, then the request is read', () => {
    expect(read('haluan tilata kokemustoimijan')).toEqual({ kind: 'orderExpert' });
  });
});

describe('readMessage: thanks for something, and wishes (docs/messages.md §4)', () => {
  it.each([
    'kiitos vastauksesta',
    'Kiitos paljon nopeasta vastauksesta!',
    'kiitos tiedosta',
    'kiitos tilauksesta',
    'tack för svaret',
    'tack för beställningen',
    'thanks for the answer',
    'thanks for the quick reply',
  ])('When "%s" thanks for something, then it is thanks, never a request read from a typo', (text) => {
    expect(read(text)).toEqual({ kind: 'smallTalk', topic: 'thanks' });
  });

  it.each([
    ['kiitos, tilaan kokemustoimijan Kempeleestä', 'orderExpert'],
    ['kiitos, haluan tilata kokemustoimijan Oulusta', 'orderExpert'],
    ['kiitos vastauksesta, mutta en ymmärrä', 'unknown'],
    ['kiitos vastauksesta, kuka on Limingan yhdyshenkilö?', 'question'],
  ])('When "%s" thanks and asks or says more, then that is read', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it.each([
    'hyvää joulua',
    'Hyvää joulua ja uutta vuotta!',
    'hauskaa viikonloppua',
    'kiitos ja hyvää viikonloppua',
    'god jul',
    'trevlig helg!',
    'merry christmas',
    'have a nice weekend',
  ])('When "%s" wishes well, then it is answered in kind, not read as a place', (text) => {
    expect(read(text)).toEqual({ kind: 'smallTalk', topic: 'wishes' });
  });

  it('When a wish comes with a question, then the question is answered', () => {
    expect(read('hyvää joulua, kuka on Raahen yhdyshenkilö').kind).toBe('question');
  });
});

describe('readMessage: thanks for help that worked (docs/messages.md §4)', () => {
  it.each([
    'kiitos, nyt toimii',
    'Kiitos paljon, tämä auttoi!',
    'se toimi, kiitti',
    'kiitos, löysin sen',
    'tack, nu fungerar det',
    'tack så mycket för hjälpen',
    'tack för all hjälp',
    'thanks, that helped',
    'thank you so much for your help',
    'thanks, it works now',
  ])('When "%s" is written, then it is thanks, not a request for the help', (text) => {
    expect(read(text)).toEqual({ kind: 'smallTalk', topic: 'thanks' });
  });

  it.each(['toimii nyt', 'nyt se toimii', 'det funkar', 'it works now', 'jes'])(
    'When the short "%s" is written without thanks, then it is an "ok"',
    (text) => {
      expect(read(text)).toEqual({ kind: 'smallTalk', topic: 'ack' });
    },
  );

  it.each([
    ['apua kiitos', 'help'],
    ['ohjeet kiitos', 'help'],
    ['kiitos, tarvitsen apua', 'help'],
    ['thanks, can you help me', 'help'],
    ['voitko auttaa', 'help'],
  ])('When "%s" asks for help (kiitos as "please"), then the help is still the answer', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it.each([
    'miten tämä toimii',
    'miten tämä toimii?',
    'does it work',
    'hur fungerar det',
    'kiitos, mutta ei toimi',
    'tack, det fungerar inte',
  ])('When "%s" asks whether it works or says it does not, then it is not read as "it worked"', (text) => {
    expect(read(text)).not.toEqual({ kind: 'smallTalk', topic: 'thanks' });
    expect(read(text)).not.toEqual({ kind: 'smallTalk', topic: 'ack' });
  });

  it('When thanks name a place written as the register writes it, then the directory answers about that place', () => {
    expect(read('kiitos, Tuiralla toimii').kind).toBe('question');
  });
});

describe('readMessage: thanks that say it did not help', () => {
  it.each([
    'kiitos, mutta en ymmärrä',
    'kiitos ei auttanut',
    'Kiitoksia, en vieläkään ymmärtänyt',
    'tack, men jag förstod inte',
    'tack, det fungerar inte',
    "thanks, but I don't get it",
    'thanks, it does not work',
  ])('When "%s" is written, then it is not understood (answered with the help), not thanks', (text) => {
    expect(read(text)).toEqual({ kind: 'unknown' });
  });

  it.each([
    ['kiitos, toimii', 'thanks'],
    ['kiitos, ei tarvitse', 'thanks'],
    ['ei kiitos', 'ack'],
    ['thanks, it works', 'thanks'],
  ])('When "%s" is written, then it stays small talk (%s)', (text, topic) => {
    expect(read(text)).toEqual({ kind: 'smallTalk', topic });
  });

  it('When thanks and "I do not understand" come with a request, then the request is read', () => {
    expect(read('kiitos, en ymmärrä miten tilaan kokemustoimijan').kind).toBe('orderExpert');
  });
});

describe('readMessage: bad input', () => {
  it('When the message is empty or whitespace, then it is empty', () => {
    expect(read('')).toEqual({ kind: 'empty' });
    expect(read('   \n ')).toEqual({ kind: 'empty' });
    expect(read(undefined)).toEqual({ kind: 'empty' });
  });

  it('When the message is only marks Silta knows, then it means what the first one means', () => {
    expect(read('😀👍🏽🎉')).toEqual({ kind: 'smallTalk', topic: 'ack' });
    expect(read('🙏🏻')).toEqual({ kind: 'smallTalk', topic: 'thanks' });
    expect(read('❤️')).toEqual({ kind: 'smallTalk', topic: 'thanks' });
    expect(read('👎')).toEqual({ kind: 'smallTalk', topic: 'rude' });
    expect(read('??')).toEqual({ kind: 'help' });
  });

  it('When the message is only marks and one of them is unknown, then it has no words', () => {
    expect(read('🤷')).toEqual({ kind: 'noWords' });
    expect(read('👍🤷')).toEqual({ kind: 'noWords' });
    expect(read('...')).toEqual({ kind: 'noWords' });
  });

  it('When the message is over the limit, then it is too long (with its length)', () => {
    expect(read('a'.repeat(10_000))).toEqual({ kind: 'tooLong', length: 10_000 });
    expect(read('a '.repeat(MAX_MESSAGE_LENGTH / 2).trim()).kind).not.toBe('tooLong');
  });

  it('When a first message runs to 1,999 characters, then it is read to its last question; at 2,001 it is too long', () => {
    const ask = 'Kuka on Kempeleen yhdyshenkilö?';
    const story = 'Olen uusi sairaanhoitaja ja aloitin juuri työt täällä. ';
    const sized = (length: number) => story.repeat(40).slice(0, length - ask.length - 1) + ' ' + ask;
    expect(sized(1999)).toHaveLength(1999);
    expect(read(sized(1999)).kind).toBe('question');
    expect(read(sized(2001))).toEqual({ kind: 'tooLong', length: 2001 });
  });

  it('When the message is in Cyrillic or Greek letters, then it is a script Silta does not read', () => {
    expect(read('Привет, кто контактное лицо?')).toEqual({ kind: 'foreignScript' });
    expect(read('Γεια σου')).toEqual({ kind: 'foreignScript' });
  });

  it('When no word of a longer message is known, then it is not understood (not a place guess)', () => {
    expect(read('Tere, kuidas läheb täna?')).toEqual({ kind: 'unknown' });
  });
});

describe('readMessage: common words are never places', () => {
  it.each(['hello', 'hei', 'moi', 'kiitos', 'tack', 'thanks', 'hej', 'ok', 'joo', 'kiva', 'okej', 'yes'])(
    'When the message is "%s", then it is small talk',
    (text) => {
      expect(read(text).kind).toBe('smallTalk');
    },
  );
});

describe('readMessage: rules', () => {
  it('When a request word is inflected (tilaisin, kokemusasiantuntijan), then morphology finds it', () => {
    expect(read('tilaisin kokemusasiantuntijan')).toEqual({ kind: 'orderExpert' });
    expect(read('tarvitsisimme kokemusosaajia')).toEqual({ kind: 'orderExpert' });
  });

  it('When a request word carries a typo, then it is still read', () => {
    expect(read('kokemustoimjia')).toEqual({ kind: 'orderExpert' });
    expect(read('muistutkset')).toEqual({ kind: 'reminders' });
  });

  it('When a word is both the noun of an order and of the order list, then Silta asks', () => {
    const intent = read('tilaus');
    expect(intent.kind).toBe('clarify');
    if (intent.kind === 'clarify')
      expect(intent.options).toEqual([{ kind: 'orderExpert' }, { kind: 'myOrders' }]);
  });

  it('When the own unit is set with a place, then the place words are the argument', () => {
    expect(read('vaihda yksikköni Kaakkuriin')).toEqual({ kind: 'setMyUnit', place: 'kaakkuriin' });
    expect(read('min enhet är Brahestad')).toEqual({ kind: 'setMyUnit', place: 'brahestad' });
  });

  it('When the own unit is asked or changed without a place, then show or ask', () => {
    expect(read('mikä on oma yksikköni')).toEqual({ kind: 'showMyUnit' });
    expect(read('haluan vaihtaa yksikköä')).toEqual({ kind: 'askMyUnit' });
  });

  it('When a summary names a year, then the year is read', () => {
    expect(read('yhteenveto 2026')).toEqual({ kind: 'summary', year: 2026 });
    expect(read('summary')).toEqual({ kind: 'summary' });
  });

  it('When a language is named, then it is the language setting', () => {
    expect(read('kieli suomi')).toEqual({ kind: 'setLanguage', language: 'fi' });
    expect(read('på svenska')).toEqual({ kind: 'setLanguage', language: 'sv' });
    expect(read('language')).toEqual({ kind: 'setLanguage' });
  });

  it('When a liaison question opens or closes with small talk, then the directory gets it without', () => {
    expect(read('Hei! Kuka on meidän yhdyshenkilö?')).toEqual({
      kind: 'question',
      text: 'kuka on meidän yhdyshenkilö',
    });
    expect(read('Limingan yhdyshenkilö, kiitos')).toEqual({
      kind: 'question',
      text: 'limingan yhdyshenkilö',
    });
  });

  it('When a long message asks for a request and names a place in passing, then the request wins', () => {
    const text =
      'Hei, olen uusi työntekijä Tuiran hyvinvointikeskuksessa ja tarvitsisimme kokemustoimijan ensi kuussa';
    expect(read(text)).toEqual({ kind: 'orderExpert' });
  });

  it('When nothing reads a message that greets, then the greeting is answered (with the help)', () => {
    expect(read('hyvää päivää, olen uusi täällä')).toEqual({ kind: 'smallTalk', topic: 'greeting' });
    expect(read('Hi, I am new here')).toEqual({ kind: 'smallTalk', topic: 'greeting' });
    expect(read('olen uusi täällä')).toEqual({ kind: 'unknown' });
  });

  it('When the message is a swear word or a complaint, then it is small talk, never a place', () => {
    for (const text of ['olet ihan paska botti', 'tyhmä botti', 'dumma bot', 'you suck', 'useless'])
      expect(read(text)).toEqual({ kind: 'smallTalk', topic: 'rude' });
  });

  it('When a liaison question names a place, then it goes to the directory as typed', () => {
    const text = 'Kuka on Raahen sote-keskuksen järjestöyhdyshenkilö?';
    expect(read(text)).toEqual({ kind: 'question', text });
  });
});

describe('readMessage: an intent and a place equally close', () => {
  /** A register whose one unit carries a name that is also a request word (a village called Tilasto). */
  const register: Register = {
    units: [
      {
        id: 'TI-TIL',
        name: 'Tilaston hyvinvointipiste',
        type: 'hyvinvointipiste',
        municipality: 'Kempele',
        area: 'Lakeus',
        aliases: ['Tilasto'],
      },
    ],
    assignments: [],
  };
  const own = buildDirectoryIndex(register);

  it('When a word is both a place and a request word, then Silta asks which was meant', () => {
    expect(readMessage('tilasto', own)).toEqual({
      kind: 'clarify',
      options: [{ kind: 'summary' }, { kind: 'question', text: 'tilasto' }],
    });
  });

  it('When the message also asks for a liaison, then it is the place', () => {
    expect(readMessage('tilaston yhdyshenkilö', own).kind).toBe('question');
  });
});
