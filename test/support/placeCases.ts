import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * test/fixtures/places.jsonl: places as staff write them (issue 13 §3–§4), one utterance a line with
 * its class, the kind of answer, the people it must name (and must not), the units a choice must list,
 * and the person who must come first.
 */
export interface PlaceCase {
  q: string;
  locale: string;
  class: string;
  kind: 'answer' | 'choose' | 'chooseScope' | 'outside' | 'county';
  expect: string[];
  forbid: string[];
  units?: string[];
  first?: string;
}

export const placeCases: PlaceCase[] = readFileSync(path.join(__dirname, '../fixtures/places.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as PlaceCase);

/** The language of a case's locale, as answer cards name service areas. */
export const languageOf = (locale: string): 'fi' | 'sv' | 'en' =>
  locale.startsWith('sv') ? 'sv' : locale.startsWith('en') ? 'en' : 'fi';

/** What an answer showed: its kind, the e-mails in order, the unit names on its buttons, its text. */
export interface Shown {
  kind: string;
  emails: string[];
  units: string[];
}

/** The reasons a shown answer fails its case; empty when it passes. */
export function failures(c: PlaceCase, shown: Shown): string[] {
  const problems: string[] = [];
  const kind = c.kind === 'county' ? 'outside' : c.kind === 'answer' ? 'unit|level' : c.kind;
  if (!new RegExp(`^(${kind})$`).test(shown.kind)) problems.push(`kind ${shown.kind}, expected ${kind}`);
  for (const email of c.expect) if (!shown.emails.includes(email)) problems.push(`missing ${email}`);
  for (const email of c.forbid) if (shown.emails.includes(email)) problems.push(`names ${email}`);
  for (const unit of c.units ?? [])
    if (!shown.units.some((name) => name.includes(unit))) problems.push(`no button for ${unit}`);
  if (c.first && shown.emails[0] !== c.first) problems.push(`${shown.emails[0]} first, expected ${c.first}`);
  return problems;
}
