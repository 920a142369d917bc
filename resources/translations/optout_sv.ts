<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the LinkedIn opt-out wizard</source>
        <translation>Om guiden för att avstå på LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Guide för att avstå på LinkedIn</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>An independent tool: it is not made, endorsed or supported by LinkedIn or Microsoft.</source>
        <translation>Ett oberoende verktyg: det är inte gjort, godkänt eller stöttat av LinkedIn eller Microsoft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It never sees your password and keeps nothing unless you ask, and then only in your computer's password store.&lt;/p&gt;&lt;p&gt;Free software: you may use, study, share and change it under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;List of settings: version {catalog}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den ser aldrig ditt lösenord och sparar ingenting om du inte ber om det, och då bara i datorns lösenordsförråd.&lt;/p&gt;&lt;p&gt;Fri programvara: du får använda, studera, dela och ändra den enligt GNU General Public License, version 3 eller senare.&lt;/p&gt;&lt;p&gt;Lista över inställningar: version {catalog}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Om appen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Help: open the guide in your web browser</source>
        <translation>Hjälp: öppna guiden i din webbläsare</translation>
    </message>
    <message>
        <source>&amp;Source code</source>
        <translation>&amp;Källkod</translation>
    </message>
    <message>
        <source>Source code: open the project's page in your web browser</source>
        <translation>Källkod: öppna projektets sida i din webbläsare</translation>
    </message>
    <message>
        <source>&amp;Check for a newer list of settings</source>
        <translation>&amp;Sök efter en nyare lista över inställningar</translation>
    </message>
    <message>
        <source>Check for a newer list of settings</source>
        <translation>Sök efter en nyare lista över inställningar</translation>
    </message>
    <message>
        <source>Update of the list of settings</source>
        <translation>Uppdatering av listan över inställningar</translation>
    </message>
    <message>
        <source>Checking for a newer list of settings…</source>
        <translation>Söker efter en nyare lista över inställningar…</translation>
    </message>
    <message>
        <source>List of settings {version} is installed. Restart the wizard to use it.</source>
        <translation>Listan över inställningar {version} är installerad. Starta om guiden för att använda den.</translation>
    </message>
    <message>
        <source>{why} The list of settings in use stays.</source>
        <translation>{why} Listan över inställningar som används finns kvar.</translation>
    </message>
</context>
<context>
    <name>BrowserInstaller</name>
    <message>
        <source>The browser for the check is installed.</source>
        <translation>Webbläsaren för kontrollen är installerad.</translation>
    </message>
    <message>
        <source>The browser could not be installed{detail}. Check your internet connection, or install Google Chrome or Chromium.</source>
        <translation>Webbläsaren kunde inte installeras{detail}. Kontrollera din internetanslutning eller installera Google Chrome eller Chromium.</translation>
    </message>
    <message>
        <source>The installer could not start.</source>
        <translation>Installationsprogrammet kunde inte starta.</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>LinkedIn page</source>
        <translation>LinkedIn-sida</translation>
    </message>
    <message>
        <source>LinkedIn's own page, shown inside the wizard. The wizard never reads your password.</source>
        <translation>LinkedIns egen sida, visad i guiden. Guiden läser aldrig ditt lösenord.</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Sidan laddas</translation>
    </message>
    <message>
        <source>Note about the page</source>
        <translation>Anmärkning om sidan</translation>
    </message>
    <message>
        <source>Page problem</source>
        <translation>Problem med sidan</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>Ladda sidan igen</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>nätverksfel</translation>
    </message>
    <message>
        <source>The page could not be loaded ({why}).</source>
        <translation>Sidan kunde inte laddas ({why}).</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {code}).</source>
        <translation>LinkedIn svarade med ett fel (HTTP {code}).</translation>
    </message>
    <message>
        <source>LinkedIn is taking too long to answer.</source>
        <translation>LinkedIn tar för lång tid på sig att svara.</translation>
    </message>
    <message>
        <source>The page stopped working.</source>
        <translation>Sidan slutade fungera.</translation>
    </message>
    <message>
        <source>Check your internet connection, then press Retry.</source>
        <translation>Kontrollera din internetanslutning och tryck sedan på ”Försök igen”.</translation>
    </message>
    <message>
        <source>That link leads away from {site}: it was opened in your web browser ({where}).</source>
        <translation>Den länken leder bort från {site}: den öppnades i din webbläsare ({where}).</translation>
    </message>
