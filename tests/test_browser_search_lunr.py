"""Material's lunr search on a constructed archive, in Chromium: a result opens the paragraph that
holds most of the query's words (not merely the first that holds one), an author outranks a
mention, and a result shows at most two of its paragraphs."""

from __future__ import annotations

import re

import pytest
import yaml

import conftest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

_FILLER = (
    "The archive keeps this sentence so that the paragraph reads like prose from a real page, "
    "with enough ordinary words around the ones the tests look for."
)
SOURCES = {
    "observatory.txt": (
        "Notes from the observatory night shift",
        [
            f"Early in the evening the quasar was low on the horizon. {_FILLER}",
            f"Coffee, cold hands and a stubborn dome motor filled the next hour. {_FILLER}",
            f"Later the quasar, the nebula and the pulsar were all above the trees. {_FILLER}",
            f"By dawn the clouds had closed in again over the valley. {_FILLER}",
        ],
    ),
    "letters.txt": (
        "Letters about the dome motor",
        [
            f"Zebulon Quimby wrote that the motor was never the problem. {_FILLER}",
            f"Another reader answered with a long list of spare parts. {_FILLER}",
        ],
    ),
    "essay.txt": (
        "An essay on cold mornings",
        [
            f"Mornings at altitude are colder than anyone expects. {_FILLER}",
            f"Gloves help, and so does a thermos of strong tea. {_FILLER}",
            f"Frost forms on the inside of the windows before midnight. {_FILLER}",
            f"Nobody complains once the first photographs come in. {_FILLER}",
        ],
    ),
}
CATALOG = {"essay.txt": {"authors": ["Zebulon Quimby"], "kind": "blog-post"}}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    project = conftest.copy_project(tmp_path_factory.mktemp("lunr"))
    src = project / "sources"  # beside the project's own sources, which its pages cite
    for name, (title, paragraphs) in SOURCES.items():
        (src / name).write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    catalog = yaml.safe_load((src / "catalog.yml").read_text(encoding="utf-8"))
    catalog["sources"].update(CATALOG)
    (src / "catalog.yml").write_text(yaml.safe_dump(catalog), encoding="utf-8")
    site = conftest.build_site(project)
    slugs = {}
    for path in (project / "docs" / "archive").glob("*.md"):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        slugs[meta["source_file"]] = meta["slug"]
    with conftest.serve_directory(site) as url:
        yield {"site": site, "slugs": slugs, "url": url}


def _paragraph_id(site, slug: str, words: str) -> str:
    """The id of the paragraph of the built page that holds ``words``."""
    page = (site / "archive" / slug / "index.html").read_text(encoding="utf-8")
    ids = re.finditer(r'<p [^>]*\bid="(p-[a-z0-9-]+)"[^>]*>(.*?)</p>', page, re.S)
    return next(m.group(1) for m in ids if words in m.group(2))


def _links(page, slug: str) -> list[str]:
    return page.eval_on_selector_all(
        f'.md-search-result__link[href*="/archive/{slug}/"]', "els => els.map(e => e.href)"
    )


def test_a_result_opens_the_paragraph_with_most_of_the_query(page, archive):
    slug = archive["slugs"]["observatory.txt"]
    best = _paragraph_id(archive["site"], slug, "the nebula and the pulsar")
    first = _paragraph_id(archive["site"], slug, "Early in the evening")
    page.goto(archive["url"] + "/")
    conftest.search(page, "quasar nebula pulsar")
    link = page.locator(".md-search-result__link").first
    assert link.get_attribute("href").endswith(f"#{best}"), (link.get_attribute("href"), best)
    assert best != first  # the first paragraph holds "quasar" too, and is shown, but not chosen
    shown = link.locator("[data-p]").evaluate_all("els => els.map(e => e.dataset.p)")
    assert shown == [first, best]  # Material shows the (at most two) paragraphs with hits
    link.click()
    page.wait_for_url(f"**/archive/{slug}/**")
    assert page.evaluate("location.hash") == f"#{best}"
    marks = page.locator(f"#{best} mark").all_inner_texts()
    assert {"quasar", "nebula", "pulsar"} <= {m.lower() for m in marks}, marks


def test_an_author_outranks_a_mention_and_keeps_the_page_link(page, archive):
    authored = archive["slugs"]["essay.txt"]
    mention = archive["slugs"]["letters.txt"]
    page.goto(archive["url"] + "/")
    conftest.search(page, "quimby")
    first = page.locator(".md-search-result__link").first.get_attribute("href")
    assert f"/archive/{authored}/" in first and "#" not in first, first  # no paragraph holds it
    # found by its author alone: Material inserts the whole text, the page shows two paragraphs
    teaser = page.locator(".md-search-result__link").first.locator("[data-p]")
    assert [teaser.nth(i).is_visible() for i in range(teaser.count())] == [True, True, False, False]
    said = _paragraph_id(archive["site"], mention, "Zebulon Quimby wrote")
    assert any(h.endswith(f"#{said}") for h in _links(page, mention)), _links(page, mention)
