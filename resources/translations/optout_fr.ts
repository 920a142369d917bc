<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the LinkedIn opt-out wizard</source>
        <translation>À propos de l’assistant de désinscription LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Assistant de refus LinkedIn</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>An independent tool: it is not made, endorsed or supported by LinkedIn or Microsoft.</source>
        <translation>Un outil indépendant : il n’est ni créé, ni approuvé, ni soutenu par LinkedIn ou Microsoft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It never sees your password and keeps nothing unless you ask, and then only in your computer's password store.&lt;/p&gt;&lt;p&gt;Free software: you may use, study, share and change it under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;List of settings: version {catalog}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il ne voit jamais votre mot de passe et ne garde rien sauf si vous le demandez, et alors uniquement dans le trousseau de votre ordinateur.&lt;/p&gt;&lt;p&gt;Logiciel libre : vous pouvez l’utiliser, l’étudier, le partager et le modifier selon la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Liste des paramètres : version {catalog}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>À propos de cette application</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Help: open the guide in your web browser</source>
        <translation>Aide : ouvrir le guide dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Source code</source>
        <translation>Code &amp;source</translation>
    </message>
    <message>
        <source>Source code: open the project's page in your web browser</source>
        <translation>Code source : ouvrir la page du projet dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Check for a newer list of settings</source>
        <translation>&amp;Rechercher une liste de paramètres plus récente</translation>
    </message>
    <message>
        <source>Check for a newer list of settings</source>
        <translation>Rechercher une liste de paramètres plus récente</translation>
    </message>
    <message>
        <source>Update of the list of settings</source>
        <translation>Mise à jour de la liste des paramètres</translation>
    </message>
    <message>
        <source>Checking for a newer list of settings…</source>
        <translation>Recherche d’une liste de paramètres plus récente…</translation>
    </message>
    <message>
        <source>List of settings {version} is installed. Restart the wizard to use it.</source>
        <translation>La liste des paramètres {version} est installée. Redémarrez l’assistant pour l’utiliser.</translation>
    </message>
    <message>
        <source>{why} The list of settings in use stays.</source>
        <translation>{why} La liste des paramètres utilisée reste en place.</translation>
    </message>
</context>
<context>
    <name>BrowserInstaller</name>
    <message>
        <source>The browser for the check is installed.</source>
        <translation>Le navigateur pour la vérification est installé.</translation>
    </message>
    <message>
        <source>The browser could not be installed{detail}. Check your internet connection, or install Google Chrome or Chromium.</source>
        <translation>Le navigateur n’a pas pu être installé{detail}. Vérifiez votre connexion Internet ou installez Google Chrome ou Chromium.</translation>
    </message>
    <message>
        <source>The installer could not start.</source>
        <translation>Le programme d’installation n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>LinkedIn page</source>
        <translation>Page LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's own page, shown inside the wizard. The wizard never reads your password.</source>
        <translation>La page de LinkedIn elle-même, affichée dans l’assistant. L’assistant ne lit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Chargement de la page</translation>
    </message>
    <message>
        <source>Note about the page</source>
        <translation>Remarque sur la page</translation>
    </message>
    <message>
        <source>Page problem</source>
        <translation>Problème de page</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>Recharger la page</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>The page could not be loaded ({why}).</source>
        <translation>La page n’a pas pu être chargée ({why}).</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {code}).</source>
        <translation>LinkedIn a répondu par une erreur (HTTP {code}).</translation>
    </message>
    <message>
        <source>LinkedIn is taking too long to answer.</source>
        <translation>LinkedIn met trop de temps à répondre.</translation>
    </message>
    <message>
        <source>The page stopped working.</source>
        <translation>La page a cessé de fonctionner.</translation>
    </message>
    <message>
        <source>Check your internet connection, then press Retry.</source>
        <translation>Vérifiez votre connexion Internet, puis cliquez sur « Réessayer ».</translation>
    </message>
    <message>
        <source>That link leads away from {site}: it was opened in your web browser ({where}).</source>
        <translation>Ce lien mène hors de {site} : il a été ouvert dans votre navigateur ({where}).</translation>
    </message>