</context>
<context>
    <name>Browsers</name>
    <message>
        <source>The browser for the check could not start its sandbox (the wall that keeps web pages away from the rest of your computer), so nothing was checked; the app never runs a browser without it. This happens in containers and chroots, and on Ubuntu 24.04 or later when the app was not installed from its .deb package, which allows the sandbox. Install the app from its package, or run it on the computer itself rather than in a container.</source>
        <translation>Webbläsaren för kontrollen kunde inte starta sin sandlåda (väggen som håller webbsidor borta från resten av datorn), så inget kontrollerades; appen kör aldrig en webbläsare utan den. Det händer i containrar och chroot-miljöer, och i Ubuntu 24.04 eller senare när appen inte installerades från sitt .deb-paket, som tillåter sandlådan. Installera appen från dess paket, eller kör den på själva datorn i stället för i en container.</translation>
    </message>
    <message>
        <source>The browser for the check ({browser}) did not start within {seconds} seconds, so nothing was checked. Close programs you do not need and check again; if it keeps happening, restart the computer.</source>
        <translation>Webbläsaren för kontrollen ({browser}) startade inte inom {seconds} sekunder, så inget kontrollerades. Stäng program du inte behöver och kontrollera igen; om det händer igen, starta om datorn.</translation>
    </message>
    <message>
        <source>No browser for the check was found. Install Chromium's headless shell (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or Chromium, or let the app download one (in the app: Verify → Install a browser for the check; in a terminal: optout-wizard install-browser), or set OPTOUT_BROWSER to a Chromium-family browser's program file.</source>
        <translation>Ingen webbläsare för kontrollen hittades. Installera Chromiums headless-skal (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge eller Chromium, låt appen ladda ner en (i appen: Kontrollera → Installera en webbläsare för kontrollen; i en terminal: optout-wizard install-browser) eller ställ in OPTOUT_BROWSER på programfilen för en webbläsare i Chromium-familjen.</translation>
    </message>
    <message>
        <source>{name} is set to {path}, but there is no such file.</source>
        <translation>{name} är satt till {path}, men den filen finns inte.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Updates to the list of settings come over https only, not from {url}.</source>
        <translation>Uppdateringar av listan över inställningar kommer bara via https, inte från {url}.</translation>
    </message>
    <message>
        <source>The newer list of settings could not be fetched ({why}).</source>
        <translation>Den nyare listan över inställningar kunde inte hämtas ({why}).</translation>
    </message>
    <message>
        <source>The fetched list of settings is too large.</source>
        <translation>Den hämtade listan över inställningar är för stor.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not signed with the project's key: it was not used.</source>
        <translation>Den hämtade listan över inställningar är inte signerad med projektets nyckel: den användes inte.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not valid: {why}</source>
        <translation>Den hämtade listan över inställningar är ogiltig: {why}</translation>
    </message>
    <message>
        <source>The fetched list of settings ({new}) is not newer than the one in use ({old}).</source>
        <translation>Den hämtade listan över inställningar ({new}) är inte nyare än den som används ({old}).</translation>
    </message>
    <message>
        <source>The list of settings could not be stored in {folder}: {why}.</source>
        <translation>Listan över inställningar kunde inte sparas i {folder}: {why}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The page could not be read (the check returned nothing).</source>
        <translation>Sidan kunde inte läsas (kontrollen gav inget svar).</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again: the session has ended. Sign in, then check again.</source>
        <translation>LinkedIn bad dig logga in igen: sessionen har upphört. Logga in och kontrollera sedan igen.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you (a code or a puzzle). Open the wizard and finish it there, then check again.</source>
        <translation>LinkedIn vill bekräfta att det är du (en kod eller ett pussel). Öppna guiden, slutför det där och kontrollera sedan igen.</translation>
    </message>
    <message>
        <source>The only switch on this setting's own page is off. It carries no name that says which setting it is, so this is the weakest kind of match: look at the picture to be sure.</source>
        <translation>Det enda reglaget på den här inställningens egen sida är av. Det har inget namn som säger vilken inställning det är, så det är den svagaste sortens träff: titta på bilden för att vara säker.</translation>
    </message>
    <message>
        <source>The switch “{label}” is off.</source>
        <translation>Brytaren ”{label}” är av.</translation>
    </message>
    <message>
        <source>The switch “{label}” is on: LinkedIn still uses your data for this. Switch it off, then check again.</source>
        <translation>Brytaren ”{label}” är på: LinkedIn använder fortfarande dina data till detta. Stäng av den och kontrollera sedan igen.</translation>
    </message>
    <message>
        <source>Found the switch “{label}” but could not tell whether it is on or off. Open the page and look at it yourself.</source>
        <translation>Brytaren ”{label}” hittades, men det gick inte att avgöra om den är på eller av. Öppna sidan och titta själv.</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region, so there is nothing to switch off here.</source>
        <translation>LinkedIn uppger att inställningen inte erbjuds för ditt konto eller din region, så här finns inget att stänga av.</translation>
    </message>
    <message>
        <source>LinkedIn's page was still loading after {seconds} seconds, so nothing was read. Check again in a moment.</source>
        <translation>LinkedIns sida laddade fortfarande efter {seconds} sekunder, så inget lästes. Kontrollera igen om en stund.</translation>
    </message>
    <message>
        <source>The page finished loading and has no such switch: LinkedIn may have moved it. Check by hand through the menus: {route}.</source>
        <translation>Sidan har laddats klart och har ingen sådan brytare: LinkedIn kan ha flyttat den. Kontrollera själv via menyerna: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn words it a little differently from what the wizard knows.</source>
        <translation>LinkedIn formulerar det lite annorlunda än guiden känner till.</translation>
    </message>
    <message>
        <source>The switch has no name of its own: it was recognised by its description.</source>
        <translation>Reglaget har inget eget namn: det kändes igen på sin beskrivning.</translation>
    </message>
    <message>
        <source>The page has finished, but its switch has no name at all, so the wizard cannot tell which setting it is. Open the page and look at it yourself.</source>
        <translation>Sidan är klar, men dess reglage har inget namn alls, så guiden kan inte avgöra vilken inställning det är. Öppna sidan och titta själv.</translation>
    </message>
    <message>
        <source>the switch was still greyed out</source>
        <translation>reglaget var fortfarande nedtonat</translation>
    </message>
    <message>
        <source>the page still showed it as loading</source>
        <translation>sidan visade det fortfarande som laddande</translation>
    </message>
    <message>
        <source>the switch was not shown yet</source>
        <translation>reglaget visades inte ännu</translation>
    </message>
    <message>
        <source>it was still changing</source>
        <translation>det ändrades fortfarande</translation>
    </message>
    <message>
        <source>The page did not finish loading: {why}. Nothing was read as on or off; check again in a moment.</source>
        <translation>Sidan laddades inte färdigt: {why}. Inget lästes som på eller av; kontrollera igen om en stund.</translation>
    </message>
    <message>
        <source>No LinkedIn session: sign in first, then check.</source>
        <translation>Ingen LinkedIn-session: logga in först och kontrollera sedan.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>LinkedIn svarade inte inom {seconds} sekunder. Kontrollera din internetanslutning och försök igen.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings: the browser did not answer in time.</source>
        <translation>LinkedIns inställningar kunde inte listas: webbläsaren svarade inte i tid.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings at {url}: {why}</source>
        <translation>LinkedIns inställningar på {url} kunde inte listas: {why}</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}).</source>
        <translation>LinkedIn svarade med ett fel (HTTP {status}).</translation>
    </message>
    <message>
        <source>the page gave no answer.</source>
        <translation>sidan gav inget svar.</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again.</source>
        <translation>LinkedIn bad om en ny inloggning.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check.</source>
        <translation>LinkedIn bad om en säkerhetskontroll.</translation>
    </message>
    <message>
        <source>the page was still loading when time was up.</source>
        <translation>sidan laddade fortfarande när tiden var slut.</translation>
    </message>
    <message>
        <source>The setting's page is gone (HTTP {status}). LinkedIn may have moved it: check by hand through the menus: {route}.</source>
        <translation>Inställningens sida finns inte längre (HTTP {status}). LinkedIn kan ha flyttat den: kontrollera för hand via menyerna: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}). Try again later.</source>
        <translation>LinkedIn svarade med ett fel (HTTP {status}). Försök igen senare.</translation>
    </message>
    <message>
        <source>Something on the page (such as a cookie notice) covered the switch; it was set aside for the picture.</source>
        <translation>Något på sidan (till exempel en cookie-ruta) täckte reglaget; det lades åt sidan för bilden.</translation>
    </message>
    <message>
        <source>The picture {path} could not be saved: {why}.</source>
        <translation>Bilden {path} kunde inte sparas: {why}.</translation>
    </message>
    <message>
        <source>The browser for the check stopped working, so nothing more was checked. Check again.</source>
        <translation>Webbläsaren för kontrollen slutade fungera, så inget mer kontrollerades. Kontrollera igen.</translation>
    </message>
    <message>
        <source>LinkedIn ended the session when the check opened the page. Sign in again, then check again.</source>
        <translation>LinkedIn avslutade sessionen när kontrollen öppnade sidan. Logga in igen och kontrollera sedan igen.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>anslutningen nekades</translation>
    </message>
    <message>
        <source>its name could not be looked up</source>
        <translation>namnet kunde inte slås upp</translation>
    </message>
    <message>
        <source>this computer is offline</source>
        <translation>datorn är offline</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>anslutningen bröts</translation>
    </message>
    <message>
        <source>the network changed while it loaded</source>
        <translation>nätverket ändrades medan sidan laddades</translation>
    </message>
    <message>
        <source>it could not be reached from here</source>
        <translation>den går inte att nå härifrån</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>den svarade inte i tid</translation>
    </message>
    <message>
        <source>its security certificate was not valid</source>
        <translation>säkerhetscertifikatet var ogiltigt</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>det gick inte att upprätta en säker anslutning</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>proxyn nekade anslutningen</translation>
    </message>
    <message>
        <source>{host} kept sending the browser from one address to another, and the page never opened. Try again later; if it keeps happening, sign in again in the wizard.</source>
        <translation>{host} skickade webbläsaren från en adress till en annan om och om igen, och sidan öppnades aldrig. Försök igen senare; om det händer igen, logga in på nytt i guiden.</translation>
    </message>
    <message>
        <source>Could not reach {host}: {why}. Check your internet connection and try again.</source>
        <translation>Kunde inte nå {host}: {why}. Kontrollera din internetanslutning och försök igen.</translation>
    </message>
    <message>
        <source>Could not open the page on {host} (the browser said {code}). Check your internet connection and try again.</source>
        <translation>Det gick inte att öppna sidan på {host} (webbläsaren angav {code}). Kontrollera internetanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your internet connection and try again.</source>
        <translation>{host} svarade inte i tid. Kontrollera din internetanslutning och försök igen.</translation>
    </message>
    <message>
        <source>The browser for the check stopped answering before the setting was read. Check again.</source>
        <translation>Webbläsaren för kontrollen slutade svara innan inställningen lästes. Kontrollera igen.</translation>
    </message>
    <message>
        <source>The browser page crashed while reading the setting. Check again.</source>
        <translation>Webbläsarsidan kraschade när inställningen lästes. Kontrollera igen.</translation>
    </message>
    <message>
        <source>The browser closed before the setting could be read. Check again.</source>
        <translation>Webbläsaren stängdes innan inställningen kunde läsas. Kontrollera igen.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Visa detaljerna</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>What was done, your proof, and what comes next.</source>
        <translation>Vad som gjordes, ditt bevis och vad som kommer sedan.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>LinkedIn can turn such switches back on or add new ones: run the wizard again now and then to check.</source>
        <translation>LinkedIn kan slå på sådana brytare igen eller lägga till nya: kör guiden igen då och då för att kontrollera.</translation>
    </message>
    <message>
        <source>Changes to ad settings may take LinkedIn up to 24 hours to apply.</source>
        <translation>Det kan ta LinkedIn upp till 24 timmar att genomföra ändringar av annonsinställningar.</translation>
    </message>
    <message>
        <source>The switch covers AI that &lt;i&gt;creates content&lt;/i&gt;. For LinkedIn's other uses of your data for AI, you can object with LinkedIn's &lt;a href="{url}"&gt;Data Processing Objection form&lt;/a&gt;.</source>
        <translation>Brytaren gäller AI som &lt;i&gt;skapar innehåll&lt;/i&gt;. Mot LinkedIns övriga användning av dina data för AI kan du invända med LinkedIns &lt;a href="{url}"&gt;formulär för invändning mot databehandling&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Accounts done earlier in this run</source>
        <translation>Konton som redan är klara i den här omgången</translation>
    </message>
    <message>
        <source>Do this for &amp;another account</source>
        <translation>Gör detsamma för ett &amp;annat konto</translation>
    </message>
    <message>
        <source>Do this for another account</source>
        <translation>Gör detsamma för ett annat konto</translation>
    </message>
    <message>
        <source>Starts again with a fresh browser profile, to sign in with another LinkedIn account. The results of this account stay on this screen.</source>
        <translation>Börjar om med en ny webbläsarprofil, så att du kan logga in med ett annat LinkedIn-konto. Resultaten för det här kontot finns kvar på den här sidan.</translation>
    </message>
    <message>
        <source>Your proof</source>
        <translation>Ditt bevis</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>inte kontrollerad</translation>
    </message>
    <message>
        <source>(you skipped this step)</source>
        <translation>(du hoppade över det här steget)</translation>
    </message>
    <message>
        <source>Every setting LinkedIn offers you is off, and the check confirmed it.</source>
        <translation>Varje inställning som LinkedIn erbjuder dig är av, och kontrollen bekräftade det.</translation>
    </message>
    <message>
        <source>Every setting is off, and the check confirmed it.</source>
        <translation>Alla inställningar är av, och kontrollen bekräftade det.</translation>
    </message>
    <message>
        <source>Send an ob&amp;jection…</source>
        <translation>Skicka en &amp;invändning…</translation>
    </message>
    <message>
        <source>Send it a&amp;gain…</source>
        <translation>Skicka den &amp;igen…</translation>
    </message>
    <message>
        <source>Not everything is off yet: see below, or go Back and press “Fix this”.</source>
        <translation>Allt är inte av ännu: se nedan, eller gå tillbaka och tryck på ”Åtgärda”.</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Konto: {name}</translation>
    </message>
    <message>
        <source>{title}: {state}, the picture</source>
        <translation>{title}: {state}, bilden</translation>
    </message>
    <message>
        <source>the account signed in</source>
        <translation>det inloggade kontot</translation>
    </message>
    <message>
        <source>Read on {where} on {when}, for {whose}.</source>
        <translation>Läst på {where} den {when}, för {whose}.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Invändning mot databehandling</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Bild av bekräftelsen från LinkedIn</translation>
    </message>
    <message>
        <source>Opens LinkedIn's Data Processing Objection form in the wizard.</source>
        <translation>Öppnar LinkedIns formulär för invändning mot databehandling i guiden.</translation>
    </message>
    <message>
        <source>The switch covers only AI that creates content. For LinkedIn's other uses of your data for AI you can object with LinkedIn's form; the wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn decides; it answers by e-mail.</source>
        <translation>Reglaget gäller bara AI som skapar innehåll. Mot LinkedIns andra användning av dina data för AI kan du invända med LinkedIns formulär; guiden visar det och sparar bekräftelsen från LinkedIn som bevis. LinkedIn avgör; svaret kommer via e-post.</translation>
    </message>
    <message>
        <source>It was sent over a year ago. LinkedIn's uses of data change: you may send it again.</source>
        <translation>Den skickades för över ett år sedan. LinkedIn ändrar hur data används: du kan skicka den igen.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(namnet visas inte)</translation>
    </message>
    <message>
        <source>Save its report…</source>
        <translation>Spara dess rapport…</translation>
    </message>
    <message>
        <source>Done earlier in this run</source>
        <translation>Redan klart i den här omgången</translation>
    </message>
