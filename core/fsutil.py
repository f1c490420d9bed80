"""Write files whole or not at all: a temporary name beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def publish(tmp: str, path: str) -> None:
    """Give the finished temporary file the usual permissions and rename it to ``path`` (atomic)."""
    os.chmod(tmp, 0o666 & ~_umask())
    os.replace(tmp, path)


def publish_dir(tmp: str, path: str) -> None:
    """Like :func:`publish`, for a finished temporary folder."""
    os.chmod(tmp, 0o777 & ~_umask())
    os.replace(tmp, path)


@contextlib.contextmanager
def atomic_file(path: str, prefix: str = ".part-", suffix: str = ""):
    """Yield a temporary file name beside ``path``; on success it is published as ``path``, on any
    error (cancellation included) it is removed, so ``path`` is written whole or not at all."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    os.close(fd)
    try:
        yield tmp
        publish(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
