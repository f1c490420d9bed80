"""Translations: complete Dutch and French .ts files in step with the sources, the plugin, the Processing
algorithm and the core's errors in Dutch and French, and locale-aware numbers and dates."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import footfall

ROOT = Path(footfall.__file__).resolve().parent
I18N = ROOT / "i18n"
LANGS = ("nl", "fr")
DATA = Path(__file__).parent / "data"


def _load_ts_tool():
    spec = importlib.util.spec_from_file_location("footfall_ts_tool", ROOT / "scripts" / "ts_tool.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


ts_tool = _load_ts_tool()


def _pairs(path: Path) -> set[tuple[str, str]]:
    return {(ctx, m.source) for ctx, m in ts_tool.read_ts(path).messages()}


# -- 1. complete and faithful ------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_its_placeholders(lang):
    path = I18N / f"footfall_{lang}.ts"
    total, finished, problems = ts_tool.problems(path)
    assert total > 100, f"{path.name} holds only {total} messages"
    assert not problems, "\n".join(problems)
    assert finished == total
    assert ts_tool.read_ts(path).language == lang


def test_placeholder_check_sees_format_fields_qt_args_and_strftime_codes():
    assert ts_tool.placeholders("byte 0x{byte:02X} in {encoding}, %1 and %d/%m/%Y, 90 %") == sorted(
        ["{byte:02X}", "{encoding}", "%1", "%d", "%m", "%Y"])
    assert ts_tool.markup("<b>footfall</b> (&lt;30)") == sorted(["<b>", "</b>", "&lt;"])


def test_dutch_and_french_files_hold_the_same_messages():
    assert _pairs(I18N / "footfall_nl.ts") == _pairs(I18N / "footfall_fr.ts")


@pytest.mark.skipif(shutil.which("lrelease") is None, reason="lrelease (qttools5-dev-tools) is not installed")
@pytest.mark.parametrize("lang", LANGS)
def test_lrelease_reports_nothing_unfinished(lang, tmp_path):
    res = subprocess.run(["lrelease", str(I18N / f"footfall_{lang}.ts"), "-qm", str(tmp_path / "x.qm")],
                         capture_output=True, text=True, check=True)
    m = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", res.stdout)
    assert m, res.stdout
    assert int(m.group(1)) == int(m.group(2)) > 100 and m.group(3) == "0", res.stdout
    assert "Ignored" not in res.stdout, res.stdout


def test_french_typography_is_consistent():
    """A no-break space (U+00A0) before ; : ! ? in French, never an ordinary space or none."""
    bad = []
    for ctx, m in ts_tool.read_ts(I18N / "footfall_fr.ts").messages():
        t = m.translation
        if re.search(r" [;:!?]", t) or re.search(r"[\u202f][;:!?]", t):
            bad.append(f"{ctx}: {t!r}")
        # a word directly followed by ; or : then a space is a missing no-break space
        if re.search(r"[^\W\d_][;:!?](\s|$)", t):
            bad.append(f"{ctx}: {t!r}")
    assert not bad, "\n".join(bad)


def test_french_quotes_are_guillemets_with_no_break_spaces():
    """French quotes with « » and a no-break space (U+00A0) inside, never the English “ ” nor "…"."""
    bad = []
    for ctx, m in ts_tool.read_ts(I18N / "footfall_fr.ts").messages():
        t = re.sub(r"<[^<>]*>", "", m.translation)  # an attribute's quotes in a help text's markup are not prose
        if re.search(r'[“”"]', t):
            bad.append(f"{ctx}: English quotes in {t!r}")
        if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", t) or t.count("«") != t.count("»"):
            bad.append(f"{ctx}: « » without a no-break space inside, or unpaired, in {t!r}")
    assert not bad, "\n".join(bad)


# The glossary (docs/glossary.md): an English term in a source means the Dutch and French term in its
# translations (or the English word kept verbatim, as an example of a value a file may hold).
GLOSSARY = [
    (r"day visitors?", "dagbezoeker", "excursionniste"),
    (r"overnight visitors?", "verblijfsbezoeker", "touriste"),
    (r"commuters?", "pendelaar", "navetteur"),
    (r"residents?", "inwoner", "résident"),
    (r"catchment", "verzorgingsgebied", "zone de chalandise"),
    (r"footfall exports?", "bezoekersaantallen", "fréquentation"),
    (r"suppressed", "afgeschermd", "masqu"),
    (r"suppression", "afscherm", "secret statistique"),
    (r"anonymity threshold", "anonimiteitsdrempel", "seuil d'anonymat"),
    (r"(time )?slots?", "tijdvak", "créneau"),
    (r"origins?", "herkomst", "provenance"),
    (r"flows?", "stromen", "flux"),
    (r"economic impact", "economische impact", "retombées économiques"),
    (r"uplift", "toename", "surcroît"),
    (r"counts?", "aantal", "effectif"),
    (r"time zone", "tijdzone", "fuseau"),
    (r"mapping", "toewijzing", "correspondance"),
    (r"operator", "operator", "opérateur"),
    (r"heat ?maps?", "heatmap", "carte de chaleur"),
    (r"heat cubes?", "heatmapkubus", "cube de chaleur"),
    (r"Temporal Controller", "Tijdbeheer", "Contrôleur temporel"),  # QGIS's own names
    (r"gazetteers?", "plaatsnamenlijst", "répertoire"),
]

# Words the glossary settled against: one term per language for one thing.
REPLACED = {
    "nl": ["warmtekaart", "hittekaart", "heatkubus", "warmtekubus", "warmteanimatie", "mapping", "„"],
    "fr": ["garde d'anonymat", "en tant que", "journées-visiteurs", "moment de pointe"],
}


@pytest.mark.parametrize("lang", LANGS)
def test_translations_avoid_the_words_the_glossary_replaced(lang):
    bad = [f"{ctx}: {word!r} in {m.translation!r}" for ctx, m in ts_tool.read_ts(I18N / f"footfall_{lang}.ts").messages()
           for word in REPLACED[lang] if word in m.translation.lower() and word not in m.source.lower()]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_follow_the_glossary(lang):
    col = 1 if lang == "nl" else 2
    bad = []
    for ctx, m in ts_tool.read_ts(I18N / f"footfall_{lang}.ts").messages():
        for entry in GLOSSARY:
            found = re.search(rf"\b{entry[0]}\b", m.source, re.I)
            if found and entry[col].lower() not in m.translation.lower() \
                    and found.group(0).lower() not in m.translation.lower():
                bad.append(f"{ctx}: {entry[0]!r} is not {entry[col]!r} in {m.translation!r}")
    assert not bad, "\n".join(bad)


# -- 2. in step with the sources ---------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("pylupdate5") is None,
                    reason="pylupdate5 (pyqt5-dev-tools, installed by `make setup`) is not installed")
def test_ts_files_are_up_to_date_with_the_sources(tmp_path):
    res = subprocess.run(["bash", str(ROOT / "scripts" / "update_ts.sh"), "--out", str(tmp_path), "--no-qm"],
                         capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stdout + res.stderr
    for lang in LANGS:
        fresh, committed = _pairs(tmp_path / f"footfall_{lang}.ts"), _pairs(I18N / f"footfall_{lang}.ts")
        added = sorted(fresh - committed)
        gone = sorted(committed - fresh)
        assert not added and not gone, (
            f"i18n/footfall_{lang}.ts is out of date; run `make ts` and translate the new messages "
            f"(scripts/ts_tool.py export --untranslated).\nnew in the sources: {added}\nno longer in the sources: {gone}")


def _translated_literals(path: Path) -> set[str]:
    """The literal texts a module passes to tr(), self.tr() or translate() (also inside f-strings)."""
    import ast
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        args = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if name == "tr" and args:
            found.add(args[0].value)
        elif name == "translate" and len(node.args) >= 2 and len(args) >= 2:
            found.add(args[1].value)
    return found


def test_every_literal_given_to_tr_is_in_the_ts():
    """pylupdate5 reads no call inside an f-string (f"<h2>{tr('Contents')}</h2>"): such a text would
    stay English in every language. Every literal handed to a translate function must be a message."""
    known = {m.source for _ctx, m in ts_tool.read_ts(I18N / "footfall_nl.ts").messages()}
    missing = sorted(f"{f.relative_to(ROOT)}: {text!r}" for f in ts_tool.source_files(ROOT)
                     for text in _translated_literals(f) - known)
    assert not missing, "not extracted (a tr() inside an f-string?):\n" + "\n".join(missing)


def test_module_tr_helpers_are_given_their_run_time_context(tmp_path):
    """pylupdate5 puts bare tr() calls in @default; fix-contexts moves them to the helper's context."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "a.py").write_text('from x import QCoreApplication\n\n\ndef tr(text):\n'
                              '    return QCoreApplication.translate("Alpha", text)\n\n\nX = tr("Hello")\n',
                              encoding="utf-8")
    (pkg / "b.py").write_text('from .a import tr\n\nY = tr("Hello")\n', encoding="utf-8")
    (pkg / "c.py").write_text('from x import QCoreApplication\n\n\ndef tr(text):\n'
                              '    return QCoreApplication.translate("Gamma", text)\n\n\nW = tr("Hello")\n',
                              encoding="utf-8")
    (pkg / "d.py").write_text('Z = Thing().tr("Lost")\n', encoding="utf-8")
    ts = ts_tool.TsFile()
    # pylupdate5 keeps one location per message: "Hello" of c.py is found by reading the modules
    ts.add("@default", ts_tool.Message("Hello", locations=[(str(pkg / "a.py"), 8)]))
    ts.add("@default", ts_tool.Message("Lost", locations=[(str(pkg / "d.py"), 1)]))
    errors = ts_tool.fix_contexts(ts, sorted(pkg.glob("*.py")))
    assert sorted(ts.contexts) == ["Alpha", "Gamma"]
    assert [m.source for m in ts.contexts["Alpha"].values()] == ["Hello"]
    assert [m.source for m in ts.contexts["Gamma"].values()] == ["Hello"]
    assert [Path(f).name for f, _line in ts.contexts["Alpha"][("Hello", "")].locations] == ["a.py", "b.py"]
    assert len(errors) == 2 and all("'Lost'" in e for e in errors), errors


