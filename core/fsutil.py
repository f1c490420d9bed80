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


# -- data that ends up in spreadsheets and file names ------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A CSV or XLSX cell that a spreadsheet cannot run as a formula (OWASP "CSV injection").

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    apostrophe, which spreadsheets show as text; numbers (and text that is a plain number such as
    ``-12`` or ``-1,5``) and everything else pass unchanged, so the values still read back.
    """
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    if _is_number(value):
        return value
    return "'" + value


def _is_number(text: str) -> bool:
    t = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not t or t[0] not in "+-":
        return False
    body = t[1:].replace(",", ".", 1) if t.count(",") == 1 and "." not in t else t[1:]
    try:
        float(body)
    except ValueError:
        return False
    return body.replace(".", "", 1).replace("e", "", 1).replace("E", "", 1).lstrip("+-").isdigit()


_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_name(name: object, max_length: int = 80, fallback: str = "unnamed") -> str:
    """A file or layer name made from data (a zone id, a venue, a title) that stays inside its folder.

    Path separators, ``..``, control characters and characters Windows refuses become ``_``;
    leading dots and spaces go (no hidden files, no ``..``); the length is bounded (in UTF-8 bytes
    as well, for file systems that count bytes); reserved Windows device names get a ``_`` suffix.
    An empty result becomes ``fallback``.
    """
    import re
    import unicodedata
    s = unicodedata.normalize("NFC", str(name if name is not None else ""))
    s = "".join("_" if unicodedata.category(c)[0] == "C" else c for c in s)  # control, format, unassigned
    s = re.sub(r'[/\\:*?"<>|]', "_", s)
    s = re.sub(r"\.{2,}", "_", s)
    s = s.strip(" .")
    if len(s) > max_length:
        s = s[:max_length].rstrip(" .")
    while len(s.encode("utf-8")) > 3 * max_length:
        s = s[:-1]
    if not s:
        s = fallback
    if s.split(".", 1)[0].lower() in _WINDOWS_RESERVED:
        s = s + "_"
    return s
