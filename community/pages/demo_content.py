"""Dutch demo content (B1 level) for the Deventer Wijkplein: neighbourhoods, topics, partners and information pages."""

NEIGHBOURHOODS = [
    "Binnenstad",
    "Keizerslanden",
    "Colmschate",
    "Rivierenwijk",
    "Zandweerd",
    "Voorstad",
    "Borgele",
    "Platvoet",
    "Schalkhaar",
    "De Hoven",
]

TOPICS = [
    {
        "slug": "slapen",
        "name": "Slapen",
        "description": "Goed slapen voor kinderen, tieners en ouders: een vast ritme, schermen in de avond en wat je doet als slapen niet lukt.",
    },
    {
        "slug": "stress",
        "name": "Stress",
        "description": "Spanning herkennen bij jezelf en in je gezin, en kleine manieren vinden om weer tot rust te komen.",
    },
    {
        "slug": "puberteit",
        "name": "Puberteit",
        "description": "Wat er verandert als je kind puber wordt, in het lijf en in het hoofd, en hoe je in contact blijft.",
    },
    {
        "slug": "scheiding",
        "name": "Scheiding",
        "description": "Uit elkaar gaan als je kinderen hebt: hoe je het vertelt, wat je samen regelt en hoe je allebei ouder blijft.",
    },
    {
        "slug": "social-media",
        "name": "Social media",
        "description": "Telefoon, apps en games: samen afspraken maken, veilig online zijn en wat je doet bij cyberpesten.",
    },
    {
        "slug": "geldzorgen",
        "name": "Geldzorgen",
        "description": "Als je moeilijk rondkomt: waar je hulp vindt in Deventer en hoe je met je kinderen over geld praat.",
    },
    {
        "slug": "opvoeden",
        "name": "Opvoeden",
        "description": "Dagelijkse vragen over opvoeden en opgroeien, van peuter tot tiener.",
    },
    {
        "slug": "mentale-gezondheid",
        "name": "Mentale gezondheid",
        "description": "Psychische klachten bij ouders en kinderen, herstel, en waar je terechtkunt als het even niet gaat.",
    },
]

PARTNERS = [
    {
        "slug": "cjg-deventer",
        "name": "Centrum voor Jeugd en Gezin Deventer",
        "description": (
            "Het CJG is er voor alle vragen over opgroeien en opvoeden, van zwangerschap tot 23 jaar. "
            "Jeugdverpleegkundigen, jeugdartsen en pedagogen denken gratis met je mee. "
            "Je kunt bellen, mailen of binnenlopen, zonder verwijzing."
        ),
        "website": "https://cjg-deventer.example.nl",
        "email": "info@cjg-deventer.example.nl",
        "phone": "0570 69 33 00",
        "neighbourhoods": [
            "Binnenstad",
            "Keizerslanden",
            "Colmschate",
            "Rivierenwijk",
            "Zandweerd",
            "Voorstad",
            "Borgele",
            "Platvoet",
            "Schalkhaar",
            "De Hoven",
        ],
    },
    {
        "slug": "ggd-ijsselland",
        "name": "GGD IJsselland",
        "description": (
            "De GGD werkt aan de gezondheid van alle inwoners in de regio. "
            "Het team Jeugdgezondheid ziet kinderen en jongeren op school en geeft advies over gezond opgroeien, "
            "slapen, schermgebruik en mentale gezondheid."
        ),
        "website": "https://ggd-ijsselland.example.nl",
        "email": "jeugd@ggd-ijsselland.example.nl",
        "phone": "0570 61 44 20",
        "neighbourhoods": [
            "Binnenstad",
            "Keizerslanden",
            "Colmschate",
            "Rivierenwijk",
            "Zandweerd",
            "Voorstad",
            "Borgele",
            "Platvoet",
            "Schalkhaar",
            "De Hoven",
        ],
    },
    {
        "slug": "bibliotheek-deventer",
        "name": "Bibliotheek Deventer",
        "description": (
            "De Bibliotheek is een plek voor iedereen om te lezen, te leren en elkaar te ontmoeten. "
            "Je vindt er boeken in veel talen, voorleesactiviteiten, een mediacoach, het Taalhuis "
            "en het Informatiepunt Digitale Overheid."
        ),
        "website": "https://bibliotheek-deventer.example.nl",
        "email": "info@bibliotheek-deventer.example.nl",
        "phone": "0570 67 51 00",
        "neighbourhoods": ["Binnenstad", "Keizerslanden", "Colmschate", "Schalkhaar"],
    },
    {
        "slug": "oudervereniging-samen-sterk",
        "name": "Oudervereniging Samen Sterk",
        "description": (
            "Samen Sterk is een vereniging van en voor ouders in Deventer. "
            "Vrijwilligers organiseren ouderavonden, koffieochtenden in de buurthuizen en een maatjesproject. "
            "Hier deel je ervaringen met ouders die het herkennen."
        ),
        "website": "https://samensterk-deventer.example.nl",
        "email": "contact@samensterk-deventer.example.nl",
        "phone": "0570 72 18 45",
        "neighbourhoods": ["Rivierenwijk", "Voorstad", "Zandweerd", "Keizerslanden", "Platvoet"],
    },
    {
        "slug": "herstelacademie-deventer",
        "name": "Herstelacademie Deventer",
        "description": (
            "De Herstelacademie is een leer- en ontmoetingsplek voor mensen met een psychische kwetsbaarheid en hun naasten. "
            "Ervaringsdeskundigen geven er gratis cursussen over herstel. "
            "Je hebt geen verwijzing of diagnose nodig."
        ),
        "website": "https://herstelacademie-deventer.example.nl",
        "email": "welkom@herstelacademie-deventer.example.nl",
        "phone": "0570 74 02 16",
        "neighbourhoods": ["Binnenstad", "Voorstad", "Borgele", "De Hoven"],
    },
]

SECTION_INTROS = {
    "cjg-deventer": (
        "Vragen over opvoeden en opgroeien zijn heel gewoon. "
        "Hier vind je tips van onze jeugdverpleegkundigen en pedagogen, en lees je hoe je ons bereikt."
    ),
    "ggd-ijsselland": (
        "De jeugdartsen en jeugdverpleegkundigen van de GGD schrijven over gezond opgroeien: "
        "slapen, stress, schermen en veilig online zijn."
    ),
    "bibliotheek-deventer": (
        "Lezen, leren en meedoen: de Bibliotheek helpt je op weg met voorlezen, digitale vragen en formulieren. "
        "Voor kinderen tot 18 jaar is lid worden gratis."
    ),
    "oudervereniging-samen-sterk": (
        "Ouders helpen ouders. "
        "Op deze pagina's delen we wat andere ouders in Deventer hebben geleerd, en waar je hen kunt ontmoeten."
    ),
    "herstelacademie-deventer": (
        "Herstel doe je niet alleen. "
        "Ervaringsdeskundigen vertellen hoe je goed voor jezelf zorgt als het psychisch zwaar is, ook als ouder."
    ),
}

