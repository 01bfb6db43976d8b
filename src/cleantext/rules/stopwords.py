"""Function words of the main European languages (and Indonesian/Malay and Vietnamese), for the text-density test.

Body text is dense in function words in any language; menus, headline lists,
tag clouds and credits are not. One union set serves every language: a word
that is a function word in one language and a content word in another
changes a density figure a little, never a decision on its own.
"""
from __future__ import annotations

_LISTS = {
    "en": """a about above after again against all also am an and any are as at be because been before being below between
        both but by can could did do does doing down during each few for from further had has have having he her here hers
        him his how i if in into is it its itself just may me might more most must my no nor not now of off on once only or
        other our ours out over own same she should so some such than that the their theirs them then there these they this
        those through to too under until up very was we were what when where which while who whom why will with would you your""",
    "de": """aber alle allem allen aller als also am an auch auf aus bei bin bis bist da damit dann das dass dem den denen der des
        dich die dies diese dieser dieses dir doch dort du durch ein eine einem einen einer eines er es für gegen hat hatte
        hier ich ihm ihn ihr ihre im in ist ja jetzt kann kein keine man mehr mich mit muss nach nicht noch nur ob oder ohne
        sehr sein seine sich sie sind so soll über um und uns unter vom von vor war waren was weil wenn wer wie wir wird wurde
        zu zum zur zwischen""",
    "fr": """à au aussi aux avec avoir ce ceci cela ces cet cette comme dans de des du elle elles en entre est et été être eu il
        ils je la le les leur leurs lui mais me même mes moi mon ne nos notre nous on ont ou où par pas peut plus pour qu que
        qui sa sans se ses si son sont sur ta te tes toi ton tous tout très tu un une vos votre vous y été était""",
    "es": """a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre
        era es esa ese eso esta este esto estos fue ha hay la las le les lo los más me mi muy nada ni no nos o otra otros para
        pero poco por porque que quien se ser si sin sobre son su sus también tanto te todo todos tu un una uno unos y ya""",
    "it": """a ai al alla alle anche che chi ci come con da dal dalla degli dei del della delle di dove e è ed gli ha hanno i il in
        io la le lei lo loro lui ma mi ne nei nel nella non noi o per più perché quando quella quello questa questo se si sono
        su sua suo sul sulla tra un una uno""",
    "pt": """a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta este eu foi há isso
        já mais mas me mesmo muito na nas não nem no nos o os ou para pela pelo por quando que quem se sem ser seu sua são
        também te tem um uma você""",
    "nl": """aan al als bij dan dat de der die dit doch door een en er had heb heeft hem het hij hoe hun ik in is je kan maar me
        met mij naar niet nog nu of om onder ons ook op over te tegen toch tot u uit van voor was wat we werd wie wij wordt
        zal ze zich zij zijn zo""",
    "pl": """a aby ale bez bo by być był była było były będzie co czy dla do gdy go i ich ja jak jako jest jego jej jeszcze już
        na nad nie nich nim o od oraz po pod przez przy się ta tak także tam te tego tej ten to tu tylko w we więc z za że
        żeby ze""",
    "sv": """alla att av blev bli de dem den denna det detta dig din du där efter ej eller en ett från för ha hade han hans har
        hon honom hur här i in inte jag kan man med mellan men mot mycket ni nu när och om oss på sig sin som till under upp
        ut var vad vi vid än är över""",
    "da_no": """af alle at blev da de dem den denne der det dig du efter eller en er et for fra ham han hans har havde hende
        hun hvad hvis hvor i ikke jeg kan man med meget men mig min når og om op på sig sin skal som til ud under var vi vil
        være også av bare blir eller fra hva hvor ikke jeg kan men meg og om på seg som til var vi være""",
    "cs_sk": """a aby ale ani až by byl byla bylo být do i jak jako je jeho jej její jen již jsem jsme jsou k kde když ku
        má mezi mi na nad ne než o od po pod pro proto při s se si tak také tam to tu už v ve však z za že sa som ako aj""",
    "ro": """a acest această al ale am ca care ce cu cum de din după el ea este fi fost în la lor mai mult nu o pe pentru sau
        se si și sunt un una unei unui""",
    "hu": """a az egy és hogy is nem de meg van volt már csak mint még ez azt ami ki mi el fel le""",
    "tr": """ve bir bu da de için ile olarak daha çok gibi ama en ne o kadar sonra ise""",
    "ru": """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще
        нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя
        ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет""",
    "fi": """ja on ei se että oli hän ovat tai kun myös jo niin sen kuin mutta vain ole ollut olla joka jotka mitä tämä
        nämä siitä sitä sillä ne he me te minä sinä hänen heidän kanssa mukaan jälkeen ennen vielä koska jos""",
    "et": """ja on ei see et oli ta nad ka kui aga ning või siis mis kes mida seda selle oma veel pärast enne""",
    "lt": """ir yra kad buvo su į iš tai jis ji jie bet kaip apie dėl po per nuo iki ar taip pat jau tik kai""",
    "lv": """un ir ka bija ar uz no par tas tā viņš viņa viņi bet kā arī jau tikai pēc pie līdz vai kad""",
    "hr_sr_bs_sl": """i je u na da se su za od do s sa kao što ali ili iz po koji koja koje kako bi bio bila bilo biti
        će još samo ni ne nije smo ste sam to ta taj te ti tako pa jer ako kad kada prema nakon pred pri in ki so za
        pa tudi ter bo ne še kot""",
    "uk_bg": """і й та в у на з із до від що як це не але за про по для при який яка які його її їх він вона вони
        було бути є також вже ще тільки коли щоб и в на с за от до по че се да не като това е са за които който
        която беше бил още след при""",
    "el": """και το η ο οι τα του της των τον την σε στο στη στην στα με για από που να θα δεν είναι ήταν ένα μια
        αλλά ή όπως μετά πριν κατά προς ως επίσης""",
    "ca": """el la els les de del dels i a al en amb per que és un una no es va són però com més també""",
    "id_ms": """dan yang di ke dari ini itu dengan untuk pada adalah tidak akan dalam juga atau oleh karena sudah
        telah bisa ada lebih mereka kami kita saya ia dia sebagai bahwa tersebut""",
    "vi": """và của là có được trong cho với các những một này đã không người khi để từ theo về cũng như đến
        nhưng thì sẽ đó tại""",
}

STOPWORDS: frozenset[str] = frozenset(w for words in _LISTS.values() for w in words.split())
