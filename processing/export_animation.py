"""``footfall:export_animation``: a GIF, an MP4 or PNG frames of a heat cube, with caption, legend, attribution."""

from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString, QgsProcessing)

from ..core import deps, heat
from .base import FootfallAlgorithm, timezone_parameter


class ExportAnimationAlgorithm(FootfallAlgorithm):
    """Renders every band of a heat cube on one fixed colour scale and encodes the frames."""

    PARAMETER_DECIMALS = {"FPS": 1}
    NAME = "export_animation"
    CONTEXT = "ExportAnimationAlgorithm"
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    FRAMES = "FRAMES"
    WIDTH = "WIDTH"
    HEIGHT = "HEIGHT"
    FPS = "FPS"
    TIMEZONE = "TIMEZONE"
    TITLE = "TITLE"
    ATTRIBUTION = "ATTRIBUTION"
    BASEMAP = "BASEMAP"
    SCALE_QUANTILE = "SCALE_QUANTILE"
    SUBTITLE = "SUBTITLE"
    SOURCE = "SOURCE"
    SIZE = "SIZE"
    START = "START"
    END = "END"
    STILL = "STILL"
    STILL_TIME = "STILL_TIME"
    CONTEXT_LAYERS = "CONTEXT_LAYERS"
    ONLINE = "ONLINE_BASEMAP"
    ONLINE_ATTRIBUTION = "ONLINE_ATTRIBUTION"
    GIF_BUDGET = "GIF_BUDGET_MB"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Export heat animation (GIF, MP4, PNG frames)")

    def group(self) -> str:
        return self.tr("Maps")

    def groupId(self) -> str:  # noqa: N802
        return "maps"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Renders every band of a heat cube (from “Heat cube”) in a time window as a frame: the bundled "
            "context layers (countries, provinces, départements, place names; or an online basemap you "
            "choose), optional basemap layers from the project, the heat on one colour scale for the whole "
            "animation (the maximum over all frames, or a quantile of them), a title, a subtitle, the slot's "
            "local date and time in your language with its time zone, a legend with units, a source line, "
            "the credits of every layer drawn, a scale bar and a north arrow. Writes a GIF or an MP4 (by the "
            "file's extension), a folder of PNG frames and/or a PNG still. A GIF stays under the size budget "
            "by one palette for all frames and, when needed, by keeping every second or third slot (the "
            "animation keeps its speed). Files are written whole or not at all; nothing is downloaded "
            "unless you choose an online basemap.")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Heat cube"))
        p.setHelp(self.tr("The multi-band GeoTIFF written by “Heat cube”."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Animation (GIF or MP4)"),
                                                  self.tr("GIF animation (*.gif);;MP4 video (*.mp4)"), optional=True)
        p.setHelp(self.tr("The animation file; its extension (.gif or .mp4) chooses the format."))
        self.addParameter(p)
        p = QgsProcessingParameterFolderDestination(self.FRAMES, self.tr("Folder of PNG frames"), optional=True,
                                                    createByDefault=False)
        p.setHelp(self.tr("A new or empty folder that receives frame_0001.png, frame_0002.png, …"))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.STILL, self.tr("PNG still"), self.tr("PNG image (*.png)"),
                                                  optional=True, createByDefault=False)
        p.setHelp(self.tr("A PNG of one slot (STILL_TIME, default the busiest slot of the window), with caption, legend and credits."))
        self.addParameter(p)
        from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterDateTime, QgsProcessingParameterEnum
        p = QgsProcessingParameterEnum(self.SIZE, self.tr("Size"), [
            self.tr("Width and height below"), self.tr("Square 1080 × 1080 (social media)"),
            self.tr("Landscape 1920 × 1080 (video, web)"), self.tr("Portrait 1080 × 1920 (stories, phones)")],
            defaultValue=0)
        p.setHelp(self.tr("A size preset; the first choice uses the width and height below."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.WIDTH, self.tr("Frame width (pixels)"), QgsProcessingParameterNumber.Integer, 960, minValue=160, maxValue=7680)
        p.setHelp(self.tr("Width of every frame."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.HEIGHT, self.tr("Frame height (pixels)"), QgsProcessingParameterNumber.Integer, 720, minValue=120, maxValue=4320)
        p.setHelp(self.tr("Height of every frame."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.FPS, self.tr("Frames per second"), QgsProcessingParameterNumber.Double, 8.0, minValue=0.1, maxValue=60)
        p.setHelp(self.tr("Playing speed: time slots shown per second."))
        self.addParameter(p)
        p = timezone_parameter(self.TIMEZONE, self.tr("Time zone of the caption"))
        p.setHelp(self.tr("The caption shows local date and time in this zone, with its abbreviation (CEST, CET)."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.TITLE, self.tr("Title"), defaultValue="", optional=True)
        p.setHelp(self.tr("A title above the time caption."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.ATTRIBUTION, self.tr("Attribution"),
                                         defaultValue=self.tr("Footfall · anonymised operator aggregates"), optional=True)
        p.setHelp(self.tr("Text in the lower left corner: the data source and the basemap's credits."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle"), defaultValue="", optional=True)
        p.setHelp(self.tr("A second line under the title: what the map shows."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.SOURCE, self.tr("Source line"), defaultValue="", optional=True)
        p.setHelp(self.tr("Printed in the lower left corner above the credits, for example the operator and the date of the data."))
        self.addParameter(p)
        p = QgsProcessingParameterDateTime(self.START, self.tr("Start of the time window"), optional=True)
        p.setHelp(self.tr("Only slots starting at or after this time are shown (default: the first slot)."))
        self.addParameter(p)
        p = QgsProcessingParameterDateTime(self.END, self.tr("End of the time window"), optional=True)
        p.setHelp(self.tr("Only slots starting before this time are shown (default: up to the last slot)."))
        self.addParameter(p)
        p = QgsProcessingParameterDateTime(self.STILL_TIME, self.tr("Time of the still"), optional=True)
        p.setHelp(self.tr("The still shows the slot under way at this time (default: the busiest slot of the window)."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.CONTEXT_LAYERS, self.tr("Draw the bundled context layers"), defaultValue=True)
        p.setHelp(self.tr("Countries, Belgian provinces and regions, French départements (Natural Earth) and place names (GeoNames), offline."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.ONLINE, self.tr("Online basemap"), defaultValue="", optional=True)
        p.setHelp(self.tr("Empty: none (offline). “osm”: OpenStreetMap, its credit added. Or an XYZ URL with {x}, {y} and {z}. When the tiles cannot be loaded, the bundled layers are drawn and the log says so."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.ONLINE_ATTRIBUTION, self.tr("Credit of the online basemap"), defaultValue="", optional=True)
        p.setHelp(self.tr("The credit of your own XYZ source (OpenStreetMap's is added automatically)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.GIF_BUDGET, self.tr("GIF size budget (MB, 0 = none)"),
                                         QgsProcessingParameterNumber.Double, 8.0, minValue=0.0, maxValue=1000.0)
        p.setHelp(self.tr("A GIF larger than this keeps only every second, third… slot, each shown longer, so that the animation keeps its speed."))
        self.addParameter(p)
        p = QgsProcessingParameterMultipleLayers(self.BASEMAP, self.tr("Basemap layers"), QgsProcessing.TypeMapLayer, optional=True)
        p.setHelp(self.tr("Layers of the project drawn under the heat, rendered once."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.SCALE_QUANTILE, self.tr("Colour scale maximum (quantile of all frames)"),
                                         QgsProcessingParameterNumber.Double, heat.SCALE_QUANTILE, minValue=0.5, maxValue=1.0)
        p.setHelp(self.tr("0.999 (the default, as the report, the demo and the plugin) lets the top 0.1 % of pixels saturate; 1 uses the maximum over all frames. The same scale holds for every frame."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("FRAME_COUNT", self.tr("Frames")))
        self.addOutput(QgsProcessingOutputNumber("GIF_STEP", self.tr("Slots per GIF frame")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..cartography.render import FrameRenderer, export_animation
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("No heat cube given."))
        try:
            cube = heat.GeoTiffCube(layer.source())
        except (ValueError, RuntimeError) as exc:
            raise QgsProcessingException(self.tr("{name} is not a heat cube written by Footfall: {error}").format(
                name=layer.name(), error=exc)) from exc
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context) or None
        frames = self.parameterAsString(parameters, self.FRAMES, context) or None
        still = self.parameterAsFileOutput(parameters, self.STILL, context) or None
        if not out and not frames and not still:
            raise QgsProcessingException(self.tr("Choose an animation file, a folder of frames, a still, or several."))
        if out and not out.lower().endswith((".gif", ".mp4")):
            raise QgsProcessingException(self.tr("The animation must be a .gif or .mp4 file."))
        if out:
            try:
                deps.require(deps.action_for_output(out))
            except deps.MissingDependency as exc:
                raise QgsProcessingException(str(exc)) from exc
        q = self.parameterAsDouble(parameters, self.SCALE_QUANTILE, context)
        vmax = cube.scale_max(None if q >= 1.0 else q)
        preset = self.parameterAsEnum(parameters, self.SIZE, context)
        width, height = self.parameterAsInt(parameters, self.WIDTH, context), self.parameterAsInt(parameters, self.HEIGHT, context)
        if preset:
            from ..cartography.render import SIZE_PRESETS
            _k, width, height = SIZE_PRESETS[preset - 1]
        from ..core.demo import demo_of
        synthetic = demo_of(layer.source()) is not None or demo_of(cube.ds.GetMetadataItem("FOOTFALL_SOURCE") or "") is not None
        renderer = FrameRenderer(
            cube, QgsCoordinateReferenceSystem.fromWkt(cube.crs_wkt), width, height,
            vmax, self.parameterAsString(parameters, self.TIMEZONE, context) or "Europe/Brussels",
            self.parameterAsString(parameters, self.TITLE, context),
            self.parameterAsString(parameters, self.ATTRIBUTION, context),
            self.parameterAsLayerList(parameters, self.BASEMAP, context),
            subtitle=self.parameterAsString(parameters, self.SUBTITLE, context),
            source=self.parameterAsString(parameters, self.SOURCE, context),
            context=self.parameterAsBoolean(parameters, self.CONTEXT_LAYERS, context),
            online=(self.parameterAsString(parameters, self.ONLINE, context) or "").strip(),
            online_attribution=self.parameterAsString(parameters, self.ONLINE_ATTRIBUTION, context),
            synthetic=synthetic)
        if renderer.message:
            feedback.reportError(renderer.message, False)

        def epoch(name):
            v = self.parameterAsDateTime(parameters, name, context)
            return float(v.toSecsSinceEpoch()) if v is not None and v.isValid() else None
        start, end, at = epoch(self.START), epoch(self.END), epoch(self.STILL_TIME)
        still_slot = None
        if at is not None:
            import numpy as np
            still_slot = max(0, int(np.searchsorted(np.asarray(cube.starts, dtype=float), at, side="right") - 1))
        budget = self.parameterAsDouble(parameters, self.GIF_BUDGET, context)
        try:
            if out or frames:
                res = self.run_core(export_animation, renderer, out, frames,
                                    self.parameterAsDouble(parameters, self.FPS, context), self.progress(feedback),
                                    start=start, end=end, still=still, still_slot=still_slot,
                                    gif_budget=int(budget * 1e6) if budget > 0 else None)
            else:
                from ..cartography.render import window_slots
                import numpy as np
                slots = window_slots(np.asarray(cube.starts, dtype=float), start, end)
                if not slots:
                    raise ValueError(self.tr("No time slot starts in the chosen window."))
                renderer.still(still_slot if still_slot is not None else slots[0], still)
                res = {"frames": 0, "step": 1}
        except (OSError, ValueError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        if res.get("step", 1) > 1:
            feedback.pushInfo(self.tr("The GIF keeps one slot in {n} to stay under the size budget.").format(n=res["step"]))
        return {self.OUTPUT: out, self.FRAMES: frames, self.STILL: still, "FRAME_COUNT": res["frames"],
                "GIF_STEP": res.get("step", 1)}
