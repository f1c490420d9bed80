"""The algorithms in the Graphical Modeler: a model that imports an export and runs the catchment and the
economic impact on the GeoPackage it wrote gives the same numbers as the algorithms run one by one."""

from __future__ import annotations

import pytest
from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource, QgsProcessingModelOutput, QgsProcessingModelParameter,
                       QgsProcessingParameterFile, QgsVectorLayer)

from footfall.core import demo


def _child(alg_id: str, child_id: str, sources: dict, outputs: dict[str, str]) -> QgsProcessingModelChildAlgorithm:
    from qgis.core import QgsApplication
    child = QgsProcessingModelChildAlgorithm(alg_id)
    child.setChildId(child_id)
    for name, src in sources.items():
        child.addParameterSources(name, [src])
    # what the modeler's dialog does: every other parameter with its default value
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    for p in alg.parameterDefinitions():
        if p.name() not in sources and not p.isDestination() and p.defaultValue() is not None:
            child.addParameterSources(p.name(), [QgsProcessingModelChildParameterSource.fromStaticValue(p.defaultValue())])
    model_outputs = {}
    for model_name, child_output in outputs.items():
        out = QgsProcessingModelOutput(model_name)
        out.setChildOutputName(child_output)
        out.setChildId(child_id)
        model_outputs[model_name] = out
    child.setModelOutputs(model_outputs)
    return child


def test_import_then_catchment_and_impact_in_one_model(provider, tmp_path):
    import processing
    files = demo.write_brussels_demo(tmp_path / "bxl")
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    model = QgsProcessingModelAlgorithm("footfall_chain", "tests")
    model.addModelParameter(QgsProcessingParameterFile("export", "Export", extension=""),
                            QgsProcessingModelParameter("export"))
    model.addChildAlgorithm(_child("footfall:import_export", "import", {
        "INPUT": QgsProcessingModelChildParameterSource.fromModelParameter("export"),
        "TIMEZONE": static("Europe/Brussels")}, {"gpkg": "OUTPUT"}))
    from_import = QgsProcessingModelChildParameterSource.fromChildOutput("import", "OUTPUT")
    catch = _child("footfall:catchment", "catchment", {
        "INPUT": from_import, "VENUE": static("4.35236,50.84673 [EPSG:4326]"), "LEVEL": static(1)},
        {"catchment": "OUTPUT"})
    model.addChildAlgorithm(catch)
    model.addChildAlgorithm(_child("footfall:economic_impact", "impact", {
        "INPUT": from_import, "PRESET": static(0)}, {"impact": "OUTPUT"}))
    assert model.validate()[0], model.validate()[1]

    res = processing.run(model, {"export": str(files["origin"]), "import:gpkg": str(tmp_path / "bxl.gpkg"),
                                 "catchment:catchment": str(tmp_path / "c.gpkg"),
                                 "impact:impact": str(tmp_path / "i.gpkg")})
    # the same algorithms run one by one on the same file
    one = processing.run("footfall:catchment", {"INPUT": str(files["origin"]), "TIMEZONE": "Europe/Brussels",
                                                "VENUE": "4.35236,50.84673 [EPSG:4326]", "LEVEL": 1,
                                                "OUTPUT": str(tmp_path / "c1.gpkg")})
    imp = processing.run("footfall:economic_impact", {"INPUT": str(files["origin"]), "TIMEZONE": "Europe/Brussels",
                                                      "PRESET": 0, "OUTPUT": str(tmp_path / "i1.gpkg")})
    chained = QgsVectorLayer(res["catchment:catchment"], "c", "ogr")
    alone = QgsVectorLayer(one["OUTPUT"], "c1", "ogr")
    assert chained.featureCount() == alone.featureCount() > 10
    assert sum(f["visitors"] for f in chained.getFeatures()) == pytest.approx(one["TOTAL"])
    table = QgsVectorLayer(res["impact:impact"], "i", "ogr")
    assert sum(f["total"] for f in table.getFeatures()) == pytest.approx(imp["TOTAL"])
