/**
 * Reads a chat message into an intent, in front of everything else (docs/messages.md §1–§4): small
 * talk, every command by everyday phrasing, questions about places (docs/directory.md §6). Every
 * reading of the message is scored by how many of its words it explains; the reading that explains
 * all of them, with the fewest typos, wins; two equal readings of different things are asked about.
 */
import { isCommonWord } from '../directory/commonWords';
import type { DirectoryIndex } from '../directory/model';
import { normalize } from '../directory/text';
import { understand } from '../directory/understand';
import { MY_UNIT_WORDS, ROLE_CUES, firstCue, isQuestionWord, isUnitWord } from '../directory/vocabulary';
import { readEraseExpert } from './eraseExpert';
import { conceptsIn, type TokenConcepts } from './lexiconIndex';
import { MARKS, type Concept } from './lexicon';
import { saysItWorked, saysNotUnderstood } from './notUnderstood';
import { ANY_REQUEST, PATTERNS, type Pattern, type PatternIntent } from './patterns';
import { MAX_MESSAGE_LENGTH, type CommandKind, type Intent, type SmallTalk } from './types';

const SMALL_TALK: readonly SmallTalk[] = [
  'thanks',
  'wishes',
  'goodbye',
  'howAreYou',
  'whoAreYou',
  'greeting',
  'ack',
  'rude',
];
const SMALL_TALK_CONCEPTS = new Set<Concept>(SMALL_TALK);
/** Small talk answered with the help, as it opens a conversation. */
const OPENING = new Set<SmallTalk>(['greeting', 'howAreYou', 'whoAreYou', 'rude']);
/** Letters of scripts other than Latin: the message is in a language Silta does not read. */
const OTHER_SCRIPT =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}]/u;
const LATIN = /\p{Script=Latin}/u;

interface Reading {
  intent: PatternIntent | 'question';
  /** Words it explains (besides common words), more is better. */
  explained: number;
  typos: number;
  /** Words it leaves unexplained that mean something else (a place, a word of another request). */
  leftover: number[];
  /** Words it leaves unexplained that mean nothing Silta knows (tolerated: "tiimin koulutukseen"). */
  unknown: number;
  concepts: Set<Concept>;
}

interface Message {
  written: string[];
  tokens: string[];
  concepts: TokenConcepts[];
  placeTokens: Set<number>;
  placeTypos: number;
  places: Array<{ start: number; end: number; typos: number }>;
  /** Tokens that carry meaning: not common words without a concept, not numbers. */
  content: number[];
  smallTalk: Set<number>;
}

function readTokens(text: string, index: DirectoryIndex): Message {
  // The directory's own reading of the words (clitics, joined names), so positions match its places.
  const u = understand(index, text);
  const { written, tokens } = u;
  // A place written as the register writes it, or a word of a liaison question, is no typo of a request word.
  const exactPlace = new Set(u.spans.filter((s) => s.typos === 0).flatMap((s) => range(s.start, s.end)));
  const concepts = conceptsIn(tokens, (i) => !exactPlace.has(i) && !isQuestionWord(tokens[i]!));
  const places: Message['places'] = [];
  const placeTokens = new Set<number>();
  let placeTypos = 0;
  u.spans.forEach((span) => {
    const indices = range(span.start, span.end);
    // A word of a request written as the lexicon writes it is not a typo of a place (tilaus, kiitos).
    if (span.typos > 0 && indices.some((i) => [...concepts[i]!.values()].some((typos) => typos === 0)))
      return;
    if (span.typos === 0) indices.forEach((i) => dropFuzzy(concepts[i]!));
    indices.forEach((i) => placeTokens.add(i));
    places.push(span);
    placeTypos += span.typos;
  });
  const smallTalk = new Set<number>();
  const content: number[] = [];
  tokens.forEach((token, i) => {
    const own = concepts[i]!;
    if (/^\d+$/.test(token) || (isCommonWord(token) && own.size === 0 && !placeTokens.has(i))) return;
    content.push(i);
    if (own.size > 0 && [...own.keys()].every((c) => SMALL_TALK_CONCEPTS.has(c))) smallTalk.add(i);
  });
  return { written, tokens, concepts, placeTokens, placeTypos, places, content, smallTalk };
}

