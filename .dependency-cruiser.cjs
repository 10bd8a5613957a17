/**
 * Architecture rules: the domain stays pure; only src/teams touches the Teams/Bot Framework SDKs and
 * restify. npm packages are matched by their resolved path (node_modules/<package>/…): that is what
 * dependency-cruiser compares rules with. test/unit/dependencyRules.test.ts proves each rule fires.
 */
const inPackage = (names) => `(^|/)node_modules/(${names})/`;
/** Pure libraries the domain may use (dates, cron, CSV, encodings, schemas); anything else from npm is an SDK. */
const DOMAIN_LIBRARIES = 'luxon|cron-parser|csv-parse|iconv-lite|zod';
const TEAMS_SDKS = 'botbuilder|botbuilder-[^/]+|botframework-[^/]+|@microsoft/teams-ai|restify|restify-[^/]+';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain may use only a few pure libraries from npm (no SDKs); pass data in, get data out.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: inPackage(DOMAIN_LIBRARIES),
      },
    },
    {
      name: 'domain-no-io',
      comment: 'src/domain does no I/O: no Node built-ins (files, network, processes, crypto).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-not-outer-layers',
      comment: 'src/domain must not import storage, services, the Teams layer or config.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(infra|services|teams|config)/' },
    },
    {
      name: 'teams-sdk-only-in-teams',
      comment: 'botbuilder, @microsoft/teams-ai and restify may be imported only under src/teams.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/teams/' },
      to: { path: inPackage(TEAMS_SDKS) },
    },
    {
      name: 'teams-infra-only-in-compose',
      comment:
        'src/teams reaches storage and the delivery engine through services; only its composition root (src/teams/compose.ts) may import src/infra.',
      severity: 'error',
      from: { path: '^src/teams/', pathNot: '^src/teams/compose[.]ts$' },
      to: { path: '^src/infra/' },
    },
    {
      name: 'infra-not-teams',
      severity: 'error',
      from: { path: '^src/infra/' },
      to: { path: '^src/teams/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^dist/' },
  },
};
