"""Header and value vocabularies of operators' exports in French, Dutch and English."""

from __future__ import annotations

import re
import unicodedata


def norm(text: object) -> str:
    """Lower-case, accent-free, single-spaced form of a header or value, for matching."""
    s = unicodedata.normalize("NFKD", str(text or ""))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^0-9a-z<>*/.]+", " ", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def _keys(*words: str) -> frozenset[str]:
    return frozenset(norm(w) for w in words)


#: Column roles and the headers that name them (normalised with :func:`norm`).
HEADER_ROLES: dict[str, frozenset[str]] = {
    "zone": _keys(
        "zone", "zone_id", "zone id", "zoneid", "zone code", "code zone", "id zone", "zonecode",
        "nom zone", "zone name", "gebied", "gebied id", "gebiedscode", "zonenaam", "cell", "cell id",
        "cel", "grid cell", "maille", "cellule", "carreau", "site", "secteur", "area", "area id",
        "lieu", "locatie", "location", "location id", "iris", "code iris", "statistische sector",
        "sector", "zone geographique", "zone d etude", "poi",
    ),
    "date": _keys("date", "datum", "jour", "dag", "day", "date jour", "date du jour", "periode",
                  "period", "periode date"),
    "time": _keys(
        "time", "heure", "tijdstip", "tijd", "uur", "hour", "heure de debut", "tranche horaire",
        "creneau", "slot", "kwartier", "tijdslot", "time slot", "start time", "heure debut",
        "begintijd", "starttijd",
    ),
    "datetime": _keys(
        "datetime", "date time", "timestamp", "date heure", "date et heure", "horodatage",
        "tijdstempel", "datum tijd", "datum en tijd", "start", "start datetime", "debut",
        "date debut", "date de debut", "begin", "van", "from", "slot start", "start utc",
    ),
    "end": _keys("end", "fin", "einde", "end time", "end datetime", "date fin", "date de fin",
                 "heure de fin", "eindtijd", "tot", "to", "slot end", "end utc"),
    "profile": _keys(
        "profile", "profiel", "profil", "categorie de visiteurs", "categorie visiteurs",
        "categorie", "category", "type de visiteurs", "type visiteur", "visitor type",
        "visitor category", "type bezoeker", "bezoekerstype", "bezoekersprofiel", "segment",
        "typologie", "population", "doelgroep",
    ),
    "origin": _keys(
        "origin", "origin code", "provenance", "herkomst", "origine", "residence", "woonplaats",
        "pays de residence", "land van herkomst", "home", "home location", "origin_code",
        "code provenance", "herkomstcode", "code origine", "lieu de residence", "postcode", "code postal",
        "postal code", "postcode herkomst", "code postal de residence",
    ),
    # the columns of a Footfall GeoPackage's table (docs/data-model.md): what each row measures, its cut
    # and its extra breakdowns
    "measure": _keys("measure"),
    "cut": _keys("cut"),
    "dims": _keys("dims"),
    "origin_type": _keys(
        "origin type", "origin_type", "type de provenance", "type provenance", "herkomsttype",
        "type herkomst", "origin level", "niveau", "niveau provenance", "niveau herkomst",
    ),
    "count": _keys(
        "count", "counts", "volume", "volumes", "aantal", "nombre", "value", "valeur", "waarde",
        "people", "personen", "n", "volume estime", "volume extrapole", "extrapolated count",
        "aantal personen", "nombre de personnes", "effectif", "presence", "aanwezigheid",
        "frequentation", "nb", "total count", "visitors count", "nombre de visiteurs",
        "aantal bezoekers", "number of visitors",
    ),
}

