"""Today's page furniture, in the major European languages.

What sites put around an article in 2023-2026 and a scraper hands over as
plain text: one-line menus and account rows, consent banners and their button
rows, metering and device-sharing walls, newsletter-platform and recipe-blog
chrome, audio and video player controls, "listen to / gift / save this
article" tools, "add us as a preferred source" prompts, AI-summary notes,
live-ticker chrome and the like.

Each family is written for en, de, fr, es, it, pt, pl and nl where the phrase
exists. These rules are tried after every other table (see
``rules._collect``): a line an older rule already decides keeps its label.
Every rule is anchored at the line's start (the trigger index files it under
its first words) or declares the rare words it needs; tails are bounded.

When evidence is weak the line stays: a menu needs three items from the menu
vocabulary and nothing else, a consent row needs a consent verb, a notice
needs the site speaking ("we and our partners", "this summary").
"""
from __future__ import annotations

from . import Rule
from .meta import _AGENCY, _DATETIME, _NAMES, _STAMP_WORD
from .promo import _PLATFORMS, _SHARE_VERB

# --- one-line menus -------------------------------------------------------------------------

# Account and search items: the strongest evidence that a line is a menu.
_ACCOUNT = (r"(?:sign ?in|sign ?up|sign ?out|log ?in|log ?out|login|logout|register|create (?:a |an )?(?:free )?account|my account|my profile|subscribe|subscribe now"
            r"|anmelden|abmelden|einloggen|registrieren|abonnieren|mein konto|konto erstellen|se connecter|connexion|s'inscrire|s'abonner|créer un compte|mon compte|mon espace"
            r"|iniciar sesión|registrarse|regístrate|suscríbete|mi cuenta|crear cuenta|accedi|registrati|abbonati|il mio account|entrar|cadastre-se|assine|minha conta|criar conta"
            r"|zaloguj się|zaloguj|zarejestruj się|załóż konto|moje konto|inloggen|registreren|abonneren|mijn account|account aanmaken)")
_MENU_WORD = (r"(?:menu|menü|menú|search|suche|rechercher|recherche|buscar|cerca|pesquisar|szukaj|zoeken|home|startseite|accueil|inicio|portada|início|strona główna"
              # sections, en
              r"|news|latest|world|politics|business|economy|markets|money|tech|technology|science|health|sport|sports|football|culture|arts|entertainment|lifestyle"
              r"|life|style|travel|food|opinion|opinions|video|videos|podcast|podcasts|photos|reviews|deals|how-to|guides|features|analysis|weather|local|national"
              r"|international|climate|environment|education|cars|motoring|gaming|games|books|music|film|movies|tv|fashion|beauty|newsletters|events|jobs"
              r"|obituaries|puzzles|crosswords|magazine|trending|more|about|about us|contact|shop|best picks|buying guides|blog|recipes|archive|archives|faq"
              # de
              r"|nachrichten|politik|wirtschaft|kultur|panorama|wissen|gesellschaft|meinung|reise|digital|regional|lokales|ausland|inland|finanzen|gesundheit|leben"
              r"|wetter|mehr|themen|ressorts|karriere"
              # fr
              r"|actualités|actu|politique|économie|société|sports|sciences|santé|planète|idées|vidéos|météo|faits divers|monde|france|europe"
              # es
              r"|noticias|política|economía|nacional|sociedad|deportes|opinión|ciencia|tecnología|salud|vídeos|internacional|cultura|españa|mundo"
              # it
              r"|notizie|politica|economia|esteri|cronaca|spettacoli|scienza|tecnologia|salute|opinioni"
              # pt
              r"|notícias|esportes|desporto|opinião|ciência|saúde|brasil|portugal"
              # pl
              r"|wiadomości|polityka|gospodarka|świat|kraj|kultura|opinie|nauka|technologie|zdrowie|wideo|podcasty"
              # nl
              r"|nieuws|politiek|economie|binnenland|buitenland|cultuur|opinie|wetenschap|gezondheid"
              rf"|{_ACCOUNT})")
_MENU_SEP = r"(?:\s*[·|/•,]\s*|\s+)"

# --- consent --------------------------------------------------------------------------------

# The buttons of a consent banner; a row needs one that consents or refuses.
_CONSENT_VERB = (r"(?:accept|reject|agree|decline|refuse|deny|allow|consent|akzeptieren|zustimmen|ablehnen|einverstanden|accepter|refuser|aceptar|rechazar|acepto"
                 r"|accetta|accetto|rifiuta|aceitar|aceito|rejeitar|recusar|concordo|akceptuję|akceptuj|zaakceptuj|odrzuć|zgadzam|accepteren|akkoord|weigeren)")
_CONSENT_BUTTON = (r"(?:(?:i )?(?:accept|agree|consent)(?: all| all cookies| cookies)?|accept (?:&|and) (?:close|continue)|(?:reject|decline|refuse|deny)(?: all| cookies| all cookies)?"
                   r"|allow (?:all|cookies|all cookies|selection)|(?:cookie|privacy|consent) (?:settings|preferences|options|choices)|manage (?:choices|preferences|options|settings|cookies|consent)"
                   r"|(?:show|view) (?:purposes|vendors|partners)|more options|customi[sz]e(?: settings)?|settings|preferences|options|continue without (?:accepting|agreeing)"
                   r"|save (?:and exit|& exit|settings|preferences|choices|my choices)|(?:only )?(?:necessary|essential|required)(?: cookies)?(?: only)?|ok|okay|got it|learn more"
                   r"|alle akzeptieren|akzeptieren|zustimmen|alle ablehnen|ablehnen|einstellungen|cookie-einstellungen|anpassen|details anzeigen|nur notwendige(?: cookies)?|einverstanden|mehr erfahren"
                   r"|tout accepter|accepter(?: et fermer| tout)?|tout refuser|refuser(?: tout)?|continuer sans accepter|personnaliser|paramétrer|gérer (?:mes choix|les préférences|les cookies)|paramètres(?: des cookies)?|en savoir plus"
                   r"|aceptar(?: todo| todas| y cerrar| cookies)?|rechazar(?: todo| todas| cookies)?|configurar|configuración(?: de cookies)?|gestionar (?:opciones|preferencias|cookies)|más opciones|acepto|más información"
                   r"|accetta(?: tutto| tutti| e chiudi)?|rifiuta(?: tutto| tutti)?|personalizza|gestisci (?:le )?(?:preferenze|opzioni)|impostazioni(?: cookie)?|continua senza accettare|accetto|scopri di più"
                   r"|aceitar(?: todos| tudo| e fechar)?|rejeitar(?: todos| tudo)?|recusar(?: todos| tudo)?|gerir preferências|gerenciar preferências|(?:definições|configurações) de cookies|personalizar|aceito|concordo|saiba mais"
                   r"|akceptuję|akceptuj(?: wszystkie)?|zaakceptuj(?: wszystkie)?|odrzuć(?: wszystkie)?|ustawienia(?: plików cookie)?|zarządzaj(?: opcjami)?|więcej opcji|przejdź do serwisu|zgadzam się"
                   r"|accepteren|alles accepteren|akkoord|weigeren|alles weigeren|instellingen|cookie-instellingen|voorkeuren beheren|meer informatie)")
_CONSENT_SEP = r"(?:\s*[·|/•,]\s*|\s+)"

# --- metering -------------------------------------------------------------------------------

_ARTICLES = (r"(?:articles?|stories|story|artikel|artikeln|beiträge|texte|artículos?|noticias|articoli|artigos?|matérias|reportagens|artykuł(?:y|ów)?|tekst(?:y|ów)?"
             r"|artikelen|verhalen|plusartikels)")

RULES: tuple[Rule, ...] = (
    Rule(
        "account-row", "navigation",
        rf"{_ACCOUNT}(?:\s*(?:\||/|·|•|or|oder|ou|o|lub|of)?\s*{_ACCOUNT}){{1,4}}\W{{0,3}}"
        r"|(?:please )?(?:log ?in|sign ?in|register) to (?:bookmark|save|follow|comment on) (?:this|the) (?:story|article|post|page)\W{0,3}(?:(?:log ?in|sign ?in|create (?:a |an )?(?:free )?account|register)\W{0,3}){0,3}",
        "a row of account links (sign in, register, my account)",
        examples=("Sign in | Register", "Log in or sign up", "Anmelden | Registrieren", "Se connecter / S'inscrire", "Iniciar sesión Registrarse",
                  "Accedi Registrati", "Entrar Assine", "Zaloguj się Zarejestruj się", "Inloggen Registreren",
                  "Please log in to bookmark this story. Log In Create Free Account"),
        counterexamples=("Sign in at the front desk, then register your visit with the guard.",
                         "Readers who log in to bookmark this story can find it later, the company said."),
        max_words=14,
    ),
    Rule(
        "menu-line", "navigation",
        rf"{_MENU_WORD}(?:{_MENU_SEP}{_MENU_WORD}){{2,14}}[^\w:]{{0,3}}",
        "a one-line menu: three or more items of the site's menu vocabulary (sections, search, account) and nothing else",
        examples=("Menu · Search · Log in · My account", "News Reviews Deals How-To Podcasts", "Home News Sport Business Culture",
                  "Startseite Politik Wirtschaft Sport Kultur", "Accueil Actualités Politique Économie Sport", "Inicio Noticias Deportes Opinión",
                  "Home Notizie Cronaca Esteri Sport", "Início Notícias Esportes Opinião", "Strona główna Wiadomości Sport Kultura",
                  "Home Nieuws Sport Cultuur Opinie", "Menu Search Sign in Subscribe"),
        counterexamples=("More games news:", "Fed Holds Rates Steady as Inflation Cools", "News of the deal lifted markets in Asia.",
                         "Search Teams Find Missing Hiker Alive", "Politics and business rarely mix well, she said."),
        max_words=30,
    ),
    Rule(
        "consent-buttons", "cookie",
        rf"(?=.{{0,200}}?\b{_CONSENT_VERB})(?:{_CONSENT_BUTTON}{_CONSENT_SEP}){{1,6}}{_CONSENT_BUTTON}\W{{0,3}}",
        "the buttons of a consent banner on one line (accept, reject, settings)",
        examples=("Accept · Reject · Cookie settings", "I accept · Reject all · Show purposes", "Accept & close · Manage choices",
                  "Alle akzeptieren Ablehnen Einstellungen", "Tout accepter Tout refuser Personnaliser", "Aceptar todo Rechazar todo Configurar",
                  "Accetta tutto Rifiuta Personalizza", "Aceitar todos Rejeitar Personalizar", "Akceptuję Odrzuć Ustawienia",
                  "Alles accepteren Weigeren Instellingen", "Accept all Reject all"),
        counterexamples=("Accept the ruling, the judge told the parties, or appeal it.", "Settings · Options",
                         "The paper's consent form asked readers to accept or reject tracking."),
        max_words=20,
    ),
    Rule(
        "consent-notice", "cookie",
        r"(?:with your (?:agreement|consent|permission),? )?we(?:,| and) (?:our|our \d+|\d+ of our)? ?(?:partners|vendors|third[- ]party partners|advertising partners)"
        r",? (?:use|store|process|may use|and/or access|access|collect|need your consent)\b.{0,600}"
        r"|(?:mit ihrer (?:zustimmung|einwilligung),? )?(?:wir und unsere (?:partner|\d+ partner)|wir und (?:unsere )?drittanbieter) (?:verwenden|nutzen|speichern|verarbeiten|benötigen|greifen)\b.{0,600}"
        r"|(?:avec votre (?:accord|consentement),? )?(?:nous et nos partenaires|nos partenaires et nous) (?:utilisons|stockons|traitons|accédons|déposons|avons besoin)\b.{0,600}"
        r"|(?:con (?:tu|su) consentimiento,? )?nosotros y nuestros (?:socios|proveedores|partners) (?:usamos|utilizamos|almacenamos|tratamos|accedemos|necesitamos)\b.{0,600}"
        r"|(?:con il tuo consenso,? )?noi e (?:i nostri|terze parti selezionate|\d+ (?:partner|fornitori)) ?(?:partner|fornitori)? ?(?:utilizziamo|usiamo|archiviamo|trattiamo|accediamo)\b.{0,600}"
        r"|(?:com o seu consentimento,? )?nós e os nossos parceiros (?:utilizamos|usamos|armazenamos|tratamos|acedemos|acessamos)\b.{0,600}"
        r"|(?:za twoją zgodą,? )?my i nasi partnerzy (?:używamy|wykorzystujemy|przechowujemy|przetwarzamy|uzyskujemy)\b.{0,600}"
        r"|(?:met uw toestemming,? )?wij en onze (?:partners|leveranciers) (?:gebruiken|slaan|verwerken|plaatsen|hebben)\b.{0,600}"
        r"|(?:wij gebruiken|deze (?:web)?site gebruikt|este site (?:usa|utiliza)|o nosso site (?:usa|utiliza)|nós usamos) cookies\b.{0,600}"
        r"|(?:ihre (?:derzeitigen |aktuellen )?cookie[- ]?einstellungen lassen (?:dies|das) nicht zu|your (?:current )?cookie settings (?:do not|don't) allow (?:this|it))\b.{0,200}",
        "a consent banner's notice: the site and its partners use cookies or store information on the device",
        examples=("We and our partners use cookies to personalise ads and measure their performance.",
                  "We and our partners store and/or access information on a device, such as cookies and process personal data.",
                  "With your agreement, we and our 842 partners use cookies or similar technologies.",
                  "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
                  "Nous et nos partenaires utilisons des cookies pour améliorer votre expérience.",
                  "Nosotros y nuestros socios usamos cookies para mostrar publicidad personalizada.",
                  "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche.",
                  "Nós e os nossos parceiros utilizamos cookies para melhorar a sua experiência.",
                  "My i nasi partnerzy używamy plików cookie w celach analitycznych.",
                  "Wij en onze partners gebruiken cookies om advertenties te personaliseren.",
                  "Ihre derzeitigen Cookie Einstellungen lassen dies nicht zu."),
        counterexamples=("The paper's consent form asked readers to accept cookies, and regulators said most did.",
                         "We and our partners in the coalition will vote against the bill, the party leader said."),
        max_words=120,
    ),
    Rule(
        "metering-line", "paywall",
        # en
        rf"you(?:'ve|’ve| have) (?:read|viewed|used) (?:\d{{1,3}}|all|one|two|three|four|five) (?:of|out of) (?:your )?(?:\d{{1,3}}|\w+) (?:(?:free|complimentary) {_ARTICLES}\b.{{0,200}}|{_ARTICLES} this (?:month|week)\b.{{0,200}})"
        rf"|(?:you have |you(?:'ve|’ve) got )?(?:\d{{1,3}}|one|two|three) (?:free |complimentary )?{_ARTICLES} (?:left|remaining) this (?:month|week)\b.{{0,150}}"
        # es
        rf"|(?:te|le) (?:quedan?|resta(?:n)?) (?:\d{{1,3}}|un|una|dos|tres) {_ARTICLES}(?: gratuitos?| gratis| libres)?\b.{{0,150}}|has (?:leído|consumido) (?:\d{{1,3}}|todos los) (?:de (?:\d{{1,3}}|tus) )?{_ARTICLES} (?:gratuitos|gratis|de este mes|este mes)\b.{{0,150}}"
        # de
        rf"|sie haben (?:\d{{1,3}}|bereits \d{{1,3}}) von \d{{1,3}} (?:kostenlosen |freien |gratis-)?{_ARTICLES}\b.{{0,150}}|(?:sie haben )?noch (?:\d{{1,3}}|einen|ein|zwei|drei) (?:kostenlose[n]? |gratis-){_ARTICLES}\b.{{0,150}}"
        r"|(?:sie sind|du bist) (?:bereits|schon) (?:abonnent(?:in)?|kunde|kundin|abonniert|registriert)\W{0,3}(?:(?:hier |jetzt )?(?:anmelden|einloggen|login)\W{0,3})?"
        # it
        rf"|ti (?:restano|rimangono|resta|rimane) (?:\d{{1,3}}|un|uno|due|tre) {_ARTICLES}\b.{{0,150}}"
        # pt
        rf"|(?:você|voce) (?:já )?(?:leu|utilizou) (?:\d{{1,3}}|as|os) (?:de \d{{1,3}} )?{_ARTICLES}\b.{{0,150}}|(?:te |lhe )?(?:restam|resta) (?:\d{{1,3}}|um|uma|dois|duas|três) {_ARTICLES} (?:gratuit[oa]s?|grátis|este mês)\b.{{0,150}}"
        # pl
        rf"|(?:przeczytałeś|przeczytałaś|przeczytano) (?:już )?\d{{1,3}} z \d{{1,3}} (?:darmowych |bezpłatnych )?{_ARTICLES}\b.{{0,150}}|(?:pozostało|zostało) ci (?:\d{{1,3}}|jeden) (?:darmowych |bezpłatnych )?{_ARTICLES}\b.{{0,150}}"
        # nl
        rf"|je hebt (?:\d{{1,3}}|al \d{{1,3}}) van de \d{{1,3}} (?:gratis )?{_ARTICLES}\b.{{0,150}}|(?:je kan|je kunt|u kunt) nog \d{{1,3}} gratis {_ARTICLES}\b.{{0,150}}"
        r"|(?:ben je|bent u) (?:al|reeds) abonnee\W{0,3}(?:(?:log (?:hier )?in|inloggen|meld je aan)\W{0,3})?|nog geen abonnee\W{0,3}.{0,100}",
        "metering message: how many free articles the reader has left, or the prompt for existing subscribers",
        examples=("You've read 3 of 5 free articles this month. Register for unlimited access.", "You have 2 free articles left this month.",
                  "Te quedan 3 artículos gratuitos", "Has leído 5 de 10 artículos gratuitos este mes.", "Sie haben 3 von 5 kostenlosen Artikeln gelesen.",
                  "Sie sind bereits Abonnent? Hier anmelden", "Sie sind bereits Kunde?", "Ti restano 2 articoli gratuiti questo mese.",
                  "Você já leu 4 de 5 matérias gratuitas este mês.", "Restam 2 artigos gratuitos", "Przeczytałeś 3 z 5 darmowych artykułów.",
                  "Je hebt 3 van de 5 gratis artikelen gelezen.", "Ben je al abonnee? Log in", "Nog geen abonnee? Ontdek nu gratis onze plusartikels."),
        counterexamples=("You have read 3 of 5 articles on the list, and the rest will follow, the teacher wrote to parents.",
                         "Sie sind bereits Abonnent der Zeitung seit 1971, sagt der Rentner stolz."),
        max_words=40,
    ),
    Rule(
        "device-sharing-wall", "paywall",
        r"(?:your|tu|su|votre|il tuo|la tua|sua|a sua|twoja|je|uw|ihr|dein) (?:subscription|account|suscripción|cuenta|abonnement|compte|abbonamento|account|assinatura|conta|subskrypcja|konto|abonnement|abo|konto|zugang)"
        r" (?:is being used|is in use|se está usando|está siendo usada|est (?:actuellement )?utilisé|è in uso|está sendo usad[ao]|jest używan[ay]|wordt (?:gebruikt|al gebruikt)|wird (?:gerade )?(?:genutzt|verwendet))"
        r" (?:on|en|sur|su|em|na|op|auf) (?:another|other|otro|un autre|un altro|outro|innym|een ander|einem anderen) (?:device|dispositivo|appareil|urządzeniu|apparaat|gerät)\b.{0,300}"
        r"|lecture (?:du |de )?(?:\S+ ){0,3}en cours sur un autre appareil\b.{0,100}|votre abonnement n(?:'|’)autorise pas la lecture de cet article\b.{0,100}",
        "a wall shown when the reader's subscription is in use on another device",
        triggers=("device", "dispositivo", "appareil", "urządzeniu", "apparaat", "gerät", "lecture", "votre"),
        examples=("Tu suscripción se está usando en otro dispositivo", "Your subscription is being used on another device.",
                  "Lecture du Monde en cours sur un autre appareil.", "Votre abonnement n’autorise pas la lecture de cet article"),
        counterexamples=("The account is being used on another device, police said, which led them to the suspect.",),
        role="barrier",
        max_words=50,
    ),
    Rule(
        "staff-dateline", "byline",
        r"(?=.{1,160}$)(?:[\p{L}\d.&]+ ){0,2}(?:[\p{L}\d]+-)?(?:redacción|redaktion|rédaction|redazione|redação|redacção|redakcja|redactie|newsroom|news desk|web desk|online desk|digital desk|staff)"
        rf"(?:\s*[|/·•,–-]\s*(?-i:\p{{Lu}})[^|/·•,–\d]{{0,39}}?|\s+(?-i:\p{{Lu}})[\p{{L}}.\-]{{1,30}}){{0,3}}\s*(?:[|/·•,–-]\s*)?(?:{_DATETIME})(?:\s*[|/·•,–-]?\s*(?:{_DATETIME}))?\W{{0,3}}",
        "the staff desk's byline with a place and a date (\"Redacción | Madrid | 12/03/2024 - 10:15\")",
        triggers=("redacción", "redaktion", "rédaction", "redazione", "redação", "redacção", "redakcja", "redactie", "newsroom", "desk", "staff"),
        examples=("Redacción | Madrid | 12/03/2024 - 10:15", "Redaktion | Berlin | 12.03.2024, 10:15 Uhr", "Rédaction | Paris | 12/03/2024 à 10h15",
                  "Redazione | Roma | 12/03/2024", "Redação | Lisboa | 12/03/2024 - 10:15", "Redakcja | Warszawa | 12.03.2024", "Redactie | Amsterdam | 12-03-2024",
                  "dpa MM-Redaktion Palma, Mallorca 15.04.25 09:56", "Web Desk | New Delhi | March 12, 2024"),
        counterexamples=("Die Redaktion zog am 12. März 2024 in ein neues Gebäude.", "La redacción, en Madrid, cerró el 12/03/2024."),
        max_words=24,
    ),
)