</context>
<context>
    <name>Browsers</name>
    <message>
        <source>The browser for the check could not start its sandbox (the wall that keeps web pages away from the rest of your computer), so nothing was checked; the app never runs a browser without it. This happens in containers and chroots, and on Ubuntu 24.04 or later when the app was not installed from its .deb package, which allows the sandbox. Install the app from its package, or run it on the computer itself rather than in a container.</source>
        <translation>Le navigateur de la vérification n'a pas pu démarrer son bac à sable (la paroi qui tient les pages web à l'écart du reste de votre ordinateur), donc rien n'a été vérifié ; l'application ne lance jamais un navigateur sans lui. Cela arrive dans les conteneurs et les chroots, et sous Ubuntu 24.04 ou plus récent quand l'application n'a pas été installée depuis son paquet .deb, qui autorise le bac à sable. Installez l'application depuis son paquet, ou lancez-la sur l'ordinateur lui-même plutôt que dans un conteneur.</translation>
    </message>
    <message>
        <source>The browser for the check ({browser}) did not start within {seconds} seconds, so nothing was checked. Close programs you do not need and check again; if it keeps happening, restart the computer.</source>
        <translation>Le navigateur de la vérification ({browser}) n’a pas démarré en {seconds} secondes : rien n’a été vérifié. Fermez les programmes dont vous n’avez pas besoin et vérifiez à nouveau ; si cela se reproduit, redémarrez l’ordinateur.</translation>
    </message>
    <message>
        <source>No browser for the check was found. Install Chromium's headless shell (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or Chromium, or let the app download one (in the app: Verify → Install a browser for the check; in a terminal: optout-wizard install-browser), or set OPTOUT_BROWSER to a Chromium-family browser's program file.</source>
        <translation>Aucun navigateur pour la vérification n’a été trouvé. Installez le shell headless de Chromium (Debian/Ubuntu : sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge ou Chromium, laissez l’application en télécharger un (dans l’application : Vérifier → Installer un navigateur pour la vérification ; dans un terminal : optout-wizard install-browser), ou définissez OPTOUT_BROWSER sur le programme d’un navigateur de la famille Chromium.</translation>
    </message>
    <message>
        <source>{name} is set to {path}, but there is no such file.</source>
        <translation>{name} vaut {path}, mais ce fichier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Updates to the list of settings come over https only, not from {url}.</source>
        <translation>Les mises à jour de la liste des paramètres arrivent uniquement par https, pas depuis {url}.</translation>
    </message>
    <message>
        <source>The newer list of settings could not be fetched ({why}).</source>
        <translation>La liste de paramètres plus récente n’a pas pu être récupérée ({why}).</translation>
    </message>
    <message>
        <source>The fetched list of settings is too large.</source>
        <translation>La liste de paramètres récupérée est trop volumineuse.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not signed with the project's key: it was not used.</source>
        <translation>La liste de paramètres récupérée n’est pas signée avec la clé du projet : elle n’a pas été utilisée.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not valid: {why}</source>
        <translation>La liste de paramètres récupérée n’est pas valide : {why}</translation>
    </message>
    <message>
        <source>The fetched list of settings ({new}) is not newer than the one in use ({old}).</source>
        <translation>La liste de paramètres récupérée ({new}) n’est pas plus récente que celle utilisée ({old}).</translation>
    </message>
    <message>
        <source>The list of settings could not be stored in {folder}: {why}.</source>
        <translation>La liste des paramètres n’a pas pu être enregistrée dans {folder} : {why}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The page could not be read (the check returned nothing).</source>
        <translation>La page n’a pas pu être lue (la vérification n’a rien renvoyé).</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again: the session has ended. Sign in, then check again.</source>
        <translation>LinkedIn a demandé de se reconnecter : la session est terminée. Connectez-vous, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you (a code or a puzzle). Open the wizard and finish it there, then check again.</source>
        <translation>LinkedIn veut confirmer que c’est bien vous (un code ou un puzzle). Ouvrez l’assistant, terminez-le là, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The only switch on this setting's own page is off. It carries no name that says which setting it is, so this is the weakest kind of match: look at the picture to be sure.</source>
        <translation>Le seul bouton de la page propre à ce paramètre est désactivé. Il ne porte aucun nom qui dise de quel paramètre il s’agit : c’est donc la correspondance la plus faible. Regardez l’image pour en être sûr.</translation>
    </message>
    <message>
        <source>The switch “{label}” is off.</source>
        <translation>Le bouton « {label} » est désactivé.</translation>
    </message>
    <message>
        <source>The switch “{label}” is on: LinkedIn still uses your data for this. Switch it off, then check again.</source>
        <translation>Le bouton « {label} » est activé : LinkedIn utilise toujours vos données pour cela. Désactivez-le, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Found the switch “{label}” but could not tell whether it is on or off. Open the page and look at it yourself.</source>
        <translation>Le bouton « {label} » a été trouvé, mais impossible de dire s’il est activé ou non. Ouvrez la page et regardez vous-même.</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region, so there is nothing to switch off here.</source>
        <translation>LinkedIn indique que ce paramètre n’est pas proposé pour votre compte ou votre région : il n’y a donc rien à désactiver ici.</translation>
    </message>
    <message>
        <source>LinkedIn's page was still loading after {seconds} seconds, so nothing was read. Check again in a moment.</source>
        <translation>La page de LinkedIn se chargeait encore après {seconds} secondes : rien n’a été lu. Vérifiez à nouveau dans un instant.</translation>
    </message>
    <message>
        <source>The page finished loading and has no such switch: LinkedIn may have moved it. Check by hand through the menus: {route}.</source>
        <translation>La page a fini de se charger et n’a pas cet interrupteur : LinkedIn l’a peut-être déplacé. Vérifiez vous-même par les menus : {route}.</translation>
    </message>
    <message>
        <source>LinkedIn words it a little differently from what the wizard knows.</source>
        <translation>LinkedIn le formule un peu différemment de ce que connaît l’assistant.</translation>
    </message>
    <message>
        <source>The switch has no name of its own: it was recognised by its description.</source>
        <translation>L’interrupteur n’a pas de nom propre : il a été reconnu à sa description.</translation>
    </message>
    <message>
        <source>The page has finished, but its switch has no name at all, so the wizard cannot tell which setting it is. Open the page and look at it yourself.</source>
        <translation>La page est chargée, mais son interrupteur n’a aucun nom : l’assistant ne peut donc pas savoir de quel paramètre il s’agit. Ouvrez la page et regardez vous-même.</translation>
    </message>
    <message>
        <source>the switch was still greyed out</source>
        <translation>le bouton était encore grisé</translation>
    </message>
    <message>
        <source>the page still showed it as loading</source>
        <translation>la page l’indiquait encore en cours de chargement</translation>
    </message>
    <message>
        <source>the switch was not shown yet</source>
        <translation>le bouton n’était pas encore affiché</translation>
    </message>
    <message>
        <source>it was still changing</source>
        <translation>il changeait encore</translation>
    </message>
    <message>
        <source>The page did not finish loading: {why}. Nothing was read as on or off; check again in a moment.</source>
        <translation>La page n’a pas fini de charger : {why}. Rien n’a été lu comme activé ou désactivé ; vérifiez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>No LinkedIn session: sign in first, then check.</source>
        <translation>Aucune session LinkedIn : connectez-vous d’abord, puis vérifiez.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>LinkedIn n’a pas répondu en {seconds} secondes. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings: the browser did not answer in time.</source>
        <translation>Impossible de lister les paramètres de LinkedIn : le navigateur n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings at {url}: {why}</source>
        <translation>Impossible de lister les paramètres de LinkedIn à {url} : {why}</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}).</source>
        <translation>LinkedIn a répondu par une erreur (HTTP {status}).</translation>
    </message>
    <message>
        <source>the page gave no answer.</source>
        <translation>la page n’a donné aucune réponse.</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again.</source>
        <translation>LinkedIn a demandé de se reconnecter.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check.</source>
        <translation>LinkedIn a demandé une vérification de sécurité.</translation>
    </message>
    <message>
        <source>the page was still loading when time was up.</source>
        <translation>la page chargeait encore quand le temps a été écoulé.</translation>
    </message>
    <message>
        <source>The setting's page is gone (HTTP {status}). LinkedIn may have moved it: check by hand through the menus: {route}.</source>
        <translation>La page du paramètre n’existe plus (HTTP {status}). LinkedIn l’a peut-être déplacée : vérifiez à la main en passant par les menus : {route}.</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}). Try again later.</source>
        <translation>LinkedIn a répondu par une erreur (HTTP {status}). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Something on the page (such as a cookie notice) covered the switch; it was set aside for the picture.</source>
        <translation>Un élément de la page (comme un avis sur les cookies) couvrait le bouton ; il a été écarté pour l’image.</translation>
    </message>
    <message>
        <source>The picture {path} could not be saved: {why}.</source>
        <translation>L’image {path} n’a pas pu être enregistrée : {why}.</translation>
    </message>
    <message>
        <source>The browser for the check stopped working, so nothing more was checked. Check again.</source>
        <translation>Le navigateur de la vérification a cessé de fonctionner : rien de plus n’a été vérifié. Vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>LinkedIn ended the session when the check opened the page. Sign in again, then check again.</source>
        <translation>LinkedIn a mis fin à la session quand la vérification a ouvert la page. Reconnectez-vous, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>its name could not be looked up</source>
        <translation>son nom n’a pas pu être résolu</translation>
    </message>
    <message>
        <source>this computer is offline</source>
        <translation>cet ordinateur est hors ligne</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>la connexion a été coupée</translation>
    </message>
    <message>
        <source>the network changed while it loaded</source>
        <translation>le réseau a changé pendant le chargement</translation>
    </message>
    <message>
        <source>it could not be reached from here</source>
        <translation>il est inaccessible depuis cet ordinateur</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>il n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>its security certificate was not valid</source>
        <translation>son certificat de sécurité n’était pas valide</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>aucune connexion sécurisée n’a pu être établie</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>le proxy a refusé la connexion</translation>
    </message>
    <message>
        <source>{host} kept sending the browser from one address to another, and the page never opened. Try again later; if it keeps happening, sign in again in the wizard.</source>
        <translation>{host} a renvoyé sans cesse le navigateur d’une adresse à l’autre, et la page ne s’est jamais ouverte. Réessayez plus tard ; si cela se reproduit, reconnectez-vous dans l’assistant.</translation>
    </message>
    <message>
        <source>Could not reach {host}: {why}. Check your internet connection and try again.</source>
        <translation>Impossible de joindre {host} : {why}. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Could not open the page on {host} (the browser said {code}). Check your internet connection and try again.</source>
        <translation>Impossible d’ouvrir la page sur {host} (le navigateur a indiqué {code}). Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your internet connection and try again.</source>
        <translation>{host} n’a pas répondu à temps. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The browser for the check stopped answering before the setting was read. Check again.</source>
        <translation>Le navigateur de la vérification a cessé de répondre avant la lecture du paramètre. Vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The browser page crashed while reading the setting. Check again.</source>
        <translation>La page du navigateur a planté pendant la lecture du paramètre. Vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The browser closed before the setting could be read. Check again.</source>
        <translation>Le navigateur s’est fermé avant que le paramètre puisse être lu. Vérifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;étails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Afficher les détails</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>What was done, your proof, and what comes next.</source>
        <translation>Ce qui a été fait, votre preuve et la suite.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>LinkedIn can turn such switches back on or add new ones: run the wizard again now and then to check.</source>
        <translation>LinkedIn peut réactiver de tels boutons ou en ajouter de nouveaux : relancez l’assistant de temps en temps pour vérifier.</translation>
    </message>
    <message>
        <source>Changes to ad settings may take LinkedIn up to 24 hours to apply.</source>
        <translation>LinkedIn peut mettre jusqu’à 24 heures à appliquer les modifications des paramètres publicitaires.</translation>
    </message>
    <message>
        <source>The switch covers AI that &lt;i&gt;creates content&lt;/i&gt;. For LinkedIn's other uses of your data for AI, you can object with LinkedIn's &lt;a href="{url}"&gt;Data Processing Objection form&lt;/a&gt;.</source>
        <translation>Le bouton concerne l’IA qui &lt;i&gt;crée du contenu&lt;/i&gt;. Pour les autres usages de vos données par LinkedIn pour l’IA, vous pouvez vous y opposer avec le &lt;a href="{url}"&gt;formulaire d’opposition au traitement des données&lt;/a&gt; de LinkedIn.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <source>Accounts done earlier in this run</source>
        <translation>Comptes déjà traités pendant cette session</translation>
    </message>
    <message>
        <source>Do this for &amp;another account</source>
        <translation>Faire de même pour un &amp;autre compte</translation>
    </message>
    <message>
        <source>Do this for another account</source>
        <translation>Faire de même pour un autre compte</translation>
    </message>
    <message>
        <source>Starts again with a fresh browser profile, to sign in with another LinkedIn account. The results of this account stay on this screen.</source>
        <translation>Recommence avec un profil de navigateur neuf, pour vous connecter avec un autre compte LinkedIn. Les résultats de ce compte restent sur cet écran.</translation>
    </message>
    <message>
        <source>Your proof</source>
        <translation>Votre preuve</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>(you skipped this step)</source>
        <translation>(vous avez ignoré cette étape)</translation>
    </message>
    <message>
        <source>Every setting LinkedIn offers you is off, and the check confirmed it.</source>
        <translation>Chaque paramètre que LinkedIn vous propose est désactivé, et la vérification l’a confirmé.</translation>
    </message>
    <message>
        <source>Every setting is off, and the check confirmed it.</source>
        <translation>Tous les paramètres sont désactivés, et la vérification l’a confirmé.</translation>
    </message>
    <message>
        <source>Send an ob&amp;jection…</source>
        <translation>Envo&amp;yer une opposition…</translation>
    </message>
    <message>
        <source>Send it a&amp;gain…</source>
        <translation>L’envo&amp;yer à nouveau…</translation>
    </message>
    <message>
        <source>Not everything is off yet: see below, or go Back and press “Fix this”.</source>
        <translation>Tout n’est pas encore désactivé : voir ci-dessous, ou revenez en arrière et cliquez sur « Corriger ».</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Compte : {name}</translation>
    </message>
    <message>
        <source>{title}: {state}, the picture</source>
        <translation>{title} : {state}, l’image</translation>
    </message>
    <message>
        <source>the account signed in</source>
        <translation>le compte connecté</translation>
    </message>
    <message>
        <source>Read on {where} on {when}, for {whose}.</source>
        <translation>Lu sur {where} le {when}, pour {whose}.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Opposition au traitement des données</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Image de la confirmation de LinkedIn</translation>
    </message>
    <message>
        <source>Opens LinkedIn's Data Processing Objection form in the wizard.</source>
        <translation>Ouvre dans l’assistant le formulaire d’opposition au traitement des données de LinkedIn.</translation>
    </message>
    <message>
        <source>The switch covers only AI that creates content. For LinkedIn's other uses of your data for AI you can object with LinkedIn's form; the wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn decides; it answers by e-mail.</source>
        <translation>Le bouton ne concerne que l’IA qui crée du contenu. Pour les autres utilisations de vos données pour l’IA par LinkedIn, vous pouvez vous opposer avec le formulaire de LinkedIn ; l’assistant l’affiche et garde la confirmation de LinkedIn comme preuve. LinkedIn décide ; il répond par e-mail.</translation>
    </message>
    <message>
        <source>It was sent over a year ago. LinkedIn's uses of data change: you may send it again.</source>
        <translation>Elle a été envoyée il y a plus d’un an. LinkedIn change ses utilisations des données : vous pouvez l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nom non affiché)</translation>
    </message>
    <message>
        <source>Save its report…</source>
        <translation>Enregistrer son rapport…</translation>
    </message>
    <message>
        <source>Done earlier in this run</source>
        <translation>Déjà fait pendant cette session</translation>
    </message>
