#!/usr/bin/env bash
# Re-vendor the JavaScript map library of the web page (resources/web/leaflet/) from the npm registry
# with the machine's npm, and check it against the checksums recorded in resources/web/README.md.
# Usage: scripts/vendor_leaflet.sh [VERSION]   (default: the version recorded there)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=${1:-1.9.4}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "leaflet@$version" >/dev/null && tar xzf "leaflet-$version.tgz")
dest=$root/resources/web/leaflet
mkdir -p "$dest"
cp "$tmp/package/dist/leaflet.js" "$tmp/package/dist/leaflet.css" "$tmp/package/LICENSE" "$dest/"
(cd "$dest" && sha256sum leaflet.js leaflet.css LICENSE)
echo "vendored leaflet $version into $dest; update the version and checksums in resources/web/README.md"
