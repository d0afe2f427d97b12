"""Loading the YAML files users edit (catalog, taxonomy, profiles), validated by JSON Schema.

An error names the file, the line and the key, because the person fixing it has the file open:
``sources/catalog.yml:14: sources.001.txt: unknown key 'titel'``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from persona_archive import kinds
from persona_archive.errors import ConfigError

SCHEMAS = Path(__file__).parent / "schemas"
Lines = dict[tuple[Any, ...], int]


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe loader (libyaml's when PyYAML has it) that keeps dates as strings: the schema checks
    them, the pages print them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@cache
def _schema(name: str) -> dict[str, Any]:
    """A schema from ``schemas/``; a ``kind`` definition gets the kinds of the one registry.

    >>> _schema("catalog")["$defs"]["kind"]["enum"][:2]
    ['blog-post', 'podcast-transcript']
    """
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    if "kind" in schema.get("$defs", {}):
        schema["$defs"]["kind"]["enum"] = list(kinds.SLUGS)
    return schema


def load_yaml(path: Path, schema_name: str) -> tuple[Any, Lines]:
    """Parse ``path``, validate it against ``schemas/<schema_name>.schema.json``, and return the
    data with the line of every key path (for errors found later, e.g. a regex that won't compile).

    Raises ``ConfigError`` for a missing or unreadable file, a YAML syntax error, a key given twice
    or a schema violation (the earliest by line, "and N more" when there are several).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(path, None, "file not found") from None
    except OSError as exc:
        raise ConfigError(path, None, f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(path, None, "not UTF-8 text") from None
    try:
        loader = _Loader(text)
        try:  # one parse: the node tree gives the lines, the same tree gives the data
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ConfigError(path, line, f"invalid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(path, None, f"invalid YAML: {exc}") from None
    lines = _node_lines(path, node) if node is not None else {(): 1}
    _validate(path, data, lines, _schema(schema_name))
    return data, lines


def _node_lines(path: Path, node: yaml.Node) -> dict[tuple[Any, ...], int]:
    """Map each key path (``("profiles", 0, "name")``) to the 1-based line where it is written."""
    lines: dict[tuple[Any, ...], int] = {}

    def walk(current: yaml.Node, key_path: tuple[Any, ...], line: int) -> None:
        lines[key_path] = line
        if isinstance(current, yaml.MappingNode):
            seen: set[Any] = set()
            for key_node, value_node in current.value:
                key = key_node.value
                key_line = key_node.start_mark.line + 1
                if key in seen:
                    raise ConfigError(
                        path, key_line, f"{key_path_text(key_path)}: duplicate key {key!r}"
                    )
                seen.add(key)
                walk(value_node, (*key_path, key), key_line)
        elif isinstance(current, yaml.SequenceNode):
            for index, item in enumerate(current.value):
                walk(item, (*key_path, index), item.start_mark.line + 1)

    walk(node, (), node.start_mark.line + 1)
    return lines


def key_path_text(key_path: tuple[Any, ...] | list[Any]) -> str:
    out = ""
    for part in key_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _validate(path: Path, data: Any, lines: Lines, schema: dict) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    found = []
    for error in validator.iter_errors(data):
        while error.context and not _is_choice_of_keys(error):
            error = jsonschema.exceptions.best_match(error.context)
        found.append(_describe(error, lines))
    if found:
        found.sort(key=lambda item: (item[0] or 0, item[1]))
        line, message = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise ConfigError(path, line, message + more)


def _is_choice_of_keys(error: jsonschema.ValidationError) -> bool:
    """``oneOf: [{required: [text]}, {required: [regex]}]``: report the choice, not a branch."""
    branches = error.validator_value if error.validator in ("oneOf", "anyOf") else None
    return bool(branches) and all(set(b) == {"required"} for b in branches)


def _describe(
    error: jsonschema.ValidationError, lines: dict[tuple[Any, ...], int]
) -> tuple[int | None, str]:
    key_path = tuple(error.absolute_path)
    where = key_path_text(key_path)
    line = lines.get(key_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        if extra:
            return lines.get((*key_path, extra[0]), line), f"{where}: unknown key {extra[0]!r}"
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return line, f"{where}: missing required key {missing[0]!r}"
    if error.validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return line, f"{where}: expected {expected}, got {error.instance!r}"
    if _is_choice_of_keys(error):
        keys = " or ".join(repr(b["required"][0]) for b in error.validator_value)
        return line, f"{where}: needs exactly one of {keys}"
    return line, f"{where}: {error.message}"
