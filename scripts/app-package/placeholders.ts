/**
 * `${{NAME}}` placeholders in appPackage/*.json, filled at packaging time (the Teams Toolkit convention).
 */
export const PLACEHOLDER_NAMES = ['TEAMS_APP_ID', 'BOT_ID'] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];
export type PlaceholderValues = Readonly<Record<PlaceholderName, string>>;

/** Stand-ins for checking the template: distinct, valid GUIDs. */
export const DUMMY_IDS: PlaceholderValues = {
  TEAMS_APP_ID: '11111111-1111-4111-8111-111111111111',
  BOT_ID: '22222222-2222-4222-8222-222222222222',
};
/** For `npm run package -- --dev`: a package that installs nowhere real. */
export const ZERO_IDS: PlaceholderValues = {
  TEAMS_APP_ID: '00000000-0000-0000-0000-000000000000',
  BOT_ID: '00000000-0000-0000-0000-000000000000',
};

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isPlaceholderName = (name: string): name is PlaceholderName =>
  (PLACEHOLDER_NAMES as readonly string[]).includes(name);

/** Replaces every known placeholder; returns the names of unknown ones, which stay in the text. */
export function fillPlaceholders(
  text: string,
  values: PlaceholderValues,
): { text: string; unknown: string[] } {
  const unknown = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (match, name: string) => {
    if (isPlaceholderName(name)) return values[name];
    unknown.add(name);
    return match;
  });
  return { text: filled, unknown: [...unknown] };
}

/** Reads TEAMS_APP_ID and BOT_ID from the environment; one-line error that says how to fix it. */
export function idsFromEnv(
  env: NodeJS.ProcessEnv,
): { ok: true; ids: PlaceholderValues } | { ok: false; error: string } {
  const missing = PLACEHOLDER_NAMES.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    return {
      ok: false,
      error:
        `${missing.join(' and ')} not set: export TEAMS_APP_ID (a GUID you keep for this app) and BOT_ID ` +
        '(the botId output of the Azure deployment), or run `npm run package -- --dev` for a local test package.',
    };
  }
  const ids = { TEAMS_APP_ID: env.TEAMS_APP_ID!.trim(), BOT_ID: env.BOT_ID!.trim() };
  const invalid = PLACEHOLDER_NAMES.filter((name) => !GUID.test(ids[name]));
  if (invalid.length > 0) {
    return {
      ok: false,
      error: `${invalid.map((n) => `${n}="${ids[n]}"`).join(', ')} is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx); make a new app id with: node -e "console.log(crypto.randomUUID())"`,
    };
  }
  return { ok: true, ids };
}
