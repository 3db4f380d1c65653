#!/usr/bin/env bash
# Packs acrlint as a .NET tool, installs it into a temporary tool path and runs it on samples/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack "$repo/src/AcrTemplateLint.Cli" -c Release -o "$work/nupkg" -nologo -v quiet
dotnet tool install AcrTemplateLint --tool-path "$work/tools" --add-source "$work/nupkg" > /dev/null
"$work/tools/acrlint" --version
cd "$repo"
set +e
"$work/tools/acrlint" samples > "$work/out.txt"; status=$?
set -e
cat "$work/out.txt"
[[ $status -eq 1 ]] || { echo "dotnet-tool.sh: expected exit 1 on samples (got $status)"; exit 1; }
diff -u tests/AcrTemplateLint.Tests/Golden/samples.txt "$work/out.txt" || { echo "dotnet-tool.sh: output differs from the golden file"; exit 1; }
echo "dotnet-tool.sh: ok"
