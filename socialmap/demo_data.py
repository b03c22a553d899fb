"""The Deventer demo of the social map: organisations, categories and 40+ services with addresses,
coordinates and opening hours. Fictional services of plausible local help (not a real directory)."""

CATEGORIES = [
    # slug, name, topic slug (community.pages Topic), description
    ("opvoeden", "Opvoeden en opgroeien", "opvoeden", "Vragen over opvoeden, van baby tot puber."),
    ("stress", "Stress en spanning", "stress", "Rust vinden als het thuis veel is."),
    ("mentale-gezondheid", "Psychische gezondheid", "mentale-gezondheid", "Hulp bij somberheid, angst of psychische klachten."),
    ("geldzorgen", "Geld en schulden", "geldzorgen", "Hulp bij rondkomen, formulieren en schulden."),
    ("scheiding", "Scheiding", "scheiding", "Steun voor ouders en kinderen bij een scheiding."),
    ("slapen", "Slapen", "slapen", "Hulp bij slaapproblemen van kinderen en ouders."),
    ("jongeren", "Jongeren en puberteit", "puberteit", "Plekken en hulp voor tieners en jongeren."),
    ("ontmoeten", "Ontmoeten en lotgenoten", None, "Andere ouders ontmoeten en ervaringen delen."),
    ("taal-en-lezen", "Taal en lezen", None, "Voorlezen, taalles en hulp met lezen en schrijven."),
    ("gezondheid", "Gezondheid", None, "Jeugdarts, verpleegkundige en gezond opgroeien."),
]

LANGUAGES = [
    ("nl", "Nederlands"), ("en", "Engels"), ("ar", "Arabisch"), ("tr", "Turks"),
    ("pl", "Pools"), ("ti", "Tigrinya"), ("uk", "Oekraïens"),
]

ORGANISATIONS = [
    # key, name, partner slug or None, description, email, website, phone
    ("cjg", "Centrum voor Jeugd en Gezin Deventer", "cjg-deventer", "Voor alle vragen over opvoeden en opgroeien, van zwangerschap tot 23 jaar.", "info@cjg-deventer.example", "https://cjg-deventer.example", "0570 123 400"),
    ("ggd", "GGD IJsselland", "ggd-ijsselland", "Jeugdgezondheidszorg: consultatiebureau, jeugdarts en jeugdverpleegkundige.", "jgz@ggd-ijsselland.example", "https://ggd-ijsselland.example", "038 428 1428"),
    ("bieb", "Bibliotheek Deventer", "bibliotheek-deventer", "Voorlezen, taal, digitale hulp en een rustige plek om te leren.", "info@bibliotheek-deventer.example", "https://bibliotheek-deventer.example", "0570 675 700"),
    ("samen", "Oudervereniging Samen Sterk", "oudervereniging-samen-sterk", "Ouders helpen ouders: ontmoeten, praten en samen sterker staan.", "hallo@samensterk-deventer.example", "https://samensterk-deventer.example", "06 1234 5678"),
    ("herstel", "Herstelacademie Deventer", "herstelacademie-deventer", "Leren over herstel met ervaringsdeskundigen, voor iedereen met psychische kwetsbaarheid.", "info@herstelacademie-deventer.example", "https://herstelacademie-deventer.example", "0570 200 300"),
    ("buurtteam", "Buurtteams Deventer", None, "Eén team per wijk voor vragen over zorg, geld, wonen en opvoeden.", "buurtteam@deventer.example", "https://buurtteams-deventer.example", "14 0570"),
    ("geldhulp", "Geldhulp Deventer", None, "Gratis en vertrouwelijk hulp bij geldzorgen, met vrijwilligers.", "info@geldhulp-deventer.example", "https://geldhulp-deventer.example", "0570 300 400"),
    ("luisterlijn", "Luisterlijn Oost", None, "Dag en nacht een luisterend oor, anoniem.", "", "https://luisterlijn-oost.example", "088 0767 000"),
    ("jongerenwerk", "Jongerenwerk Deventer", None, "Jongerenwerkers in de wijk en inloop voor tieners.", "jongerenwerk@deventer.example", "https://jongerenwerk-deventer.example", "0570 400 500"),
]

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]
OFFICE = [(day, "09:00", "17:00") for day in WEEKDAYS]
MORNINGS = [(day, "09:00", "12:30") for day in WEEKDAYS]
ALWAYS = [(day, "00:00", "23:59") for day in ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]]
LIBRARY = [(day, "10:00", "18:00") for day in WEEKDAYS] + [("SA", "10:00", "16:00")]
EVENINGS = [("TU", "19:00", "21:30"), ("TH", "19:00", "21:30")]
WEDNESDAY = [("WE", "13:30", "16:30")]
YOUTH = [("MO", "15:00", "21:00"), ("WE", "14:00", "21:00"), ("FR", "15:00", "22:00"), ("SA", "13:00", "17:00")]

