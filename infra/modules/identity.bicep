// The user-assigned managed identity that the Web App runs as. With msaAppType 'UserAssignedMSI' it is
// also the bot's identity (its client id is the bot id); it always reads and writes Cosmos DB.

@description('Name of the managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
