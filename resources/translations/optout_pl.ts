<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the LinkedIn opt-out wizard</source>
        <translation>O kreatorze rezygnacji LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Kreator rezygnacji LinkedIn</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message>
        <source>An independent tool: it is not made, endorsed or supported by LinkedIn or Microsoft.</source>
        <translation>Niezależne narzędzie: nie zostało stworzone, zatwierdzone ani wspierane przez LinkedIn ani Microsoft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It never sees your password and keeps nothing unless you ask, and then only in your computer's password store.&lt;/p&gt;&lt;p&gt;Free software: you may use, study, share and change it under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;List of settings: version {catalog}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nigdy nie widzi Twojego hasła i niczego nie przechowuje, chyba że o to poprosisz – wtedy tylko w magazynie haseł Twojego komputera.&lt;/p&gt;&lt;p&gt;Wolne oprogramowanie: możesz go używać, badać, udostępniać i zmieniać na warunkach licencji GNU General Public License w wersji 3 lub późniejszej.&lt;/p&gt;&lt;p&gt;Lista ustawień: wersja {catalog}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>O tej aplikacji</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <source>Help: open the guide in your web browser</source>
        <translation>Pomoc: otwórz przewodnik w przeglądarce</translation>
    </message>
    <message>
        <source>&amp;Source code</source>
        <translation>&amp;Kod źródłowy</translation>
    </message>
    <message>
        <source>Source code: open the project's page in your web browser</source>
        <translation>Kod źródłowy: otwórz stronę projektu w przeglądarce</translation>
    </message>
    <message>
        <source>&amp;Check for a newer list of settings</source>
        <translation>&amp;Sprawdź, czy jest nowsza lista ustawień</translation>
    </message>
    <message>
        <source>Check for a newer list of settings</source>
        <translation>Sprawdź, czy jest nowsza lista ustawień</translation>
    </message>
    <message>
        <source>Update of the list of settings</source>
        <translation>Aktualizacja listy ustawień</translation>
    </message>
    <message>
        <source>Checking for a newer list of settings…</source>
        <translation>Sprawdzanie, czy jest nowsza lista ustawień…</translation>
    </message>
    <message>
        <source>List of settings {version} is installed. Restart the wizard to use it.</source>
        <translation>Lista ustawień {version} została zainstalowana. Uruchom kreatora ponownie, aby jej użyć.</translation>
    </message>
    <message>
        <source>{why} The list of settings in use stays.</source>
        <translation>{why} Używana lista ustawień pozostaje bez zmian.</translation>
    </message>
</context>
<context>
    <name>BrowserInstaller</name>
    <message>
        <source>The browser for the check is installed.</source>
        <translation>Przeglądarka do sprawdzenia jest zainstalowana.</translation>
    </message>
    <message>
        <source>The browser could not be installed{detail}. Check your internet connection, or install Google Chrome or Chromium.</source>
        <translation>Nie udało się zainstalować przeglądarki{detail}. Sprawdź połączenie z internetem albo zainstaluj Google Chrome lub Chromium.</translation>
    </message>
    <message>
        <source>The installer could not start.</source>
        <translation>Nie udało się uruchomić instalatora.</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>LinkedIn page</source>
        <translation>Strona LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's own page, shown inside the wizard. The wizard never reads your password.</source>
        <translation>Własna strona LinkedIn, wyświetlana w kreatorze. Kreator nigdy nie odczytuje Twojego hasła.</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Ładowanie strony</translation>
    </message>
    <message>
        <source>Note about the page</source>
        <translation>Uwaga dotycząca strony</translation>
    </message>
    <message>
        <source>Page problem</source>
        <translation>Problem ze stroną</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>Wczytaj stronę ponownie</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>błąd sieci</translation>
    </message>
    <message>
        <source>The page could not be loaded ({why}).</source>
        <translation>Nie udało się wczytać strony ({why}).</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {code}).</source>
        <translation>LinkedIn odpowiedział błędem (HTTP {code}).</translation>
    </message>
    <message>
        <source>LinkedIn is taking too long to answer.</source>
        <translation>LinkedIn zbyt długo nie odpowiada.</translation>
    </message>
    <message>
        <source>The page stopped working.</source>
        <translation>Strona przestała działać.</translation>
    </message>
    <message>
        <source>Check your internet connection, then press Retry.</source>
        <translation>Sprawdź połączenie z internetem, a potem naciśnij „Ponów”.</translation>
    </message>
    <message>
        <source>That link leads away from {site}: it was opened in your web browser ({where}).</source>
        <translation>Ten link prowadzi poza {site}: otwarto go w Twojej przeglądarce ({where}).</translation>
    </message>