RULES += (
    Rule(
        "newsletter-platform", "promo",
        r"thanks for reading\b[^.!?]{0,80}[.!?]\s*(?:subscribe|sign up|share)\b.{0,200}|subscribe (?:for free )?to receive new posts\b.{0,150}"
        r"|type your e-?mail(?: address)?\W{0,5}(?:subscribe\W{0,3})?"
        r"|launched \d{1,2} (?:years?|months?|weeks?|days?) ago\W{0,3}|subscribe to (?-i:\p{Lu})[^\s.?!:;]*(?: [^\s.?!:;]+){0,4}\W{0,3}"
        r"|(?:geben sie ihre e-?mail(?:-adresse)? ein|e-?mail-adresse eingeben|saisissez votre (?:adresse )?e-?mail|entrez votre (?:adresse )?e-?mail|introduce tu (?:correo(?: electrónico)?|e-?mail)"
        r"|escribe tu (?:correo(?: electrónico)?|e-?mail)|inserisci (?:la tua|il tuo) (?:e-?mail|indirizzo e-?mail)|digite (?:o )?seu e-?mail|introduza o seu e-?mail|wpisz (?:swój )?(?:adres )?e-?mail"
        r"|vul (?:je|uw) e-?mailadres in|(?:je|uw) e-?mailadres)\W{0,3}",
        "newsletter-platform chrome: the subscribe box and its labels",
        triggers=(),
        examples=("Thanks for reading Example Notes! Subscribe for free to receive new posts and support my work.", "Type your email…",
                  "Subscribe to Example Notes", "Launched 2 years ago", "Geben Sie Ihre E-Mail-Adresse ein",
                  "Saisissez votre adresse e-mail", "Introduce tu correo electrónico", "Inserisci la tua email", "Digite seu e-mail", "Wpisz swój adres e-mail",
                  "Vul je e-mailadres in"),
        counterexamples=("Launched 2 years ago, the app now has a million users.", "Subscribe to Netflix? Half of households do.",
                         "Thanks for reading the letter aloud, the judge told the clerk."),
        max_words=40,
    ),
    Rule(
        "name-dot-date", "byline",
        rf"(?=.{{5,90}}$){_NAMES}\s*(?:·|•|\||–|—)\s*(?:{_DATETIME})(?:\s*(?:·|•|\|)\s*\d{{1,3}} min(?:ute)?s? read)?\W{{0,3}}",
        "a byline as newsletter platforms and blogs print it: the author's name, a dot, the date",
        triggers=("·", "•", "|", "–", "—"),
        examples=("Ines Walker · Mar 8, 2024", "Jane Doe | 12.03.2024", "Jane Doe · March 8, 2024 · 6 min read"),
        counterexamples=("Prices rose · March was the worst month since 2008.",),
        max_words=16,
    ),
    Rule(
        "author-label", "byline",
        r"(?:author of (?:the|this) (?:article|story|post)|autor(?:in)? (?:des|dieses) (?:artikels|beitrags)|auteur de (?:l(?:'|’)|cet )article|autor(?:a)? del artículo"
        r"|autore dell(?:'|’)articolo|autor(?:a)? do artigo|autor(?:ka)? artykułu|auteur van (?:het|dit) artikel)\s*:?",
        "an author label whose name was a link, left alone on its line",
        examples=("Author of the article:", "Autor des Artikels:", "Auteur de l'article :", "Autor del artículo:", "Autore dell'articolo:",
                  "Autor do artigo:", "Autor artykułu:", "Auteur van het artikel:"),
        counterexamples=("Author of the article: a retired judge who spent ten years on the case.",),
        max_words=6,
    ),
    Rule(
        "sponsored-label", "advertisement",
        r"(?:sponsored by|presented by|in partnership with|paid for by|präsentiert von|in (?:kooperation|zusammenarbeit) mit|en partenariat avec|en colaboración con|patrocinado por"
        r"|in collaborazione con|em parceria com|we współpracy z|in samenwerking met) (?-i:\p{Lu})[^.,;:!?]{0,50}"
        r"|(?:gesponsert|sponsored|advertorial|publireportage|contenu sponsorisé|contenido patrocinado|contenuto sponsorizzato|conteúdo patrocinado|materiał (?:promocyjny|partnera|sponsorowany)"
        r"|artykuł sponsorowany|gesponsord|annonsørinnhold|annonssamarbete|sponsorinhold)\W{0,3}",
        "a label marking sponsored content",
        triggers=("sponsored", "presented", "partnership", "paid", "präsentiert", "kooperation", "zusammenarbeit", "partenariat", "colaboración", "patrocinado",
                  "collaborazione", "parceria", "współpracy", "samenwerking", "gesponsert", "advertorial", "publireportage", "sponsorisé", "sponsorizzato",
                  "materiał", "sponsorowany", "gesponsord", "annonsørinnhold", "annonssamarbete", "sponsorinhold"),
        examples=("Sponsored by Example Bank", "In partnership with The European Commission", "Präsentiert von Example", "En partenariat avec Example",
                  "En colaboración con Example", "In collaborazione con Example", "Em parceria com Example", "We współpracy z Example", "In samenwerking met Example",
                  "Materiał Promocyjny", "Contenu sponsorisé", "Gesponsert", "Annonsørinnhold"),
        counterexamples=("In partnership with the city, the charity opened a shelter.", "Sponsored by a local bakery, the race raised 4,000 euros for the hospital."),
        max_words=12,
    ),
    Rule(
        "programme-label", "byline",
        r"(?:dieses|das) thema im programm(?:\s*:.{0,150}|\W{0,3})|über dieses thema berichtet(?:e|en)?\s*:.{1,150}|in this (?:article|story)\s*:"
        r"|kennen sie schon unsere (?:[^\s-]+[ -]){0,2}?(?:inhalte|angebote|newsletter|podcasts?|app)\W{0,3}",
        "a broadcaster's programme note or a label over the article's topics",
        examples=("Dieses Thema im Programm:", "Über dieses Thema berichtet: Example Radio am 14.04.2026 um 17:50 Uhr.", "In this article:",
                  "Kennen Sie schon unsere Plus-Inhalte?"),
        counterexamples=("Das Thema im Programm des Parteitags war die Rente, sagte der Sprecher.",),
        max_words=30,
    ),
    Rule(
        "newsletter-masthead", "promo",
        r"discover more from (?-i:\p{Lu})\S*(?: \S+){0,5}",
        "the masthead of a newsletter platform's subscribe box: its tagline under it goes too",
        examples=("Discover more from Example Notes",),
        counterexamples=("Discover more from the archive, the museum urged visitors.",),
        role="heading",
        max_words=10,
    ),
    Rule(
        "recipe-tools", "navigation",
        r"(?:jump to (?:recipe|video)|print recipe|pin recipe|save recipe|rate (?:this )?recipe|recipe card|zum rezept|rezept drucken|aller à la recette|imprimer la recette"
        r"|ir a la receta|imprimir receta|vai alla ricetta|stampa (?:la )?ricetta|ir para a receita|imprimir receita|przejdź do przepisu|drukuj przepis|naar het recept|recept printen)"
        r"(?:\s*[·|/•]?\s*(?:jump to (?:recipe|video)|print(?: recipe)?|pin(?: recipe)?|save(?: recipe)?|rate(?: recipe)?|share|rezept drucken|imprimer|imprimir|stampa|drukuj|printen)){0,5}\W{0,3}"
        r"|did you (?:make|try|bake|cook) this recipe\W{1,3}(?:.{0,200}\b(?:tag|instagram|rating|rate|comment|let (?:me|us) know|leave|mention)\b.{0,200})?"
        r"|never miss a (?:recipe|post)\b.{0,150}"
        r"|(?:hast du|haben sie) (?:das|dieses) rezept (?:ausprobiert|nachgekocht|nachgebacken)\W{1,3}.{0,200}|vous avez (?:testé|essayé|réalisé) cette recette\W{1,3}.{0,200}"
        r"|¿?(?:has|habéis) (?:hecho|preparado|probado) esta receta\W{1,3}.{0,200}|hai (?:provato|preparato) questa ricetta\W{1,3}.{0,200}"
        r"|(?:você )?(?:fez|preparou|experimentou) esta receita\W{1,3}.{0,200}|(?:próbowałeś|próbowałaś|zrobiłeś|zrobiłaś) (?:ten|tego) przepis[u]?\W{1,3}.{0,200}"
        r"|heb je dit recept (?:gemaakt|geprobeerd)\W{1,3}.{0,200}",
        "recipe-blog tools: jump to and print the recipe, \"did you make this recipe?\"",
        examples=("Jump to Recipe · Print Recipe", "Jump to Recipe Print Recipe", "Did you make this recipe? Tag @example on Instagram",
                  "Did you make this recipe?", "Never miss a recipe! Sign up for the newsletter", "Hast du das Rezept ausprobiert? Schreib uns!",
                  "Vous avez testé cette recette ? Laissez un commentaire", "¿Has hecho esta receta? Etiquétanos", "Hai provato questa ricetta? Lascia un commento",
                  "Fez esta receita? Deixe um comentário", "Próbowałeś tego przepisu? Daj znać", "Heb je dit recept gemaakt? Laat het weten"),
        counterexamples=("Did you make this recipe for your family? Most readers did, a poll found.",),
        max_words=40,
    ),
    Rule(
        "app-news-promo", "promo",
        r"catch all the .{1,250}\b(?:news|updates)\b.{0,300}"
        r"|(?:[^.!?]{0,200}[.!?]\s+)?download (?:the|our) (?:\S+ ){0,3}app to get (?:daily|the latest|latest|breaking|real-time|all the) (?:market |news )?(?:updates|news|alerts|stories)\b.{0,100}"
        rf"|(?:[^.!?]{{1,150}}\s)?join us on {_PLATFORMS}\W{{0,3}}"
        r"|(?=.{0,250}\bapp\b).{0,250}\b(?:hier|jetzt) (?:gratis |kostenlos )?(?:herunterladen|downloaden|laden)\W{0,3}"
        r"|(?=.{0,250}\bapp(?:lication)?\b).{0,250}\b(?:téléchargez-la|à télécharger) gratuitement\W{0,3}",
        "a pitch for the site's app or channel at the end of a story",
        triggers=("catch", "download", "join", "herunterladen", "downloaden", "gratuitement"),
        examples=("Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Example. Download The Example News App to get Daily Market Updates.",
                  "Get the latest election news to your phone Join us on WhatsApp",
                  "Die Example-App Aktuelle Nachrichten direkt auf Ihr Smartphone. Hier gratis herunterladen."),
        counterexamples=("Catch all the fish you can, the captain said.", "Customers must download the bank's app to get refunds, the regulator said.",
                         "Das Formular der Stadt können Bürger hier herunterladen."),
        max_words=80,
    ),
    Rule(
        "continues-below", "advertisement",
        r"(?:the )?(?:story|article|text|report|content) continues (?:below|after (?:the )?(?:ad|advert|advertisement|break))\W{0,3}|continue reading below\W{0,3}"
        r"|(?:der )?(?:artikel|text|beitrag) (?:geht|wird) (?:unten|nach der (?:anzeige|werbung)) (?:weiter|fortgesetzt)\W{0,3}|(?:l(?:'|’))?article continue (?:ci-dessous|après la publicité)\W{0,3}"
        r"|la (?:noticia|información) continúa (?:abajo|debajo|tras la publicidad)\W{0,3}|sigue leyendo (?:abajo|debajo)\W{0,3}|(?:l(?:'|’))?articolo continua (?:sotto|dopo la pubblicità)\W{0,3}"
        r"|(?:o artigo |a reportagem |a notícia )?continua (?:abaixo|depois da publicidade|após a publicidade|após o anúncio)\W{0,3}|dalsza część (?:artykułu|tekstu) (?:poniżej|pod reklamą)\W{0,3}"
        r"|(?:het artikel gaat|lees) verder (?:onder|na) de (?:advertentie|reclame)\W{0,3}|(?:advertisement|anzeige|publicité|publicidad|pubblicità|publicidade|reklama|advertentie)\s+\d{1,2}\W{0,3}"
        r"|this (?:advertisement|ad) has not loaded yet\W{0,3}.{0,100}|(?:werbung|anzeige) überspringen|passer la publicité|(?:saltar|omitir) (?:la )?(?:publicidad|anuncio)|salta (?:la )?pubblicità|pular anúncio|pomiń reklamę|advertentie overslaan|article content",
        "a marker where an ad interrupts the story (\"Story continues below\", \"Advertisement 4\", \"Skip ad\")",
        examples=("Story continues below", "Article continues below", "Der Artikel geht unten weiter", "L'article continue ci-dessous", "La noticia continúa abajo",
                  "L'articolo continua sotto", "Continua depois da publicidade", "Dalsza część artykułu poniżej", "Het artikel gaat verder onder de advertentie",
                  "Advertisement 4", "This advertisement has not loaded yet, but your article continues below.", "Werbung überspringen", "Article content"),
        counterexamples=("The story continues below the surface, where divers found the wreck.", "Article content rules were tightened in 2021."),
        role="inline",
        max_words=20,
    ),
    Rule(
        "affiliate-note", "disclaimer",
        # the parts between separators cannot hold a separator: one way to split the line
        r"(?:(?:posted|written|published) by [^·|•–]{1,60}(?:[·|•–][^·|•–]{1,80}){0,3}[·|•–]\s*)?this (?:post|article|page|site|story|guide|review) (?:may )?contains? (?:affiliate|sponsored|partner) links\b.{0,300}"
        r"|(?:dieser|der) (?:artikel|beitrag|text) enthält (?:affiliate-links|affiliatelinks|partnerlinks|werbelinks)\b.{0,300}|cet article contient des liens (?:affiliés|d(?:'|’)affiliation|sponsorisés)\b.{0,300}"
        r"|este artículo contiene enlaces (?:de afiliados?|afiliados)\b.{0,300}|questo articolo contiene link (?:di affiliazione|affiliati)\b.{0,300}|este artigo contém links (?:de afiliados?|afiliados)\b.{0,300}"
        r"|(?:die )?mit (?:einem )?(?:symbol|sternchen|\*|icon)(?: oder (?:einer )?unterstreichung)? (?:gekennzeichneten|markierten) links sind (?:affiliate-links|partnerlinks|werbelinks)\b.{0,300}"
        r"|links marked with (?:an? )?(?:symbol|asterisk|\*|icon) are affiliate links\b.{0,300}"
        r"|ten artykuł zawiera linki (?:afiliacyjne|partnerskie)\b.{0,300}|dit artikel bevat (?:affiliate links|affiliatelinks|partnerlinks)\b.{0,300}",
        "an affiliate-link disclosure",
        triggers=("affiliate", "affiliate-links", "affiliatelinks", "partnerlinks", "werbelinks", "affiliés", "affiliation", "afiliados", "afiliado", "affiliazione",
                  "affiliati", "afiliacyjne", "partnerskie"),
        examples=("Posted by Jane Doe · Last updated: March 2, 2024 · This post may contain affiliate links.", "This post may contain affiliate links.",
                  "Dieser Artikel enthält Affiliate-Links.", "Cet article contient des liens affiliés.", "Este artículo contiene enlaces de afiliados.",
                  "Questo articolo contiene link di affiliazione.", "Este artigo contém links de afiliados.", "Ten artykuł zawiera linki afiliacyjne.",
                  "Dit artikel bevat affiliate links.",
                  "Die mit einem Symbol oder Unterstreichung gekennzeichneten Links sind Affiliate-Links. Kommt darüber ein Einkauf zustande, erhalten wir eine Provision.",
                  "Links marked with an asterisk are affiliate links."),
        counterexamples=("The post contains affiliate links, the regulator found, and must be labelled.",),
        max_words=60,
    ),
    Rule(
        "letters-invitation", "promo",
        r"(?:have|got|do you have) an? (?:opinion|view|thoughts?|comment|letter)\b.{0,200}\b(?:write|e-?mail|send|submit)\b.{0,250}"
        r"|.{0,200}\b(?:letters?|leserbriefe?|courrier|lecteurs|cartas|lettere|listy|brieven|opinion|editor)@[\w.-]{2,60}\.\w{2,10}\b.{0,200}"
        r"|(?:got|have you got) a story(?: for us)?\W{1,3}.{0,250}|(?:get in touch with|contact) our news ?(?:team|desk)\b.{0,200}"
        r"|for more (?:stories|articles|news) like this,? (?:check|visit|see|head to) our\b.{0,100}"
        r"|(?:schreiben sie uns|ihre meinung (?:ist gefragt|zum thema))\W{0,3}.{0,200}|(?:écrivez-nous|réagissez à cet article)\W{0,3}.{0,200}"
        r"|(?:envíe?|envía) (?:su|tu) carta\b.{0,200}|scrivete(?: a| alla redazione)\b.{0,200}|envie (?:a )?sua (?:carta|opinião)\b.{0,200}|napisz do nas\W{0,3}.{0,200}|reageren\? mail\b.{0,200}",
        "an invitation to write to the letters page or the newsroom, at the end of the article",
        triggers=("letters", "letter", "leserbrief", "leserbriefe", "courrier", "lecteurs", "cartas", "lettere", "listy", "brieven", "opinion", "editor"),
        examples=("Have an opinion on this? Write to us at letters@example.com", "Got a story? Get in touch with our news team by emailing us at news@example.com.",
                  "For more stories like this, check our news page.", "Schreiben Sie uns: leserbriefe@example.de", "Écrivez-nous à courrier@example.fr",
                  "Envíe su carta al director a cartas@example.es", "Scrivete a lettere@example.it", "Envie sua opinião para cartas@example.com.br",
                  "Napisz do nas: listy@example.pl", "Reageren? Mail naar brieven@example.nl"),
        counterexamples=("Have an opinion on this, the minister said, but keep it to yourself.",),
        role="tail",
        max_words=80,
    ),
    Rule(
        "staff-photo-credit", "credit",
        rf"\(?(?:staff|file|submitted|contributed|courtesy|special|handout|pool|archive) (?:file )?(?:photos?|photographs?|images?|pictures?)"
        rf"(?: (?:by|courtesy of|from)\s+{_NAMES}|\s?/\s?[^/]{{1,60}}|\s*:\s*[^:]{{1,60}})?\)?\W{{0,3}}"
        r"|(?:photo|foto) (?:d(?:'|’)archives?|de archivo|d(?:'|’)archivio|de arquivo|archiv|archiwalne)\W{0,3}|(?:archivbild|archivfoto|archiefbeeld|archieffoto|zdjęcie ilustracyjne|symbolbild|imagen de archivo|immagine d(?:'|’)archivio)\W{0,3}",
        "a bare photo credit naming the staff photographer or a file picture",
        examples=("Staff photo by Jane Doe", "Staff photo / Jane Doe", "(Submitted photo)", "File photo", "Photo d'archives", "Foto de archivo",
                  "Foto d'archivio", "Foto de arquivo", "Archivbild", "Archiefbeeld", "Zdjęcie ilustracyjne"),
        counterexamples=("Staff photos from the 1950s show the newsroom full of smoke.",),
        max_words=14,
    ),
)

