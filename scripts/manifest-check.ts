/**
 * Checks the Teams app package in appPackage/ offline and returns exactly the files to zip:
 * manifest.json (placeholders filled), the language files, and the two icons.
 * Used by scripts/validate-manifest.ts, scripts/package-app.ts and test/unit/appPackage.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commandProblems } from './app-package/commands';
import { ICON_SIZE, iconProblems, type IconKind } from './app-package/icons';
import { localizationProblems } from './app-package/localization';
import { DUMMY_IDS, fillPlaceholders, type PlaceholderValues } from './app-package/placeholders';
import {
  bundledSchema,
  bundledVersions,
  compareVersions,
  parseSchemaUrl,
  schemaProblems,
} from './app-package/schemas';

export const APP_PACKAGE_DIR = path.join(__dirname, '..', 'appPackage');
export const MANIFEST_FILE = 'manifest.json';
/** Oldest manifest schema this project accepts. */
export const MIN_MANIFEST_VERSION = '1.24';

export interface PackageFile {
  name: string;
  content: Buffer;
}
export interface CheckResult {
  /** One line per problem, each naming the file; empty when the package is valid. */
  problems: string[];
  /** The manifest schema version, when the manifest could be read. */
  schemaVersion?: string;
  /** Files for the zip, manifest first; complete only when there are no problems. */
  files: PackageFile[];
}
export interface CheckOptions {
  /** Folder with manifest.json; default appPackage/. */
  dir?: string;
  /** Values for the `${{…}}` placeholders; default dummy GUIDs (template check). */
  ids?: PlaceholderValues;
}

type Json = Record<string, unknown>;

/** Reads a JSON file with placeholders filled, or records why it could not. */
function readJson(dir: string, name: string, ids: PlaceholderValues, problems: string[]): Json | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, '');
  } catch {
    problems.push(`${name}: file not found in ${path.relative(process.cwd(), dir) || '.'}`);
    return undefined;
  }
  const filled = fillPlaceholders(text, ids);
  for (const unknown of filled.unknown) {
    problems.push(
      `${name}: unknown placeholder \${{${unknown}}}; only TEAMS_APP_ID and BOT_ID are filled in`,
    );
  }
  try {
    const json: unknown = JSON.parse(filled.text);
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json as Json;
    problems.push(`${name}: must be a JSON object`);
  } catch (error) {
    problems.push(`${name}: not valid JSON (${(error as Error).message})`);
  }
  return undefined;
}

function readBytes(dir: string, name: string, problems: string[], hint: string): Buffer | undefined {
  try {
    return readFileSync(path.join(dir, name));
  } catch {
    problems.push(`${name}: file not found; ${hint}`);
    return undefined;
  }
}

const toFile = (name: string, json: Json): PackageFile => ({
  name,
  content: Buffer.from(`${JSON.stringify(json, null, 2)}\n`, 'utf8'),
});

async function checkManifestSchema(manifest: Json, problems: string[]): Promise<string | undefined> {
  const schema = parseSchemaUrl(manifest.$schema);
  const version = manifest.manifestVersion;
  if (!schema || schema.kind !== 'manifest') {
    problems.push(
      `${MANIFEST_FILE}: $schema must be https://developer.microsoft.com/json-schemas/teams/v<version>/MicrosoftTeams.schema.json`,
    );
    return typeof version === 'string' ? version : undefined;
  }
  if (schema.version !== version) {
    problems.push(
      `${MANIFEST_FILE}: $schema is v${schema.version} but manifestVersion is "${String(version)}"; make them equal`,
    );
  }
  if (compareVersions(schema.version, MIN_MANIFEST_VERSION) < 0) {
    problems.push(
      `${MANIFEST_FILE}: manifest schema ${schema.version} is older than ${MIN_MANIFEST_VERSION}; move to a newer schema`,
    );
  }
  const json = bundledSchema(schema.version, 'manifest');
  if (!json) {
    problems.push(
      `${MANIFEST_FILE}: schema ${schema.version} is not bundled in @microsoft/app-manifest (has ${bundledVersions().join(', ')})`,
    );
    return schema.version;
  }
  problems.push(...schemaProblems(manifest, json).map((p) => `${MANIFEST_FILE}: ${p}`));
  return schema.version;
}

function checkIcons(dir: string, manifest: Json, problems: string[], files: PackageFile[]): void {
  const icons = (manifest.icons ?? {}) as Partial<Record<IconKind, unknown>>;
  for (const kind of Object.keys(ICON_SIZE) as IconKind[]) {
    const name = icons[kind];
    if (typeof name !== 'string') continue; // the schema check reports it
    const bytes = readBytes(dir, name, problems, 'generate the icons with `npx tsx scripts/make-icons.ts`');
    if (!bytes) continue;
    problems.push(...iconProblems(name, bytes, kind));
    files.push({ name, content: bytes });
  }
}

async function checkLanguages(
  dir: string,
  manifest: Json,
  version: string | undefined,
  ids: PlaceholderValues,
  problems: string[],
  files: PackageFile[],
): Promise<void> {
  const info = (manifest.localizationInfo ?? {}) as {
    defaultLanguageFile?: unknown;
    additionalLanguages?: unknown;
  };
  const languageFiles = [
    ...(typeof info.defaultLanguageFile === 'string' ? [info.defaultLanguageFile] : []),
    ...(Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [])
      .map((l) => (l as { file?: unknown }).file)
      .filter((f): f is string => typeof f === 'string'),
  ];
  const schema = version ? bundledSchema(version, 'localization') : undefined;
  for (const name of languageFiles) {
    const translation = readJson(dir, name, ids, problems);
    if (!translation) continue;
    if (schema) problems.push(...schemaProblems(translation, schema).map((p) => `${name}: ${p}`));
    problems.push(...localizationProblems(name, translation, manifest));
    files.push(toFile(name, translation));
  }
}

/** Checks manifest.json, its language files and icons against the bundled schemas and Teams' rules. */
export async function checkAppPackage(options: CheckOptions = {}): Promise<CheckResult> {
  const dir = options.dir ?? APP_PACKAGE_DIR;
  const ids = options.ids ?? DUMMY_IDS;
  const problems: string[] = [];
  const manifest = readJson(dir, MANIFEST_FILE, ids, problems);
  if (!manifest) return { problems, files: [] };
  const files: PackageFile[] = [toFile(MANIFEST_FILE, manifest)];
  const schemaVersion = await checkManifestSchema(manifest, problems);
  problems.push(...commandProblems(manifest).map((p) => `${MANIFEST_FILE}: ${p}`));
  checkIcons(dir, manifest, problems, files);
  await checkLanguages(dir, manifest, schemaVersion, ids, problems, files);
  return { problems, schemaVersion, files };
}
