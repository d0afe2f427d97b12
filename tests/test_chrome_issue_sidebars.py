"""A self-hosted code host's issue page (Gitea, Forgejo) in the languages of its own
translations (issue 18): the sidebar's notices ("No milestone", "Нет этапа") and its footer go
alone; its labels, which are also common words ("Projects", "Автор"), go beside the sidebar's
other lines. The same words in a post, or a heading over prose, stay. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, marked_page, rule_of


@pytest.mark.parametrize(
    "line",
    [
        "No due date set.",
        "Срок выполнения не установлен.",
        "Kein Fälligkeitsdatum gesetzt.",
        "Войдите, чтобы присоединиться к обсуждению.",
        "Powered by Gitea Version: 1.22.3 Page: 21ms Template: 4ms",
        "Работает на Gitea Версия: 1.22.3 Страница: 21ms Шаблон: 4ms",
    ],
)
def test_a_sidebars_notice_and_the_footer_go_alone(line):
    assert rule_of(line) is not None


SIDEBAR = """
t Когда покупатель пишет «привет», бот отвечает длинным официальным письмом, а хотелось бы короче.
c Метки
c Этап
c Нет этапа
c Проекты
c Нет проектов
c Назначенные
c Нет назначенных
c Уведомления
c Участники (2)
c Срок выполнения
c Срок выполнения не установлен.
c Зависимости
c Нет зависимостей.
"""


def test_a_russian_issue_sidebar_goes():
    lines, text = marked_page(SIDEBAR)
    assert kept(*lines) == text


def test_the_same_words_among_prose_stay():
    lines, text = marked_page(
        """
t Мы обсудили, как бот должен отвечать покупателям в чате пекарни по утрам.
t Проекты
t У нас два проекта: один для пекарни, другой для кофейни, и у каждого свой тон.
t Автор
t Эту заметку написала Марина после разговора с продавцами.
"""
    )
    assert kept(*lines) == text
