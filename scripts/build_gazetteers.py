"""Build resources/gazetteers/countries.csv from the ISO 3166-1 data that the pycountry package ships.

Run: .venv/bin/python scripts/build_gazetteers.py  (pycountry is a build-time requirement only).
Licence of the source data: Debian iso-codes via pycountry, LGPL-2.1; see resources/gazetteers/README.md.
"""

from __future__ import annotations

import csv
import gettext
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteers" / "countries.csv"

# Usual short names that exports use beside the ISO names (in EN, NL, FR).
EXTRA_NAMES = {
    "GB": ["UK", "Great Britain", "Grande-Bretagne", "Angleterre", "England", "Engeland", "Groot-Brittannië"],
    "US": ["USA", "United States", "Etats-Unis", "États-Unis", "Verenigde Staten", "Amerika"],
    "NL": ["Holland", "Hollande", "Netherlands", "Pays-Bas", "Nederland"],
    "DE": ["Allemagne", "Duitsland", "Germany"],
    "KR": ["South Korea", "Corée du Sud", "Zuid-Korea"],
    "RU": ["Russia", "Russie", "Rusland"],
    "CZ": ["Czech Republic", "République tchèque", "Tsjechië"],
    "CH": ["Suisse", "Zwitserland", "Switzerland"],
}


def main() -> None:
    """Write the countries table."""
    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["alpha2", "alpha3", "numeric", "name_en", "name_nl", "name_fr", "aliases"])
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            name = getattr(c, "common_name", None) or c.name
            aliases = {c.name, getattr(c, "official_name", c.name)} | set(EXTRA_NAMES.get(c.alpha_2, []))
            aliases.discard(name)
            w.writerow([c.alpha_2, c.alpha_3, c.numeric, name, nl.gettext(c.name), fr.gettext(c.name),
                        "|".join(sorted(aliases))])
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
