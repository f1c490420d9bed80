#!/usr/bin/env bash
# Resolve a merge (or rebase) conflict in i18n/*.ts without losing a translation of either side:
# the .ts files are regenerated from the merged sources with this side's translations
# (scripts/update_ts.sh), then the translations the other side added or changed since the common base
# are filled in (three-way: a translation only this side corrected stays corrected). Run it after the
# conflicts in the Python sources are resolved (pylupdate5 reads them), then `git add i18n/*.ts`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
PY=python3
[[ -x .venv/bin/python ]] && PY=.venv/bin/python
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/ours" "$tmp/theirs"
for lang in nl fr; do
  f=i18n/footfall_$lang.ts
  git show ":2:$f" >"$tmp/ours/footfall_$lang.ts" 2>/dev/null || git show "HEAD:$f" >"$tmp/ours/footfall_$lang.ts"
  if ! git show ":3:$f" >"$tmp/theirs/footfall_$lang.ts" 2>/dev/null; then
    other=$(git rev-parse -q --verify MERGE_HEAD || git rev-parse -q --verify REBASE_HEAD || true)
    if [[ -n $other ]]; then git show "$other:$f" >"$tmp/theirs/footfall_$lang.ts"; else cp "$f" "$tmp/theirs/footfall_$lang.ts"; fi
  fi
done
# three-way: only the translations the other side changed since the common base are taken from it, so
# that a translation this side corrected is not overwritten by the other side's old one
mkdir -p "$tmp/base"
other=$(git rev-parse -q --verify MERGE_HEAD || git rev-parse -q --verify REBASE_HEAD || true)
for lang in nl fr; do
  f=i18n/footfall_$lang.ts
  if ! git show ":1:$f" >"$tmp/base/footfall_$lang.ts" 2>/dev/null; then
    base=$([[ -n $other ]] && git merge-base HEAD "$other" || true)
    if [[ -n $base ]]; then git show "$base:$f" >"$tmp/base/footfall_$lang.ts" 2>/dev/null || :; fi
  fi
  [[ -s $tmp/base/footfall_$lang.ts ]] || cp "$tmp/ours/footfall_$lang.ts" "$tmp/base/footfall_$lang.ts"
done
"$PY" -P scripts/ts_tool.py export "$tmp/theirs/footfall_nl.ts" "$tmp/theirs/footfall_fr.ts" >"$tmp/theirs_all.json"
"$PY" -P scripts/ts_tool.py export "$tmp/base/footfall_nl.ts" "$tmp/base/footfall_fr.ts" >"$tmp/base.json"
"$PY" - "$tmp/theirs_all.json" "$tmp/base.json" >"$tmp/theirs.json" <<'PY'
import json, sys
theirs, base = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
out = {}
for ctx, msgs in theirs.items():
    for src, tr in msgs.items():
        old = base.get(ctx, {}).get(src, {})
        changed = {lang: t for lang, t in tr.items() if t and t != old.get(lang)}
        if changed:
            out.setdefault(ctx, {})[src] = changed
json.dump(out, sys.stdout, ensure_ascii=False)
PY
cp "$tmp/ours/footfall_nl.ts" "$tmp/ours/footfall_fr.ts" i18n/
bash scripts/update_ts.sh --no-qm >/dev/null
# entries of the other side whose source is gone from the merged code are reported, not an error
"$PY" -P scripts/ts_tool.py fill "$tmp/theirs.json" i18n/footfall_nl.ts i18n/footfall_fr.ts 2>/dev/null || true
"$PY" -P scripts/ts_tool.py check i18n/footfall_nl.ts i18n/footfall_fr.ts || {
  echo "ts_merge.sh: some messages still need a translation (scripts/ts_tool.py export --untranslated i18n/*.ts)" >&2
}
echo "ts_merge.sh: i18n/*.ts regenerated with both sides' translations; review, then git add i18n/*.ts"