</context>
<context>
    <name>Browsers</name>
    <message>
        <source>The browser for the check could not start its sandbox (the wall that keeps web pages away from the rest of your computer), so nothing was checked; the app never runs a browser without it. This happens in containers and chroots, and on Ubuntu 24.04 or later when the app was not installed from its .deb package, which allows the sandbox. Install the app from its package, or run it on the computer itself rather than in a container.</source>
        <translation>Przeglądarka do sprawdzenia nie mogła uruchomić swojej piaskownicy (ściany, która oddziela strony internetowe od reszty komputera), więc niczego nie sprawdzono; aplikacja nigdy nie uruchamia przeglądarki bez niej. Zdarza się to w kontenerach i środowiskach chroot oraz w Ubuntu 24.04 lub nowszym, gdy aplikacji nie zainstalowano z jej pakietu .deb, który zezwala na piaskownicę. Zainstaluj aplikację z jej pakietu albo uruchom ją bezpośrednio na komputerze, a nie w kontenerze.</translation>
    </message>
    <message>
        <source>The browser for the check ({browser}) did not start within {seconds} seconds, so nothing was checked. Close programs you do not need and check again; if it keeps happening, restart the computer.</source>
        <translation>Przeglądarka do sprawdzenia ({browser}) nie uruchomiła się w ciągu {seconds} s, więc niczego nie sprawdzono. Zamknij niepotrzebne programy i sprawdź ponownie; jeśli to się powtarza, uruchom komputer ponownie.</translation>
    </message>
    <message>
        <source>No browser for the check was found. Install Chromium's headless shell (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or Chromium, or let the app download one (in the app: Verify → Install a browser for the check; in a terminal: optout-wizard install-browser), or set OPTOUT_BROWSER to a Chromium-family browser's program file.</source>
        <translation>Nie znaleziono przeglądarki do sprawdzania. Zainstaluj powłokę headless Chromium (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge lub Chromium, pozwól aplikacji pobrać przeglądarkę (w aplikacji: Sprawdź → Zainstaluj przeglądarkę do sprawdzania; w terminalu: optout-wizard install-browser) albo ustaw OPTOUT_BROWSER na plik programu przeglądarki z rodziny Chromium.</translation>
    </message>
    <message>
        <source>{name} is set to {path}, but there is no such file.</source>
        <translation>{name} wskazuje {path}, ale taki plik nie istnieje.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Updates to the list of settings come over https only, not from {url}.</source>
        <translation>Aktualizacje listy ustawień przychodzą tylko przez https, nie z {url}.</translation>
    </message>
    <message>
        <source>The newer list of settings could not be fetched ({why}).</source>
        <translation>Nie udało się pobrać nowszej listy ustawień ({why}).</translation>
    </message>
    <message>
        <source>The fetched list of settings is too large.</source>
        <translation>Pobrana lista ustawień jest za duża.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not signed with the project's key: it was not used.</source>
        <translation>Pobrana lista ustawień nie jest podpisana kluczem projektu: nie została użyta.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not valid: {why}</source>
        <translation>Pobrana lista ustawień jest nieprawidłowa: {why}</translation>
    </message>
    <message>
        <source>The fetched list of settings ({new}) is not newer than the one in use ({old}).</source>
        <translation>Pobrana lista ustawień ({new}) nie jest nowsza niż używana ({old}).</translation>
    </message>
    <message>
        <source>The list of settings could not be stored in {folder}: {why}.</source>
        <translation>Nie udało się zapisać listy ustawień w {folder}: {why}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The page could not be read (the check returned nothing).</source>
        <translation>Nie udało się odczytać strony (sprawdzenie niczego nie zwróciło).</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again: the session has ended. Sign in, then check again.</source>
        <translation>LinkedIn poprosił o ponowne zalogowanie: sesja wygasła. Zaloguj się, a potem sprawdź ponownie.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you (a code or a puzzle). Open the wizard and finish it there, then check again.</source>
        <translation>LinkedIn chce potwierdzić, że to Ty (kod lub łamigłówka). Otwórz kreator, dokończ tam, a potem sprawdź ponownie.</translation>
    </message>
    <message>
        <source>The only switch on this setting's own page is off. It carries no name that says which setting it is, so this is the weakest kind of match: look at the picture to be sure.</source>
        <translation>Jedyny przełącznik na własnej stronie tego ustawienia jest wyłączony. Nie ma nazwy, która mówi, jakie to ustawienie, więc to najsłabsze dopasowanie: obejrzyj zdjęcie, aby mieć pewność.</translation>
    </message>
    <message>
        <source>The switch “{label}” is off.</source>
        <translation>Przełącznik „{label}” jest wyłączony.</translation>
    </message>
    <message>
        <source>The switch “{label}” is on: LinkedIn still uses your data for this. Switch it off, then check again.</source>
        <translation>Przełącznik „{label}” jest włączony: LinkedIn nadal wykorzystuje do tego Twoje dane. Wyłącz go, a potem sprawdź ponownie.</translation>
    </message>
    <message>
        <source>Found the switch “{label}” but could not tell whether it is on or off. Open the page and look at it yourself.</source>
        <translation>Znaleziono przełącznik „{label}”, ale nie da się stwierdzić, czy jest włączony. Otwórz stronę i sprawdź samodzielnie.</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region, so there is nothing to switch off here.</source>
        <translation>LinkedIn informuje, że to ustawienie nie jest dostępne dla Twojego konta lub regionu, więc nie ma tu czego wyłączać.</translation>
    </message>
    <message>
        <source>LinkedIn's page was still loading after {seconds} seconds, so nothing was read. Check again in a moment.</source>
        <translation>Strona LinkedIn wciąż się wczytywała po {seconds} s, więc niczego nie odczytano. Sprawdź ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The page finished loading and has no such switch: LinkedIn may have moved it. Check by hand through the menus: {route}.</source>
        <translation>Strona się wczytała i nie ma takiego przełącznika: LinkedIn mógł go przenieść. Sprawdź ręcznie przez menu: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn words it a little differently from what the wizard knows.</source>
        <translation>LinkedIn formułuje to nieco inaczej, niż zna to kreator.</translation>
    </message>
    <message>
        <source>The switch has no name of its own: it was recognised by its description.</source>
        <translation>Przełącznik nie ma własnej nazwy: rozpoznano go po opisie.</translation>
    </message>
    <message>
        <source>The page has finished, but its switch has no name at all, so the wizard cannot tell which setting it is. Open the page and look at it yourself.</source>
        <translation>Strona się wczytała, ale jej przełącznik nie ma żadnej nazwy, więc kreator nie może ustalić, którego ustawienia dotyczy. Otwórz stronę i sprawdź sam.</translation>
    </message>
    <message>
        <source>the switch was still greyed out</source>
        <translation>przełącznik był nadal wyszarzony</translation>
    </message>
    <message>
        <source>the page still showed it as loading</source>
        <translation>strona nadal pokazywała go jako wczytywany</translation>
    </message>
    <message>
        <source>the switch was not shown yet</source>
        <translation>przełącznik nie był jeszcze widoczny</translation>
    </message>
    <message>
        <source>it was still changing</source>
        <translation>wciąż się zmieniał</translation>
    </message>
    <message>
        <source>The page did not finish loading: {why}. Nothing was read as on or off; check again in a moment.</source>
        <translation>Strona nie skończyła się wczytywać: {why}. Niczego nie odczytano jako włączone ani wyłączone; sprawdź ponownie za chwilę.</translation>
    </message>
    <message>
        <source>No LinkedIn session: sign in first, then check.</source>
        <translation>Brak sesji LinkedIn: najpierw się zaloguj, a potem sprawdź.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>LinkedIn nie odpowiedział w ciągu {seconds} s. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings: the browser did not answer in time.</source>
        <translation>Nie udało się pobrać listy ustawień LinkedIn: przeglądarka nie odpowiedziała na czas.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings at {url}: {why}</source>
        <translation>Nie udało się wypisać ustawień LinkedIn pod adresem {url}: {why}</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}).</source>
        <translation>LinkedIn odpowiedział błędem (HTTP {status}).</translation>
    </message>
    <message>
        <source>the page gave no answer.</source>
        <translation>strona nie dała odpowiedzi.</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again.</source>
        <translation>LinkedIn poprosił o ponowne zalogowanie.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check.</source>
        <translation>LinkedIn poprosił o kontrolę bezpieczeństwa.</translation>
    </message>
    <message>
        <source>the page was still loading when time was up.</source>
        <translation>strona wciąż się ładowała, gdy skończył się czas.</translation>
    </message>
    <message>
        <source>The setting's page is gone (HTTP {status}). LinkedIn may have moved it: check by hand through the menus: {route}.</source>
        <translation>Strona ustawienia już nie istnieje (HTTP {status}). LinkedIn mógł ją przenieść: sprawdź ręcznie w menu: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}). Try again later.</source>
        <translation>LinkedIn odpowiedział błędem (HTTP {status}). Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Something on the page (such as a cookie notice) covered the switch; it was set aside for the picture.</source>
        <translation>Coś na stronie (na przykład komunikat o plikach cookie) zasłaniało przełącznik; na potrzeby zdjęcia zostało odsunięte.</translation>
    </message>
    <message>
        <source>The picture {path} could not be saved: {why}.</source>
        <translation>Nie udało się zapisać zdjęcia {path}: {why}.</translation>
    </message>
    <message>
        <source>The browser for the check stopped working, so nothing more was checked. Check again.</source>
        <translation>Przeglądarka do sprawdzenia przestała działać, więc nic więcej nie sprawdzono. Sprawdź ponownie.</translation>
    </message>
    <message>
        <source>LinkedIn ended the session when the check opened the page. Sign in again, then check again.</source>
        <translation>LinkedIn zakończył sesję, gdy sprawdzanie otworzyło stronę. Zaloguj się ponownie, a potem sprawdź jeszcze raz.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>połączenie zostało odrzucone</translation>
    </message>
    <message>
        <source>its name could not be looked up</source>
        <translation>nie udało się odnaleźć jego nazwy</translation>
    </message>
    <message>
        <source>this computer is offline</source>
        <translation>ten komputer jest offline</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>połączenie zostało przerwane</translation>
    </message>
    <message>
        <source>the network changed while it loaded</source>
        <translation>sieć zmieniła się podczas wczytywania</translation>
    </message>
    <message>
        <source>it could not be reached from here</source>
        <translation>nie jest osiągalny z tego miejsca</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>nie odpowiedział na czas</translation>
    </message>
    <message>
        <source>its security certificate was not valid</source>
        <translation>jego certyfikat bezpieczeństwa był nieprawidłowy</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>nie udało się nawiązać bezpiecznego połączenia</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>serwer proxy odrzucił połączenie</translation>
    </message>
    <message>
        <source>{host} kept sending the browser from one address to another, and the page never opened. Try again later; if it keeps happening, sign in again in the wizard.</source>
        <translation>{host} ciągle odsyłał przeglądarkę z jednego adresu na inny i strona nigdy się nie otworzyła. Spróbuj później; jeśli to się powtarza, zaloguj się ponownie w kreatorze.</translation>
    </message>
    <message>
        <source>Could not reach {host}: {why}. Check your internet connection and try again.</source>
        <translation>Nie udało się połączyć z {host}: {why}. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not open the page on {host} (the browser said {code}). Check your internet connection and try again.</source>
        <translation>Nie udało się otworzyć strony w {host} (przeglądarka zgłosiła {code}). Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your internet connection and try again.</source>
        <translation>{host} nie odpowiedział na czas. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The browser for the check stopped answering before the setting was read. Check again.</source>
        <translation>Przeglądarka do sprawdzenia przestała odpowiadać, zanim odczytano ustawienie. Sprawdź ponownie.</translation>
    </message>
    <message>
        <source>The browser page crashed while reading the setting. Check again.</source>
        <translation>Strona przeglądarki uległa awarii podczas odczytu ustawienia. Sprawdź ponownie.</translation>
    </message>
    <message>
        <source>The browser closed before the setting could be read. Check again.</source>
        <translation>Przeglądarka zamknęła się, zanim udało się odczytać ustawienie. Sprawdź ponownie.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>&amp;Details</source>
        <translation>Sz&amp;czegóły</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Pokaż szczegóły</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>What was done, your proof, and what comes next.</source>
        <translation>Co zostało zrobione, Twój dowód i co dalej.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>LinkedIn can turn such switches back on or add new ones: run the wizard again now and then to check.</source>
        <translation>LinkedIn może ponownie włączyć takie przełączniki lub dodać nowe: uruchamiaj kreator co jakiś czas, aby to sprawdzić.</translation>
    </message>
    <message>
        <source>Changes to ad settings may take LinkedIn up to 24 hours to apply.</source>
        <translation>Wprowadzenie zmian w ustawieniach reklam może zająć LinkedIn do 24 godzin.</translation>
    </message>
    <message>
        <source>The switch covers AI that &lt;i&gt;creates content&lt;/i&gt;. For LinkedIn's other uses of your data for AI, you can object with LinkedIn's &lt;a href="{url}"&gt;Data Processing Objection form&lt;/a&gt;.</source>
        <translation>Przełącznik dotyczy AI, która &lt;i&gt;tworzy treści&lt;/i&gt;. Wobec innych zastosowań Twoich danych do AI przez LinkedIn możesz wnieść sprzeciw w &lt;a href="{url}"&gt;formularzu sprzeciwu wobec przetwarzania danych&lt;/a&gt; LinkedIn.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Kolejne kroki</translation>
    </message>
    <message>
        <source>Accounts done earlier in this run</source>
        <translation>Konta zrobione wcześniej w tej sesji</translation>
    </message>
    <message>
        <source>Do this for &amp;another account</source>
        <translation>Zrób to samo dla &amp;innego konta</translation>
    </message>
    <message>
        <source>Do this for another account</source>
        <translation>Zrób to samo dla innego konta</translation>
    </message>
    <message>
        <source>Starts again with a fresh browser profile, to sign in with another LinkedIn account. The results of this account stay on this screen.</source>
        <translation>Zaczyna od nowa ze świeżym profilem przeglądarki, aby zalogować się na inne konto LinkedIn. Wyniki tego konta zostają na tym ekranie.</translation>
    </message>
    <message>
        <source>Your proof</source>
        <translation>Twój dowód</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nie sprawdzono</translation>
    </message>
    <message>
        <source>(you skipped this step)</source>
        <translation>(pominięto ten krok)</translation>
    </message>
    <message>
        <source>Every setting LinkedIn offers you is off, and the check confirmed it.</source>
        <translation>Każde ustawienie, które LinkedIn Ci oferuje, jest wyłączone, a sprawdzenie to potwierdziło.</translation>
    </message>
    <message>
        <source>Every setting is off, and the check confirmed it.</source>
        <translation>Wszystkie ustawienia są wyłączone, a sprawdzenie to potwierdziło.</translation>
    </message>
    <message>
        <source>Send an ob&amp;jection…</source>
        <translation>Wyślij sprz&amp;eciw…</translation>
    </message>
    <message>
        <source>Send it a&amp;gain…</source>
        <translation>Wyślij &amp;ponownie…</translation>
    </message>
    <message>
        <source>Not everything is off yet: see below, or go Back and press “Fix this”.</source>
        <translation>Jeszcze nie wszystko jest wyłączone: zobacz niżej albo wróć i naciśnij „Popraw”.</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Konto: {name}</translation>
    </message>
    <message>
        <source>{title}: {state}, the picture</source>
        <translation>{title}: {state}, zdjęcie</translation>
    </message>
    <message>
        <source>the account signed in</source>
        <translation>zalogowane konto</translation>
    </message>
    <message>
        <source>Read on {where} on {when}, for {whose}.</source>
        <translation>Odczytano na {where} dnia {when}, dla: {whose}.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Sprzeciw wobec przetwarzania danych</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Zdjęcie potwierdzenia od LinkedIn</translation>
    </message>
    <message>
        <source>Opens LinkedIn's Data Processing Objection form in the wizard.</source>
        <translation>Otwiera w kreatorze formularz LinkedIn do sprzeciwu wobec przetwarzania danych.</translation>
    </message>
    <message>
        <source>The switch covers only AI that creates content. For LinkedIn's other uses of your data for AI you can object with LinkedIn's form; the wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn decides; it answers by e-mail.</source>
        <translation>Przełącznik dotyczy tylko AI, która tworzy treści. Wobec innych sposobów wykorzystywania Twoich danych do AI przez LinkedIn możesz wnieść sprzeciw formularzem LinkedIn; kreator go pokazuje i zachowuje potwierdzenie od LinkedIn jako dowód. LinkedIn decyduje; odpowiada e-mailem.</translation>
    </message>
    <message>
        <source>It was sent over a year ago. LinkedIn's uses of data change: you may send it again.</source>
        <translation>Wysłano go ponad rok temu. LinkedIn zmienia sposoby wykorzystywania danych: możesz wysłać go ponownie.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nazwa niewidoczna)</translation>
    </message>
    <message>
        <source>Save its report…</source>
        <translation>Zapisz jego raport…</translation>
    </message>
    <message>
        <source>Done earlier in this run</source>
        <translation>Zrobione wcześniej w tej sesji</translation>
    </message>