# Locations: key, organisation key, name, street + number, postcode, neighbourhood, latitude, longitude, wheelchair
LOCATIONS = [
    ("cjg-brink", "cjg", "CJG Binnenstad", "Brink 12", "7411 BR", "Binnenstad", 52.254760, 6.159840, True),
    ("cjg-keizerslanden", "cjg", "CJG Keizerslanden", "Karel de Grotestraat 40", "7414 CK", "Keizerslanden", 52.266150, 6.180420, True),
    ("cjg-colmschate", "cjg", "CJG Colmschate", "Lindelaan 5", "7423 AB", "Colmschate", 52.251620, 6.229350, True),
    ("ggd-rivierenwijk", "ggd", "Consultatiebureau Rivierenwijk", "Amstellaan 3", "7416 AA", "Rivierenwijk", 52.242640, 6.170780, True),
    ("ggd-borgele", "ggd", "Consultatiebureau Borgele", "Borgelerhof 7", "7421 BL", "Borgele", 52.246920, 6.201760, True),
    ("ggd-zandweerd", "ggd", "Consultatiebureau Zandweerd", "Pothoofd 210", "7415 AD", "Zandweerd", 52.261730, 6.157320, False),
    ("bieb-centrum", "bieb", "Bibliotheek Centrum (Het Bibliotheekgebouw)", "Stromarkt 18", "7411 PK", "Binnenstad", 52.253660, 6.155980, True),
    ("bieb-colmschate", "bieb", "Bibliotheek Colmschate", "Bongerd 2", "7423 PB", "Colmschate", 52.254420, 6.230120, True),
    ("bieb-keizerslanden", "bieb", "Bibliotheek Keizerslanden", "Keizer Karelstraat 12", "7414 HK", "Keizerslanden", 52.263720, 6.183110, True),
    ("samen-voorstad", "samen", "Buurthuis De Voorstad", "Rembrandtlaan 30", "7412 KD", "Voorstad", 52.249210, 6.176030, True),
    ("samen-platvoet", "samen", "Wijkcentrum Platvoet", "Platvoetsdijk 14", "7422 CJ", "Platvoet", 52.258920, 6.199620, False),
    ("herstel-centrum", "herstel", "Herstelacademie Leslocatie", "Bergstraat 8", "7411 ET", "Binnenstad", 52.252590, 6.162020, False),
    ("herstel-rivierenwijk", "herstel", "Herstelhuis Rivierenwijk", "Rijnstraat 44", "7416 HK", "Rivierenwijk", 52.244370, 6.168280, True),
    ("buurtteam-zandweerd", "buurtteam", "Buurtteam Zandweerd", "Hanzeweg 9", "7415 CL", "Zandweerd", 52.265130, 6.154620, True),
    ("buurtteam-voorstad", "buurtteam", "Buurtteam Voorstad", "Boxbergerweg 120", "7412 EL", "Voorstad", 52.258410, 6.173160, True),
    ("buurtteam-colmschate", "buurtteam", "Buurtteam Colmschate", "Colmschaterstraatweg 60", "7423 CB", "Colmschate", 52.253130, 6.215060, True),
    ("buurtteam-borgele", "buurtteam", "Buurtteam Borgele en Platvoet", "Oerdijk 150", "7421 AL", "Borgele", 52.248620, 6.198410, True),
    ("geldhulp-centrum", "geldhulp", "Geldhulp Spreekuur Centrum", "Smedenstraat 210", "7411 RE", "Binnenstad", 52.252180, 6.164190, True),
    ("geldhulp-rivierenwijk", "geldhulp", "Geldhulp Spreekuur Rivierenwijk", "Maasstraat 2", "7417 BA", "Rivierenwijk", 52.243030, 6.173280, True),
    ("luisterlijn", "luisterlijn", "Luisterlijn (telefoon en chat)", "Keizerstraat 71", "7411 HG", "Binnenstad", 52.252860, 6.167240, True),
    ("jongeren-keizerslanden", "jongerenwerk", "Jongerencentrum Keizerslanden", "Hertog van Gelresingel 3", "7414 AS", "Keizerslanden", 52.268010, 6.185950, True),
    ("jongeren-rivierenwijk", "jongerenwerk", "Jongerencentrum De Rivier", "Zutphenseweg 51", "7418 AJ", "Rivierenwijk", 52.241130, 6.176020, True),
    ("jongeren-colmschate", "jongerenwerk", "Jongerenhonk Colmschate", "Vijfhoek 20", "7425 AB", "Colmschate", 52.246950, 6.222840, False),
]

