#!/usr/bin/env node
/**
 * Offline Bicep check (there is no Bicep CLI here: it needs a binary download). It checks only what a
 * syntax tree (tree-sitter-bicep) shows reliably, one line per problem:
 *   - syntax errors (ERROR and MISSING nodes) with file:line:col;
 *   - main.parameters.json against main.bicep's parameters: unknown names, required ones missing, wrong
 *     JSON types, values outside @allowed, secrets written into the file;
 *   - the security and runtime properties Silta's deployment promises (SECURITY_RULES below), read from
 *     the resources' bodies by resource type.
 * Names, types and modules are the compiler's job: run `az bicep build` where the Bicep CLI is available.
 *
 * Usage: node scripts/check-bicep.cjs [infraDir]   (default: infra/ next to this script's folder)
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Parser = require('tree-sitter');
const Bicep = require('tree-sitter-bicep');

const parser = new Parser();
parser.setLanguage(Bicep);

// ---- reading the tree -----------------------------------------------------------------------------------

const named = (node) => node?.namedChildren ?? [];
const line = (file, node) => `${file}:${node.startPosition.row + 1}:${node.startPosition.column + 1}`;

/** The text of a string literal without quotes (interpolations kept as written). */
function stringValue(node) {
  if (node?.type !== 'string') return undefined;
  return node.text.startsWith("'''") ? node.text.slice(3, -3) : node.text.slice(1, -1).replace(/\\'/g, "'");
}

/** The value of `key` in an object literal. */
function property(objectNode, key) {
  if (objectNode?.type !== 'object') return undefined;
  for (const prop of named(objectNode)) {
    const [k, v] = named(prop);
    if (prop.type === 'object_property' && k && (k.text === key || stringValue(k) === key)) return v;
  }
  return undefined;
}

/** The value at `a.b.c` in an object literal. */
const at = (objectNode, dotted) => dotted.split('.').reduce((node, key) => property(node, key), objectNode);

/** An identifier's value when it names a `var` of the same file (one step); other nodes as they are. */
function resolved(parsed, node) {
  if (node?.type !== 'identifier') return node;
  const declaration = named(parsed.root).find(
    (d) => d.type === 'variable_declaration' && named(d)[0]?.text === node.text,
  );
  return declaration ? named(declaration).at(-1) : node;
}

/** A resource's body: the object literal, also behind `if (...)` or `[for ...: ...]`. */
function body(resource) {
  for (const child of named(resource)) {
    if (child.type === 'object') return child;
    if (child.type === 'if_statement' || child.type === 'for_statement') {
      const inner = named(child).find((c) => c.type === 'object');
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Every resource of `type` (without the @api-version) in the parsed files. */
function resources(files, type) {
  return files.flatMap((parsed) =>
    parsed.root
      .descendantsOfType('resource_declaration')
      .filter((r) => stringValue(named(r)[1])?.split('@')[0] === type)
      .map((node) => ({ parsed, node, name: named(node)[0]?.text, body: body(node) })),
  );
}

/** Parameters of a parsed file: name → { node, defaultValue, required, secure, type, allowed }. */
function parameters(parsed) {
  const params = new Map();
  const top = named(parsed.root);
  top.forEach((node, i) => {
    if (node.type !== 'parameter_declaration') return;
    const [id, type, defaultValue] = named(node);
    const decorators = top[i - 1]?.type === 'decorators' ? top[i - 1] : undefined;
    const calls = decorators ? decorators.descendantsOfType('call_expression') : [];
    const decorator = (name) => calls.find((c) => c.childForFieldName('function')?.text === name);
    const allowedArray = decorator('allowed')?.descendantsOfType('array')[0];
    params.set(id.text, {
      node,
      defaultValue,
      required: defaultValue === undefined && type?.descendantsOfType('nullable_type').length === 0,
      secure: decorator('secure') !== undefined,
      type: named(type)[0]?.type === 'primitive_type' ? type.text : undefined,
      allowed: allowedArray && named(allowedArray).map((v) => stringValue(v) ?? JSON.parse(v.text)),
    });
  });
  return params;
}

// ---- syntax ---------------------------------------------------------------------------------------------

function syntaxProblems(parsed) {
  const problems = [];
  (function walk(node) {
    if (node.type === 'ERROR') {
      const text = node.text.split('\n')[0].trim().slice(0, 60);
      return problems.push(`${line(parsed.file, node)}: syntax error${text ? ` near "${text}"` : ''}`);
    }
    if (node.isMissing)
      return problems.push(`${line(parsed.file, node)}: syntax error: missing "${node.type}"`);
    for (const child of node.children) walk(child);
  })(parsed.root);
  return problems;
}

// ---- what the deployment promises -----------------------------------------------------------------------

/**
 * One rule per promise in infra/README.md. Each gets every parsed file and returns its problems; a rule
 * whose resource is missing altogether says so, so deleting a resource cannot pass silently.
 */
const SECURITY_RULES = [
  function appServiceRunsNode22AndServe(files) {
    const main = files.find((f) => path.basename(f.file) === 'main.bicep');
    const runtime = main && parameters(main).get('linuxFxVersion');
    const problems = [];
    if (!runtime || stringValue(runtime.defaultValue) !== 'NODE|22-lts') {
      problems.push(`${main?.file ?? 'main.bicep'}: param linuxFxVersion must default to 'NODE|22-lts'`);
    }
    const sites = resources(files, 'Microsoft.Web/sites');
    if (sites.length === 0) problems.push('no Microsoft.Web/sites resource found');
    for (const site of sites) {
      const command = stringValue(at(site.body, 'properties.siteConfig.appCommandLine'));
      if (command !== 'npm run serve') {
        problems.push(
          `${line(site.parsed.file, site.node)}: ${site.name}: properties.siteConfig.appCommandLine must be 'npm run serve' (the production start), found ${command === undefined ? 'none' : `'${command}'`}`,
        );
      }
      if (at(site.body, 'properties.httpsOnly')?.text !== 'true') {
        problems.push(
          `${line(site.parsed.file, site.node)}: ${site.name}: properties.httpsOnly must be true`,
        );
      }
    }
    return problems;
  },

  function basicPublishingCredentialsDisabled(files) {
    const policies = resources(files, 'Microsoft.Web/sites/basicPublishingCredentialsPolicies');
    return ['ftp', 'scm'].flatMap((kind) => {
      const policy = policies.find((p) => stringValue(property(p.body, 'name')) === kind);
      if (!policy) {
        return [
          `no Microsoft.Web/sites/basicPublishingCredentialsPolicies '${kind}': basic-auth publishing must be disabled`,
        ];
      }
      return at(policy.body, 'properties.allow')?.text === 'false'
        ? []
        : [
            `${line(policy.parsed.file, policy.node)}: basicPublishingCredentialsPolicies '${kind}': properties.allow must be false`,
          ];
    });
  },

  function botSecretNeverInTheDeployment(files) {
    const problems = [];
    const main = files.find((f) => path.basename(f.file) === 'main.bicep');
    const botType = main && parameters(main).get('msaAppType');
    if (!botType || stringValue(botType.defaultValue) !== 'UserAssignedMSI') {
      problems.push(
        `${main?.file ?? 'main.bicep'}: param msaAppType must default to 'UserAssignedMSI' (no secret)`,
      );
    }
    for (const parsed of files) {
      for (const setting of parsed.root.descendantsOfType('object')) {
        if (stringValue(property(setting, 'name')) !== 'BOT_PASSWORD') continue;
        const value = stringValue(resolved(parsed, property(setting, 'value')));
        if (!value?.startsWith('@Microsoft.KeyVault(')) {
          problems.push(
            `${line(parsed.file, setting)}: the BOT_PASSWORD app setting must be a Key Vault reference ('@Microsoft.KeyVault(SecretUri=…)'), not the secret`,
          );
        }
      }
    }
    return problems;
  },

  function cosmosNetworkRestricted(files) {
    const accounts = resources(files, 'Microsoft.DocumentDB/databaseAccounts');
    if (accounts.length === 0) return ['no Microsoft.DocumentDB/databaseAccounts resource found'];
    return accounts.flatMap(({ parsed, node, name, body: account }) => {
      const where = `${line(parsed.file, node)}: ${name}`;
      const problems = [];
      const access = stringValue(at(account, 'properties.publicNetworkAccess'));
      const ipRules = at(account, 'properties.ipRules');
      const restricted = access === 'Disabled' || (ipRules !== undefined && ipRules.text.trim() !== '[]');
      if (!restricted) {
        problems.push(
          `${where}: Cosmos DB is open to every address: give properties.ipRules or set publicNetworkAccess 'Disabled' (private endpoint)`,
        );
      }
      if (at(account, 'properties.disableLocalAuth')?.text !== 'true') {
        problems.push(`${where}: properties.disableLocalAuth must be true (Entra only, no keys)`);
      }
      return problems;
    });
  },

  function cosmosDataRoleOnTheDatabase(files) {
    const assignments = resources(files, 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments');
    if (assignments.length === 0)
      return ['no Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments resource found'];
    return assignments.flatMap(({ parsed, node, name, body: assignment }) => {
      const scope = resolved(parsed, at(assignment, 'properties.scope'));
      return stringValue(scope)?.includes('/dbs/')
        ? []
        : [
            `${line(parsed.file, node)}: ${name}: properties.scope must be the database ('\${account.id}/dbs/<database>'), not ${scope?.text ?? 'missing'}`,
          ];
    });
  },

  function diagnosticsToLogAnalytics(files) {
    const settings = resources(files, 'Microsoft.Insights/diagnosticSettings');
    const monitored = [
      ...resources(files, 'Microsoft.Web/sites'),
      ...resources(files, 'Microsoft.DocumentDB/databaseAccounts'),
    ];
    return monitored.flatMap(({ parsed, node, name }) => {
      const setting = settings.find((s) => s.parsed === parsed && property(s.body, 'scope')?.text === name);
      if (!setting) {
        return [
          `${line(parsed.file, node)}: ${name}: no Microsoft.Insights/diagnosticSettings with scope: ${name}`,
        ];
      }
      const hasLogs = at(setting.body, 'properties.logs')?.text.includes('enabled: true');
      return at(setting.body, 'properties.workspaceId') && hasLogs
        ? []
        : [
            `${line(parsed.file, setting.node)}: diagnostic settings of ${name} need properties.workspaceId and enabled logs`,
          ];
    });
  },
];

// ---- parameters file ------------------------------------------------------------------------------------

function jsonType(value) {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'number';
  return typeof value === 'boolean' ? 'bool' : typeof value;
}

function parametersFileProblems(paramsFile, main) {
  const shown = display(paramsFile);
  let json;
  try {
    json = JSON.parse(fs.readFileSync(paramsFile, 'utf8'));
  } catch (error) {
    return [`${shown}: not valid JSON (${error.message})`];
  }
  if (typeof json?.parameters !== 'object' || json.parameters === null) {
    return [
      `${shown}: expected an ARM parameters file: { "$schema": …, "contentVersion": "1.0.0.0", "parameters": { … } }`,
    ];
  }
  const problems = [];
  const params = parameters(main);
  for (const [name, entry] of Object.entries(json.parameters)) {
    const declared = params.get(name);
    if (!declared) {
      problems.push(`${shown}: parameter "${name}" is not declared in main.bicep; remove it or add a param`);
      continue;
    }
    if (typeof entry !== 'object' || entry === null || (!('value' in entry) && !('reference' in entry))) {
      problems.push(`${shown}: parameter "${name}" needs { "value": … } or a Key Vault { "reference": … }`);
      continue;
    }
    if (!('value' in entry)) continue;
    if (declared.secure && entry.value !== '' && entry.value !== null) {
      problems.push(
        `${shown}: "${name}" is @secure(); do not write it into the file: use a Key Vault reference`,
      );
    }
    const actual = jsonType(entry.value);
    if (declared.type && actual !== declared.type) {
      problems.push(
        `${shown}: parameter "${name}" is ${declared.type} in main.bicep but the file gives ${actual}`,
      );
    }
    if (declared.allowed && !declared.allowed.includes(entry.value)) {
      problems.push(
        `${shown}: parameter "${name}" must be one of ${declared.allowed.map((a) => JSON.stringify(a)).join(', ')}`,
      );
    }
  }
  for (const [name, p] of params) {
    if (p.required && !(name in json.parameters)) {
      problems.push(`${shown}: required parameter "${name}" (no default in main.bicep) is missing`);
    }
  }
  return problems;
}

// ---- driver ---------------------------------------------------------------------------------------------

/** A path for messages: relative to the working directory when inside it, else absolute. */
function display(p) {
  const relative = path.relative(process.cwd(), p);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? p : relative;
}

function bicepFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : bicepFiles(full);
      return entry.name.endsWith('.bicep') ? [full] : [];
    })
    .sort();
}

/** Checks every .bicep under `dir`, dir/main.parameters.json against dir/main.bicep, and SECURITY_RULES. */
function checkInfra(dir) {
  if (!fs.existsSync(dir)) return { files: [], problems: [`${dir}: folder not found`] };
  const files = bicepFiles(dir).map((file) => ({
    file: display(file),
    root: parser.parse(fs.readFileSync(file, 'utf8')).rootNode,
  }));
  if (files.length === 0) return { files, problems: [`${dir}: no .bicep files found`] };
  const syntax = files.flatMap(syntaxProblems);
  if (syntax.length > 0) return { files, problems: syntax }; // properties are unreliable in a broken tree
  const problems = SECURITY_RULES.flatMap((rule) => rule(files));
  const main = files.find((f) => f.file === display(path.join(dir, 'main.bicep')));
  const paramsFile = path.join(dir, 'main.parameters.json');
  if (!main) problems.push(`${display(dir)}: main.bicep not found`);
  else if (!fs.existsSync(paramsFile))
    problems.push(`${display(paramsFile)}: missing; create an ARM parameters file for main.bicep`);
  else problems.push(...parametersFileProblems(paramsFile, main));
  return { files, problems };
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'infra'));
  const { files, problems } = checkInfra(dir);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`bicep check failed: ${problems.length} problem(s) in ${display(dir)}`);
    process.exit(1);
  }
  console.log(
    `bicep OK (${files.length} files: syntax, parameters file, security properties; run \`az bicep build\` for the full compiler)`,
  );
}

module.exports = { checkInfra };
