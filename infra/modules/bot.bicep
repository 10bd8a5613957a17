// The Azure Bot registration (global) and its Microsoft Teams channel.

@description('Name of the Azure Bot resource (globally unique, 2-64 characters).')
param name string

@description('Display name shown in the Azure portal.')
param displayName string

@description('Tags for every resource.')
param tags object

@description('Azure Bot pricing tier. F0 is free and has no message limit on standard channels such as Teams.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('SingleTenant (Entra app registration with a client secret) or UserAssignedMSI (the managed identity).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param msaAppType string

@description('The bot id: the app registration client id, or the managed identity client id.')
param msaAppId string

@description('Entra tenant id of the app registration or the managed identity.')
param msaAppTenantId string

@description('Resource id of the managed identity; used only with UserAssignedMSI.')
param msaAppMsiResourceId string

@description('Messaging endpoint, https://<app>.azurewebsites.net/api/messages.')
param endpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: msaAppType
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    msaAppMSIResourceId: msaAppType == 'UserAssignedMSI' ? msaAppMsiResourceId : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
