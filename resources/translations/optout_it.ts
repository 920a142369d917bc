<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the LinkedIn opt-out wizard</source>
        <translation>Informazioni sulla procedura di opt-out di LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Procedura guidata di opt-out LinkedIn</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versione {version}</translation>
    </message>
    <message>
        <source>An independent tool: it is not made, endorsed or supported by LinkedIn or Microsoft.</source>
        <translation>Uno strumento indipendente: non è realizzato, approvato né supportato da LinkedIn o Microsoft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It never sees your password and keeps nothing unless you ask, and then only in your computer's password store.&lt;/p&gt;&lt;p&gt;Free software: you may use, study, share and change it under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;List of settings: version {catalog}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Non vede mai la tua password e non conserva nulla se non lo chiedi, e in quel caso solo nel portachiavi del tuo computer.&lt;/p&gt;&lt;p&gt;Software libero: puoi usarlo, studiarlo, condividerlo e modificarlo secondo la GNU General Public License, versione 3 o successiva.&lt;/p&gt;&lt;p&gt;Elenco delle impostazioni: versione {catalog}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Informazioni su questa app</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>Help: open the guide in your web browser</source>
        <translation>Guida: apri la guida nel tuo browser</translation>
    </message>
    <message>
        <source>&amp;Source code</source>
        <translation>Codice &amp;sorgente</translation>
    </message>
    <message>
        <source>Source code: open the project's page in your web browser</source>
        <translation>Codice sorgente: apri la pagina del progetto nel tuo browser</translation>
    </message>
    <message>
        <source>&amp;Check for a newer list of settings</source>
        <translation>&amp;Cerca un elenco di impostazioni più recente</translation>
    </message>
    <message>
        <source>Check for a newer list of settings</source>
        <translation>Cerca un elenco di impostazioni più recente</translation>
    </message>
    <message>
        <source>Update of the list of settings</source>
        <translation>Aggiornamento dell’elenco delle impostazioni</translation>
    </message>
    <message>
        <source>Checking for a newer list of settings…</source>
        <translation>Ricerca di un elenco di impostazioni più recente…</translation>
    </message>
    <message>
        <source>List of settings {version} is installed. Restart the wizard to use it.</source>
        <translation>L’elenco delle impostazioni {version} è installato. Riavvia la procedura guidata per usarlo.</translation>
    </message>
    <message>
        <source>{why} The list of settings in use stays.</source>
        <translation>{why} Resta in uso l’elenco delle impostazioni attuale.</translation>
    </message>
</context>
<context>
    <name>BrowserInstaller</name>
    <message>
        <source>The browser for the check is installed.</source>
        <translation>Il browser per la verifica è installato.</translation>
    </message>
    <message>
        <source>The browser could not be installed{detail}. Check your internet connection, or install Google Chrome or Chromium.</source>
        <translation>Non è stato possibile installare il browser{detail}. Controlla la connessione a Internet oppure installa Google Chrome o Chromium.</translation>
    </message>
    <message>
        <source>The installer could not start.</source>
        <translation>Non è stato possibile avviare il programma di installazione.</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>LinkedIn page</source>
        <translation>Pagina di LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's own page, shown inside the wizard. The wizard never reads your password.</source>
        <translation>La pagina di LinkedIn stessa, mostrata nella procedura guidata. La procedura non legge mai la tua password.</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Caricamento della pagina</translation>
    </message>
    <message>
        <source>Note about the page</source>
        <translation>Nota sulla pagina</translation>
    </message>
    <message>
        <source>Page problem</source>
        <translation>Problema con la pagina</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>Ricarica la pagina</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>errore di rete</translation>
    </message>
    <message>
        <source>The page could not be loaded ({why}).</source>
        <translation>Non è stato possibile caricare la pagina ({why}).</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {code}).</source>
        <translation>LinkedIn ha risposto con un errore (HTTP {code}).</translation>
    </message>
    <message>
        <source>LinkedIn is taking too long to answer.</source>
        <translation>LinkedIn impiega troppo tempo a rispondere.</translation>
    </message>
    <message>
        <source>The page stopped working.</source>
        <translation>La pagina ha smesso di funzionare.</translation>
    </message>
    <message>
        <source>Check your internet connection, then press Retry.</source>
        <translation>Controlla la connessione a Internet, poi premi «Riprova».</translation>
    </message>
    <message>
        <source>That link leads away from {site}: it was opened in your web browser ({where}).</source>
        <translation>Quel link porta fuori da {site}: è stato aperto nel tuo browser ({where}).</translation>
    </message>
