"""Loading the YAML files users edit (catalog, taxonomy, profiles), validated by JSON Schema.

An error names the file, the line and the key, because the person fixing it has the file open:
``sources/catalog.yml:14: 001.txt: unknown key 'titel'``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from .errors import ConfigError

SCHEMAS = Path(__file__).parent / "schemas"


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings: the schema checks them, the pages print them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_index(node: yaml.Node, path: tuple = (), index: dict | None = None) -> dict:
    """Map each key path in a composed YAML tree to its 1-based line number."""
    index = {} if index is None else index
    index.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            sub = (*path, key.value)
            index[sub] = key.start_mark.line + 1
            _line_index(value, sub, index)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_index(item, (*path, i), index)
    return index


def _describe(error) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        keys = ", ".join(repr(k) for k in extra)
        return f"{where + ': ' if where else ''}unknown key {keys}"
    return f"{where + ': ' if where else ''}{error.message}"


def load_yaml(path: Path, schema_name: str) -> Any:
    """Parse ``path`` and validate it against ``schemas/<schema_name>.schema.json``.

    Raises ``ConfigError`` for a missing file, a YAML syntax error or a schema violation.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(path, None, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, None, f"cannot read: {exc}") from None
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise ConfigError(path, line, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None
    schema = json.loads((SCHEMAS / f"{schema_name}.schema.json").read_text(encoding="utf-8"))
    errors = sorted(
        Draft202012Validator(schema).iter_errors(data),
        key=lambda e: [str(p) for p in e.absolute_path],
    )
    if errors:
        lines = _line_index(node) if node is not None else {}
        first = errors[0]
        path_key = tuple(first.absolute_path)
        if first.validator == "additionalProperties":
            extra = sorted(set(first.instance) - set(first.schema.get("properties", {})))
            path_key = (*path_key, extra[0]) if extra else path_key
        while path_key not in lines and path_key:
            path_key = path_key[:-1]
        raise ConfigError(path, lines.get(path_key), _describe(first))
    return data


def key_line(path: Path, keys: tuple) -> int | None:
    """The line of a key path in a YAML file (for errors found after schema validation)."""
    node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)
    return _line_index(node).get(keys) if node is not None else None
