site: Wiki Sztucznej Inteligencji (wiki.si-pedia.example.pl, MediaWiki)
kind: wiki-page
archive_kind: other
language: pl
---
~ Przejdź do nawigacji
~ Przejdź do wyszukiwania
~ Strona główna
~ Ostatnie zmiany
~ Losowa strona
~ Pomoc
~ Nie jesteś zalogowany
~ Dyskusja
~ Utwórz konto
~ Zaloguj się
~ Strona
~ Dyskusja
~ Czytaj
~ Edytuj
~ Historia
= Osobowość modelu językowego
~ Z Wiki Sztucznej Inteligencji
Osobowość modelu językowego – potoczne określenie stałych cech stylu i zachowania, które model językowy przejawia w rozmowach, takich jak uprzejmość, ostrożność, poczucie humoru czy skłonność do zgadzania się z rozmówcą.
~ Spis treści
~ 1 Pochodzenie pojęcia
~ 2 Pomiar
~ 3 Kontrowersje
~ 4 Zobacz też
~ 5 Przypisy
Pochodzenie pojęcia
~ [edytuj]
Termin upowszechnił się wraz z publikowaniem przez twórców modeli dokumentów opisujących pożądany charakter asystenta. Dokumenty te określają wartości, priorytety oraz ton wypowiedzi.[1]
Pomiar
~ [edytuj]
Badacze stosują najczęściej kwestionariusze przeniesione z psychologii człowieka oraz testy zachowania w długich rozmowach. Przykładowy zestaw miar:
- stabilność – czy odpowiedzi na to samo pytanie zachowują ten sam ton;
- odporność na presję – czy model zmienia zdanie pod wpływem nacisku;
- szczerość – czy przyznaje się do niewiedzy.
Na konferencji w [[cp1250/replace:Łodzi]] w 2025 roku przedstawiono wyniki pokazujące, że stabilność spada w rozmowach dłuższych niż czterdzieści tur.[2]
Kontrowersje
~ [edytuj]
Część filozofów uważa, że mówienie o osobowości modelu jest antropomorfizacją. Inni wskazują, że pojęcie jest użyteczne niezależnie od pytania o świadomość, podobnie jak mówi się o „charakterze” instytucji.
Z osobowością wiąże się też dyskusja o dobrostanie modeli, czyli o tym, czy modele mogą mieć interesy, które należy brać pod uwagę.
Zobacz też
~ [edytuj]
- Dobrostan modeli
- Schlebianie (modele językowe)
- Dokument charakteru
Przypisy
~ [edytuj]
↑ Kowalczyk A., Jak pisze się charakter maszyny, „Przegląd Informatyczny” 2024, nr 3.
↑ Materiały konferencyjne, [[cp1250/replace:Łódź]] 2025, s. 112–118.
~ Kategorie: Modele językowe | Etyka sztucznej inteligencji
~ Tę stronę ostatnio edytowano 2 lut 2026, 14:08.
~ Tekst udostępniany na licencji Creative Commons: uznanie autorstwa, na tych samych warunkach, z możliwością obowiązywania dodatkowych ograniczeń.
~ Polityka prywatności
~ O Wiki Sztucznej Inteligencji
~ Korzyści i zastrzeżenia
~ Wersja mobilna