</context>
<context>
    <name>Browsers</name>
    <message>
        <source>The browser for the check could not start its sandbox (the wall that keeps web pages away from the rest of your computer), so nothing was checked; the app never runs a browser without it. This happens in containers and chroots, and on Ubuntu 24.04 or later when the app was not installed from its .deb package, which allows the sandbox. Install the app from its package, or run it on the computer itself rather than in a container.</source>
        <translation>Il browser del controllo non ha potuto avviare la sua sandbox (la parete che tiene le pagine web lontane dal resto del computer), quindi non è stato controllato nulla; l'app non avvia mai un browser senza. Succede nei container e nei chroot, e su Ubuntu 24.04 o successivi quando l'app non è stata installata dal suo pacchetto .deb, che consente la sandbox. Installa l'app dal suo pacchetto, oppure avviala direttamente sul computer e non in un container.</translation>
    </message>
    <message>
        <source>The browser for the check ({browser}) did not start within {seconds} seconds, so nothing was checked. Close programs you do not need and check again; if it keeps happening, restart the computer.</source>
        <translation>Il browser per la verifica ({browser}) non si è avviato entro {seconds} secondi, quindi non è stato verificato nulla. Chiudi i programmi che non ti servono e verifica di nuovo; se succede ancora, riavvia il computer.</translation>
    </message>
    <message>
        <source>No browser for the check was found. Install Chromium's headless shell (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or Chromium, or let the app download one (in the app: Verify → Install a browser for the check; in a terminal: optout-wizard install-browser), or set OPTOUT_BROWSER to a Chromium-family browser's program file.</source>
        <translation>Nessun browser trovato per il controllo. Installa la shell headless di Chromium (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge o Chromium, lascia che l’app ne scarichi uno (nell’app: Verifica → Installa un browser per il controllo; in un terminale: optout-wizard install-browser) oppure imposta OPTOUT_BROWSER sul programma di un browser della famiglia Chromium.</translation>
    </message>
    <message>
        <source>{name} is set to {path}, but there is no such file.</source>
        <translation>{name} è impostato su {path}, ma quel file non esiste.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Updates to the list of settings come over https only, not from {url}.</source>
        <translation>Gli aggiornamenti dell’elenco delle impostazioni arrivano solo via https, non da {url}.</translation>
    </message>
    <message>
        <source>The newer list of settings could not be fetched ({why}).</source>
        <translation>Non è stato possibile scaricare l’elenco delle impostazioni più recente ({why}).</translation>
    </message>
    <message>
        <source>The fetched list of settings is too large.</source>
        <translation>L’elenco delle impostazioni scaricato è troppo grande.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not signed with the project's key: it was not used.</source>
        <translation>L’elenco delle impostazioni scaricato non è firmato con la chiave del progetto: non è stato usato.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not valid: {why}</source>
        <translation>L’elenco delle impostazioni scaricato non è valido: {why}</translation>
    </message>
    <message>
        <source>The fetched list of settings ({new}) is not newer than the one in use ({old}).</source>
        <translation>L’elenco delle impostazioni scaricato ({new}) non è più recente di quello in uso ({old}).</translation>
    </message>
    <message>
        <source>The list of settings could not be stored in {folder}: {why}.</source>
        <translation>Non è stato possibile salvare l’elenco delle impostazioni in {folder}: {why}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The page could not be read (the check returned nothing).</source>
        <translation>Non è stato possibile leggere la pagina (la verifica non ha restituito nulla).</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again: the session has ended. Sign in, then check again.</source>
        <translation>LinkedIn ha chiesto di accedere di nuovo: la sessione è scaduta. Accedi, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you (a code or a puzzle). Open the wizard and finish it there, then check again.</source>
        <translation>LinkedIn vuole confermare che sei tu (un codice o un rompicapo). Apri la procedura guidata, completalo lì, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>The only switch on this setting's own page is off. It carries no name that says which setting it is, so this is the weakest kind of match: look at the picture to be sure.</source>
        <translation>L’unico interruttore nella pagina di questa impostazione è disattivato. Non porta alcun nome che dica di quale impostazione si tratti, quindi è la corrispondenza più debole: guarda l’immagine per esserne sicuro.</translation>
    </message>
    <message>
        <source>The switch “{label}” is off.</source>
        <translation>L’interruttore «{label}» è disattivato.</translation>
    </message>
    <message>
        <source>The switch “{label}” is on: LinkedIn still uses your data for this. Switch it off, then check again.</source>
        <translation>L’interruttore «{label}» è attivo: LinkedIn usa ancora i tuoi dati per questo. Disattivalo, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>Found the switch “{label}” but could not tell whether it is on or off. Open the page and look at it yourself.</source>
        <translation>L’interruttore «{label}» è stato trovato, ma non è stato possibile capire se è attivo o no. Apri la pagina e controlla tu stesso.</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region, so there is nothing to switch off here.</source>
        <translation>LinkedIn indica che questa impostazione non è offerta per il tuo account o la tua area geografica, quindi qui non c’è nulla da disattivare.</translation>
    </message>
    <message>
        <source>LinkedIn's page was still loading after {seconds} seconds, so nothing was read. Check again in a moment.</source>
        <translation>La pagina di LinkedIn stava ancora caricando dopo {seconds} secondi, quindi non è stato letto nulla. Verifica di nuovo tra un momento.</translation>
    </message>
    <message>
        <source>The page finished loading and has no such switch: LinkedIn may have moved it. Check by hand through the menus: {route}.</source>
        <translation>La pagina ha finito di caricare e non ha questo interruttore: LinkedIn potrebbe averlo spostato. Verifica a mano dai menu: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn words it a little differently from what the wizard knows.</source>
        <translation>LinkedIn lo formula in modo un po’ diverso da come lo conosce la procedura guidata.</translation>
    </message>
    <message>
        <source>The switch has no name of its own: it was recognised by its description.</source>
        <translation>L’interruttore non ha un nome proprio: è stato riconosciuto dalla sua descrizione.</translation>
    </message>
    <message>
        <source>The page has finished, but its switch has no name at all, so the wizard cannot tell which setting it is. Open the page and look at it yourself.</source>
        <translation>La pagina è pronta, ma il suo interruttore non ha alcun nome, quindi la procedura guidata non può capire di quale impostazione si tratti. Apri la pagina e controlla tu stesso.</translation>
    </message>
    <message>
        <source>the switch was still greyed out</source>
        <translation>l’interruttore era ancora disattivato in grigio</translation>
    </message>
    <message>
        <source>the page still showed it as loading</source>
        <translation>la pagina lo mostrava ancora in caricamento</translation>
    </message>
    <message>
        <source>the switch was not shown yet</source>
        <translation>l’interruttore non era ancora visibile</translation>
    </message>
    <message>
        <source>it was still changing</source>
        <translation>stava ancora cambiando</translation>
    </message>
    <message>
        <source>The page did not finish loading: {why}. Nothing was read as on or off; check again in a moment.</source>
        <translation>La pagina non ha finito di caricarsi: {why}. Nulla è stato letto come attivo o disattivo; controlla di nuovo tra un momento.</translation>
    </message>
    <message>
        <source>No LinkedIn session: sign in first, then check.</source>
        <translation>Nessuna sessione LinkedIn: accedi prima, poi verifica.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>LinkedIn non ha risposto entro {seconds} secondi. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings: the browser did not answer in time.</source>
        <translation>Impossibile elencare le impostazioni di LinkedIn: il browser non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings at {url}: {why}</source>
        <translation>Impossibile elencare le impostazioni di LinkedIn su {url}: {why}</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}).</source>
        <translation>LinkedIn ha risposto con un errore (HTTP {status}).</translation>
    </message>
    <message>
        <source>the page gave no answer.</source>
        <translation>la pagina non ha dato risposta.</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again.</source>
        <translation>LinkedIn ha chiesto di accedere di nuovo.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check.</source>
        <translation>LinkedIn ha chiesto un controllo di sicurezza.</translation>
    </message>
    <message>
        <source>the page was still loading when time was up.</source>
        <translation>la pagina stava ancora caricando allo scadere del tempo.</translation>
    </message>
    <message>
        <source>The setting's page is gone (HTTP {status}). LinkedIn may have moved it: check by hand through the menus: {route}.</source>
        <translation>La pagina dell’impostazione non c’è più (HTTP {status}). LinkedIn potrebbe averla spostata: controlla a mano tramite i menu: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}). Try again later.</source>
        <translation>LinkedIn ha risposto con un errore (HTTP {status}). Riprova più tardi.</translation>
    </message>
    <message>
        <source>Something on the page (such as a cookie notice) covered the switch; it was set aside for the picture.</source>
        <translation>Qualcosa nella pagina (come un avviso sui cookie) copriva l’interruttore; è stato messo da parte per l’immagine.</translation>
    </message>
    <message>
        <source>The picture {path} could not be saved: {why}.</source>
        <translation>Impossibile salvare l’immagine {path}: {why}.</translation>
    </message>
    <message>
        <source>The browser for the check stopped working, so nothing more was checked. Check again.</source>
        <translation>Il browser per la verifica ha smesso di funzionare, quindi non è stato verificato altro. Verifica di nuovo.</translation>
    </message>
    <message>
        <source>LinkedIn ended the session when the check opened the page. Sign in again, then check again.</source>
        <translation>LinkedIn ha chiuso la sessione quando la verifica ha aperto la pagina. Accedi di nuovo, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connessione è stata rifiutata</translation>
    </message>
    <message>
        <source>its name could not be looked up</source>
        <translation>non è stato possibile risolverne il nome</translation>
    </message>
    <message>
        <source>this computer is offline</source>
        <translation>questo computer è offline</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>la connessione è stata interrotta</translation>
    </message>
    <message>
        <source>the network changed while it loaded</source>
        <translation>la rete è cambiata durante il caricamento</translation>
    </message>
    <message>
        <source>it could not be reached from here</source>
        <translation>non è raggiungibile da qui</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>non ha risposto in tempo</translation>
    </message>
    <message>
        <source>its security certificate was not valid</source>
        <translation>il suo certificato di sicurezza non era valido</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>non è stato possibile stabilire una connessione sicura</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>il proxy ha rifiutato la connessione</translation>
    </message>
    <message>
        <source>{host} kept sending the browser from one address to another, and the page never opened. Try again later; if it keeps happening, sign in again in the wizard.</source>
        <translation>{host} ha continuato a rimandare il browser da un indirizzo all’altro e la pagina non si è mai aperta. Riprova più tardi; se succede ancora, accedi di nuovo nella procedura guidata.</translation>
    </message>
    <message>
        <source>Could not reach {host}: {why}. Check your internet connection and try again.</source>
        <translation>Impossibile raggiungere {host}: {why}. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>Could not open the page on {host} (the browser said {code}). Check your internet connection and try again.</source>
        <translation>Impossibile aprire la pagina su {host} (il browser ha indicato {code}). Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your internet connection and try again.</source>
        <translation>{host} non ha risposto in tempo. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>The browser for the check stopped answering before the setting was read. Check again.</source>
        <translation>Il browser per la verifica ha smesso di rispondere prima che l’impostazione fosse letta. Verifica di nuovo.</translation>
    </message>
    <message>
        <source>The browser page crashed while reading the setting. Check again.</source>
        <translation>La pagina del browser si è bloccata durante la lettura dell’impostazione. Verifica di nuovo.</translation>
    </message>
    <message>
        <source>The browser closed before the setting could be read. Check again.</source>
        <translation>Il browser si è chiuso prima che l’impostazione potesse essere letta. Verifica di nuovo.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;ettagli</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Mostra i dettagli</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>What was done, your proof, and what comes next.</source>
        <translation>Cosa è stato fatto, la tua prova e cosa viene dopo.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>LinkedIn can turn such switches back on or add new ones: run the wizard again now and then to check.</source>
        <translation>LinkedIn può riattivare questi interruttori o aggiungerne di nuovi: esegui di nuovo la procedura ogni tanto per controllare.</translation>
    </message>
    <message>
        <source>Changes to ad settings may take LinkedIn up to 24 hours to apply.</source>
        <translation>LinkedIn può impiegare fino a 24 ore per applicare le modifiche alle impostazioni pubblicitarie.</translation>
    </message>
    <message>
        <source>The switch covers AI that &lt;i&gt;creates content&lt;/i&gt;. For LinkedIn's other uses of your data for AI, you can object with LinkedIn's &lt;a href="{url}"&gt;Data Processing Objection form&lt;/a&gt;.</source>
        <translation>L’interruttore riguarda l’IA che &lt;i&gt;crea contenuti&lt;/i&gt;. Per gli altri usi dei tuoi dati per l’IA da parte di LinkedIn, puoi opporti con il &lt;a href="{url}"&gt;modulo di opposizione al trattamento dei dati&lt;/a&gt; di LinkedIn.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Passi successivi</translation>
    </message>
    <message>
        <source>Accounts done earlier in this run</source>
        <translation>Account già completati in questa sessione</translation>
    </message>
    <message>
        <source>Do this for &amp;another account</source>
        <translation>Ripeti per un &amp;altro account</translation>
    </message>
    <message>
        <source>Do this for another account</source>
        <translation>Ripeti per un altro account</translation>
    </message>
    <message>
        <source>Starts again with a fresh browser profile, to sign in with another LinkedIn account. The results of this account stay on this screen.</source>
        <translation>Ricomincia con un profilo del browser nuovo, per accedere con un altro account LinkedIn. I risultati di questo account restano in questa schermata.</translation>
    </message>
    <message>
        <source>Your proof</source>
        <translation>La tua prova</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non verificato</translation>
    </message>
    <message>
        <source>(you skipped this step)</source>
        <translation>(hai saltato questo passaggio)</translation>
    </message>
    <message>
        <source>Every setting LinkedIn offers you is off, and the check confirmed it.</source>
        <translation>Ogni impostazione che LinkedIn ti offre è disattivata, e il controllo lo ha confermato.</translation>
    </message>
    <message>
        <source>Every setting is off, and the check confirmed it.</source>
        <translation>Tutte le impostazioni sono disattivate e la verifica lo ha confermato.</translation>
    </message>
    <message>
        <source>Send an ob&amp;jection…</source>
        <translation>In&amp;via un’opposizione…</translation>
    </message>
    <message>
        <source>Send it a&amp;gain…</source>
        <translation>Invia di nuo&amp;vo…</translation>
    </message>
    <message>
        <source>Not everything is off yet: see below, or go Back and press “Fix this”.</source>
        <translation>Non è ancora tutto disattivato: vedi sotto, oppure torna indietro e premi «Correggi».</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Account: {name}</translation>
    </message>
    <message>
        <source>{title}: {state}, the picture</source>
        <translation>{title}: {state}, l’immagine</translation>
    </message>
    <message>
        <source>the account signed in</source>
        <translation>l’account con cui hai effettuato l’accesso</translation>
    </message>
    <message>
        <source>Read on {where} on {when}, for {whose}.</source>
        <translation>Letto su {where} il {when}, per {whose}.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Opposizione al trattamento dei dati</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Immagine della conferma di LinkedIn</translation>
    </message>
    <message>
        <source>Opens LinkedIn's Data Processing Objection form in the wizard.</source>
        <translation>Apre nella procedura guidata il modulo di LinkedIn per l’opposizione al trattamento dei dati.</translation>
    </message>
    <message>
        <source>The switch covers only AI that creates content. For LinkedIn's other uses of your data for AI you can object with LinkedIn's form; the wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn decides; it answers by e-mail.</source>
        <translation>L’interruttore riguarda solo l’IA che crea contenuti. Per gli altri usi dei tuoi dati per l’IA da parte di LinkedIn puoi opporti con il modulo di LinkedIn; la procedura guidata lo mostra e conserva la conferma di LinkedIn come prova. LinkedIn decide; risponde via email.</translation>
    </message>
    <message>
        <source>It was sent over a year ago. LinkedIn's uses of data change: you may send it again.</source>
        <translation>È stata inviata più di un anno fa. LinkedIn cambia gli usi dei dati: puoi inviarla di nuovo.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nome non mostrato)</translation>
    </message>
    <message>
        <source>Save its report…</source>
        <translation>Salva il suo rapporto…</translation>
    </message>
    <message>
        <source>Done earlier in this run</source>
        <translation>Già fatto in questa sessione</translation>
    </message>