</context>
<context>
    <name>GuardedPage</name>
    <message>
        <source>The page's link to {where} was not opened: the wizard opens only web (https) and e-mail links.</source>
        <translation>Sidans länk till {where} öppnades inte: guiden öppnar bara webb- (https) och e-postlänkar.</translation>
    </message>
    <message>
        <source>This sign-in page is not secure (no https), so the wizard does not open it: {host}. Sign in another way.</source>
        <translation>Den här inloggningssidan är inte säker (ingen https), så guiden öppnar den inte: {host}. Logga in på ett annat sätt.</translation>
    </message>
    <message>
        <source>The page tried to open {where}; it was stopped.</source>
        <translation>Sidan försökte öppna {where}; det stoppades.</translation>
    </message>
    <message>
        <source>The page tried to open a new window; the wizard keeps to one.</source>
        <translation>Sidan försökte öppna ett nytt fönster; guiden håller sig till ett.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{symbol} {summary} Checked just now.</source>
        <translation>{symbol} {summary} Kontrollerat alldeles nyss.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{title}: was {before} on {date}, now {after}</source>
        <translation>{title}: var {before} den {date}, nu {after}</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {why}.</source>
        <translation>Historikfilen {path} kunde inte läsas: {why}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read or moved: {why}.</source>
        <translation>Historikfilen {path} kunde inte läsas eller flyttas: {why}.</translation>
    </message>
    <message>
        <source>Some lines of the history file were damaged; they were kept as {name} and the rest of the history was kept.</source>
        <translation>Några rader i historikfilen var skadade; de sparades som {name} och resten av historiken behölls.</translation>
    </message>
    <message>
        <source>The result could not be added to the history: {why}</source>
        <translation>Resultatet kunde inte läggas till i historiken: {why}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The sign-in page tried to open yet another window.</source>
        <translation>Inloggningssidan försökte öppna ännu ett fönster.</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Inloggningssidans adress</translation>
    </message>
    <message>
        <source>About this sign-in page</source>
        <translation>Om den här inloggningssidan</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Inloggningssida</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Cancel signing in this way</source>
        <translation>Avbryt det här sättet att logga in</translation>
    </message>
    <message>
        <source>This sign-in service refused the wizard</source>
        <translation>Den här inloggningstjänsten vägrade guiden</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn &amp;password</source>
        <translation>Logga in med mitt LinkedIn-&amp;lösenord</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn password</source>
        <translation>Logga in med mitt LinkedIn-lösenord</translation>
    </message>
    <message>
        <source>I have no password: &amp;set one…</source>
        <translation>Jag har inget lösenord: &amp;skapa ett…</translation>
    </message>
    <message>
        <source>I have no LinkedIn password: ask LinkedIn for a link to set one</source>
        <translation>Jag har inget LinkedIn-lösenord: be LinkedIn om en länk för att skapa ett</translation>
    </message>
    <message>
        <source>This sign-in service</source>
        <translation>Den här inloggningstjänsten</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host} will not sign you in here.&lt;/b&gt; It refuses browsers that are built into other apps, as this window is. You have not done anything wrong.</source>
        <translation>&lt;b&gt;{host} loggar inte in dig här.&lt;/b&gt; Tjänsten vägrar webbläsare som är inbyggda i andra appar, som det här fönstret. Du har inte gjort något fel.</translation>
    </message>
    <message>
        <source>What works instead:</source>
        <translation>Det här fungerar i stället:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your LinkedIn email and password&lt;/b&gt;, on LinkedIn's page in the wizard.</source>
        <translation>&lt;b&gt;Din e-postadress och ditt lösenord för LinkedIn&lt;/b&gt;, på LinkedIns sida i guiden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No LinkedIn password?&lt;/b&gt; If you always signed in with Google, LinkedIn can email you a link to set one (“Forgot password”).</source>
        <translation>&lt;b&gt;Inget LinkedIn-lösenord?&lt;/b&gt; Om du alltid har loggat in med Google kan LinkedIn mejla dig en länk för att skapa ett (”Glömt lösenordet”).</translation>
    </message>
    <message>
        <source>&lt;b&gt;A passkey&lt;/b&gt;, if you made one for LinkedIn.</source>
        <translation>&lt;b&gt;En nyckel (passkey)&lt;/b&gt;, om du har skapat en för LinkedIn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another way&lt;/b&gt; LinkedIn offers, such as Apple or Microsoft.</source>
        <translation>&lt;b&gt;Ett annat sätt&lt;/b&gt; som LinkedIn erbjuder, till exempel Apple eller Microsoft.</translation>
    </message>
    <message>
        <source>{host} is not a sign-in service the wizard knows. Go on only if you expected it, for example your company's own sign-in page.</source>
        <translation>{host} är inte en inloggningstjänst som guiden känner till. Fortsätt bara om du väntade dig det, till exempel ditt företags egen inloggningssida.</translation>
    </message>
    <message>
        <source>{host}, over a secure connection</source>
        <translation>{host}, via en säker anslutning</translation>
    </message>
    <message>
        <source>{host}, not secure</source>
        <translation>{host}, inte säker</translation>
    </message>
    <message>
        <source>Address of the sign-in page: {address}</source>
        <translation>Adress till inloggningssidan: {address}</translation>
    </message>
    <message>
        <source>Sign-in page at {host}</source>
        <translation>Inloggningssida på {host}</translation>
    </message>
    <message>
        <source>Not secure: {host} was not opened, because it does not use an encrypted connection (https). Cancel, and sign in another way.</source>
        <translation>Inte säkert: {host} öppnades inte eftersom den inte använder en krypterad anslutning (https). Avbryt och logga in på ett annat sätt.</translation>
    </message>
    <message>
        <source>This is {site}'s answer to the sign-in. Read it, then close this window to go on signing in.</source>
        <translation>Det här är svaret från {site} på inloggningen. Läs det och stäng sedan fönstret för att fortsätta logga in.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Stäng det här fönstret</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, the Keychain on macOS, or Windows Credential Manager.</source>
        <translation>Ställ in datorns lösenordsförråd: GNOME Keyring eller KDE Wallet på Linux, Nyckelringen på macOS eller Windows Autentiseringshanteraren.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Inget sparades.</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Inget lästes.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Inget raderades.</translation>
    </message>
    <message>
        <source>Your computer's password store could not be opened.</source>
        <translation>Datorns lösenordsförråd kunde inte öppnas.</translation>
    </message>
    <message>
        <source>No password store on this computer keeps secrets safely.</source>
        <translation>Inget lösenordsförråd på den här datorn förvarar hemligheter säkert.</translation>
    </message>
    <message>
        <source>The password store in use does not keep secrets safely.</source>
        <translation>Lösenordsförrådet som används förvarar inte hemligheter säkert.</translation>
    </message>
    <message>
        <source>Your password store is locked and was not unlocked.</source>
        <translation>Ditt lösenordsförråd är låst och låstes inte upp.</translation>
    </message>
    <message>
        <source>This computer has no password store in use.</source>
        <translation>Den här datorn har inget lösenordsförråd i bruk.</translation>
    </message>
    <message>
        <source>Your password store refused.</source>
        <translation>Ditt lösenordsförråd vägrade.</translation>
    </message>
    <message>
        <source>The session remembered for {name} is damaged: sign in again (in the wizard, with “Remember me”, or: optout-wizard verify --sign-in --remember).</source>
        <translation>Sessionen som sparats för {name} är skadad: logga in igen (i guiden, med ”Kom ihåg mig”, eller: optout-wizard verify --sign-in --remember).</translation>
    </message>
    <message>
        <source>The app's data folder could not be used to keep the list of accounts in order ({why}).</source>
        <translation>Appens datamapp kunde inte användas för att hålla ordning på listan över konton ({why}).</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store is damaged, and this password store cannot be searched to make it again. Sign in again with “Remember me” for each account.</source>
        <translation>Listan över konton som sparats i lösenordsförrådet är skadad, och det här lösenordsförrådet går inte att söka i för att göra om den. Logga in igen med ”Kom ihåg mig” för varje konto.</translation>
    </message>
    <message>
        <source>This password store cannot be searched, so the app cannot find every entry it wrote. Forget each site's sessions instead (optout-wizard forget).</source>
        <translation>Det här lösenordsförrådet går inte att söka i, så appen kan inte hitta varje post den har skrivit. Glöm i stället sessionerna för varje webbplats (optout-wizard forget).</translation>
    </message>
    <message>
        <source>{doing}… (your computer may ask you to unlock its password store)</source>
        <translation>{doing}… (datorn kan be dig låsa upp lösenordsförrådet)</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(namnet visas inte)</translation>
    </message>
</context>
<context>
    <name>Later</name>
    <message>
        <source>Unlock it (it unlocks when you log in) and the check runs again at your next login.</source>
        <translation>Lås upp den (den låses upp när du loggar in) så körs kontrollen igen vid nästa inloggning.</translation>
    </message>
    <message>
        <source>Unlock it (it unlocks when you log in), then check again.</source>
        <translation>Lås upp den (den låses upp när du loggar in) och kontrollera sedan igen.</translation>
    </message>
    <message>
        <source>Your keyring is locked: the remembered session in your computer's password store could not be read, so nothing was checked.</source>
        <translation>Din nyckelring är låst: den sparade sessionen i datorns lösenordsförråd kunde inte läsas, så inget kontrollerades.</translation>
    </message>
    <message>
        <source>No password store the app can use was found on this computer, so no remembered session could be read and nothing was checked. {get_one} Then sign in once in the wizard with “Remember me”.</source>
        <translation>Inget lösenordsförråd som appen kan använda hittades på den här datorn, så ingen sparad session kunde läsas och inget kontrollerades. {get_one} Logga sedan in en gång i guiden med ”Kom ihåg mig”.</translation>
    </message>
    <message>
        <source>Could not read the remembered sessions: {why}</source>
        <translation>De sparade sessionerna kunde inte läsas: {why}</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store was damaged; it was made again from the sessions the store holds.</source>
        <translation>Listan över konton som sparats i lösenordsförrådet var skadad; den har gjorts om från sessionerna som förrådet innehåller.</translation>
    </message>
    <message>
        <source>What this check found could not be kept for the wizard: {why}</source>
        <translation>Det som kontrollen hittade kunde inte sparas åt guiden: {why}</translation>
    </message>
