<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the LinkedIn opt-out wizard</source>
        <translation>Over de LinkedIn-afmeldwizard</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>LinkedIn-opt-out-wizard</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>An independent tool: it is not made, endorsed or supported by LinkedIn or Microsoft.</source>
        <translation>Een onafhankelijk hulpmiddel: het is niet gemaakt, goedgekeurd of ondersteund door LinkedIn of Microsoft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It never sees your password and keeps nothing unless you ask, and then only in your computer's password store.&lt;/p&gt;&lt;p&gt;Free software: you may use, study, share and change it under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;List of settings: version {catalog}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hij ziet uw wachtwoord nooit en bewaart niets tenzij u erom vraagt, en dan alleen in de wachtwoordkluis van uw computer.&lt;/p&gt;&lt;p&gt;Vrije software: u mag hem gebruiken, bestuderen, delen en wijzigen onder de GNU General Public License, versie 3 of later.&lt;/p&gt;&lt;p&gt;Lijst met instellingen: versie {catalog}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Over deze app</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Help: open the guide in your web browser</source>
        <translation>Help: de handleiding openen in uw webbrowser</translation>
    </message>
    <message>
        <source>&amp;Source code</source>
        <translation>&amp;Broncode</translation>
    </message>
    <message>
        <source>Source code: open the project's page in your web browser</source>
        <translation>Broncode: de projectpagina openen in uw webbrowser</translation>
    </message>
    <message>
        <source>&amp;Check for a newer list of settings</source>
        <translation>&amp;Zoeken naar een nieuwere lijst met instellingen</translation>
    </message>
    <message>
        <source>Check for a newer list of settings</source>
        <translation>Zoeken naar een nieuwere lijst met instellingen</translation>
    </message>
    <message>
        <source>Update of the list of settings</source>
        <translation>Bijwerken van de lijst met instellingen</translation>
    </message>
    <message>
        <source>Checking for a newer list of settings…</source>
        <translation>Zoeken naar een nieuwere lijst met instellingen…</translation>
    </message>
    <message>
        <source>List of settings {version} is installed. Restart the wizard to use it.</source>
        <translation>Lijst met instellingen {version} is geïnstalleerd. Start de wizard opnieuw om hem te gebruiken.</translation>
    </message>
    <message>
        <source>{why} The list of settings in use stays.</source>
        <translation>{why} De gebruikte lijst met instellingen blijft.</translation>
    </message>
</context>
<context>
    <name>BrowserInstaller</name>
    <message>
        <source>The browser for the check is installed.</source>
        <translation>De browser voor de controle is geïnstalleerd.</translation>
    </message>
    <message>
        <source>The browser could not be installed{detail}. Check your internet connection, or install Google Chrome or Chromium.</source>
        <translation>De browser kon niet worden geïnstalleerd{detail}. Controleer uw internetverbinding of installeer Google Chrome of Chromium.</translation>
    </message>
    <message>
        <source>The installer could not start.</source>
        <translation>Het installatieprogramma kon niet starten.</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>LinkedIn page</source>
        <translation>LinkedIn-pagina</translation>
    </message>
    <message>
        <source>LinkedIn's own page, shown inside the wizard. The wizard never reads your password.</source>
        <translation>De eigen pagina van LinkedIn, getoond in de wizard. De wizard leest uw wachtwoord nooit.</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Pagina laden</translation>
    </message>
    <message>
        <source>Note about the page</source>
        <translation>Opmerking over de pagina</translation>
    </message>
    <message>
        <source>Page problem</source>
        <translation>Probleem met de pagina</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>De pagina opnieuw laden</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>netwerkfout</translation>
    </message>
    <message>
        <source>The page could not be loaded ({why}).</source>
        <translation>De pagina kon niet worden geladen ({why}).</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {code}).</source>
        <translation>LinkedIn antwoordde met een fout (HTTP {code}).</translation>
    </message>
    <message>
        <source>LinkedIn is taking too long to answer.</source>
        <translation>LinkedIn doet er te lang over om te antwoorden.</translation>
    </message>
    <message>
        <source>The page stopped working.</source>
        <translation>De pagina werkt niet meer.</translation>
    </message>
    <message>
        <source>Check your internet connection, then press Retry.</source>
        <translation>Controleer uw internetverbinding en klik dan op ‘Opnieuw proberen’.</translation>
    </message>
    <message>
        <source>That link leads away from {site}: it was opened in your web browser ({where}).</source>
        <translation>Die link leidt weg van {site}: hij is geopend in uw webbrowser ({where}).</translation>
    </message>