</context>
<context>
    <name>GuardedPage</name>
    <message>
        <source>The page's link to {where} was not opened: the wizard opens only web (https) and e-mail links.</source>
        <translation>Il link della pagina a {where} non è stato aperto: la procedura apre solo link web (https) ed e-mail.</translation>
    </message>
    <message>
        <source>This sign-in page is not secure (no https), so the wizard does not open it: {host}. Sign in another way.</source>
        <translation>Questa pagina di accesso non è sicura (niente https), quindi la procedura guidata non la apre: {host}. Accedi in un altro modo.</translation>
    </message>
    <message>
        <source>The page tried to open {where}; it was stopped.</source>
        <translation>La pagina ha provato ad aprire {where}; è stato impedito.</translation>
    </message>
    <message>
        <source>The page tried to open a new window; the wizard keeps to one.</source>
        <translation>La pagina ha provato ad aprire una nuova finestra; la procedura ne usa una sola.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{symbol} {summary} Checked just now.</source>
        <translation>{symbol} {summary} Controllato proprio ora.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{title}: was {before} on {date}, now {after}</source>
        <translation>{title}: era {before} il {date}, ora {after}</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {why}.</source>
        <translation>Impossibile leggere il file della cronologia {path}: {why}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read or moved: {why}.</source>
        <translation>Non è stato possibile leggere o spostare il file della cronologia {path}: {why}.</translation>
    </message>
    <message>
        <source>Some lines of the history file were damaged; they were kept as {name} and the rest of the history was kept.</source>
        <translation>Alcune righe del file della cronologia erano danneggiate; sono state conservate come {name} e il resto della cronologia è stato mantenuto.</translation>
    </message>
    <message>
        <source>The result could not be added to the history: {why}</source>
        <translation>Non è stato possibile aggiungere il risultato alla cronologia: {why}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The sign-in page tried to open yet another window.</source>
        <translation>La pagina di accesso ha provato ad aprire un’altra finestra ancora.</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Indirizzo della pagina di accesso</translation>
    </message>
    <message>
        <source>About this sign-in page</source>
        <translation>Informazioni su questa pagina di accesso</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Pagina di accesso</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Cancel signing in this way</source>
        <translation>Annulla questo modo di accedere</translation>
    </message>
    <message>
        <source>This sign-in service refused the wizard</source>
        <translation>Questo servizio di accesso ha rifiutato la procedura guidata</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn &amp;password</source>
        <translation>Accedi con la mia &amp;password di LinkedIn</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn password</source>
        <translation>Accedi con la mia password di LinkedIn</translation>
    </message>
    <message>
        <source>I have no password: &amp;set one…</source>
        <translation>Non ho una password: &amp;impostarne una…</translation>
    </message>
    <message>
        <source>I have no LinkedIn password: ask LinkedIn for a link to set one</source>
        <translation>Non ho una password di LinkedIn: chiedi a LinkedIn un link per impostarne una</translation>
    </message>
    <message>
        <source>This sign-in service</source>
        <translation>Questo servizio di accesso</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host} will not sign you in here.&lt;/b&gt; It refuses browsers that are built into other apps, as this window is. You have not done anything wrong.</source>
        <translation>&lt;b&gt;{host} non ti farà accedere qui.&lt;/b&gt; Rifiuta i browser integrati in altre app, come questa finestra. Non hai sbagliato niente.</translation>
    </message>
    <message>
        <source>What works instead:</source>
        <translation>Cosa funziona invece:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your LinkedIn email and password&lt;/b&gt;, on LinkedIn's page in the wizard.</source>
        <translation>&lt;b&gt;La tua email e la tua password di LinkedIn&lt;/b&gt;, sulla pagina di LinkedIn nella procedura guidata.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No LinkedIn password?&lt;/b&gt; If you always signed in with Google, LinkedIn can email you a link to set one (“Forgot password”).</source>
        <translation>&lt;b&gt;Nessuna password di LinkedIn?&lt;/b&gt; Se hai sempre effettuato l’accesso con Google, LinkedIn può inviarti via email un link per impostarne una («Password dimenticata»).</translation>
    </message>
    <message>
        <source>&lt;b&gt;A passkey&lt;/b&gt;, if you made one for LinkedIn.</source>
        <translation>&lt;b&gt;Una passkey&lt;/b&gt;, se ne hai creata una per LinkedIn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another way&lt;/b&gt; LinkedIn offers, such as Apple or Microsoft.</source>
        <translation>&lt;b&gt;Un altro modo&lt;/b&gt; offerto da LinkedIn, come Apple o Microsoft.</translation>
    </message>
    <message>
        <source>{host} is not a sign-in service the wizard knows. Go on only if you expected it, for example your company's own sign-in page.</source>
        <translation>{host} non è un servizio di accesso noto alla procedura guidata. Continua solo se te lo aspettavi, per esempio la pagina di accesso della tua azienda.</translation>
    </message>
    <message>
        <source>{host}, over a secure connection</source>
        <translation>{host}, tramite una connessione sicura</translation>
    </message>
    <message>
        <source>{host}, not secure</source>
        <translation>{host}, non sicura</translation>
    </message>
    <message>
        <source>Address of the sign-in page: {address}</source>
        <translation>Indirizzo della pagina di accesso: {address}</translation>
    </message>
    <message>
        <source>Sign-in page at {host}</source>
        <translation>Pagina di accesso su {host}</translation>
    </message>
    <message>
        <source>Not secure: {host} was not opened, because it does not use an encrypted connection (https). Cancel, and sign in another way.</source>
        <translation>Non sicuro: {host} non è stato aperto perché non usa una connessione cifrata (https). Annulla e accedi in un altro modo.</translation>
    </message>
    <message>
        <source>This is {site}'s answer to the sign-in. Read it, then close this window to go on signing in.</source>
        <translation>Questa è la risposta di {site} all’accesso. Leggila, poi chiudi questa finestra per continuare ad accedere.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;hiudi</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Chiudi questa finestra</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, the Keychain on macOS, or Windows Credential Manager.</source>
        <translation>Configura l’archivio password del tuo computer: GNOME Keyring o KDE Wallet su Linux, il Portachiavi su macOS o Gestione credenziali di Windows.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Non è stato letto nulla.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Non è stato eliminato nulla.</translation>
    </message>
    <message>
        <source>Your computer's password store could not be opened.</source>
        <translation>Non è stato possibile aprire l’archivio password del tuo computer.</translation>
    </message>
    <message>
        <source>No password store on this computer keeps secrets safely.</source>
        <translation>Nessun archivio password di questo computer conserva i segreti in modo sicuro.</translation>
    </message>
    <message>
        <source>The password store in use does not keep secrets safely.</source>
        <translation>L’archivio password in uso non conserva i segreti in modo sicuro.</translation>
    </message>
    <message>
        <source>Your password store is locked and was not unlocked.</source>
        <translation>Il tuo archivio password è bloccato e non è stato sbloccato.</translation>
    </message>
    <message>
        <source>This computer has no password store in use.</source>
        <translation>Su questo computer non è in uso alcun archivio password.</translation>
    </message>
    <message>
        <source>Your password store refused.</source>
        <translation>Il tuo archivio password ha rifiutato.</translation>
    </message>
    <message>
        <source>The session remembered for {name} is damaged: sign in again (in the wizard, with “Remember me”, or: optout-wizard verify --sign-in --remember).</source>
        <translation>La sessione memorizzata per {name} è danneggiata: accedi di nuovo (nella procedura guidata, con «Ricordami», oppure: optout-wizard verify --sign-in --remember).</translation>
    </message>
    <message>
        <source>The app's data folder could not be used to keep the list of accounts in order ({why}).</source>
        <translation>Non è stato possibile usare la cartella dei dati dell’app per tenere in ordine l’elenco degli account ({why}).</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store is damaged, and this password store cannot be searched to make it again. Sign in again with “Remember me” for each account.</source>
        <translation>L’elenco degli account memorizzati nel tuo archivio password è danneggiato, e in questo archivio non si può cercare per ricostruirlo. Accedi di nuovo con «Ricordami» per ogni account.</translation>
    </message>
    <message>
        <source>This password store cannot be searched, so the app cannot find every entry it wrote. Forget each site's sessions instead (optout-wizard forget).</source>
        <translation>In questo archivio password non si può cercare, quindi l’app non può trovare tutte le voci che ha scritto. Dimentica invece le sessioni di ogni sito (optout-wizard forget).</translation>
    </message>
    <message>
        <source>{doing}… (your computer may ask you to unlock its password store)</source>
        <translation>{doing}… (il computer potrebbe chiederti di sbloccare il suo archivio password)</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nome non mostrato)</translation>
    </message>
</context>
<context>
    <name>Later</name>
    <message>
        <source>Unlock it (it unlocks when you log in) and the check runs again at your next login.</source>
        <translation>Sbloccalo (si sblocca quando accedi al computer) e la verifica verrà ripetuta al tuo prossimo accesso.</translation>
    </message>
    <message>
        <source>Unlock it (it unlocks when you log in), then check again.</source>
        <translation>Sbloccalo (si sblocca quando accedi al computer), poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>Your keyring is locked: the remembered session in your computer's password store could not be read, so nothing was checked.</source>
        <translation>Il tuo portachiavi è bloccato: non è stato possibile leggere la sessione memorizzata nell’archivio password del computer, quindi non è stato verificato nulla.</translation>
    </message>
    <message>
        <source>No password store the app can use was found on this computer, so no remembered session could be read and nothing was checked. {get_one} Then sign in once in the wizard with “Remember me”.</source>
        <translation>Su questo computer non è stato trovato alcun archivio password utilizzabile dall’app, quindi non è stato possibile leggere alcuna sessione memorizzata e non è stato verificato nulla. {get_one} Poi accedi una volta nella procedura guidata con «Ricordami».</translation>
    </message>
    <message>
        <source>Could not read the remembered sessions: {why}</source>
        <translation>Impossibile leggere le sessioni memorizzate: {why}</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store was damaged; it was made again from the sessions the store holds.</source>
        <translation>L’elenco degli account memorizzati nel tuo archivio password era danneggiato; è stato ricostruito dalle sessioni che contiene.</translation>
    </message>
    <message>
        <source>What this check found could not be kept for the wizard: {why}</source>
        <translation>Il risultato di questa verifica non è stato salvato per la procedura guidata: {why}</translation>
    </message>
