#!/usr/bin/env python3
"""tasks.py N DIR: a registry in DIR/registry.bicep and N folders with a template of five ACR tasks each, whose
registry is `existing`: every task is decided with a registry from another file, for memory that must follow the
largest file rather than the number of such files."""
import os
import sys

count, root = int(sys.argv[1]), sys.argv[2]
os.makedirs(root, exist_ok=True)
with open(os.path.join(root, "registry.bicep"), "w") as registry:
    registry.write("""resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' = {
  name: 'acrmain'
  location: 'westeurope'
  sku: { name: 'Premium' }
  properties: {
    publicNetworkAccess: 'Disabled'
    networkRuleBypassAllowedForTasks: false
  }
}
""")
tasks = "resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {\n  name: 'acrmain'\n}\n" + "".join(f"""
resource task{k} 'Microsoft.ContainerRegistry/registries/tasks@2025-03-01-preview' = {{
  parent: acr
  name: 'build{k}'
  location: 'westeurope'
  identity: {{ type: 'SystemAssigned' }}
  properties: {{
    status: 'Enabled'
    platform: {{ os: 'Linux' }}
    step: {{ type: 'Docker', dockerFilePath: 'Dockerfile', contextPath: 'https://github.com/contoso/app{k}.git' }}
  }}
}}
""" for k in range(5))
for i in range(count):
    os.makedirs(os.path.join(root, f"t{i}"), exist_ok=True)
    with open(os.path.join(root, f"t{i}", "main.bicep"), "w") as template:
        template.write(tasks)
