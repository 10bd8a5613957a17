import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/dependency-rules');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs `npm run deps:check`'s rules over a small tree of good and bad imports. */
function violations(): Violation[] {
  let out: string;
  try {
    out = execFileSync(
      path.join(ROOT, 'node_modules/.bin/depcruise'),
      ['src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'],
      { cwd: FIXTURE, encoding: 'utf8' },
    );
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit code 1 when rules are broken
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('Dependency rules (npm run deps:check)', () => {
  const found = violations();
  const broken = (file: string) =>
    found
      .filter((v) => v.from === `src/${file}`)
      .map((v) => v.rule.name)
      .sort();

  it('When the domain imports an SDK (even a type only), then the rule fires', () => {
    expect(broken('domain/usesCosmos.ts')).toEqual(['domain-is-pure']);
    expect(broken('domain/typeFromBotbuilder.ts')).toEqual(['domain-is-pure', 'teams-sdk-only-in-teams']);
  });

  it('When the domain does I/O or imports an outer layer, then the rule fires', () => {
    expect(broken('domain/readsFiles.ts')).toEqual(['domain-no-io']);
    expect(broken('domain/usesInfra.ts')).toEqual(['domain-not-outer-layers']);
  });

  it('When code outside src/teams imports restify or teams-ai (also from a look-alike folder), then the rule fires', () => {
    expect(broken('config/usesRestify.ts')).toEqual(['teams-sdk-only-in-teams']);
    expect(broken('teamsish/usesTeamsAi.ts')).toEqual(['teams-sdk-only-in-teams']);
  });

  it('When src/teams imports src/infra anywhere but its composition root (a type too), then the rule fires', () => {
    expect(broken('teams/routes/usesInfra.ts')).toEqual(['teams-infra-only-in-compose']);
    expect(broken('teams/usesInfraType.ts')).toEqual(['teams-infra-only-in-compose']);
    expect(broken('teams/compose.ts')).toEqual([]);
  });

  it('When src/teams imports botbuilder or the domain uses an allowed pure library, then nothing fires', () => {
    expect(broken('teams/usesBotbuilder.ts')).toEqual([]);
    expect(broken('domain/usesLuxon.ts')).toEqual([]);
    expect(broken('domain/usesZod.ts')).toEqual([]);
    expect(found).toHaveLength(9);
  });
});
