// Silta on Azure: managed identity, Cosmos DB (serverless, Entra-only, open only to the Web App's
// addresses), App Service (Linux, Node 22), a Log Analytics workspace for both, and the Azure Bot with its
// Teams channel. Deploy to a resource group; see infra/README.md.
targetScope = 'resourceGroup'

@description('Base name for all resources, e.g. silta-prod: 3-20 lowercase letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param baseName string

@description('Azure region for the identity, Cosmos DB and App Service. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('How the bot authenticates: UserAssignedMSI (no secret; the managed identity is the bot) or SingleTenant (an Entra app registration with a client secret).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param msaAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the client id of the bot\'s Entra app registration. Leave empty for UserAssignedMSI.')
param botAppId string = ''

@description('SingleTenant only: the Key Vault secret URI (https://<vault>.vault.azure.net/secrets/<name>) of the app registration\'s client secret. The Web App reads it through a Key Vault reference with its managed identity, which needs the Key Vault Secrets User role on that secret.')
param botPasswordSecretUri string = ''

@description('SingleTenant only: the tenant of the app registration. Defaults to the deployment tenant.')
param botTenantId string = tenant().tenantId

@description('Comma-separated Entra tenant ids whose users may use the bot. Defaults to the deployment tenant.')
param allowedTenantIds string = tenant().tenantId

@description('Comma-separated Entra object ids of the county NGO coordinators (may upload the register, send county-wide notices).')
param coordinatorAadIds string = ''

@description('Load the demo register at start-up. Keep false in production: the coordinator uploads the real register.')
param seedDemoData bool = false

@description('Log level of the app.')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

@description('Name of the Cosmos DB SQL database.')
param cosmosDatabaseName string = 'silta'

@description('App Service plan SKU (B1 or higher; Always On needs at least Basic).')
param appServicePlanSku string = 'B1'

@description('App Service runtime stack. Node 22 LTS; Node 20 reached end of life on 2026-04-30.')
param linuxFxVersion string = 'NODE|22-lts'

@description('Public IP addresses or CIDR ranges, besides the Web App\'s own outbound addresses, that may reach Cosmos DB (for example the network an operator runs `npm run import` from). Empty: the Web App only.')
param cosmosAllowedIpAddresses string[] = []

@description('Days the Log Analytics workspace keeps the diagnostic logs of the Web App and Cosmos DB.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Web App name; becomes <name>.azurewebsites.net and must be globally unique.')
param webAppName string = '${baseName}-${take(uniqueString(resourceGroup().id, baseName), 6)}'

@description('Tags for every resource.')
param tags object = {
  application: 'silta'
  owner: 'Pohjois-Pohjanmaan hyvinvointialue'
}

// One container per aggregate and its partition key. Keep in step with src/infra/cosmos/containers.ts.
var cosmosContainers = [
  {
    name: 'botstate'
    partitionKey: '/id'
  }
  {
    name: 'register'
    partitionKey: '/pk'
  }
  {
    name: 'profiles'
    partitionKey: '/id'
  }
  {
    name: 'audit'
    partitionKey: '/pk'
  }
  {
    name: 'conversations'
    partitionKey: '/id'
  }
  {
    name: 'orders'
    partitionKey: '/pk'
  }
  {
    name: 'notices'
    partitionKey: '/pk'
  }
  {
    name: 'deliveries'
    partitionKey: '/pk'
  }
  {
    name: 'ngoSubmissions'
    partitionKey: '/pk'
  }
  {
    name: 'ngoEvents'
    partitionKey: '/pk'
  }
  {
    name: 'leases'
    partitionKey: '/id'
  }
  {
    name: 'sendWindows'
    partitionKey: '/id'
  }
]

var suffix = take(uniqueString(resourceGroup().id, baseName), 6)
var isManagedIdentityBot = msaAppType == 'UserAssignedMSI'
var cosmosAccountName = toLower('${baseName}-cosmos-${suffix}')
// The account's endpoint in the Azure public cloud, known before the account exists: the Web App is
// deployed first because Cosmos DB lets in only the Web App's outbound addresses.
var cosmosEndpoint = 'https://${cosmosAccountName}.documents.azure.com:443/'

module identity 'modules/identity.bicep' = {
  name: 'silta-identity'
  params: {
    name: '${baseName}-id'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'silta-monitoring'
  params: {
    name: '${baseName}-logs'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

var botId = isManagedIdentityBot ? identity.outputs.clientId : botAppId
var botTenant = isManagedIdentityBot ? identity.outputs.tenantId : botTenantId

module app 'modules/appService.bicep' = {
  name: 'silta-app'
  params: {
    planName: '${baseName}-plan'
    webAppName: webAppName
    location: location
    tags: tags
    skuName: appServicePlanSku
    linuxFxVersion: linuxFxVersion
    identityId: identity.outputs.id
    botPasswordSecretUri: isManagedIdentityBot ? '' : botPasswordSecretUri
    logAnalyticsWorkspaceId: monitoring.outputs.id
    appSettings: [
      {
        name: 'NODE_ENV'
        value: 'production'
      }
      {
        name: 'BOT_ID'
        value: botId
      }
      // The app's config spells the managed-identity type UserAssignedMsi.
      {
        name: 'BOT_TYPE'
        value: isManagedIdentityBot ? 'UserAssignedMsi' : 'SingleTenant'
      }
      {
        name: 'BOT_TENANT_ID'
        value: botTenant
      }
      {
        name: 'ALLOWED_TENANT_IDS'
        value: allowedTenantIds
      }
      {
        name: 'COSMOS_ENDPOINT'
        value: cosmosEndpoint
      }
      {
        name: 'COSMOS_DATABASE'
        value: cosmosDatabaseName
      }
      {
        name: 'COSMOS_MANAGED_IDENTITY_CLIENT_ID'
        value: identity.outputs.clientId
      }
      {
        name: 'COORDINATOR_AAD_IDS'
        value: coordinatorAadIds
      }
      {
        name: 'SEED_DEMO_DATA'
        value: seedDemoData ? 'true' : 'false'
      }
      {
        name: 'LOG_LEVEL'
        value: logLevel
      }
      // The deployed zip is already built (npm ci && npm run build); do not let Oryx build it again.
      {
        name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
        value: 'false'
      }
    ]
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'silta-cosmos'
  params: {
    accountName: cosmosAccountName
    location: location
    tags: tags
    databaseName: cosmosDatabaseName
    containers: cosmosContainers
    dataContributorPrincipalId: identity.outputs.principalId
    allowedIpAddresses: concat(split(app.outputs.possibleOutboundIpAddresses, ','), cosmosAllowedIpAddresses)
    logAnalyticsWorkspaceId: monitoring.outputs.id
  }
}

module bot 'modules/bot.bicep' = {
  name: 'silta-bot'
  params: {
    name: '${baseName}-bot-${suffix}'
    displayName: 'Silta'
    tags: tags
    sku: botSku
    msaAppType: msaAppType
    msaAppId: botId
    msaAppTenantId: botTenant
    msaAppMsiResourceId: identity.outputs.id
    endpoint: 'https://${app.outputs.defaultHostName}/api/messages'
  }
}

@description('BOT_ID for the Teams app package (npm run package).')
output botId string = botId
output botServiceName string = bot.outputs.name
output webAppName string = app.outputs.name
output webAppUrl string = 'https://${app.outputs.defaultHostName}'
output messagingEndpoint string = 'https://${app.outputs.defaultHostName}/api/messages'
output cosmosAccountName string = cosmos.outputs.accountName
output cosmosEndpoint string = cosmos.outputs.endpoint
output managedIdentityClientId string = identity.outputs.clientId
output logAnalyticsWorkspaceName string = monitoring.outputs.name