</context>
<context>
    <name>GuardedPage</name>
    <message>
        <source>The page's link to {where} was not opened: the wizard opens only web (https) and e-mail links.</source>
        <translation>Le lien de la page vers {where} n’a pas été ouvert : l’assistant n’ouvre que les liens web (https) et e-mail.</translation>
    </message>
    <message>
        <source>This sign-in page is not secure (no https), so the wizard does not open it: {host}. Sign in another way.</source>
        <translation>Cette page de connexion n’est pas sécurisée (pas de https), l’assistant ne l’ouvre donc pas : {host}. Connectez-vous autrement.</translation>
    </message>
    <message>
        <source>The page tried to open {where}; it was stopped.</source>
        <translation>La page a tenté d’ouvrir {where} ; c’est bloqué.</translation>
    </message>
    <message>
        <source>The page tried to open a new window; the wizard keeps to one.</source>
        <translation>La page a tenté d’ouvrir une nouvelle fenêtre ; l’assistant s’en tient à une seule.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{symbol} {summary} Checked just now.</source>
        <translation>{symbol} {summary} Vérifié à l’instant.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{title}: was {before} on {date}, now {after}</source>
        <translation>{title} : {before} le {date}, maintenant {after}</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {why}.</source>
        <translation>Le fichier d’historique {path} n’a pas pu être lu : {why}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read or moved: {why}.</source>
        <translation>Le fichier d’historique {path} n’a pas pu être lu ni déplacé : {why}.</translation>
    </message>
    <message>
        <source>Some lines of the history file were damaged; they were kept as {name} and the rest of the history was kept.</source>
        <translation>Certaines lignes du fichier d’historique étaient endommagées ; elles ont été conservées dans {name} et le reste de l’historique a été gardé.</translation>
    </message>
    <message>
        <source>The result could not be added to the history: {why}</source>
        <translation>Le résultat n’a pas pu être ajouté à l’historique : {why}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The sign-in page tried to open yet another window.</source>
        <translation>La page de connexion a tenté d’ouvrir encore une autre fenêtre.</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Adresse de la page de connexion</translation>
    </message>
    <message>
        <source>About this sign-in page</source>
        <translation>À propos de cette page de connexion</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel signing in this way</source>
        <translation>Annuler cette façon de se connecter</translation>
    </message>
    <message>
        <source>This sign-in service refused the wizard</source>
        <translation>Ce service de connexion a refusé l’assistant</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn &amp;password</source>
        <translation>Me connecter avec mon &amp;mot de passe LinkedIn</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn password</source>
        <translation>Me connecter avec mon mot de passe LinkedIn</translation>
    </message>
    <message>
        <source>I have no password: &amp;set one…</source>
        <translation>Je n’ai pas de mot de passe : en &amp;définir un…</translation>
    </message>
    <message>
        <source>I have no LinkedIn password: ask LinkedIn for a link to set one</source>
        <translation>Je n’ai pas de mot de passe LinkedIn : demander à LinkedIn un lien pour en définir un</translation>
    </message>
    <message>
        <source>This sign-in service</source>
        <translation>Ce service de connexion</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host} will not sign you in here.&lt;/b&gt; It refuses browsers that are built into other apps, as this window is. You have not done anything wrong.</source>
        <translation>&lt;b&gt;{host} ne vous connectera pas ici.&lt;/b&gt; Ce service refuse les navigateurs intégrés à d’autres applications, comme cette fenêtre. Vous n’avez rien fait de mal.</translation>
    </message>
    <message>
        <source>What works instead:</source>
        <translation>Ce qui fonctionne à la place :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your LinkedIn email and password&lt;/b&gt;, on LinkedIn's page in the wizard.</source>
        <translation>&lt;b&gt;Votre e-mail et votre mot de passe LinkedIn&lt;/b&gt;, sur la page de LinkedIn dans l’assistant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No LinkedIn password?&lt;/b&gt; If you always signed in with Google, LinkedIn can email you a link to set one (“Forgot password”).</source>
        <translation>&lt;b&gt;Pas de mot de passe LinkedIn ?&lt;/b&gt; Si vous vous êtes toujours connecté avec Google, LinkedIn peut vous envoyer par e-mail un lien pour en définir un (« Mot de passe oublié »).</translation>
    </message>
    <message>
        <source>&lt;b&gt;A passkey&lt;/b&gt;, if you made one for LinkedIn.</source>
        <translation>&lt;b&gt;Une clé d’accès&lt;/b&gt;, si vous en avez créé une pour LinkedIn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another way&lt;/b&gt; LinkedIn offers, such as Apple or Microsoft.</source>
        <translation>&lt;b&gt;Un autre moyen&lt;/b&gt; proposé par LinkedIn, comme Apple ou Microsoft.</translation>
    </message>
    <message>
        <source>{host} is not a sign-in service the wizard knows. Go on only if you expected it, for example your company's own sign-in page.</source>
        <translation>{host} n’est pas un service de connexion connu de l’assistant. Continuez seulement si vous vous y attendiez, par exemple la page de connexion de votre entreprise.</translation>
    </message>
    <message>
        <source>{host}, over a secure connection</source>
        <translation>{host}, par une connexion sécurisée</translation>
    </message>
    <message>
        <source>{host}, not secure</source>
        <translation>{host}, non sécurisé</translation>
    </message>
    <message>
        <source>Address of the sign-in page: {address}</source>
        <translation>Adresse de la page de connexion : {address}</translation>
    </message>
    <message>
        <source>Sign-in page at {host}</source>
        <translation>Page de connexion sur {host}</translation>
    </message>
    <message>
        <source>Not secure: {host} was not opened, because it does not use an encrypted connection (https). Cancel, and sign in another way.</source>
        <translation>Non sécurisé : {host} n’a pas été ouvert, car il n’utilise pas de connexion chiffrée (https). Annulez et connectez-vous autrement.</translation>
    </message>
    <message>
        <source>This is {site}'s answer to the sign-in. Read it, then close this window to go on signing in.</source>
        <translation>Voici la réponse de {site} à la connexion. Lisez-la, puis fermez cette fenêtre pour continuer à vous connecter.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, the Keychain on macOS, or Windows Credential Manager.</source>
        <translation>Configurez le trousseau de mots de passe de votre ordinateur : GNOME Keyring ou KDE Wallet sous Linux, le Trousseau sous macOS ou le Gestionnaire d’identification Windows.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Rien n’a été lu.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Your computer's password store could not be opened.</source>
        <translation>Le trousseau de mots de passe de votre ordinateur n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>No password store on this computer keeps secrets safely.</source>
        <translation>Aucun trousseau de mots de passe de cet ordinateur ne garde les secrets en sécurité.</translation>
    </message>
    <message>
        <source>The password store in use does not keep secrets safely.</source>
        <translation>Le trousseau de mots de passe utilisé ne garde pas les secrets en sécurité.</translation>
    </message>
    <message>
        <source>Your password store is locked and was not unlocked.</source>
        <translation>Votre trousseau de mots de passe est verrouillé et n’a pas été déverrouillé.</translation>
    </message>
    <message>
        <source>This computer has no password store in use.</source>
        <translation>Aucun trousseau de mots de passe n’est utilisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your password store refused.</source>
        <translation>Votre trousseau de mots de passe a refusé.</translation>
    </message>
    <message>
        <source>The session remembered for {name} is damaged: sign in again (in the wizard, with “Remember me”, or: optout-wizard verify --sign-in --remember).</source>
        <translation>La session mémorisée pour {name} est endommagée : reconnectez-vous (dans l’assistant, avec « Se souvenir de moi », ou : optout-wizard verify --sign-in --remember).</translation>
    </message>
    <message>
        <source>The app's data folder could not be used to keep the list of accounts in order ({why}).</source>
        <translation>Le dossier de données de l’application n’a pas pu servir à tenir la liste des comptes en ordre ({why}).</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store is damaged, and this password store cannot be searched to make it again. Sign in again with “Remember me” for each account.</source>
        <translation>La liste des comptes mémorisés dans votre trousseau de mots de passe est endommagée, et ce gestionnaire ne peut pas être parcouru pour la refaire. Reconnectez-vous avec « Se souvenir de moi » pour chaque compte.</translation>
    </message>
    <message>
        <source>This password store cannot be searched, so the app cannot find every entry it wrote. Forget each site's sessions instead (optout-wizard forget).</source>
        <translation>Ce trousseau de mots de passe ne peut pas être parcouru : l’application ne peut pas retrouver toutes les entrées qu’elle a écrites. Oubliez plutôt les sessions de chaque site (optout-wizard forget).</translation>
    </message>
    <message>
        <source>{doing}… (your computer may ask you to unlock its password store)</source>
        <translation>{doing}… (votre ordinateur peut vous demander de déverrouiller son trousseau de mots de passe)</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nom non affiché)</translation>
    </message>
</context>
<context>
    <name>Later</name>
    <message>
        <source>Unlock it (it unlocks when you log in) and the check runs again at your next login.</source>
        <translation>Déverrouillez-le (il se déverrouille à l’ouverture de session) et la vérification repartira à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Unlock it (it unlocks when you log in), then check again.</source>
        <translation>Déverrouillez-le (il se déverrouille à l’ouverture de session), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Your keyring is locked: the remembered session in your computer's password store could not be read, so nothing was checked.</source>
        <translation>Votre trousseau est verrouillé : la session mémorisée dans le trousseau de mots de passe de l’ordinateur n’a pas pu être lue, rien n’a donc été vérifié.</translation>
    </message>
    <message>
        <source>No password store the app can use was found on this computer, so no remembered session could be read and nothing was checked. {get_one} Then sign in once in the wizard with “Remember me”.</source>
        <translation>Aucun trousseau de mots de passe utilisable par l’application n’a été trouvé sur cet ordinateur : aucune session mémorisée n’a pu être lue et rien n’a été vérifié. {get_one} Connectez-vous ensuite une fois dans l’assistant avec « Se souvenir de moi ».</translation>
    </message>
    <message>
        <source>Could not read the remembered sessions: {why}</source>
        <translation>Impossible de lire les sessions mémorisées : {why}</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store was damaged; it was made again from the sessions the store holds.</source>
        <translation>La liste des comptes mémorisés dans votre trousseau de mots de passe était endommagée ; elle a été refaite à partir des sessions qu’il contient.</translation>
    </message>
    <message>
        <source>What this check found could not be kept for the wizard: {why}</source>
        <translation>Le résultat de cette vérification n’a pas pu être conservé pour l’assistant : {why}</translation>
    </message>