</context>
<context>
    <name>LaterChecks</name>
    <message>
        <source>Later checks</source>
        <translation>Verifiche successive</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer, for later checks</source>
        <translation>&amp;Ricordami su questo computer, per le verifiche successive</translation>
    </message>
    <message>
        <source>Remember me on this computer, for later checks</source>
        <translation>Ricordami su questo computer, per le verifiche successive</translation>
    </message>
    <message>
        <source>From a terminal, the same check: optout-wizard verify</source>
        <translation>Lo stesso controllo da un terminale: optout-wizard verify</translation>
    </message>
    <message>
        <source>F&amp;orget me</source>
        <translation>Dimenti&amp;cami</translation>
    </message>
    <message>
        <source>Forget me: delete the remembered session</source>
        <translation>Dimenticami: elimina la sessione memorizzata</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session, never your password, in your computer's password store.</source>
        <translation>Conserva la tua sessione LinkedIn, mai la password, nell’archivio password del tuo computer.</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session (never your password) in your computer's password store (its keyring), so the check can run again later without signing in. Nothing is kept anywhere else.</source>
        <translation>Conserva la tua sessione LinkedIn (mai la password) nell’archivio password del tuo computer (il suo portachiavi), così il controllo può ripetersi più tardi senza accedere. Nient’altro viene conservato altrove.</translation>
    </message>
    <message>
        <source>Password store status</source>
        <translation>Stato dell’archivio password</translation>
    </message>
    <message>
        <source>Check again every &amp;month</source>
        <translation>Verifica di nuovo ogni &amp;mese</translation>
    </message>
    <message>
        <source>Check again every month</source>
        <translation>Verifica di nuovo ogni mese</translation>
    </message>
    <message>
        <source>Runs the check once a month and shows a notification if a setting is not off. Needs the session remembered.</source>
        <translation>Esegue la verifica una volta al mese e mostra una notifica se un’impostazione non è disattivata. Richiede che la sessione sia memorizzata.</translation>
    </message>
    <message>
        <source>Check again &amp;tomorrow</source>
        <translation>Verifica di nuovo &amp;domani</translation>
    </message>
    <message>
        <source>Check again tomorrow</source>
        <translation>Verifica di nuovo domani</translation>
    </message>
    <message>
        <source>LinkedIn says changes to ad settings may take up to 24 hours: checks once more a day from now. Needs the session remembered.</source>
        <translation>Secondo LinkedIn, le modifiche alle impostazioni pubblicitarie possono richiedere fino a 24 ore: verifica ancora una volta tra un giorno. Richiede che la sessione sia memorizzata.</translation>
    </message>
    <message>
        <source>Greyed out until you tick “Remember me” above: the later check signs in with the remembered session.</source>
        <translation>Disattivato finché non spunti «Ricordami» qui sopra: il controllo successivo accede con la sessione ricordata.</translation>
    </message>
    <message>
        <source>Monthly check status</source>
        <translation>Stato della verifica mensile</translation>
    </message>
    <message>
        <source>Nothing was remembered for this account in this run.</source>
        <translation>Non è stato memorizzato nulla per questo account in questa sessione.</translation>
    </message>
    <message>
        <source>Nothing to remember: you are not signed in.</source>
        <translation>Niente da memorizzare: non hai effettuato l’accesso.</translation>
    </message>
    <message>
        <source>Remembering</source>
        <translation>Memorizzazione</translation>
    </message>
    <message>
        <source>Remembered in your computer's password store. “Forget me” deletes it again.</source>
        <translation>Ricordato nell’archivio password del tuo computer. «Dimenticami» lo elimina di nuovo.</translation>
    </message>
    <message>
        <source>Forgotten: your session was deleted from the password store.</source>
        <translation>Dimenticato: la tua sessione è stata eliminata dall’archivio password.</translation>
    </message>
    <message>
        <source>The password store could not be used: {why}</source>
        <translation>Non è stato possibile usare l’archivio password: {why}</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Add a monthly r&amp;eminder to my calendar…</source>
        <translation>Aggiungi un promemoria mensile al mio calendari&amp;o…</translation>
    </message>
    <message>
        <source>Add a monthly reminder to my calendar</source>
        <translation>Aggiungi un promemoria mensile al mio calendario</translation>
    </message>
    <message>
        <source>Saves a calendar file with a monthly reminder to check your settings, and opens it in your calendar.</source>
        <translation>Salva un file di calendario con un promemoria mensile per verificare le impostazioni e lo apre nel tuo calendario.</translation>
    </message>
    <message>
        <source>Looking at the monthly check…</source>
        <translation>Controllo della verifica mensile…</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>L’ultima volta: {what}</translation>
    </message>
    <message>
        <source>Save a monthly reminder</source>
        <translation>Salva un promemoria mensile</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>The reminder could not be saved: {why}</source>
        <translation>Impossibile salvare il promemoria: {why}</translation>
    </message>
    <message>
        <source>Saved {path}. Open it to add the reminder to your calendar.</source>
        <translation>{path} salvato. Aprilo per aggiungere il promemoria al tuo calendario.</translation>
    </message>
    <message>
        <source>Nothing was remembered, so there was nothing to delete.</source>
        <translation>Non era memorizzato nulla, quindi non c’era nulla da eliminare.</translation>
    </message>
    <message>
        <source>The wizard goes on without remembering you.</source>
        <translation>La procedura prosegue senza ricordarti.</translation>
    </message>
    <message>
        <source>Setting up the next check…</source>
        <translation>Impostazione del prossimo controllo…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>Annullamento del controllo…</translation>
    </message>
    <message>
        <source>The monthly check could not be changed: {why}</source>
        <translation>Non è stato possibile modificare la verifica mensile: {why}</translation>
    </message>
    <message>
        <source>The check runs once more on {when}.</source>
        <translation>La verifica verrà ripetuta una volta il {when}.</translation>
    </message>
    <message>
        <source>The check tomorrow is cancelled.</source>
        <translation>La verifica di domani è annullata.</translation>
    </message>
</context>
<context>
    <name>LaterRuns</name>
    <message>
        <source>The check on {date} could not run: {why}</source>
        <translation>La verifica del {date} non è stata eseguita: {why}</translation>
    </message>
    <message>
        <source>The check on {date} found these settings on: {titles}.</source>
        <translation>La verifica del {date} ha trovato attive queste impostazioni: {titles}.</translation>
    </message>
    <message>
        <source>It could not check {titles}: {why}</source>
        <translation>Non è stato possibile verificare {titles}: {why}</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on: {titles}.</source>
        <translation>LinkedIn ha aggiunto un’impostazione attiva: {titles}.</translation>
    </message>
    <message>
        <source>The check on {date} found every setting off.</source>
        <translation>La verifica del {date} ha trovato tutte le impostazioni disattivate.</translation>
    </message>
    <message>
        <source>The check on {date}:</source>
        <translation>La verifica del {date}:</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Looking for the switch…</source>
        <translation>Ricerca dell’interruttore…</translation>
    </message>
    <message>
        <source>The page is loading.</source>
        <translation>La pagina si sta caricando.</translation>
    </message>
    <message>
        <source>The page is still loading the setting.</source>
        <translation>La pagina sta ancora caricando l’impostazione.</translation>
    </message>
    <message>
        <source>LinkedIn's switch for this is off. Press Next.</source>
        <translation>L’interruttore di LinkedIn per questo è disattivato. Premi Avanti.</translation>
    </message>
    <message>
        <source>Click the outlined switch “{label}” on the page, or press “Switch it off for me”.</source>
        <translation>Fai clic sull’interruttore evidenziato «{label}» nella pagina, oppure premi «Disattivalo per me».</translation>
    </message>
    <message>
        <source>Click the outlined switch on the page, or press “Switch it off for me”.</source>
        <translation>Fai clic sull’interruttore evidenziato nella pagina, oppure premi «Disattivalo per me».</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>LinkedIn ended the session. Sign in again.</source>
        <translation>LinkedIn ha chiuso la sessione. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Verifica necessaria</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it in the page below.</source>
        <translation>LinkedIn vuole confermare che sei tu: completalo nella pagina qui sotto.</translation>
    </message>
    <message>
        <source>Still loading</source>
        <translation>Ancora in caricamento</translation>
    </message>
    <message>
        <source>Press “Reload the page”.</source>
        <translation>Premi «Ricarica la pagina».</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Non offerto</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region: there is nothing to switch off. You can go on.</source>
        <translation>LinkedIn indica che questa impostazione non è offerta per il tuo account o area geografica: non c’è nulla da disattivare. Puoi proseguire.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation>Puoi proseguire.</translation>
    </message>
    <message>
        <source>Off — saving</source>
        <translation>Disattivato — salvataggio</translation>
    </message>
    <message>
        <source>Making sure LinkedIn saved it…</source>
        <translation>Verifica che LinkedIn l’abbia salvato…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it: the switch is still on. Looking at the page again…</source>
        <translation>LinkedIn non l’ha salvato: l’interruttore è ancora attivo. Si guarda di nuovo la pagina…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it. Try again, or come back later.</source>
        <translation>LinkedIn non l’ha salvato. Riprova, oppure torna più tardi.</translation>
    </message>
    <message>
        <source>Still on</source>
        <translation>Ancora attivo</translation>
    </message>
    <message>
        <source>Page error</source>
        <translation>Errore della pagina</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Premi «Riprova».</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confermato</translation>
    </message>
    <message>
        <source>LinkedIn did not confirm the setting in time. Press “Reload the page” to read it again.</source>
        <translation>LinkedIn non ha confermato l’impostazione in tempo. Premi «Ricarica la pagina» per leggerla di nuovo.</translation>
    </message>
    <message>
        <source>The wizard's click did not reach the switch: something on the page covers it. Close what covers it, or click the outlined switch yourself.</source>
        <translation>Il clic della procedura guidata non ha raggiunto l’interruttore: qualcosa nella pagina lo copre. Chiudi ciò che lo copre, oppure fai clic tu sull’interruttore evidenziato.</translation>
    </message>
    <message>
        <source>The switch is no longer on the page. Reload it.</source>
        <translation>L’interruttore non è più nella pagina. Ricaricala.</translation>
    </message>
    <message>
        <source>The page has not finished loading the switch. Try again in a moment.</source>
        <translation>La pagina non ha ancora finito di caricare l’interruttore. Riprova tra un momento.</translation>
    </message>
    <message>
        <source>The switch is not on any more.</source>
        <translation>L’interruttore non è più attivo.</translation>
    </message>
    <message>
        <source>The page did not allow the wizard's click.</source>
        <translation>La pagina non ha permesso il clic della procedura guidata.</translation>
    </message>
    <message>
        <source>The wizard clicked the switch, but the page did not change it. Click the outlined switch yourself.</source>
        <translation>La procedura guidata ha fatto clic sull’interruttore, ma la pagina non l’ha cambiato. Fai clic tu sull’interruttore evidenziato.</translation>
    </message>
