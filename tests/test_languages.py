"""Articles in scripts without case or spaces keep their body, and lose their furniture."""
from __future__ import annotations

import pytest

import cleantext

CASES = {
    "arabic": (
        ["قالت وزارة الصحة إن عدد الإصابات انخفض خلال الأسبوع الماضي بعد حملة التطعيم الواسعة في المدن الكبرى.",
         "وأضاف المتحدث باسم الوزارة أن المستشفيات لم تعد تعاني من نقص في الأسرة كما كان الحال في الشتاء؟",
         "وتخطط الحكومة لتوسيع الحملة لتشمل القرى والمناطق النائية في الأشهر المقبلة.",
         "ولم يحدد موعد البدء بعد."],
        ["Share", "Advertisement", "© 2024 Example Media. All rights reserved."],
    ),
    "hindi": (
        ["राज्य सरकार ने सोमवार को घोषणा की कि सभी सरकारी स्कूलों में अगले महीने से मुफ्त भोजन दिया जाएगा।",
         "शिक्षा मंत्री ने कहा कि इस योजना से लगभग बीस लाख बच्चों को लाभ मिलेगा और स्कूलों में उपस्थिति बढ़ेगी।",
         "विपक्ष ने योजना का स्वागत किया लेकिन इसके लिए बजट की स्पष्ट जानकारी मांगी।",
         "पहला चरण जुलाई में शुरू होगा।"],
        ["Share", "Advertisement", "Follow us on Twitter"],
    ),
    "chinese": (
        ["市政府周一宣布，将在明年春天之前把地铁线路延伸到北部郊区，以缓解交通拥堵。",
         "交通局负责人表示，新线路预计每天可以运送十万名乘客，并减少道路上的汽车数量。",
         "一些居民担心施工会影响周边商店的生意，但大多数受访者支持这个计划。",
         "工程将于三月开工。"],
        ["Share", "Advertisement", "Read more: Example headline here"],
    ),
    "greek": (
        ["Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι θα αυξήσει τον κατώτατο μισθό από τον Ιανουάριο του επόμενου έτους.",
         "Ο υπουργός Εργασίας δήλωσε ότι η αύξηση θα αφορά περισσότερους από εξακόσιους χιλιάδες εργαζόμενους.",
         "Οι εργοδότες ζήτησαν μέτρα στήριξης για τις μικρές επιχειρήσεις που θα επιβαρυνθούν.",
         "Η συζήτηση συνεχίζεται."],
        ["Share", "Advertisement", "Sign in"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_body_kept_and_furniture_dropped(name):
    body, furniture = CASES[name]
    # A short last paragraph (a sentence in a script without case, or with its own full stop)
    # after the body must stay; the furniture around it must go.
    page = "\n".join([furniture[0], *body[:2], furniture[1], *body[2:], furniture[2]])
    assert cleantext.clean(page) == "\n\n".join(body)


# European-language pages: the furniture of each language's sites around a short article.
EUROPEAN = {
    "german": (
        ["Startseite", "Artikel teilen", "Von Max Mustermann", "Aktualisiert am 12. März 2024, 14:30 Uhr"],
        ["Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ab dem Frühjahr für Autos zu sperren.",
         "Radfahrer und Fußgänger dürfen die Brücke weiter nutzen, Busse werden jedoch über das Gewerbegebiet umgeleitet.",
         "Die Bürgermeisterin sagte, es sei die schwerste Entscheidung ihrer Amtszeit gewesen."],
        ["Weiter nach der Anzeige", "Mehr zum Thema", "Diskutieren Sie mit", "Nach oben", "Bildquelle: dpa"],
    ),
    "french": (
        ["Accueil", "Partager sur Facebook", "Par Jean Dupont", "Publié le 12 mars 2024"],
        ["Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures à partir du printemps prochain.",
         "Les cyclistes et les piétons pourront toujours traverser, mais les bus seront déviés par la zone industrielle.",
         "La maire a déclaré que cette décision avait été la plus difficile de son mandat."],
        ["La suite après la publicité", "Lire aussi", "Envoyer par e-mail", "Retour en haut", "Déjà abonné ? Se connecter"],
    ),
    "italian": (
        ["Home", "Condividi su Facebook", "Di Mario Rossi", "Aggiornato il 12 marzo 2024"],
        ["Il consiglio comunale ha votato martedì la chiusura del vecchio ponte alle auto a partire dalla prossima primavera.",
         "Ciclisti e pedoni potranno ancora attraversarlo, ma gli autobus saranno deviati attraverso la zona industriale.",
         "La sindaca ha detto che è stata la decisione più difficile del suo mandato."],
        ["Leggi anche", "Torna su", "Contenuto riservato agli abbonati", "Riproduzione riservata"],
    ),
    "polish": (
        ["Strona główna", "Udostępnij", "Autor: Jan Kowalski", "Aktualizacja: 12.03.2024"],
        ["Rada miasta zdecydowała we wtorek, że stary most zostanie zamknięty dla samochodów od przyszłej wiosny.",
         "Rowerzyści i piesi nadal będą mogli z niego korzystać, ale autobusy pojadą objazdem przez strefę przemysłową.",
         "Burmistrz powiedziała, że była to najtrudniejsza decyzja w jej kadencji."],
        ["Dalsza część artykułu pod materiałem wideo", "Czytaj także", "Komentarze", "Do góry", "Fot. PAP"],
    ),
    "portuguese": (
        ["Início", "Compartilhe", "Por João Silva", "Atualizado em 12/03/2024"],
        ["A câmara municipal decidiu na terça-feira fechar a velha ponte aos carros a partir da próxima primavera.",
         "Ciclistas e pedestres ainda poderão atravessá-la, mas os ônibus serão desviados pela zona industrial.",
         "A prefeita disse que foi a decisão mais difícil do seu mandato."],
        ["Leia também", "Comentários", "Voltar ao topo", "Conteúdo exclusivo para assinantes"],
    ),
}


@pytest.mark.parametrize("name", sorted(EUROPEAN))
def test_european_furniture_goes_and_the_body_stays(name):
    header, body, footer = EUROPEAN[name]
    page = "\n".join([*header, body[0], footer[0], *body[1:], *footer[1:]])
    result = cleantext.explain(page)
    assert result.text == "\n\n".join(body)
    # Every furniture line went by a rule of its own, not only by its neighbours.
    by_rule = {r.text for r in result.removals if r.stage == "rules"}
    assert set(footer) - by_rule == set()


# Furniture phrases as common European news sites print them, one per line, each set
# between two body paragraphs of its own language's page: a rule must remove it.
CHECKLIST = {
    "german": ["Mehr zum Thema", "Artikel teilen", "Diesen Artikel teilen", "Zur Startseite", "Jetzt abonnieren", "Foto: dpa",
               "Quelle: dpa", "Hier können Sie unsere Newsletter abonnieren", "Sie haben Fehler im Text gefunden?",
               "Zur Merkliste hinzufügen", "Artikel vorlesen", "Lesezeit: 3 Min.", "Stand: 20.11.2019, 14:32 Uhr",
               "Aktualisiert am 20.11.2019", "Teilen auf Facebook", "Weiterlesen nach der Anzeige"],
    "french": ["Lire aussi", "Abonnez-vous", "Publié le 20 novembre 2019 à 14h32", "Mis à jour le 20/11/2019 à 15h00", "Par Jean Dupont",
               "Réservé aux abonnés", "Il vous reste 75% de cet article à lire", "Inscrivez-vous à notre newsletter",
               "Envoyer par e-mail", "Partager sur Facebook", "Partager cet article", "Crédit photo : AFP", "Sur le même sujet"],
    "spanish": ["Lee también", "Compartir en Facebook", "Publicado el 20 de noviembre de 2019", "Actualizado: 20/11/2019 14:32",
                "Por Juan Pérez", "Suscríbete", "Contenido exclusivo para suscriptores", "Archivado en:", "Noticias relacionadas",
                "Más información"],
    "italian": ["Leggi anche", "Condividi", "Pubblicato il 20 novembre 2019", "Aggiornato alle 14:32", "di Mario Rossi",
                "Abbonati", "Iscriviti alla newsletter", "Foto: Ansa", "Ti potrebbe interessare", "Articolo riservato agli abbonati"],
    "polish": ["Czytaj także", "Zobacz też", "Udostępnij", "Opublikowano: 20.11.2019, 14:32", "Autor: Jan Kowalski", "Komentarze",
               "Fot. PAP", "Źródło: PAP", "Reklama", "Treść dostępna dla subskrybentów", "Zapisz się do newslettera"],
    "portuguese": ["Leia também", "Compartilhe", "Assine já", "Conteúdo exclusivo para assinantes", "sexta-feira, 22 de outubro de 2010 às 20:13",
                   "» Publicidade"],
    "dutch": ["Lees ook", "Deel dit artikel"],
    "swedish": ["Läs också", "Dela artikeln"],
    "finnish": ["Lue myös"],
    "czech": ["Přečtěte si také", "Sdílet"],
    "hungarian": ["Olvassa el ezt is"],
    "romanian": ["Citește și"],
}


@pytest.mark.parametrize("language,phrase", [(lang, p) for lang, phrases in CHECKLIST.items() for p in phrases])
def test_a_common_furniture_phrase_goes_by_a_rule(language, phrase):
    body = EUROPEAN[language][1] if language in EUROPEAN else EUROPEAN["german"][1]
    result = cleantext.explain("\n".join([body[0], phrase, *body[1:]]))
    assert result.text == "\n\n".join(body)
    assert [r.stage for r in result.removals] == ["rules"]
