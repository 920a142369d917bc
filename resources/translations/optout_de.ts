<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the LinkedIn opt-out wizard</source>
        <translation>Über den LinkedIn-Widerspruchsassistenten</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>LinkedIn-Opt-out-Assistent</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>An independent tool: it is not made, endorsed or supported by LinkedIn or Microsoft.</source>
        <translation>Ein unabhängiges Werkzeug: Es wird nicht von LinkedIn oder Microsoft erstellt, empfohlen oder unterstützt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It never sees your password and keeps nothing unless you ask, and then only in your computer's password store.&lt;/p&gt;&lt;p&gt;Free software: you may use, study, share and change it under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;List of settings: version {catalog}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Er sieht Ihr Passwort nie und speichert nichts, außer Sie bitten darum – und dann nur im Passwortspeicher Ihres Computers.&lt;/p&gt;&lt;p&gt;Freie Software: Sie dürfen sie unter der GNU General Public License, Version 3 oder später, verwenden, untersuchen, weitergeben und ändern.&lt;/p&gt;&lt;p&gt;Liste der Einstellungen: Version {catalog}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Über diese App</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Help: open the guide in your web browser</source>
        <translation>Hilfe: die Anleitung in Ihrem Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Source code</source>
        <translation>&amp;Quellcode</translation>
    </message>
    <message>
        <source>Source code: open the project's page in your web browser</source>
        <translation>Quellcode: die Seite des Projekts in Ihrem Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Check for a newer list of settings</source>
        <translation>Nach einer neueren &amp;Liste der Einstellungen suchen</translation>
    </message>
    <message>
        <source>Check for a newer list of settings</source>
        <translation>Nach einer neueren Liste der Einstellungen suchen</translation>
    </message>
    <message>
        <source>Update of the list of settings</source>
        <translation>Aktualisierung der Liste der Einstellungen</translation>
    </message>
    <message>
        <source>Checking for a newer list of settings…</source>
        <translation>Suche nach einer neueren Liste der Einstellungen …</translation>
    </message>
    <message>
        <source>List of settings {version} is installed. Restart the wizard to use it.</source>
        <translation>Liste der Einstellungen {version} ist installiert. Starten Sie den Assistenten neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>{why} The list of settings in use stays.</source>
        <translation>{why} Die verwendete Liste der Einstellungen bleibt.</translation>
    </message>
</context>
<context>
    <name>BrowserInstaller</name>
    <message>
        <source>The browser for the check is installed.</source>
        <translation>Der Browser für die Prüfung ist installiert.</translation>
    </message>
    <message>
        <source>The browser could not be installed{detail}. Check your internet connection, or install Google Chrome or Chromium.</source>
        <translation>Der Browser konnte nicht installiert werden{detail}. Prüfen Sie Ihre Internetverbindung oder installieren Sie Google Chrome oder Chromium.</translation>
    </message>
    <message>
        <source>The installer could not start.</source>
        <translation>Das Installationsprogramm konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>LinkedIn page</source>
        <translation>LinkedIn-Seite</translation>
    </message>
    <message>
        <source>LinkedIn's own page, shown inside the wizard. The wizard never reads your password.</source>
        <translation>Die eigene Seite von LinkedIn, im Assistenten angezeigt. Der Assistent liest Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Seite wird geladen</translation>
    </message>
    <message>
        <source>Note about the page</source>
        <translation>Hinweis zur Seite</translation>
    </message>
    <message>
        <source>Page problem</source>
        <translation>Problem mit der Seite</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>Seite erneut laden</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The page could not be loaded ({why}).</source>
        <translation>Die Seite konnte nicht geladen werden ({why}).</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {code}).</source>
        <translation>LinkedIn hat mit einem Fehler geantwortet (HTTP {code}).</translation>
    </message>
    <message>
        <source>LinkedIn is taking too long to answer.</source>
        <translation>LinkedIn braucht zu lange für eine Antwort.</translation>
    </message>
    <message>
        <source>The page stopped working.</source>
        <translation>Die Seite funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Check your internet connection, then press Retry.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>That link leads away from {site}: it was opened in your web browser ({where}).</source>
        <translation>Dieser Link führt von {site} weg: Er wurde in Ihrem Webbrowser geöffnet ({where}).</translation>
    </message>