</context>
<context>
    <name>GuardedPage</name>
    <message>
        <source>The page's link to {where} was not opened: the wizard opens only web (https) and e-mail links.</source>
        <translation>Link strony do {where} nie został otwarty: kreator otwiera tylko linki internetowe (https) i e-mail.</translation>
    </message>
    <message>
        <source>This sign-in page is not secure (no https), so the wizard does not open it: {host}. Sign in another way.</source>
        <translation>Ta strona logowania nie jest bezpieczna (brak https), więc kreator jej nie otwiera: {host}. Zaloguj się w inny sposób.</translation>
    </message>
    <message>
        <source>The page tried to open {where}; it was stopped.</source>
        <translation>Strona próbowała otworzyć {where}; zablokowano to.</translation>
    </message>
    <message>
        <source>The page tried to open a new window; the wizard keeps to one.</source>
        <translation>Strona próbowała otworzyć nowe okno; kreator używa tylko jednego.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{symbol} {summary} Checked just now.</source>
        <translation>{symbol} {summary} Sprawdzono przed chwilą.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{title}: was {before} on {date}, now {after}</source>
        <translation>{title}: {date} było {before}, teraz {after}</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {why}.</source>
        <translation>Nie udało się odczytać pliku historii {path}: {why}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read or moved: {why}.</source>
        <translation>Nie udało się odczytać ani przenieść pliku historii {path}: {why}.</translation>
    </message>
    <message>
        <source>Some lines of the history file were damaged; they were kept as {name} and the rest of the history was kept.</source>
        <translation>Niektóre wiersze pliku historii były uszkodzone; zachowano je jako {name}, a resztę historii pozostawiono.</translation>
    </message>
    <message>
        <source>The result could not be added to the history: {why}</source>
        <translation>Nie udało się dodać wyniku do historii: {why}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The sign-in page tried to open yet another window.</source>
        <translation>Strona logowania próbowała otworzyć kolejne okno.</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Adres strony logowania</translation>
    </message>
    <message>
        <source>About this sign-in page</source>
        <translation>O tej stronie logowania</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Strona logowania</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Cancel signing in this way</source>
        <translation>Anuluj ten sposób logowania</translation>
    </message>
    <message>
        <source>This sign-in service refused the wizard</source>
        <translation>Ta usługa logowania odmówiła kreatorowi</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn &amp;password</source>
        <translation>Zaloguj się moim &amp;hasłem do LinkedIn</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn password</source>
        <translation>Zaloguj się moim hasłem do LinkedIn</translation>
    </message>
    <message>
        <source>I have no password: &amp;set one…</source>
        <translation>Nie mam hasła: &amp;ustaw je…</translation>
    </message>
    <message>
        <source>I have no LinkedIn password: ask LinkedIn for a link to set one</source>
        <translation>Nie mam hasła do LinkedIn: poproś LinkedIn o link do ustawienia hasła</translation>
    </message>
    <message>
        <source>This sign-in service</source>
        <translation>Ta usługa logowania</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host} will not sign you in here.&lt;/b&gt; It refuses browsers that are built into other apps, as this window is. You have not done anything wrong.</source>
        <translation>&lt;b&gt;{host} nie zaloguje Cię tutaj.&lt;/b&gt; Odrzuca przeglądarki wbudowane w inne aplikacje, takie jak to okno. Nie zrobiłeś nic złego.</translation>
    </message>
    <message>
        <source>What works instead:</source>
        <translation>Co zadziała zamiast tego:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your LinkedIn email and password&lt;/b&gt;, on LinkedIn's page in the wizard.</source>
        <translation>&lt;b&gt;Twój e-mail i hasło do LinkedIn&lt;/b&gt;, na stronie LinkedIn w kreatorze.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No LinkedIn password?&lt;/b&gt; If you always signed in with Google, LinkedIn can email you a link to set one (“Forgot password”).</source>
        <translation>&lt;b&gt;Nie masz hasła do LinkedIn?&lt;/b&gt; Jeśli zawsze logowałeś się przez Google, LinkedIn może wysłać Ci e-mailem link do ustawienia hasła („Nie pamiętasz hasła?”).</translation>
    </message>
    <message>
        <source>&lt;b&gt;A passkey&lt;/b&gt;, if you made one for LinkedIn.</source>
        <translation>&lt;b&gt;Klucz dostępu&lt;/b&gt;, jeśli utworzyłeś go dla LinkedIn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another way&lt;/b&gt; LinkedIn offers, such as Apple or Microsoft.</source>
        <translation>&lt;b&gt;Inny sposób&lt;/b&gt; oferowany przez LinkedIn, na przykład Apple lub Microsoft.</translation>
    </message>
    <message>
        <source>{host} is not a sign-in service the wizard knows. Go on only if you expected it, for example your company's own sign-in page.</source>
        <translation>{host} nie jest znaną kreatorowi usługą logowania. Kontynuuj tylko, jeśli się tego spodziewałeś, np. strona logowania Twojej firmy.</translation>
    </message>
    <message>
        <source>{host}, over a secure connection</source>
        <translation>{host}, przez bezpieczne połączenie</translation>
    </message>
    <message>
        <source>{host}, not secure</source>
        <translation>{host}, niezabezpieczona</translation>
    </message>
    <message>
        <source>Address of the sign-in page: {address}</source>
        <translation>Adres strony logowania: {address}</translation>
    </message>
    <message>
        <source>Sign-in page at {host}</source>
        <translation>Strona logowania w {host}</translation>
    </message>
    <message>
        <source>Not secure: {host} was not opened, because it does not use an encrypted connection (https). Cancel, and sign in another way.</source>
        <translation>Niezabezpieczone: {host} nie zostało otwarte, bo nie używa szyfrowanego połączenia (https). Anuluj i zaloguj się w inny sposób.</translation>
    </message>
    <message>
        <source>This is {site}'s answer to the sign-in. Read it, then close this window to go on signing in.</source>
        <translation>To jest odpowiedź {site} na logowanie. Przeczytaj ją, a potem zamknij to okno, aby kontynuować logowanie.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Zamknij to okno</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, the Keychain on macOS, or Windows Credential Manager.</source>
        <translation>Skonfiguruj magazyn haseł komputera: GNOME Keyring lub KDE Wallet w systemie Linux, Pęk kluczy w macOS albo Menedżer poświadczeń Windows.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Niczego nie odczytano.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Niczego nie usunięto.</translation>
    </message>
    <message>
        <source>Your computer's password store could not be opened.</source>
        <translation>Nie udało się otworzyć magazynu haseł komputera.</translation>
    </message>
    <message>
        <source>No password store on this computer keeps secrets safely.</source>
        <translation>Żaden magazyn haseł na tym komputerze nie przechowuje sekretów bezpiecznie.</translation>
    </message>
    <message>
        <source>The password store in use does not keep secrets safely.</source>
        <translation>Używany magazyn haseł nie przechowuje sekretów bezpiecznie.</translation>
    </message>
    <message>
        <source>Your password store is locked and was not unlocked.</source>
        <translation>Twój magazyn haseł jest zablokowany i nie został odblokowany.</translation>
    </message>
    <message>
        <source>This computer has no password store in use.</source>
        <translation>Ten komputer nie używa żadnego magazynu haseł.</translation>
    </message>
    <message>
        <source>Your password store refused.</source>
        <translation>Twój magazyn haseł odmówił.</translation>
    </message>
    <message>
        <source>The session remembered for {name} is damaged: sign in again (in the wizard, with “Remember me”, or: optout-wizard verify --sign-in --remember).</source>
        <translation>Sesja zapamiętana dla {name} jest uszkodzona: zaloguj się ponownie (w kreatorze, z opcją „Zapamiętaj mnie”, albo: optout-wizard verify --sign-in --remember).</translation>
    </message>
    <message>
        <source>The app's data folder could not be used to keep the list of accounts in order ({why}).</source>
        <translation>Nie udało się użyć folderu danych aplikacji, aby utrzymać porządek na liście kont ({why}).</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store is damaged, and this password store cannot be searched to make it again. Sign in again with “Remember me” for each account.</source>
        <translation>Lista kont zapamiętanych w magazynie haseł jest uszkodzona, a w tym magazynie nie można wyszukiwać, aby ją odtworzyć. Zaloguj się ponownie z opcją „Zapamiętaj mnie” na każdym koncie.</translation>
    </message>
    <message>
        <source>This password store cannot be searched, so the app cannot find every entry it wrote. Forget each site's sessions instead (optout-wizard forget).</source>
        <translation>W tym magazynie haseł nie można wyszukiwać, więc aplikacja nie znajdzie każdego wpisu, który zapisała. Zapomnij zamiast tego sesje każdej witryny (optout-wizard forget).</translation>
    </message>
    <message>
        <source>{doing}… (your computer may ask you to unlock its password store)</source>
        <translation>{doing}… (komputer może poprosić o odblokowanie magazynu haseł)</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nazwa niewidoczna)</translation>
    </message>
</context>
<context>
    <name>Later</name>
    <message>
        <source>Unlock it (it unlocks when you log in) and the check runs again at your next login.</source>
        <translation>Odblokuj go (odblokowuje się po zalogowaniu do komputera), a sprawdzenie uruchomi się ponownie przy następnym logowaniu.</translation>
    </message>
    <message>
        <source>Unlock it (it unlocks when you log in), then check again.</source>
        <translation>Odblokuj go (odblokowuje się po zalogowaniu do komputera), a potem sprawdź ponownie.</translation>
    </message>
    <message>
        <source>Your keyring is locked: the remembered session in your computer's password store could not be read, so nothing was checked.</source>
        <translation>Twój pęk kluczy jest zablokowany: nie udało się odczytać zapamiętanej sesji z magazynu haseł komputera, więc niczego nie sprawdzono.</translation>
    </message>
    <message>
        <source>No password store the app can use was found on this computer, so no remembered session could be read and nothing was checked. {get_one} Then sign in once in the wizard with “Remember me”.</source>
        <translation>Na tym komputerze nie znaleziono magazynu haseł, którego aplikacja może używać, więc nie odczytano żadnej zapamiętanej sesji i niczego nie sprawdzono. {get_one} Potem zaloguj się raz w kreatorze z opcją „Zapamiętaj mnie”.</translation>
    </message>
    <message>
        <source>Could not read the remembered sessions: {why}</source>
        <translation>Nie udało się odczytać zapamiętanych sesji: {why}</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store was damaged; it was made again from the sessions the store holds.</source>
        <translation>Lista kont zapamiętanych w magazynie haseł była uszkodzona; odtworzono ją z sesji, które zawiera magazyn.</translation>
    </message>
    <message>
        <source>What this check found could not be kept for the wizard: {why}</source>
        <translation>Nie udało się zachować dla kreatora wyniku tego sprawdzenia: {why}</translation>
    </message>
