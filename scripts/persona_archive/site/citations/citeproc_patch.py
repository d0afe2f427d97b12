"""The one place that reaches into citeproc-py's internals, for one version of it only.

citeproc-py 0.11 lacks two CSL 1.0.2 rules the official styles rely on, and is slow where the
archive formats thousands of entries: ``apply`` replaces a few of its methods (``model.Name``,
``model.Substitute``, ``model.CitationStylesElement``, ``model.Parent``, ``model.Text``,
``model.Sort``, ``source.CitationItem``). Internals change without notice between releases, so
the patch refuses to run on any citeproc-py but the one it was written and checked against
(``EXPECTED_VERSION``, the pin in ``requirements.txt``): a new release means reading the patch
against its code, then raising ``EXPECTED_VERSION`` together with the pin.
"""

from __future__ import annotations

EXPECTED_VERSION = "0.11.1"


class CiteprocVersionError(RuntimeError):
    """The installed citeproc-py is not the version the patch was written for."""


def check_version(installed: str | None = None) -> None:
    """Raise ``CiteprocVersionError`` unless citeproc-py is ``EXPECTED_VERSION``.

    >>> check_version(EXPECTED_VERSION)
    >>> try:
    ...     check_version("0.12.0")
    ... except CiteprocVersionError as error:
    ...     print(error)  # doctest: +ELLIPSIS
    citeproc-py 0.12.0 is installed, but ... written for citeproc-py 0.11.1 only ...
    """
    if installed is None:
        import citeproc

        installed = citeproc.__version__
    if installed != EXPECTED_VERSION:
        raise CiteprocVersionError(
            f"citeproc-py {installed} is installed, but the patch of its internals in "
            f"{__name__} was written for citeproc-py {EXPECTED_VERSION} only (the version "
            f"requirements.txt pins): install citeproc-py=={EXPECTED_VERSION} "
            "(pip install -r requirements.txt), or check the patch against the new version and "
            "raise EXPECTED_VERSION with the pin"
        )


def apply() -> None:
    """Two CSL 1.0.2 rules citeproc-py 0.11 lacks, which the official styles rely on, and one
    speed-up (once per process; refused on another citeproc-py version: ``check_version``).

    ``initialize="false"`` (Chicago spells given names out) and suppressing a substituted variable
    for the rest of the entry when the substitute is a macro (APA cites an authorless document by
    its title once, not twice). citeproc-py finds a macro by an XPath query on every use, ~85 %
    of the time it takes to format an entry: macros are looked up once per style file. Whether a
    group of the style calls a variable depends on the style alone, yet was worked out again,
    recursively, for every entry (a third of the rest): it is remembered per element, and so are
    the XPath queries on the style and locale (terms, layouts) and the variables a substitute
    represses, which depend on them alone. A citation item looks its reference up through three
    properties some 300 times an entry: the answer is kept on the item. A bibliography of one
    entry is not sorted (sorting renders every sort key's macro; a fifth of an entry's time).
    """
    check_version()
    from citeproc import model

    if getattr(model, "_pa_patched", False):
        return
    original_initialize = model.Name.initialize

    def initialize(self, given, mark, context):
        if self.get("initialize") == "false":
            return given
        return original_initialize(self, given, mark, context)

    original_repress = model.Substitute.add_to_repressed_list
    repressed: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def to_repress(child) -> list[tuple[str, str]]:
        found, seen, todo = [], set(), [child]
        while todo:
            for sub in todo.pop().iter():
                for var in (sub.get("variable") or "").split():
                    found.append((sub.tag, var))
                macro = sub.get("macro")
                if macro and macro not in seen:  # macro names: lxml proxies have no stable id
                    seen.add(macro)
                    todo.append(sub.get_macro(macro))
        return found

    def add_to_repressed_list(self, child, context):
        original_repress(self, child, context)
        tree = child.getroottree()
        key = (tree.docinfo.URL or "", tree.getpath(child))
        if key not in repressed or not key[0]:
            repressed[key] = to_repress(child)
        layout = context.get_layout()
        for tag, var in repressed[key]:
            layout.repressed.setdefault(tag, []).append(var)

    original_get_macro = model.CitationStylesElement.get_macro
    macros: dict[tuple[str, str], object] = {}

    def get_macro(self, name):
        style_file = self.getroottree().docinfo.URL
        if style_file is None:
            return original_get_macro(self, name)
        key = (style_file, name)
        if key not in macros:
            macros[key] = original_get_macro(self, name)
        return macros[key]

    calls: dict[tuple[str, str], bool] = {}

    def remembered(original):
        def calls_variable(self):
            tree = self.getroottree()
            if tree.docinfo.URL is None:
                return original(self)
            key = (tree.docinfo.URL, tree.getpath(self))
            if key not in calls:
                calls[key] = original(self)
            return calls[key]

        return calls_variable

    model.Name.initialize = initialize
    model.Substitute.add_to_repressed_list = add_to_repressed_list
    model.CitationStylesElement.get_macro = get_macro
    found: dict[tuple[str, str, str], list] = {}
    original_xpath_search = model.CitationStylesElement.xpath_search

    def xpath_search(self, expression):
        tree = self.getroottree()
        if tree.docinfo.URL is None:
            return original_xpath_search(self, expression)
        key = (tree.docinfo.URL, tree.getpath(self), expression)
        if key not in found:
            found[key] = original_xpath_search(self, expression)
        return list(found[key])

    from citeproc import source

    def reference(self):
        if "_pa_reference" not in self.__dict__:
            self.__dict__["_pa_reference"] = self.bibliography.source[self.key]
        return self.__dict__["_pa_reference"]

    original_sort = model.Sort.sort

    def sort(self, items, context):
        return list(items) if len(items) < 2 else original_sort(self, items, context)

    source.CitationItem.reference = property(reference)
    model.Sort.sort = sort
    model.Parent.calls_variable = remembered(model.Parent.calls_variable)
    model.Text.calls_variable = remembered(model.Text.calls_variable)
    model.CitationStylesElement.xpath_search = xpath_search
    model._pa_patched = True
