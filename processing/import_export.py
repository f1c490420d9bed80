"""``footfall:import_export``: read an operator's export into a Footfall GeoPackage."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (QgsDataSourceUri, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterDatabaseSchema,
                       QgsProcessingParameterDatabaseTable, QgsProcessingParameterField,
                       QgsProcessingParameterProviderConnection, QgsProviderConnectionException,
                       QgsProviderRegistry,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterVectorLayer, QgsProcessingOutputNumber)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.gpkg import write_gpkg
from ..core.model import DEFAULT_THRESHOLD
from ..core.readers import read_export
from ..core import pg
from ..cartography.geometry import zones_from_layer
from ..cartography import fmt
from .base import FootfallAlgorithm, timezone_parameter


def postgres_dsn(connection: str) -> str:
    """The libpq connection string of a PostgreSQL connection saved in QGIS (Browser → PostgreSQL),
    with its authentication configuration expanded; a ``postgresql://`` URL or a connection string
    (``dbname=... host=...``) is accepted too, for qgis_process and scripts."""
    text = (connection or "").strip()
    if text.startswith(("postgres://", "postgresql://")):
        return text
    md = QgsProviderRegistry.instance().providerMetadata("postgres")
    if md is None:
        raise QgsProcessingException(QCoreApplication.translate(
            "ImportExportAlgorithm", "QGIS has no PostgreSQL provider; install the package qgis-providers."))
    conn = None
    try:
        conn = md.findConnection(text)
    except QgsProviderConnectionException:
        conn = None
    if conn is None and "=" in text:
        try:
            conn = md.createConnection(text, {})
        except QgsProviderConnectionException:
            conn = None
    if conn is None:
        raise QgsProcessingException(QCoreApplication.translate(
            "ImportExportAlgorithm", "There is no saved PostgreSQL connection named “{name}”; add it in the Browser panel, or give a connection string such as dbname=footfall host=localhost.").format(name=text))
    return QgsDataSourceUri(conn.uri()).connectionInfo(True)


class ImportExportAlgorithm(FootfallAlgorithm):
    """Import a footfall export (CSV, XLSX, Parquet, GeoPackage, GeoJSON) into a GeoPackage."""

    NAME = "import_export"
    CONTEXT = "ImportExportAlgorithm"
    INPUT = "INPUT"
    FOLDER = "FOLDER"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    MAPPING = "MAPPING"
    TIMEZONE = "TIMEZONE"
    THRESHOLD = "THRESHOLD"
    OUTPUT = "OUTPUT"
    DATABASE = "DATABASE"
    DATABASE_SCHEMA = "DATABASE_SCHEMA"
    DATABASE_TABLE = "DATABASE_TABLE"
    DATABASE_ZONES = "DATABASE_ZONES"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Import footfall export")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Reads an operator's footfall export (CSV in any usual encoding and delimiter, XLSX, Parquet, "
            "GeoPackage or GeoJSON; long or wide layout; French, Dutch or English headers) and writes a "
            "GeoPackage with the long table <b>footfall</b> (zone_id, start, end in UTC, profile, "
            "origin_type, origin_code, count, suppressed), the <b>zones</b> layer and the temporal layer "
            "<b>zone_slots</b> (total per zone and time slot) when zone geometry is known, and the "
            "dataset metadata (source file and SHA-256, time zone, slot length, anonymity threshold).\n\n"
            "Suppressed cells (&lt;30, s, *, n.d., NA, empty) stay suppressed, never zero; counts below the "
            "anonymity threshold are suppressed too. Local times are converted with the time zone, "
            "daylight-saving changes included. The source file is never modified, and the output is "
            "written whole or not at all.") + "\n\n" + self.tr(
            "Instead of a file, a table of a PostgreSQL database may be read (a connection saved in QGIS, "
            "a schema and a table, with the same columns as a file), and the zones from a PostGIS table "
            "of the same schema.")

    def initAlgorithm(self, config=None):  # noqa: N802
        # optional only because a folder or a PostgreSQL table may be given instead (checkParameterValues)
        p = QgsProcessingParameterFile(self.INPUT, self.tr("Footfall export file (or a folder or a PostgreSQL table below)"),
                                       extension="", optional=True)
        p.setHelp(self.tr("The file delivered by the operator (also a .csv.gz / .txt.gz, or a ZIP of a delivery whose files are read as one dataset)."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.FOLDER, self.tr("Folder of export files"),
                                       QgsProcessingParameterFile.Folder, optional=True)
        p.setHelp(self.tr("A folder whose export files are read as one dataset (MITMA's daily files, a Flux Vision delivery), instead of a single file."))
        self.addParameter(p)
        p = QgsProcessingParameterVectorLayer(self.ZONES, self.tr("Zone layer"),
                                              [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Polygons of the zones, joined by id. Without it, geometry comes from the file itself or from the built-in grids."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.ZONE_FIELD, self.tr("Zone id field"), parentLayerParameterName=self.ZONES,
                                        optional=True)
        p.setHelp(self.tr("The field of the zone layer that holds the zone ids of the export."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.MAPPING, self.tr("Column mapping (JSON)"), extension="json", optional=True)
        p.setHelp(self.tr("For files whose columns are not recognised: which column holds the zone, date, time, profile, origin and count."))
        self.addParameter(p)
        p = timezone_parameter(self.TIMEZONE, self.tr("Time zone of the export"))
        p.setHelp(self.tr("Local times of the file are in this zone, e.g. Europe/Brussels or Europe/Paris; times with an offset keep it."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Anonymity threshold"),
                                         QgsProcessingParameterNumber.Integer, DEFAULT_THRESHOLD, minValue=1)
        p.setHelp(self.tr("Counts below this number are suppressed (30 unless the dataset says otherwise)."))
        self.addParameter(p)
        p = QgsProcessingParameterProviderConnection(self.DATABASE, self.tr("PostgreSQL connection"), "postgres", optional=True)
        p.setHelp(self.tr("A PostgreSQL connection saved in QGIS, or a connection string, to read the footfall table from; leave the export file empty then."))
        self.addParameter(p)
        p = QgsProcessingParameterDatabaseSchema(self.DATABASE_SCHEMA, self.tr("Schema"), self.DATABASE,
                                                 defaultValue="public", optional=True)
        p.setHelp(self.tr("The schema of the footfall table and of the zones table."))
        self.addParameter(p)
        p = QgsProcessingParameterDatabaseTable(self.DATABASE_TABLE, self.tr("Footfall table"), self.DATABASE,
                                                self.DATABASE_SCHEMA, optional=True)
        p.setHelp(self.tr("The table holding the counts, with columns named as in a file (zone_id, start, end, profile, origin_type, origin_code, count, suppressed, or the operator's own)."))
        self.addParameter(p)
        p = QgsProcessingParameterDatabaseTable(self.DATABASE_ZONES, self.tr("Zones table (PostGIS)"), self.DATABASE,
                                                self.DATABASE_SCHEMA, optional=True)
        p.setHelp(self.tr("A PostGIS table of the zone polygons with a zone_id column; the zone layer above takes precedence."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Footfall GeoPackage"), self.tr("GeoPackage (*.gpkg)"))
        p.setHelp(self.tr("The GeoPackage to write."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("ROWS", self.tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber("SUPPRESSED", self.tr("Suppressed cells")))
        self.addOutput(QgsProcessingOutputNumber("UNMATCHED_ZONES", self.tr("Zone ids without geometry")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """One source is needed: a file, a folder or a PostgreSQL table (said before the algorithm runs)."""
        if not any(self.parameterAsString(parameters, name, context)
                   for name in (self.INPUT, self.FOLDER, self.DATABASE_TABLE)):
            return False, self.no_source()
        return super().checkParameterValues(parameters, context)

    def no_source(self) -> str:
        return self.tr("Choose the footfall export file, a folder of export files, or a PostgreSQL table.")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        src = self.parameterAsFile(parameters, self.INPUT, context)
        folder = self.parameterAsFile(parameters, self.FOLDER, context)
        if folder and src:
            raise QgsProcessingException(self.tr("Give either an export file or a folder of export files, not both."))
        src = src or folder
        layer = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        mapping = self.parameterAsFile(parameters, self.MAPPING, context) or None
        tz = self.parameterAsString(parameters, self.TIMEZONE, context) or "Europe/Brussels"
        k = self.parameterAsInt(parameters, self.THRESHOLD, context)
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        table = self.parameterAsString(parameters, self.DATABASE_TABLE, context)
        if not src and not table:
            raise QgsProcessingException(self.no_source())
        if src and table:
            raise QgsProcessingException(self.tr("Give either a footfall export file or a PostgreSQL table, not both."))
        if not out.lower().endswith(".gpkg"):
            out += ".gpkg"
        progress = self.progress(feedback)
        if table:
            connection = self.parameterAsConnectionName(parameters, self.DATABASE, context)
            if not connection:
                raise QgsProcessingException(self.tr("A PostgreSQL table was given without a PostgreSQL connection."))
            dsn = postgres_dsn(connection)
            schema = self.parameterAsSchema(parameters, self.DATABASE_SCHEMA, context) or "public"
            zones_table = self.parameterAsDatabaseTableName(parameters, self.DATABASE_ZONES, context) or None
            ds = self.run_core(pg.read_pg, dsn, table, schema=schema, timezone=tz, mapping=mapping, threshold=k,
                               zones_table=None if layer is not None else zones_table,
                               zone_field=field or None, progress=progress.sub(0, 60))
        else:
            ds = self.run_core(read_export, src, timezone=tz, mapping=mapping, threshold=k, progress=progress.sub(0, 60))
        try:
            if layer is not None:
                zones, crs = zones_from_layer(layer, field)
                ds.set_zones(zones, crs)
            from ..core.measures import recognised_text
            recognised = recognised_text(ds.metadata)
            if recognised:
                feedback.pushInfo(recognised)
            for w in ds.metadata.warnings:
                feedback.pushWarning(w)
            unmatched = ds.unmatched_zones() if ds.zones_wkt() else []
            if unmatched:
                feedback.pushWarning(self.tr("Zone ids without geometry: {n}; those with the largest counts: {ids}").format(
                    n=fmt.number(len(unmatched)), ids=", ".join(f"{z} ({fmt.number(c)})" for z, c, _r in unmatched[:10])))
            elif not ds.zones_wkt():
                feedback.pushInfo(self.tr("No zone geometry is known: the GeoPackage holds the table only."))
            self.run_core(write_gpkg, ds, out, progress=progress.sub(60, 100))
            feedback.pushInfo(self.tr("{rows} rows imported, {supp} suppressed, written to {path}").format(
                rows=fmt.number(ds.row_count()), supp=fmt.number(ds.suppressed_count()), path=Path(out).name))
            return {self.OUTPUT: out, "ROWS": ds.row_count(), "SUPPRESSED": ds.suppressed_count(),
                    "UNMATCHED_ZONES": len(unmatched)}
        finally:
            ds.close()