</context>
<context>
    <name>LaterChecks</name>
    <message>
        <source>Later checks</source>
        <translation>Vérifications ultérieures</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer, for later checks</source>
        <translation>Se &amp;souvenir de moi sur cet ordinateur, pour les vérifications ultérieures</translation>
    </message>
    <message>
        <source>Remember me on this computer, for later checks</source>
        <translation>Se souvenir de moi sur cet ordinateur, pour les vérifications ultérieures</translation>
    </message>
    <message>
        <source>From a terminal, the same check: optout-wizard verify</source>
        <translation>La même vérification dans un terminal : optout-wizard verify</translation>
    </message>
    <message>
        <source>F&amp;orget me</source>
        <translation>&amp;Oublier mes données</translation>
    </message>
    <message>
        <source>Forget me: delete the remembered session</source>
        <translation>Oublier mes données : supprimer la session mémorisée</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session, never your password, in your computer's password store.</source>
        <translation>Garde votre session LinkedIn, jamais votre mot de passe, dans le trousseau de mots de passe de votre ordinateur.</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session (never your password) in your computer's password store (its keyring), so the check can run again later without signing in. Nothing is kept anywhere else.</source>
        <translation>Garde votre session LinkedIn (jamais votre mot de passe) dans le trousseau de mots de passe de votre ordinateur, pour que la vérification puisse refaire son travail plus tard sans connexion. Rien n’est gardé ailleurs.</translation>
    </message>
    <message>
        <source>Password store status</source>
        <translation>État du trousseau de mots de passe</translation>
    </message>
    <message>
        <source>Check again every &amp;month</source>
        <translation>Vérifier à nouveau chaque &amp;mois</translation>
    </message>
    <message>
        <source>Check again every month</source>
        <translation>Vérifier à nouveau chaque mois</translation>
    </message>
    <message>
        <source>Runs the check once a month and shows a notification if a setting is not off. Needs the session remembered.</source>
        <translation>Lance la vérification une fois par mois et affiche une notification si un paramètre n’est pas désactivé. La session doit être mémorisée.</translation>
    </message>
    <message>
        <source>Check again &amp;tomorrow</source>
        <translation>Vérifier à nouveau &amp;demain</translation>
    </message>
    <message>
        <source>Check again tomorrow</source>
        <translation>Vérifier à nouveau demain</translation>
    </message>
    <message>
        <source>LinkedIn says changes to ad settings may take up to 24 hours: checks once more a day from now. Needs the session remembered.</source>
        <translation>Selon LinkedIn, les modifications des paramètres publicitaires peuvent prendre jusqu’à 24 heures : vérifie encore une fois dans un jour. La session doit être mémorisée.</translation>
    </message>
    <message>
        <source>Greyed out until you tick “Remember me” above: the later check signs in with the remembered session.</source>
        <translation>Grisé tant que vous n’avez pas coché « Se souvenir de moi » ci-dessus : la vérification ultérieure se connecte avec la session gardée.</translation>
    </message>
    <message>
        <source>Monthly check status</source>
        <translation>État de la vérification mensuelle</translation>
    </message>
    <message>
        <source>Nothing was remembered for this account in this run.</source>
        <translation>Rien n’a été mémorisé pour ce compte lors de cette session.</translation>
    </message>
    <message>
        <source>Nothing to remember: you are not signed in.</source>
        <translation>Rien à mémoriser : vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <source>Remembering</source>
        <translation>Mémorisation</translation>
    </message>
    <message>
        <source>Remembered in your computer's password store. “Forget me” deletes it again.</source>
        <translation>Gardé dans le trousseau de mots de passe de votre ordinateur. « Oublier mes données » l’efface à nouveau.</translation>
    </message>
    <message>
        <source>Forgotten: your session was deleted from the password store.</source>
        <translation>Oublié : votre session a été effacée du trousseau de mots de passe.</translation>
    </message>
    <message>
        <source>The password store could not be used: {why}</source>
        <translation>Le trousseau de mots de passe n’a pas pu être utilisé : {why}</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Add a monthly r&amp;eminder to my calendar…</source>
        <translation>Ajouter un rappel mensuel à mon age&amp;nda…</translation>
    </message>
    <message>
        <source>Add a monthly reminder to my calendar</source>
        <translation>Ajouter un rappel mensuel à mon agenda</translation>
    </message>
    <message>
        <source>Saves a calendar file with a monthly reminder to check your settings, and opens it in your calendar.</source>
        <translation>Enregistre un fichier d’agenda avec un rappel mensuel de vérifier vos paramètres, et l’ouvre dans votre agenda.</translation>
    </message>
    <message>
        <source>Looking at the monthly check…</source>
        <translation>Examen de la vérification mensuelle…</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>La dernière fois : {what}</translation>
    </message>
    <message>
        <source>Save a monthly reminder</source>
        <translation>Enregistrer un rappel mensuel</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>The reminder could not be saved: {why}</source>
        <translation>Le rappel n’a pas pu être enregistré : {why}</translation>
    </message>
    <message>
        <source>Saved {path}. Open it to add the reminder to your calendar.</source>
        <translation>{path} enregistré. Ouvrez-le pour ajouter le rappel à votre agenda.</translation>
    </message>
    <message>
        <source>Nothing was remembered, so there was nothing to delete.</source>
        <translation>Rien n’était mémorisé, il n’y avait donc rien à supprimer.</translation>
    </message>
    <message>
        <source>The wizard goes on without remembering you.</source>
        <translation>L’assistant continue sans se souvenir de vous.</translation>
    </message>
    <message>
        <source>Setting up the next check…</source>
        <translation>Préparation de la prochaine vérification…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>Annulation de la vérification…</translation>
    </message>
    <message>
        <source>The monthly check could not be changed: {why}</source>
        <translation>La vérification mensuelle n’a pas pu être modifiée : {why}</translation>
    </message>
    <message>
        <source>The check runs once more on {when}.</source>
        <translation>La vérification se refera une fois le {when}.</translation>
    </message>
    <message>
        <source>The check tomorrow is cancelled.</source>
        <translation>La vérification de demain est annulée.</translation>
    </message>
</context>
<context>
    <name>LaterRuns</name>
    <message>
        <source>The check on {date} could not run: {why}</source>
        <translation>La vérification du {date} n’a pas pu avoir lieu : {why}</translation>
    </message>
    <message>
        <source>The check on {date} found these settings on: {titles}.</source>
        <translation>La vérification du {date} a trouvé ces paramètres activés : {titles}.</translation>
    </message>
    <message>
        <source>It could not check {titles}: {why}</source>
        <translation>Impossible de vérifier {titles} : {why}</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on: {titles}.</source>
        <translation>LinkedIn a ajouté un paramètre activé : {titles}.</translation>
    </message>
    <message>
        <source>The check on {date} found every setting off.</source>
        <translation>La vérification du {date} a trouvé tous les paramètres désactivés.</translation>
    </message>
    <message>
        <source>The check on {date}:</source>
        <translation>La vérification du {date} :</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Looking for the switch…</source>
        <translation>Recherche du bouton…</translation>
    </message>
    <message>
        <source>The page is loading.</source>
        <translation>La page se charge.</translation>
    </message>
    <message>
        <source>The page is still loading the setting.</source>
        <translation>La page charge encore le paramètre.</translation>
    </message>
    <message>
        <source>LinkedIn's switch for this is off. Press Next.</source>
        <translation>L’interrupteur de LinkedIn pour ceci est désactivé. Appuyez sur Suivant.</translation>
    </message>
    <message>
        <source>Click the outlined switch “{label}” on the page, or press “Switch it off for me”.</source>
        <translation>Cliquez sur le bouton encadré « {label} » dans la page, ou sur « Le désactiver pour moi ».</translation>
    </message>
    <message>
        <source>Click the outlined switch on the page, or press “Switch it off for me”.</source>
        <translation>Cliquez sur le bouton encadré dans la page, ou sur « Le désactiver pour moi ».</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>LinkedIn ended the session. Sign in again.</source>
        <translation>LinkedIn a mis fin à la session. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Vérification requise</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it in the page below.</source>
        <translation>LinkedIn veut confirmer que c’est bien vous — terminez-le dans la page ci-dessous.</translation>
    </message>
    <message>
        <source>Still loading</source>
        <translation>Chargement en cours</translation>
    </message>
    <message>
        <source>Press “Reload the page”.</source>
        <translation>Appuyez sur « Recharger la page ».</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Non proposé</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region: there is nothing to switch off. You can go on.</source>
        <translation>LinkedIn indique que ce paramètre n’est pas proposé pour votre compte ou votre région : il n’y a rien à désactiver. Vous pouvez continuer.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation>Vous pouvez continuer.</translation>
    </message>
    <message>
        <source>Off — saving</source>
        <translation>Désactivé — enregistrement</translation>
    </message>
    <message>
        <source>Making sure LinkedIn saved it…</source>
        <translation>Vérification que LinkedIn l’a bien enregistré…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it: the switch is still on. Looking at the page again…</source>
        <translation>LinkedIn ne l’a pas enregistré : l’interrupteur est toujours activé. Nouvel examen de la page…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it. Try again, or come back later.</source>
        <translation>LinkedIn ne l’a pas enregistré. Réessayez, ou revenez plus tard.</translation>
    </message>
    <message>
        <source>Still on</source>
        <translation>Toujours activé</translation>
    </message>
    <message>
        <source>Page error</source>
        <translation>Erreur de page</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Cliquez sur « Réessayer ».</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>LinkedIn did not confirm the setting in time. Press “Reload the page” to read it again.</source>
        <translation>LinkedIn n’a pas confirmé le paramètre à temps. Appuyez sur « Recharger la page » pour le relire.</translation>
    </message>
    <message>
        <source>The wizard's click did not reach the switch: something on the page covers it. Close what covers it, or click the outlined switch yourself.</source>
        <translation>Le clic de l’assistant n’a pas atteint l’interrupteur : quelque chose le recouvre dans la page. Fermez ce qui le recouvre, ou cliquez vous-même sur l’interrupteur encadré.</translation>
    </message>
    <message>
        <source>The switch is no longer on the page. Reload it.</source>
        <translation>L’interrupteur n’est plus dans la page. Rechargez-la.</translation>
    </message>
    <message>
        <source>The page has not finished loading the switch. Try again in a moment.</source>
        <translation>La page n’a pas fini de charger l’interrupteur. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The switch is not on any more.</source>
        <translation>L’interrupteur n’est plus activé.</translation>
    </message>
    <message>
        <source>The page did not allow the wizard's click.</source>
        <translation>La page n’a pas accepté le clic de l’assistant.</translation>
    </message>
    <message>
        <source>The wizard clicked the switch, but the page did not change it. Click the outlined switch yourself.</source>
        <translation>L’assistant a cliqué sur l’interrupteur, mais la page ne l’a pas changé. Cliquez vous-même sur l’interrupteur encadré.</translation>
    </message>
