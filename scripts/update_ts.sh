#!/usr/bin/env bash
# Regenerate i18n/footfall_nl.ts and i18n/footfall_fr.ts from the sources, keeping their translations,
# then build the .qm files with lrelease (see i18n/README.md).
#
#   scripts/update_ts.sh                 update i18n/*.ts in place and build i18n/*.qm
#   scripts/update_ts.sh --out DIR       write the regenerated .ts into DIR instead (used by the tests)
#   scripts/update_ts.sh --no-qm         do not run lrelease
#
# Steps: the file list (scripts/ts_tool.py files: __init__.py, core/, plugin/, processing/; never tests,
# bench, scripts or .venv) -> pylupdate5 -noobsolete into a fresh .ts -> ts_tool.py fix-contexts (module
# tr() helpers: @default -> their run-time context) -> ts_tool.py merge with each committed .ts (known
# translations kept, obsolete messages dropped) -> lrelease.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

out=i18n
qm=1
while (($#)); do
  case $1 in
    --out) out=$2; shift 2 ;;
    --no-qm) qm=0; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "update_ts.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

if ! command -v pylupdate5 >/dev/null; then
  echo "update_ts.sh: pylupdate5 not found; install pyqt5-dev-tools (make setup)" >&2
  exit 3
fi
PY=python3
[[ -x .venv/bin/python ]] && PY=.venv/bin/python

# pylupdate5 encodes paths with the locale's codec and crashes under LANG=C; it reads sources as UTF-8.
export LC_ALL=C.UTF-8 PYTHONWARNINGS=ignore::DeprecationWarning

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <("$PY" -P scripts/ts_tool.py files)
pylupdate5 -noobsolete "${files[@]}" -ts "$tmp/extracted.ts"
"$PY" -P scripts/ts_tool.py fix-contexts "$tmp/extracted.ts"

mkdir -p "$out"
for lang in nl fr; do
  "$PY" -P scripts/ts_tool.py merge "$tmp/extracted.ts" "i18n/footfall_$lang.ts" "$out/footfall_$lang.ts" \
    --language "$lang"
done

if ((qm)); then
  for lang in nl fr; do
    ts=$out/footfall_$lang.ts
    lrelease "$ts" -qm "${ts%.ts}.qm" | grep -E "Generated|Ignored|unfinished" || true
  done
fi
"$PY" -P scripts/ts_tool.py check "$out/footfall_nl.ts" "$out/footfall_fr.ts" || {
  echo "update_ts.sh: some messages need a translation: scripts/ts_tool.py export --untranslated i18n/*.ts" >&2
}
