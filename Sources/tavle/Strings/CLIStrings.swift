import TavleCore

/// Every string the command line shows, bokmål and English, keyed; merged with
/// `CoreStrings.catalog` (see `L`). Help texts live here too, so `--help` speaks the language.
/// Placeholders are `{1}`, `{2}` …; both tables must have the same keys (a test checks).
enum CLIStrings {
    static let catalog = Catalog([.nb: nb, .en: en])

    // MARK: - Bokmål

    static let nb: [String: String] = [
        // Root and groups
        "help.tavle.abstract": "Den daglige tavla til et FACT ung-team, i terminalen.",
        "help.tavle.discussion": """
            Uten underkommando åpnes tavla i terminalen (tavla som tekst når utdata går til en fil eller et rør). Globale valg (--data, --lang, --as) kan stå før eller etter underkommandoen. Utdata er på bokmål; bruk --lang en eller TAVLE_LANG=en for engelsk. Avslutningskoder: 0 ok, 1 feil bruk, 2 datafeil (ikke funnet, avvist, ødelagt fil), 3 konflikt med en annen som skrev, 4 miljø (mappe mangler, disk full, I/O).

            Eksempler:
              tavle                      åpne tavla
              tavle --shared             møteromsskjermen (bare initialer)
              tavle demo                 prøv med demoteamet
              tavle list --due           hvem skal gjennomgås
              tavle note KH "Hjemmebesøk, god samtale"
            """,
        "group.board": "TAVLA",
        "group.youth": "UNGDOM",
        "group.path": "SAMTYKKE OG OVERFØRING",
        "group.team": "TEAMET",
        "group.data": "DATA",
        // Global options
        "opt.data": "Datamappen (ellers $TAVLE_DATA, /etc/tavle/config.json, ~/.local/share/tavle).",
        "opt.lang": "Språk: nb eller en (ellers $TAVLE_LANG, teamets språk, nb).",
        "opt.as": "Handle som et annet teammedlem (bare for teamlederen; din Unix-bruker logges også).",
        "opt.ifVersion": "Avvis endringen som konflikt hvis feltene er endret etter versjon N.",
        "opt.json": "Skriv ut JSON (stabilt format, se docs/cli.md).",
        "opt.shared": "Fellesskjermen i møterommet: bare initialer, ingen notattekst.",
        "usage.badLang": "«{1}» er ikke et språk tavle kan. Bruk --lang nb eller --lang en.",
        // Arguments
        "arg.youth": "Ungdommen: id, initialer (også KH²) eller starten av navnet.",
        "arg.youthOptional": "Bare denne ungdommen: id, initialer eller starten av navnet.",
        "arg.status": "stable (stabil), worried (bekymring) eller crisis (krise).",
        "arg.noteText": "Teksten i notatet.",
        "arg.field": "Feltet som skal endres.",
        "arg.value": "Ny verdi (tom tekst tømmer valgfrie felter).",
        "arg.party": "Tjenesten: child-welfare, nav, school eller outreach.",
        "arg.staff": "Teammedlemmet: id eller initialer.",
        "arg.csv": "Regnearket som CSV (; eller , som skilletegn, UTF-8 eller Windows-1252).",
        "arg.backupFile": "Filen med sikkerhetskopien.",
        "arg.purgeIDs": "Bare disse ungdommene (id-er).",
        // Board
        "help.board.abstract": "Åpne tavla.",
        "help.board.discussion": """
            Åpner tavla i terminalen. Inntil terminalgrensesnittet er på plass skrives tavla som tekst.

            Eksempler:
              tavle board
              tavle board --shared       fellesskjermen: bare initialer
            """,
        "help.list.abstract": "Vis tavla som tekst eller JSON.",
        "help.list.discussion": """
            Ungdommene på tavla og i casemanagement, de mest akutte først. Kolonnen ⚑ viser hvor mange grunner ungdommen har til gjennomgang i hele teamet (se `tavle due`).

            Eksempler:
              tavle list
              tavle list --mode intensive
              tavle list --due
              tavle list --json | jq '.[] | select(.status == "crisis") | .id'
            """,
        "opt.list.mode": "Bare intensive (på tavla) eller case-management.",
        "opt.list.due": "Bare ungdommer som skal gjennomgås i hele teamet.",
        "help.due.abstract": "Hvem skal gjennomgås i hele teamet, og hvorfor.",
        "help.due.discussion": """
            Hver ungdom med grunnene (regel-id i hakeparentes, se docs/review-rules.md).

            Eksempler:
              tavle due
              tavle due --json | jq '.[].due[].rule'
            """,
        "help.show.abstract": "Vis én ungdom i sin helhet.",
        "help.show.discussion": """
            Alt om ungdommen: status, tavleperiode, kriseplan, vedtak, grunner til gjennomgang, dagens plan, de siste notatene og kontaktene. Visningen logges i tilgangsloggen.

            Eksempler:
              tavle show k7m2qa
              tavle show KH²
              tavle show kari --all
              tavle show KH --json
            """,
        "opt.show.all": "Vis alle notater og kontakter, ikke bare de siste.",
        "help.stats.abstract": "Tallene teamet følger med på.",
        "help.stats.discussion": """
            Andel på tavla (mål om lag 20 %), dager på tavla, hvem som skal gjennomgås, kontakter per uke, og andelen sett av mer enn én i teamet de siste 14 dagene (mål 90 %).

            Eksempler:
              tavle stats
              tavle stats --weeks 8 --json
            """,
        "opt.stats.weeks": "Antall uker bakover for kontakter (1–52).",
        "usage.weeks": "--weeks må være mellom 1 og 52.",
        // Youth
        "help.add.abstract": "Ta inn en ny ungdom; skriver ut den nye id-en.",
        "help.add.discussion": """
            Sjekker inntakskriteriene: 12–25 år ved inntak, ellers må en grunn oppgis med --override-age. Skriver bare den nye id-en, så den kan brukes i skript. Domener: mental-health, school, network, work, family, substance-use, crime, sexuality, addiction, other.

            Eksempler:
              tavle add --name "Kari Hansen" --born 2009-05-05 --contact OB
              id=$(tavle add --name "Ola Nordmann" --born 12.03.2008 \\
                  --domains school,family --referred-by child-welfare)
              tavle add --name "Per Berg" --born 2000-01-01 \\
                  --override-age "Overgang fra BUP avtalt"
            """,
        "opt.add.name": "Fullt navn.",
        "opt.add.born": "Fødselsdato (ÅÅÅÅ-MM-DD eller dd.mm.åååå).",
        "opt.add.contact": "Primærkontakt (id eller initialer).",
        "opt.add.domains": "Områder med funksjonssvikt, kommaseparert.",
        "opt.add.referredBy": "Hvem som henviste.",
        "opt.add.referralContact": "Navn på den som henviste.",
        "opt.add.overrideAge": "Grunnen til å ta inn en ungdom utenfor 12–25 år.",
        "help.intensive.abstract": "Sett en ungdom på tavla (intensiv oppfølging).",
        "help.intensive.discussion": """
            Åpner en tavleperiode med grunn, plan og evalueringsdato (standard om 14 dager). Grunner: {1}.

            Eksempler:
              tavle intensive KH --reason crisis --plan "Daglig kontakt"
              tavle intensive k7m2qa --reason intake --evaluate 2026-12-01
            """,
        "opt.intensive.reason": "Hvorfor ungdommen settes på tavla.",
        "opt.intensive.evaluate": "Når perioden skal evalueres (standard om 14 dager).",
        "opt.intensive.plan": "Hva som er avtalt: hvem gjør hva.",
        "help.caseManagement.abstract": "Ta en ungdom av tavla, tilbake til casemanagement.",
        "help.caseManagement.discussion": """
            Avslutter tavleperioden. Et notat blir lagret som beslutning.

            Eksempler:
              tavle case-management KH
              tavle case-management KH --note "Stabil igjen, tilbake i skole"
            """,
        "opt.caseManagement.note": "Hvorfor perioden avsluttes (lagres som beslutning).",
        "help.evaluate.abstract": "Evaluer tavleperioden og sett neste dato.",
        "help.evaluate.discussion": """
            Registrerer at perioden er evaluert i dag og setter neste evalueringsdato (standard om 14 dager).

            Eksempler:
              tavle evaluate KH
              tavle evaluate KH --next 2026-12-10 --note "Fortsetter en uke til"
            """,
        "opt.evaluate.next": "Neste evalueringsdato.",
        "opt.evaluate.note": "Hva som ble bestemt (lagres som beslutning).",
        "help.status.abstract": "Sett status: stabil, bekymring eller krise.",
        "help.status.discussion": """
            Status vises alltid med symbol og ord: ● stabil, ▲ bekymring, ■ krise.

            Eksempler:
              tavle status KH crisis
              tavle status kari stable --if-version 7
            """,
        "help.note.abstract": "Skriv et notat (eller en beslutning).",
        "help.note.discussion": """
            Notater vises aldri på fellesskjermen. Det som besluttes skal også føres i journalen.

            Eksempler:
              tavle note KH "Hjemmebesøk, god samtale om skole"
              tavle note KH "Øker til daglig kontakt" --decision
            """,
        "opt.note.decision": "Notatet er en beslutning.",
        "opt.note.warning": "Notatet er et varsel.",
        "usage.decisionOrWarning": "Velg enten --decision eller --warning, ikke begge.",
        "help.contact.abstract": "Registrer en kontakt eller et kontaktforsøk.",
        "help.contact.discussion": """
            Med ungdommen eller nettverket; møte, telefon eller forsøk. Standard: møte med ungdommen nå. --at tar TT:MM (i dag), «ÅÅÅÅ-MM-DD TT:MM» eller en ISO-tid med tidssone.

            Eksempler:
              tavle contact KH
              tavle contact KH --kind phone --with network --note "Snakket med mor"
              tavle contact KH --kind attempt --at 14:30
            """,
        "opt.contact.with": "Hvem kontakten var med.",
        "opt.contact.kind": "Hvordan: visit (møte), phone eller attempt (forsøk).",
        "opt.contact.at": "Når (standard nå).",
        "opt.contact.note": "Kort merknad.",
        "opt.contact.staff": "Hvem i teamet som hadde kontakten (standard deg).",
        "usage.badTime": "«{1}» er ikke et tidspunkt. Bruk TT:MM, «ÅÅÅÅ-MM-DD TT:MM» eller en ISO-tid.",
        "refuse.contactInFuture": "Kontakten {1} ligger i framtiden. Registrer kontakter når de har skjedd.",
        "help.plan.abstract": "Dagens plan: hvem ser ungdommen, når og hvor.",
        "help.plan.discussion": """
            Legger til (eller erstatter samme persons) avtale for dagen.

            Eksempler:
              tavle plan KH --who OB --when 09:30 --where "hjemme"
              tavle plan KH --who IS --when 14:00 --day 2026-11-23
            """,
        "opt.plan.who": "Hvem i teamet (id eller initialer).",
        "opt.plan.when": "Klokkeslett, TT:MM.",
        "opt.plan.where": "Hvor.",
        "opt.plan.day": "Dagen (standard i dag).",
        "refuse.planInPast": "{1} er passert. En plan gjelder i dag eller senere.",
        "help.crisisPlan.abstract": "Registrer at kriseplanen er oppdatert.",
        "help.crisisPlan.discussion": """
            Ungdommer på tavla skal ha en kriseplan som er nyere enn tavleperioden.

            Eksempler:
              tavle crisis-plan KH
              tavle crisis-plan KH --updated 2026-11-20 \\
                  --out-of-hours "Legevakt; mor har nummer til bakvakt"
            """,
        "opt.crisisPlan.updated": "Dato planen ble oppdatert (standard i dag).",
        "opt.crisisPlan.outOfHours": "Hvem som kontaktes utenom kontortid.",
        "help.order.abstract": "Registrer et vedtak (juridisk eller barnevern) med utløpsdato.",
        "help.order.discussion": """
            Et vedtak av samme type får ny utløpsdato. Tavla varsler 30 dager før det utløper.

            Eksempler:
              tavle order KH --kind "Omsorgsvedtak" --expires 2027-01-15
              tavle order KH --remove "Omsorgsvedtak"
            """,
        "opt.order.kind": "Hva slags vedtak.",
        "opt.order.expires": "Når vedtaket utløper.",
        "opt.order.remove": "Fjern vedtaket av denne typen.",
        "usage.orderNeeds": "Oppgi --kind og --expires, eller --remove TYPE.",
        "usage.orderRemove": "--remove kan ikke kombineres med --kind eller --expires.",
        "help.reviewed.abstract": "Registrer en gjennomgang i hele teamet (behandlingsmøte) i dag.",
        "help.reviewed.discussion": """
            Fjerner flagg som venter på gjennomgang (nytt inntak, gjennomgang forfalt, overganger).

            Eksempler:
              tavle reviewed KH
              tavle reviewed KH --note "Behandlingsplan revidert"
            """,
        "opt.reviewed.note": "Kort merknad fra gjennomgangen.",
        "help.discharge.abstract": "Skriv ut en ungdom.",
        "help.discharge.discussion": """
            Avslutter en eventuell tavleperiode. Utskrevne vises ikke på tavla og slettes med `tavle purge` når oppbevaringstiden er ute.

            Eksempler:
              tavle discharge KH
            """,
        "help.set.abstract": "Endre et annet felt.",
        "help.set.discussion": """
            Felter: {1}. Datoer som ÅÅÅÅ-MM-DD eller dd.mm.åååå; ja/nei-felter tar yes/no eller ja/nei.

            Eksempler:
              tavle set KH whereabouts ward
              tavle set KH warning "Ikke ring før kl. 12"
              tavle set KH contact OB
              tavle set KH initials KH2
            """,
        "help.consent.abstract": "Registrer eller trekk et samtykke til å dele informasjon.",
        "help.consent.discussion": """
            Fra 16 år samtykker ungdommen selv, under 16 foreldrene.

            Eksempler:
              tavle consent KH --to child-welfare --by youth
              tavle consent KH --to nav --by youth --scope "Oppfølging av skole"
              tavle consent KH --withdraw nav
            """,
        "opt.consent.to": "Tjenesten det deles med.",
        "opt.consent.by": "Hvem som samtykker: youth eller parents.",
        "opt.consent.on": "Dato (standard i dag).",
        "opt.consent.scope": "Hva samtykket gjelder.",
        "opt.consent.withdraw": "Trekk samtykket til denne tjenesten.",
        "usage.consentNeeds": "Oppgi --to og --by, eller --withdraw TJENESTE.",
        "usage.consentWithdraw": "--withdraw kan ikke kombineres med --to eller --by.",
        "help.service.abstract": "Marker at en annen tjeneste også følger opp ungdommen.",
        "help.service.discussion": """
            Eksempler:
              tavle service KH outreach
              tavle service KH outreach --off
            """,
        "opt.service.off": "Tjenesten følger ikke lenger opp.",
        "help.handover.abstract": "Overføringen ved utskrivning: hvem tar over, og hva er avtalt.",
        "help.handover.discussion": """
            Tavla viser hva som mangler i utskrivningsfasen (tjeneste, kontakt, oppfølging, dato, samtykke).

            Eksempler:
              tavle handover KH --service utekontakten --contact "Per Hansen" \\
                  --day 2026-12-15
              tavle handover KH --follow-up "Ukentlig samtale" --consented yes
            """,
        "opt.handover.service": "Tjenesten som tar over.",
        "opt.handover.contact": "Kontaktperson der.",
        "opt.handover.followUp": "Oppfølgingen som er avtalt.",
        "opt.handover.day": "Dato for overføringen.",
        "opt.handover.consented": "Om ungdommen samtykker (yes/no).",
        "usage.yesNo": "{1} tar yes eller no, ikke «{2}».",
        // Staff
        "help.staff.abstract": "Teamets medlemmer.",
        "help.staff.discussion": """
            Eksempler:
              tavle staff list
              tavle staff add --name "Ole Bråten" --initials OB \\
                  --role case-manager --unix-user ole
              tavle staff deactivate ole
            """,
        "help.staffAdd.abstract": "Legg til et teammedlem (bare teamlederen).",
        "help.staffAdd.discussion": """
            Roller: {1}. Id-en lages av fornavnet hvis --id ikke er gitt. --unix-user kan gis flere ganger.

            Eksempler:
              tavle staff add --name "Ole Bråten" --initials OB \\
                  --role case-manager --unix-user ole
              tavle staff add --name "Ingrid Sæther" --initials IS \\
                  --role psychiatrist --id ingrid
            """,
        "opt.staff.name": "Fullt navn.",
        "opt.staff.initials": "Initialer (høyst 4 tegn).",
        "opt.staff.role": "Rollen i teamet.",
        "opt.staff.unixUser": "Unix-brukeren som handler som dette medlemmet.",
        "opt.staff.id": "Kort id (små bokstaver, sifre, . _ -).",
        "opt.staff.all": "Ta med tidligere medlemmer.",
        "usage.staffName": "Navnet kan ikke være tomt.",
        "usage.staffInitials": "Initialene må være 1–4 tegn.",
        "usage.unixUser": "«{1}» er ikke et gyldig Unix-brukernavn.",
        "help.staffList.abstract": "Vis teamets medlemmer.",
        "help.staffList.discussion": """
            Eksempler:
              tavle staff list
              tavle staff list --all --json
            """,
        "help.staffDeactivate.abstract": "Deaktiver et medlem som slutter (bare teamlederen).",
        "help.staffDeactivate.discussion": """
            Medlemmer slettes aldri, så loggen fortsatt viser hvem som gjorde hva.

            Eksempler:
              tavle staff deactivate ole
            """,
        "refuse.leaderOnly": "Bare teamlederen kan endre teamet. Be teamlederen gjøre det.",
        "refuse.deactivateSelf": "Du kan ikke deaktivere deg selv. Be en annen leder gjøre det.",
        "refuse.staffIDTaken": "id-en «{1}» er allerede i bruk; velg en annen med --id.",
        "refuse.unixUserTaken": "Unix-brukeren «{1}» tilhører allerede {2}.",
        "warn.initialsTaken": "Merk: flere aktive medlemmer har initialene {1}; bruk id-en for å skille dem.",
        "staff.header": "{1}: {2} aktive medlemmer",
        "staff.you": "Du ({1}) handler som {2}.",
        "staff.notYou": "Unix-brukeren «{1}» er ikke med i teamet og kan bare lese.",
        "done.staffAdd": "La til {1} ({2}, {3}).",
        "done.staffDeactivate": "{1} ({2}) er deaktivert.",
        // Log
        "help.log.abstract": "Revisjonsloggen: hvem endret hva, og når.",
        "help.log.discussion": """
            Hver endring med tid, teammedlem, Unix-bruker, ungdom, handling og felter gammel → ny. Med --access: tilgangsloggen (hvem så på hvem).

            Eksempler:
              tavle log
              tavle log KH
              tavle log --since 2026-11-01 --user ole
              tavle log KH --json
              tavle log --access KH
            """,
        "opt.log.since": "Bare fra og med denne dagen.",
        "opt.log.user": "Bare denne Unix-brukeren eller dette teammedlemmet.",
        "opt.log.access": "Vis tilgangsloggen i stedet.",
        "log.team": "teamet",
        "log.version": "v{1}",
        "log.empty": "(ingen oppføringer)",
        "log.moreFields": "(+{1} felter til; alt med --json)",
        "log.wholeBoard": "hele tavla",
        "warn.journal": "Advarsel: {1}",
        "warn.accessUnreadable": "Advarsel: {1} linje(r) i tilgangsloggen kunne ikke leses.",
        "warn.accessLog": "Advarsel: visningen kunne ikke logges: {1}",
        // Data
        "help.init.abstract": "Opprett en ny datamappe for teamet.",
        "help.init.discussion": """
            Privat (mappe 0700, filer 0600) som standard; med --group delt med teamets Unix-gruppe (mappe 2770, filer 0660). Lederen (--leader, ellers brukeren bak sudo, ellers deg) blir teamets første medlem og kan legge til resten med `tavle staff add`. Med --demo fylles mappen med demoteamet, og du legges til som leder.

            Eksempler:
              tavle init --team "FACT ung Nordbyen"
              sudo tavle init --data /srv/tavle/nordbyen --group fact-nordbyen \\
                  --leader kari --team "FACT ung Nordbyen"
              tavle init --demo --data /tmp/tavle-demo
            """,
        "opt.init.team": "Teamets navn.",
        "opt.init.group": "Unix-gruppen som deler mappen (teammodus).",
        "opt.init.leader": "Unix-brukeren som blir teamleder.",
        "opt.init.demo": "Fyll mappen med demoteamet.",
        "usage.demoAlone": "--demo kan ikke kombineres med --team, --group eller --leader.",
        "refuse.noGroup": "Gruppen «{1}» finnes ikke. Opprett den først (sudo groupadd {1}).",
        "init.defaultTeam": "FACT ung",
        "done.init": "Opprettet {2} i {1} (privat).",
        "done.initGroup": "Opprettet {2} i {1}, delt med gruppen {3}.",
        "done.initLeader": "Teamleder: {1} (id {2}, Unix-bruker {3}).",
        "done.initNext": "Neste steg: `tavle staff add` for resten av teamet, `tavle add` for ungdommene.",
        "done.initDemo": "Opprettet demoteamet i {1}. Prøv `tavle list --data {1}`.",
        "help.demo.abstract": "Prøv tavla med demoteamet.",
        "help.demo.discussion": """
            Legger demoteamet (fiktive ungdommer) i en midlertidig mappe som slettes etterpå, eller i DIR (som beholdes), og åpner tavla. Du legges til som leder, så alle kommandoer kan prøves.

            Eksempler:
              tavle demo
              tavle demo --dir /tmp/tavle-demo && tavle list --data /tmp/tavle-demo
            """,
        "opt.demo.dir": "Legg demoen her og behold den.",
        "demo.temporary": "(Demoen lå i en midlertidig mappe som nå er slettet. Bruk --dir DIR for å beholde den.)",
        "demo.kept": "Demoen ligger i {1}. Prøv `tavle --data {1} show …`.",
        "help.import.abstract": "Importer teamets regneark (CSV), alt eller ingenting.",
        "help.import.discussion": """
            Første rad er overskrifter, på bokmål eller engelsk (se docs/cli.md), for eksempel: navn; født; inntak; primærkontakt; modus; status; grunn; på tavla siden; evaluering; domener; henvist av; opphold; varsel; kriseplan. Skilletegn ; eller , ; UTF-8 (med eller uten BOM) eller Windows-1252; datoer som dd.mm.åååå eller ÅÅÅÅ-MM-DD. Alle rader sjekkes først; er noe galt, importeres ingenting og hver feil vises med linjenummer og kolonne.

            Eksempler:
              tavle import tavla.csv --dry-run
              tavle import tavla.csv
            """,
        "opt.import.dryRun": "Bare sjekk filen; importer ingenting.",
        "import.encoding": "{1} kan ikke leses som tekst (verken UTF-8 eller Windows-1252).",
        "import.unreadable": "{1} kan ikke leses som CSV: {2}",
        "import.empty": "{1} er tom. Første rad skal være overskrifter.",
        "import.refused": "Ingenting ble importert fra {1}: {2} feil. Rett dem og prøv igjen:",
        "import.moreProblems": "… og {1} feil til.",
        "import.problem": "linje {1}: {2}",
        "import.problemColumn": "linje {1}, kolonne «{2}»: {3}",
        "import.unknownColumn": "ukjent kolonne (se docs/cli.md for kolonnene tavle kjenner)",
        "import.duplicateColumn": "kolonnen finnes to ganger",
        "import.missingColumn": "kolonnen mangler og må være med",
        "import.noRows": "filen har ingen rader under overskriftene",
        "import.required": "må fylles ut",
        "import.badDate": "«{1}» er ikke en dato (dd.mm.åååå eller ÅÅÅÅ-MM-DD)",
        "import.badChoice": "«{1}» er ikke en gyldig verdi. Gyldige: {2}",
        "import.badStaff": "fant ingen aktiv i teamet med id eller initialer «{1}»",
        "import.future": "{1} er i framtiden",
        "import.noDischarged": "utskrevne ungdommer importeres ikke",
        "import.sinceBeforeIntake": "på tavla siden {1} er før inntak {2}",
        "import.reasonNeedsMode": "grunn, dato eller evaluering for tavla krever modus intensive",
        "import.duplicateYouth": "{1} (født {2}) finnes allerede eller står to ganger",
        "import.dryRun": "{1} ungdommer kan importeres fra {2}. Ingenting er skrevet (--dry-run).",
        "import.partial": "Stoppet etter {1} av {2} ungdommer, ved linje {3}. Se `tavle list` og rett opp.",
        "import.done": "Importerte {1} ungdommer fra {2}:",
        "help.export.abstract": "Eksporter tavla som JSON, CSV eller Markdown.",
        "help.export.discussion": """
            Initialer i stedet for navn, og alder i stedet for fødselsdato, med mindre --names er gitt. CSV bruker importens kolonnenavn, så en eksport med --names kan importeres igjen. Hver eksport logges i tilgangsloggen.

            Eksempler:
              tavle export --format markdown > tavla.md
              tavle export --format csv --names > tavla.csv
              tavle export --format json | jq length
            """,
        "opt.export.format": "json, csv eller markdown.",
        "opt.export.names": "Ta med fulle navn og fødselsdatoer.",
        "help.check.abstract": "Kontroller datamappen.",
        "help.check.discussion": """
            Sjekker at hver fil kan leses, at loggen spilt av fra start gir filene, at versjonene stemmer, og at ingenting kan leses av andre. Avslutter med kode 2 og nevner hvert problem.

            Eksempler:
              tavle check
              tavle check --data /srv/tavle/nordbyen
            """,
        "check.ok": "Alt i orden i {1}: {2} ungdommer, {3} loggoppføringer, tilganger private.",
        "check.okGroup": "Alt i orden i {1}: {2} ungdommer, {3} loggoppføringer, tilganger for teamets gruppe.",
        "check.problems": "Fant {2} problem(er) i {1}:",
        "check.failed": "`tavle check` fant {1} problem(er). Rett dem (eller hent filene fra sikkerhetskopi) og kjør på nytt.",
        "help.backup.abstract": "Ta en sikkerhetskopi av hele datamappen.",
        "help.backup.discussion": """
            Én fil (privat, 0600) med alle datafilene, tatt under låsen så ingen endring er halvveis med.

            Eksempler:
              tavle backup ~/tavle-2026-11-22.json
            """,
        "refuse.fileExists": "{1} finnes allerede. Velg et nytt filnavn.",
        "done.backup": "Sikkerhetskopi skrevet til {1}.",
        "help.restore.abstract": "Gjenopprett en sikkerhetskopi i en ny, tom mappe.",
        "help.restore.discussion": """
            Eksempler:
              tavle restore ~/tavle-2026-11-22.json --data /srv/tavle/nordbyen-restored
            """,
        "done.restore": "Gjenopprettet {1} i {2}. Kjør `tavle check --data {2}`.",
        "help.migrate.abstract": "Oppgrader en datamappe skrevet av en eldre tavle.",
        "help.migrate.discussion": """
            Tar sikkerhetskopi først (standard i DIR/backups/), oppgraderer hver fil og logger det. Bare teamlederen.

            Eksempler:
              tavle migrate
              tavle migrate --backup /root/tavle-before-upgrade.json
            """,
        "opt.migrate.backup": "Hvor sikkerhetskopien skal skrives.",
        "done.migrateNothing": "Datamappen er allerede på skjema {1}; ingenting å gjøre.",
        "done.migrate": "Oppgraderte {1} filer fra skjema {2} til {3}. Sikkerhetskopi: {4}.",
        "help.purge.abstract": "Slett utskrevne ungdommer når oppbevaringstiden er ute.",
        "help.purge.discussion": """
            Sletter filene og erstatter verdiene i loggen med gravsteiner. Kan ikke angres. Bare teamlederen.

            Eksempler:
              tavle purge --dry-run
              tavle purge --yes
            """,
        "opt.purge.dryRun": "Bare vis hvem som ville blitt slettet.",
        "opt.purge.yes": "Slett dem (kan ikke angres).",
        "usage.purgeChoose": "Velg --dry-run for å se hvem, eller --yes for å slette.",
        "refuse.notPurgeable": "{1} kan ikke slettes ennå: bare utskrevne ungdommer, {2} måneder etter utskrivning.",
        "purge.none": "Ingen utskrevne ungdommer har passert oppbevaringstiden ({1} måneder).",
        "purge.discharged": "utskrevet {1}",
        "purge.wouldPurge": "{1} ungdommer ville blitt slettet. Kjør med --yes for å slette.",
        "done.purge": "Slettet {1} ungdommer.",
        // Listing
        "list.header": "{1} · {2} · {3} ungdommer, {4} på tavla ({5})",
        "list.intensive": "PÅ TAVLA ({1})",
        "list.caseManagement": "CASEMANAGEMENT ({1})",
        "list.none": "(ingen)",
        "list.today": "I DAG",
        "list.problems": "{1} fil(er) kunne ikke leses, og de ungdommene mangler over. Kjør `tavle check`:",
        "col.status": "STATUS",
        "col.initials": "INIT",
        "col.name": "NAVN",
        "col.age": "ÅR",
        "col.contact": "KONTAKT",
        "col.reason": "GRUNN",
        "col.day": "DAG",
        "col.evaluate": "EVAL.",
        "col.due": "⚑",
        "col.dueReasons": "Til gjennomgang",
        "col.id": "ID",
        "col.phase": "FASE",
        "col.lastContact": "SIST",
        "col.role": "ROLLE",
        "col.staffID": "ID",
        "col.unixUser": "UNIX-BRUKER",
        "col.active": "AKTIV",
        "due.header": "{1} av {2} ungdommer skal gjennomgås i hele teamet ({3}):",
        "due.youth": "{1}  {2}  ({3})  {4} · {5} · kontakt {6}",
        // Show
        "show.title": "{1}  {2}  (id {3}, versjon {4})",
        "show.onBoard": "på tavla: {1}, dag {2} (fra {3})",
        "show.evaluate": "evalueres {1}",
        "show.age": "{1} år (født {2}) · inntak {3}",
        "show.second": "andre: {1}",
        "show.crisisPlan": "oppdatert {1}",
        "show.outOfHours": "utenom kontortid: {1}",
        "show.none": "mangler",
        "show.order": "{1}, utløper {2}",
        "show.yes": "ja",
        "show.no": "nei",
        "show.consent": "{1}: gitt av {2} {3}",
        "show.withdrawn": "trukket {1}",
        "show.due": "TIL GJENNOMGANG I HELE TEAMET",
        "show.plans": "PLAN",
        "show.notes": "NOTATER ({1})",
        "show.notesSome": "NOTATER (siste {1} av {2})",
        "show.contacts": "KONTAKTER ({1})",
        "show.contactsSome": "KONTAKTER (siste {1} av {2})",
        "show.more": "Alle: tavle show {1} --all",
        "show.documented": "ført i journal",
        "field.status": "Status",
        "field.mode": "Oppfølging",
        "field.plan": "Plan",
        "field.phase": "Fase",
        "field.age": "Alder",
        "field.contact": "Primærkontakt",
        "field.whereabouts": "Opphold",
        "field.warning": "Varsel",
        "field.goals": "Mål",
        "field.crisisPlan": "Kriseplan",
        "field.order": "Vedtak",
        "field.domains": "Funksjonssvikt",
        "field.referral": "Henvist av",
        "field.ageOverride": "Aldersunntak",
        "field.eatingDisorder": "Alvorlig spiseforstyrrelse",
        "field.lastReview": "Siste gjennomgang",
        "field.services": "Andre tjenester",
        "field.consent": "Samtykke",
        "field.handover": "Overføring",
        "field.handoverMissing": "Overføring mangler",
        // Stats
        "stats.header": "{1} · {2}",
        "stats.active": "Aktive ungdommer",
        "stats.onBoard": "På tavla",
        "stats.share": "{1} ({2}; mål {3}, varsel over {4})",
        "stats.days": "Dager på tavla",
        "stats.daysValue": "snitt {1}, median {2}, lengst {3}",
        "stats.due": "Til gjennomgang",
        "stats.dueValue": "{1} ungdommer",
        "stats.dueRules": "GRUNNER TIL GJENNOMGANG",
        "stats.perWeek": "Kontakter per uke ({1} uker)",
        "stats.perIntensive": "{1} per ungdom på tavla",
        "stats.seen": "Sett av flere (14 dager)",
        "stats.seenValue": "{1} (mål 90 %)",
        "stats.weeks": "KONTAKTER PER UKE",
        "stats.weekValue": "{1} kontakter, {2} forsøk ({3} med ungdommen, {4} med nettverket)",
        "stats.boardYouths": "DAGER PÅ TAVLA",
        // Confirmations
        "done.line": "{1}: {2} Versjon {3}.",
        "done.unchanged": "{1}: ingen endring (versjon {2}).",
        "done.intensive": "satt på tavla ({1}), evalueres {2}.",
        "done.caseManagement": "tatt av tavla etter {1} dager, tilbake i casemanagement.",
        "done.evaluate": "tavleperioden er evaluert; neste evaluering {1}.",
        "done.status": "status {1}.",
        "done.note": "{1} lagret.",
        "done.contact": "{1} med {2} registrert.",
        "done.plan": "{1} kl. {2} {3}.",
        "done.crisisPlan": "kriseplan oppdatert {1}.",
        "done.order": "vedtak «{1}» utløper {2}.",
        "done.orderRemoved": "vedtak «{1}» fjernet.",
        "done.reviewed": "gjennomgått i hele teamet {1}.",
        "done.discharge": "skrevet ut {1}.",
        "done.set": "{1} = {2}.",
        "done.cleared": "(tømt)",
        "done.consent": "samtykke til {1} gitt av {2}.",
        "done.consentWithdrawn": "samtykke til {1} trukket.",
        "done.service": "{1} følger også opp.",
        "done.serviceOff": "{1} følger ikke lenger opp.",
        "done.handover": "overføringen er komplett.",
        "done.handoverMissing": "overføring lagret; mangler fortsatt: {1}.",
        "error.unexpected": "Uventet feil: {1}. Ingenting mer ble gjort; prøv igjen, og kjør `tavle check` hvis det gjentar seg.",
        // Morning meeting, day plan, rota, decisions in the record (issue 5)
        "group.meeting": "TAVLEMØTET",
        "help.meeting.abstract": "Tavlemøtet: start, status, drøft, beslutning, avslutt.",
        "help.meeting.discussion": """
            Dagens tidsavgrensede tavlemøte: hver ungdom på tavla drøftes, i rekkefølge etter hvor akutt det er. Ett møte per dag. Se docs/meeting.md.

            Eksempler:
              tavle meeting start --attendees OB,SL,JA
              tavle meeting status
              tavle meeting discuss sofie --decision "Daglige besøk" --who OB --when 09:30
              tavle meeting end
            """,
        "help.meeting.start.abstract": "Start dagens tavlemøte.",
        "help.meeting.start.discussion": """
            Starter dagens møte med møteleder (standard: deg) og de som er til stede. Ungdommene på tavla nå er dem møtet skal drøfte. Tidsrammen er teamets (standard 15 minutter) med mindre --minutes er gitt. Et møte til samme dag avvises.

            Eksempler:
              tavle meeting start
              tavle meeting start --chair IS --attendees OB,SL,JA,MD
              tavle meeting start --minutes 20
            """,
        "help.meeting.status.abstract": "Vis dagsorden, framdrift og tid i dagens møte.",
        "help.meeting.status.discussion": """
            Ungdommene på tavla etter hvor akutt det er (✓ drøftet, ✗ ikke drøftet, ▶ drøftes nå), «3 av 9 drøftet», brukt tid mot tidsrammen, så de som skal gjennomgås i hele teamet og casemanagement-ungdommer som bør vurderes løftet opp. Deretter kriseberedskap ved siden av kveldens vakt og bakvakt, og beslutninger eldre enn én arbeidsdag som ikke er merket som ført i journalen. Uten møte i dag vises dagsordenen likevel.

            Eksempler:
              tavle meeting status
              tavle meeting status --json | jq '.progress'
            """,
        "help.meeting.discuss.abstract": "Merk en ungdom som drøftet, med beslutninger og dagens plan.",
        "help.meeting.discuss.discussion": """
            Registrerer i dagens møte: eventuell ny status, beslutningene (hver blir også et beslutningsnotat på ungdommen, som senere merkes som ført i journalen), hvem som ser ungdommen i dag, og at ungdommen er drøftet. Tiden brukt er --seconds, ellers tiden siden forrige ungdom ble merket drøftet (eller siden møtet startet).

            Eksempler:
              tavle meeting discuss sofie --decision "Daglige hjemmebesøk denne uka" --seconds 120
              tavle meeting discuss KH² --who PS --when 11:00 --where Skolen
              tavle meeting discuss amina --status worried --decision "Ring mor i dag"
            """,
        "help.meeting.decision.abstract": "Registrer en beslutning i dagens møte.",
        "help.meeting.decision.discussion": """
            Beslutningen lagres i møtet og som beslutningsnotat på ungdommen. Ungdommen merkes ikke som drøftet (se `tavle meeting discuss`).

            Eksempler:
              tavle meeting decision sofie "Ansvarsgruppemøte med barnevernet fredag"
            """,
        "help.meeting.end.abstract": "Avslutt dagens tavlemøte.",
        "help.meeting.end.discussion": """
            Er noen ungdommer på tavla ikke drøftet, spør tavle om de skal registreres som ikke drøftet. Uten terminal avvises avslutningen (kode 2) med mindre --yes er gitt.

            Eksempler:
              tavle meeting end
              tavle meeting end --yes
            """,
        "opt.meeting.chair": "Møteleder: id eller initialer (standard: deg).",
        "opt.meeting.attendees": "De som er til stede, kommaseparert (møtelederen tas alltid med).",
        "opt.meeting.minutes": "Tidsrammen for dette møtet i minutter (1–240; standard teamets).",
        "opt.meeting.decision": "En beslutning (kan gis flere ganger).",
        "opt.meeting.who": "Hvem ser ungdommen i dag: id eller initialer (sammen med --when).",
        "opt.meeting.when": "Når, HH:MM (sammen med --who).",
        "opt.meeting.where": "Hvor (valgfritt, sammen med --who).",
        "opt.meeting.status": "Ny status: stable, worried eller crisis.",
        "opt.meeting.seconds": "Tid brukt på ungdommen i sekunder.",
        "opt.meeting.yes": "Registrer ungdommer som ikke er drøftet, uten å spørre.",
        "arg.decisionText": "Beslutningen.",
        "usage.meeting.minutes": "Tidsrammen må være mellom 1 og 240 minutter.",
        "usage.meeting.seconds": "Tiden må være 0 sekunder eller mer.",
        "usage.meeting.whoWhen": "--who og --when må gis sammen (og --where bare med dem).",
        "mtg.started": "Tavlemøtet {1} startet {2}. Møteleder {3}, til stede {4}. Tidsramme {5} min, {6} ungdommer på tavla.",
        "mtg.startedNext": "Se dagsordenen med `tavle meeting status`; merk hver ungdom med `tavle meeting discuss ID`.",
        "mtg.title": "Tavlemøte {1} · {2}",
        "mtg.chairLine": "Møteleder {1} · til stede {2}",
        "mtg.clock": "Startet {1} · brukt {2} av {3} min",
        "mtg.endedAt": "avsluttet {1}",
        "mtg.timeLeft": "{1} igjen",
        "mtg.overTime": "! {1} over tiden",
        "mtg.none": "Ikke startet i dag. Start med: tavle meeting start",
        "mtg.questions": "Spør om hver: {1}",
        "mtg.col.outcome": "DRØFTET",
        "mtg.col.time": "TID",
        "mtg.col.decisions": "BESL.",
        "mtg.next": "Neste: {1} — tavle meeting discuss {2}",
        "mtg.allDiscussed": "Alle på tavla er drøftet. Avslutt med: tavle meeting end",
        "mtg.discussed": "{1} ({2}) drøftet, {3}, {4} beslutninger. {5} av {6} på tavla drøftet.",
        "mtg.planSet": "{1} ser ungdommen kl. {2} i dag.",
        "mtg.decisionRecorded": "Beslutning registrert for {1} ({2}); {3} i dagens møte.",
        "mtg.end.confirm": "{1} av {2} ungdommer på tavla er ikke drøftet: {3}. Registrere dem som ikke drøftet og avslutte møtet?",
        "mtg.end.refused": "Møtet er ikke avsluttet: {1} av {2} ungdommer på tavla er ikke drøftet ({3}). Drøft dem (tavle meeting discuss ID), eller avslutt med --yes for å registrere dem som ikke drøftet.",
        "mtg.end.cancelled": "Møtet er ikke avsluttet.",
        "mtg.ended": "Tavlemøtet er avsluttet {1}: {2} av {3} på tavla drøftet, brukt {4} av {5} min.",
        "mtg.ended.notDiscussed": "Ikke drøftet: {1}",
        "mtg.ended.minutes": "Referat: tavle export minutes --format markdown",
        "mtg.readiness.title": "KRISEBEREDSKAP",
        "mtg.readiness.tonight": "I kveld: kveldsvakt {1} · bakvakt {2}",
        "mtg.readiness.ready": "Alle på tavla har oppdatert kriseplan.",
        "mtg.readiness.outOfHours": "utenom kontortid: {1}",
        "mtg.undocumented.title": "BESLUTNINGER IKKE FØRT I JOURNALEN ({1})",
        "mtg.undocumented.hint": "Merk med: tavle documented ID (se tavle documented --pending)",
        "help.today.abstract": "Dagens plan: hvem ser hvem, og hvem har vakt.",
        "help.today.discussion": """
            Hvem ser hvem i dag, gruppert per teammedlem med klokkeslett og sted, ungdommer på tavla uten plan i dag, og dagens turnus (dagvakt, kveldsvakt, helgevakt, bakvakt).

            Eksempler:
              tavle today
              tavle today --json | jq '.staff[] | {initials, visits: [.visits[].time]}'
            """,
        "today.header": "Dagens plan, {1} {2} · {3}",
        "today.nobody": "Ingen har planlagt å se noen i dag.",
        "today.unplanned": "På tavla uten plan i dag: {1}",
        "today.rota": "VAKT I DAG",
        "help.rota.abstract": "Turnusen: dagvakt, kveldsvakt, helgevakt og bakvakt.",
        "help.rota.discussion": """
            Et ukentlig mønster pluss enkeltendringer på en dato. Uten underkommando vises dagens vakter.

            Eksempler:
              tavle rota show --week
              tavle rota set monday on-call OB
              tavle rota set --date 2026-11-24 on-call SL --replacing OB
            """,
        "help.rota.show.abstract": "Vis vaktene i dag (eller sju dager), mønsteret og endringene.",
        "help.rota.show.discussion": """
            Eksempler:
              tavle rota show
              tavle rota show --week
              tavle rota show --json | jq '.days[0].duty'
            """,
        "help.rota.set.abstract": "Sett en vakt i ukemønsteret, eller endre én dato.",
        "help.rota.set.discussion": """
            Ukemønsteret: UKEDAG VAKT ANSATTE (kommaseparert) erstatter hvem som har den vakta den ukedagen; --clear tømmer den. Én dato: --date DATO VAKT [ANSATT] [--replacing ANSATT] legger til en på vakta, eller setter en inn for en annen (uten ANSATT: den andre går av, og ingen dekker). Ukedager: monday … sunday (eller mandag …); vakter: day, evening, weekend, on-call (eller dagvakt, kveldsvakt, helgevakt, bakvakt).

            Eksempler:
              tavle rota set monday day OB,SL
              tavle rota set fredag bakvakt IS
              tavle rota set sunday weekend --clear
              tavle rota set --date 2026-11-24 on-call SL --replacing OB --note syk
            """,
        "opt.rota.week": "Vis sju dager fra i dag.",
        "opt.rota.date": "En enkeltendring denne datoen i stedet for ukemønsteret.",
        "opt.rota.replacing": "Den som går av vakta (med --date).",
        "opt.rota.note": "En merknad til enkeltendringen (med --date).",
        "opt.rota.clear": "Tøm vakta i ukemønsteret.",
        "arg.rota.words": "UKEDAG VAKT ANSATTE, eller med --date: VAKT [ANSATT].",
        "usage.rota.pattern": "Bruk: tavle rota set UKEDAG VAKT ANSATT[,ANSATT] (eller UKEDAG VAKT --clear).",
        "usage.rota.date": "Bruk: tavle rota set --date DATO VAKT ANSATT [--replacing ANSATT] (eller VAKT --replacing ANSATT).",
        "usage.rota.clearDate": "--clear gjelder ukemønsteret; for en dato, bruk --replacing.",
        "usage.rota.replacingNeedsDate": "--replacing og --note gjelder en enkelt dato; gi --date.",
        "usage.rota.weekday": "«{1}» er ikke en ukedag (monday … sunday, eller mandag … søndag).",
        "usage.rota.shift": "«{1}» er ikke en vakt (day, evening, weekend, on-call, eller dagvakt, kveldsvakt, helgevakt, bakvakt).",
        "rotacmd.header": "Turnus · {1} · {2}",
        "rotacmd.pattern": "UKEMØNSTER",
        "rotacmd.changes": "ENKELTENDRINGER FRA I DAG",
        "rotacmd.none": "ingen satt opp (tavle rota set)",
        "rotacmd.nobody": "ingen",
        "rotacmd.change.replacing": "{1} for {2}",
        "rotacmd.change.adds": "{1} i tillegg",
        "rotacmd.change.off": "{1} går av, ingen dekker",
        "rotacmd.dayNow": "{1} {2}: {3}",
        "done.rota.pattern": "Turnus: {1} {2}: {3}. Versjon {4}.",
        "done.rota.change": "Turnus: {1}. Versjon {2}.",
        "help.export.minutes.abstract": "Referatet fra et tavlemøte, som Markdown eller HTML.",
        "help.export.minutes.discussion": """
            De til stede, hver ungdom som ble drøftet med beslutninger, plan og endringer, og hvem som ikke ble drøftet. Initialer i stedet for navn med mindre --names er gitt. Dato: standard i dag. Hver eksport logges i tilgangsloggen.

            Eksempler:
              tavle export minutes --format markdown
              tavle export minutes 2026-11-20 --format html --output referat.html
              tavle export minutes --names --format markdown > referat.md
            """,
        "arg.minutes.date": "Møtets dato (standard i dag).",
        "opt.export.formatAll": "json, csv eller markdown (tavla); markdown eller html (export minutes).",
        "usage.export.html": "html er for referatet: tavle export minutes --format html. Tavla eksporteres som json, csv eller markdown.",
        "usage.minutes.format": "Referatet skrives som markdown eller html, ikke {1}.",
        "opt.minutes.format": "markdown eller html.",
        "opt.minutes.output": "Skriv til denne filen (privat, 0600) i stedet for standard ut.",
        "minutes.noMeeting": "Det ble ikke holdt noe tavlemøte {1}.",
        "minutes.writeFailed": "Kunne ikke skrive referatet til {1}: {2}",
        "minutes.written": "Referatet fra {2} er skrevet til {1}.",
        "minutes.title": "Referat fra tavlemøtet {1}",
        "minutes.team": "Team",
        "minutes.time": "Tid",
        "minutes.timeBox": "brukt {1} av {2} min",
        "minutes.chair": "Møteleder",
        "minutes.attendees": "Til stede",
        "minutes.coverage": "Drøftet",
        "minutes.coverageValue": "{1} av {2} ungdommer på tavla",
        "minutes.state": "Status",
        "minutes.open": "møtet er ikke avsluttet",
        "minutes.discussed": "Drøftet",
        "minutes.other": "Også tatt opp",
        "minutes.notDiscussed": "Ikke drøftet",
        "minutes.notYetDiscussed": "Ikke drøftet ennå",
        "minutes.none": "Ingen.",
        "minutes.decisions": "Beslutninger:",
        "minutes.plan": "Plan i dag:",
        "minutes.planLine": "{1} kl. {2}",
        "minutes.changes": "Endringer:",
        "minutes.noDecision": "Ingen beslutning registrert.",
        "minutes.field.status": "status",
        "minutes.field.mode": "nivå",
        "help.documented.abstract": "Merk en beslutning som ført i pasientjournalen.",
        "help.documented.discussion": """
            Tavla er en arbeidsliste, ikke journalen: hver beslutning skal føres i journalen av den ansvarlige, som så merker den her. Uten --decision merkes den ene umerkede beslutningen (er det flere, listes de). --decision N er nummeret i lista (eldste først) eller notatets id. --pending viser beslutninger eldre enn én arbeidsdag som ikke er merket.

            Eksempler:
              tavle documented sofie
              tavle documented sofie --decision 2
              tavle documented sofie --all
              tavle documented --pending
              tavle documented --pending --json | jq length
            """,
        "opt.documented.decision": "Hvilken beslutning: nummer (1 = eldste) eller notatets id.",
        "opt.documented.all": "Alle ungdommens umerkede beslutninger.",
        "opt.documented.pending": "List beslutninger eldre enn én arbeidsdag som ikke er merket.",
        "usage.documented.youth": "Oppgi ungdommen (tavle documented ID), eller bruk --pending.",
        "usage.documented.decisionOrAll": "Bruk --decision eller --all, ikke begge.",
        "usage.documented.pending": "--pending lister; den tar ikke --decision eller --all.",
        "usage.documented.json": "--json gjelder lista (--pending).",
        "documented.nothing": "{1} har ingen beslutninger som mangler merket «ført i journalen».",
        "documented.noSuchDecision": "Fant ingen beslutning «{1}» hos {2}. Se `tavle show {3} --all`.",
        "documented.choose": "{2} har {1} beslutninger som ikke er merket. Velg med --decision N eller --all:",
        "documented.chooseHint": "For eksempel: tavle documented {1} --decision N",
        "documented.header": "{1} beslutninger eldre enn én arbeidsdag er ikke merket som ført i journalen ({2})",
        "documented.workingDays": "{1} arb.d.",
        "done.documented": "{1} beslutning(er) merket som ført i journalen.",
        "statscmd.shareWeeks": "ANDEL PÅ TAVLA PER UKE (siste {1} uker)",
        "statscmd.barLegend": "┊ = målet {1}; ! = over varslingsgrensen",
        "statscmd.perYouth": "KONTAKTER OG FORSØK PER UNGDOM PER UKE (siste {1} uker)",
        "statscmd.col.week": "UKE",
        "statscmd.col.youths": "UNGD.",
        "statscmd.col.contacts": "KONT.",
        "statscmd.col.attempts": "FORSØK",
        "statscmd.col.boardYouths": "TAVLA",
        "statscmd.col.boardContacts": "KONT.",
        "statscmd.col.boardAttempts": "FORSØK",
        "statscmd.multipleStaff": "Sett av mer enn én i teamet siste 14 dager: {1} ({2} av {3}; forventet minst {4})",
        "statscmd.meetings": "Tavlemøter siden {3}: {1}, alle på tavla drøftet i {2}",
        "statscmd.notCovered": "ikke alle drøftet: {1}",
        "statscmd.notEnded": "ikke avsluttet: {1}",
    ]