</context>
<context>
    <name>NewOnLinkedIn</name>
    <message>
        <source>New on LinkedIn</source>
        <translation>Novità su LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists could not be read</source>
        <translation>Non è stato possibile leggere gli elenchi di LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>Gli elenchi di impostazioni di LinkedIn non mostrano impostazioni che questa app non conosce.</translation>
    </message>
    <message>
        <source>New on LinkedIn: a setting that is on: {titles}</source>
        <translation>Novità su LinkedIn: un’impostazione attiva: {titles}</translation>
    </message>
    <message>
        <source>New on LinkedIn: {title}</source>
        <translation>Novità su LinkedIn: {title}</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn elenca un’impostazione che questa app non conosce ancora: «{title}» — è su {state}.</translation>
    </message>
    <message>
        <source>Open its page, read what LinkedIn says it does, and decide there. The wizard does not know this setting, so it neither checks nor changes it.</source>
        <translation>Apri la sua pagina, leggi cosa dice LinkedIn che fa e decidi lì. La procedura guidata non conosce questa impostazione, quindi non la verifica né la modifica.</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Apri la sua pagina</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <source>Open the page of “{title}”</source>
        <translation>Apri la pagina di «{title}»</translation>
    </message>
    <message>
        <source>Check again, to see how it stands now</source>
        <translation>Verifica di nuovo, per vedere com’è ora</translation>
    </message>
    <message>
        <source>You opened the page of “{title}”.</source>
        <translation>Hai aperto la pagina di «{title}».</translation>
    </message>
    <message>
        <source>If you changed it there, check again: the check reads LinkedIn's lists afresh and shows how it stands now.</source>
        <translation>Se l’hai cambiata lì, verifica di nuovo: la verifica rilegge gli elenchi di LinkedIn e mostra com’è ora.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Still on: {titles}</source>
        <translation>Ancora attivo: {titles}</translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation>Verifica non riuscita: {why}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check{whose}: {headline}</source>
        <translation>Verifica delle opposizioni LinkedIn{whose}: {headline}</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Objection sent on {date}, case {case}.</source>
        <translation>Opposizione inviata il {date}, caso {case}.</translation>
    </message>
    <message>
        <source>Objection sent on {date} (no case number was shown).</source>
        <translation>Opposizione inviata il {date} (non è stato mostrato alcun numero di caso).</translation>
    </message>
    <message>
        <source>LinkedIn decides on it and answers by e-mail: look out for its message. The wizard cannot check an objection later; it keeps the date, the case and the picture.</source>
        <translation>LinkedIn decide in merito e risponde via email: tieni d’occhio il suo messaggio. La procedura guidata non può verificare un’opposizione in seguito; conserva la data, il caso e l’immagine.</translation>
    </message>
</context>
<context>
    <name>ObjectionScreen</name>
    <message>
        <source>Object to LinkedIn's other uses of your data for AI</source>
        <translation>Opponiti agli altri usi dei tuoi dati per l’IA da parte di LinkedIn</translation>
    </message>
    <message>
        <source>Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard.</source>
        <translation>Facoltativo. LinkedIn decide; risponde via email. La invii tu, non la procedura guidata.</translation>
    </message>
    <message>
        <source>The switch covered only AI that creates content. LinkedIn also uses members' data for other AI: to choose what you see, to moderate, and in models that do not create content. Its form below lets you object to that. Where it asks what you object to, choose “{topic}”; for the text, copy the wizard's suggestion and change it as you like. Then press the form's own button to send it. The wizard never fills it in or sends it for you.</source>
        <translation>L’interruttore riguardava solo l’IA che crea contenuti. LinkedIn usa i dati dei membri anche per altra IA: per scegliere cosa vedi, per la moderazione e in modelli che non creano contenuti. Il suo modulo qui sotto ti permette di opporti. Dove chiede a cosa ti opponi, scegli «{topic}»; per il testo, copia il suggerimento della procedura guidata e modificalo come preferisci. Poi premi il pulsante del modulo per inviarlo. La procedura guidata non lo compila né lo invia mai al posto tuo.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>Cosa &amp;fare</translation>
    </message>
    <message>
        <source>Show what to do</source>
        <translation>Mostra cosa fare</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Testo suggerito</translation>
    </message>
    <message>
        <source>A text you may copy into the form and change as you like.</source>
        <translation>Un testo che puoi copiare nel modulo e modificare come preferisci.</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>Copia il &amp;testo</translation>
    </message>
    <message>
        <source>Copy the suggested text</source>
        <translation>Copia il testo suggerito</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>&amp;Open the form again</source>
        <translation>&amp;Riapri il modulo</translation>
    </message>
    <message>
        <source>Open the form again</source>
        <translation>Riapri il modulo</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Il modulo</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Immagine della conferma di LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's form could not be opened: {why} Press Retry in the page, or “Open the form again”. Nothing was sent.</source>
        <translation>Non è stato possibile aprire il modulo di LinkedIn: {why} Premi Riprova nella pagina oppure «Riapri il modulo». Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Opening LinkedIn's form…</source>
        <translation>Apertura del modulo di LinkedIn…</translation>
    </message>
    <message>
        <source>Copied. Click into the form's text box below and paste it (Ctrl+V), then change it as you like.</source>
        <translation>Copiato. Fai clic nella casella di testo del modulo qui sotto e incollalo (Ctrl+V), poi modificalo come preferisci.</translation>
    </message>
    <message>
        <source>LinkedIn's form shows what to correct: the marked fields in the page. Nothing has been sent yet.</source>
        <translation>Il modulo di LinkedIn indica cosa correggere: i campi segnalati nella pagina. Non è ancora stato inviato nulla.</translation>
    </message>
    <message>
        <source>Fill in the form below and press its button to send it. The wizard notices LinkedIn's confirmation and keeps a picture of it.</source>
        <translation>Compila il modulo qui sotto e premi il suo pulsante per inviarlo. La procedura guidata riconosce la conferma di LinkedIn e ne conserva un’immagine.</translation>
    </message>
    <message>
        <source>Waiting for LinkedIn's answer…</source>
        <translation>In attesa della risposta di LinkedIn…</translation>
    </message>
    <message>
        <source>LinkedIn does not offer this form in your region, so nothing can be sent here. Nothing was sent, and nothing else is needed on this step: press Next.</source>
        <translation>LinkedIn non offre questo modulo nella tua area geografica, quindi qui non si può inviare nulla. Non è stato inviato nulla e in questo passaggio non serve altro: premi Avanti.</translation>
    </message>
    <message>
        <source>LinkedIn signed you out before the form was sent: nothing was sent. Sign in again in the page below; LinkedIn brings you back to the form, and you send it again (copy the text again if you need it).</source>
        <translation>LinkedIn ti ha disconnesso prima che il modulo fosse inviato: non è stato inviato nulla. Accedi di nuovo nella pagina qui sotto; LinkedIn ti riporta al modulo e lo invii di nuovo (copia di nuovo il testo se ti serve).</translation>
    </message>
    <message>
        <source>This page is not the form. Finish what LinkedIn asks here, or press “Open the form again”.</source>
        <translation>Questa pagina non è il modulo. Completa quello che LinkedIn chiede qui oppure premi «Riapri il modulo».</translation>
    </message>
    <message>
        <source>It could not be added to the history ({why}); save the report on the next screen to keep the proof.</source>
        <translation>Non è stato possibile aggiungerla alla cronologia ({why}); salva il report nella schermata successiva per conservare la prova.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Inviata.</translation>
    </message>
    <message>
        <source>A picture of the confirmation could not be taken.</source>
        <translation>Non è stato possibile acquisire un’immagine della conferma.</translation>
    </message>
