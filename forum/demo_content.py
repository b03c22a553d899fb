"""Demo conversations for the forum (Dutch, pseudonymous, fictional). Used by seed_forum_demo."""

# Extra demo parents (email, pseudonym); the core seed already has ouder@ (Zonnebloem).
EXTRA_PARENTS = [
    ("lindenblad@ouders.wijkplein.example", "Lindenblad"),
    ("vadervandrie@ouders.wijkplein.example", "Vader van drie"),
    ("mantelzorger.ria@ouders.wijkplein.example", "Ria mantelzorgt"),
    ("kastanje@ouders.wijkplein.example", "Kastanje"),
]

# Author keys: Z = Zonnebloem (ouder@), S = experience expert Sam, A = professional Anouk,
# M = moderator Mila, L = Lindenblad, V = Vader van drie, R = Ria mantelzorgt, K = Kastanje.
TOPIC_FORUMS = [
    ("slapen", "Slapen", "Inslapen, doorslapen, nachtmerries en vroege wakkere kinderen."),
    ("stress", "Stress", "Als het je even te veel wordt: praat erover met ouders die het kennen."),
    ("puberteit", "Puberteit", "Deuren die dichtslaan, schermen, vrienden en grenzen."),
    ("scheiding", "Scheiding", "Samen ouder blijven als je uit elkaar gaat."),
    ("social-media", "Social media", "Telefoons, apps, groepsapps en gamen."),
    ("vaders", "Voor vaders", "Een plek voor vaders, door vaders."),
    ("mantelzorgers", "Voor mantelzorgers", "Zorgen voor een kind of ouder die extra zorg nodig heeft."),
]
ASK_FORUM = (
    "vraag-ervaringsdeskundige",
    "Vraag het een ervaringsdeskundige",
    "Stel je vraag aan iemand die het zelf heeft meegemaakt. Geverifieerde ervaringsdeskundigen antwoorden.",
)