</context>
<context>
    <name>LaterChecks</name>
    <message>
        <source>Later checks</source>
        <translation>Senare kontroller</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer, for later checks</source>
        <translation>&amp;Kom ihåg mig på den här datorn för senare kontroller</translation>
    </message>
    <message>
        <source>Remember me on this computer, for later checks</source>
        <translation>Kom ihåg mig på den här datorn för senare kontroller</translation>
    </message>
    <message>
        <source>From a terminal, the same check: optout-wizard verify</source>
        <translation>Samma kontroll från en terminal: optout-wizard verify</translation>
    </message>
    <message>
        <source>F&amp;orget me</source>
        <translation>&amp;Glöm mig</translation>
    </message>
    <message>
        <source>Forget me: delete the remembered session</source>
        <translation>Glöm mig: radera den sparade sessionen</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session, never your password, in your computer's password store.</source>
        <translation>Sparar din LinkedIn-session, aldrig ditt lösenord, i datorns lösenordsförråd.</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session (never your password) in your computer's password store (its keyring), so the check can run again later without signing in. Nothing is kept anywhere else.</source>
        <translation>Sparar din LinkedIn-session (aldrig ditt lösenord) i datorns lösenordsförråd (dess nyckelring), så att kontrollen kan köras igen senare utan inloggning. Inget sparas någon annanstans.</translation>
    </message>
    <message>
        <source>Password store status</source>
        <translation>Lösenordsförrådets status</translation>
    </message>
    <message>
        <source>Check again every &amp;month</source>
        <translation>Kontrollera igen varje &amp;månad</translation>
    </message>
    <message>
        <source>Check again every month</source>
        <translation>Kontrollera igen varje månad</translation>
    </message>
    <message>
        <source>Runs the check once a month and shows a notification if a setting is not off. Needs the session remembered.</source>
        <translation>Kör kontrollen en gång i månaden och visar en avisering om en inställning inte är av. Kräver att sessionen är sparad.</translation>
    </message>
    <message>
        <source>Check again &amp;tomorrow</source>
        <translation>Kontrollera igen i mo&amp;rgon</translation>
    </message>
    <message>
        <source>Check again tomorrow</source>
        <translation>Kontrollera igen i morgon</translation>
    </message>
    <message>
        <source>LinkedIn says changes to ad settings may take up to 24 hours: checks once more a day from now. Needs the session remembered.</source>
        <translation>Enligt LinkedIn kan ändringar av annonsinställningar ta upp till 24 timmar: kontrollerar en gång till om ett dygn. Kräver att sessionen är sparad.</translation>
    </message>
    <message>
        <source>Greyed out until you tick “Remember me” above: the later check signs in with the remembered session.</source>
        <translation>Nedtonad tills du kryssar i ”Kom ihåg mig” ovan: den senare kontrollen loggar in med den sparade sessionen.</translation>
    </message>
    <message>
        <source>Monthly check status</source>
        <translation>Status för den månatliga kontrollen</translation>
    </message>
    <message>
        <source>Nothing was remembered for this account in this run.</source>
        <translation>Inget sparades för det här kontot den här gången.</translation>
    </message>
    <message>
        <source>Nothing to remember: you are not signed in.</source>
        <translation>Inget att komma ihåg: du är inte inloggad.</translation>
    </message>
    <message>
        <source>Remembering</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <source>Remembered in your computer's password store. “Forget me” deletes it again.</source>
        <translation>Sparad i datorns lösenordsförråd. ”Glöm mig” tar bort den igen.</translation>
    </message>
    <message>
        <source>Forgotten: your session was deleted from the password store.</source>
        <translation>Glömd: din session togs bort från lösenordsförrådet.</translation>
    </message>
    <message>
        <source>The password store could not be used: {why}</source>
        <translation>Lösenordsförrådet kunde inte användas: {why}</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Glömmer</translation>
    </message>
    <message>
        <source>Add a monthly r&amp;eminder to my calendar…</source>
        <translation>Lägg till en månatlig påminnelse i ka&amp;lendern…</translation>
    </message>
    <message>
        <source>Add a monthly reminder to my calendar</source>
        <translation>Lägg till en månatlig påminnelse i kalendern</translation>
    </message>
    <message>
        <source>Saves a calendar file with a monthly reminder to check your settings, and opens it in your calendar.</source>
        <translation>Sparar en kalenderfil med en månatlig påminnelse om att kontrollera inställningarna och öppnar den i kalendern.</translation>
    </message>
    <message>
        <source>Looking at the monthly check…</source>
        <translation>Tittar på den månatliga kontrollen…</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>Senast: {what}</translation>
    </message>
    <message>
        <source>Save a monthly reminder</source>
        <translation>Spara en månatlig påminnelse</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>The reminder could not be saved: {why}</source>
        <translation>Påminnelsen kunde inte sparas: {why}</translation>
    </message>
    <message>
        <source>Saved {path}. Open it to add the reminder to your calendar.</source>
        <translation>{path} sparades. Öppna den för att lägga till påminnelsen i kalendern.</translation>
    </message>
    <message>
        <source>Nothing was remembered, so there was nothing to delete.</source>
        <translation>Inget var sparat, så det fanns inget att radera.</translation>
    </message>
    <message>
        <source>The wizard goes on without remembering you.</source>
        <translation>Guiden fortsätter utan att komma ihåg dig.</translation>
    </message>
    <message>
        <source>Setting up the next check…</source>
        <translation>Nästa kontroll ställs in…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>Kontrollen avbryts…</translation>
    </message>
    <message>
        <source>The monthly check could not be changed: {why}</source>
        <translation>Den månatliga kontrollen kunde inte ändras: {why}</translation>
    </message>
    <message>
        <source>The check runs once more on {when}.</source>
        <translation>Kontrollen körs en gång till {when}.</translation>
    </message>
    <message>
        <source>The check tomorrow is cancelled.</source>
        <translation>Kontrollen i morgon är inställd.</translation>
    </message>
</context>
<context>
    <name>LaterRuns</name>
    <message>
        <source>The check on {date} could not run: {why}</source>
        <translation>Kontrollen {date} kunde inte köras: {why}</translation>
    </message>
    <message>
        <source>The check on {date} found these settings on: {titles}.</source>
        <translation>Kontrollen {date} fann de här inställningarna på: {titles}.</translation>
    </message>
    <message>
        <source>It could not check {titles}: {why}</source>
        <translation>Det gick inte att kontrollera {titles}: {why}</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on: {titles}.</source>
        <translation>LinkedIn har lagt till en inställning som är på: {titles}.</translation>
    </message>
    <message>
        <source>The check on {date} found every setting off.</source>
        <translation>Kontrollen {date} fann varje inställning avstängd.</translation>
    </message>
    <message>
        <source>The check on {date}:</source>
        <translation>Kontrollen {date}:</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Looking for the switch…</source>
        <translation>Letar efter brytaren…</translation>
    </message>
    <message>
        <source>The page is loading.</source>
        <translation>Sidan laddas.</translation>
    </message>
    <message>
        <source>The page is still loading the setting.</source>
        <translation>Sidan laddar fortfarande inställningen.</translation>
    </message>
    <message>
        <source>LinkedIn's switch for this is off. Press Next.</source>
        <translation>LinkedIns reglage för detta är av. Tryck på Nästa.</translation>
    </message>
    <message>
        <source>Click the outlined switch “{label}” on the page, or press “Switch it off for me”.</source>
        <translation>Klicka på den markerade brytaren ”{label}” på sidan, eller tryck på ”Stäng av åt mig”.</translation>
    </message>
    <message>
        <source>Click the outlined switch on the page, or press “Switch it off for me”.</source>
        <translation>Klicka på den markerade brytaren på sidan, eller tryck på ”Stäng av åt mig”.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Utloggad</translation>
    </message>
    <message>
        <source>LinkedIn ended the session. Sign in again.</source>
        <translation>LinkedIn avslutade sessionen. Logga in igen.</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Kontroll krävs</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it in the page below.</source>
        <translation>LinkedIn vill bekräfta att det är du – slutför det på sidan nedan.</translation>
    </message>
    <message>
        <source>Still loading</source>
        <translation>Laddar fortfarande</translation>
    </message>
    <message>
        <source>Press “Reload the page”.</source>
        <translation>Tryck på ”Ladda om sidan”.</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Erbjuds inte</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region: there is nothing to switch off. You can go on.</source>
        <translation>LinkedIn uppger att inställningen inte erbjuds för ditt konto eller din region: det finns inget att stänga av. Du kan fortsätta.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation>Du kan fortsätta.</translation>
    </message>
    <message>
        <source>Off — saving</source>
        <translation>Av – sparas</translation>
    </message>
    <message>
        <source>Making sure LinkedIn saved it…</source>
        <translation>Kontrollerar att LinkedIn sparade det…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it: the switch is still on. Looking at the page again…</source>
        <translation>LinkedIn sparade det inte: reglaget är fortfarande på. Tittar på sidan igen…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it. Try again, or come back later.</source>
        <translation>LinkedIn sparade det inte. Försök igen, eller kom tillbaka senare.</translation>
    </message>
    <message>
        <source>Still on</source>
        <translation>Fortfarande på</translation>
    </message>
    <message>
        <source>Page error</source>
        <translation>Sidfel</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Tryck på ”Försök igen”.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Inte bekräftat</translation>
    </message>
    <message>
        <source>LinkedIn did not confirm the setting in time. Press “Reload the page” to read it again.</source>
        <translation>LinkedIn bekräftade inte inställningen i tid. Tryck på ”Ladda om sidan” för att läsa den igen.</translation>
    </message>
    <message>
        <source>The wizard's click did not reach the switch: something on the page covers it. Close what covers it, or click the outlined switch yourself.</source>
        <translation>Guidens klick nådde inte brytaren: något på sidan täcker den. Stäng det som täcker den, eller klicka själv på den markerade brytaren.</translation>
    </message>
    <message>
        <source>The switch is no longer on the page. Reload it.</source>
        <translation>Brytaren finns inte längre på sidan. Ladda om den.</translation>
    </message>
    <message>
        <source>The page has not finished loading the switch. Try again in a moment.</source>
        <translation>Sidan har inte laddat brytaren klart. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The switch is not on any more.</source>
        <translation>Brytaren är inte på längre.</translation>
    </message>
    <message>
        <source>The page did not allow the wizard's click.</source>
        <translation>Sidan tillät inte guidens klick.</translation>
    </message>
    <message>
        <source>The wizard clicked the switch, but the page did not change it. Click the outlined switch yourself.</source>
        <translation>Guiden klickade på brytaren, men sidan ändrade den inte. Klicka själv på den markerade brytaren.</translation>
    </message>
