"""Metadata around the body: bylines, timestamps, credits, copyright, disclaimers, cookie notices."""
from __future__ import annotations

from . import Rule

# A personal name: capitalised words (case-sensitive even though rules are
# matched case-insensitively), with the particles names carry.
_NAMEWORD = r"(?-i:\p{Lu}[\p{L}'’.\-]*)"
_NAME = rf"{_NAMEWORD}(?:\s+(?:{_NAMEWORD}|de|da|di|del|della|van|von|der|den|la|le|du|bin|ibn|al|el|y|dos|das)){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\ben\b|\bog\b|\boch\b)\s*{_NAME}){{0,3}}"
_ROLE = (r"(?:(?:staff|senior|chief|contributing|special|political|business|foreign|sports?|health|science|technology|tech|news|"
         r"investigative|guest|freelance|associate|deputy|managing|executive|national|local|city|court|legal|economics|"
         r"environment|education|entertainment|arts|travel|food|data|digital|web|online)\s+){0,2}"
         r"(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|photographer|producer|analyst|"
         r"redakteur|redakteurin|korrespondent|korrespondentin|journaliste|rédacteur|rédactrice|correspondante?|"
         r"periodista|redactora?|corresponsal|giornalista|redattore|corrispondente|dziennikarz|dziennikarka|redaktor|redaktorka|verslaggever|redacteur)s?")
_ROLE_WORDS = ("writer", "writers", "reporter", "reporters", "correspondent", "editor", "editors", "journalist", "columnist", "contributor",
               "photographer", "producer", "analyst", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journaliste",
               "rédacteur", "rédactrice", "correspondant", "correspondante", "periodista", "redactor", "redactora", "corresponsal",
               "giornalista", "redattore", "corrispondente", "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "verslaggever", "redacteur")
# Words an outlet puts before a role ("AP Auto Writer", "White House Correspondent").
_ROLE_PREFIX = r"(?:(?-i:\p{Lu})[\p{L}.]*\s+){0,3}"
_MONTH = (r"(?:jan(?:uary|vier|uar|\.)?|feb(?:ruary|ruar|\.)?|mar(?:ch|s|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|jul(?:y|\.)?|aug(?:ust|\.)?|sep(?:t|tember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
          r"|januar|februar|märz|mai|juni|juli|oktober|dezember"
          r"|janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
          r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
          r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
          r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro"
          r"|januari|februari|maart|mei|augustus"
          r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
          r"|styczeń|luty|marzec|kwiecień|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień)")
_WEEKDAY = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
            r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
            r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"
            r"|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag")
_TIME = r"(?:\d{4} (?-i:[A-Z]{1,3}T)(?:\s*\(\d{4} (?-i:[A-Z]{1,3}T)\))?(?=\s)|\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h)?(?:\s*\(?(?:[A-Z]{2,5}|GMT|UTC|IST|CET|CEST|MEZ|MESZ)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?)"
_DATE = (rf"(?:(?:{_WEEKDAY})\.?,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTH}\.?(?:\s+(?:de\s+)?\d{{4}})?|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{4}})"
         rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}")
_STAMP_WORD = (r"(?:published|updated|last updated|last modified(?: on)?|posted|modified|created|first published|date|dated|released|issued|publiziert"
               r"|zuerst veröffentlicht|erstmals veröffentlicht|publié pour la première fois|publicado por primera vez|pubblicato per la prima volta"
               r"|publicado pela primeira vez|po raz pierwszy opublikowano|voor het eerst gepubliceerd"
               r"|veröffentlicht|aktualisiert|erstellt|stand|publié|mis à jour|modifié|publicado|actualizado|modificado|pubblicato|aggiornato"
               r"|opublikowano|zaktualizowano|aktualizacja|gepubliceerd|bijgewerkt|atualizado|publicerad|uppdaterad|senast uppdaterad"
               r"|publisert|oppdatert|sist oppdatert|publiceret|opdateret|sidst opdateret|julkaistu|päivitetty)(?: (?:on|at|am|um|le|à|el|a las|il|alle|em|às|op|o|kl\.?))?")
_READTIME = (r"\d+\s*(?:min(?:ute)?s?|h|hours?|stunden?|heures?|horas?|ore|godz(?:in)?)\.?\s*(?:read|ago|lesezeit|de lecture|de lectura|di lettura|czytania)"
             r"|(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|czas czytania|leestijd)\s*:?\s*\d+\s*\w+\.?"
             r"|(?:vor|il y a|hace|fa|temu)\s*\d+\s*\w+(?: temu)?|\d+\s*(?:s|m|h|d|w|y|mo|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago(?:\s+at\s+\d{1,2}:\d{2}\s*(?:am|pm)?)?")
_DATETIME = rf"(?:{_DATE})(?:\s*(?:,|at|@|um|à|a las|alle|o|om|às|-|–|—|\|)?\s*{_TIME})?|{_TIME}(?:\s*(?:,|on|-|–|\|)?\s*(?:{_DATE}))?"

# One piece of a timestamp line: a (labelled) date or time, a reading time, an age.
_STAMP = (rf"(?:(?:(?:{_STAMP_WORD})\s*:?\s*)?(?:{_DATETIME})(?:\s*\(\s*(?:(?:{_STAMP_WORD})\s*:?\s*)?{_TIME}\s*\))?|(?:{_STAMP_WORD})\s*:?\s*\d+\s+\w+\s+ago"
          rf"|{_READTIME}|(?:today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|dziś|wczoraj|hoje|ontem|vandaag|gisteren),?\s*(?:at |um |à |a las |alle |o |às |om )?{_TIME})")

