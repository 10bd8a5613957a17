import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTAINERS } from '../../src/infra/cosmos/containers';

const ROOT = path.join(__dirname, '..', '..');
const INFRA_DIR = path.join(ROOT, 'infra');
const CHECK_BICEP = path.join(ROOT, 'scripts', 'check-bicep.cjs');

type Json = Record<string, unknown>;

let tmp: string | undefined;
afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

/** A throw-away copy of infra/ to break on purpose. */
function copyOfInfra(): string {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'silta-infra-'));
  cpSync(INFRA_DIR, tmp, { recursive: true });
  return tmp;
}

function checkBicep(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [CHECK_BICEP, dir], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** infra/ with `from` replaced by `to` in one file; fails the test when `from` is not there. */
function infraWith(file: string, from: string, to: string): string {
  const dir = copyOfInfra();
  const text = readFileSync(path.join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(path.join(dir, file), text.replace(from, to));
  return dir;
}

describe('Bicep check (npm run bicep:check)', () => {
  test('When the real infra/ is checked, then it passes', () => {
    const { status, output } = checkBicep(INFRA_DIR);

    expect(output).toMatch(/^bicep OK/);
    expect(status).toBe(0);
  });

  test('When a Bicep file has a syntax error, then the check fails and gives file:line:col', () => {
    const dir = copyOfInfra();
    writeFileSync(
      path.join(dir, 'modules', 'broken.bicep'),
      "param name string\n\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: name\n  properties: {\n    httpsOnly: true\n",
    );

    const { status, output } = checkBicep(dir);

    expect(status).toBe(1);
    expect(output).toMatch(/modules[/\\]broken\.bicep:3:1: syntax error/);
  });

  test('When main.parameters.json lacks a required parameter or names an unknown one, then the check says so', () => {
    const dir = copyOfInfra();
    const params = JSON.parse(readFileSync(path.join(dir, 'main.parameters.json'), 'utf8')) as {
      parameters: Json;
    };
    delete params.parameters.baseName;
    params.parameters.colour = { value: 'blue' };
    params.parameters.logRetentionInDays = { value: '30' };
    writeFileSync(path.join(dir, 'main.parameters.json'), JSON.stringify(params, null, 2));

    const { status, output } = checkBicep(dir);

    expect(status).toBe(1);
    expect(output).toContain('required parameter "baseName" (no default in main.bicep) is missing');
    expect(output).toContain('parameter "colour" is not declared in main.bicep');
    expect(output).toContain('parameter "logRetentionInDays" is int in main.bicep but the file gives string');
  });

  // Each promise of infra/README.md broken in a copy: the check must name it.
  test.each([
    {
      promise: 'App Service runs Node 22',
      file: 'main.bicep',
      from: "param linuxFxVersion string = 'NODE|22-lts'",
      to: "param linuxFxVersion string = 'NODE|20-lts'",
      message: "param linuxFxVersion must default to 'NODE|22-lts'",
    },
    {
      promise: 'App Service starts with npm run serve',
      file: 'modules/appService.bicep',
      from: "appCommandLine: 'npm run serve'",
      to: "appCommandLine: 'npm start'",
      message: "appCommandLine must be 'npm run serve' (the production start), found 'npm start'",
    },
    {
      promise: 'FTP basic-auth publishing is off',
      file: 'modules/appService.bicep',
      from: "name: 'ftp'\n  properties: {\n    allow: false",
      to: "name: 'ftp'\n  properties: {\n    allow: true",
      message: "basicPublishingCredentialsPolicies 'ftp': properties.allow must be false",
    },
    {
      promise: 'SCM basic-auth publishing is off',
      file: 'modules/appService.bicep',
      from: "name: 'scm'",
      to: "name: 'scm-off'",
      message: "no Microsoft.Web/sites/basicPublishingCredentialsPolicies 'scm'",
    },
    {
      promise: 'the bot is a managed identity by default',
      file: 'main.bicep',
      from: "param msaAppType string = 'UserAssignedMSI'",
      to: "param msaAppType string = 'SingleTenant'",
      message: "param msaAppType must default to 'UserAssignedMSI'",
    },
    {
      promise: 'the bot secret comes from Key Vault',
      file: 'modules/appService.bicep',
      from: "value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecretUri})'",
      to: 'value: botPasswordSecretUri',
      message: 'the BOT_PASSWORD app setting must be a Key Vault reference',
    },
    {
      promise: 'Cosmos DB lets in only the listed addresses',
      file: 'modules/cosmos.bicep',
      from: 'ipRules: [',
      to: 'ipRulesOff: [',
      message: 'Cosmos DB is open to every address',
    },
    {
      promise: 'Cosmos DB takes no keys',
      file: 'modules/cosmos.bicep',
      from: 'disableLocalAuth: true',
      to: 'disableLocalAuth: false',
      message: 'properties.disableLocalAuth must be true',
    },
    {
      promise: 'the data role covers the database only',
      file: 'modules/cosmos.bicep',
      from: 'scope: dataRoleScope',
      to: 'scope: account.id',
      message: 'dataContributor: properties.scope must be the database',
    },
    {
      promise: 'Cosmos DB sends its logs to Log Analytics',
      file: 'modules/cosmos.bicep',
      from: "name: 'to-log-analytics'\n  scope: account",
      to: "name: 'to-log-analytics'\n  scope: database",
      message: 'account: no Microsoft.Insights/diagnosticSettings with scope: account',
    },
    {
      promise: 'the Web App sends its logs to Log Analytics',
      file: 'modules/appService.bicep',
      from: 'workspaceId: logAnalyticsWorkspaceId',
      to: 'storageAccountId: logAnalyticsWorkspaceId',
      message: 'diagnostic settings of webApp need properties.workspaceId and enabled logs',
    },
  ])('When infra/ breaks the promise "$promise", then the check names it', ({ file, from, to, message }) => {
    const { status, output } = checkBicep(infraWith(file, from, to));

    expect(status).toBe(1);
    expect(output).toContain(message);
    expect(output).toMatch(/problem\(s\)/);
  });

  test('When the Cosmos containers in main.bicep are compared with the app, then names and partition keys match', () => {
    const bicep = readFileSync(path.join(INFRA_DIR, 'main.bicep'), 'utf8');
    const declared = Object.fromEntries(
      [...bicep.matchAll(/name: '(\w+)'\s+partitionKey: '([^']+)'/g)].map(([, name, key]) => [name, key]),
    );

    const expected = Object.fromEntries(
      Object.entries(CONTAINERS).map(([name, c]) => [name, c.partitionKey]),
    );
    expect(declared).toEqual(expected);
  });

  test('When App Service starts Silta with npm run serve, then that script starts the built app without the local anonymous opt-in', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };

    expect(pkg.scripts.serve).toMatch(/^node .*dist\/src\/index\.js$/);
    expect(pkg.scripts.serve).not.toMatch(/ALLOW_ANONYMOUS|start-local/);
    expect(pkg.scripts.preserve).toBeUndefined();
  });
});
