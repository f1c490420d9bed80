"""The Python packages Footfall uses beyond QGIS itself: which are required, what each optional one
enables, and how to install them in QGIS's own Python. No import of ``qgis``.

One table, read by the start-up check (``plugin/plugin.py``), the actions and algorithms that need an
optional package (the animation export), the README's install lines and ``metadata.txt`` (a test checks
that all of them name the same packages) and ``make desktop-deps``.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys

from .i18n import translate


@dataclasses.dataclass(frozen=True)
class Dependency:
    """A Python package the plugin imports."""

    module: str  #: the name it is imported by
    package: str  #: the name pip installs it by
    required: bool
    pip_spec: str = ""  #: what to ask pip for on Debian/Ubuntu when it differs from ``package``

    def enables(self) -> str:
        """What the package gives the user, in the interface's language."""
        return {
            "duckdb": translate("Dependencies", "reading footfall exports (the plugin's engine)"),
            "imageio": translate("Dependencies", "GIF and MP4 export of animations"),
            "imageio_ffmpeg": translate("Dependencies", "MP4 export of animations"),
            "pyarrow": translate("Dependencies", "reading large CSV exports about twice as fast"),
        }[self.module]


#: Every package the plugin imports that QGIS does not ship. pyarrow 18 and later need numpy 2, which
#: Debian 12 and Ubuntu 24.04 do not have.
DEPENDENCIES: tuple[Dependency, ...] = (
    Dependency("duckdb", "duckdb", True),
    Dependency("imageio", "imageio", False),
    Dependency("imageio_ffmpeg", "imageio-ffmpeg", False),
    Dependency("pyarrow", "pyarrow", False, '"pyarrow<18"'),
)

_BY_MODULE = {d.module: d for d in DEPENDENCIES}

#: The packages an action needs, by action.
NEEDS: dict[str, tuple[str, ...]] = {
    "gif": ("imageio",),
    "mp4": ("imageio", "imageio_ffmpeg"),
}


def available(module: str) -> bool:
    """True when ``module`` can be imported (a module set to None in ``sys.modules`` counts as missing)."""
    if module in sys.modules:
        return sys.modules[module] is not None
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing(modules: tuple[str, ...] | list[str] | None = None) -> list[Dependency]:
    """The dependencies (all of them, or those of ``modules``) that cannot be imported."""
    deps = DEPENDENCIES if modules is None else [_BY_MODULE[m] for m in modules]
    return [d for d in deps if not available(d.module)]


def install_command(deps: list[Dependency] | tuple[Dependency, ...], platform: str | None = None) -> str:
    """The command that installs ``deps`` in QGIS's Python on this platform."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "python -m pip install " + " ".join(d.package for d in deps)
    if platform == "darwin":
        return "/Applications/QGIS.app/Contents/MacOS/bin/pip3 install " + " ".join(d.package for d in deps)
    return "python3 -m pip install --user --break-system-packages " + " ".join(d.pip_spec or d.package for d in deps)


def missing_message(deps: list[Dependency], platform: str | None = None) -> str:
    """A translated sentence: which packages are missing, what they enable, the command that installs them."""
    names = "; ".join(translate("Dependencies", "“{package}” for {what}").format(package=d.package, what=d.enables())
                      for d in deps)
    return translate("Dependencies", "Missing Python packages: {names}. Install them in QGIS's Python, for "
                                     "example with: {command}, then restart QGIS.").format(
        names=names, command=install_command(deps, platform))


class MissingDependency(RuntimeError):
    """An action needs a package that is not installed; the message says what to install and why."""


def require(action: str) -> None:
    """Raise :class:`MissingDependency` when a package ``action`` needs (see :data:`NEEDS`) is missing."""
    absent = missing(NEEDS[action])
    if absent:
        raise MissingDependency(missing_message(absent))


def action_for_output(path: str) -> str | None:
    """The :data:`NEEDS` key of an animation file (by its extension), None for a PNG still or frames."""
    p = path.lower()
    return "mp4" if p.endswith(".mp4") else "gif" if p.endswith(".gif") else None