/** True when a token means something Silta knows: a word of the lexicon or a place. */
const meaningful = (m: Message, i: number): boolean => m.concepts[i]!.size > 0 || m.placeTokens.has(i);

const range = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k);

function dropFuzzy(concepts: TokenConcepts): void {
  for (const [concept, typos] of concepts) if (typos > 0) concepts.delete(concept);
}

function readPattern(pattern: Pattern, m: Message): Reading | undefined {
  const used = new Map<number, number>();
  const seen = new Set<Concept>();
  for (const group of pattern.required) {
    let best: { i: number; typos: number; concept: Concept } | undefined;
    m.concepts.forEach((own, i) => {
      if (used.has(i)) return;
      for (const concept of group) {
        const typos = own.get(concept);
        if (typos !== undefined && (!best || typos < best.typos)) best = { i, typos, concept };
      }
    });
    if (!best) return undefined;
    used.set(best.i, best.typos);
    seen.add(best.concept);
  }
  for (const concept of [...pattern.required.flat(), ...(pattern.optional ?? []), ...ANY_REQUEST]) {
    m.concepts.forEach((own, i) => {
      const typos = own.get(concept);
      if (typos !== undefined && !used.has(i)) {
        used.set(i, typos);
        seen.add(concept);
      }
    });
  }
  const smallTalk = pattern.intent.startsWith('smallTalk.');
  let typos = [...used.values()].reduce((a, b) => a + b, 0);
  let explained = m.content.filter((i) => used.has(i)).length;
  if (pattern.takesPlace) {
    explained += m.content.filter((i) => m.placeTokens.has(i) && !used.has(i)).length;
    typos += m.placeTypos;
  }
  const rest = m.content.filter(
    (i) => !used.has(i) && !m.smallTalk.has(i) && !(pattern.takesPlace && m.placeTokens.has(i)),
  );
  const leftover = rest.filter((i) => meaningful(m, i));
  if (smallTalk && leftover.length > 0) return undefined;
  return {
    intent: pattern.intent,
    explained,
    typos,
    leftover,
    unknown: rest.length - leftover.length,
    concepts: seen,
  };
}

/** The directory's reading: places and the words of a liaison question (docs/directory.md §5, §6). */
function readQuestion(m: Message): Reading | undefined {
  const liaisonWord = (i: number) =>
    m.concepts[i]!.has('liaison') || MY_UNIT_WORDS.has(m.tokens[i]!) || isUnitWord(m.tokens[i]!);
  const role = firstCue(ROLE_CUES, m.tokens) !== undefined;
  if (m.places.length === 0 && !role && !m.content.some(liaisonWord)) return undefined;
  const explained = m.content.filter((i) => m.placeTokens.has(i) || liaisonWord(i)).length;
  const rest = m.content.filter(
    (i) =>
      !m.placeTokens.has(i) &&
      !liaisonWord(i) &&
      !m.smallTalk.has(i) &&
      !isQuestionWord(m.tokens[i]!) &&
      !(role && ROLE_CUES.some((cue) => cue.all.some((p) => m.tokens[i]!.startsWith(p)))),
  );
  const leftover = rest.filter((i) => meaningful(m, i));
  return {
    intent: 'question',
    explained: Math.max(explained, role ? 1 : 0),
    typos: m.placeTypos,
    leftover,
    unknown: rest.length - leftover.length,
    concepts: new Set(),
  };
}

