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
    "swedish": ["Läs också", "Dela artikeln", "Öppna bild i helskärm", "Anmäl text- och faktafel Anmäl till Medieombudsmannen",
                "Detta är en nyhetsartikel. Example granskar, avslöjar och ger dig senaste nyheterna på ett objektivt och sakligt sätt. Mer om oss här."],
    "finnish": ["Lue myös"],
    "czech": ["Přečtěte si také", "Sdílet"],
    "hungarian": ["Olvassa el ezt is"],
    "romanian": ["Citește și"],
}


# Today's furniture (rules/today.py), one family per block, in each language where the phrase exists.
TODAY = {
    "english": [
        "Sign in | Register", "News Reviews Deals How-To Podcasts", "Menu · Search · Log in · My account",
        "Accept · Reject · Cookie settings", "I accept · Reject all · Show purposes", "Accept & close · Manage choices",
        "We and our partners store and/or access information on a device, such as cookies, and process personal data.",
        "You've read 3 of 5 free articles this month. Register for unlimited access.", "Story continues below", "Advertisement 4",
        "Listen to this article", "Gift this article", "Save this article", "Copy link",
        "Add Example News as a preferred source on Google", "This summary was generated by AI and reviewed by our editors.",
        "Live updates", "Show 3 new updates", "External content", "Please enable JavaScript to view this content.",
        "Don't have an account? Create Account", "By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
        "This post may contain affiliate links.", "Jump to Recipe · Print Recipe", "Did you make this recipe? Tag @example on Instagram",
        "Never miss a recipe!", "Thanks for reading Example Notes! Subscribe for free to receive new posts and support my work.",
        "Type your email…", "Launched 2 years ago", "Web Desk | London | March 12, 2024", "Staff photo by Jane Doe",
        "Catch all the Business News and Latest News Updates on Example. Download The Example App to get Daily Market Updates.",
        "Sponsored by Example Bank", "Exit fullscreen", "In this article:", "Author of the article:", "Ines Walker · Mar 8, 2024",
        "Reading time: 6 minutes",
        "Change password", "Something went wrong. Please try again later.", "If you don't see it, please check your spam folder.",
        "Continue with ads", "Reject and subscribe", "I agree to external content being displayed.", "Posted on March 2, 2024 in News",
        # more links, media rights, player times, widgets, tool rows, source notes, reporting credits
        "Storm closes coastal road | video", "The minister resigned on Tuesday. Read more", "AFP via Getty Images", "Jane Doe / Pool via Reuters",
        "Copyright AP Photo", "Available until 12/05/2025", "Expand Collapse", "Show more Show less", "Scroll left Scroll right", "Copy embed code",
        "Open this photo in gallery:", "Share Save Print", "Share this article Comments", "Story saved", "With agency material",
        "Translated from the Spanish by Jane Doe", "— Jane Doe in Paris contributed to this report.",
        "With reporting by Jane Doe",
        # counters, comment prompts, toggles, saved-article notes, player errors, rights, pitches, consent purposes,
        # device-sharing help, subscriber features, loaders, error tips, more-here links, risk notes, article types
        "Facebook X LinkedIn Tumblr Pinterest WhatsApp Telegram Share via Email Print", "Comments: 12 · Shares: 40", "Share your opinion",
        "Please keep comments civil and on topic.", "Show caption", "Follow Following", "Open image in full screen",
        "You can find this story in My Bookmarks. Or by navigating to the user icon in the top right.",
        "We apologize, but this video has failed to load.", "Purchase Licensing Rights", "Interested in more newsletters? Browse here.",
        "Are you following us on WhatsApp?",
        "Personalised ads and content, ad and content measurement, audience insights and product development. Ads can be shown based on a profile.",
        "You can only read Example on one device at a time.", "Loading next article...",
        "Investing involves risk, including the possible loss of principal.",
        "This is an opinion piece. The views expressed are the author's own.",
        "Choose Example as a 'Preferred Source' on Google News for quick access to the news you value.",
        # a box blocked by a cookie blocker, account and author links
        "Disable the extension that blocks cookies", "Add example.com to your allowlist", "Sign up (it's quick and free) or sign in now.", "View all posts by Jane Doe", "Would you like to comment on this article?", "August 30, 2023 1:55 am (Updated 4:30 am)", "We use the services of Example Inc. for user management. Technologies such as cookies are used to set up your account.",
        "Get in-depth reporting for only $8 a month. Invest in journalism – subscribe now!",
    ],
    "german": [
        "Anmelden | Registrieren", "Startseite Politik Wirtschaft Sport Kultur", "Alle akzeptieren Ablehnen Einstellungen",
        "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.", "Sie sind bereits Abonnent? Hier anmelden",
        "Sie haben 3 von 5 kostenlosen Artikeln gelesen.", "Der Artikel geht unten weiter", "Werbung überspringen", "Artikel anhören",
        "Artikel verschenken", "Artikel speichern", "Fügen Sie Example als bevorzugte Quelle bei Google hinzu",
        "Diese Zusammenfassung wurde mit KI erstellt.", "Liveticker", "Neue Beiträge laden", "Empfohlener redaktioneller Inhalt",
        "Externen Inhalt anzeigen", "Bitte aktivieren Sie JavaScript.", "Noch kein Konto? Jetzt registrieren",
        "Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.", "Dieser Artikel enthält Affiliate-Links.",
        "Hast du das Rezept ausprobiert? Schreib uns!", "Geben Sie Ihre E-Mail-Adresse ein", "Redaktion | Berlin | 12.03.2024, 10:15 Uhr",
        "Archivbild", "Sie können sich jederzeit wieder abmelden.",
        "Präsentiert von Example", "Vollbild", "Dieses Thema im Programm:", "Kennen Sie schon unsere Plus-Inhalte?", "Autor des Artikels:",
        "15.04.2026 - 15:48 Uhr Lesedauer: 2 Min.", "3 Minuten Lesezeit",
        "Passwort ändern", "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.",
        "Weiter mit Werbung", "Werbefrei lesen", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)", "Geschrieben am 15. April 2025 in Nachrichten",
        "Mahnwache am Landtag: Feuerwehr protestiert 24 Stunden | mehr", "Der Minister ist am Dienstag zurückgetreten. mehr", "Bildrechte: IMAGO/ingimage",
        "Rechte: MITTELDEUTSCHER RUNDFUNK", "imago images/Pemax", "28.04.2023, 19:09 3 Min.", "02:57 Min.. Verfügbar bis 06.05.2024.", "0:00 Anhören",
        "Box aufklappen Box zuklappen", "Mehr anzeigen Weniger anzeigen", "Nach links scrollen Nach rechts scrollen",
        "Den Link zum Einbetten des Videos kopieren Link kopiert!", "5 Bilder - Fotostrecke öffnen", "Teilen Merken Drucken", "Artikel gemerkt",
        "Mit Agenturmaterial.", "Übersetzung und Adaptierung: AFP Deutschland", "Aus dem Englischen von Jane Doe",
        "Dieser Artikel wurde im Original veröffentlicht auf Englisch", "Mitarbeit von Jane Doe",
        # counters, comment prompts, toggles, saved-article notes, player errors, rights, pitches, consent purposes,
        # device-sharing help, subscriber features, loaders, error tips, more-here links, risk notes, article types
        "Kommentare: 45, Empfehlungen: 8", "0 Kommentare öffnen", "Teilen Sie Ihre Meinung", "Melden Sie sich an und diskutieren Sie mit.",
        "Bildbeschreibung einblenden", "Folgen Ich folge", "News folgen", "Weitersagen abbrechen", "Bild im Vollbild öffnen",
        "Sie finden diesen Artikel in Ihrer Merkliste.", "Das Video konnte nicht geladen werden.",
        "Hier können Sie die Rechte an diesem Artikel erwerben.", "Mehr Lesekomfort mit der Example App!", "Nein Danke. Weiter in dieser Ansicht.",
        "Folgst du schon Example auf Whatsapp?", "Publiziert heute um 12:19 Uhr", "Online seit heute, 7.57 Uhr",
        "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Jane Doe", "Zuerst veröffentlicht am 30/04/2024 - 16:17", "Von", "Ähnliche Beiträge:",
        "Hinweis zur Datenübermittlung außerhalb der EU: Je nach Einzelfall werden Daten außerhalb der Europäischen Union verarbeitet.",
        "Sie können Example nur auf einem Gerät gleichzeitig lesen.", "Diese Funktion ist nur für Abonnenten verfügbar.", "Für 0.99 € lesen",
        "Nächster Artikel wird geladen",
        "Bitte markieren Sie die entsprechenden Wörter im Text. Mit nur zwei Klicks melden Sie den Fehler der Redaktion.",
        "Mehr über Example lesen Sie hier.", "Dieser Artikel stellt keine Anlageberatung dar.",
        "Die Kommentarfunktionalität ist um diese Uhrzeit deaktiviert.", "Dies ist ein Meinungsbeitrag. Er gibt die Sicht des Autors wieder.",
        "Die mit einem Symbol oder Unterstreichung gekennzeichneten Links sind Affiliate-Links.", "Jetzt Anmelden!",
        "Teile deine Tipps mit der Community.",
        # a box blocked by a cookie blocker, account and author links
        "Deaktivieren Sie die Erweiterung, die Cookies blockiert", "Fügen Sie example.at Ihrer Whitelist hinzu", "Die Datenschutzinformation von Example können Sie hier einsehen.", "Hier können Sie sich für Ihr Example-Benutzerkonto anmelden oder neu registrieren.", "Möchten Sie diesen Artikel kommentieren?", "Elf Pflanzen, die sich mit Tomaten im Beet nicht gut vertragen lesen", "Alle Artikel von Jane Doe anzeigen", "Wir verwenden für die Benutzerverwaltung Services unseres Dienstleisters Example Inc. Dabei kommen Technologien wie Cookies zum Einsatz.",
        "Unabhängiger Journalismus für nur 4,99 € im Monat. Jetzt abonnieren",
    ],
    "french": [
        "Se connecter / S'inscrire", "Accueil Actualités Politique Économie Sport", "Tout accepter Tout refuser Personnaliser",
        "Nous et nos partenaires utilisons des cookies pour améliorer votre expérience.", "L'article continue ci-dessous", "Passer la publicité",
        "Écouter cet article", "Offrir cet article", "Ajouter à vos sélections", "Copier le lien", "Ajoutez Example comme source préférée sur Google",
        "Ce résumé a été généré par l'IA.", "En direct", "Contenu externe", "Activez JavaScript pour continuer.",
        "Pas encore de compte ? Créer un compte", "En vous inscrivant, vous acceptez nos conditions d'utilisation.",
        "Cet article contient des liens affiliés.", "Vous avez testé cette recette ? Laissez un commentaire", "Saisissez votre adresse e-mail",
        "Rédaction | Paris | 12/03/2024 à 10h15", "Photo d'archives", "Lecture du Monde en cours sur un autre appareil.",
        "En partenariat avec Example", "Contenu sponsorisé", "Plein écran", "Auteur de l'article :",
        "Temps de lecture : 4 min",
        "Modifier le mot de passe", "Une erreur s'est produite. Veuillez réessayer.", "Vérifiez votre dossier spam.",
        "Accepter et continuer avec la publicité", "J'accepte que du contenu externe s'affiche.", "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)",
        "Publié le 12 mars 2024 dans Actualités",
        "Le ministre a démissionné mardi. Lire la suite", "Droits : AFP", "Disponible jusqu'au 12/05/2025", "Déplier Replier", "Afficher plus Afficher moins",
        "Faire défiler vers la gauche Faire défiler vers la droite", "Copier/coller le lien embed de la vidéo de l'article : Lien copié", "Voir la galerie",
        "Partager Enregistrer Imprimer", "Article sauvegardé", "Avec AFP", "Traduit de l'anglais par Jane Doe",
        "Cet article a été initialement publié en anglais.", "Avec la collaboration de Jane Doe",
        # counters, comment prompts, toggles, saved-article notes, player errors, rights, pitches, consent purposes,
        # device-sharing help, subscriber features, loaders, error tips, more-here links, risk notes, article types
        "Commentaires : 5", "Partagez votre avis", "Afficher la légende", "Ouvrir l'image en plein écran",
        "Retrouvez cet article dans votre espace abonné.", "La vidéo n'a pas pu être chargée.", "Acheter les droits de cet article",
        "Suivez les informations sur la guerre avec l'application du Example", "Publié aujourd'hui à 10h15",
        "Publié pour la première fois le 30/04/2024 - 16:17", "Par",
        "Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, données d'audience et développement de produit",
        "Vous ne pouvez lire Example que sur un seul appareil à la fois (ordinateur, téléphone ou tablette).",
        "Parce qu’une autre personne (ou vous) est en train de lire Example avec ce compte sur un autre appareil.",
        "Cette fonctionnalité est réservée aux abonnés.", "Chargement de l'article suivant", "Vous avez repéré une erreur ? Signalez-la.",
        "Retrouvez tous nos articles sur la guerre en Ukraine ici.", "Cet article ne constitue pas un conseil en investissement.",
        "Les commentaires sont fermés.", "Ceci est un article d'opinion. Il engage son auteur.",
        # a box blocked by a cookie blocker, account and author links
        "Désactivez l'extension qui bloque les cookies", "Ajoutez example.fr à votre liste blanche",
        "Toute l'actualité pour seulement 1 € par mois. Abonnez-vous",
    ],
    "spanish": [
        "Iniciar sesión Registrarse", "Inicio Noticias Deportes Opinión", "Aceptar todo Rechazar todo Configurar",
        "Nosotros y nuestros socios usamos cookies para mostrar publicidad personalizada.", "Te quedan 3 artículos gratuitos",
        "La noticia continúa abajo", "Escuchar este artículo", "Regalar artículo", "Guardar para después", "Copiar enlace",
        "Añade Example como fuente preferida en Google", "Este resumen ha sido generado por inteligencia artificial.", "En directo",
        "Contenido externo", "Activa JavaScript", "¿No tienes cuenta? Regístrate", "Al suscribirte aceptas nuestra política de privacidad.",
        "Este artículo contiene enlaces de afiliados.", "¿Has hecho esta receta? Etiquétanos", "Introduce tu correo electrónico",
        "Redacción | Madrid | 12/03/2024 - 10:15", "Foto de archivo", "Tu suscripción se está usando en otro dispositivo",
        "En colaboración con Example", "Contenido patrocinado", "Pantalla completa", "Autor del artículo:",
        "13/01/2025 10:22 Actualizado a 13/01/2025 15:43", "Tiempo de lectura: 6 min",
        "Cambiar contraseña", "Se ha producido un error. Inténtalo de nuevo.", "Revisa tu carpeta de spam.",
        "Aceptar y continuar", "Acepto que se muestre contenido externo.", "Haz clic para compartir en Facebook (Se abre en una ventana nueva)",
        "Publicado el 3 de marzo de 2024 en Noticias",
        "El ministro dimitió el martes. Leer más", "Crédito: Reuters", "Disponible hasta el 12/05/2025", "Expandir Contraer", "Mostrar más Mostrar menos",
        "Desplazar a la izquierda Desplazar a la derecha", "Ver galería", "Compartir Guardar Imprimir", "Artículo guardado", "Con agencias",
        "Traducido del inglés", "Este artículo fue publicado originalmente en inglés.", "Con la colaboración de Jane Doe",
        # counters, comment prompts, toggles, saved-article notes, player errors, rights, pitches, consent purposes,
        # device-sharing help, subscriber features, loaders, error tips, more-here links, risk notes, article types
        "Comentarios: 5", "Comparte tu opinión", "Mostrar pie de foto", "Abrir imagen en pantalla completa",
        "Puedes encontrar este artículo en tu perfil.", "No se ha podido cargar el vídeo.", "Publicado hoy a las 10:15", "Por",
        "Anuncios y contenido personalizados, medición de anuncios y contenido, información sobre el público y desarrollo de productos",
        "Solo puedes leer Example en un dispositivo a la vez.", "Esta funcionalidad es sólo para suscriptores", "Cargando siguiente contenido...",
        "¿Has visto un error? Avísanos.", "Consulta todas las noticias sobre la DANA aquí.", "Este artículo no constituye asesoramiento financiero.",
        "Los comentarios están cerrados.", "Este es un artículo de opinión. Refleja la opinión de su autor.",
        "Información de calidad por solo 1 € al mes. Suscríbete",
    ],
    "italian": [
        "Accedi Registrati", "Home Notizie Cronaca Esteri Sport", "Accetta tutto Rifiuta Personalizza",
        "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche.", "Ti restano 2 articoli gratuiti questo mese.",
        "L'articolo continua sotto", "Ascolta questo articolo", "Regala questo articolo", "Salva per dopo", "Aggiungi Example come fonte preferita su Google",
        "Questo riassunto è stato generato dall'intelligenza artificiale.", "In diretta", "Contenuto esterno", "Attiva JavaScript",
        "Non hai un account? Registrati", "Iscrivendoti accetti i termini e l'informativa privacy.", "Questo articolo contiene link di affiliazione.",
        "Hai provato questa ricetta? Lascia un commento", "Inserisci la tua email", "Redazione | Roma | 12/03/2024", "Foto d'archivio",
        "In collaborazione con Example", "Contenuto sponsorizzato", "Schermo intero", "Autore dell'articolo:",
        "05 Gennaio 2025 Aggiornato alle 16:01 1 minuti di lettura",
        "Cambia password", "Si è verificato un errore. Riprova più tardi.", "Controlla la cartella spam.",
        "Accetta e continua", "Accetto di visualizzare i contenuti esterni.", "Fai clic per condividere su Facebook (Si apre in una nuova finestra)",
        "Pubblicato il 12 marzo 2024 in Cronaca",
        "Il ministro si è dimesso martedì. Leggi di più", "Credito: Ansa", "Disponibile fino al 12/05/2025", "Espandi Comprimi", "Mostra di più Mostra meno",
        "Scorri a sinistra Scorri a destra", "Apri la gallery", "Condividi Salva Commenta", "Articolo salvato", "Con agenzie",
        "Tradotto dall'inglese", "Questo articolo è stato pubblicato originariamente in inglese.", "Ha collaborato Jane Doe",
        # counters, comment prompts, toggles, saved-article notes, player errors, rights, pitches, consent purposes,
        # device-sharing help, subscriber features, loaders, error tips, more-here links, risk notes, article types
        "Commenti: 5", "Condividi la tua opinione", "Mostra didascalia", "Apri immagine a schermo intero",
        "Trovi tutti gli articoli salvati nella tua area personale nella sezione preferiti.", "Impossibile caricare il video.",
        "Pubblicato oggi alle 10:15",
        "Annunci e contenuti personalizzati, valutazione degli annunci e del contenuto, osservazioni del pubblico e sviluppo di prodotti",
        "Puoi leggere Example su un solo dispositivo alla volta.", "Questa funzionalità è riservata agli abbonati.",
        "Caricamento dell'articolo successivo", "Hai trovato un errore? Segnalacelo.", "I commenti sono chiusi.",
        "Questo è un articolo di opinione. Riflette il punto di vista dell'autore.",
        "Tutte le notizie a soli 1 € al mese. Abbonati ora",
    ],
    "portuguese": [
        "Entrar Assine", "Início Notícias Esportes Opinião", "Aceitar todos Rejeitar Personalizar",
        "Nós e os nossos parceiros utilizamos cookies para melhorar a sua experiência.", "Você já leu 4 de 5 matérias gratuitas este mês.",
        "Continua depois da publicidade", "Ouvir este artigo", "Presentear artigo", "Salvar para ler depois", "Adicione Example como fonte preferida no Google",
        "Este resumo foi gerado por IA.", "Ao vivo", "Conteúdo externo", "Ative o JavaScript", "Não tem uma conta? Cadastre-se",
        "Ao se inscrever, você concorda com os termos e a política de privacidade.", "Este artigo contém links de afiliados.",
        "Fez esta receita? Deixe um comentário", "Digite seu e-mail", "Redação | Lisboa | 12/03/2024 - 10:15", "Foto de arquivo",
        "Em parceria com Example", "Conteúdo patrocinado", "Tela cheia", "Autor do artigo:",
        "Tempo de leitura: 2 minutos",
        "Alterar senha", "Ocorreu um erro. Tente novamente.", "Verifique a sua caixa de entrada.",
        "Aceitar e continuar", "Aceito que sejam exibidos conteúdos externos.", "Clique para compartilhar no Facebook(abre em nova janela)",
        "Publicado em 12/03/2024 em Notícias",
        "O ministro demitiu-se na terça-feira. Leia mais", "Crédito: Reuters", "Disponível até 12/05/2025", "Expandir Recolher", "Mostrar mais Mostrar menos",
        "Rolar para a esquerda Rolar para a direita", "Ver galeria", "Compartilhar Salvar Imprimir", "Artigo salvo", "Com agências",
        "Traduzido do inglês", "Este artigo foi publicado originalmente em inglês.", "Com colaboração de Jane Doe",
        # counters, comment prompts, toggles, saved-article notes, player errors, rights, pitches, consent purposes,
        # device-sharing help, subscriber features, loaders, error tips, more-here links, risk notes, article types
        "Comentários: 5", "Compartilhe sua opinião", "Mostrar legenda", "Abrir imagem em tela cheia",
        "Você pode encontrar este artigo em sua conta.", "Não foi possível carregar o vídeo.",
        "Anúncios e conteúdos personalizados, medição de anúncios e conteúdos, perceções de público-alvo e desenvolvimento de produtos",
        "Você só pode ler Example em um dispositivo por vez.", "Esta funcionalidade é exclusiva para assinantes.", "Carregando próximo artigo",
        "Encontrou um erro? Avise-nos.", "Os comentários estão fechados.", "Este é um artigo de opinião. Reflete a visão do autor.",
        "Jornalismo de qualidade por apenas R$ 1,90 por mês. Assine já",
    ],
    "polish": [
        "Zaloguj się Zarejestruj się", "Strona główna Wiadomości Sport Kultura", "Akceptuję Odrzuć Ustawienia",
        "My i nasi partnerzy używamy plików cookie w celach analitycznych.", "Przeczytałeś 3 z 5 darmowych artykułów.",
        "Dalsza część artykułu poniżej", "Posłuchaj artykułu", "Podaruj artykuł", "Zapisz na później", "Dodaj Example jako preferowane źródło w Google",
        "To podsumowanie zostało wygenerowane przez AI.", "Na żywo", "Treść zewnętrzna", "Włącz JavaScript", "Nie masz konta? Zarejestruj się",
        "Zapisując się akceptujesz regulamin i politykę prywatności.", "Ten artykuł zawiera linki afiliacyjne.", "Próbowałeś tego przepisu? Daj znać",
        "Wpisz swój adres e-mail", "Redakcja | Warszawa | 12.03.2024", "Zdjęcie ilustracyjne",
        "We współpracy z Example", "Materiał promocyjny", "Pełny ekran", "Autor artykułu:",
        "Czas czytania: 3 min",
        "Zmień hasło", "Wystąpił błąd. Spróbuj ponownie.", "Sprawdź folder spam.",
        "Czytaj bez reklam", "Zgadzam się na wyświetlanie treści zewnętrznych.", "Kliknij, aby udostępnić na Facebooku (Otwiera się w nowym oknie)",
        "Opublikowano 12.03.2024 w Wiadomości",
        "Minister podał się do dymisji. Czytaj więcej", "Prawa: PAP", "Dostępne do 12.05.2025", "Rozwiń Zwiń", "Pokaż więcej Pokaż mniej",
        "Przewiń w lewo Przewiń w prawo", "Zobacz galerię", "Udostępnij Zapisz Drukuj", "Artykuł zapisany", "Na podstawie informacji agencji PAP",
        "Przetłumaczono z angielskiego", "Ten artykuł został pierwotnie opublikowany w języku angielskim.", "Współpraca: Jan Kowalski",
        # counters, comment prompts, toggles, saved-article notes, player errors, rights, pitches, consent purposes,
        # device-sharing help, subscriber features, loaders, error tips, more-here links, risk notes, article types
        "Komentarze: 5", "Podziel się opinią", "Pokaż podpis", "Otwórz zdjęcie na pełnym ekranie", "Zapisane artykuły znajdziesz w swoim profilu.",
        "Nie udało się załadować wideo.", "Opublikowano dziś o 10:15",
        "Spersonalizowane reklamy i treści, pomiar reklam i treści, opinie odbiorców i rozwój produktów",
        "Możesz czytać Example tylko na jednym urządzeniu jednocześnie.", "Ta funkcja jest dostępna tylko dla subskrybentów.",
        "Ładowanie następnego artykułu", "Zauważyłeś błąd? Daj nam znać.", "Komentarze są wyłączone.",
        "To jest artykuł opiniotwórczy. Wyraża poglądy autora.",
        "Dziennikarstwo za jedyne 9,90 zł miesięcznie. Zamów prenumeratę",
    ],
    "dutch": [
        "Inloggen Registreren", "Home Nieuws Sport Cultuur Opinie", "Alles accepteren Weigeren Instellingen",
        "Wij en onze partners gebruiken cookies om advertenties te personaliseren.", "Je hebt 3 van de 5 gratis artikelen gelezen.",
        "Ben je al abonnee? Log in", "Het artikel gaat verder onder de advertentie", "Luister naar dit artikel", "Artikel cadeau doen", "Later lezen",
        "Voeg Example toe als voorkeursbron in Google", "Deze samenvatting is gemaakt met AI.", "Externe inhoud", "Schakel JavaScript in",
        "Nog geen account? Registreer", "Door je aan te melden ga je akkoord met de voorwaarden.", "Dit artikel bevat affiliate links.",
        "Heb je dit recept gemaakt? Laat het weten", "Vul je e-mailadres in", "Redactie | Amsterdam | 12-03-2024", "Archiefbeeld",
        "In samenwerking met Example", "Gesponsord", "Volledig scherm", "Auteur van het artikel:",
        "Leestijd: 3 minuten",
        "Wachtwoord wijzigen", "Er is iets misgegaan. Probeer het later opnieuw.", "Controleer je spammap.",
        "Lezen zonder advertenties", "Ik ga akkoord met het tonen van externe inhoud.", "Klik om te delen op Facebook (Wordt in een nieuw venster geopend)",
        "Geplaatst op 12-03-2024 in Nieuws",
        "De minister is dinsdag afgetreden. Lees meer", "Bron: BELGA", "Beeld: ANP", "Beschikbaar tot 12-05-2025", "Uitklappen Inklappen", "Toon meer Toon minder",
        "Scroll naar links Scroll naar rechts", "Bekijk de fotoserie", "Delen Opslaan Printen", "Artikel opgeslagen", "Met materiaal van persbureaus",
        "Vertaald uit het Engels", "Dit artikel is eerder gepubliceerd in het Engels.", "Met medewerking van Jan Jansen",
        # counters, comment prompts, toggles, saved-article notes, player errors, rights, pitches, consent purposes,
        # device-sharing help, subscriber features, loaders, error tips, more-here links, risk notes, article types
        "Reacties: 5", "Deel je mening", "Toon bijschrift", "Afbeelding op volledig scherm openen", "Je vindt dit artikel terug in je leeslijst.",
        "De video kan niet worden geladen.", "Gepubliceerd vandaag om 10:15", "Door",
        "Gepersonaliseerde advertenties en content, advertentie- en contentmeting, doelgroepinzichten en productontwikkeling",
        "Je kunt Example maar op één apparaat tegelijk lezen.", "Deze functie is alleen voor abonnees.",
        "Als abonnee lees je ook alle plusartikels. Je moet nog even inloggen. Zo herkennen we je als abonnee.", "Volgend artikel wordt geladen",
        "Fout gezien? Laat het ons weten.", "Reageren is niet meer mogelijk.", "Dit is een opiniestuk. De mening van de auteur.",
        "Al het nieuws voor maar € 1 per maand. Word abonnee",
    ],
}