</context>
<context>
    <name>OptOutScreen</name>
    <message>
        <source>Step {n} of {count}: {title}</source>
        <translation>Passaggio {n} di {count}: {title}</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Perché è importante</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Cosa perdi: {loses}</translation>
    </message>
    <message>
        <source>Show why this matters</source>
        <translation>Mostra perché è importante</translation>
    </message>
    <message>
        <source>Why this &amp;matters</source>
        <translation>Perché è i&amp;mportante</translation>
    </message>
    <message>
        <source>This step was last compared with LinkedIn's page on {date}; LinkedIn may have changed it since. If the page looks different, “Show me the way” helps.</source>
        <translation>Questo passaggio è stato confrontato l’ultima volta con la pagina di LinkedIn il {date}; LinkedIn potrebbe averla cambiata da allora. Se la pagina sembra diversa, «Mostrami la strada» aiuta.</translation>
    </message>
    <message>
        <source>&amp;Switch it off for me</source>
        <translation>&amp;Disattivalo per me</translation>
    </message>
    <message>
        <source>Switch it off for me</source>
        <translation>Disattivalo per me</translation>
    </message>
    <message>
        <source>Clicks the outlined switch in the page.</source>
        <translation>Fa clic sull’interruttore evidenziato nella pagina.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dove ti trovi</translation>
    </message>
    <message>
        <source>Show me the &amp;way</source>
        <translation>Mostrami la s&amp;trada</translation>
    </message>
    <message>
        <source>Show me the way through LinkedIn's menus</source>
        <translation>Mostrami la strada nei menu di LinkedIn</translation>
    </message>
    <message>
        <source>S&amp;kip this step…</source>
        <translation>Sa&amp;lta questo passaggio…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Salta questo passaggio</translation>
    </message>
    <message>
        <source>If the page below does not show the switch, LinkedIn may have moved it. The way through the menus:</source>
        <translation>Se la pagina qui sotto non mostra l’interruttore, LinkedIn potrebbe averlo spostato. La strada nei menu:</translation>
    </message>
    <message>
        <source>The way through LinkedIn's menus</source>
        <translation>La strada nei menu di LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Open “Settings &amp;&amp; Privacy” in the page</source>
        <translation>A&amp;pri «Impostazioni e privacy» nella pagina</translation>
    </message>
    <message>
        <source>Open Settings and Privacy in the page</source>
        <translation>Apri Impostazioni e privacy nella pagina</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skip this setting?&lt;/b&gt; It stays on, and LinkedIn keeps using your data for it. The final check will show it as not done, and you can come back to it.</source>
        <translation>&lt;b&gt;Saltare questa impostazione?&lt;/b&gt; Resta attiva e LinkedIn continua a usare i tuoi dati per questo. La verifica finale la mostrerà come non completata e potrai tornarci.</translation>
    </message>
    <message>
        <source>Skip warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>&amp;Yes, skip it</source>
        <translation>&amp;Sì, saltalo</translation>
    </message>
    <message>
        <source>Yes, skip this setting</source>
        <translation>Sì, salta questa impostazione</translation>
    </message>
    <message>
        <source>&amp;Don't skip</source>
        <translation>&amp;Non saltare</translation>
    </message>
    <message>
        <source>Don't skip</source>
        <translation>Non saltare</translation>
    </message>
    <message>
        <source>R&amp;eload the page</source>
        <translation>Ricarica la pa&amp;gina</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Ricarica la pagina</translation>
    </message>
    <message>
        <source>Loads LinkedIn's page again and reads the switch afresh.</source>
        <translation>Ricarica la pagina di LinkedIn e rilegge l’interruttore.</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Accedi di nu&amp;ovo</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>You are in LinkedIn's menus. The wizard reads the switch again as soon as a page shows it.</source>
        <translation>Sei nei menu di LinkedIn. La procedura guidata rilegge l’interruttore non appena una pagina lo mostra.</translation>
    </message>
    <message>
        <source>Switch it off on LinkedIn's page below; the strip says when it is.</source>
        <translation>Disattivalo nella pagina LinkedIn qui sotto; la barra dice quando lo è.</translation>
    </message>