RULES += (
    Rule(
        "preferred-source", "promo",
        r"(?:click here to |tap here to )?(?:add|set|choose|select) (?:us|\S+(?: \S+){0,3}) as (?:a |your )?['‘\"“]?(?:preferred|trusted) source\b.{0,200}"
        r"|make (?:us|\S+(?: \S+){0,3}) (?:a |your )(?:preferred|trusted) source (?:on|in) google\b.{0,150}"
        r"|add (?:us|\S+(?: \S+){0,3}) to your google news(?: feed)?\b.{0,150}|follow (?:us|\S+(?: \S+){0,3}) on google news\b.{0,150}"
        r"|(?:fügen sie|füge) (?:uns|\S+(?: \S+){0,3}) als bevorzugte quelle\b.{0,200}|(?:\S+ ){0,3}als bevorzugte quelle (?:bei google )?(?:hinzufügen|festlegen)\W{0,3}"
        r"|ajoutez (?:-nous|nous|\S+(?: \S+){0,3}) comme source préférée\b.{0,200}|(?:añade|añádenos|agrega) (?:a )?(?:\S+(?: \S+){0,3} )?como fuente preferida\b.{0,200}"
        r"|aggiungi (?:ci )?(?:\S+(?: \S+){0,3} )?come fonte preferita\b.{0,200}|adicione (?:-nos )?(?:\S+(?: \S+){0,3} )?como fonte preferida\b.{0,200}"
        r"|dodaj (?:nas )?(?:\S+(?: \S+){0,3} )?jako preferowane źródło\b.{0,200}|voeg (?:ons )?(?:\S+(?: \S+){0,3} )?toe als voorkeursbron\b.{0,200}",
        "a prompt to add the site as a preferred source in Google",
        examples=("Add Example News as a Preferred Source on Google to see more of our stories in your search results.", "Add us as a preferred source on Google", "Choose Example as a 'Preferred Source' on Google News for quick access to the news you value.",
                  "Add Example to your Google News feed.", "Follow us on Google News", "Fügen Sie Example als bevorzugte Quelle bei Google hinzu",
                  "Ajoutez Example comme source préférée sur Google", "Añade Example como fuente preferida en Google", "Aggiungi Example come fonte preferita su Google",
                  "Adicione Example como fonte preferida no Google", "Dodaj Example jako preferowane źródło w Google", "Voeg Example toe als voorkeursbron in Google"),
        counterexamples=("Readers can now add outlets as a preferred source, Google said on Tuesday.",),
        max_words=40,
    ),
    Rule(
        "article-tools", "share",
        # listen
        r"(?:listen to|listen)(?: this| the)? (?:article|story)(?: \d{1,2}(?::\d{2})? ?(?:min|mins|minutes)\.?)?\W{0,3}|(?:audio|text) (?:version|vorlesen)\W{0,3}|vorlesen\W{0,3}"
        r"|(?:diesen )?artikel (?:anhören|vorlesen lassen)\W{0,3}|(?:écouter|écoutez) (?:cet|l(?:'|’))\s?article\W{0,3}|escucha(?:r)? (?:este|el) artículo\W{0,3}|ascolta (?:questo|l(?:'|’))\s?articolo\W{0,3}"
        r"|(?:ouvir|ouça|escute) (?:este|o) (?:artigo|texto|conteúdo|notícia)\W{0,3}|(?:posłuchaj|odsłuchaj|słuchaj) (?:tego )?artykułu?\W{0,3}|(?:luister naar|beluister) (?:dit|het) artikel\W{0,3}|lees voor\W{0,3}"
        # gift
        r"|(?:gift|give|share) (?:this|the)? ?(?:full )?(?:article|story)(?: with a friend)?\W{0,3}|send (?:as a )?gift\W{0,3}|gift article\W{0,3}"
        r"|(?:diesen )?artikel verschenken\W{0,3}|offrir (?:cet|l(?:'|’))\s?article\W{0,3}|regalar (?:este |el )?artículo\W{0,3}|regala (?:questo |l(?:'|’))?\s?articolo\W{0,3}"
        r"|(?:presentear|oferecer) (?:este |o )?artigo\W{0,3}|podaruj (?:ten )?artykuł\W{0,3}|(?:geef )?(?:dit )?artikel cadeau(?: doen| geven)?\W{0,3}"
        r"|you have \d{1,3} gift articles? (?:left|remaining)\b.{0,100}"
        # save / bookmark
        r"|(?:save|bookmark)(?: this)? (?:article|story)(?: for later)?\W{0,3}|add to (?:my |your )?(?:reading )?list\W{0,3}|(?:read|save for) later\W{0,3}|bookmark\W{0,3}"
        r"|(?:artikel )?(?:speichern|später lesen)\W{0,3}|in pocket speichern\W{0,3}|(?:ajouter à (?:vos|mes) sélections|lire plus tard|sauvegarder l(?:'|’)article)\W{0,3}(?:ajouter à (?:vos|mes) sélections\W{0,3})?"
        r"|(?:guardar(?: artículo| para después)?|leer (?:más )?tarde)\W{0,3}|(?:salva(?: questo articolo| per dopo)?|leggi più tardi)\W{0,3}|salva questo articolo e leggilo\b.{0,150}|hai salvato (?:un nuovo )?articolo\W{0,3}"
        r"|(?:salvar(?: artigo| para ler depois)?|ler depois)\W{0,3}|(?:zapisz(?: artykuł| na później)?|czytaj później)\W{0,3}|(?:bewaar(?: artikel)?|later lezen|opslaan)\W{0,3}"
        # copy the link
        r"|(?:copy|copier|kopiere|kopieren|copiar|copia|kopiuj|kopieer)(?: (?:the|le|den|el|il|o|de))?(?: (?:aktuellen|current|article))? (?:link|lien|enlace|url)(?: url)?(?:\s*(?:url |link )?(?:copied|kopiert|copié|copiado|copiato|skopiowany|gekopieerd)!?)?(?: bookmark)?\W{0,3}"
        r"|link copied\W{0,3}(?:bookmark\W{0,3})?|web share\W{0,3}|(?:schriftgröße|textgröße|text size|font size|taille du texte|tamaño (?:del texto|de letra)|dimensione (?:del )?testo|tamanho (?:do )?texto|rozmiar (?:tekstu|czcionki)|tekstgrootte)(?: anpassen| ändern)?\W{0,3}"
        r"|(?:klick|klicke|klicken),? um (?:auf|über|per|bei) \S+ zu teilen\b.{0,60}|cliquez pour partager (?:sur|par) \S+.{0,60}|haz clic para compartir en \S+.{0,60}"
        r"|fai clic per condividere su \S+.{0,60}|clique para compartilhar n[oa] \S+.{0,60}|kliknij,? aby udostępnić (?:na|w|przez) \S+.{0,60}|klik om te delen (?:op|via) \S+.{0,60}"
        rf"|(?:(?:über|via|auf|per|on|sur|en|su|na|op|no) {_PLATFORMS}(?: {_SHARE_VERB}| twittern)?\s*){{2,10}}|(?:{_SHARE_VERB}|twittern)(?: (?:{_SHARE_VERB}|twittern|senden|mailen)){{1,4}}\W{{0,3}}",
        "article tools: listen, gift, save, copy the link, text size",
        examples=("Listen to this article", "Listen to this article 5 min", "Artikel anhören", "Vorlesen", "Écouter cet article", "Escuchar este artículo", "Ascolta questo articolo",
                  "Ouvir este artigo", "Posłuchaj artykułu", "Luister naar dit artikel",
                  "Gift this article", "Share full article", "Artikel verschenken", "Offrir cet article", "Regalar artículo", "Regala questo articolo",
                  "Presentear artigo", "Podaruj artykuł", "Artikel cadeau doen",
                  "Save this article", "Bookmark", "Ajouter à vos sélections Ajouter à vos sélections", "Salva questo articolo e leggilo quando vuoi. Il servizio è dedicato agli utenti registrati.",
                  "Hai salvato un nuovo articolo", "in Pocket speichern", "Guardar para después", "Salvar para ler depois", "Zapisz na później", "Later lezen",
                  "Copier le lien", "Kopiere den aktuellen Link", "Copy Link URL Copied!", "Link copied Bookmark", "Web Share", "Schriftgröße anpassen!",
                  "über Bluesky teilen über facebook teilen über linkedIn teilen per Mail teilen über Xing teilen", "Teilen Twittern Senden",
                  "Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)", "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)",
                  "Haz clic para compartir en Facebook (Se abre en una ventana nueva)", "Fai clic per condividere su Facebook (Si apre in una nuova finestra)",
                  "Clique para compartilhar no Facebook(abre em nova janela)", "Kliknij, aby udostępnić na Facebooku (Otwiera się w nowym oknie)",
                  "Klik om te delen op Facebook (Wordt in een nieuw venster geopend)"),
        counterexamples=("Listen to this story from the start, and you will hear the change.", "Bookmark sales rose 4% last year.",
                         "Save the date: the festival returns in June."),
        role="inline",
        max_words=40,
    ),
    Rule(
        "player-controls", "boilerplate",
        r"(?:current time|aktuelle zeit|temps actuel|tiempo actual|tempo attuale|tempo atual|bieżący czas|huidige tijd)\s*:?\s*\d{1,2}:\d{2}(?:\s*/?\s*(?:duration|gesamtdauer|durée|duración|durata|duração|czas trwania|duur)\s*:?\s*\d{1,2}:\d{2})?\W{0,3}"
        r"|(?:duration|gesamtdauer|remaining time|verbleibende zeit)\s*:?\s*-?\d{1,2}:\d{2}\W{0,3}|(?:loaded|progress|geladen|fortschritt)\s*:\s*\d{1,3}(?:\.\d+)?\s*%\W{0,3}"
        r"|this is a modal window\W{0,3}.{0,200}|(?:beginning|end) of dialog window\b.{0,200}|close modal dialog\W{0,3}|stream type live\W{0,3}|seek to live\b.{0,60}"
        r"|(?:captions|subtitles|descriptions|chapters) (?:off|settings)\b.{0,80}|playback rate\W{0,3}.{0,30}|audio track\W{0,3}|(?:un)?mute\W{0,3}|(?:(?:enter|exit) )?full ?screen\W{0,3}|copy to clipboard\W{0,3}"
        r"|(?:vollbild(?:modus)?(?: beenden| verlassen)?|(?:quitter le |mode )?plein écran|(?:salir de (?:la )?)?pantalla completa|(?:esci da(?:llo)? )?schermo intero|(?:sair da )?tela cheia|(?:zamknij )?pełny ekran|(?:volledig scherm(?: sluiten)?)|helskärm"
        r"|развернуть на весь экран|выйти из полноэкранного режима)\W{0,3}|(?:play|pause) video\W{0,3}"
        r"|(?:player|video|audio) (?:wird|is) (?:geladen|loading)\W{0,3}|audio starten,? abbrechen mit escape\W{0,3}|autoplay\W{0,3}|(?:weitere|more) videos\W{0,3}|(?=[012])\d(?:[.,]\d{1,2})?x\W{0,3}"
        r"|(?:den |the )?podcast (?:beenden|schließen|stoppen|stop|close)\W{0,3}|(?:du trenger|you need|sie benötigen) javascript (?:for å se|to (?:see|watch|play)|um)\b.{0,60}",
        "the controls of an audio or video player, left as text",
        examples=("Current Time 0:00", "Aktuelle Zeit: 0:00 Gesamtdauer: 0:00", "Duration 0:00", "Loaded: 0%", "This is a modal window.", "Stream Type LIVE",
                  "Player wird geladen", "Audio starten, abbrechen mit Escape", "Exit fullscreen", "Vollbild", "Plein écran", "Pantalla completa",
                  "Schermo intero", "Tela cheia", "Pełny ekran", "Volledig scherm", "Copy to Clipboard", "autoplay", "weitere Videos", "1x", "Den Podcast beenden?", "Du trenger javascript for å se video."),
        counterexamples=("Current time limits on the river will be lifted in May.", "Autoplay videos drain batteries, the study found."),
        max_words=40,
    ),
    Rule(
        "ai-summary-note", "disclaimer",
        r"(?:this|the following|the above|diese|dieser|ce|cette|este|esta|questo|questa|esse|essa|to|ten|deze|dit)\s(?:\S+ ){0,2}?"
        r"(?:summary|summaries|zusammenfassung|résumé|resumen|riassunto|resumo|podsumowanie|samenvatting|text|texte|article|artikel|artículo|articolo|artigo|artykuł|tekst)\b"
        # the verb and the machine, in either order ("generated by AI", "mit KI erstellt")
        r"(?=.{0,150}?\b(?:generated|created|produced|written|made|drafted|erstellt|generiert|verfasst|généré|générée|rédigé|generado|generada|creado|generato|generata|creato|gerado|gerada|criado|wygenerowane|wygenerowany|stworzony|gegenereerd|gemaakt)\b)"
        r"(?=.{0,150}?\b(?:ai|a\.i\.|artificial intelligence|ki|künstliche[rn]? intelligenz|ia|l(?:'|’)ia|intelligence artificielle|inteligencia artificial|intelligenza artificiale|inteligência artificial|si|sztucznej inteligencji|chatgpt|openai)\b).{1,300}"
        r"|(?:ai|ki|ia)[- ](?:generated |generierte |généré )?(?:summary|zusammenfassung|résumé|resumen|riassunto|resumo|podsumowanie|samenvatting)(?: \(beta\))?\W{0,3}",
        "a note that an AI wrote the article's summary or text",
        triggers=("summary", "zusammenfassung", "résumé", "resumen", "riassunto", "resumo", "podsumowanie", "samenvatting"),
        examples=("This summary was generated by AI and reviewed by our editors.", "Diese Zusammenfassung wurde mit KI erstellt.", "Ce résumé a été généré par l'IA.",
                  "Este resumen ha sido generado por inteligencia artificial.", "Questo riassunto è stato generato dall'intelligenza artificiale.",
                  "Este resumo foi gerado por IA.", "To podsumowanie zostało wygenerowane przez sztucznej inteligencji.", "Deze samenvatting is gemaakt met AI.",
                  "AI-generated summary", "KI-Zusammenfassung"),
        counterexamples=("The summary of the report was generated by AI, the ministry admitted.",),
        max_words=60,
    ),
    Rule(
        "live-ticker", "navigation",
        r"(?:live[- ]?(?:ticker|blog|updates?|coverage)|liveticker|liveblog|newsblog|en direct|en vivo|en directo|directo|in diretta|ao vivo|na żywo|relacja na żywo|live)\W{0,3}"
        r"|(?:show|load|see|view) \d{1,3} (?:new )?(?:updates?|posts?|entries)\W{0,3}|\d{1,3} new (?:updates?|posts?)\W{0,3}|(?:show )?key (?:events|updates|moments)(?: only)?\W{0,3}"
        r"|pinned (?:post|update|entry)\W{0,3}|(?:neue(?:re)?|weitere|ältere) (?:beiträge|einträge|updates) (?:laden|anzeigen)\W{0,3}|(?:liveblog|newsblog|ticker) aktualisieren\W{0,3}"
        r"|(?:auto-?refresh|automatisch aktualisieren|actualisation automatique|actualización automática|aggiornamento automatico)(?: on| off| an| aus)?\W{0,3}",
        "live-ticker chrome: the label and its update buttons",
        examples=("Live-Ticker", "Live", "Liveblog", "En direct", "En vivo", "In diretta", "Ao vivo", "Na żywo", "Show 3 new updates", "Key events", "Pinned post",
                  "Neue Beiträge laden", "Auto-refresh"),
        counterexamples=("Live music returns to the park on Friday.",),
        max_words=6,
    ),
    Rule(
        "more-heading", "related",
        r"(?:noticias? relacionadas?|ähnliche nachrichten|mehr ähnliche nachrichten|la rédaction vous conseille|passend zum (?:artikel|thema)|weitere themen|read more stories|more trending"
        r"|recommended from (?:the )?editorial|à découvrir|more (?:from|on) (?:this|our) (?:site|network)|aus dem netz|empfehlungen der redaktion|unsere empfehlungen"
        r"|artículos recomendados|ti consigliamo|consigliati per te|recomendados para você|polecamy|aanbevolen artikelen|meer over dit onderwerp)\W{0,3}",
        "heading of a list of other stories (the list itself is judged by its neighbours)",
        examples=("Noticia relacionada", "Ähnliche Nachrichten", "La rédaction vous conseille", "Passend zum Artikel", "Weitere Themen", "Read More Stories",
                  "More Trending", "Recommended from Editorial", "À découvrir"),
        counterexamples=("Weitere Themen der Sitzung waren der Haushalt und die Schulen.",),
        # "line", not "heading": such a box also sits inside articles, and a heading there
        # splits the body into blocks (a small block between two boxes is then dropped).
        max_words=6,
    ),
    Rule(
        "more-button", "navigation",
        r"(?:show|load|see|view|read) more(?: (?:stories|articles|news|results|posts))?\W{0,3}|(?:mehr|weitere) (?:anzeigen|laden)\W{0,3}|weitere (?:artikel|meldungen|nachrichten|videos) (?:anzeigen|laden)\W{0,3}"
        r"|(?:afficher|voir) plus(?: d(?:'|’)articles)?\W{0,3}|(?:ver|cargar|mostrar) más(?: (?:artículos|noticias))?\W{0,3}|(?:mostra (?:di )?più|carica altri(?: articoli)?)\W{0,3}"
        r"|(?:ver|carregar) mais(?: (?:artigos|notícias))?\W{0,3}|(?:pokaż|załaduj|zobacz) więcej\W{0,3}|(?:meer (?:tonen|laden|weergeven)|toon meer)\W{0,3}|vis (?:mer|mindre)(?: vis (?:mer|mindre))?\W{0,3}",
        "a \"show more\" button",
        examples=("Show more", "Read more stories", "Mehr anzeigen", "Afficher plus", "Ver más artículos", "Mostra di più", "Carregar mais", "Pokaż więcej", "Meer laden", "Vis mer Vis mindre"),
        counterexamples=("Show more respect, the coach told his players.",),
        role="line",
        max_words=6,
    ),
    Rule(
        "script-notice", "boilerplate",
        r"(?:please )?(?:enable|activate|turn on|allow) javascript\b.{0,200}|bitte (?:aktivieren sie|aktiviere) (?:das )?javascript\b.{0,200}|(?:veuillez )?(?:activez|activer) (?:le )?javascript\b.{0,200}"
        r"|(?:por favor,? )?(?:activa|habilita|active|habilite) (?:el )?javascript\b.{0,200}|(?:per favore,? )?(?:attiva|abilita) (?:il )?javascript\b.{0,200}|(?:por favor,? )?(?:ative|habilite) o javascript\b.{0,200}"
        r"|(?:proszę )?włącz (?:obsługę )?javascript\b.{0,200}|(?:schakel|zet) javascript (?:in|aan)\b.{0,200}"
        r"|(?:tu|su) (?:explorador|navegador) (?:está configurado para bloquear|no (?:admite|soporta|tiene (?:habilitado|activado))) javascript\b.{0,200}"
        r"|(?:stai utilizzando|stai usando) (?:internet explorer|un browser (?:obsoleto|vecchio|non supportato))\b.{0,250}|per favore,? utilizza un browser (?:moderno|aggiornato)\b.{0,200}"
        r"|sie (?:verwenden|nutzen) einen (?:veralteten|alten|nicht unterstützten) browser\b.{0,200}|vous utilisez un navigateur (?:obsolète|ancien|non supporté|dépassé)\b.{0,200}"
        r"|(?:estás|está) (?:usando|utilizando) un navegador (?:antiguo|obsoleto|desactualizado|no compatible)\b.{0,200}|(?:você )?está usando um navegador (?:desatualizado|antigo|obsoleto)\b.{0,200}"
        r"|używasz (?:przestarzałej|starej|nieobsługiwanej) przeglądarki\b.{0,200}|(?:je gebruikt|u gebruikt) een (?:verouderde|oude) browser\b.{0,200}",
        "a notice about the reader's browser or JavaScript",
        triggers=("javascript",),
        examples=("Please enable JavaScript to view this page.", "Bitte aktivieren Sie Javascript.", "Activez JavaScript pour continuer.", "Activa JavaScript",
                  "Attiva JavaScript", "Ative o JavaScript", "Włącz JavaScript", "Schakel JavaScript in",
                  "Tu explorador está configurado para bloquear JavaScript. Para usar nuestros servicios, es necesario que lo permitas.",
                  "Stai utilizzando Internet Explorer: è un browser molto vecchio, non sicuro.", "Per favore utilizza un browser moderno come Edge, Firefox o Chrome.",
                  "Sie verwenden einen veralteten Browser.", "Vous utilisez un navigateur obsolète.", "Estás usando un navegador antiguo.",
                  "Você está usando um navegador desatualizado.", "Używasz przestarzałej przeglądarki.", "Je gebruikt een verouderde browser."),
        counterexamples=("Users who enable JavaScript in the settings are exposed, researchers said.",
                         "JavaScript remains the most used language, the survey found."),
        max_words=50,
    ),
    Rule(
        "external-content", "cookie",
        r"(?:empfohlener (?:redaktioneller|externer) inhalt|externe[nr]? inhalte?(?: anzeigen| laden| erlauben| zulassen)?|(?:[^\s-]+-)?(?:inhalte?|infografiken|grafiken|karten?) (?:anzeigen|laden|aktivieren|erlauben|zulassen)"
        r"|ein klick für den datenschutz|datenschutzeinstellungen anpassen|(?:recommended |show |load |allow )?(?:external|third[- ]party|embedded) content|contenu externe|afficher le contenu(?: externe)?"
        r"|contenido externo|mostrar contenido(?: externo)?|contenuto esterno|mostra (?:il )?contenuto|conteúdo externo|mostrar conteúdo|treść zewnętrzna|pokaż treść|externe inhoud|toon (?:de )?inhoud)"
        r"(?:\s+(?:infografiken|grafiken|inhalte?) anzeigen)?(?:\s+datenschutzeinstellungen anpassen)?\W{0,3}"
        r"|(?:this|the) (?:article|page) contains content provided by\b.{0,300}"
        r"|an dieser stelle (?:finden sie|findest du) (?:einen|ein|eine)\b.{0,60}\bexterne[nr]? (?:inhalt|beitrag|video|grafik)\b.{0,400}"
        r"|ich bin damit einverstanden,? dass mir\b.{0,60}\binhalte?\b.{0,300}|(?:du kannst|sie können) (?:ihn|sie|es|diesen|den inhalt) (?:dir|sich) mit einem klick anzeigen lassen\b.{0,150}"
        r"|(?:damit |dabei )?(?:können )?personenbezogene daten (?:können )?an drittplattformen übermittelt werden\b.{0,200}|link zum \S+-inhalt\W{0,3}"
        r"|(?:here|at this point) you (?:will )?find (?:an? )?external content\b.{0,300}|i (?:agree|consent) to (?:external|third[- ]party) content being (?:displayed|shown|loaded)\b.{0,300}"
        r"|personal data may be (?:transmitted|transferred|sent) to third[- ]party platforms\b.{0,200}|j(?:'|’)accepte que (?:du|le|des) contenus? externes?\b.{0,300}"
        r"|acepto que se muestre(?:n)? (?:el |los )?contenidos? externos?\b.{0,300}|accetto (?:che (?:venga(?:no)? mostrat[oi]|si visualizzi(?:no)?)|di visualizzare) (?:il |i )?contenut[oi] estern[oi]\b.{0,300}"
        r"|aceito que (?:seja|sejam) (?:exibidos?|mostrados?) (?:o |os )?conteúdos? externos?\b.{0,300}|zgadzam się na wyświetlanie treści zewnętrznych\b.{0,300}"
        r"|ik ga akkoord met het (?:tonen|weergeven) van externe (?:inhoud|content)\b.{0,300}|(?:to (?:view|see|display) this content|um (?:diesen|den) inhalt (?:zu sehen|anzuzeigen)|pour (?:voir|afficher) ce contenu"
        r"|para (?:ver|mostrar) (?:este|el) contenido|per (?:vedere|visualizzare) (?:questo|il) contenuto|para (?:ver|exibir) (?:este|o) conteúdo|aby (?:zobaczyć|wyświetlić) (?:tę )?treść|om deze (?:inhoud|content) te (?:zien|bekijken)),? .{0,200}\b(?:cookies?|consent|zustimmung|einwilligung|consentement|consentimiento|consenso|consentimento|zgod\w*|toestemming|accept\w*|akzept\w*)\b.{0,200}",
        "a placeholder for embedded content the reader has not consented to",
        examples=("Empfohlener redaktioneller Inhalt", "Externen Inhalt anzeigen", "Ein Klick für den Datenschutz", "Infografiken anzeigen Datenschutzeinstellungen anpassen",
                  "External content", "Contenu externe", "Contenido externo", "Contenuto esterno", "Conteúdo externo", "Treść zewnętrzna", "Externe inhoud",
                  "This article contains content provided by Example. We ask for your permission before anything is loaded, as they may be using cookies.",
                  "To view this content, please accept cookies.", "Um diesen Inhalt zu sehen, müssen Sie der Nutzung von Cookies zustimmen.",
                  "An dieser Stelle findest du einen externen Inhalt von Example, der den Artikel ergänzt.", "YouTube-Inhalte erlauben",
                  "Ich bin damit einverstanden, dass mir Inhalte von Example angezeigt werden.", "Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden.",
                  "Personenbezogene Daten können an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.",
                  "I agree to external content being displayed. Personal data may be transmitted to third-party platforms.",
                  "J'accepte que du contenu externe s'affiche.", "Acepto que se muestre contenido externo.", "Accetto di visualizzare i contenuti esterni.",
                  "Aceito que sejam exibidos conteúdos externos.", "Zgadzam się na wyświetlanie treści zewnętrznych.", "Ik ga akkoord met het tonen van externe inhoud."),
        counterexamples=("External content moderators in Kenya sued the company in 2023.",),
        max_words=60,
    ),
)

