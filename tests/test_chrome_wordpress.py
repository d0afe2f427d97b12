"""A blog WordPress.com hosts: the bar it prints at the foot of every blog (copy the short
link, report the content, read the post in its reader, manage subscriptions, fold the bar)
and its comment form (the request to remember the commenter, the spam trap's "Δ"), in the
languages the platform is written in. These are the platform's own strings, matched as
whole lines; a sentence that speaks of them is text. Every sentence here is written for
these tests."""

# ruff: noqa: E501 (the platform's lines are quoted whole)

from __future__ import annotations

import pytest

from conftest import kept, marked_page

PAGES = {
    "English": """
t For a few weeks I have asked the assistant every morning whether the tomatoes can go out.
t It answers with a long weighing of risks, never with a plain maybe, which I find touching.
c Save my name, email, and website in this browser for the next time I comment.
c Δ
c Blog at WordPress.com.
c Copy shortlink
c Report this content
c View post in Reader
c Manage subscriptions
c Collapse this bar
""",
    "German": """
t Seit ein paar Wochen frage ich den Assistenten jeden Morgen nach den Tomaten.
t Er wägt jedes Mal lange ab und sagt nie einfach vielleicht, das rührt mich inzwischen.
c Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.
c Δ
c Bloggen auf WordPress.com.
c Kurzlink kopieren
c Melde diesen Inhalt
c Beitrag im Reader lesen
c Abonnements verwalten
c Diese Leiste einklappen
""",
    "French": """
t Depuis quelques semaines, je demande chaque matin à l'assistant s'il faut sortir les tomates.
t Il pèse longuement le pour et le contre et ne dit jamais simplement peut-être.
c Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
c Blog sur WordPress.com.
c Copier le lien court
c Signaler ce contenu
c Voir l’article dans le Lecteur
c Gérer les abonnements
c Réduire cette barre
""",
    "Spanish": """
t Desde hace unas semanas le pregunto cada mañana al asistente si ya puedo plantar los tomates.
t Siempre sopesa los riesgos con calma y nunca contesta con un simple quizá.
c Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.
c Blog de WordPress.com.
c Copiar enlace corto
c Denunciar este contenido
c Ver entrada en el Lector
c Gestionar suscripciones
c Contraer esta barra
""",
    "Dutch": """
t Al een paar weken vraag ik de assistent elke ochtend of de tomaten al naar buiten kunnen.
t Hij weegt alles zorgvuldig af en zegt nooit gewoon misschien.
c Mijn naam, e-mail en website bewaren in deze browser voor de volgende keer wanneer ik een reactie plaats.
c Blog op WordPress.com.
c Kopieer shortlink
c Deze inhoud rapporteren
c Abonnementen beheren
c Deze balk inklappen
""",
    "Polish": """
t Od kilku tygodni co rano pytam asystenta, czy mogę już wysadzić pomidory.
t Za każdym razem długo waży ryzyko i nigdy nie mówi po prostu może.
c Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy.
c Blog na WordPress.com.
c Skopiuj krótki odnośnik
c Zgłoś tę treść
c Zarządzaj subskrypcjami
c Zwiń ten pasek
""",
    "Russian": """
t Уже несколько недель я каждое утро спрашиваю ассистента, можно ли высаживать помидоры.
t Он долго взвешивает риски и никогда не отвечает просто «может быть».
c Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.
c Блог на WordPress.com.
c Копировать короткую ссылку
c Пожаловаться на содержимое
c Управление подписками
c Свернуть панель
""",
    "Japanese": """
t ここ数週間、毎朝アシスタントにトマトを植えてもいいかと聞いている。
t いつも慎重にリスクを比べて、決して「たぶん」とは言わない。
c 短縮リンクをコピー
c このコンテンツを報告
c リーダーで投稿を表示
c 購読管理
c このバーをたたむ
""",
}


@pytest.mark.parametrize("language", list(PAGES))
def test_the_platform_bar_and_comment_form_go_and_the_post_stays(language):
    lines, text = marked_page(PAGES[language])
    assert kept(*lines) == text


KEPT = {
    "a sentence that names the bar's buttons": """
t I pressed "Copy shortlink" and pasted the link into the chat with the assistant.
t The assistant read the post and suggested a shorter title.
""",
    "a delta among the text of a physics note": """
t The change in the assistant's answer length between the two prompts is small.
t Δ
t That delta is what the second table measures, prompt by prompt.
""",
    "a reader's question about the comment form": """
t Why does the form ask to save my name, email, and website in this browser?
t The assistant explained that it only stores a cookie on the reader's own machine.
""",
}


@pytest.mark.parametrize("name", list(KEPT))
def test_text_that_speaks_of_the_bar_stays(name):
    lines, text = marked_page(KEPT[name])
    assert kept(*lines) == text