const isSmallTalk = (r: Reading) => r.intent.startsWith('smallTalk.');
const smallTalkRank = (r: Reading) => SMALL_TALK.indexOf(r.intent.slice('smallTalk.'.length) as SmallTalk);
const better = (a: Reading, b: Reading) =>
  b.explained - a.explained ||
  a.unknown - b.unknown ||
  a.typos - b.typos ||
  Number(isSmallTalk(a)) - Number(isSmallTalk(b)) ||
  (isSmallTalk(a) && isSmallTalk(b) ? smallTalkRank(a) - smallTalkRank(b) : 0);

/**
 * The question the directory answers: the message without its greetings and thanks, which are no
 * place ("Hei! Kuka on meidän yhdyshenkilö?" asks for the user's own unit's liaison).
 */
function questionOf(m: Message, text: string): Intent {
  const small = (i: number) => m.smallTalk.has(i) && !m.placeTokens.has(i);
  if (!m.written.some((_, i) => small(i))) return { kind: 'question', text };
  return { kind: 'question', text: m.written.filter((_, i) => !small(i)).join(' ') };
}

function toIntent(reading: Reading, m: Message, text: string): Intent {
  const intent = reading.intent;
  if (intent === 'question') return questionOf(m, text);
  if (intent.startsWith('smallTalk.'))
    return { kind: 'smallTalk', topic: intent.slice('smallTalk.'.length) as SmallTalk };
  switch (intent) {
    case 'myUnit': {
      if (m.places.length > 0) {
        const start = Math.min(...m.places.map((p) => p.start));
        const end = Math.max(...m.places.map((p) => p.end));
        return { kind: 'setMyUnit', place: m.written.slice(start, end).join(' ') };
      }
      if (reading.leftover.length > 0)
        return { kind: 'setMyUnit', place: reading.leftover.map((i) => m.written[i]!).join(' ') };
      return reading.concepts.has('set') ? { kind: 'askMyUnit' } : { kind: 'showMyUnit' };
    }
    case 'summary': {
      const year = m.tokens.find((token) => /^20\d\d$/.test(token));
      return year ? { kind: 'summary', year: Number(year) } : { kind: 'summary' };
    }
    case 'setLanguage': {
      const language = (['finnish', 'swedish', 'english'] as const).find((c) => reading.concepts.has(c));
      const code = { finnish: 'fi', swedish: 'sv', english: 'en' } as const;
      return language ? { kind: 'setLanguage', language: code[language] } : { kind: 'setLanguage' };
    }
    default:
      return { kind: intent as CommandKind };
  }
}

const MARK_CONCEPT = new Map<string, Concept>(
  (Object.entries(MARKS) as Array<[Concept, string]>).flatMap(([concept, marks]) =>
    marks.split(' ').map((mark): [string, Concept] => [mark, concept]),
  ),
);

/** A message of marks alone (👍, 🙏, ?): what the first one means, when Silta knows every one of them. */
function readMarks(text: string): Intent | undefined {
  const marks = [...text.replace(/[\s.!,]|\uFE0E|\uFE0F|\u200D|\p{Emoji_Modifier}/gu, '')];
  const concepts = marks.map((mark) => MARK_CONCEPT.get(mark));
  const first = concepts[0];
  if (!first || concepts.some((concept) => concept === undefined)) return undefined;
  if (first === 'help') return { kind: 'help' };
  return { kind: 'smallTalk', topic: first as SmallTalk };
}

const sameIntent = (a: Intent, b: Intent) => JSON.stringify(a) === JSON.stringify(b);