RULES: tuple[Rule, ...] = (
    Rule(
        "byline", "byline",
        rf"(?:by|written by|words by|story by|reported by|text by|von|par|por|di|door|av|af|autor|autorka|tekst|текст|автор)\s*:?\s+(?:{_NAMES}|admin|administrator|webmaster)"
        rf"(?:\s*(?:,|\||–|—|-|/|·)\s*(?:{_ROLE}|{_NAMES}|{_DATETIME}|{_STAMP_WORD}\s*:?\s*(?:{_DATETIME})?|\S+(?:\s+\S+){{0,3}})"
        rf"|\s+(?:(?:{_STAMP_WORD}|am|on|le|el|il)\s*:?\s*)?(?:{_DATETIME})(?:\s+{_NAMES})?"
        rf"|\s+[\w.+-]{{1,40}}@[\w-]{{1,40}}(?:\.[\w-]{{1,20}}){{1,3}}|\s+\(?\d{{2,4}}\)?[\s.-]?\d{{3}}[\s.-]?\d{{3,4}}|\s+@[\w.]{{2,40}}"
        rf"|\s+\d{{1,5}} (?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti|comentários))*\W{{0,3}}"
        rf"|(?:analysis|opinion|commentary|review|interview|column|videos?|story|text|words|essay|report|fact[- ]check|illustrations?) by\s+{_NAMES}(?:\s*(?:,|\||–|—|-)\s*.{{1,60}})?"
        rf"|(?:posted|submitted|written|published|uploaded|added) by \S+(?: \S+){{0,3}}?(?:\s*(?:on|at|in|\||-|–|—|,)\s*.{{1,60}})?"
        rf"|(?=[^,|–—\-]{{1,80}}[,|–—\-]\s*{_ROLE_PREFIX}{_ROLE}\b){_NAMES}\s*(?:,|\||–|—|-)\s*{_ROLE_PREFIX}{_ROLE}\b.{{0,60}}"
        rf"|(?=[^:]{{1,60}}:){_ROLE}\s*:\s*{_NAMES}\W{{0,3}}",
        "byline: the author's name, perhaps with a role or date",
        triggers=("writer", "reporter", "correspondent", "editor", "journalist", "columnist", "contributor", "photographer", "producer", "analyst", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "periodista", "redactor", "redactora", "corresponsal", "giornalista", "redattore", "corrispondente", "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "verslaggever", "redacteur"),
        examples=("By Jane Doe", "By JANE DOE".title(), "Jane Doe, Staff Writer", "By Jane Doe and John Smith | Updated March 2, 2024",
                  "Von Max Mustermann", "Por Juan Pérez", "By Jane Doe, Senior Correspondent", "Posted by admin on June 4, 2023",
                  "Von Max Mustermann publiziert am 25. September 2018", "Analysis by Jane Doe , Example Editor-at-large",
                  "By admin - 2018-09-16", "By Jane Doe 2019-11-18T20:51:19Z Science & Astronomy", "Jane Doe, Ap Auto Writer",
                  "Текст: Анна Иванова · 24 сентября 2018", "By Jane Doe jane.doe@example.com (509) 555-0182",
                  "By Jane Doe @janedoe Nov 18, 2019, 11:47am EST", "by Example News Weekly 0 Comments"),
        counterexamples=("By the end of the year, prices had doubled.", "By 2030 the city hopes to be carbon neutral.",
                         "By Monday, the river had burst its banks."),
        max_words=24,
    ),
    Rule(
        "byline-date", "byline",
        rf"(?=[^,|–—·]{{1,60}}(?:,|\||–|—|·| - )\s*\d)(?-i:\p{{Lu}})[\p{{L}}'’.\-]*(?:\s+{_NAMEWORD}){{1,3}}\s*(?:,|\||–|—|·|-)\s*(?:{_DATETIME})\W{{0,3}}"
        rf"|(?=.{{5,60}}$)(?-i:\p{{Lu}})[\p{{L}}'’.\-]*(?:\s+{_NAMEWORD}){{0,3}}\s+(?:{_DATETIME})\W{{0,3}}",
        "byline: the author's (or agency's) name and a date, nothing else",
        triggers=("0",),
        examples=("Jane Doe - Nov 19, 2019, 10:31 pm CST", "Associated Press November 19, 2019, 9:02 AM"),
        counterexamples=("March 2024 was warmer than usual.",),
        max_words=16,
    ),
    Rule(
        "bare-role", "byline",
        rf"(?:(?-i:\p{{Lu}})\p{{L}}+ )?{_ROLE}(?: @\w+)?\W{{0,3}}|(?:from )?(?:staff|wire) reports?\W{{0,3}}",
        "an author's role left without the name (the name was a link or an image)",
        triggers=tuple(_ROLE_WORDS),
        examples=("Opinion Columnist", "Staff Writer", "Senior Correspondent", "News reporter @JaneDoe1", "Staff Reports"),
        counterexamples=("The editor resigned.",),
        max_words=4,
    ),
    Rule(
        "timestamp", "byline",
        rf"(?=.{{1,200}}$)(?=\D{{0,60}}\d)(?:[-–—•·]\s*)?(?:(?:{_STAMP_WORD})\s*:?\s*(?:{_DATETIME}).{{0,60}}|{_STAMP}(?:(?:\s*(?:\||/|·|•|–|—|,)\s*|\s+(?=(?:{_STAMP_WORD})\b)){_STAMP}){{0,3}}"
        rf"(?:\s*[,|·•–—-]?\s*(?:by|von|par|por|di)\s+{_NAMES}|\s*[/|·•–—]\s*{_NAMES}|\s*,\s*(?-i:\p{{Lu}}{{2,4}}))?\W{{0,3}})",
        "publication timestamp or reading time",
        examples=("Published 3:45 PM EST, March 2, 2024", "Updated: March 3, 2024 10:00 am", "March 2, 2024", "2024-03-02",
                  "Sist oppdatert 06.01.2026 - 17:35", "Senast uppdaterad 2024-03-12 14:02", "Opdateret 12.03.2024 kl. 10.15",
                  "5 min read", "Aktualisiert am 12. März 2024, 14:30 Uhr", "Zuerst veröffentlicht am 30/04/2024 - 16:17", "August 30, 2023 1:55 am (Updated 4:30 am)", "Publié pour la première fois le 30/04/2024 - 16:17", "Publicado el 3 de marzo de 2024", "2 hours ago",
                  "Mar 2, 2024 | 10:15 AM", "March 5, 2024 | 6 min read", "Lesezeit: 4 Min.", "Wednesday, 20 November 2019 08:05 GMT",
                  "5:45 AM PST 11/19/2019 by Jane Doe", "September 10, 2018 | by Catherine",
                  "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", "Today 12:01 AM",
                  "Last modified on Mon 18 Nov 2019 18.56 GMT",
                  "Tempo de leitura: 2 minutos", "2 days ago at 07:52 am", "32M ago",
                  "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT", "November 20, 2019 / 1:07 AM / Example News",
                  "Wednesday 20 November 2019 11:42, UK", "sexta-feira, 22 de outubro de 2010 às 20:13", "Updated 0339 GMT (1139 HKT) November 19, 2019"),
        counterexamples=("Published in 1851, the novel sold poorly at first.", "Updated figures will be released on Monday."),
        max_words=24,
    ),
    Rule(
        "agency-credit", "byline",
        r"\(?\s*(?:(?:additional )?reporting|writing|editing|edited|compiled|research|translated|translation|graphics?|production)(?: and editing)? by\s+(?-i:\p{Lu}).{1,200}"
        r"|\(?\s*(?:mitarbeit|redaktion|bearbeitet von)\s*:\s*.{1,100}"
        r"|(?-i:\p{Lu}).{1,100} contributed (?:additional )?reporting(?: (?:from|in) [^.]{1,60})?\.?"
        r"|(?-i:\p{Lu}).{1,300} contributed (?:reporting )?to this (?:report|article|story)\W{0,3}"
        r"|.{0,100}\b(?:can|may) be (?:reached|contacted) (?:at|by|via)\b.{0,200}"
        r"|(?:reach|contact|follow|email|write to) (?:the )?(?:reporters?|writers?|authors?|editors?)\b.{1,200}"
        r"|(?:e-?mail|contact|reach|follow|write to) (?-i:\p{Lu})\S*(?: \S+){0,3} (?:at|on|via) \S+@\S+.{0,200}"
        r"|citation\s*:.{1,400}",
        "reporting and editing credits at the end of a wire story",
        triggers=("contributed", "reached", "contacted"),
        examples=("(Reporting by Jane Doe; Editing by John Smith)", "Reporting by Jane Doe in Berlin; Additional reporting by Max Roe",
                  "Jane Doe contributed to this report.", "Jane Doe contributed reporting from Hong Kong.", "Reach the reporter at jdoe@example.com"),
        counterexamples=("Reporting by the newspaper revealed the scheme in 2019, the court heard.",),
        max_words=50,
    ),
    Rule(
        "copyright", "copyright",
        r"(?:©|\(c\)|copyright|copr\.)\s*(?:[©@]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?).{0,200}"
        r"|(?=.{0,200}?(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
        r"|wszelkie prawa zastrzeżone|alle rechten voorbehouden|todos os direitos reservados|alla rättigheter förbehållna|všechna práva vyhrazena)\b).{1,400}"
        r"|.{0,200}without (?:the )?(?:express |prior )+writ\w* (?:permission|consent)\b.{0,200}|(?:©\s*)?riproduzione riservata\W{0,3}"
        r"|this (?:material|article|content) (?:may|must) not be (?:published|reproduced|copied|broadcast|rewritten|redistributed)\b.{0,200}"
        r"|copyright\s*(?:©|\([cсCС]\)).{1,200}|(?:the )?contents? of this (?:site|website|page) (?:are|is) (?:©|\(c\)|copyright)\s*.{1,200}"
        r"|©\s*(?-i:\p{Lu})\S*(?: \S+){0,6}? (?:limited|ltd\.?|llc|inc\.?|gmbh|plc|s\.a\.|group|media|newspapers?)\b.{0,200}",
        "copyright line",
        triggers=("reserved", "vorbehalten", "réservés", "reservados", "riservati", "zastrzeżone", "voorbehouden", "förbehållna", "vyhrazena", "permission", "consent", "©"),
        examples=("© 2024 Example Media. All rights reserved.", "Copyright 2023 Example Corp", "All rights reserved.",
                  "This material may not be published, broadcast, rewritten or redistributed.",
                  "Copyright (с) Example Publishing, 2019.", "Riproduzione riservata", "The contents of this site are ©2019 Example Publishing Corp.",
                  "Copyright @ 2019 Example News.",
                  "©Example Group Newspapers Limited in England No. 679215 Registered office: 1 Example Street, London. Example is a trademark."),
        counterexamples=("Copyright law has not kept pace with technology, the judge wrote.",
                         # A caption's credit glued to the first paragraph: the paragraph is body.
                         "© Provided by Example Media Inc Jane Doe/Example Nintendo and Apple shocked the world earlier this year "
                         "by announcing a Mario game for phones, the company's first foray into mobile gaming. It is a game "
                         "you can play with one hand, so what is not to love?"),
        max_words=150,
    ),
    Rule(
        "company-registration", "copyright",
        r".{0,300}\bregistered (?:office\s*:|in england(?: (?:and|&) wales)?(?: under)?(?: company)? (?:no\.?|number))\s.{0,600}",
        "the publisher's company registration: a line of the footer",
        triggers=("registered",),
        examples=("Example Media Ltd, registered in England and Wales under company number 01234567.",
                  "Example Newspapers Limited. Registered office: 1 Example Street, London."),
        counterexamples=("The company's registered office is in Cyprus, documents seen by reporters show.",),
        max_words=150,
    ),
    Rule(
        "reproduction-notice", "copyright",
        r".{0,200}?\b(?:reproduction interdite|prohibida (?:su|la) reproducción|(?:é )?proibida a (?:sua )?reprodução|nachdruck nur mit"
        r"|(?:воспроизведение|перепечатка|копирование|использование) (?:материалов|материала)\b.{0,60}\bбез\b"
        r"|свидетельство о регистрации (?:сми|средства массовой информации))\b.{0,300}",
        "a notice that the site's texts may not be reproduced, or its press registration",
        triggers=("interdite", "reproducción", "reprodução", "nachdruck", "воспроизведение", "перепечатка", "копирование", "свидетельство"),
        examples=("Любое воспроизведение материалов сайта без разрешения редакции воспрещается.", "Перепечатка материалов без ссылки запрещена.",
                  "Сетевое издание «Example.ru» Свидетельство о регистрации СМИ ЭЛ №ФС77-00000", "Reproduction interdite sans autorisation.",
                  "Prohibida su reproducción total o parcial."),
        counterexamples=("Воспроизведение материалов архива заняло у музея три года.",),
        max_words=60,
    ),
    Rule(
        "photo-credit", "credit",
        r"(?:©|\(c\))\s*(?:\S+(?:\s+\S+){0,5})"
        r"|(?:photo|photos|photograph|image|images|picture|pic|foto|fotos|bild|bilder|quelle|source|credit|credits|image credit|photo credit|imagen|immagine"
        r"|zdjęcie|fot|źródło|bildquelle|bildnachweis|fotoquelle|crédit photo|crédits? photos?|illustration|graphic|grafik|video|cover image|main image|top image|header image|featured image)"
        r"\s*(?:credit|courtesy)?\s*(?::|/|\||©|-|–)\s*(?:\S+(?:\s+\S+){0,9})"
        r"|(?:photo|image|picture|foto|bild)s? (?:by|courtesy of|courtesy|von|de|di|par|por)\s+(?:\S+(?:\s+\S+){0,8})"
        r"|\(\s*(?:\S+(?:\s+\S+){0,4})\s*\)|\(\s*(?:image|photo|picture|video|foto|bild)s? (?:credits?|courtesy|source)\s*:[^()]{1,150}\)"
        r"|(?-i:\p{Lu}[\p{L}&.\-]*(?:\s+\p{L}[\p{L}&.\-]*){0,3})\s*/\s*(?-i:\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})"
        r"|(?:image|photo|picture) (?:copyright|credit|source)\s+(?:\S+(?:\s+\S+){0,5})"
        r"|fot\.\s*\S+(?:\s+\S+){0,4}"
        r"|(?:photo |image |picture |video )?courtesy(?: of)? (?:\S+(?:\s+\S+){0,6})|(?:image |photo )?caption\W{0,3}"
        r"|(?:file|stock|handout|representational|representative|agency|wire|pool|archive|archival|screenshot|screengrab|supplied)(?: (?:image|photo|picture|pic))s?",
        "bare photo credit: a source or agency without a caption",
        triggers=("©", "(", "/"),
        examples=("© AP", "Photo: Example Agency", "(File Photo)", "Image credit: Jane Doe", "Photo by Jane Doe on Example",
                  "AGENCY/Jane Doe", "Representational image", "Bildquelle: dpa", "Fot. PAP", "(Image credit: Example/Agency One/Agency Two, Jane Doe)", "Foto: Agentur", "Image copyright Example Images"),
        counterexamples=("Photographs from the era show a very different city.", "(He later denied having said it, and apologised.)"),
    ),
    Rule(
        "disclaimer", "disclaimer",
        r"(?:disclaimer|disclosure|haftungsausschluss|avertissement|descargo de responsabilidad|aviso legal|esclusione di responsabilità|zastrzeżenie)\s*:.{0,400}"
        r"|\(?\s*(?:this|the) (?:story|article|report|content|copy|news) has not been (?:edited|modified|changed)\b.{0,300}"
        r"|\(?\s*(?:except for|only) the (?:headline|title)\b.{0,300}"
        r"|\(?\s*with (?:inputs?|input|contributions?) from .{1,80}"
        r"|\(?\s*this (?:article|story|post|piece|content|essay) (?:was|is|has been|first|originally) (?:originally |first )?(?:published|appeared|posted|republished|syndicated)\b.{0,200}"
        r"|\(?\s*(?:this|the) (?:article|story|content) is (?:auto-generated|syndicated|sourced) from\b.{0,200}|\(?\s*auto-generated from\b.{0,200}"
        r"|\(?\s*(?:the )?(?:views|opinions) expressed (?:here|above|in this (?:article|column|piece))? ?(?:are|is) (?:the|those of|solely|personal)\b.{0,200}"
        r"|\(?\s*(?:published|republished|reproduced) (?:with permission|by arrangement|under a creative commons)\b.{0,200}"
        r"|if you (?:buy|purchase|click)\b.{0,120}\b(?:commission|share of the sale|affiliate)\b.{0,200}"
        r"|.{0,300}\bmay (?:get|earn|receive) (?:an? )?(?:small )?(?:share of the sale|commission|affiliate commission)\b(?=.{0,200}\b(?:links?|products?|purchases?|page|site|post|article)\b).{0,200}"
        r"|(?=.{0,300}\b(?:links?|purchases?|purchase)\b).{0,300}\bmay (?:get|earn|receive) (?:an? )?(?:small )?(?:share of the sale|commission|affiliate commission)\b.{0,200}"
        r"|quotes (?:are )?delayed (?:by )?(?:at least )?\d{1,2} minutes\b.{0,800}"
        r"|(?:sometimes |occasionally )?we (?:may )?(?:include|use) (?:affiliate )?links\b.{0,300}"
        r"|.{0,200}\bare (?:registered )?trademarks (?:of|owned by)\b.{0,300}|.{0,100}\ball (?:other )?trademarks (?:are|belong)\b.{0,200}"
        r"|\*?\s*these statements have not been evaluated\b.{0,300}|the information (?:provided |contained )?(?:on|in) this (?:web ?site|site|page|article)\b.{0,400}"
        r"|(?:all )?(?:stock |market )?(?:quotes|data|prices) (?:are )?delayed (?:by )?(?:at least |a minimum of |up to )?\d+ minutes\b.{0,300}"
        r"|(?:most )?(?:stock )?(?:quote|market) data (?:is )?provided by\b.{0,300}"
        r"|this copy is for your personal,? non-?commercial use only\b.{0,400}"
        r"|\(?\s*(?:mit material von|mit informationen von|avec agences|con información de|con informaci[oó]n de)\b.{0,100}",
        "syndication note or disclaimer",
        triggers=("commission", "sale", "affiliate", "trademarks", "quotes"),
        examples=("Disclaimer: No Example Journalist was involved in creation of this content",
                  "(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)",
                  "(With inputs from agencies)", "This article was originally published on Example Site.",
                  "If you buy something through this post, Example may get a share of the sale.",
                  "Sometimes we include links to online retail stores. If you click on one we may receive a small commission.",
                  "Example is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Learn more",
                  "Quotes delayed at least 15 minutes. Real-time quotes provided by Example Exchange.",
                  "Example logo and Example TV are registered trademarks of Example Inc.",
                  "This copy is for your personal, non-commercial use only. To order presentation-ready copies, use the reprints page."),
        counterexamples=("The story was first published in 1923 and became a bestseller.",
                         "Brokers may earn a commission on each trade, the regulator said in its report on fees."),
        max_words=80,
    ),
    Rule(
        "script-line", "html-residue",
        r".{0,300}\{.{0,300}\}\s*\)?\s*;?\W{0,2}|\s*(?:var|let|const|window\.|document\.)\s*[\w.$\[\]]+\s*=.{1,300};",
        "a line of script or style code left in the text",
        triggers=("{",),
        examples=("adslot.cmd.push(function() { adslot.display('div-ad-1'); });", ".ad-slot { display: none; }",
                  "window.dataLayer = window.dataLayer || [];"),
        counterexamples=("The council (which meets monthly) approved the plan.",),
        max_words=80,
    ),
    Rule(
        "cookie-notice", "cookie",
        r"(?:we|this (?:web)?site|our (?:web)?site|this website|we and our partners) (?:use|uses|store|place) cookies\b.{0,400}"
        r"|your privacy is important to us\b.{0,300}|(?:[^.?!]{0,120}\b)?we(?:'ve|’ve| have) updated our privacy (?:policy|notice)\b.{0,300}"
        r"|please (?:review|read|see|check) our (?:updated )?privacy (?:policy|notice)\b.{0,300}|if you have any questions (?:or concerns )?about (?:our|this) privacy (?:policy|notice)\b.{0,200}"
        r"|(?:this feature|cookies?) (?:allows?|helps?|enables?|lets?) .{1,60} to personali[sz]e your experience\b.{0,300}"
        r"|by (?:continuing|using|clicking|browsing|scrolling|choosing|selecting|tapping)\b.{0,100}(?:cookies?|privacy policy)\b.{0,200}"
        r"|(?:accept|reject|decline|allow|deny|manage|customi[sz]e|refuse)(?: all| necessary| essential| optional)?(?: cookies| settings| preferences| choices| and (?:close|continue))?\W{0,3}"
        r"|(?:strictly necessary|necessary|essential|functional|performance|analytics|analytical|advertising|marketing|targeting|non-necessary) cookies (?:are|help|allow|collect|is|may|track|used)\b.{0,300}(?:website|site|browser|consent|function)\b.{0,300}"
        r"|(?:cookie|privacy|consent) (?:settings|preferences|policy|notice|statement|choices|banner)\W{0,3}|i (?:accept|agree|consent)\W{0,3}|got it\W{0,3}"
        r"|(?:(?:privacy policy|terms (?:of (?:use|service)|and conditions|& conditions)|do not sell(?: or share)? my (?:personal )?information|your privacy choices|imprint|impressum|datenschutz(?:erklärung)?|mentions légales|aviso legal|política de privacidad|informativa (?:sulla )?privacy|polityka prywatności)\W{0,3}){1,4}"
        r"|(?:wir verwenden|diese (?:web)?seite verwendet|wir nutzen) cookies\b.{0,400}|(?:alle )?(?:akzeptieren|ablehnen)\W{0,3}|einstellungen\W{0,3}"
        r"|(?:nous utilisons|ce site utilise) des cookies\b.{0,400}|tout (?:accepter|refuser)\W{0,3}"
        r"|(?:utilizamos|usamos|este sitio (?:web )?utiliza) cookies\b.{0,400}|(?:aceptar|rechazar)(?: todo| todas| cookies)?\W{0,3}"
        r"|(?:utilizziamo|questo sito utilizza) (?:i )?cookie\b.{0,400}|(?:accetta|rifiuta)(?: tutti| tutto)?\W{0,3}"
        r"|(?:używamy|ta strona (?:używa|korzysta z)) (?:plików )?cookies?\b.{0,400}|(?:akceptuję|zgadzam się|odrzuć)\W{0,3}",
        "cookie or consent notice, and legal links",
        examples=("We use cookies to improve your experience. By continuing, you agree to our use of cookies.", "Accept all cookies",
                  "Privacy Policy", "Cookie settings", "Wir verwenden Cookies", "Aceptar todas",
                  "By choosing I Accept , you consent to our use of cookies and other tracking technologies.",
                  "Your privacy is important to us. We have updated our privacy policy to better explain how we use data.",
                  "We are committed to protecting your personal information and we have updated our Privacy Policy to comply with the GDPR.",
                  "Please review our Privacy Policy . It contains details about the types of data we collect.",
                  "This feature allows Example to personalise your experience so that you get the most out of your visit."),
        counterexamples=("Regulators say many websites use cookies to track users across the web.",
                         "Bake the cookies for 12 minutes, until golden."),
        max_words=80,
    ),
)

# One part of a post's meta line besides its date: a comment count, a section, an author, tags.
_META_PART = (r"(?:\d+ (?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarzy?|comentários)"
              r"|(?:in|by|von|par|por|di|posted in|filed under|(?:posted|published|publicado|publié|veröffentlicht|pubblicato) (?:by|por|par|von|da)\s*:?"
              r"|(?:category|categoria|categoría|catégorie|kategorie|tags?)\s*:) [^/|·•]{1,60}?)")
_META_SEP = r"\s*(?:/|\||·|•| - | – )\s*"

# Lines that only label or count: a label whose value was a link or an image,
# a bare count (shares, comments, the page of a gallery).
RULES += (
    Rule(
        "meta-label", "byline",
        r"(?:by|von|par|por|door|author|authors|autor|autorin|auteur|autore|written by|posted by|publish(?:ed)? (?:date|on)|date|posted on|updated|last updated"
        r"|veröffentlicht(?: am)?|publié le|publicado(?: el| em)?|pubblicato(?: il)?|opublikowano)\s*:?"
        r"|(?:photo|photos|foto|fotos|фото|bild|image|credit|credits|source|quelle|fuente|fonte|źródło|источник)\s*:",
        "a byline, date or credit label whose value was a link or on another line: nothing but the label is left",
        examples=("By", "Von", "Par", "Por", "Door", "Author:", "Publish date:", "Publicado el", "Фото:", "Photo:"),
        counterexamples=("By now, everyone knows.",),
        max_words=3,
    ),
    Rule(
        "post-meta", "byline",
        rf"(?=[^/|·•–-]{{0,200}}[/|·•–-])(?:{_META_PART}{_META_SEP}){{0,4}}(?:{_DATETIME})(?:{_META_SEP}(?:{_META_PART}|{_DATETIME})){{1,5}}\W{{0,3}}",
        "a post's meta line: date, comment count, section and author between separators",
        triggers=("0",),
        examples=("October 15, 2018 / 0 Comments / in Example News / by jdadmin", "By Jane Doe | March 2, 2024 | 4 Comments",
                  "05/10/2018 - Publicado por: Clara Silva - Categoria: Saúde - Tags: carro roubo"),
        counterexamples=("March 2, 2024 was the day the strike began, and 4 comments were filed.",),
        max_words=40,
    ),
    Rule(
        "bare-count", "share",
        r"\d{1,3}(?:[,.]\d{3})*(?:[,.]\d)?[km]?(?:\s+\d{1,3}(?:[,.]\d{3})*(?:[,.]\d)?[km]?){0,4}|\d{7,40}"
        r"|(?:new,?\s*)?\d{1,5}\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarzy?|comentários|responses|replies)|\d{1,3}\s*(?:of|/|von|de|di|z|van|sur|из)\s*/?\s*\d{1,3}"
        r"|(?:image|photo|picture|slide|foto|bild|imagen|immagine|zdjęcie|photo|фото)s?\s*\d{1,3}\s*(?:of|/|von|de|di|z|van|sur|из)\s*/?\s*\d{1,3}",
        "a bare number: a share, comment or view count, or the page of a gallery",
        examples=("New, 15 comments", "0", "6", "1.2k", "4 55 3", "1 / 4", "Image 1 of 5", "Image 1 of / 4"),
        counterexamples=("1 of 4 Grass Valley's Dionicio Torres looks at the gas cans.",),
        max_words=5,
    ),
)

# Tail furniture: what ends an article on many sites, and could be body
# anywhere else ("Jane Doe is a reporter who was jailed..."), so it only goes
# at the end (role "tail", see classify._tail).
RULES += (
    Rule(
        "author-bio", "byline",
        rf"(?=.{{1,100}}?\s(?:is|was|ist|est|es|è|jest|é|er|är)\s){_NAMES}(?:\s*\([^()]{{1,40}}\))? (?:is|was|ist|est|es|è|jest|é|er|är) (?:a|an|the|ein|eine|un|une|una|uno|um|uma|een|en|ett)? ?(?:\S+ ){{0,6}}?{_ROLE}\b.{{0,300}}",
        "an author's bio at the end of the article",
        triggers=tuple(_ROLE_WORDS),
        examples=("Jane Doe is a reporter for Example News.", "Jane Doe (@janedoe) is an Ideas contributor at Example and the host of a daily show.",
                  "John Roe is a freelance writer living in Minneapolis", "Max Mustermann ist Redakteur im Ressort Wirtschaft."),
        counterexamples=("The reporter is a veteran of three wars.",),
        role="tail",
        max_words=70,
    ),
    Rule(
        "joined-bio", "byline",
        rf"(?-i:\p{{Lu}}\p{{L}}+)(?: (?-i:\p{{Lu}}\p{{L}}+)){{0,2}} joined \S+(?: \S+){{0,4}} in (?:{_MONTH} )?\d{{4}}\b.{{0,300}}",
        "an author's bio at the end of the article: when the writer joined the publication",
        triggers=("joined",),
        examples=("Jane joined Example Magazine in March 2017. She has been reporting on energy since 2009.",),
        counterexamples=("Smith joined the protest in the rain outside the ministry.",),
        role="tail",
        max_words=60,
    ),
    Rule(
        "publisher-blurb", "copyright",
        rf"(?=.{{1,120}}?\s(?:is|are)\s){_NAMES}(?:,? (?:LLC|Inc\.?|Ltd\.?|GmbH|plc|S\.A\.|AG))?,? (?:is|are) (?:a |an |the )?(?:wholly[- ]owned )?(?:subsidiary|part|division|unit|brand|member|publication|property|trademark) of\b.{{1,200}}",
        "who publishes the site: a line of the footer",
        triggers=("subsidiary", "division", "part", "publication", "property", "brand"),
        examples=("Example Reporter, LLC is a subsidiary of Example Global Media, LLC.",
                  "Example Science is part of Example US Inc, an international media group and leading digital publisher."),
        counterexamples=("Part of the bridge collapsed on Tuesday.",),
        role="tail",
        max_words=60,
    ),
    Rule(
        "company-blurb", "copyright",
        rf"(?=.{{1,120}}?\s(?:is|are)\s)(?=.{{0,1000}}?\b(?:headquartered|employs|employees|founded in|offices in|for more information|visit|www\.|listed on|traded on)\b)"
        rf"{_NAMES}(?:,? (?:LLC|Inc\.?|Ltd\.?|GmbH|plc|S\.A\.|AG|SE|N\.V\.))?,? (?:is|are) (?:a|an|the|one of the) (?:\S+ ){{0,5}}?"
        rf"(?:providers?|leaders?|company|companies|manufacturers?|developers?|suppliers?|firms?|makers?|operators?|pioneers?|specialists?) (?:of|in|for|focused on|that|with|dedicated to)\b.{{1,1000}}",
        "the boilerplate paragraph about the company that ends a press release",
        # The markers the pattern requires are rarer than its nouns.
        triggers=("headquartered", "employs", "employees", "founded", "offices", "information", "visit", "www", "listed", "traded"),
        examples=("Example is a global solutions provider focused on healthcare ICT and mobile workflow solutions. Example is headquartered in Baar.",
                  "Example Corp. is a leading provider of cloud software for hospitals, with offices in 12 countries. For more information, visit example.com."),
        counterexamples=("Example is one of the largest makers of chips in Asia, and its shares fell 4% on Tuesday.",),
        role="tail",
        max_words=200,
    ),
    Rule(
        "author-follow", "promo",
        r".{0,300}\bfollow (?:him|her|them|me) (?:on|at) (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)\b.{0,150}",
        "the author's social-media pitch at the end of the article",
        triggers=("follow",),
        examples=("Jane Doe's book about the search for alien life is out now. Follow her on Twitter @janedoe.",),
        counterexamples=("Fans can follow the band on tour this summer, organisers said.",),
        role="tail",
        max_words=80,
    ),
    Rule(
        "role-line", "byline",
        rf"(?:{_ROLE}|(?=.{{1,60}}?\s(?:covers|writes about|reports on|is the author of)\b){_NAMES} (?:covers|writes about|reports on|is the author of)\b.{{1,200}})(?: (?:at|for|with|of|bei|chez|en|di|w) (?-i:\p{{Lu}})\S*(?: \S+){{0,4}})?\W{{0,3}}",
        "the author's role, or a one-line bio, at the end of the article",
        triggers=tuple(_ROLE_WORDS) + ("covers", "writes", "reports", "author"),
        examples=("Senior editor at Example.", "Staff Writer", "Jane covers Apple news for Example and hosts the weekly podcast."),
        counterexamples=("The editor resigned.",),
        role="tail",
        max_words=50,
    ),
    Rule(
        "about-author", "byline",
        r"(?:about the authors?|about (?:the )?(?:writer|reporter|contributor|author)|über (?:den autor|die autorin|die autoren)|à propos de l(?:'|’)auteur|sobre (?:el|o|a) autora?"
        r"|sull(?:'|’)autore|o autorze|over de auteur|(?:about|über|sobre|à propos de|acerca de) (?-i:\p{Lu}\p{L}+)(?: (?-i:\p{Lu}\p{L}+)){0,2})\W{0,3}",
        "the heading of an author's bio at the end of the article",
        examples=("About the author", "Über Max Mustermann", "Sobre Carlos Silva", "À propos de l'auteur", "About Example"),
        counterexamples=("About 200 people came.",),
        role="tail",
        max_words=6,
    ),
)

RULES += (
    Rule(
        "poll-result", "boilerplate",
        r".{1,200}\(\d{1,3}(?:[.,]\d+)?\s*%,\s*[\d,.]+ (?:votes?|stimmen|votes|votos|voti|głos\w*)\)",
        "an answer of a reader poll with its share of the votes",
        triggers=("%",),
        examples=("Yes, the game is cool (29%, 1,186 Votes)",),
        counterexamples=("Turnout was 61% (up from 55%), officials said.",),
        max_words=40,
    ),
)

# News and photo agencies: a line that is only names and one of them is a byline or a credit.
_AGENCY = (r"(?:the )?(?:associated press|ap|reuters|agence france-presse|afp|bloomberg(?: news)?|dpa|press association|pa(?: media| wire| images)?"
           r"|ansa|efe|europa press|upi|xinhua|kyodo(?: news)?|tass|ria novosti|anadolu(?: agency)?|aap|pap|ctk|apa|belga|anp|sda|ats"
           r"|getty images|shutterstock|istock(?:photo)?|alamy|epa(?:-efe)?|picture alliance|imago|sipa|zuma(?: press| wire)?|nurphoto)")

RULES += (
    Rule(
        "agency-byline", "byline",
        rf"(?=.{{1,120}}$)(?:{_NAMES}\s*(?:,|\||/|–|—|-|·|for)?\s*)?{_AGENCY}(?:\s*(?:,|\||/)\s*{_AGENCY})?\W{{0,3}}",
        "names and a news or photo agency, nothing else: a byline or a picture credit",
        triggers=("associated", "ap", "reuters", "afp", "bloomberg", "dpa", "pa", "press", "ansa", "efe", "upi", "xinhua", "kyodo", "tass",
                  "ria", "anadolu", "aap", "pap", "ctk", "apa", "belga", "anp", "sda", "ats", "getty", "shutterstock", "istock",
                  "istockphoto", "alamy", "epa", "picture", "imago", "sipa", "zuma", "nurphoto"),
        examples=("Meg Kinnard and Errin Haines, Associated Press", "Alex Wong | Getty Images", "Jane Doe/AFP", "John Smith, Reuters", "Associated Press", "Tom Davies Associated Press"),
        counterexamples=("Jane Doe told Reuters the deal was off.",),
        max_words=14,
    ),
    Rule(
        "social-handle", "credit",
        r"(?=.{1,120}$)(?:@[\w.]{2,40}\W{0,3}|(?-i:\p{Lu})[\p{L}'’.\-]*(?: (?-i:\p{Lu})[\p{L}'’.\-]*){0,3} @[\w.]{2,40}(?:\s*[/|·•]\s*\d{1,2} \w+(?: ago)?)?\W{0,3})",
        "a social-media handle alone or after a name: whose photo or byline it is (\"Instagram: @x\" is left: in a list of accounts it is the content)",
        triggers=("@",),
        examples=("@janedoe14", "Jane Doe @janedoe / 2 days"),
        counterexamples=("She wrote: @janedoe is wrong about this, and here is why.", "Instagram: @janedoe"),
        max_words=8,
    ),
)

RULES += (
    Rule(
        "feedback-prompt", "boilerplate",
        r"(?:please )?(?:give|leave|provide|add) (?:us )?(?:an? |your )?(?:overall )?(?:site |page |article )?(?:rating|feedback)\W{0,3}"
        r"|(?:rate|bewerten sie|évaluez|valora|valuta|oceń) (?:this|diesen|dieses|cet|cette|este|esta|questo|questa|ten|ten) (?:article|story|post|page|artikel|beitrag|article|artículo|articolo|artykuł)\W{0,3}"
        r"|(?:was|is|did you find) this (?:article|story|post|page|information|answer) (?:helpful|useful)\W{0,3}(?:yes\W{0,3}no\W{0,3})?"
        r"|how (?:useful|helpful) (?:was|is|did you find) this (?:article|story|post|page)\W{0,3}"
        r"|(?:our journalists|we) strive for accuracy\b.{0,300}|.{0,120}\bour complaints policy\b.{0,200}"
        r"|(?:sie haben|haben sie) (?:einen )?fehler (?:im (?:text|artikel) )?(?:gefunden|entdeckt)\b.{0,100}|(?:signaler|signalez) une erreur\b.{0,60}"
        r"|(?:report|spotted) (?:a|an) (?:error|typo|mistake)\W{0,3}(?:(?:let us know|tell us|contact us|click here)\b.{0,40})?|(?:reportar|notificar) (?:un )?error\W{0,3}|segnala (?:un )?errore\W{0,3}|zgłoś błąd\W{0,3}",
        "a request to rate the page or report an error: the site's, not the article's",
        triggers=("complaints",),
        examples=("Please give an overall site rating:", "Rate this article", "Sie haben Fehler im Text gefunden?", "Signaler une erreur", "Was this article helpful?", "How useful was this article?",
                  "Our journalists strive for accuracy but on occasion we make mistakes. For further details of our complaints policy click here."),
        counterexamples=("Users can rate this product on a five-point scale, the company said.",
                         "Report a mistake to the tax office within 30 days, officials said."),
        max_words=45,
    ),
)

RULES += (
    Rule(
        "contact-line", "boilerplate",
        r"(?:e-?mail|contact|kontakt|tel|phone|fax|telefon|téléphone|teléfono|telefone)\.?\s*:?\s*[\w.+-]{1,60}@[\w-]{1,60}(?:\.[\w-]{1,20}){1,3}\W{0,3}",
        "a contact address on a line of its own",
        examples=("E-mail info@example.com", "Contact: press@example.org"),
        counterexamples=("Email the council at info@example.com before Friday to register your objection.",),
        max_words=8,
    ),
    Rule(
        "separator-line", "html-residue",
        r"[_=~*#.·•\-–—]{10,}",
        "a line drawn with characters: a separator (AP's short \"___\" between an article's sections is left alone)",
        triggers=("_",),
        examples=("__________", "______________________________"),
        counterexamples=("___ was the word she left blank.",),
        max_words=1,
    ),
)