</context>
<context>
    <name>NewOnLinkedIn</name>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nytt på LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists could not be read</source>
        <translation>LinkedIns listor kunde inte läsas</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>LinkedIns listor över inställningar visar ingen inställning som den här appen inte känner till.</translation>
    </message>
    <message>
        <source>New on LinkedIn: a setting that is on: {titles}</source>
        <translation>Nytt på LinkedIn: en inställning som är på: {titles}</translation>
    </message>
    <message>
        <source>New on LinkedIn: {title}</source>
        <translation>Nytt på LinkedIn: {title}</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn listar en inställning som den här appen inte känner till än: ”{title}” — den är {state}.</translation>
    </message>
    <message>
        <source>Open its page, read what LinkedIn says it does, and decide there. The wizard does not know this setting, so it neither checks nor changes it.</source>
        <translation>Öppna sidan, läs vad LinkedIn säger att den gör och bestäm där. Guiden känner inte till den här inställningen, så den varken kontrollerar eller ändrar den.</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Öppna sidan</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <source>Open the page of “{title}”</source>
        <translation>Öppna sidan för ”{title}”</translation>
    </message>
    <message>
        <source>Check again, to see how it stands now</source>
        <translation>Kontrollera igen, för att se hur det ser ut nu</translation>
    </message>
    <message>
        <source>You opened the page of “{title}”.</source>
        <translation>Du öppnade sidan för ”{title}”.</translation>
    </message>
    <message>
        <source>If you changed it there, check again: the check reads LinkedIn's lists afresh and shows how it stands now.</source>
        <translation>Om du ändrade den där, kontrollera igen: kontrollen läser LinkedIns listor på nytt och visar hur det ser ut nu.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Still on: {titles}</source>
        <translation>Fortfarande på: {titles}</translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation>Kunde inte kontrolleras: {why}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check{whose}: {headline}</source>
        <translation>Kontroll av LinkedIn-avanmälningar{whose}: {headline}</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Objection sent on {date}, case {case}.</source>
        <translation>Invändning skickad {date}, ärende {case}.</translation>
    </message>
    <message>
        <source>Objection sent on {date} (no case number was shown).</source>
        <translation>Invändning skickad {date} (inget ärendenummer visades).</translation>
    </message>
    <message>
        <source>LinkedIn decides on it and answers by e-mail: look out for its message. The wizard cannot check an objection later; it keeps the date, the case and the picture.</source>
        <translation>LinkedIn avgör den och svarar via e-post: håll utkik efter meddelandet. Guiden kan inte kontrollera en invändning senare; den sparar datum, ärende och bild.</translation>
    </message>
</context>
<context>
    <name>ObjectionScreen</name>
    <message>
        <source>Object to LinkedIn's other uses of your data for AI</source>
        <translation>Invänd mot LinkedIns andra användning av dina data för AI</translation>
    </message>
    <message>
        <source>Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard.</source>
        <translation>Valfritt. LinkedIn avgör; svaret kommer via e-post. Det är du som skickar den, inte guiden.</translation>
    </message>
    <message>
        <source>The switch covered only AI that creates content. LinkedIn also uses members' data for other AI: to choose what you see, to moderate, and in models that do not create content. Its form below lets you object to that. Where it asks what you object to, choose “{topic}”; for the text, copy the wizard's suggestion and change it as you like. Then press the form's own button to send it. The wizard never fills it in or sends it for you.</source>
        <translation>Reglaget gällde bara AI som skapar innehåll. LinkedIn använder också medlemmars data för annan AI: för att välja vad du ser, för moderering och i modeller som inte skapar innehåll. Med formuläret nedan kan du invända mot det. Där det frågar vad du invänder mot väljer du ”{topic}”; som text kopierar du guidens förslag och ändrar det som du vill. Tryck sedan på formulärets egen knapp för att skicka det. Guiden fyller aldrig i det och skickar det aldrig åt dig.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vad du ska göra</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>Vad du ska &amp;göra</translation>
    </message>
    <message>
        <source>Show what to do</source>
        <translation>Visa vad du ska göra</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Föreslagen text</translation>
    </message>
    <message>
        <source>A text you may copy into the form and change as you like.</source>
        <translation>En text som du kan kopiera till formuläret och ändra som du vill.</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>&amp;Kopiera texten</translation>
    </message>
    <message>
        <source>Copy the suggested text</source>
        <translation>Kopiera den föreslagna texten</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierad</translation>
    </message>
    <message>
        <source>&amp;Open the form again</source>
        <translation>&amp;Öppna formuläret igen</translation>
    </message>
    <message>
        <source>Open the form again</source>
        <translation>Öppna formuläret igen</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Formuläret</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Bild av bekräftelsen från LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's form could not be opened: {why} Press Retry in the page, or “Open the form again”. Nothing was sent.</source>
        <translation>LinkedIns formulär kunde inte öppnas: {why} Tryck på Försök igen på sidan, eller på ”Öppna formuläret igen”. Inget skickades.</translation>
    </message>
    <message>
        <source>Opening LinkedIn's form…</source>
        <translation>Öppnar LinkedIns formulär…</translation>
    </message>
    <message>
        <source>Copied. Click into the form's text box below and paste it (Ctrl+V), then change it as you like.</source>
        <translation>Kopierad. Klicka i formulärets textruta nedan och klistra in den (Ctrl+V), och ändra den sedan som du vill.</translation>
    </message>
    <message>
        <source>LinkedIn's form shows what to correct: the marked fields in the page. Nothing has been sent yet.</source>
        <translation>LinkedIns formulär visar vad som ska rättas: de markerade fälten på sidan. Inget har skickats än.</translation>
    </message>
    <message>
        <source>Fill in the form below and press its button to send it. The wizard notices LinkedIn's confirmation and keeps a picture of it.</source>
        <translation>Fyll i formuläret nedan och tryck på dess knapp för att skicka det. Guiden känner igen bekräftelsen från LinkedIn och sparar en bild av den.</translation>
    </message>
    <message>
        <source>Waiting for LinkedIn's answer…</source>
        <translation>Väntar på svar från LinkedIn…</translation>
    </message>
    <message>
        <source>LinkedIn does not offer this form in your region, so nothing can be sent here. Nothing was sent, and nothing else is needed on this step: press Next.</source>
        <translation>LinkedIn erbjuder inte det här formuläret i din region, så inget kan skickas här. Inget skickades, och inget mer behövs i det här steget: tryck på Nästa.</translation>
    </message>
    <message>
        <source>LinkedIn signed you out before the form was sent: nothing was sent. Sign in again in the page below; LinkedIn brings you back to the form, and you send it again (copy the text again if you need it).</source>
        <translation>LinkedIn loggade ut dig innan formuläret skickades: inget skickades. Logga in igen på sidan nedan; LinkedIn tar dig tillbaka till formuläret, och du skickar det igen (kopiera texten igen om du behöver den).</translation>
    </message>
    <message>
        <source>This page is not the form. Finish what LinkedIn asks here, or press “Open the form again”.</source>
        <translation>Den här sidan är inte formuläret. Slutför det LinkedIn ber om här, eller tryck på ”Öppna formuläret igen”.</translation>
    </message>
    <message>
        <source>It could not be added to the history ({why}); save the report on the next screen to keep the proof.</source>
        <translation>Den kunde inte läggas till i historiken ({why}); spara rapporten på nästa skärm för att behålla beviset.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Skickad.</translation>
    </message>
    <message>
        <source>A picture of the confirmation could not be taken.</source>
        <translation>Det gick inte att ta en bild av bekräftelsen.</translation>
    </message>