def test_merge_keeps_translations_and_drops_obsolete_messages():
    old = ts_tool.TsFile(language="nl")
    old.add("A", ts_tool.Message("Keep", translation="Houden", finished=True))
    old.add("A", ts_tool.Message("Gone", translation="Weg", finished=True))
    old.add("B", ts_tool.Message("Moved", translation="Verhuisd", finished=True))
    new = ts_tool.TsFile()
    new.add("A", ts_tool.Message("Keep"))
    new.add("C", ts_tool.Message("Moved"))
    new.add("C", ts_tool.Message("Fresh"))
    out, stats = ts_tool.merge(new, old, "nl")
    msgs = {(c, m.source): (m.translation, m.finished) for c, m in out.messages()}
    assert msgs == {("A", "Keep"): ("Houden", True), ("C", "Moved"): ("Verhuisd", False), ("C", "Fresh"): ("", False)}
    assert stats == {"kept": 1, "guessed": 1, "new": 1, "obsolete": 2}


# -- 3. the plugin in Dutch and French ----------------------------------------------------------------
@pytest.fixture()
def qm_dir(tmp_path_factory, monkeypatch):
    """Fresh .qm files built from the committed .ts (else the ones `make setup` built)."""
    import footfall.plugin.i18n as plugin_i18n
    if shutil.which("lrelease"):
        d = tmp_path_factory.mktemp("qm")
        for lang in LANGS:
            subprocess.run(["lrelease", "-silent", str(I18N / f"footfall_{lang}.ts"), "-qm",
                            str(d / f"footfall_{lang}.qm")], check=True)
        monkeypatch.setattr(plugin_i18n, "I18N", d)
        return d
    if not all((I18N / f"footfall_{lang}.qm").is_file() for lang in LANGS):
        pytest.skip("neither lrelease nor built .qm files (run `make setup`)")
    return I18N


