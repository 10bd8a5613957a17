import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../src/config';
import { ERRORS, SiltaError, isErrorCode, logError, messageOf, userKey } from '../../src/domain/errors';
import { INVALID_REASONS } from '../../src/domain/orders';
import { ScheduleError } from '../../src/domain/scheduling/nextRun';
import { LOCALES, t, type MessageKey } from '../../src/i18n';
import { DuplicateError, StaleWriteError } from '../../src/infra/cosmos/errors';
import { configSchema } from '../../src/config/schema';

const SRC = path.resolve(__dirname, '../../src');
const CATALOGUE = path.join(SRC, 'domain/errors/catalogue.ts');
/** An upper-case code at the start of a string: ORDER_NOT_ALLOWED, STORAGE_STALE_ETAG … */
const CODE_AT_START = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** The string literals of a piece of code ('…', "…", `…`), with their text. */
function literals(code: string): string[] {
  return [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

/** The argument text of every call to `callee(` in `code` (to the matching parenthesis). */
function callArguments(code: string, callee: RegExp): string[] {
  const out: string[] = [];
  for (const match of code.matchAll(callee)) {
    let depth = 1;
    let i = match.index + match[0].length;
    let quote: string | undefined;
    const start = i;
    for (; i < code.length && depth > 0; i += 1) {
      const ch = code[i];
      if (quote) {
        if (ch === '\\') i += 1;
        else if (ch === quote) quote = undefined;
      } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
      else if (ch === '(') depth += 1;
      else if (ch === ')') depth -= 1;
    }
    out.push(code.slice(start, i - 1));
  }
  return out;
}

const ENV_VARIABLES = new Set(Object.keys(configSchema.innerType().shape));

describe('The error catalogue', () => {
  it('When any file in src/ throws, logs or answers with a code, then the code comes from the catalogue (no free-text codes)', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (file === CATALOGUE) continue;
      const code = readFileSync(file, 'utf8');
      const where = path.relative(SRC, file);
      // 'CODE msg', 'CODE: msg': a code written into free text
      for (const text of literals(code)) {
        const head = CODE_AT_START.exec(text)?.[0];
        if (head && /^:? /.test(text.slice(head.length)) && !ENV_VARIABLES.has(head))
          found.push(`${where}: '${text.slice(0, 60)}'`);
        if (head && text === head && !isErrorCode(head) && !ENV_VARIABLES.has(head))
          found.push(`${where}: '${head}' is not in the catalogue`);
      }
      // new Error('CODE …') and log.warn(…, 'CODE'): thrown and logged codes go through SiltaError and logError
      for (const args of [
        ...callArguments(code, /new Error\(/g),
        ...callArguments(code, /\.(?:trace|debug|info|warn|error|fatal)\(/g),
      ]) {
        for (const text of literals(args.replace(/\b(?:messageOf|userKey)\(\s*'\w+'/g, ''))) {
          if (CODE_AT_START.test(text)) found.push(`${where}: a code in a bare call: '${text.slice(0, 60)}'`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('When an error has a message for the user, then its i18n key exists in Finnish, Swedish and English', () => {
    const keys = Object.values(ERRORS).flatMap(({ user }) =>
      user.includes('{reason}')
        ? INVALID_REASONS.map((reason) => userKey('ORDER_INVALID', { reason }))
        : [user],
    );
    for (const locale of LOCALES) {
      for (const key of keys) expect(() => t(locale, key as MessageKey)).not.toThrow();
    }
    expect(userKey('ORDER_INVALID', { reason: 'ratings' })).toBe('orders.invalid_ratings');
    expect(userKey('NO_SUCH_CODE')).toBe('common.error');
  });

  it('When a SiltaError is made, then it carries its code, details and cause, and its message is "CODE what to do" with the details filled in', () => {
    const cause = new Error('socket hang up');
    const error = new SiltaError(
      'COSMOS_SCHEMA_MISSING',
      { container: 'orders', database: 'silta', reason: 'x' },
      { cause },
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('COSMOS_SCHEMA_MISSING');
    expect(error.details).toEqual({ container: 'orders', database: 'silta', reason: 'x' });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(
      'COSMOS_SCHEMA_MISSING container "orders" in database "silta" is not readable (x); deploy infra/main.bicep, which creates it',
    );
    expect(new SiltaError('STORAGE_NOT_READY').message).toBe(messageOf('STORAGE_NOT_READY'));
  });

  it('When storage, config or schedule errors are thrown, then they are SiltaErrors with their catalogue code', () => {
    const errors = [
      new StaleWriteError('order o-1'),
      new DuplicateError('order o-1'),
      new ConfigError('PORT', 'expected a port number 0-65535'),
      new ScheduleError('* *', 'not five fields'),
    ];
    expect(errors.every((e) => e instanceof SiltaError)).toBe(true);
    expect(errors.map((e) => e.message)).toEqual([
      'STORAGE_STALE_ETAG order o-1 was changed by someone else since it was read; reload it and try again',
      'STORAGE_DUPLICATE order o-1 already exists',
      'CONFIG_INVALID PORT: expected a port number 0-65535',
      'SCHEDULE_INVALID "* *": not five fields; use five cron fields, e.g. "0 9 1 2,9 *" (09:00 on 1 Feb and 1 Sep)',
    ]);
  });

  it('When a code is logged, then the line has the code as a field and the catalogue message', () => {
    const lines: Array<{ level: string; fields: object; message: string }> = [];
    const sink = (level: string) => (fields: object, message: string) =>
      lines.push({ level, fields, message });
    const log = {
      debug: sink('debug'),
      info: sink('info'),
      warn: sink('warn'),
      error: sink('error'),
      fatal: sink('fatal'),
    };
    logError(log, 'warn', 'ORDER_NO_LIAISON', {
      unitId: 'XX-1',
    });
    expect(lines).toEqual([
      {
        level: 'warn',
        fields: { unitId: 'XX-1', code: 'ORDER_NO_LIAISON' },
        message: messageOf('ORDER_NO_LIAISON', { unitId: 'XX-1' }),
      },
    ]);
    expect(lines[0]!.message).toMatch(/^ORDER_NO_LIAISON unit XX-1 .*add one to the register$/);
  });
});
