#!/usr/bin/env bash
# Extraction diff of the working tree against a base revision, as a pull-request comment.
#
#   scripts/ci_diff.sh [BASE_REV] [INPUT_DIR]     (defaults: origin/main or HEAD~1, seeds/)
#
# Runs the pipeline with the base revision's code and with the working tree's code on the
# same input, prints the markdown record diff, then `dvc metrics diff BASE_REV`.
# Exit status: that of `python -m extract diff` (0 equal, 1 different, 2 error).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-$(git rev-parse --verify -q origin/main || git rev-parse HEAD~1)}
input=$(cd "${2:-seeds}" && pwd)
py=${PYTHON:-.venv/bin/python}
py="$(cd "$(dirname "$py")" && pwd)/$(basename "$py")"   # absolute, venv symlink kept
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add -q --detach "$work/base" "$base"
(cd "$work/base" && PYTHONPATH="$work/base" "$py" -m extract run --input "$input" --output "$work/old" >"$work/old.log" 2>&1) ||
  { echo "base run failed:"; tail -5 "$work/old.log"; exit 2; }
"$py" -m extract run --input "$input" --output "$work/new" >"$work/new.log" 2>&1 ||
  { echo "run failed:"; tail -5 "$work/new.log"; exit 2; }

status=0
"$py" -m extract diff "$work/old" "$work/new" --format markdown || status=$?
echo
echo "### Metrics (dvc metrics diff $base)"
echo '```'
PATH="$(dirname "$py"):$PATH" "$(dirname "$py")/dvc" metrics diff "$base" 2>/dev/null || echo "(dvc metrics diff unavailable)"
echo '```'
exit $status