TOPICS = [
    (
        "slapen",
        "Onze peuter wil niet alleen inslapen",
        [
            (
                "Z",
                "Sinds een paar weken wil onze dochter (2,5) alleen slapen als ik naast haar lig. Dat duurt soms een uur. Herkent iemand dit?",
            ),
            (
                "L",
                "Heel herkenbaar! Wij zijn een stoel naast het bed gaan zetten en die elke paar dagen een stukje richting de deur geschoven. Duurde twee weken, maar het werkte.",
            ),
            (
                "A",
                "Goed idee van Lindenblad. Op deze leeftijd is dit heel gewoon. Een vast ritueel helpt: zelfde volgorde, zelfde liedje, kort houden. Blijft het lastig, dan kun je ook bij het CJG langskomen voor een gesprek.",
            ),
            ("Z", "Dank jullie wel, de stoel gaan we proberen!"),
        ],
    ),
    (
        "slapen",
        "Nachtmerries na de verhuizing",
        [
            (
                "K",
                "Onze zoon van 6 heeft sinds onze verhuizing bijna elke nacht nachtmerries. Hoe troosten jullie zonder dat hij elke nacht bij ons komt slapen?",
            ),
            (
                "S",
                "Bij ons hielp het om overdag te praten over het nieuwe huis en hem dingen te laten kiezen voor zijn kamer. 's Nachts kort troosten in zijn eigen bed, lampje aan, en weer welterusten.",
            ),
            (
                "A",
                "Na een grote verandering zijn nachtmerries heel normaal en meestal tijdelijk. Houdt het na een maand of twee nog aan, bespreek het dan gerust met de jeugdverpleegkundige.",
            ),
        ],
    ),
    (
        "slapen",
        "Om 5 uur klaarwakker",
        [
            ("V", "Onze jongste (4) staat elke ochtend om vijf uur naast het bed. Iemand een tip?"),
            (
                "L",
                "Wij gebruiken een slaaptrainer-klokje: als het groen is mag je eruit. Het eerste weekje was zwaar, daarna ging het veel beter.",
            ),
            ("V", "Klokje besteld. Ik laat weten of het werkt!"),
        ],
    ),
    (
        "slapen",
        "Mijn eigen slaap lijdt eronder",
        [
            ("Z", "Ik slaap zelf ook slecht sinds de baby er is, ook als hij wél slaapt. Ik lig te piekeren."),
            (
                "S",
                "Dat had ik ook. Wat mij hielp: piekergedachten opschrijven voor het slapen, en overdag één moment voor mezelf. Je bent niet de enige.",
            ),
            (
                "A",
                "Slaapgebrek en piekeren versterken elkaar. Merk je dat je somber wordt of nergens meer zin in hebt, praat er dan met je huisarts of met ons over. Dat is geen falen, dat is goed voor jezelf zorgen.",
            ),
        ],
    ),
    (
        "stress",
        "Alles komt tegelijk",
        [
            (
                "L",
                "Werk, twee kinderen, mijn moeder die ziek is. Ik merk dat ik snel uitval tegen de kinderen en schaam me daarvoor.",
            ),
            (
                "S",
                "Wat dapper dat je dit schrijft. Ik herken die schaamte. Voor mij was de eerste stap hulp vragen aan één persoon. Wie zou dat voor jou kunnen zijn?",
            ),
            (
                "R",
                "Misschien kan iemand van de mantelzorgondersteuning iets voor je moeder betekenen? Dat gaf mij lucht.",
            ),
            (
                "A",
                "Uitvallen als je uitgeput bent is menselijk. Na afloop sorry zeggen en het goedmaken leert je kinderen juist veel. De cursus 'Rust in je hoofd' op Wijkplein kan ook helpen.",
            ),
        ],
    ),
    (
        "stress",
        "Tips voor een rustiger ochtendspits?",
        [
            ("Z", "Onze ochtenden zijn elke dag chaos en ik begin de dag al gestrest. Hoe doen jullie dat?"),
            (
                "V",
                "Alles de avond ervoor klaarzetten: tassen, kleren, broodtrommels. Scheelt ons echt een kwartier gedoe.",
            ),
            ("K", "En een plaatjesschema op de koelkast voor de kinderen. Dan hoef ik niet alles tien keer te zeggen."),
        ],
    ),
    (
        "stress",
        "Ademhalingsoefening die echt helpt",
        [
            (
                "S",
                "Ik deel een oefening die mij door een zware tijd heeft geholpen: vier tellen in, even vasthouden, zes tellen uit. Vijf keer. Je kunt het overal doen, ook op het schoolplein.",
            ),
            ("L", "Net geprobeerd in de auto voordat ik naar binnen ging. Scheelt echt."),
        ],
    ),
    (
        "stress",
        "Ik durf niet te zeggen dat het niet goed gaat",
        [
            ("K", "Op het schoolplein lijkt iedereen het zo goed te doen. Ik voel me de enige die het niet redt."),
            (
                "S",
                "Dat dacht ik ook, jarenlang. Toen ik het eindelijk aan een andere moeder vertelde, bleek zij precies hetzelfde te voelen. Hier mag je het gewoon zeggen.",
            ),
            ("Z", "Je bent echt niet de enige. Fijn dat je het hier deelt."),
            (
                "A",
                "Weet dat je ook anoniem kunt bellen of chatten met het CJG. En als het echt niet meer gaat: de crisislijn staat bovenaan elke pagina.",
            ),
        ],
    ),
    (
        "puberteit",
        "Mijn dochter (14) praat niet meer met mij",
        [
            ("L", "Ze zit alleen nog op haar kamer en antwoordt met 'hm'. Ik mis haar."),
            (
                "V",
                "Bij ons werken de gesprekken in de auto het best. Je hoeft elkaar niet aan te kijken en ze kan niet weglopen.",
            ),
            (
                "A",
                "Terugtrekken hoort bij deze leeftijd, maar contact blijft belangrijk. Laat merken dat je er bent zonder te pushen, bijvoorbeeld samen iets eten of een serie kijken die zij kiest.",
            ),
        ],
    ),
    (
        "puberteit",
        "Hoe laat moet een 15-jarige thuis zijn?",
        [
            ("K", "Onze zoon vindt 23.00 uur kinderachtig. Wat spreken jullie af?"),
            ("V", "Wij: doordeweeks 22.00, weekend 00.00, en altijd een appje als plannen veranderen."),
            (
                "Z",
                "Belangrijker dan de tijd vind ik dat hij weet dat hij ons altijd mag bellen, ook als er iets misgaat, zonder meteen straf.",
            ),
        ],
    ),
    (
        "puberteit",
        "Zoon experimenteert met blowen",
        [
            ("V", "Ik vond wiet in de jaszak van mijn zoon van 16. Ik ben boos en bang tegelijk."),
            (
                "S",
                "Ik ben zelf zo'n zoon geweest. Wat mij had geholpen: een ouder die vroeg waaróm, in plaats van alleen boos te zijn.",
            ),
            (
                "A",
                "Blijf in gesprek en zeg eerlijk dat je je zorgen maakt. Op de website van de GGD staat goede informatie, en je kunt ook samen een afspraak maken bij de jeugdarts.",
            ),
        ],
    ),
    (
        "puberteit",
        "Huiswerkstrijd elke avond",
        [
            ("Z", "Elke avond ruzie over huiswerk. Ik word er moe van."),
            (
                "L",
                "Wij hebben afgesproken dat de mentor het overneemt. Ik vraag alleen nog 'heb je wat nodig?' Het is rustiger thuis.",
            ),
        ],
    ),
    (
        "scheiding",
        "Hoe vertel je het de kinderen?",
        [
            (
                "K",
                "Mijn partner en ik gaan uit elkaar. We willen het de kinderen (5 en 8) samen vertellen. Hoe pakken we dat aan?",
            ),
            (
                "S",
                "Mijn ouders vertelden het samen, en zeiden duidelijk dat het niet mijn schuld was. Dat zinnetje ben ik nooit vergeten.",
            ),
            (
                "A",
                "Samen vertellen is een goede keus. Houd het kort en eerlijk, vertel wat er voor hen verandert en wat blijft. Er zijn mooie prentenboeken over scheiden die je daarna samen kunt lezen.",
            ),
        ],
    ),
    (
        "scheiding",
        "Overdracht bij de ex gaat steeds mis",
        [
            ("V", "Elke wissel eindigt in ruzie waar de kinderen bij zijn. Ik wil dat niet meer."),
            ("L", "Wij doen de overdracht via school: de een brengt, de ander haalt. Geen contactmoment, geen ruzie."),
            (
                "A",
                "Goede tip. Een ouderschapsplan met vaste afspraken helpt ook. Via het CJG kun je hulp krijgen bij goed ouderschap na scheiding.",
            ),
        ],
    ),
    (
        "scheiding",
        "Twee huizen, twee sets regels",
        [
            (
                "Z",
                "Bij papa mag alles, bij mij niet. Zo voelt het tenminste. Hoe gaan jullie om met verschillende regels?",
            ),
            ("K", "Ik zeg tegen de kinderen: in dit huis doen we het zo. Ze snappen dat vaak beter dan wij denken."),
        ],
    ),
    (
        "scheiding",
        "Eerste feestdagen na de scheiding",
        [
            ("L", "Dit jaar zijn de kinderen met kerst bij hun vader. Ik zie er enorm tegenop."),
            (
                "S",
                "Mijn eerste kerst alleen heb ik met vriendinnen iets nieuws gedaan. Het bleef verdrietig, maar het gaf ook iets eigens. Plan iets voor jezelf.",
            ),
            ("Z", "Stuur een berichtje als je wilt praten, hier op het forum."),
        ],
    ),
    (
        "social-media",
        "Vanaf welke leeftijd een eigen telefoon?",
        [
            ("V", "Onze oudste (10) is de enige in de klas zonder telefoon, zegt hij. Wanneer gaven jullie er een?"),
            (
                "K",
                "Wij zijn met een paar ouders uit de klas afgesproken om tot de brugklas te wachten. Samen is makkelijker dan alleen.",
            ),
            (
                "A",
                "Samen afspraken maken met andere ouders werkt goed. Begin met een telefoon zonder sociale media en bespreek samen welke apps wel en niet.",
            ),
        ],
    ),
    (
        "social-media",
        "Gepest in de klassenapp",
        [
            ("Z", "Mijn dochter wordt buitengesloten in de groepsapp van haar klas. Wat kan ik doen?"),
            (
                "S",
                "Screenshots maken en samen met je dochter naar de mentor gaan. En vooral: laat haar weten dat ze er goed aan deed om het te vertellen.",
            ),
            (
                "A",
                "Precies. School heeft een pestprotocol en moet hiermee aan de slag. Let ook op hoe het met haar gaat: slaapt ze, eet ze, wil ze nog naar school?",
            ),
        ],
    ),
    (
        "social-media",
        "Gamen tot diep in de nacht",
        [
            ("V", "Mijn zoon van 13 gamet tot 2 uur 's nachts. Het modem uitzetten geeft ruzie."),
            ("L", "Wij laten alle schermen om 21.30 beneden opladen, ook die van ons. Het voorbeeld geven hielp."),
            (
                "K",
                "En samen een keer meespelen! Ik snap nu veel beter waarom hij niet midden in een potje kan stoppen.",
            ),
        ],
    ),
    (
        "social-media",
        "Hoeveel schermtijd voor een kleuter?",
        [
            ("K", "Onze kleuter wil steeds filmpjes kijken. Hoeveel is normaal?"),
            (
                "A",
                "Voor kleuters is ongeveer een uur per dag een goede richtlijn, liefst samen kijken en niet vlak voor het slapen. Buiten spelen en voorlezen blijven het belangrijkst.",
            ),
        ],
    ),
    (
        "vaders",
        "Vaderschapsverlof: wie heeft ervaring?",
        [
            ("V", "Ik ga mijn verlof opnemen na de geboorte van nummer vier. Wat moet ik weten?"),
            (
                "L",
                "Mijn partner zegt dat de weken dat hij thuis was het verschil maakten. Vooral 's nachts samen wisselen.",
            ),
            ("V", "Dat is ook mijn plan. Werkgever was positiever dan ik dacht."),
        ],
    ),
    (
        "vaders",
        "Vaders onder elkaar: koffie in Deventer?",
        [
            ("V", "Is er animo voor een vadercafé? Eén keer per maand koffie, kinderen mogen mee."),
            ("K", "Mijn man wil graag. Hij vindt het lastig om hierover te praten met vrienden."),
            (
                "M",
                "Leuk initiatief! Deel alsjeblieft geen adressen of telefoonnummers openbaar. Spreek af via een partnerorganisatie, bijvoorbeeld de bibliotheek.",
            ),
        ],
    ),
    (
        "vaders",
        "Ik voel me soms een buitenstaander",
        [
            ("V", "Op het consultatiebureau praten ze vooral tegen mijn vrouw. Herkennen andere vaders dat?"),
            (
                "A",
                "Dank voor deze eerlijke feedback, die nemen we mee. Vaders zijn net zo welkom; vraag gerust zelf een afspraak aan.",
            ),
        ],
    ),
    (
        "mantelzorgers",
        "Zorg voor een kind met autisme en mijn vader",
        [
            (
                "R",
                "Ik zorg voor mijn zoon met autisme en sinds kort ook voor mijn vader. Ik kom niet meer aan mezelf toe.",
            ),
            (
                "S",
                "Ik ken die spagaat. Respijtzorg heeft mij gered: een dagdeel per week dat iemand anders het overnam.",
            ),
            (
                "A",
                "Op de sociale kaart van Wijkplein vind je mantelzorgondersteuning in Deventer. Zij kunnen met je kijken naar respijtzorg.",
            ),
            ("R", "Dank jullie. Ik ga bellen."),
        ],
    ),
    (
        "mantelzorgers",
        "Schuldgevoel als ik tijd voor mezelf neem",
        [
            ("R", "Als ik een middag wegga voel ik me schuldig. Hoe gaan jullie daarmee om?"),
            ("L", "Ik zeg tegen mezelf: een lege batterij helpt niemand. Klinkt simpel, maar het helpt me."),
            ("S", "Schuldgevoel betekent dat je om ze geeft. Het betekent niet dat je iets fout doet."),
        ],
    ),
    (
        "mantelzorgers",
        "Broertjes en zusjes van een kind met extra zorg",
        [
            ("K", "Onze jongste krijgt veel aandacht door zijn ziekte. Onze oudste komt tekort, voel ik."),
            (
                "A",
                "Dat is een bekend zorgpunt. Een vast 'eigen moment' per week met de oudste helpt al veel. Er zijn ook groepen speciaal voor brussen (broers en zussen).",
            ),
        ],
    ),
    (
        "vraag-ervaringsdeskundige",
        "Hoe vertelde jij je kinderen over je depressie?",
        [
            ("Z", "Ik ben onder behandeling voor depressie. Moet ik dit mijn kinderen (7 en 10) vertellen?"),
            (
                "S",
                "Ik heb het verteld in simpele woorden: mama is ziek in haar hoofd, daardoor is ze soms moe of verdrietig, en het is niet jullie schuld. Mijn kinderen waren opgelucht; ze voelden al dat er iets was.",
            ),
            (
                "A",
                "Kinderen merken meer dan we denken. Er zijn KOPP-groepen voor kinderen van ouders met psychische problemen; vraag ernaar bij het CJG.",
            ),
        ],
    ),
    (
        "vraag-ervaringsdeskundige",
        "Hulp vragen voelt als falen",
        [
            ("K", "Hoe kwam jij over de drempel om hulp te vragen?"),
            (
                "S",
                "Ik wachtte tot het niet meer ging. Achteraf had ik veel eerder gewild. Hulp vragen is geen falen, het is verantwoordelijkheid nemen voor je gezin.",
            ),
            ("L", "Dit had ik een jaar geleden moeten lezen. Dank je."),
        ],
    ),
    (
        "vraag-ervaringsdeskundige",
        "Wat deed je op slechte dagen?",
        [
            ("L", "Wat hielp jou op dagen dat je eigenlijk niet uit bed kwam, terwijl de kinderen er wel waren?"),
            (
                "S",
                "Heel klein beginnen: douchen, ontbijt op tafel, naar buiten met de kinderen, al is het tien minuten. En een 'slechte dagen'-lijstje met mensen die ik kon appen.",
            ),
        ],
    ),
    (
        "vraag-ervaringsdeskundige",
        "Hoe bleef je relatie goed tijdens moeilijke jaren?",
        [
            ("V", "Mijn vrouw en ik hebben weinig tijd meer voor elkaar. Hoe deden jullie dat?"),
            (
                "S",
                "Eén avond in de week zonder schermen, ook al was het maar thee op de bank. En eerlijk zeggen wat je nodig hebt.",
            ),
        ],
    ),
    (
        "stress",
        "Geldzorgen en de kinderen",
        [
            ("K", "De vaste lasten stijgen en ik lig wakker van de rekeningen. Hoe houd ik dit weg bij de kinderen?"),
            (
                "A",
                "Geldzorgen geven veel stress. In Deventer is gratis schuldhulp; op de sociale kaart vind je waar. Kinderen hoeven niet alles te weten, maar wel dat het jouw zorg is en niet de hunne.",
            ),
            ("R", "Ik ben ook naar de schuldhulp gegaan. Het lucht enorm op, echt."),
        ],
    ),
    (
        "puberteit",
        "Mijn zoon wil niet meer naar school",
        [
            ("Z", "Hij zegt elke ochtend buikpijn te hebben. De huisarts vindt niets."),
            (
                "A",
                "Neem contact op met de mentor en de jeugdarts van school. Schoolweigering heeft vaak een oorzaak die je samen kunt vinden, zoals pesten of angst.",
            ),
            ("S", "Bij mijn dochter bleek het angst te zijn. Hulp via school heeft haar er weer bovenop geholpen."),
        ],
    ),
    (
        "slapen",
        "Slapen in bed bij papa en mama",
        [
            (
                "L",
                "Onze zoon van 4 kruipt elke nacht bij ons in bed. Wij vinden het eigenlijk niet erg, maar anderen zeggen dat het niet goed is.",
            ),
            (
                "A",
                "Als iedereen goed slaapt en jullie het prima vinden, is er niets mis mee. Het wordt pas een vraag als iemand er last van heeft.",
            ),
        ],
    ),
]

ANNOUNCEMENTS = [
    (
        "Welkom bij de mededelingen van {partner}",
        "Hier delen wij nieuws, activiteiten en cursussen. Reageren kan in de andere forums.",
    ),
]

PRIVATE_SPACE = (
    "Praatgroep Deventer-Oost",
    "Een besloten praatgroep voor ouders uit Deventer-Oost, met ervaringsdeskundige Sam.",
)
PRIVATE_TOPICS = [
    (
        "Kennismaking",
        [
            (
                "S",
                "Welkom in onze besloten groep! Wat je hier deelt, blijft binnen de groep. Stel je gerust even voor.",
            ),
            ("Z", "Hoi allemaal, ik ben Zonnebloem, moeder van twee. Fijn dat dit er is."),
            ("L", "Hallo! Lindenblad hier. Ik kijk uit naar onze eerste bijeenkomst."),
        ],
    ),
]
