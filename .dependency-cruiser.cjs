/** Architecture rules: the domain stays pure; only src/teams touches the Teams/Bot Framework SDKs and restify. */
const SDKS =
  '^(botbuilder|botbuilder-.*|botframework-.*|@microsoft/teams-ai|restify|@azure/.*|@vercel/cosmosdb-server)$';
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain must not import SDKs, storage or the Teams layer; pass data in, get data out.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        path: SDKS,
      },
    },
    {
      name: 'domain-not-infra',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { path: '^src/(infra|teams|config)' },
    },
    {
      name: 'teams-sdk-only-in-teams',
      comment: 'botbuilder, @microsoft/teams-ai and restify may be imported only under src/teams.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/teams' },
      to: {
        path: '(^|/)node_modules/(botbuilder|botbuilder-[^/]+|botframework-[^/]+|@microsoft/teams-ai|restify)/',
      },
    },
    {
      name: 'infra-not-teams',
      severity: 'error',
      from: { path: '^src/infra' },
      to: { path: '^src/teams' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^(dist|node_modules)' },
  },
};
