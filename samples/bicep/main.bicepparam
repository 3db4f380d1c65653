using 'main.bicep'

param registryName = 'contosoprivateacr'
param publicAccess = 'Enabled'
