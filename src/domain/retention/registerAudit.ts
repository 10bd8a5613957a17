/**
 * What the audit keeps of a register change (docs/data-lifetimes.md §2): who, when, which rows by their
 * stable non-personal reference and which columns changed, never the old or new values and never a
 * person's name or e-mail. The values are in the register itself while they are current; an audit
 * that copied them would keep a phone number years after the register dropped it.
 */
import type { ChangeKind, RegisterDiff } from '../register/diff';

/** One changed register row in the audit: the row's reference and, for a change, the columns. */
export interface AuditedChange {
  kind: ChangeKind;
  /** unit and expert: their tunnus; liaison row: taso / kattavuus / alkaen (not the person's e-mail) */
  ref: string;
  columns?: string[];
}

export interface AuditedDiff {
  added: AuditedChange[];
  changed: AuditedChange[];
  removed: AuditedChange[];
}

/** A liaison row's key is "taso / kattavuus / e-mail / alkaen": the audit keeps all but the e-mail. */
function refOf(kind: ChangeKind, key: string): string {
  if (kind !== 'assignment') return key;
  const parts = key.split(' / ');
  return parts.length >= 4 ? [parts[0], parts[1], parts[parts.length - 1]].join(' / ') : (parts[0] ?? '');
}

interface LooseChange {
  kind?: unknown;
  key?: unknown;
  ref?: unknown;
  fields?: unknown;
  columns?: unknown;
}

function audited(change: LooseChange): AuditedChange {
  const kind = (['unit', 'assignment', 'expert'] as const).find((k) => k === change.kind) ?? 'unit';
  const ref =
    typeof change.ref === 'string'
      ? change.ref
      : refOf(kind, typeof change.key === 'string' ? change.key : '');
  const columns = Array.isArray(change.columns)
    ? change.columns.filter((c): c is string => typeof c === 'string')
    : Array.isArray(change.fields)
      ? change.fields.flatMap((f) =>
          typeof (f as { column?: unknown })?.column === 'string' ? [(f as { column: string }).column] : [],
        )
      : [];
  return { kind, ref, ...(columns.length > 0 ? { columns } : {}) };
}

/** The audit's form of a diff: references and column names only. */
export function auditedDiff(diff: RegisterDiff): AuditedDiff {
  return {
    added: diff.added.map(audited),
    changed: diff.changed.map(audited),
    removed: diff.removed.map(audited),
  };
}

const list = (value: unknown): LooseChange[] =>
  Array.isArray(value) ? value.filter((c): c is LooseChange => !!c && typeof c === 'object') : [];

/**
 * A stored register change record (`details` of a "register.*" entry) in the audit's form. Records
 * written before this rule carried labels and from → to values; they lose them. Idempotent: a record
 * already in this form comes back equal.
 */
export function scrubRegisterDetails(details: Record<string, unknown>): Record<string, unknown> {
  const diff = details.diff as Record<string, unknown> | undefined;
  if (!diff || typeof diff !== 'object') return details;
  return {
    ...details,
    diff: {
      added: list(diff.added).map(audited),
      changed: list(diff.changed).map(audited),
      removed: list(diff.removed).map(audited),
    },
  };
}