</context>
<context>
    <name>Browsers</name>
    <message>
        <source>The browser for the check could not start its sandbox (the wall that keeps web pages away from the rest of your computer), so nothing was checked; the app never runs a browser without it. This happens in containers and chroots, and on Ubuntu 24.04 or later when the app was not installed from its .deb package, which allows the sandbox. Install the app from its package, or run it on the computer itself rather than in a container.</source>
        <translation>Der Browser für die Prüfung konnte seine Sandbox nicht starten (die Wand, die Webseiten vom Rest Ihres Computers fernhält), daher wurde nichts geprüft; die App startet nie einen Browser ohne sie. Das passiert in Containern und chroot-Umgebungen sowie unter Ubuntu 24.04 oder neuer, wenn die App nicht aus ihrem .deb-Paket installiert wurde, das die Sandbox erlaubt. Installieren Sie die App aus ihrem Paket oder starten Sie sie direkt auf dem Computer statt in einem Container.</translation>
    </message>
    <message>
        <source>The browser for the check ({browser}) did not start within {seconds} seconds, so nothing was checked. Close programs you do not need and check again; if it keeps happening, restart the computer.</source>
        <translation>Der Browser für die Prüfung ({browser}) ist nicht innerhalb von {seconds} Sekunden gestartet, daher wurde nichts geprüft. Schließen Sie Programme, die Sie nicht brauchen, und prüfen Sie erneut; wenn es wieder passiert, starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>No browser for the check was found. Install Chromium's headless shell (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or Chromium, or let the app download one (in the app: Verify → Install a browser for the check; in a terminal: optout-wizard install-browser), or set OPTOUT_BROWSER to a Chromium-family browser's program file.</source>
        <translation>Es wurde kein Browser für die Prüfung gefunden. Installieren Sie die Headless-Shell von Chromium (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge oder Chromium, lassen Sie die App einen herunterladen (in der App: Prüfen → Browser für die Prüfung installieren; im Terminal: optout-wizard install-browser) oder setzen Sie OPTOUT_BROWSER auf die Programmdatei eines Chromium-Browsers.</translation>
    </message>
    <message>
        <source>{name} is set to {path}, but there is no such file.</source>
        <translation>{name} ist auf {path} gesetzt, aber diese Datei gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Updates to the list of settings come over https only, not from {url}.</source>
        <translation>Aktualisierungen der Liste der Einstellungen kommen nur über https, nicht von {url}.</translation>
    </message>
    <message>
        <source>The newer list of settings could not be fetched ({why}).</source>
        <translation>Die neuere Liste der Einstellungen konnte nicht geladen werden ({why}).</translation>
    </message>
    <message>
        <source>The fetched list of settings is too large.</source>
        <translation>Die geladene Liste der Einstellungen ist zu groß.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not signed with the project's key: it was not used.</source>
        <translation>Die geladene Liste der Einstellungen ist nicht mit dem Schlüssel des Projekts signiert: Sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not valid: {why}</source>
        <translation>Die geladene Liste der Einstellungen ist ungültig: {why}</translation>
    </message>
    <message>
        <source>The fetched list of settings ({new}) is not newer than the one in use ({old}).</source>
        <translation>Die geladene Liste der Einstellungen ({new}) ist nicht neuer als die verwendete ({old}).</translation>
    </message>
    <message>
        <source>The list of settings could not be stored in {folder}: {why}.</source>
        <translation>Die Liste der Einstellungen konnte nicht in {folder} gespeichert werden: {why}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The page could not be read (the check returned nothing).</source>
        <translation>Die Seite konnte nicht gelesen werden (die Prüfung lieferte nichts).</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again: the session has ended. Sign in, then check again.</source>
        <translation>LinkedIn verlangte eine erneute Anmeldung: Die Sitzung ist abgelaufen. Melden Sie sich an und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you (a code or a puzzle). Open the wizard and finish it there, then check again.</source>
        <translation>LinkedIn möchte bestätigen, dass Sie es sind (ein Code oder ein Rätsel). Öffnen Sie den Assistenten, erledigen Sie es dort und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The only switch on this setting's own page is off. It carries no name that says which setting it is, so this is the weakest kind of match: look at the picture to be sure.</source>
        <translation>Der einzige Schalter auf der eigenen Seite dieser Einstellung ist aus. Er trägt keinen Namen, der sagt, welche Einstellung er ist; das ist also die schwächste Art der Zuordnung: Sehen Sie sich zur Sicherheit das Bild an.</translation>
    </message>
    <message>
        <source>The switch “{label}” is off.</source>
        <translation>Der Schalter „{label}“ ist aus.</translation>
    </message>
    <message>
        <source>The switch “{label}” is on: LinkedIn still uses your data for this. Switch it off, then check again.</source>
        <translation>Der Schalter „{label}“ ist an: LinkedIn nutzt Ihre Daten weiterhin dafür. Schalten Sie ihn aus und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Found the switch “{label}” but could not tell whether it is on or off. Open the page and look at it yourself.</source>
        <translation>Der Schalter „{label}“ wurde gefunden, aber es ließ sich nicht sagen, ob er an oder aus ist. Öffnen Sie die Seite und sehen Sie selbst nach.</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region, so there is nothing to switch off here.</source>
        <translation>LinkedIn gibt an, dass diese Einstellung für Ihr Konto oder Ihre Region nicht angeboten wird; hier gibt es also nichts auszuschalten.</translation>
    </message>
    <message>
        <source>LinkedIn's page was still loading after {seconds} seconds, so nothing was read. Check again in a moment.</source>
        <translation>Die Seite von LinkedIn lud nach {seconds} Sekunden noch, daher wurde nichts gelesen. Prüfen Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>The page finished loading and has no such switch: LinkedIn may have moved it. Check by hand through the menus: {route}.</source>
        <translation>Die Seite ist fertig geladen und hat keinen solchen Schalter: LinkedIn hat ihn vielleicht verschoben. Prüfen Sie von Hand über die Menüs: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn words it a little differently from what the wizard knows.</source>
        <translation>LinkedIn formuliert ihn etwas anders, als der Assistent es kennt.</translation>
    </message>
    <message>
        <source>The switch has no name of its own: it was recognised by its description.</source>
        <translation>Der Schalter hat keinen eigenen Namen: Er wurde an seiner Beschreibung erkannt.</translation>
    </message>
    <message>
        <source>The page has finished, but its switch has no name at all, so the wizard cannot tell which setting it is. Open the page and look at it yourself.</source>
        <translation>Die Seite ist fertig, aber ihr Schalter hat überhaupt keinen Namen, daher kann der Assistent nicht erkennen, welche Einstellung er ist. Öffnen Sie die Seite und sehen Sie selbst nach.</translation>
    </message>
    <message>
        <source>the switch was still greyed out</source>
        <translation>der Schalter war noch ausgegraut</translation>
    </message>
    <message>
        <source>the page still showed it as loading</source>
        <translation>die Seite zeigte ihn noch als ladend an</translation>
    </message>
    <message>
        <source>the switch was not shown yet</source>
        <translation>der Schalter wurde noch nicht angezeigt</translation>
    </message>
    <message>
        <source>it was still changing</source>
        <translation>er änderte sich noch</translation>
    </message>
    <message>
        <source>The page did not finish loading: {why}. Nothing was read as on or off; check again in a moment.</source>
        <translation>Die Seite wurde nicht fertig geladen: {why}. Nichts wurde als an oder aus gelesen; prüfen Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>No LinkedIn session: sign in first, then check.</source>
        <translation>Keine LinkedIn-Sitzung: Melden Sie sich zuerst an und prüfen Sie dann.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>LinkedIn hat nicht innerhalb von {seconds} Sekunden geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings: the browser did not answer in time.</source>
        <translation>LinkedIns Einstellungen konnten nicht aufgelistet werden: Der Browser hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings at {url}: {why}</source>
        <translation>LinkedIns Einstellungen unter {url} konnten nicht aufgelistet werden: {why}</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}).</source>
        <translation>LinkedIn hat mit einem Fehler geantwortet (HTTP {status}).</translation>
    </message>
    <message>
        <source>the page gave no answer.</source>
        <translation>die Seite gab keine Antwort.</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again.</source>
        <translation>LinkedIn hat um eine erneute Anmeldung gebeten.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check.</source>
        <translation>LinkedIn hat um eine Sicherheitsprüfung gebeten.</translation>
    </message>
    <message>
        <source>the page was still loading when time was up.</source>
        <translation>die Seite lud noch, als die Zeit um war.</translation>
    </message>
    <message>
        <source>The setting's page is gone (HTTP {status}). LinkedIn may have moved it: check by hand through the menus: {route}.</source>
        <translation>Die Seite der Einstellung gibt es nicht mehr (HTTP {status}). LinkedIn hat sie vielleicht verschoben: Prüfen Sie von Hand über die Menüs: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}). Try again later.</source>
        <translation>LinkedIn hat mit einem Fehler geantwortet (HTTP {status}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Something on the page (such as a cookie notice) covered the switch; it was set aside for the picture.</source>
        <translation>Etwas auf der Seite (etwa ein Cookie-Hinweis) verdeckte den Schalter; es wurde für das Bild beiseitegeschoben.</translation>
    </message>
    <message>
        <source>The picture {path} could not be saved: {why}.</source>
        <translation>Das Bild {path} konnte nicht gespeichert werden: {why}.</translation>
    </message>
    <message>
        <source>The browser for the check stopped working, so nothing more was checked. Check again.</source>
        <translation>Der Browser für die Prüfung funktioniert nicht mehr, daher wurde nichts weiter geprüft. Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>LinkedIn ended the session when the check opened the page. Sign in again, then check again.</source>
        <translation>LinkedIn hat die Sitzung beendet, als die Prüfung die Seite öffnete. Melden Sie sich erneut an und prüfen Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>its name could not be looked up</source>
        <translation>sein Name konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>this computer is offline</source>
        <translation>dieser Computer ist offline</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>the network changed while it loaded</source>
        <translation>das Netzwerk hat sich beim Laden geändert</translation>
    </message>
    <message>
        <source>it could not be reached from here</source>
        <translation>es ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>er hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>its security certificate was not valid</source>
        <translation>sein Sicherheitszertifikat war ungültig</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>es konnte keine sichere Verbindung hergestellt werden</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>{host} kept sending the browser from one address to another, and the page never opened. Try again later; if it keeps happening, sign in again in the wizard.</source>
        <translation>{host} hat den Browser immer wieder von einer Adresse zur nächsten geschickt, und die Seite hat sich nie geöffnet. Versuchen Sie es später erneut; wenn es wieder passiert, melden Sie sich im Assistenten erneut an.</translation>
    </message>
    <message>
        <source>Could not reach {host}: {why}. Check your internet connection and try again.</source>
        <translation>{host} war nicht erreichbar: {why}. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not open the page on {host} (the browser said {code}). Check your internet connection and try again.</source>
        <translation>Die Seite auf {host} konnte nicht geöffnet werden (der Browser meldete {code}). Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your internet connection and try again.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The browser for the check stopped answering before the setting was read. Check again.</source>
        <translation>Der Browser für die Prüfung hat nicht mehr geantwortet, bevor die Einstellung gelesen war. Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The browser page crashed while reading the setting. Check again.</source>
        <translation>Die Browserseite ist beim Lesen der Einstellung abgestürzt. Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The browser closed before the setting could be read. Check again.</source>
        <translation>Der Browser wurde geschlossen, bevor die Einstellung gelesen werden konnte. Prüfen Sie erneut.</translation>
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
        <translation>Details anzeigen</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>What was done, your proof, and what comes next.</source>
        <translation>Was erledigt ist, Ihr Nachweis und wie es weitergeht.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>LinkedIn can turn such switches back on or add new ones: run the wizard again now and then to check.</source>
        <translation>LinkedIn kann solche Schalter wieder einschalten oder neue hinzufügen: Starten Sie den Assistenten ab und zu erneut, um nachzusehen.</translation>
    </message>
    <message>
        <source>Changes to ad settings may take LinkedIn up to 24 hours to apply.</source>
        <translation>Änderungen an Werbeeinstellungen kann LinkedIn erst nach bis zu 24 Stunden umsetzen.</translation>
    </message>
    <message>
        <source>The switch covers AI that &lt;i&gt;creates content&lt;/i&gt;. For LinkedIn's other uses of your data for AI, you can object with LinkedIn's &lt;a href="{url}"&gt;Data Processing Objection form&lt;/a&gt;.</source>
        <translation>Der Schalter betrifft KI, die &lt;i&gt;Inhalte erzeugt&lt;/i&gt;. Gegen andere KI-Nutzungen Ihrer Daten durch LinkedIn können Sie mit dem &lt;a href="{url}"&gt;Formular für den Widerspruch gegen die Datenverarbeitung&lt;/a&gt; von LinkedIn widersprechen.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Accounts done earlier in this run</source>
        <translation>Bereits erledigte Konten in diesem Durchgang</translation>
    </message>
    <message>
        <source>Do this for &amp;another account</source>
        <translation>Für ein &amp;anderes Konto wiederholen</translation>
    </message>
    <message>
        <source>Do this for another account</source>
        <translation>Für ein anderes Konto wiederholen</translation>
    </message>
    <message>
        <source>Starts again with a fresh browser profile, to sign in with another LinkedIn account. The results of this account stay on this screen.</source>
        <translation>Beginnt von vorn mit einem frischen Browserprofil, um sich mit einem anderen LinkedIn-Konto anzumelden. Die Ergebnisse dieses Kontos bleiben auf dieser Seite.</translation>
    </message>
    <message>
        <source>Your proof</source>
        <translation>Ihr Nachweis</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>(you skipped this step)</source>
        <translation>(Sie haben diesen Schritt übersprungen)</translation>
    </message>
    <message>
        <source>Every setting LinkedIn offers you is off, and the check confirmed it.</source>
        <translation>Jede Einstellung, die LinkedIn Ihnen anbietet, ist aus, und die Prüfung hat es bestätigt.</translation>
    </message>
    <message>
        <source>Every setting is off, and the check confirmed it.</source>
        <translation>Alle Einstellungen sind aus, und die Prüfung hat es bestätigt.</translation>
    </message>
    <message>
        <source>Send an ob&amp;jection…</source>
        <translation>Widerspr&amp;uch senden…</translation>
    </message>
    <message>
        <source>Send it a&amp;gain…</source>
        <translation>Erne&amp;ut senden…</translation>
    </message>
    <message>
        <source>Not everything is off yet: see below, or go Back and press “Fix this”.</source>
        <translation>Noch ist nicht alles aus: siehe unten, oder gehen Sie zurück und klicken Sie auf „Beheben“.</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Konto: {name}</translation>
    </message>
    <message>
        <source>{title}: {state}, the picture</source>
        <translation>{title}: {state}, das Bild</translation>
    </message>
    <message>
        <source>the account signed in</source>
        <translation>das angemeldete Konto</translation>
    </message>
    <message>
        <source>Read on {where} on {when}, for {whose}.</source>
        <translation>Gelesen auf {where} am {when}, für {whose}.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Widerspruch gegen die Datenverarbeitung</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Bild der Bestätigung von LinkedIn</translation>
    </message>
    <message>
        <source>Opens LinkedIn's Data Processing Objection form in the wizard.</source>
        <translation>Öffnet das Formular von LinkedIn für den Widerspruch gegen die Datenverarbeitung im Assistenten.</translation>
    </message>
    <message>
        <source>The switch covers only AI that creates content. For LinkedIn's other uses of your data for AI you can object with LinkedIn's form; the wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn decides; it answers by e-mail.</source>
        <translation>Der Schalter deckt nur KI ab, die Inhalte erzeugt. Gegen die anderen Nutzungen Ihrer Daten für KI durch LinkedIn können Sie mit dem Formular von LinkedIn widersprechen; der Assistent zeigt es und bewahrt die Bestätigung von LinkedIn als Beweis auf. LinkedIn entscheidet; die Antwort kommt per E-Mail.</translation>
    </message>
    <message>
        <source>It was sent over a year ago. LinkedIn's uses of data change: you may send it again.</source>
        <translation>Er wurde vor über einem Jahr gesendet. LinkedIn ändert, wie es Daten nutzt: Sie können ihn erneut senden.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(Name nicht angezeigt)</translation>
    </message>
    <message>
        <source>Save its report…</source>
        <translation>Seinen Bericht speichern…</translation>
    </message>
    <message>
        <source>Done earlier in this run</source>
        <translation>Bereits erledigt in diesem Durchgang</translation>
    </message>
</context>
<context>
    <name>GuardedPage</name>
    <message>
        <source>The page's link to {where} was not opened: the wizard opens only web (https) and e-mail links.</source>
        <translation>Der Link der Seite zu {where} wurde nicht geöffnet: Der Assistent öffnet nur Web- (https) und E-Mail-Links.</translation>
    </message>
    <message>
        <source>This sign-in page is not secure (no https), so the wizard does not open it: {host}. Sign in another way.</source>
        <translation>Diese Anmeldeseite ist nicht sicher (kein https), darum öffnet der Assistent sie nicht: {host}. Melden Sie sich auf einem anderen Weg an.</translation>
    </message>
    <message>
        <source>The page tried to open {where}; it was stopped.</source>
        <translation>Die Seite wollte {where} öffnen; das wurde verhindert.</translation>
    </message>
    <message>
        <source>The page tried to open a new window; the wizard keeps to one.</source>
        <translation>Die Seite wollte ein neues Fenster öffnen; der Assistent bleibt bei einem.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{symbol} {summary} Checked just now.</source>
        <translation>{symbol} {summary} Gerade eben geprüft.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{title}: was {before} on {date}, now {after}</source>
        <translation>{title}: am {date} {before}, jetzt {after}</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {why}.</source>
        <translation>Die Verlaufsdatei {path} konnte nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read or moved: {why}.</source>
        <translation>Die Verlaufsdatei {path} konnte nicht gelesen oder verschoben werden: {why}.</translation>
    </message>
    <message>
        <source>Some lines of the history file were damaged; they were kept as {name} and the rest of the history was kept.</source>
        <translation>Einige Zeilen der Verlaufsdatei waren beschädigt; sie wurden als {name} aufbewahrt, der übrige Verlauf blieb erhalten.</translation>
    </message>
    <message>
        <source>The result could not be added to the history: {why}</source>
        <translation>Das Ergebnis konnte nicht in den Verlauf aufgenommen werden: {why}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The sign-in page tried to open yet another window.</source>
        <translation>Die Anmeldeseite wollte noch ein weiteres Fenster öffnen.</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Adresse der Anmeldeseite</translation>
    </message>
    <message>
        <source>About this sign-in page</source>
        <translation>Über diese Anmeldeseite</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel signing in this way</source>
        <translation>Diese Art der Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>This sign-in service refused the wizard</source>
        <translation>Dieser Anmeldedienst hat den Assistenten abgelehnt</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn &amp;password</source>
        <translation>Mit meinem LinkedIn-&amp;Passwort anmelden</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn password</source>
        <translation>Mit meinem LinkedIn-Passwort anmelden</translation>
    </message>
    <message>
        <source>I have no password: &amp;set one…</source>
        <translation>Ich habe kein Passwort: &amp;eins festlegen…</translation>
    </message>
    <message>
        <source>I have no LinkedIn password: ask LinkedIn for a link to set one</source>
        <translation>Ich habe kein LinkedIn-Passwort: LinkedIn um einen Link bitten, um eines festzulegen</translation>
    </message>
    <message>
        <source>This sign-in service</source>
        <translation>Dieser Anmeldedienst</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host} will not sign you in here.&lt;/b&gt; It refuses browsers that are built into other apps, as this window is. You have not done anything wrong.</source>
        <translation>&lt;b&gt;{host} meldet Sie hier nicht an.&lt;/b&gt; Der Dienst lehnt Browser ab, die in andere Apps eingebaut sind, wie dieses Fenster. Sie haben nichts falsch gemacht.</translation>
    </message>
    <message>
        <source>What works instead:</source>
        <translation>Was stattdessen funktioniert:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your LinkedIn email and password&lt;/b&gt;, on LinkedIn's page in the wizard.</source>
        <translation>&lt;b&gt;Ihre LinkedIn-E-Mail-Adresse und Ihr Passwort&lt;/b&gt;, auf der LinkedIn-Seite im Assistenten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No LinkedIn password?&lt;/b&gt; If you always signed in with Google, LinkedIn can email you a link to set one (“Forgot password”).</source>
        <translation>&lt;b&gt;Kein LinkedIn-Passwort?&lt;/b&gt; Wenn Sie sich immer mit Google angemeldet haben, kann LinkedIn Ihnen einen Link senden, um eines festzulegen („Passwort vergessen“).</translation>
    </message>
    <message>
        <source>&lt;b&gt;A passkey&lt;/b&gt;, if you made one for LinkedIn.</source>
        <translation>&lt;b&gt;Ein Passkey&lt;/b&gt;, wenn Sie einen für LinkedIn erstellt haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another way&lt;/b&gt; LinkedIn offers, such as Apple or Microsoft.</source>
        <translation>&lt;b&gt;Ein anderer Weg&lt;/b&gt;, den LinkedIn anbietet, etwa Apple oder Microsoft.</translation>
    </message>
    <message>
        <source>{host} is not a sign-in service the wizard knows. Go on only if you expected it, for example your company's own sign-in page.</source>
        <translation>{host} ist kein Anmeldedienst, den der Assistent kennt. Fahren Sie nur fort, wenn Sie das erwartet haben, zum Beispiel bei der Anmeldeseite Ihrer Firma.</translation>
    </message>
    <message>
        <source>{host}, over a secure connection</source>
        <translation>{host}, über eine sichere Verbindung</translation>
    </message>
    <message>
        <source>{host}, not secure</source>
        <translation>{host}, nicht sicher</translation>
    </message>
    <message>
        <source>Address of the sign-in page: {address}</source>
        <translation>Adresse der Anmeldeseite: {address}</translation>
    </message>
    <message>
        <source>Sign-in page at {host}</source>
        <translation>Anmeldeseite auf {host}</translation>
    </message>
    <message>
        <source>Not secure: {host} was not opened, because it does not use an encrypted connection (https). Cancel, and sign in another way.</source>
        <translation>Nicht sicher: {host} wurde nicht geöffnet, weil es keine verschlüsselte Verbindung (https) nutzt. Brechen Sie ab und melden Sie sich anders an.</translation>
    </message>
    <message>
        <source>This is {site}'s answer to the sign-in. Read it, then close this window to go on signing in.</source>
        <translation>Das ist die Antwort von {site} auf die Anmeldung. Lesen Sie sie und schließen Sie dann dieses Fenster, um mit der Anmeldung fortzufahren.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, the Keychain on macOS, or Windows Credential Manager.</source>
        <translation>Richten Sie den Passwortspeicher Ihres Computers ein: GNOME Keyring oder KDE Wallet unter Linux, den Schlüsselbund unter macOS oder die Windows-Anmeldeinformationsverwaltung.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Your computer's password store could not be opened.</source>
        <translation>Der Passwortspeicher Ihres Computers ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>No password store on this computer keeps secrets safely.</source>
        <translation>Kein Passwortspeicher auf diesem Computer bewahrt Geheimnisse sicher auf.</translation>
    </message>
    <message>
        <source>The password store in use does not keep secrets safely.</source>
        <translation>Der verwendete Passwortspeicher bewahrt Geheimnisse nicht sicher auf.</translation>
    </message>
    <message>
        <source>Your password store is locked and was not unlocked.</source>
        <translation>Ihr Passwortspeicher ist gesperrt und wurde nicht entsperrt.</translation>
    </message>
    <message>
        <source>This computer has no password store in use.</source>
        <translation>Auf diesem Computer ist kein Passwortspeicher in Gebrauch.</translation>
    </message>
    <message>
        <source>Your password store refused.</source>
        <translation>Ihr Passwortspeicher hat abgelehnt.</translation>
    </message>
    <message>
        <source>The session remembered for {name} is damaged: sign in again (in the wizard, with “Remember me”, or: optout-wizard verify --sign-in --remember).</source>
        <translation>Die für {name} gemerkte Sitzung ist beschädigt: Melden Sie sich erneut an (im Assistenten mit „An mich erinnern“ oder: optout-wizard verify --sign-in --remember).</translation>
    </message>
    <message>
        <source>The app's data folder could not be used to keep the list of accounts in order ({why}).</source>
        <translation>Der Datenordner der App konnte nicht genutzt werden, um die Liste der Konten in Ordnung zu halten ({why}).</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store is damaged, and this password store cannot be searched to make it again. Sign in again with “Remember me” for each account.</source>
        <translation>Die Liste der in Ihrem Passwortspeicher gemerkten Konten ist beschädigt, und dieser Passwortspeicher lässt sich nicht durchsuchen, um sie neu zu erstellen. Melden Sie sich für jedes Konto erneut mit „An mich erinnern“ an.</translation>
    </message>
    <message>
        <source>This password store cannot be searched, so the app cannot find every entry it wrote. Forget each site's sessions instead (optout-wizard forget).</source>
        <translation>Dieser Passwortspeicher lässt sich nicht durchsuchen, daher kann die App nicht jeden Eintrag finden, den sie angelegt hat. Vergessen Sie stattdessen die Sitzungen jeder Website (optout-wizard forget).</translation>
    </message>
    <message>
        <source>{doing}… (your computer may ask you to unlock its password store)</source>
        <translation>{doing} … (Ihr Computer fragt eventuell nach dem Entsperren seines Passwortspeichers)</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(Name nicht angezeigt)</translation>
    </message>