/** Reads one chat message; `index` is the directory's, so places are read the directory's way. */
export function readMessage(raw: string | undefined | null, index: DirectoryIndex): Intent {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_MESSAGE_LENGTH) return { kind: 'tooLong', length: text.length };
  if (text === '') return { kind: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(text)) return readMarks(text) ?? { kind: 'noWords' };
  if (OTHER_SCRIPT.test(text) && !LATIN.test(text)) return { kind: 'foreignScript' };
  if (normalize(text) === '') return { kind: 'noWords' };
  const erase = readEraseExpert(text.replace(/[.!?]+$/u, '').trim());
  if (erase) return erase;

  const m = readTokens(text, index);
  const intent = readWords(m, text);
  // Thanks, then "but I don't understand" or "it didn't help": not understood, so the help follows.
  const closing = intent.kind === 'help' || (intent.kind === 'smallTalk' && intent.topic !== 'rude');
  const thanks = m.concepts.some((own) => own.has('thanks'));
  // (also when only typo readings of request words made it a request: "kiitos vastauksesta, mutta en ymmärrä")
  if (thanks && saysNotUnderstood(m.tokens) && (closing || !asksSomething(m))) return { kind: 'unknown' };
  // "en halua kokemustoimijaa": a refusal is never read as the request it refuses (only as unfollowing notices)
  const refuses = m.concepts.some((own) => own.get('refuse') === 0);
  if (refuses && REFUSABLE.has(intent.kind)) return { kind: 'unknown' };
  if (thanks && intent.kind !== 'smallTalk' && thanksFor(m, text))
    return { kind: 'smallTalk', topic: 'thanks' };
  return saysDone(intent, m, text, thanks) ?? intent;
}

/** Requests a refusal ("en halua", "no more") turns into "not understood" rather than carrying out. */
const REFUSABLE = new Set<Intent['kind']>([
  'orderExpert',
  'myOrders',
  'newNotice',
  'notices',
  'reminders',
  'summary',
  'registerNoticeBoard',
  'registerUpload',
  'clarify',
]);

/** Words after the thanks that may say what they are for ("kiitos paljon nopeasta vastauksesta"). */
const THANKS_FOR_REACH = 3;
/** A short message: thanks for something, and nothing else. */
const THANKS_FOR_WORDS = 6;

/**
 * "Kiitos vastauksesta", "tack för svaret", "thanks for the answer": thanks for something (for / för,
 * or a Finnish word in -sta/-stä soon after the thanks), in a short message that asks nothing and says
 * no "but I don't understand" (docs/messages.md §4). What is thanked for may be any word ("kiitos
 * tilauksesta"), and a word there could otherwise be read as a typo of a request word (vastauksesta
 * as varauksesta, "a booking"); a request word before it ("kiitos, tilaan … Kempeleestä") or a place
 * written as the register writes it keeps its own reading.
 */
function thanksFor(m: Message, text: string): boolean {
  if (text.includes('?') || m.tokens.length > THANKS_FOR_WORDS || saysNotUnderstood(m.tokens)) return false;
  const at = m.concepts.findIndex((own) => own.has('thanks'));
  const marker = m.tokens.findIndex(
    (token, i) => i > at && i <= at + THANKS_FOR_REACH && (token === 'for' || /sta$/.test(token)),
  );
  if (marker < 0) return false;
  return !hasRequestWord(m.concepts.slice(0, marker)) && m.places.every((place) => place.typos > 0);
}

/** A word of a request, or a place, written as Silta knows it (not a typo reading). */
function asksSomething(m: Message): boolean {
  return hasRequestWord(m.concepts) || m.places.some((place) => place.typos === 0);
}

/** A word of a request (not small talk) written as the lexicon writes it, among these tokens' readings. */
const hasRequestWord = (concepts: readonly TokenConcepts[]): boolean =>
  concepts.some((own) =>
    [...own].some(([concept, typos]) => typos === 0 && !SMALL_TALK_CONCEPTS.has(concept)),
  );

/** A short message is "it worked": "ok, nyt toimii" closes like "ok" does. */
const SHORT_DONE = 4;

/**
 * "Kiitos, nyt toimii", "thanks, that helped", "tack så mycket för hjälpen": thanks for help that
 * worked is thanks, not a request for the help (docs/messages.md §4); without the thanks, a short "toimii
 * nyt" is an "ok". Never a question ("miten tämä toimii?") or a request that needs something
 * ("kiitos, tarvitsen apua"), and only in place of the help or of nothing understood.
 */
