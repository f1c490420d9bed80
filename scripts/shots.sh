#!/usr/bin/env bash
# Screenshots of the real QGIS desktop with the Brussels demo open, in EN, NL and FR, to docs/img/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
shot=${QGIS_SHOT:-../shared/tools/qgis-shot}
for lang in en nl fr; do
  "$shot" --lang "$lang" --wait 25 --code scripts/shot_brussels.py "docs/img/qgis-brussels-$lang.png"
done
