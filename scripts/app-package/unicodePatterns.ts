/**
 * ajv compiles schema patterns with the `u` flag. Some bundled Teams schemas (e.g. the v1.30 localization
 * schema) have patterns with a bare `]`, legal only without it, so ajv would reject the whole schema.
 */

/** Escapes `]` outside a character class: legal in plain regexes, an error in the `u` mode ajv uses. */
function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    else if (ch === ']') {
      out += '\\]';
      continue;
    }
    out += ch;
  }
  return out;
}

function unicodeSafe(pattern: string): string {
  try {
    new RegExp(pattern, 'u');
    return pattern;
  } catch {
    return escapeLoneBrackets(pattern);
  }
}

/**
 * Some bundled schemas (e.g. the v1.30 localization schema) have patterns that compile only without the
 * `u` flag, so ajv rejects the whole schema. Rewrites just those patterns.
 */
export function makePatternsUnicodeSafe(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(makePatternsUnicodeSafe);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string') out[key] = unicodeSafe(value);
    else if (key === 'patternProperties' && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([p, schema]) => [unicodeSafe(p), makePatternsUnicodeSafe(schema)]),
      );
    } else out[key] = makePatternsUnicodeSafe(value);
  }
  return out;
}