</context>
<context>
    <name>Browsers</name>
    <message>
        <source>The browser for the check could not start its sandbox (the wall that keeps web pages away from the rest of your computer), so nothing was checked; the app never runs a browser without it. This happens in containers and chroots, and on Ubuntu 24.04 or later when the app was not installed from its .deb package, which allows the sandbox. Install the app from its package, or run it on the computer itself rather than in a container.</source>
        <translation>De browser voor de controle kon zijn sandbox niet starten (de muur die webpagina's weghoudt van de rest van uw computer), dus er is niets gecontroleerd; de app start nooit een browser zonder. Dit gebeurt in containers en chroots, en op Ubuntu 24.04 of nieuwer als de app niet uit haar .deb-pakket is geïnstalleerd, dat de sandbox toestaat. Installeer de app uit haar pakket, of start haar op de computer zelf in plaats van in een container.</translation>
    </message>
    <message>
        <source>The browser for the check ({browser}) did not start within {seconds} seconds, so nothing was checked. Close programs you do not need and check again; if it keeps happening, restart the computer.</source>
        <translation>De browser voor de controle ({browser}) is niet binnen {seconds} seconden gestart, dus er is niets gecontroleerd. Sluit programma’s die u niet nodig hebt en controleer opnieuw; gebeurt het weer, start de computer dan opnieuw op.</translation>
    </message>
    <message>
        <source>No browser for the check was found. Install Chromium's headless shell (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or Chromium, or let the app download one (in the app: Verify → Install a browser for the check; in a terminal: optout-wizard install-browser), or set OPTOUT_BROWSER to a Chromium-family browser's program file.</source>
        <translation>Er is geen browser voor de controle gevonden. Installeer de headless shell van Chromium (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge of Chromium, laat de app er een downloaden (in de app: Controleren → Een browser voor de controle installeren; in een terminal: optout-wizard install-browser) of stel OPTOUT_BROWSER in op het programmabestand van een Chromium-browser.</translation>
    </message>
    <message>
        <source>{name} is set to {path}, but there is no such file.</source>
        <translation>{name} staat op {path}, maar dat bestand bestaat niet.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Updates to the list of settings come over https only, not from {url}.</source>
        <translation>Updates van de lijst met instellingen komen alleen via https, niet van {url}.</translation>
    </message>
    <message>
        <source>The newer list of settings could not be fetched ({why}).</source>
        <translation>De nieuwere lijst met instellingen kon niet worden opgehaald ({why}).</translation>
    </message>
    <message>
        <source>The fetched list of settings is too large.</source>
        <translation>De opgehaalde lijst met instellingen is te groot.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not signed with the project's key: it was not used.</source>
        <translation>De opgehaalde lijst met instellingen is niet ondertekend met de sleutel van het project: hij is niet gebruikt.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not valid: {why}</source>
        <translation>De opgehaalde lijst met instellingen is niet geldig: {why}</translation>
    </message>
    <message>
        <source>The fetched list of settings ({new}) is not newer than the one in use ({old}).</source>
        <translation>De opgehaalde lijst met instellingen ({new}) is niet nieuwer dan de gebruikte ({old}).</translation>
    </message>
    <message>
        <source>The list of settings could not be stored in {folder}: {why}.</source>
        <translation>De lijst met instellingen kon niet worden opgeslagen in {folder}: {why}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The page could not be read (the check returned nothing).</source>
        <translation>De pagina kon niet worden gelezen (de controle gaf niets terug).</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again: the session has ended. Sign in, then check again.</source>
        <translation>LinkedIn vroeg om opnieuw in te loggen: de sessie is verlopen. Log in en controleer daarna opnieuw.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you (a code or a puzzle). Open the wizard and finish it there, then check again.</source>
        <translation>LinkedIn wil bevestigen dat u het bent (een code of een puzzel). Open de wizard, rond het daar af en controleer daarna opnieuw.</translation>
    </message>
    <message>
        <source>The only switch on this setting's own page is off. It carries no name that says which setting it is, so this is the weakest kind of match: look at the picture to be sure.</source>
        <translation>De enige schakelaar op de eigen pagina van deze instelling staat uit. Hij draagt geen naam die zegt welke instelling hij is, dus dit is de zwakste soort overeenkomst: kijk voor de zekerheid naar de afbeelding.</translation>
    </message>
    <message>
        <source>The switch “{label}” is off.</source>
        <translation>De schakelaar ‘{label}’ staat uit.</translation>
    </message>
    <message>
        <source>The switch “{label}” is on: LinkedIn still uses your data for this. Switch it off, then check again.</source>
        <translation>De schakelaar ‘{label}’ staat aan: LinkedIn gebruikt uw gegevens hier nog steeds voor. Zet hem uit en controleer daarna opnieuw.</translation>
    </message>
    <message>
        <source>Found the switch “{label}” but could not tell whether it is on or off. Open the page and look at it yourself.</source>
        <translation>De schakelaar ‘{label}’ is gevonden, maar het was niet te zien of hij aan of uit staat. Open de pagina en kijk zelf.</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region, so there is nothing to switch off here.</source>
        <translation>LinkedIn meldt dat deze instelling niet wordt aangeboden voor uw account of regio, dus hier valt niets uit te zetten.</translation>
    </message>
    <message>
        <source>LinkedIn's page was still loading after {seconds} seconds, so nothing was read. Check again in a moment.</source>
        <translation>De pagina van LinkedIn was na {seconds} seconden nog aan het laden, dus er is niets gelezen. Controleer zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The page finished loading and has no such switch: LinkedIn may have moved it. Check by hand through the menus: {route}.</source>
        <translation>De pagina is klaar met laden en heeft zo’n schakelaar niet: LinkedIn heeft hem misschien verplaatst. Controleer het zelf via de menu’s: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn words it a little differently from what the wizard knows.</source>
        <translation>LinkedIn verwoordt het iets anders dan de wizard kent.</translation>
    </message>
    <message>
        <source>The switch has no name of its own: it was recognised by its description.</source>
        <translation>De schakelaar heeft geen eigen naam: hij is herkend aan zijn beschrijving.</translation>
    </message>
    <message>
        <source>The page has finished, but its switch has no name at all, so the wizard cannot tell which setting it is. Open the page and look at it yourself.</source>
        <translation>De pagina is klaar, maar de schakelaar heeft helemaal geen naam, dus de wizard kan niet zien welke instelling het is. Open de pagina en kijk zelf.</translation>
    </message>
    <message>
        <source>the switch was still greyed out</source>
        <translation>de schakelaar was nog grijs</translation>
    </message>
    <message>
        <source>the page still showed it as loading</source>
        <translation>de pagina toonde hem nog als ladend</translation>
    </message>
    <message>
        <source>the switch was not shown yet</source>
        <translation>de schakelaar werd nog niet getoond</translation>
    </message>
    <message>
        <source>it was still changing</source>
        <translation>hij veranderde nog</translation>
    </message>
    <message>
        <source>The page did not finish loading: {why}. Nothing was read as on or off; check again in a moment.</source>
        <translation>De pagina is niet klaar met laden: {why}. Niets is als aan of uit gelezen; controleer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>No LinkedIn session: sign in first, then check.</source>
        <translation>Geen LinkedIn-sessie: log eerst in en controleer daarna.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>LinkedIn antwoordde niet binnen {seconds} seconden. Controleer uw internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings: the browser did not answer in time.</source>
        <translation>De instellingen van LinkedIn konden niet worden opgesomd: de browser antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings at {url}: {why}</source>
        <translation>De instellingen van LinkedIn op {url} konden niet worden opgesomd: {why}</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}).</source>
        <translation>LinkedIn antwoordde met een fout (HTTP {status}).</translation>
    </message>
    <message>
        <source>the page gave no answer.</source>
        <translation>de pagina gaf geen antwoord.</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again.</source>
        <translation>LinkedIn vroeg om opnieuw aan te melden.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check.</source>
        <translation>LinkedIn vroeg om een veiligheidscontrole.</translation>
    </message>
    <message>
        <source>the page was still loading when time was up.</source>
        <translation>de pagina was nog aan het laden toen de tijd om was.</translation>
    </message>
    <message>
        <source>The setting's page is gone (HTTP {status}). LinkedIn may have moved it: check by hand through the menus: {route}.</source>
        <translation>De pagina van de instelling bestaat niet meer (HTTP {status}). LinkedIn heeft hem misschien verplaatst: controleer het zelf via de menu’s: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}). Try again later.</source>
        <translation>LinkedIn antwoordde met een fout (HTTP {status}). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Something on the page (such as a cookie notice) covered the switch; it was set aside for the picture.</source>
        <translation>Iets op de pagina (zoals een cookiemelding) bedekte de schakelaar; het is voor de afbeelding opzijgezet.</translation>
    </message>
    <message>
        <source>The picture {path} could not be saved: {why}.</source>
        <translation>De afbeelding {path} kon niet worden opgeslagen: {why}.</translation>
    </message>
    <message>
        <source>The browser for the check stopped working, so nothing more was checked. Check again.</source>
        <translation>De browser voor de controle werkt niet meer, dus er is verder niets gecontroleerd. Controleer opnieuw.</translation>
    </message>
    <message>
        <source>LinkedIn ended the session when the check opened the page. Sign in again, then check again.</source>
        <translation>LinkedIn heeft de sessie beëindigd toen de controle de pagina opende. Meld u opnieuw aan en controleer dan opnieuw.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>de verbinding werd geweigerd</translation>
    </message>
    <message>
        <source>its name could not be looked up</source>
        <translation>de naam kon niet worden opgezocht</translation>
    </message>
    <message>
        <source>this computer is offline</source>
        <translation>deze computer is offline</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>de verbinding werd verbroken</translation>
    </message>
    <message>
        <source>the network changed while it loaded</source>
        <translation>het netwerk veranderde tijdens het laden</translation>
    </message>
    <message>
        <source>it could not be reached from here</source>
        <translation>het is vanaf hier niet bereikbaar</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>hij antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>its security certificate was not valid</source>
        <translation>het beveiligingscertificaat was ongeldig</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>er kon geen beveiligde verbinding worden gemaakt</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>de proxy weigerde de verbinding</translation>
    </message>
    <message>
        <source>{host} kept sending the browser from one address to another, and the page never opened. Try again later; if it keeps happening, sign in again in the wizard.</source>
        <translation>{host} stuurde de browser steeds van het ene adres naar het andere, en de pagina ging nooit open. Probeer het later opnieuw; gebeurt het weer, meld u dan opnieuw aan in de wizard.</translation>
    </message>
    <message>
        <source>Could not reach {host}: {why}. Check your internet connection and try again.</source>
        <translation>{host} was niet bereikbaar: {why}. Controleer uw internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not open the page on {host} (the browser said {code}). Check your internet connection and try again.</source>
        <translation>De pagina op {host} kon niet worden geopend (de browser meldde {code}). Controleer uw internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your internet connection and try again.</source>
        <translation>{host} antwoordde niet op tijd. Controleer uw internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The browser for the check stopped answering before the setting was read. Check again.</source>
        <translation>De browser voor de controle reageerde niet meer voordat de instelling was gelezen. Controleer opnieuw.</translation>
    </message>
    <message>
        <source>The browser page crashed while reading the setting. Check again.</source>
        <translation>De browserpagina is gecrasht tijdens het lezen van de instelling. Controleer opnieuw.</translation>
    </message>
    <message>
        <source>The browser closed before the setting could be read. Check again.</source>
        <translation>De browser sloot voordat de instelling kon worden gelezen. Controleer opnieuw.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>De details tonen</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>What was done, your proof, and what comes next.</source>
        <translation>Wat er is gedaan, uw bewijs en wat er nu komt.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>LinkedIn can turn such switches back on or add new ones: run the wizard again now and then to check.</source>
        <translation>LinkedIn kan zulke schakelaars weer aanzetten of nieuwe toevoegen: voer de wizard af en toe opnieuw uit om te controleren.</translation>
    </message>
    <message>
        <source>Changes to ad settings may take LinkedIn up to 24 hours to apply.</source>
        <translation>Het kan tot 24 uur duren voordat LinkedIn wijzigingen in advertentie-instellingen toepast.</translation>
    </message>
    <message>
        <source>The switch covers AI that &lt;i&gt;creates content&lt;/i&gt;. For LinkedIn's other uses of your data for AI, you can object with LinkedIn's &lt;a href="{url}"&gt;Data Processing Objection form&lt;/a&gt;.</source>
        <translation>De schakelaar gaat over AI die &lt;i&gt;content maakt&lt;/i&gt;. Tegen ander gebruik van uw gegevens voor AI door LinkedIn kunt u bezwaar maken met het &lt;a href="{url}"&gt;bezwaarformulier voor gegevensverwerking&lt;/a&gt; van LinkedIn.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Accounts done earlier in this run</source>
        <translation>Accounts die eerder in deze ronde zijn gedaan</translation>
    </message>
    <message>
        <source>Do this for &amp;another account</source>
        <translation>Doe dit voor een &amp;ander account</translation>
    </message>
    <message>
        <source>Do this for another account</source>
        <translation>Doe dit voor een ander account</translation>
    </message>
    <message>
        <source>Starts again with a fresh browser profile, to sign in with another LinkedIn account. The results of this account stay on this screen.</source>
        <translation>Begint opnieuw met een nieuw browserprofiel, om in te loggen met een ander LinkedIn-account. De resultaten van dit account blijven op dit scherm.</translation>
    </message>
    <message>
        <source>Your proof</source>
        <translation>Uw bewijs</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>(you skipped this step)</source>
        <translation>(u hebt deze stap overgeslagen)</translation>
    </message>
    <message>
        <source>Every setting LinkedIn offers you is off, and the check confirmed it.</source>
        <translation>Elke instelling die LinkedIn u aanbiedt staat uit, en de controle heeft het bevestigd.</translation>
    </message>
    <message>
        <source>Every setting is off, and the check confirmed it.</source>
        <translation>Alle instellingen staan uit en de controle heeft het bevestigd.</translation>
    </message>
    <message>
        <source>Send an ob&amp;jection…</source>
        <translation>Be&amp;zwaar versturen…</translation>
    </message>
    <message>
        <source>Send it a&amp;gain…</source>
        <translation>Opnieu&amp;w versturen…</translation>
    </message>
    <message>
        <source>Not everything is off yet: see below, or go Back and press “Fix this”.</source>
        <translation>Nog niet alles staat uit: zie hieronder, of ga terug en klik op ‘Herstellen’.</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Account: {name}</translation>
    </message>
    <message>
        <source>{title}: {state}, the picture</source>
        <translation>{title}: {state}, de afbeelding</translation>
    </message>
    <message>
        <source>the account signed in</source>
        <translation>het aangemelde account</translation>
    </message>
    <message>
        <source>Read on {where} on {when}, for {whose}.</source>
        <translation>Gelezen op {where} op {when}, voor {whose}.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Bezwaar tegen gegevensverwerking</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Afbeelding van de bevestiging van LinkedIn</translation>
    </message>
    <message>
        <source>Opens LinkedIn's Data Processing Objection form in the wizard.</source>
        <translation>Opent het formulier van LinkedIn voor bezwaar tegen gegevensverwerking in de wizard.</translation>
    </message>
    <message>
        <source>The switch covers only AI that creates content. For LinkedIn's other uses of your data for AI you can object with LinkedIn's form; the wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn decides; it answers by e-mail.</source>
        <translation>De schakelaar geldt alleen voor AI die content maakt. Tegen het andere gebruik van je gegevens voor AI door LinkedIn kun je bezwaar maken met het formulier van LinkedIn; de wizard toont het en bewaart de bevestiging van LinkedIn als bewijs. LinkedIn beslist; het antwoordt per e-mail.</translation>
    </message>
    <message>
        <source>It was sent over a year ago. LinkedIn's uses of data change: you may send it again.</source>
        <translation>Het is meer dan een jaar geleden verstuurd. LinkedIn verandert hoe het gegevens gebruikt: je kunt het opnieuw versturen.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(naam niet getoond)</translation>
    </message>
    <message>
        <source>Save its report…</source>
        <translation>Het rapport opslaan…</translation>
    </message>
    <message>
        <source>Done earlier in this run</source>
        <translation>Eerder gedaan in deze ronde</translation>
    </message>
