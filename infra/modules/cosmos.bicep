// Cosmos DB for NoSQL, serverless, Entra-only (no keys): one database, one container per aggregate,
// and a data-plane role assignment for the app's managed identity.

@description('Name of the Cosmos DB account (globally unique, 3-44 lowercase letters, digits and hyphens).')
@minLength(3)
@maxLength(44)
param accountName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the SQL database.')
param databaseName string

@description('A container and its partition key path, e.g. /pk.')
type containerSpec = {
  name: string
  partitionKey: string
}

@description('Containers to create.')
param containers containerSpec[]

@description('Object (principal) id of the managed identity that gets the data contributor role.')
param dataContributorPrincipalId string

// Built-in "Cosmos DB Built-in Data Contributor" (data plane, not Azure RBAC).
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [
  for container in containers: {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        // Per-document TTL on (nothing expires without its own ttl): a second line behind Silta's
        // retention job for documents with a fixed lifetime (docs/data-lifetimes.md §4).
        defaultTtl: -1
        partitionKey: {
          paths: [
            container.partitionKey
          ]
          kind: 'Hash'
          version: 2
        }
      }
    }
  }
]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: account
  name: guid(account.id, dataContributorPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: dataContributorPrincipalId
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint
output accountName string = account.name