@pytest.fixture(params=LANGS)
def language(request, qgis_app, qm_dir):
    from footfall.plugin.i18n import remove_translation, setup_translation
    tr = setup_translation(request.param)
    assert tr is not None, f"footfall_{request.param}.qm was not loaded"
    yield request.param
    remove_translation(tr)


EXPECTED = {
    "nl": {"open": "Export met bezoekersaantallen openen…", "panel": "Footfall-paneel", "play": "Afspelen",
           "no_export": "Geen export met bezoekersaantallen geopend.", "slot": "Tijdvak", "profiles": "Alle profielen",
           "alg": "Export met bezoekersaantallen importeren", "threshold": "Anonimiteitsdrempel", "group": "Gegevens",
           "negative": "neg.csv, rij 3, kolom “aantal”: het aantal -5 is negatief",
           "suppressed": "Afgeschermd (minder dan 30 personen)", "day": "Dagbezoekers", "quoted": "“aantal”"},
    "fr": {"open": "Ouvrir un export de fréquentation…", "panel": "Panneau Footfall", "play": "Lecture",
           "no_export": "Aucun export de fréquentation ouvert.", "slot": "Créneau", "profiles": "Tous les profils",
           "alg": "Importer un export de fréquentation", "threshold": "Seuil d'anonymat", "group": "Données",
           "negative": "neg.csv, ligne 3, colonne «\u00a0aantal\u00a0»\u00a0: l'effectif -5 est négatif",
           "suppressed": "Masqué (moins de 30 personnes)", "day": "Excursionnistes",
           "quoted": "«\u00a0aantal\u00a0»"},
}


