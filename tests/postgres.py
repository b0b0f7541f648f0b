"""A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, pg_ctl start on a free local port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Cluster:
    port: int
    user: str = "postgres"

    def dsn(self, dbname: str = "postgres") -> str:
        return f"dbname={dbname} host=127.0.0.1 port={self.port} user={self.user}"


def find_bin(name: str) -> str | None:
    """`initdb`/`pg_ctl`/`psql` on PATH, else in Debian's /usr/lib/postgresql/<version>/bin."""
    found = shutil.which(name)
    if found:
        return found
    root = Path("/usr/lib/postgresql")
    versions = sorted(root.glob(f"*/bin/{name}"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    return str(versions[-1]) if versions else None


def unavailable_reason() -> str | None:
    """Why no PostgreSQL can be started here (None when one can)."""
    missing = [n for n in ("initdb", "pg_ctl") if find_bin(n) is None]
    if missing:
        return f"PostgreSQL server binaries not found ({', '.join(missing)}): apt-get install postgresql"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: cannot start PostgreSQL as an unprivileged user"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run as the `postgres` user then."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def cluster() -> Iterator[Cluster]:
    """A started cluster with trust authentication on 127.0.0.1; stopped and removed afterwards."""
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    assert initdb and pg_ctl, unavailable_reason()
    tmp = Path(tempfile.mkdtemp(prefix="kabar-pg-"))
    data, sockets = tmp / "data", tmp / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    quiet = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "check": True, "timeout": 120}
    try:
        subprocess.run(_as_owner([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]), **quiet)
        options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(tmp / "server.log")  # the server must not hold our pipe open, or run() waits for ever
        start = [pg_ctl, "-D", str(data), "-l", log, "-o", options, "-w", "-t", "60", "start"]
        subprocess.run(_as_owner(start), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True, timeout=90)
        try:
            yield Cluster(port=port)
        finally:
            subprocess.run(_as_owner([pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"]), **quiet)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _psql(cluster: Cluster, *args: str) -> str:
    """psql against the cluster as its superuser; stdout (psql exits non-zero on an SQL error)."""
    psql = find_bin("psql")
    assert psql, "psql not found"
    base = [psql, "-h", "127.0.0.1", "-p", str(cluster.port), "-U", cluster.user]
    return subprocess.run([*base, *args], check=True, capture_output=True, text=True, timeout=60).stdout


def create_database(cluster: Cluster, name: str) -> str:
    """CREATE DATABASE name (a test-made identifier) on the cluster; returns its libpq DSN."""
    _psql(cluster, "-c", f'CREATE DATABASE "{name}"')
    return cluster.dsn(name)


def query(cluster: Cluster, dbname: str, sql: str) -> list[tuple[str, ...]]:
    """Rows of a read-only query through psql (unaligned, tab-separated): the tests need no Postgres driver."""
    out = _psql(cluster, "-d", dbname, "-AtF", "\t", "-c", sql)
    return [tuple(line.split("\t")) for line in out.splitlines() if line]
