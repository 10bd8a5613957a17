#!/usr/bin/env node
/**
 * Offline Bicep check (there is no Bicep CLI here: it needs a binary download).
 *
 * Parses every infra/**\/*.bicep with tree-sitter-bicep and reports, one line each:
 *   - syntax errors (ERROR and MISSING nodes) with file:line:col and the offending text;
 *   - names used but never declared, and calls to functions that are not Bicep built-ins;
 *   - names declared twice; resource type strings without a valid "@api-version";
 *   - module paths that do not exist, module params the module does not declare, required module
 *     params not given, and `<module>.outputs.<name>` that the module does not output;
 *   - main.parameters.json entries that main.bicep does not declare, required parameters it does not
 *     give, values of the wrong type or outside @allowed, and secrets written into the file.
 *
 * It is a lint, not the compiler: it does not know resource schemas. Run `az bicep build` where the
 * Bicep CLI is available.
 *
 * Usage: node scripts/check-bicep.cjs [infraDir]   (default: infra/ next to this script's folder)
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Parser = require('tree-sitter');
const Bicep = require('tree-sitter-bicep');

/** Bicep built-in functions and decorators, by group. */
const BUILTIN_FUNCTIONS = new Set(
  `
  any array base64 base64ToJson base64ToString bool buildUri coalesce concat contains dataUri dataUriToString
  dateTimeAdd dateTimeFromEpoch dateTimeToEpoch empty endsWith first flatten format guid indexOf int intersection
  items join json last lastIndexOf length max min newGuid objectKeys padLeft parseUri range replace skip split
  startsWith string substring take toLower toUpper trim tryGet union uniqueString uri uriComponent
  uriComponentToString utcNow
  filter groupBy map mapValues reduce shallowMerge sort toObject
  cidrHost cidrSubnet parseCidr
  deployer deployment environment extensionResourceId getSecret managementGroup managementGroupResourceId
  pickZones providers reference resourceGroup resourceId subscription subscriptionResourceId tenant
  tenantResourceId toLogicalZone toPhysicalZone
  externalInput loadFileAsBase64 loadJsonContent loadTextContent loadYamlContent readEnvironmentVariable
  allowed batchSize description discriminator export maxLength maxValue metadata minLength minValue
  onlyIfNotExists retryOn sealed secure waitUntil
  `
    .trim()
    .split(/\s+/),
);
/** Namespaces (`az.resourceGroup()`, `sys.description(...)`) and type names, which parse as plain names. */
const BUILTIN_NAMES = new Set(['az', 'sys', 'string', 'int', 'bool', 'object', 'array', 'any']);
const DECLARATIONS = new Set([
  'parameter_declaration',
  'variable_declaration',
  'resource_declaration',
  'module_declaration',
  'output_declaration',
  'type_declaration',
  'user_defined_function',
]);
const RESOURCE_TYPE = /^[A-Za-z0-9.]+\/[A-Za-z0-9./]+@\d{4}-\d{2}-\d{2}(-[a-z]+)?$/;
const NESTED_RESOURCE_TYPE = /^[A-Za-z0-9]+(\/[A-Za-z0-9]+)*(@\d{4}-\d{2}-\d{2}(-[a-z]+)?)?$/;

function newParser() {
  const parser = new Parser();
  parser.setLanguage(Bicep);
  return parser;
}

const named = (node) => node.namedChildren;
/** Node wrappers are not identity-stable: compare by position and type. */
const same = (a, b) =>
  a != null && b != null && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