# Member and sign-up boxes: the pitch, the form's labels, its consent line and its answers.
RULES += (
    Rule(
        "member-box", "promo",
        r"(?:subscribe|register|sign ?in|sign ?up|log ?in)(?: ?/ ?(?:sign ?in|register|log ?in))? (?:to|for) (?:unlock |read |get )?more articles\W{0,3}"
        r"|(?:create an account or sign in|sign in or create an account|log in or create an account) to (?:continue|keep reading)\b.{0,100}"
        r"|don(?:'|’)?t have an account\W{0,3}(?:(?:create (?:an |a free )?account|sign up|register)(?: now| here)?\W{0,3})?|noch kein (?:konto|benutzerkonto)\W{0,3}(?:(?:jetzt )?registrieren\W{0,3})?"
        r"|pas encore (?:de compte|inscrit|abonné)\W{0,3}(?:(?:créer un compte|inscrivez-vous|je m(?:'|’)inscris)\W{0,3})?|¿?no tienes (?:una )?cuenta\W{0,3}(?:(?:regístrate|crea una cuenta)\W{0,3})?"
        r"|non hai (?:ancora )?un account\W{0,3}(?:registrati(?: in \d+ minut[oi])?\W{0,3}(?:accedi\W{0,3})?)?|(?:não tem|ainda não tem) (?:uma )?conta\W{0,3}(?:(?:cadastre-se|registe-se|crie uma conta)\W{0,3})?"
        r"|nie masz (?:jeszcze )?konta\W{0,3}(?:(?:zarejestruj się|załóż konto)\W{0,3})?|(?:nog )?geen account\W{0,3}(?:(?:registreer(?: je)?|maak een account aan)\W{0,3})?"
        r"|(?:enjoy|get) (?:additional|more|unlimited) (?:free )?articles(?: per month| every month)?\W{0,3}|get e-?mail updates from your favou?rite (?:authors|writers)\W{0,3}|view more offers\W{0,3}"
        r"|sign in without (?:a )?password\b.{0,60}|support local journalism\W{0,3}|(?:there was an error,? )?please provide a valid e-?mail address\W{0,3}"
        r"|a welcome e-?mail is on its way\b.{0,150}|we encountered an issue signing you up\b.{0,80}|the next issue of .{1,60} will soon be in your inbox\W{0,3}"
        r"|you can save this article by registering\b.{0,150}|sign up with your e-?mail (?:below|address) to\b.{0,150}|an account already exists for this e-?mail\b.{0,80}"
        r"|welcome to (?:the )?\S+(?: \S+){0,2} (?:club|community)\W{0,3}|your membership journey starts here\W{0,3}|(?:keep exploring|explore ways)\b.{0,60}\bas a member\W{0,3}"
        r"|unlock (?:instant )?access to (?:exclusive )?member (?:features|benefits|perks)\W{0,3}|become an? (?:\S+ ){0,2}(?:insider|member|subscriber)(?: now| today)?\W{0,3}"
        r"|(?:-\s*)?join (?:our|the) community\W{0,3}|enjoy(?:ed)? (?:this|the) (?:story|article|piece)\W{1,3}(?:support|subscribe|become|join|sign up)\b.{0,200}"
        r"|enjoying (?:our|this) (?:latest )?(?:content|journalism|stories|coverage)\W{0,3}"
        r"|contact me with (?:news and )?offers\b.{0,100}|i would like to (?:be e-?mailed|receive e-?mails?) (?:about )?(?:offers|news|updates)\b.{0,200}"
        r"|(?:our )?community members are treated to\b.{0,300}|you can (?:unsubscribe|opt out|check out) at any time\b.{0,200}"
        r"|(?:jetzt abonnieren )?sie können sich jederzeit (?:wieder )?abmelden\b.{0,200}|vous pouvez vous désabonner à tout moment\b.{0,200}|puedes darte de baja en cualquier momento\b.{0,200}"
        r"|puoi (?:annullare l(?:'|’)iscrizione|disiscriverti) in qualsiasi momento\b.{0,200}|(?:pode|você pode) cancelar (?:a (?:sua )?(?:subscrição|inscrição)) a qualquer momento\b.{0,200}"
        r"|możesz (?:zrezygnować|wypisać się) w każdej chwili\b.{0,200}|je kunt je (?:op elk moment|altijd) afmelden\b.{0,200}",
        "a member or sign-up box: its pitch, its form labels, its consent line and its answers",
        examples=("SUBSCRIBE FOR MORE ARTICLES", "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES", "Create an account or sign in to continue with your reading experience.",
                  "Don't have an account? Create Account", "Noch kein Konto? Jetzt registrieren", "Pas encore de compte ? Créer un compte", "¿No tienes cuenta? Regístrate",
                  "Non hai un account? Registrati in 1 minuto Accedi", "Não tem uma conta? Cadastre-se", "Nie masz konta? Zarejestruj się", "Nog geen account? Registreer",
                  "Enjoy additional articles per month.", "Get email updates from your favourite authors.", "View more offers", "Support local journalism.",
                  "There was an error, please provide a valid email address.", "A welcome email is on its way. If you don't see it, please check your junk folder.",
                  "Sign up with your email below to instantly access member features, newsletters and exclusive Insider perks",
                  "Contact me with news and offers from other Example brands", "Welcome to Example club!", "Your membership journey starts here.",
                  "Keep exploring and earning more as a member.", "Unlock instant access to exclusive member features.", "Become a Example Insider now",
                  "- Join our community", "Enjoyed this story? Support our award-winning journalism by becoming a member.", "Enjoying our latest content?",
                  "I would like to be emailed about offers, event and updates from Example. Read our privacy notice.",
                  "Our community members are treated to special offers, promotions, and adverts from us and our partners. You can check out at any time.",
                  "Jetzt abonnieren Sie können sich jederzeit wieder abmelden, wenn Sie das möchten.", "Vous pouvez vous désabonner à tout moment.",
                  "Puedes darte de baja en cualquier momento.", "Puoi annullare l'iscrizione in qualsiasi momento.", "Pode cancelar a subscrição a qualquer momento.",
                  "Możesz zrezygnować w każdej chwili.", "Je kunt je op elk moment afmelden."),
        counterexamples=("Members can enjoy more articles per month under the new plan, the publisher said on Tuesday.",
                         "Become a member of parliament, he told his daughter, and you will never be bored."),
        max_words=60,
    ),
    Rule(
        "signup-consent", "promo",
        r"(?=.{0,400}?\b(?:privacy|terms|datenschutz\w*|werbevereinbarung|agb|nutzungsbedingungen|confidentialité|conditions|privacidad|condiciones|términos|termini|condizioni"
        r"|privacidade|termos|prywatności|regulamin\w*|voorwaarden|privacybeleid|newsletter)\b)"
        r"(?:by (?:(?:providing|submitting|entering) (?:your|my|this) (?:e-?mail|information|details|data|form)|registering|creating an account)\b"
        r"|mit (?:meiner|ihrer|der) (?:anmeldung|registrierung)\b|(?:en (?:vous inscrivant|soumettant|fournissant|cliquant|validant))\b|al (?:suscribirte|registrarte|enviar|hacer clic|facilitar)\b"
        r"|(?:iscrivendoti|registrandoti|cliccando|inviando)\b|ao (?:se inscrever|se cadastrar|assinar|enviar|clicar|subscrever)\b|(?:zapisując się|rejestrując się|klikając|podając)\b"
        r"|door (?:je aan te melden|je in te schrijven|te klikken|je e-?mailadres)\b).{1,400}",
        "the consent line of a sign-up form (\"By submitting your information you agree to the Terms…\")",
        examples=("By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.",
                  "By providing your email address, you have read and agree to Example's Terms and Conditions and Privacy Policy.",
                  "Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.", "En vous inscrivant, vous acceptez nos conditions d'utilisation.",
                  "Al suscribirte aceptas nuestra política de privacidad.", "Iscrivendoti accetti i termini e l'informativa privacy.",
                  "Ao se inscrever, você concorda com os termos e a política de privacidade.", "Zapisując się akceptujesz regulamin i politykę prywatności.",
                  "Door je aan te melden ga je akkoord met de voorwaarden."),
        counterexamples=("By submitting the bill, the minister broke with the coalition's terms, critics said.",),
        max_words=80,
    ),
)

RULES += (
    Rule(
        "posted-date-in", "byline",
        rf"(?:geschrieben am|veröffentlicht am|posted on|published on|publicado el|publicado em|publié le|pubblicato il|opublikowano|geplaatst op)\s*(?:{_DATETIME})"
        r"\s+(?:in|en|dans|em|w|op|unter)\s+[^.!?]{1,60}",
        "a blog post's date line with its category (\"Geschrieben am 15. April 2025 in Nachrichten\")",
        examples=("Geschrieben am 15. April 2025 in Nachrichten", "Posted on March 2, 2024 in News", "Publicado el 3 de marzo de 2024 en Noticias",
                  "Publié le 12 mars 2024 dans Actualités", "Pubblicato il 12 marzo 2024 in Cronaca", "Publicado em 12/03/2024 em Notícias",
                  "Opublikowano 12.03.2024 w Wiadomości", "Geplaatst op 12-03-2024 in Nieuws"),
        counterexamples=("Geschrieben am 15. April in einem Brief an den Vorstand, wurde die Forderung abgelehnt.",),
        max_words=20,
    ),
)

# "Pay or okay" consent walls: read with advertising, or subscribe to read without.
RULES += (
    Rule(
        "pay-or-ok-wall", "cookie",
        r"(?:(?:weiter|weiterlesen|lesen) mit werbung|mit werbung (?:weiterlesen|weiter|lesen)|werbefrei (?:lesen|weiterlesen|weiter)|werbefrei mit (?-i:\p{Lu})\S*(?: \S+){0,2}"
        r"|(?:zustimmen|akzeptieren) und weiter(?:lesen)?|continue with (?:ads|advertising)|accept and continue with ads|(?:reject|refuse) and subscribe|go ad-free with (?-i:\p{Lu})\S*(?: \S+){0,2}"
        r"|continuer avec (?:la )?publicité|accepter et continuer(?: avec (?:la )?publicité)?|(?:lire|continuer) sans publicité|continuar con publicidad|aceptar y continuar|(?:leer|navegar) sin publicidad"
        r"|continua con (?:la )?pubblicità|accetta e continua|(?:leggi|naviga) senza pubblicità|continuar com (?:anúncios|publicidade)|aceitar e continuar|(?:ler|navegar) sem (?:anúncios|publicidade)"
        r"|kontynuuj z reklamami|(?:akceptuj|zaakceptuj) i (?:kontynuuj|przejdź dalej)|czytaj bez reklam|doorgaan met advertenties|accepteren en doorgaan|lezen zonder advertenties)\W{0,3}"
        r"|wie gewohnt mit (?:personalisierter )?werbung\b.{0,300}|(?:die )?datenverarbeitung kann (?:unter umständen )?(?:auch )?außerhalb der eu\b.{0,400}"
        # "we and 223 partners", where the line is about data or consent ("we and 40 partners will build a hospital" is news)
        r"|(?=.{0,1000}?\b(?:personal data|data|daten|personenbezogene|données|datos|dati|dados|dane|gegevens|cookies?|device|gerät|appareil|dispositivo|identifiers?"
        r"|identifikatoren|tracking|consent|einwilligung|zustimmung|consentement|consentimiento|consenso|consentimento|zgod\w*|toestemming)\b)"
        r".{0,200}\b(?:wir und (?:bis zu |unsere )?\d{1,4} partner|we and (?:up to |our )?\d{1,4} (?:partners|vendors)|nous et (?:nos )?\d{1,4} partenaires|nosotros y (?:nuestros )?\d{1,4} (?:socios|proveedores)"
        r"|noi e (?:i nostri )?\d{1,4} (?:partner|fornitori)|nós e (?:os nossos )?\d{1,4} parceiros|my i (?:nasi )?\d{1,4} partner(?:zy|ów)|wij en (?:onze )?\d{1,4} partners)\b.{0,800}",
        "a \"pay or okay\" consent wall: read with tracking and advertising, or subscribe",
        triggers=("werbung", "werbefrei", "zustimmen", "akzeptieren", "continue", "accept", "reject", "refuse", "ad", "continuer", "accepter", "lire", "continuar",
                  "aceptar", "leer", "navegar", "continua", "accetta", "leggi", "naviga", "aceitar", "ler", "kontynuuj", "akceptuj", "zaakceptuj", "czytaj",
                  "doorgaan", "accepteren", "lezen", "gewohnt", "datenverarbeitung", "partner", "partners", "vendors", "partenaires", "socios", "proveedores",
                  "fornitori", "parceiros", "partnerzy", "partnerów"),
        examples=("Weiter mit Werbung", "Werbefrei mit Example Plus", "Zustimmen und weiter", "Continue with ads", "Reject and subscribe",
                  "Accepter et continuer avec la publicité", "Lire sans publicité", "Aceptar y continuar", "Leer sin publicidad", "Accetta e continua",
                  "Leggi senza pubblicità", "Aceitar e continuar", "Ler sem anúncios", "Zaakceptuj i przejdź dalej", "Czytaj bez reklam", "Accepteren en doorgaan",
                  "Lezen zonder advertenties", "Wie gewohnt mit personalisierter Werbung, Werbespots und Tracking.",
                  "Für die Weiterentwicklung und Finanzierung unseres Angebotes erheben und verarbeiten wir und bis zu 223 Partner personenbezogene Daten.",
                  "Die Datenverarbeitung kann unter Umständen auch außerhalb der EU erfolgen.", "We and our 842 partners store and access information on your device."),
        counterexamples=("Weiter mit Werbung zu verdienen wird für Verlage schwieriger, sagt der Analyst.",
                         "We and 40 partners in the region will build the new hospital, the minister said."),
        max_words=150,
    ),
)

