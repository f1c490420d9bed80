"""Write files whole or not at all: a temporary name beside the target, then a rename."""

from __future__ import annotations

import os


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