#: Raw values (and wide-layout column names) that name a profile.
PROFILE_VALUES: dict[str, str] = {
    norm(k): v
    for v, words in {
        "resident": ("resident", "residents", "résident", "résidents", "inwoner", "inwoners",
                     "bewoner", "bewoners", "habitants", "habitant", "local", "locals"),
        "day_visitor": ("day visitor", "day visitors", "day_visitor", "dagbezoeker", "dagbezoekers",
                        "excursionniste", "excursionnistes", "excursionist", "excursionists",
                        "day tripper", "day trippers", "dagjestoerist", "dagjestoeristen"),
        "overnight_visitor": ("overnight visitor", "overnight visitors", "overnight_visitor",
                              "verblijfsbezoeker", "verblijfsbezoekers", "touriste", "touristes",
                              "tourist", "tourists", "verblijfstoerist", "verblijfstoeristen",
                              "stay visitor", "stay visitors", "overnachter", "overnachters"),
        "commuter": ("commuter", "commuters", "pendelaar", "pendelaars", "navetteur", "navetteurs",
                     "functional visitor", "functional visitors", "functionele bezoekers",
                     "visiteurs fonctionnels", "travailleurs", "werknemers", "workers"),
        "transit": ("transit", "en transit", "in transit", "doorgaand", "passage", "passants"),
        "visitor": ("visitor", "visitors", "visiteur", "visiteurs", "bezoeker", "bezoekers"),
        "all": ("all", "total", "totaal", "ensemble", "tous", "toutes", "alle", "alles",
                "everyone", "population totale", "all profiles", "tous profils", "volume total"),
    }.items()
    for k in words
}

#: Raw values of an origin-type column.
ORIGIN_TYPE_VALUES: dict[str, str] = {
    norm(k): v
    for v, words in {
        "postcode": ("postcode", "postal code", "code postal", "postnummer", "cp", "zip"),
        "municipality": ("municipality", "commune", "gemeente", "nis", "insee", "code insee",
                         "city", "ville", "stad"),
        "department": ("department", "departement", "département", "dept", "dep"),
        "country": ("country", "pays", "land", "nationality", "nationalite", "nationaliteit"),
        "unknown": ("unknown", "inconnu", "onbekend", "autre", "other", "overig", "andere"),
    }.items()
    for k in words
}

#: Suppression markers, normalised (an empty cell is suppressed too).
SUPPRESSION_MARKERS: tuple[str, ...] = (
    "s", "*", "n.d.", "nd", "n.d", "na", "n/a", "x", "c", "secret", "confidentiel",
    "vertrouwelijk", "suppressed", "masque", "masqué", "geheim",
)

#: Hour-of-day column headers of a wide-by-hour layout: 0, 00h, 0:00, 00:00-01:00, h0, 0u, 14h00.
HOUR_HEADER = re.compile(r"^(?:h\s*)?(\d{1,2})\s*(?:h|u|uur|:00|h00|u00|:00:00)?(?:\s*[-–à]\s*.*)?$", re.I)


def hour_of_header(header: str) -> int | None:
    """Hour 0–23 named by a wide-layout column header, or None."""
    m = HOUR_HEADER.match(str(header).strip())
    if not m:
        return None
    h = int(m.group(1))
    return h if 0 <= h <= 23 else None


def header_role(header: str) -> str | None:
    """The role named by a header, or None."""
    n = norm(header)
    for role, words in HEADER_ROLES.items():
        if n in words:
            return role
    return None


def header_language(headers: list[str]) -> str:
    """Guess 'fr', 'nl' or 'en' from headers, for the metadata."""
    text = " ".join(norm(h) for h in headers)
    scores = {
        "fr": sum(w in text for w in ("categorie", "provenance", "heure", "volume", "touristes",
                                      "excursionnistes", "residents", "nombre", "jour")),
        "nl": sum(w in text for w in ("datum", "tijdstip", "aantal", "herkomst", "profiel",
                                      "dagbezoekers", "verblijfsbezoekers", "pendelaars", "inwoners")),
        "en": sum(w in text for w in ("date", "time", "count", "origin", "profile", "visitors",
                                      "residents", "commuters")),
    }
    return max(scores, key=lambda k: scores[k]) if any(scores.values()) else ""
