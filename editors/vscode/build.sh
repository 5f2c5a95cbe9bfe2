#!/usr/bin/env bash
# Builds, lints, tests and packages the VS Code extension into editors/vscode/attest.vsix.
# Needs only Node.js 20+ and the npm registry: everything comes from package-lock.json.
#
#   editors/vscode/build.sh                 # the whole pipeline
#   ATTEST_SERVER=target/release/attest editors/vscode/build.sh
#                                           # bundles that binary as server/attest(.exe)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

step() { echo "--- vscode: $*"; }

step npm ci
npm ci --no-audit --no-fund --loglevel=error

step "tsc (type check and compile the tests)"
rm -rf out dist
npx tsc -p .

step "eslint"
npx eslint --max-warnings 0 .

step "bundle (esbuild)"
npm run --silent bundle

step "unit tests (node --test)"
node --test out/test/*.test.js

rm -rf server
if [ -n "${ATTEST_SERVER:-}" ]; then
  step "bundling $ATTEST_SERVER"
  mkdir -p server
  case "$ATTEST_SERVER" in
    *.exe) cp "$ATTEST_SERVER" server/attest.exe ;;
    *) cp "$ATTEST_SERVER" server/attest && chmod +x server/attest ;;
  esac
fi

step "vsce package"
rm -f attest.vsix
npx vsce package --no-dependencies --skip-license --allow-missing-repository --out attest.vsix

# The package holds the bundle, the grammar and the README, and none of the sources.
listing=$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' attest.vsix)
for required in extension/package.json extension/dist/extension.js extension/syntaxes/attest.injection.json extension/readme.md; do
  grep -qx "$required" <<<"$listing" || { echo "attest.vsix lacks $required" >&2; exit 1; }
done
if grep -E '^extension/(node_modules|src|test|out)/' <<<"$listing"; then
  echo "attest.vsix holds files it must not (above)" >&2
  exit 1
fi
echo "vscode: wrote $(pwd)/attest.vsix ($(wc -c <attest.vsix) bytes)"