/** A path for messages: relative to the working directory when inside it, else absolute. */
const display = (p) => {
  const relative = path.relative(process.cwd(), p);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? p : relative;
};
const position = (file, node) => `${file}:${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
const excerpt = (text) => {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const short = line.trim().slice(0, 60);
  return short === '' ? '' : ` near "${short}${line.trim().length > 60 ? '…' : ''}"`;
};
/** The text of a string literal without quotes, or undefined when it is interpolated. */
function stringValue(node) {
  if (!node || node.type !== 'string') return undefined;
  if (named(node).some((c) => c.type === 'interpolation')) return undefined;
  const raw = node.text;
  return raw.startsWith("'''") ? raw.slice(3, -3) : raw.slice(1, -1).replace(/\\'/g, "'");
}
/** The object literal that is a resource's or module's body, also behind `if (...)` or `[for ...: ...]`. */
function bodyObject(node) {
  for (const child of named(node)) {
    if (child.type === 'object') return child;
    if (child.type === 'if_statement' || child.type === 'for_statement') {
      const inner = child.childForFieldName('body') ?? named(child).find((c) => c.type === 'object');
      if (inner?.type === 'object') return inner;
      if (inner?.type === 'if_statement') return bodyObject(inner);
    }
  }
  return undefined;
}
function propertyValue(objectNode, key) {
  for (const prop of named(objectNode ?? { namedChildren: [] })) {
    const [k, v] = named(prop);
    if (prop.type === 'object_property' && k && v && (k.text === key || stringValue(k) === key)) return v;
  }
  return undefined;
}

// ---- syntax ---------------------------------------------------------------------------------------------

function syntaxProblems(file, root) {
  const problems = [];
  (function walk(node) {
    if (node.type === 'ERROR') {
      const last = node.endPosition.row + 1;
      const lines = last > node.startPosition.row + 1 ? ` (lines ${node.startPosition.row + 1}-${last})` : '';
      problems.push(`${position(file, node)}: syntax error${lines}${excerpt(node.text)}`);
      return; // one report per broken region
    }
    if (node.isMissing) {
      problems.push(`${position(file, node)}: syntax error: missing "${node.type}"`);
      return;
    }
    for (const child of node.children) walk(child);
  })(root);
  return problems;
}

// ---- declarations and references ------------------------------------------------------------------------

/** Every name the file declares, plus loop variables, lambda and function parameters (file-wide, lax). */
function collectNames(file, root) {
  const declared = new Map();
  const locals = new Set();
  const functions = new Set();
  const problems = [];
  (function walk(node) {
    if (DECLARATIONS.has(node.type)) {
      const nameNode = node.childForFieldName('name') ?? named(node)[0];
      if (nameNode?.type === 'identifier') {
        if (node.type === 'user_defined_function') functions.add(nameNode.text);
        // Nested child resources live in their parent's scope; only top-level names must be unique.
        const topLevel = node.parent?.type === 'infrastructure';
        if (topLevel && declared.has(nameNode.text) && node.type !== 'output_declaration') {
          problems.push(
            `${position(file, nameNode)}: "${nameNode.text}" is declared twice; rename one of them`,
          );
        }
        if (node.type !== 'output_declaration') declared.set(nameNode.text, node.type);
      }
    }
    if (node.type === 'import_functionality') {
      for (const id of node.descendantsOfType('identifier')) declared.set(id.text, 'import');
    }
    if (node.type === 'for_statement') {
      const init = node.childForFieldName('initializer');
      if (init) locals.add(init.text);
      for (const v of node.descendantsOfType(['loop_variable', 'loop_enumerator'])) locals.add(v.text);
    }
    if (node.type === 'lambda_expression') {
      const params = named(node)[0];
      if (params?.type === 'identifier') locals.add(params.text);
      if (params?.type === 'parenthesized_expression') for (const p of named(params)) locals.add(p.text);
    }
    if (node.type === 'parameter') {
      const id = named(node)[0];
      if (id?.type === 'identifier') locals.add(id.text);
    }
    for (const child of named(node)) walk(child);
  })(root);
  return { declared, locals, functions, problems };
}

function referenceProblems(file, root, names) {
  const problems = [];
  const known = (name) => names.declared.has(name) || names.locals.has(name) || BUILTIN_NAMES.has(name);
  const visitAll = (nodes) => nodes.forEach(visit);
  function visit(node) {
    switch (node.type) {
      case 'identifier':
        if (!known(node.text)) {
          problems.push(
            `${position(file, node)}: "${node.text}" is not declared (a param, var, resource, module, type or loop variable)`,
          );
        }
        return;
      case 'import_functionality':
      case 'for_loop_parameters':
      case 'comment':
        return;
      case 'parameter':
        return visitAll(named(node).slice(1));
      case 'parameter_declaration':
      case 'variable_declaration':
      case 'resource_declaration':
      case 'module_declaration':
      case 'output_declaration':
      case 'type_declaration':
        return visitAll(named(node).slice(1));
      case 'user_defined_function':
        return visitAll(named(node).filter((c) => !same(c, node.childForFieldName('name'))));
      case 'object_property': {
        const children = named(node);
        const hasKey =
          children.length >= 2 && (children[0].type === 'identifier' || children[0].type === 'string');
        if (hasKey && children[0].type === 'identifier') return visitAll(children.slice(1));
        return visitAll(children);
      }
      case 'call_expression': {
        const fn = node.childForFieldName('function');
        if (fn?.type === 'identifier') {
          if (
            !BUILTIN_FUNCTIONS.has(fn.text) &&
            !names.functions.has(fn.text) &&
            !/^list[A-Z]?/.test(fn.text)
          ) {
            problems.push(`${position(file, fn)}: "${fn.text}" is not a Bicep function; check the spelling`);
          }
        } else if (fn) {
          visit(fn);
        }
        return visitAll(named(node).filter((c) => !same(c, fn)));
      }
      case 'member_expression':
      case 'resource_expression':
        return visit(node.childForFieldName('object') ?? named(node)[0]);
      case 'for_statement': {
        const init = node.childForFieldName('initializer');
        return visitAll(named(node).filter((c) => !same(c, init)));
      }
      case 'lambda_expression':
        return visitAll(named(node).slice(1));
      default:
        return visitAll(named(node));
    }
  }
  visit(root);
  return problems;
}

function resourceTypeProblems(file, root) {
  const problems = [];
  for (const resource of root.descendantsOfType('resource_declaration')) {
    const typeNode = named(resource)[1];
    const type = stringValue(typeNode);
    const nested = resource.parent?.type === 'object_property';
    const pattern = nested ? NESTED_RESOURCE_TYPE : RESOURCE_TYPE;
    if (typeNode && type !== undefined && !pattern.test(type)) {
      problems.push(
        `${position(file, typeNode)}: resource type "${type}" must look like 'Microsoft.Provider/type@yyyy-mm-dd' (an API version is required)`,
      );
    }
  }
  return problems;
}

// ---- modules --------------------------------------------------------------------------------------------

/** Parameters of a Bicep file: name → { required, secure, type, allowed }. Outputs: set of names. */
function signature(root) {
  const params = new Map();
  const outputs = new Set();
  const top = named(root);
  top.forEach((node, i) => {
    if (node.type === 'output_declaration') outputs.add(named(node)[0]?.text);
    if (node.type !== 'parameter_declaration') return;
    const [id, type, defaultValue] = named(node);
    const decorators = top[i - 1]?.type === 'decorators' ? top[i - 1] : undefined;
    const decoratorCalls = decorators ? decorators.descendantsOfType('call_expression') : [];
    const decoratorNamed = (n) => decoratorCalls.find((c) => c.childForFieldName('function')?.text === n);
    const allowedCall = decoratorNamed('allowed');
    const allowedArray = allowedCall ? allowedCall.descendantsOfType('array')[0] : undefined;
    const allowed = allowedArray
      ? named(allowedArray).map((v) => (v.type === 'string' ? stringValue(v) : v.text))
      : undefined;
    const nullable = type?.descendantsOfType('nullable_type').length > 0;
    params.set(id.text, {
      required: defaultValue === undefined && !nullable,
      secure: decoratorNamed('secure') !== undefined,
      type: type?.namedChildren[0]?.type === 'primitive_type' ? type.text : undefined,
      allowed,
    });
  });
  return { params, outputs };
}

function moduleProblems(absoluteFile, root, parseFile) {
  const file = display(absoluteFile);
  const problems = [];
  const modules = new Map();
  for (const mod of root.descendantsOfType('module_declaration')) {
    const [id, pathNode] = named(mod);
    const relative = stringValue(pathNode);
    if (relative === undefined || /^(br|ts)[:/]/.test(relative)) continue; // registry or template spec
    const target = path.resolve(path.dirname(absoluteFile), relative);
    if (!fs.existsSync(target)) {
      problems.push(
        `${position(file, pathNode)}: module path "${relative}" does not exist (looked for ${display(target)})`,
      );
      continue;
    }
    const sig = signature(parseFile(target).rootNode);
    modules.set(id.text, { relative, sig });
    const params = propertyValue(bodyObject(mod), 'params');
    const given = new Set();
    for (const prop of named(params ?? { namedChildren: [] })) {
      const key = named(prop)[0];
      if (prop.type !== 'object_property' || !key) continue;
      const name = stringValue(key) ?? key.text;
      given.add(name);
      if (!sig.params.has(name)) {
        problems.push(`${position(file, key)}: module "${id.text}" (${relative}) has no parameter "${name}"`);
      }
    }
    for (const [name, p] of sig.params) {
      if (p.required && !given.has(name)) {
        problems.push(
          `${position(file, mod)}: module "${id.text}" (${relative}) needs parameter "${name}"; add it under params`,
        );
      }
    }
  }
  for (const expr of root.descendantsOfType('member_expression')) {
    const inner = expr.childForFieldName('object');
    if (inner?.type !== 'member_expression') continue;
    const moduleId = inner.childForFieldName('object');
    const mod = moduleId?.type === 'identifier' ? modules.get(moduleId.text) : undefined;
    if (!mod || inner.childForFieldName('property')?.text !== 'outputs') continue;
    const output = expr.childForFieldName('property')?.text;
    if (output && !mod.sig.outputs.has(output)) {
      problems.push(
        `${position(file, expr)}: module "${moduleId.text}" (${mod.relative}) has no output "${output}"`,
      );
    }
  }
  return problems;
}

// ---- parameters file ------------------------------------------------------------------------------------

function jsonType(value) {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'number';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

function parametersFileProblems(paramsFile, bicepFile, root) {
  const shown = display(paramsFile);
  let json;
  try {
    json = JSON.parse(fs.readFileSync(paramsFile, 'utf8'));
  } catch (error) {
    return [`${shown}: not valid JSON (${error.message})`];
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    typeof json.parameters !== 'object' ||
    json.parameters === null
  ) {
    return [
      `${shown}: expected an ARM parameters file: { "$schema": …, "contentVersion": "1.0.0.0", "parameters": { … } }`,
    ];
  }
  const problems = [];
  const { params } = signature(root);
  for (const [name, entry] of Object.entries(json.parameters)) {
    const declared = params.get(name);
    if (!declared) {
      problems.push(
        `${shown}: parameter "${name}" is not declared in ${path.basename(bicepFile)}; remove it or add a param`,
      );
      continue;
    }
    if (typeof entry !== 'object' || entry === null || (!('value' in entry) && !('reference' in entry))) {
      problems.push(`${shown}: parameter "${name}" needs { "value": … } or a Key Vault { "reference": … }`);
      continue;
    }
    if (!('value' in entry)) continue;
    if (declared.secure && entry.value !== '' && entry.value !== null) {
      problems.push(
        `${shown}: "${name}" is @secure(); do not write it into the file: pass it on the command line or use a Key Vault reference`,
      );
    }
    const actual = jsonType(entry.value);
    if (declared.type && actual !== declared.type && !(declared.type === 'object' && actual === 'object')) {
      problems.push(
        `${shown}: parameter "${name}" is ${declared.type} in ${path.basename(bicepFile)} but the file gives ${actual}`,
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
      problems.push(
        `${shown}: required parameter "${name}" (no default in ${path.basename(bicepFile)}) is missing`,
      );
    }
  }
  return problems;
}

// ---- driver ---------------------------------------------------------------------------------------------

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

/** Checks one Bicep source text; `file` is used for messages and to resolve module paths. */
function checkBicepSource(source, file, parseFile = cachedParser()) {
  const shown = display(file);
  const root = newParser().parse(source).rootNode;
  const syntax = syntaxProblems(shown, root);
  if (syntax.length > 0) return syntax; // names are unreliable in a broken tree
  const names = collectNames(shown, root);
  return [
    ...names.problems,
    ...referenceProblems(shown, root, names),
    ...resourceTypeProblems(shown, root),
    ...moduleProblems(file, root, parseFile),
  ];
}

function cachedParser() {
  const parser = newParser();
  const cache = new Map();
  return (file) => {
    if (!cache.has(file)) cache.set(file, parser.parse(fs.readFileSync(file, 'utf8')));
    return cache.get(file);
  };
}

/** Checks every .bicep under `dir` and dir/main.parameters.json against dir/main.bicep. */
function checkInfra(dir) {
  if (!fs.existsSync(dir)) return { files: [], problems: [`${dir}: folder not found`] };
  const files = bicepFiles(dir);
  if (files.length === 0) return { files, problems: [`${dir}: no .bicep files found`] };
  const parseFile = cachedParser();
  const problems = files.flatMap((file) => checkBicepSource(fs.readFileSync(file, 'utf8'), file, parseFile));
  const main = path.join(dir, 'main.bicep');
  const paramsFile = path.join(dir, 'main.parameters.json');
  if (fs.existsSync(main) && fs.existsSync(paramsFile)) {
    problems.push(...parametersFileProblems(paramsFile, main, parseFile(main).rootNode));
  } else if (fs.existsSync(main)) {
    problems.push(`${display(paramsFile)}: missing; create an ARM parameters file for main.bicep`);
  }
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
    `bicep OK (${files.length} files, offline tree-sitter check; run \`az bicep build\` for the full compiler)`,
  );
}

module.exports = { checkBicepSource, checkInfra };
