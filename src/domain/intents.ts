/** What a chat message asks for, decided by plain rules in fi, sv and en (no LLM). */
export type Intent =
  | { kind: 'empty' }
  | { kind: 'noWords' }
  | { kind: 'tooLong'; length: number }
  | { kind: 'help' }
  | { kind: 'setMyUnit'; place: string }
  | { kind: 'showMyUnit' }
  | { kind: 'orderExpert' }
  | { kind: 'myOrders' }
  | { kind: 'summary'; year?: number }
  | { kind: 'newNotice' }
  | { kind: 'notices' }
  | { kind: 'topics' }
  | { kind: 'registerNoticeBoard' }
  | { kind: 'reminders' }
  /** Consent withdrawn: erase one experience expert's data; `who` is their tunnus or name ('' = not said). */
  | { kind: 'eraseExpert'; who: string }
  | { kind: 'question'; text: string };

/** Longer messages are refused politely; no question needs more. */
export const MAX_MESSAGE_LENGTH = 500;

const HELP = /^(apua|ohje|ohjeet|help|hjälp|hjalp|hj[äa]lpa?|\?|mitä osaat|what can you do)$/i;
const SET_MY_UNIT = [
  /^(?:minun\s+|meidän\s+)?oma\s+yksikkö(?:ni|mme)?\s+on\s+(.+)$/i,
  /^(?:minun\s+)?yksikköni\s+on\s+(.+)$/i,
  /^aseta\s+(?:oma\s+)?yksikkö(?:ni)?\s*:?\s+(.+)$/i,
  /^my\s+(?:own\s+)?unit\s+is\s+(.+)$/i,
  /^set\s+my\s+unit(?:\s+to)?\s*:?\s+(.+)$/i,
  /^min\s+(?:egen\s+)?enhet\s+är\s+(.+)$/i,
];
const SHOW_MY_UNIT = /^(oma yksikkö(ni)?|my unit|min enhet)\??$/i;

/** Commands with no arguments (the app's command menu titles in fi, sv and en, plus common variants). */
const COMMANDS: ReadonlyArray<readonly [RegExp, Intent['kind']]> = [
  [
    /^(tilaa kokemustoimija|kokemustoimijan tilaus|order an? experience expert|beställ (en )?erfarenhetsexpert)$/i,
    'orderExpert',
  ],
  [/^(tilaukset|omat tilaukset|tilaukseni|my orders|orders|beställningar|mina beställningar)$/i, 'myOrders'],
  [/^(uusi tiedote|välitä tiedote|new notice|nytt meddelande)$/i, 'newNotice'],
  [/^(tiedotteet|notices|meddelanden)$/i, 'notices'],
  [/^(omat aiheet|tilaa aiheet|aiheet|my topics|subscribe topics|topics|mina ämnen|ämnen)$/i, 'topics'],
  [
    /^(rekisteröi ilmoitustaulu|ilmoitustaulu|register notice board|registrera anslagstavla)$/i,
    'registerNoticeBoard',
  ],
  [/^(muistutukset|reminders|påminnelser)$/i, 'reminders'],
];
/**
 * Consent withdrawn (suostumus peruttu), in fi, sv and en, followed by the expert's tunnus or name:
 * "suostumus peruttu KT-010", "poista kokemustoimijan tiedot Anu Tuomela", "samtycke återkallat KT-010",
 * "radera erfarenhetsexpertens uppgifter KT-010", "consent withdrawn KT-010", "erase expert data KT-010".
 */
const ERASE_EXPERT = [
  /^(?:kokemustoimijan\s+)?suostumus\s+(?:on\s+)?peruttu(?:\s*:\s*|\s+|$)(.*)$/i,
  /^(?:kokemustoimijan\s+)?suostumuksen\s+peruutus(?:\s*:\s*|\s+|$)(.*)$/i,
  /^poista\s+kokemustoimija(?:n)?(?:\s+tiedot)?(?:\s*:\s*|\s+|$)(.*)$/i,
  /^(?:erfarenhetsexpertens\s+)?samtycke(?:t)?\s+(?:är\s+)?återkallat(?:\s*:\s*|\s+|$)(.*)$/i,
  /^radera\s+erfarenhetsexpert(?:en|ens)?(?:\s+uppgifter)?(?:\s*:\s*|\s+|$)(.*)$/i,
  /^consent\s+(?:was\s+)?withdrawn(?:\s+(?:for|by))?(?:\s*:\s*|\s+|$)(.*)$/i,
  /^erase\s+(?:experience\s+)?expert(?:'s)?(?:\s+data)?(?:\s+(?:of|for))?(?:\s*:\s*|\s+|$)(.*)$/i,
];
const SUMMARY = /^(?:yhteenveto|vuosiyhteenveto|summary|yearly summary|sammanfattning)(?:\s+(\d{4}))?$/i;

export function classifyMessage(raw: string | undefined | null): Intent {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_MESSAGE_LENGTH) return { kind: 'tooLong', length: text.length };
  const bare = text.replace(/[.!?]+$/u, '').trim();
  if (text === '') return { kind: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'noWords' };
  if (HELP.test(bare)) return { kind: 'help' };
  for (const pattern of SET_MY_UNIT) {
    const match = pattern.exec(bare);
    if (match?.[1]) return { kind: 'setMyUnit', place: match[1].trim() };
  }
  if (SHOW_MY_UNIT.test(bare)) return { kind: 'showMyUnit' };
  for (const [pattern, kind] of COMMANDS) if (pattern.test(bare)) return { kind } as Intent;
  for (const pattern of ERASE_EXPERT) {
    const match = pattern.exec(bare);
    if (match) return { kind: 'eraseExpert', who: (match[1] ?? '').trim() };
  }
  const summary = SUMMARY.exec(bare);
  if (summary) return summary[1] ? { kind: 'summary', year: Number(summary[1]) } : { kind: 'summary' };
  return { kind: 'question', text };
}