</context>
<context>
    <name>GuardedPage</name>
    <message>
        <source>The page's link to {where} was not opened: the wizard opens only web (https) and e-mail links.</source>
        <translation>De link van de pagina naar {where} is niet geopend: de wizard opent alleen web- (https) en e-maillinks.</translation>
    </message>
    <message>
        <source>This sign-in page is not secure (no https), so the wizard does not open it: {host}. Sign in another way.</source>
        <translation>Deze aanmeldpagina is niet beveiligd (geen https), dus de wizard opent haar niet: {host}. Meld u op een andere manier aan.</translation>
    </message>
    <message>
        <source>The page tried to open {where}; it was stopped.</source>
        <translation>De pagina probeerde {where} te openen; dat is tegengehouden.</translation>
    </message>
    <message>
        <source>The page tried to open a new window; the wizard keeps to one.</source>
        <translation>De pagina probeerde een nieuw venster te openen; de wizard houdt het bij één.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{symbol} {summary} Checked just now.</source>
        <translation>{symbol} {summary} Zojuist gecontroleerd.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{title}: was {before} on {date}, now {after}</source>
        <translation>{title}: was {before} op {date}, nu {after}</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {why}.</source>
        <translation>Het geschiedenisbestand {path} kon niet worden gelezen: {why}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read or moved: {why}.</source>
        <translation>Het geschiedenisbestand {path} kon niet worden gelezen of verplaatst: {why}.</translation>
    </message>
    <message>
        <source>Some lines of the history file were damaged; they were kept as {name} and the rest of the history was kept.</source>
        <translation>Enkele regels van het geschiedenisbestand waren beschadigd; ze zijn bewaard als {name} en de rest van de geschiedenis is behouden.</translation>
    </message>
    <message>
        <source>The result could not be added to the history: {why}</source>
        <translation>Het resultaat kon niet aan de geschiedenis worden toegevoegd: {why}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The sign-in page tried to open yet another window.</source>
        <translation>De aanmeldpagina probeerde nog een venster te openen.</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Adres van de aanmeldpagina</translation>
    </message>
    <message>
        <source>About this sign-in page</source>
        <translation>Over deze aanmeldpagina</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Aanmeldpagina</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel signing in this way</source>
        <translation>Deze manier van aanmelden annuleren</translation>
    </message>
    <message>
        <source>This sign-in service refused the wizard</source>
        <translation>Deze aanmeldservice heeft de wizard geweigerd</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn &amp;password</source>
        <translation>Inloggen met mijn LinkedIn-&amp;wachtwoord</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn password</source>
        <translation>Inloggen met mijn LinkedIn-wachtwoord</translation>
    </message>
    <message>
        <source>I have no password: &amp;set one…</source>
        <translation>Ik heb geen wachtwoord: &amp;er een instellen…</translation>
    </message>
    <message>
        <source>I have no LinkedIn password: ask LinkedIn for a link to set one</source>
        <translation>Ik heb geen LinkedIn-wachtwoord: LinkedIn om een link vragen om er een in te stellen</translation>
    </message>
    <message>
        <source>This sign-in service</source>
        <translation>Deze aanmeldservice</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host} will not sign you in here.&lt;/b&gt; It refuses browsers that are built into other apps, as this window is. You have not done anything wrong.</source>
        <translation>&lt;b&gt;{host} meldt u hier niet aan.&lt;/b&gt; De dienst weigert browsers die in andere apps zijn ingebouwd, zoals dit venster. U hebt niets verkeerd gedaan.</translation>
    </message>
    <message>
        <source>What works instead:</source>
        <translation>Wat wel werkt:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your LinkedIn email and password&lt;/b&gt;, on LinkedIn's page in the wizard.</source>
        <translation>&lt;b&gt;Uw LinkedIn-e-mailadres en -wachtwoord&lt;/b&gt;, op de pagina van LinkedIn in de wizard.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No LinkedIn password?&lt;/b&gt; If you always signed in with Google, LinkedIn can email you a link to set one (“Forgot password”).</source>
        <translation>&lt;b&gt;Geen LinkedIn-wachtwoord?&lt;/b&gt; Als u zich altijd met Google aanmeldde, kan LinkedIn u een link mailen om er een in te stellen („Wachtwoord vergeten”).</translation>
    </message>
    <message>
        <source>&lt;b&gt;A passkey&lt;/b&gt;, if you made one for LinkedIn.</source>
        <translation>&lt;b&gt;Een passkey&lt;/b&gt;, als u er een voor LinkedIn hebt gemaakt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another way&lt;/b&gt; LinkedIn offers, such as Apple or Microsoft.</source>
        <translation>&lt;b&gt;Een andere manier&lt;/b&gt; die LinkedIn aanbiedt, zoals Apple of Microsoft.</translation>
    </message>
    <message>
        <source>{host} is not a sign-in service the wizard knows. Go on only if you expected it, for example your company's own sign-in page.</source>
        <translation>{host} is geen aanmelddienst die de wizard kent. Ga alleen verder als u dit verwachtte, bijvoorbeeld de aanmeldpagina van uw bedrijf.</translation>
    </message>
    <message>
        <source>{host}, over a secure connection</source>
        <translation>{host}, via een beveiligde verbinding</translation>
    </message>
    <message>
        <source>{host}, not secure</source>
        <translation>{host}, niet beveiligd</translation>
    </message>
    <message>
        <source>Address of the sign-in page: {address}</source>
        <translation>Adres van de aanmeldpagina: {address}</translation>
    </message>
    <message>
        <source>Sign-in page at {host}</source>
        <translation>Aanmeldpagina op {host}</translation>
    </message>
    <message>
        <source>Not secure: {host} was not opened, because it does not use an encrypted connection (https). Cancel, and sign in another way.</source>
        <translation>Niet veilig: {host} is niet geopend, omdat het geen versleutelde verbinding (https) gebruikt. Annuleer en meld u op een andere manier aan.</translation>
    </message>
    <message>
        <source>This is {site}'s answer to the sign-in. Read it, then close this window to go on signing in.</source>
        <translation>Dit is het antwoord van {site} op de aanmelding. Lees het en sluit dan dit venster om verder te gaan met aanmelden.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, the Keychain on macOS, or Windows Credential Manager.</source>
        <translation>Stel de wachtwoordopslag van uw computer in: GNOME Keyring of KDE Wallet op Linux, de Sleutelhanger op macOS of Windows Referentiebeheer.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Er is niets gelezen.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>Your computer's password store could not be opened.</source>
        <translation>De wachtwoordopslag van uw computer kon niet worden geopend.</translation>
    </message>
    <message>
        <source>No password store on this computer keeps secrets safely.</source>
        <translation>Geen wachtwoordopslag op deze computer bewaart geheimen veilig.</translation>
    </message>
    <message>
        <source>The password store in use does not keep secrets safely.</source>
        <translation>De gebruikte wachtwoordopslag bewaart geheimen niet veilig.</translation>
    </message>
    <message>
        <source>Your password store is locked and was not unlocked.</source>
        <translation>Uw wachtwoordopslag is vergrendeld en werd niet ontgrendeld.</translation>
    </message>
    <message>
        <source>This computer has no password store in use.</source>
        <translation>Deze computer gebruikt geen wachtwoordopslag.</translation>
    </message>
    <message>
        <source>Your password store refused.</source>
        <translation>Uw wachtwoordopslag weigerde.</translation>
    </message>
    <message>
        <source>The session remembered for {name} is damaged: sign in again (in the wizard, with “Remember me”, or: optout-wizard verify --sign-in --remember).</source>
        <translation>De onthouden sessie van {name} is beschadigd: meld u opnieuw aan (in de wizard, met ‘Mij onthouden’, of: optout-wizard verify --sign-in --remember).</translation>
    </message>
    <message>
        <source>The app's data folder could not be used to keep the list of accounts in order ({why}).</source>
        <translation>De gegevensmap van de app kon niet worden gebruikt om de lijst met accounts op orde te houden ({why}).</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store is damaged, and this password store cannot be searched to make it again. Sign in again with “Remember me” for each account.</source>
        <translation>De lijst met onthouden accounts in uw wachtwoordopslag is beschadigd, en in deze wachtwoordopslag kan niet worden gezocht om hem opnieuw te maken. Meld u voor elk account opnieuw aan met ‘Mij onthouden’.</translation>
    </message>
    <message>
        <source>This password store cannot be searched, so the app cannot find every entry it wrote. Forget each site's sessions instead (optout-wizard forget).</source>
        <translation>In deze wachtwoordopslag kan niet worden gezocht, dus de app kan niet elk item vinden dat hij heeft geschreven. Vergeet in plaats daarvan de sessies per site (optout-wizard forget).</translation>
    </message>
    <message>
        <source>{doing}… (your computer may ask you to unlock its password store)</source>
        <translation>{doing}… (uw computer kan vragen de wachtwoordopslag te ontgrendelen)</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(naam niet getoond)</translation>
    </message>
</context>
<context>
    <name>Later</name>
    <message>
        <source>Unlock it (it unlocks when you log in) and the check runs again at your next login.</source>
        <translation>Ontgrendel hem (hij wordt ontgrendeld als u zich aanmeldt) en de controle loopt opnieuw bij uw volgende aanmelding.</translation>
    </message>
    <message>
        <source>Unlock it (it unlocks when you log in), then check again.</source>
        <translation>Ontgrendel hem (hij wordt ontgrendeld als u zich aanmeldt) en controleer dan opnieuw.</translation>
    </message>
    <message>
        <source>Your keyring is locked: the remembered session in your computer's password store could not be read, so nothing was checked.</source>
        <translation>Uw sleutelbos is vergrendeld: de onthouden sessie in de wachtwoordopslag van uw computer kon niet worden gelezen, dus er is niets gecontroleerd.</translation>
    </message>
    <message>
        <source>No password store the app can use was found on this computer, so no remembered session could be read and nothing was checked. {get_one} Then sign in once in the wizard with “Remember me”.</source>
        <translation>Op deze computer is geen wachtwoordopslag gevonden die de app kan gebruiken, dus er kon geen onthouden sessie worden gelezen en er is niets gecontroleerd. {get_one} Meld u daarna één keer aan in de wizard met ‘Mij onthouden’.</translation>
    </message>
    <message>
        <source>Could not read the remembered sessions: {why}</source>
        <translation>De onthouden sessies konden niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store was damaged; it was made again from the sessions the store holds.</source>
        <translation>De lijst met onthouden accounts in uw wachtwoordopslag was beschadigd; hij is opnieuw gemaakt uit de sessies die erin staan.</translation>
    </message>
    <message>
        <source>What this check found could not be kept for the wizard: {why}</source>
        <translation>Wat deze controle vond, kon niet voor de wizard worden bewaard: {why}</translation>
    </message>
