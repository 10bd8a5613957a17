/**
 * Places as people write them, before matching (docs/directory.md §6.1): the tokens of a question are
 * brought to forms the index knows, by general rules that only apply when the plain token is not known:
 *
 * - a clitic is taken off (Limingassakin, Iissäkään, Kempeleessähän, Tuirassako, Limingassakohan);
 * - a place joined to a unit word is split (Kempeleen-sote-keskus, Haapavedensotekeskus,
 *   Oulaskankaansairaala);
 * - a hyphenated name written joined or with a space is read as one name (Yli-Kiiminki, Yli Ii,
 *   Ylikiiminki), so that its last part alone (Kiiminki) never names another unit.
 */
import type { PhraseIndex } from './phraseIndex';
import { TYPE_CUES } from './vocabulary';

/** Folded clitics, longest first: -kaan/-kään, -kin, -han/-hän, -pa/-pä, -ko/-kö. */
const CLITICS = ['kaan', 'kin', 'han', 'pa', 'ko'];

export interface ReadTokens {
  /** As the user wrote them (lower case), for "not understood" messages. */
  written: string[];
  /** Folded, in the forms the index knows where a rule applies. */
  tokens: string[];
}

/** The token without its clitics when that is a known form (at most two: Limingassako|han). */
function withoutClitics(phrases: PhraseIndex, token: string): string | undefined {
  let word = token;
  for (let round = 0; round < 2; round += 1) {
    const clitic = CLITICS.find((c) => word.endsWith(c) && word.length - c.length >= 2);
    if (!clitic) return undefined;
    word = word.slice(0, -clitic.length);
    if (phrases.has(word)) return word;
  }
  return undefined;
}

/** Where a unit word starts inside a token, after a place (haapaveden|sotekeskus), or -1. */
function unitWordStart(token: string): number {
  let best = -1;
  for (const cue of TYPE_CUES) {
    const at = token.indexOf(cue.part);
    if (at >= 2 && (best === -1 || at < best)) best = at;
  }
  return best;
}

const known = (phrases: PhraseIndex, token: string) =>
  phrases.has(token) || phrases.candidates(token, true).length > 0;

function readOne(phrases: PhraseIndex, token: string): string[] {
  if (phrases.has(token)) return [token];
  if (token.includes('-')) {
    const joined = token.replace(/-/g, '');
    if (phrases.has(joined)) return [joined];
  }
  const bare = withoutClitics(phrases, token);
  if (bare) return [bare];
  const at = unitWordStart(token);
  if (at > 0) {
    const head = token.slice(0, at).replace(/-+$/, '');
    const place = phrases.has(head) ? head : (withoutClitics(phrases, head) ?? head);
    if (known(phrases, place)) return [place, token.slice(at)];
  }
  return [token];
}

export function readTokens(
  phrases: PhraseIndex,
  written: readonly string[],
  folded: readonly string[],
): ReadTokens {
  const out: ReadTokens = { written: [], tokens: [] };
  for (let i = 0; i < folded.length; i += 1) {
    const next = folded[i + 1];
    if (next !== undefined && !/\d/.test(folded[i]! + next)) {
      const join = [`${folded[i]!}-${next}`, `${folded[i]!}${next}`].find((form) => phrases.has(form));
      if (join) {
        out.written.push(`${written[i]!}-${written[i + 1]!}`);
        out.tokens.push(join);
        i += 1;
        continue;
      }
    }
    const parts = readOne(phrases, folded[i]!);
    if (parts.length === 1) {
      out.written.push(written[i]!);
      out.tokens.push(parts[0]!);
    } else {
      out.written.push(...parts);
      out.tokens.push(...parts);
    }
  }
  return out;
}