</context>
<context>
    <name>LaterChecks</name>
    <message>
        <source>Later checks</source>
        <translation>Późniejsze sprawdzenia</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer, for later checks</source>
        <translation>Zapamię&amp;taj mnie na tym komputerze do późniejszych sprawdzeń</translation>
    </message>
    <message>
        <source>Remember me on this computer, for later checks</source>
        <translation>Zapamiętaj mnie na tym komputerze do późniejszych sprawdzeń</translation>
    </message>
    <message>
        <source>From a terminal, the same check: optout-wizard verify</source>
        <translation>To samo sprawdzenie w terminalu: optout-wizard verify</translation>
    </message>
    <message>
        <source>F&amp;orget me</source>
        <translation>Z&amp;apomnij mnie</translation>
    </message>
    <message>
        <source>Forget me: delete the remembered session</source>
        <translation>Zapomnij mnie: usuń zapamiętaną sesję</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session, never your password, in your computer's password store.</source>
        <translation>Przechowuje Twoją sesję LinkedIn, nigdy hasło, w magazynie haseł komputera.</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session (never your password) in your computer's password store (its keyring), so the check can run again later without signing in. Nothing is kept anywhere else.</source>
        <translation>Przechowuje Twoją sesję LinkedIn (nigdy hasło) w magazynie haseł komputera (jego pęku kluczy), aby sprawdzenie mogło później zadziałać ponownie bez logowania. Nic nie jest przechowywane nigdzie indziej.</translation>
    </message>
    <message>
        <source>Password store status</source>
        <translation>Stan magazynu haseł</translation>
    </message>
    <message>
        <source>Check again every &amp;month</source>
        <translation>Sprawdzaj ponownie co &amp;miesiąc</translation>
    </message>
    <message>
        <source>Check again every month</source>
        <translation>Sprawdzaj ponownie co miesiąc</translation>
    </message>
    <message>
        <source>Runs the check once a month and shows a notification if a setting is not off. Needs the session remembered.</source>
        <translation>Uruchamia sprawdzenie raz w miesiącu i pokazuje powiadomienie, jeśli któreś ustawienie nie jest wyłączone. Wymaga zapamiętanej sesji.</translation>
    </message>
    <message>
        <source>Check again &amp;tomorrow</source>
        <translation>Sprawdź ponownie &amp;jutro</translation>
    </message>
    <message>
        <source>Check again tomorrow</source>
        <translation>Sprawdź ponownie jutro</translation>
    </message>
    <message>
        <source>LinkedIn says changes to ad settings may take up to 24 hours: checks once more a day from now. Needs the session remembered.</source>
        <translation>Według LinkedIn zmiany w ustawieniach reklam mogą potrwać do 24 godzin: sprawdza jeszcze raz za dobę. Wymaga zapamiętanej sesji.</translation>
    </message>
    <message>
        <source>Greyed out until you tick “Remember me” above: the later check signs in with the remembered session.</source>
        <translation>Wyszarzone, dopóki nie zaznaczysz powyżej „Zapamiętaj mnie”: późniejsze sprawdzenie loguje się zapamiętaną sesją.</translation>
    </message>
    <message>
        <source>Monthly check status</source>
        <translation>Stan comiesięcznego sprawdzenia</translation>
    </message>
    <message>
        <source>Nothing was remembered for this account in this run.</source>
        <translation>W tym przebiegu nic nie zapamiętano dla tego konta.</translation>
    </message>
    <message>
        <source>Nothing to remember: you are not signed in.</source>
        <translation>Nie ma czego zapamiętać: nie jesteś zalogowany.</translation>
    </message>
    <message>
        <source>Remembering</source>
        <translation>Zapamiętywanie</translation>
    </message>
    <message>
        <source>Remembered in your computer's password store. “Forget me” deletes it again.</source>
        <translation>Zapamiętano w magazynie haseł komputera. „Zapomnij mnie” znowu to usuwa.</translation>
    </message>
    <message>
        <source>Forgotten: your session was deleted from the password store.</source>
        <translation>Zapomniano: Twoja sesja została usunięta z magazynu haseł.</translation>
    </message>
    <message>
        <source>The password store could not be used: {why}</source>
        <translation>Nie udało się użyć magazynu haseł: {why}</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Zapominanie</translation>
    </message>
    <message>
        <source>Add a monthly r&amp;eminder to my calendar…</source>
        <translation>Dodaj comiesięczne przypomnienie do &amp;kalendarza…</translation>
    </message>
    <message>
        <source>Add a monthly reminder to my calendar</source>
        <translation>Dodaj comiesięczne przypomnienie do kalendarza</translation>
    </message>
    <message>
        <source>Saves a calendar file with a monthly reminder to check your settings, and opens it in your calendar.</source>
        <translation>Zapisuje plik kalendarza z comiesięcznym przypomnieniem o sprawdzeniu ustawień i otwiera go w kalendarzu.</translation>
    </message>
    <message>
        <source>Looking at the monthly check…</source>
        <translation>Sprawdzanie comiesięcznej kontroli…</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>Ostatnio: {what}</translation>
    </message>
    <message>
        <source>Save a monthly reminder</source>
        <translation>Zapisz comiesięczne przypomnienie</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <source>The reminder could not be saved: {why}</source>
        <translation>Nie udało się zapisać przypomnienia: {why}</translation>
    </message>
    <message>
        <source>Saved {path}. Open it to add the reminder to your calendar.</source>
        <translation>Zapisano {path}. Otwórz go, aby dodać przypomnienie do kalendarza.</translation>
    </message>
    <message>
        <source>Nothing was remembered, so there was nothing to delete.</source>
        <translation>Nic nie było zapamiętane, więc nie było czego usuwać.</translation>
    </message>
    <message>
        <source>The wizard goes on without remembering you.</source>
        <translation>Kreator działa dalej bez zapamiętywania Ciebie.</translation>
    </message>
    <message>
        <source>Setting up the next check…</source>
        <translation>Ustawianie następnego sprawdzenia…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>Anulowanie sprawdzenia…</translation>
    </message>
    <message>
        <source>The monthly check could not be changed: {why}</source>
        <translation>Nie udało się zmienić comiesięcznego sprawdzenia: {why}</translation>
    </message>
    <message>
        <source>The check runs once more on {when}.</source>
        <translation>Sprawdzenie zostanie powtórzone jeszcze raz {when}.</translation>
    </message>
    <message>
        <source>The check tomorrow is cancelled.</source>
        <translation>Jutrzejsze sprawdzenie zostało anulowane.</translation>
    </message>
</context>
<context>
    <name>LaterRuns</name>
    <message>
        <source>The check on {date} could not run: {why}</source>
        <translation>Sprawdzenie z dnia {date} nie mogło się odbyć: {why}</translation>
    </message>
    <message>
        <source>The check on {date} found these settings on: {titles}.</source>
        <translation>Sprawdzenie z dnia {date} wykazało, że te ustawienia są włączone: {titles}.</translation>
    </message>
    <message>
        <source>It could not check {titles}: {why}</source>
        <translation>Nie udało się sprawdzić: {titles}: {why}</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on: {titles}.</source>
        <translation>LinkedIn dodał ustawienie, które jest włączone: {titles}.</translation>
    </message>
    <message>
        <source>The check on {date} found every setting off.</source>
        <translation>Sprawdzenie z dnia {date} wykazało, że każde ustawienie jest wyłączone.</translation>
    </message>
    <message>
        <source>The check on {date}:</source>
        <translation>Sprawdzenie z dnia {date}:</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Looking for the switch…</source>
        <translation>Szukanie przełącznika…</translation>
    </message>
    <message>
        <source>The page is loading.</source>
        <translation>Strona się wczytuje.</translation>
    </message>
    <message>
        <source>The page is still loading the setting.</source>
        <translation>Strona wciąż wczytuje ustawienie.</translation>
    </message>
    <message>
        <source>LinkedIn's switch for this is off. Press Next.</source>
        <translation>Przełącznik LinkedIn dla tego ustawienia jest wyłączony. Naciśnij Dalej.</translation>
    </message>
    <message>
        <source>Click the outlined switch “{label}” on the page, or press “Switch it off for me”.</source>
        <translation>Kliknij obramowany przełącznik „{label}” na stronie albo naciśnij „Wyłącz za mnie”.</translation>
    </message>
    <message>
        <source>Click the outlined switch on the page, or press “Switch it off for me”.</source>
        <translation>Kliknij obramowany przełącznik na stronie albo naciśnij „Wyłącz za mnie”.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wylogowano</translation>
    </message>
    <message>
        <source>LinkedIn ended the session. Sign in again.</source>
        <translation>LinkedIn zakończył sesję. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Wymagana weryfikacja</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it in the page below.</source>
        <translation>LinkedIn chce potwierdzić, że to Ty — dokończ to na stronie poniżej.</translation>
    </message>
    <message>
        <source>Still loading</source>
        <translation>Wciąż się wczytuje</translation>
    </message>
    <message>
        <source>Press “Reload the page”.</source>
        <translation>Naciśnij „Odśwież stronę”.</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Niedostępne</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region: there is nothing to switch off. You can go on.</source>
        <translation>LinkedIn informuje, że to ustawienie nie jest dostępne dla Twojego konta lub regionu: nie ma czego wyłączać. Możesz kontynuować.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation>Możesz kontynuować.</translation>
    </message>
    <message>
        <source>Off — saving</source>
        <translation>Wyłączone — zapisywanie</translation>
    </message>
    <message>
        <source>Making sure LinkedIn saved it…</source>
        <translation>Sprawdzanie, czy LinkedIn to zapisał…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it: the switch is still on. Looking at the page again…</source>
        <translation>LinkedIn tego nie zapisał: przełącznik jest nadal włączony. Ponowne sprawdzanie strony…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it. Try again, or come back later.</source>
        <translation>LinkedIn tego nie zapisał. Spróbuj ponownie lub wróć później.</translation>
    </message>
    <message>
        <source>Still on</source>
        <translation>Nadal włączony</translation>
    </message>
    <message>
        <source>Page error</source>
        <translation>Błąd strony</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Naciśnij „Ponów”.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Niepotwierdzone</translation>
    </message>
    <message>
        <source>LinkedIn did not confirm the setting in time. Press “Reload the page” to read it again.</source>
        <translation>LinkedIn nie potwierdził ustawienia na czas. Naciśnij „Odśwież stronę”, aby odczytać je ponownie.</translation>
    </message>
    <message>
        <source>The wizard's click did not reach the switch: something on the page covers it. Close what covers it, or click the outlined switch yourself.</source>
        <translation>Kliknięcie kreatora nie dotarło do przełącznika: coś na stronie go zasłania. Zamknij to, co go zasłania, albo kliknij obramowany przełącznik samodzielnie.</translation>
    </message>
    <message>
        <source>The switch is no longer on the page. Reload it.</source>
        <translation>Przełącznika nie ma już na stronie. Wczytaj ją ponownie.</translation>
    </message>
    <message>
        <source>The page has not finished loading the switch. Try again in a moment.</source>
        <translation>Strona jeszcze nie wczytała przełącznika. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The switch is not on any more.</source>
        <translation>Przełącznik nie jest już włączony.</translation>
    </message>
    <message>
        <source>The page did not allow the wizard's click.</source>
        <translation>Strona nie pozwoliła na kliknięcie kreatora.</translation>
    </message>
    <message>
        <source>The wizard clicked the switch, but the page did not change it. Click the outlined switch yourself.</source>
        <translation>Kreator kliknął przełącznik, ale strona go nie zmieniła. Kliknij obramowany przełącznik samodzielnie.</translation>
    </message>
