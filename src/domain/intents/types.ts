/** What a chat message asks for, decided by plain rules in fi, sv and en (no LLM). */
export type SmallTalk =
  'greeting' | 'thanks' | 'wishes' | 'goodbye' | 'ack' | 'howAreYou' | 'whoAreYou' | 'rude';
export type LanguageChoice = 'fi' | 'sv' | 'en';

/** The intents a message can have that need nothing more than their kind. */
export type CommandKind =
  | 'help'
  | 'showMyUnit'
  | 'askMyUnit'
  | 'orderExpert'
  | 'myOrders'
  | 'newNotice'
  | 'notices'
  | 'topics'
  | 'registerNoticeBoard'
  | 'reminders'
  | 'registerUpload';

export type Intent =
  | { kind: 'empty' }
  | { kind: 'noWords' }
  | { kind: 'tooLong'; length: number }
  /** Letters of a script Silta does not read (Cyrillic, Greek, Arabic, CJK …). */
  | { kind: 'foreignScript' }
  | { kind: 'smallTalk'; topic: SmallTalk }
  | { kind: CommandKind }
  | { kind: 'setMyUnit'; place: string }
  | { kind: 'summary'; year?: number }
  | { kind: 'setLanguage'; language?: LanguageChoice }
  /** Consent withdrawn: erase one experience expert's data; `who` is their tunnus or name ('' = not said). */
  | { kind: 'eraseExpert'; who: string }
  | { kind: 'question'; text: string }
  /** Two readings are close: ask which one was meant. */
  | { kind: 'clarify'; options: Intent[] }
  /** Nothing in the message was understood. */
  | { kind: 'unknown' };

/**
 * Longer messages are refused politely. A first message that explains who is writing and what they
 * need can run to several paragraphs; reading stays linear in the length, so 2,000 is safe.
 */
export const MAX_MESSAGE_LENGTH = 2000;