# Reading times in the words today's sites use, alone or after the date ("15.04.2026 - 15:48 Uhr Lesedauer: 2 Min.").
_READ = (r"(?:(?:lesedauer|lesezeit|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|czas czytania|leestijd)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*"
         r"(?:minuten|minutes|minutos|minuti|minut|minuty|min)\.?"
         r"|\d{1,3}\s*(?:minuten|minutes|minutos|minuti|minut|minuty|min)\.?\s*(?:lesezeit|lesedauer|read|reading|de lecture|de lectura|di lettura|de leitura|czytania|leestijd))")
# A date part of such a line: a labelled or bare date or time ("Aggiornato alle 16:01", "Actualizado a 13/01/2025 15:43").
_DATE_PART = (rf"(?:(?:{_STAMP_WORD}|actualizado a|aggiornato alle|atualizado às|mis à jour à|bijgewerkt om)\s*:?\s*)?"
              rf"(?:{_DATETIME}|\d{{1,2}}\. \d{{1,2}}\. \d{{4}}(?:,? \d{{1,2}}[:.]\d{{2}}(?: uhr)?)?)")

RULES += (
    Rule(
        "dated-reading-time", "byline",
        rf"(?=.{{1,160}}$)(?:(?:{_DATE_PART})\s*(?:[|·•,–-]\s*)?){{1,3}}{_READ}\W{{0,3}}|{_READ}\W{{0,3}}"
        rf"|(?=.{{1,160}}$)(?:{_DATE_PART})\s+(?:actualizado a|aggiornato alle|atualizado às|mis à jour à|bijgewerkt om)\s+(?:{_DATETIME})\W{{0,3}}"
        rf"|(?=.{{1,120}}$)(?-i:\p{{Lu}})[\p{{L}}.\-]+(?: (?-i:\p{{Lu}})[\p{{L}}.\-]+){{0,2}}\s*[,–-]\s*(?:{_DATETIME})(?:\s*[–-]?\s*(?:{_DATE_PART})){{1,3}}\W{{0,3}}",
        "a date line with a reading time, an update time or a place (\"Bruselas - 15 oct 2024 - 08:22 Actualizado: 15 oct 2024 - 17:38 CEST\")",
        triggers=("0",),
        examples=("3 Minuten Lesezeit", "Lesedauer: 4 Minuten", "15.04.2026 - 15:48 Uhr Lesedauer: 2 Min.", "06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten",
                  "05 Gennaio 2025 Aggiornato alle 16:01 1 minuti di lettura", "13/01/2025 10:22 Actualizado a 13/01/2025 15:43",
                  "Bruselas - 15 oct 2024 - 08:22 Actualizado: 15 oct 2024 - 17:38 CEST", "Reading time: 6 minutes", "4 minutes de lecture"),
        counterexamples=("Reading time fell by 3 minutes a day in 2023, the survey found.", "Paris, 15 March 2024: the strike began at dawn."),
        max_words=30,
    ),
)

# The dialogs of the site's account and sign-up forms, left in the page text.
RULES += (
    Rule(
        "account-dialog", "navigation",
        r"(?:change|reset|update) (?:your |my )?(?:password|e-?mail(?: address)?|mobile number|profile)\W{0,3}|(?:delete|deactivate) (?:your |my )?account\W{0,3}"
        r"|(?:passwort|e-mail-adresse|mobilnummer|benutzerdaten|profil|account|konto) (?:ändern|anpassen|zurücksetzen|deaktivieren|löschen|bestätigen)\W{0,3}|(?:sms-)?code (?:erneut )?anfordern\W{0,3}"
        r"|(?:modifier|réinitialiser) (?:le |votre )?mot de passe\W{0,3}|(?:supprimer|désactiver) (?:le |votre |mon )?compte\W{0,3}|(?:cambiar|restablecer) (?:la |tu |su )?contraseña\W{0,3}"
        r"|(?:eliminar|desactivar) (?:la |tu |su |mi )?cuenta\W{0,3}|(?:cambia|reimposta) (?:la )?password\W{0,3}|(?:elimina|disattiva) (?:il |l(?:'|’))?account\W{0,3}"
        r"|(?:alterar|redefinir) (?:a )?senha\W{0,3}|(?:excluir|apagar|desativar) (?:a )?conta\W{0,3}|(?:zmień|resetuj) hasło\W{0,3}|(?:usuń|dezaktywuj) konto\W{0,3}"
        r"|wachtwoord (?:wijzigen|resetten)\W{0,3}|account (?:verwijderen|deactiveren)\W{0,3}"
        # form answers: check your spam folder, something went wrong (with "try again")
        r"|(?:wenn sie .{1,60}? kein(?:e)? e-?mail erhalten haben,? )?(?:prüfen|überprüfen|kontrollieren) sie (?:bitte )?(?:auch )?ihr(?:en)? (?:e-?mail-postfach|postfach|spam-?ordner)\b.{0,200}"
        r"|(?:if you (?:don(?:'|’)t|do not|haven(?:'|’)t) (?:see|receive|received) (?:it|an? e-?mail|the e-?mail)\b.{0,80}\b)?(?:please )?check your (?:inbox|spam|junk)(?: folder)?\b.{0,200}"
        r"|(?:veuillez )?(?:vérifiez|consultez) votre (?:boîte de réception|dossier (?:spam|courrier indésirable))\b.{0,200}|(?:por favor,? )?(?:revisa|comprueba) tu (?:bandeja de entrada|carpeta de spam)\b.{0,200}"
        r"|controlla (?:la tua casella|la cartella (?:dello )?spam)\b.{0,200}|verifique (?:a sua|sua) (?:caixa de entrada|pasta de spam)\b.{0,200}|sprawdź (?:swoją )?(?:skrzynkę|folder spam)\b.{0,200}"
        r"|controleer (?:je|uw) (?:inbox|mailbox|spammap)\b.{0,200}"
        r"|(?=.{0,250}?\b(?:try again|later|versuchen|erneut|réessay\w*|inténtalo|inténtelo|riprova\w*|tente|spróbuj|probeer)\b)"
        r"(?:oh hoppla!? )?(?:es ist ein (?:technischer )?fehler aufgetreten|something went wrong|an error (?:has )?occurred|une erreur (?:s(?:'|’)est produite|est survenue)"
        r"|(?:se ha producido|ha ocurrido) un error|si è verificato un errore|ocorreu um erro|wystąpił błąd|er is (?:iets misgegaan|een fout opgetreden))\W{1,3}.{0,200}",
        "the dialogs of the site's account and sign-up forms: change your password, check your spam folder, something went wrong",
        examples=("Change password", "Delete account", "Passwort ändern", "Mobilnummer ändern", "Benutzerdaten anpassen", "Account deaktivieren", "Code erneut anfordern",
                  "Modifier le mot de passe", "Cambiar contraseña", "Cambia password", "Alterar senha", "Zmień hasło", "Wachtwoord wijzigen",
                  "Wenn Sie nach 10 Minuten kein E-Mail erhalten haben, prüfen Sie bitte Ihren SPAM-Ordner und die Angabe Ihrer E-Mail-Adresse.",
                  "If you don't see it, please check your spam folder.", "Vérifiez votre dossier spam.", "Revisa tu carpeta de spam.", "Controlla la cartella spam.",
                  "Verifique a sua caixa de entrada.", "Sprawdź folder spam.", "Controleer je spammap.",
                  "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut oder kontaktieren Sie unseren Kundendienst.", "Something went wrong. Please try again later.",
                  "Une erreur s'est produite. Veuillez réessayer.", "Se ha producido un error. Inténtalo de nuevo.", "Si è verificato un errore. Riprova più tardi.",
                  "Ocorreu um erro. Tente novamente.", "Wystąpił błąd. Spróbuj ponownie.", "Er is iets misgegaan. Probeer het later opnieuw."),
        counterexamples=("An error occurred in the reactor's cooling system, the agency said on Tuesday.",
                         "Police urged residents to check their spam folders after a wave of fake tax letters.",
                         "Change password rules often, the security agency advised businesses in its annual report."),
        max_words=50,
    ),
)

# --- links, credits, player times, widget controls and editor's notes (issue 14, fundus pages) --------------------
# What the body configuration still kept on news pages of 2023-2026: a teaser's "more" link, a picture's rights line,
# a player's bare running time and availability, the labels of toggles and tool rows, and the note on where the text
# came from (agencies, a translation, the original edition). Each is short and says nothing about the story.

# The words of a "more" link, alone on a line or after a teaser.
_MORE = (r"(?:more|read more|more info|mehr|weiterlesen|mehr lesen|mehr dazu|mehr erfahren|lire la suite|lire plus|plus|leer más|seguir leyendo|ver más"
         r"|leggi (?:di più|tutto)|continua a leggere|leia mais|ler mais|continuar lendo|czytaj (?:więcej|dalej)|więcej|lees meer|lees verder|verder lezen)")
# What a related link's pipe names: the kind of item behind it.
_LINK_KIND = r"(?:mehr|more|audio|video|videos|vídeo|wideo|podcast|plus|más|più|mais|więcej|meer|galerie|gallery|bilder|fotos|photos|live|liveblog|ticker)"
# A player's running time ("02:57 Min.", "3 min", "01:00 min").
_RUNTIME = r"\d{1,3}(?:[:.]\d{2}){0,2}\s*(?:min|mins|minuten|minutes|minutos|minuti|minut|minuty|minuut|minuten)\.?(?:\s*\.)?"
# Availability of a broadcaster's clip ("Verfügbar bis 06.05.2024").
_AVAILABLE = (r"(?:video |audio |podcast )?(?:verfügbar bis(?: zum)?|available until|available till|disponible jusqu(?:'|’)au|disponible jusqu(?:'|’)à|disponible hasta(?: el)?"
              r"|disponibile fino al|disponível até|dostępn[ey] do|beschikbaar tot(?: en met)?)")
# German and short weekday names before a date ("Do 27.04. 2023 15:17 Uhr").
_WEEKDAY_SHORT = r"(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)"
_CLIP_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? \p{L}{3,10}\.? \d{4}|\p{L}{3,10}\.? \d{1,2},? \d{4})"
# Names of languages a text is translated from or was first published in.
_LANGUAGE = (r"(?:english|french|german|spanish|italian|portuguese|polish|dutch|russian|ukrainian|arabic|chinese|japanese|turkish|hebrew"
             r"|englischen|französischen|spanischen|italienischen|portugiesischen|polnischen|niederländischen|russischen|ukrainischen|arabischen|chinesischen|türkischen|hebräischen"
             r"|englisch|französisch|spanisch|italienisch|portugiesisch|polnisch|niederländisch|russisch|ukrainisch"
             r"|anglais|allemand|espagnol|italien|portugais|polonais|néerlandais|russe|ukrainien|arabe|chinois|turc|hébreu"
             r"|inglés|alemán|francés|italiano|portugués|polaco|neerlandés|holandés|ruso|ucraniano|árabe|chino"
             r"|inglese|tedesco|francese|spagnolo|portoghese|polacco|olandese|russo|ucraino|arabo|cinese"
             r"|inglês|alemão|francês|espanhol|polonês|holandês|chinês"
             r"|angielskiego|niemieckiego|francuskiego|hiszpańskiego|włoskiego|portugalskiego|niderlandzkiego|rosyjskiego|ukraińskiego"
             r"|engels|duits|frans|spaans|italiaans|portugees|pools|russisch|oekraïens)")
# The buttons of an article's tool row.
_TOOL = (r"(?:share|save|saved|print|email|e-mail|comment|comments|bookmark|follow|copy link|link copied"
         r"|teilen|merken|gemerkt|drucken|speichern|kommentieren|kommentare|versenden|link kopieren|link kopiert"
         r"|partager|imprimer|enregistrer|sauvegarder|commenter|commentaires|copier le lien|lien copié"
         r"|compartir|guardar|imprimir|comentar|comentarios|copiar enlace|enlace copiado"
         r"|condividi|salva|stampa|commenta|commenti|copia link|link copiato"
         r"|compartilhar|partilhar|salvar|comentários|copiar link|link copiado"
         r"|udostępnij|zapisz|drukuj|skomentuj|komentarze|kopiuj link|link skopiowany"
         r"|delen|opslaan|bewaren|printen|afdrukken|reageer|reacties|kopieer link|link gekopieerd)")