</context>
<context>
    <name>NewOnLinkedIn</name>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nowość w LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists could not be read</source>
        <translation>Nie udało się odczytać list LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>Listy ustawień LinkedIn nie pokazują żadnego ustawienia, którego ta aplikacja nie zna.</translation>
    </message>
    <message>
        <source>New on LinkedIn: a setting that is on: {titles}</source>
        <translation>Nowość w LinkedIn: ustawienie, które jest włączone: {titles}</translation>
    </message>
    <message>
        <source>New on LinkedIn: {title}</source>
        <translation>Nowość w LinkedIn: {title}</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn pokazuje ustawienie, którego ta aplikacja jeszcze nie zna: „{title}” — jest w stanie {state}.</translation>
    </message>
    <message>
        <source>Open its page, read what LinkedIn says it does, and decide there. The wizard does not know this setting, so it neither checks nor changes it.</source>
        <translation>Otwórz jego stronę, przeczytaj, co według LinkedIn robi, i zdecyduj tam. Kreator nie zna tego ustawienia, więc go nie sprawdza ani nie zmienia.</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Otwórz jego stronę</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Open the page of “{title}”</source>
        <translation>Otwórz stronę „{title}”</translation>
    </message>
    <message>
        <source>Check again, to see how it stands now</source>
        <translation>Sprawdź ponownie, aby zobaczyć, jak jest teraz</translation>
    </message>
    <message>
        <source>You opened the page of “{title}”.</source>
        <translation>Otworzono stronę „{title}”.</translation>
    </message>
    <message>
        <source>If you changed it there, check again: the check reads LinkedIn's lists afresh and shows how it stands now.</source>
        <translation>Jeśli zmieniono je tam, sprawdź ponownie: sprawdzenie od nowa odczyta listy LinkedIn i pokaże, jak jest teraz.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Still on: {titles}</source>
        <translation>Nadal włączone: {titles}</translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation>Nie sprawdzono: {why}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check{whose}: {headline}</source>
        <translation>Sprawdzenie rezygnacji LinkedIn{whose}: {headline}</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Objection sent on {date}, case {case}.</source>
        <translation>Sprzeciw wysłano {date}, zgłoszenie {case}.</translation>
    </message>
    <message>
        <source>Objection sent on {date} (no case number was shown).</source>
        <translation>Sprzeciw wysłano {date} (nie pokazano numeru zgłoszenia).</translation>
    </message>
    <message>
        <source>LinkedIn decides on it and answers by e-mail: look out for its message. The wizard cannot check an objection later; it keeps the date, the case and the picture.</source>
        <translation>LinkedIn o nim decyduje i odpowiada e-mailem: wypatruj jego wiadomości. Kreator nie może później sprawdzić sprzeciwu; zachowuje datę, zgłoszenie i zdjęcie.</translation>
    </message>
</context>
<context>
    <name>ObjectionScreen</name>
    <message>
        <source>Object to LinkedIn's other uses of your data for AI</source>
        <translation>Sprzeciw wobec innych sposobów wykorzystywania Twoich danych do AI przez LinkedIn</translation>
    </message>
    <message>
        <source>Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard.</source>
        <translation>Opcjonalne. LinkedIn decyduje; odpowiada e-mailem. Wysyłasz go Ty, nie kreator.</translation>
    </message>
    <message>
        <source>The switch covered only AI that creates content. LinkedIn also uses members' data for other AI: to choose what you see, to moderate, and in models that do not create content. Its form below lets you object to that. Where it asks what you object to, choose “{topic}”; for the text, copy the wizard's suggestion and change it as you like. Then press the form's own button to send it. The wizard never fills it in or sends it for you.</source>
        <translation>Przełącznik obejmował tylko AI, która tworzy treści. LinkedIn wykorzystuje dane członków także do innej AI: do wybierania tego, co widzisz, do moderacji i w modelach, które nie tworzą treści. Jego formularz poniżej pozwala się temu sprzeciwić. Tam, gdzie pyta, czemu się sprzeciwiasz, wybierz „{topic}”; jako tekst skopiuj propozycję kreatora i zmień ją według uznania. Potem naciśnij przycisk samego formularza, aby go wysłać. Kreator nigdy go nie wypełnia ani nie wysyła za Ciebie.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>Co zro&amp;bić</translation>
    </message>
    <message>
        <source>Show what to do</source>
        <translation>Pokaż, co zrobić</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Proponowany tekst</translation>
    </message>
    <message>
        <source>A text you may copy into the form and change as you like.</source>
        <translation>Tekst, który możesz skopiować do formularza i zmienić według uznania.</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>&amp;Kopiuj tekst</translation>
    </message>
    <message>
        <source>Copy the suggested text</source>
        <translation>Kopiuj proponowany tekst</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <source>&amp;Open the form again</source>
        <translation>Otwórz &amp;formularz ponownie</translation>
    </message>
    <message>
        <source>Open the form again</source>
        <translation>Otwórz formularz ponownie</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Zdjęcie potwierdzenia od LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's form could not be opened: {why} Press Retry in the page, or “Open the form again”. Nothing was sent.</source>
        <translation>Nie udało się otworzyć formularza LinkedIn: {why} Naciśnij Ponów na stronie albo „Otwórz formularz ponownie”. Nic nie wysłano.</translation>
    </message>
    <message>
        <source>Opening LinkedIn's form…</source>
        <translation>Otwieranie formularza LinkedIn…</translation>
    </message>
    <message>
        <source>Copied. Click into the form's text box below and paste it (Ctrl+V), then change it as you like.</source>
        <translation>Skopiowano. Kliknij pole tekstowe formularza poniżej i wklej tekst (Ctrl+V), a potem zmień go według uznania.</translation>
    </message>
    <message>
        <source>LinkedIn's form shows what to correct: the marked fields in the page. Nothing has been sent yet.</source>
        <translation>Formularz LinkedIn pokazuje, co poprawić: oznaczone pola na stronie. Nic jeszcze nie wysłano.</translation>
    </message>
    <message>
        <source>Fill in the form below and press its button to send it. The wizard notices LinkedIn's confirmation and keeps a picture of it.</source>
        <translation>Wypełnij formularz poniżej i naciśnij jego przycisk, aby go wysłać. Kreator rozpozna potwierdzenie od LinkedIn i zachowa jego zdjęcie.</translation>
    </message>
    <message>
        <source>Waiting for LinkedIn's answer…</source>
        <translation>Czekanie na odpowiedź LinkedIn…</translation>
    </message>
    <message>
        <source>LinkedIn does not offer this form in your region, so nothing can be sent here. Nothing was sent, and nothing else is needed on this step: press Next.</source>
        <translation>LinkedIn nie oferuje tego formularza w Twoim regionie, więc nic nie można tu wysłać. Nic nie wysłano i w tym kroku nic więcej nie trzeba robić: naciśnij Dalej.</translation>
    </message>
    <message>
        <source>LinkedIn signed you out before the form was sent: nothing was sent. Sign in again in the page below; LinkedIn brings you back to the form, and you send it again (copy the text again if you need it).</source>
        <translation>LinkedIn wylogował Cię, zanim formularz został wysłany: nic nie wysłano. Zaloguj się ponownie na stronie poniżej; LinkedIn przeniesie Cię z powrotem do formularza i wyślesz go ponownie (w razie potrzeby skopiuj tekst jeszcze raz).</translation>
    </message>
    <message>
        <source>This page is not the form. Finish what LinkedIn asks here, or press “Open the form again”.</source>
        <translation>Ta strona nie jest formularzem. Dokończ to, o co prosi tu LinkedIn, albo naciśnij „Otwórz formularz ponownie”.</translation>
    </message>
    <message>
        <source>It could not be added to the history ({why}); save the report on the next screen to keep the proof.</source>
        <translation>Nie udało się dodać go do historii ({why}); zapisz raport na następnym ekranie, aby zachować dowód.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Wysłano.</translation>
    </message>
    <message>
        <source>A picture of the confirmation could not be taken.</source>
        <translation>Nie udało się zrobić zdjęcia potwierdzenia.</translation>
    </message>