</context>
<context>
    <name>Later</name>
    <message>
        <source>Unlock it (it unlocks when you log in) and the check runs again at your next login.</source>
        <translation>Entsperren Sie ihn (er wird bei der Anmeldung am Computer entsperrt); die Prüfung läuft bei Ihrer nächsten Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Unlock it (it unlocks when you log in), then check again.</source>
        <translation>Entsperren Sie ihn (er wird bei der Anmeldung am Computer entsperrt) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Your keyring is locked: the remembered session in your computer's password store could not be read, so nothing was checked.</source>
        <translation>Ihr Schlüsselbund ist gesperrt: Die gemerkte Sitzung im Passwortspeicher Ihres Computers konnte nicht gelesen werden, daher wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>No password store the app can use was found on this computer, so no remembered session could be read and nothing was checked. {get_one} Then sign in once in the wizard with “Remember me”.</source>
        <translation>Auf diesem Computer wurde kein Passwortspeicher gefunden, den die App nutzen kann, daher konnte keine gemerkte Sitzung gelesen und nichts geprüft werden. {get_one} Melden Sie sich dann einmal im Assistenten mit „An mich erinnern“ an.</translation>
    </message>
    <message>
        <source>Could not read the remembered sessions: {why}</source>
        <translation>Die gemerkten Sitzungen konnten nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store was damaged; it was made again from the sessions the store holds.</source>
        <translation>Die Liste der in Ihrem Passwortspeicher gemerkten Konten war beschädigt; sie wurde aus den gespeicherten Sitzungen neu erstellt.</translation>
    </message>
    <message>
        <source>What this check found could not be kept for the wizard: {why}</source>
        <translation>Das Ergebnis dieser Prüfung konnte nicht für den Assistenten aufbewahrt werden: {why}</translation>
    </message>