# Services: key, organisation key, name, [categories], [location keys], schedule, free, min age, max age,
#           target group, [languages], description
SERVICES = [
    ("cjg-opvoedspreekuur", "cjg", "Opvoedspreekuur", ["opvoeden"], ["cjg-brink", "cjg-keizerslanden", "cjg-colmschate"], MORNINGS, True, 0, 23, "parents", ["nl", "en"], "Loop binnen met je vraag over opvoeden. Een pedagoog denkt met je mee, zonder afspraak."),
    ("cjg-huisbezoek", "cjg", "Gezinscoach aan huis", ["opvoeden", "stress"], ["cjg-brink"], OFFICE, True, 0, 18, "families", ["nl", "ar", "tr"], "Een gezinscoach komt een paar keer bij je thuis als het even niet lukt met de kinderen."),
    ("cjg-slaapcursus", "cjg", "Cursus Lekker slapen", ["slapen", "opvoeden"], ["cjg-keizerslanden"], [("TU", "19:30", "21:30")], True, 0, 12, "parents", ["nl"], "Vier avonden over rust, ritme en slapen voor ouders van jonge kinderen."),
    ("cjg-scheiding", "cjg", "Kinderen uit de knel", ["scheiding"], ["cjg-colmschate"], [("WE", "14:00", "16:00")], True, 4, 16, "families", ["nl"], "Groep voor kinderen en ouders na een scheiding met veel ruzie."),
    ("cjg-pubers", "cjg", "Oudergroep Pubers in huis", ["jongeren", "opvoeden"], ["cjg-brink"], [("TH", "19:30", "21:30")], True, 11, 18, "parents", ["nl"], "Samen met andere ouders praten over je puber, met een jeugdverpleegkundige."),
    ("cjg-chat", "cjg", "CJG Chat en telefoon", ["opvoeden", "stress"], ["cjg-brink"], OFFICE + [("SA", "10:00", "13:00")], True, None, None, "parents", ["nl", "en"], "Bel of chat met een jeugdverpleegkundige of pedagoog over elke vraag over opvoeden."),
    ("ggd-consultatiebureau-rw", "ggd", "Consultatiebureau", ["gezondheid", "opvoeden"], ["ggd-rivierenwijk", "ggd-borgele", "ggd-zandweerd"], OFFICE, True, 0, 4, "parents", ["nl", "en", "ar", "pl"], "Groei, ontwikkeling en vaccinaties van je baby en peuter, op afspraak."),
    ("ggd-jeugdarts", "ggd", "Spreekuur jeugdarts", ["gezondheid"], ["ggd-rivierenwijk"], [("MO", "13:00", "16:00"), ("TH", "09:00", "12:00")], True, 4, 18, "children", ["nl"], "Vragen over gezondheid, groei of gedrag van je schoolkind."),
    ("ggd-jeugdverpleegkundige", "ggd", "Jeugdverpleegkundige op school", ["gezondheid", "jongeren"], ["ggd-zandweerd"], [("WE", "09:00", "12:00")], True, 12, 18, "youth", ["nl"], "Voor jongeren: praat vertrouwelijk over je gezondheid, je gevoel of thuis."),
    ("ggd-slaap", "ggd", "Slaapspreekuur baby en peuter", ["slapen", "gezondheid"], ["ggd-borgele"], [("FR", "09:00", "11:30")], True, 0, 4, "parents", ["nl", "en"], "Je kindje slaapt slecht? Een verpleegkundige kijkt met je naar ritme en rust."),
    ("ggd-stevig", "ggd", "Stevig ouderschap", ["opvoeden", "stress"], ["ggd-rivierenwijk"], OFFICE, True, 0, 1, "parents", ["nl", "ti", "ar"], "Extra steun in het eerste jaar met je baby, bij jou thuis."),
    ("bieb-voorlezen", "bieb", "Voorleesuurtje", ["taal-en-lezen"], ["bieb-centrum", "bieb-colmschate", "bieb-keizerslanden"], WEDNESDAY, True, 2, 6, "children", ["nl"], "Elke woensdagmiddag voorlezen voor peuters en kleuters. Ouders zijn welkom."),
    ("bieb-taalhuis", "bieb", "Taalhuis", ["taal-en-lezen"], ["bieb-centrum"], LIBRARY, True, 16, None, "everyone", ["nl", "en", "ar", "tr", "pl", "uk", "ti"], "Beter leren lezen, schrijven of Nederlands spreken. Met vrijwilligers, gratis."),
    ("bieb-digi", "bieb", "Digitaal spreekuur", ["taal-en-lezen", "geldzorgen"], ["bieb-centrum", "bieb-colmschate"], [("TU", "10:00", "12:00"), ("TH", "14:00", "16:00")], True, 16, None, "everyone", ["nl"], "Hulp met DigiD, toeslagen en formulieren van school of gemeente."),
    ("bieb-boekstart", "bieb", "BoekStart voor baby's", ["taal-en-lezen", "opvoeden"], ["bieb-keizerslanden"], [("FR", "10:00", "11:00")], True, 0, 4, "parents", ["nl"], "Samen voorlezen met je baby: tips, liedjes en een gratis koffertje."),
    ("bieb-huiswerk", "bieb", "Huiswerkplek", ["jongeren", "taal-en-lezen"], ["bieb-colmschate", "bieb-centrum"], LIBRARY, True, 10, 18, "youth", ["nl", "en"], "Rustige plek met wifi en een huiswerkbegeleider op maandag en donderdag."),
    ("samen-koffie", "samen", "Koffieochtend voor ouders", ["ontmoeten", "stress"], ["samen-voorstad", "samen-platvoet"], [("TU", "09:00", "11:30"), ("FR", "09:00", "11:30")], True, None, None, "parents", ["nl", "ar", "tr"], "Koffie, thee en andere ouders. Kinderen spelen in de hoek."),
    ("samen-lotgenoten", "samen", "Lotgenotengroep ouders van kinderen met een beperking", ["ontmoeten"], ["samen-voorstad"], [("WE", "19:30", "21:30")], True, None, None, "parents", ["nl"], "Eén keer per maand ervaringen delen met ouders die het herkennen."),
    ("samen-vaders", "samen", "Vadergroep", ["ontmoeten", "opvoeden"], ["samen-platvoet"], [("SA", "10:00", "12:00")], True, None, None, "parents", ["nl", "en"], "Vaders onder elkaar: praten over opvoeden, werk en het gezin."),
    ("samen-maatje", "samen", "Gezinsmaatje", ["stress", "ontmoeten"], ["samen-voorstad"], OFFICE, True, None, None, "families", ["nl", "ar", "ti"], "Een vrijwilliger die een paar uur per week met jou en je gezin meeloopt."),
    ("samen-speelochtend", "samen", "Speelochtend 0-4 jaar", ["ontmoeten", "opvoeden"], ["samen-platvoet", "samen-voorstad"], [("WE", "09:30", "11:30")], False, 0, 4, "families", ["nl"], "Samen spelen met je kind en andere ouders ontmoeten. Een euro per keer."),
    ("herstel-wrap", "herstel", "Cursus Herstel en ouderschap", ["mentale-gezondheid", "opvoeden"], ["herstel-centrum"], [("MO", "13:30", "16:00")], True, 18, None, "parents", ["nl"], "Voor ouders met psychische kwetsbaarheid: over herstel, je kinderen en wat je nodig hebt."),
    ("herstel-inloop", "herstel", "Herstelinloop", ["mentale-gezondheid", "ontmoeten"], ["herstel-rivierenwijk"], [("TU", "13:00", "16:00"), ("TH", "13:00", "16:00")], True, 18, None, "everyone", ["nl", "en"], "Zonder afspraak binnenlopen bij ervaringsdeskundigen. Koffie staat klaar."),
    ("herstel-naasten", "herstel", "Groep voor naasten", ["mentale-gezondheid"], ["herstel-centrum"], [("WE", "19:30", "21:30")], True, 16, None, "everyone", ["nl"], "Voor partners, ouders en kinderen van iemand met psychische klachten."),
    ("herstel-stress", "herstel", "Workshop Omgaan met stress", ["stress", "mentale-gezondheid"], ["herstel-rivierenwijk"], [("FR", "10:00", "12:30")], True, 18, None, "everyone", ["nl"], "Drie ochtenden over spanning herkennen en kleine manieren om tot rust te komen."),
    ("herstel-jongeren", "herstel", "Herstelgroep jongeren", ["mentale-gezondheid", "jongeren"], ["herstel-centrum"], [("WE", "15:30", "17:30")], True, 16, 25, "youth", ["nl"], "Jongeren met psychische klachten leren van elkaar, met een jonge ervaringsdeskundige."),
    ("buurtteam-zandweerd", "buurtteam", "Buurtteam spreekuur Zandweerd", ["opvoeden", "geldzorgen", "stress"], ["buurtteam-zandweerd"], MORNINGS, True, None, None, "everyone", ["nl", "ar", "tr", "pl"], "Vragen over zorg, geld, wonen of opvoeden? Het buurtteam zoekt het met je uit."),
    ("buurtteam-voorstad", "buurtteam", "Buurtteam spreekuur Voorstad", ["opvoeden", "geldzorgen", "stress"], ["buurtteam-voorstad"], MORNINGS, True, None, None, "everyone", ["nl", "ar", "tr"], "Loop binnen bij het buurtteam in de Voorstad, ook voor kleine vragen."),
    ("buurtteam-colmschate", "buurtteam", "Buurtteam spreekuur Colmschate", ["opvoeden", "geldzorgen"], ["buurtteam-colmschate"], [("MO", "09:00", "12:00"), ("WE", "13:00", "16:00")], True, None, None, "everyone", ["nl"], "Het buurtteam van Colmschate en Bathmen helpt met zorg, geld en opvoeden."),
    ("buurtteam-borgele", "buurtteam", "Buurtteam spreekuur Borgele en Platvoet", ["opvoeden", "geldzorgen", "stress"], ["buurtteam-borgele"], [("TU", "09:00", "12:00"), ("TH", "13:00", "16:00")], True, None, None, "everyone", ["nl", "pl", "uk"], "Voor iedereen in Borgele, Platvoet en Knutteldorp met een vraag over zorg of geld."),
    ("buurtteam-jeugd", "buurtteam", "Jeugdhulp via het buurtteam", ["opvoeden", "mentale-gezondheid"], ["buurtteam-zandweerd", "buurtteam-voorstad", "buurtteam-colmschate"], OFFICE, True, 0, 18, "families", ["nl"], "Als je kind meer hulp nodig heeft, regelt het buurtteam samen met jou passende jeugdhulp."),
    ("buurtteam-mantelzorg", "buurtteam", "Steun voor jonge mantelzorgers", ["jongeren", "stress"], ["buurtteam-borgele"], [("WE", "15:00", "17:00")], True, 8, 24, "youth", ["nl"], "Zorg je thuis voor een ouder, broer of zus? Hier kun je even op adem komen."),
    ("geldhulp-spreekuur", "geldhulp", "Spreekuur geldzaken", ["geldzorgen"], ["geldhulp-centrum", "geldhulp-rivierenwijk"], [("MO", "09:30", "12:00"), ("TH", "13:30", "16:00")], True, 18, None, "everyone", ["nl", "en", "ar"], "Breng je post mee: samen maken we overzicht in rekeningen en brieven."),
    ("geldhulp-maatje", "geldhulp", "Schuldhulpmaatje", ["geldzorgen", "stress"], ["geldhulp-centrum"], OFFICE, True, 18, None, "everyone", ["nl"], "Een getrainde vrijwilliger helpt je een jaar lang om uit de schulden te komen."),
    ("geldhulp-kindpakket", "geldhulp", "Kindpakket en meedoen", ["geldzorgen", "opvoeden"], ["geldhulp-rivierenwijk"], [("WE", "09:30", "12:00")], True, 0, 18, "families", ["nl", "ar", "uk"], "Hulp bij het aanvragen van vergoedingen voor sport, school en uitjes van je kind."),
    ("geldhulp-belasting", "geldhulp", "Belastingspreekuur", ["geldzorgen"], ["geldhulp-centrum"], [("SA", "10:00", "12:30")], False, 18, None, "everyone", ["nl"], "Hulp met je belastingaangifte en toeslagen. Vijf euro per afspraak."),
    ("luisterlijn-telefoon", "luisterlijn", "Luisterlijn dag en nacht", ["stress", "mentale-gezondheid"], ["luisterlijn"], ALWAYS, True, 16, None, "everyone", ["nl"], "Bel of chat anoniem met een getrainde vrijwilliger, dag en nacht."),
    ("luisterlijn-ouders", "luisterlijn", "Ouderlijn", ["opvoeden", "stress"], ["luisterlijn"], ALWAYS, True, None, None, "parents", ["nl", "en"], "Zit je als ouder met je handen in het haar? Bel of chat, ook 's nachts."),
    ("jongeren-inloop-kl", "jongerenwerk", "Inloop Keizerslanden", ["jongeren", "ontmoeten"], ["jongeren-keizerslanden"], YOUTH, True, 12, 23, "youth", ["nl", "en", "ar", "tr"], "Chillen, gamen en praten met de jongerenwerker. Gewoon binnenlopen."),
    ("jongeren-inloop-rw", "jongerenwerk", "Inloop De Rivier", ["jongeren", "ontmoeten"], ["jongeren-rivierenwijk"], YOUTH, True, 12, 23, "youth", ["nl", "en"], "Jongerencentrum met muziekstudio, pingpongtafel en een luisterend oor."),
    ("jongeren-meidengroep", "jongerenwerk", "Meidengroep", ["jongeren", "mentale-gezondheid"], ["jongeren-colmschate"], [("TU", "16:00", "18:00")], True, 12, 18, "youth", ["nl"], "Meiden praten over vriendschap, social media en keuzes maken."),
    ("jongeren-sport", "jongerenwerk", "Buurtsport", ["jongeren"], ["jongeren-colmschate", "jongeren-keizerslanden"], [("WE", "15:00", "17:00"), ("SA", "11:00", "13:00")], True, 8, 16, "children", ["nl"], "Gratis sporten op het pleintje met buurtsportcoaches."),
    ("jongeren-social", "jongerenwerk", "Spreekuur social media en gamen", ["jongeren", "opvoeden"], ["jongeren-rivierenwijk"], [("TH", "19:00", "20:30")], True, None, None, "parents", ["nl"], "Voor ouders: vragen over schermtijd, gamen en social media van je kind."),
]
