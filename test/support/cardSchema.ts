/**
 * The Adaptive Card 1.5 JSON schema (test/fixtures/adaptive-cards, from the Adaptive Cards repository,
 * MIT) as a compiled validator. Compiling it takes ajv about half a second, and jest loads test support
 * afresh for every test file, so the compiled code is written once (ajv's standalone output) to
 * node_modules/.cache, keyed by the schema's and ajv's versions, and every later test file only loads it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { _, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import schema from '../fixtures/adaptive-cards/adaptive-card-1.5.schema.json';

const CACHE_DIR = path.join(__dirname, '../../node_modules/.cache/silta-card-schema');

function compiledSource(): string {
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  // ajv 8 reads a schema's identifier from `$id`; the draft-06 file still names it `id`.
  const { id, ...rest } = schema;
  return standaloneCode(ajv, ajv.compile({ ...rest, $id: id }));
}

function load(): ValidateFunction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256').update(JSON.stringify(schema)).update(ajvVersion).digest('hex');
  const file = path.join(CACHE_DIR, `adaptive-card-1.5-${key.slice(0, 16)}.js`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // Written under a private name and renamed, so a parallel worker never loads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, compiledSource());
    fs.renameSync(partial, file);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as ValidateFunction;
}

export const validateCardSchema: ValidateFunction = load();
