"""Errors that name the file, the row and the column, and say what was expected."""

from __future__ import annotations

from pathlib import Path

from .i18n import translate


class ReadError(Exception):
    """A file that cannot be read as a footfall export; the message is translated and complete."""

    def __init__(self, message: str, path: str | Path | None = None, row: int | None = None,
                 column: str | None = None, needs_mapping: bool = False) -> None:
        self.needs_mapping = needs_mapping  # a column mapping (dialog or JSON file) would settle it
        self.path = str(path) if path is not None else None
        self.row = row
        self.column = column
        self.detail = message
        parts = []
        if self.path:
            parts.append(Path(self.path).name)
        if row is not None:
            parts.append(translate("ReadError", "row {row}").format(row=row))
        if column:
            parts.append(translate("ReadError", "column “{column}”").format(column=column))
        where = ", ".join(parts)
        if where:
            text = translate("ReadError", "{where}: {message}").format(where=where, message=message)
        else:
            text = message[:1].upper() + message[1:]
        self.bare = text  #: the message without the hint on how to map the columns
        if needs_mapping and (row is None or column is None):  # no column is known: say how to assign them
            text += " " + translate("ReadError", "Assign the columns in a mapping file (JSON, see the README).")
        super().__init__(text)

    def for_dialog(self) -> str:
        """The message where the plugin offers its column-mapping dialog: its hint instead of the file's."""
        if not self.needs_mapping or (self.row is not None and self.column is not None):
            return str(self)
        return self.bare + " " + translate("ReadError", "Use “Map columns…” to say which column holds what.")


class Cancelled(Exception):
    """The user cancelled a long operation; nothing was kept."""
