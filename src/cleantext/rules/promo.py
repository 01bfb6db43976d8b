"""Promotions around the article: newsletters, apps, social accounts, share bars, ads."""
from __future__ import annotations

from . import Rule

# Share-bar and follow-us vocabulary. These are the buttons every share bar
# carries, whatever the site; a line made only of them is furniture.
_PLATFORMS = (r"(?:facebook|twitter|x|whatsapp|pint|telegram|linkedin|reddit|pinterest|instagram|tiktok|youtube|"
              r"threads|bluesky|mastodon|flipboard|pocket|tumblr|vk|viber|line|wechat|weibo|xing|messenger|"
              r"e-?mail|mail|sms|print|copy(?: the)? link|copy url|link kopieren|lien copié|copiar (?:enlace|link)|copia link)")
_SHARE_VERB = r"(?:share|tweet|pin|post|email|send|teilen|partager|compartir|condividi|udostępnij|delen|dela|del|compartilhar|compartilhe|sdílet|megosztás|paylaş|поделиться|drucken|imprimer|imprimir|stampa|drukuj|versenden)"

RULES: tuple[Rule, ...] = (
    Rule(
        "newsletter-signup", "promo",
        r"(?:sign up|subscribe|register|join|opt in)(?: now| today| here)? (?:for|to) (?:our|the|my|a|his|her|their)? ?(?:free |daily |weekly |morning |evening |email |e-mail )*"
        r"(?:\S+ ){0,4}?(?:newsletters?|briefings?|digest|bulletin|mailing list|emails?|alerts?)\b.{0,140}"
        r"|(?:get|receive|have) (?:our |the )?(?:\S+ ){0,6}?(?:newsletters?|briefing|headlines|stories|news|updates|best of \S+)\b.{0,40}?(?:delivered )?(?:straight |directly |right )?(?:to|in|into) your inbox\b.{0,80}"
        r"|(?:enter|your) (?:your )?e-?mail(?: address)?\W{0,3}(?:here\W{0,3})?|e-?mail address\W{0,3}"
        r"|(?:free )?newsletters?(?: sign[- ]?up| signup)?\W{0,3}|(?:join|get) our newsletter\W{0,3}.{0,80}|keep up to date\W{0,3}|stay (?:informed|up to date|in the know)(?: with .{1,40})?\W{0,3}"
        r"|get (?:breaking news|news) alerts\b.{0,120}|(?:sorry,? )?we (?:could not|couldn(?:'|’)t) verify that email address\b.{0,120}"
        r"|(?:[^.?!]{0,60}[.?!]\s+)?(?:the )?(?:news|stories) (?:and stories )?that matters?,? delivered\b.{0,80}|support (?:independent|our|quality) (?:journalism|fact-checking|reporting)\W{0,3}.{0,60}"
        r"|(?:\S+ ){0,4}needs your (?:help|support)\W{0,3}.{0,120}|(?:please )?(?:consider )?(?:supporting|support) us\W{0,3}.{0,120}"
        r"|sign[- ]?up\s*:.{1,250}|keep an eye on your inbox\b.{0,120}|(?:have|got) a (?:confidential |news |story )*tip\W.{0,200}"
        r"|.{0,200}\b(?:delivered|sent(?= (?:straight|directly|right) )|straight) (?:straight |directly |right )?(?:to|into) your inbox\b.{0,200}"
        r"|support (?:\S+ ){1,3}so (?:that )?(?:we|they) (?:can )?(?:continue|keep)\b.{0,200}|support (?:\S+ ){1,3}and make a difference\b.{0,200}"
        r"|join (?:our|the) (?:\S+ ){0,3}(?:forums?|community|discussions?)\b.{0,200}"
        r"|(?:by (?:signing up|subscribing|clicking|joining|becoming a (?:member|subscriber))|(?:thank you|thanks) for (?:signing up|subscribing))\b.{0,200}"
        r"|(?:see|view|browse) all newsletters\W{0,3}|(?-i:\p{Lu})\S*(?: \S+){0,2} newsletter(?:\s*[:!»›>-])?|(?:want more [^?]{1,40}\?\s*)?(?:join|get|try) (?:the|our) (?:\S+ ){0,4}newsletter\b.{0,80}"
        r"|if you (?:enjoyed|liked|value|appreciate|found)(?: reading)? (?:this|our) (?:article|story|post|piece|work|journalism|reporting)\b.{0,250}"
        r"|you(?: have|'ve|’ve)? (?:successfully |succesfully )?(?:subscribed|signed up)\b.{0,100}|(?:subscribe |sign up )?(?:no,? thanks|no thank you|maybe later|not now)\W{0,3}"
        r"|want (?:more|to read more) (?:stories|articles|news|content|posts) like this\W{0,3}"
        r"|(?:[^.?!]{0,100}[.?!]\s+)?click here to support (?:it|us|our \w+)\W{0,3}|.{0,150}\b(?:take|taking|complete|completing) (?:our|this) (?:short |quick |brief )?(?:reader )?survey\b.{0,100}"
        r"|thanks? (?:you )?for contacting us\b.{0,120}|we(?:'ve|’ve| have) received your (?:submission|message|request|enquiry|inquiry)\b.{0,100}"
        r"|.{0,100}\b(?:click (?:here )?to turn on (?:browser |push |desktop )?|turn on (?:browser|push|desktop) )notifications\b.{0,60}"
        r"|(?:[^.?!]{0,80}[.?!]\s+)?subscribe to (?:our sister (?:title|site|publication|magazine) )?[\"“]?(?-i:\p{Lu})\S*(?: (?-i:\p{Lu})\S*){0,3} (?:and|for|to get|to receive)\b.{0,150}"
        r"|(?:[^.?!]{0,60}\s)?newsletter(?:-anmeldung| abonnieren)\b.{0,60}|(?:melden sie sich|abonnieren sie) (?:hier |jetzt )?(?:für )?(?:unseren|den) newsletter\b.{0,80}"
        r"|(?:inscrivez-vous|abonnez-vous) à (?:notre|la) newsletter\b.{0,80}|recevez (?:notre|la) newsletter\b.{0,60}"
        r"|(?:suscr[íi]bete|apúntate|regístrate) (?:a|en) (?:nuestra|nuestro|la|el) (?:newsletter|boletín)\b.{0,80}"
        r"|(?:iscriviti|registrati) alla (?:nostra )?newsletter\b.{0,80}|(?:zapisz się|zasubskrybuj) (?:do )?(?:naszego )?newslettera?\b.{0,80}"
        r"|(?:schrijf je in|meld je aan) (?:voor|op) (?:onze|de) nieuwsbrief\b.{0,80}|assine (?:a|nossa) newsletter\b.{0,80}",
        "newsletter sign-up promo",
        triggers=("needs", "inbox", "newsletter", "newsletters", "mailing", "subscribe", "notifications", "support", "survey"),
        examples=("Sign up for our newsletter", "Get the best stories delivered to your inbox every morning.", "Newsletter sign up", "Keep up to date",
                  "Support independent fact-checking", "Sign Up: Stay on top of the latest news! Sign up for our Email Newsletters here.",
                  "There's plenty more where that came from. Sign up today to get the free daily newsletter delivered to your inbox daily.",
                  "Keep an eye on your inbox for the latest sports news.", "Join our Space Forums to keep talking space!",
                  "Enter your email address", "Newsletter", "By signing up, you agree to our Terms of Use and Privacy Policy.",
                  "Melden Sie sich für unseren Newsletter an", "Suscríbete a nuestra newsletter",
                  "Subscribe No thanks", "You have successfully subscribed. Thank you!", "Want more stories like this?",
                  "Thanks for contacting us. We've received your submission.", "Do you rely on Example reporting? Click here to support it.",
                  "Welcome to our new article page. Tell us what you think about our new look by taking this survey.", "GET BREAKING NEWS IN YOUR BROWSER. CLICK HERE TO TURN ON NOTIFICATIONS.",
                  "Subscribe to EXAMPLE and stay smart with more of your favorite writers.",
                  "Need more space? Subscribe to our sister title Example Magazine for the latest news!",
                  "Got a confidential news tip? We want to hear from you.", "If you enjoyed this article, we have a proposition for you: Join EXAMPLE+."),
        counterexamples=("The newsletter, which has 40,000 readers, was founded in 2011 by two former teachers.", "She founded the newsletter.",
                         "Researchers asked 2,000 adults to complete a survey about their sleep.",
                         "Users can turn on notifications in the app's settings, the company said.",
                         "“‘Sign up for our newsletter’ on a flyer was the whole strategy,” she said."),
        role="heading",
        max_words=40,
    ),
    Rule(
        "app-promo", "promo",
        r"(?:download|get|install|try)(?: the| our)?(?: free| new| latest)? (?:\S+ ){0,3}?app\b.{0,100}"
        r"|(?:available|download it|get it) on (?:the )?(?:app store|google play|play store)\b.{0,60}"
        r"|(?:app store|google play|play store)\W{0,3}|download\s*:\s*\S+(?: \S+){0,3}"
        r"|read (?:this|it|more) (?:in|on) (?:the|our) app\b.{0,60}|(?:the )?(?:new |free |official )?(?:\S+ ){0,3}app\s*:.{0,100}\bdownload(?: now| it| free)?\W{0,3}|open in app\W{0,3}|(?:click|tap) here to (?:get|download|install) (?:the |our )?.{0,40}\bapp\W{0,3}"
        r"|(?:laden sie|hol dir) (?:die|unsere) app\b.{0,60}|téléchargez (?:l'|notre )application\b.{0,60}"
        r"|descarga (?:la|nuestra) app\b.{0,60}|scarica (?:la|l'|la nostra )app\b.{0,60}|pobierz aplikację\b.{0,60}",
        "app download promo",
        examples=("Download our app for the latest news", "Get the app", "Download: http://example.com/app", "Available on the App Store", "Google Play", "Open in app",
                  "The New Example News App: THE MOST TRUSTED NEWS. ANYTIME. ANYWHERE DOWNLOAD"),
        counterexamples=("Download speeds on the new network are twice as fast as before, the regulator said.",),
        max_words=30,
    ),
    Rule(
        "follow-us", "promo",
        rf"(?:follow|like|join|find|connect with|subscribe to|catch) (?:us|our \S+(?: \S+)?)(?: (?:on|at|via|in))? {_PLATFORMS}\b.{{0,120}}"
        rf"|(?:follow|join) (?:us|our (?:\S+ )?(?:channel|page|community|group))(?: on| at| via)?\W{{0,3}}"
        rf"|(?:follow|join|subscribe to) (?:us on |our )?{_PLATFORMS} (?:channel|page|group|community|account)\b.{{0,80}}"
        rf"|subscribe to (?:the |our )?\S+(?: \S+)? (?:on youtube|youtube channel)\b.{{0,120}}"
        rf"|(?:click here|tap here) to (?:join|follow|subscribe)\b.{{0,120}}"
        rf"|follow (?:\S+ ){{1,8}}on {_PLATFORMS}\b.{{0,160}}|follow (?:\S+ ){{1,3}}on\s*:?"
        r"|(?:folgen sie uns|folge uns)\b.{0,80}|suivez-nous\b.{0,80}|(?:síguenos|siguenos)\b.{0,80}|seguici\b.{0,80}|obserwuj nas\b.{0,80}|volg ons\b.{0,80}|siga-nos\b.{0,80}"
        r"|(?:подписывайтесь|подпишитесь) на (?:нас|автора|наш (?:канал|телеграм)|наши (?:каналы|соцсети))\b.{0,80}|bizi takip edin\b.{0,80}"
        r"|stay (?:connected|updated|informed) (?:with|on)\b.{0,80}|follow (?:the )?topics (?:within|in|of) this (?:article|story)\W{0,3}",
        "invitation to follow the site on a social network or messaging channel",
        examples=("Follow us on Twitter and Facebook", "Follow The Example Opinion section on Facebook, Twitter and Instagram.", "Join our WhatsApp channel for the latest updates",
                  "Click here to join our Telegram channel", "Folgen Sie uns auf Instagram", "Síguenos en Facebook", "Follow Example on",
                  "Подписывайтесь на автора:", "Подписывайтесь на наш канал в Telegram", "Bizi takip edin: Twitter, Instagram"),
        counterexamples=("Follow the money, the investigators were told.", "Подписывайтесь на рассылку, сказал министр, и вы узнаете всё первыми."),
        max_words=30,
    ),
    Rule(
        "share-bar", "share",
        rf"(?:{_SHARE_VERB}(?: (?:this|the|on|via|to|with|article|story|post|page|artikel|article|artículo|articolo|artykuł|now))*\W{{0,3}}"
        rf"|{_PLATFORMS}\W{{0,3}}|(?:{_SHARE_VERB}|{_PLATFORMS})(?:(?:\s*[|/•·,]\s*|\s+)(?:{_SHARE_VERB} (?:via|per|by) )?(?:{_SHARE_VERB}|{_PLATFORMS}))+\W{{0,3}}"
        rf"|{_SHARE_VERB}(?: this| it)? (?:on|via|with|per|auf|sur|en|su|na|op|por|no) {_PLATFORMS}\W{{0,3}}|sharing is caring\W{{0,3}}"
        r"|(?:print|e-?mail|share|save)(?: this)? (?:article|story|page|post)\W{0,3}(?:share|send|e-?mail)(?: it| this)?(?: with (?:your |a )?friends?)?\W{0,3}"
        r"|(?:share|send) (?:it|this|this article|this story) (?:with|to) (?:your |a )?friends?\W{0,3}"
        r"|(?:(?:diesen|den) )?(?:artikel|beitrag|seite) (?:teilen|drucken|versenden|verschicken|vorlesen|anhören)\W{0,3}|teilen sie (?:diesen|den) (?:artikel|beitrag)\W{0,3}"
        r"|(?:partager|imprimer) (?:cet|l')\s?article\W{0,3}|compartir (?:este|el) artículo\W{0,3}|condividi (?:questo|l')\s?articolo\W{0,3}|udostępnij (?:ten )?artykuł\W{0,3}"
        r"|compartilhe? (?:este|o) (?:artigo|post)\W{0,3}|deel (?:dit|het) artikel\W{0,3}|dela (?:artikeln|den här artikeln)\W{0,3}|sdílet článek\W{0,3}|(?:bu )?(?:haberi|yazıyı) paylaş\W{0,3}"
        r"|(?:zur )?merkliste(?: hinzufügen)?\W{0,3}|écouter (?:cet|l')\s?article\W{0,3}|escuchar (?:este|el) artículo\W{0,3}|ascolta (?:questo|l')\s?articolo\W{0,3}"
        r"|(?:envoyer|enviar|inviare|versenden|senden|wyślij) (?:par |por |per |via |przez )?(?:e-?mail|correo|courriel)\W{0,3}"
        r"|\d[\d,.]*k? (?:shares?|comments?|views?|reads?)\W{0,3}|shares?\W{0,3}"
        r"|(?:click|tap) (?:to|here to) (?:share|copy|print|email)\b.{0,40}|(?:print|pin|save|rate|review)(?: this)? (?:recipe|article|story|page)\W{0,3}|pin it\W{0,3}|(?:artikel |beitrag )?merken|merkliste|like this\W{0,3}|(?:like )?loading\W{0,5}|(?:like|enjoy(?:ed)?|love) (?:this|the) (?:story|article|post)\W{1,3}share it\b.{0,60}"
        r"|link copied\W{0,3}|gift (?:this )?article\W{0,3}|close (?:the )?share (?:panel|menu|options|dialog)\W{0,3}|read more about sharing\W{0,3}|share all sharing options(?: for\s*:.{1,200})?\W{0,3}"
        r"|(?:show )?more sharing options\W{0,3}|copy (?:this|the) link\W{0,3}|get (?:a )?short (?:url|link)\W{0,3}|these are external links and will open in a new window\W{0,3}"
        rf"|{_SHARE_VERB} (?:on|via)\s*:\s*(?:(?:{_PLATFORMS}|google\+)\W*){{1,8}}"
        r"|(?:save|bookmark)(?: (?:this )?(?:article|story|for later))?\W{0,3}|(?:listen|listen to)(?: this)? (?:article|story)\b.{0,40}"
        r"|(?:\d{1,2}:\d{2} )?(?:min|mins|minutes?) (?:listen|read)\W{0,3})",
        "share bar and article tools (share, tweet, e-mail, print, save, listen)",
        examples=("Share", "Tweet", "WhatsApp", "Copy link", "Share this article", "Share on Facebook", "Facebook X LinkedIn Tumblr Pinterest WhatsApp Telegram Share via Email Print", "Facebook Twitter LinkedIn Email".replace(" ", " | "),
                  "Teilen", "Compartir", "1.2k shares", "Save for later", "Listen to this article",
                  "Print Recipe", "Pin it", "Artikel merken", "Share this on WhatsApp", "Sharing is caring!", "Close share panel", "Artikel teilen", "Teilen Sie diesen Artikel", "Drucken", "Envoyer par e-mail", "Imprimir", "Поделиться", "Share All sharing options", "Share All sharing options for: The law that is helping fuel the crisis",
                  "Share on: Facebook Twitter Reddit Google+", "Diesen Artikel teilen", "Deel dit artikel", "Dela artikeln", "Haberi Paylaş", "Paylaş", "Partager cet article", "Zur Merkliste hinzufügen", "Artikel vorlesen", "Copy this link", "These are external links and will open in a new window", "Print This Article Share it With Friends", "Like this:", "Like Loading...", "Whatsapp Facebook Pint", "Share Tweet"),
        counterexamples=("Share prices rose 4% in early trading.", "Print media revenue fell for the tenth year in a row."),
        role="inline",
    ),
    Rule(
        "advertisement", "advertisement",
        r"(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?| stories)?|promoted(?: content| stories)?|paid (?:content|post|partnership)|partner content"
        r"|(?:the )?(?:story|article|text|content) continues (?:below|after)(?: (?:this|the))? (?:advertisement|ad|advert)"
        r"|(?:continue|keep) reading (?:below|after)(?: the)?(?: ad(?:vertisement)?)?|continue reading the main story|scroll (?:down )?to continue(?: with content| reading)?"
        r"|supported by|(?:skip|close) (?:this )?ad|ad feedback|report (?:this )?ad|remove ads|go ad-free\b.{0,40}|ad-free\b.{0,60}"
        r"|スポンサードリンク|スポンサーリンク|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|реклама|advertentie|annonse|annons|mainos|reklame|reclame"
        r"|(?:weiter|weiterlesen|fortsetzung) nach der (?:anzeige|werbung)|la suite (?:ci-dessous|après la publicité)|continua (?:dopo|sotto) la pubblicità|dalsza część artykułu (?:pod|poniżej) .{1,40}"
        r"|artikel wird (?:nach|unter) der anzeige fortgesetzt|la suite après (?:cette )?(?:publicité|la publicité)|sigue leyendo (?:después|debajo) (?:del|de la) (?:anuncio|publicidad)|continua a leggere dopo la pubblicità)\W{0,3}",
        "advertisement marker",
        examples=("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored content", "Anzeige",
                  "Publicidad", "Scroll to continue with content", "Ad Feedback", "Supported by", "Реклама",
                  "Weiter nach der Anzeige", "Dalsza część artykułu pod materiałem wideo"),
        counterexamples=("Advertisement revenue fell 12% in the quarter.", "Advertising is the paper's main source of income."),
        role="inline",
    ),
)