RULES += (
    Rule(
        "more-link", "related",
        # a teaser or headline with its pipe and the kind of link ("Feuerwehr protestiert 24 Stunden | mehr")
        rf"(?:[^|]{{3,200}}\s)?\|\s?{_LINK_KIND}\W{{0,3}}"
        # a teaser whose last sentence is followed by the link ("…ihres Innenministers. mehr")
        # (a caption's "more" and "less" toggles: "…in Los Angeles Tuesday, Nov. 19, 2019. less")
        # (a link's label has no full stop of its own: "…affiliate links. More." is a sentence)
        rf"|.{{20,400}}[.!?…\"“”»)]\s(?:{_MORE}|less|weniger|moins|menos|meno|mniej|minder)(?:\s?[›»→>]{{1,2}}|…|\.{{3}})?"
        # a headline with the word of its link and no full stop ("Elf Pflanzen, die sich im Beet nicht vertragen lesen")
        r"|[^.!?]{20,200}[^\s.!?:]\s(?-i:lesen)",
        "a \"more\" link after a teaser's last sentence, or after a headline and a pipe naming the kind of item (audio, video); a lone \"more\" line is left to the context stage, which reads it as part of a menu or teaser run",
        role="inline",
        triggers=("|", "mehr", "more", "less", "weniger", "moins", "menos", "meno", "mniej", "minder", "weiterlesen", "lesen", "lire", "plus", "leer", "seguir", "ver", "leggi", "continua", "leia", "ler", "continuar", "czytaj",
                  "więcej", "lees", "verder"),
        examples=("| mehr", "The minister resigned on Tuesday. Read more", "Le ministre a démissionné mardi. Lire la suite", "El ministro dimitió el martes. Leer más",
                  "Il ministro si è dimesso martedì. Leggi di più", "O ministro demitiu-se na terça-feira. Leia mais", "Minister podał się do dymisji. Czytaj więcej",
                  "De minister is dinsdag afgetreden. Lees meer", "Das Prüferteam lehnt immer häufiger ganze Apps ab. Ist das richtig so? Mehr…", "Jane Doe unveils the concept car in Los Angeles on Tuesday, Nov. 19, 2019. less",
                  "Mahnwache am Landtag: Feuerwehr protestiert 24 Stunden | mehr", "Elf Pflanzen, die sich mit Tomaten im Beet nicht gut vertragen lesen", "Löschen, Retten, Rente: Feuerwehr-Ruhestand mit 60? | audio",
                  "Storm closes coastal road | video", "Für die Ministerpräsidentin ist es ein herber Schlag: der Rücktritt ihres Innenministers. mehr"),
        counterexamples=("Mehr Geld für Kitas fordert die Gewerkschaft.", "Forscher warnen: Viele Studierende verlernen das Lesen", "Die Kinder sollen in der ersten Klasse lesen lernen, sagte die Ministerin, und schreiben.", "Read more books, the minister told pupils at the opening of the library.",
                         "Viewers who want more can watch the video on the broadcaster's site, the station said.", "Sales rose in the quarter | more than analysts had expected, the company said.",
                         "Die Feuerwehr will mehr", "The Fed wants more.", "FTC: We use income earning auto affiliate links. More."),
        max_words=60,
    ),
    Rule(
        "media-rights", "credit",
        r"(?:bild|foto|video|audio|ton|beeld|foto's)?(?:rechte|recht|rechten)\s*:\s*\S+(?:\s+\S+){0,6}"
        r"|(?:bron|beeld|foto's|crédito|créditos|credito|crediti|créditos da foto|crédito da foto|crédito de la foto|droits|derechos|diritti|direitos|prawa)\s*:\s*\S+(?:\s+\S+){0,6}"
        # "Jane Doe / Pool via Reuters", "AFP via Getty Images"
        rf"|(?=.{{1,100}}$)[\p{{L}}.'’\-]+(?: [\p{{L}}.'’\-]+){{0,4}}(?: ?/ ?[\p{{L}}.'’\-]+(?: [\p{{L}}.'’\-]+){{0,2}})? via (?:{_AGENCY})\W{{0,3}}"
        # "imago images/Pemax", "picture alliance/dpa": an agency before a slash
        rf"|{_AGENCY}(?: images| photos?)? ?/ ?[\p{{L}}.'’\-]+(?: (?-i:\p{{Lu}})[\p{{L}}.'’\-]*){{0,2}}\W{{0,3}}"
        rf"|copyright (?:{_AGENCY})(?: photos?| images?| pictures?| video)?\W{{0,3}}",
        "a picture's rights or credit line without a caption (\"Bildrechte: IMAGO/ingimage\", \"Jane Doe / Pool via Reuters\")",
        triggers=("via",),
        examples=("Bildrechte: IMAGO/ingimage", "Bildrechte: imago images/YAY Images", "Rechte: MITTELDEUTSCHER RUNDFUNK", "Ohad Zwigenberg / Pool via Reuters",
                  "AFP via Getty Images", "imago images/Pemax", "picture alliance/dpa", "Copyright AP Photo", "Bron: BELGA", "Beeld: ANP", "Crédito: Reuters",
                  "Credito: Ansa", "Droits : AFP", "Derechos: EFE", "Prawa: PAP"),
        counterexamples=("Rechte der Beschäftigten müssen gewahrt bleiben, sagte die Ministerin.", "AP/NORC poll shows most Americans back the plan",
                         "The photographs reached the newsroom via Reuters late on Tuesday, the editor said."),
        max_words=14,
    ),
    Rule(
        "media-duration", "boilerplate",
        # a bare running or reading time, after a date at most ("28.04.2023, 19:09 3 Min.")
        rf"(?=.{{1,100}}$)(?:(?:(?:{_WEEKDAY_SHORT})\.? )?(?:{_DATE_PART}|\d{{1,2}}\.\d{{1,2}}\. \d{{4}}(?: \d{{1,2}}[:.]\d{{2}}(?: uhr)?)?)\s*(?:[|·•,–-]\s*)?){{1,2}}{_RUNTIME}\W{{0,3}}"
        # a clip's availability, after its running time and source ("02:57 Min.. Verfügbar bis 06.05.2024.")
        # an audio player's time and button ("0:00 Anhören")
        r"|\d{1,2}:\d{2}(?: ?/ ?\d{1,2}:\d{2})? (?:anhören|listen|écouter|escuchar|ascoltare|ascolta|ouvir|posłuchaj|luister)\W{0,3}"
        rf"|(?=.{{1,200}}$)(?:(?:[^|]{{0,80}}?\s)?{_RUNTIME}\W{{0,5}})?{_AVAILABLE}\s+{_CLIP_DATE}\W{{0,3}}(?:[\p{{L}}\d\-]+(?: [\p{{L}}\d\-]+){{0,3}}\W{{0,3}})?",
        "a player's running time or a clip's availability, alone or after a date (\"3 Min.\", \"02:57 Min. Verfügbar bis 06.05.2024.\")",
        triggers=("0", "verfügbar", "available", "disponible", "disponibile", "disponível", "dostępne", "dostępny", "beschikbaar"),
        examples=("28.04.2023, 19:09 3 Min.", "Do 27.04. 2023 15:17 Uhr 01:00 min", "02:57 Min.. Verfügbar bis 06.05.2024.",
                  "02:57 Min. . Verfügbar bis 06.05.2024 .", "WDR Studios NRW. 22.04.2024. 00:21 Min.. Verfügbar bis 22.04.2026. WDR Online.",
                  "Video verfügbar bis 12.05.2025", "Available until 12/05/2025", "Disponible jusqu'au 12/05/2025", "Disponible hasta el 12/05/2025",
                  "Disponibile fino al 12/05/2025", "Disponível até 12/05/2025", "Dostępne do 12.05.2025", "Beschikbaar tot 12-05-2025", "0:00 Anhören", "0:00 Listen", "0:00 Écouter"),
        counterexamples=("The broadcaster said the video will be available until May, when the rights expire.", "3 Minuten später fiel der Strom aus.", "3 Min.",
                         "Available until 12/05/2025, the vaccine will then be replaced by a new one, the ministry said.",
                         "The first goal came after 3 min."),
        max_words=24,
    ),
    Rule(
        "widget-controls", "navigation",
        # expand / collapse ("Box aufklappen Box zuklappen")
        r"(?:[\p{L}\-]+ )?(?:aufklappen|ausklappen|expand|déplier|développer|expandir|desplegar|espandi|expandir|rozwiń|uitklappen|openklappen)\W{0,3}"
        r"(?:[\p{L}\-]+ )?(?:zuklappen|einklappen|collapse|replier|réduire|contraer|plegar|comprimi|riduci|recolher|zwiń|inklappen|dichtklappen)\W{0,3}"
        r"|(?:show|mehr|afficher|mostrar|mostra|mostrar|pokaż|toon) (?:more|anzeigen|plus|más|di più|mais|więcej|meer)\W{0,3}(?:show|weniger|afficher|mostrar|mostra|pokaż|toon) ?(?:less|anzeigen|moins|menos|meno|mniej|minder)\W{0,3}"
        # scroll left / right
        r"|(?:nach links scrollen|scroll left|faire défiler vers la gauche|desplazar(?:se)? a la izquierda|scorri a sinistra|rolar para a esquerda|przewiń w lewo|scroll naar links)\W{0,3}"
        r"(?:nach rechts scrollen|scroll right|faire défiler vers la droite|desplazar(?:se)? a la derecha|scorri a destra|rolar para a direita|przewiń w prawo|scroll naar rechts)\W{0,3}"
        # copy the link of a video ("Den Link zum Einbetten des Videos kopieren Link kopiert!")
        r"|(?:den )?link (?:zum einbetten )?(?:des|der|zum) (?:videos?|audios?|artikels?|beitrags?|seite)(?: kopieren)?\W{0,3}(?:(?:link kopiert|copied)\W{0,3})?"
        r"|(?:copy|copier|copier/coller|copiar|copia|kopiuj|skopiuj|kopieer) (?:the |le |el |o |il )?(?:embed (?:code|link)|link to (?:this|the) video|lien (?:embed|d(?:'|’)intégration)\b[^:]{0,60}|código de inserción|codice di incorporamento|código de incorporação|kod do osadzenia|insluitcode)"
        r"\W{0,3}(?:link copied|lien copié|enlace copiado|link copiato|link copiado|link skopiowany|link gekopieerd|copied)?\W{0,3}"
        # a gallery's opener ("5 Bilder - Fotostrecke öffnen")
        r"|(?:\d{1,3} (?:bilder|fotos|photos|images|imágenes|immagini|imagens|zdjęć|foto's)\W{1,3})?(?:fotostrecke|bildergalerie|galerie) (?:öffnen|ansehen|anzeigen)\W{0,3}"
        r"|open (?:this )?(?:photo|image) in gallery\W{0,3}|(?:voir|ouvrir) la galerie(?: photos?)?\W{0,3}|(?:ver|abrir) (?:la )?galería(?: de fotos)?\W{0,3}"
        r"|(?:apri|guarda) la (?:gallery|galleria)\W{0,3}|(?:ver|abrir) (?:a )?galeria(?: de fotos)?\W{0,3}|(?:zobacz|otwórz) galerię(?: zdjęć)?\W{0,3}|bekijk (?:de )?(?:fotoserie|galerij)\W{0,3}",
        "the labels of a page's widgets: expand and collapse, scroll left and right, open the gallery, copy a video's link",
        triggers=("aufklappen", "ausklappen", "expand", "déplier", "développer", "expandir", "desplegar", "espandi", "rozwiń", "uitklappen", "openklappen"),
        examples=("Box aufklappen Box zuklappen", "Personen-Box aufklappen Personen-Box zuklappen", "Expand Collapse", "Déplier Replier", "Expandir Contraer",
                  "Espandi Comprimi", "Expandir Recolher", "Rozwiń Zwiń", "Uitklappen Inklappen", "Show more Show less", "Mehr anzeigen Weniger anzeigen",
                  "Afficher plus Afficher moins", "Mostrar más Mostrar menos", "Mostra di più Mostra meno", "Mostrar mais Mostrar menos", "Pokaż więcej Pokaż mniej",
                  "Toon meer Toon minder", "Nach links scrollen Nach rechts scrollen", "Scroll left Scroll right", "Faire défiler vers la gauche Faire défiler vers la droite",
                  "Desplazar a la izquierda Desplazar a la derecha", "Scorri a sinistra Scorri a destra", "Rolar para a esquerda Rolar para a direita",
                  "Przewiń w lewo Przewiń w prawo", "Scroll naar links Scroll naar rechts",
                  "Den Link zum Einbetten des Videos kopieren Link kopiert!", "Den Link zum Einbetten des Videos kopieren Copied", "Link des Videos", "Copier/coller le lien embed de la vidéo de l'article : Lien copié",
                  "Copy embed code", "5 Bilder - Fotostrecke öffnen", "Fotostrecke ansehen", "Open this photo in gallery:", "Voir la galerie", "Ver galería",
                  "Apri la gallery", "Ver galeria", "Zobacz galerię", "Bekijk de fotoserie"),
        counterexamples=("Expand the port and collapse the old quay, the plan says.", "Scroll left on the map to see the flooded district, the agency said.",
                         "Der Link des Videos wurde tausendfach geteilt, bevor die Plattform ihn sperrte."),
        max_words=30,
    ),
    Rule(
        "tool-row", "share",
        rf"{_TOOL}(?:\s*[|·•/]?\s*{_TOOL}){{1,7}}\W{{0,3}}"
        r"|(?:share this (?:article|story)|diesen artikel teilen|partager cet article|compartir este artículo|condividi questo articolo|partilhar este artigo"
        r"|udostępnij artykuł|deel dit artikel)\W{0,3}(?:comments|kommentare|commentaires|comentarios|commenti|comentários|komentarze|reacties)\W{0,3}"
        r"|share close extra sharing options\W{0,3}"
        r"|(?:story|article|artikel|beitrag|artículo|articolo|artigo|artykuł) (?:saved|gespeichert|gemerkt|sauvegardé|enregistré|guardado|salvato|salvo|zapisany|opgeslagen|bewaard)\W{0,3}",
        "a row of an article's tool buttons (share, save, print, comments) and their answers (\"Story saved\")",
        examples=("Teilen Merken Drucken", "Share Comments", "Share Save Print", "Partager Enregistrer Imprimer", "Compartir Guardar Imprimir", "Condividi Salva Commenta",
                  "Compartilhar Salvar Imprimir", "Udostępnij Zapisz Drukuj", "Delen Opslaan Printen", "Share this article Comments", "Share Close extra sharing options",
                  "Story Saved", "Artikel gemerkt", "Article sauvegardé", "Artículo guardado", "Articolo salvato", "Artigo salvo", "Artykuł zapisany", "Artikel opgeslagen"),
        counterexamples=("Share and save: the bank's new accounts pay 4%, it said.", "Comments from the minister angered the unions.", "Print edition"),
        max_words=16,
    ),
    Rule(
        "source-note", "disclaimer",
        # with agency material
        rf"\(?\s*(?:mit agenturmaterial|mit material (?:der|von) (?:agenturen|nachrichtenagenturen)|mit agenturen|with (?:agency|wire) (?:material|reports|reporting|copy)"
        rf"|with (?:reporting from )?(?:agencies|wire services)|avec (?:l(?:'|’))?(?:{_AGENCY}|agences)(?: et (?:l(?:'|’))?(?:{_AGENCY}|agences))?|con (?:agencias|información de agencias)"
        r"|con (?:fonti d(?:'|’)agenzia|agenzie)|com (?:agências|informações de agências)|na podstawie (?:informacji |materiałów )?agencji(?: \S+){0,3}|(?:z|według) agencji(?: \S+){0,2}"
        r"|met (?:materiaal van )?persbureaus)\W{0,3}\)?"
        r"|(?:mit informationen|with information|avec des informations|con información|con informazioni|com informações|z informacji|met informatie) (?:der|von|from|de|des|di|da|dos|das|van)\b"
        r".{0,200}?\b(?:nachrichtenagenturen|agenturen|news agencies|agencies|wire services|agences|agencias|agenzie|agências|agencji|persbureaus)\b.{0,300}"
        # translated from, translation by
        r"|(?:übersetzung|übersetzung und (?:adaptierung|bearbeitung)|translation|translated by|traduction|traduit par|traducción|traducido por|traduzione|tradotto da|tradução|traduzido por"
        r"|tłumaczenie|tłum\.|vertaling|vertaald door)\s*:?\s*(?-i:\p{Lu})\S*(?:\s+\S+){0,5}"
        rf"|(?:aus dem|translated from(?: the)?|traduit de l(?:'|’)|traduit de l’|traduit du|traducido del|tradotto dall(?:'|’)|traduzido do|przetłumaczono z|vertaald uit het) ?{_LANGUAGE}"
        r"(?: (?:übersetzt|übertragen))?(?: (?:von|by|par|por|da|przez|door) (?-i:\p{Lu})\S*(?: \S+){0,4})?\W{0,3}"
        # this article was first published in / at
        r"|(?:dieser (?:artikel|beitrag|text)|this (?:article|story)|cet article|este artículo|questo articolo|este artigo|ten (?:artykuł|tekst)|dit artikel)\s"
        r"(?=.{0,80}?\b(?:zuerst|ursprünglich|im original|erstmals|originally|first|initialement|à l(?:'|’)origine|originalmente|originariamente|inizialmente|pierwotnie|oryginalnie|oorspronkelijk|eerder)\b)"
        r".{0,80}?\b(?:veröffentlicht|erschienen|published|appeared|publié|paru|publicado|publicó|pubblicato|apparso|uscito|opublikowany|ukazał|gepubliceerd|verschenen)\b.{0,120}",
        "where the text comes from: agency material, a translation, the original edition",
        triggers=("with",),
        examples=("Mit Agenturmaterial.", "(Mit Agenturmaterial)", "With agency material", "Avec AFP", "Avec l'AFP et Reuters", "Con agencias", "Con agenzie",
                  "Com agências", "Na podstawie informacji agencji PAP", "Met materiaal van persbureaus",
                  "Übersetzung und Adaptierung: AFP Deutschland", "Übersetzung: Jane Doe", "Aus dem Englischen von Jane Doe", "Translated from the Spanish by Jane Doe",
                  "Traduit de l'anglais par Jane Doe", "Traducido del inglés", "Tradotto dall'inglese", "Traduzido do inglês", "Przetłumaczono z angielskiego",
                  "Vertaald uit het Engels", "Traduction : Jane Doe", "Tłumaczenie: Jan Kowalski", "Vertaling: Jan Jansen",
                  "Dieser Artikel wurde im Original veröffentlicht auf Englisch", "Dieser Artikel ist zuerst bei \"Capital\" erschienen.",
                  "This article was originally published in English", "Cet article a été initialement publié en anglais.",
                  "Este artículo fue publicado originalmente en inglés.", "Questo articolo è stato pubblicato originariamente in inglese.",
                  "Este artigo foi publicado originalmente em inglês.", "Ten artykuł został pierwotnie opublikowany w języku angielskim.",
                  "Dit artikel is eerder gepubliceerd in het Engels.",
                  "Mit Informationen der Korrespondenten sowie der Nachrichtenagenturen AFP, AP, dpa und Reuters. Zum Teil lassen sich die Angaben nicht unabhängig überprüfen."),
        counterexamples=("Dieser Artikel wurde 1998 veröffentlicht und löste eine heftige Debatte unter Historikern aus.",
                         "With agency staff on strike, the paper printed fewer foreign stories, its editor said.",
                         "Aus dem Bundestag kam scharfe Kritik.", "Translation of the treaty took the ministry three years, officials said."),
        max_words=40,
    ),
    Rule(
        "reporting-credit", "credit",
        r"[—–-]\s*(?:with )?(?:additional )?reporting by (?-i:\p{Lu}).{1,150}|with (?:additional )?reporting (?:by|from) (?-i:\p{Lu}).{1,150}"
        r"|[—–-]\s*(?-i:\p{Lu}).{1,150} contributed (?:additional )?(?:reporting|to this (?:report|article|story))\b.{0,60}"
        r"|(?:mit )?mitarbeit von (?-i:\p{Lu}).{1,100}|avec la (?:contribution|collaboration) de (?-i:\p{Lu}).{1,100}|con la colaboración de (?-i:\p{Lu}).{1,100}"
        r"|ha(?:nno)? collaborato (?-i:\p{Lu}).{1,100}|com (?:a )?colaboração de (?-i:\p{Lu}).{1,100}|współpraca\s*:\s*(?-i:\p{Lu}).{1,100}|met medewerking van (?-i:\p{Lu}).{1,100}",
        "a reporting credit under a wire story (\"— Jane Doe in Paris contributed to this report.\", \"With reporting by Jane Doe\")",
        triggers=("—", "–", "-", "reporting", "contributed"),
        examples=("— Associated Press writer John Leicester in Paris contributed to this report.", "With reporting by Associated Press writer Sheikh Saaliq",
                  "– additional reporting by Donald Matthys", "Mitarbeit von Jane Doe", "Avec la collaboration de Jane Doe", "Con la colaboración de Jane Doe",
                  "Ha collaborato Jane Doe", "Com colaboração de Jane Doe", "Współpraca: Jan Kowalski", "Met medewerking van Jan Jansen"),
        counterexamples=("With reporting by local papers drying up, the town relies on rumours, she said.",
                         "— and the minister, who contributed to the report, denied any wrongdoing."),
        max_words=40,
    ),
)

# Article chrome that survives as text: reading times, caption and follow toggles, engagement
# counters, bookmark confirmations, failed video players, rights sales, newsletter pitches.
_TODAY_WORD = (r"(?:today|yesterday|heute|gestern|aujourd(?:'|’)hui|hier|hoy|ayer|oggi|ieri|dziś|wczoraj|hoje|ontem|vandaag|gisteren)")
_COUNTER = (r"(?:kommentare|empfehlungen|reaktionen|aufrufe|comments|likes|shares|views|reactions|commentaires|partages|comentarios|comentários"
            r"|commenti|condivisioni|komentarze|udostępnienia|reacties)")