</context>
<context>
    <name>LaterChecks</name>
    <message>
        <source>Later checks</source>
        <translation>Spätere Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer, for later checks</source>
        <translation>Auf diesem Computer an mich &amp;erinnern, für spätere Prüfungen</translation>
    </message>
    <message>
        <source>Remember me on this computer, for later checks</source>
        <translation>Auf diesem Computer an mich erinnern, für spätere Prüfungen</translation>
    </message>
    <message>
        <source>From a terminal, the same check: optout-wizard verify</source>
        <translation>Dieselbe Prüfung im Terminal: optout-wizard verify</translation>
    </message>
    <message>
        <source>F&amp;orget me</source>
        <translation>Mich &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget me: delete the remembered session</source>
        <translation>Mich vergessen: die gespeicherte Sitzung löschen</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session, never your password, in your computer's password store.</source>
        <translation>Bewahrt Ihre LinkedIn-Sitzung, nie Ihr Passwort, im Passwortspeicher Ihres Computers auf.</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session (never your password) in your computer's password store (its keyring), so the check can run again later without signing in. Nothing is kept anywhere else.</source>
        <translation>Bewahrt Ihre LinkedIn-Sitzung (nie Ihr Passwort) im Passwortspeicher Ihres Computers (seinem Schlüsselbund) auf, damit die Prüfung später ohne Anmeldung erneut laufen kann. Nirgendwo sonst wird etwas gespeichert.</translation>
    </message>
    <message>
        <source>Password store status</source>
        <translation>Status des Passwortspeichers</translation>
    </message>
    <message>
        <source>Check again every &amp;month</source>
        <translation>Jeden &amp;Monat erneut prüfen</translation>
    </message>
    <message>
        <source>Check again every month</source>
        <translation>Jeden Monat erneut prüfen</translation>
    </message>
    <message>
        <source>Runs the check once a month and shows a notification if a setting is not off. Needs the session remembered.</source>
        <translation>Führt die Prüfung einmal im Monat aus und zeigt eine Benachrichtigung, wenn eine Einstellung nicht aus ist. Dafür muss die Sitzung gespeichert sein.</translation>
    </message>
    <message>
        <source>Check again &amp;tomorrow</source>
        <translation>Mor&amp;gen erneut prüfen</translation>
    </message>
    <message>
        <source>Check again tomorrow</source>
        <translation>Morgen erneut prüfen</translation>
    </message>
    <message>
        <source>LinkedIn says changes to ad settings may take up to 24 hours: checks once more a day from now. Needs the session remembered.</source>
        <translation>Laut LinkedIn können Änderungen an Werbeeinstellungen bis zu 24 Stunden dauern: prüft in einem Tag noch einmal. Dafür muss die Sitzung gespeichert sein.</translation>
    </message>
    <message>
        <source>Greyed out until you tick “Remember me” above: the later check signs in with the remembered session.</source>
        <translation>Ausgegraut, bis Sie oben „An mich erinnern“ ankreuzen: Die spätere Prüfung meldet sich mit der gespeicherten Sitzung an.</translation>
    </message>
    <message>
        <source>Monthly check status</source>
        <translation>Status der monatlichen Prüfung</translation>
    </message>
    <message>
        <source>Nothing was remembered for this account in this run.</source>
        <translation>Für dieses Konto wurde in diesem Durchgang nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to remember: you are not signed in.</source>
        <translation>Nichts zu speichern: Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Remembering</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Remembered in your computer's password store. “Forget me” deletes it again.</source>
        <translation>Im Passwortspeicher Ihres Computers gespeichert. „Mich vergessen“ löscht es wieder.</translation>
    </message>
    <message>
        <source>Forgotten: your session was deleted from the password store.</source>
        <translation>Vergessen: Ihre Sitzung wurde aus dem Passwortspeicher gelöscht.</translation>
    </message>
    <message>
        <source>The password store could not be used: {why}</source>
        <translation>Der Passwortspeicher konnte nicht verwendet werden: {why}</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Wird vergessen</translation>
    </message>
    <message>
        <source>Add a monthly r&amp;eminder to my calendar…</source>
        <translation>Monatliche Erinnerung in meinen &amp;Kalender eintragen…</translation>
    </message>
    <message>
        <source>Add a monthly reminder to my calendar</source>
        <translation>Monatliche Erinnerung in meinen Kalender eintragen</translation>
    </message>
    <message>
        <source>Saves a calendar file with a monthly reminder to check your settings, and opens it in your calendar.</source>
        <translation>Speichert eine Kalenderdatei mit einer monatlichen Erinnerung, Ihre Einstellungen zu prüfen, und öffnet sie in Ihrem Kalender.</translation>
    </message>
    <message>
        <source>Looking at the monthly check…</source>
        <translation>Die monatliche Prüfung wird angesehen…</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>Zuletzt: {what}</translation>
    </message>
    <message>
        <source>Save a monthly reminder</source>
        <translation>Monatliche Erinnerung speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>The reminder could not be saved: {why}</source>
        <translation>Die Erinnerung konnte nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <source>Saved {path}. Open it to add the reminder to your calendar.</source>
        <translation>{path} gespeichert. Öffnen Sie die Datei, um die Erinnerung in Ihren Kalender einzutragen.</translation>
    </message>
    <message>
        <source>Nothing was remembered, so there was nothing to delete.</source>
        <translation>Es war nichts gespeichert, also gab es nichts zu löschen.</translation>
    </message>
    <message>
        <source>The wizard goes on without remembering you.</source>
        <translation>Der Assistent macht weiter, ohne sich an Sie zu erinnern.</translation>
    </message>
    <message>
        <source>Setting up the next check…</source>
        <translation>Die nächste Prüfung wird eingerichtet…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>Die Prüfung wird abgesagt…</translation>
    </message>
    <message>
        <source>The monthly check could not be changed: {why}</source>
        <translation>Die monatliche Prüfung konnte nicht geändert werden: {why}</translation>
    </message>
    <message>
        <source>The check runs once more on {when}.</source>
        <translation>Die Prüfung läuft am {when} noch einmal.</translation>
    </message>
    <message>
        <source>The check tomorrow is cancelled.</source>
        <translation>Die Prüfung morgen ist abgesagt.</translation>
    </message>
</context>
<context>
    <name>LaterRuns</name>
    <message>
        <source>The check on {date} could not run: {why}</source>
        <translation>Die Prüfung am {date} konnte nicht laufen: {why}</translation>
    </message>
    <message>
        <source>The check on {date} found these settings on: {titles}.</source>
        <translation>Die Prüfung am {date} fand diese Einstellungen eingeschaltet: {titles}.</translation>
    </message>
    <message>
        <source>It could not check {titles}: {why}</source>
        <translation>{titles} konnte nicht geprüft werden: {why}</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on: {titles}.</source>
        <translation>LinkedIn hat eine Einstellung hinzugefügt, die eingeschaltet ist: {titles}.</translation>
    </message>
    <message>
        <source>The check on {date} found every setting off.</source>
        <translation>Die Prüfung am {date} fand jede Einstellung ausgeschaltet.</translation>
    </message>
    <message>
        <source>The check on {date}:</source>
        <translation>Die Prüfung am {date}:</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Looking for the switch…</source>
        <translation>Schalter wird gesucht …</translation>
    </message>
    <message>
        <source>The page is loading.</source>
        <translation>Die Seite wird geladen.</translation>
    </message>
    <message>
        <source>The page is still loading the setting.</source>
        <translation>Die Seite lädt die Einstellung noch.</translation>
    </message>
    <message>
        <source>LinkedIn's switch for this is off. Press Next.</source>
        <translation>LinkedIns Schalter dafür ist aus. Klicken Sie auf Weiter.</translation>
    </message>
    <message>
        <source>Click the outlined switch “{label}” on the page, or press “Switch it off for me”.</source>
        <translation>Klicken Sie auf den umrandeten Schalter „{label}“ auf der Seite oder auf „Für mich ausschalten“.</translation>
    </message>
    <message>
        <source>Click the outlined switch on the page, or press “Switch it off for me”.</source>
        <translation>Klicken Sie auf den umrandeten Schalter auf der Seite oder auf „Für mich ausschalten“.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>LinkedIn ended the session. Sign in again.</source>
        <translation>LinkedIn hat die Sitzung beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it in the page below.</source>
        <translation>LinkedIn möchte bestätigen, dass Sie es sind – erledigen Sie das auf der Seite unten.</translation>
    </message>
    <message>
        <source>Still loading</source>
        <translation>Lädt noch</translation>
    </message>
    <message>
        <source>Press “Reload the page”.</source>
        <translation>Drücken Sie „Seite neu laden“.</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region: there is nothing to switch off. You can go on.</source>
        <translation>LinkedIn gibt an, dass diese Einstellung für Ihr Konto oder Ihre Region nicht angeboten wird: Es gibt nichts auszuschalten. Sie können weitermachen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation>Sie können weitermachen.</translation>
    </message>
    <message>
        <source>Off — saving</source>
        <translation>Aus – wird gespeichert</translation>
    </message>
    <message>
        <source>Making sure LinkedIn saved it…</source>
        <translation>Es wird sichergestellt, dass LinkedIn es gespeichert hat …</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it: the switch is still on. Looking at the page again…</source>
        <translation>LinkedIn hat es nicht gespeichert: Der Schalter ist noch an. Die Seite wird erneut angesehen …</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it. Try again, or come back later.</source>
        <translation>LinkedIn hat es nicht gespeichert. Versuchen Sie es noch einmal oder kommen Sie später wieder.</translation>
    </message>
    <message>
        <source>Still on</source>
        <translation>Immer noch an</translation>
    </message>
    <message>
        <source>Page error</source>
        <translation>Seitenfehler</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>LinkedIn did not confirm the setting in time. Press “Reload the page” to read it again.</source>
        <translation>LinkedIn hat die Einstellung nicht rechtzeitig bestätigt. Drücken Sie „Seite neu laden“, um sie erneut zu lesen.</translation>
    </message>
    <message>
        <source>The wizard's click did not reach the switch: something on the page covers it. Close what covers it, or click the outlined switch yourself.</source>
        <translation>Der Klick des Assistenten hat den Schalter nicht erreicht: Etwas auf der Seite verdeckt ihn. Schließen Sie, was ihn verdeckt, oder klicken Sie selbst auf den umrandeten Schalter.</translation>
    </message>
    <message>
        <source>The switch is no longer on the page. Reload it.</source>
        <translation>Der Schalter ist nicht mehr auf der Seite. Laden Sie sie neu.</translation>
    </message>
    <message>
        <source>The page has not finished loading the switch. Try again in a moment.</source>
        <translation>Die Seite hat den Schalter noch nicht fertig geladen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The switch is not on any more.</source>
        <translation>Der Schalter ist nicht mehr eingeschaltet.</translation>
    </message>
    <message>
        <source>The page did not allow the wizard's click.</source>
        <translation>Die Seite hat den Klick des Assistenten nicht zugelassen.</translation>
    </message>
    <message>
        <source>The wizard clicked the switch, but the page did not change it. Click the outlined switch yourself.</source>
        <translation>Der Assistent hat auf den Schalter geklickt, aber die Seite hat ihn nicht umgestellt. Klicken Sie selbst auf den umrandeten Schalter.</translation>
    </message>
