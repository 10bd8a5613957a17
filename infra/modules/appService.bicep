// Linux App Service plan and the Node Web App that serves POST /api/messages, running as the
// user-assigned managed identity.

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

@description('Runtime stack, e.g. NODE|20-lts or NODE|22-lts.')
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

@description('SingleTenant bots only: the client secret, added as BOT_PASSWORD. Empty for UserAssignedMSI.')
@secure()
param botPassword string

var secretSettings = empty(botPassword)
  ? []
  : [
      {
        name: 'BOT_PASSWORD'
        value: botPassword
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
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      // `npm start`'s command without npm (whose prestart build needs dev dependencies): the same
      // node flags, the memory budget included (README, "Deployment to Azure"); a test keeps them equal.
      appCommandLine: 'node --max-old-space-size=192 --enable-source-maps dist/src/index.js'
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

output name string = webApp.name
output defaultHostName string = webApp.properties.defaultHostName