# The demo's video addresses are deliberately impossible YouTube ids (real ids have 11
# characters), so a demo can never show a stranger's video; editors replace them with real ones.
PAGES = [
    # ------------------------------------------------------------------ 1
    {
        "partner": "cjg-deventer",
        "slug": "goed-slapen-voor-kinderen",
        "title": "Goed slapen: tips voor kinderen van 4 tot 12",
        "intro": (
            "Wil je kind niet naar bed of wordt het vaak wakker? Dat komt veel voor. "
            "Met een vast ritme en een rustige avond help je je kind op weg."
        ),
        "topics": ["slapen", "opvoeden"],
        "last_reviewed": "2026-03-12",
        "body": [
            (
                "rich_text",
                "<p>Veel ouders maken zich zorgen over het slapen van hun kind. Je kind wil niet naar bed, "
                "ligt lang wakker of komt 's nachts steeds bij je. Dat is vermoeiend, voor jou en voor je kind. "
                "Het goede nieuws: bij de meeste kinderen helpen een paar kleine veranderingen al.</p>"
                "<p>Kinderen van 4 en 5 jaar hebben ongeveer 10 tot 13 uur slaap nodig. "
                "Kinderen van 6 tot 12 jaar ongeveer 9 tot 12 uur. Elk kind is anders. "
                "Is je kind overdag fit en goed gehumeurd? Dan slaapt het waarschijnlijk genoeg.</p>",
            ),
            ("heading", {"text": "Een vast ritme helpt"}),
            (
                "rich_text",
                "<p>Kinderen slapen beter als de avond elke dag ongeveer hetzelfde gaat. "
                "Zo weet hun lichaam: nu is het bijna bedtijd.</p>"
                "<ul>"
                "<li>Kies een vaste bedtijd, ook in het weekend. Een half uurtje later is niet erg.</li>"
                "<li>Maak een kort vast ritueel van 15 tot 30 minuten: tanden poetsen, pyjama aan, voorlezen, knuffel, licht uit.</li>"
                "<li>Zet schermen zoals tablet, telefoon en tv minstens een uur voor bedtijd uit. Het licht van een scherm houdt je kind wakker.</li>"
                "<li>Geef 's middags en 's avonds geen drankjes met cafeïne, zoals cola of ijsthee.</li>"
                "<li>Zorg voor een donkere, rustige en niet te warme slaapkamer.</li>"
                "<li>Laat je kind overdag genoeg buiten spelen en bewegen.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Als je kind 's nachts wakker wordt"}),
            (
                "rich_text",
                "<p>Ieder kind wordt 's nachts een paar keer kort wakker. Meestal slaapt het vanzelf weer in. "
                "Komt je kind naar je toe? Breng het dan rustig en zonder veel te praten terug naar bed. "
                "Doe dit elke keer op dezelfde manier. Zo leert je kind dat de nacht om te slapen is.</p>"
                "<p>Is je kind bang in het donker? Een klein nachtlampje kan helpen. "
                "Praat overdag over de angst, niet vlak voor het slapen. "
                "Samen een boek lezen over bang zijn werkt ook vaak goed.</p>"
                "<p>Nachtmerries horen bij het opgroeien. Troost je kind en blijf even bij hem of haar. "
                "Wil je kind erover praten? Doe dat dan de volgende dag.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "We hebben een rijtje plaatjes gemaakt: tanden poetsen, pyjama, boekje, knuffel. "
                        "Onze zoon vinkt het zelf af. De strijd bij het naar bed gaan is bijna weg."
                    ),
                    "attribution": "Mehmet, vader van drie",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Mag ik mijn kind melatonine geven?",
                            "answer": "<p>Geef je kind niet zomaar melatonine. Het is bij de drogist te koop, "
                            "maar het is niet altijd goed voor kinderen. Overleg eerst met de huisarts of de jeugdarts. "
                            "Vaak helpt een vast ritme al genoeg.</p>",
                        },
                        {
                            "question": "Mijn kind wil alleen slapen als ik erbij ben. Wat nu?",
                            "answer": "<p>Bouw het rustig af. Ga eerst naast het bed zitten in plaats van erin. "
                            "Zet je stoel elke paar avonden een stukje verder richting de deur. "
                            "Zo went je kind er stap voor stap aan om zelf in slaap te vallen.</p>",
                        },
                        {
                            "question": "Wanneer vraag ik hulp?",
                            "answer": "<p>Slaapt je kind al weken slecht? Snurkt het heel hard, of stopt het in de slaap even met ademen? "
                            "Of ben je zelf uitgeput? Neem dan contact op met de jeugdverpleegkundige van het CJG of met je huisarts.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Wil je persoonlijk advies over het slapen van je kind? Bel of mail de jeugdverpleegkundige van het CJG.",
                    "url": "https://cjg-deventer.example.nl/contact",
                    "button_label": "Neem contact op",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "partner": "ggd-ijsselland",
        "slug": "slapen-en-schermen-bij-tieners",
        "title": "Slapen en schermen: zo help je je tiener",
        "intro": (
            "Veel tieners gaan laat slapen en zitten 's avonds lang op hun telefoon. "
            "Lees waarom dat zo is en hoe je samen goede afspraken maakt."
        ),
        "topics": ["slapen", "social-media", "puberteit"],
        "last_reviewed": "2026-04-02",
        "body": [
            (
                "rich_text",
                "<p>Tieners hebben nog veel slaap nodig: ongeveer 8 tot 10 uur per nacht. "
                "Toch slapen veel jongeren een stuk minder. Dat merk je aan hun humeur, "
                "hun concentratie op school en soms aan hun cijfers.</p>"
                "<p>Dat je tiener 's avonds niet moe is, is niet alleen onwil. "
                "In de puberteit verschuift de biologische klok. Het lichaam maakt het slaaphormoon melatonine later aan. "
                "Daardoor krijgen jongeren later slaap. Vroeg opstaan voor school is dan extra zwaar.</p>",
            ),
            ("heading", {"text": "Wat doen schermen met de slaap?"}),
            (
                "rich_text",
                "<p>Schermen maken het nog lastiger. Dat heeft een paar oorzaken:</p>"
                "<ul>"
                "<li>Het felle licht van een scherm remt de aanmaak van melatonine. Je tiener blijft langer wakker.</li>"
                "<li>Berichten, filmpjes en games houden het hoofd actief. Er is altijd nog iets nieuws.</li>"
                "<li>Meldingen 's nachts maken je tiener wakker, ook als hij of zij niet kijkt.</li>"
                "<li>Veel jongeren zijn bang iets te missen als ze hun telefoon wegleggen.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Afspraken die werken"}),
            (
                "rich_text",
                "<p>Verbieden werkt bij tieners vaak niet goed. Samen afspraken maken werkt beter. "
                "Kies daarvoor een rustig moment, niet midden in een ruzie.</p>"
                "<ul>"
                "<li><b>Telefoon 's nachts uit de slaapkamer.</b> Leg alle telefoons op een vaste plek, bijvoorbeeld in de keuken. "
                "Ook die van jou. Dat voelt eerlijker.</li>"
                "<li><b>Een uur voor bedtijd geen scherm.</b> Lukt dat niet meteen? Begin dan met een half uur.</li>"
                "<li><b>Een gewone wekker.</b> Dan is de telefoon niet nodig als wekker.</li>"
                "<li><b>Bedtijdstand.</b> Veel telefoons hebben een stand die meldingen 's avonds uitzet.</li>"
                "<li><b>In het weekend niet te laat.</b> Uitslapen mag, maar liefst niet meer dan twee uur later dan doordeweeks. "
                "Anders raakt het ritme weer uit de war.</li>"
                "<li><b>Daglicht in de ochtend.</b> Naar school fietsen helpt de biologische klok weer op tijd te zetten.</li>"
                "</ul>"
                "<p>Spreek ook af wat er gebeurt als een afspraak niet lukt. En kijk na een paar weken samen hoe het gaat.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Eerst was het elke avond ruzie over de telefoon. Nu leggen we allemaal om tien uur "
                        "onze telefoon in de mand in de gang. Ook ik. Mijn dochter vond dat eerlijk."
                    ),
                    "attribution": "Linda, moeder van een dochter van 15",
                },
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=wijkplein-demo-video-1",
                    "title": "Waarom slapen pubers zo laat?",
                    "transcript": (
                        "Een jeugdarts van de GGD legt in drie minuten uit hoe de biologische klok in de puberteit verschuift. "
                        "Jongeren krijgen later slaap, omdat hun lichaam het slaaphormoon later aanmaakt. "
                        "Het licht van schermen maakt dat nog sterker. De jeugdarts geeft drie tips: "
                        "de telefoon 's nachts buiten de slaapkamer, veel daglicht in de ochtend, "
                        "en een vaste tijd van opstaan, ook in het weekend."
                    ),
                },
            ),
            ("heading", {"text": "Wanneer maak je je zorgen?"}),
            (
                "rich_text",
                "<p>Slaapt je tiener al weken slecht? Is hij of zij overdag steeds erg moe of somber, "
                "of gaat het op school mis? Praat er dan over met de jeugdverpleegkundige of jeugdarts van de GGD. "
                "Je kunt ook een afspraak maken bij je huisarts.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "partner": "ggd-ijsselland",
        "slug": "stress-als-ouder-herkennen",
        "title": "Stress als ouder: herken de signalen",
        "intro": (
            "Opvoeden is mooi, maar ook zwaar. Soms loopt de spanning hoog op. "
            "Herken de signalen van te veel stress op tijd, en lees wat je kunt doen."
        ),
        "topics": ["stress", "mentale-gezondheid"],
        "last_reviewed": "2026-02-20",
        "body": [
            (
                "rich_text",
                "<p>Iedere ouder heeft wel eens stress. Een kind dat ziek is, een drukke baan, geldzorgen, ruzie in huis. "
                "Een beetje stress is normaal. Je lichaam maakt je dan even extra alert. "
                "Maar als de spanning lang blijft en je geen tijd hebt om bij te komen, raak je uitgeput. "
                "Dan heb je minder geduld, ook met je kinderen.</p>"
                "<p>Stress is geen teken dat je een slechte ouder bent. Het is een teken dat er te veel op je bord ligt.</p>",
            ),
            ("heading", {"text": "Signalen van te veel stress"}),
            (
                "rich_text",
                "<p>Stress merk je in je lijf, in je hoofd en in je gedrag. Herken je een paar van deze signalen al langere tijd?</p>"
                "<ul>"
                "<li>Je slaapt slecht of wordt moe wakker.</li>"
                "<li>Je hebt vaak hoofdpijn, buikpijn of een stijve nek en schouders.</li>"
                "<li>Je bent snel boos of geïrriteerd, en je schreeuwt vaker dan je wilt.</li>"
                "<li>Je piekert veel en kunt moeilijk beslissingen nemen.</li>"
                "<li>Je vergeet dingen en kunt je slecht concentreren.</li>"
                "<li>Je hebt nergens meer zin in, ook niet in dingen die je vroeger leuk vond.</li>"
                "<li>Je trekt je terug van vrienden en familie.</li>"
                "</ul>"
                "<p>Kinderen voelen de stress van hun ouders goed aan. Ze kunnen onrustig worden, slechter slapen "
                "of juist heel stil en braaf worden. Zorgen voor jezelf is dus ook zorgen voor je kind.</p>",
            ),
            ("heading", {"text": "Wat kun je doen?"}),
            (
                "rich_text",
                "<ol>"
                "<li><b>Zeg het hardop.</b> Vertel iemand die je vertrouwt hoe het met je gaat. Alleen al praten lucht op.</li>"
                "<li><b>Kijk wat er weg kan.</b> Wat moet echt vandaag? Wat kan later, of kan iemand anders doen?</li>"
                "<li><b>Vraag om hulp.</b> Een buurvrouw die een middag oppast, een opa die de kinderen van school haalt. "
                "Mensen helpen vaak graag.</li>"
                "<li><b>Neem kleine rustmomenten.</b> Vijf minuten rustig ademen, een korte wandeling, een kop thee in stilte. "
                "Het hoeft niet groot te zijn.</li>"
                "<li><b>Zorg voor de basis.</b> Probeer op tijd te slapen, gewoon te eten en elke dag even naar buiten te gaan.</li>"
                "</ol>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ik dacht dat ik alles alleen moest kunnen. Toen ik bij de huisarts eindelijk zei dat het niet meer ging, "
                        "voelde dat eerst als falen. Nu weet ik: het was de eerste stap terug."
                    ),
                    "attribution": "Yvonne, moeder van twee",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Wanneer ga ik naar de huisarts?",
                            "answer": "<p>Ga naar je huisarts als de klachten langer dan een paar weken duren. "
                            "Of als je niet meer goed kunt werken of voor je gezin kunt zorgen, of als je je vaak somber of angstig voelt. "
                            "Veel huisartsen hebben een praktijkondersteuner voor psychische klachten, de POH-GGZ. "
                            "Daar kun je een paar gesprekken voeren. Dat gaat niet van je eigen risico af.</p>",
                        },
                        {
                            "question": "Ik denk soms dat ik er niet meer wil zijn. Wat nu?",
                            "answer": "<p>Praat erover. Je hoeft dit niet alleen te dragen. "
                            "Bel of chat anoniem met 113 Zelfmoordpreventie via 0800-0113 (gratis, dag en nacht) "
                            'of via <a href="https://www.113.nl">113.nl</a>. Bel ook je huisarts. '
                            "Is er direct gevaar? Bel dan 112.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Betrouwbare informatie over stress en overspannen zijn vind je op Thuisarts.nl, de website van de huisartsen.",
                    "url": "https://www.thuisarts.nl",
                    "button_label": "Naar Thuisarts.nl",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "partner": "herstelacademie-deventer",
        "slug": "ademhaling-en-korte-rustmomenten",
        "title": "Even rust: ademhaling en korte pauzes in een druk gezin",
        "intro": (
            "Je hoeft geen uur te mediteren om rustiger te worden. Met een paar minuten rustig ademen help je je lichaam al. "
            "Zo doe je dat, ook met kinderen om je heen."
        ),
        "topics": ["stress", "mentale-gezondheid"],
        "last_reviewed": "2026-05-08",
        "body": [
            (
                "rich_text",
                "<p>Als je gespannen bent, ga je vaak snel en hoog ademen, vanuit je borst. Je lichaam staat dan 'aan'. "
                "Door rustig en laag te ademen, geef je je lichaam het signaal dat het veilig is. "
                "Je hartslag gaat omlaag en je spieren ontspannen. Dat werkt niet bij iedereen meteen. "
                "Met wat oefenen lukt het vaak steeds beter.</p>"
                "<p>Bij de Herstelacademie oefenen we dit samen met ervaringsdeskundigen: mensen die zelf weten "
                "hoe het is om vast te lopen. Hieronder vind je drie oefeningen die je thuis kunt doen.</p>",
            ),
            ("heading", {"text": "Oefening 1: langer uit dan in"}),
            (
                "rich_text",
                "<ol>"
                "<li>Ga zitten of staan, met je voeten stevig op de grond.</li>"
                "<li>Adem rustig in door je neus en tel tot vier.</li>"
                "<li>Adem langzaam uit door je mond en tel tot zes. Alsof je door een rietje blaast.</li>"
                "<li>Doe dit vijf tot tien keer.</li>"
                "</ol>"
                "<p>Het gaat om de lange uitademing. Die helpt je lichaam om tot rust te komen. "
                "Word je duizelig? Adem dan weer gewoon en probeer het later nog eens, wat rustiger.</p>",
            ),
            ("heading", {"text": "Oefening 2: hand op je buik"}),
            (
                "rich_text",
                "<p>Leg een hand op je buik. Adem zo dat je hand omhoog gaat als je inademt, en omlaag als je uitademt. "
                "Je borst blijft zo stil mogelijk. Dit heet buikademhaling. "
                "Kinderen vinden het vaak leuk om dit te doen met een knuffel op hun buik. "
                "Ze zien de knuffel dan rustig op en neer gaan.</p>",
            ),
            ("heading", {"text": "Oefening 3: terug naar het hier en nu"}),
            (
                "rich_text",
                "<p>Raak je overspoeld door gedachten of emoties? Richt je aandacht dan op wat er nu om je heen is. "
                "Noem in jezelf vijf dingen die je ziet, vier dingen die je hoort en drie dingen die je voelt, "
                "zoals je voeten op de vloer. Zo kom je weer in het moment van nu.</p>",
            ),
            ("heading", {"text": "Rustmomenten in een druk gezin"}),
            (
                "rich_text",
                "<ul>"
                "<li>Gebruik vaste momenten van de dag als geheugensteun. Bijvoorbeeld als de waterkoker aan staat, "
                "of als je voor een rood stoplicht staat.</li>"
                "<li>Voel je dat je boos wordt op je kind? Zeg dan: 'Ik ga even drie keer rustig ademen.' "
                "Zo leert je kind meteen hoe je met boosheid kunt omgaan.</li>"
                "<li>Maak er samen een spelletje van: wie kan het langzaamst doen alsof hij een kaarsje uitblaast?</li>"
                "<li>Een korte wandeling om het blok, even alleen, kan al helpen. Regel wel dat er iemand bij de kinderen is.</li>"
                "</ul>",
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=wijkplein-demo-video-2",
                    "title": "Drie minuten ademen met Karin, ervaringsdeskundige",
                    "transcript": (
                        "Karin van de Herstelacademie doet een korte ademoefening voor. "
                        "Ze ademt vier tellen in door de neus en zes tellen uit door de mond. "
                        "Ze vertelt dat ze dit zelf doet als het thuis druk is: 'Ik ga even bij het raam staan en adem vijf keer rustig. "
                        "Daarna kan ik weer beter reageren op mijn kinderen.' "
                        "Aan het eind zegt ze dat het niet erg is als je gedachten afdwalen. "
                        "Je brengt je aandacht gewoon weer terug naar je adem."
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ademhalen lost mijn problemen niet op. Maar het geeft me net genoeg ruimte om niet te ontploffen. "
                        "Dat is al heel veel."
                    ),
                    "attribution": "Ricardo, vader en cursist bij de Herstelacademie",
                },
            ),
            (
                "rich_text",
                "<p>Lukt het al lange tijd niet om rust te vinden? Of heb je vaak paniekaanvallen? "
                "Praat er dan over met je huisarts. Je hoeft het niet alleen te doen.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "partner": "cjg-deventer",
        "slug": "puberteit-wat-gebeurt-er-in-het-brein",
        "title": "Puberteit: wat gebeurt er in het brein van je kind?",
        "intro": (
            "Je kind is ineens snel boos, neemt risico's en wil alles zelf bepalen. "
            "Dat heeft veel te maken met een brein dat volop groeit. Als je dat weet, blijf je makkelijker rustig."
        ),
        "topics": ["puberteit", "opvoeden"],
        "last_reviewed": "2026-01-15",
        "body": [
            (
                "rich_text",
                "<p>De puberteit begint bij meisjes meestal tussen 8 en 13 jaar. Bij jongens begint het vaak iets later, "
                "tussen 9 en 14 jaar. Het lichaam verandert. Maar er gebeurt ook veel in het brein. "
                "Dat brein is pas rond het 25e jaar helemaal klaar. In de puberteit wordt het als het ware verbouwd.</p>",
            ),
            ("heading", {"text": "Gas geven gaat sneller dan remmen"}),
            (
                "rich_text",
                "<p>Het deel van het brein dat zorgt voor emoties en beloning is in de puberteit heel actief. "
                "Jongeren voelen alles sterker: blijdschap, boosheid, verdriet. "
                "Spanning en nieuwe ervaringen zijn extra aantrekkelijk, vooral als vrienden erbij zijn.</p>"
                "<p>Het deel dat zorgt voor plannen, vooruitdenken en jezelf afremmen, groeit langzamer. "
                "Dit deel zit vooraan in het brein, achter het voorhoofd. "
                "Daarom kan je puber het ene moment heel volwassen praten, en het volgende moment iets doen waar je van schrikt. "
                "Je kind weet vaak wel wat verstandig is. Maar in het moment wint het gevoel.</p>",
            ),
            ("heading", {"text": "Wat merk je daarvan thuis?"}),
            (
                "rich_text",
                "<ul>"
                "<li>Heftige emoties en wisselende buien.</li>"
                "<li>Meer risico nemen, zeker in een groep.</li>"
                "<li>Vrienden worden belangrijker dan ouders.</li>"
                "<li>Moeite met plannen, huiswerk en op tijd komen.</li>"
                "<li>Later slaap krijgen en 's ochtends moeilijk uit bed komen.</li>"
                "<li>Zoeken naar wie je bent: andere kleding, muziek of meningen.</li>"
                "</ul>"
                "<p>Dit is allemaal normaal. Het hoort bij de weg naar volwassen worden.</p>",
            ),
            ("heading", {"text": "Hoe help je je kind?"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Wees zelf de rem.</b> Blijf kalm als je kind heftig reageert. "
                "Praat later verder, als de emoties gezakt zijn.</li>"
                "<li><b>Help met plannen.</b> Maak samen een weekplanning of gebruik een agenda. "
                "Neem het niet over, maar denk mee.</li>"
                "<li><b>Geef ruimte én grenzen.</b> Laat je kind steeds meer zelf beslissen. "
                "Houd wel een paar duidelijke regels over veiligheid, zoals over alcohol en laat thuiskomen.</li>"
                "<li><b>Leg uit waarom.</b> Pubers accepteren regels beter als ze snappen waarom die er zijn.</li>"
                "<li><b>Let op wat goed gaat.</b> Geef complimenten, ook voor kleine dingen. Dat versterkt jullie band.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Toen ik hoorde dat het brein van mijn zoon nog in de verbouwing zit, kon ik zijn buien minder persoonlijk opvatten. "
                        "Ik tel nu tot tien en zeg: we praten straks verder."
                    ),
                    "attribution": "Anouk, moeder van een zoon van 14",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Is het normaal dat mijn kind zich zo terugtrekt?",
                            "answer": "<p>Pubers willen vaker alleen zijn of met vrienden. Dat is normaal. "
                            "Let wel op als je kind zich ook terugtrekt van vrienden, nergens meer zin in heeft, "
                            "slecht eet of slaapt, of somber lijkt. Praat er dan over met je kind. "
                            "En vraag advies aan de jeugdverpleegkundige of de huisarts.</p>",
                        },
                        {
                            "question": "Vanaf welke leeftijd mag mijn kind alcohol drinken?",
                            "answer": "<p>In Nederland mag je pas vanaf 18 jaar alcohol kopen. "
                            "Voor een brein dat nog groeit, is alcohol extra schadelijk. "
                            "Het advies is daarom: geen alcohol onder de 18. "
                            "Praat hier op tijd over met je kind, en spreek het duidelijk af.</p>",
                        },
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "partner": "oudervereniging-samen-sterk",
        "slug": "in-gesprek-blijven-met-je-puber",
        "title": "In gesprek blijven met je puber",
        "intro": (
            "Krijg je alleen nog 'goed' en 'weet ik niet' als antwoord? Je bent niet de enige. "
            "Met deze tips van andere ouders blijf je in contact met je tiener."
        ),
        "topics": ["puberteit", "opvoeden"],
        "last_reviewed": "2026-06-03",
        "body": [
            (
                "rich_text",
                "<p>Pubers praten vaak minder met hun ouders dan vroeger. Dat is normaal: ze worden zelfstandiger "
                "en hebben meer behoefte aan privacy. Toch blijft het contact met jou heel belangrijk. "
                "Jongeren die weten dat ze bij hun ouders terechtkunnen, vragen eerder om hulp als het misgaat.</p>"
                "<p>Bij Oudervereniging Samen Sterk praten ouders hier vaak over. Dit zijn de tips die het meest werden genoemd.</p>",
            ),
            ("heading", {"text": "Kies het goede moment"}),
            (
                "rich_text",
                "<ul>"
                "<li>Veel pubers praten makkelijker als je naast elkaar zit in plaats van tegenover elkaar. "
                "Bijvoorbeeld in de auto, tijdens het koken of tijdens een wandeling met de hond.</li>"
                "<li>Direct na school is vaak geen goed moment. Geef je kind eerst even tijd om bij te komen.</li>"
                "<li>'s Avonds laat zijn pubers soms juist spraakzaam. Probeer dan even te luisteren, ook als je moe bent.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Luisteren is belangrijker dan praten"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Stel open vragen.</b> Niet 'Was het leuk?', maar 'Wat was het grappigste van vandaag?'</li>"
                "<li><b>Geef niet meteen advies.</b> Vaak wil je kind alleen zijn verhaal kwijt. "
                "Vraag eventueel: 'Wil je dat ik meedenk, of wil je vooral dat ik luister?'</li>"
                "<li><b>Schrik niet te hard.</b> Vertelt je kind iets wat je niet fijn vindt? Blijf rustig "
                "en bedank je kind dat hij of zij het vertelt. Anders vertelt je kind de volgende keer niets meer.</li>"
                "<li><b>Toon interesse in hun wereld.</b> Vraag naar een game, een serie of muziek. Laat je kind het uitleggen.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Als het botst"}),
            (
                "rich_text",
                "<p>Ruzie hoort erbij. Pubers zetten zich af tegen hun ouders. Zo vormen ze hun eigen mening. "
                "Probeer te voorkomen dat een ruzie uit de hand loopt. Zeg bijvoorbeeld: "
                "'We zijn allebei boos. Laten we er na het eten verder over praten.' Kom daar dan ook echt op terug.</p>"
                "<p>Heb je zelf iets gezegd waar je spijt van hebt? Zeg dan sorry. "
                "Zo laat je zien dat fouten maken mag, en dat je ze kunt goedmaken.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Mijn dochter vertelt mij het meest als we samen boodschappen doen. "
                        "In de supermarkt hoeft ze me niet aan te kijken. Dat maakt het makkelijker voor haar."
                    ),
                    "attribution": "Samira, moeder van drie",
                },
            ),
            (
                "faq",
                {
                    "title": "Vragen van ouders",
                    "items": [
                        {
                            "question": "Mijn kind sluit zich helemaal af. Wat kan ik doen?",
                            "answer": "<p>Blijf contact zoeken, zonder te dwingen. Doe samen iets kleins, zoals een film kijken of samen eten. "
                            "Laat merken dat je er bent. Maak je je zorgen over hoe het met je kind gaat? "
                            "Vraag dan advies aan de mentor op school, de jeugdverpleegkundige of de huisarts.</p>",
                        },
                        {
                            "question": "Mag ik de telefoon van mijn kind controleren?",
                            "answer": "<p>Pubers hebben recht op privacy. Stiekem meekijken kan het vertrouwen beschadigen. "
                            "Maak liever samen afspraken over veilig internetgebruik. "
                            "Denk je echt dat je kind in gevaar is? Zeg dan eerlijk dat je je zorgen maakt, "
                            "en waarom je wilt meekijken.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Wil je ervaringen delen met andere ouders van pubers? Kom naar een ouderavond van Samen Sterk in het buurthuis.",
                    "url": "https://samensterk-deventer.example.nl/agenda",
                    "button_label": "Bekijk de agenda",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "partner": "cjg-deventer",
        "slug": "scheiden-wat-vertel-je-de-kinderen",
        "title": "Uit elkaar gaan: wat vertel je de kinderen?",
        "intro": (
            "Als ouders uit elkaar gaan, verandert er veel voor kinderen. "
            "Hoe je het vertelt en hoe je daarna met elkaar omgaat, maakt een groot verschil."
        ),
        "topics": ["scheiding", "opvoeden"],
        "last_reviewed": "2026-03-27",
        "body": [
            (
                "rich_text",
                "<p>Een scheiding is voor bijna elk kind verdrietig en verwarrend. Toch kunnen de meeste kinderen het goed verwerken. "
                "Het belangrijkste is niet de scheiding zelf, maar hoe de ouders ermee omgaan. "
                "Kinderen hebben het vooral moeilijk als er veel ruzie blijft tussen hun ouders.</p>",
            ),
            ("heading", {"text": "Het gesprek met je kinderen"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Vertel het samen</b>, als dat kan. Zo zien je kinderen dat jullie allebei hun ouder blijven.</li>"
                "<li><b>Vertel het aan alle kinderen tegelijk.</b> Dan hoeft niemand een geheim te bewaren. "
                "Praat daarna eventueel nog apart met elk kind.</li>"
                "<li><b>Kies een rustig moment</b>, bijvoorbeeld in het weekend. Niet vlak voor school of bedtijd.</li>"
                "<li><b>Houd het eenvoudig en eerlijk.</b> Bijvoorbeeld: 'Papa en mama gaan uit elkaar. "
                "We hebben te vaak ruzie en we zijn niet meer gelukkig samen. We blijven allebei heel veel van jullie houden.'</li>"
                "<li><b>Zeg dat het niet hun schuld is.</b> Kinderen denken dat vaak, ook als ze het niet zeggen. "
                "Zeg het daarom meer dan één keer.</li>"
                "<li><b>Vertel wat er verandert</b> en wat hetzelfde blijft. Waar gaan ze wonen? "
                "Blijven ze op dezelfde school? Gaat de hond mee?</li>"
                "</ul>",
            ),
            ("heading", {"text": "Wat kinderen daarna nodig hebben"}),
            (
                "rich_text",
                "<p>Kinderen reageren heel verschillend. Jonge kinderen kunnen terugvallen in gedrag, zoals weer in bed plassen. "
                "Oudere kinderen kunnen boos worden of zich terugtrekken. Sommige kinderen lijken nergens last van te hebben, "
                "maar houden hun verdriet binnen. Geef ze tijd, en laat merken dat alle gevoelens er mogen zijn.</p>"
                "<ul>"
                "<li>Praat niet negatief over de andere ouder als je kind erbij is.</li>"
                "<li>Gebruik je kind niet als boodschapper tussen jullie.</li>"
                "<li>Laat je kind niet kiezen tussen jullie.</li>"
                "<li>Houd zoveel mogelijk vaste gewoontes aan, zoals sport en afspreken met vrienden.</li>"
                "<li>Vertel school en opvang wat er speelt. Dan kunnen zij ook op je kind letten.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Het ergste vond ik niet dat mijn ouders uit elkaar gingen. "
                        "Het ergste was dat ik steeds moest doorgeven wat de ander zei. Toen dat stopte, werd het veel beter."
                    ),
                    "attribution": "Daan, 16 jaar",
                },
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=wijkplein-demo-video-3",
                    "title": "Jongeren vertellen: zo was de scheiding voor mij",
                    "transcript": (
                        "In deze video vertellen drie jongeren tussen 11 en 17 jaar hoe zij de scheiding van hun ouders hebben beleefd. "
                        "Ze vonden het fijn als hun ouders het samen vertelden. "
                        "Ze wilden graag weten wat er precies ging veranderen. "
                        "Ruzie tussen hun ouders vonden ze het moeilijkst. "
                        "Hun tip voor ouders: 'Vraag ons wat we willen, maar laat ons niet kiezen.'"
                    ),
                },
            ),
            (
                "rich_text",
                "<p>Kinderen kunnen steun vinden bij andere kinderen met gescheiden ouders, bijvoorbeeld via "
                '<a href="https://www.villapinedo.nl">Villa Pinedo</a>. '
                'Bij de <a href="https://www.kindertelefoon.nl">Kindertelefoon</a> kunnen kinderen gratis en anoniem '
                "met iemand praten, via 0800-0432 of de chat.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Wil je het gesprek met je kinderen voorbereiden met een pedagoog van het CJG? Maak een afspraak.",
                    "url": "https://cjg-deventer.example.nl/afspraak",
                    "button_label": "Afspraak maken",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 8
    {
        "partner": "oudervereniging-samen-sterk",
        "slug": "ouderschapsplan-en-co-ouderschap",
        "title": "Het ouderschapsplan en co-ouderschap: zo werkt het",
        "intro": (
            "In een ouderschapsplan leg je vast hoe jullie na de scheiding samen voor de kinderen blijven zorgen. "
            "Hier lees je wat erin staat en wat co-ouderschap betekent."
        ),
        "topics": ["scheiding"],
        "last_reviewed": "2026-07-10",
        "body": [
            (
                "rich_text",
                "<p>Als je uit elkaar gaat en kinderen hebt, moet je veel regelen. Een van de belangrijkste dingen is het "
                "<b>ouderschapsplan</b>. Dat is een schriftelijke afspraak tussen jou en de andere ouder over de zorg voor jullie kinderen.</p>"
                "<p>Ben je getrouwd of heb je een geregistreerd partnerschap? Dan is een ouderschapsplan verplicht bij de scheiding. "
                "De rechter kijkt ernaar. Woonden jullie samen zonder huwelijk? Ook dan is een ouderschapsplan heel verstandig. "
                'Kijk op <a href="https://www.rijksoverheid.nl">rijksoverheid.nl</a> wat in jullie situatie geldt.</p>',
            ),
            ("heading", {"text": "Wat staat er in een ouderschapsplan?"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Zorg en opvoeding:</b> wanneer zijn de kinderen bij wie? Hoe gaat het in de vakanties, "
                "op verjaardagen en op feestdagen?</li>"
                "<li><b>Informatie en overleg:</b> hoe houden jullie elkaar op de hoogte over school, gezondheid "
                "en andere belangrijke dingen? Hoe nemen jullie samen beslissingen?</li>"
                "<li><b>Kosten:</b> hoe verdelen jullie de kosten van de kinderen? Het geld dat de ene ouder "
                "daarvoor aan de andere betaalt, heet kinderalimentatie.</li>"
                "<li><b>De mening van de kinderen:</b> hoe hebben jullie de kinderen bij het plan betrokken?</li>"
                "</ul>"
                "<p>Jullie kunnen ook andere dingen afspreken. Bijvoorbeeld over telefoon en social media, "
                "over regels in beide huizen of over nieuwe partners.</p>",
            ),
            ("heading", {"text": "Wat is co-ouderschap?"}),
            (
                "rich_text",
                "<p>Bij <b>co-ouderschap</b> wonen de kinderen ongeveer evenveel bij allebei de ouders. "
                "Bijvoorbeeld de ene week bij mama en de andere week bij papa. Of een paar dagen hier en een paar dagen daar.</p>"
                "<p>Co-ouderschap kan goed werken als:</p>"
                "<ul>"
                "<li>jullie dicht bij elkaar wonen, zodat de kinderen makkelijk naar school en vrienden kunnen;</li>"
                "<li>jullie redelijk goed met elkaar kunnen overleggen;</li>"
                "<li>de kinderen het heen en weer gaan aankunnen. Voor jonge kinderen is een hele week vaak te lang "
                "zonder de andere ouder. Kortere periodes passen dan beter.</li>"
                "</ul>"
                "<p>Lukt samenwerken niet goed? Dan kan een andere verdeling beter zijn. "
                "Het gaat erom wat past bij jullie kinderen.</p>",
            ),
            ("heading", {"text": "Hulp bij het maken van afspraken"}),
            (
                "rich_text",
                "<p>Vind je het moeilijk om samen afspraken te maken? Een <b>mediator</b> kan helpen. "
                "Dat is een neutrale bemiddelaar. Die kiest geen kant en helpt jullie om samen tot goede afspraken te komen. "
                "Heb je een laag inkomen? Dan kun je soms een vergoeding krijgen. "
                'Bij het <a href="https://www.juridischloket.nl">Juridisch Loket</a> krijg je gratis uitleg over je rechten.</p>'
                "<p>Afspraken mogen later ook weer veranderen. Kinderen worden ouder en hun wensen veranderen mee. "
                "Spreek daarom af dat jullie het plan elk jaar samen bekijken.</p>",
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Moeten mijn kinderen meepraten over het ouderschapsplan?",
                            "answer": "<p>Kinderen moeten de kans krijgen om hun mening te geven. Dat betekent niet dat zij beslissen. "
                            "Dat doen jullie als ouders. Vraag bijvoorbeeld wat ze belangrijk vinden: vrienden, sport, "
                            "een eigen plekje voor hun spullen. Kinderen vanaf 12 jaar krijgen meestal een uitnodiging "
                            "van de rechter om hun mening te geven, in een gesprek of in een brief.</p>",
                        },
                        {
                            "question": "Wat als de andere ouder zich niet aan de afspraken houdt?",
                            "answer": "<p>Probeer eerst rustig te praten, zonder de kinderen erbij. Schrijf op wat er gebeurt. "
                            "Helpt dat niet, dan kan een mediator opnieuw bemiddelen. Als laatste stap kun je naar de rechter. "
                            "Laat je goed adviseren, bijvoorbeeld door het Juridisch Loket.</p>",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "We gebruiken nu een gedeelde agenda-app voor de kinderen. "
                        "Zo hoeven we niet steeds te bellen over wie wat doet. Dat scheelt veel spanning."
                    ),
                    "attribution": "Jeroen, vader van twee en co-ouder",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 9
    {
        "partner": "bibliotheek-deventer",
        "slug": "social-media-afspraken-maken-thuis",
        "title": "Social media: samen afspraken maken thuis",
        "intro": (
            "TikTok, Snapchat, Instagram: je kind wil meedoen. Hoe zorg je dat het leuk en veilig blijft? "
            "Met duidelijke afspraken die je samen maakt, kom je een heel eind."
        ),
        "topics": ["social-media", "opvoeden"],
        "last_reviewed": "2026-04-22",
        "body": [
            (
                "rich_text",
                "<p>Social media zijn een groot deel van het leven van kinderen en jongeren. Ze houden contact met vrienden, "
                "maken grappige filmpjes en leren nieuwe dingen. Maar er zijn ook risico's: te veel schermtijd, pesten, "
                "nepnieuws, jezelf vergelijken met anderen en contact met onbekenden.</p>"
                "<p>De meeste apps hebben een minimumleeftijd van 13 jaar. In 2025 gaf de Nederlandse overheid een nieuw advies: "
                "geef kinderen pas vanaf groep 8 een eigen smartphone. Chatapps zoals WhatsApp kunnen vanaf ongeveer 12 jaar. "
                "Met social media zoals TikTok en Instagram kun je beter wachten tot je kind 15 is. "
                "Jij kiest als ouder wat bij jouw kind past.</p>",
            ),
            ("heading", {"text": "Samen afspraken maken"}),
            (
                "rich_text",
                "<p>Afspraken werken beter als je ze samen maakt en opschrijft. Hang ze bijvoorbeeld op de koelkast. "
                "Denk aan deze vragen:</p>"
                "<ul>"
                "<li><b>Welke apps?</b> Kijk samen naar de leeftijdsgrens en zet de privacy-instellingen goed.</li>"
                "<li><b>Hoe lang?</b> Hoeveel tijd per dag? Is dat doordeweeks anders dan in het weekend?</li>"
                "<li><b>Waar en wanneer?</b> Bijvoorbeeld geen telefoon aan tafel, tijdens het huiswerk of 's nachts op de slaapkamer.</li>"
                "<li><b>Wat deel je?</b> Geen adres, geen naam van je school en geen naaktfoto's. "
                "Eerst vragen voordat je een foto van iemand anders plaatst.</li>"
                "<li><b>Met wie?</b> Alleen contact met mensen die je ook in het echt kent.</li>"
                "<li><b>Wat als het misgaat?</b> Spreek af dat je kind altijd bij jou mag komen, ook als het zelf iets doms "
                "heeft gedaan. En dat je dan niet meteen de telefoon afpakt.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Blijf betrokken"}),
            (
                "rich_text",
                "<ul>"
                "<li>Vraag je kind om je zijn of haar favoriete app te laten zien. Doe eens mee.</li>"
                "<li>Praat over wat je kind online ziet. Wat is echt en wat is nep? Waarom ziet iedereen er zo perfect uit?</li>"
                "<li>Wees zelf een voorbeeld. Leg je eigen telefoon weg tijdens het eten.</li>"
                "<li>Kijk na een paar maanden samen of de afspraken nog kloppen. "
                "Geef meer vrijheid als je kind ouder wordt en het goed gaat.</li>"
                "</ul>",
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=wijkplein-demo-video-4",
                    "title": "Een mediaplan maken met je gezin",
                    "transcript": (
                        "Een mediacoach van de Bibliotheek laat zien hoe een gezin samen een mediaplan maakt. "
                        "Ouders en kinderen schrijven op welke apps ze gebruiken, hoe lang, en op welke momenten de telefoon weg gaat. "
                        "De kinderen mogen ook regels voor de ouders bedenken. "
                        "Tip van de mediacoach: begin met twee of drie afspraken en breid daarna langzaam uit."
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Mijn zoon van 12 mocht zelf één regel voor mij bedenken: geen telefoon tijdens het avondeten. "
                        "Eerlijk is eerlijk, daar moest ik ook aan wennen."
                    ),
                    "attribution": "Petra, moeder van twee",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "De mediacoach van de Bibliotheek helpt je graag op weg. Kom langs op het gratis spreekuur Digitaal Opvoeden.",
                    "url": "https://bibliotheek-deventer.example.nl/mediacoach",
                    "button_label": "Naar het spreekuur",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 10
    {
        "partner": "ggd-ijsselland",
        "slug": "cyberpesten-wat-kun-je-doen",
        "title": "Cyberpesten: wat kun je als ouder doen?",
        "intro": (
            "Pesten gaat vaak door op de telefoon, ook thuis en 's avonds. "
            "Hoe merk je dat je kind online gepest wordt? En wat kun je dan doen?"
        ),
        "topics": ["social-media", "mentale-gezondheid"],
        "last_reviewed": "2026-05-19",
        "body": [
            (
                "rich_text",
                "<p>Cyberpesten is pesten via internet of de telefoon. Bijvoorbeeld gemene berichten in een groepsapp, "
                "iemand buitensluiten uit een groep, nare foto's of filmpjes delen, of een nepaccount maken op naam van een ander. "
                "Kinderen hebben hun telefoon altijd bij zich. Daardoor stopt het pesten niet als ze thuis zijn. "
                "Dat maakt het extra zwaar.</p>",
            ),
            ("heading", {"text": "Signalen dat je kind gepest wordt"}),
            (
                "rich_text",
                "<ul>"
                "<li>Je kind schrikt of wordt stil als er een bericht binnenkomt.</li>"
                "<li>Je kind wil ineens niet meer naar school of naar de sportclub.</li>"
                "<li>Je kind gebruikt de telefoon opeens veel minder, of juist stiekem veel meer.</li>"
                "<li>Je kind slaapt slecht, of heeft vaak buikpijn of hoofdpijn.</li>"
                "<li>Je kind is somber, prikkelbaar of trekt zich terug.</li>"
                "</ul>"
                "<p>Veel kinderen vertellen het niet uit zichzelf. Ze schamen zich, of ze zijn bang dat hun telefoon wordt afgepakt. "
                "Vraag er daarom zelf naar, rustig en zonder oordeel.</p>",
            ),
            ("heading", {"text": "Wat kun je doen?"}),
            (
                "rich_text",
                "<ol>"
                "<li><b>Luister en blijf rustig.</b> Zeg dat je blij bent dat je kind het vertelt. Het is niet de schuld van je kind.</li>"
                "<li><b>Pak de telefoon niet af.</b> Dan voelt je kind zich gestraft en vertelt het de volgende keer niets meer.</li>"
                "<li><b>Reageer niet terug.</b> Terugschelden maakt het vaak erger.</li>"
                "<li><b>Bewaar bewijs.</b> Maak screenshots van berichten, met datum en naam.</li>"
                "<li><b>Blokkeer en meld.</b> Blokkeer de pester en meld de berichten bij de app. "
                "Bijna alle apps hebben een knop om iets te melden.</li>"
                "<li><b>Neem contact op met school.</b> Elke school moet beleid hebben tegen pesten, en een vast aanspreekpunt. "
                "Ook als het pesten online gebeurt, helpt de school vaak mee.</li>"
                "</ol>",
            ),
            ("heading", {"text": "Als het ernstig is"}),
            (
                "rich_text",
                "<p>Worden er naaktfoto's van je kind gedeeld, of wordt je kind bedreigd of gechanteerd? Dan is dat strafbaar. "
                'Doe aangifte bij de politie. Bij <a href="https://www.helpwanted.nl">Helpwanted.nl</a> krijg je gratis en anoniem advies, '
                "ook over het verwijderen van beelden.</p>"
                "<p>Pesten kan heel veel pijn doen. Praat je kind over niet meer willen leven? Neem dat altijd serieus. "
                'Bel samen met 113 Zelfmoordpreventie via 0800-0113 of kijk op <a href="https://www.113.nl">113.nl</a>. '
                "Bij direct gevaar bel je 112. Je kind kan ook zelf anoniem praten met de "
                '<a href="https://www.kindertelefoon.nl">Kindertelefoon</a> via 0800-0432.</p>',
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Mijn kind pest zelf online. Wat nu?",
                            "answer": "<p>Blijf rustig en veroordeel je kind niet als persoon. Vraag wat er gebeurd is en waarom. "
                            "Leg uit wat het pesten met de ander doet. Help je kind om het goed te maken, bijvoorbeeld met excuses. "
                            "Bespreek het ook met school.</p>",
                        },
                        {
                            "question": "Mijn kind zit in een groepsapp waarin iemand anders wordt gepest.",
                            "answer": "<p>Leg uit dat meelezen en niets doen de pester helpt. Je kind kan de gepeste persoon "
                            "een privébericht sturen om steun te geven, de groep verlaten of het melden bij een leraar. "
                            "Dat vraagt moed. Geef je kind een compliment als het dat doet.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Maak je je zorgen over je kind? De jeugdverpleegkundige van de GGD denkt met je mee.",
                    "url": "https://ggd-ijsselland.example.nl/jeugd",
                    "button_label": "Stel je vraag",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 11
    {
        "partner": "bibliotheek-deventer",
        "slug": "geldzorgen-waar-vind-je-hulp",
        "title": "Geldzorgen? Hier vind je hulp in Deventer",
        "intro": (
            "Stapelen de rekeningen zich op en weet je niet waar je moet beginnen? Je bent niet de enige, en er is hulp. "
            "Hoe eerder je hulp vraagt, hoe makkelijker het op te lossen is."
        ),
        "topics": ["geldzorgen", "stress"],
        "last_reviewed": "2026-02-09",
        "body": [
            (
                "rich_text",
                "<p>Veel gezinnen in Nederland hebben moeite om rond te komen. Geldzorgen geven veel stress. "
                "Je slaapt slechter, je kunt minder goed nadenken en je hebt minder geduld. "
                "Dat is geen zwakte. Zo werkt stress bij ieder mens.</p>"
                "<p>Schaamte houdt veel mensen tegen om hulp te vragen. Maar wachten maakt problemen vaak groter, "
                "bijvoorbeeld door extra kosten van incassobureaus. De mensen die je hieronder vindt, "
                "helpen elke dag gezinnen zoals het jouwe. Zonder oordeel.</p>",
            ),
            ("heading", {"text": "Eerste stappen"}),
            (
                "rich_text",
                "<ol>"
                "<li><b>Maak een overzicht.</b> Verzamel alle brieven en rekeningen in één map of doos. "
                "Open ook de enveloppen die je liever laat liggen.</li>"
                "<li><b>Betaal eerst de vaste lasten.</b> Huur, energie, water en zorgverzekering gaan voor. "
                "Zo voorkom je dat je je huis kwijtraakt of zonder stroom komt te zitten.</li>"
                "<li><b>Neem contact op met wie je geld moet krijgen.</b> Vraag of je een betalingsregeling kunt krijgen. "
                "Veel bedrijven werken daaraan mee als je op tijd belt.</li>"
                "<li><b>Check je toeslagen.</b> Misschien heb je recht op huurtoeslag, zorgtoeslag of kindgebonden budget. "
                'Op <a href="https://www.geldfit.nl">Geldfit.nl</a> doe je een korte test en zie je waar je hulp kunt vinden.</li>'
                "</ol>",
            ),
            ("heading", {"text": "Waar kun je terecht in Deventer?"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Sociaal Team in je wijk.</b> Het Sociaal Team van de gemeente helpt bij geld, werk, wonen en zorg. "
                "Ze kunnen je ook aanmelden voor schuldhulpverlening van de gemeente. Die hulp is gratis.</li>"
                "<li><b>SchuldHulpMaatje.</b> Een getrainde vrijwilliger helpt je om je papieren op orde te krijgen "
                'en samen een plan te maken. Kijk op <a href="https://www.schuldhulpmaatje.nl">schuldhulpmaatje.nl</a>.</li>'
                "<li><b>Voedselbank.</b> Kom je echt niet rond? Dan kun je misschien een tijdje een voedselpakket krijgen. "
                "Een hulpverlener, bijvoorbeeld van het Sociaal Team, helpt je met de aanmelding. Meer informatie vind je op "
                '<a href="https://www.voedselbankennederland.nl">voedselbankennederland.nl</a>.</li>'
                "<li><b>Informatiepunt in de Bibliotheek.</b> Bij het Informatiepunt Digitale Overheid helpen we je gratis "
                "met formulieren, toeslagen en DigiD. Je hoeft geen lid te zijn.</li>"
                "<li><b>Hulp voor kinderen.</b> Stichting Leergeld en het Jeugdfonds Sport &amp; Cultuur zorgen dat kinderen "
                "kunnen meedoen met sport, muziek en schoolreisjes, ook als daar thuis geen geld voor is.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ik heb een jaar lang de post niet opengemaakt. Mijn maatje hielp me om alles te sorteren. "
                        "Na drie maanden had ik weer overzicht. Ik had het veel eerder moeten vragen."
                    ),
                    "attribution": "Marco, vader van een dochter",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Kost schuldhulp geld?",
                            "answer": "<p>Nee. Schuldhulpverlening van de gemeente is gratis. Ook de hulp van SchuldHulpMaatje "
                            "en het Informatiepunt in de Bibliotheek kost niets. Let op: sommige bedrijven vragen wel geld "
                            "voor 'schuldhulp'. Ga daarom eerst naar de gemeente.</p>",
                        },
                        {
                            "question": "Ik schaam me. Moet ik alles vertellen?",
                            "answer": "<p>De hulpverleners gaan vertrouwelijk om met wat je vertelt. Ze horen dit soort verhalen elke dag. "
                            "Je hoeft niet alles in één keer te vertellen. Begin met wat je het meest dwarszit.</p>",
                        },
                    ],
                },
            ),
            (
                "rich_text",
                "<p>Zie je soms geen uitweg meer, en denk je aan zelfdoding? Praat erover. "
                'Bel 113 Zelfmoordpreventie via 0800-0113 (gratis) of kijk op <a href="https://www.113.nl">113.nl</a>.</p>',
            ),
            (
                "call_to_action",
                {
                    "text": "Kom langs bij het Informatiepunt in de Centrale Bibliotheek. Je bent welkom zonder afspraak.",
                    "url": "https://bibliotheek-deventer.example.nl/informatiepunt",
                    "button_label": "Bekijk openingstijden",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 12
    {
        "partner": "oudervereniging-samen-sterk",
        "slug": "praten-met-kinderen-over-geldzorgen",
        "title": "Praten met je kinderen over geldzorgen",
        "intro": (
            "Kinderen merken meer dan je denkt. "
            "Zo vertel je eerlijk over geldzorgen, zonder dat je kind zich verantwoordelijk gaat voelen."
        ),
        "topics": ["geldzorgen", "opvoeden"],
        "last_reviewed": "2026-08-14",
        "body": [
            (
                "rich_text",
                "<p>Veel ouders willen hun kinderen beschermen tegen geldzorgen. Dat is begrijpelijk. "
                "Maar kinderen voelen spanning in huis heel goed aan. Ze horen stukjes van gesprekken, "
                "zien dat je schrikt van de post of merken dat er ineens geen uitjes meer zijn. "
                "Als niemand iets uitlegt, gaan ze zelf invullen wat er aan de hand is. Dat is vaak erger dan de werkelijkheid.</p>"
                "<p>Eerlijk zijn, op een manier die past bij de leeftijd van je kind, geeft juist rust.</p>",
            ),
            ("heading", {"text": "Zo vertel je het"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Houd het kort en eenvoudig.</b> Bijvoorbeeld: 'We hebben nu minder geld. Daarom moeten we even zuinig zijn. "
                "Wij zorgen dat er eten is en dat we in ons huis kunnen blijven.'</li>"
                "<li><b>Vertel wat je eraan doet.</b> 'We krijgen hulp van iemand die goed is met geld.' "
                "Zo weet je kind dat de volwassenen het oplossen.</li>"
                "<li><b>Geef geen details</b> over bedragen, schulden of ruzies met instanties. Dat is te zwaar voor een kind.</li>"
                "<li><b>Zeg dat het niet hun schuld is</b>, en dat zij het niet hoeven op te lossen.</li>"
                "<li><b>Vraag wat je kind denkt en voelt.</b> Misschien is je kind bang, boos of verdrietig. Dat mag er zijn.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Wat past bij welke leeftijd?"}),
            (
                "rich_text",
                "<p><b>Jonge kinderen (tot 8 jaar)</b> hebben vooral zekerheid nodig. Vertel dat er voor ze gezorgd wordt. "
                "Houd vaste gewoontes aan, zoals voorlezen en samen eten. Dat kost niets en geeft veel houvast.</p>"
                "<p><b>Kinderen van 8 tot 12 jaar</b> begrijpen al meer. Laat ze meedenken over leuke dingen die weinig kosten, "
                "zoals een picknick, een middag in de bibliotheek of een spelletjesavond.</p>"
                "<p><b>Tieners</b> kunnen meer uitleg aan. Let wel op dat je tiener zich niet verantwoordelijk gaat voelen. "
                "Je tiener hoeft niet mee te betalen aan de huur. Heeft je tiener een bijbaantje? "
                "Laat dat geld dan zoveel mogelijk voor hem of haar zelf zijn.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Mijn zoon vroeg waarom hij niet mee mocht op kamp. Ik heb eerlijk gezegd dat we het nu niet konden betalen. "
                        "Via Stichting Leergeld kon hij toch mee. Hij was blij dat hij het wist, en dat het werd opgelost."
                    ),
                    "attribution": "Fatima, moeder van drie",
                },
            ),
            (
                "faq",
                {
                    "title": "Vragen van ouders",
                    "items": [
                        {
                            "question": "Mijn kind schaamt zich tegenover vrienden. Hoe help ik?",
                            "answer": "<p>Vertel dat veel gezinnen soms minder geld hebben, ook al praat niemand erover. "
                            "Bedenk samen wat je kind kan zeggen als vrienden iets vragen, zoals: "
                            "'Ik doe deze keer niet mee, volgende keer misschien.' "
                            "Weet ook: de ouderbijdrage voor school is vrijwillig. "
                            "Je kind mag altijd mee met schoolactiviteiten, ook als jij die bijdrage niet kunt betalen.</p>",
                        },
                        {
                            "question": "Moet ik mijn kind zakgeld blijven geven?",
                            "answer": "<p>Als het kan wel, ook al is het een klein bedrag. Met zakgeld leert je kind omgaan met geld: "
                            "sparen, kiezen en wachten. Dat helpt je kind later om zelf geldzorgen te voorkomen.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Kan je kind niet meedoen met sport, muziek of een schoolreisje? Vraag hulp bij Stichting Leergeld.",
                    "url": "https://www.leergeld.nl",
                    "button_label": "Naar Leergeld",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 13
    {
        "partner": "herstelacademie-deventer",
        "slug": "ouder-met-psychische-klachten",
        "title": "Als je als ouder zelf psychische klachten hebt",
        "intro": (
            "Ook ouders kunnen depressief, angstig of overspannen raken. Daar hoef je je niet voor te schamen. "
            "Lees hoe je goed voor jezelf én voor je kinderen kunt zorgen."
        ),
        "topics": ["mentale-gezondheid", "opvoeden"],
        "last_reviewed": "2026-06-18",
        "body": [
            (
                "rich_text",
                "<p>Ongeveer een op de vier volwassenen in Nederland heeft in een jaar tijd psychische klachten, "
                "zoals een depressie, een angststoornis of een verslaving. Veel van hen zijn ouder. "
                "Je bent dus zeker niet de enige.</p>"
                "<p>Psychische klachten zeggen niets over hoeveel je van je kinderen houdt. "
                "Wel kunnen ze het zwaarder maken om elke dag geduldig en aanwezig te zijn. "
                "Daarom is het goed om hulp te zoeken, voor jezelf en voor je gezin.</p>",
            ),
            ("heading", {"text": "Wat merken kinderen ervan?"}),
            (
                "rich_text",
                "<p>Kinderen merken het als het niet goed gaat met hun ouder, ook als je het probeert te verbergen. "
                "Ze zien dat je vaak moe bent, veel in bed ligt of snel boos of verdrietig bent. "
                "Als ze geen uitleg krijgen, denken ze soms dat het hun schuld is. "
                "Of ze gaan heel veel zorgen: voor jou, voor broertjes en zusjes, voor het huishouden.</p>"
                "<p>Kinderen van ouders met psychische problemen worden ook wel <b>KOPP-kinderen</b> genoemd. "
                "Met de juiste steun groeien de meeste van deze kinderen goed op. Praten helpt daarbij het meest.</p>",
            ),
            ("heading", {"text": "Praten met je kind"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Geef de klachten een naam</b>, op een manier die je kind begrijpt. Bijvoorbeeld: "
                "'Mama is ziek in haar hoofd. Daardoor ben ik vaak moe en verdrietig. Ik krijg hulp van een dokter.'</li>"
                "<li><b>Zeg dat het niet door je kind komt</b>, en dat je kind het niet hoeft op te lossen.</li>"
                "<li><b>Vertel wie er voor je kind is</b> als het even niet lukt. Bijvoorbeeld oma, een buurvrouw of de andere ouder.</li>"
                "<li><b>Laat je kind vragen stellen</b>, ook later nog. Eén gesprek is niet genoeg.</li>"
                "<li><b>Geef je kind ruimte om kind te zijn.</b> Zorg dat je kind ook leuke dingen blijft doen, "
                "zoals sporten en spelen met vrienden.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Maak een plan voor moeilijke tijden"}),
            (
                "rich_text",
                "<p>Het helpt om op een goede dag een plan te maken voor als het slechter gaat. Schrijf op: "
                "wat zijn mijn eerste signalen? Wie kan de kinderen ophalen of opvangen? Wie bel ik? "
                "Bespreek het plan met je partner, familie en eventueel je behandelaar. Dat geeft jou én je kinderen rust.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ik was bang dat mijn kinderen me zwak zouden vinden. Toen ik het uitlegde, zei mijn dochter: "
                        "'Ik wist al dat er iets was. Fijn dat ik het nu snap.'"
                    ),
                    "attribution": "Esther, moeder van twee en ervaringsdeskundige",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Waar vind ik steun voor mijn kind?",
                            "answer": "<p>Veel ggz-instellingen hebben groepen voor KOPP-kinderen. Daar ontmoet je kind "
                            "andere kinderen in dezelfde situatie. Vraag ernaar bij je huisarts, je eigen behandelaar of het CJG. "
                            "Ook de Kindertelefoon (0800-0432) is er voor kinderen die willen praten.</p>",
                        },
                        {
                            "question": "Word ik als ouder niet meteen in de gaten gehouden als ik hulp vraag?",
                            "answer": "<p>Veel ouders zijn daar bang voor. Maar hulp vragen laat juist zien dat je goed voor je kinderen wilt zorgen. "
                            "Hulpverleners willen samen met jou zorgen dat het goed gaat met jou en je kinderen. "
                            "Jij blijft de ouder.</p>",
                        },
                    ],
                },
            ),
            (
                "rich_text",
                "<p><b>Gaat het heel slecht en denk je aan zelfdoding?</b> Praat erover. "
                "Bel 113 Zelfmoordpreventie via 0800-0113 (gratis, dag en nacht) of chat via "
                '<a href="https://www.113.nl">113.nl</a>. Je kunt ook je huisarts bellen, '
                "of 's avonds en in het weekend de huisartsenpost. Bij direct gevaar bel je 112.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Gaat het niet goed met je? Praat er anoniem over met 113 Zelfmoordpreventie.",
                    "url": "https://www.113.nl",
                    "button_label": "Naar 113.nl",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 14
    {
        "partner": "herstelacademie-deventer",
        "slug": "herstel-en-ervaringsdeskundigheid",
        "title": "Herstel: leren leven met je kwetsbaarheid",
        "intro": (
            "Herstel betekent niet altijd dat alle klachten weg zijn. Het gaat om weer grip krijgen op je leven. "
            "Bij de Herstelacademie leer je van en met mensen die het zelf hebben meegemaakt."
        ),
        "topics": ["mentale-gezondheid", "stress"],
        "last_reviewed": "2026-09-15",
        "body": [
            (
                "rich_text",
                "<p>Misschien heb je een depressie gehad, een burn-out, angst, een verslaving of een andere psychische kwetsbaarheid. "
                "Dan weet je hoe het voelt om de grip op je leven kwijt te raken. "
                "Herstel is de weg terug naar een leven dat weer van jou voelt.</p>"
                "<p>Herstel is voor iedereen anders. Voor de een betekent het weer werken. "
                "Voor de ander is het weer genieten van een middag met de kinderen. Klachten kunnen blijven of terugkomen. "
                "Herstel gaat over hoe je daarmee leert leven, en wat je nodig hebt om je goed te voelen.</p>",
            ),
            ("heading", {"text": "Wat is een ervaringsdeskundige?"}),
            (
                "rich_text",
                "<p>Een ervaringsdeskundige heeft zelf psychische problemen gehad, en is daarvan hersteld of nog aan het herstellen. "
                "Hij of zij heeft geleerd om die ervaring te gebruiken om anderen te helpen. "
                "Vaak hebben ervaringsdeskundigen daar ook een opleiding voor gevolgd.</p>"
                "<p>Het bijzondere aan een ervaringsdeskundige: die begrijpt je zonder veel uitleg. "
                "Je hoeft niet uit te leggen hoe zwaar het is om 's ochtends je bed uit te komen. "
                "Dat geeft herkenning en hoop.</p>",
            ),
            ("heading", {"text": "Wat doet de Herstelacademie?"}),
            (
                "rich_text",
                "<p>De Herstelacademie Deventer is een plek waar je samen met anderen leert over herstel. "
                "Het is geen behandeling. Je bent hier student, geen patiënt.</p>"
                "<ul>"
                "<li>We geven cursussen en workshops, zoals 'Werken aan je herstel', 'Omgaan met stress' "
                "en 'Ouder zijn met een kwetsbaarheid'.</li>"
                "<li>De cursussen worden gegeven door ervaringsdeskundigen, soms samen met een hulpverlener.</li>"
                "<li>Je hebt geen verwijzing of diagnose nodig.</li>"
                "<li>Meedoen is gratis.</li>"
                "<li>Je kunt ook gewoon binnenlopen voor een kop koffie en een praatje.</li>"
                "</ul>"
                "<p>Heb je al een behandelaar? Dan kun je de Herstelacademie daarnaast bezoeken. "
                "Het is een aanvulling op je behandeling, geen vervanging.</p>",
            ),
            ("heading", {"text": "Herstel en ouderschap"}),
            (
                "rich_text",
                "<p>Veel studenten zijn ouder. Zij zoeken naar manieren om goed voor zichzelf te zorgen én er te zijn voor hun kinderen. "
                "In de groep delen ze wat werkt. Hoe leg je het uit aan je kind? Hoe vraag je hulp aan familie? "
                "Hoe ga je om met schuldgevoel? Als een ouder herstelt, is dat vaak ook goed voor het hele gezin.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "In de cursus zat een vader die hetzelfde had meegemaakt als ik. Voor het eerst voelde ik me niet raar. "
                        "Hij zei: 'Je bent niet je ziekte.' Dat zinnetje draag ik nog elke dag bij me."
                    ),
                    "attribution": "Hanneke, moeder en student bij de Herstelacademie",
                },
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=wijkplein-demo-video-5",
                    "title": "Wat is een Herstelacademie? Drie studenten vertellen",
                    "transcript": (
                        "Drie studenten van de Herstelacademie Deventer vertellen waarom ze meedoen. "
                        "Een moeder vertelt dat ze na haar depressie weer durfde te gaan werken. "
                        "Een vader zegt dat hij door de cursus beter met zijn tieners kan praten over zijn angst. "
                        "Een jonge vrouw vertelt dat ze nu zelf de opleiding tot ervaringsdeskundige volgt. "
                        "Alle drie zeggen: het belangrijkste is dat je er niet alleen voor staat."
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Benieuwd naar de cursussen? Kijk in onze agenda of loop eens binnen.",
                    "url": "https://herstelacademie-deventer.example.nl/cursussen",
                    "button_label": "Bekijk de cursussen",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 15
    {
        "partner": "bibliotheek-deventer",
        "slug": "boeken-en-voorlezen-voor-rust",
        "title": "Voorlezen: een rustmoment voor jou en je kind",
        "intro": (
            "Voorlezen is gezellig, goed voor de taal van je kind en het geeft rust voor het slapengaan. "
            "Je hoeft er geen goede voorlezer voor te zijn. Zo begin je."
        ),
        "topics": ["opvoeden", "slapen", "stress"],
        "last_reviewed": "2026-10-01",
        "body": [
            (
                "rich_text",
                "<p>Samen een boek lezen is een van de beste dingen die je voor je kind kunt doen. "
                "Het kost weinig tijd en het levert veel op:</p>"
                "<ul>"
                "<li>Je kind leert nieuwe woorden en gaat beter praten en lezen.</li>"
                "<li>Je kind leert zich in te leven in anderen.</li>"
                "<li>Het is een vast, warm moment samen. Dat geeft een veilig gevoel.</li>"
                "<li>Een rustig boek voor het slapengaan helpt je kind om tot rust te komen.</li>"
                "</ul>"
                "<p>En voor jou? Even stilzitten, je kind dicht bij je, geen telefoon. "
                "Voor veel ouders is dat ook een rustmoment.</p>",
            ),
            ("heading", {"text": "Tips om te beginnen"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Begin vroeg.</b> Ook baby's genieten van je stem en van plaatjes kijken. "
                "Wordt je baby lid van de Bibliotheek? Dan krijg je een gratis BoekStart-koffertje met boekjes.</li>"
                "<li><b>Elke dag een kwartiertje.</b> Liever elke dag kort dan af en toe lang.</li>"
                "<li><b>Laat je kind kiezen.</b> Ook als het voor de tiende keer hetzelfde boek wil. Herhaling is goed voor kinderen.</li>"
                "<li><b>Praat over het boek.</b> Wat zie je op het plaatje? Wat denk je dat er nu gaat gebeuren?</li>"
                "<li><b>Lees in je eigen taal.</b> Spreek je thuis een andere taal dan Nederlands? Lees dan voor in de taal "
                "die jij het beste spreekt. Dat is goed voor de taalontwikkeling van je kind. "
                "In de Bibliotheek vind je boeken in veel talen.</li>"
                "<li><b>Stop niet te vroeg.</b> Ook kinderen die zelf kunnen lezen, vinden voorlezen fijn. "
                "Zelfs tieners luisteren graag naar een spannend verhaal of een luisterboek.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Boeken bij moeilijke onderwerpen"}),
            (
                "rich_text",
                "<p>Een prentenboek of verhaal kan helpen om over lastige dingen te praten. "
                "Bijvoorbeeld over bang zijn in het donker, een scheiding, een ouder die ziek is, of boos zijn. "
                "Je kind herkent zich in de hoofdpersoon en kan dan makkelijker vertellen wat het zelf voelt. "
                "Vraag de medewerkers van de Bibliotheek om tips. Zij zoeken graag samen met je een passend boek.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Voorlezen is bij ons thuis het enige moment van de dag dat het echt stil is. "
                        "Mijn dochter kruipt tegen me aan en ik voel mijn schouders zakken."
                    ),
                    "attribution": "Ilse, moeder van een dochter van 5",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Ik lees zelf niet zo goed. Kan ik toch voorlezen?",
                            "answer": "<p>Zeker. Je kunt ook samen plaatjes bekijken en er zelf een verhaal bij vertellen. "
                            "Dat is net zo waardevol. Er zijn ook luisterboeken en prentenboeken met weinig tekst. "
                            "Wil je zelf beter leren lezen? Vraag in de Bibliotheek naar het Taalhuis. "
                            "Daar helpen vrijwilligers je gratis.</p>",
                        },
                        {
                            "question": "Mijn kind wil niet stilzitten bij het voorlezen.",
                            "answer": "<p>Dat is heel normaal, zeker bij jonge kinderen. Kies korte boeken met veel plaatjes. "
                            "Laat je kind meedoen: de bladzijde omslaan, geluiden maken, dingen aanwijzen. "
                            "Je kind mag ook met iets spelen terwijl jij leest. Het luistert vaak meer dan je denkt.</p>",
                        },
                    ],
                },
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=wijkplein-demo-video-6",
                    "title": "Voorleestips van de Bibliotheek: zo maak je er een feestje van",
                    "transcript": (
                        "Een voorleescoach van de Bibliotheek Deventer laat zien hoe je een prentenboek voorleest "
                        "aan een kind van drie. Ze wijst plaatjes aan, stelt vragen en gebruikt verschillende stemmen. "
                        "Ze laat zien dat je niet elk woord hoeft voor te lezen. "
                        "Haar belangrijkste tip: kijk naar je kind en volg wat het leuk vindt."
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Lid worden van de Bibliotheek is gratis voor kinderen tot 18 jaar. Meld je kind vandaag nog aan.",
                    "url": "https://bibliotheek-deventer.example.nl/lid-worden",
                    "button_label": "Lid worden",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 16
    {
        "partner": "cjg-deventer",
        "slug": "wanneer-vraag-je-hulp",
        "title": "Wanneer vraag je hulp, en waar kun je terecht?",
        "intro": (
            "Twijfel je of jouw zorgen groot genoeg zijn om hulp te vragen? Dat zijn ze. "
            "Hier vind je waar je in Deventer terechtkunt, van een kleine vraag tot een crisis."
        ),
        "topics": ["opvoeden", "mentale-gezondheid", "stress"],
        "last_reviewed": "2026-11-05",
        "body": [
            (
                "rich_text",
                "<p>Elke ouder loopt wel eens vast. Je kind slaapt slecht, er is veel ruzie, "
                "je maakt je zorgen over school, of je merkt dat het met jezelf niet goed gaat. "
                "Veel ouders wachten lang met hulp vragen. Ze denken dat hun probleem te klein is, of ze schamen zich.</p>"
                "<p>Hulp vragen is geen falen. Het is juist sterk. "
                "En hoe eerder je het vraagt, hoe kleiner de hulp vaak kan blijven.</p>",
            ),
            ("heading", {"text": "Signalen om hulp te vragen"}),
            (
                "rich_text",
                "<ul>"
                "<li>Je maakt je al een paar weken zorgen en het wordt niet beter.</li>"
                "<li>Je wordt vaak boos op je kind, of je bent bang dat je jezelf niet in de hand hebt.</li>"
                "<li>Je kind verandert erg: het eet of slaapt slecht, trekt zich terug of wil niet meer naar school.</li>"
                "<li>Je bent zelf uitgeput, somber of angstig.</li>"
                "<li>Je weet het gewoon even niet meer.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Waar kun je terecht?"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Het CJG (Centrum voor Jeugd en Gezin).</b> Voor alle vragen over opgroeien en opvoeden, "
                "van baby tot 23 jaar. Gratis en zonder verwijzing.</li>"
                "<li><b>De jeugdverpleegkundige en jeugdarts.</b> Je kent ze van het consultatiebureau en van de onderzoeken op school. "
                "Ook tieners en hun ouders kunnen bij hen terecht.</li>"
                "<li><b>School.</b> De leerkracht, mentor of intern begeleider denkt mee. "
                "Veel scholen hebben ook een schoolmaatschappelijk werker.</li>"
                "<li><b>De huisarts.</b> Voor lichamelijke en psychische klachten, van jou en van je kind. "
                "De huisarts kan je doorverwijzen naar andere hulp. Veel huisartsen hebben een praktijkondersteuner "
                "voor psychische klachten (POH-GGZ).</li>"
                "<li><b>Het Sociaal Team.</b> Voor hulp bij geld, wonen, werk en zorg in je wijk.</li>"
                "<li><b>Andere ouders.</b> Bij Oudervereniging Samen Sterk en de Herstelacademie ontmoet je mensen die het herkennen.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Zorgen over veiligheid, of in een crisis"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Direct gevaar?</b> Bel 112.</li>"
                "<li><b>Gedachten aan zelfdoding</b>, bij jezelf of bij je kind? Bel of chat anoniem met 113 Zelfmoordpreventie: "
                '0800-0113 (gratis, dag en nacht) of <a href="https://www.113.nl">113.nl</a>.</li>'
                "<li><b>Dringende vraag 's avonds, 's nachts of in het weekend?</b> Bel de huisartsenpost. "
                "Overdag bel je je eigen huisarts.</li>"
                "<li><b>Huiselijk geweld of kindermishandeling?</b> Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht). "
                "Ook als je twijfelt, of als je je zorgen maakt over een ander gezin. "
                'Kijk op <a href="https://www.veiligthuis.nl">veiligthuis.nl</a>.</li>'
                "<li><b>Kinderen en jongeren</b> kunnen anoniem praten met de Kindertelefoon: 0800-0432 of "
                '<a href="https://www.kindertelefoon.nl">kindertelefoon.nl</a>.</li>'
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ik dacht: mijn vraag is vast te klein voor het CJG. De jeugdverpleegkundige zei: "
                        "'Geen vraag is te klein. Fijn dat je belt.' Na twee gesprekken ging het thuis al een stuk beter."
                    ),
                    "attribution": "Kevin, vader van een zoon van 6",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Kost hulp van het CJG geld?",
                            "answer": "<p>Nee, advies en gesprekken bij het CJG zijn gratis. Heeft je kind meer hulp nodig, "
                            "bijvoorbeeld jeugdhulp? Dan regelt de gemeente dat. Ook dat kost je meestal niets.</p>",
                        },
                        {
                            "question": "Wat gebeurt er met wat ik vertel?",
                            "answer": "<p>Medewerkers van het CJG hebben een geheimhoudingsplicht. Ze delen niets met anderen "
                            "zonder jouw toestemming. Alleen als een kind in gevaar is, kan het zijn dat ze toch iets moeten doen. "
                            "Dat bespreken ze dan eerst met jou, als dat kan.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Heb je een vraag over opvoeden of opgroeien? Bel, mail of loop binnen bij het CJG Deventer.",
                    "url": "https://cjg-deventer.example.nl/contact",
                    "button_label": "Neem contact op",
                },
            ),
        ],
    },
]

# ------------------------------------------------------------------ trust pages
# The pages linked in every page's footer (community.pages.models.TrustPage), one of each kind.
# "[[kind]]" in a rich-text link or a call to action's page is replaced by that trust page's id
# when the demo is loaded. Demo addresses, phone numbers and email addresses are made up.
TRUST_CONTACT_EMAIL = "contact@wijkplein.example"
TRUST_PRIVACY_EMAIL = "privacy@wijkplein.example"
TRUST_PHONE = "0570 12 34 56"
TRUST_ADDRESS = "Wijkplein, p/a Voorbeeldplein 1, 7411 AB Deventer"

TRUST_PAGES = [
    # ------------------------------------------------------------------ privacy statement
    {
        "kind": "privacy",
        "slug": "privacy",
        "title": "Privacyverklaring",
        "intro": (
            "Hier lees je welke gegevens Wijkplein bewaart, waarom en hoe lang. "
            "Je leest ook wie je gegevens kan zien en wat je rechten zijn."
        ),
        "last_reviewed": "2026-11-20",
        "body": [
            (
                "rich_text",
                "<p>Op Wijkplein deel je soms persoonlijke dingen. Over je kind, over stress of over hoe het met je gaat. "
                "Daar gaan we zorgvuldig mee om. We bewaren zo weinig mogelijk, en niet langer dan nodig. "
                "We verkopen nooit gegevens. We tonen geen reclame en we volgen je niet met cookies.</p>",
            ),
            ("heading", {"text": "Wie is verantwoordelijk?"}),
            (
                "rich_text",
                "<p>Wijkplein is van ROK Deventer. Dat is een samenwerking van organisaties in Deventer: "
                "het Centrum voor Jeugd en Gezin Deventer, GGD IJsselland, Bibliotheek Deventer, "
                "Oudervereniging Samen Sterk en Herstelacademie Deventer.</p>"
                "<p>Deze organisaties zijn samen verantwoordelijk voor je gegevens op Wijkplein. "
                "In de wet heet dat <b>gezamenlijke verwerkingsverantwoordelijken</b>. "
                "Ze hebben op papier afgesproken wie wat doet. Voor jou is er één aanspreekpunt: "
                f'het privacyteam van Wijkplein, via <a href="mailto:{TRUST_PRIVACY_EMAIL}">{TRUST_PRIVACY_EMAIL}</a>.</p>',
            ),
            ("heading", {"text": "Welke gegevens bewaren we?"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Je account:</b> je e-mailadres, je schuilnaam, je wachtwoord (versleuteld, niemand kan het lezen) "
                "en je taal. Als je dat wilt ook een foto en een stukje over jezelf.</li>"
                "<li><b>Wat je schrijft:</b> je berichten in het forum, in de chat en in de postbus. "
                "Ook je antwoorden in een zelfhulpcursus en je hulpvraag als je hulp zoekt via Wijkplein.</li>"
                "<li><b>Meldingen en moderatie:</b> berichten die je meldt, en wat moderatoren doen als er iets niet goed gaat.</li>"
                "<li><b>Je instellingen:</b> bijvoorbeeld welke meldingen je per e-mail wilt krijgen.</li>"
                "<li><b>Je toestemming:</b> wanneer je toestemming gaf, en voor welke versie van deze privacyverklaring.</li>"
                "<li><b>Techniek:</b> om inbraak te voorkomen tellen we mislukte inlogpogingen. "
                "Je IP-adres bewaren we daarvoor alleen heel kort. "
                "We gebruiken alleen cookies die nodig zijn: om ingelogd te blijven, voor de beveiliging en voor je taal.</li>"
                "</ul>"
                "<p>Je hoeft je echte naam niet te gebruiken. Andere leden zien alleen je schuilnaam.</p>",
            ),
            ("heading", {"text": "Gegevens over je gezondheid"}),
            (
                "rich_text",
                "<p>Wat je op Wijkplein schrijft, zegt soms iets over je gezondheid. Of over de gezondheid van je kind. "
                "Bijvoorbeeld als je vertelt dat je somber bent, of dat je kind slecht slaapt. "
                "Dat zijn <b>bijzondere persoonsgegevens</b>. De wet beschermt die extra goed (artikel 9 van de AVG).</p>"
                "<p>Daarom vragen we je bij het aanmaken van je account om uitdrukkelijke toestemming. "
                "Zonder die toestemming kun je geen account maken. We bewaren wanneer je toestemming gaf en voor welke versie "
                "van deze privacyverklaring. Je kunt je toestemming altijd intrekken: verwijder dan je account.</p>"
                "<p>Je bepaalt zelf wat je deelt. Deel geen namen, adressen of foto's van je kinderen.</p>",
            ),
            ("heading", {"text": "Waarom bewaren we je gegevens?"}),
            (
                "rich_text",
                "<ul>"
                "<li>Zodat je kunt inloggen en je account kunt gebruiken.</li>"
                "<li>Zodat je met andere ouders en met hulpverleners kunt praten.</li>"
                "<li>Zodat je hulp in de buurt kunt vinden, en een organisatie je vraag kan beantwoorden.</li>"
                "<li>Om Wijkplein veilig te houden: moderatoren kijken naar meldingen en naar de eerste berichten van nieuwe leden.</li>"
                "<li>Om Wijkplein beter te maken. De partners krijgen daarvoor alleen cijfers over groepen mensen, nooit over één persoon.</li>"
                "</ul>"
                "<p>Voor gegevens over je gezondheid vragen we je toestemming. Je account en je instellingen bewaren we omdat dat "
                "nodig is om Wijkplein te kunnen gebruiken. De beveiliging is nodig om iedereen te beschermen.</p>",
            ),
            ("heading", {"text": "Hoe lang bewaren we je gegevens?"}),
            (
                "rich_text",
                "<p>We bewaren niets langer dan nodig. In de tabel zie je per soort gegevens hoe lang. "
                "Wijkplein verwijdert deze gegevens elke dag automatisch als de termijn voorbij is.</p>",
            ),
            ("retention_table", {"caption": "Hoe lang we je gegevens bewaren"}),
            (
                "rich_text",
                "<p>Verwijder je je account? Dan verwijderen we je gegevens. "
                "Berichten die je schreef in gesprekken met anderen blijven staan onder de naam “verwijderd lid”, "
                "zodat het gesprek te volgen blijft. Je kunt ook kiezen dat we die berichten weghalen.</p>",
            ),
            ("heading", {"text": "Wie kan je gegevens zien?"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Andere leden</b> zien alleen je schuilnaam, je foto en wat je over jezelf schrijft. "
                "En natuurlijk je berichten in het forum en in een groepschat. Je e-mailadres ziet niemand.</li>"
                "<li><b>Professionals</b> zien alleen wat je aan hun organisatie schrijft. "
                "Stuur je een bericht in de postbus aan het CJG? Dan lezen alleen de professionals van het CJG mee die je vraag "
                "behandelen. Een coach van een zelfhulpcursus ziet alleen de antwoorden die je zelf met de coach deelt.</li>"
                "<li><b>Moderatoren</b> lezen berichten die iemand meldt, en de eerste berichten van nieuwe leden. "
                "Zo houden ze Wijkplein veilig. Ze hebben geheimhoudingsplicht.</li>"
                "<li><b>Beheerders</b> van Wijkplein kunnen bij de gegevens als dat nodig is voor onderhoud of bij een probleem. "
                "Ook zij hebben geheimhoudingsplicht.</li>"
                "</ul>"
                "<p>We geven je gegevens nooit aan anderen, behalve als de wet ons dat verplicht.</p>",
            ),
            ("heading", {"text": "Je rechten"}),
            (
                "rich_text",
                "<ul>"
                '<li><b>Je gegevens bekijken en downloaden.</b> Ga naar <a href="/profiel/">je profiel</a> en kies '
                "“Privacy”. Daar download je al je gegevens in één bestand.</li>"
                "<li><b>Je gegevens verbeteren.</b> Je schuilnaam, foto, taal en tekst over jezelf pas je zelf aan in je profiel.</li>"
                "<li><b>Je account verwijderen.</b> Dat doe je ook zelf in je profiel, onder “Privacy”. "
                "Je hebt daarna <b>7 dagen bedenktijd</b>. Log je in die 7 dagen in, dan kun je het verwijderen nog stoppen. "
                "Daarna is alles definitief weg.</li>"
                "<li><b>Je toestemming intrekken, of bezwaar maken.</b> Mail ons. Je toestemming intrekken kan ook door je account te verwijderen.</li>"
                "</ul>"
                f'<p>Lukt iets niet, of heb je een ander verzoek? Mail <a href="mailto:{TRUST_PRIVACY_EMAIL}">{TRUST_PRIVACY_EMAIL}</a>. '
                "We antwoorden binnen een maand, meestal veel sneller.</p>"
                "<p>Ben je niet tevreden over hoe we met je gegevens omgaan? Vertel het ons eerst, dan zoeken we samen een oplossing. "
                "Je mag ook een klacht indienen bij de <b>Autoriteit Persoonsgegevens</b>, via "
                '<a href="https://autoriteitpersoonsgegevens.nl">autoriteitpersoonsgegevens.nl</a>.</p>',
            ),
            ("heading", {"text": "Afspraken met de partners en met leveranciers"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Tussen de partners:</b> een regeling voor gezamenlijke verwerkingsverantwoordelijkheid (artikel 26 AVG). "
                "Daarin staat wie wat doet, wie je vragen beantwoordt en wie een datalek meldt. "
                "Wat er voor jou in staat, lees je op deze pagina. Wil je de afspraken zelf lezen? Mail ons.</li>"
                "<li><b>Met het hostingbedrijf:</b> Wijkplein draait op servers van een hostingbedrijf in Nederland. "
                "Met dat bedrijf hebben we een <b>verwerkersovereenkomst</b>. Het mag je gegevens alleen bewaren voor Wijkplein, "
                "en niet zelf gebruiken.</li>"
                "<li><b>Met de e-maildienst</b> die onze e-mails verstuurt hebben we ook een verwerkersovereenkomst.</li>"
                "<li>Omdat we gegevens over gezondheid bewaren, hebben we vooraf de risico's onderzocht "
                "(een <b>DPIA</b>, een gegevensbeschermingseffectbeoordeling). Dat doen we opnieuw als Wijkplein verandert.</li>"
                "</ul>"
                "<p>Je gegevens blijven in de Europese Unie. Wijkplein laadt niets van andere websites.</p>",
            ),
            ("heading", {"text": "Vragen over privacy?"}),
            (
                "rich_text",
                f'<p>Mail het privacyteam van Wijkplein: <a href="mailto:{TRUST_PRIVACY_EMAIL}">{TRUST_PRIVACY_EMAIL}</a>. '
                f"Of schrijf naar {TRUST_ADDRESS}. "
                'Andere manieren om ons te bereiken staan op de pagina <a linktype="page" id="[[contact]]">Contact</a>.</p>'
                "<p>Verandert deze privacyverklaring op een belangrijk punt? Dan laten we het je weten.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ contact
    {
        "kind": "contact",
        "slug": "contact",
        "title": "Contact",
        "intro": "Heb je een vraag over Wijkplein, of wil je iets kwijt? Neem contact met ons op. We helpen je graag.",
        "last_reviewed": "2026-11-20",
        "body": [
            ("heading", {"text": "Direct hulp nodig?"}),
            (
                "rich_text",
                '<p>Is er direct gevaar, voor jou of voor iemand anders? Bel <a href="tel:112"><b>112</b></a>.</p>'
                "<p>Denk je aan zelfdoding? Praat erover met 113 Zelfmoordpreventie. "
                'Bel <a href="tel:113"><b>113</b></a> of gratis <a href="tel:08000113"><b>0800-0113</b></a>, dag en nacht. '
                'Je kunt ook chatten via <a href="https://www.113.nl">113.nl</a>.</p>'
                "<p>Wijkplein is geen hulpdienst voor noodgevallen. Berichten aan ons lezen we alleen op werkdagen.</p>",
            ),
            ("heading", {"text": "Wijkplein bereiken"}),
            (
                "rich_text",
                "<ul>"
                f'<li>E-mail: <a href="mailto:{TRUST_CONTACT_EMAIL}">{TRUST_CONTACT_EMAIL}</a></li>'
                f'<li>Telefoon: <a href="tel:+31570123456">{TRUST_PHONE}</a> (maandag tot en met vrijdag, van 9.00 tot 17.00 uur)</li>'
                f"<li>Post: {TRUST_ADDRESS}</li>"
                "</ul>"
                "<p>We antwoorden binnen 3 werkdagen.</p>",
            ),
            ("heading", {"text": "Een vraag over opvoeden, opgroeien of hoe het met je gaat?"}),
            (
                "rich_text",
                "<p>Stel je vraag dan het liefst aan een van de partners. Dat kan met een bericht in de postbus op Wijkplein, "
                "of rechtstreeks:</p>"
                "<ul>"
                '<li><b>Centrum voor Jeugd en Gezin Deventer</b>: <a href="tel:+31570693300">0570 69 33 00</a>, '
                '<a href="mailto:info@cjg-deventer.example.nl">info@cjg-deventer.example.nl</a></li>'
                '<li><b>GGD IJsselland</b>: <a href="tel:+31570614420">0570 61 44 20</a>, '
                '<a href="mailto:jeugd@ggd-ijsselland.example.nl">jeugd@ggd-ijsselland.example.nl</a></li>'
                '<li><b>Bibliotheek Deventer</b>: <a href="tel:+31570675100">0570 67 51 00</a>, '
                '<a href="mailto:info@bibliotheek-deventer.example.nl">info@bibliotheek-deventer.example.nl</a></li>'
                '<li><b>Oudervereniging Samen Sterk</b>: <a href="tel:+31570721845">0570 72 18 45</a>, '
                '<a href="mailto:contact@samensterk-deventer.example.nl">contact@samensterk-deventer.example.nl</a></li>'
                '<li><b>Herstelacademie Deventer</b>: <a href="tel:+31570740216">0570 74 02 16</a>, '
                '<a href="mailto:welkom@herstelacademie-deventer.example.nl">welkom@herstelacademie-deventer.example.nl</a></li>'
                "</ul>",
            ),
            ("heading", {"text": "Iets zien wat niet klopt?"}),
            (
                "rich_text",
                "<p>Zie je in het forum, de chat of de postbus een bericht dat niet goed is? "
                "Klik dan op “Meld dit” bij het bericht. Een moderator kijkt ernaar. "
                'Lees ook onze <a linktype="page" id="[[house_rules]]">huisregels</a>.</p>',
            ),
            ("heading", {"text": "Privacy en toegankelijkheid"}),
            (
                "rich_text",
                f'<p>Een vraag over je gegevens? Mail <a href="mailto:{TRUST_PRIVACY_EMAIL}">{TRUST_PRIVACY_EMAIL}</a> '
                'of lees de <a linktype="page" id="[[privacy]]">privacyverklaring</a>.</p>'
                "<p>Werkt iets op Wijkplein niet goed voor jou? Bijvoorbeeld met een schermlezer, met alleen een toetsenbord "
                "of met grotere letters? Laat het ons weten via e-mail of telefoon. "
                'In de <a linktype="page" id="[[accessibility]]">toegankelijkheidsverklaring</a> lees je wat we al weten.</p>',
            ),
        ],
    },
    # ------------------------------------------------------------------ about the partnership
    {
        "kind": "about",
        "slug": "over-wijkplein",
        "title": "Over Wijkplein en ROK Deventer",
        "intro": (
            "Wijkplein is de online plek van ROK Deventer: organisaties in Deventer die samen ouders en kinderen helpen. "
            "Hier lees je wie we zijn en waarom we dit doen."
        ),
        "last_reviewed": "2026-11-20",
        "body": [
            (
                "rich_text",
                "<p>Opvoeden is mooi, maar soms ook zwaar. Bijvoorbeeld als je veel stress hebt, "
                "of als je zelf psychische klachten hebt. Dan is het fijn als je weet waar je terechtkunt. "
                "En als je merkt dat je niet de enige bent.</p>"
                "<p>ROK staat voor <b>relatie ouder-kind</b>. In ROK Deventer werken organisaties samen die ouders en kinderen helpen. "
                "Samen maakten we Wijkplein: één plek waar je betrouwbare informatie vindt, andere ouders ontmoet "
                "en hulp in de buurt vindt.</p>",
            ),
            ("heading", {"text": "Wat vind je op Wijkplein?"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Informatie</b> in gewone taal, geschreven en gecontroleerd door professionals.</li>"
                "<li><b>Een forum</b> waar je met andere ouders praat, met een schuilnaam.</li>"
                "<li><b>Een chat</b>: groepsgesprekken met ervaringsdeskundigen, en een 1-op-1 chat met een professional.</li>"
                "<li><b>Zelfhulpcursussen</b>, soms met een coach.</li>"
                "<li><b>Hulp in de buurt</b>: een sociale kaart van Deventer.</li>"
                "<li><b>Een postbus</b> om een organisatie een vraag te stellen.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Wie zijn de partners?"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Centrum voor Jeugd en Gezin Deventer</b>: voor alle vragen over opgroeien en opvoeden, "
                "van zwangerschap tot 23 jaar.</li>"
                "<li><b>GGD IJsselland</b>: werkt aan de gezondheid van alle inwoners, met jeugdartsen en jeugdverpleegkundigen.</li>"
                "<li><b>Bibliotheek Deventer</b>: lezen, leren en meedoen, met het Taalhuis en hulp bij digitale vragen.</li>"
                "<li><b>Oudervereniging Samen Sterk</b>: ouders helpen ouders, met koffieochtenden en een maatjesproject.</li>"
                "<li><b>Herstelacademie Deventer</b>: cursussen over herstel, gegeven door ervaringsdeskundigen.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Hoe we werken"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Veilig:</b> moderatoren letten op het forum en de chat. Op elke pagina staat waar je direct hulp krijgt.</li>"
                "<li><b>Zonder je echte naam:</b> andere leden zien alleen je schuilnaam.</li>"
                "<li><b>Zonder reclame:</b> we verkopen niets en volgen je niet. Wijkplein is gratis.</li>"
                "<li><b>Samen met ouders:</b> ouders en ervaringsdeskundigen denken mee over wat er op Wijkplein komt.</li>"
                "<li><b>Open:</b> de software van Wijkplein is open source. Andere gemeenten mogen hem ook gebruiken.</li>"
                "</ul>",
            ),
            (
                "call_to_action",
                {
                    "text": "Wil je meer weten, of wil je als organisatie meedoen? Neem contact met ons op.",
                    "page": "[[contact]]",
                    "button_label": "Naar contact",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ accessibility statement
    {
        "kind": "accessibility",
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheidsverklaring",
        "intro": (
            "Wijkplein moet voor iedereen goed te gebruiken zijn. "
            "Hier lees je wat we daarvoor doen, wat nog niet goed werkt en hoe je een probleem meldt."
        ),
        "last_reviewed": "2026-11-20",
        "body": [
            ("heading", {"text": "Onze afspraak"}),
            (
                "rich_text",
                "<p>We willen dat Wijkplein voldoet aan de richtlijnen voor toegankelijkheid <b>WCAG 2.2, niveau AA</b>. "
                "Dat is de norm voor websites in Nederland en Europa.</p>"
                "<p>Wijkplein voldoet <b>gedeeltelijk</b> aan deze norm. Hieronder lees je wat nog niet goed werkt.</p>",
            ),
            ("heading", {"text": "Wat we doen"}),
            (
                "rich_text",
                "<ul>"
                "<li>We schrijven in gewone taal (taalniveau B1).</li>"
                "<li>Je kunt Wijkplein gebruiken met alleen een toetsenbord en met een schermlezer.</li>"
                "<li>De site werkt ook zonder JavaScript, en als je de letters twee keer zo groot maakt.</li>"
                "<li>De kleuren hebben genoeg contrast.</li>"
                "<li>Afbeeldingen hebben een beschrijving. Video's hebben een uitgeschreven tekst of een samenvatting.</li>"
                "<li>Bij elke wijziging aan Wijkplein controleren we de pagina's automatisch. "
                "Ook testen we regelmatig zelf, met een toetsenbord en een schermlezer.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Wat nog niet goed werkt"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>De kaart</b> op de sociale kaart werkt niet goed met een toetsenbord of schermlezer. "
                "Gebruik de lijst naast de kaart: daarin staat dezelfde informatie.</li>"
                "<li><b>Documenten</b> (pdf) van partners zijn niet altijd toegankelijk. "
                "Vraag de partner om de informatie op een andere manier als je het document niet kunt lezen.</li>"
                "<li><b>Video's</b> hebben nog niet altijd ondertiteling. Er staat wel altijd een samenvatting bij.</li>"
                "<li><b>De chat:</b> niet elke schermlezer leest nieuwe berichten meteen voor. "
                "We zoeken hier een oplossing voor.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Een probleem melden"}),
            (
                "rich_text",
                "<p>Loop je tegen een probleem aan? Of kun je iets niet lezen of gebruiken? Laat het ons weten. "
                'Op de pagina <a linktype="page" id="[[contact]]">Contact</a> staat hoe je ons bereikt. '
                "Vertel ons op welke pagina het was en wat er misging. We antwoorden binnen 5 werkdagen "
                "en lossen het probleem zo snel mogelijk op.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Werkt iets niet goed voor jou? Meld het ons.",
                    "page": "[[contact]]",
                    "button_label": "Probleem melden",
                },
            ),
            ("heading", {"text": "Over deze verklaring"}),
            (
                "rich_text",
                "<p>We maakten deze verklaring op 20 november 2026. We controleren haar minstens één keer per jaar, "
                "en als Wijkplein flink verandert.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ house rules
    {
        "kind": "house_rules",
        "slug": "huisregels",
        "title": "Huisregels",
        "intro": (
            "Op Wijkplein steunen ouders elkaar. Deze huisregels gelden voor het forum, de chat en de postbus. "
            "Zo blijft het voor iedereen veilig en prettig."
        ),
        "last_reviewed": "2026-11-20",
        "body": [
            ("heading", {"text": "De huisregels"}),
            (
                "rich_text",
                "<ol>"
                "<li><b>Wees vriendelijk.</b> Iedereen hier doet zijn best.</li>"
                "<li><b>Gebruik je schuilnaam.</b> Deel geen namen, adressen, telefoonnummers of foto's van kinderen. "
                "Ook niet van jezelf of van anderen.</li>"
                "<li><b>Vertel vanuit je eigen ervaring.</b> Tips zijn welkom, oordelen niet.</li>"
                "<li><b>Wat hier gedeeld wordt, blijft hier.</b> Zet geen berichten of schermafbeeldingen van anderen ergens anders neer.</li>"
                "<li><b>Geen reclame.</b> Ook niet voor je eigen praktijk of product.</li>"
                "<li><b>Geen medisch advies in plaats van de dokter.</b> Ervaringen delen mag. "
                "Twijfel je over je gezondheid of die van je kind? Bel je huisarts of het CJG.</li>"
                "<li><b>Zie je iets wat niet klopt?</b> Klik op “Meld dit” bij het bericht. Een moderator kijkt ernaar.</li>"
                "</ol>",
            ),
            ("heading", {"text": "Extra afspraken per plek"}),
            (
                "rich_text",
                "<ul>"
                "<li><b>Forum:</b> de eerste berichten van een nieuw account bekijkt een moderator eerst. Daarna zien anderen ze.</li>"
                "<li><b>Chat:</b> een groepschat wordt geleid door een ervaringsdeskundige of een professional. "
                "Volg wat de begeleider vraagt. Stuur niet te veel berichten achter elkaar.</li>"
                "<li><b>Postbus:</b> je schrijft met professionals van een organisatie. "
                "Zij antwoorden op werkdagen. Blijf vriendelijk, ook als het antwoord even duurt.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Wat doen moderatoren?"}),
            (
                "rich_text",
                "<p>Moderatoren letten erop dat iedereen zich aan de huisregels houdt. "
                "Ze kunnen berichten verbergen, onderwerpen sluiten of verplaatsen en je een waarschuwing sturen. "
                "Houdt iemand zich steeds niet aan de regels? Dan kan een moderator zorgen dat al diens berichten "
                "eerst gecontroleerd worden. Of dat iemand een tijdje niets kan schrijven.</p>"
                "<p>Alles wat een moderator doet, wordt vastgelegd. Je krijgt altijd bericht als een moderator iets met jouw "
                'bericht doet. Ben je het er niet mee eens? Reageer op dat bericht, of neem <a linktype="page" id="[[contact]]">contact</a> met ons op.</p>',
            ),
            ("heading", {"text": "Gaat het echt niet goed?"}),
            (
                "rich_text",
                "<p>Op Wijkplein helpen we elkaar, maar we zijn geen hulpdienst voor noodgevallen. "
                'Denk je aan zelfdoding? Bel <a href="tel:113">113</a> of gratis <a href="tel:08000113">0800-0113</a>, '
                'dag en nacht. Is er direct gevaar? Bel <a href="tel:112">112</a>.</p>',
            ),
        ],
    },
]
