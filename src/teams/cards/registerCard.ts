import type { Change, RegisterDiff } from '../../domain/register';
import type { Translate } from '../../i18n';
import { card, execute, heading, sentence, type AdaptiveCard, type Element } from './adaptive';
import { VERBS } from './verbs';

/** At most this many change lines on the card; the counts always cover everything. */
const MAX_LINES = 15;

function lineOf(change: Change, kind: 'added' | 'changed' | 'removed', t: Translate): string {
  if (kind === 'added') return t('register.lineAdded', { label: change.label });
  if (kind === 'removed') return t('register.lineRemoved', { label: change.label });
  const fields = change.fields.map((f) =>
    t('register.fieldChanged', { column: f.column, from: f.from, to: f.to }),
  );
  return t('register.lineChanged', { label: change.label, fields: fields.join('; ') });
}

/** The preview of an import: counts, the first changes, and confirm / cancel bound to the pending import. */
export function registerPreviewCard(diff: RegisterDiff, token: string, t: Translate): AdaptiveCard {
  const lines = [
    ...diff.added.map((c) => lineOf(c, 'added', t)),
    ...diff.changed.map((c) => lineOf(c, 'changed', t)),
    ...diff.removed.map((c) => lineOf(c, 'removed', t)),
  ];
  const body: Element[] = [
    heading(t('register.previewTitle'), 'large'),
    sentence(
      t('register.previewCounts', {
        added: diff.added.length,
        changed: diff.changed.length,
        removed: diff.removed.length,
      }),
    ),
    ...lines.slice(0, MAX_LINES).map((line) => sentence(line, { spacing: 'small' })),
  ];
  if (lines.length > MAX_LINES)
    body.push(sentence(t('register.moreChanges', { count: lines.length - MAX_LINES })));
  return card(body, [
    execute(t('register.confirm'), VERBS.registerApply, { token }),
    execute(t('register.cancel'), VERBS.registerCancel, { token }),
  ]);
}

/** A card with one or more plain lines, for results and errors of an import. */
export function registerMessageCard(lines: string[]): AdaptiveCard {
  return card(lines.map((line, i) => (i === 0 ? sentence(line) : sentence(line, { spacing: 'small' }))));
}
