"""The two demo courses, written at B1 level. Used by `manage.py seed_selfhelp_demo`.

Each lesson body is a list of (block type, value) pairs; the seeder gives every block and list
item a stable id so answers stay attached when the demo is loaded again. Together the two courses
use every lesson block type.
"""

SOCIAL_MEDIA = {
    "slug": "zinvol-omgaan-met-social-media",
    "partner": "herstelacademie-deventer",
    "title": "Zinvol omgaan met social media",
    "intro": (
        "Social media kunnen je verbinden met anderen, maar ook onrustig of somber maken. In drie sessies "
        "ontdek je wat social media met jou doen en hoe je ze zo gebruikt dat ze je helpen. We werken met "
        "vijf dingen die mensen helpen om zich goed te voelen: verbondenheid, hoop, identiteit, betekenis "
        "en regie. De laatste sessie wordt geleid door ervaringsdeskundigen."
    ),
    "learning_goals": (
        "Je weet welke momenten op social media je energie geven en welke energie kosten.\n"
        "Je kunt contact online en offline zo kiezen dat je je meer verbonden voelt.\n"
        "Je hebt een eigen plan: wanneer, hoe lang en waarvoor je social media gebruikt."
    ),
    "audience": "parents",
    "duration_weeks": 3,
    "minutes_per_week": 45,
    "guided": True,
    "group_mode": True,
    "topics": ["social-media", "mentale-gezondheid"],
    "last_reviewed": "2026-10-12",
    "lessons": [
        {
            "slug": "sessie-1-verbonden-en-hoopvol",
            "title": "Sessie 1: Verbonden en hoopvol",
            "intro": "Over de mensen die je steunen, en over wat je hoop geeft. Online en offline.",
            "minutes": 45,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Welkom! In deze cursus kijk je samen met ons naar social media. Niet om ze slecht te maken. "
                        "Wel om te ontdekken wat ze met jou doen.</p>"
                        "<p>We gebruiken een model uit het herstel: <b>CHIME</b>. Dat zijn vijf dingen die mensen helpen "
                        "om zich beter te voelen:</p>"
                        "<ul><li><b>Verbondenheid</b>: je hoort erbij en er zijn mensen op wie je kunt rekenen.</li>"
                        "<li><b>Hoop</b>: je gelooft dat het beter kan worden.</li>"
                        "<li><b>Identiteit</b>: je weet wie je bent, ook los van je problemen.</li>"
                        "<li><b>Betekenis</b>: wat je doet, doet ertoe.</li>"
                        "<li><b>Regie</b>: je hebt zelf invloed op je leven.</li></ul>"
                        "<p>Deze sessie gaat over de eerste twee: verbondenheid en hoop.</p>"
                    ),
                ),
                (
                    "video",
                    {
                        "url": "https://www.youtube.com/watch?v=Wijkplein01",
                        "title": "Voorbeeldvideo: wat is herstel? (vervang door een eigen video)",
                        "transcript": (
                            "In deze video vertellen ouders wat herstel voor hen betekent. Herstel is niet: nooit meer "
                            "last hebben. Herstel is: weer een leven leiden dat bij je past, met de mensen om je heen."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "question": "Met wie heb je de afgelopen week contact gehad waar je blij van werd? Was dat online of in het echt?",
                        "help_text": "Schrijf op wat in je opkomt. Er is geen goed of fout antwoord.",
                    },
                ),
                (
                    "tip",
                    {
                        "style": "tip",
                        "title": "Kleine stap",
                        "text": "<p>Stuur vandaag één bericht naar iemand aan wie je denkt. Gewoon: 'Ik dacht aan je.' Kijk wat het met je doet.</p>",
                    },
                ),
                (
                    "quiz",
                    {
                        "question": "Je scrolt 's avonds laat door berichten van anderen en voelt je daarna alleen. Wat helpt het meest?",
                        "options": [
                            {
                                "text": "Nog even doorscrollen tot je iets leuks ziet.",
                                "correct": False,
                                "feedback": "Begrijpelijk, maar vaak word je er juist onrustiger van. Je ziet vooral de mooie momenten van anderen.",
                            },
                            {
                                "text": "Je telefoon wegleggen en morgen iemand een berichtje sturen of bellen.",
                                "correct": True,
                                "feedback": "Goed gekozen. Echt contact met één persoon geeft meer verbondenheid dan kijken naar veel mensen.",
                            },
                            {
                                "text": "Een bericht plaatsen en wachten op likes.",
                                "correct": False,
                                "feedback": "Likes voelen even fijn, maar ze geven weinig steun. Een echt gesprek helpt meestal meer.",
                            },
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<h3>Hoop</h3><p>Hoop is niet hetzelfde als alles positief zien. Hoop is weten dat iets kan "
                        "veranderen. Social media kunnen hoop geven: je leest verhalen van mensen die iets vergelijkbaars "
                        "meemaakten. Ze kunnen ook hoop wegnemen, als je alleen ziet hoe goed het anderen gaat.</p>"
                    ),
                ),
                (
                    "reflection",
                    {
                        "question": "Welk bericht, verhaal of account gaf jou ooit hoop? Wat maakte dat het hielp?",
                        "help_text": "",
                    },
                ),
                (
                    "community_link",
                    {
                        "kind": "forum",
                        "topic": "social-media",
                        "label": "Praat met andere ouders over social media",
                        "text": "Herken je dit? Andere ouders delen hun ervaring. Je kunt meelezen zonder iets te schrijven.",
                    },
                ),
            ],
        },
        {
            "slug": "sessie-2-wie-ben-jij-online",
            "title": "Sessie 2: Wie ben jij online? Over identiteit en betekenis",
            "intro": "Over het beeld dat je van jezelf laat zien, en over wat voor jou echt belangrijk is.",
            "minutes": 45,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Online laat je een deel van jezelf zien. Vaak het mooie deel. Dat is normaal. Maar als je "
                        "alleen nog kijkt naar hoe je overkomt, kun je jezelf een beetje kwijtraken.</p>"
                        "<p>In deze sessie kijk je naar <b>identiteit</b>: wie ben jij, naast moeder, vader of verzorger? "
                        "En naar <b>betekenis</b>: waar word jij blij van, wat wil je doorgeven?</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "__demo_image__",
                        "alt_text": "Een tekening van een ouder die op een bankje zit en rustig naar de lucht kijkt, de telefoon ligt naast zich.",
                        "caption": "Even niets hoeven laten zien.",
                    },
                ),
                (
                    "reflection",
                    {
                        "question": "Noem drie dingen die bij jou horen en die je nooit online zet. Waarom zijn ze belangrijk voor je?",
                        "help_text": "Bijvoorbeeld een hobby, een herinnering of iets waar je trots op bent.",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Wat doen social media met mij? Vink aan wat je herkent.",
                        "items": [
                            "Ik vergelijk mijn gezin met gezinnen die ik online zie.",
                            "Ik pak mijn telefoon als ik me verveel of onrustig voel.",
                            "Ik leer dingen van anderen die me echt helpen.",
                            "Ik voel me soms schuldig na het scrollen.",
                            "Ik heb online contact met mensen die ik steun.",
                        ],
                    },
                ),
                (
                    "tip",
                    {
                        "style": "attention",
                        "title": "Let op je grenzen",
                        "text": "<p>Deel je iets over je kinderen? Vraag je dan af: zou mijn kind dit later fijn vinden? Foto's en verhalen blijven vaak lang online.</p>",
                    },
                ),
                (
                    "quiz",
                    {
                        "question": "Wat past het best bij 'betekenis'?",
                        "options": [
                            {
                                "text": "Zo veel mogelijk volgers krijgen.",
                                "correct": False,
                                "feedback": "Volgers zeggen weinig over wat jij belangrijk vindt. Betekenis gaat over je eigen waarden.",
                            },
                            {
                                "text": "Iets doen wat voor jou of een ander echt verschil maakt.",
                                "correct": True,
                                "feedback": "Precies. Dat kan klein zijn: een ander helpen, iets maken, tijd met je kind.",
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "sessie-3-zelf-aan-het-stuur",
            "title": "Sessie 3: Zelf aan het stuur (met ervaringsdeskundigen)",
            "intro": "Ervaringsdeskundigen vertellen hoe zij weer regie kregen. Daarna maak je je eigen plan.",
            "minutes": 60,
            "body": [
                (
                    "tip",
                    {
                        "style": "tip",
                        "title": "Deze sessie wordt geleid door ervaringsdeskundigen",
                        "text": (
                            "<p>Ervaringsdeskundigen van de Herstelacademie hebben zelf moeilijke tijden meegemaakt. "
                            "Ze zijn opgeleid om hun ervaring te gebruiken om anderen te helpen. In deze sessie vertellen "
                            "zij wat hen hielp.</p>"
                        ),
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p><i>'Ik zat elke avond uren op mijn telefoon. Ik dacht dat ik zo contact had. Maar ik voelde me "
                        "steeds eenzamer. Pas toen ik vaste tijden afsprak met mezelf, kreeg ik weer ruimte. Niet alles "
                        "in één keer. Eerst alleen: geen telefoon aan tafel.'</i> – Sam, ervaringsdeskundige</p>"
                        "<p><b>Regie</b> betekent niet dat je alles onder controle hebt. Het betekent dat jij kiest. "
                        "Ook als je kiest om iets klein te beginnen.</p>"
                    ),
                ),
                (
                    "reflection",
                    {
                        "question": "Wat is één afspraak met jezelf over social media die je deze week wilt proberen?",
                        "help_text": "Maak het klein en concreet. Bijvoorbeeld: 'Na 22.00 uur leg ik mijn telefoon in de keuken.'",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Mijn plan voor de komende weken",
                        "items": [
                            "Ik weet op welke momenten ik social media wil gebruiken.",
                            "Ik heb meldingen uitgezet van apps die me onrustig maken.",
                            "Ik heb iemand verteld over mijn plan.",
                            "Ik weet wat ik doe als het even niet lukt.",
                        ],
                    },
                ),
                (
                    "quiz",
                    {
                        "question": "Je houdt je een paar dagen niet aan je plan. Wat zeggen de ervaringsdeskundigen hierover?",
                        "options": [
                            {
                                "text": "Dan is het mislukt en kun je beter stoppen.",
                                "correct": False,
                                "feedback": "Nee. Terugvallen hoort bij veranderen. Het zegt niets over of je het kunt.",
                            },
                            {
                                "text": "Kijk wat er gebeurde, wees mild voor jezelf en begin opnieuw.",
                                "correct": True,
                                "feedback": "Ja. Herstel gaat met ups en downs. Elke nieuwe start telt.",
                            },
                            {
                                "text": "Maak het plan strenger, dan lukt het wel.",
                                "correct": False,
                                "feedback": "Strenger maakt het vaak moeilijker. Een kleiner plan werkt meestal beter.",
                            },
                        ],
                    },
                ),
                (
                    "community_link",
                    {
                        "kind": "topic",
                        "topic": "mentale-gezondheid",
                        "label": "Meer over je mentale gezondheid",
                        "text": "Lees betrouwbare informatie van de partners van Wijkplein.",
                    },
                ),
            ],
        },
    ],
}

PARENTING_STRESS = {
    "slug": "rust-in-je-gezin-omgaan-met-opvoedstress",
    "partner": "cjg-deventer",
    "title": "Rust in je gezin: omgaan met opvoedstress",
    "intro": (
        "Opvoeden is mooi, en soms ook zwaar. In vijf korte lessen leer je stress herkennen, vind je "
        "momenten van rust en ontdek je wat jou en je gezin helpt. Je kunt een coach kiezen die met je meeleest."
    ),
    "learning_goals": (
        "Je herkent de signalen van stress bij jezelf.\n"
        "Je kent drie manieren om snel wat rustiger te worden.\n"
        "Je weet welke gedachten je stress geven en hoe je ze milder maakt.\n"
        "Je hebt een plan voor meer rust en regelmaat thuis.\n"
        "Je weet waar je hulp kunt vragen in Deventer."
    ),
    "audience": "parents",
    "duration_weeks": 5,
    "minutes_per_week": 20,
    "guided": True,
    "group_mode": False,
    "topics": ["stress", "opvoeden"],
    "last_reviewed": "2026-11-02",
    "lessons": [
        {
            "slug": "les-1-wat-is-opvoedstress",
            "title": "Les 1: Wat is opvoedstress?",
            "intro": "Iedere ouder heeft soms stress. Hoe herken je het bij jezelf?",
            "minutes": 15,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Stress is de reactie van je lichaam en hoofd als er veel van je gevraagd wordt. Een beetje "
                        "stress is normaal. Maar als het lang duurt, word je moe, prikkelbaar of somber.</p>"
                        "<p>Bij opvoedstress gaat het om de zorg voor je kinderen. Denk aan een baby die slecht slaapt, "
                        "een kind met driftbuien, of een puber met wie je steeds ruzie hebt. Vaak komt er nog meer bij: "
                        "werk, geldzorgen of weinig hulp.</p>"
                        "<h3>Signalen van stress</h3>"
                        "<ul><li>Je slaapt slecht of wordt moe wakker.</li><li>Je bent sneller boos of verdrietig.</li>"
                        "<li>Je hebt hoofdpijn of buikpijn.</li><li>Je geniet minder van je kinderen.</li></ul>"
                    ),
                ),
                (
                    "reflection",
                    {
                        "question": "Wanneer merkte je de laatste keer dat je gestrest was? Wat gebeurde er, en wat voelde je in je lichaam?",
                        "help_text": "Alleen jij ziet dit antwoord. Wil je dat je coach meeleest? Vink dat dan aan.",
                    },
                ),
                (
                    "quiz",
                    {
                        "question": "Welke uitspraak over opvoedstress klopt?",
                        "options": [
                            {
                                "text": "Goede ouders hebben geen stress.",
                                "correct": False,
                                "feedback": "Dat klopt niet. Bijna alle ouders hebben soms stress. Het zegt niets over hoe goed je opvoedt.",
                            },
                            {
                                "text": "Stress is normaal, maar als het lang duurt is het goed om er iets mee te doen.",
                                "correct": True,
                                "feedback": "Klopt. Door op tijd iets te doen, voorkom je dat je uitgeput raakt.",
                            },
                            {
                                "text": "Stress gaat altijd vanzelf over als de kinderen ouder worden.",
                                "correct": False,
                                "feedback": "Soms wordt het makkelijker, maar stress kan ook blijven. Je hoeft niet te wachten.",
                            },
                        ],
                    },
                ),
                (
                    "tip",
                    {
                        "style": "attention",
                        "title": "Gaat het echt niet meer?",
                        "text": "<p>Voel je je wanhopig of denk je aan zelfdoding? Bel dan 113 (0800-0113, gratis) of je huisarts. Je hoeft het niet alleen te doen.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "les-2-je-lichaam-als-alarm",
            "title": "Les 2: Je lichaam als alarm",
            "intro": "Stress zit niet alleen in je hoofd. Met je adem kun je je lichaam helpen om rustiger te worden.",
            "minutes": 20,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Bij stress gaat je lichaam in de 'alarmstand'. Je hart klopt sneller en je ademt hoog en snel. "
                        "Dat is handig bij gevaar. Maar thuis, als je kind huilt of boos is, helpt het niet.</p>"
                        "<p>Het goede nieuws: je kunt je lichaam een signaal geven dat het veilig is. Dat doe je met je adem.</p>"
                    ),
                ),
                (
                    "video",
                    {
                        "url": "https://www.youtube.com/watch?v=Wijkplein02",
                        "title": "Voorbeeldvideo: rustig ademen in één minuut (vervang door een eigen video)",
                        "transcript": (
                            "Ga zitten of blijf staan. Adem rustig in door je neus en tel tot vier. Houd je adem even vast. "
                            "Adem langzaam uit door je mond en tel tot zes. Doe dit vijf keer. Merk op hoe je schouders zakken."
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "style": "tip",
                        "title": "Ademen met je kind",
                        "text": "<p>Doe de oefening samen met je kind. Blaas bijvoorbeeld samen een denkbeeldige kaars uit. Kinderen worden rustiger als jij rustiger bent.</p>",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Rustmomenten die ik deze week probeer",
                        "items": [
                            "Eén minuut rustig ademen voor het avondeten.",
                            "Even naar buiten als het thuis te druk wordt.",
                            "Een kop thee drinken zonder telefoon.",
                            "Mijn schouders laten zakken als ik merk dat ik gespannen ben.",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "question": "Hoe voelde je je na de ademhalingsoefening? Wat viel je op?",
                        "help_text": "",
                    },
                ),
            ],
        },
        {
            "slug": "les-3-gedachten-die-stress-geven",
            "title": "Les 3: Gedachten die stress geven",
            "intro": "Wat je denkt, bepaalt mede hoe je je voelt. Je kunt leren om milder naar jezelf te kijken.",
            "minutes": 20,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Iedereen heeft gedachten als 'ik doe het nooit goed' of 'andere ouders kunnen dit wel'. "
                        "Zulke gedachten geven extra stress. Ze zijn vaak strenger dan de werkelijkheid.</p>"
                        "<h3>Zo maak je een gedachte milder</h3>"
                        "<ol><li>Schrijf de gedachte op.</li><li>Vraag jezelf: is dit helemaal waar?</li>"
                        "<li>Wat zou je tegen een vriendin zeggen die dit denkt?</li>"
                        "<li>Schrijf een mildere gedachte op. Bijvoorbeeld: 'Vandaag was zwaar, en ik doe mijn best.'</li></ol>"
                    ),
                ),
                (
                    "worksheet",
                    {
                        "document": "__demo_document__",
                        "title": "Werkblad: van strenge naar milde gedachte",
                        "description": "Print het werkblad of neem het over op papier. Vul het een week lang elke avond in.",
                    },
                ),
                (
                    "reflection",
                    {
                        "question": "Welke strenge gedachte over jezelf als ouder komt vaak terug? Hoe zou een mildere versie klinken?",
                        "help_text": "Je coach kan meedenken als je je antwoord deelt.",
                    },
                ),
                (
                    "quiz",
                    {
                        "question": "Je denkt: 'Ik ben een slechte moeder, want ik schreeuwde vandaag.' Welke gedachte is milder en eerlijk?",
                        "options": [
                            {
                                "text": "Ik schreeuwde vandaag. Dat vind ik jammer. Morgen probeer ik eerder even weg te lopen.",
                                "correct": True,
                                "feedback": "Mooi. Je ziet wat er gebeurde, zonder jezelf af te kraken, en je kiest een volgende stap.",
                            },
                            {
                                "text": "Het maakt niet uit, kinderen moeten tegen een stootje kunnen.",
                                "correct": False,
                                "feedback": "Dat is niet milder, dat is wegkijken. Een milde gedachte is eerlijk én vriendelijk.",
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "les-4-rust-en-regelmaat-thuis",
            "title": "Les 4: Rust en regelmaat thuis",
            "intro": "Vaste momenten op de dag geven kinderen en ouders houvast.",
            "minutes": 20,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Kinderen voelen zich veiliger als ze weten wat er komt. Vaste tijden voor eten, spelen en "
                        "slapen helpen daarbij. Jij hebt er ook iets aan: minder discussie en meer rust.</p>"
                        "<p>Regelmaat hoeft niet streng te zijn. Kies één of twee momenten op de dag die altijd "
                        "ongeveer hetzelfde gaan.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "__demo_image__",
                        "alt_text": "Een tekening van een rustige avond: een ouder leest een boek voor aan een kind.",
                        "caption": "Voorlezen als vast moment voor het slapen.",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Vaste momenten in ons gezin",
                        "items": [
                            "We eten op ongeveer dezelfde tijd.",
                            "Er is een vast ritueel voor het slapengaan.",
                            "Een half uur voor bedtijd gaan de schermen uit.",
                            "Er is elke dag een moment voor mij alleen.",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "question": "Welk moment van de dag is bij jullie thuis het drukst? Wat zou je daar kunnen veranderen?",
                        "help_text": "",
                    },
                ),
                (
                    "community_link",
                    {
                        "kind": "topic",
                        "topic": "slapen",
                        "label": "Lees meer over slapen en vaste ritmes",
                        "text": "Informatie van het CJG en de GGD over slapen bij kinderen en tieners.",
                    },
                ),
            ],
        },
        {
            "slug": "les-5-hulp-vragen-en-volhouden",
            "title": "Les 5: Hulp vragen en volhouden",
            "intro": "Je hoeft het niet alleen te doen. Hoe vraag je hulp, en hoe houd je vol wat je hebt geleerd?",
            "minutes": 20,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Veel ouders vinden het moeilijk om hulp te vragen. Ze denken dat ze het zelf moeten kunnen. "
                        "Maar hulp vragen is juist sterk. Je zorgt ervoor dat je er voor je kinderen kunt blijven zijn.</p>"
                        "<p>Hulp kan klein zijn: een buurvrouw die een uurtje oppast, een vriend die luistert. "
                        "Of groter: een gesprek met een jeugdverpleegkundige van het CJG.</p>"
                    ),
                ),
                (
                    "reflection",
                    {
                        "question": "Wie in je omgeving zou je om hulp kunnen vragen? Waarmee?",
                        "help_text": "Denk aan familie, vrienden, buren, school of het CJG.",
                    },
                ),
                (
                    "quiz",
                    {
                        "question": "Wat is een goede eerste stap als de stress thuis blijft?",
                        "options": [
                            {
                                "text": "Wachten tot het vanzelf beter gaat.",
                                "correct": False,
                                "feedback": "Soms gaat het vanzelf over, maar vaak niet. Je hoeft niet te wachten tot het echt niet meer gaat.",
                            },
                            {
                                "text": "Erover praten met iemand die je vertrouwt of met het CJG.",
                                "correct": True,
                                "feedback": "Ja. Praten lucht op, en samen zie je vaak meer mogelijkheden.",
                            },
                            {
                                "text": "Harder je best doen.",
                                "correct": False,
                                "feedback": "Je doet waarschijnlijk al erg je best. Meer van hetzelfde maakt je vaak nog moeër.",
                            },
                        ],
                    },
                ),
                (
                    "community_link",
                    {
                        "kind": "socialmap",
                        "topic": "opvoeden",
                        "label": "Vind hulp bij opvoeden in Deventer",
                        "text": "Op de sociale kaart vind je organisaties in jouw wijk die ouders helpen.",
                    },
                ),
                (
                    "community_link",
                    {
                        "kind": "forum",
                        "topic": "stress",
                        "label": "Praat met andere ouders over stress",
                        "text": "Deel je ervaring, of lees hoe anderen het doen.",
                    },
                ),
                (
                    "tip",
                    {
                        "style": "tip",
                        "title": "Volhouden",
                        "text": "<p>Kies één ding uit deze cursus dat je blijft doen. Zet het in je agenda. Kijk over een maand terug: wat is er veranderd?</p>",
                    },
                ),
            ],
        },
    ],
}

COURSES = [SOCIAL_MEDIA, PARENTING_STRESS]

WORKSHEET_LINES = [
    "Werkblad: van strenge naar milde gedachte",
    "",
    "Dag: ..........................",
    "",
    "1. Wat gebeurde er?",
    "   ........................................................",
    "2. Welke strenge gedachte had ik?",
    "   ........................................................",
    "3. Is dit helemaal waar? Wat zou ik tegen een vriendin zeggen?",
    "   ........................................................",
    "4. Mijn mildere gedachte:",
    "   ........................................................",
    "",
    "Wijkplein · CJG Deventer · Rust in je gezin, les 3",
]