function saysDone(intent: Intent, m: Message, text: string, thanks: boolean): Intent | undefined {
  // (a "question" whose only places are typo readings is one Silta could not read: "kiitos, löysin sen")
  const unread = intent.kind === 'question' && m.places.every((place) => place.typos > 0);
  if (intent.kind !== 'help' && intent.kind !== 'unknown' && !unread) return undefined;
  if (text.includes('?')) return undefined;
  if (m.concepts.some((own) => own.has('need'))) return undefined;
  if (!saysItWorked(m.tokens)) return undefined;
  if (thanks) return { kind: 'smallTalk', topic: 'thanks' };
  return intent.kind !== 'help' && m.tokens.length <= SHORT_DONE
    ? { kind: 'smallTalk', topic: 'ack' }
    : undefined;
}

/** The reading of a message's words: the best complete reading, else a partial one, else small talk. */
function readWords(m: Message, text: string): Intent {
  const readings = PATTERNS.map((pattern) => readPattern(pattern, m)).filter(
    (r): r is Reading => r !== undefined,
  );
  const question = readQuestion(m);
  if (question) readings.push(question);

  const complete = readings.filter((r) => r.leftover.length === 0 && r.explained > 0).sort(better);
  const top = complete[0];
  if (top) {
    const chosen = toIntent(top, m, text);
    if (isSmallTalk(top)) return chosen;
    const rivals = complete
      .filter(
        (r) =>
          !isSmallTalk(r) &&
          r.explained === top.explained &&
          r.unknown === top.unknown &&
          (r.typos === top.typos || (r.typos > 0 && top.typos > 0)),
      )
      .map((r) => toIntent(r, m, text));
    const options = rivals.filter(
      (intent, i) => rivals.findIndex((other) => sameIntent(other, intent)) === i,
    );
    return options.length > 1 ? { kind: 'clarify', options: options.slice(0, 4) } : chosen;
  }
  // No reading explains every word: a request that explains most of them and leaves little besides
  // wins over a place the message names in passing ("olen uusi Tuiran hyvinvointikeskuksessa ja
  // tarvitsisimme kokemustoimijan ensi kuussa"); otherwise a named place makes it a question.
  const partial = readings.filter((r) => !isSmallTalk(r)).sort(better)[0];
  const clear = partial !== undefined && partial.explained > partial.leftover.length;
  const beatsQuestion =
    partial !== undefined &&
    partial.intent !== 'question' &&
    (!question ||
      (partial.explained > question.explained && partial.leftover.length < question.leftover.length));
  if (clear && beatsQuestion) return toIntent(partial, m, text);
  if (m.places.length > 0) return questionOf(m, text);
  if (clear) return toIntent(partial, m, text);
  // One or two words Silta does not know, with nothing but question words around them, may be a place
  // it cannot find ("Pihlajakylä", "kuka on Ylikylä"); a sentence about something else is not
  // ("mikä on lounas tänään").
  const unread = m.content.filter((i) => !m.smallTalk.has(i));
  const onlyUnread = m.tokens.every(
    (token, i) => unread.includes(i) || m.smallTalk.has(i) || isQuestionWord(token),
  );
  if (onlyUnread && unread.length > 0 && unread.length <= 2 && unread.every((i) => m.concepts[i]!.size === 0))
    return questionOf(m, text);
  // Nothing read the message, but a word written as the lexicon writes it opens a conversation (a
  // greeting, "who are you"): answer that, with the help ("hyvää päivää, olen uusi täällä"). Thanks,
  // goodbyes and "ok" close one, so they are not answered this way.
  const talk = [...m.smallTalk]
    .flatMap((i) =>
      [...m.concepts[i]!].flatMap(([topic, typos]) => (typos === 0 ? [topic as SmallTalk] : [])),
    )
    .filter((topic) => OPENING.has(topic))
    .sort((a, b) => SMALL_TALK.indexOf(a) - SMALL_TALK.indexOf(b))[0];
  if (talk) return { kind: 'smallTalk', topic: talk };
  return { kind: 'unknown' };
}