</context>
<context>
    <name>NewOnLinkedIn</name>
    <message>
        <source>New on LinkedIn</source>
        <translation>Neu bei LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists could not be read</source>
        <translation>LinkedIns Listen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>LinkedIns Einstellungslisten zeigen keine Einstellung, die diese App nicht kennt.</translation>
    </message>
    <message>
        <source>New on LinkedIn: a setting that is on: {titles}</source>
        <translation>Neu auf LinkedIn: eine Einstellung, die eingeschaltet ist: {titles}</translation>
    </message>
    <message>
        <source>New on LinkedIn: {title}</source>
        <translation>Neu bei LinkedIn: {title}</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn listet eine Einstellung, die diese App noch nicht kennt: „{title}“ – sie ist {state}.</translation>
    </message>
    <message>
        <source>Open its page, read what LinkedIn says it does, and decide there. The wizard does not know this setting, so it neither checks nor changes it.</source>
        <translation>Öffnen Sie die Seite, lesen Sie, was LinkedIn dazu sagt, und entscheiden Sie dort. Der Assistent kennt diese Einstellung nicht, daher prüft und ändert er sie nicht.</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Open the page of “{title}”</source>
        <translation>Die Seite von „{title}“ öffnen</translation>
    </message>
    <message>
        <source>Check again, to see how it stands now</source>
        <translation>Erneut prüfen, um zu sehen, wie es jetzt steht</translation>
    </message>
    <message>
        <source>You opened the page of “{title}”.</source>
        <translation>Sie haben die Seite von „{title}“ geöffnet.</translation>
    </message>
    <message>
        <source>If you changed it there, check again: the check reads LinkedIn's lists afresh and shows how it stands now.</source>
        <translation>Wenn Sie sie dort geändert haben, prüfen Sie erneut: Die Prüfung liest die Listen von LinkedIn neu und zeigt, wie es jetzt steht.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Still on: {titles}</source>
        <translation>Noch eingeschaltet: {titles}</translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation>Nicht geprüft: {why}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check{whose}: {headline}</source>
        <translation>LinkedIn-Widerspruchsprüfung{whose}: {headline}</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Objection sent on {date}, case {case}.</source>
        <translation>Widerspruch gesendet am {date}, Fallnummer {case}.</translation>
    </message>
    <message>
        <source>Objection sent on {date} (no case number was shown).</source>
        <translation>Widerspruch gesendet am {date} (es wurde keine Fallnummer angezeigt).</translation>
    </message>
    <message>
        <source>LinkedIn decides on it and answers by e-mail: look out for its message. The wizard cannot check an objection later; it keeps the date, the case and the picture.</source>
        <translation>LinkedIn entscheidet darüber und antwortet per E-Mail: Achten Sie auf die Nachricht. Der Assistent kann einen Widerspruch später nicht prüfen; er bewahrt Datum, Fallnummer und Bild auf.</translation>
    </message>
</context>
<context>
    <name>ObjectionScreen</name>
    <message>
        <source>Object to LinkedIn's other uses of your data for AI</source>
        <translation>Widersprechen Sie den anderen Nutzungen Ihrer Daten für KI durch LinkedIn</translation>
    </message>
    <message>
        <source>Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard.</source>
        <translation>Freiwillig. LinkedIn entscheidet; die Antwort kommt per E-Mail. Sie senden ihn, nicht der Assistent.</translation>
    </message>
    <message>
        <source>The switch covered only AI that creates content. LinkedIn also uses members' data for other AI: to choose what you see, to moderate, and in models that do not create content. Its form below lets you object to that. Where it asks what you object to, choose “{topic}”; for the text, copy the wizard's suggestion and change it as you like. Then press the form's own button to send it. The wizard never fills it in or sends it for you.</source>
        <translation>Der Schalter betraf nur KI, die Inhalte erzeugt. LinkedIn nutzt Mitgliederdaten auch für andere KI: um auszuwählen, was Sie sehen, zur Moderation und in Modellen, die keine Inhalte erzeugen. Mit dem Formular unten können Sie dem widersprechen. Wo es fragt, wogegen Sie widersprechen, wählen Sie „{topic}“; für den Text kopieren Sie den Vorschlag des Assistenten und ändern ihn nach Belieben. Senden Sie es dann mit der Schaltfläche des Formulars. Der Assistent füllt es nie aus und sendet es nie für Sie.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>Was zu tun &amp;ist</translation>
    </message>
    <message>
        <source>Show what to do</source>
        <translation>Zeigen, was zu tun ist</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Vorgeschlagener Text</translation>
    </message>
    <message>
        <source>A text you may copy into the form and change as you like.</source>
        <translation>Ein Text, den Sie in das Formular kopieren und nach Belieben ändern können.</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the suggested text</source>
        <translation>Den vorgeschlagenen Text kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Open the form again</source>
        <translation>Formular erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the form again</source>
        <translation>Formular erneut öffnen</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Das Formular</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Bild der Bestätigung von LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's form could not be opened: {why} Press Retry in the page, or “Open the form again”. Nothing was sent.</source>
        <translation>Das Formular von LinkedIn konnte nicht geöffnet werden: {why} Klicken Sie auf der Seite auf „Erneut versuchen“ oder auf „Formular erneut öffnen“. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Opening LinkedIn's form…</source>
        <translation>Das Formular von LinkedIn wird geöffnet…</translation>
    </message>
    <message>
        <source>Copied. Click into the form's text box below and paste it (Ctrl+V), then change it as you like.</source>
        <translation>Kopiert. Klicken Sie unten in das Textfeld des Formulars und fügen Sie ihn ein (Strg+V); ändern Sie ihn dann nach Belieben.</translation>
    </message>
    <message>
        <source>LinkedIn's form shows what to correct: the marked fields in the page. Nothing has been sent yet.</source>
        <translation>Das Formular von LinkedIn zeigt, was zu korrigieren ist: die markierten Felder auf der Seite. Es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Fill in the form below and press its button to send it. The wizard notices LinkedIn's confirmation and keeps a picture of it.</source>
        <translation>Füllen Sie das Formular unten aus und senden Sie es mit seiner Schaltfläche. Der Assistent erkennt die Bestätigung von LinkedIn und bewahrt ein Bild davon auf.</translation>
    </message>
    <message>
        <source>Waiting for LinkedIn's answer…</source>
        <translation>Warten auf die Antwort von LinkedIn…</translation>
    </message>
    <message>
        <source>LinkedIn does not offer this form in your region, so nothing can be sent here. Nothing was sent, and nothing else is needed on this step: press Next.</source>
        <translation>LinkedIn bietet dieses Formular in Ihrer Region nicht an, daher kann hier nichts gesendet werden. Es wurde nichts gesendet, und in diesem Schritt ist nichts weiter nötig: Klicken Sie auf Weiter.</translation>
    </message>
    <message>
        <source>LinkedIn signed you out before the form was sent: nothing was sent. Sign in again in the page below; LinkedIn brings you back to the form, and you send it again (copy the text again if you need it).</source>
        <translation>LinkedIn hat Sie abgemeldet, bevor das Formular gesendet wurde: Es wurde nichts gesendet. Melden Sie sich unten auf der Seite erneut an; LinkedIn bringt Sie zurück zum Formular, und Sie senden es erneut (kopieren Sie den Text bei Bedarf noch einmal).</translation>
    </message>
    <message>
        <source>This page is not the form. Finish what LinkedIn asks here, or press “Open the form again”.</source>
        <translation>Diese Seite ist nicht das Formular. Erledigen Sie, was LinkedIn hier verlangt, oder klicken Sie auf „Formular erneut öffnen“.</translation>
    </message>
    <message>
        <source>It could not be added to the history ({why}); save the report on the next screen to keep the proof.</source>
        <translation>Er konnte nicht im Verlauf gespeichert werden ({why}); speichern Sie auf dem nächsten Bildschirm den Bericht, um den Beweis zu behalten.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>A picture of the confirmation could not be taken.</source>
        <translation>Von der Bestätigung konnte kein Bild aufgenommen werden.</translation>
    </message>