RULES += (
    Rule(
        "ad-blocker-notice", "advertisement",
        r"(?:please )?(?:turn off|disable|pause|switch off|whitelist|allowlist) (?:your |the )?ad ?-?blocker\b.{0,200}"
        r"|.{0,150}\b(?:urge|ask) you to (?:turn off|disable|pause|switch off|whitelist) (?:your |the )?ad ?-?blocker\b.{0,200}"
        r"|we rely on (?:advertising|ads|ad revenue) to (?:help )?(?:fund|support|pay for|keep)\b.{0,200}|(?=.{0,300}?\bad ?-?block).{0,150}\b(?:relies|rely|depend|depends) on (?:advertising|ads)\b.{0,250}|visit our ad ?-?blocking instructions\b.{0,60}"
        r"|(?:it looks like|we (?:noticed|see|detected)|looks like) you(?:'re| are)? (?:using|running|have) an? ad ?-?blocker\b.{0,200}"
        r"|.{0,150}\b(?:deaktivieren sie (?:bitte )?(?:ihren|den) (?:adblocker|werbeblocker)|(?:désactivez|désactiver) (?:votre|le) (?:bloqueur de (?:publicité|pub)|adblock)"
        r"|desactiva (?:tu|el) (?:bloqueador de (?:anuncios|publicidad)|adblock)|disattiva (?:il tuo |l(?:'|’))?adblock|wyłącz (?:adblocka|blokowanie reklam)|desative (?:o )?(?:seu )?(?:bloqueador de anúncios|adblock))\b.{0,200}",
        "a notice asking the reader to turn off an ad blocker",
        triggers=("blocker", "adblocker", "relies", "rely", "depend", "depends", "deaktivieren", "désactivez", "désactiver", "desactiva", "disattiva", "wyłącz", "desative"),
        examples=("We rely on advertising to help fund our award-winning journalism.",
                  "We urge you to turn off your ad blocker for Example so that you can continue to access our quality content in the future.",
                  "Visit our adblocking instructions page.", "Example relies on advertising to support our journalism. If you value our work, please disable your ad blocker.", "It looks like you're using an ad blocker.",
                  "Bitte deaktivieren Sie Ihren Adblocker für diese Seite.", "Désactivez votre bloqueur de publicité pour continuer."),
        counterexamples=("Ad blockers are installed on a quarter of desktop browsers, the survey found.",),
        max_words=50,
    ),
    Rule(
        "browser-notice", "boilerplate",
        r".{0,200}\bplease (?:update|upgrade|switch) (?:to )?(?:a |your )?(?:modern|newer|supported|recent|different|latest)(?: version of your)? browser\b.{0,200}"
        r"|(?:your|this) browser (?:is not supported|is out of date|is outdated|does not support (?:the |this )?(?:video|audio|iframes?|javascript|html5))\b.{0,200}"
        r"|we(?:'ve| have) detected (?:that )?you(?:'re| are) (?:using|on) .{1,60}"
        r"|thanks for watching\W{0,3}(?:visit (?:the )?website\W{0,3})?|visit (?:the )?website\W{0,3}"
        r"|this (?:slideshow|video|gallery|content|page|feature|site|player|interactive) requires javascript\b.{0,100}|this site is protected by recaptcha\b.{0,200}",
        "a notice about the reader's browser, or a video player's leftovers",
        triggers=("browser",),
        examples=("We've detected you are on Internet Explorer. For the best experience, please update to a modern browser.",
                  "Your browser does not support the video tag.", "Thanks for watching! Visit Website",
                  "This slideshow requires JavaScript.", "This site is protected by reCAPTCHA and the Privacy Policy and Terms of Service apply."),
        counterexamples=("The company said users should update their browser to fix the flaw.",),
        max_words=50,
    ),
)

