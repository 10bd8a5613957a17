/**
 * A catalogue entry: a text with `{name}` placeholders, or a text that depends on a count, whose form
 * `Intl.PluralRules` picks for the language ("one": 1 response, "other": 0 or 2 responses).
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/** The texts of one feature in one language. */
export type Catalogue = Record<string, Message>;

/** Every form of a message: the text itself, or each of its plural forms. */
export function formsOf(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}