</context>
<context>
    <name>OptOutScreen</name>
    <message>
        <source>Step {n} of {count}: {title}</source>
        <translation>Steg {n} av {count}: {title}</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Varför det spelar roll</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Det här avstår du från: {loses}</translation>
    </message>
    <message>
        <source>Show why this matters</source>
        <translation>Visa varför det här spelar roll</translation>
    </message>
    <message>
        <source>Why this &amp;matters</source>
        <translation>Var&amp;för det här spelar roll</translation>
    </message>
    <message>
        <source>This step was last compared with LinkedIn's page on {date}; LinkedIn may have changed it since. If the page looks different, “Show me the way” helps.</source>
        <translation>Det här steget jämfördes senast med LinkedIns sida {date}; LinkedIn kan ha ändrat den sedan dess. Om sidan ser annorlunda ut hjälper ”Visa vägen”.</translation>
    </message>
    <message>
        <source>&amp;Switch it off for me</source>
        <translation>&amp;Stäng av åt mig</translation>
    </message>
    <message>
        <source>Switch it off for me</source>
        <translation>Stäng av åt mig</translation>
    </message>
    <message>
        <source>Clicks the outlined switch in the page.</source>
        <translation>Klickar på den markerade brytaren på sidan.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Var du är</translation>
    </message>
    <message>
        <source>Show me the &amp;way</source>
        <translation>Visa &amp;vägen</translation>
    </message>
    <message>
        <source>Show me the way through LinkedIn's menus</source>
        <translation>Visa vägen genom LinkedIns menyer</translation>
    </message>
    <message>
        <source>S&amp;kip this step…</source>
        <translation>&amp;Hoppa över det här steget…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Hoppa över det här steget</translation>
    </message>
    <message>
        <source>If the page below does not show the switch, LinkedIn may have moved it. The way through the menus:</source>
        <translation>Om sidan nedan inte visar brytaren kan LinkedIn ha flyttat den. Vägen genom menyerna:</translation>
    </message>
    <message>
        <source>The way through LinkedIn's menus</source>
        <translation>Vägen genom LinkedIns menyer</translation>
    </message>
    <message>
        <source>&amp;Open “Settings &amp;&amp; Privacy” in the page</source>
        <translation>&amp;Öppna ”Inställningar och sekretess” på sidan</translation>
    </message>
    <message>
        <source>Open Settings and Privacy in the page</source>
        <translation>Öppna Inställningar och sekretess på sidan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skip this setting?&lt;/b&gt; It stays on, and LinkedIn keeps using your data for it. The final check will show it as not done, and you can come back to it.</source>
        <translation>&lt;b&gt;Hoppa över inställningen?&lt;/b&gt; Den förblir på, och LinkedIn fortsätter att använda dina data till det. Den sista kontrollen visar den som inte klar, och du kan återkomma till den.</translation>
    </message>
    <message>
        <source>Skip warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>&amp;Yes, skip it</source>
        <translation>&amp;Ja, hoppa över</translation>
    </message>
    <message>
        <source>Yes, skip this setting</source>
        <translation>Ja, hoppa över inställningen</translation>
    </message>
    <message>
        <source>&amp;Don't skip</source>
        <translation>Hoppa inte öve&amp;r</translation>
    </message>
    <message>
        <source>Don't skip</source>
        <translation>Hoppa inte över</translation>
    </message>
    <message>
        <source>R&amp;eload the page</source>
        <translation>&amp;Ladda om sidan</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Ladda om sidan</translation>
    </message>
    <message>
        <source>Loads LinkedIn's page again and reads the switch afresh.</source>
        <translation>Laddar LinkedIns sida igen och läser reglaget på nytt.</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Logga &amp;in igen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Logga in igen</translation>
    </message>
    <message>
        <source>You are in LinkedIn's menus. The wizard reads the switch again as soon as a page shows it.</source>
        <translation>Du är i LinkedIns menyer. Guiden läser reglaget igen så snart en sida visar det.</translation>
    </message>
    <message>
        <source>Switch it off on LinkedIn's page below; the strip says when it is.</source>
        <translation>Stäng av det på LinkedIns sida nedan; remsan säger när det är av.</translation>
    </message>
