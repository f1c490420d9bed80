"""Test set-up. pytest-qgis starts one QgsApplication offscreen with its settings isolated in
``.qgis-settings/`` at the repository root (gitignored), so the user's QGIS profile is never touched.
The plugin is imported as the package ``footfall`` through the alias made by ``scripts/setup.sh``;
the checkout itself is never on ``sys.path`` (run pytest with ``python -P``)."""

from __future__ import annotations

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_STATUS = {"exit": 0}


_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "", None}


class NetworkBlocked(OSError):
    """A test (or the code it runs) tried to reach the network; Footfall works offline."""


def _is_local(address) -> bool:
    """True for a Unix socket path or a loopback address."""
    if isinstance(address, (str, bytes)):
        return True  # AF_UNIX: a path
    if isinstance(address, tuple) and address:
        host = address[0]
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        return host in _LOCAL_HOSTS or str(host).startswith("127.")
    return False


@pytest.fixture(scope="session", autouse=True)
def block_network():
    """No network access while the suite runs: Python sockets may only reach Unix sockets and the
    loopback interface (a local PostgreSQL, for instance). Map tiles are fetched by Qt's own network
    stack (C++), which this does not touch; subprocesses such as qgis_process are not covered either."""
    import socket

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create = socket.create_connection

    def connect(sock, address):
        if sock.family != socket.AF_UNIX and not _is_local(address):
            raise NetworkBlocked(f"network access blocked during tests: {address!r}")
        return real_connect(sock, address)

    def connect_ex(sock, address):
        if sock.family != socket.AF_UNIX and not _is_local(address):
            raise NetworkBlocked(f"network access blocked during tests: {address!r}")
        return real_connect_ex(sock, address)

    def create_connection(address, *args, **kwargs):
        if not _is_local(address):
            raise NetworkBlocked(f"network access blocked during tests: {address!r}")
        return real_create(address, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    socket.create_connection = create_connection
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex = real_connect, real_connect_ex
        socket.create_connection = real_create


@pytest.fixture(scope="module")
def provider(qgis_app, qgis_processing):
    """The Footfall Processing provider, registered for the module's tests."""
    from qgis.core import QgsApplication

    from footfall.processing.provider import FootfallProvider
    reg = QgsApplication.processingRegistry()
    if reg.providerById("footfall") is not None:
        yield reg.providerById("footfall")
        return
    p = FootfallProvider()
    reg.addProvider(p)
    yield p
    reg.removeProvider(p)


@pytest.fixture()
def qgis_process_env(tmp_path):
    """Environment for the real ``qgis_process.bin``: a throw-away profile with this checkout installed
    as the plugin ``footfall`` (enabled), and the venv's site-packages for its dependency duckdb."""
    import shutil
    import subprocess
    import sysconfig
    from pathlib import Path

    import footfall
    if not shutil.which("qgis_process.bin"):
        pytest.skip("qgis_process is not installed")
    cfg = tmp_path / "qgis-config"
    plugins = cfg / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "footfall").symlink_to(Path(footfall.__file__).resolve().parent)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(cfg), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=sysconfig.get_paths()["purelib"])
    done = subprocess.run(["qgis_process.bin", "plugins", "enable", "footfall"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr + done.stdout
    return env


def pytest_sessionfinish(session, exitstatus):
    """Remember the exit status for :func:`pytest_unconfigure`."""
    _STATUS["exit"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the process once pytest has printed its summary and QGIS has exited: the interpreter's own
    teardown would make nanobind (DuckDB's bindings) print a page of 'leaked instance' warnings for the
    engines that QGIS objects still hold, after pytest's closing line."""
    from footfall.core.dataset import close_all
    close_all()  # remove the engines' temporary folders: os._exit runs no finalisers
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_STATUS["exit"])
