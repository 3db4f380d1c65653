#!/usr/bin/env python3
"""registries.py N: a Bicep file that declares N container registries, for growth within one file."""
import sys

for i in range(int(sys.argv[1])):
    print(f"resource r{i} 'Microsoft.ContainerRegistry/registries@2023-07-01' = {{")
    print(f"  name: 'acr{i}'")
    print("  location: 'westeurope'")
    print("  sku: { name: 'Premium' }")
    print("}")
