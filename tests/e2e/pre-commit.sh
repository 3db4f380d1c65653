#!/usr/bin/env bash
# End to end with the real pre-commit framework (Debian's package): a scratch repository uses this repository as
# its hook repository; the hook must fail on a bad template and pass on a good one and on non-template JSON.
# Then the plain git hook in samples/hooks does the same with a real `git commit`.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)

if ! command -v pre-commit >/dev/null; then
  if command -v apt-get >/dev/null && [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq >/dev/null && apt-get install -y -qq pre-commit >/dev/null
  fi
fi
command -v pre-commit >/dev/null || { echo "pre-commit.sh: pre-commit is not installed and cannot be installed here"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/pre-commit-home" GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid
mkdir "$work/project" && cd "$work/project"
git init -q
cp "$repo/samples/arm/registry-public.json" bad.json
cp "$repo/samples/arm/registry-private.json" good.json
echo '{ "name": "not-a-template" }' > package.json
git add .

echo "pre-commit $(pre-commit --version): hook from $repo"
set +e
pre-commit try-repo "$repo" acrlint --files bad.json > "$work/bad.log" 2>&1; bad=$?
pre-commit try-repo "$repo" acrlint --files good.json package.json > "$work/good.log" 2>&1; good=$?
set -e
cat "$work/bad.log" "$work/good.log"
[[ $bad -eq 1 ]] || { echo "pre-commit.sh: expected the hook to fail on bad.json (exit $bad)"; exit 1; }
grep -q 'bad.json(31,7): error ACR002' "$work/bad.log" || { echo "pre-commit.sh: the ACR002 finding is missing"; exit 1; }
[[ $good -eq 0 ]] || { echo "pre-commit.sh: expected the hook to pass on good.json and package.json (exit $good)"; exit 1; }

# The plain git hook (try-repo removes the environment it built, so build the tool here).
dotnet build "$repo/src/AcrTemplateLint.Cli" -c Release -o "$work/bin" -nologo -v quiet > /dev/null
tool="dotnet $work/bin/acrlint.dll"
cp "$repo/samples/hooks/pre-commit" .git/hooks/pre-commit
git reset -q
git add good.json package.json
ACRLINT="$tool" git commit -qm good || { echo "pre-commit.sh: the plain hook refused a good commit"; exit 1; }
git add bad.json
if ACRLINT="$tool" git commit -qm bad > "$work/plain.log" 2>&1; then
  cat "$work/plain.log"; echo "pre-commit.sh: the plain hook accepted a bad template"; exit 1
fi
grep -q 'bad.json(31,7): error ACR002' "$work/plain.log" || { cat "$work/plain.log"; echo "pre-commit.sh: plain hook output lacks the finding"; exit 1; }
echo "pre-commit.sh: ok"