</context>
<context>
    <name>OptOutScreen</name>
    <message>
        <source>Step {n} of {count}: {title}</source>
        <translation>Krok {n} z {count}: {title}</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Dlaczego to ważne</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Co tracisz: {loses}</translation>
    </message>
    <message>
        <source>Show why this matters</source>
        <translation>Pokaż, dlaczego to ma znaczenie</translation>
    </message>
    <message>
        <source>Why this &amp;matters</source>
        <translation>Dlaczego to &amp;ma znaczenie</translation>
    </message>
    <message>
        <source>This step was last compared with LinkedIn's page on {date}; LinkedIn may have changed it since. If the page looks different, “Show me the way” helps.</source>
        <translation>Ten krok ostatnio porównano ze stroną LinkedIn {date}; LinkedIn mógł ją od tego czasu zmienić. Jeśli strona wygląda inaczej, pomoże „Pokaż drogę”.</translation>
    </message>
    <message>
        <source>&amp;Switch it off for me</source>
        <translation>Wyłą&amp;cz za mnie</translation>
    </message>
    <message>
        <source>Switch it off for me</source>
        <translation>Wyłącz za mnie</translation>
    </message>
    <message>
        <source>Clicks the outlined switch in the page.</source>
        <translation>Klika obramowany przełącznik na stronie.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Gdzie jesteś</translation>
    </message>
    <message>
        <source>Show me the &amp;way</source>
        <translation>&amp;Pokaż drogę</translation>
    </message>
    <message>
        <source>Show me the way through LinkedIn's menus</source>
        <translation>Pokaż drogę przez menu LinkedIn</translation>
    </message>
    <message>
        <source>S&amp;kip this step…</source>
        <translation>Pomiń ten &amp;krok…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Pomiń ten krok</translation>
    </message>
    <message>
        <source>If the page below does not show the switch, LinkedIn may have moved it. The way through the menus:</source>
        <translation>Jeśli strona poniżej nie pokazuje przełącznika, LinkedIn mógł go przenieść. Droga przez menu:</translation>
    </message>
    <message>
        <source>The way through LinkedIn's menus</source>
        <translation>Droga przez menu LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Open “Settings &amp;&amp; Privacy” in the page</source>
        <translation>Otwórz „&amp;Ustawienia i prywatność” na stronie</translation>
    </message>
    <message>
        <source>Open Settings and Privacy in the page</source>
        <translation>Otwórz Ustawienia i prywatność na stronie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skip this setting?&lt;/b&gt; It stays on, and LinkedIn keeps using your data for it. The final check will show it as not done, and you can come back to it.</source>
        <translation>&lt;b&gt;Pominąć to ustawienie?&lt;/b&gt; Pozostanie włączone, a LinkedIn nadal będzie wykorzystywać do tego Twoje dane. Końcowe sprawdzenie pokaże je jako niezrobione i możesz do niego wrócić.</translation>
    </message>
    <message>
        <source>Skip warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>&amp;Yes, skip it</source>
        <translation>&amp;Tak, pomiń</translation>
    </message>
    <message>
        <source>Yes, skip this setting</source>
        <translation>Tak, pomiń to ustawienie</translation>
    </message>
    <message>
        <source>&amp;Don't skip</source>
        <translation>&amp;Nie pomijaj</translation>
    </message>
    <message>
        <source>Don't skip</source>
        <translation>Nie pomijaj</translation>
    </message>
    <message>
        <source>R&amp;eload the page</source>
        <translation>Odśwież st&amp;ronę</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Odśwież stronę</translation>
    </message>
    <message>
        <source>Loads LinkedIn's page again and reads the switch afresh.</source>
        <translation>Ponownie wczytuje stronę LinkedIn i odczytuje przełącznik od nowa.</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Zaloguj &amp;się ponownie</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>You are in LinkedIn's menus. The wizard reads the switch again as soon as a page shows it.</source>
        <translation>Jesteś w menu LinkedIn. Kreator odczyta przełącznik ponownie, gdy tylko strona go pokaże.</translation>
    </message>
    <message>
        <source>Switch it off on LinkedIn's page below; the strip says when it is.</source>
        <translation>Wyłącz go na stronie LinkedIn poniżej; pasek powie, kiedy jest wyłączony.</translation>
    </message>