RULES += (
    Rule(
        "click-promo", "promo",
        r"(?:click|tap) (?:on )?(?:the |this )?(?:image|photo|picture|banner|thumbnail)(?: above| below| on the (?:left|right))? (?:to|and|for)\b.{0,300}"
        r"|(?:clique|clica|toque) (?:na (?:imagem|foto)|no banner|e (?:saiba|veja|confira))(?: acima| ao lado| abaixo)?\b.{0,300}"
        r"|(?:haz clic|haga clic|pincha|pulsa|clica) en (?:la imagen|la foto)\b.{0,300}"
        r"|clicca (?:sull(?:'|’)immagine|sulla foto)\b.{0,300}|cliquez sur (?:l(?:'|’)image|la photo)\b.{0,300}"
        r"|(?:klicken sie|klick) auf das bild\b.{0,300}|kliknij (?:w obrazek|na zdjęcie)\b.{0,300}",
        "an invitation to click through to another page",
        examples=("Click on the image to see the full ranking", "Clique na foto do colunista e veja as colunas", "Clique na imagem acima",
                  "Clique e saiba os horários da TV", "Haz clic en la imagen para ver la galería", "Klicken Sie auf das Bild"),
        counterexamples=("Click here to get more information or download this game.",),
        max_words=60,
    ),
)