</context>
<context>
    <name>OptOutScreen</name>
    <message>
        <source>Step {n} of {count}: {title}</source>
        <translation>Schritt {n} von {count}: {title}</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Was Sie aufgeben: {loses}</translation>
    </message>
    <message>
        <source>Show why this matters</source>
        <translation>Zeigen, warum das wichtig ist</translation>
    </message>
    <message>
        <source>Why this &amp;matters</source>
        <translation>Warum das wi&amp;chtig ist</translation>
    </message>
    <message>
        <source>This step was last compared with LinkedIn's page on {date}; LinkedIn may have changed it since. If the page looks different, “Show me the way” helps.</source>
        <translation>Dieser Schritt wurde zuletzt am {date} mit der Seite von LinkedIn abgeglichen; LinkedIn hat sie seitdem vielleicht geändert. Sieht die Seite anders aus, hilft „Weg zeigen“.</translation>
    </message>
    <message>
        <source>&amp;Switch it off for me</source>
        <translation>Für mich &amp;ausschalten</translation>
    </message>
    <message>
        <source>Switch it off for me</source>
        <translation>Für mich ausschalten</translation>
    </message>
    <message>
        <source>Clicks the outlined switch in the page.</source>
        <translation>Klickt auf den umrandeten Schalter auf der Seite.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Wo Sie sind</translation>
    </message>
    <message>
        <source>Show me the &amp;way</source>
        <translation>W&amp;eg zeigen</translation>
    </message>
    <message>
        <source>Show me the way through LinkedIn's menus</source>
        <translation>Den Weg durch die Menüs von LinkedIn zeigen</translation>
    </message>
    <message>
        <source>S&amp;kip this step…</source>
        <translation>Schritt übersp&amp;ringen …</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>If the page below does not show the switch, LinkedIn may have moved it. The way through the menus:</source>
        <translation>Wenn die Seite unten den Schalter nicht zeigt, hat LinkedIn ihn vielleicht verschoben. Der Weg durch die Menüs:</translation>
    </message>
    <message>
        <source>The way through LinkedIn's menus</source>
        <translation>Der Weg durch die Menüs von LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Open “Settings &amp;&amp; Privacy” in the page</source>
        <translation>„Einstellungen &amp;&amp; Datenschutz“ auf der Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open Settings and Privacy in the page</source>
        <translation>Einstellungen und Datenschutz auf der Seite öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skip this setting?&lt;/b&gt; It stays on, and LinkedIn keeps using your data for it. The final check will show it as not done, and you can come back to it.</source>
        <translation>&lt;b&gt;Diese Einstellung überspringen?&lt;/b&gt; Sie bleibt an, und LinkedIn nutzt Ihre Daten weiter dafür. Die abschließende Prüfung zeigt sie als nicht erledigt, und Sie können später darauf zurückkommen.</translation>
    </message>
    <message>
        <source>Skip warning</source>
        <translation>Warnung zum Überspringen</translation>
    </message>
    <message>
        <source>&amp;Yes, skip it</source>
        <translation>&amp;Ja, überspringen</translation>
    </message>
    <message>
        <source>Yes, skip this setting</source>
        <translation>Ja, diese Einstellung überspringen</translation>
    </message>
    <message>
        <source>&amp;Don't skip</source>
        <translation>&amp;Nicht überspringen</translation>
    </message>
    <message>
        <source>Don't skip</source>
        <translation>Nicht überspringen</translation>
    </message>
    <message>
        <source>R&amp;eload the page</source>
        <translation>Seite neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Seite neu laden</translation>
    </message>
    <message>
        <source>Loads LinkedIn's page again and reads the switch afresh.</source>
        <translation>Lädt die LinkedIn-Seite erneut und liest den Schalter neu.</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Erneut an&amp;melden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>You are in LinkedIn's menus. The wizard reads the switch again as soon as a page shows it.</source>
        <translation>Sie sind in den Menüs von LinkedIn. Der Assistent liest den Schalter wieder, sobald eine Seite ihn zeigt.</translation>
    </message>
    <message>
        <source>Switch it off on LinkedIn's page below; the strip says when it is.</source>
        <translation>Schalten Sie ihn unten auf der LinkedIn-Seite aus; der Streifen sagt, wann er aus ist.</translation>
    </message>