</context>
<context>
    <name>OptOutWizard</name>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Kreator rezygnacji LinkedIn</translation>
    </message>
    <message>
        <source>{title} — Practice</source>
        <translation>{title} — Ćwiczenie</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>&amp;O programie…</translation>
    </message>
    <message>
        <source>Go on to another account?</source>
        <translation>Przejść do innego konta?</translation>
    </message>
    <message>
        <source>&amp;Go on to another account</source>
        <translation>&amp;Przejdź do innego konta</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Zamknąć kreatora?</translation>
    </message>
    <message>
        <source>Not confirmed off yet:</source>
        <translation>Jeszcze nie potwierdzono wyłączenia:</translation>
    </message>
    <message>
        <source>These are still on:</source>
        <translation>Te są nadal włączone:</translation>
    </message>
    <message>
        <source>LinkedIn keeps using your data for these until they are off. You can come back and finish at any time.</source>
        <translation>LinkedIn nadal używa Twoich danych do tych celów, dopóki nie zostaną wyłączone. Możesz wrócić i dokończyć w dowolnej chwili.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Zamknij mimo to</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>Zo&amp;stań</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <source>LinkedIn's page: {title}</source>
        <translation>Strona LinkedIn: {title}</translation>
    </message>
    <message>
        <source>This is LinkedIn's own page for “{title}”. The wizard does not know this setting, so it neither reads nor changes it: read what LinkedIn says it does, and switch it off here if you want to. Verify again to see its state in the list.</source>
        <translation>To własna strona LinkedIn dla „{title}”. Kreator nie zna tego ustawienia, więc go nie odczytuje ani nie zmienia: przeczytaj, co według LinkedIn robi, i wyłącz je tutaj, jeśli chcesz. Sprawdź ponownie, aby zobaczyć jego stan na liście.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>O tej stronie</translation>
    </message>
    <message>
        <source>LinkedIn's page</source>
        <translation>Strona LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>PasskeyDialog</name>
    <message>
        <source>Sign in with a passkey or security key</source>
        <translation>Zaloguj się kluczem dostępu lub kluczem bezpieczeństwa</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Accounts on this key</source>
        <translation>Konta na tym kluczu</translation>
    </message>
    <message>
        <source>The security key's PIN</source>
        <translation>PIN klucza bezpieczeństwa</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Spróbuj &amp;ponownie</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Choose the account to sign in to {site} with:</source>
        <translation>Wybierz konto, którym zalogujesz się do {site}:</translation>
    </message>
    <message>
        <source>Enter your security key's PIN.</source>
        <translation>Wpisz PIN klucza bezpieczeństwa.</translation>
    </message>
    <message>
        <source>That PIN was not right. Tries left: {n}.</source>
        <translation>Ten PIN jest nieprawidłowy. Pozostało prób: {n}.</translation>
    </message>
    <message>
        <source>Touch your security key, or confirm with your device's passkey, to sign in to {site}.</source>
        <translation>Dotknij klucza bezpieczeństwa lub potwierdź kluczem dostępu urządzenia, aby zalogować się do {site}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>You can sign in another way on the page instead: your password, or Google or Apple.</source>
        <translation>Zamiast tego możesz zalogować się na stronie w inny sposób: hasłem albo przez Google lub Apple.</translation>
    </message>
    <message>
        <source>The passkey or key did not answer in time.</source>
        <translation>Klucz dostępu lub klucz nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>This key is not registered for your account.</source>
        <translation>Ten klucz nie jest zarejestrowany dla Twojego konta.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: take the key out and put it in again.</source>
        <translation>Zbyt wiele błędnych PIN-ów: wyjmij klucz i włóż go ponownie.</translation>
    </message>
    <message>
        <source>The key is locked after too many wrong PINs.</source>
        <translation>Klucz został zablokowany po zbyt wielu błędnych PIN-ach.</translation>
    </message>
    <message>
        <source>The sign-in was not confirmed on the key.</source>
        <translation>Logowanie nie zostało potwierdzone na kluczu.</translation>
    </message>
    <message>
        <source>Signing in with a passkey did not work here.</source>
        <translation>Logowanie kluczem dostępu tutaj nie zadziałało.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice: a replica of LinkedIn on this computer. Any email and password work.</source>
        <translation>Ćwiczenie: replika LinkedIn na tym komputerze. Działa dowolny e-mail i hasło.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Tryb ćwiczeń</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>Zapi&amp;sz raport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>Saves the check, with a picture of each switch, as a web page or a PDF.</source>
        <translation>Zapisuje sprawdzenie z obrazem każdego przełącznika jako stronę internetową lub PDF.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Stan raportu</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Otwórz zapisany raport</translation>
    </message>
    <message>
        <source>O&amp;pen report</source>
        <translation>Otwórz &amp;raport</translation>
    </message>
    <message>
        <source>A report to keep</source>
        <translation>Raport do zachowania</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Pokaż w fo&amp;lderze</translation>
    </message>
    <message>
        <source>Show the saved report in its folder</source>
        <translation>Pokaż zapisany raport w jego folderze</translation>
    </message>
    <message>
        <source>Changes since the last check</source>
        <translation>Zmiany od ostatniego sprawdzenia</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Wcześniejsze sprawdzenia</translation>
    </message>
    <message>
        <source>Changed since the last check:</source>
        <translation>Zmieniło się od ostatniego sprawdzenia:</translation>
    </message>
    <message>
        <source>This is the first check kept on this computer.</source>
        <translation>To pierwsze sprawdzenie zapisane na tym komputerze.</translation>
    </message>
    <message>
        <source>Web page, pictures included (*.html);;PDF document (*.pdf)</source>
        <translation>Strona internetowa z obrazami (*.html);;Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Zapisano: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {why}</source>
        <translation>Nie udało się zapisać raportu w {path}: {why}</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Use a session &amp;remembered on this computer…</source>
        <translation>Użyj sesji zapamię&amp;tanej na tym komputerze…</translation>
    </message>
    <message>
        <source>Use a session remembered on this computer</source>
        <translation>Użyj sesji zapamiętanej na tym komputerze</translation>
    </message>
    <message>
        <source>Signs in with a session kept in your computer's password store by “Remember me”. Your computer may ask you to unlock it.</source>
        <translation>Loguje się sesją zapisaną przez „Zapamiętaj mnie” w magazynie haseł komputera. Komputer może poprosić o jego odblokowanie.</translation>
    </message>
    <message>
        <source>Remembered sessions</source>
        <translation>Zapamiętane sesje</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>No session is remembered on this computer for {site}.</source>
        <translation>Na tym komputerze nie zapamiętano żadnej sesji dla {site}.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Które konto?</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nazwa niewidoczna)</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Kontynuuj jako {name}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Otwieranie</translation>
    </message>
    <message>
        <source>That session is no longer remembered. Sign in below instead.</source>
        <translation>Ta sesja nie jest już zapamiętana. Zaloguj się poniżej.</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>Logowanie jako {name}…</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Zapominanie</translation>
    </message>
    <message>
        <source>The remembered session of {name} had expired; it was removed from the password store. Sign in below.</source>
        <translation>Zapamiętana sesja {name} wygasła; usunięto ją z magazynu haseł. Zaloguj się poniżej.</translation>
    </message>
    <message>
        <source>The password store could not be read: {why} Sign in below instead.</source>
        <translation>Nie udało się odczytać magazynu haseł: {why} Zamiast tego zaloguj się poniżej.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Off</source>
        <translation>Wyłączony</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Włączony</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wylogowano</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Wymagana weryfikacja</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Off — you are opted out</source>
        <translation>Wyłączone — zrezygnowano</translation>
    </message>
    <message>
        <source>On — LinkedIn still uses your data for this</source>
        <translation>Włączone — LinkedIn nadal używa do tego Twoich danych</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nieoferowane</translation>
    </message>
    <message>
        <source>The switch was found by its label and read as off: you are opted out.</source>
        <translation>Przełącznik znaleziono po etykiecie i odczytano jako wyłączony: zrezygnowano.</translation>
    </message>
    <message>
        <source>The switch was found and read as on: you are not opted out yet.</source>
        <translation>Przełącznik znaleziono i odczytano jako włączony: jeszcze nie zrezygnowano.</translation>
    </message>
    <message>
        <source>LinkedIn sent the check to its sign-in page: the session had ended.</source>
        <translation>LinkedIn przekierował sprawdzenie na stronę logowania: sesja wygasła.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check (a code or a puzzle) first.</source>
        <translation>LinkedIn najpierw poprosił o weryfikację bezpieczeństwa (kod lub łamigłówkę).</translation>
    </message>
    <message>
        <source>The page loaded but no switch matched: the page changed, or the setting is not offered for this account or region.</source>
        <translation>Strona się wczytała, ale żaden przełącznik nie pasował: strona się zmieniła albo ustawienie nie jest dostępne dla tego konta lub regionu.</translation>
    </message>
    <message>
        <source>The page could not be checked (network, timeout, HTTP error or no browser).</source>
        <translation>Nie udało się sprawdzić strony (sieć, przekroczony czas, błąd HTTP lub brak przeglądarki).</translation>
    </message>
    <message>
        <source>LinkedIn also lists a new setting, “{title}”, and it is on.</source>
        <translation>LinkedIn wymienia też nowe ustawienie, „{title}”, i jest ono włączone.</translation>
    </message>
    <message>
        <source>LinkedIn also lists {n} new settings that are on.</source>
        <translation>LinkedIn wymienia też nowe ustawienia, które są włączone: {n}.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Sprawdzenie nie mogło się odbyć.</translation>
    </message>
    <message>
        <source>1 setting could not be checked.</source>
        <translation>Nie udało się sprawdzić 1 ustawienia.</translation>
    </message>
    <message>
        <source>{n} settings could not be checked.</source>
        <translation>Nie udało się sprawdzić {n} ustawień.</translation>
    </message>
    <message>
        <source>1 setting is still on.</source>
        <translation>1 ustawienie jest nadal włączone.</translation>
    </message>
    <message>
        <source>{n} settings are still on.</source>
        <translation>{n} ustawienia są nadal włączone.</translation>
    </message>
    <message>
        <source>LinkedIn does not offer you any of these settings.</source>
        <translation>LinkedIn nie oferuje Ci żadnego z tych ustawień.</translation>
    </message>
    <message>
        <source>Every setting offered to you is off; LinkedIn does not offer the rest.</source>
        <translation>Każde oferowane Ci ustawienie jest wyłączone; pozostałych LinkedIn nie oferuje.</translation>
    </message>
    <message>
        <source>All settings are off.</source>
        <translation>Wszystkie ustawienia są wyłączone.</translation>
    </message>
    <message>
        <source>Data Processing Objection: {word}. {sentence}</source>
        <translation>Sprzeciw wobec przetwarzania danych: {word}. {sentence}</translation>
    </message>
    <message>
        <source>LinkedIn lists settings this app does not know yet:</source>
        <translation>LinkedIn pokazuje ustawienia, których ta aplikacja jeszcze nie zna:</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Co zrobić: {advice}</translation>
    </message>
    <message>
        <source>New since this check.</source>
        <translation>Nowe od tego sprawdzenia.</translation>
    </message>
    <message>
        <source>Listed since {date}.</source>
        <translation>Na liście od {date}.</translation>
    </message>
    <message>
        <source>open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, and decide. The wizard does not know it, so it neither checks nor changes it.</source>
        <translation>otwórz je (w kreatorze: Gotowe, „Nowość w LinkedIn”), przeczytaj, co według LinkedIn robi, i zdecyduj. Kreator go nie zna, więc go nie sprawdza ani nie zmienia.</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn pokazuje ustawienie, którego ta aplikacja jeszcze nie zna: „{title}” — jest w stanie {state}.</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on.</source>
        <translation>LinkedIn dodał ustawienie, które jest włączone.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>{title}: the switch as seen</source>
        <translation>{title}: przełącznik w chwili sprawdzenia</translation>
    </message>
    <message>
        <source>Practice check on a replica site: this is not LinkedIn.</source>
        <translation>Sprawdzenie ćwiczeniowe na kopii serwisu: to nie jest LinkedIn.</translation>
    </message>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nowość w LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn lists these settings, which this app does not know yet (it sees only what LinkedIn's lists show):</source>
        <translation>LinkedIn pokazuje te ustawienia, których ta aplikacja jeszcze nie zna (widzi tylko to, co pokazują listy LinkedIn):</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Co zrobić: {advice}</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>Listy ustawień LinkedIn nie pokazują żadnego ustawienia, którego ta aplikacja nie zna.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Sprzeciw wobec przetwarzania danych</translation>
    </message>
    <message>
        <source>LinkedIn's page said: “{said}”</source>
        <translation>Strona LinkedIn podała: „{said}”</translation>
    </message>
    <message>
        <source>A request to LinkedIn, not a switch: it is not counted among the settings above, and no check can read it again.</source>
        <translation>Prośba do LinkedIn, nie przełącznik: nie liczy się do ustawień powyżej i żadne sprawdzenie nie może odczytać jej ponownie.</translation>
    </message>
    <message>
        <source>LinkedIn's confirmation of the objection</source>
        <translation>Potwierdzenie sprzeciwu od LinkedIn</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>(not shown on the page)</source>
        <translation>(nie pokazano na stronie)</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard {version}, {browser}</source>
        <translation>Kreator rezygnacji LinkedIn {version}, {browser}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check</source>
        <translation>Sprawdzenie rezygnacji LinkedIn</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Sprawdzono</translation>
    </message>
    <message>
        <source>(this computer's time)</source>
        <translation>(czas tego komputera)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Serwis</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Sprawdzono za pomocą</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Co zobaczono</translation>
    </message>
    <message>
        <source>What each result means</source>
        <translation>Co oznacza każdy wynik</translation>
    </message>
    <message>
        <source>The pictures</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Only “{off}” means the switch was found and read as off. Anything the check could not see is never reported as “{off}”.</source>
        <translation>Tylko „{off}” oznacza, że przełącznik został znaleziony i odczytany jako wyłączony. To, czego sprawdzenie nie mogło zobaczyć, nigdy nie jest zgłaszane jako „{off}”.</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not checked yet</source>
        <translation>Jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <source>{title}: result</source>
        <translation>{title}: wynik</translation>
    </message>
    <message>
        <source>{title}: checking</source>
        <translation>{title}: sprawdzanie</translation>
    </message>
    <message>
        <source>{title}: picture of the switch</source>
        <translation>{title}: obraz przełącznika</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Napraw</translation>
    </message>
    <message>
        <source>Fix this: {title}</source>
        <translation>Popraw: {title}</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Oczekiwanie…</translation>
    </message>
    <message>
        <source>Opening the page…</source>
        <translation>Otwieranie strony…</translation>
    </message>
    <message>
        <source>Reading the switch…</source>
        <translation>Odczytywanie przełącznika…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Finish the security check</source>
        <translation>Dokończ kontrolę bezpieczeństwa</translation>
    </message>
    <message>
        <source>Finish the security check in the wizard: {title}</source>
        <translation>Dokończ kontrolę bezpieczeństwa w kreatorze: {title}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The monthly check could not be set up: your system's scheduler does not answer here ({why}). Add a monthly reminder to your calendar instead, and check by hand.</source>
        <translation>Nie udało się ustawić comiesięcznego sprawdzenia: harmonogram systemu tu nie odpowiada ({why}). Zamiast tego dodaj comiesięczne przypomnienie do kalendarza i sprawdzaj ręcznie.</translation>
    </message>
    <message>
        <source>Your system's scheduler does not answer here ({why}), so the monthly check cannot run. Add a monthly reminder to your calendar instead.</source>
        <translation>Harmonogram systemu tu nie odpowiada ({why}), więc comiesięczne sprawdzenie nie może się odbyć. Zamiast tego dodaj comiesięczne przypomnienie do kalendarza.</translation>
    </message>
    <message>
        <source>The monthly check names a program that is no longer there ({program}), so it cannot run. Open the wizard from where it is now installed to set it up again.</source>
        <translation>Comiesięczne sprawdzenie wskazuje program, którego już nie ma ({program}), więc nie może się odbyć. Otwórz kreator z miejsca, w którym jest teraz zainstalowany, aby ustawić je ponownie.</translation>
    </message>
    <message>
        <source>The check runs again every month.</source>
        <translation>Sprawdzenie uruchamia się co miesiąc.</translation>
    </message>
    <message>
        <source>The check will run again every month.</source>
        <translation>Sprawdzenie będzie się powtarzać co miesiąc.</translation>
    </message>
    <message>
        <source>The monthly check is removed.</source>
        <translation>Comiesięczne sprawdzenie zostało usunięte.</translation>
    </message>
    <message>
        <source>the job is switched off</source>
        <translation>zadanie jest wyłączone</translation>
    </message>
    <message>
        <source>systemctl is not available</source>
        <translation>systemctl jest niedostępny</translation>
    </message>
    <message>
        <source>The check runs again at your next login.</source>
        <translation>Sprawdzenie uruchomi się ponownie przy następnym logowaniu.</translation>
    </message>
    <message>
        <source>Check your LinkedIn opt-outs</source>
        <translation>Sprawdź rezygnacje w LinkedIn</translation>
    </message>
    <message>
        <source>Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: it checks that both settings are still off.</source>
        <translation>Otwórz kreator rezygnacji LinkedIn (optout-wizard) i naciśnij „Sprawdź moje ustawienia”: sprawdzi, czy oba ustawienia są nadal wyłączone.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>This screen's content</source>
        <translation>Zawartość tego ekranu</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>On LinkedIn's own page: the wizard never sees your password.</source>
        <translation>Na własnej stronie LinkedIn: kreator nigdy nie widzi Twojego hasła.</translation>
    </message>
    <message>
        <source>Sign-in hint</source>
        <translation>Wskazówka logowania</translation>
    </message>
    <message>
        <source>Starting the browser that shows LinkedIn's sign-in page…</source>
        <translation>Uruchamianie przeglądarki, która pokazuje stronę logowania LinkedIn…</translation>
    </message>
    <message>
        <source>Starting the browser that shows the practice sign-in page…</source>
        <translation>Uruchamianie przeglądarki, która pokazuje ćwiczebną stronę logowania…</translation>
    </message>
    <message>
        <source>Finish signing in in the window that opened. It shows the address it is on: sign in only where you expect to.</source>
        <translation>Dokończ logowanie w oknie, które się otworzyło. Pokazuje ono swój adres: loguj się tylko tam, gdzie się tego spodziewasz.</translation>
    </message>
    <message>
        <source>Ask LinkedIn for a link to set a password: type your email below. Open the link in the email, set a password, then sign in here with it.</source>
        <translation>Poproś LinkedIn o link do ustawienia hasła: wpisz poniżej swój e-mail. Otwórz link z wiadomości, ustaw hasło, a potem zaloguj się nim tutaj.</translation>
    </message>
    <message>
        <source>Sign in below with your LinkedIn email and password. No password? Choose “Forgot password” on the page: LinkedIn emails you a link to set one.</source>
        <translation>Zaloguj się poniżej e-mailem i hasłem do LinkedIn. Nie masz hasła? Wybierz na stronie „Nie pamiętasz hasła?”: LinkedIn wyśle Ci link do ustawienia hasła.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it here.</source>
        <translation>LinkedIn chce potwierdzić, że to Ty — dokończ to tutaj.</translation>
    </message>
    <message>
        <source>LinkedIn asks you to approve this sign-in on your phone: open the LinkedIn app and tap Yes. The wizard goes on by itself once you have.</source>
        <translation>LinkedIn prosi o zatwierdzenie tego logowania na telefonie: otwórz aplikację LinkedIn i stuknij „Tak”. Potem kreator przejdzie dalej sam.</translation>
    </message>
    <message>
        <source>LinkedIn asks for the code from your authenticator app (two-step verification). Open the app, and type the code into the page below.</source>
        <translation>LinkedIn prosi o kod z aplikacji uwierzytelniającej (weryfikacja dwuetapowa). Otwórz aplikację i wpisz kod na stronie poniżej.</translation>
    </message>
    <message>
        <source>LinkedIn sent a code by text message to your phone. Type it into the page below.</source>
        <translation>LinkedIn wysłał kod SMS-em na Twój telefon. Wpisz go na stronie poniżej.</translation>
    </message>
    <message>
        <source>Sign in below, on the practice site's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Zaloguj się poniżej, na stronie serwisu ćwiczeniowego. Kreator nigdy nie widzi Twojego hasła. Po zalogowaniu przejdzie dalej sam.</translation>
    </message>
    <message>
        <source>Sign in below, on LinkedIn's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Zaloguj się poniżej, na stronie LinkedIn. Kreator nigdy nie widzi Twojego hasła. Po zalogowaniu przejdzie dalej sam.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Switch state: {state}</source>
        <translation>Stan przełącznika: {state}</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>jesteś tutaj</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>do zrobienia</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nie zrobione</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Witaj</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Sprzeciw</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Press Enter to see the picture whole.</source>
        <translation>Naciśnij Enter, aby zobaczyć całe zdjęcie.</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Kliknij, aby powiększyć</translation>
    </message>
    <message>
        <source>{title}: {answer}.</source>
        <translation>{title}: {answer}.</translation>
    </message>
    <message>
        <source>Taken on {date} at {time}</source>
        <translation>Zrobione {date} o {time}</translation>
    </message>
    <message>
        <source>, on {address}</source>
        <translation>, na {address}</translation>
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
        <translation>Sprawdź moje ustawienia</translation>
    </message>
    <message>
        <source>An independent check of each setting, with a picture as proof.</source>
        <translation>Niezależne sprawdzenie każdego ustawienia, ze zdjęciem jako dowodem.</translation>
    </message>
    <message>
        <source>The check starts by itself: it opens each setting's page again, on its own, reads the switch, and keeps a picture of it as proof.</source>
        <translation>Sprawdzenie zaczyna się samo: ponownie, samodzielnie otwiera stronę każdego ustawienia, odczytuje przełącznik i zachowuje jego obraz jako dowód.</translation>
    </message>
    <message>
        <source>&amp;Verify my settings</source>
        <translation>&amp;Sprawdź moje ustawienia</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>Anuluj spr&amp;awdzanie</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Anuluj sprawdzanie</translation>
    </message>
    <message>
        <source>&amp;Install a browser for the check</source>
        <translation>Zainstaluj prz&amp;eglądarkę do sprawdzenia</translation>
    </message>
    <message>
        <source>Install a browser for the check</source>
        <translation>Zainstaluj przeglądarkę do sprawdzenia</translation>
    </message>
    <message>
        <source>&amp;Sign in again and check again</source>
        <translation>Za&amp;loguj się ponownie i sprawdź jeszcze raz</translation>
    </message>
    <message>
        <source>Sign in again and check again</source>
        <translation>Zaloguj się ponownie i sprawdź jeszcze raz</translation>
    </message>
    <message>
        <source>Browser download</source>
        <translation>Pobieranie przeglądarki</translation>
    </message>
    <message>
        <source>The check's progress</source>
        <translation>Postęp sprawdzania</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Podsumowanie sprawdzenia</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>Rozpoczynanie sprawdzania…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Checking {n} of {count}: {title}…</source>
        <translation>Sprawdzanie {n} z {count}: {title}…</translation>
    </message>
    <message>
        <source>Starting the browser for the check…</source>
        <translation>Uruchamianie przeglądarki do sprawdzenia…</translation>
    </message>
    <message>
        <source>Reading LinkedIn's lists of settings, to notice any it added…</source>
        <translation>Odczytywanie list ustawień LinkedIn, aby zauważyć nowo dodane…</translation>
    </message>
    <message>
        <source>Browser: {browser}</source>
        <translation>Przeglądarka: {browser}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nie sprawdzono</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked. Press “Verify again” to start over.</source>
        <translation>Anulowano: niczego nie sprawdzono. Naciśnij „Sprawdź ponownie”, aby zacząć od nowa.</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>Sprawdź &amp;ponownie</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Downloading a browser for the check (about 100 MB)…</source>
        <translation>Pobieranie przeglądarki do sprawdzania (około 100 MB)…</translation>
    </message>
    <message>
        <source>Press “Verify again”.</source>
        <translation>Naciśnij „Sprawdź ponownie”.</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <source>The check could not run: {why}</source>
        <translation>Nie udało się przeprowadzić sprawdzenia: {why}</translation>
    </message>
</context>
<context>
    <name>WebSession</name>
    <message>
        <source>The page offered a file to download; the wizard does not download files.</source>
        <translation>Strona proponowała plik do pobrania; kreator nie pobiera plików.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>What the later check found</source>
        <translation>Co wykazało późniejsze sprawdzenie</translation>
    </message>
    <message>
        <source>LinkedIn uses your data to train AI and shares it for ads unless you switch this off. The wizard takes you to each switch, tells you when it is off, and checks again on its own, with a picture as proof.</source>
        <translation>LinkedIn używa Twoich danych do trenowania AI i udostępnia je na potrzeby reklam, chyba że to wyłączysz. Kreator prowadzi Cię do każdego przełącznika, mówi, kiedy jest wyłączony, i sam sprawdza ponownie, z obrazem jako dowodem.</translation>
    </message>
    <message>
        <source>What the wizard is for</source>
        <translation>Do czego służy kreator</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into LinkedIn's own page.</source>
        <translation>Nigdy nie widzi Twojego hasła: wpisujesz je na własnej stronie LinkedIn.</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into the practice page.</source>
        <translation>Nigdy nie widzi Twojego hasła: wpisujesz je na stronie ćwiczebnej.</translation>
    </message>
    <message>
        <source>It keeps nothing, unless you ask it to remember you; then only in your computer's password store (its keyring).</source>
        <translation>Niczego nie przechowuje, chyba że poprosisz o zapamiętanie; wtedy tylko w magazynie haseł komputera (jego pęku kluczy).</translation>
    </message>
    <message>
        <source>It checks each setting again on its own and keeps a picture as proof.</source>
        <translation>Sam ponownie sprawdza każde ustawienie i zachowuje obraz jako dowód.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Więc&amp;ej opcji</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Więcej opcji</translation>
    </message>
    <message>
        <source>The privacy signal, related settings you can add, and LinkedIn's objection form.</source>
        <translation>Sygnał prywatności, powiązane ustawienia, które możesz dodać, oraz formularz sprzeciwu LinkedIn.</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my &amp;data</source>
        <translation>Poproś też LinkedIn, aby nie udostępniał ani nie sprzedawał moich da&amp;nych</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my data</source>
        <translation>Poproś też LinkedIn, aby nie udostępniał ani nie sprzedawał moich danych</translation>
    </message>
    <message>
        <source>The wizard's browser sends the standard privacy signal for this (Global Privacy Control). LinkedIn says it opts members in the US out of data sharing. It is never taken as proof: every switch is still read.</source>
        <translation>Przeglądarka kreatora wysyła w tym celu standardowy sygnał prywatności (Global Privacy Control). LinkedIn twierdzi, że wyłącza nim udostępnianie danych członków w USA. Nigdy nie jest traktowany jako dowód: każdy przełącznik i tak jest odczytywany.</translation>
    </message>
    <message>
        <source>While the wizard was closed: {what}</source>
        <translation>Gdy kreator był zamknięty: {what}</translation>
    </message>
    <message>
        <source>Switch off {count} LinkedIn settings, and prove they stay off</source>
        <translation>Wyłącz {count} ustawienia LinkedIn i udowodnij, że pozostają wyłączone</translation>
    </message>
    <message>
        <source>About {minutes} minutes. You stay in charge of every change.</source>
        <translation>Około {minutes} minut. O każdej zmianie decydujesz Ty.</translation>
    </message>
    <message>
        <source>Related settings you may add (optional; each adds a step of about two minutes)</source>
        <translation>Powiązane ustawienia, które możesz dodać (opcjonalnie; każde dodaje krok trwający około dwóch minut)</translation>
    </message>
    <message>
        <source>Also &amp;object to LinkedIn's other uses of my data for AI</source>
        <translation>Wnieś także &amp;sprzeciw wobec innych sposobów wykorzystywania moich danych do AI przez LinkedIn</translation>
    </message>
    <message>
        <source>Also object to LinkedIn's other uses of my data for AI</source>
        <translation>Wnieś także sprzeciw wobec innych sposobów wykorzystywania moich danych do AI przez LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn decides; it answers by e-mail.</source>
        <translation>LinkedIn decyduje; odpowiada e-mailem.</translation>
    </message>
    <message>
        <source>After the check, the wizard shows LinkedIn's Data Processing Objection form, with a text you can copy; you fill it in and send it yourself, and the wizard keeps LinkedIn's confirmation as proof.</source>
        <translation>Po sprawdzeniu kreator pokazuje formularz LinkedIn do sprzeciwu wobec przetwarzania danych, z tekstem do skopiowania; sam go wypełniasz i wysyłasz, a kreator zachowuje potwierdzenie od LinkedIn jako dowód.</translation>
    </message>
    <message>
        <source>Beyond the switches</source>
        <translation>Poza przełącznikami</translation>
    </message>
    <message>
        <source>Also switch off: {title}</source>
        <translation>Wyłącz też: {title}</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Co tracisz: {loses}</translation>
    </message>
    <message>
        <source>The wizard's shield</source>
        <translation>Tarcza kreatora</translation>
    </message>
</context>
</TS>