# Body paragraphs for the checklist languages without a page in EUROPEAN.
BODIES = {
    "english": ["The council voted on Tuesday to close the old bridge to cars from next spring, after engineers found cracks in two of its piers.",
                "Cyclists and pedestrians will still be able to cross, but buses will be diverted through the industrial estate for about a year.",
                "The mayor said it had been the hardest decision of her time in office."],
    "spanish": ["El ayuntamiento decidió el martes cerrar el viejo puente a los coches a partir de la próxima primavera.",
                "Los ciclistas y los peatones podrán seguir cruzándolo, pero los autobuses se desviarán por el polígono industrial.",
                "La alcaldesa dijo que había sido la decisión más difícil de su mandato."],
    "dutch": ["De gemeenteraad heeft dinsdag besloten de oude brug vanaf het voorjaar voor auto's af te sluiten.",
              "Fietsers en voetgangers mogen de brug blijven gebruiken, maar de bussen rijden om via het industrieterrein.",
              "De burgemeester zei dat het de moeilijkste beslissing van haar ambtstermijn was."],
}


def _checklist_body(language):
    return EUROPEAN[language][1] if language in EUROPEAN else BODIES.get(language, EUROPEAN["german"][1])


@pytest.mark.parametrize("language,phrase", [(lang, p) for lang, phrases in TODAY.items() for p in phrases])
def test_todays_furniture_goes_by_a_rule(language, phrase):
    body = _checklist_body(language)
    result = cleantext.explain("\n".join([body[0], phrase, *body[1:]]))
    assert result.text == "\n\n".join(body)
    assert [r.stage for r in result.removals] == ["rules"]


