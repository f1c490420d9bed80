"""A throw-away PostgreSQL server with PostGIS for the tests (Debian's packages ``postgresql`` and
``postgresql-15-postgis-3``, installed by ``scripts/setup.sh``).

The session fixture :func:`pg_server` makes a cluster in a temporary folder owned by the ``postgres``
system user (initdb refuses to run as root), starts it on a free loopback port with its Unix socket in
that folder, creates a database with the PostGIS extension and yields its connection parameters; the
server is stopped and the folder removed at the end of the session, whether the tests passed or not.
Only missing binaries skip the tests; any other failure to start the server is an error."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

DBNAME = "footfall_test"


@dataclass(frozen=True)
class PgServer:
    """Connection parameters of the throw-away server."""

    host: str  # the folder of the Unix socket
    port: int
    user: str
    dbname: str

    @property
    def dsn(self) -> str:
        """A libpq connection string."""
        return f"host={self.host} port={self.port} user={self.user} dbname={self.dbname}"

    @property
    def qgis_uri(self) -> str:
        """The same connection as a QGIS data-source URI (without a table)."""
        return f"dbname='{self.dbname}' host={self.host} port={self.port} user='{self.user}' sslmode=disable"

    def connect(self):
        import psycopg2
        return psycopg2.connect(self.dsn)


def _bindir() -> Path | None:
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(cand, "initdb").is_file() and Path(cand, "pg_ctl").is_file():
            return Path(cand)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as(user: str | None, args: list[str], **kw) -> subprocess.CompletedProcess:
    cmd = ["runuser", "-u", user, "--", *args] if user else args
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kw)


def _missing() -> str | None:
    """Why the server cannot be made here, or None."""
    bindir = _bindir()
    if bindir is None:
        return "PostgreSQL server binaries are not installed (Debian package postgresql; run scripts/setup.sh)"
    share = Path(str(bindir).replace("/usr/lib/", "/usr/share/").removesuffix("/bin"))
    if not list(share.glob("extension/postgis.control")):
        return "PostGIS is not installed for this PostgreSQL (Debian package postgresql-15-postgis-3)"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is not installed (Debian package python3-psycopg2)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "there is no postgres system user to run the server as"
        if not shutil.which("runuser"):
            return "runuser is not available to run the server as the postgres user"
    return None


@pytest.fixture(scope="session")
def pg_server():
    """Start a PostgreSQL + PostGIS server for the session; yield a :class:`PgServer`."""
    why = _missing()
    if why:
        pytest.skip(why)
    bindir = _bindir()
    root = os.geteuid() == 0
    user = "postgres" if root else None
    dbuser = "postgres" if root else pwd.getpwuid(os.geteuid()).pw_name
    tmp = Path(tempfile.mkdtemp(prefix="footfall-pg-"))
    data, sock, log = tmp / "data", tmp / "sock", tmp / "server.log"
    sock.mkdir()
    if root:
        pw = pwd.getpwnam("postgres")
        for p in (tmp, sock):
            os.chown(p, pw.pw_uid, pw.pw_gid)
    port = _free_port()
    started = False
    try:
        done = _as(user, [str(bindir / "initdb"), "-D", str(data), "-U", dbuser, "-A", "trust",
                          "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        if done.returncode:
            done = _as(user, [str(bindir / "initdb"), "-D", str(data), "-U", dbuser, "-A", "trust",
                              "-E", "UTF8", "--no-locale", "--no-sync"])
        assert done.returncode == 0, "initdb failed: " + done.stderr + done.stdout
        opts = (f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off")
        done = _as(user, [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start"])
        started = True
        if done.returncode:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise AssertionError("pg_ctl start failed: " + done.stderr + done.stdout + text)
        server = PgServer(str(sock), port, dbuser, DBNAME)
        import psycopg2
        admin = psycopg2.connect(host=str(sock), port=port, user=dbuser, dbname="postgres")
        admin.autocommit = True
        admin.cursor().execute(f"CREATE DATABASE {DBNAME}")
        admin.close()
        con = server.connect()
        con.autocommit = True
        con.cursor().execute("CREATE EXTENSION postgis")
        con.close()
        yield server
    finally:
        if started:
            _as(user, [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(tmp, ignore_errors=True)