RULES += (
    Rule(
        "stamp-label", "byline",
        rf"(?:publiziert|veröffentlicht|aktualisiert|published|updated|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|gepubliceerd|bijgewerkt|atualizado|online seit|online since|en ligne depuis)"
        rf"\s*:?\s*{_TODAY_WORD},?\s*(?:at |um |à |a las |alle |o |às |om )?\d{{1,2}}[:.h]\d{{2}}\s*(?:uhr|h|a\.?m\.?|p\.?m\.?)?\W{{0,3}}"
        rf"|(?:artikel|beitrag|article|story|artículo|articolo|artigo|artykuł|artikel) (?:veröffentlicht|aktualisiert|published|updated|publié|publicado|pubblicato|opublikowano|gepubliceerd)"
        rf" (?:am|on|le|el|il|em|op|dnia)?\s*(?:{_DATETIME})(?:\s*,\s*(?:{_NAMES}))?\W{{0,3}}",
        "a publication stamp that says \"today\" instead of the date, or names the article (\"Publiziert heute um 12:19 Uhr\")",
        examples=("Publiziert heute um 12:19 Uhr",
                  "Online seit heute, 7.57 Uhr", "Publié aujourd'hui à 10h15", "Publicado hoy a las 10:15", "Pubblicato oggi alle 10:15",
                  "Opublikowano dziś o 10:15", "Gepubliceerd vandaag om 10:15", "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Jane Doe"),
        counterexamples=("Published today at 10:15, the report found that rents rose by a third.", "Aktualisiert wird die Liste jeden Montag."),
        max_words=16,
    ),
    Rule(
        "engagement-counter", "share",
        rf"(?:{_COUNTER}\s*:\s*[\d.,]*\s*[,|·•]?\s*){{1,4}}|(?:\d[\d.,]*\s+)?kommentare (?:öffnen|anzeigen|lesen|einblenden)\W{{0,3}}",
        "the counters under an article (\"Kommentare: 45, Empfehlungen: 8\") or the button that opens its comments",
        examples=("Kommentare: 45, Empfehlungen: 8", "Kommentare: , Empfehlungen: 52", "Empfehlungen: 6", "Comments: 12 · Shares: 40", "0 Kommentare öffnen",
                  "Commentaires : 5", "Comentarios: 5", "Commenti: 5", "Komentarze: 5", "Reacties: 5"),
        counterexamples=("Kommentare: Die Opposition reagierte empört auf die Pläne der Regierung.",),
        max_words=12,
    ),
    Rule(
        "discussion-prompt", "comments",
        r"(?:teilen sie (?:ihre|uns ihre) meinung|melden sie sich an,? (?:und|um) (?:diskutieren sie mit|mitzudiskutieren)|diskutieren sie mit)\W{0,3}(?:melden sie sich an\b.{0,60})?"
        r"|(?:share your (?:opinion|thoughts|views)|partagez votre (?:avis|opinion)|comparte tu opinión|condividi la tua opinione|partilhe a sua opinião|compartilhe sua opinião|podziel się (?:swoją )?opinią|deel je mening)\W{0,3}"
        r"|bitte achten sie darauf,? dass (?:ihre|deine) kommentare\b.{0,800}|please (?:keep|make sure) (?:your )?comments (?:are )?(?:civil|respectful|on[- ]topic|relevant)\b.{0,600}"
        r"|please log ?out and then log ?in again\b.{0,120}|would you like to comment on this (?:article|story)\?\W{0,3}|möchten sie (?:diesen artikel|den artikel) kommentieren\?\W{0,3}"
        r"|.{0,150}?\b(?:teile|teilen sie) (?:deine|ihre) (?:tipps|meinung|erfahrungen?|gedanken) (?:mit der community|in den kommentaren)\W{0,3}"
        r"|.{0,150}?\bshare your (?:tips|thoughts|experiences?|views) (?:with the community|in the comments(?: below)?)\W{0,3}",
        "an invitation to the comment section, or its house rules",
        triggers=("teilen", "diskutieren", "share", "partagez", "comparte", "condividi", "partilhe", "compartilhe", "podziel", "deel", "bitte", "please", "teile"),
        examples=("Teilen Sie Ihre Meinung", "Melden Sie sich an und diskutieren Sie mit.", "Share your opinion", "Partagez votre avis", "Comparte tu opinión",
                  "Condividi la tua opinione", "Compartilhe sua opinião", "Podziel się opinią", "Deel je mening",
                  "Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind. Kommentare müssen in korrektem Deutsch verfasst sein.",
                  "Please keep comments civil and on topic.", "Wie hältst du dich fit? Teile deine Tipps mit der Community.", "Would you like to comment on this article?",
                  "How do you stay warm? Share your tips in the comments below.", "Please logout and then login again, you will then be prompted to enter your display name."),
        counterexamples=("Share your opinion with the council before Friday, the mayor urged residents at the meeting.",
                         "Bitte achten Sie darauf, dass Ihre Kinder Helme tragen, sagte der Polizist."),
        max_words=160,
    ),
    Rule(
        "view-toggle", "navigation",
        r"(?:bildbeschreibung|bildunterschrift|beschreibung) (?:einblenden|ausblenden|anzeigen)\W{0,3}|(?:show|hide|expand|view) (?:image )?caption\W{0,3}"
        r"|(?:afficher|masquer) la légende\W{0,3}|(?:mostrar|ocultar) (?:el )?pie de foto\W{0,3}|(?:mostra|nascondi) (?:la )?didascalia\W{0,3}|(?:mostrar|ocultar) (?:a )?legenda\W{0,3}"
        r"|(?:pokaż|ukryj) podpis\W{0,3}|(?:toon|verberg) (?:het )?bijschrift\W{0,3}"
        r"|(?:open (?:the )?image in full ?screen|bild im vollbild (?:öffnen|anzeigen)|ouvrir l(?:'|’)image en plein écran|abrir (?:la )?imagen en pantalla completa|apri (?:l(?:'|’))?immagine a schermo intero"
        r"|abrir (?:a )?imagem em tela cheia|otwórz zdjęcie na pełnym ekranie|(?:open )?afbeelding (?:op|in) volledig scherm(?: openen)?|öppna bild i helskärm)\W{0,3}"
        r"|weitersagen abbrechen\W{0,3}|folgen\s+ich folge\W{0,3}|follow\s+following\W{0,3}|suivre\s+abonné\W{0,3}|(?:news|nachrichten|thema|autor|autorin|ressort) folgen\W{0,3}",
        "a toggle of the article's chrome: show the caption, follow the author, cancel sharing",
        examples=("Bildbeschreibung einblenden", "Show caption", "Hide caption", "Afficher la légende", "Mostrar pie de foto", "Mostra didascalia", "Mostrar legenda",
                  "Pokaż podpis", "Toon bijschrift", "Open image in full screen", "Bild im Vollbild öffnen", "Ouvrir l'image en plein écran", "Abrir imagen en pantalla completa",
                  "Apri immagine a schermo intero", "Abrir imagem em tela cheia", "Otwórz zdjęcie na pełnym ekranie", "Afbeelding op volledig scherm openen", "Öppna bild i helskärm", "Weitersagen abbrechen", "Folgen Ich folge", "News folgen", "Follow Following"),
        counterexamples=("Show caption contests are popular on the app, the founder said.", "Folgen", "Die Folgen des Sturms"),
        max_words=6,
    ),
    Rule(
        "bookmark-notice", "share",
        r"you can find (?:this|the) (?:story|article) in (?:my|your) (?:bookmarks|saved (?:articles|stories)|reading list)\b.{0,150}"
        r"|(?:sie finden|du findest) (?:diesen|den|alle) (?:artikel|beitrag|gespeicherten artikel) (?:in|unter) (?:ihrer|deiner|ihren|deinen) (?:merkliste|leseliste|gespeicherten artikeln)\b.{0,150}"
        r"|retrouvez (?:cet article|tous vos articles(?: sauvegardés)?) dans (?:votre|vos|mon)\b.{0,150}|(?:puedes encontrar|encontrarás) (?:este artículo|tus artículos guardados) en\b.{0,150}"
        r"|trovi tutti gli articoli salvati\b.{0,200}|(?:você pode encontrar|encontre) (?:este artigo|seus artigos salvos|os seus artigos guardados) (?:em|na|no)\b.{0,150}"
        r"|(?:zapisane artykuły znajdziesz|artykuł znajdziesz) w\b.{0,150}|je vindt (?:dit artikel|je bewaarde artikelen|al je bewaarde artikelen) (?:terug )?(?:in|onder|bij)\b.{0,150}",
        "the note after saving an article: where the reader finds it again",
        examples=("You can find this story in My Bookmarks. Or by navigating to the user icon in the top right.",
                  "Sie finden diesen Artikel in Ihrer Merkliste.", "Retrouvez cet article dans votre espace abonné.", "Puedes encontrar este artículo en tu perfil.",
                  "Trovi tutti gli articoli salvati nella tua area personale nella sezione preferiti e sull'app.",
                  "Você pode encontrar este artigo em sua conta.", "Zapisane artykuły znajdziesz w swoim profilu.", "Je vindt dit artikel terug in je leeslijst."),
        counterexamples=("You can find the story in my book, the author told the audience.",),
        max_words=50,
    ),
    Rule(
        "video-error", "boilerplate",
        r"(?:we apologi[sz]e,? but )?(?:this|the) video (?:has failed to load|failed to load|could not be loaded|cannot be (?:loaded|played)|can(?:'|’)t be (?:loaded|played)|is (?:currently )?unavailable)\W{0,3}"
        r"|try refreshing your browser,? or\W{0,3}(?:(?:tap|click) here to see other videos from our team\W{0,3})?|(?:tap|click) here to see (?:other|more) videos from our team\W{0,3}"
        r"|(?:das )?video (?:konnte nicht geladen werden|kann (?:derzeit )?nicht (?:geladen|abgespielt) werden)\W{0,3}|(?:la|cette) vidéo n(?:'|’)a pas pu être chargée\W{0,3}"
        r"|(?:no se (?:ha )?podido cargar el|no se pudo cargar el) (?:vídeo|video)\W{0,3}|impossibile caricare il video\W{0,3}|não foi possível carregar o vídeo\W{0,3}"
        r"|nie udało się (?:załadować|wczytać|odtworzyć) (?:wideo|filmu)\W{0,3}|(?:de )?video kan niet (?:worden )?(?:geladen|afgespeeld)(?: worden)?\W{0,3}",
        "a video player's error message, left as text",
        examples=("We apologize, but this video has failed to load.", "Try refreshing your browser, or", "tap here to see other videos from our team.",
                  "Das Video konnte nicht geladen werden.", "La vidéo n'a pas pu être chargée.", "No se ha podido cargar el vídeo.", "Impossibile caricare il video.",
                  "Não foi possível carregar o vídeo.", "Nie udało się załadować wideo.", "De video kan niet worden geladen."),
        counterexamples=("The video could not be loaded onto the police server, the officer testified.",),
        max_words=20,
    ),
    Rule(
        "rights-sale", "copyright",
        r"(?:hier können sie )?die (?:nutzungs)?rechte an diesem (?:artikel|beitrag) erwerben\W{0,3}|nutzungsrechte (?:erwerben|anfragen)\W{0,3}"
        r"|purchase licensing rights\W{0,3}|reprints? (?:and|&) permissions\W{0,3}|(?:request|order) (?:a )?reprints?\W{0,3}"
        r"|(?:acheter|acquérir) les droits (?:de|sur) cet article\W{0,3}|(?:comprar|adquirir) los derechos de este artículo\W{0,3}",
        "an offer to buy the rights to the article",
        examples=("Hier können Sie die Rechte an diesem Artikel erwerben.", "Nutzungsrechte erwerben", "Purchase Licensing Rights", "Reprints and permissions",
                  "Acheter les droits de cet article"),
        counterexamples=("Reprints and permissions were the least of the publisher's worries, she said.",),
        max_words=12,
    ),
    Rule(
        "newsletter-app-pitch", "promo",
        r"our (?:web ?site|site) is (?:your destination|the place) for\b.{0,300}"
        r"|(?:interested in|looking for) more newsletters\W{0,3}(?:browse|see|find)\b.{0,30}|.{0,120}\bby signing up (?:to|for) our (?:free )?(?:daily |weekly |morning )?newsletters?\W{0,3}"
        r"|(?:[\"„“»«].{1,40}[\"“”«»]\s*:\s*)?(?:der|unser) (?:\S+ )?newsletter (?:informiert|versorgt|liefert|bringt) (?:sie|dich)\b(?=.{0,300}\b(?:postfach|posteingang|täglich|wöchentlich|montags|jeden (?:morgen|tag|abend)|kostenlos|anmelden|abonnieren)\b).{0,300}"
        r"|starten sie (?:\S+ ){0,10}in den tag\b(?=.{0,250}\b(?:newsletter|erhalten sie|postfach|posteingang)\b).{0,250}"
        r"|(?:jetzt|hier) (?:kostenlos )?anmelden\W{0,3}|mehr lesekomfort mit (?:der|unserer) .{0,40}\bapp\W{0,3}|nein,? danke\W{0,3}weiter (?:in dieser ansicht|im browser|auf der (?:web)?seite)\W{0,3}"
        r"|(?:folgst du|folgen sie) (?:uns )?(?:schon|bereits) (?:\S+ ){0,3}auf (?:whatsapp|instagram|tiktok|facebook|telegram|youtube|google news)\W{0,3}"
        r"|suivez (?:\S+ ){0,10}?avec l(?:'|’)application (?:du |de |d(?:'|’))?\S+(?: \S+)?\W{0,3}|follow (?:\S+ ){0,10}?(?:with|on|in) the \S+(?: \S+)? app\W{0,3}|verfolgen sie (?:\S+ ){0,10}?(?:mit|in) der \S+[- ]app\W{0,3}"
        r"|are you (?:already )?following us on (?:whatsapp|instagram|tiktok|facebook|telegram|youtube|google news)\W{0,3}",
        "a pitch for the site's newsletter or app, or to follow it on a channel",
        triggers=("signing", "newsletter", "lesekomfort", "danke", "folgst", "folgen", "following", "website", "web", "site", "suivez", "follow", "verfolgen"),
        examples=("Our website is your destination for up-to-the-minute news, so make sure to bookmark our homepage and sign up for our newsletters so we can keep you informed.",
                  "Interested in more newsletters? Browse here.", "Check out more of the Example's latest travel stories by signing up to our free weekly newsletter",
                  "\"Hier ist Example\": Der Example Newsletter informiert Sie immer montags bis freitags über das Wichtigste vom Tag – direkt in Ihrem Postfach.",
                  "Starten Sie mit den wichtigsten Themen aus Example Sicht in den Tag und erhalten Sie sonntags die besten Geschichten der Woche.",
                  "Jetzt Anmelden!", "Mehr Lesekomfort mit der Example App!", "Nein Danke. Weiter in dieser Ansicht.", "Folgst du schon Example auf Whatsapp?",
                  "Are you following us on WhatsApp?", "Suivez les informations sur la guerre en Ukraine avec l'application du Example",
                  "Follow the latest on the election with the Example app", "Verfolgen Sie die Wahl live in der Example-App"),
        counterexamples=("Der Newsletter informiert Sie künftig über Baustellen, sagte der Bürgermeister.",
                         "Starten Sie mit einem Glas Wasser in den Tag, rät die Ärztin.", "Our website is down, the company said on Monday."),
        max_words=80,
    ),
)

