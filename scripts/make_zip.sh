#!/usr/bin/env bash
# Build dist/footfall.zip for QGIS's "Plugins > Manage and Install Plugins > Install from ZIP":
# the committed tree (git archive --prefix=footfall/, export-ignore keeps tests and benchmarks out)
# plus the .qm translations built from i18n/*.ts.  Usage: scripts/make_zip.sh [OUT.zip] [REV]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/dist/footfall.zip}
rev=${2:-HEAD}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive --format=tar --prefix=footfall/ "$rev" | tar -x -C "$tmp"
mkdir -p "$tmp/footfall/i18n"
for ts in "$tmp"/footfall/i18n/*.ts; do
  [[ -e $ts ]] || continue
  lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$tmp" && zip -qr -X "$out" footfall)
echo "wrote $out"