</context>
<context>
    <name>OptOutWizard</name>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>LinkedIn-Widerspruchsassistent</translation>
    </message>
    <message>
        <source>{title} — Practice</source>
        <translation>{title} – Übung</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>&amp;Über …</translation>
    </message>
    <message>
        <source>Go on to another account?</source>
        <translation>Mit einem anderen Konto weitermachen?</translation>
    </message>
    <message>
        <source>&amp;Go on to another account</source>
        <translation>Mit einem anderen &amp;Konto weiter</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <source>Not confirmed off yet:</source>
        <translation>Noch nicht bestätigt aus:</translation>
    </message>
    <message>
        <source>These are still on:</source>
        <translation>Diese sind noch an:</translation>
    </message>
    <message>
        <source>LinkedIn keeps using your data for these until they are off. You can come back and finish at any time.</source>
        <translation>LinkedIn nutzt Ihre Daten dafür weiter, bis sie aus sind. Sie können jederzeit zurückkommen und es abschließen.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>Trotzdem &amp;schließen</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Bleiben</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <source>LinkedIn's page: {title}</source>
        <translation>LinkedIns Seite: {title}</translation>
    </message>
    <message>
        <source>This is LinkedIn's own page for “{title}”. The wizard does not know this setting, so it neither reads nor changes it: read what LinkedIn says it does, and switch it off here if you want to. Verify again to see its state in the list.</source>
        <translation>Dies ist LinkedIns eigene Seite für „{title}“. Der Assistent kennt diese Einstellung nicht und liest oder ändert sie daher nicht: Lesen Sie, was sie laut LinkedIn tut, und schalten Sie sie hier aus, wenn Sie möchten. Prüfen Sie erneut, um ihren Stand in der Liste zu sehen.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Über diese Seite</translation>
    </message>
    <message>
        <source>LinkedIn's page</source>
        <translation>LinkedIns Seite</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>PasskeyDialog</name>
    <message>
        <source>Sign in with a passkey or security key</source>
        <translation>Mit einem Passkey oder Sicherheitsschlüssel anmelden</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Accounts on this key</source>
        <translation>Konten auf diesem Schlüssel</translation>
    </message>
    <message>
        <source>The security key's PIN</source>
        <translation>Die PIN des Sicherheitsschlüssels</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Choose the account to sign in to {site} with:</source>
        <translation>Wählen Sie das Konto, mit dem Sie sich bei {site} anmelden:</translation>
    </message>
    <message>
        <source>Enter your security key's PIN.</source>
        <translation>Geben Sie die PIN Ihres Sicherheitsschlüssels ein.</translation>
    </message>
    <message>
        <source>That PIN was not right. Tries left: {n}.</source>
        <translation>Diese PIN war nicht richtig. Verbleibende Versuche: {n}.</translation>
    </message>
    <message>
        <source>Touch your security key, or confirm with your device's passkey, to sign in to {site}.</source>
        <translation>Berühren Sie Ihren Sicherheitsschlüssel oder bestätigen Sie mit dem Passkey Ihres Geräts, um sich bei {site} anzumelden.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>You can sign in another way on the page instead: your password, or Google or Apple.</source>
        <translation>Sie können sich stattdessen auf der Seite anders anmelden: mit Ihrem Passwort, mit Google oder Apple.</translation>
    </message>
    <message>
        <source>The passkey or key did not answer in time.</source>
        <translation>Der Passkey oder Schlüssel hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>This key is not registered for your account.</source>
        <translation>Dieser Schlüssel ist für Ihr Konto nicht registriert.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: take the key out and put it in again.</source>
        <translation>Zu viele falsche PINs: Ziehen Sie den Schlüssel ab und stecken Sie ihn wieder ein.</translation>
    </message>
    <message>
        <source>The key is locked after too many wrong PINs.</source>
        <translation>Der Schlüssel ist nach zu vielen falschen PINs gesperrt.</translation>
    </message>
    <message>
        <source>The sign-in was not confirmed on the key.</source>
        <translation>Die Anmeldung wurde auf dem Schlüssel nicht bestätigt.</translation>
    </message>
    <message>
        <source>Signing in with a passkey did not work here.</source>
        <translation>Die Anmeldung mit einem Passkey hat hier nicht funktioniert.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice: a replica of LinkedIn on this computer. Any email and password work.</source>
        <translation>Übung: eine Nachbildung von LinkedIn auf diesem Computer. Jede E-Mail-Adresse und jedes Passwort funktioniert.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Saves the check, with a picture of each switch, as a web page or a PDF.</source>
        <translation>Speichert die Prüfung mit einem Bild jedes Schalters als Webseite oder PDF.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status des Berichts</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Den gespeicherten Bericht öffnen</translation>
    </message>
    <message>
        <source>O&amp;pen report</source>
        <translation>Beric&amp;ht öffnen</translation>
    </message>
    <message>
        <source>A report to keep</source>
        <translation>Ein Bericht zum Aufbewahren</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the saved report in its folder</source>
        <translation>Den gespeicherten Bericht in seinem Ordner zeigen</translation>
    </message>
    <message>
        <source>Changes since the last check</source>
        <translation>Änderungen seit der letzten Prüfung</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Frühere Prüfungen</translation>
    </message>
    <message>
        <source>Changed since the last check:</source>
        <translation>Seit der letzten Prüfung geändert:</translation>
    </message>
    <message>
        <source>This is the first check kept on this computer.</source>
        <translation>Dies ist die erste Prüfung, die auf diesem Computer aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Web page, pictures included (*.html);;PDF document (*.pdf)</source>
        <translation>Webseite mit Bildern (*.html);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {why}</source>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden: {why}</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Use a session &amp;remembered on this computer…</source>
        <translation>Eine auf diesem Computer gespei&amp;cherte Sitzung verwenden …</translation>
    </message>
    <message>
        <source>Use a session remembered on this computer</source>
        <translation>Eine auf diesem Computer gespeicherte Sitzung verwenden</translation>
    </message>
    <message>
        <source>Signs in with a session kept in your computer's password store by “Remember me”. Your computer may ask you to unlock it.</source>
        <translation>Meldet sich mit einer Sitzung an, die „An mich erinnern“ im Passwortspeicher Ihres Computers abgelegt hat. Ihr Computer fragt eventuell nach dem Entsperren.</translation>
    </message>
    <message>
        <source>Remembered sessions</source>
        <translation>Gespeicherte Sitzungen</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Wird gesucht</translation>
    </message>
    <message>
        <source>No session is remembered on this computer for {site}.</source>
        <translation>Auf diesem Computer ist keine Sitzung für {site} gespeichert.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Welches Konto?</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(Name nicht angezeigt)</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Weiter als {name}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Wird geöffnet</translation>
    </message>
    <message>
        <source>That session is no longer remembered. Sign in below instead.</source>
        <translation>Diese Sitzung ist nicht mehr gespeichert. Melden Sie sich stattdessen unten an.</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>Anmeldung als {name} …</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Wird vergessen</translation>
    </message>
    <message>
        <source>The remembered session of {name} had expired; it was removed from the password store. Sign in below.</source>
        <translation>Die gespeicherte Sitzung von {name} war abgelaufen; sie wurde aus dem Passwortspeicher entfernt. Melden Sie sich unten an.</translation>
    </message>
    <message>
        <source>The password store could not be read: {why} Sign in below instead.</source>
        <translation>Der Passwortspeicher konnte nicht gelesen werden: {why} Melden Sie sich stattdessen unten an.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Off — you are opted out</source>
        <translation>Aus – Sie haben widersprochen</translation>
    </message>
    <message>
        <source>On — LinkedIn still uses your data for this</source>
        <translation>An – LinkedIn nutzt Ihre Daten dafür weiterhin</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
    <message>
        <source>The switch was found by its label and read as off: you are opted out.</source>
        <translation>Der Schalter wurde anhand seiner Beschriftung gefunden und als aus gelesen: Sie haben widersprochen.</translation>
    </message>
    <message>
        <source>The switch was found and read as on: you are not opted out yet.</source>
        <translation>Der Schalter wurde gefunden und als an gelesen: Sie haben noch nicht widersprochen.</translation>
    </message>
    <message>
        <source>LinkedIn sent the check to its sign-in page: the session had ended.</source>
        <translation>LinkedIn hat die Prüfung auf seine Anmeldeseite geschickt: Die Sitzung war abgelaufen.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check (a code or a puzzle) first.</source>
        <translation>LinkedIn verlangte zuerst eine Sicherheitsprüfung (einen Code oder ein Rätsel).</translation>
    </message>
    <message>
        <source>The page loaded but no switch matched: the page changed, or the setting is not offered for this account or region.</source>
        <translation>Die Seite wurde geladen, aber kein Schalter passte: Die Seite hat sich geändert, oder die Einstellung wird für dieses Konto oder diese Region nicht angeboten.</translation>
    </message>
    <message>
        <source>The page could not be checked (network, timeout, HTTP error or no browser).</source>
        <translation>Die Seite konnte nicht geprüft werden (Netzwerk, Zeitüberschreitung, HTTP-Fehler oder kein Browser).</translation>
    </message>
    <message>
        <source>LinkedIn also lists a new setting, “{title}”, and it is on.</source>
        <translation>LinkedIn führt außerdem eine neue Einstellung, „{title}“, und sie ist an.</translation>
    </message>
    <message>
        <source>LinkedIn also lists {n} new settings that are on.</source>
        <translation>LinkedIn führt außerdem {n} neue Einstellungen, die an sind.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Die Prüfung konnte nicht laufen.</translation>
    </message>
    <message>
        <source>1 setting could not be checked.</source>
        <translation>1 Einstellung konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>{n} settings could not be checked.</source>
        <translation>{n} Einstellungen konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>1 setting is still on.</source>
        <translation>1 Einstellung ist noch an.</translation>
    </message>
    <message>
        <source>{n} settings are still on.</source>
        <translation>{n} Einstellungen sind noch an.</translation>
    </message>
    <message>
        <source>LinkedIn does not offer you any of these settings.</source>
        <translation>LinkedIn bietet Ihnen keine dieser Einstellungen an.</translation>
    </message>
    <message>
        <source>Every setting offered to you is off; LinkedIn does not offer the rest.</source>
        <translation>Jede Einstellung, die Ihnen angeboten wird, ist aus; den Rest bietet LinkedIn nicht an.</translation>
    </message>
    <message>
        <source>All settings are off.</source>
        <translation>Alle Einstellungen sind aus.</translation>
    </message>
    <message>
        <source>Data Processing Objection: {word}. {sentence}</source>
        <translation>Widerspruch gegen die Datenverarbeitung: {word}. {sentence}</translation>
    </message>
    <message>
        <source>LinkedIn lists settings this app does not know yet:</source>
        <translation>LinkedIn listet Einstellungen, die diese App noch nicht kennt:</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Was zu tun ist: {advice}</translation>
    </message>
    <message>
        <source>New since this check.</source>
        <translation>Neu seit dieser Prüfung.</translation>
    </message>
    <message>
        <source>Listed since {date}.</source>
        <translation>Gelistet seit {date}.</translation>
    </message>
    <message>
        <source>open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, and decide. The wizard does not know it, so it neither checks nor changes it.</source>
        <translation>öffnen Sie sie (im Assistenten: Fertig, „Neu bei LinkedIn“), lesen Sie, was sie laut LinkedIn tut, und entscheiden Sie. Der Assistent kennt sie nicht und prüft oder ändert sie daher nicht.</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn listet eine Einstellung, die diese App noch nicht kennt: „{title}“ – sie ist {state}.</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on.</source>
        <translation>LinkedIn hat eine Einstellung hinzugefügt, die an ist.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>{title}: the switch as seen</source>
        <translation>{title}: der Schalter, wie er zu sehen war</translation>
    </message>
    <message>
        <source>Practice check on a replica site: this is not LinkedIn.</source>
        <translation>Übungsprüfung auf einer nachgebildeten Website: Das ist nicht LinkedIn.</translation>
    </message>
    <message>
        <source>New on LinkedIn</source>
        <translation>Neu bei LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn lists these settings, which this app does not know yet (it sees only what LinkedIn's lists show):</source>
        <translation>LinkedIn listet diese Einstellungen, die diese App noch nicht kennt (sie sieht nur, was LinkedIns Listen zeigen):</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Was zu tun ist: {advice}</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>LinkedIns Einstellungslisten zeigen keine Einstellung, die diese App nicht kennt.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Widerspruch gegen die Datenverarbeitung</translation>
    </message>
    <message>
        <source>LinkedIn's page said: “{said}”</source>
        <translation>Die Seite von LinkedIn sagte: „{said}“</translation>
    </message>
    <message>
        <source>A request to LinkedIn, not a switch: it is not counted among the settings above, and no check can read it again.</source>
        <translation>Eine Anfrage an LinkedIn, kein Schalter: Sie zählt nicht zu den Einstellungen oben, und keine Prüfung kann sie erneut lesen.</translation>
    </message>
    <message>
        <source>LinkedIn's confirmation of the objection</source>
        <translation>Die Bestätigung des Widerspruchs durch LinkedIn</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>(not shown on the page)</source>
        <translation>(auf der Seite nicht angezeigt)</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard {version}, {browser}</source>
        <translation>LinkedIn-Widerspruchsassistent {version}, {browser}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check</source>
        <translation>LinkedIn-Widerspruchsprüfung</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>(this computer's time)</source>
        <translation>(Zeit dieses Computers)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Geprüft mit</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was zu sehen war</translation>
    </message>
    <message>
        <source>What each result means</source>
        <translation>Was jedes Ergebnis bedeutet</translation>
    </message>
    <message>
        <source>The pictures</source>
        <translation>Die Bilder</translation>
    </message>
    <message>
        <source>Only “{off}” means the switch was found and read as off. Anything the check could not see is never reported as “{off}”.</source>
        <translation>Nur „{off}“ bedeutet, dass der Schalter gefunden und als aus gelesen wurde. Was die Prüfung nicht sehen konnte, wird nie als „{off}“ gemeldet.</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>{title}: result</source>
        <translation>{title}: Ergebnis</translation>
    </message>
    <message>
        <source>{title}: checking</source>
        <translation>{title}: wird geprüft</translation>
    </message>
    <message>
        <source>{title}: picture of the switch</source>
        <translation>{title}: Bild des Schalters</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Fix this: {title}</source>
        <translation>Beheben: {title}</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten …</translation>
    </message>
    <message>
        <source>Opening the page…</source>
        <translation>Seite wird geöffnet …</translation>
    </message>
    <message>
        <source>Reading the switch…</source>
        <translation>Schalter wird gelesen …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finish the security check</source>
        <translation>Sicherheitsprüfung abschließen</translation>
    </message>
    <message>
        <source>Finish the security check in the wizard: {title}</source>
        <translation>Sicherheitsprüfung im Assistenten abschließen: {title}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The monthly check could not be set up: your system's scheduler does not answer here ({why}). Add a monthly reminder to your calendar instead, and check by hand.</source>
        <translation>Die monatliche Prüfung konnte nicht eingerichtet werden: Die Aufgabenplanung Ihres Systems antwortet hier nicht ({why}). Tragen Sie stattdessen eine monatliche Erinnerung in Ihren Kalender ein und prüfen Sie von Hand.</translation>
    </message>
    <message>
        <source>Your system's scheduler does not answer here ({why}), so the monthly check cannot run. Add a monthly reminder to your calendar instead.</source>
        <translation>Die Aufgabenplanung Ihres Systems antwortet hier nicht ({why}), daher kann die monatliche Prüfung nicht laufen. Tragen Sie stattdessen eine monatliche Erinnerung in Ihren Kalender ein.</translation>
    </message>
    <message>
        <source>The monthly check names a program that is no longer there ({program}), so it cannot run. Open the wizard from where it is now installed to set it up again.</source>
        <translation>Die monatliche Prüfung nennt ein Programm, das nicht mehr vorhanden ist ({program}), daher kann sie nicht laufen. Öffnen Sie den Assistenten von dort, wo er jetzt installiert ist, um sie neu einzurichten.</translation>
    </message>
    <message>
        <source>The check runs again every month.</source>
        <translation>Die Prüfung läuft jeden Monat erneut.</translation>
    </message>
    <message>
        <source>The check will run again every month.</source>
        <translation>Die Prüfung läuft jeden Monat erneut.</translation>
    </message>
    <message>
        <source>The monthly check is removed.</source>
        <translation>Die monatliche Prüfung ist entfernt.</translation>
    </message>
    <message>
        <source>the job is switched off</source>
        <translation>der Auftrag ist ausgeschaltet</translation>
    </message>
    <message>
        <source>systemctl is not available</source>
        <translation>systemctl ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The check runs again at your next login.</source>
        <translation>Die Prüfung läuft bei Ihrer nächsten Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Check your LinkedIn opt-outs</source>
        <translation>LinkedIn-Widersprüche prüfen</translation>
    </message>
    <message>
        <source>Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: it checks that both settings are still off.</source>
        <translation>Öffnen Sie den LinkedIn-Widerspruchsassistenten (optout-wizard) und klicken Sie auf „Meine Einstellungen prüfen“: Er prüft, ob beide Einstellungen noch ausgeschaltet sind.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>This screen's content</source>
        <translation>Inhalt dieses Bildschirms</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>On LinkedIn's own page: the wizard never sees your password.</source>
        <translation>Auf der eigenen Seite von LinkedIn: Der Assistent sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Sign-in hint</source>
        <translation>Anmeldehinweis</translation>
    </message>
    <message>
        <source>Starting the browser that shows LinkedIn's sign-in page…</source>
        <translation>Der Browser, der die Anmeldeseite von LinkedIn zeigt, wird gestartet …</translation>
    </message>
    <message>
        <source>Starting the browser that shows the practice sign-in page…</source>
        <translation>Der Browser, der die Übungs-Anmeldeseite zeigt, wird gestartet …</translation>
    </message>
    <message>
        <source>Finish signing in in the window that opened. It shows the address it is on: sign in only where you expect to.</source>
        <translation>Schließen Sie die Anmeldung in dem Fenster ab, das sich geöffnet hat. Es zeigt seine Adresse: Melden Sie sich nur dort an, wo Sie es erwarten.</translation>
    </message>
    <message>
        <source>Ask LinkedIn for a link to set a password: type your email below. Open the link in the email, set a password, then sign in here with it.</source>
        <translation>Bitten Sie LinkedIn um einen Link zum Festlegen eines Passworts: Geben Sie unten Ihre E-Mail-Adresse ein. Öffnen Sie den Link in der E-Mail, legen Sie ein Passwort fest und melden Sie sich dann hier damit an.</translation>
    </message>
    <message>
        <source>Sign in below with your LinkedIn email and password. No password? Choose “Forgot password” on the page: LinkedIn emails you a link to set one.</source>
        <translation>Melden Sie sich unten mit Ihrer LinkedIn-E-Mail-Adresse und Ihrem Passwort an. Kein Passwort? Wählen Sie auf der Seite „Passwort vergessen“: LinkedIn sendet Ihnen einen Link, um eines festzulegen.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it here.</source>
        <translation>LinkedIn möchte bestätigen, dass Sie es sind – erledigen Sie das hier.</translation>
    </message>
    <message>
        <source>LinkedIn asks you to approve this sign-in on your phone: open the LinkedIn app and tap Yes. The wizard goes on by itself once you have.</source>
        <translation>LinkedIn bittet Sie, diese Anmeldung auf Ihrem Telefon zu bestätigen: Öffnen Sie die LinkedIn-App und tippen Sie auf „Ja“. Danach geht der Assistent von selbst weiter.</translation>
    </message>
    <message>
        <source>LinkedIn asks for the code from your authenticator app (two-step verification). Open the app, and type the code into the page below.</source>
        <translation>LinkedIn fragt nach dem Code aus Ihrer Authenticator-App (Zwei-Faktor-Verifizierung). Öffnen Sie die App und geben Sie den Code unten auf der Seite ein.</translation>
    </message>
    <message>
        <source>LinkedIn sent a code by text message to your phone. Type it into the page below.</source>
        <translation>LinkedIn hat einen Code per SMS an Ihr Telefon gesendet. Geben Sie ihn unten auf der Seite ein.</translation>
    </message>
    <message>
        <source>Sign in below, on the practice site's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Melden Sie sich unten auf der Seite der Übungswebsite an. Der Assistent sieht Ihr Passwort nie. Sobald Sie angemeldet sind, geht es von selbst weiter.</translation>
    </message>
    <message>
        <source>Sign in below, on LinkedIn's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Melden Sie sich unten auf der Seite von LinkedIn an. Der Assistent sieht Ihr Passwort nie. Sobald Sie angemeldet sind, geht es von selbst weiter.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Switch state: {state}</source>
        <translation>Schalterzustand: {state}</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Press Enter to see the picture whole.</source>
        <translation>Drücken Sie die Eingabetaste, um das ganze Bild zu sehen.</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Zum Vergrößern klicken</translation>
    </message>
    <message>
        <source>{title}: {answer}.</source>
        <translation>{title}: {answer}.</translation>
    </message>
    <message>
        <source>Taken on {date} at {time}</source>
        <translation>Aufgenommen am {date} um {time}</translation>
    </message>
    <message>
        <source>, on {address}</source>
        <translation>, auf {address}</translation>
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
        <translation>Meine Einstellungen prüfen</translation>
    </message>
    <message>
        <source>An independent check of each setting, with a picture as proof.</source>
        <translation>Eine unabhängige Prüfung jeder Einstellung, mit einem Bild als Nachweis.</translation>
    </message>
    <message>
        <source>The check starts by itself: it opens each setting's page again, on its own, reads the switch, and keeps a picture of it as proof.</source>
        <translation>Die Prüfung startet von selbst: Sie öffnet die Seite jeder Einstellung erneut, eigenständig, liest den Schalter und bewahrt ein Bild davon als Nachweis auf.</translation>
    </message>
    <message>
        <source>&amp;Verify my settings</source>
        <translation>Meine Einstellungen &amp;prüfen</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>Prüfung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Install a browser for the check</source>
        <translation>Browser für die Prüfung &amp;installieren</translation>
    </message>
    <message>
        <source>Install a browser for the check</source>
        <translation>Browser für die Prüfung installieren</translation>
    </message>
    <message>
        <source>&amp;Sign in again and check again</source>
        <translation>&amp;Neu anmelden und erneut prüfen</translation>
    </message>
    <message>
        <source>Sign in again and check again</source>
        <translation>Neu anmelden und erneut prüfen</translation>
    </message>
    <message>
        <source>Browser download</source>
        <translation>Browser-Download</translation>
    </message>
    <message>
        <source>The check's progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>Die Prüfung startet …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Checking {n} of {count}: {title}…</source>
        <translation>Prüfe {n} von {count}: {title} …</translation>
    </message>
    <message>
        <source>Starting the browser for the check…</source>
        <translation>Browser für die Prüfung wird gestartet …</translation>
    </message>
    <message>
        <source>Reading LinkedIn's lists of settings, to notice any it added…</source>
        <translation>LinkedIns Einstellungslisten werden gelesen, um neu hinzugefügte zu bemerken …</translation>
    </message>
    <message>
        <source>Browser: {browser}</source>
        <translation>Browser: {browser}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked. Press “Verify again” to start over.</source>
        <translation>Abgebrochen: Es wurde nichts geprüft. Klicken Sie auf „Erneut prüfen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Downloading a browser for the check (about 100 MB)…</source>
        <translation>Ein Browser für die Prüfung wird heruntergeladen (etwa 100 MB)…</translation>
    </message>
    <message>
        <source>Press “Verify again”.</source>
        <translation>Klicken Sie auf „Erneut prüfen“.</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <source>The check could not run: {why}</source>
        <translation>Die Prüfung konnte nicht laufen: {why}</translation>
    </message>
</context>
<context>
    <name>WebSession</name>
    <message>
        <source>The page offered a file to download; the wizard does not download files.</source>
        <translation>Die Seite bot eine Datei zum Herunterladen an; der Assistent lädt keine Dateien herunter.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>What the later check found</source>
        <translation>Was die spätere Prüfung gefunden hat</translation>
    </message>
    <message>
        <source>LinkedIn uses your data to train AI and shares it for ads unless you switch this off. The wizard takes you to each switch, tells you when it is off, and checks again on its own, with a picture as proof.</source>
        <translation>LinkedIn nutzt Ihre Daten, um KI zu trainieren, und teilt sie für Werbung, wenn Sie das nicht ausschalten. Der Assistent führt Sie zu jedem Schalter, sagt Ihnen, wenn er aus ist, und prüft selbst noch einmal, mit einem Bild als Nachweis.</translation>
    </message>
    <message>
        <source>What the wizard is for</source>
        <translation>Wofür der Assistent da ist</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into LinkedIn's own page.</source>
        <translation>Er sieht Ihr Passwort nie: Sie tippen es in die eigene Seite von LinkedIn.</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into the practice page.</source>
        <translation>Er sieht Ihr Passwort nie: Sie tippen es in die Übungsseite.</translation>
    </message>
    <message>
        <source>It keeps nothing, unless you ask it to remember you; then only in your computer's password store (its keyring).</source>
        <translation>Er speichert nichts, außer Sie bitten ihn, sich an Sie zu erinnern; dann nur im Passwortspeicher Ihres Computers (seinem Schlüsselbund).</translation>
    </message>
    <message>
        <source>It checks each setting again on its own and keeps a picture as proof.</source>
        <translation>Er prüft jede Einstellung selbst noch einmal und bewahrt ein Bild als Nachweis auf.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Weitere &amp;Optionen</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>The privacy signal, related settings you can add, and LinkedIn's objection form.</source>
        <translation>Das Datenschutzsignal, verwandte Einstellungen, die Sie hinzufügen können, und das Widerspruchsformular von LinkedIn.</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my &amp;data</source>
        <translation>LinkedIn auch bitten, meine &amp;Daten nicht zu teilen oder zu verkaufen</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my data</source>
        <translation>LinkedIn auch bitten, meine Daten nicht zu teilen oder zu verkaufen</translation>
    </message>
    <message>
        <source>The wizard's browser sends the standard privacy signal for this (Global Privacy Control). LinkedIn says it opts members in the US out of data sharing. It is never taken as proof: every switch is still read.</source>
        <translation>Der Browser des Assistenten sendet dafür das übliche Datenschutzsignal (Global Privacy Control). LinkedIn sagt, dass es Mitglieder in den USA damit von der Datenweitergabe abmeldet. Es gilt nie als Nachweis: Jeder Schalter wird trotzdem gelesen.</translation>
    </message>
    <message>
        <source>While the wizard was closed: {what}</source>
        <translation>Während der Assistent geschlossen war: {what}</translation>
    </message>
    <message>
        <source>Switch off {count} LinkedIn settings, and prove they stay off</source>
        <translation>{count} LinkedIn-Einstellungen ausschalten und nachweisen, dass sie aus bleiben</translation>
    </message>
    <message>
        <source>About {minutes} minutes. You stay in charge of every change.</source>
        <translation>Etwa {minutes} Minuten. Sie behalten jede Änderung in der Hand.</translation>
    </message>
    <message>
        <source>Related settings you may add (optional; each adds a step of about two minutes)</source>
        <translation>Verwandte Einstellungen, die Sie hinzufügen können (freiwillig; jede fügt einen Schritt von etwa zwei Minuten hinzu)</translation>
    </message>
    <message>
        <source>Also &amp;object to LinkedIn's other uses of my data for AI</source>
        <translation>Auch den anderen Nutzungen meiner Daten für KI durch LinkedIn widersprec&amp;hen</translation>
    </message>
    <message>
        <source>Also object to LinkedIn's other uses of my data for AI</source>
        <translation>Auch den anderen Nutzungen meiner Daten für KI durch LinkedIn widersprechen</translation>
    </message>
    <message>
        <source>LinkedIn decides; it answers by e-mail.</source>
        <translation>LinkedIn entscheidet; die Antwort kommt per E-Mail.</translation>
    </message>
    <message>
        <source>After the check, the wizard shows LinkedIn's Data Processing Objection form, with a text you can copy; you fill it in and send it yourself, and the wizard keeps LinkedIn's confirmation as proof.</source>
        <translation>Nach der Prüfung zeigt der Assistent das Formular von LinkedIn für den Widerspruch gegen die Datenverarbeitung, mit einem Text zum Kopieren; Sie füllen es selbst aus und senden es, und der Assistent bewahrt die Bestätigung von LinkedIn als Beweis auf.</translation>
    </message>
    <message>
        <source>Beyond the switches</source>
        <translation>Über die Schalter hinaus</translation>
    </message>
    <message>
        <source>Also switch off: {title}</source>
        <translation>Auch ausschalten: {title}</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Was Sie aufgeben: {loses}</translation>
    </message>
    <message>
        <source>The wizard's shield</source>
        <translation>Das Schild des Assistenten</translation>
    </message>
</context>
</TS>
