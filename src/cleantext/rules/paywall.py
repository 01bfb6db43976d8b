"""Paywall and metering messages, and subscription-plan blocks.

A paywall message is usually where the page stops showing the article, so
most of these rules are barriers: the plan names, prices and feature lists
that follow are short lines that go with them.
"""
from __future__ import annotations

from . import Rule

# Prices: a currency sign or code next to a number, optionally per period.
_CUR = r"(?:[$€£¥₹₩₽₺₴₦]|R\$|A\$|C\$|US\$|Rs\.?|INR|USD|EUR|GBP|CHF|zł|PLN|kr|Kč|Ft|lei)"
_NUM = r"\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,2})?"
_PER = (r"(?:month|mo|year|yr|week|wk|day|quarter|annum|"
        r"monat|jahr|woche|mois|an|année|semaine|mes|año|semana|mese|anno|settimana|"
        r"miesiąc|rok|tydzień|maand|jaar|week)")
_PRICE = rf"(?:{_CUR}\s?{_NUM}|{_NUM}\s?{_CUR})(?:\*+)?"

RULES: tuple[Rule, ...] = (
    Rule(
        "metered-limit", "paywall",
        r"(?:you(?:'|’)?ve|you have) (?:reached|hit|used) (?:your|the) (?:\w+ ){0,3}(?:limit|maximum|quota)\b.{0,120}"
        r"|(?:you have |only )?(?:\S{1,12} )?(?:free )?(?:articles?|stories|reads?) (?:left|remaining)\b.{0,120}"
        r"|(?:this is )?your (?:last|final) free (?:article|story)\b.{0,80}",
        "metering message: the reader's free-article allowance",
        triggers=("left", "remaining"),
        examples=("You’ve reached your limit of {{free_limit}} free articles this month.",
                  "You have reached your monthly article limit",
                  "You have 2 free articles left this month.", "Only free articles left this month. Subscribe for unlimited access."),
        counterexamples=("The team has reached its spending limit for the season, the report said.",),
        role="barrier",
        max_words=40,
    ),
    Rule(
        "subscribe-to-continue", "paywall",
        r"(?:please )?(?:subscribe|sign up|register|log ?in|sign in)(?: now| today)?"
        r" (?:to|for) (?:continue reading|keep reading|read (?:the )?(?:full|whole|rest|entire)\b.{0,40}|read more|unlock\b.{0,40}"
        r"|(?:get )?unlimited (?:digital )?access\b.{0,40}|access (?:this|the full|all)\b.{0,40}|read this (?:article|story)\b.{0,20})\W{0,3}"
        r"|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log ?in|register|create an? (?:free )?account)\b.{0,80}"
        r"|(?:continue|keep) reading (?:with|for) (?:an? )?\S+(?: \S+){0,3}? (?:subscription|membership|account)\b.{0,40}"
        r"|create an? (?:free )?account to (?:continue|keep) reading\b.{0,40}",
        "paywall prompt: subscribe or log in to read on",
        examples=("Subscribe now for unlimited access.", "Subscribe to read the full story →",
                  "To continue reading, please log in or create a free account.",
                  "Subscribe to continue reading"),
        counterexamples=("Readers who subscribe to continue reading the paper pay less, the survey found, "
                         "though most said they would cancel within a year if prices rose again.",),
        role="barrier",
        max_words=30,
    ),
    Rule(
        "already-subscriber", "paywall",
        r"(?:already (?:a |an )?(?:subscribed|subscriber|member|registered|have an account)|have an account)\W{0,3}"
        r"(?:(?:log ?in|sign in|login)(?: here| now)?\W{0,3})?",
        "paywall prompt for existing subscribers",
        examples=("Already subscribed? Log in", "Already a subscriber? Sign in", "Already a member?"),
        counterexamples=("Already a member of the board, she was promoted to chair in June.",),
        role="barrier",
    ),
    Rule(
        "subscribers-only", "paywall",
        r"(?:this|the) (?:article|story|content|page|piece|feature|post) is (?:only |exclusively )?"
        r"(?:for|available (?:to|for)|reserved for|exclusive (?:to|for)) (?:our )?(?:paying |premium |digital )?"
        r"(?:subscribers|members|premium\b.{0,20})\W{0,3}.{0,80}"
        r"|(?:premium|exclusive|subscriber|members)(?:[- ]only)? (?:content|article|story)\W{0,3}"
        r"|subscribers? only\W{0,3}|for subscribers\W{0,3}",
        "marks the article as subscribers-only",
        examples=("This article is for subscribers only.", "This content is exclusive to premium subscribers",
                  "Subscribers only"),
        counterexamples=("Premium fuel prices rose sharply in March.",),
        role="barrier",
        max_words=30,
    ),
    Rule(
        "paywall-offer", "paywall",
        r"(?:start|try|begin) (?:your )?(?:\d+[- ](?:day|week|month) )?free trial\W{0,3}.{0,60}"
        r"|(?:get|unlock|enjoy) (?:unlimited|full|complete) (?:digital )?access\b.{0,80}"
        r"|(?:become|join as) an? (?:member|subscriber|supporter)\W{0,3}(?:today\W{0,3})?"
        r"|subscribe (?:now|today|here)\W{0,3}|(?:view|see|choose|compare) (?:all )?(?:subscription )?(?:plans|offers|options)\W{0,3}"
        r"|(?:unlock|read) (?:this|the full) (?:article|story)\b.{0,40}"
        r"|(?:limited[- ]time|special|introductory|exclusive) offer\b.{0,80}"
        r"|(?:get|gain) access to .{1,120}\bfor (?:as little as|only|just) (?:rs\.?|inr|₹|\$|£|€|usd|eur)\s?\d.{0,200}",
        "subscription sales pitch",
        examples=("Start your free trial", "Get unlimited digital access for $1", "Become a member today",
                  "Get access to the fastest growing subscription service Example Pro for as little as Rs 599 for first year.",
                  "Subscribe now", "View all plans"),
        counterexamples=("Subscribers now get unlimited access to the archive, the company said in a statement on Monday.",),
        role="barrier",
        max_words=30,
    ),
    Rule(
        "paywall-foreign", "paywall",
        # de
        r"jetzt (?:abonnieren|abo abschließen|weiterlesen|testen|freischalten|registrieren)\b.{0,60}"
        r"|(?:weiterlesen|lesen sie weiter) mit\b.{0,60}"
        r"|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnent\*innen|plus|\S+-?abonnenten)\b.{0,60}"
        r"|(?:sie haben|schon|bereits) (?:bereits |schon )?(?:ein )?(?:abo(?:nnement)?|abonnent)\W{0,3}(?:(?:jetzt |hier )?(?:anmelden|einloggen)\W{0,3})?"
        # fr
        r"|abonnez-vous\b.{0,80}|(?:(?:cet|l') ?article est )?réservé aux (?:abonnés|abonnées)\b.{0,40}"
        r"|déjà abonnée?\W{0,3}(?:(?:se connecter|connectez-vous|je me connecte)\W{0,3})?"
        r"|(?:il vous reste|vous avez lu) .{1,60}articles?\b.{0,60}"
        # es / pt
        r"|suscr[íi]bete\b.{0,80}|(?:este|el) (?:contenido|artículo) es (?:exclusivo )?(?:sólo |solo )?para (?:suscriptores|socios|abonados)\b.{0,40}"
        r"|(?:contenido|artículo) (?:exclusivo )?(?:para|de) (?:suscriptores|socios|abonados)\W{0,3}"
        r"|¿?ya (?:eres|es|soy) (?:suscriptor|socio|abonado)\W{0,3}(?:(?:inicia sesión|entra|accede)\W{0,3})?"
        r"|assine(?: (?:já|agora)\b.{0,60}|\W{0,3})|(?:(?:este|o) )?conteúdo (?:é )?(?:exclusivo|restrito) (?:para|a) assinantes\b.{0,40}|já é assinante\W{0,3}.{0,20}"
        # it
        r"|abbonati\b.{0,60}|(?:(?:questo|l') ?articolo è |articolo |contenuto )?riservato agli abbonati\b.{0,40}|sei già abbonato\W{0,3}(?:accedi\W{0,3})?"
        # pl
        r"|treść (?:dostępna|tylko) dla (?:subskrybentów|prenumeratorów)\W{0,3}"
        r"|(?:wykup|kup) (?:dostęp|subskrypcję|prenumeratę)\b.{0,60}|ten artykuł (?:jest )?dostępny (?:jest )?(?:tylko )?dla (?:subskrybentów|prenumeratorów)\b.{0,40}"
        r"|masz już (?:subskrypcję|konto)\W{0,3}.{0,20}|subskrybuj\W{0,3}|(?:\d+ )?(?:monat|monate|wochen?|tage) (?:kostenlos|gratis) (?:testen|lesen)\W{0,3}"
        # metering, in the same languages
        r"|(?:sie haben|du hast) (?:die|ihre|das|dein|deine) (?:grenze|limit|kontingent|maximum)\b.{0,100}"
        r"|(?:sie haben|du hast) .{0,40}(?:kostenlosen|freien|gratis-?) ?(?:artikel|beiträge|texte)\b.{0,100}"
        r"|vous avez (?:atteint|lu|consulté)\b.{0,60}(?:articles?|limite)\b.{0,80}"
        r"|(?:has|ha) (?:alcanzado|llegado al|agotado) (?:el |tu |su )?(?:límite|máximo|número)\b.{0,100}"
        r"|hai (?:raggiunto|esaurito|letto)\b.{0,40}(?:articoli|limite)\b.{0,80}"
        r"|(?:wykorzystałeś|wykorzystałaś|osiągnąłeś|osiągnęłaś) (?:limit|już)\b.{0,100}"
        r"|você (?:atingiu|chegou ao) (?:o )?limite\b.{0,100}"
        # nl
        r"|word abonnee\b.{0,60}|al abonnee\W{0,3}.{0,20}|dit artikel is alleen voor abonnees\b.{0,40}",
        "paywall or subscription prompt (German, French, Spanish, Portuguese, Italian, Polish, Dutch)",
        examples=("Jetzt abonnieren", "Dieser Artikel ist nur für Abonnenten", "Abonnez-vous pour lire la suite",
                  "Déjà abonné ? Se connecter", "Suscríbete para seguir leyendo", "¿Ya eres suscriptor? Inicia sesión",
                  "Sei già abbonato? Accedi", "Wykup dostęp, aby czytać dalej",
                  "Sie haben die Grenze der kostenlosen Artikel erreicht.", "Vous avez atteint la limite d'articles gratuits.",
                  "Ya soy suscriptor", "Contenuto riservato agli abbonati", "Conteúdo exclusivo para assinantes", "1 Monat kostenlos testen", "Assine"),
        counterexamples=("Die Zahl der Abonnenten ist im vergangenen Jahr deutlich gestiegen.",),
        role="barrier",
        max_words=30,
    ),
    Rule(
        "price", "pricing",
        rf"(?:(?:only|just|now|from|then|nur|ab|dès|seulement|desde|solo|tylko|za) )?{_PRICE}(?:\s?(?:/|per|a|an|each|pro|par|por|al|za|im|au|el|ao|/ ?)\s?{_PER}s?)?"
        rf"(?: (?:billed|charged|paid) (?:monthly|annually|yearly|quarterly|weekly))?"
        rf"(?:\s*[,.;–—-]?\s*(?:cancel (?:at )?any ?time|jederzeit kündbar|sans engagement|sin permanencia|cancela cuando quieras|disdici quando vuoi))?\W{{0,3}}",
        "a price on a line of its own: a subscription-plan tile",
        triggers=("0",),
        examples=("₹900", "₹300/Month", "$4.99/month", "€ 9,99 pro Monat", "19,99 zł", "£1 a week", "Only $1/week",
                  "Nur 9,99 € im Monat, jederzeit kündbar."),
        counterexamples=("The plan costs $4.99 a month, up from $3.99 last year.", "$4.99 billion in revenue was lost"),
    ),
    Rule(
        "billing-period", "pricing",
        rf"(?:\d{{1,2}}|one|two|three|six|twelve) (?:months?|years?|weeks?|days?|monate?|jahre?|mois|ans?|meses?|años?|mesi|anni|miesiące|miesięcy|lata|lat)"
        rf"(?: (?:plan|subscription|access|free|abo))?"
        rf"|/ ?{_PER}|per {_PER}|billed (?:monthly|annually|yearly|quarterly|weekly)\b.{{0,60}}"
        rf"|(?:monthly|annual|yearly|quarterly|weekly|digital|print|premium|basic|standard|all[- ]access) (?:plan|subscription|pass|access)"
        rf"|(?:best value|most popular plan|save \d{{1,2}}\s?%.{{0,40}})",
        "billing period or plan label from a subscription-plan tile",
        examples=("3 Months", "1 Year", "2 Years", "/month", "Billed annually", "Annual plan", "Save 40% with annual billing"),
        counterexamples=("3 months later, the company went bankrupt.",),
    ),
    Rule(
        "renewal-terms", "pricing",
        r"(?:(?:subscription |plan )?(?:renews|auto-renews|is renewed) automatically\W{0,3}(?:cancel (?:at )?any ?time\W{0,3})?"
        r"|cancel (?:at )?any ?time\W{0,3}(?:\S+(?: \S+){0,8})?"
        r"|no commitment\W{0,3}.{0,40}|(?:jederzeit )?(?:kündbar|jederzeit kündbar)\W{0,3}.{0,40}"
        r"|sans engagement\W{0,3}.{0,40}|sin permanencia\W{0,3}.{0,40}|cancela cuando quieras\W{0,3}.{0,40}"
        r"|(?:here(?:'|’)s )?what(?:'|’)?s included(?: in)?\b.{0,80}|(?:plan|subscription) (?:includes|benefits|features)\W{0,3}.{0,60}"
        r"|(?:includes|what you get)\W{0,3})",
        "subscription terms and the header of a plan's feature list",
        examples=("Renews automatically, cancel anytime", "Cancel anytime", "Here’s what’s included in our digital subscription plans",
                  "Jederzeit kündbar"),
        counterexamples=("Customers can cancel anytime, but few do, according to the company’s annual report.",),
        role="barrier",
        max_words=30,
    ),
)