def test_plugin_menu_dock_and_algorithm_are_translated(language, qgis_iface, qgis_new_project, qgis_processing):
    from qgis.core import QgsApplication
    want = EXPECTED[language]
    plugin = footfall.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.menu.title() == "Footfall"  # the product's name, the same in every language
        texts = [a.text() for a in plugin.menu.actions()]
        assert want["open"] in texts and want["panel"] in texts, texts
        assert "Open footfall export…" not in texts
        dock = plugin.dock
        assert dock.windowTitle() == "Footfall"
        assert dock.play.text() == want["play"]
        assert dock.title.text().startswith(want["no_export"])
        assert dock.slider.toolTip() == want["slot"]
        assert dock.profiles.defaultText() == want["profiles"]
        alg = QgsApplication.processingRegistry().algorithmById("footfall:import_export")
        assert alg is not None
        assert alg.displayName() == want["alg"]
        assert alg.group() == want["group"]
        fresh = alg.create()
        assert fresh.parameterDefinition("THRESHOLD").description() == want["threshold"]
        assert "<b>footfall</b>" in fresh.shortHelpString()
    finally:
        plugin.unload()


def test_core_read_error_is_translated(language, tmp_path):
    from footfall.core.errors import ReadError
    from footfall.core.readers import read_export
    src = tmp_path / "neg.csv"
    src.write_text("datum;tijdstip;zone;profiel;aantal\n06/07/2019;14:00;Grote Markt;dagbezoekers;120\n"
                   "06/07/2019;14:00;Beurs;dagbezoekers;-5\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_export(src, timezone="Europe/Brussels")
    assert str(err.value).startswith(EXPECTED[language]["negative"]), str(err.value)


NOT_A_WORKBOOK = {"nl": "bad.xlsx: dit is geen XLSX-werkmap: het bestand is beschadigd of onvolledig",
                  "fr": "bad.xlsx\u00a0: ce n'est pas un classeur XLSX\u00a0: le fichier est endommagé ou tronqué"}
NOT_A_ZIP = {"nl": "bad.zip: dit is geen ZIP-archief: het bestand is beschadigd of onvolledig",
             "fr": "bad.zip\u00a0: ce n'est pas une archive ZIP\u00a0: le fichier est endommagé ou tronqué"}


def test_a_bad_xlsx_or_zip_is_named_and_explained_in_the_user_s_language(language, tmp_path):
    """Not Python's "File is not a zip file": the reader, the mapping dialog's preview and a ZIP delivery
    each say which file and what is wrong with it, translated."""
    from footfall.core.errors import ReadError
    from footfall.core.preview import preview
    from footfall.core.readers import read_export, read_exports
    bad = tmp_path / "bad.xlsx"
    bad.write_text("datum;zone;aantal\n06/07/2019;Beurs;120\n", encoding="utf-8")  # a CSV named .xlsx
    for attempt in (lambda: read_export(bad, timezone="Europe/Brussels"), lambda: preview(bad)):
        with pytest.raises(ReadError) as err:
            attempt()
        assert str(err.value).startswith(NOT_A_WORKBOOK[language]), str(err.value)
        assert "zip file" not in str(err.value)
    zipped = tmp_path / "bad.zip"
    zipped.write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(ReadError) as err:
        read_exports([zipped], timezone="Europe/Brussels")
    assert str(err.value).startswith(NOT_A_ZIP[language]), str(err.value)
    assert "zip file" not in str(err.value)


def test_names_put_together_outside_a_message_get_the_language_s_quotes(language):
    from footfall.core.i18n import quoted
    assert quoted("aantal") == EXPECTED[language]["quoted"]


LEVELS = {  # the flow levels of Belgian and French data: (municipality, province, region) in each language
    "nl": {"BE": ["Gemeente", "Provincie", "Gewest"], "FR": ["Gemeente", "Departement", "Regio"]},
    "fr": {"BE": ["Commune", "Province", "Région"], "FR": ["Commune", "Département", "Région"]},
}


def test_flow_levels_are_named_as_the_data_s_country_names_them(language):
    from footfall.cartography.flow_layer import level_heading, level_options
    for country in ("BE", "FR"):
        assert level_options(country)[1:4] == LEVELS[language][country]
    assert "rovinc" not in " ".join(level_options("FR") + [level_heading(2, "FR")])
    assert "epartement" not in " ".join(level_options("BE") + [level_heading(2, "BE")]).replace("é", "e")


def test_legend_and_profiles_are_translated(language, qgis_app):
    from qgis.core import QgsVectorLayer
    from footfall.plugin.dock import profile_label
    from footfall.cartography.layers import style_by_count
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=count:double", "t", "memory")
    style_by_count(layer, [100.0, 1000.0], 30, 5000.0)
    labels = [r.label() for r in layer.renderer().rootRule().children()]
    assert EXPECTED[language]["suppressed"] in labels, labels
    assert profile_label("day_visitor") == EXPECTED[language]["day"]


def test_every_translate_call_at_run_time_is_in_the_ts(qgis_iface, qgis_new_project, qgis_processing,
                                                      monkeypatch, tmp_path):
    """Record the (context, text) of every translate call the plugin makes while it builds its GUI,
    dialogs, algorithm and core errors: each must be a message of the .ts (the context pylupdate5 and
    fix-contexts give a message is the one used at run time)."""
    from qgis.PyQt.QtCore import QCoreApplication
    import footfall.core.i18n as core_i18n
    import footfall.plugin.dock  # noqa: F401 - import every module that translates
    import footfall.cartography.layers  # noqa: F401
    import footfall.plugin.mapping_dialog  # noqa: F401
    import footfall.plugin.missing  # noqa: F401
    import footfall.plugin.open_dialog  # noqa: F401
    import footfall.plugin.plugin  # noqa: F401
    import footfall.plugin.task  # noqa: F401
    import footfall.processing.base  # noqa: F401
    import footfall.processing.import_export  # noqa: F401
    import footfall.processing.provider  # noqa: F401

    calls: set[tuple[str, str]] = set()

    class Recorder(QCoreApplication):
        @staticmethod
        def translate(context, text, disambiguation=None, n=-1):  # noqa: D102
            calls.add((context, text))
            return QCoreApplication.translate(context, text, disambiguation, n)

    for name, mod in list(sys.modules.items()):
        if name.startswith("footfall.") and getattr(mod, "QCoreApplication", None) is QCoreApplication:
            monkeypatch.setattr(mod, "QCoreApplication", Recorder)
    monkeypatch.setattr(core_i18n, "_translator", Recorder.translate)

    from footfall.core.errors import ReadError
    from footfall.core.readers import read_export
    from footfall.plugin.dock import profile_label
    from footfall.cartography.layers import style_by_count
    from footfall.plugin.open_dialog import OpenExportDialog
    from footfall.processing.provider import FootfallProvider
    from qgis.core import QgsVectorLayer

    plugin = footfall.classFactory(qgis_iface)
    plugin.initGui()
    core_i18n.set_translator(Recorder.translate)
    try:
        for code in ("resident", "day_visitor", "overnight_visitor", "commuter", "transit", "visitor", "all"):
            profile_label(code)
        OpenExportDialog(qgis_iface.mainWindow()).deleteLater()
        from footfall.core.preview import COLUMN_CHOICES
        from footfall.plugin.mapping_dialog import MappingDialog, role_label
        for role in COLUMN_CHOICES:
            role_label(role)
        MappingDialog(str(DATA / "nl_long_semicolon_ddmmyyyy.csv"), "", qgis_iface.mainWindow()).deleteLater()
        from footfall.plugin.missing import MissingDependencyPlugin
        from footfall.core.deps import DEPENDENCIES
        stand_in = MissingDependencyPlugin(qgis_iface, list(DEPENDENCIES))
        stand_in.initGui()
        stand_in.unload()
        prov = FootfallProvider()
        prov.name(), prov.longName()
        prov.loadAlgorithms()
        for alg in prov.algorithms():
            assert alg.CONTEXT == type(alg).__name__, "self.tr() is extracted under the class name"
            alg.displayName(), alg.group(), alg.shortHelpString()
        layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=count:double", "t", "memory")
        style_by_count(layer, [100.0], 30, 500.0)
        ds = read_export(DATA / "nl_long_semicolon_ddmmyyyy.csv", timezone="Europe/Brussels")
        plugin.add_layers(ds, None)  # no zone geometry: the message bar and the dock speak
        src = tmp_path / "neg.csv"
        src.write_text("datum;tijdstip;zone;profiel;aantal\n06/07/2019;14:00;Beurs;dagbezoekers;-5\n", encoding="utf-8")
        with pytest.raises(ReadError):
            read_export(src)
    finally:
        plugin.unload()
        core_i18n.set_translator(None)
    assert len(calls) > 40
    known = _pairs(I18N / "footfall_nl.ts")
    missing = sorted(calls - known)
    assert not missing, f"translated at run time but not in the .ts (wrong context or not extracted): {missing}"


# -- 4. locale-aware numbers and dates ------------------------------------------------------------------
@pytest.fixture()
def default_locale():
    from qgis.PyQt.QtCore import QLocale
    before = QLocale()

    def use(name: str):
        QLocale.setDefault(QLocale(name))
        return QLocale()

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize("name, number, date", [
    ("nl_BE", "1.234,5", "zaterdag 6 juli 2019"),
    # Qt 5.15 (CLDR) groups French digits with a narrow no-break space, U+202F
    ("fr_FR", "1\u202f234,5", "samedi 6 juillet 2019"),
    ("fr_BE", "1\u202f234,5", "samedi 6 juillet 2019"),
])
def test_numbers_and_dates_follow_the_locale(default_locale, name, number, date):
    from qgis.PyQt.QtCore import QDate
    loc = default_locale(name)  # the plugin formats with QLocale(), the default locale QGIS sets
    assert loc.toString(1234.5, "f", 1) == number
    assert loc.toString(QDate(2019, 7, 6), "dddd d MMMM yyyy") == date


@pytest.mark.parametrize("name, labels", [
    ("nl_BE", ["30 – 999", "1.000 or more"]),  # classes that do not overlap; no translator installed here
    ("fr_FR", ["30 – 999", "1\u202f000 or more"]),
])
def test_legend_classes_use_the_locale(default_locale, qgis_app, name, labels):
    from qgis.core import QgsVectorLayer
    from footfall.cartography.layers import style_by_count
    default_locale(name)
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=count:double", "t", "memory")
    style_by_count(layer, [1000.0], 30, 12000.0)
    got = [r.label() for r in layer.renderer().rootRule().children()]
    assert got[:2] == labels, got