</context>
<context>
    <name>LaterChecks</name>
    <message>
        <source>Later checks</source>
        <translation>Latere controles</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer, for later checks</source>
        <translation>Mij op deze computer ont&amp;houden voor latere controles</translation>
    </message>
    <message>
        <source>Remember me on this computer, for later checks</source>
        <translation>Mij op deze computer onthouden voor latere controles</translation>
    </message>
    <message>
        <source>From a terminal, the same check: optout-wizard verify</source>
        <translation>Dezelfde controle vanuit een terminal: optout-wizard verify</translation>
    </message>
    <message>
        <source>F&amp;orget me</source>
        <translation>Mij ver&amp;geten</translation>
    </message>
    <message>
        <source>Forget me: delete the remembered session</source>
        <translation>Mij vergeten: de onthouden sessie verwijderen</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session, never your password, in your computer's password store.</source>
        <translation>Bewaart uw LinkedIn-sessie, nooit uw wachtwoord, in de wachtwoordopslag van uw computer.</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session (never your password) in your computer's password store (its keyring), so the check can run again later without signing in. Nothing is kept anywhere else.</source>
        <translation>Bewaart uw LinkedIn-sessie (nooit uw wachtwoord) in de wachtwoordopslag van uw computer (de sleutelbos), zodat de controle later opnieuw kan lopen zonder aan te melden. Nergens anders wordt iets bewaard.</translation>
    </message>
    <message>
        <source>Password store status</source>
        <translation>Status van de wachtwoordopslag</translation>
    </message>
    <message>
        <source>Check again every &amp;month</source>
        <translation>Elke &amp;maand opnieuw controleren</translation>
    </message>
    <message>
        <source>Check again every month</source>
        <translation>Elke maand opnieuw controleren</translation>
    </message>
    <message>
        <source>Runs the check once a month and shows a notification if a setting is not off. Needs the session remembered.</source>
        <translation>Voert de controle één keer per maand uit en toont een melding als een instelling niet uit staat. De sessie moet onthouden zijn.</translation>
    </message>
    <message>
        <source>Check again &amp;tomorrow</source>
        <translation>Morgen op&amp;nieuw controleren</translation>
    </message>
    <message>
        <source>Check again tomorrow</source>
        <translation>Morgen opnieuw controleren</translation>
    </message>
    <message>
        <source>LinkedIn says changes to ad settings may take up to 24 hours: checks once more a day from now. Needs the session remembered.</source>
        <translation>Volgens LinkedIn kunnen wijzigingen in advertentie-instellingen tot 24 uur duren: controleert over een dag nog één keer. De sessie moet onthouden zijn.</translation>
    </message>
    <message>
        <source>Greyed out until you tick “Remember me” above: the later check signs in with the remembered session.</source>
        <translation>Grijs totdat u hierboven ‘Mij onthouden’ aanvinkt: de latere controle meldt zich aan met de onthouden sessie.</translation>
    </message>
    <message>
        <source>Monthly check status</source>
        <translation>Status van de maandelijkse controle</translation>
    </message>
    <message>
        <source>Nothing was remembered for this account in this run.</source>
        <translation>Voor dit account is in deze ronde niets onthouden.</translation>
    </message>
    <message>
        <source>Nothing to remember: you are not signed in.</source>
        <translation>Niets te onthouden: u bent niet ingelogd.</translation>
    </message>
    <message>
        <source>Remembering</source>
        <translation>Onthouden</translation>
    </message>
    <message>
        <source>Remembered in your computer's password store. “Forget me” deletes it again.</source>
        <translation>Onthouden in de wachtwoordopslag van uw computer. ‘Mij vergeten’ verwijdert het weer.</translation>
    </message>
    <message>
        <source>Forgotten: your session was deleted from the password store.</source>
        <translation>Vergeten: uw sessie is uit de wachtwoordopslag verwijderd.</translation>
    </message>
    <message>
        <source>The password store could not be used: {why}</source>
        <translation>De wachtwoordopslag kon niet worden gebruikt: {why}</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <source>Add a monthly r&amp;eminder to my calendar…</source>
        <translation>Maandelijkse he&amp;rinnering aan mijn agenda toevoegen…</translation>
    </message>
    <message>
        <source>Add a monthly reminder to my calendar</source>
        <translation>Maandelijkse herinnering aan mijn agenda toevoegen</translation>
    </message>
    <message>
        <source>Saves a calendar file with a monthly reminder to check your settings, and opens it in your calendar.</source>
        <translation>Slaat een agendabestand op met een maandelijkse herinnering om uw instellingen te controleren, en opent het in uw agenda.</translation>
    </message>
    <message>
        <source>Looking at the monthly check…</source>
        <translation>De maandelijkse controle wordt bekeken…</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>Vorige keer: {what}</translation>
    </message>
    <message>
        <source>Save a monthly reminder</source>
        <translation>Maandelijkse herinnering opslaan</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>The reminder could not be saved: {why}</source>
        <translation>De herinnering kon niet worden opgeslagen: {why}</translation>
    </message>
    <message>
        <source>Saved {path}. Open it to add the reminder to your calendar.</source>
        <translation>{path} opgeslagen. Open het om de herinnering aan uw agenda toe te voegen.</translation>
    </message>
    <message>
        <source>Nothing was remembered, so there was nothing to delete.</source>
        <translation>Er was niets onthouden, dus er viel niets te verwijderen.</translation>
    </message>
    <message>
        <source>The wizard goes on without remembering you.</source>
        <translation>De wizard gaat verder zonder u te onthouden.</translation>
    </message>
    <message>
        <source>Setting up the next check…</source>
        <translation>De volgende controle wordt ingesteld…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>De controle wordt geannuleerd…</translation>
    </message>
    <message>
        <source>The monthly check could not be changed: {why}</source>
        <translation>De maandelijkse controle kon niet worden gewijzigd: {why}</translation>
    </message>
    <message>
        <source>The check runs once more on {when}.</source>
        <translation>De controle wordt op {when} nog één keer uitgevoerd.</translation>
    </message>
    <message>
        <source>The check tomorrow is cancelled.</source>
        <translation>De controle van morgen is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>LaterRuns</name>
    <message>
        <source>The check on {date} could not run: {why}</source>
        <translation>De controle van {date} kon niet worden uitgevoerd: {why}</translation>
    </message>
    <message>
        <source>The check on {date} found these settings on: {titles}.</source>
        <translation>De controle van {date} vond deze instellingen aan: {titles}.</translation>
    </message>
    <message>
        <source>It could not check {titles}: {why}</source>
        <translation>{titles} kon niet worden gecontroleerd: {why}</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on: {titles}.</source>
        <translation>LinkedIn heeft een instelling toegevoegd die aan staat: {titles}.</translation>
    </message>
    <message>
        <source>The check on {date} found every setting off.</source>
        <translation>De controle van {date} vond elke instelling uit.</translation>
    </message>
    <message>
        <source>The check on {date}:</source>
        <translation>De controle van {date}:</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Looking for the switch…</source>
        <translation>Schakelaar zoeken…</translation>
    </message>
    <message>
        <source>The page is loading.</source>
        <translation>De pagina wordt geladen.</translation>
    </message>
    <message>
        <source>The page is still loading the setting.</source>
        <translation>De pagina laadt de instelling nog.</translation>
    </message>
    <message>
        <source>LinkedIn's switch for this is off. Press Next.</source>
        <translation>De schakelaar van LinkedIn hiervoor staat uit. Druk op Volgende.</translation>
    </message>
    <message>
        <source>Click the outlined switch “{label}” on the page, or press “Switch it off for me”.</source>
        <translation>Klik op de omlijnde schakelaar ‘{label}’ op de pagina, of klik op ‘Zet het voor mij uit’.</translation>
    </message>
    <message>
        <source>Click the outlined switch on the page, or press “Switch it off for me”.</source>
        <translation>Klik op de omlijnde schakelaar op de pagina, of klik op ‘Zet het voor mij uit’.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Uitgelogd</translation>
    </message>
    <message>
        <source>LinkedIn ended the session. Sign in again.</source>
        <translation>LinkedIn heeft de sessie beëindigd. Log opnieuw in.</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it in the page below.</source>
        <translation>LinkedIn wil bevestigen dat u het bent — rond het af op de pagina hieronder.</translation>
    </message>
    <message>
        <source>Still loading</source>
        <translation>Nog aan het laden</translation>
    </message>
    <message>
        <source>Press “Reload the page”.</source>
        <translation>Druk op ‘Pagina herladen’.</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Niet aangeboden</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region: there is nothing to switch off. You can go on.</source>
        <translation>LinkedIn meldt dat deze instelling niet wordt aangeboden voor uw account of regio: er valt niets uit te zetten. U kunt verder.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation>U kunt verder.</translation>
    </message>
    <message>
        <source>Off — saving</source>
        <translation>Uit — wordt opgeslagen</translation>
    </message>
    <message>
        <source>Making sure LinkedIn saved it…</source>
        <translation>Nagaan of LinkedIn het heeft opgeslagen…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it: the switch is still on. Looking at the page again…</source>
        <translation>LinkedIn heeft het niet opgeslagen: de schakelaar staat nog aan. De pagina wordt opnieuw bekeken…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it. Try again, or come back later.</source>
        <translation>LinkedIn heeft het niet opgeslagen. Probeer het opnieuw of kom later terug.</translation>
    </message>
    <message>
        <source>Still on</source>
        <translation>Nog steeds aan</translation>
    </message>
    <message>
        <source>Page error</source>
        <translation>Paginafout</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Klik op ‘Opnieuw proberen’.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <source>LinkedIn did not confirm the setting in time. Press “Reload the page” to read it again.</source>
        <translation>LinkedIn heeft de instelling niet op tijd bevestigd. Druk op ‘Pagina herladen’ om hem opnieuw te lezen.</translation>
    </message>
    <message>
        <source>The wizard's click did not reach the switch: something on the page covers it. Close what covers it, or click the outlined switch yourself.</source>
        <translation>De klik van de wizard bereikte de schakelaar niet: iets op de pagina bedekt hem. Sluit wat hem bedekt, of klik zelf op de omlijnde schakelaar.</translation>
    </message>
    <message>
        <source>The switch is no longer on the page. Reload it.</source>
        <translation>De schakelaar staat niet meer op de pagina. Laad haar opnieuw.</translation>
    </message>
    <message>
        <source>The page has not finished loading the switch. Try again in a moment.</source>
        <translation>De pagina heeft de schakelaar nog niet volledig geladen. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The switch is not on any more.</source>
        <translation>De schakelaar staat niet meer aan.</translation>
    </message>
    <message>
        <source>The page did not allow the wizard's click.</source>
        <translation>De pagina stond de klik van de wizard niet toe.</translation>
    </message>
    <message>
        <source>The wizard clicked the switch, but the page did not change it. Click the outlined switch yourself.</source>
        <translation>De wizard klikte op de schakelaar, maar de pagina veranderde hem niet. Klik zelf op de omlijnde schakelaar.</translation>
    </message>
