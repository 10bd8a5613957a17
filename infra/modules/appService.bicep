// Linux App Service plan and the Node Web App that serves POST /api/messages, running as the
// user-assigned managed identity; no basic-auth (FTP/SCM) publishing; diagnostic logs to Log Analytics.

@description('Name of the App Service plan.')
param planName string

@description('Name of the Web App (globally unique: it becomes <name>.azurewebsites.net).')
param webAppName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('App Service plan SKU. B1 or higher: Always On is not available on F1.')
param skuName string

@description('Runtime stack, e.g. NODE|22-lts.')
param linuxFxVersion string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('One app setting.')
type appSetting = {
  name: string
  value: string
}

@description('App settings (no secrets).')
param appSettings appSetting[]

@description('SingleTenant bots only: the Key Vault secret URI of the client secret; BOT_PASSWORD becomes a Key Vault reference that App Service resolves with the managed identity. Empty for UserAssignedMSI.')
param botPasswordSecretUri string

@description('Resource id of the Log Analytics workspace for diagnostic logs.')
param logAnalyticsWorkspaceId string

var secretSettings = empty(botPasswordSecretUri)
  ? []
  : [
      {
        name: 'BOT_PASSWORD'
        value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecretUri})'
      }
    ]

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    keyVaultReferenceIdentity: identityId
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      // The production start in package.json (node flags and memory budget there; README, "Deployment to
      // Azure"): the built app, no build step, no local-only settings.
      appCommandLine: 'npm run serve'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      appSettings: concat(appSettings, secretSettings)
    }
  }
}

// Publishing only with Entra credentials (az webapp deploy), never with FTP or SCM user names and passwords.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = webApp.name
output defaultHostName string = webApp.properties.defaultHostName
@description('Every outbound address the Web App may use (comma-separated): the addresses Cosmos DB lets in.')
output possibleOutboundIpAddresses string = webApp.properties.possibleOutboundIpAddresses