RULES += (
    Rule(
        "newsletter-pitch", "promo",
        r"(?!.*[\"“”‘«»]).{0,100}\b(?:subscribe|sign up|register) (?:to|for) (?:our|my) (?:\S+ ){0,3}?(?:newsletters?|mailing list)\b.{0,100}"
        r"|(?:get|receive|have) .{0,60}\b(?:in|to|into) your inbox\W{0,3}"
        r"|get the best of \S+(?: \S+)? by e-?mail\b.{0,100}|(?:every (?:day|morning|week) )?we(?:'ll|’ll| will)? send (?:you )?(?:an? |one )?(?:daily |weekly |free )?(?:e-?mail|newsletter)s? (?:with|of|featuring) (?:the |our )?(?:top|best|latest|biggest|most)\b.{1,120}"
        r"|i (?:agree|consent)(?: that| to)? .{0,80}\b(?:send|e-?mail) me\b.{0,150}"
        r"|start (?:your|the) (?:day|morning|week) (?:off )?with\b(?=.{0,200}\b(?:newsletter|briefing|powered by|sign up|subscribe|inbox)\b).{1,250}",
        "a short line pitching the site's newsletter",
        triggers=("newsletter", "newsletters", "mailing", "inbox", "send", "start"),
        examples=("Stay up to date with Example. Subscribe to our newsletter.", "Please, fill the form to subscribe to our newsletter",
                  "Get More Stuff Like This in Your Inbox!", "Every day we send an email with the top stories from Example.",
                  "I agree that Example Sports can send me the \"Pick Six\" newsletter.",
                  "Start your day with the Opening Bell powered by Example. Example is the preferred reading material of finance professionals."),
        counterexamples=("Readers who sign up for the newsletter get a weekly digest.",
                         "Police warned that fake invoices are being sent to your inbox.",
                         "Start your day with a glass of water and a short walk, doctors advise.",
                         "We send an email with the details to all staff, the company said.",
                         "I would like them to send me the documents by Friday."),
        max_words=45,
    ),
    Rule(
        "live-promo", "promo",
        r"(?:watch|listen)(?: (?!live\b)\S+){0,2} live(?: now| tv| stream| radio)?\W{0,3}|(?:\S+ ){0,3}push notifications\W{0,3}"
        r"|(?:get|download|read|watch|listen to|follow|try) .{1,60} by clicking (?:here|this link|below)\W{0,3}|live now\s*:.{1,60}"
        r"|chat with us (?:on|in|via) (?:facebook )?(?:messenger|whatsapp|telegram)\b.{0,150}"
        r"|(?:[^.?!]{0,200}[.?!]\s+)?(?:click|tap) (?:here )?to subscribe\W{0,3}|(?:\S+ ){0,4}(?:--|—|–|-)\s*now on (?:youtube|instagram|tiktok|spotify|apple podcasts)\W{0,3}",
        "a button-like pitch: watch or listen live, turn on notifications, click for the site's app or channel",
        triggers=("push", "subscribe", "now"),
        examples=("Watch Example Live", "Listen live", "Example push notifications", "GET EXAMPLE BUSINESS ON THE GO BY CLICKING HERE", "Live Now: Your Morning",
                  "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.",
                  "In each episode of his weekly YouTube show, Jane Doe will delve a little deeper into politics. Click to subscribe!",
                  "THE POINT -- NOW ON YOUTUBE!"),
        counterexamples=("They watched the launch live from the beach.", "Push notifications were disabled by default, the report found.",
                         "Her videos are now on TikTok"),
        max_words=30,
    ),
    Rule(
        "print-offer", "pricing",
        # The offer's own words: "12 issues for $5" alone can be a sentence about a magazine's history.
        r"(?=.{0,300}\b(?:subscribe|subscription|abonnieren|abonnez|suscr[íi]bete|abbonati|assine|click|delivered|offer|today)\b)"
        r".{0,150}\b(?:\d{1,3}|twelve|six) (?:issues|editions|ausgaben|numéros|números|numeri|wydań) (?:for|für|pour|por|per|za) (?:only |just |nur )?[$£€]\s?\d.{0,150}",
        "a magazine subscription offer",
        triggers=("issues", "editions", "ausgaben", "numéros", "números", "numeri", "wydań"),
        examples=("Get Example Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.",
                  "Subscribe today: 6 issues for $10"),
        counterexamples=("The magazine printed 12 issues for subscribers before it closed in 1998.",
                         "In 1950 the magazine sold 12 issues for $5, a price it kept for a decade.",
                         "Get groceries delivered to your door within an hour, the company promises."),
        max_words=45,
    ),
)
