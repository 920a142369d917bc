"""Reading the catalog's TOML tables field by field, with errors that name the file,
the entry and the field (see model.py for why this is written here rather than with
a schema library)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

_LANG = re.compile(r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?$")
_PATH = re.compile(r"^/[A-Za-z0-9._~/-]*$")
_EMPTY: Mapping[str, tuple[str, ...]] = MappingProxyType({})


class CatalogError(ValueError):
    """The catalog file cannot be used; the message names file, entry and field."""


class Fields:
    """Takes fields out of one table so leftovers (typos) can be reported too."""

    def __init__(self, table: Mapping[str, Any], source: str, where: str) -> None:
        self._table = dict(table)
        self._source = source
        self._where = where

    @property
    def source(self) -> str:
        return self._source

    @property
    def where(self) -> str:
        return self._where

    def has(self, field: str) -> bool:
        return field in self._table

    def take_optional_by_language(self, field: str) -> Mapping[str, tuple[str, ...]]:
        return self.take_by_language(field) if field in self._table else _EMPTY

    def take_optional(self, field: str, kind: type) -> Any:
        return self.take(field, kind) if field in self._table else None

    def error(self, field: str, message: str) -> CatalogError:
        return CatalogError(f"{self._source}: {self._where}: field {field!r}: {message}")

    def take(self, field: str, kind: type) -> Any:
        if field not in self._table:
            raise self.error(field, "missing")
        value = self._table.pop(field)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(field, f"must be {_KIND_NAMES[kind]}, not {type(value).__name__}")
        return value

    def take_text(self, field: str) -> str:
        value = self.take(field, str).strip()
        if not value:
            raise self.error(field, "is empty")
        return value

    def take_texts(self, field: str) -> tuple[str, ...]:
        values = self.take(field, list)
        if not values:
            raise self.error(field, "is empty")
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise self.error(field, "every item must be non-empty text")
        return tuple(v.strip() for v in values)

    def take_path(self, field: str) -> str:
        path = self.take_text(field)
        self._check_path(field, path)
        return path

    def take_paths(self, field: str) -> tuple[str, ...]:
        paths = self.take_texts(field)
        for path in paths:
            self._check_path(field, path)
        if len(set(paths)) != len(paths):
            raise self.error(field, "lists a path twice")
        return paths

    def _check_path(self, field: str, path: str) -> None:
        if not _PATH.match(path) or "//" in path or "/../" in path or path.endswith("/.."):
            raise self.error(
                field,
                f"bad path {path!r}: must start with '/', on the site itself, "
                "without host, query, spaces or '..'",
            )

    def take_by_language(self, field: str) -> Mapping[str, tuple[str, ...]]:
        table = self.take(field, dict)
        if not table:
            raise self.error(field, "is empty")
        result: dict[str, tuple[str, ...]] = {}
        for lang, values in table.items():
            if not _LANG.match(lang):
                raise self.error(field, f"{lang!r} is not a language code such as 'en' or 'de'")
            if (
                not isinstance(values, list)
                or not values
                or not all(isinstance(v, str) and v.strip() for v in values)
            ):
                raise self.error(f"{field}.{lang}", "must be a list of non-empty texts")
            result[lang] = tuple(v.strip() for v in values)
        return MappingProxyType(result)

    def done(self) -> None:
        if self._table:
            names = ", ".join(repr(k) for k in sorted(self._table))
            raise CatalogError(f"{self._source}: {self._where}: unknown field(s) {names}")


_KIND_NAMES = {
    str: "text",
    int: "a whole number",
    list: "a list",
    dict: "a table",
    bool: "true or false",
    date: "a date (YYYY-MM-DD)",
}
