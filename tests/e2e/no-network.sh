#!/usr/bin/env bash
# acrlint never reaches the network: it runs under strace on templates that reference remote templates
# (templateLink.uri), template specs and registry modules (br:, ts:), and must create no IPv4/IPv6 socket at all.
# (The .NET runtime's own diagnostics channel is a Unix domain socket; that one is allowed.)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v strace >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y -qq strace >/dev/null; }
command -v strace >/dev/null || { echo "no-network.sh: strace is required"; exit 1; }

mkdir -p "$work/in"
cat > "$work/in/linked.json" <<'JSON'
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "remote",
      "properties": { "mode": "Incremental", "templateLink": { "uri": "https://raw.githubusercontent.com/Azure/azure-quickstart-templates/master/quickstarts/microsoft.containerregistry/container-registry/azuredeploy.json" } } },
    { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "spec",
      "properties": { "mode": "Incremental", "templateLink": { "id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Resources/templateSpecs/acr/versions/1.0" } } }
  ]
}
JSON
cat > "$work/in/main.bicep" <<'BICEP'
module registry 'br:mcr.microsoft.com/bicep/avm/res/container-registry/registry:0.9.0' = {
  name: 'registry'
  params: { name: 'contosoacr' }
}
module spec 'ts:00000000-0000-0000-0000-000000000000/rg/acrSpec:1.0' = {
  name: 'spec'
}
BICEP

dotnet build "$repo/src/AcrTemplateLint.Cli" -c Release -o "$work/bin" -nologo -v quiet > /dev/null
set +e
strace -f -qq -e trace=socket,connect -o "$work/trace.log" dotnet "$work/bin/acrlint.dll" "$work/in" --root "$work/in" > "$work/out.txt" 2>&1
status=$?
set -e
cat "$work/out.txt"
[[ $status -le 1 ]] || { echo "no-network.sh: acrlint failed (exit $status)"; exit 1; }
if grep -E 'socket\((AF_INET|AF_INET6|PF_INET)' "$work/trace.log"; then
  echo "no-network.sh: acrlint opened an IP socket"; exit 1
fi
if grep -E 'connect\(' "$work/trace.log" | grep -v 'sa_family=AF_UNIX'; then
  echo "no-network.sh: acrlint connected somewhere other than a local Unix socket"; exit 1
fi
grep -q 'ATL2208' "$work/out.txt" || { echo "no-network.sh: the remote template link was not reported as unresolved"; exit 1; }
echo "no-network.sh: ok ($(grep -c . "$work/trace.log") socket/connect calls traced, none to the network)"
