/**
 * A register change as the audit recorded it before it kept only references and column names: an
 * expert's label and their phone's old and new value. Retention must scrub such records.
 */
export function phoneChangeWithValues() {
  return {
    kind: 'expert',
    key: 'KT-002',
    label: 'Minna Ylitalo (KT-002)',
    fields: [{ field: 'phone', column: 'puhelin', from: '+358 40 555 3553', to: '+358 40 555 0000' }],
  };
}

/** A whole register diff of that time holding that one change. */
export function diffWithValues() {
  return { added: [], changed: [phoneChangeWithValues()], removed: [] };
}
