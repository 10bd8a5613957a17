/** What a chat message asks for, read by plain rules in fi, sv and en (no LLM). Pure. */
export { readMessage } from './read';
export {
  MAX_MESSAGE_LENGTH,
  type CommandKind,
  type Intent,
  type LanguageChoice,
  type SmallTalk,
} from './types';
export { lexiconIndex as prepareLexicon } from './lexiconIndex';