</context>
<context>
    <name>NewOnLinkedIn</name>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nouveau sur LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists could not be read</source>
        <translation>Les listes de LinkedIn n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>Les listes de paramètres de LinkedIn ne montrent aucun paramètre que cette application ne connaît pas.</translation>
    </message>
    <message>
        <source>New on LinkedIn: a setting that is on: {titles}</source>
        <translation>Nouveau sur LinkedIn : un paramètre activé : {titles}</translation>
    </message>
    <message>
        <source>New on LinkedIn: {title}</source>
        <translation>Nouveau sur LinkedIn : {title}</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn liste un paramètre que cette application ne connaît pas encore : « {title} » — il est sur {state}.</translation>
    </message>
    <message>
        <source>Open its page, read what LinkedIn says it does, and decide there. The wizard does not know this setting, so it neither checks nor changes it.</source>
        <translation>Ouvrez sa page, lisez ce que LinkedIn dit qu’il fait, et décidez-y. L’assistant ne connaît pas ce paramètre : il ne le vérifie ni ne le modifie.</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Ouvrir sa page</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Open the page of “{title}”</source>
        <translation>Ouvrir la page de « {title} »</translation>
    </message>
    <message>
        <source>Check again, to see how it stands now</source>
        <translation>Vérifier à nouveau, pour voir où il en est</translation>
    </message>
    <message>
        <source>You opened the page of “{title}”.</source>
        <translation>Vous avez ouvert la page de « {title} ».</translation>
    </message>
    <message>
        <source>If you changed it there, check again: the check reads LinkedIn's lists afresh and shows how it stands now.</source>
        <translation>Si vous l’avez modifié là-bas, vérifiez à nouveau : la vérification relit les listes de LinkedIn et montre où il en est.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Still on: {titles}</source>
        <translation>Encore activé : {titles}</translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation>Vérification impossible : {why}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check{whose}: {headline}</source>
        <translation>Vérification des refus LinkedIn{whose} : {headline}</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Objection sent on {date}, case {case}.</source>
        <translation>Opposition envoyée le {date}, dossier {case}.</translation>
    </message>
    <message>
        <source>Objection sent on {date} (no case number was shown).</source>
        <translation>Opposition envoyée le {date} (aucun numéro de dossier n’a été affiché).</translation>
    </message>
    <message>
        <source>LinkedIn decides on it and answers by e-mail: look out for its message. The wizard cannot check an objection later; it keeps the date, the case and the picture.</source>
        <translation>LinkedIn en décide et répond par e-mail : surveillez son message. L’assistant ne peut pas vérifier une opposition plus tard ; il garde la date, le dossier et l’image.</translation>
    </message>
</context>
<context>
    <name>ObjectionScreen</name>
    <message>
        <source>Object to LinkedIn's other uses of your data for AI</source>
        <translation>Opposez-vous aux autres utilisations de vos données pour l’IA par LinkedIn</translation>
    </message>
    <message>
        <source>Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard.</source>
        <translation>Facultatif. LinkedIn décide ; il répond par e-mail. C’est vous qui l’envoyez, pas l’assistant.</translation>
    </message>
    <message>
        <source>The switch covered only AI that creates content. LinkedIn also uses members' data for other AI: to choose what you see, to moderate, and in models that do not create content. Its form below lets you object to that. Where it asks what you object to, choose “{topic}”; for the text, copy the wizard's suggestion and change it as you like. Then press the form's own button to send it. The wizard never fills it in or sends it for you.</source>
        <translation>Le bouton ne couvrait que l’IA qui crée du contenu. LinkedIn utilise aussi les données des membres pour d’autres IA : pour choisir ce que vous voyez, pour la modération et dans des modèles qui ne créent pas de contenu. Son formulaire ci-dessous vous permet de vous y opposer. Là où il demande à quoi vous vous opposez, choisissez « {topic} » ; pour le texte, copiez la suggestion de l’assistant et modifiez-la à votre guise. Puis appuyez sur le bouton du formulaire pour l’envoyer. L’assistant ne le remplit jamais et ne l’envoie jamais à votre place.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>&amp;Que faire</translation>
    </message>
    <message>
        <source>Show what to do</source>
        <translation>Afficher que faire</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Texte suggéré</translation>
    </message>
    <message>
        <source>A text you may copy into the form and change as you like.</source>
        <translation>Un texte que vous pouvez copier dans le formulaire et modifier à votre guise.</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Copy the suggested text</source>
        <translation>Copier le texte suggéré</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Open the form again</source>
        <translation>Rou&amp;vrir le formulaire</translation>
    </message>
    <message>
        <source>Open the form again</source>
        <translation>Rouvrir le formulaire</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Le formulaire</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Image de la confirmation de LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's form could not be opened: {why} Press Retry in the page, or “Open the form again”. Nothing was sent.</source>
        <translation>Le formulaire de LinkedIn n’a pas pu être ouvert : {why} Appuyez sur Réessayer dans la page, ou sur « Rouvrir le formulaire ». Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Opening LinkedIn's form…</source>
        <translation>Ouverture du formulaire de LinkedIn…</translation>
    </message>
    <message>
        <source>Copied. Click into the form's text box below and paste it (Ctrl+V), then change it as you like.</source>
        <translation>Copié. Cliquez dans la zone de texte du formulaire ci-dessous et collez-le (Ctrl+V), puis modifiez-le à votre guise.</translation>
    </message>
    <message>
        <source>LinkedIn's form shows what to correct: the marked fields in the page. Nothing has been sent yet.</source>
        <translation>Le formulaire de LinkedIn indique ce qu’il faut corriger : les champs signalés dans la page. Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Fill in the form below and press its button to send it. The wizard notices LinkedIn's confirmation and keeps a picture of it.</source>
        <translation>Remplissez le formulaire ci-dessous et appuyez sur son bouton pour l’envoyer. L’assistant repère la confirmation de LinkedIn et en garde une image.</translation>
    </message>
    <message>
        <source>Waiting for LinkedIn's answer…</source>
        <translation>En attente de la réponse de LinkedIn…</translation>
    </message>
    <message>
        <source>LinkedIn does not offer this form in your region, so nothing can be sent here. Nothing was sent, and nothing else is needed on this step: press Next.</source>
        <translation>LinkedIn ne propose pas ce formulaire dans votre région : rien ne peut être envoyé ici. Rien n’a été envoyé, et rien d’autre n’est nécessaire à cette étape : appuyez sur Suivant.</translation>
    </message>
    <message>
        <source>LinkedIn signed you out before the form was sent: nothing was sent. Sign in again in the page below; LinkedIn brings you back to the form, and you send it again (copy the text again if you need it).</source>
        <translation>LinkedIn vous a déconnecté avant l’envoi du formulaire : rien n’a été envoyé. Reconnectez-vous dans la page ci-dessous ; LinkedIn vous ramène au formulaire, et vous l’envoyez à nouveau (copiez de nouveau le texte si besoin).</translation>
    </message>
    <message>
        <source>This page is not the form. Finish what LinkedIn asks here, or press “Open the form again”.</source>
        <translation>Cette page n’est pas le formulaire. Terminez ce que LinkedIn demande ici, ou appuyez sur « Rouvrir le formulaire ».</translation>
    </message>
    <message>
        <source>It could not be added to the history ({why}); save the report on the next screen to keep the proof.</source>
        <translation>Elle n’a pas pu être ajoutée à l’historique ({why}) ; enregistrez le rapport à l’écran suivant pour garder la preuve.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyée.</translation>
    </message>
    <message>
        <source>A picture of the confirmation could not be taken.</source>
        <translation>Aucune image de la confirmation n’a pu être prise.</translation>
    </message>
