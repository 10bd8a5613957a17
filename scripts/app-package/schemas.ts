/**
 * The Teams JSON schemas bundled in @microsoft/app-manifest, read from disk and checked with the same
 * validator the package uses (ajv draft-04 + formats). Nothing touches the network: the
 * package's own fetchSchema falls back to a download, and its entry point cannot load under jest
 * (it requires the ESM-only strip-bom), so only its schema files are used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { makePatternsUnicodeSafe } from './unicodePatterns';

export type SchemaKind = 'manifest' | 'localization';

const SCHEMA_FILE: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};
const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?json-schemas\/teams\/v(\d+\.\d+)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/;

const teamsSchemaDir = (): string =>
  path.join(
    path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build',
    'json-schemas',
    'teams',
  );

/** The version and kind a `$schema` URL names, or undefined when it is not a Teams schema URL. */
export function parseSchemaUrl(url: unknown): { version: string; kind: SchemaKind } | undefined {
  const match = typeof url === 'string' ? SCHEMA_URL.exec(url) : null;
  if (!match) return undefined;
  return { version: match[1]!, kind: match[2] === SCHEMA_FILE.manifest ? 'manifest' : 'localization' };
}

/** GA manifest versions the package bundles, oldest first (vDevPreview left out). */
export function bundledVersions(): string[] {
  return readdirSync(teamsSchemaDir())
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort(compareVersions);
}

export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

const cache = new Map<string, object>();

/** The bundled schema, or undefined when the package does not have it. */
export function bundledSchema(version: string, kind: SchemaKind): object | undefined {
  const file = path.join(teamsSchemaDir(), `v${version}`, SCHEMA_FILE[kind]);
  if (!cache.has(file)) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    // Same clean-up as the package: some schemas use \a and \v, which JSON does not allow.
    const json: unknown = JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
    cache.set(file, makePatternsUnicodeSafe(json) as object);
  }
  return cache.get(file);
}

/** `/bots/0/commandLists/1` → `bots[0].commandLists[1]`, the notation of the localization files. */
export function pointerToKey(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((key, part) => (/^\d+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part), '');
}

const validators = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

function formatError(error: ErrorObject): string {
  const where = pointerToKey(error.instancePath) || '(top level)';
  const params = error.params as Record<string, unknown>;
  if (typeof params.additionalProperty === 'string') {
    return `${where}: unknown property "${params.additionalProperty}" (not in the schema; remove it or check the spelling)`;
  }
  if (Array.isArray(params.allowedValues)) {
    return `${where}: ${error.message ?? 'invalid'}: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${error.message ?? `fails ${error.keyword}`}`;
}

/** Schema problems of `json`, one readable line each; empty when valid. */
export function schemaProblems(json: unknown, schema: object): string[] {
  const validate = validatorFor(schema);
  if (validate(json)) return [];
  return [...new Set((validate.errors ?? []).map(formatError))];
}
