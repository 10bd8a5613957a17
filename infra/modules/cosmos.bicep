// Cosmos DB for NoSQL, serverless, Entra-only (no keys), reachable only from the listed IP addresses:
// one database, one container per aggregate, a data-plane role for the app's managed identity on that
// database only, and diagnostic logs to Log Analytics.

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

@description('The only public IP addresses or CIDR ranges that may reach the account (the Web App\'s outbound addresses and any the operators add). Never empty: an empty list would open the account to every address.')
@minLength(1)
param allowedIpAddresses string[]

@description('Resource id of the Log Analytics workspace for diagnostic logs.')
param logAnalyticsWorkspaceId string

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
    // Public endpoint, but only for these addresses; no "accept from Azure datacenters" exception.
    publicNetworkAccess: 'Enabled'
    ipRules: [
      for address in allowedIpAddresses: {
        ipAddressOrRange: address
      }
    ]
    isVirtualNetworkFilterEnabled: false
    networkAclBypass: 'None'
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

// The data role covers Silta's database only, not every database the account may hold later.
var dataRoleScope = '${account.id}/dbs/${database.name}'

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: account
  name: guid(dataRoleScope, dataContributorPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: dataContributorPrincipalId
    scope: dataRoleScope
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: account
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Requests'
        enabled: true
      }
    ]
  }
}

output endpoint string = account.properties.documentEndpoint
output accountName string = account.name
