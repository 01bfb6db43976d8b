"""Navigation, related-headline lists and comment sections."""
from __future__ import annotations

from . import Rule

_SEP = r"\s*(?:\||>|›|»|/|·|•|::|→)\s*"
_ITEM = r"[^\s|>›»/·•→:,.!?;][^|>›»/·•→:,.!?;]{0,40}?"

# "Also read" style headings, in the main European languages.
_READ_ALSO = (
    r"(?:also|also read|read also|read more|more to read|see also|related(?: (?:articles?|stories|news|posts?|content|coverage|topics|reading|links|videos?|galleries))?"
    r"|more (?:from|on|about|in|stories|news|articles|like this|for you)\b.{0,50}|related (?:coverage|stories|articles|content|reading) (?:from|on|in|about)\b.{1,60}|more (?:stories|news|articles)|more (?:great |top |popular )?\S+ (?:stories|articles|reads)"
    r"|featured (?:videos?|stories|articles|posts)|see (?:more|all)(?: (?:photos|pictures|images|videos|stories))?"
    r"|most (?:read|popular|viewed|shared|commented|watched|emailed|recent)(?: (?:stories|articles|news|now|today|this week))?(?: in [\w ]{1,30})?"
    r"|trending(?: now| stories| news| topics| articles| today)?|popular(?: now| stories| posts| articles| today)?|top (?:stories|news|picks|headlines)"
    r"|recommended(?: (?:for you|stories|articles|reading|videos))?|(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)"
    r"|don(?:'|’)?t miss(?: out)?|editor(?:'|’)?s? (?:picks?|choice)|our (?:top )?picks|latest (?:news|stories|articles|videos|headlines|posts|updates)|what to read next|up next|read next|next (?:story|article|up)"
    r"|in (?:other|case you missed|related) news|in case you missed it|(?:catch|caught) up on\b.{0,40}|further reading|keep reading"
    r"|lesen sie (?:auch|mehr|hier)|mehr (?:zum thema|dazu|lesen|aus dem ressort|aus der rubrik|nachrichten|artikel)|ähnliche (?:beiträge|artikel|themen)|verwandte (?:artikel|beiträge|themen)|das könnte sie (?:auch )?interessieren|auch interessant|meistgelesen|beliebteste artikel|weitere artikel|top-artikel"
    r"|(?:à )?lire (?:aussi|également|la suite)|(?:sur le )?même sujet|à voir aussi|les plus lus|articles? (?:similaires|liés|recommandés)|vous aimerez aussi|voir aussi|en lien"
    r"|te puede interesar|lee (?:también|además)|leer más|(?:noticias|artículos) relacionad[oa]s|lo más (?:leído|visto)|más noticias|también te puede interesar|le puede interesar"
    r"|leggi (?:anche|di più)|potrebbe interessarti|articoli correlati|i più letti|più letti|ti potrebbe interessare|guarda anche"
    r"|czytaj (?:też|także|również|więcej|dalej)|zobacz (?:też|także|również)|najczęściej czytane|polecane|przeczytaj (?:też|także|również)|podobne artykuły"
    r"|lees (?:ook|meer)|meest gelezen|gerelateerde artikelen|leia (?:também|mais)|mais lidas|veja (?:também|mais)|notícias relacionadas|você (?:também )?(?:pode|poderá) gostar"
    r"|läs (?:också|mer)|mest lästa|læs (?:også|mere)|les (?:også|mer)|číst (?:také|dále)|související články"
    r"|weiterlesen|continua a leggere|verder lezen|continuar lendo|continuer la lecture"
    r"|funda (?:olunye|nolunye) udaba(?: lapha)?|lue myös|přečtěte si (?:také|též)|čtěte (?:také|též)|olvassa el ezt is|citește și|pročitajte (?:i|još)|preberite (?:še|tudi)|διαβάστε επίσης"
    r"|читайте (?:также|еще|ещё)|смотрите также|по теме|похожие (?:статьи|новости|материалы)|популярное|вам (?:также )?может быть интересно)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "related-heading", "related",
        rf"{_READ_ALSO}\W{{0,3}}",
        "heading of a related, most-read or recommended headline list: the headlines under it go too",
        examples=("Also read", "Related articles", "Most Read", "Trending now", "You may also like", "More from Business",
                  "Lesen Sie auch:", "Ähnliche Beiträge:", "À lire aussi", "Te puede interesar", "Leggi anche", "Czytaj także", "Most read in world news",
                  "More Great Example Stories", "Featured Video", "See more photos:", "Related coverage from How to Do Everything: Money:"),
        counterexamples=("Related costs rose sharply.", "More than 200 people attended the vigil."),
        role="heading",
    ),
    Rule(
        "related-inline", "related",
        rf"also (?:on|at) [\w.-]+\.[a-z]{{2,}}\s.{{1,300}}|(?:on|at) [\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|de|fr|es|it)\s*:\s*\S.{{1,300}}|(?:{_READ_ALSO})\s*(?::|\||–|—|-|»|>|→|\.\.\.|…)\s*\S.{{0,300}}|(?:{_READ_ALSO})\s*\|.{{0,300}}|(?-i:DON(?:'|’)T MISS|READ MORE|READ ALSO|ALSO READ|SEE ALSO)\s+\S.{{0,300}}|(?:les også|læs også|läs också)\s+(?-i:\p{{Lu}})[^.!?]{{5,200}}[?!]?|.{{1,300}}?\s(?:read more|continue reading|mehr lesen|weiterlesen|lire la suite|leer más|leggi tutto|czytaj dalej|leia mais)\s*(?:»|›|>|→)+\W{{0,3}}|[\[(]\s*(?:{_READ_ALSO})\s*:[^\[\]()]{{1,300}}[\])]",
        "an inline link to another article (\"Also read: …\")",
        examples=("Also read: Five things to know about the new tax rules", "READ MORE: Inflation hits 40-year high",
                  "Lesen Sie auch: Regierung plant neue Steuer", "Te puede interesar: Cómo ahorrar en la factura de la luz",
                  "[Related: Example Keynote: AI, Integration And Protestors ]", "Les også Example innrømmer megablemme – fikk panikk 50 meter før mål", "Also on example.com Ministers threatened with arrest",
                  "On Example.com: Car sales plunge nearly 17 percent in August"),
        counterexamples=("Read more about the study in the journal Nature.",
                         "Related costs rose."),
        role="inline",
        max_words=40,
    ),
    Rule(
        "headline-with-count", "related",
        r"[^.!?]{10,200}[^.!?\s]\s*\(\d{1,5}\)",
        "a headline with a comment or view count after it: an item of a list of other stories",
        triggers=("(",),
        examples=("Alex Guerrero: Tom Brady now says he can play until he’s 46 or 47 (129)",),
        counterexamples=("The court fined the company $2 million, the largest penalty of its kind (2019).",),
        max_words=30,
    ),
    Rule(
        "truncated-teaser", "related",
        # (?r): matched from the end backwards, so a line that does not end in an ellipsis fails at once.
        r"(?r).{1,400}?(?:\[(?:…|\.\.\.)\]|,\s*(?:…|\.\.\.)"
        r"|\s(?:the|a|an|to|of|and|or|in|on|for|with|at|by|from|that|is|are|was|were|be|been|has|have|had|his|her|their|its|our|your|this|these|those|what|which|who|how|when|where|about|into|than|as|but|not|more|most|can|will|would|could|should|may"
        r"|der|die|das|den|dem|des|und|ein|eine|einen|zu|mit|von|für|auf|im|sich|nicht|auch|ist|sind|wird"
        r"|le|la|les|de|des|du|et|un|une|pour|sur|avec|dans|par|est|sont|qui|ce|cette|son|sa|ses|au|aux"
        r"|el|los|las|y|en|para|por|con|del|al|se|su|sus|es|lo|como|más"
        r"|il|di|e|che|per|della|nel|si|è|sono"
        r"|w|i|z|na|o|do|da|em|que|com|no|um|uma|seu|sua|ao|é|são|się|nie|jest|oraz|dla|ze|od)(?:…|\.\.\.))",
        "an excerpt cut off mid-sentence: the teaser of another story",
        triggers=("…", "."),
        examples=("Sometimes people ask me why this or that location become […]", "Two people in China have been diagnosed with the plague,...",
                  "Good morning! This is the tech news you need to..."),
        counterexamples=("“I don't know if I want to...” she said.", "And then there was silence..."),
        max_words=60,
    ),
    Rule(
        "long-excerpt", "related",
        # (?r): matched from the end backwards, so a line that does not end in " …" fails at once.
        r"(?r)\S+(?:\s+\S+){39,250}\s(?:…|\.\.\.)",
        "an excerpt of another story: forty words or more, then an ellipsis set off by a space (excerpt generators cut at a word count)",
        triggers=("…", "."),
        examples=(" ".join(["Força para vencer e fé para acreditar."] * 6) + " Fé para …",),
        counterexamples=("Not to get too Albert Einstein on you, but …", "And then there was silence..."),
        max_words=250,
    ),
    Rule(
        "skip-link", "navigation",
        r"(?:skip|jump|go) to (?:(?:the )?(?:main )?(?:content|navigation|search|footer|article|menu|recipe|video|comments?)|main)\W{0,3}"
        r"|(?:toggle|open|close|show|hide) (?:the )?(?:navigation|menu|search|sidebar|main menu)\W{0,3}|back to top\W{0,3}|(?:zum|direkt zum) (?:inhalt|hauptinhalt)\W{0,3}"
        r"|(?:nach oben|retour en haut|haut de page|volver arriba|torna su|voltar ao topo|do góry|naar boven|zurück nach oben)\W{0,3}"
        r"|aller au contenu(?: principal)?\W{0,3}|(?:ir|saltar) al contenido(?: principal)?\W{0,3}|vai al contenuto\W{0,3}|przejdź do (?:treści|zawartości)\W{0,3}",
        "accessibility skip link or menu toggle",
        examples=("Skip to main content", "Skip to content", "Back to top", "Toggle navigation", "Zum Inhalt", "Jump to Recipe"),
        counterexamples=("Skip to the end of the story, and you find the twist.",),
    ),
    Rule(
        "account-link", "navigation",
        r"(?:(?:sign|log) ?(?:in|out|on)|login|logout|register|sign up|create (?:an )?account|my account|my profile|(?:manage )?(?:my )?subscriptions?|account|profile|dashboard"
        r"|(?:back to|zurück zu[rm]?|retour à|volver a|torna a|powrót do|terug naar) (?:\S+(?: \S+){0,3})"
        r"|(?:previous|next|older|newer) (?:post|article|story|entry|page|posts|articles|entries)|(?:blog )?homepage|enter (?:your )?search terms?(?: here)?|search for|set your location"
        r"|keep me (?:logged|signed) in|remember me|get (?:the )?short (?:url|link)|(?:view|see|show) all\s*\(\d+\)|forg[eo]t (?:your )?password\??|click here to (?:sign|log) in\b.{0,30}|subscribe|menu|search|close|home|homepage|main menu|sections|all sections|topics|more|learn more|más información|plus d'informations|mehr informationen|maggiori informazioni|więcej informacji|mais informações|view all|see all|show all|contact(?: us)?|about(?: us)?|help|faq|site ?map|archives?|e-?paper|epaper|rss(?: feeds?)?|podcasts?|videos?|photos?|galler(?:y|ies)"
        r"|anmelden|abmelden|einloggen|registrieren|mein konto|suche|startseite|zur startseite|se connecter|connexion|s'inscrire|mon compte|rechercher|accueil"
        r"|iniciar sesión|acceder|registrarse|regístrate|mi cuenta|buscar|inicio|portada|accedi|registrati|il mio account|cerca|zaloguj(?: się)?|zarejestruj(?: się)?|moje konto|szukaj|strona główna"
        r"|inloggen|registreren|mijn account|zoeken|entrar|minha conta|pesquisar|logga in|sök|hjem|søg|søk|hledat|přihlásit se)\W{0,3}",
        "account, search and menu links",
        examples=("Sign in", "Log in", "Register", "Menu", "Search", "Home", "Anmelden", "Se connecter", "Iniciar sesión", "Zaloguj się",
                  "Zurück zur Übersicht", "Back to all news"),
        counterexamples=("Sign in at the front desk, the notice said.", "Home is where the heart is."),
    ),
    Rule(
        "breadcrumb-or-menu", "navigation",
        rf"(?:{_ITEM}{_SEP}){{2,}}{_ITEM}\W{{0,3}}|{_ITEM}(?:\s+(?:>|›|»|→)\s+){_ITEM}"
        r"|(?:you are (?:here|at)|sie sind hier|vous êtes ici|(?:usted )?está (?:aquí|en)|ti trovi (?:qui|in)|jesteś tutaj)(?:\s*:.{0,150}|\W{0,3})",
        "breadcrumb trail or inline menu: short items joined by separators",
        triggers=("|", ">", "›", "»", "/", "·", "•", "→"),
        examples=("you are here: Home News Business Markets", "You are at:", "Home > News > World", "Home | World | Business | Tech | Sport", "News › Politics", "Sport · Football · Premier League"),
        counterexamples=("Prices rose 4% in March / April, the agency said.", "He said: yes — and then no — and then yes again.",
                         "You are here because you care about the river."),
        max_words=30,
    ),
    Rule(
        "tags-label", "navigation",
        r"(?:tags?|tagged(?: with| as)?|schlagwörter|schlagworte|étiquettes|mots-clés|etiquetas|palavras-chave|tagi|trefwoorden|etiketler|ilgili konular)\s*:",
        "a bare label over the topic tags on the lines under it: they go with it",
        examples=("Tags:", "Schlagwörter:", "Mots-clés :", "Etiquetas:", "İlgili Konular:"),
        counterexamples=("Keywords matter.", "Tags are cheap, the vendor said."),
        role="heading",
    ),
    Rule(
        "tags-line", "navigation",
        r"(?:posted|filed) in .{1,80}? tagged .{1,150}|(?:archivado en|archivé dans|archiviato in|tags?|tagged(?: with| as)?|filed (?:under|in|to)|categor(?:y|ies)|topics?|posted in|more about|schlagwörter|schlagworte|themen|étiquettes|mots-clés|etiquetas|temas|argomenti|tagi|tematy|etiketler|(?:ilgili )?konular)\s*:\s*.{0,250}",
        "tag and category links",
        examples=("Tags: Education, Cedar Falls, Schools", "Filed under: Media", "Filed under:", "Themen: Verkehr, Radweg",
                  "Posted in Water Tagged barrels, committee", "İlgili Konular:", "Etiketler: ekonomi, enflasyon"),
        counterexamples=("Topics discussed included the budget and the new school.",),
        max_words=40,
    ),
    Rule(
        "comment-author", "comments",
        r"(?!(?:the|el|la|le|les|der|die|das|o|a|il|lo|los|las|un|una|ein|eine)\s)(?:\S+(?: \S+){0,3}) (?:says|said|wrote|writes|commented|replied|sagt|schreibt|dit|écrit|dice|scrive|napisał|napisała|disse|diz|schreef|zegt)\s*:"
        r"|(?:\S+(?: \S+){0,3}) (?:on|at) (?:\S+ ){1,6}(?:at )?\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:said|says)?:"
        # a blog's numbered comment, or the owner's reply to it: "#5 Jane 於 2013/12/28 22:50", "Jane 於 2014/01/01 20:59 回覆"
        # (a name, a date and a time alone are a dateline: "Published on 2019-03-02 14:11")
        r"|#\d{1,4} \S+(?: \S+){0,3} (?:於|于|on|at|am|le|el|il|em|op) \d{4}[/.-]\d{1,2}[/.-]\d{1,2},? \d{1,2}:\d{2}"
        r"|\S+(?: \S+){0,3} (?:於|于) \d{4}[/.-]\d{1,2}[/.-]\d{1,2} \d{1,2}:\d{2}(?: (?:回覆|回复))?"
        r"|\S+(?: \S+){0,3} (?:on|at|am|le|el|il|em|op) \d{4}[/.-]\d{1,2}[/.-]\d{1,2},? \d{1,2}:\d{2} (?:reply|antworten|répondre|responder|rispondi)",
        "the name line of a reader's comment",
        triggers=(":",),
        examples=("thelastchargersfan says:", "Jane Doe says:", "Milan Doe on September 12, 2018 at 4:47 pm said:",
                  "Max Mustermann sagt:", "Marie Dupont dit :", "Jan Kowalski napisał:", "Maria Silva disse:",
                  "#5 青草 於 2013/12/28 22:50", "史蒂文的家_藍天 於 2014/01/01 20:59 回覆", "#12 Jane Doe on 2019-03-02 14:11"),
        counterexamples=("The minister said: \"We will not raise taxes this year, and we will not cut pensions either.\"",
                         "The minister said:", "El presidente dijo:", "Posted at 2019/03/02 14:11", "Jane Doe on 2019-03-02 14:11"),
        role="barrier",
        max_words=20,
    ),
    Rule(
        "comment-policy", "comments",
        r".{0,100}\b(?:comments?|comentários?|comentarios?|commenti|commentaires?|kommentare?|komentarze?|reacties)\b.{0,120}"
        r"\b(?:(?:are|is|will be|may be|must be|serão|são|serán|son|saranno|sono|seront|sont|werden|zostaną|worden) (?:moderated|reviewed|approved|aprovados|moderados|aprobados|moderati|approvati|modérés|approuvés|moderiert|freigeschaltet|moderowane|gemodereerd)"
        r"|(?:pelo|por el|dal|par le|vom) (?:moderador|moderatore|modérateur|moderator))\b.{0,200}",
        "the rules of the comment section",
        triggers=("moderated", "moderator", "moderador", "moderatore", "modérateur", "moderation", "moderação", "moderación", "moderazione",
                  "approved", "aprovados", "aprobados", "approvati", "approuvés", "freigeschaltet", "geprüft"),
        examples=("ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.",
                  "Comments are moderated and will appear once approved."),
        counterexamples=("The committee approved the plan after a moderated debate.",
                         "The council approved the budget after nearly four hours of public comment."),
        max_words=100,
    ),
    Rule(
        "comment-salutation", "comments",
        r"(?:hi|hello|hey|hallo|hola|olá|oi|ciao|salut|bonjour|cześć|witam|hej) (?!(?:everyone|everybody|all|friends|folks|guys|there|team|readers|y'all)\b)(?-i:\p{Lu}\p{Ll}+)(?: (?-i:\p{Lu})\.?)?\s*[,!:]",
        "a reply in a comment thread, opening with a salutation to the commenter",
        examples=("Hi Milan,", "Hello Jane!", "Olá Maria,"),
        counterexamples=("Hi everyone,", "Hello Kitty is fifty years old this year."),
        role="barrier",
        max_words=3,
    ),
    Rule(
        "comment-buttons", "comments",
        r"(?:reply|report(?: (?:abuse|comment))?|like|dislike|flag|upvote|downvote|permalink|edit|delete|cancel reply|load more|show more|see more|view more"
        r"|antworten|antwort abbrechen|melden|répondre|annuler la réponse|signaler|responder|cancelar respuesta|denunciar|rispondi|annulla risposta|segnala"
        r"|odpowiedz|anuluj pisanie odpowiedzi|zgłoś|responder|cancelar resposta|denunciar|beantwoorden|reageer|annuleer reactie)\W{0,3}",
        "the buttons under a comment, or under a social post embedded in the article: looked through, not a comment section",
        examples=("Reply", "Report", "Report abuse", "Cancel reply", "Load more", "Antworten", "Répondre", "Rispondi", "Odpowiedz"),
        counterexamples=("Reply hazy, try again later, the toy said.",),
        role="inline",
    ),
    Rule(
        "comments", "comments",
        r"(?:\d[\d,.]*k? )?(?:comments?|replies|reactions|responses)(?: \(\d+\))?\W{0,3}|(?:\(\d+\) )?comments?|[\[(]\s*\d[\d,.]*k? (?:comments?|replies)\s*[\])]"
        r"|(?:top|best|most|highest|latest|newest|recent|featured|reader|readers'?|user)(?: rated| liked| recent| popular| voted)? (?:comments?|replies|reactions)\W{0,3}"
        r"|(?:leave|post|add|write|submit|view|show|hide|load|see|read)(?: (?:a|an|your|all|more|\d+))? (?:comments?|repl(?:y|ies)|responses?|reactions?)\W{0,3}.{0,40}"
        r"|(?:view|join|read|see) the discussion(?: thread)?\W{0,3}|tell us what (?:you|YOU) think\W{0,5}|what do you think\?\s*(?:leave|share|let us know|tell us)\b.{0,100}"
        r"|save my name,? e-?mail,? and website\b.{0,120}|your e-?mail address will not be published\b.{0,120}|required fields are marked\b.{0,20}"
        r"|meinen namen,? (?:meine )?e-?mail(?:-adresse)? und (?:meine )?website\b.{0,120}|enregistrer mon nom,? mon (?:e-?mail|courriel)\b.{0,120}"
        r"|guardar mi nombre,? (?:correo electrónico|email)\b.{0,120}|salva il mio nome,? (?:e-?mail|indirizzo email)\b.{0,120}"
        r"|zapisz moje dane,? adres e-?mail\b.{0,120}|(?:salvar|guardar) (?:meus dados|o meu nome|meu nome)\b.{0,120}|сохранить моё имя\b.{0,160}"
        r"|(?:log ?in|sign in|register|subscribe) (?:to|and) (?:comment|reply|join the (?:conversation|discussion))\b.{0,60}"
        r"|(?:join|start) the (?:conversation|discussion|debate)\W{0,3}.{0,60}|be the first to (?:comment|review|reply)\b.{0,40}|comments? (?:are|is) (?:closed|disabled|moderated)\b.{0,100}"
        r"|(?:sort|order) by\W{0,3}(?:newest|oldest|best|top|popular)?\W{0,3}|(?:newest|oldest) first"
        r"|(?:please )?enable javascript\b.{0,200}|.{0,60}\b(?:log ?in|sign in)\b.{0,60}\bto (?:post|leave|add|write) (?:a |your )?comments?\b.{0,60}"
        r"|(?:as you comment|when (?:you )?comment(?:ing)?|before (?:you )?comment(?:ing)?)\b.{0,300}|(?:note: )?we (?:are )?(?:temporarily )?moderat\w* (?:all )?comments\b.{0,200}"
        # a content system's comment form: the help under its text box
        r"|more information about text formats\W{0,3}|(?:allowed html tags|lines and paragraphs break automatically|web page addresses and e-?mail addresses turn into links automatically)\b.{0,200}"
        r"|notify me (?:of|via|when|if)\b.{0,120}|you must (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? in|registered|a member) to (?:post|leave|add|write) a comment\W{0,3}(?:not a member\?.{0,60})?"
        r"|devi essere (?:connesso|registrato|loggato) per (?:inviare|pubblicare|lasciare) un commento\W{0,3}|vous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) un commentaire\W{0,3}"
        r"|(?:debes|tienes que) (?:estar registrado|iniciar sesión|identificarte) para (?:publicar|dejar|escribir) (?:un )?comentarios?\W{0,3}|sie müssen (?:angemeldet|eingeloggt) sein,? um (?:einen )?kommentare? (?:zu )?(?:schreiben|veröffentlichen|verfassen)\W{0,3}"
        r"|musisz (?:być zalogowany|się zalogować),? (?:aby|by) (?:dodać|opublikować|napisać) komentarz\W{0,3}|(?:você precisa|é necessário) (?:estar logado|fazer login|estar conectado) para (?:publicar|postar|comentar)\b.{0,40}"
        r"|(?:community|comment|discussion) (?:rules|guidelines|policy) (?:apply|applies)\b.{0,200}|(?:please )?(?:read|see|review) (?:our|the) (?:community|comment|commenting|discussion) (?:rules|guidelines|policy)\b.{0,200}"
        r"|(?:\d+ )?kommentare?\W{0,3}|(?:jetzt )?kommentieren\W{0,3}|diskutieren sie mit\W{0,3}|schreiben? sie einen kommentar\W{0,3}|schreibe einen kommentar\W{0,3}"
        r"|laisser un commentaire\W{0,3}|deja (?:un|tu) comentario\W{0,3}|lascia un commento\W{0,3}|(?:zostaw|dodaj) komentarz\W{0,3}|deixe (?:um|seu) comentário\W{0,3}|comentários?\W{0,3}"
        r"|laat een reactie achter\W{0,3}|комментари(?:и|ев|й)\W{0,3}|fehler gefunden\?.{0,60}|commentaires?\W{0,3}|réagir|comentarios?\W{0,3}|comentar|commenti\W{0,3}|commenta|komentarze?\W{0,3}|skomentuj|reacties?\W{0,3}|reageer"
        # Chinese, Japanese, Korean: the comment list's heading (with its count) and the form's
        r"|(?:留言列表|留言板|發表留言|发表留言|發表評論|发表评论|網友回應|网友回应|評論|评论|コメント(?:一覧|を書く|する)?|댓글(?: ?쓰기)?)\s*(?:[(（]\s*\d+\s*[)）]|\d+)?\W{0,3}",
        "comment-section furniture",
        examples=("Please enable JavaScript to view the comments.", "Please log in using one of these methods to post your comment:",
                  "As you comment, please be respectful of other commenters.", "12 Comments", "Comments", "Leave a comment", "Log in to comment", "Join the conversation", "Kommentare",
                  "[ 167 comments ]", "Top Rated Comments", "View the discussion thread.", "Tell us what YOU think...",
                  "Save my name, email, and website in this browser for the next time I comment.",
                  "Your email address will not be published. Required fields are marked *",
                  "You must be logged in to leave a comment. Not a member? Register now!", "Devi essere connesso per inviare un commento.",
                  "More information about text formats", "Lines and paragraphs break automatically.",
                  "Allowed HTML tags: <a href> <em> <strong> <cite> <blockquote>", "留言列表 (42)", "發表留言", "发表评论", "コメント一覧", "댓글 12"),
        counterexamples=("Comments made by the minister on Tuesday were widely criticised.", "評論家は新しい政策を批判した。"),
        role="barrier",
        max_words=40,
    ),
)