</context>
<context>
    <name>OptOutScreen</name>
    <message>
        <source>Step {n} of {count}: {title}</source>
        <translation>Étape {n} sur {count} : {title}</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Ce que vous perdez : {loses}</translation>
    </message>
    <message>
        <source>Show why this matters</source>
        <translation>Montrer pourquoi c’est important</translation>
    </message>
    <message>
        <source>Why this &amp;matters</source>
        <translation>Pourquoi c’est &amp;important</translation>
    </message>
    <message>
        <source>This step was last compared with LinkedIn's page on {date}; LinkedIn may have changed it since. If the page looks different, “Show me the way” helps.</source>
        <translation>Cette étape a été comparée à la page de LinkedIn pour la dernière fois le {date} ; LinkedIn l’a peut-être modifiée depuis. Si la page semble différente, « Me montrer le chemin » vous aidera.</translation>
    </message>
    <message>
        <source>&amp;Switch it off for me</source>
        <translation>Le &amp;désactiver pour moi</translation>
    </message>
    <message>
        <source>Switch it off for me</source>
        <translation>Le désactiver pour moi</translation>
    </message>
    <message>
        <source>Clicks the outlined switch in the page.</source>
        <translation>Clique sur le bouton encadré dans la page.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Où vous êtes</translation>
    </message>
    <message>
        <source>Show me the &amp;way</source>
        <translation>Me montrer le &amp;chemin</translation>
    </message>
    <message>
        <source>Show me the way through LinkedIn's menus</source>
        <translation>Me montrer le chemin dans les menus de LinkedIn</translation>
    </message>
    <message>
        <source>S&amp;kip this step…</source>
        <translation>I&amp;gnorer cette étape…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Ignorer cette étape</translation>
    </message>
    <message>
        <source>If the page below does not show the switch, LinkedIn may have moved it. The way through the menus:</source>
        <translation>Si la page ci-dessous n’affiche pas le bouton, LinkedIn l’a peut-être déplacé. Le chemin dans les menus :</translation>
    </message>
    <message>
        <source>The way through LinkedIn's menus</source>
        <translation>Le chemin dans les menus de LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Open “Settings &amp;&amp; Privacy” in the page</source>
        <translation>O&amp;uvrir « Préférences et confidentialité » dans la page</translation>
    </message>
    <message>
        <source>Open Settings and Privacy in the page</source>
        <translation>Ouvrir Préférences et confidentialité dans la page</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skip this setting?&lt;/b&gt; It stays on, and LinkedIn keeps using your data for it. The final check will show it as not done, and you can come back to it.</source>
        <translation>&lt;b&gt;Ignorer ce paramètre ?&lt;/b&gt; Il reste activé, et LinkedIn continue d’utiliser vos données pour cela. La vérification finale l’indiquera comme non fait, et vous pourrez y revenir.</translation>
    </message>
    <message>
        <source>Skip warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&amp;Yes, skip it</source>
        <translation>&amp;Oui, l’ignorer</translation>
    </message>
    <message>
        <source>Yes, skip this setting</source>
        <translation>Oui, ignorer ce paramètre</translation>
    </message>
    <message>
        <source>&amp;Don't skip</source>
        <translation>&amp;Ne pas ignorer</translation>
    </message>
    <message>
        <source>Don't skip</source>
        <translation>Ne pas ignorer</translation>
    </message>
    <message>
        <source>R&amp;eload the page</source>
        <translation>Recharger la &amp;page</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Recharger la page</translation>
    </message>
    <message>
        <source>Loads LinkedIn's page again and reads the switch afresh.</source>
        <translation>Recharge la page de LinkedIn et relit le bouton.</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Se reconn&amp;ecter</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>You are in LinkedIn's menus. The wizard reads the switch again as soon as a page shows it.</source>
        <translation>Vous êtes dans les menus de LinkedIn. L’assistant relit l’interrupteur dès qu’une page l’affiche.</translation>
    </message>
    <message>
        <source>Switch it off on LinkedIn's page below; the strip says when it is.</source>
        <translation>Désactivez-le sur la page LinkedIn ci-dessous ; le bandeau indique quand c’est fait.</translation>
    </message>
