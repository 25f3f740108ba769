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
input=${2:-seeds}
py=${PYTHON:-.venv/bin/python}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add -q --detach "$work/base" "$base"
(cd "$work/base" && PYTHONPATH="$work/base" "$OLDPWD/$py" -m extract run --input "$OLDPWD/$input" --output "$work/old" >/dev/null 2>&1)
"$py" -m extract run --input "$input" --output "$work/new" >/dev/null 2>&1

status=0
"$py" -m extract diff "$work/old" "$work/new" --format markdown || status=$?
echo
echo "### Metrics (dvc metrics diff $base)"
echo '```'
PATH="$(dirname "$py"):$PATH" "$(dirname "$py")/dvc" metrics diff "$base" 2>/dev/null || echo "(dvc metrics diff unavailable)"
echo '```'
exit $status