</context>
<context>
    <name>NewOnLinkedIn</name>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nieuw op LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists could not be read</source>
        <translation>De lijsten van LinkedIn konden niet worden gelezen</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>De instellingenlijsten van LinkedIn tonen geen instelling die deze app niet kent.</translation>
    </message>
    <message>
        <source>New on LinkedIn: a setting that is on: {titles}</source>
        <translation>Nieuw op LinkedIn: een instelling die aan staat: {titles}</translation>
    </message>
    <message>
        <source>New on LinkedIn: {title}</source>
        <translation>Nieuw op LinkedIn: {title}</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn toont een instelling die deze app nog niet kent: ‘{title}’ — die staat op {state}.</translation>
    </message>
    <message>
        <source>Open its page, read what LinkedIn says it does, and decide there. The wizard does not know this setting, so it neither checks nor changes it.</source>
        <translation>Open de pagina, lees wat LinkedIn zegt dat het doet en beslis daar. De wizard kent deze instelling niet, dus hij controleert en wijzigt hem niet.</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Pagina openen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Open the page of “{title}”</source>
        <translation>De pagina van ‘{title}’ openen</translation>
    </message>
    <message>
        <source>Check again, to see how it stands now</source>
        <translation>Opnieuw controleren, om te zien hoe het er nu voor staat</translation>
    </message>
    <message>
        <source>You opened the page of “{title}”.</source>
        <translation>U hebt de pagina van ‘{title}’ geopend.</translation>
    </message>
    <message>
        <source>If you changed it there, check again: the check reads LinkedIn's lists afresh and shows how it stands now.</source>
        <translation>Als u hem daar hebt gewijzigd, controleer dan opnieuw: de controle leest de lijsten van LinkedIn opnieuw en toont hoe het er nu voor staat.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Still on: {titles}</source>
        <translation>Nog aan: {titles}</translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation>Niet gecontroleerd: {why}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check{whose}: {headline}</source>
        <translation>Controle van LinkedIn-afmeldingen{whose}: {headline}</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Objection sent on {date}, case {case}.</source>
        <translation>Bezwaar verstuurd op {date}, zaak {case}.</translation>
    </message>
    <message>
        <source>Objection sent on {date} (no case number was shown).</source>
        <translation>Bezwaar verstuurd op {date} (er werd geen zaaknummer getoond).</translation>
    </message>
    <message>
        <source>LinkedIn decides on it and answers by e-mail: look out for its message. The wizard cannot check an objection later; it keeps the date, the case and the picture.</source>
        <translation>LinkedIn beslist erover en antwoordt per e-mail: let op zijn bericht. De wizard kan een bezwaar later niet controleren; hij bewaart de datum, de zaak en de afbeelding.</translation>
    </message>
</context>
<context>
    <name>ObjectionScreen</name>
    <message>
        <source>Object to LinkedIn's other uses of your data for AI</source>
        <translation>Maak bezwaar tegen het andere gebruik van je gegevens voor AI door LinkedIn</translation>
    </message>
    <message>
        <source>Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard.</source>
        <translation>Optioneel. LinkedIn beslist; het antwoordt per e-mail. Jij verstuurt het, niet de wizard.</translation>
    </message>
    <message>
        <source>The switch covered only AI that creates content. LinkedIn also uses members' data for other AI: to choose what you see, to moderate, and in models that do not create content. Its form below lets you object to that. Where it asks what you object to, choose “{topic}”; for the text, copy the wizard's suggestion and change it as you like. Then press the form's own button to send it. The wizard never fills it in or sends it for you.</source>
        <translation>De schakelaar gold alleen voor AI die content maakt. LinkedIn gebruikt ledengegevens ook voor andere AI: om te kiezen wat je ziet, voor moderatie en in modellen die geen content maken. Met het formulier hieronder maak je daartegen bezwaar. Waar het vraagt waartegen je bezwaar maakt, kies je ‘{topic}’; kopieer voor de tekst het voorstel van de wizard en pas het aan zoals je wilt. Druk dan op de knop van het formulier zelf om het te versturen. De wizard vult het nooit in en verstuurt het nooit voor je.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>Wat te &amp;doen</translation>
    </message>
    <message>
        <source>Show what to do</source>
        <translation>Tonen wat te doen</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Voorgestelde tekst</translation>
    </message>
    <message>
        <source>A text you may copy into the form and change as you like.</source>
        <translation>Een tekst die je in het formulier kunt kopiëren en aanpassen zoals je wilt.</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the suggested text</source>
        <translation>De voorgestelde tekst kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>&amp;Open the form again</source>
        <translation>Formulier opnieuw &amp;openen</translation>
    </message>
    <message>
        <source>Open the form again</source>
        <translation>Formulier opnieuw openen</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Het formulier</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Afbeelding van de bevestiging van LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's form could not be opened: {why} Press Retry in the page, or “Open the form again”. Nothing was sent.</source>
        <translation>Het formulier van LinkedIn kon niet worden geopend: {why} Druk op Opnieuw proberen op de pagina, of op ‘Formulier opnieuw openen’. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>Opening LinkedIn's form…</source>
        <translation>Het formulier van LinkedIn wordt geopend…</translation>
    </message>
    <message>
        <source>Copied. Click into the form's text box below and paste it (Ctrl+V), then change it as you like.</source>
        <translation>Gekopieerd. Klik in het tekstvak van het formulier hieronder en plak het (Ctrl+V); pas het daarna aan zoals je wilt.</translation>
    </message>
    <message>
        <source>LinkedIn's form shows what to correct: the marked fields in the page. Nothing has been sent yet.</source>
        <translation>Het formulier van LinkedIn toont wat je moet verbeteren: de gemarkeerde velden op de pagina. Er is nog niets verstuurd.</translation>
    </message>
    <message>
        <source>Fill in the form below and press its button to send it. The wizard notices LinkedIn's confirmation and keeps a picture of it.</source>
        <translation>Vul het formulier hieronder in en druk op de knop ervan om het te versturen. De wizard herkent de bevestiging van LinkedIn en bewaart er een afbeelding van.</translation>
    </message>
    <message>
        <source>Waiting for LinkedIn's answer…</source>
        <translation>Wachten op het antwoord van LinkedIn…</translation>
    </message>
    <message>
        <source>LinkedIn does not offer this form in your region, so nothing can be sent here. Nothing was sent, and nothing else is needed on this step: press Next.</source>
        <translation>LinkedIn biedt dit formulier niet aan in je regio, dus hier kan niets worden verstuurd. Er is niets verstuurd, en in deze stap is verder niets nodig: druk op Volgende.</translation>
    </message>
    <message>
        <source>LinkedIn signed you out before the form was sent: nothing was sent. Sign in again in the page below; LinkedIn brings you back to the form, and you send it again (copy the text again if you need it).</source>
        <translation>LinkedIn heeft je afgemeld voordat het formulier werd verstuurd: er is niets verstuurd. Meld je opnieuw aan op de pagina hieronder; LinkedIn brengt je terug naar het formulier en je verstuurt het opnieuw (kopieer de tekst nog eens als je die nodig hebt).</translation>
    </message>
    <message>
        <source>This page is not the form. Finish what LinkedIn asks here, or press “Open the form again”.</source>
        <translation>Deze pagina is niet het formulier. Rond af wat LinkedIn hier vraagt, of druk op ‘Formulier opnieuw openen’.</translation>
    </message>
    <message>
        <source>It could not be added to the history ({why}); save the report on the next screen to keep the proof.</source>
        <translation>Het kon niet aan de geschiedenis worden toegevoegd ({why}); sla op het volgende scherm het rapport op om het bewijs te bewaren.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Verstuurd.</translation>
    </message>
    <message>
        <source>A picture of the confirmation could not be taken.</source>
        <translation>Er kon geen afbeelding van de bevestiging worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>OptOutScreen</name>
    <message>
        <source>Step {n} of {count}: {title}</source>
        <translation>Stap {n} van {count}: {title}</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Waarom dit belangrijk is</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Wat u opgeeft: {loses}</translation>
    </message>
    <message>
        <source>Show why this matters</source>
        <translation>Tonen waarom dit belangrijk is</translation>
    </message>
    <message>
        <source>Why this &amp;matters</source>
        <translation>Waarom dit &amp;belangrijk is</translation>
    </message>
    <message>
        <source>This step was last compared with LinkedIn's page on {date}; LinkedIn may have changed it since. If the page looks different, “Show me the way” helps.</source>
        <translation>Deze stap is voor het laatst vergeleken met de pagina van LinkedIn op {date}; LinkedIn heeft hem sindsdien misschien veranderd. Ziet de pagina er anders uit, dan helpt ‘Laat me de weg zien’.</translation>
    </message>
    <message>
        <source>&amp;Switch it off for me</source>
        <translation>&amp;Zet het voor mij uit</translation>
    </message>
    <message>
        <source>Switch it off for me</source>
        <translation>Zet het voor mij uit</translation>
    </message>
    <message>
        <source>Clicks the outlined switch in the page.</source>
        <translation>Klikt op de omlijnde schakelaar op de pagina.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Waar u bent</translation>
    </message>
    <message>
        <source>Show me the &amp;way</source>
        <translation>Laat me de &amp;weg zien</translation>
    </message>
    <message>
        <source>Show me the way through LinkedIn's menus</source>
        <translation>Laat me de weg door de menu’s van LinkedIn zien</translation>
    </message>
    <message>
        <source>S&amp;kip this step…</source>
        <translation>Deze stap overs&amp;laan…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Deze stap overslaan</translation>
    </message>
    <message>
        <source>If the page below does not show the switch, LinkedIn may have moved it. The way through the menus:</source>
        <translation>Als de pagina hieronder de schakelaar niet toont, heeft LinkedIn hem misschien verplaatst. De weg door de menu’s:</translation>
    </message>
    <message>
        <source>The way through LinkedIn's menus</source>
        <translation>De weg door de menu’s van LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Open “Settings &amp;&amp; Privacy” in the page</source>
        <translation>‘Instellingen en privacy’ &amp;openen op de pagina</translation>
    </message>
    <message>
        <source>Open Settings and Privacy in the page</source>
        <translation>Instellingen en privacy openen op de pagina</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skip this setting?&lt;/b&gt; It stays on, and LinkedIn keeps using your data for it. The final check will show it as not done, and you can come back to it.</source>
        <translation>&lt;b&gt;Deze instelling overslaan?&lt;/b&gt; Hij blijft aan en LinkedIn blijft uw gegevens ervoor gebruiken. De laatste controle toont hem als niet gedaan, en u kunt erop terugkomen.</translation>
    </message>
    <message>
        <source>Skip warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>&amp;Yes, skip it</source>
        <translation>&amp;Ja, overslaan</translation>
    </message>
    <message>
        <source>Yes, skip this setting</source>
        <translation>Ja, deze instelling overslaan</translation>
    </message>
    <message>
        <source>&amp;Don't skip</source>
        <translation>&amp;Niet overslaan</translation>
    </message>
    <message>
        <source>Don't skip</source>
        <translation>Niet overslaan</translation>
    </message>
    <message>
        <source>R&amp;eload the page</source>
        <translation>Pagina &amp;herladen</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Pagina herladen</translation>
    </message>
    <message>
        <source>Loads LinkedIn's page again and reads the switch afresh.</source>
        <translation>Laadt de pagina van LinkedIn opnieuw en leest de schakelaar opnieuw.</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Opnieuw &amp;inloggen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Opnieuw inloggen</translation>
    </message>
    <message>
        <source>You are in LinkedIn's menus. The wizard reads the switch again as soon as a page shows it.</source>
        <translation>U bent in de menu’s van LinkedIn. De wizard leest de schakelaar opnieuw zodra een pagina hem toont.</translation>
    </message>
    <message>
        <source>Switch it off on LinkedIn's page below; the strip says when it is.</source>
        <translation>Zet hem uit op de LinkedIn-pagina hieronder; de balk zegt wanneer dat zo is.</translation>
    </message>