# Consent purposes, device-sharing help, subscriber-only features and prices, the next article
# loading, error and fact-check tips, "more about ... here" links, risk notes.
RULES += (
    Rule(
        "consent-purposes", "cookie",
        r"(?:\.{3}\s*)?(?:personali[sz]ed (?:ads|advertising) and (?:content|ad measurement)|personalisierte (?:anzeigen|werbung) und (?:inhalte|anzeigenmessung)"
        r"|publicités et contenu personnalisés|anuncios y contenido personalizados|annunci e contenuti personalizzati|anúncios e conteúdos? personalizados"
        r"|spersonalizowane reklamy i treści|gepersonaliseerde advertenties en content)\b"
        r"(?=.{0,600}?\b(?:profile?|profils?|perfil|profilo|profilu|profiel|measure\w*|measurement|gemessen|messung|mesure|medición|valutazione|medição|pomiar|\w*meting|device|gerät|appareil|dispositivo|urządzeniu|apparaat)\b).{0,800}"
        r"|(?:hinweis zur )?datenübermittlung (?:außerhalb der (?:eu|europäischen union)|in (?:die usa|drittländer|drittstaaten))\s*:.{0,600}"
        r"|(?:note on )?data transfers? outside (?:the )?(?:eu|eea|european union)\s*:.{0,600}",
        "the purposes of a consent banner (personalised ads, their measurement) or its note on data sent outside the EU",
        examples=("...Personalisierte Anzeigen und Anzeigenmessung ausspielen Anzeigen können basierend auf einem Profil personalisiert werden.",
                  "Personalised ads and content, ad and content measurement, audience insights and product development. Ads can be shown based on a profile.",
                  "Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, données d'audience et développement de produit",
                  "Anuncios y contenido personalizados, medición de anuncios y contenido, información sobre el público y desarrollo de productos",
                  "Annunci e contenuti personalizzati, valutazione degli annunci e del contenuto, osservazioni del pubblico e sviluppo di prodotti",
                  "Anúncios e conteúdos personalizados, medição de anúncios e conteúdos, perceções de público-alvo e desenvolvimento de produtos",
                  "Spersonalizowane reklamy i treści, pomiar reklam i treści, opinie odbiorców i rozwój produktów",
                  "Gepersonaliseerde advertenties en content, advertentie- en contentmeting, doelgroepinzichten en productontwikkeling",
                  "Hinweis zur Datenübermittlung außerhalb der EU: Je nach Einzelfall werden Daten außerhalb der Europäischen Union verarbeitet.",
                  "Data transfer outside the EU: your data may be processed by third parties in the United States."),
        counterexamples=("Personalised ads and content are now the industry's main source of revenue, the study found.",
                         "The paper's consent form asked readers to accept personalised ads and content, and most did."),
        triggers=("personalised", "personalized", "personalisierte", "publicités", "anuncios", "annunci", "anúncios", "spersonalizowane", "gepersonaliseerde",
                  "datenübermittlung", "transfer", "transfers"),
        max_words=160,
    ),
    Rule(
        "device-sharing-help", "paywall",
        r"(?:vous ne pouvez lire|you can only read|sie können) .{1,40}? (?:que sur un seul appareil|on one device|nur auf einem gerät) (?:à la fois|at a time|gleichzeitig)(?: lesen)?\W{0,3}(?:\([^)]{0,80}\))?\W{0,3}"
        r"|(?:solo puedes leer|puoi leggere|você só pode ler|możesz czytać|je kunt) .{1,40}? (?:en un (?:solo )?dispositivo|su un solo dispositivo|em um dispositivo|tylko na jednym urządzeniu|(?:maar|slechts) op één apparaat)"
        r" (?:a la vez|alla volta|por vez|jednocześnie|tegelijk)(?: lezen)?\W{0,3}(?:\([^)]{0,80}\))?\W{0,3}"
        r"|parce qu(?:'|’)une autre personne \(ou vous\).{0,150}|because (?:someone else|another person) \(or you\).{0,150}"
        r"|ce message s(?:'|’)affichera sur l(?:'|’)autre appareil\b.{0,100}|this message will (?:be shown|appear) on the other device\b.{0,100}"
        r"|(?:non\.\s*)?vous pouvez vous connecter avec votre compte sur autant d(?:'|’)appareils\b.{0,200}|you can (?:log|sign) in (?:with your account )?on as many devices\b.{0,200}"
        r"|en cliquant sur « continuer à lire ici »\b.{0,200}|(?:découvrir|découvrez) les offres multicomptes\b.{0,60}"
        r"|que se passera-t-il si vous continuez à lire ici\s*\?|comment ne plus voir ce message\s*\?|vous ignorez qui est l(?:'|’)autre personne\s*\?",
        "the help text of a wall shown when a subscription is in use on another device",
        triggers=("appareil", "appareils", "device", "devices", "gerät", "dispositivo", "urządzeniu", "apparaat", "personne", "someone", "person", "message"),
        examples=("Vous ne pouvez lire Le Monde que sur un seul appareil à la fois (ordinateur, téléphone ou tablette).",
                  "You can only read Example on one device at a time.", "Sie können Example nur auf einem Gerät gleichzeitig lesen.",
                  "Solo puedes leer Example en un dispositivo a la vez.", "Puoi leggere Example su un solo dispositivo alla volta.",
                  "Você só pode ler Example em um dispositivo por vez.", "Możesz czytać Example tylko na jednym urządzeniu jednocześnie.",
                  "Je kunt Example maar op één apparaat tegelijk lezen.",
                  "Parce qu’une autre personne (ou vous) est en train de lire Le Monde avec ce compte sur un autre appareil.",
                  "Ce message s’affichera sur l’autre appareil. Ce dernier restera connecté avec ce compte.",
                  "Non. Vous pouvez vous connecter avec votre compte sur autant d’appareils que vous le souhaitez, mais en les utilisant à des moments différents.",
                  "Découvrir les offres multicomptes Pourquoi voyez-vous ce message ?", "Que se passera-t-il si vous continuez à lire ici ?"),
        counterexamples=("You can only read the ballot on one device at a time, the election officer explained to voters.",),
        max_words=60,
    ),
    Rule(
        "subscriber-feature", "paywall",
        r"(?:this feature|diese funktion|cette fonctionnalité|esta funcionalidad|questa funzionalità|esta funcionalidade|ta funkcja|deze functie)"
        r" (?:is|ist|est|es|è|é|jest) (?:only |nur |exclusivement |sólo |solo |apenas |tylko |alleen )?(?:available |verfügbar |disponible |disponibile |disponível |dostępna |beschikbaar |réservée |reservada |riservata |exclusiva |exclusive |exklusiv )?"
        r"(?:only |nur |sólo |solo |apenas |tylko |alleen )?(?:for|für|aux|para|per|dla|voor|a|ai|agli|aos|às) (?:our |unsere )?(?:subscribers|members|abonnenten|abonnés|suscriptores|abbonati|assinantes|subskrybentów|prenumeratorów|abonnees)(?: verfügbar| vorbehalten)?\W{0,3}"
        r"|(?:für|for|pour|por|per|za|voor) \d{1,3}(?:[.,]\d{2})?\s*(?:€|\$|£|eur|euro)\s*(?:lesen|read|lire|leer|leggere|ler|czytaj|lezen)\W{0,3}"
        r"|(?:read|lesen|lire|leer|leggere|ler|czytaj|lezen) (?:for|für|pour|por|per|za|voor) (?:€|\$|£)\s*\d{1,3}(?:[.,]\d{2})?\W{0,3}"
        r"|(?=.{0,200}\b(?:inloggen|log (?:je )?in|plusartikels|plus-artikel|premium|einloggen|anmelden|sign in|log in|connectez-vous|identifiez-vous|inicia sesión|accedi|faça login|zaloguj)\b)"
        r"(?:tip )?(?:als abonnee(?: van \S+(?: \S+)?)?,? (?:lees|krijg|heb) je|as a subscriber,? you (?:can|get|also)|als abonnent(?:in)?,? (?:lesen|erhalten|haben) sie"
        r"|en tant qu(?:'|’)abonné,? vous|como suscriptor,? (?:puedes|tienes)|come abbonato,? (?:puoi|hai)|como assinante,? (?:você )?(?:pode|tem)|jako (?:subskrybent|prenumerator),? (?:możesz|masz))\b.{0,200}",
        "a feature or article kept for subscribers, its price, or the prompt for subscribers to log in",
        # the prompt's alternative opens with a lookahead: it needs one of its login words
        triggers=("inloggen", "log", "plusartikels", "plus-artikel", "premium", "einloggen", "anmelden", "sign", "connectez-vous", "identifiez-vous", "inicia",
                  "accedi", "faça", "zaloguj"),
        examples=("Esta funcionalidad es sólo para suscriptores", "This feature is only available for subscribers.", "Diese Funktion ist nur für Abonnenten verfügbar.",
                  "Cette fonctionnalité est réservée aux abonnés.", "Questa funzionalità è riservata agli abbonati.", "Esta funcionalidade é exclusiva para assinantes.",
                  "Ta funkcja jest dostępna tylko dla subskrybentów.", "Deze functie is alleen voor abonnees.", "Für 0.99 € lesen", "Read for €0.99",
                  "Als abonnee lees je ook alle plusartikels. Je moet nog even inloggen. Zo herkennen we je als abonnee.",
                  "As a subscriber, you can read all premium articles. Please sign in.", "Als Abonnent lesen Sie alle Plus-Artikel. Bitte einloggen."),
        counterexamples=("As a subscriber, you can read the paper's archive back to 1890, the publisher said.",
                         "Für 5 Euro lesen Kinder in der Bibliothek ein ganzes Jahr lang, sagte die Leiterin."),
        max_words=50,
    ),
    Rule(
        "next-article-loading", "navigation",
        r"(?:loading (?:the )?next (?:article|story|content|post)|nächster artikel wird geladen|(?:lade|laden) (?:den )?nächsten artikel|chargement (?:de l(?:'|’)article suivant|du prochain article|du contenu suivant)"
        r"|cargando (?:el )?(?:siguiente|próximo) (?:contenido|artículo|noticia)|caricamento (?:dell(?:'|’)articolo successivo|del prossimo articolo|del contenuto successivo)"
        r"|carregando (?:o )?próximo (?:artigo|conteúdo)|ładowanie następnego artykułu|volgend artikel (?:wordt )?(?:geladen|laden))\W{0,5}",
        "the marker where an infinite scroll loads the next article",
        examples=("Cargando siguiente contenido...", "Loading next article...", "Nächster Artikel wird geladen", "Chargement de l'article suivant",
                  "Caricamento dell'articolo successivo", "Carregando próximo artigo", "Ładowanie następnego artykułu", "Volgend artikel wordt geladen"),
        counterexamples=("Loading the next ship took the crew three days, the captain said.",),
        max_words=8,
    ),
    Rule(
        "error-report", "boilerplate",
        r"bitte markieren sie die (?:entsprechenden )?(?:wörter|stellen?|textstellen?) im text\b.{0,200}|mit (?:nur )?(?:zwei|2) klicks melden sie\b.{0,120}"
        r"|(?:spotted|found|see|noticed) (?:an? )?(?:error|mistake|typo)(?: in this (?:article|story))?\?\s*(?:let us know|report it|tell us|contact us|please)\b.{0,100}"
        r"|vous avez (?:repéré|remarqué|trouvé|signalé) une (?:erreur|faute)(?: dans cet article)?\s*\?.{0,100}|¿?has (?:visto|encontrado|detectado) (?:un|algún) error\?.{0,100}"
        r"|hai (?:trovato|notato|visto) un errore\?.{0,100}|encontrou (?:um|algum) erro\?.{0,100}|(?:zauważyłeś|znalazłeś|zauważyłaś|znalazłaś) błąd\?.{0,100}|(?:fout|foutje|taalfout) gezien\?.{0,100}"
        r"|anmäl (?:text- och )?faktafel\b.{0,80}|haben sie eine behauptung gefunden,? die .{1,40} überprüfen so(?:ll|llen)\W{0,3}|(?:have you|did you) (?:seen|found|come across) a claim (?:you(?:'d| would)? (?:want|like)|that needs) .{0,40}\bcheck(?:ed|ing)?\W{0,3}",
        "an invitation to report an error in the article, or to send a claim for checking",
        triggers=("markieren", "klicks"),
        examples=("Bitte markieren Sie die entsprechenden Wörter im Text. Mit nur zwei Klicks melden Sie den Fehler der Redaktion.",
                  "Spotted an error? Let us know.", "Vous avez repéré une erreur ? Signalez-la.", "¿Has visto un error? Avísanos.", "Hai trovato un errore? Segnalacelo.",
                  "Encontrou um erro? Avise-nos.", "Zauważyłeś błąd? Daj nam znać.", "Fout gezien? Laat het ons weten.",
                  "Haben Sie eine Behauptung gefunden, die AFP überprüfen soll?", "Anmäl text- och faktafel Anmäl till Medieombudsmannen", "Have you seen a claim you want us to check?"),
        counterexamples=("Bitte markieren Sie die Stelle auf der Karte, sagte der Polizist dem Zeugen.", "Found an error in the census, the auditors alerted parliament."),
        max_words=50,
    ),
    Rule(
        "more-here-link", "related",
        r"mehr (?:über|zu|zum|zur) .{1,60}? (?:lesen|finden|sehen|hören) sie (?:hier|in unserem \S+)\W{0,3}"
        r"|(?:alle |weitere |aktuelle )?(?:nachrichten|news|artikel|meldungen|beiträge|inhalte|informationen|infos|videos|bilder|entwicklungen) (?:der|des|von|zu|zum|zur|über|aus) .{1,80}?"
        r" (?:finden|lesen|sehen) sie (?:jederzeit |stets |immer )?(?:hier|in unserem (?:liveblog|live-blog|newsblog|ticker|liveticker|dossier|überblick))\W{0,3}"
        r"|(?:[^.!?]{10,200}[.!?]\s+)?hier finden sie (?:alle|weitere|mehr|aktuelle) (?:\S+ ){0,3}?(?:inhalte|artikel|nachrichten|informationen|news|beiträge|meldungen) (?:zu|zum|zur|über|rund um)\b.{1,80}"
        r"|retrouvez (?:tous nos articles|toute l(?:'|’)actualité|toutes nos informations) (?:sur|de|consacrés à|concernant) .{1,80}? (?:ici|dans notre dossier)\W{0,3}"
        r"|(?:lee|consulta) (?:aquí )?(?:todas las noticias|más noticias|toda la información) (?:sobre|de) .{1,80}? aquí\W{0,3}",
        "a link to more of the site's stories on the topic (\"Mehr über ... lesen Sie hier.\")",
        triggers=("hier", "ici", "aquí"),
        examples=("Mehr über die Füchse Berlin lesen Sie hier.", "Nachrichten der Example Zeitung finden Sie hier.", "Aktuelle Meldungen zu Russlands Angriff auf die Ukraine finden Sie jederzeit in unserem Liveblog:",
                  "Hier finden Sie alle unsere Inhalte zum Krieg im Nahen Osten.", "Die Konflikte halten an. Hier finden Sie alle unsere Inhalte zum Krieg im Nahen Osten.",
                  "Retrouvez tous nos articles sur la guerre en Ukraine ici.", "Consulta todas las noticias sobre la DANA aquí."),
        # not "Read more about ... here.": English pages set it inside the article as a link of the text
        counterexamples=("Mehr Ruhe finden Sie hier nicht, sagte der Wirt.", "Mehr über seine Motive lesen Sie hier nicht, denn er schweigt.",
                         "Read more about ad blocking here."),
        max_words=30,
    ),
    Rule(
        "investment-risk", "disclaimer",
        r".{0,120}\b(?:sind|ist) (?:grundsätzlich |immer )?mit (?:einem |hohen )?risik(?:o|en) verbunden\b(?=.{0,300}\btotalverlust).{0,500}"
        r"|(?:all )?(?:investing|investments?) (?:involves?|carr(?:y|ies)) (?:a |a high degree of )?risks?\b(?=.{0,300}\b(?:loss|lose)\b).{0,500}"
        r"|(?:this|the) (?:article|content|information) (?:is|does) not (?:constitute )?(?:investment|financial) advice\b.{0,300}"
        r"|(?:dieser artikel|dies|der artikel) (?:ist|stellt) keine anlageberatung\b.{0,300}|(?:cet article|ceci) ne constitue pas un conseil (?:en investissement|financier)\b.{0,300}"
        r"|(?:este artículo|esto) no constituye (?:asesoramiento|una recomendación) (?:financiero|de inversión)\b.{0,300}",
        "a warning that investments carry risk, or that the article is no investment advice",
        triggers=("risiko", "risiken", "risk", "risks", "advice", "anlageberatung", "conseil", "asesoramiento"),
        examples=("Aktien, Immobilien und andere Investments sind grundsätzlich mit einem Risiko verbunden. Auch ein Totalverlust des eingesetzten Kapitals kann nicht ausgeschlossen werden.",
                  "Investing involves risk, including the possible loss of principal.", "This article is not investment advice.", "Dieser Artikel stellt keine Anlageberatung dar.",
                  "Cet article ne constitue pas un conseil en investissement.", "Este artículo no constituye asesoramiento financiero."),
        counterexamples=("Aktien sind grundsätzlich mit einem Risiko verbunden, sagt die Beraterin.",
                         "Investing involves risk, the minister conceded, but the fund has doubled since 2019."),
        max_words=120,
    ),
    Rule(
        "article-type-note", "disclaimer",
        r"(?:this is an? (?:news article|opinion (?:piece|column|article)|analysis piece)|detta är en (?:nyhetsartikel|ledare|krönika|analys|recension|debattartikel|kolumn)"
        r"|dette er en (?:nyhetsartikkel|nyhedsartikel|kommentar|analyse|anmeldelse|lederartikel)|dies ist ein (?:nachrichtenartikel|meinungsbeitrag|gastbeitrag|kommentar)"
        r"|ceci est un (?:article d(?:'|’)opinion|éditorial)|este es un artículo de opinión|questo è un articolo di opinione|este é um artigo de opinião|to jest artykuł opiniotwórczy"
        r"|dit is een (?:opiniestuk|nieuwsartikel))\W{1,3}(?-i:\p{Lu}).{0,300}",
        "a note on what kind of article this is and how the paper works, printed under the article",
        examples=("Detta är en nyhetsartikel. Example granskar, avslöjar och ger dig senaste nyheterna på ett objektivt och sakligt sätt. Mer om oss här.",
                  "This is an opinion piece. The views expressed are the author's own.", "Dies ist ein Meinungsbeitrag. Er gibt die Sicht des Autors wieder.",
                  "Ceci est un article d'opinion. Il engage son auteur.", "Este es un artículo de opinión. Refleja la opinión de su autor.",
                  "Questo è un articolo di opinione. Riflette il punto di vista dell'autore.", "Este é um artigo de opinião. Reflete a visão do autor.",
                  "To jest artykuł opiniotwórczy. Wyraża poglądy autora.", "Dit is een opiniestuk. De mening van de auteur."),
        counterexamples=("This is an opinion piece that the minister himself wrote in 1998, the court heard.", "Dies ist ein Kommentar des Ministers gewesen, sagte sie."),
        max_words=70,
    ),
    Rule(
        "comments-closed", "comments",
        r"(?:(?:die )?kommentarfunktion(?:alität)? (?:ist|wurde) (?:\S+ ){0,4}?(?:deaktiviert|geschlossen|abgeschaltet)|les commentaires sont (?:fermés|désactivés)"
        r"|los comentarios están (?:cerrados|desactivados)|i commenti sono (?:chiusi|disattivati)|os comentários estão (?:fechados|desativados)"
        r"|komentarze (?:są )?(?:wyłączone|zamknięte)|reageren is (?:niet meer mogelijk|gesloten)|de reacties zijn gesloten)(?: [^,.;]{1,40})?\W{0,3}",
        "a note that the comment section is closed",
        examples=("Die Kommentarfunktionalität ist um diese Uhrzeit deaktiviert.", "Les commentaires sont fermés.", "Los comentarios están cerrados.", "I commenti sono chiusi.",
                  "Os comentários estão fechados.", "Komentarze są wyłączone.", "Reageren is niet meer mogelijk."),
        counterexamples=("Die Kommentarfunktion ist seit dem Hackerangriff deaktiviert, teilte der Konzern am Montag mit, und werde es bis Jahresende bleiben.",),
        max_words=30,
    ),
)

# A login or comment box blocked by the reader's cookie blocker, and the account links around it.
RULES += (
    Rule(
        "cookie-blocked", "cookie",
        r".{0,120}\bda sie eine erweiterung installiert haben,? die (?:alle )?cookies blockiert\b.{0,300}"
        r"|.{0,120}\bbecause you (?:have|use) an? (?:browser )?extension (?:installed )?that blocks (?:all )?cookies\b.{0,300}"
        r"|deaktivieren sie die erweiterung,? die (?:alle )?cookies blockiert\W{0,3}|disable the (?:browser )?extension that blocks (?:all )?cookies\W{0,3}"
        r"|désactivez l(?:'|’)extension qui bloque (?:les|tous les) cookies\W{0,3}"
        r"|fügen sie \S+ (?:zu )?ihrer (?:whitelist|ausnahmeliste|positivliste) hinzu\W{0,3}|add \S+ to your (?:whitelist|allowlist|allow list)\W{0,3}|ajoutez \S+ à votre liste blanche\W{0,3}"
        r"|(?:leider )?lassen ihre (?:derzeitigen |aktuellen )?cookie-?einstellungen\b.{0,80}\bnicht zu\b.{0,400}"
        r"|wir verwenden (?:für|zur) (?:die )?(?:benutzerverwaltung|nutzerverwaltung|verwaltung ihres (?:benutzer)?kontos)\b(?=.{0,300}\bcookies\b).{0,800}"
        r"|we use (?:the )?services (?:of|from) .{1,80}? (?:for|to manage) (?:user|account) (?:management|accounts)\b(?=.{0,300}\bcookies\b).{0,800}"
        r"|(?:die )?datenschutz(?:information|informationen|erklärung|hinweise) (?:von|der|des) .{1,40}? (?:können|finden) sie hier(?: einsehen| nachlesen)?\W{0,3}",
        "a box the reader's cookie blocker keeps from loading: why, what to do, whose service it is",
        triggers=("da", "because", "leider", "lassen", "datenschutzinformation", "datenschutzinformationen", "datenschutzerklärung", "datenschutzhinweise"),
        examples=("Wir würden Ihnen hier gerne eine Login-Möglichkeit anzeigen. Da Sie eine Erweiterung installiert haben, die alle Cookies blockiert, fehlt uns dafür leider Ihre Zustimmung.",
                  "We would like to show you a login here. Because you have an extension installed that blocks all cookies, we lack your consent.",
                  "Deaktivieren Sie die Erweiterung, die Cookies blockiert", "Disable the extension that blocks cookies", "Désactivez l'extension qui bloque les cookies",
                  "Fügen Sie example.at Ihrer Whitelist hinzu", "Add example.com to your allowlist", "Ajoutez example.fr à votre liste blanche",
                  "Leider lassen Ihre derzeitigen Cookie-Einstellungen eine Darstellung dieses Bereichs unserer Website nicht zu. Damit alle Bereiche genutzt werden können, ist die Zustimmung zu bestimmten Cookies erforderlich.",
                  "Wir verwenden für die Benutzerverwaltung Services unseres Dienstleisters Example Inc. Dabei kommen Technologien wie Cookies zum Einsatz.",
                  "We use the services of Example Inc. for user management. Technologies such as cookies are used to set up your account.",
                  "Die Datenschutzinformation von Example können Sie hier einsehen."),
        counterexamples=("Wir verwenden für die Benutzerverwaltung ein neues System, sagte der IT-Leiter der Stadt.",
                         "Add salt to your taste, the chef said.", "The paper's consent form asked readers to disable the extension, which most refused."),
        max_words=160,
    ),
    Rule(
        "account-prompt", "navigation",
        r"hier können sie sich (?:für (?:ihr|ein) .{1,40}?konto )?(?:anmelden|einloggen)(?: oder (?:sich )?(?:neu )?registrieren)?\W{0,3}"
        r"|sign up \(it(?:'|’)s (?:quick and )?free\) or sign in(?: now)?\W{0,3}|(?:view|see) all (?:posts|articles|stories) by (?-i:\p{Lu})[\p{L}.'’-]+(?: (?-i:\p{Lu})[\p{L}.'’-]+){0,3}\W{0,3}"
        r"|alle (?:artikel|beiträge) von (?-i:\p{Lu})[\p{L}.'’-]+(?: (?-i:\p{Lu})[\p{L}.'’-]+){0,3} (?:anzeigen|lesen)\W{0,3}",
        "a link to the reader's account or to the author's other articles",
        examples=("Hier können Sie sich für Ihr Example-Benutzerkonto anmelden oder neu registrieren.", "Sign up (it's quick and free) or sign in now.",
                  "View all posts by Jane Doe", "Alle Artikel von Jane Doe anzeigen"),
        counterexamples=("Hier können Sie sich anmelden, sagte die Beamtin und zeigte auf den Schalter im ersten Stock.",
                         "View all posts by the minister as propaganda, the opposition leader urged."),
        max_words=30,
    ),
)

# A subscription pitch with its price, ending in the call to subscribe.
_PRICE = r"(?:(?:[a-z]{0,2}\$|€|£|zł|rs\.?)\s?\d{1,4}(?:[.,]\d{1,2})?|\d{1,4}(?:[.,]\d{1,2})?\s?(?:€|£|\$|zł|eur|euros?))"
_PITCH_END = r"(?:[.!?:–—-]\s*|\s[–—-]\s)"
RULES += (
    Rule(
        "priced-pitch", "pricing",
        rf".{{0,300}}?\bfor (?:only |just )?{_PRICE} (?:a|per|/) ?(?:month|week|year|mo)\b.{{0,300}}{_PITCH_END}subscribe(?: now| today| here)?\W{{0,3}}"
        rf"|.{{0,300}}?\bfür (?:nur )?{_PRICE} (?:im|pro|/) ?(?:monat|woche|jahr)\b.{{0,300}}{_PITCH_END}(?:jetzt abonnieren|abonnieren sie jetzt|jetzt abo abschließen)\W{{0,3}}"
        rf"|.{{0,300}}?\bpour (?:seulement )?{_PRICE} par (?:mois|semaine|an)\b.{{0,300}}{_PITCH_END}abonnez-vous(?: maintenant| dès maintenant)?\W{{0,3}}"
        rf"|.{{0,300}}?\bpor (?:solo |sólo )?{_PRICE} (?:al (?:mes|año)|a la semana)\b.{{0,300}}{_PITCH_END}suscríbete(?: ahora| ya)?\W{{0,3}}"
        rf"|.{{0,300}}?\ba (?:soli |solo )?{_PRICE} (?:al (?:mese|anno)|a settimana)\b.{{0,300}}{_PITCH_END}abbonati(?: ora| subito)?\W{{0,3}}"
        rf"|.{{0,300}}?\bpor (?:apenas |só )?{_PRICE} por (?:mês|semana|ano)\b.{{0,300}}{_PITCH_END}assine(?: já| agora)?\W{{0,3}}"
        rf"|.{{0,300}}?\bza (?:jedyne |tylko )?{_PRICE} (?:miesięcznie|na miesiąc|za miesiąc)\b.{{0,300}}{_PITCH_END}(?:zamów|wykup) (?:prenumeratę|subskrypcję)(?: teraz| już dziś)?\W{{0,3}}"
        rf"|.{{0,300}}?\bvoor (?:maar |slechts )?{_PRICE} per (?:maand|week|jaar)\b.{{0,300}}{_PITCH_END}(?:word (?:nu )?abonnee|abonneer (?:je )?nu)\W{{0,3}}",
        "a subscription pitch: the price per month or week, then the call to subscribe",
        # every alternative ends in its call to subscribe
        triggers=("subscribe", "abonnieren", "abo", "abonnez-vous", "suscríbete", "abbonati", "assine", "zamów", "wykup", "abonnee", "abonneer"),
        examples=("Stay informed with Example – your source for credible journalism. Get in-depth reporting and opinions for only N$85 a month. Invest in journalism, invest in democracy – subscribe now!",
                  "Unabhängiger Journalismus für nur 4,99 € im Monat. Jetzt abonnieren", "Toute l'actualité pour seulement 1 € par mois. Abonnez-vous",
                  "Información de calidad por solo 1 € al mes. Suscríbete", "Tutte le notizie a soli 1 € al mese. Abbonati ora",
                  "Jornalismo de qualidade por apenas R$ 1,90 por mês. Assine já", "Dziennikarstwo za jedyne 9,90 zł miesięcznie. Zamów prenumeratę",
                  "Al het nieuws voor maar € 1 per maand. Word abonnee"),
        counterexamples=("The union asked members to pay for only €5 a month, and urged others to subscribe.",
                         "For only $5 a month, readers could subscribe now, the publisher said."),
        max_words=120,
    ),
)
