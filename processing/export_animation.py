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

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Export heat animation (GIF, MP4, PNG frames)")

    def group(self) -> str:
        return self.tr("Maps")

    def groupId(self) -> str:  # noqa: N802
        return "maps"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Renders every band of a heat cube (from “Heat cube”) as a frame: optional basemap layers "
            "from the project, the heat on one colour scale for the whole animation (the maximum over all "
            "frames, or a quantile of them), the slot's local date and time in your language with its "
            "time zone, a legend with units, and an attribution line. Writes a GIF or an MP4 (by the "
            "file's extension) and/or a folder of PNG frames. Files are written whole or not at all; "
            "nothing is downloaded.")

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
        p = QgsProcessingParameterMultipleLayers(self.BASEMAP, self.tr("Basemap layers"), QgsProcessing.TypeMapLayer, optional=True)
        p.setHelp(self.tr("Layers of the project drawn under the heat, rendered once."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.SCALE_QUANTILE, self.tr("Colour scale maximum (quantile of all frames)"),
                                         QgsProcessingParameterNumber.Double, 1.0, minValue=0.5, maxValue=1.0)
        p.setHelp(self.tr("1 uses the maximum over all frames; 0.99 lets the top 1 % of pixels saturate. The same scale holds for every frame."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("FRAME_COUNT", self.tr("Frames")))

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
        if not out and not frames:
            raise QgsProcessingException(self.tr("Choose an animation file, a folder of frames, or both."))
        if out and not out.lower().endswith((".gif", ".mp4")):
            raise QgsProcessingException(self.tr("The animation must be a .gif or .mp4 file."))
        if out:
            try:
                deps.require(deps.action_for_output(out))
            except deps.MissingDependency as exc:
                raise QgsProcessingException(str(exc)) from exc
        q = self.parameterAsDouble(parameters, self.SCALE_QUANTILE, context)
        vmax = cube.scale_max(None if q >= 1.0 else q)
        renderer = FrameRenderer(
            cube, QgsCoordinateReferenceSystem.fromWkt(cube.crs_wkt),
            self.parameterAsInt(parameters, self.WIDTH, context), self.parameterAsInt(parameters, self.HEIGHT, context),
            vmax, self.parameterAsString(parameters, self.TIMEZONE, context) or "Europe/Brussels",
            self.parameterAsString(parameters, self.TITLE, context),
            self.parameterAsString(parameters, self.ATTRIBUTION, context),
            self.parameterAsLayerList(parameters, self.BASEMAP, context))
        try:
            res = self.run_core(export_animation, renderer, out, frames,
                                self.parameterAsDouble(parameters, self.FPS, context), self.progress(feedback))
        except (OSError, ValueError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        return {self.OUTPUT: out, self.FRAMES: frames, "FRAME_COUNT": res["frames"]}