</context>
<context>
    <name>OptOutWizard</name>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>LinkedIn-afmeldwizard</translation>
    </message>
    <message>
        <source>{title} — Practice</source>
        <translation>{title} — Oefenen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>Ov&amp;er…</translation>
    </message>
    <message>
        <source>Go on to another account?</source>
        <translation>Doorgaan met een ander account?</translation>
    </message>
    <message>
        <source>&amp;Go on to another account</source>
        <translation>&amp;Doorgaan met een ander account</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>De wizard sluiten?</translation>
    </message>
    <message>
        <source>Not confirmed off yet:</source>
        <translation>Nog niet bevestigd uit:</translation>
    </message>
    <message>
        <source>These are still on:</source>
        <translation>Deze staan nog aan:</translation>
    </message>
    <message>
        <source>LinkedIn keeps using your data for these until they are off. You can come back and finish at any time.</source>
        <translation>LinkedIn blijft uw gegevens hiervoor gebruiken tot ze uit staan. U kunt op elk moment terugkomen en het afmaken.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>Toch &amp;sluiten</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Blijven</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <source>LinkedIn's page: {title}</source>
        <translation>Pagina van LinkedIn: {title}</translation>
    </message>
    <message>
        <source>This is LinkedIn's own page for “{title}”. The wizard does not know this setting, so it neither reads nor changes it: read what LinkedIn says it does, and switch it off here if you want to. Verify again to see its state in the list.</source>
        <translation>Dit is de eigen pagina van LinkedIn voor ‘{title}’. De wizard kent deze instelling niet en leest of wijzigt haar dus niet: lees wat LinkedIn zegt dat ze doet, en zet haar hier uit als u wilt. Controleer opnieuw om haar stand in de lijst te zien.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Over deze pagina</translation>
    </message>
    <message>
        <source>LinkedIn's page</source>
        <translation>Pagina van LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>PasskeyDialog</name>
    <message>
        <source>Sign in with a passkey or security key</source>
        <translation>Aanmelden met een passkey of beveiligingssleutel</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat u moet doen</translation>
    </message>
    <message>
        <source>Accounts on this key</source>
        <translation>Accounts op deze sleutel</translation>
    </message>
    <message>
        <source>The security key's PIN</source>
        <translation>De pincode van de beveiligingssleutel</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Choose the account to sign in to {site} with:</source>
        <translation>Kies het account waarmee u zich aanmeldt bij {site}:</translation>
    </message>
    <message>
        <source>Enter your security key's PIN.</source>
        <translation>Voer de pincode van uw beveiligingssleutel in.</translation>
    </message>
    <message>
        <source>That PIN was not right. Tries left: {n}.</source>
        <translation>Die pincode was niet juist. Resterende pogingen: {n}.</translation>
    </message>
    <message>
        <source>Touch your security key, or confirm with your device's passkey, to sign in to {site}.</source>
        <translation>Raak uw beveiligingssleutel aan, of bevestig met de passkey van uw apparaat, om u aan te melden bij {site}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>You can sign in another way on the page instead: your password, or Google or Apple.</source>
        <translation>U kunt zich in plaats daarvan op een andere manier aanmelden op de pagina: uw wachtwoord, of Google of Apple.</translation>
    </message>
    <message>
        <source>The passkey or key did not answer in time.</source>
        <translation>De passkey of sleutel antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>This key is not registered for your account.</source>
        <translation>Deze sleutel is niet geregistreerd voor uw account.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: take the key out and put it in again.</source>
        <translation>Te veel verkeerde pincodes: haal de sleutel eruit en steek hem er opnieuw in.</translation>
    </message>
    <message>
        <source>The key is locked after too many wrong PINs.</source>
        <translation>De sleutel is vergrendeld na te veel verkeerde pincodes.</translation>
    </message>
    <message>
        <source>The sign-in was not confirmed on the key.</source>
        <translation>De aanmelding is niet bevestigd op de sleutel.</translation>
    </message>
    <message>
        <source>Signing in with a passkey did not work here.</source>
        <translation>Aanmelden met een passkey werkte hier niet.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice: a replica of LinkedIn on this computer. Any email and password work.</source>
        <translation>Oefenen: een nabootsing van LinkedIn op deze computer. Elk e-mailadres en wachtwoord werkt.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Oefenmodus</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>Rapport &amp;opslaan…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>Saves the check, with a picture of each switch, as a web page or a PDF.</source>
        <translation>Slaat de controle op, met een afbeelding van elke schakelaar, als webpagina of pdf.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status van het rapport</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Het opgeslagen rapport openen</translation>
    </message>
    <message>
        <source>O&amp;pen report</source>
        <translation>Rapport o&amp;penen</translation>
    </message>
    <message>
        <source>A report to keep</source>
        <translation>Een rapport om te bewaren</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>&amp;In map tonen</translation>
    </message>
    <message>
        <source>Show the saved report in its folder</source>
        <translation>Het opgeslagen rapport in zijn map tonen</translation>
    </message>
    <message>
        <source>Changes since the last check</source>
        <translation>Wijzigingen sinds de vorige controle</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Eerdere controles</translation>
    </message>
    <message>
        <source>Changed since the last check:</source>
        <translation>Gewijzigd sinds de vorige controle:</translation>
    </message>
    <message>
        <source>This is the first check kept on this computer.</source>
        <translation>Dit is de eerste controle die op deze computer is bewaard.</translation>
    </message>
    <message>
        <source>Web page, pictures included (*.html);;PDF document (*.pdf)</source>
        <translation>Webpagina, met afbeeldingen (*.html);;Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {why}</source>
        <translation>Het rapport kon niet worden opgeslagen in {path}: {why}</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Use a session &amp;remembered on this computer…</source>
        <translation>Een op deze computer o&amp;nthouden sessie gebruiken…</translation>
    </message>
    <message>
        <source>Use a session remembered on this computer</source>
        <translation>Een op deze computer onthouden sessie gebruiken</translation>
    </message>
    <message>
        <source>Signs in with a session kept in your computer's password store by “Remember me”. Your computer may ask you to unlock it.</source>
        <translation>Meldt aan met een sessie die ‘Mij onthouden’ in de wachtwoordopslag van uw computer heeft bewaard. Uw computer kan vragen die te ontgrendelen.</translation>
    </message>
    <message>
        <source>Remembered sessions</source>
        <translation>Onthouden sessies</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Bezig met zoeken</translation>
    </message>
    <message>
        <source>No session is remembered on this computer for {site}.</source>
        <translation>Er is op deze computer geen sessie voor {site} onthouden.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Welk account?</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(naam niet getoond)</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Doorgaan als {name}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Bezig met openen</translation>
    </message>
    <message>
        <source>That session is no longer remembered. Sign in below instead.</source>
        <translation>Die sessie wordt niet meer onthouden. Log hieronder in.</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>Inloggen als {name}…</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <source>The remembered session of {name} had expired; it was removed from the password store. Sign in below.</source>
        <translation>De onthouden sessie van {name} was verlopen; die is uit de wachtwoordopslag verwijderd. Meld u hieronder aan.</translation>
    </message>
    <message>
        <source>The password store could not be read: {why} Sign in below instead.</source>
        <translation>De wachtwoordopslag kon niet worden gelezen: {why} Meld u in plaats daarvan hieronder aan.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Uitgelogd</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Off — you are opted out</source>
        <translation>Uit — u hebt zich afgemeld</translation>
    </message>
    <message>
        <source>On — LinkedIn still uses your data for this</source>
        <translation>Aan — LinkedIn gebruikt uw gegevens hier nog voor</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Niet aangeboden</translation>
    </message>
    <message>
        <source>The switch was found by its label and read as off: you are opted out.</source>
        <translation>De schakelaar is gevonden aan zijn label en gelezen als uit: u doet niet meer mee.</translation>
    </message>
    <message>
        <source>The switch was found and read as on: you are not opted out yet.</source>
        <translation>De schakelaar is gevonden en gelezen als aan: u doet nog mee.</translation>
    </message>
    <message>
        <source>LinkedIn sent the check to its sign-in page: the session had ended.</source>
        <translation>LinkedIn stuurde de controle naar de inlogpagina: de sessie was verlopen.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check (a code or a puzzle) first.</source>
        <translation>LinkedIn vroeg eerst om een veiligheidscontrole (een code of een puzzel).</translation>
    </message>
    <message>
        <source>The page loaded but no switch matched: the page changed, or the setting is not offered for this account or region.</source>
        <translation>De pagina werd geladen, maar geen schakelaar kwam overeen: de pagina is veranderd, of de instelling wordt niet aangeboden voor dit account of deze regio.</translation>
    </message>
    <message>
        <source>The page could not be checked (network, timeout, HTTP error or no browser).</source>
        <translation>De pagina kon niet worden gecontroleerd (netwerk, time-out, HTTP-fout of geen browser).</translation>
    </message>
    <message>
        <source>LinkedIn also lists a new setting, “{title}”, and it is on.</source>
        <translation>LinkedIn toont ook een nieuwe instelling, ‘{title}’, en die staat aan.</translation>
    </message>
    <message>
        <source>LinkedIn also lists {n} new settings that are on.</source>
        <translation>LinkedIn toont ook {n} nieuwe instellingen die aan staan.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>De controle kon niet worden uitgevoerd.</translation>
    </message>
    <message>
        <source>1 setting could not be checked.</source>
        <translation>1 instelling kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>{n} settings could not be checked.</source>
        <translation>{n} instellingen konden niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>1 setting is still on.</source>
        <translation>1 instelling staat nog aan.</translation>
    </message>
    <message>
        <source>{n} settings are still on.</source>
        <translation>{n} instellingen staan nog aan.</translation>
    </message>
    <message>
        <source>LinkedIn does not offer you any of these settings.</source>
        <translation>LinkedIn biedt u geen van deze instellingen aan.</translation>
    </message>
    <message>
        <source>Every setting offered to you is off; LinkedIn does not offer the rest.</source>
        <translation>Elke instelling die u wordt aangeboden staat uit; de rest biedt LinkedIn niet aan.</translation>
    </message>
    <message>
        <source>All settings are off.</source>
        <translation>Alle instellingen staan uit.</translation>
    </message>
    <message>
        <source>Data Processing Objection: {word}. {sentence}</source>
        <translation>Bezwaar tegen gegevensverwerking: {word}. {sentence}</translation>
    </message>
    <message>
        <source>LinkedIn lists settings this app does not know yet:</source>
        <translation>LinkedIn toont instellingen die deze app nog niet kent:</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Wat te doen: {advice}</translation>
    </message>
    <message>
        <source>New since this check.</source>
        <translation>Nieuw sinds deze controle.</translation>
    </message>
    <message>
        <source>Listed since {date}.</source>
        <translation>Vermeld sinds {date}.</translation>
    </message>
    <message>
        <source>open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, and decide. The wizard does not know it, so it neither checks nor changes it.</source>
        <translation>open haar (in de wizard: Klaar, ‘Nieuw op LinkedIn’), lees wat LinkedIn zegt dat ze doet, en beslis. De wizard kent haar niet en controleert of wijzigt haar dus niet.</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn toont een instelling die deze app nog niet kent: ‘{title}’ — die staat op {state}.</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on.</source>
        <translation>LinkedIn heeft een instelling toegevoegd die aan staat.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>{title}: the switch as seen</source>
        <translation>{title}: de schakelaar zoals hij werd gezien</translation>
    </message>
    <message>
        <source>Practice check on a replica site: this is not LinkedIn.</source>
        <translation>Oefencontrole op een nagebootste site: dit is niet LinkedIn.</translation>
    </message>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nieuw op LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn lists these settings, which this app does not know yet (it sees only what LinkedIn's lists show):</source>
        <translation>LinkedIn toont deze instellingen, die deze app nog niet kent (ze ziet alleen wat de lijsten van LinkedIn tonen):</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Wat te doen: {advice}</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>De instellingenlijsten van LinkedIn tonen geen instelling die deze app niet kent.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Bezwaar tegen gegevensverwerking</translation>
    </message>
    <message>
        <source>LinkedIn's page said: “{said}”</source>
        <translation>De pagina van LinkedIn zei: ‘{said}’</translation>
    </message>
    <message>
        <source>A request to LinkedIn, not a switch: it is not counted among the settings above, and no check can read it again.</source>
        <translation>Een verzoek aan LinkedIn, geen schakelaar: het telt niet mee bij de instellingen hierboven, en geen controle kan het opnieuw lezen.</translation>
    </message>
    <message>
        <source>LinkedIn's confirmation of the objection</source>
        <translation>De bevestiging van het bezwaar door LinkedIn</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>(not shown on the page)</source>
        <translation>(niet op de pagina getoond)</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard {version}, {browser}</source>
        <translation>LinkedIn-afmeldwizard {version}, {browser}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check</source>
        <translation>LinkedIn-afmeldcontrole</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>(this computer's time)</source>
        <translation>(tijd van deze computer)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Gecontroleerd met</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Wat er te zien was</translation>
    </message>
    <message>
        <source>What each result means</source>
        <translation>Wat elk resultaat betekent</translation>
    </message>
    <message>
        <source>The pictures</source>
        <translation>De afbeeldingen</translation>
    </message>
    <message>
        <source>Only “{off}” means the switch was found and read as off. Anything the check could not see is never reported as “{off}”.</source>
        <translation>Alleen ‘{off}’ betekent dat de schakelaar is gevonden en als uit is gelezen. Wat de controle niet kon zien, wordt nooit als ‘{off}’ gemeld.</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not checked yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>{title}: result</source>
        <translation>{title}: resultaat</translation>
    </message>
    <message>
        <source>{title}: checking</source>
        <translation>{title}: wordt gecontroleerd</translation>
    </message>
    <message>
        <source>{title}: picture of the switch</source>
        <translation>{title}: afbeelding van de schakelaar</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Fix this: {title}</source>
        <translation>Herstellen: {title}</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wachten…</translation>
    </message>
    <message>
        <source>Opening the page…</source>
        <translation>Pagina openen…</translation>
    </message>
    <message>
        <source>Reading the switch…</source>
        <translation>Schakelaar lezen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Finish the security check</source>
        <translation>Beveiligingscontrole afronden</translation>
    </message>
    <message>
        <source>Finish the security check in the wizard: {title}</source>
        <translation>Beveiligingscontrole in de wizard afronden: {title}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The monthly check could not be set up: your system's scheduler does not answer here ({why}). Add a monthly reminder to your calendar instead, and check by hand.</source>
        <translation>De maandelijkse controle kon niet worden ingesteld: de taakplanner van uw systeem reageert hier niet ({why}). Zet in plaats daarvan een maandelijkse herinnering in uw agenda en controleer zelf.</translation>
    </message>
    <message>
        <source>Your system's scheduler does not answer here ({why}), so the monthly check cannot run. Add a monthly reminder to your calendar instead.</source>
        <translation>De taakplanner van uw systeem reageert hier niet ({why}), dus de maandelijkse controle kan niet lopen. Zet in plaats daarvan een maandelijkse herinnering in uw agenda.</translation>
    </message>
    <message>
        <source>The monthly check names a program that is no longer there ({program}), so it cannot run. Open the wizard from where it is now installed to set it up again.</source>
        <translation>De maandelijkse controle noemt een programma dat er niet meer is ({program}), dus hij kan niet lopen. Open de wizard vanaf de plek waar hij nu staat om hem opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>The check runs again every month.</source>
        <translation>De controle loopt elke maand opnieuw.</translation>
    </message>
    <message>
        <source>The check will run again every month.</source>
        <translation>De controle wordt elke maand herhaald.</translation>
    </message>
    <message>
        <source>The monthly check is removed.</source>
        <translation>De maandelijkse controle is verwijderd.</translation>
    </message>
    <message>
        <source>the job is switched off</source>
        <translation>de taak staat uit</translation>
    </message>
    <message>
        <source>systemctl is not available</source>
        <translation>systemctl is niet beschikbaar</translation>
    </message>
    <message>
        <source>The check runs again at your next login.</source>
        <translation>De controle loopt opnieuw bij uw volgende aanmelding.</translation>
    </message>
    <message>
        <source>Check your LinkedIn opt-outs</source>
        <translation>Uw LinkedIn-afmeldingen controleren</translation>
    </message>
    <message>
        <source>Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: it checks that both settings are still off.</source>
        <translation>Open de LinkedIn-afmeldwizard (optout-wizard) en klik op ‘Mijn instellingen controleren’: die controleert of beide instellingen nog uit staan.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>This screen's content</source>
        <translation>Inhoud van dit scherm</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>On LinkedIn's own page: the wizard never sees your password.</source>
        <translation>Op de eigen pagina van LinkedIn: de wizard ziet uw wachtwoord nooit.</translation>
    </message>
    <message>
        <source>Sign-in hint</source>
        <translation>Tip voor inloggen</translation>
    </message>
    <message>
        <source>Starting the browser that shows LinkedIn's sign-in page…</source>
        <translation>De browser die de aanmeldpagina van LinkedIn toont, wordt gestart…</translation>
    </message>
    <message>
        <source>Starting the browser that shows the practice sign-in page…</source>
        <translation>De browser die de oefen-aanmeldpagina toont, wordt gestart…</translation>
    </message>
    <message>
        <source>Finish signing in in the window that opened. It shows the address it is on: sign in only where you expect to.</source>
        <translation>Rond het aanmelden af in het venster dat is geopend. Het toont zijn adres: meld u alleen aan waar u dat verwacht.</translation>
    </message>
    <message>
        <source>Ask LinkedIn for a link to set a password: type your email below. Open the link in the email, set a password, then sign in here with it.</source>
        <translation>Vraag LinkedIn om een link om een wachtwoord in te stellen: typ hieronder uw e-mailadres. Open de link in de e-mail, stel een wachtwoord in en meld u hier daarmee aan.</translation>
    </message>
    <message>
        <source>Sign in below with your LinkedIn email and password. No password? Choose “Forgot password” on the page: LinkedIn emails you a link to set one.</source>
        <translation>Meld u hieronder aan met uw LinkedIn-e-mailadres en -wachtwoord. Geen wachtwoord? Kies „Wachtwoord vergeten” op de pagina: LinkedIn mailt u een link om er een in te stellen.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it here.</source>
        <translation>LinkedIn wil bevestigen dat u het bent — rond het hier af.</translation>
    </message>
    <message>
        <source>LinkedIn asks you to approve this sign-in on your phone: open the LinkedIn app and tap Yes. The wizard goes on by itself once you have.</source>
        <translation>LinkedIn vraagt u deze aanmelding op uw telefoon goed te keuren: open de LinkedIn-app en tik op ‘Ja’. Daarna gaat de wizard vanzelf verder.</translation>
    </message>
    <message>
        <source>LinkedIn asks for the code from your authenticator app (two-step verification). Open the app, and type the code into the page below.</source>
        <translation>LinkedIn vraagt om de code uit uw authenticator-app (verificatie in twee stappen). Open de app en typ de code in de pagina hieronder.</translation>
    </message>
    <message>
        <source>LinkedIn sent a code by text message to your phone. Type it into the page below.</source>
        <translation>LinkedIn heeft een code per sms naar uw telefoon gestuurd. Typ die in de pagina hieronder.</translation>
    </message>
    <message>
        <source>Sign in below, on the practice site's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Log hieronder in, op de eigen pagina van de oefensite. De wizard ziet uw wachtwoord nooit. Hij gaat vanzelf verder zodra u bent ingelogd.</translation>
    </message>
    <message>
        <source>Sign in below, on LinkedIn's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Log hieronder in, op de eigen pagina van LinkedIn. De wizard ziet uw wachtwoord nooit. Hij gaat vanzelf verder zodra u bent ingelogd.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Switch state: {state}</source>
        <translation>Stand van de schakelaar: {state}</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>u bent hier</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>nog te doen</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>niet klaar</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Press Enter to see the picture whole.</source>
        <translation>Druk op Enter om de hele afbeelding te zien.</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Klik om te vergroten</translation>
    </message>
    <message>
        <source>{title}: {answer}.</source>
        <translation>{title}: {answer}.</translation>
    </message>
    <message>
        <source>Taken on {date} at {time}</source>
        <translation>Gemaakt op {date} om {time}</translation>
    </message>
    <message>
        <source>, on {address}</source>
        <translation>, op {address}</translation>
    </message>
    <message>
        <source>Account: {account}.</source>
        <translation>Account: {account}.</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Verify my settings</source>
        <translation>Mijn instellingen controleren</translation>
    </message>
    <message>
        <source>An independent check of each setting, with a picture as proof.</source>
        <translation>Een onafhankelijke controle van elke instelling, met een afbeelding als bewijs.</translation>
    </message>
    <message>
        <source>The check starts by itself: it opens each setting's page again, on its own, reads the switch, and keeps a picture of it as proof.</source>
        <translation>De controle start vanzelf: die opent de pagina van elke instelling opnieuw, zelfstandig, leest de schakelaar en bewaart er een afbeelding van als bewijs.</translation>
    </message>
    <message>
        <source>&amp;Verify my settings</source>
        <translation>Mijn instellingen &amp;controleren</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>Controle &amp;annuleren</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>De controle annuleren</translation>
    </message>
    <message>
        <source>&amp;Install a browser for the check</source>
        <translation>Een browser voor de controle &amp;installeren</translation>
    </message>
    <message>
        <source>Install a browser for the check</source>
        <translation>Een browser voor de controle installeren</translation>
    </message>
    <message>
        <source>&amp;Sign in again and check again</source>
        <translation>Opnieuw aan&amp;melden en opnieuw controleren</translation>
    </message>
    <message>
        <source>Sign in again and check again</source>
        <translation>Opnieuw aanmelden en opnieuw controleren</translation>
    </message>
    <message>
        <source>Browser download</source>
        <translation>Browserdownload</translation>
    </message>
    <message>
        <source>The check's progress</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Samenvatting van de controle</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>De controle start…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Checking {n} of {count}: {title}…</source>
        <translation>Controle {n} van {count}: {title}…</translation>
    </message>
    <message>
        <source>Starting the browser for the check…</source>
        <translation>Browser voor de controle starten…</translation>
    </message>
    <message>
        <source>Reading LinkedIn's lists of settings, to notice any it added…</source>
        <translation>De instellingenlijsten van LinkedIn worden gelezen, om toegevoegde op te merken…</translation>
    </message>
    <message>
        <source>Browser: {browser}</source>
        <translation>Browser: {browser}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked. Press “Verify again” to start over.</source>
        <translation>Geannuleerd: er is niets gecontroleerd. Klik op ‘Opnieuw controleren’ om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Downloading a browser for the check (about 100 MB)…</source>
        <translation>Een browser voor de controle wordt gedownload (ongeveer 100 MB)…</translation>
    </message>
    <message>
        <source>Press “Verify again”.</source>
        <translation>Klik op ‘Opnieuw controleren’.</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <source>The check could not run: {why}</source>
        <translation>De controle kon niet worden uitgevoerd: {why}</translation>
    </message>
</context>
<context>
    <name>WebSession</name>
    <message>
        <source>The page offered a file to download; the wizard does not download files.</source>
        <translation>De pagina bood een bestand aan om te downloaden; de wizard downloadt geen bestanden.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>What the later check found</source>
        <translation>Wat de latere controle vond</translation>
    </message>
    <message>
        <source>LinkedIn uses your data to train AI and shares it for ads unless you switch this off. The wizard takes you to each switch, tells you when it is off, and checks again on its own, with a picture as proof.</source>
        <translation>LinkedIn gebruikt uw gegevens om AI te trainen en deelt ze voor advertenties, tenzij u dit uitzet. De wizard brengt u naar elke schakelaar, zegt wanneer die uit staat en controleert zelf opnieuw, met een afbeelding als bewijs.</translation>
    </message>
    <message>
        <source>What the wizard is for</source>
        <translation>Waar de wizard voor is</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into LinkedIn's own page.</source>
        <translation>Het ziet uw wachtwoord nooit: u typt het in de eigen pagina van LinkedIn.</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into the practice page.</source>
        <translation>Het ziet uw wachtwoord nooit: u typt het in de oefenpagina.</translation>
    </message>
    <message>
        <source>It keeps nothing, unless you ask it to remember you; then only in your computer's password store (its keyring).</source>
        <translation>Het bewaart niets, tenzij u vraagt u te onthouden; dan alleen in de wachtwoordopslag van uw computer (de sleutelbos).</translation>
    </message>
    <message>
        <source>It checks each setting again on its own and keeps a picture as proof.</source>
        <translation>Het controleert elke instelling zelf opnieuw en bewaart een afbeelding als bewijs.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Meer opties</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Meer opties</translation>
    </message>
    <message>
        <source>The privacy signal, related settings you can add, and LinkedIn's objection form.</source>
        <translation>Het privacysignaal, gerelateerde instellingen die je kunt toevoegen, en het bezwaarformulier van LinkedIn.</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my &amp;data</source>
        <translation>Vraag LinkedIn ook mijn &amp;gegevens niet te delen of te verkopen</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my data</source>
        <translation>Vraag LinkedIn ook mijn gegevens niet te delen of te verkopen</translation>
    </message>
    <message>
        <source>The wizard's browser sends the standard privacy signal for this (Global Privacy Control). LinkedIn says it opts members in the US out of data sharing. It is never taken as proof: every switch is still read.</source>
        <translation>De browser van de wizard stuurt hiervoor het standaard privacysignaal (Global Privacy Control). LinkedIn zegt dat het leden in de VS daarmee afmeldt voor het delen van gegevens. Het geldt nooit als bewijs: elke schakelaar wordt toch gelezen.</translation>
    </message>
    <message>
        <source>While the wizard was closed: {what}</source>
        <translation>Terwijl de wizard gesloten was: {what}</translation>
    </message>
    <message>
        <source>Switch off {count} LinkedIn settings, and prove they stay off</source>
        <translation>Zet {count} LinkedIn-instellingen uit, en bewijs dat ze uit blijven</translation>
    </message>
    <message>
        <source>About {minutes} minutes. You stay in charge of every change.</source>
        <translation>Ongeveer {minutes} minuten. U beslist over elke wijziging.</translation>
    </message>
    <message>
        <source>Related settings you may add (optional; each adds a step of about two minutes)</source>
        <translation>Verwante instellingen die u kunt toevoegen (optioneel; elk voegt een stap van ongeveer twee minuten toe)</translation>
    </message>
    <message>
        <source>Also &amp;object to LinkedIn's other uses of my data for AI</source>
        <translation>Ook &amp;bezwaar maken tegen het andere gebruik van mijn gegevens voor AI door LinkedIn</translation>
    </message>
    <message>
        <source>Also object to LinkedIn's other uses of my data for AI</source>
        <translation>Ook bezwaar maken tegen het andere gebruik van mijn gegevens voor AI door LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn decides; it answers by e-mail.</source>
        <translation>LinkedIn beslist; het antwoordt per e-mail.</translation>
    </message>
    <message>
        <source>After the check, the wizard shows LinkedIn's Data Processing Objection form, with a text you can copy; you fill it in and send it yourself, and the wizard keeps LinkedIn's confirmation as proof.</source>
        <translation>Na de controle toont de wizard het formulier van LinkedIn voor bezwaar tegen gegevensverwerking, met een tekst die je kunt kopiëren; je vult het zelf in en verstuurt het, en de wizard bewaart de bevestiging van LinkedIn als bewijs.</translation>
    </message>
    <message>
        <source>Beyond the switches</source>
        <translation>Voorbij de schakelaars</translation>
    </message>
    <message>
        <source>Also switch off: {title}</source>
        <translation>Ook uitzetten: {title}</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Wat u opgeeft: {loses}</translation>
    </message>
    <message>
        <source>The wizard's shield</source>
        <translation>Het schild van de wizard</translation>
    </message>
</context>
</TS>
