/**
 * Which concepts make which intent (the words are in lexicon.ts). A pattern matches when every
 * required group has one of its concepts in the message; optional concepts explain more words. The
 * reading that explains the most words wins (read.ts); equal readings of different intents are asked.
 */
import type { Concept } from './lexicon';
import type { Intent, SmallTalk } from './types';

export type PatternIntent =
  | Exclude<
      Intent['kind'],
      | 'empty'
      | 'noWords'
      | 'tooLong'
      | 'foreignScript'
      | 'clarify'
      | 'unknown'
      | 'question'
      | 'setMyUnit'
      | 'eraseExpert'
    >
  | 'myUnit'
  | `smallTalk.${SmallTalk}`;

export interface Pattern {
  intent: PatternIntent;
  required: Concept[][];
  optional?: Concept[];
  /** Place names in the message belong to this intent (my unit is Tuira) rather than to a question. */
  takesPlace?: boolean;
}

/** Words any request may carry without changing what it asks (haluaisin, tarvitsen, please …). */
export const ANY_REQUEST: readonly Concept[] = ['need', 'my'];

export const PATTERNS: readonly Pattern[] = [
  { intent: 'smallTalk.greeting', required: [['greeting']] },
  { intent: 'smallTalk.thanks', required: [['thanks']] },
  { intent: 'smallTalk.wishes', required: [['wishes']] },
  { intent: 'smallTalk.goodbye', required: [['goodbye']] },
  { intent: 'smallTalk.ack', required: [['ack']] },
  { intent: 'smallTalk.howAreYou', required: [['howAreYou']] },
  { intent: 'smallTalk.whoAreYou', required: [['whoAreYou']] },
  { intent: 'smallTalk.rude', required: [['rude']] },
  { intent: 'help', required: [['help']], optional: ['show', 'my'] },
  {
    intent: 'orderExpert',
    required: [['expert']],
    optional: ['orderVerb', 'orderNoun', 'new', 'subscribe'],
    takesPlace: true,
  },
  { intent: 'orderExpert', required: [['orderNoun'], ['new']], optional: ['orderVerb'], takesPlace: true },
  { intent: 'orderExpert', required: [['orderVerb']], optional: ['new'], takesPlace: true },
  { intent: 'orderExpert', required: [['orderNoun']] },
  { intent: 'myOrders', required: [['orders']], optional: ['my', 'show', 'status', 'expert'] },
  {
    intent: 'myOrders',
    required: [['orderNoun'], ['my', 'show', 'status']],
    optional: ['my', 'show', 'status', 'expert'],
  },
  { intent: 'myOrders', required: [['orderNoun']] },
  {
    intent: 'newNotice',
    required: [
      ['notice', 'notices'],
      ['send', 'new'],
    ],
    optional: ['send', 'new'],
    takesPlace: true,
  },
  { intent: 'notices', required: [['notices']], optional: ['show', 'my', 'new'] },
  { intent: 'notices', required: [['notice'], ['show']], optional: ['my'] },
  { intent: 'notices', required: [['notice']] },
  { intent: 'newNotice', required: [['notice']] },
  {
    intent: 'topics',
    required: [['topic']],
    optional: ['my', 'show', 'subscribe', 'set', 'notice', 'notices', 'orderVerb'],
  },
  { intent: 'topics', required: [['subscribe'], ['notice', 'notices']], optional: ['my', 'set'] },
  {
    intent: 'topics',
    required: [['unsubscribe']],
    optional: ['notice', 'notices', 'topic', 'subscribe', 'send', 'my', 'new'],
  },
  {
    intent: 'topics',
    required: [['refuse'], ['notice', 'notices', 'topic']],
    optional: ['subscribe', 'send', 'my', 'new'],
  },
  {
    intent: 'registerNoticeBoard',
    required: [['board']],
    optional: ['registerVerb', 'new', 'notice', 'notices', 'set', 'my'],
  },
  { intent: 'registerUpload', required: [['registry']], optional: ['upload', 'new', 'send', 'set'] },
  {
    intent: 'reminders',
    required: [['reminder']],
    optional: ['show', 'my', 'new', 'set', 'send', 'registerVerb'],
  },
  { intent: 'summary', required: [['summary']], optional: ['show', 'orders', 'expert', 'orderNoun', 'send'] },
  { intent: 'myUnit', required: [['unit']], optional: ['my', 'set', 'show'], takesPlace: true },
  {
    intent: 'setLanguage',
    required: [['finnish', 'swedish', 'english']],
    optional: ['language', 'speak', 'set'],
  },
  { intent: 'setLanguage', required: [['language']], optional: ['set', 'speak', 'my'] },
];