    // MARK: - English

    static let en: [String: String] = [
        "help.tavle.abstract": "The daily board of a FACT ung team, in the terminal.",
        "help.tavle.discussion": """
            With no subcommand, opens the board in the terminal (the board as text when output goes to a file or a pipe). Global options (--data, --lang, --as) may come before or after the subcommand. Output is in Norwegian bokmål; use --lang en or TAVLE_LANG=en for English. Exit codes: 0 success, 1 usage error, 2 data error (not found, refused, bad file), 3 conflict with another writer, 4 environment (directory missing, disk full, I/O).

            Examples:
              tavle                      open the board
              tavle --shared             the meeting-room screen (initials only)
              tavle demo                 try it with the demo team
              tavle list --due           who is due for whole-team review
              tavle note KH "Home visit, good talk"
            """,
        "group.board": "BOARD",
        "group.youth": "YOUTH",
        "group.path": "CONSENT AND HANDOVER",
        "group.team": "TEAM",
        "group.data": "DATA",
        "opt.data": "The data directory (else $TAVLE_DATA, /etc/tavle/config.json, ~/.local/share/tavle).",
        "opt.lang": "Language: nb or en (else $TAVLE_LANG, the team's language, nb).",
        "opt.as": "Act as another team member (team leader only; your Unix user is recorded too).",
        "opt.ifVersion": "Refuse the change as a conflict if its fields changed after version N.",
        "opt.json": "Print JSON (a stable format, see docs/cli.md).",
        "opt.shared": "The meeting room's shared screen: initials only, no note text.",
        "usage.badLang": "“{1}” is not a language tavle speaks. Use --lang nb or --lang en.",
        "arg.youth": "The youth: id, initials (also KH²) or the start of the name.",
        "arg.youthOptional": "Only this youth: id, initials or the start of the name.",
        "arg.status": "stable, worried or crisis.",
        "arg.noteText": "The note's text.",
        "arg.field": "The field to change.",
        "arg.value": "The new value (empty text clears optional fields).",
        "arg.party": "The service: child-welfare, nav, school or outreach.",
        "arg.staff": "The team member: id or initials.",
        "arg.csv": "The spreadsheet as CSV (; or , separated, UTF-8 or Windows-1252).",
        "arg.backupFile": "The backup file.",
        "arg.purgeIDs": "Only these youths (ids).",
        "help.board.abstract": "Open the board.",
        "help.board.discussion": """
            Opens the board in the terminal. Until the terminal UI lands, the board is printed as text.

            Examples:
              tavle board
              tavle board --shared       the shared screen: initials only
            """,
        "help.list.abstract": "Show the board as text or JSON.",
        "help.list.discussion": """
            The youths on the board and in case management, most urgent first. The ⚑ column shows how many reasons the youth has for whole-team review (see `tavle due`).

            Examples:
              tavle list
              tavle list --mode intensive
              tavle list --due
              tavle list --json | jq '.[] | select(.status == "crisis") | .id'
            """,
        "opt.list.mode": "Only intensive (on the board) or case-management.",
        "opt.list.due": "Only youths due for whole-team review.",
        "help.due.abstract": "Who is due for whole-team review, and why.",
        "help.due.discussion": """
            Each youth with its reasons (rule id in brackets, see docs/review-rules.md).

            Examples:
              tavle due
              tavle due --json | jq '.[].due[].rule'
            """,
        "help.show.abstract": "Show one youth in full.",
        "help.show.discussion": """
            Everything about the youth: status, board period, crisis plan, orders, reasons for review, today's plan, the latest notes and contacts. The viewing is recorded in the access log.

            Examples:
              tavle show k7m2qa
              tavle show KH²
              tavle show kari --all
              tavle show KH --json
            """,
        "opt.show.all": "Show every note and contact, not only the latest.",
        "help.stats.abstract": "The numbers the team watches.",
        "help.stats.discussion": """
            Share on the board (target about 20 %), days on the board, who is due for review, contacts per week, and the share seen by more than one team member in the last 14 days (target 90 %).

            Examples:
              tavle stats
              tavle stats --weeks 8 --json
            """,
        "opt.stats.weeks": "Weeks back for contacts (1–52).",
        "usage.weeks": "--weeks must be between 1 and 52.",
        "help.add.abstract": "Take in a new youth; prints the new id.",
        "help.add.discussion": """
            Checks the intake criteria: aged 12–25 at intake, else give a reason with --override-age. Prints only the new id, for scripts. Domains: mental-health, school, network, work, family, substance-use, crime, sexuality, addiction, other.

            Examples:
              tavle add --name "Kari Hansen" --born 2009-05-05 --contact OB
              id=$(tavle add --name "Ola Nordmann" --born 12.03.2008 \\
                  --domains school,family --referred-by child-welfare)
              tavle add --name "Per Berg" --born 2000-01-01 \\
                  --override-age "Transition from CAMHS agreed"
            """,
        "opt.add.name": "Full name.",
        "opt.add.born": "Date of birth (YYYY-MM-DD or dd.mm.yyyy).",
        "opt.add.contact": "Primary contact (id or initials).",
        "opt.add.domains": "Areas of functional impairment, comma-separated.",
        "opt.add.referredBy": "Who referred.",
        "opt.add.referralContact": "Name of the person who referred.",
        "opt.add.overrideAge": "Why a youth outside 12–25 is taken in anyway.",
        "help.intensive.abstract": "Put a youth on the board (intensive follow-up).",
        "help.intensive.discussion": """
            Opens a board period with a reason, a plan and an evaluation date (default in 14 days). Reasons: {1}.

            Examples:
              tavle intensive KH --reason crisis --plan "Daily contact"
              tavle intensive k7m2qa --reason intake --evaluate 2026-12-01
            """,
        "opt.intensive.reason": "Why the youth goes on the board.",
        "opt.intensive.evaluate": "When to evaluate the period (default in 14 days).",
        "opt.intensive.plan": "What is agreed: who does what.",
        "help.caseManagement.abstract": "Take a youth off the board, back to case management.",
        "help.caseManagement.discussion": """
            Closes the board period. A note is recorded as a decision.

            Examples:
              tavle case-management KH
              tavle case-management KH --note "Stable again, back at school"
            """,
        "opt.caseManagement.note": "Why the period ends (recorded as a decision).",
        "help.evaluate.abstract": "Evaluate the board period and set the next date.",
        "help.evaluate.discussion": """
            Records that the period was evaluated today and sets the next date (default in 14 days).

            Examples:
              tavle evaluate KH
              tavle evaluate KH --next 2026-12-10 --note "One more week"
            """,
        "opt.evaluate.next": "The next evaluation date.",
        "opt.evaluate.note": "What was decided (recorded as a decision).",
        "help.status.abstract": "Set the status: stable, worried or crisis.",
        "help.status.discussion": """
            Status is always shown as a symbol and a word: ● stable, ▲ worried, ■ crisis.

            Examples:
              tavle status KH crisis
              tavle status kari stable --if-version 7
            """,
        "help.note.abstract": "Write a note (or a decision).",
        "help.note.discussion": """
            Notes are never shown on the shared screen. What is decided must also go into the patient record.

            Examples:
              tavle note KH "Home visit, good talk about school"
              tavle note KH "Daily contact from now on" --decision
            """,
        "opt.note.decision": "The note is a decision.",
        "opt.note.warning": "The note is a warning.",
        "usage.decisionOrWarning": "Choose --decision or --warning, not both.",
        "help.contact.abstract": "Record a contact or a contact attempt.",
        "help.contact.discussion": """
            With the youth or the network; face to face, phone or attempt. Default: a visit with the youth, now. --at takes HH:MM (today), "YYYY-MM-DD HH:MM" or an ISO time with its offset.

            Examples:
              tavle contact KH
              tavle contact KH --kind phone --with network --note "Talked to mother"
              tavle contact KH --kind attempt --at 14:30
            """,
        "opt.contact.with": "Whom the contact was with.",
        "opt.contact.kind": "How: visit, phone or attempt.",
        "opt.contact.at": "When (default now).",
        "opt.contact.note": "A short remark.",
        "opt.contact.staff": "Who on the team had the contact (default you).",
        "usage.badTime": "“{1}” is not a time. Use HH:MM, \"YYYY-MM-DD HH:MM\" or an ISO time.",
        "refuse.contactInFuture": "The contact {1} is in the future. Record contacts once they have happened.",
        "help.plan.abstract": "Today's plan: who sees the youth, when and where.",
        "help.plan.discussion": """
            Adds (or replaces the same person's) appointment for the day.

            Examples:
              tavle plan KH --who OB --when 09:30 --where "at home"
              tavle plan KH --who IS --when 14:00 --day 2026-11-23
            """,
        "opt.plan.who": "Who on the team (id or initials).",
        "opt.plan.when": "Time of day, HH:MM.",
        "opt.plan.where": "Where.",
        "opt.plan.day": "The day (default today).",
        "refuse.planInPast": "{1} has passed. A plan is for today or later.",
        "help.crisisPlan.abstract": "Record that the crisis plan was updated.",
        "help.crisisPlan.discussion": """
            Youths on the board need a crisis plan newer than the board period.

            Examples:
              tavle crisis-plan KH
              tavle crisis-plan KH --updated 2026-11-20 \\
                  --out-of-hours "Emergency clinic; mother has the on-call number"
            """,
        "opt.crisisPlan.updated": "The day the plan was updated (default today).",
        "opt.crisisPlan.outOfHours": "Whom to contact out of hours.",
        "help.order.abstract": "Record a legal or child-welfare order with its expiry date.",
        "help.order.discussion": """
            An order of the same kind gets the new date. The board warns 30 days before it expires.

            Examples:
              tavle order KH --kind "Care order" --expires 2027-01-15
              tavle order KH --remove "Care order"
            """,
        "opt.order.kind": "The kind of order.",
        "opt.order.expires": "When the order expires.",
        "opt.order.remove": "Remove the order of this kind.",
        "usage.orderNeeds": "Give --kind and --expires, or --remove KIND.",
        "usage.orderRemove": "--remove cannot be combined with --kind or --expires.",
        "help.reviewed.abstract": "Record a whole-team review (treatment meeting) today.",
        "help.reviewed.discussion": """
            Clears the flags waiting for a review (new intake, review overdue, transitions).

            Examples:
              tavle reviewed KH
              tavle reviewed KH --note "Treatment plan revised"
            """,
        "opt.reviewed.note": "A short remark from the review.",
        "help.discharge.abstract": "Discharge a youth.",
        "help.discharge.discussion": """
            Closes any board period. Discharged youths are not on the board and are deleted with `tavle purge` once the retention period is over.

            Examples:
              tavle discharge KH
            """,
        "help.set.abstract": "Change another field.",
        "help.set.discussion": """
            Fields: {1}. Dates as YYYY-MM-DD or dd.mm.yyyy; yes/no fields take yes/no (or ja/nei).

            Examples:
              tavle set KH whereabouts ward
              tavle set KH warning "Do not call before noon"
              tavle set KH contact OB
              tavle set KH initials KH2
            """,
        "help.consent.abstract": "Record or withdraw a consent to share information.",
        "help.consent.discussion": """
            From 16 the youth consents themself; under 16 the parents do.

            Examples:
              tavle consent KH --to child-welfare --by youth
              tavle consent KH --to nav --by youth --scope "School follow-up"
              tavle consent KH --withdraw nav
            """,
        "opt.consent.to": "The service to share with.",
        "opt.consent.by": "Who consents: youth or parents.",
        "opt.consent.on": "The day (default today).",
        "opt.consent.scope": "What the consent covers.",
        "opt.consent.withdraw": "Withdraw the consent to share with this service.",
        "usage.consentNeeds": "Give --to and --by, or --withdraw SERVICE.",
        "usage.consentWithdraw": "--withdraw cannot be combined with --to or --by.",
        "help.service.abstract": "Mark that another service also follows the youth.",
        "help.service.discussion": """
            Examples:
              tavle service KH outreach
              tavle service KH outreach --off
            """,
        "opt.service.off": "The service no longer follows the youth.",
        "help.handover.abstract": "The handover at discharge: who takes over, and what is agreed.",
        "help.handover.discussion": """
            In the discharge phase the board shows what is missing (service, contact, follow-up, date, consent).

            Examples:
              tavle handover KH --service "the outreach service" \\
                  --contact "Per Hansen" --day 2026-12-15
              tavle handover KH --follow-up "Weekly talk the first month" --consented yes
            """,
        "opt.handover.service": "The service that takes over.",
        "opt.handover.contact": "The contact person there.",
        "opt.handover.followUp": "The follow-up agreed.",
        "opt.handover.day": "The day of the handover.",
        "opt.handover.consented": "Whether the youth consents (yes/no).",
        "usage.yesNo": "{1} takes yes or no, not “{2}”.",
        "help.staff.abstract": "The team's members.",
        "help.staff.discussion": """
            Examples:
              tavle staff list
              tavle staff add --name "Ole Bråten" --initials OB \\
                  --role case-manager --unix-user ole
              tavle staff deactivate ole
            """,
        "help.staffAdd.abstract": "Add a team member (team leader only).",
        "help.staffAdd.discussion": """
            Roles: {1}. The id is made from the first name unless --id is given. --unix-user may be repeated.

            Examples:
              tavle staff add --name "Ole Bråten" --initials OB \\
                  --role case-manager --unix-user ole
              tavle staff add --name "Ingrid Sæther" --initials IS \\
                  --role psychiatrist --id ingrid
            """,
        "opt.staff.name": "Full name.",
        "opt.staff.initials": "Initials (at most 4 characters).",
        "opt.staff.role": "The role on the team.",
        "opt.staff.unixUser": "The Unix user who acts as this member.",
        "opt.staff.id": "A short id (lower-case letters, digits, . _ -).",
        "opt.staff.all": "Include former members.",
        "usage.staffName": "The name cannot be empty.",
        "usage.staffInitials": "Initials must be 1–4 characters.",
        "usage.unixUser": "“{1}” is not a valid Unix user name.",
        "help.staffList.abstract": "Show the team's members.",
        "help.staffList.discussion": """
            Examples:
              tavle staff list
              tavle staff list --all --json
            """,
        "help.staffDeactivate.abstract": "Deactivate a member who leaves (team leader only).",
        "help.staffDeactivate.discussion": """
            Members are never deleted, so the journal still names who did what.

            Examples:
              tavle staff deactivate ole
            """,
        "refuse.leaderOnly": "Only the team leader can change the team. Ask the team leader to do it.",
        "refuse.deactivateSelf": "You cannot deactivate yourself. Ask another leader to do it.",
        "refuse.staffIDTaken": "The id “{1}” is taken; choose another with --id.",
        "refuse.unixUserTaken": "The Unix user “{1}” already belongs to {2}.",
        "warn.initialsTaken": "Note: several active members have the initials {1}; use the id to tell them apart.",
        "staff.header": "{1}: {2} active members",
        "staff.you": "You ({1}) act as {2}.",
        "staff.notYou": "The Unix user “{1}” is not on the team and can only read.",
        "done.staffAdd": "Added {1} ({2}, {3}).",
        "done.staffDeactivate": "{1} ({2}) is deactivated.",
        "help.log.abstract": "The audit journal: who changed what, and when.",
        "help.log.discussion": """
            Every change with its time, team member, Unix user, youth, action and fields old → new. With --access: the access log (who viewed whom).

            Examples:
              tavle log
              tavle log KH
              tavle log --since 2026-11-01 --user ole
              tavle log KH --json
              tavle log --access KH
            """,
        "opt.log.since": "Only from this day on.",
        "opt.log.user": "Only this Unix user or team member.",
        "opt.log.access": "Show the access log instead.",
        "log.team": "team",
        "log.version": "v{1}",
        "log.empty": "(no entries)",
        "log.moreFields": "(+{1} more fields; all of them with --json)",
        "log.wholeBoard": "whole board",
        "warn.journal": "Warning: {1}",
        "warn.accessUnreadable": "Warning: {1} line(s) of the access log could not be read.",
        "warn.accessLog": "Warning: the viewing could not be logged: {1}",
        "help.init.abstract": "Create a new data directory for the team.",
        "help.init.discussion": """
            Private (directory 0700, files 0600) by default; with --group shared with the team's Unix group (directory 2770, files 0660). The leader (--leader, else the user behind sudo, else you) becomes the team's first member and can add the rest with `tavle staff add`. With --demo the directory gets the demo team, and you are added as a leader.

            Examples:
              tavle init --team "FACT ung Nordbyen"
              sudo tavle init --data /srv/tavle/nordbyen --group fact-nordbyen \\
                  --leader kari --team "FACT ung Nordbyen"
              tavle init --demo --data /tmp/tavle-demo
            """,
        "opt.init.team": "The team's name.",
        "opt.init.group": "The Unix group that shares the directory (team mode).",
        "opt.init.leader": "The Unix user who becomes team leader.",
        "opt.init.demo": "Fill the directory with the demo team.",
        "usage.demoAlone": "--demo cannot be combined with --team, --group or --leader.",
        "refuse.noGroup": "The group “{1}” does not exist. Create it first (sudo groupadd {1}).",
        "init.defaultTeam": "FACT ung",
        "done.init": "Created {2} in {1} (private).",
        "done.initGroup": "Created {2} in {1}, shared with the group {3}.",
        "done.initLeader": "Team leader: {1} (id {2}, Unix user {3}).",
        "done.initNext": "Next: `tavle staff add` for the rest of the team, `tavle add` for the youths.",
        "done.initDemo": "Created the demo team in {1}. Try `tavle list --data {1}`.",
        "help.demo.abstract": "Try the board with the demo team.",
        "help.demo.discussion": """
            Puts the demo team (fictitious youths) into a temporary directory that is removed afterwards, or into DIR (kept), and opens the board. You are added as a leader, so every command can be tried.

            Examples:
              tavle demo
              tavle demo --dir /tmp/tavle-demo && tavle list --data /tmp/tavle-demo
            """,
        "opt.demo.dir": "Put the demo here and keep it.",
        "demo.temporary": "(The demo was in a temporary directory, now removed. Use --dir DIR to keep it.)",
        "demo.kept": "The demo is in {1}. Try `tavle --data {1} show …`.",
        "help.import.abstract": "Import the team's spreadsheet (CSV), all or nothing.",
        "help.import.discussion": """
            The first row holds the headers, in bokmål or English (see docs/cli.md), for example: name, born, intake, contact, mode, status, reason, board since, evaluate, domains, referred by, whereabouts, warning, crisis plan. Separated by ; or , ; UTF-8 (with or without BOM) or Windows-1252; dates as dd.mm.yyyy or YYYY-MM-DD. Every row is checked first; if anything is wrong, nothing is imported and each problem is shown with its line number and column.

            Examples:
              tavle import board.csv --dry-run
              tavle import board.csv
            """,
        "opt.import.dryRun": "Only check the file; import nothing.",
        "import.encoding": "{1} cannot be read as text (neither UTF-8 nor Windows-1252).",
        "import.unreadable": "{1} cannot be read as CSV: {2}",
        "import.empty": "{1} is empty. The first row must hold the headers.",
        "import.refused": "Nothing was imported from {1}: {2} problem(s). Fix them and try again:",
        "import.moreProblems": "… and {1} more problems.",
        "import.problem": "line {1}: {2}",
        "import.problemColumn": "line {1}, column “{2}”: {3}",
        "import.unknownColumn": "unknown column (docs/cli.md lists the columns tavle knows)",
        "import.duplicateColumn": "the column appears twice",
        "import.missingColumn": "the column is missing and is required",
        "import.noRows": "the file has no rows below the headers",
        "import.required": "must be filled in",
        "import.badDate": "“{1}” is not a date (dd.mm.yyyy or YYYY-MM-DD)",
        "import.badChoice": "“{1}” is not a valid value. Valid: {2}",
        "import.badStaff": "no active team member has the id or initials “{1}”",
        "import.future": "{1} is in the future",
        "import.noDischarged": "discharged youths are not imported",
        "import.sinceBeforeIntake": "on the board since {1} is before intake {2}",
        "import.reasonNeedsMode": "a board reason, date or evaluation needs mode intensive",
        "import.duplicateYouth": "{1} (born {2}) already exists or appears twice",
        "import.dryRun": "{1} youths can be imported from {2}. Nothing was written (--dry-run).",
        "import.partial": "Stopped after {1} of {2} youths, at line {3}. See `tavle list` and put it right.",
        "import.done": "Imported {1} youths from {2}:",
        "help.export.abstract": "Export the board as JSON, CSV or Markdown.",
        "help.export.discussion": """
            Initials instead of names, and age instead of date of birth, unless --names is given. CSV uses the import's column names, so an export with --names can be imported again. Every export is recorded in the access log.

            Examples:
              tavle export --format markdown > board.md
              tavle export --format csv --names > board.csv
              tavle export --format json | jq length
            """,
        "opt.export.format": "json, csv or markdown.",
        "opt.export.names": "Include full names and dates of birth.",
        "help.check.abstract": "Check the data directory.",
        "help.check.discussion": """
            Checks that every file can be read, that the journal replayed from the start gives the files, that versions agree, and that nothing is readable by others. Exits with code 2 and names each problem.

            Examples:
              tavle check
              tavle check --data /srv/tavle/nordbyen
            """,
        "check.ok": "All is well in {1}: {2} youths, {3} journal entries, permissions private.",
        "check.okGroup": "All is well in {1}: {2} youths, {3} journal entries, permissions for the team's group.",
        "check.problems": "Found {2} problem(s) in {1}:",
        "check.failed": "`tavle check` found {1} problem(s). Fix them (or restore the files from a backup) and run it again.",
        "help.backup.abstract": "Back up the whole data directory.",
        "help.backup.discussion": """
            One file (private, 0600) holding every data file, taken under the lock so no change is half in it.

            Examples:
              tavle backup ~/tavle-2026-11-22.json
            """,
        "refuse.fileExists": "{1} already exists. Choose a new file name.",
        "done.backup": "Backup written to {1}.",
        "help.restore.abstract": "Restore a backup into a new, empty directory.",
        "help.restore.discussion": """
            Examples:
              tavle restore ~/tavle-2026-11-22.json --data /srv/tavle/nordbyen-restored
            """,
        "done.restore": "Restored {1} into {2}. Run `tavle check --data {2}`.",
        "help.migrate.abstract": "Upgrade a data directory written by an older tavle.",
        "help.migrate.discussion": """
            Writes a backup first (by default in DIR/backups/), upgrades every file and journals it. Team leader only.

            Examples:
              tavle migrate
              tavle migrate --backup /root/tavle-before-upgrade.json
            """,
        "opt.migrate.backup": "Where to write the backup.",
        "done.migrateNothing": "The data directory is already at schema {1}; nothing to do.",
        "done.migrate": "Upgraded {1} files from schema {2} to {3}. Backup: {4}.",
        "help.purge.abstract": "Delete discharged youths whose retention period is over.",
        "help.purge.discussion": """
            Deletes their files and replaces their values in the journal with tombstones. Cannot be undone. Team leader only.

            Examples:
              tavle purge --dry-run
              tavle purge --yes
            """,
        "opt.purge.dryRun": "Only show who would be deleted.",
        "opt.purge.yes": "Delete them (cannot be undone).",
        "usage.purgeChoose": "Choose --dry-run to see who, or --yes to delete.",
        "refuse.notPurgeable": "{1} cannot be deleted yet: only discharged youths, {2} months after discharge.",
        "purge.none": "No discharged youth has passed the retention period ({1} months).",
        "purge.discharged": "discharged {1}",
        "purge.wouldPurge": "{1} youths would be deleted. Run with --yes to delete them.",
        "done.purge": "Deleted {1} youths.",
        "list.header": "{1} · {2} · {3} youths, {4} on the board ({5})",
        "list.intensive": "ON THE BOARD ({1})",
        "list.caseManagement": "CASE MANAGEMENT ({1})",
        "list.none": "(none)",
        "list.today": "TODAY",
        "list.problems": "{1} file(s) could not be read; those youths are missing above. Run `tavle check`:",
        "col.status": "STATUS",
        "col.initials": "INIT",
        "col.name": "NAME",
        "col.age": "AGE",
        "col.contact": "CONTACT",
        "col.reason": "REASON",
        "col.day": "DAY",
        "col.evaluate": "EVAL.",
        "col.due": "⚑",
        "col.dueReasons": "Due for review",
        "col.id": "ID",
        "col.phase": "PHASE",
        "col.lastContact": "LAST",
        "col.role": "ROLE",
        "col.staffID": "ID",
        "col.unixUser": "UNIX USER",
        "col.active": "ACTIVE",
        "due.header": "{1} of {2} youths are due for whole-team review ({3}):",
        "due.youth": "{1}  {2}  ({3})  {4} · {5} · contact {6}",
        "show.title": "{1}  {2}  (id {3}, version {4})",
        "show.onBoard": "on the board: {1}, day {2} (since {3})",
        "show.evaluate": "evaluate {1}",
        "show.age": "{1} (born {2}) · intake {3}",
        "show.second": "second: {1}",
        "show.crisisPlan": "updated {1}",
        "show.outOfHours": "out of hours: {1}",
        "show.none": "missing",
        "show.order": "{1}, expires {2}",
        "show.yes": "yes",
        "show.no": "no",
        "show.consent": "{1}: given by {2} {3}",
        "show.withdrawn": "withdrawn {1}",
        "show.due": "DUE FOR WHOLE-TEAM REVIEW",
        "show.plans": "PLAN",
        "show.notes": "NOTES ({1})",
        "show.notesSome": "NOTES (latest {1} of {2})",
        "show.contacts": "CONTACTS ({1})",
        "show.contactsSome": "CONTACTS (latest {1} of {2})",
        "show.more": "All of them: tavle show {1} --all",
        "show.documented": "in the patient record",
        "field.status": "Status",
        "field.mode": "Follow-up",
        "field.plan": "Plan",
        "field.phase": "Phase",
        "field.age": "Age",
        "field.contact": "Primary contact",
        "field.whereabouts": "Whereabouts",
        "field.warning": "Warning",
        "field.goals": "Goals",
        "field.crisisPlan": "Crisis plan",
        "field.order": "Order",
        "field.domains": "Impairment",
        "field.referral": "Referred by",
        "field.ageOverride": "Age exception",
        "field.eatingDisorder": "Severe eating disorder",
        "field.lastReview": "Last review",
        "field.services": "Other services",
        "field.consent": "Consent",
        "field.handover": "Handover",
        "field.handoverMissing": "Handover lacks",
        "stats.header": "{1} · {2}",
        "stats.active": "Active youths",
        "stats.onBoard": "On the board",
        "stats.share": "{1} ({2}; target {3}, warning above {4})",
        "stats.days": "Days on the board",
        "stats.daysValue": "mean {1}, median {2}, longest {3}",
        "stats.due": "Due for review",
        "stats.dueValue": "{1} youths",
        "stats.dueRules": "REASONS FOR REVIEW",
        "stats.perWeek": "Contacts per week ({1} weeks)",
        "stats.perIntensive": "{1} per youth on the board",
        "stats.seen": "Seen by several (14 days)",
        "stats.seenValue": "{1} (target 90 %)",
        "stats.weeks": "CONTACTS PER WEEK",
        "stats.weekValue": "{1} contacts, {2} attempts ({3} with the youth, {4} with the network)",
        "stats.boardYouths": "DAYS ON THE BOARD",
        "done.line": "{1}: {2} Version {3}.",
        "done.unchanged": "{1}: no change (version {2}).",
        "done.intensive": "on the board ({1}), evaluate {2}.",
        "done.caseManagement": "off the board after {1} days, back in case management.",
        "done.evaluate": "board period evaluated; next evaluation {1}.",
        "done.status": "status {1}.",
        "done.note": "{1} saved.",
        "done.contact": "{1} with the {2} recorded.",
        "done.plan": "{1} at {2} on {3}.",
        "done.crisisPlan": "crisis plan updated {1}.",
        "done.order": "order “{1}” expires {2}.",
        "done.orderRemoved": "order “{1}” removed.",
        "done.reviewed": "reviewed by the whole team {1}.",
        "done.discharge": "discharged {1}.",
        "done.set": "{1} = {2}.",
        "done.cleared": "(cleared)",
        "done.consent": "consent to share with {1} given by {2}.",
        "done.consentWithdrawn": "consent to share with {1} withdrawn.",
        "done.service": "{1} also follows the youth.",
        "done.serviceOff": "{1} no longer follows the youth.",
        "done.handover": "the handover is complete.",
        "done.handoverMissing": "handover saved; still missing: {1}.",
        "error.unexpected": "Unexpected error: {1}. Nothing more was done; try again, and run `tavle check` if it happens again.",
        // Morning meeting, day plan, rota, decisions in the record (issue 5)
        "group.meeting": "THE MEETING",
        "help.meeting.abstract": "The morning meeting: start, status, discuss, decision, end.",
        "help.meeting.discussion": """
            Today's time-boxed board meeting: every youth on the board is discussed, most urgent first. One meeting a day. See docs/meeting.md.

            Examples:
              tavle meeting start --attendees OB,SL,JA
              tavle meeting status
              tavle meeting discuss sofie --decision "Daily visits" --who OB --when 09:30
              tavle meeting end
            """,
        "help.meeting.start.abstract": "Start today's board meeting.",
        "help.meeting.start.discussion": """
            Starts today's meeting with a chair (default: you) and those present. The youths on the board now are the ones the meeting must discuss. The time box is the team's (default 15 minutes) unless --minutes is given. A second meeting the same day is refused.

            Examples:
              tavle meeting start
              tavle meeting start --chair IS --attendees OB,SL,JA,MD
              tavle meeting start --minutes 20
            """,
        "help.meeting.status.abstract": "Show today's agenda, progress and time.",
        "help.meeting.status.discussion": """
            The youths on the board, most urgent first (✓ discussed, ✗ not discussed, ▶ under discussion), "3 of 9 discussed", the time used against the time box, then the youths due for whole-team review and the case-management youths to consider moving up. Then crisis readiness beside tonight's evening duty and on call, and decisions older than one working day not yet marked as written into the record. Without a meeting today the agenda is shown all the same.

            Examples:
              tavle meeting status
              tavle meeting status --json | jq '.progress'
            """,
        "help.meeting.discuss.abstract": "Mark a youth discussed, with decisions and today's plan.",
        "help.meeting.discuss.discussion": """
            Records in today's meeting: a new status if given, the decisions (each also becomes a decision note on the youth, to be marked as written into the record later), who sees the youth today, and that the youth was discussed. The time spent is --seconds, else the time since the previous youth was marked discussed (or since the meeting started).

            Examples:
              tavle meeting discuss sofie --decision "Daily home visits this week" --seconds 120
              tavle meeting discuss KH² --who PS --when 11:00 --where School
              tavle meeting discuss amina --status worried --decision "Call the mother today"
            """,
        "help.meeting.decision.abstract": "Record a decision in today's meeting.",
        "help.meeting.decision.discussion": """
            The decision is stored in the meeting and as a decision note on the youth. The youth is not marked discussed (see `tavle meeting discuss`).

            Examples:
              tavle meeting decision sofie "Network meeting with child welfare on Friday"
            """,
        "help.meeting.end.abstract": "End today's board meeting.",
        "help.meeting.end.discussion": """
            If youths on the board were not discussed, tavle asks whether to record them as not discussed. Without a terminal the end is refused (exit 2) unless --yes is given.

            Examples:
              tavle meeting end
              tavle meeting end --yes
            """,
        "opt.meeting.chair": "The chair: id or initials (default: you).",
        "opt.meeting.attendees": "Those present, comma-separated (the chair is always included).",
        "opt.meeting.minutes": "This meeting's time box in minutes (1–240; default the team's).",
        "opt.meeting.decision": "A decision (may be given more than once).",
        "opt.meeting.who": "Who sees the youth today: id or initials (with --when).",
        "opt.meeting.when": "When, HH:MM (with --who).",
        "opt.meeting.where": "Where (optional, with --who).",
        "opt.meeting.status": "New status: stable, worried or crisis.",
        "opt.meeting.seconds": "Time spent on the youth, in seconds.",
        "opt.meeting.yes": "Record the youths not discussed without asking.",
        "arg.decisionText": "The decision.",
        "usage.meeting.minutes": "The time box must be between 1 and 240 minutes.",
        "usage.meeting.seconds": "The time must be 0 seconds or more.",
        "usage.meeting.whoWhen": "--who and --when go together (and --where only with them).",
        "mtg.started": "Board meeting {1} started at {2}. Chair {3}, present {4}. Time box {5} min, {6} youths on the board.",
        "mtg.startedNext": "See the agenda with `tavle meeting status`; mark each youth with `tavle meeting discuss ID`.",
        "mtg.title": "Board meeting {1} · {2}",
        "mtg.chairLine": "Chair {1} · present {2}",
        "mtg.clock": "Started {1} · used {2} of {3} min",
        "mtg.endedAt": "ended {1}",
        "mtg.timeLeft": "{1} left",
        "mtg.overTime": "! {1} over time",
        "mtg.none": "Not started today. Start with: tavle meeting start",
        "mtg.questions": "Ask of each: {1}",
        "mtg.col.outcome": "DISCUSSED",
        "mtg.col.time": "TIME",
        "mtg.col.decisions": "DEC.",
        "mtg.next": "Next: {1} — tavle meeting discuss {2}",
        "mtg.allDiscussed": "Everyone on the board has been discussed. End with: tavle meeting end",
        "mtg.discussed": "{1} ({2}) discussed, {3}, {4} decisions. {5} of {6} on the board discussed.",
        "mtg.planSet": "{1} sees the youth at {2} today.",
        "mtg.decisionRecorded": "Decision recorded for {1} ({2}); {3} in today's meeting.",
        "mtg.end.confirm": "{1} of {2} youths on the board were not discussed: {3}. Record them as not discussed and end the meeting?",
        "mtg.end.refused": "The meeting was not ended: {1} of {2} youths on the board were not discussed ({3}). Discuss them (tavle meeting discuss ID), or end with --yes to record them as not discussed.",
        "mtg.end.cancelled": "The meeting was not ended.",
        "mtg.ended": "The board meeting ended at {1}: {2} of {3} on the board discussed, used {4} of {5} min.",
        "mtg.ended.notDiscussed": "Not discussed: {1}",
        "mtg.ended.minutes": "Minutes: tavle export minutes --format markdown",
        "mtg.readiness.title": "CRISIS READINESS",
        "mtg.readiness.tonight": "Tonight: evening duty {1} · on call {2}",
        "mtg.readiness.ready": "Everyone on the board has an up-to-date crisis plan.",
        "mtg.readiness.outOfHours": "out of hours: {1}",
        "mtg.undocumented.title": "DECISIONS NOT WRITTEN INTO THE RECORD ({1})",
        "mtg.undocumented.hint": "Mark with: tavle documented ID (see tavle documented --pending)",
        "help.today.abstract": "Today's plan: who sees whom, and who is on duty.",
        "help.today.discussion": """
            Who sees whom today, grouped by team member with times and places, youths on the board without a plan today, and today's rota (day, evening, weekend duty, on call).

            Examples:
              tavle today
              tavle today --json | jq '.staff[] | {initials, visits: [.visits[].time]}'
            """,
        "today.header": "Day plan, {1} {2} · {3}",
        "today.nobody": "Nobody plans to see anyone today.",
        "today.unplanned": "On the board without a plan today: {1}",
        "today.rota": "ON DUTY TODAY",
        "help.rota.abstract": "The rota: day, evening and weekend duty, and on call.",
        "help.rota.discussion": """
            A weekly pattern plus one-off changes on a date. Without a subcommand, today's duties are shown.

            Examples:
              tavle rota show --week
              tavle rota set monday on-call OB
              tavle rota set --date 2026-11-24 on-call SL --replacing OB
            """,
        "help.rota.show.abstract": "Show today's duties (or seven days'), the pattern and the changes.",
        "help.rota.show.discussion": """
            Examples:
              tavle rota show
              tavle rota show --week
              tavle rota show --json | jq '.days[0].duty'
            """,
        "help.rota.set.abstract": "Set a shift in the weekly pattern, or change one date.",
        "help.rota.set.discussion": """
            The weekly pattern: WEEKDAY SHIFT STAFF (comma-separated) replaces who has that shift on that weekday; --clear empties it. One date: --date DATE SHIFT [STAFF] [--replacing STAFF] adds someone to the shift, or puts them in for someone else (without STAFF: the other comes off and nobody covers). Weekdays: monday … sunday (or mandag …); shifts: day, evening, weekend, on-call (or dagvakt, kveldsvakt, helgevakt, bakvakt).

            Examples:
              tavle rota set monday day OB,SL
              tavle rota set friday on-call IS
              tavle rota set sunday weekend --clear
              tavle rota set --date 2026-11-24 on-call SL --replacing OB --note ill
            """,
        "opt.rota.week": "Show seven days from today.",
        "opt.rota.date": "A one-off change on this date instead of the weekly pattern.",
        "opt.rota.replacing": "Who comes off the shift (with --date).",
        "opt.rota.note": "A note on the one-off change (with --date).",
        "opt.rota.clear": "Empty the shift in the weekly pattern.",
        "arg.rota.words": "WEEKDAY SHIFT STAFF, or with --date: SHIFT [STAFF].",
        "usage.rota.pattern": "Usage: tavle rota set WEEKDAY SHIFT STAFF[,STAFF] (or WEEKDAY SHIFT --clear).",
        "usage.rota.date": "Usage: tavle rota set --date DATE SHIFT STAFF [--replacing STAFF] (or SHIFT --replacing STAFF).",
        "usage.rota.clearDate": "--clear is for the weekly pattern; for a date, use --replacing.",
        "usage.rota.replacingNeedsDate": "--replacing and --note are for a single date; give --date.",
        "usage.rota.weekday": "“{1}” is not a weekday (monday … sunday, or mandag … søndag).",
        "usage.rota.shift": "“{1}” is not a shift (day, evening, weekend, on-call, or dagvakt, kveldsvakt, helgevakt, bakvakt).",
        "rotacmd.header": "Rota · {1} · {2}",
        "rotacmd.pattern": "WEEKLY PATTERN",
        "rotacmd.changes": "ONE-OFF CHANGES FROM TODAY",
        "rotacmd.none": "nobody set up (tavle rota set)",
        "rotacmd.nobody": "nobody",
        "rotacmd.change.replacing": "{1} for {2}",
        "rotacmd.change.adds": "{1} as well",
        "rotacmd.change.off": "{1} off, nobody covers",
        "rotacmd.dayNow": "{1} {2}: {3}",
        "done.rota.pattern": "Rota: {1} {2}: {3}. Version {4}.",
        "done.rota.change": "Rota: {1}. Version {2}.",
        "help.export.minutes.abstract": "The minutes of a board meeting, as Markdown or HTML.",
        "help.export.minutes.discussion": """
            Those present, each youth discussed with decisions, plan and changes, and who was not discussed. Initials instead of names unless --names is given. Date: default today. Every export is recorded in the access log.

            Examples:
              tavle export minutes --format markdown
              tavle export minutes 2026-11-20 --format html --output minutes.html
              tavle export minutes --names --format markdown > minutes.md
            """,
        "arg.minutes.date": "The meeting's date (default today).",
        "opt.export.formatAll": "json, csv or markdown (the board); markdown or html (export minutes).",
        "usage.export.html": "html is for the minutes: tavle export minutes --format html. The board exports as json, csv or markdown.",
        "usage.minutes.format": "The minutes are written as markdown or html, not {1}.",
        "opt.minutes.format": "markdown or html.",
        "opt.minutes.output": "Write to this file (private, 0600) instead of standard output.",
        "minutes.noMeeting": "No board meeting was held on {1}.",
        "minutes.writeFailed": "Could not write the minutes to {1}: {2}",
        "minutes.written": "The minutes of {2} were written to {1}.",
        "minutes.title": "Minutes of the board meeting {1}",
        "minutes.team": "Team",
        "minutes.time": "Time",
        "minutes.timeBox": "used {1} of {2} min",
        "minutes.chair": "Chair",
        "minutes.attendees": "Present",
        "minutes.coverage": "Discussed",
        "minutes.coverageValue": "{1} of {2} youths on the board",
        "minutes.state": "State",
        "minutes.open": "the meeting has not ended",
        "minutes.discussed": "Discussed",
        "minutes.other": "Also raised",
        "minutes.notDiscussed": "Not discussed",
        "minutes.notYetDiscussed": "Not discussed yet",
        "minutes.none": "None.",
        "minutes.decisions": "Decisions:",
        "minutes.plan": "Plan today:",
        "minutes.planLine": "{1} at {2}",
        "minutes.changes": "Changes:",
        "minutes.noDecision": "No decision recorded.",
        "minutes.field.status": "status",
        "minutes.field.mode": "mode",
        "help.documented.abstract": "Mark a decision as written into the patient record.",
        "help.documented.discussion": """
            The board is a worklist, not the record: every decision must be written into the patient record by the responsible clinician, who then marks it here. Without --decision the one unmarked decision is marked (if there are several, they are listed). --decision N is the number in that list (oldest first) or the note's id. --pending lists decisions older than one working day that are not marked.

            Examples:
              tavle documented sofie
              tavle documented sofie --decision 2
              tavle documented sofie --all
              tavle documented --pending
              tavle documented --pending --json | jq length
            """,
        "opt.documented.decision": "Which decision: its number (1 = oldest) or the note's id.",
        "opt.documented.all": "All of the youth's unmarked decisions.",
        "opt.documented.pending": "List decisions older than one working day that are not marked.",
        "usage.documented.youth": "Name the youth (tavle documented ID), or use --pending.",
        "usage.documented.decisionOrAll": "Use --decision or --all, not both.",
        "usage.documented.pending": "--pending lists; it takes no --decision or --all.",
        "usage.documented.json": "--json is for the listing (--pending).",
        "documented.nothing": "{1} has no decisions waiting for the “written into the record” mark.",
        "documented.noSuchDecision": "No decision “{1}” for {2}. See `tavle show {3} --all`.",
        "documented.choose": "{2} has {1} decisions not marked. Choose with --decision N or --all:",
        "documented.chooseHint": "For example: tavle documented {1} --decision N",
        "documented.header": "{1} decisions older than one working day are not marked as written into the record ({2})",
        "documented.workingDays": "{1} w.d.",
        "done.documented": "{1} decision(s) marked as written into the record.",
        "statscmd.shareWeeks": "BOARD SHARE PER WEEK (last {1} weeks)",
        "statscmd.barLegend": "┊ = the target {1}; ! = above the warning level",
        "statscmd.perYouth": "CONTACTS AND ATTEMPTS PER YOUTH PER WEEK (last {1} weeks)",
        "statscmd.col.week": "WEEK",
        "statscmd.col.youths": "YOUTHS",
        "statscmd.col.contacts": "CONT.",
        "statscmd.col.attempts": "ATT.",
        "statscmd.col.boardYouths": "BOARD",
        "statscmd.col.boardContacts": "CONT.",
        "statscmd.col.boardAttempts": "ATT.",
        "statscmd.multipleStaff": "Seen by more than one team member in the last 14 days: {1} ({2} of {3}; fidelity expects at least {4})",
        "statscmd.meetings": "Board meetings since {3}: {1}, every board youth discussed in {2}",
        "statscmd.notCovered": "not everyone discussed: {1}",
        "statscmd.notEnded": "not ended: {1}",
    ]
}
