/**
 * Rules for the additional-language files (sv.json, en.json): same schema version as the manifest, every
 * command translated, no keys that point at commands the manifest does not have.
 */
import { commandTextProblem, commandTexts } from './commands';
import { parseSchemaUrl } from './schemas';

const COMMAND_KEY = /^bots\[\d+\]\.commandLists\[\d+\]\.commands\[\d+\]\.(title|description)$/;

export function localizationProblems(
  file: string,
  translation: Record<string, unknown>,
  manifest: unknown,
): string[] {
  const problems: string[] = [];
  const manifestVersion = (manifest as { manifestVersion?: unknown }).manifestVersion;
  const schema = parseSchemaUrl(translation.$schema);
  if (!schema || schema.kind !== 'localization') {
    problems.push(
      `${file}: $schema must be the Teams localization schema URL (…/teams/v${String(manifestVersion)}/MicrosoftTeams.Localization.schema.json)`,
    );
  } else if (schema.version !== manifestVersion) {
    problems.push(
      `${file}: $schema is version ${schema.version} but the manifest is ${String(manifestVersion)}; use the same version`,
    );
  }
  const source = commandTexts(manifest);
  for (const [key, value] of Object.entries(translation)) {
    if (!COMMAND_KEY.test(key)) continue;
    if (!source.has(key)) {
      problems.push(
        `${file}: ${key} translates a command text the manifest does not have; remove it or fix the index`,
      );
    } else if (typeof value === 'string') {
      const problem = commandTextProblem(key, value);
      if (problem) problems.push(`${file}: ${problem}`);
    }
  }
  for (const [key, text] of source) {
    if (!(key in translation)) problems.push(`${file}: missing translation of ${key} ("${text}")`);
  }
  return problems;
}
