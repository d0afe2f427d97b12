site: "Малые комнаты (журнал эссе, malye-komnaty.example.ru)"
kind: magazine-essay
archive_kind: article
language: ru
note: "an online essay magazine that sets each essay's title in capitals ('ВЕЖЛИВАЯ МАШИНА НА КУХНЕ'), under the magazine's name in capitals and its issue line; the author's bare name under the title is metadata; the footer is chrome"
---
~ МАЛЫЕ КОМНАТЫ
~ Выпуск 5 · Зима 2026
= ВЕЖЛИВАЯ МАШИНА НА КУХНЕ
@ Ольга Светлова
Моя бабушка благодарила радио, когда прогноз погоды был хорошим. Я вспомнила её, когда поймала себя на том, что благодарю машину на кухне.
Вежливость к машине нужна не машине, сказала бы она. Это привычка, а привычка не проверяет, кто слушает.
Я по-прежнему говорю спасибо. Помощник отвечает «пожалуйста», и никто из нас не делает вид, что это значит больше.
~ © Малые комнаты 2026 · К выпуску