# Tail furniture (role "tail") goes only at the end of an article, never between two body paragraphs.
LETTERS = {
    "english": "Have an opinion on this? Write to us at letters@example.com",
    "german": "Schreiben Sie uns: leserbriefe@example.de",
    "french": "Écrivez-nous à courrier@example.fr",
    "spanish": "Envíe su carta al director a cartas@example.es",
    "italian": "Scrivete a lettere@example.it",
    "portuguese": "Envie sua opinião para cartas@example.com.br",
    "polish": "Napisz do nas: listy@example.pl",
    "dutch": "Reageren? Mail naar brieven@example.nl",
}


def _long_body(language):
    """An article's worth of body: the language's paragraphs three times over, numbered so they do not repeat."""
    return [f"{p[:-1]} ({n}){p[-1]}" for n in range(1, 4) for p in _checklist_body(language)]


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_a_letters_invitation_ends_the_article(language):
    body = _long_body(language)
    result = cleantext.explain("\n".join([*body, LETTERS[language]]))
    assert LETTERS[language] not in result.text
    assert result.text.startswith(body[0])


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_a_letters_invitation_inside_the_article_stays(language):
    body = _long_body(language) * 2
    body = [f"{p[:-1]} [{i}]{p[-1]}" for i, p in enumerate(body)]
    text = cleantext.clean("\n".join([*body[:4], LETTERS[language], *body[4:]]))
    assert LETTERS[language] in text


