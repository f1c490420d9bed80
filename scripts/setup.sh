#!/usr/bin/env bash
# Install what Footfall needs on a Debian 12 machine (as root), idempotently and fast on a second run:
# Debian's QGIS, PyQt5, GDAL and tools (PostgreSQL with PostGIS and psycopg2 for the PostGIS path and
# its tests, which start a throw-away server of their own; Chromium, headless, for the web page's
# tests — never a run-time dependency of the plugin); a venv made from /usr/bin/python3 with --system-site-packages
# holding the PyPI extras of requirements-dev.txt; and the alias that makes the checkout importable
# as the package `footfall` without putting the checkout itself on sys.path.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

APT_PACKAGES=(qgis python3-qgis qgis-providers python3-pyqt5 python3-gdal python3-pyproj
  python3-numpy python3-scipy python3-pil python3-matplotlib python3-openpyxl python3-pandas python3-venv python3-pip python3-pytestqt
  xvfb xauth pyqt5-dev-tools qttools5-dev-tools qttranslations5-l10n zip poppler-utils git make
  postgresql postgresql-15-postgis-3 python3-psycopg2
  chromium)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv from /usr/bin/python3"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
stamp=.venv/.requirements-dev.sha
want=$(sha256sum requirements-dev.txt | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "setup: installing PyPI extras into .venv"
  .venv/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$want" >"$stamp"
fi

# The alias: .venv/alias/footfall -> this checkout, and a .pth putting .venv/alias on sys.path.
mkdir -p .venv/alias
ln -sfn "$root" .venv/alias/footfall
site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "$root/.venv/alias" >"$site/footfall_alias.pth"

# Translations: build the .qm files from the committed .ts sources when they are newer.
for ts in i18n/*.ts; do
  [[ -e $ts ]] || continue
  qm=${ts%.ts}.qm
  if [[ ! -f $qm || $ts -nt $qm ]]; then lrelease -silent "$ts" -qm "$qm"; fi
done