</context>
<context>
    <name>OptOutWizard</name>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Assistant de désinscription LinkedIn</translation>
    </message>
    <message>
        <source>{title} — Practice</source>
        <translation>{title} — Entraînement</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>&amp;À propos…</translation>
    </message>
    <message>
        <source>Go on to another account?</source>
        <translation>Passer à un autre compte ?</translation>
    </message>
    <message>
        <source>&amp;Go on to another account</source>
        <translation>&amp;Passer à un autre compte</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Fermer l’assistant ?</translation>
    </message>
    <message>
        <source>Not confirmed off yet:</source>
        <translation>Pas encore confirmé désactivé :</translation>
    </message>
    <message>
        <source>These are still on:</source>
        <translation>Ceux-ci sont toujours activés :</translation>
    </message>
    <message>
        <source>LinkedIn keeps using your data for these until they are off. You can come back and finish at any time.</source>
        <translation>LinkedIn continue d’utiliser vos données pour ceux-ci tant qu’ils ne sont pas désactivés. Vous pouvez revenir terminer à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Rester</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <source>LinkedIn's page: {title}</source>
        <translation>Page de LinkedIn : {title}</translation>
    </message>
    <message>
        <source>This is LinkedIn's own page for “{title}”. The wizard does not know this setting, so it neither reads nor changes it: read what LinkedIn says it does, and switch it off here if you want to. Verify again to see its state in the list.</source>
        <translation>Voici la page de LinkedIn pour « {title} ». L’assistant ne connaît pas ce paramètre : il ne le lit ni ne le modifie. Lisez ce que LinkedIn dit qu’il fait, et désactivez-le ici si vous le souhaitez. Vérifiez de nouveau pour voir son état dans la liste.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>À propos de cette page</translation>
    </message>
    <message>
        <source>LinkedIn's page</source>
        <translation>Page de LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>PasskeyDialog</name>
    <message>
        <source>Sign in with a passkey or security key</source>
        <translation>Se connecter avec une clé d’accès ou une clé de sécurité</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Accounts on this key</source>
        <translation>Comptes sur cette clé</translation>
    </message>
    <message>
        <source>The security key's PIN</source>
        <translation>Le code PIN de la clé de sécurité</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Choose the account to sign in to {site} with:</source>
        <translation>Choisissez le compte avec lequel vous connecter à {site} :</translation>
    </message>
    <message>
        <source>Enter your security key's PIN.</source>
        <translation>Saisissez le code PIN de votre clé de sécurité.</translation>
    </message>
    <message>
        <source>That PIN was not right. Tries left: {n}.</source>
        <translation>Ce code PIN n’était pas correct. Essais restants : {n}.</translation>
    </message>
    <message>
        <source>Touch your security key, or confirm with your device's passkey, to sign in to {site}.</source>
        <translation>Touchez votre clé de sécurité, ou confirmez avec la clé d’accès de votre appareil, pour vous connecter à {site}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>You can sign in another way on the page instead: your password, or Google or Apple.</source>
        <translation>Vous pouvez plutôt vous connecter autrement sur la page : votre mot de passe, ou Google ou Apple.</translation>
    </message>
    <message>
        <source>The passkey or key did not answer in time.</source>
        <translation>La clé d’accès ou la clé n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>This key is not registered for your account.</source>
        <translation>Cette clé n’est pas enregistrée pour votre compte.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: take the key out and put it in again.</source>
        <translation>Trop de codes PIN erronés : retirez la clé puis remettez-la.</translation>
    </message>
    <message>
        <source>The key is locked after too many wrong PINs.</source>
        <translation>La clé est verrouillée après trop de codes PIN erronés.</translation>
    </message>
    <message>
        <source>The sign-in was not confirmed on the key.</source>
        <translation>La connexion n’a pas été confirmée sur la clé.</translation>
    </message>
    <message>
        <source>Signing in with a passkey did not work here.</source>
        <translation>La connexion avec une clé d’accès n’a pas fonctionné ici.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice: a replica of LinkedIn on this computer. Any email and password work.</source>
        <translation>Entraînement : une réplique de LinkedIn sur cet ordinateur. N’importe quels e-mail et mot de passe fonctionnent.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Mode entraînement</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Saves the check, with a picture of each switch, as a web page or a PDF.</source>
        <translation>Enregistre la vérification, avec une image de chaque bouton, en page web ou en PDF.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Ouvrir le rapport enregistré</translation>
    </message>
    <message>
        <source>O&amp;pen report</source>
        <translation>Ou&amp;vrir le rapport</translation>
    </message>
    <message>
        <source>A report to keep</source>
        <translation>Un rapport à garder</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Afficher dans le doss&amp;ier</translation>
    </message>
    <message>
        <source>Show the saved report in its folder</source>
        <translation>Afficher le rapport enregistré dans son dossier</translation>
    </message>
    <message>
        <source>Changes since the last check</source>
        <translation>Changements depuis la dernière vérification</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Vérifications précédentes</translation>
    </message>
    <message>
        <source>Changed since the last check:</source>
        <translation>Changé depuis la dernière vérification :</translation>
    </message>
    <message>
        <source>This is the first check kept on this computer.</source>
        <translation>C’est la première vérification conservée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Web page, pictures included (*.html);;PDF document (*.pdf)</source>
        <translation>Page web, images incluses (*.html);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {why}</source>
        <translation>Le rapport n’a pas pu être enregistré dans {path} : {why}</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Use a session &amp;remembered on this computer…</source>
        <translation>Utiliser une session &amp;mémorisée sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Use a session remembered on this computer</source>
        <translation>Utiliser une session mémorisée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Signs in with a session kept in your computer's password store by “Remember me”. Your computer may ask you to unlock it.</source>
        <translation>Se connecte avec une session gardée par « Se souvenir de moi » dans le trousseau de mots de passe de votre ordinateur. Votre ordinateur peut vous demander de le déverrouiller.</translation>
    </message>
    <message>
        <source>Remembered sessions</source>
        <translation>Sessions mémorisées</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>No session is remembered on this computer for {site}.</source>
        <translation>Aucune session n’est mémorisée sur cet ordinateur pour {site}.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Quel compte ?</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nom non affiché)</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Continuer en tant que {name}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>That session is no longer remembered. Sign in below instead.</source>
        <translation>Cette session n’est plus mémorisée. Connectez-vous plutôt ci-dessous.</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>Connexion en tant que {name}…</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>The remembered session of {name} had expired; it was removed from the password store. Sign in below.</source>
        <translation>La session gardée de {name} avait expiré ; elle a été retirée du trousseau de mots de passe. Connectez-vous ci-dessous.</translation>
    </message>
    <message>
        <source>The password store could not be read: {why} Sign in below instead.</source>
        <translation>Le trousseau de mots de passe n’a pas pu être lu : {why} Connectez-vous plutôt ci-dessous.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Vérification requise</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Off — you are opted out</source>
        <translation>Désactivé — vous vous êtes retiré</translation>
    </message>
    <message>
        <source>On — LinkedIn still uses your data for this</source>
        <translation>Activé — LinkedIn utilise encore vos données pour cela</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Non proposé</translation>
    </message>
    <message>
        <source>The switch was found by its label and read as off: you are opted out.</source>
        <translation>Le bouton a été trouvé grâce à son libellé et lu comme désactivé : vous êtes désinscrit.</translation>
    </message>
    <message>
        <source>The switch was found and read as on: you are not opted out yet.</source>
        <translation>Le bouton a été trouvé et lu comme activé : vous n’êtes pas encore désinscrit.</translation>
    </message>
    <message>
        <source>LinkedIn sent the check to its sign-in page: the session had ended.</source>
        <translation>LinkedIn a renvoyé la vérification vers sa page de connexion : la session était terminée.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check (a code or a puzzle) first.</source>
        <translation>LinkedIn a d’abord demandé une vérification de sécurité (un code ou un puzzle).</translation>
    </message>
    <message>
        <source>The page loaded but no switch matched: the page changed, or the setting is not offered for this account or region.</source>
        <translation>La page s’est chargée mais aucun bouton ne correspondait : la page a changé, ou le paramètre n’est pas proposé pour ce compte ou cette région.</translation>
    </message>
    <message>
        <source>The page could not be checked (network, timeout, HTTP error or no browser).</source>
        <translation>La page n’a pas pu être vérifiée (réseau, délai dépassé, erreur HTTP ou aucun navigateur).</translation>
    </message>
    <message>
        <source>LinkedIn also lists a new setting, “{title}”, and it is on.</source>
        <translation>LinkedIn liste aussi un nouveau paramètre, « {title} », et il est activé.</translation>
    </message>
    <message>
        <source>LinkedIn also lists {n} new settings that are on.</source>
        <translation>LinkedIn liste aussi {n} nouveaux paramètres activés.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>La vérification n’a pas pu avoir lieu.</translation>
    </message>
    <message>
        <source>1 setting could not be checked.</source>
        <translation>1 paramètre n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>{n} settings could not be checked.</source>
        <translation>{n} paramètres n’ont pas pu être vérifiés.</translation>
    </message>
    <message>
        <source>1 setting is still on.</source>
        <translation>1 paramètre est toujours activé.</translation>
    </message>
    <message>
        <source>{n} settings are still on.</source>
        <translation>{n} paramètres sont toujours activés.</translation>
    </message>
    <message>
        <source>LinkedIn does not offer you any of these settings.</source>
        <translation>LinkedIn ne vous propose aucun de ces paramètres.</translation>
    </message>
    <message>
        <source>Every setting offered to you is off; LinkedIn does not offer the rest.</source>
        <translation>Chaque paramètre qui vous est proposé est désactivé ; LinkedIn ne propose pas les autres.</translation>
    </message>
    <message>
        <source>All settings are off.</source>
        <translation>Tous les paramètres sont désactivés.</translation>
    </message>
    <message>
        <source>Data Processing Objection: {word}. {sentence}</source>
        <translation>Opposition au traitement des données : {word}. {sentence}</translation>
    </message>
    <message>
        <source>LinkedIn lists settings this app does not know yet:</source>
        <translation>LinkedIn liste des paramètres que cette application ne connaît pas encore :</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Que faire : {advice}</translation>
    </message>
    <message>
        <source>New since this check.</source>
        <translation>Nouveau depuis cette vérification.</translation>
    </message>
    <message>
        <source>Listed since {date}.</source>
        <translation>Listé depuis le {date}.</translation>
    </message>
    <message>
        <source>open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, and decide. The wizard does not know it, so it neither checks nor changes it.</source>
        <translation>ouvrez-le (dans l’assistant : Terminé, « Nouveau sur LinkedIn »), lisez ce que LinkedIn dit qu’il fait, et décidez. L’assistant ne le connaît pas : il ne le vérifie ni ne le modifie.</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn liste un paramètre que cette application ne connaît pas encore : « {title} » — il est sur {state}.</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on.</source>
        <translation>LinkedIn a ajouté un paramètre qui est activé.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>{title}: the switch as seen</source>
        <translation>{title} : le bouton tel qu’il a été vu</translation>
    </message>
    <message>
        <source>Practice check on a replica site: this is not LinkedIn.</source>
        <translation>Vérification d’entraînement sur un site réplique : ce n’est pas LinkedIn.</translation>
    </message>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nouveau sur LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn lists these settings, which this app does not know yet (it sees only what LinkedIn's lists show):</source>
        <translation>LinkedIn liste ces paramètres, que cette application ne connaît pas encore (elle ne voit que ce que montrent les listes de LinkedIn) :</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Que faire : {advice}</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>Les listes de paramètres de LinkedIn ne montrent aucun paramètre que cette application ne connaît pas.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Opposition au traitement des données</translation>
    </message>
    <message>
        <source>LinkedIn's page said: “{said}”</source>
        <translation>La page de LinkedIn indiquait : « {said} »</translation>
    </message>
    <message>
        <source>A request to LinkedIn, not a switch: it is not counted among the settings above, and no check can read it again.</source>
        <translation>Une demande à LinkedIn, pas un bouton : elle ne compte pas parmi les paramètres ci-dessus, et aucune vérification ne peut la relire.</translation>
    </message>
    <message>
        <source>LinkedIn's confirmation of the objection</source>
        <translation>La confirmation de l’opposition par LinkedIn</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>(not shown on the page)</source>
        <translation>(non affiché sur la page)</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard {version}, {browser}</source>
        <translation>Assistant de désinscription LinkedIn {version}, {browser}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check</source>
        <translation>Vérification des désinscriptions LinkedIn</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>(this computer's time)</source>
        <translation>(heure de cet ordinateur)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Vérifié avec</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été vu</translation>
    </message>
    <message>
        <source>What each result means</source>
        <translation>Ce que signifie chaque résultat</translation>
    </message>
    <message>
        <source>The pictures</source>
        <translation>Les images</translation>
    </message>
    <message>
        <source>Only “{off}” means the switch was found and read as off. Anything the check could not see is never reported as “{off}”.</source>
        <translation>Seul « {off} » signifie que l’interrupteur a été trouvé et lu comme désactivé. Ce que la vérification n’a pas pu voir n’est jamais signalé comme « {off} ».</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>{title}: result</source>
        <translation>{title} : résultat</translation>
    </message>
    <message>
        <source>{title}: checking</source>
        <translation>{title} : vérification</translation>
    </message>
    <message>
        <source>{title}: picture of the switch</source>
        <translation>{title} : image du bouton</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Fix this: {title}</source>
        <translation>Corriger : {title}</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Opening the page…</source>
        <translation>Ouverture de la page…</translation>
    </message>
    <message>
        <source>Reading the switch…</source>
        <translation>Lecture du bouton…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Finish the security check</source>
        <translation>Terminer le contrôle de sécurité</translation>
    </message>
    <message>
        <source>Finish the security check in the wizard: {title}</source>
        <translation>Terminer le contrôle de sécurité dans l’assistant : {title}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The monthly check could not be set up: your system's scheduler does not answer here ({why}). Add a monthly reminder to your calendar instead, and check by hand.</source>
        <translation>La vérification mensuelle n’a pas pu être mise en place : le planificateur de votre système ne répond pas ici ({why}). Ajoutez plutôt un rappel mensuel à votre agenda et vérifiez vous-même.</translation>
    </message>
    <message>
        <source>Your system's scheduler does not answer here ({why}), so the monthly check cannot run. Add a monthly reminder to your calendar instead.</source>
        <translation>Le planificateur de votre système ne répond pas ici ({why}) : la vérification mensuelle ne peut pas avoir lieu. Ajoutez plutôt un rappel mensuel à votre agenda.</translation>
    </message>
    <message>
        <source>The monthly check names a program that is no longer there ({program}), so it cannot run. Open the wizard from where it is now installed to set it up again.</source>
        <translation>La vérification mensuelle désigne un programme qui n’existe plus ({program}) : elle ne peut pas avoir lieu. Ouvrez l’assistant depuis son emplacement actuel pour la remettre en place.</translation>
    </message>
    <message>
        <source>The check runs again every month.</source>
        <translation>La vérification repart chaque mois.</translation>
    </message>
    <message>
        <source>The check will run again every month.</source>
        <translation>La vérification se refera chaque mois.</translation>
    </message>
    <message>
        <source>The monthly check is removed.</source>
        <translation>La vérification mensuelle est supprimée.</translation>
    </message>
    <message>
        <source>the job is switched off</source>
        <translation>la tâche est désactivée</translation>
    </message>
    <message>
        <source>systemctl is not available</source>
        <translation>systemctl n’est pas disponible</translation>
    </message>
    <message>
        <source>The check runs again at your next login.</source>
        <translation>La vérification repartira à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Check your LinkedIn opt-outs</source>
        <translation>Vérifier vos refus LinkedIn</translation>
    </message>
    <message>
        <source>Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: it checks that both settings are still off.</source>
        <translation>Ouvrez l’assistant de refus LinkedIn (optout-wizard) et cliquez sur « Vérifier mes paramètres » : il vérifie que les deux paramètres sont toujours désactivés.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>This screen's content</source>
        <translation>Contenu de cet écran</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>On LinkedIn's own page: the wizard never sees your password.</source>
        <translation>Sur la page de LinkedIn elle-même : l’assistant ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign-in hint</source>
        <translation>Aide à la connexion</translation>
    </message>
    <message>
        <source>Starting the browser that shows LinkedIn's sign-in page…</source>
        <translation>Démarrage du navigateur qui affiche la page de connexion de LinkedIn…</translation>
    </message>
    <message>
        <source>Starting the browser that shows the practice sign-in page…</source>
        <translation>Démarrage du navigateur qui affiche la page de connexion d’entraînement…</translation>
    </message>
    <message>
        <source>Finish signing in in the window that opened. It shows the address it is on: sign in only where you expect to.</source>
        <translation>Terminez la connexion dans la fenêtre qui s’est ouverte. Elle affiche son adresse : ne vous connectez que là où vous vous y attendez.</translation>
    </message>
    <message>
        <source>Ask LinkedIn for a link to set a password: type your email below. Open the link in the email, set a password, then sign in here with it.</source>
        <translation>Demandez à LinkedIn un lien pour définir un mot de passe : saisissez votre e-mail ci-dessous. Ouvrez le lien reçu par e-mail, choisissez un mot de passe, puis connectez-vous ici avec.</translation>
    </message>
    <message>
        <source>Sign in below with your LinkedIn email and password. No password? Choose “Forgot password” on the page: LinkedIn emails you a link to set one.</source>
        <translation>Connectez-vous ci-dessous avec votre e-mail et votre mot de passe LinkedIn. Pas de mot de passe ? Choisissez « Mot de passe oublié » sur la page : LinkedIn vous envoie un lien pour en définir un.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it here.</source>
        <translation>LinkedIn veut confirmer que c’est bien vous — terminez ici.</translation>
    </message>
    <message>
        <source>LinkedIn asks you to approve this sign-in on your phone: open the LinkedIn app and tap Yes. The wizard goes on by itself once you have.</source>
        <translation>LinkedIn vous demande d’approuver cette connexion sur votre téléphone : ouvrez l’application LinkedIn et touchez « Oui ». L’assistant continue ensuite tout seul.</translation>
    </message>
    <message>
        <source>LinkedIn asks for the code from your authenticator app (two-step verification). Open the app, and type the code into the page below.</source>
        <translation>LinkedIn demande le code de votre application d’authentification (validation en deux étapes). Ouvrez l’application et saisissez le code dans la page ci-dessous.</translation>
    </message>
    <message>
        <source>LinkedIn sent a code by text message to your phone. Type it into the page below.</source>
        <translation>LinkedIn a envoyé un code par SMS sur votre téléphone. Saisissez-le dans la page ci-dessous.</translation>
    </message>
    <message>
        <source>Sign in below, on the practice site's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Connectez-vous ci-dessous, sur la page du site d’entraînement. L’assistant ne voit jamais votre mot de passe. Il continue tout seul une fois que vous êtes connecté.</translation>
    </message>
    <message>
        <source>Sign in below, on LinkedIn's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Connectez-vous ci-dessous, sur la page de LinkedIn elle-même. L’assistant ne voit jamais votre mot de passe. Il continue tout seul une fois que vous êtes connecté.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Switch state: {state}</source>
        <translation>État du bouton : {state}</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>vous êtes ici</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>pas fait</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Press Enter to see the picture whole.</source>
        <translation>Appuyez sur Entrée pour voir l’image entière.</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Cliquer pour agrandir</translation>
    </message>
    <message>
        <source>{title}: {answer}.</source>
        <translation>{title} : {answer}.</translation>
    </message>
    <message>
        <source>Taken on {date} at {time}</source>
        <translation>Prise le {date} à {time}</translation>
    </message>
    <message>
        <source>, on {address}</source>
        <translation>, sur {address}</translation>
    </message>
    <message>
        <source>Account: {account}.</source>
        <translation>Compte : {account}.</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Verify my settings</source>
        <translation>Vérifier mes paramètres</translation>
    </message>
    <message>
        <source>An independent check of each setting, with a picture as proof.</source>
        <translation>Une vérification indépendante de chaque paramètre, avec une image comme preuve.</translation>
    </message>
    <message>
        <source>The check starts by itself: it opens each setting's page again, on its own, reads the switch, and keeps a picture of it as proof.</source>
        <translation>La vérification démarre d’elle-même : elle rouvre la page de chaque paramètre, seule, lit l’interrupteur et en garde une image comme preuve.</translation>
    </message>
    <message>
        <source>&amp;Verify my settings</source>
        <translation>&amp;Vérifier mes paramètres</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>Annuler la vérificati&amp;on</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>&amp;Install a browser for the check</source>
        <translation>&amp;Installer un navigateur pour la vérification</translation>
    </message>
    <message>
        <source>Install a browser for the check</source>
        <translation>Installer un navigateur pour la vérification</translation>
    </message>
    <message>
        <source>&amp;Sign in again and check again</source>
        <translation>S&amp;e reconnecter et vérifier à nouveau</translation>
    </message>
    <message>
        <source>Sign in again and check again</source>
        <translation>Se reconnecter et vérifier à nouveau</translation>
    </message>
    <message>
        <source>Browser download</source>
        <translation>Téléchargement du navigateur</translation>
    </message>
    <message>
        <source>The check's progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Résumé de la vérification</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>Démarrage de la vérification…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Checking {n} of {count}: {title}…</source>
        <translation>Vérification {n} sur {count} : {title}…</translation>
    </message>
    <message>
        <source>Starting the browser for the check…</source>
        <translation>Démarrage du navigateur pour la vérification…</translation>
    </message>
    <message>
        <source>Reading LinkedIn's lists of settings, to notice any it added…</source>
        <translation>Lecture des listes de paramètres de LinkedIn, pour repérer ceux qu’il a ajoutés…</translation>
    </message>
    <message>
        <source>Browser: {browser}</source>
        <translation>Navigateur : {browser}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked. Press “Verify again” to start over.</source>
        <translation>Annulé : rien n’a été vérifié. Cliquez sur « Vérifier à nouveau » pour recommencer.</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Downloading a browser for the check (about 100 MB)…</source>
        <translation>Téléchargement d’un navigateur pour la vérification (environ 100 Mo)…</translation>
    </message>
    <message>
        <source>Press “Verify again”.</source>
        <translation>Cliquez sur « Vérifier à nouveau ».</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <source>The check could not run: {why}</source>
        <translation>La vérification n’a pas pu s’exécuter : {why}</translation>
    </message>
</context>
<context>
    <name>WebSession</name>
    <message>
        <source>The page offered a file to download; the wizard does not download files.</source>
        <translation>La page proposait un fichier à télécharger ; l’assistant ne télécharge pas de fichiers.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>What the later check found</source>
        <translation>Ce que la vérification ultérieure a trouvé</translation>
    </message>
    <message>
        <source>LinkedIn uses your data to train AI and shares it for ads unless you switch this off. The wizard takes you to each switch, tells you when it is off, and checks again on its own, with a picture as proof.</source>
        <translation>LinkedIn utilise vos données pour entraîner l’IA et les partage pour la publicité, sauf si vous le désactivez. L’assistant vous mène à chaque interrupteur, vous dit quand il est désactivé et vérifie de nouveau de lui-même, avec une image comme preuve.</translation>
    </message>
    <message>
        <source>What the wizard is for</source>
        <translation>À quoi sert l’assistant</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into LinkedIn's own page.</source>
        <translation>Il ne voit jamais votre mot de passe : vous le tapez dans la page de LinkedIn elle-même.</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into the practice page.</source>
        <translation>Il ne voit jamais votre mot de passe : vous le tapez dans la page d’entraînement.</translation>
    </message>
    <message>
        <source>It keeps nothing, unless you ask it to remember you; then only in your computer's password store (its keyring).</source>
        <translation>Il ne garde rien, sauf si vous lui demandez de se souvenir de vous ; alors seulement dans le trousseau de mots de passe de votre ordinateur.</translation>
    </message>
    <message>
        <source>It checks each setting again on its own and keeps a picture as proof.</source>
        <translation>Il vérifie de nouveau chaque paramètre de lui-même et garde une image comme preuve.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Plus d’options</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Plus d’options</translation>
    </message>
    <message>
        <source>The privacy signal, related settings you can add, and LinkedIn's objection form.</source>
        <translation>Le signal de confidentialité, les paramètres associés que vous pouvez ajouter, et le formulaire d’opposition de LinkedIn.</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my &amp;data</source>
        <translation>Demander aussi à LinkedIn de ne pas partager ni vendre mes &amp;données</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my data</source>
        <translation>Demander aussi à LinkedIn de ne pas partager ni vendre mes données</translation>
    </message>
    <message>
        <source>The wizard's browser sends the standard privacy signal for this (Global Privacy Control). LinkedIn says it opts members in the US out of data sharing. It is never taken as proof: every switch is still read.</source>
        <translation>Le navigateur de l’assistant envoie pour cela le signal de confidentialité standard (Global Privacy Control). LinkedIn dit qu’il retire ainsi les membres aux États-Unis du partage de données. Ce n’est jamais une preuve : chaque interrupteur est tout de même lu.</translation>
    </message>
    <message>
        <source>While the wizard was closed: {what}</source>
        <translation>Pendant que l’assistant était fermé : {what}</translation>
    </message>
    <message>
        <source>Switch off {count} LinkedIn settings, and prove they stay off</source>
        <translation>Désactiver {count} paramètres LinkedIn, et prouver qu’ils le restent</translation>
    </message>
    <message>
        <source>About {minutes} minutes. You stay in charge of every change.</source>
        <translation>Environ {minutes} minutes. Vous gardez la main sur chaque changement.</translation>
    </message>
    <message>
        <source>Related settings you may add (optional; each adds a step of about two minutes)</source>
        <translation>Paramètres liés que vous pouvez ajouter (facultatif ; chacun ajoute une étape d’environ deux minutes)</translation>
    </message>
    <message>
        <source>Also &amp;object to LinkedIn's other uses of my data for AI</source>
        <translation>M’&amp;opposer aussi aux autres utilisations de mes données pour l’IA par LinkedIn</translation>
    </message>
    <message>
        <source>Also object to LinkedIn's other uses of my data for AI</source>
        <translation>M’opposer aussi aux autres utilisations de mes données pour l’IA par LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn decides; it answers by e-mail.</source>
        <translation>LinkedIn décide ; il répond par e-mail.</translation>
    </message>
    <message>
        <source>After the check, the wizard shows LinkedIn's Data Processing Objection form, with a text you can copy; you fill it in and send it yourself, and the wizard keeps LinkedIn's confirmation as proof.</source>
        <translation>Après la vérification, l’assistant affiche le formulaire d’opposition au traitement des données de LinkedIn, avec un texte à copier ; vous le remplissez et l’envoyez vous-même, et l’assistant garde la confirmation de LinkedIn comme preuve.</translation>
    </message>
    <message>
        <source>Beyond the switches</source>
        <translation>Au-delà des boutons</translation>
    </message>
    <message>
        <source>Also switch off: {title}</source>
        <translation>Désactiver aussi : {title}</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Ce que vous perdez : {loses}</translation>
    </message>
    <message>
        <source>The wizard's shield</source>
        <translation>Le bouclier de l’assistant</translation>
    </message>
</context>
</TS>