RULES += (
    Rule(
        "prev-next", "navigation",
        r"(?:[-–—←«‹<]\s*)?(?:previous|prev|next|older|newer)(?: \S+)?? (?:news|stories|story|articles?|posts?|entry|entries|items?)(?:\s*[-–—→»›>])?\W{0,3}"
        r"|(?:[-–—←«‹<]\s*)?(?:vorheriger|nächster|voriger) (?:artikel|beitrag)(?:\s*[-–—→»›>])?\W{0,3}|(?:article|sujet) (?:précédent|suivant)\W{0,3}"
        r"|(?:artículo|noticia|entrada) (?:anterior|siguiente)\W{0,3}|(?:siguiente|próximo) (?:artículo|noticia)\W{0,3}"
        r"|articolo (?:precedente|successivo)\W{0,3}|(?:poprzedni|następny) (?:artykuł|wpis)\W{0,3}|(?:próximo|anterior) (?:artigo|post)\W{0,3}|artigo anterior\W{0,3}",
        "a link to the previous or next story: the headline under it goes with it",
        triggers=("previous", "prev", "next", "older", "newer", "vorheriger", "nächster", "voriger"),
        examples=("- Next Example News", "Previous Example News -", "Next article", "← Older posts", "Article précédent", "Artículo siguiente"),
        counterexamples=("Next week the older posts will be archived, the council said.",),
        role="heading",
        max_words=6,
    ),
)
