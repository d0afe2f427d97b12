"""A repository's record around a paper's abstract (issue 18): field labels over their values
("Kata Kunci" over the terms, "Como Citar" over the reference) go when labels of two kinds or
more, keywords or subjects among them, make a record; the abstract's heading, a sentence under a
label, a README's licence section and a blog's one keyword line stay. Every sentence here is
written for these tests."""

from __future__ import annotations

import re

import pytest

from conftest import kept, marked_page

RECORDS = {
    "a journal platform in Indonesian": """
t Abstrak
t Penelitian ini menanyakan bagaimana mahasiswa menilai watak asisten virtual di kelas daring.
c Kata Kunci
c asisten virtual, watak, kelas daring
c Cara Mengutip
c Wirawan, D., & Lestari, N. (2025). Watak asisten di kelas daring. Jurnal Kelas, 3(2), 10-19.
""",
    "a preprint server in Portuguese": """
t Resumo
t Este estudo compara o tom de três assistentes de conversa ao longo de um semestre letivo.
c Palavras-chave
c assistentes de conversa; tom; ensino
c Licença
c CC BY 4.0
""",
    "a repository in English, the subjects two lines": """
t We asked forty readers to rate how steady an assistant's character felt over a month.
c Subjects
c Human-Computer Interaction
c Ethics of Technology
c Keywords
c persona drift, evaluation, diaries
""",
}


@pytest.mark.parametrize("name", list(RECORDS))
def test_a_records_labels_and_values_go(name):
    lines, text = marked_page(RECORDS[name])
    assert kept(*lines) == text


KEPT = {
    "a README's licence section and its file list": """
t LICENSE
t Initial commit
t The settings file keeps the assistant's tone the same in every conversation.
t License
t MIT
""",
    "a blog's one keyword line": """
t We baked the same loaf four times and asked the assistant to judge the crumb.
t Keywords
t bread, crumb, assistants
""",
    "a short sentence under a value": """
t Our bee club keeps its notes in a shared folder that anyone may read.
c Keywords
c bees, honey
c License
c free to copy
t We meet on Sundays.
t Bring your own gloves!
""",
    "a sentence under a label (the licence notice goes by another rule)": """
t The study followed twelve classes through one term of lessons with the assistant.
t Keywords
t We chose our keywords with the students, which took longer than the study itself.
c License
c CC BY 4.0
""",
}


@pytest.mark.parametrize("name", list(KEPT))
def test_what_is_no_record_stays(name):
    lines, text = marked_page(KEPT[name])
    assert kept(*lines) == text


# --- the labels are data: data/field_labels.yml ---------------------------------------------

_GOOD_LABELS = """version: 1
record:
  keywords: ["Keywords"]
  subjects: ["Subjects"]
  licence: ["License"]
  citation: ["How to cite"]
contact:
  telephone: ["tel"]
release:
  released: ["released this"]
  source_code: ["Source code"]
  assets: ["Assets"]
  badges: ["Latest"]
mail:
  wrote: ["wrote"]
  date_leads: ["on"]
  pronouns: ["she"]
  name_particles: ["de"]
  leave: ["unsubscribe"]
  leave_unspaced: ["配信停止"]
  references: ["references"]
"""


def test_a_language_added_to_the_field_labels_is_read(tmp_path):
    from persona_archive.cleaning.boilerplate import load_field_labels

    path = tmp_path / "field_labels.yml"
    path.write_text(_GOOD_LABELS.replace('["Keywords"]', '["Keywords", "Avainsanat"]'), "utf-8")
    labels = load_field_labels(path)
    assert labels.record_field("AVAINSANAT") == "keywords"
    assert labels.record_field("Avainsana") is None


def test_a_language_added_to_the_mail_words_is_read(tmp_path):
    """An attribution verb is data: Icelandic "skrifaði" added to the file is a verb read."""
    from persona_archive.cleaning.boilerplate import load_field_labels

    path = tmp_path / "field_labels.yml"
    path.write_text(_GOOD_LABELS.replace('["wrote"]', '["wrote", "skrifaði"]'), "utf-8")
    assert re.fullmatch(load_field_labels(path).mail.wrote, "skrifaði", re.IGNORECASE)
    assert not re.fullmatch(load_field_labels(path).mail.wrote, "skrifar", re.IGNORECASE)


@pytest.mark.parametrize(
    "change, message",
    [
        (('["Subjects"]', '["Subjects", "keywords"]'), "'keywords' is already a label of keywords"),
        (('["Subjects"]', "Subjects"), "record.subjects"),
        (('  badges: ["Latest"]\n', ""), "badges"),
        (('["tel"]', '["tel", "tel"]'), "non-unique"),
        (('  references: ["references"]\n', ""), "references"),
    ],
)
def test_a_mistake_in_the_field_labels_names_its_file_and_line(tmp_path, change, message):
    from persona_archive.cleaning.boilerplate import load_field_labels
    from persona_archive.errors import ConfigError

    path = tmp_path / "field_labels.yml"
    path.write_text(_GOOD_LABELS.replace(*change), encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_field_labels(path)
    assert str(error.value).startswith(f"{path}:") and message in str(error.value)