@pytest.mark.parametrize("language,phrase", [(lang, p) for lang, phrases in CHECKLIST.items() for p in phrases])
def test_a_common_furniture_phrase_goes_by_a_rule(language, phrase):
    body = _checklist_body(language)
    result = cleantext.explain("\n".join([body[0], phrase, *body[1:]]))
    assert result.text == "\n\n".join(body)
    assert [r.stage for r in result.removals] == ["rules"]


def test_a_long_sentence_sparse_in_function_words_is_body():
    # Turkish builds with suffixes: a standfirst of 29 words has two separate function words.
    # In a text whose language the stopword table knows, a long punctuated sentence is still prose.
    from cleantext import classify, segment
    from cleantext.decision import GOOD

    paragraphs = [
        "Belediye Başkanı Ayşe Yılmaz, şehir merkezindeki tarihi köprünün 2027 yılı başından itibaren araç trafiğine "
        "kapatılacağını, bisikletli ve yayaların geçişine ise izin verileceğini, otobüs hatlarının sanayi bölgesi "
        "üzerinden yönlendirileceğini açıkladı.",
        "Köprünün yüz yılı aşkın bir geçmişi olduğunu hatırlatan Yılmaz, bu nedenle ağır araçlar için bir karar almak "
        "gibi bir zorunluluk olduğunu ve daha fazla beklenemeyeceğini söyledi.",
        "Yılmaz, bu karar ile esnafın da çok etkileneceğini kabul ederek, bir süre için yeni otopark alanları ve daha "
        "sık otobüs seferleri gibi önlemler alınacağını belirtti.",
    ]
    lines = segment.lines("\n\n".join(paragraphs))
    assert [d.cls for d in classify.classify(lines, cleantext.Config())] == [GOOD, GOOD, GOOD]
