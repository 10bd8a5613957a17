/**
 * Consent withdrawn (suostumus peruttu), in fi, sv and en, followed by the expert's tunnus or name:
 * "suostumus peruttu KT-010", "poista kokemustoimijan tiedot Anu Tuomela", "samtycke återkallat KT-010",
 * "radera erfarenhetsexpertens uppgifter KT-010", "consent withdrawn KT-010", "erase expert data KT-010".
 * A command with a free-text argument (a name), so it is read by its exact wording before anything else.
 */
import type { Intent } from './types';

const ERASE_EXPERT = [
  /^(?:kokemustoimijan\s+)?suostumus\s+(?:on\s+)?peruttu(?:\s*:\s*|\s+|$)(.*)$/i,
  /^(?:kokemustoimijan\s+)?suostumuksen\s+peruutus(?:\s*:\s*|\s+|$)(.*)$/i,
  /^poista\s+kokemustoimija(?:n)?(?:\s+tiedot)?(?:\s*:\s*|\s+|$)(.*)$/i,
  /^(?:erfarenhetsexpertens\s+)?samtycke(?:t)?\s+(?:är\s+)?återkallat(?:\s*:\s*|\s+|$)(.*)$/i,
  /^radera\s+erfarenhetsexpert(?:en|ens)?(?:\s+uppgifter)?(?:\s*:\s*|\s+|$)(.*)$/i,
  /^consent\s+(?:was\s+)?withdrawn(?:\s+(?:for|by))?(?:\s*:\s*|\s+|$)(.*)$/i,
  /^erase\s+(?:experience\s+)?expert(?:'s)?(?:\s+data)?(?:\s+(?:of|for))?(?:\s*:\s*|\s+|$)(.*)$/i,
];

/** The erasure command with its argument ('' = not said), or undefined. `text` has no end punctuation. */
export function readEraseExpert(text: string): Extract<Intent, { kind: 'eraseExpert' }> | undefined {
  for (const pattern of ERASE_EXPERT) {
    const match = pattern.exec(text);
    if (match) return { kind: 'eraseExpert', who: (match[1] ?? '').trim() };
  }
  return undefined;
}