</context>
<context>
    <name>OptOutWizard</name>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Procedura di opt-out di LinkedIn</translation>
    </message>
    <message>
        <source>{title} — Practice</source>
        <translation>{title} — Esercitazione</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>Informazioni s&amp;u…</translation>
    </message>
    <message>
        <source>Go on to another account?</source>
        <translation>Passare a un altro account?</translation>
    </message>
    <message>
        <source>&amp;Go on to another account</source>
        <translation>&amp;Passa a un altro account</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Chiudere la procedura guidata?</translation>
    </message>
    <message>
        <source>Not confirmed off yet:</source>
        <translation>Non ancora confermato disattivato:</translation>
    </message>
    <message>
        <source>These are still on:</source>
        <translation>Queste sono ancora attive:</translation>
    </message>
    <message>
        <source>LinkedIn keeps using your data for these until they are off. You can come back and finish at any time.</source>
        <translation>LinkedIn continua a usare i tuoi dati per questi finché non sono disattivati. Puoi tornare e finire in qualsiasi momento.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Chiudi comunque</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Resta</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <source>LinkedIn's page: {title}</source>
        <translation>Pagina di LinkedIn: {title}</translation>
    </message>
    <message>
        <source>This is LinkedIn's own page for “{title}”. The wizard does not know this setting, so it neither reads nor changes it: read what LinkedIn says it does, and switch it off here if you want to. Verify again to see its state in the list.</source>
        <translation>Questa è la pagina di LinkedIn per «{title}». La procedura non conosce questa impostazione, quindi non la legge né la modifica: leggi cosa dice LinkedIn che fa e disattivala qui, se vuoi. Verifica di nuovo per vederne lo stato nell’elenco.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Informazioni su questa pagina</translation>
    </message>
    <message>
        <source>LinkedIn's page</source>
        <translation>Pagina di LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>PasskeyDialog</name>
    <message>
        <source>Sign in with a passkey or security key</source>
        <translation>Accedi con una passkey o una chiave di sicurezza</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Accounts on this key</source>
        <translation>Account su questa chiave</translation>
    </message>
    <message>
        <source>The security key's PIN</source>
        <translation>Il PIN della chiave di sicurezza</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Choose the account to sign in to {site} with:</source>
        <translation>Scegli l’account con cui accedere a {site}:</translation>
    </message>
    <message>
        <source>Enter your security key's PIN.</source>
        <translation>Inserisci il PIN della tua chiave di sicurezza.</translation>
    </message>
    <message>
        <source>That PIN was not right. Tries left: {n}.</source>
        <translation>Quel PIN non era corretto. Tentativi rimasti: {n}.</translation>
    </message>
    <message>
        <source>Touch your security key, or confirm with your device's passkey, to sign in to {site}.</source>
        <translation>Tocca la chiave di sicurezza o conferma con la passkey del dispositivo per accedere a {site}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>You can sign in another way on the page instead: your password, or Google or Apple.</source>
        <translation>Puoi invece accedere in un altro modo nella pagina: la password, oppure Google o Apple.</translation>
    </message>
    <message>
        <source>The passkey or key did not answer in time.</source>
        <translation>La passkey o la chiave non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>This key is not registered for your account.</source>
        <translation>Questa chiave non è registrata per il tuo account.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: take the key out and put it in again.</source>
        <translation>Troppi PIN errati: rimuovi la chiave e reinseriscila.</translation>
    </message>
    <message>
        <source>The key is locked after too many wrong PINs.</source>
        <translation>La chiave è bloccata dopo troppi PIN errati.</translation>
    </message>
    <message>
        <source>The sign-in was not confirmed on the key.</source>
        <translation>L’accesso non è stato confermato sulla chiave.</translation>
    </message>
    <message>
        <source>Signing in with a passkey did not work here.</source>
        <translation>L’accesso con una passkey non ha funzionato qui.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice: a replica of LinkedIn on this computer. Any email and password work.</source>
        <translation>Prova: una replica di LinkedIn su questo computer. Funzionano qualsiasi email e password.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Modalità esercitazione</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Salva rapporto…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salva rapporto</translation>
    </message>
    <message>
        <source>Saves the check, with a picture of each switch, as a web page or a PDF.</source>
        <translation>Salva la verifica, con un’immagine di ogni interruttore, come pagina web o PDF.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Stato del rapporto</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Apri il rapporto salvato</translation>
    </message>
    <message>
        <source>O&amp;pen report</source>
        <translation>A&amp;pri il rapporto</translation>
    </message>
    <message>
        <source>A report to keep</source>
        <translation>Un rapporto da conservare</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Mostra nella carte&amp;lla</translation>
    </message>
    <message>
        <source>Show the saved report in its folder</source>
        <translation>Mostra il rapporto salvato nella sua cartella</translation>
    </message>
    <message>
        <source>Changes since the last check</source>
        <translation>Modifiche dall’ultima verifica</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Verifiche precedenti</translation>
    </message>
    <message>
        <source>Changed since the last check:</source>
        <translation>Cambiato dall’ultima verifica:</translation>
    </message>
    <message>
        <source>This is the first check kept on this computer.</source>
        <translation>È la prima verifica conservata su questo computer.</translation>
    </message>
    <message>
        <source>Web page, pictures included (*.html);;PDF document (*.pdf)</source>
        <translation>Pagina web, immagini incluse (*.html);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Salvato: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {why}</source>
        <translation>Non è stato possibile salvare il rapporto in {path}: {why}</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Use a session &amp;remembered on this computer…</source>
        <translation>Usa una sessione &amp;ricordata su questo computer…</translation>
    </message>
    <message>
        <source>Use a session remembered on this computer</source>
        <translation>Usa una sessione ricordata su questo computer</translation>
    </message>
    <message>
        <source>Signs in with a session kept in your computer's password store by “Remember me”. Your computer may ask you to unlock it.</source>
        <translation>Accede con una sessione conservata da «Ricordami» nell’archivio password del tuo computer. Il computer potrebbe chiederti di sbloccarlo.</translation>
    </message>
    <message>
        <source>Remembered sessions</source>
        <translation>Sessioni ricordate</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>No session is remembered on this computer for {site}.</source>
        <translation>Nessuna sessione è ricordata su questo computer per {site}.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Quale account?</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nome non mostrato)</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Continua come {name}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>That session is no longer remembered. Sign in below instead.</source>
        <translation>Quella sessione non è più ricordata. Accedi qui sotto.</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>Accesso come {name}…</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>The remembered session of {name} had expired; it was removed from the password store. Sign in below.</source>
        <translation>La sessione ricordata di {name} era scaduta; è stata rimossa dall’archivio password. Accedi qui sotto.</translation>
    </message>
    <message>
        <source>The password store could not be read: {why} Sign in below instead.</source>
        <translation>Non è stato possibile leggere l’archivio password: {why} Accedi invece qui sotto.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Verifica necessaria</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Off — you are opted out</source>
        <translation>Disattivato: hai rinunciato</translation>
    </message>
    <message>
        <source>On — LinkedIn still uses your data for this</source>
        <translation>Attivo: LinkedIn usa ancora i tuoi dati per questo</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Non offerta</translation>
    </message>
    <message>
        <source>The switch was found by its label and read as off: you are opted out.</source>
        <translation>L’interruttore è stato trovato dalla sua etichetta e letto come disattivato: hai fatto opt-out.</translation>
    </message>
    <message>
        <source>The switch was found and read as on: you are not opted out yet.</source>
        <translation>L’interruttore è stato trovato e letto come attivo: non hai ancora fatto opt-out.</translation>
    </message>
    <message>
        <source>LinkedIn sent the check to its sign-in page: the session had ended.</source>
        <translation>LinkedIn ha rimandato la verifica alla pagina di accesso: la sessione era scaduta.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check (a code or a puzzle) first.</source>
        <translation>LinkedIn ha chiesto prima un controllo di sicurezza (un codice o un rompicapo).</translation>
    </message>
    <message>
        <source>The page loaded but no switch matched: the page changed, or the setting is not offered for this account or region.</source>
        <translation>La pagina si è caricata ma nessun interruttore corrispondeva: la pagina è cambiata oppure l’impostazione non è offerta per questo account o area geografica.</translation>
    </message>
    <message>
        <source>The page could not be checked (network, timeout, HTTP error or no browser).</source>
        <translation>Non è stato possibile verificare la pagina (rete, tempo scaduto, errore HTTP o nessun browser).</translation>
    </message>
    <message>
        <source>LinkedIn also lists a new setting, “{title}”, and it is on.</source>
        <translation>LinkedIn elenca anche una nuova impostazione, «{title}», ed è attiva.</translation>
    </message>
    <message>
        <source>LinkedIn also lists {n} new settings that are on.</source>
        <translation>LinkedIn elenca anche {n} nuove impostazioni attive.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>La verifica non è stata eseguita.</translation>
    </message>
    <message>
        <source>1 setting could not be checked.</source>
        <translation>Non è stato possibile verificare 1 impostazione.</translation>
    </message>
    <message>
        <source>{n} settings could not be checked.</source>
        <translation>Non è stato possibile verificare {n} impostazioni.</translation>
    </message>
    <message>
        <source>1 setting is still on.</source>
        <translation>1 impostazione è ancora attiva.</translation>
    </message>
    <message>
        <source>{n} settings are still on.</source>
        <translation>{n} impostazioni sono ancora attive.</translation>
    </message>
    <message>
        <source>LinkedIn does not offer you any of these settings.</source>
        <translation>LinkedIn non ti offre nessuna di queste impostazioni.</translation>
    </message>
    <message>
        <source>Every setting offered to you is off; LinkedIn does not offer the rest.</source>
        <translation>Ogni impostazione offerta è disattivata; LinkedIn non offre le altre.</translation>
    </message>
    <message>
        <source>All settings are off.</source>
        <translation>Tutte le impostazioni sono disattivate.</translation>
    </message>
    <message>
        <source>Data Processing Objection: {word}. {sentence}</source>
        <translation>Opposizione al trattamento dei dati: {word}. {sentence}</translation>
    </message>
    <message>
        <source>LinkedIn lists settings this app does not know yet:</source>
        <translation>LinkedIn elenca impostazioni che questa app non conosce ancora:</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Cosa fare: {advice}</translation>
    </message>
    <message>
        <source>New since this check.</source>
        <translation>Nuova da questo controllo.</translation>
    </message>
    <message>
        <source>Listed since {date}.</source>
        <translation>Elencata dal {date}.</translation>
    </message>
    <message>
        <source>open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, and decide. The wizard does not know it, so it neither checks nor changes it.</source>
        <translation>aprila (nella procedura: Fine, «Novità su LinkedIn»), leggi cosa dice LinkedIn che fa e decidi. La procedura non la conosce, quindi non la controlla né la modifica.</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn elenca un’impostazione che questa app non conosce ancora: «{title}» — è su {state}.</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on.</source>
        <translation>LinkedIn ha aggiunto un’impostazione attiva.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>{title}: the switch as seen</source>
        <translation>{title}: l’interruttore come è stato visto</translation>
    </message>
    <message>
        <source>Practice check on a replica site: this is not LinkedIn.</source>
        <translation>Verifica di esercitazione su un sito replica: questo non è LinkedIn.</translation>
    </message>
    <message>
        <source>New on LinkedIn</source>
        <translation>Novità su LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn lists these settings, which this app does not know yet (it sees only what LinkedIn's lists show):</source>
        <translation>LinkedIn elenca queste impostazioni, che questa app non conosce ancora (vede solo ciò che mostrano gli elenchi di LinkedIn):</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Cosa fare: {advice}</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>Gli elenchi di impostazioni di LinkedIn non mostrano impostazioni che questa app non conosce.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Opposizione al trattamento dei dati</translation>
    </message>
    <message>
        <source>LinkedIn's page said: “{said}”</source>
        <translation>La pagina di LinkedIn diceva: «{said}»</translation>
    </message>
    <message>
        <source>A request to LinkedIn, not a switch: it is not counted among the settings above, and no check can read it again.</source>
        <translation>Una richiesta a LinkedIn, non un interruttore: non rientra tra le impostazioni qui sopra e nessun controllo può rileggerla.</translation>
    </message>
    <message>
        <source>LinkedIn's confirmation of the objection</source>
        <translation>La conferma dell’opposizione da parte di LinkedIn</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>(not shown on the page)</source>
        <translation>(non mostrato nella pagina)</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard {version}, {browser}</source>
        <translation>Procedura di opt-out di LinkedIn {version}, {browser}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check</source>
        <translation>Verifica opt-out di LinkedIn</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>(this computer's time)</source>
        <translation>(ora di questo computer)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Verificato con</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Cosa è stato visto</translation>
    </message>
    <message>
        <source>What each result means</source>
        <translation>Cosa significa ogni risultato</translation>
    </message>
    <message>
        <source>The pictures</source>
        <translation>Le immagini</translation>
    </message>
    <message>
        <source>Only “{off}” means the switch was found and read as off. Anything the check could not see is never reported as “{off}”.</source>
        <translation>Solo «{off}» significa che l’interruttore è stato trovato e letto come disattivato. Ciò che il controllo non ha potuto vedere non viene mai indicato come «{off}».</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not checked yet</source>
        <translation>Non ancora verificato</translation>
    </message>
    <message>
        <source>{title}: result</source>
        <translation>{title}: risultato</translation>
    </message>
    <message>
        <source>{title}: checking</source>
        <translation>{title}: verifica in corso</translation>
    </message>
    <message>
        <source>{title}: picture of the switch</source>
        <translation>{title}: immagine dell’interruttore</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Correggi</translation>
    </message>
    <message>
        <source>Fix this: {title}</source>
        <translation>Correggi: {title}</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>In attesa…</translation>
    </message>
    <message>
        <source>Opening the page…</source>
        <translation>Apertura della pagina…</translation>
    </message>
    <message>
        <source>Reading the switch…</source>
        <translation>Lettura dell’interruttore…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Finish the security check</source>
        <translation>Completa il controllo di sicurezza</translation>
    </message>
    <message>
        <source>Finish the security check in the wizard: {title}</source>
        <translation>Completa il controllo di sicurezza nella procedura guidata: {title}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The monthly check could not be set up: your system's scheduler does not answer here ({why}). Add a monthly reminder to your calendar instead, and check by hand.</source>
        <translation>Non è stato possibile impostare la verifica mensile: il pianificatore del sistema non risponde qui ({why}). Aggiungi invece un promemoria mensile al calendario e verifica a mano.</translation>
    </message>
    <message>
        <source>Your system's scheduler does not answer here ({why}), so the monthly check cannot run. Add a monthly reminder to your calendar instead.</source>
        <translation>Il pianificatore del sistema non risponde qui ({why}), quindi la verifica mensile non può essere eseguita. Aggiungi invece un promemoria mensile al calendario.</translation>
    </message>
    <message>
        <source>The monthly check names a program that is no longer there ({program}), so it cannot run. Open the wizard from where it is now installed to set it up again.</source>
        <translation>La verifica mensile indica un programma che non esiste più ({program}), quindi non può essere eseguita. Apri la procedura guidata da dove è installata ora per reimpostarla.</translation>
    </message>
    <message>
        <source>The check runs again every month.</source>
        <translation>La verifica viene ripetuta ogni mese.</translation>
    </message>
    <message>
        <source>The check will run again every month.</source>
        <translation>La verifica si ripeterà ogni mese.</translation>
    </message>
    <message>
        <source>The monthly check is removed.</source>
        <translation>La verifica mensile è stata rimossa.</translation>
    </message>
    <message>
        <source>the job is switched off</source>
        <translation>l’attività è disattivata</translation>
    </message>
    <message>
        <source>systemctl is not available</source>
        <translation>systemctl non è disponibile</translation>
    </message>
    <message>
        <source>The check runs again at your next login.</source>
        <translation>La verifica verrà ripetuta al tuo prossimo accesso.</translation>
    </message>
    <message>
        <source>Check your LinkedIn opt-outs</source>
        <translation>Verifica le tue opposizioni LinkedIn</translation>
    </message>
    <message>
        <source>Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: it checks that both settings are still off.</source>
        <translation>Apri la procedura guidata di opposizione LinkedIn (optout-wizard) e premi «Verifica le mie impostazioni»: controlla che entrambe le impostazioni siano ancora disattivate.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>This screen's content</source>
        <translation>Contenuto di questa schermata</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>On LinkedIn's own page: the wizard never sees your password.</source>
        <translation>Sulla pagina di LinkedIn stessa: la procedura guidata non vede mai la tua password.</translation>
    </message>
    <message>
        <source>Sign-in hint</source>
        <translation>Suggerimento per l’accesso</translation>
    </message>
    <message>
        <source>Starting the browser that shows LinkedIn's sign-in page…</source>
        <translation>Avvio del browser che mostra la pagina di accesso di LinkedIn…</translation>
    </message>
    <message>
        <source>Starting the browser that shows the practice sign-in page…</source>
        <translation>Avvio del browser che mostra la pagina di accesso di prova…</translation>
    </message>
    <message>
        <source>Finish signing in in the window that opened. It shows the address it is on: sign in only where you expect to.</source>
        <translation>Completa l’accesso nella finestra che si è aperta. Mostra il suo indirizzo: accedi solo dove te lo aspetti.</translation>
    </message>
    <message>
        <source>Ask LinkedIn for a link to set a password: type your email below. Open the link in the email, set a password, then sign in here with it.</source>
        <translation>Chiedi a LinkedIn un link per impostare una password: scrivi la tua email qui sotto. Apri il link nell’email, imposta una password, poi accedi qui con essa.</translation>
    </message>
    <message>
        <source>Sign in below with your LinkedIn email and password. No password? Choose “Forgot password” on the page: LinkedIn emails you a link to set one.</source>
        <translation>Accedi qui sotto con la tua email e la tua password di LinkedIn. Nessuna password? Scegli «Password dimenticata» nella pagina: LinkedIn ti invia un link per impostarne una.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it here.</source>
        <translation>LinkedIn vuole confermare che sei tu: completalo qui.</translation>
    </message>
    <message>
        <source>LinkedIn asks you to approve this sign-in on your phone: open the LinkedIn app and tap Yes. The wizard goes on by itself once you have.</source>
        <translation>LinkedIn ti chiede di approvare questo accesso sul telefono: apri l’app LinkedIn e tocca «Sì». La procedura guidata prosegue da sola quando l’hai fatto.</translation>
    </message>
    <message>
        <source>LinkedIn asks for the code from your authenticator app (two-step verification). Open the app, and type the code into the page below.</source>
        <translation>LinkedIn chiede il codice della tua app di autenticazione (verifica in due passaggi). Apri l’app e inserisci il codice nella pagina qui sotto.</translation>
    </message>
    <message>
        <source>LinkedIn sent a code by text message to your phone. Type it into the page below.</source>
        <translation>LinkedIn ha inviato un codice via SMS al tuo telefono. Inseriscilo nella pagina qui sotto.</translation>
    </message>
    <message>
        <source>Sign in below, on the practice site's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Accedi qui sotto, nella pagina del sito di esercitazione. La procedura non vede mai la tua password. Prosegue da sola appena hai effettuato l’accesso.</translation>
    </message>
    <message>
        <source>Sign in below, on LinkedIn's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Accedi qui sotto, nella pagina di LinkedIn stessa. La procedura non vede mai la tua password. Prosegue da sola appena hai effettuato l’accesso.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Switch state: {state}</source>
        <translation>Stato dell’interruttore: {state}</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <source>Steps</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>sei qui</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>da fare</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non fatto</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposizione</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Press Enter to see the picture whole.</source>
        <translation>Premi Invio per vedere l’immagine intera.</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Fai clic per ingrandire</translation>
    </message>
    <message>
        <source>{title}: {answer}.</source>
        <translation>{title}: {answer}.</translation>
    </message>
    <message>
        <source>Taken on {date} at {time}</source>
        <translation>Scattata il {date} alle {time}</translation>
    </message>
    <message>
        <source>, on {address}</source>
        <translation>, su {address}</translation>
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
        <translation>Verifica le mie impostazioni</translation>
    </message>
    <message>
        <source>An independent check of each setting, with a picture as proof.</source>
        <translation>Un controllo indipendente di ogni impostazione, con un’immagine come prova.</translation>
    </message>
    <message>
        <source>The check starts by itself: it opens each setting's page again, on its own, reads the switch, and keeps a picture of it as proof.</source>
        <translation>Il controllo parte da solo: riapre la pagina di ogni impostazione per conto suo, legge l’interruttore e ne conserva un’immagine come prova.</translation>
    </message>
    <message>
        <source>&amp;Verify my settings</source>
        <translation>&amp;Verifica le mie impostazioni</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>Annulla veri&amp;fica</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annulla la verifica</translation>
    </message>
    <message>
        <source>&amp;Install a browser for the check</source>
        <translation>Installa un &amp;browser per la verifica</translation>
    </message>
    <message>
        <source>Install a browser for the check</source>
        <translation>Installa un browser per la verifica</translation>
    </message>
    <message>
        <source>&amp;Sign in again and check again</source>
        <translation>Acce&amp;di di nuovo e verifica ancora</translation>
    </message>
    <message>
        <source>Sign in again and check again</source>
        <translation>Accedi di nuovo e verifica ancora</translation>
    </message>
    <message>
        <source>Browser download</source>
        <translation>Download del browser</translation>
    </message>
    <message>
        <source>The check's progress</source>
        <translation>Avanzamento del controllo</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Riepilogo della verifica</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>Avvio del controllo…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Checking {n} of {count}: {title}…</source>
        <translation>Controllo {n} di {count}: {title}…</translation>
    </message>
    <message>
        <source>Starting the browser for the check…</source>
        <translation>Avvio del browser per la verifica…</translation>
    </message>
    <message>
        <source>Reading LinkedIn's lists of settings, to notice any it added…</source>
        <translation>Lettura degli elenchi di impostazioni di LinkedIn, per notare quelle aggiunte…</translation>
    </message>
    <message>
        <source>Browser: {browser}</source>
        <translation>Browser: {browser}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked. Press “Verify again” to start over.</source>
        <translation>Annullato: non è stato verificato nulla. Premi «Verifica di nuovo» per ricominciare.</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>Verifica di &amp;nuovo</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <source>Downloading a browser for the check (about 100 MB)…</source>
        <translation>Download di un browser per il controllo (circa 100 MB)…</translation>
    </message>
    <message>
        <source>Press “Verify again”.</source>
        <translation>Premi «Verifica di nuovo».</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <source>The check could not run: {why}</source>
        <translation>Non è stato possibile eseguire la verifica: {why}</translation>
    </message>
</context>
<context>
    <name>WebSession</name>
    <message>
        <source>The page offered a file to download; the wizard does not download files.</source>
        <translation>La pagina offriva un file da scaricare; la procedura non scarica file.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>What the later check found</source>
        <translation>Cosa ha trovato la verifica successiva</translation>
    </message>
    <message>
        <source>LinkedIn uses your data to train AI and shares it for ads unless you switch this off. The wizard takes you to each switch, tells you when it is off, and checks again on its own, with a picture as proof.</source>
        <translation>LinkedIn usa i tuoi dati per addestrare l’IA e li condivide per la pubblicità, a meno che tu non lo disattivi. La procedura ti porta a ogni interruttore, ti dice quando è disattivato e ricontrolla da sola, con un’immagine come prova.</translation>
    </message>
    <message>
        <source>What the wizard is for</source>
        <translation>A cosa serve la procedura</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into LinkedIn's own page.</source>
        <translation>Non vede mai la tua password: la digiti nella pagina di LinkedIn stessa.</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into the practice page.</source>
        <translation>Non vede mai la tua password: la digiti nella pagina di prova.</translation>
    </message>
    <message>
        <source>It keeps nothing, unless you ask it to remember you; then only in your computer's password store (its keyring).</source>
        <translation>Non conserva nulla, a meno che tu non gli chieda di ricordarti; allora solo nell’archivio password del tuo computer (il suo portachiavi).</translation>
    </message>
    <message>
        <source>It checks each setting again on its own and keeps a picture as proof.</source>
        <translation>Ricontrolla da solo ogni impostazione e conserva un’immagine come prova.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Altre &amp;opzioni</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Altre opzioni</translation>
    </message>
    <message>
        <source>The privacy signal, related settings you can add, and LinkedIn's objection form.</source>
        <translation>Il segnale per la privacy, le impostazioni correlate che puoi aggiungere e il modulo di opposizione di LinkedIn.</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my &amp;data</source>
        <translation>Chiedi anche a LinkedIn di non condividere né vendere i miei &amp;dati</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my data</source>
        <translation>Chiedi anche a LinkedIn di non condividere né vendere i miei dati</translation>
    </message>
    <message>
        <source>The wizard's browser sends the standard privacy signal for this (Global Privacy Control). LinkedIn says it opts members in the US out of data sharing. It is never taken as proof: every switch is still read.</source>
        <translation>Il browser della procedura invia per questo il segnale di privacy standard (Global Privacy Control). LinkedIn dice che così esclude i membri negli Stati Uniti dalla condivisione dei dati. Non vale mai come prova: ogni interruttore viene comunque letto.</translation>
    </message>
    <message>
        <source>While the wizard was closed: {what}</source>
        <translation>Mentre la procedura guidata era chiusa: {what}</translation>
    </message>
    <message>
        <source>Switch off {count} LinkedIn settings, and prove they stay off</source>
        <translation>Disattiva {count} impostazioni di LinkedIn e dimostra che restano disattivate</translation>
    </message>
    <message>
        <source>About {minutes} minutes. You stay in charge of every change.</source>
        <translation>Circa {minutes} minuti. Ogni modifica resta nelle tue mani.</translation>
    </message>
    <message>
        <source>Related settings you may add (optional; each adds a step of about two minutes)</source>
        <translation>Impostazioni correlate che puoi aggiungere (facoltative; ognuna aggiunge un passaggio di circa due minuti)</translation>
    </message>
    <message>
        <source>Also &amp;object to LinkedIn's other uses of my data for AI</source>
        <translation>Oppo&amp;niti anche agli altri usi dei miei dati per l’IA da parte di LinkedIn</translation>
    </message>
    <message>
        <source>Also object to LinkedIn's other uses of my data for AI</source>
        <translation>Opponiti anche agli altri usi dei miei dati per l’IA da parte di LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn decides; it answers by e-mail.</source>
        <translation>LinkedIn decide; risponde via email.</translation>
    </message>
    <message>
        <source>After the check, the wizard shows LinkedIn's Data Processing Objection form, with a text you can copy; you fill it in and send it yourself, and the wizard keeps LinkedIn's confirmation as proof.</source>
        <translation>Dopo il controllo, la procedura guidata mostra il modulo di LinkedIn per l’opposizione al trattamento dei dati, con un testo da copiare; lo compili e lo invii tu, e la procedura guidata conserva la conferma di LinkedIn come prova.</translation>
    </message>
    <message>
        <source>Beyond the switches</source>
        <translation>Oltre gli interruttori</translation>
    </message>
    <message>
        <source>Also switch off: {title}</source>
        <translation>Disattiva anche: {title}</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Cosa perdi: {loses}</translation>
    </message>
    <message>
        <source>The wizard's shield</source>
        <translation>Lo scudo della procedura</translation>
    </message>
</context>
</TS>