</context>
<context>
    <name>OptOutWizard</name>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Guide för att avstå på LinkedIn</translation>
    </message>
    <message>
        <source>{title} — Practice</source>
        <translation>{title} – Övning</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>&amp;Om…</translation>
    </message>
    <message>
        <source>Go on to another account?</source>
        <translation>Gå vidare till ett annat konto?</translation>
    </message>
    <message>
        <source>&amp;Go on to another account</source>
        <translation>&amp;Gå vidare till ett annat konto</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Stänga guiden?</translation>
    </message>
    <message>
        <source>Not confirmed off yet:</source>
        <translation>Ännu inte bekräftat av:</translation>
    </message>
    <message>
        <source>These are still on:</source>
        <translation>De här är fortfarande på:</translation>
    </message>
    <message>
        <source>LinkedIn keeps using your data for these until they are off. You can come back and finish at any time.</source>
        <translation>LinkedIn fortsätter att använda dina uppgifter för dessa tills de är av. Du kan komma tillbaka och slutföra när som helst.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Stäng ändå</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>S&amp;tanna kvar</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <source>LinkedIn's page: {title}</source>
        <translation>LinkedIns sida: {title}</translation>
    </message>
    <message>
        <source>This is LinkedIn's own page for “{title}”. The wizard does not know this setting, so it neither reads nor changes it: read what LinkedIn says it does, and switch it off here if you want to. Verify again to see its state in the list.</source>
        <translation>Det här är LinkedIns egen sida för ”{title}”. Guiden känner inte till inställningen och varken läser eller ändrar den: läs vad LinkedIn säger att den gör och stäng av den här om du vill. Kontrollera igen för att se dess läge i listan.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Om den här sidan</translation>
    </message>
    <message>
        <source>LinkedIn's page</source>
        <translation>LinkedIns sida</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>PasskeyDialog</name>
    <message>
        <source>Sign in with a passkey or security key</source>
        <translation>Logga in med en passkey eller säkerhetsnyckel</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vad du ska göra</translation>
    </message>
    <message>
        <source>Accounts on this key</source>
        <translation>Konton på den här nyckeln</translation>
    </message>
    <message>
        <source>The security key's PIN</source>
        <translation>Säkerhetsnyckelns pinkod</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Choose the account to sign in to {site} with:</source>
        <translation>Välj kontot att logga in på {site} med:</translation>
    </message>
    <message>
        <source>Enter your security key's PIN.</source>
        <translation>Ange säkerhetsnyckelns pinkod.</translation>
    </message>
    <message>
        <source>That PIN was not right. Tries left: {n}.</source>
        <translation>Pinkoden var fel. Försök kvar: {n}.</translation>
    </message>
    <message>
        <source>Touch your security key, or confirm with your device's passkey, to sign in to {site}.</source>
        <translation>Rör vid säkerhetsnyckeln, eller bekräfta med enhetens passkey, för att logga in på {site}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>You can sign in another way on the page instead: your password, or Google or Apple.</source>
        <translation>Du kan i stället logga in på ett annat sätt på sidan: ditt lösenord, eller Google eller Apple.</translation>
    </message>
    <message>
        <source>The passkey or key did not answer in time.</source>
        <translation>Passkeyn eller nyckeln svarade inte i tid.</translation>
    </message>
    <message>
        <source>This key is not registered for your account.</source>
        <translation>Nyckeln är inte registrerad för ditt konto.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: take the key out and put it in again.</source>
        <translation>För många felaktiga pinkoder: ta ut nyckeln och sätt i den igen.</translation>
    </message>
    <message>
        <source>The key is locked after too many wrong PINs.</source>
        <translation>Nyckeln är låst efter för många felaktiga pinkoder.</translation>
    </message>
    <message>
        <source>The sign-in was not confirmed on the key.</source>
        <translation>Inloggningen bekräftades inte på nyckeln.</translation>
    </message>
    <message>
        <source>Signing in with a passkey did not work here.</source>
        <translation>Inloggning med passkey fungerade inte här.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice: a replica of LinkedIn on this computer. Any email and password work.</source>
        <translation>Övning: en kopia av LinkedIn på den här datorn. Vilken e-post och vilket lösenord som helst fungerar.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Övningsläge</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>S&amp;para rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>Saves the check, with a picture of each switch, as a web page or a PDF.</source>
        <translation>Sparar kontrollen, med en bild av varje brytare, som webbsida eller pdf.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Rapportens status</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Öppna den sparade rapporten</translation>
    </message>
    <message>
        <source>O&amp;pen report</source>
        <translation>Öppna rapporte&amp;n</translation>
    </message>
    <message>
        <source>A report to keep</source>
        <translation>En rapport att spara</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Visa i mapp&amp;en</translation>
    </message>
    <message>
        <source>Show the saved report in its folder</source>
        <translation>Visa den sparade rapporten i dess mapp</translation>
    </message>
    <message>
        <source>Changes since the last check</source>
        <translation>Ändringar sedan förra kontrollen</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Tidigare kontroller</translation>
    </message>
    <message>
        <source>Changed since the last check:</source>
        <translation>Ändrat sedan förra kontrollen:</translation>
    </message>
    <message>
        <source>This is the first check kept on this computer.</source>
        <translation>Det här är den första kontrollen som sparats på den här datorn.</translation>
    </message>
    <message>
        <source>Web page, pictures included (*.html);;PDF document (*.pdf)</source>
        <translation>Webbsida, med bilder (*.html);;PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Sparat: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {why}</source>
        <translation>Rapporten kunde inte sparas i {path}: {why}</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Use a session &amp;remembered on this computer…</source>
        <translation>Använd en session som &amp;kommits ihåg på den här datorn…</translation>
    </message>
    <message>
        <source>Use a session remembered on this computer</source>
        <translation>Använd en session som kommits ihåg på den här datorn</translation>
    </message>
    <message>
        <source>Signs in with a session kept in your computer's password store by “Remember me”. Your computer may ask you to unlock it.</source>
        <translation>Loggar in med en session som ”Kom ihåg mig” sparat i datorns lösenordsförråd. Datorn kan be dig låsa upp det.</translation>
    </message>
    <message>
        <source>Remembered sessions</source>
        <translation>Sparade sessioner</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Letar</translation>
    </message>
    <message>
        <source>No session is remembered on this computer for {site}.</source>
        <translation>Ingen session för {site} har sparats på den här datorn.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Vilket konto?</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(namnet visas inte)</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Fortsätt som {name}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <source>That session is no longer remembered. Sign in below instead.</source>
        <translation>Den sessionen är inte längre sparad. Logga in nedan i stället.</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>Loggar in som {name}…</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Glömmer</translation>
    </message>
    <message>
        <source>The remembered session of {name} had expired; it was removed from the password store. Sign in below.</source>
        <translation>Den sparade sessionen för {name} hade gått ut; den togs bort från lösenordsförrådet. Logga in nedan.</translation>
    </message>
    <message>
        <source>The password store could not be read: {why} Sign in below instead.</source>
        <translation>Lösenordsförrådet kunde inte läsas: {why} Logga in nedan i stället.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Utloggad</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Kontroll krävs</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Off — you are opted out</source>
        <translation>Av — du har avstått</translation>
    </message>
    <message>
        <source>On — LinkedIn still uses your data for this</source>
        <translation>På — LinkedIn använder fortfarande dina data till detta</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Erbjuds inte</translation>
    </message>
    <message>
        <source>The switch was found by its label and read as off: you are opted out.</source>
        <translation>Brytaren hittades via sin etikett och lästes som av: du har valt bort det.</translation>
    </message>
    <message>
        <source>The switch was found and read as on: you are not opted out yet.</source>
        <translation>Brytaren hittades och lästes som på: du har inte valt bort det ännu.</translation>
    </message>
    <message>
        <source>LinkedIn sent the check to its sign-in page: the session had ended.</source>
        <translation>LinkedIn skickade kontrollen till inloggningssidan: sessionen hade upphört.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check (a code or a puzzle) first.</source>
        <translation>LinkedIn bad först om en säkerhetskontroll (en kod eller ett pussel).</translation>
    </message>
    <message>
        <source>The page loaded but no switch matched: the page changed, or the setting is not offered for this account or region.</source>
        <translation>Sidan laddades men ingen brytare matchade: sidan har ändrats, eller så erbjuds inställningen inte för kontot eller regionen.</translation>
    </message>
    <message>
        <source>The page could not be checked (network, timeout, HTTP error or no browser).</source>
        <translation>Sidan kunde inte kontrolleras (nätverk, tidsgräns, HTTP-fel eller ingen webbläsare).</translation>
    </message>
    <message>
        <source>LinkedIn also lists a new setting, “{title}”, and it is on.</source>
        <translation>LinkedIn visar också en ny inställning, ”{title}”, och den är på.</translation>
    </message>
    <message>
        <source>LinkedIn also lists {n} new settings that are on.</source>
        <translation>LinkedIn visar också {n} nya inställningar som är på.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Kontrollen kunde inte köras.</translation>
    </message>
    <message>
        <source>1 setting could not be checked.</source>
        <translation>1 inställning kunde inte kontrolleras.</translation>
    </message>
    <message>
        <source>{n} settings could not be checked.</source>
        <translation>{n} inställningar kunde inte kontrolleras.</translation>
    </message>
    <message>
        <source>1 setting is still on.</source>
        <translation>1 inställning är fortfarande på.</translation>
    </message>
    <message>
        <source>{n} settings are still on.</source>
        <translation>{n} inställningar är fortfarande på.</translation>
    </message>
    <message>
        <source>LinkedIn does not offer you any of these settings.</source>
        <translation>LinkedIn erbjuder dig ingen av de här inställningarna.</translation>
    </message>
    <message>
        <source>Every setting offered to you is off; LinkedIn does not offer the rest.</source>
        <translation>Varje inställning som erbjuds dig är av; resten erbjuder LinkedIn inte.</translation>
    </message>
    <message>
        <source>All settings are off.</source>
        <translation>Alla inställningar är av.</translation>
    </message>
    <message>
        <source>Data Processing Objection: {word}. {sentence}</source>
        <translation>Invändning mot databehandling: {word}. {sentence}</translation>
    </message>
    <message>
        <source>LinkedIn lists settings this app does not know yet:</source>
        <translation>LinkedIn listar inställningar som den här appen inte känner till än:</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Vad du kan göra: {advice}</translation>
    </message>
    <message>
        <source>New since this check.</source>
        <translation>Ny sedan den här kontrollen.</translation>
    </message>
    <message>
        <source>Listed since {date}.</source>
        <translation>Listad sedan {date}.</translation>
    </message>
    <message>
        <source>open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, and decide. The wizard does not know it, so it neither checks nor changes it.</source>
        <translation>öppna den (i guiden: Klart, ”Nytt på LinkedIn”), läs vad LinkedIn säger att den gör och bestäm. Guiden känner inte till den och varken kontrollerar eller ändrar den.</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn listar en inställning som den här appen inte känner till än: ”{title}” — den är {state}.</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on.</source>
        <translation>LinkedIn har lagt till en inställning som är på.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>{title}: the switch as seen</source>
        <translation>{title}: brytaren som den syntes</translation>
    </message>
    <message>
        <source>Practice check on a replica site: this is not LinkedIn.</source>
        <translation>Övningskontroll på en kopierad webbplats: det här är inte LinkedIn.</translation>
    </message>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nytt på LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn lists these settings, which this app does not know yet (it sees only what LinkedIn's lists show):</source>
        <translation>LinkedIn listar de här inställningarna, som appen inte känner till än (den ser bara vad LinkedIns listor visar):</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Vad du kan göra: {advice}</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>LinkedIns listor över inställningar visar ingen inställning som den här appen inte känner till.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Invändning mot databehandling</translation>
    </message>
    <message>
        <source>LinkedIn's page said: “{said}”</source>
        <translation>LinkedIns sida sa: ”{said}”</translation>
    </message>
    <message>
        <source>A request to LinkedIn, not a switch: it is not counted among the settings above, and no check can read it again.</source>
        <translation>En begäran till LinkedIn, inte ett reglage: den räknas inte bland inställningarna ovan, och ingen kontroll kan läsa den igen.</translation>
    </message>
    <message>
        <source>LinkedIn's confirmation of the objection</source>
        <translation>LinkedIns bekräftelse av invändningen</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>(not shown on the page)</source>
        <translation>(visas inte på sidan)</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard {version}, {browser}</source>
        <translation>Guide för att avstå på LinkedIn {version}, {browser}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check</source>
        <translation>Kontroll av LinkedIn-avstående</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>(this computer's time)</source>
        <translation>(den här datorns tid)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Kontrollerad med</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Vad som syntes</translation>
    </message>
    <message>
        <source>What each result means</source>
        <translation>Vad varje resultat betyder</translation>
    </message>
    <message>
        <source>The pictures</source>
        <translation>Bilderna</translation>
    </message>
    <message>
        <source>Only “{off}” means the switch was found and read as off. Anything the check could not see is never reported as “{off}”.</source>
        <translation>Endast ”{off}” betyder att reglaget hittades och lästes som av. Det som kontrollen inte kunde se rapporteras aldrig som ”{off}”.</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not checked yet</source>
        <translation>Inte kontrollerad än</translation>
    </message>
    <message>
        <source>{title}: result</source>
        <translation>{title}: resultat</translation>
    </message>
    <message>
        <source>{title}: checking</source>
        <translation>{title}: kontrolleras</translation>
    </message>
    <message>
        <source>{title}: picture of the switch</source>
        <translation>{title}: bild av brytaren</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Åtgärda</translation>
    </message>
    <message>
        <source>Fix this: {title}</source>
        <translation>Åtgärda: {title}</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Väntar…</translation>
    </message>
    <message>
        <source>Opening the page…</source>
        <translation>Öppnar sidan…</translation>
    </message>
    <message>
        <source>Reading the switch…</source>
        <translation>Läser brytaren…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Finish the security check</source>
        <translation>Slutför säkerhetskontrollen</translation>
    </message>
    <message>
        <source>Finish the security check in the wizard: {title}</source>
        <translation>Slutför säkerhetskontrollen i guiden: {title}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The monthly check could not be set up: your system's scheduler does not answer here ({why}). Add a monthly reminder to your calendar instead, and check by hand.</source>
        <translation>Den månatliga kontrollen kunde inte ställas in: systemets schemaläggare svarar inte här ({why}). Lägg i stället till en månatlig påminnelse i kalendern och kontrollera själv.</translation>
    </message>
    <message>
        <source>Your system's scheduler does not answer here ({why}), so the monthly check cannot run. Add a monthly reminder to your calendar instead.</source>
        <translation>Systemets schemaläggare svarar inte här ({why}), så den månatliga kontrollen kan inte köras. Lägg i stället till en månatlig påminnelse i kalendern.</translation>
    </message>
    <message>
        <source>The monthly check names a program that is no longer there ({program}), so it cannot run. Open the wizard from where it is now installed to set it up again.</source>
        <translation>Den månatliga kontrollen pekar på ett program som inte längre finns ({program}), så den kan inte köras. Öppna guiden där den nu är installerad för att ställa in den igen.</translation>
    </message>
    <message>
        <source>The check runs again every month.</source>
        <translation>Kontrollen körs igen varje månad.</translation>
    </message>
    <message>
        <source>The check will run again every month.</source>
        <translation>Kontrollen körs igen varje månad.</translation>
    </message>
    <message>
        <source>The monthly check is removed.</source>
        <translation>Den månatliga kontrollen är borttagen.</translation>
    </message>
    <message>
        <source>the job is switched off</source>
        <translation>jobbet är avstängt</translation>
    </message>
    <message>
        <source>systemctl is not available</source>
        <translation>systemctl är inte tillgängligt</translation>
    </message>
    <message>
        <source>The check runs again at your next login.</source>
        <translation>Kontrollen körs igen vid nästa inloggning.</translation>
    </message>
    <message>
        <source>Check your LinkedIn opt-outs</source>
        <translation>Kontrollera dina LinkedIn-avanmälningar</translation>
    </message>
    <message>
        <source>Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: it checks that both settings are still off.</source>
        <translation>Öppna guiden för LinkedIn-avanmälan (optout-wizard) och tryck på ”Kontrollera mina inställningar”: den kontrollerar att båda inställningarna fortfarande är avstängda.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>This screen's content</source>
        <translation>Innehållet på den här skärmen</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>On LinkedIn's own page: the wizard never sees your password.</source>
        <translation>På LinkedIns egen sida: guiden ser aldrig ditt lösenord.</translation>
    </message>
    <message>
        <source>Sign-in hint</source>
        <translation>Inloggningstips</translation>
    </message>
    <message>
        <source>Starting the browser that shows LinkedIn's sign-in page…</source>
        <translation>Startar webbläsaren som visar LinkedIns inloggningssida…</translation>
    </message>
    <message>
        <source>Starting the browser that shows the practice sign-in page…</source>
        <translation>Startar webbläsaren som visar övningens inloggningssida…</translation>
    </message>
    <message>
        <source>Finish signing in in the window that opened. It shows the address it is on: sign in only where you expect to.</source>
        <translation>Slutför inloggningen i fönstret som öppnades. Det visar sin adress: logga bara in där du väntar dig.</translation>
    </message>
    <message>
        <source>Ask LinkedIn for a link to set a password: type your email below. Open the link in the email, set a password, then sign in here with it.</source>
        <translation>Be LinkedIn om en länk för att skapa ett lösenord: skriv din e-postadress nedan. Öppna länken i mejlet, skapa ett lösenord och logga sedan in här med det.</translation>
    </message>
    <message>
        <source>Sign in below with your LinkedIn email and password. No password? Choose “Forgot password” on the page: LinkedIn emails you a link to set one.</source>
        <translation>Logga in nedan med din e-postadress och ditt lösenord för LinkedIn. Inget lösenord? Välj ”Glömt lösenordet” på sidan: LinkedIn mejlar dig en länk för att skapa ett.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it here.</source>
        <translation>LinkedIn vill bekräfta att det är du – slutför det här.</translation>
    </message>
    <message>
        <source>LinkedIn asks you to approve this sign-in on your phone: open the LinkedIn app and tap Yes. The wizard goes on by itself once you have.</source>
        <translation>LinkedIn ber dig godkänna inloggningen i telefonen: öppna LinkedIn-appen och tryck på ”Ja”. Guiden fortsätter av sig själv när du har gjort det.</translation>
    </message>
    <message>
        <source>LinkedIn asks for the code from your authenticator app (two-step verification). Open the app, and type the code into the page below.</source>
        <translation>LinkedIn ber om koden från din autentiseringsapp (tvåstegsverifiering). Öppna appen och skriv koden på sidan nedan.</translation>
    </message>
    <message>
        <source>LinkedIn sent a code by text message to your phone. Type it into the page below.</source>
        <translation>LinkedIn skickade en kod via sms till din telefon. Skriv in den på sidan nedan.</translation>
    </message>
    <message>
        <source>Sign in below, on the practice site's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Logga in nedan, på övningswebbplatsens egen sida. Guiden ser aldrig ditt lösenord. Den går vidare av sig själv när du har loggat in.</translation>
    </message>
    <message>
        <source>Sign in below, on LinkedIn's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Logga in nedan, på LinkedIns egen sida. Guiden ser aldrig ditt lösenord. Den går vidare av sig själv när du har loggat in.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Switch state: {state}</source>
        <translation>Brytarens läge: {state}</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>du är här</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppades över</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>återstår</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>inte klart</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Press Enter to see the picture whole.</source>
        <translation>Tryck på Retur för att se hela bilden.</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Klicka för att förstora</translation>
    </message>
    <message>
        <source>{title}: {answer}.</source>
        <translation>{title}: {answer}.</translation>
    </message>
    <message>
        <source>Taken on {date} at {time}</source>
        <translation>Tagen {date} kl. {time}</translation>
    </message>
    <message>
        <source>, on {address}</source>
        <translation>, på {address}</translation>
    </message>
    <message>
        <source>Account: {account}.</source>
        <translation>Konto: {account}.</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Verify my settings</source>
        <translation>Kontrollera mina inställningar</translation>
    </message>
    <message>
        <source>An independent check of each setting, with a picture as proof.</source>
        <translation>En oberoende kontroll av varje inställning, med en bild som bevis.</translation>
    </message>
    <message>
        <source>The check starts by itself: it opens each setting's page again, on its own, reads the switch, and keeps a picture of it as proof.</source>
        <translation>Kontrollen startar av sig själv: den öppnar varje inställnings sida igen, på egen hand, läser av reglaget och sparar en bild av det som bevis.</translation>
    </message>
    <message>
        <source>&amp;Verify my settings</source>
        <translation>&amp;Kontrollera mina inställningar</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>Avbr&amp;yt kontrollen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Avbryt kontrollen</translation>
    </message>
    <message>
        <source>&amp;Install a browser for the check</source>
        <translation>&amp;Installera en webbläsare för kontrollen</translation>
    </message>
    <message>
        <source>Install a browser for the check</source>
        <translation>Installera en webbläsare för kontrollen</translation>
    </message>
    <message>
        <source>&amp;Sign in again and check again</source>
        <translation>&amp;Logga in igen och kontrollera igen</translation>
    </message>
    <message>
        <source>Sign in again and check again</source>
        <translation>Logga in igen och kontrollera igen</translation>
    </message>
    <message>
        <source>Browser download</source>
        <translation>Hämtning av webbläsare</translation>
    </message>
    <message>
        <source>The check's progress</source>
        <translation>Kontrollens förlopp</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Sammanfattning av kontrollen</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>Startar kontrollen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Checking {n} of {count}: {title}…</source>
        <translation>Kontrollerar {n} av {count}: {title}…</translation>
    </message>
    <message>
        <source>Starting the browser for the check…</source>
        <translation>Startar webbläsaren för kontrollen…</translation>
    </message>
    <message>
        <source>Reading LinkedIn's lists of settings, to notice any it added…</source>
        <translation>Läser LinkedIns listor över inställningar för att upptäcka nya…</translation>
    </message>
    <message>
        <source>Browser: {browser}</source>
        <translation>Webbläsare: {browser}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Inte kontrollerad</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked. Press “Verify again” to start over.</source>
        <translation>Avbrutet: inget kontrollerades. Tryck på ”Kontrollera igen” för att börja om.</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>Kontrollera &amp;igen</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <source>Downloading a browser for the check (about 100 MB)…</source>
        <translation>Laddar ner en webbläsare för kontrollen (ungefär 100 MB)…</translation>
    </message>
    <message>
        <source>Press “Verify again”.</source>
        <translation>Tryck på ”Kontrollera igen”.</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <source>The check could not run: {why}</source>
        <translation>Kontrollen kunde inte köras: {why}</translation>
    </message>
</context>
<context>
    <name>WebSession</name>
    <message>
        <source>The page offered a file to download; the wizard does not download files.</source>
        <translation>Sidan erbjöd en fil att hämta; guiden hämtar inga filer.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>What the later check found</source>
        <translation>Vad den senare kontrollen hittade</translation>
    </message>
    <message>
        <source>LinkedIn uses your data to train AI and shares it for ads unless you switch this off. The wizard takes you to each switch, tells you when it is off, and checks again on its own, with a picture as proof.</source>
        <translation>LinkedIn använder dina uppgifter för att träna AI och delar dem för annonser om du inte stänger av det. Guiden tar dig till varje reglage, säger när det är av och kontrollerar igen på egen hand, med en bild som bevis.</translation>
    </message>
    <message>
        <source>What the wizard is for</source>
        <translation>Vad guiden är till för</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into LinkedIn's own page.</source>
        <translation>Den ser aldrig ditt lösenord: du skriver det på LinkedIns egen sida.</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into the practice page.</source>
        <translation>Den ser aldrig ditt lösenord: du skriver det på övningssidan.</translation>
    </message>
    <message>
        <source>It keeps nothing, unless you ask it to remember you; then only in your computer's password store (its keyring).</source>
        <translation>Den sparar ingenting om du inte ber den komma ihåg dig; då bara i datorns lösenordsförråd (dess nyckelring).</translation>
    </message>
    <message>
        <source>It checks each setting again on its own and keeps a picture as proof.</source>
        <translation>Den kontrollerar varje inställning igen på egen hand och sparar en bild som bevis.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Fler alternativ</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Fler alternativ</translation>
    </message>
    <message>
        <source>The privacy signal, related settings you can add, and LinkedIn's objection form.</source>
        <translation>Integritetssignalen, relaterade inställningar som du kan lägga till och LinkedIns invändningsformulär.</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my &amp;data</source>
        <translation>Be också LinkedIn att inte dela eller sälja mina &amp;uppgifter</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my data</source>
        <translation>Be också LinkedIn att inte dela eller sälja mina uppgifter</translation>
    </message>
    <message>
        <source>The wizard's browser sends the standard privacy signal for this (Global Privacy Control). LinkedIn says it opts members in the US out of data sharing. It is never taken as proof: every switch is still read.</source>
        <translation>Guidens webbläsare skickar den vanliga integritetssignalen för detta (Global Privacy Control). LinkedIn säger att medlemmar i USA då avstår från datadelning. Den räknas aldrig som bevis: varje reglage läses ändå.</translation>
    </message>
    <message>
        <source>While the wizard was closed: {what}</source>
        <translation>Medan guiden var stängd: {what}</translation>
    </message>
    <message>
        <source>Switch off {count} LinkedIn settings, and prove they stay off</source>
        <translation>Stäng av {count} LinkedIn-inställningar och bevisa att de förblir av</translation>
    </message>
    <message>
        <source>About {minutes} minutes. You stay in charge of every change.</source>
        <translation>Ungefär {minutes} minuter. Du bestämmer över varje ändring.</translation>
    </message>
    <message>
        <source>Related settings you may add (optional; each adds a step of about two minutes)</source>
        <translation>Relaterade inställningar som du kan lägga till (valfritt; varje lägger till ett steg på ungefär två minuter)</translation>
    </message>
    <message>
        <source>Also &amp;object to LinkedIn's other uses of my data for AI</source>
        <translation>&amp;Invänd också mot LinkedIns andra användning av mina data för AI</translation>
    </message>
    <message>
        <source>Also object to LinkedIn's other uses of my data for AI</source>
        <translation>Invänd också mot LinkedIns andra användning av mina data för AI</translation>
    </message>
    <message>
        <source>LinkedIn decides; it answers by e-mail.</source>
        <translation>LinkedIn avgör; svaret kommer via e-post.</translation>
    </message>
    <message>
        <source>After the check, the wizard shows LinkedIn's Data Processing Objection form, with a text you can copy; you fill it in and send it yourself, and the wizard keeps LinkedIn's confirmation as proof.</source>
        <translation>Efter kontrollen visar guiden LinkedIns formulär för invändning mot databehandling, med en text som du kan kopiera; du fyller i och skickar det själv, och guiden sparar bekräftelsen från LinkedIn som bevis.</translation>
    </message>
    <message>
        <source>Beyond the switches</source>
        <translation>Utöver reglagen</translation>
    </message>
    <message>
        <source>Also switch off: {title}</source>
        <translation>Stäng också av: {title}</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Det här avstår du från: {loses}</translation>
    </message>
    <message>
        <source>The wizard's shield</source>
        <translation>Guidens sköld</translation>
    </message>
</context>
</TS>
