<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the LinkedIn opt-out wizard</source>
        <translation>Acerca del asistente de exclusión de LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Asistente de exclusión de LinkedIn</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>An independent tool: it is not made, endorsed or supported by LinkedIn or Microsoft.</source>
        <translation>Una herramienta independiente: no la crea, respalda ni apoya LinkedIn ni Microsoft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It never sees your password and keeps nothing unless you ask, and then only in your computer's password store.&lt;/p&gt;&lt;p&gt;Free software: you may use, study, share and change it under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;List of settings: version {catalog}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nunca ve tu contraseña y no guarda nada salvo que se lo pidas, y entonces solo en el almacén de contraseñas de tu ordenador.&lt;/p&gt;&lt;p&gt;Software libre: puedes usarlo, estudiarlo, compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;&lt;p&gt;Lista de ajustes: versión {catalog}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Acerca de esta aplicación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Help: open the guide in your web browser</source>
        <translation>Ayuda: abrir la guía en tu navegador</translation>
    </message>
    <message>
        <source>&amp;Source code</source>
        <translation>Código &amp;fuente</translation>
    </message>
    <message>
        <source>Source code: open the project's page in your web browser</source>
        <translation>Código fuente: abrir la página del proyecto en tu navegador</translation>
    </message>
    <message>
        <source>&amp;Check for a newer list of settings</source>
        <translation>&amp;Buscar una lista de ajustes más reciente</translation>
    </message>
    <message>
        <source>Check for a newer list of settings</source>
        <translation>Buscar una lista de ajustes más reciente</translation>
    </message>
    <message>
        <source>Update of the list of settings</source>
        <translation>Actualización de la lista de ajustes</translation>
    </message>
    <message>
        <source>Checking for a newer list of settings…</source>
        <translation>Buscando una lista de ajustes más reciente…</translation>
    </message>
    <message>
        <source>List of settings {version} is installed. Restart the wizard to use it.</source>
        <translation>La lista de ajustes {version} está instalada. Reinicia el asistente para usarla.</translation>
    </message>
    <message>
        <source>{why} The list of settings in use stays.</source>
        <translation>{why} Se mantiene la lista de ajustes en uso.</translation>
    </message>
</context>
<context>
    <name>BrowserInstaller</name>
    <message>
        <source>The browser for the check is installed.</source>
        <translation>El navegador para la comprobación está instalado.</translation>
    </message>
    <message>
        <source>The browser could not be installed{detail}. Check your internet connection, or install Google Chrome or Chromium.</source>
        <translation>No se pudo instalar el navegador{detail}. Comprueba tu conexión a Internet o instala Google Chrome o Chromium.</translation>
    </message>
    <message>
        <source>The installer could not start.</source>
        <translation>No se pudo iniciar el instalador.</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>LinkedIn page</source>
        <translation>Página de LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's own page, shown inside the wizard. The wizard never reads your password.</source>
        <translation>La propia página de LinkedIn, mostrada dentro del asistente. El asistente nunca lee tu contraseña.</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Cargando la página</translation>
    </message>
    <message>
        <source>Note about the page</source>
        <translation>Nota sobre la página</translation>
    </message>
    <message>
        <source>Page problem</source>
        <translation>Problema con la página</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>Volver a cargar la página</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>The page could not be loaded ({why}).</source>
        <translation>No se pudo cargar la página ({why}).</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {code}).</source>
        <translation>LinkedIn respondió con un error (HTTP {code}).</translation>
    </message>
    <message>
        <source>LinkedIn is taking too long to answer.</source>
        <translation>LinkedIn está tardando demasiado en responder.</translation>
    </message>
    <message>
        <source>The page stopped working.</source>
        <translation>La página dejó de funcionar.</translation>
    </message>
    <message>
        <source>Check your internet connection, then press Retry.</source>
        <translation>Comprueba tu conexión a Internet y pulsa «Reintentar».</translation>
    </message>
    <message>
        <source>That link leads away from {site}: it was opened in your web browser ({where}).</source>
        <translation>Ese enlace sale de {site}: se abrió en tu navegador web ({where}).</translation>
    </message>
</context>
<context>
    <name>Browsers</name>
    <message>
        <source>The browser for the check could not start its sandbox (the wall that keeps web pages away from the rest of your computer), so nothing was checked; the app never runs a browser without it. This happens in containers and chroots, and on Ubuntu 24.04 or later when the app was not installed from its .deb package, which allows the sandbox. Install the app from its package, or run it on the computer itself rather than in a container.</source>
        <translation>El navegador de la comprobación no pudo iniciar su entorno aislado (el muro que mantiene las páginas web lejos del resto de su ordenador), así que no se comprobó nada; la aplicación nunca usa un navegador sin él. Ocurre en contenedores y entornos chroot, y en Ubuntu 24.04 o posterior cuando la aplicación no se instaló desde su paquete .deb, que permite el entorno aislado. Instale la aplicación desde su paquete, o ejecútela en el propio ordenador y no en un contenedor.</translation>
    </message>
    <message>
        <source>The browser for the check ({browser}) did not start within {seconds} seconds, so nothing was checked. Close programs you do not need and check again; if it keeps happening, restart the computer.</source>
        <translation>El navegador de la comprobación ({browser}) no se inició en {seconds} segundos, así que no se comprobó nada. Cierra los programas que no necesites y vuelve a comprobar; si sigue ocurriendo, reinicia el equipo.</translation>
    </message>
    <message>
        <source>No browser for the check was found. Install Chromium's headless shell (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or Chromium, or let the app download one (in the app: Verify → Install a browser for the check; in a terminal: optout-wizard install-browser), or set OPTOUT_BROWSER to a Chromium-family browser's program file.</source>
        <translation>No se encontró ningún navegador para la comprobación. Instala el shell sin interfaz de Chromium (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge o Chromium, deja que la aplicación descargue uno (en la aplicación: Verificar → Instalar un navegador para la comprobación; en una terminal: optout-wizard install-browser) o define OPTOUT_BROWSER con el programa de un navegador de la familia Chromium.</translation>
    </message>
    <message>
        <source>{name} is set to {path}, but there is no such file.</source>
        <translation>{name} indica {path}, pero ese archivo no existe.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Updates to the list of settings come over https only, not from {url}.</source>
        <translation>Las actualizaciones de la lista de ajustes solo llegan por https, no desde {url}.</translation>
    </message>
    <message>
        <source>The newer list of settings could not be fetched ({why}).</source>
        <translation>No se pudo obtener la lista de ajustes más reciente ({why}).</translation>
    </message>
    <message>
        <source>The fetched list of settings is too large.</source>
        <translation>La lista de ajustes obtenida es demasiado grande.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not signed with the project's key: it was not used.</source>
        <translation>La lista de ajustes obtenida no está firmada con la clave del proyecto: no se usó.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not valid: {why}</source>
        <translation>La lista de ajustes obtenida no es válida: {why}</translation>
    </message>
    <message>
        <source>The fetched list of settings ({new}) is not newer than the one in use ({old}).</source>
        <translation>La lista de ajustes obtenida ({new}) no es más reciente que la que está en uso ({old}).</translation>
    </message>
    <message>
        <source>The list of settings could not be stored in {folder}: {why}.</source>
        <translation>No se pudo guardar la lista de ajustes en {folder}: {why}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The page could not be read (the check returned nothing).</source>
        <translation>No se pudo leer la página (la comprobación no devolvió nada).</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again: the session has ended. Sign in, then check again.</source>
        <translation>LinkedIn pidió volver a iniciar sesión: la sesión ha terminado. Inicia sesión y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you (a code or a puzzle). Open the wizard and finish it there, then check again.</source>
        <translation>LinkedIn quiere confirmar que eres tú (un código o un rompecabezas). Abre el asistente, complétalo allí y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>The only switch on this setting's own page is off. It carries no name that says which setting it is, so this is the weakest kind of match: look at the picture to be sure.</source>
        <translation>El único interruptor de la página propia de este ajuste está desactivado. No lleva ningún nombre que diga qué ajuste es, así que es la coincidencia más débil: mira la imagen para estar seguro.</translation>
    </message>
    <message>
        <source>The switch “{label}” is off.</source>
        <translation>El interruptor «{label}» está desactivado.</translation>
    </message>
    <message>
        <source>The switch “{label}” is on: LinkedIn still uses your data for this. Switch it off, then check again.</source>
        <translation>El interruptor «{label}» está activado: LinkedIn sigue usando tus datos para esto. Desactívalo y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>Found the switch “{label}” but could not tell whether it is on or off. Open the page and look at it yourself.</source>
        <translation>Se encontró el interruptor «{label}», pero no se pudo saber si está activado o desactivado. Abre la página y compruébalo tú.</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region, so there is nothing to switch off here.</source>
        <translation>LinkedIn indica que este ajuste no se ofrece para tu cuenta o región, así que aquí no hay nada que desactivar.</translation>
    </message>
    <message>
        <source>LinkedIn's page was still loading after {seconds} seconds, so nothing was read. Check again in a moment.</source>
        <translation>La página de LinkedIn seguía cargando después de {seconds} segundos, así que no se leyó nada. Vuelve a comprobar en un momento.</translation>
    </message>
    <message>
        <source>The page finished loading and has no such switch: LinkedIn may have moved it. Check by hand through the menus: {route}.</source>
        <translation>La página terminó de cargar y no tiene ese interruptor: puede que LinkedIn lo haya movido. Compruébalo a mano en los menús: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn words it a little differently from what the wizard knows.</source>
        <translation>LinkedIn lo redacta de forma un poco distinta a como lo conoce el asistente.</translation>
    </message>
    <message>
        <source>The switch has no name of its own: it was recognised by its description.</source>
        <translation>El interruptor no tiene nombre propio: se reconoció por su descripción.</translation>
    </message>
    <message>
        <source>The page has finished, but its switch has no name at all, so the wizard cannot tell which setting it is. Open the page and look at it yourself.</source>
        <translation>La página ha terminado de cargar, pero su interruptor no tiene ningún nombre, así que el asistente no puede saber qué ajuste es. Abre la página y compruébalo tú.</translation>
    </message>
    <message>
        <source>the switch was still greyed out</source>
        <translation>el interruptor seguía desactivado en gris</translation>
    </message>
    <message>
        <source>the page still showed it as loading</source>
        <translation>la página aún lo mostraba cargando</translation>
    </message>
    <message>
        <source>the switch was not shown yet</source>
        <translation>el interruptor aún no se mostraba</translation>
    </message>
    <message>
        <source>it was still changing</source>
        <translation>seguía cambiando</translation>
    </message>
    <message>
        <source>The page did not finish loading: {why}. Nothing was read as on or off; check again in a moment.</source>
        <translation>La página no terminó de cargar: {why}. No se leyó nada como activado o desactivado; vuelve a comprobarlo en un momento.</translation>
    </message>
    <message>
        <source>No LinkedIn session: sign in first, then check.</source>
        <translation>No hay sesión de LinkedIn: inicia sesión primero y luego comprueba.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>LinkedIn no respondió en {seconds} segundos. Comprueba tu conexión a Internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings: the browser did not answer in time.</source>
        <translation>No se pudo obtener la lista de ajustes de LinkedIn: el navegador no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings at {url}: {why}</source>
        <translation>No se pudieron listar los ajustes de LinkedIn en {url}: {why}</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}).</source>
        <translation>LinkedIn respondió con un error (HTTP {status}).</translation>
    </message>
    <message>
        <source>the page gave no answer.</source>
        <translation>la página no dio ninguna respuesta.</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again.</source>
        <translation>LinkedIn pidió volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check.</source>
        <translation>LinkedIn pidió una comprobación de seguridad.</translation>
    </message>
    <message>
        <source>the page was still loading when time was up.</source>
        <translation>la página seguía cargando cuando se acabó el tiempo.</translation>
    </message>
    <message>
        <source>The setting's page is gone (HTTP {status}). LinkedIn may have moved it: check by hand through the menus: {route}.</source>
        <translation>La página del ajuste ya no existe (HTTP {status}). Puede que LinkedIn la haya movido: compruébalo a mano a través de los menús: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}). Try again later.</source>
        <translation>LinkedIn respondió con un error (HTTP {status}). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Something on the page (such as a cookie notice) covered the switch; it was set aside for the picture.</source>
        <translation>Algo en la página (como un aviso de cookies) tapaba el interruptor; se apartó para la imagen.</translation>
    </message>
    <message>
        <source>The picture {path} could not be saved: {why}.</source>
        <translation>No se pudo guardar la imagen {path}: {why}.</translation>
    </message>
    <message>
        <source>The browser for the check stopped working, so nothing more was checked. Check again.</source>
        <translation>El navegador de la comprobación dejó de funcionar, así que no se comprobó nada más. Vuelve a comprobar.</translation>
    </message>
    <message>
        <source>LinkedIn ended the session when the check opened the page. Sign in again, then check again.</source>
        <translation>LinkedIn cerró la sesión cuando la comprobación abrió la página. Inicia sesión de nuevo y vuelve a comprobar.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <source>its name could not be looked up</source>
        <translation>no se pudo resolver su nombre</translation>
    </message>
    <message>
        <source>this computer is offline</source>
        <translation>este equipo no tiene conexión</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>se cortó la conexión</translation>
    </message>
    <message>
        <source>the network changed while it loaded</source>
        <translation>la red cambió mientras se cargaba</translation>
    </message>
    <message>
        <source>it could not be reached from here</source>
        <translation>no se puede alcanzar desde aquí</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>no respondió a tiempo</translation>
    </message>
    <message>
        <source>its security certificate was not valid</source>
        <translation>su certificado de seguridad no era válido</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>no se pudo establecer una conexión segura</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>el proxy rechazó la conexión</translation>
    </message>
    <message>
        <source>{host} kept sending the browser from one address to another, and the page never opened. Try again later; if it keeps happening, sign in again in the wizard.</source>
        <translation>{host} envió al navegador una y otra vez de una dirección a otra, y la página nunca se abrió. Vuelve a intentarlo más tarde; si sigue ocurriendo, vuelve a iniciar sesión en el asistente.</translation>
    </message>
    <message>
        <source>Could not reach {host}: {why}. Check your internet connection and try again.</source>
        <translation>No se pudo conectar con {host}: {why}. Comprueba tu conexión a Internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not open the page on {host} (the browser said {code}). Check your internet connection and try again.</source>
        <translation>No se pudo abrir la página en {host} (el navegador indicó {code}). Comprueba tu conexión a Internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your internet connection and try again.</source>
        <translation>{host} no respondió a tiempo. Comprueba tu conexión a Internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The browser for the check stopped answering before the setting was read. Check again.</source>
        <translation>El navegador de la comprobación dejó de responder antes de leer el ajuste. Vuelve a comprobar.</translation>
    </message>
    <message>
        <source>The browser page crashed while reading the setting. Check again.</source>
        <translation>La página del navegador falló al leer el ajuste. Vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>The browser closed before the setting could be read. Check again.</source>
        <translation>El navegador se cerró antes de poder leer el ajuste. Vuelve a comprobarlo.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Mostrar los detalles</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>What was done, your proof, and what comes next.</source>
        <translation>Lo que se hizo, su prueba y lo que sigue.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>LinkedIn can turn such switches back on or add new ones: run the wizard again now and then to check.</source>
        <translation>LinkedIn puede volver a activar estos interruptores o añadir otros nuevos: vuelve a ejecutar el asistente de vez en cuando para comprobarlo.</translation>
    </message>
    <message>
        <source>Changes to ad settings may take LinkedIn up to 24 hours to apply.</source>
        <translation>LinkedIn puede tardar hasta 24 horas en aplicar los cambios en los ajustes de publicidad.</translation>
    </message>
    <message>
        <source>The switch covers AI that &lt;i&gt;creates content&lt;/i&gt;. For LinkedIn's other uses of your data for AI, you can object with LinkedIn's &lt;a href="{url}"&gt;Data Processing Objection form&lt;/a&gt;.</source>
        <translation>El interruptor cubre la IA que &lt;i&gt;crea contenido&lt;/i&gt;. Para los demás usos de tus datos para IA por parte de LinkedIn, puedes oponerte con el &lt;a href="{url}"&gt;formulario de oposición al tratamiento de datos&lt;/a&gt; de LinkedIn.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Accounts done earlier in this run</source>
        <translation>Cuentas ya hechas en esta sesión</translation>
    </message>
    <message>
        <source>Do this for &amp;another account</source>
        <translation>Hacer lo mismo con o&amp;tra cuenta</translation>
    </message>
    <message>
        <source>Do this for another account</source>
        <translation>Hacer lo mismo con otra cuenta</translation>
    </message>
    <message>
        <source>Starts again with a fresh browser profile, to sign in with another LinkedIn account. The results of this account stay on this screen.</source>
        <translation>Empieza de nuevo con un perfil de navegador limpio, para iniciar sesión con otra cuenta de LinkedIn. Los resultados de esta cuenta se quedan en esta pantalla.</translation>
    </message>
    <message>
        <source>Your proof</source>
        <translation>Tu prueba</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>(you skipped this step)</source>
        <translation>(te saltaste este paso)</translation>
    </message>
    <message>
        <source>Every setting LinkedIn offers you is off, and the check confirmed it.</source>
        <translation>Todos los ajustes que LinkedIn te ofrece están desactivados, y la comprobación lo confirmó.</translation>
    </message>
    <message>
        <source>Every setting is off, and the check confirmed it.</source>
        <translation>Todos los ajustes están desactivados y la comprobación lo confirmó.</translation>
    </message>
    <message>
        <source>Send an ob&amp;jection…</source>
        <translation>Enviar una oposició&amp;n…</translation>
    </message>
    <message>
        <source>Send it a&amp;gain…</source>
        <translation>Envia&amp;rla de nuevo…</translation>
    </message>
    <message>
        <source>Not everything is off yet: see below, or go Back and press “Fix this”.</source>
        <translation>Todavía no está todo desactivado: mira abajo o vuelve atrás y pulsa «Corregir».</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Cuenta: {name}</translation>
    </message>
    <message>
        <source>{title}: {state}, the picture</source>
        <translation>{title}: {state}, la imagen</translation>
    </message>
    <message>
        <source>the account signed in</source>
        <translation>la cuenta con la sesión iniciada</translation>
    </message>
    <message>
        <source>Read on {where} on {when}, for {whose}.</source>
        <translation>Leído en {where} el {when}, para {whose}.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Oposición al tratamiento de datos</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Imagen de la confirmación de LinkedIn</translation>
    </message>
    <message>
        <source>Opens LinkedIn's Data Processing Objection form in the wizard.</source>
        <translation>Abre en el asistente el formulario de oposición al tratamiento de datos de LinkedIn.</translation>
    </message>
    <message>
        <source>The switch covers only AI that creates content. For LinkedIn's other uses of your data for AI you can object with LinkedIn's form; the wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn decides; it answers by e-mail.</source>
        <translation>El interruptor solo cubre la IA que crea contenido. Para los demás usos de tus datos para IA por parte de LinkedIn puedes oponerte con el formulario de LinkedIn; el asistente lo muestra y guarda la confirmación de LinkedIn como prueba. LinkedIn decide; responde por correo electrónico.</translation>
    </message>
    <message>
        <source>It was sent over a year ago. LinkedIn's uses of data change: you may send it again.</source>
        <translation>Se envió hace más de un año. LinkedIn cambia los usos de los datos: puedes enviarla de nuevo.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nombre no mostrado)</translation>
    </message>
    <message>
        <source>Save its report…</source>
        <translation>Guardar su informe…</translation>
    </message>
    <message>
        <source>Done earlier in this run</source>
        <translation>Ya hecho en esta sesión</translation>
    </message>
</context>
<context>
    <name>GuardedPage</name>
    <message>
        <source>The page's link to {where} was not opened: the wizard opens only web (https) and e-mail links.</source>
        <translation>No se abrió el enlace de la página a {where}: el asistente solo abre enlaces web (https) y de correo.</translation>
    </message>
    <message>
        <source>This sign-in page is not secure (no https), so the wizard does not open it: {host}. Sign in another way.</source>
        <translation>Esta página de inicio de sesión no es segura (sin https), así que el asistente no la abre: {host}. Inicia sesión de otra forma.</translation>
    </message>
    <message>
        <source>The page tried to open {where}; it was stopped.</source>
        <translation>La página intentó abrir {where}; se ha impedido.</translation>
    </message>
    <message>
        <source>The page tried to open a new window; the wizard keeps to one.</source>
        <translation>La página intentó abrir una ventana nueva; el asistente se limita a una.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{symbol} {summary} Checked just now.</source>
        <translation>{symbol} {summary} Comprobado ahora mismo.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{title}: was {before} on {date}, now {after}</source>
        <translation>{title}: era {before} el {date}, ahora {after}</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {why}.</source>
        <translation>No se pudo leer el archivo de historial {path}: {why}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read or moved: {why}.</source>
        <translation>No se pudo leer ni mover el archivo de historial {path}: {why}.</translation>
    </message>
    <message>
        <source>Some lines of the history file were damaged; they were kept as {name} and the rest of the history was kept.</source>
        <translation>Algunas líneas del archivo de historial estaban dañadas; se guardaron como {name} y se conservó el resto del historial.</translation>
    </message>
    <message>
        <source>The result could not be added to the history: {why}</source>
        <translation>No se pudo añadir el resultado al historial: {why}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The sign-in page tried to open yet another window.</source>
        <translation>La página de inicio de sesión intentó abrir otra ventana más.</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Dirección de la página de inicio de sesión</translation>
    </message>
    <message>
        <source>About this sign-in page</source>
        <translation>Acerca de esta página de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in this way</source>
        <translation>Cancelar este modo de iniciar sesión</translation>
    </message>
    <message>
        <source>This sign-in service refused the wizard</source>
        <translation>Este servicio de inicio de sesión rechazó el asistente</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn &amp;password</source>
        <translation>&amp;Usar mi contraseña de LinkedIn</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn password</source>
        <translation>Iniciar sesión con mi contraseña de LinkedIn</translation>
    </message>
    <message>
        <source>I have no password: &amp;set one…</source>
        <translation>No tengo contraseña: &amp;definir una…</translation>
    </message>
    <message>
        <source>I have no LinkedIn password: ask LinkedIn for a link to set one</source>
        <translation>No tengo contraseña de LinkedIn: pedir a LinkedIn un enlace para crear una</translation>
    </message>
    <message>
        <source>This sign-in service</source>
        <translation>Este servicio de inicio de sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host} will not sign you in here.&lt;/b&gt; It refuses browsers that are built into other apps, as this window is. You have not done anything wrong.</source>
        <translation>&lt;b&gt;{host} no iniciará tu sesión aquí.&lt;/b&gt; Rechaza los navegadores integrados en otras aplicaciones, como esta ventana. No has hecho nada mal.</translation>
    </message>
    <message>
        <source>What works instead:</source>
        <translation>Lo que funciona en su lugar:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your LinkedIn email and password&lt;/b&gt;, on LinkedIn's page in the wizard.</source>
        <translation>&lt;b&gt;Tu correo y tu contraseña de LinkedIn&lt;/b&gt;, en la página de LinkedIn dentro del asistente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No LinkedIn password?&lt;/b&gt; If you always signed in with Google, LinkedIn can email you a link to set one (“Forgot password”).</source>
        <translation>&lt;b&gt;¿No tienes contraseña de LinkedIn?&lt;/b&gt; Si siempre iniciaste sesión con Google, LinkedIn puede enviarte por correo un enlace para crear una («¿Has olvidado tu contraseña?»).</translation>
    </message>
    <message>
        <source>&lt;b&gt;A passkey&lt;/b&gt;, if you made one for LinkedIn.</source>
        <translation>&lt;b&gt;Una llave de acceso&lt;/b&gt;, si creaste una para LinkedIn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another way&lt;/b&gt; LinkedIn offers, such as Apple or Microsoft.</source>
        <translation>&lt;b&gt;Otra forma&lt;/b&gt; que ofrece LinkedIn, como Apple o Microsoft.</translation>
    </message>
    <message>
        <source>{host} is not a sign-in service the wizard knows. Go on only if you expected it, for example your company's own sign-in page.</source>
        <translation>{host} no es un servicio de inicio de sesión que el asistente conozca. Continúe solo si lo esperaba, por ejemplo la página de inicio de sesión de su empresa.</translation>
    </message>
    <message>
        <source>{host}, over a secure connection</source>
        <translation>{host}, por una conexión segura</translation>
    </message>
    <message>
        <source>{host}, not secure</source>
        <translation>{host}, no segura</translation>
    </message>
    <message>
        <source>Address of the sign-in page: {address}</source>
        <translation>Dirección de la página de inicio de sesión: {address}</translation>
    </message>
    <message>
        <source>Sign-in page at {host}</source>
        <translation>Página de inicio de sesión en {host}</translation>
    </message>
    <message>
        <source>Not secure: {host} was not opened, because it does not use an encrypted connection (https). Cancel, and sign in another way.</source>
        <translation>No seguro: {host} no se abrió porque no usa una conexión cifrada (https). Cancele e inicie sesión de otra forma.</translation>
    </message>
    <message>
        <source>This is {site}'s answer to the sign-in. Read it, then close this window to go on signing in.</source>
        <translation>Esta es la respuesta de {site} al inicio de sesión. Léela y cierra esta ventana para seguir iniciando sesión.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, the Keychain on macOS, or Windows Credential Manager.</source>
        <translation>Configura el almacén de contraseñas de tu ordenador: GNOME Keyring o KDE Wallet en Linux, el Llavero en macOS o el Administrador de credenciales de Windows.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>No se leyó nada.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>Your computer's password store could not be opened.</source>
        <translation>No se pudo abrir el almacén de contraseñas de tu ordenador.</translation>
    </message>
    <message>
        <source>No password store on this computer keeps secrets safely.</source>
        <translation>Ningún almacén de contraseñas de este ordenador guarda secretos de forma segura.</translation>
    </message>
    <message>
        <source>The password store in use does not keep secrets safely.</source>
        <translation>El almacén de contraseñas en uso no guarda secretos de forma segura.</translation>
    </message>
    <message>
        <source>Your password store is locked and was not unlocked.</source>
        <translation>Tu almacén de contraseñas está bloqueado y no se desbloqueó.</translation>
    </message>
    <message>
        <source>This computer has no password store in use.</source>
        <translation>Este ordenador no tiene ningún almacén de contraseñas en uso.</translation>
    </message>
    <message>
        <source>Your password store refused.</source>
        <translation>Tu almacén de contraseñas lo rechazó.</translation>
    </message>
    <message>
        <source>The session remembered for {name} is damaged: sign in again (in the wizard, with “Remember me”, or: optout-wizard verify --sign-in --remember).</source>
        <translation>La sesión recordada de {name} está dañada: vuelve a iniciar sesión (en el asistente, con «Recordarme», o: optout-wizard verify --sign-in --remember).</translation>
    </message>
    <message>
        <source>The app's data folder could not be used to keep the list of accounts in order ({why}).</source>
        <translation>No se pudo usar la carpeta de datos de la aplicación para mantener en orden la lista de cuentas ({why}).</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store is damaged, and this password store cannot be searched to make it again. Sign in again with “Remember me” for each account.</source>
        <translation>La lista de cuentas recordadas en tu almacén de contraseñas está dañada, y en este almacén no se puede buscar para rehacerla. Vuelve a iniciar sesión con «Recordarme» en cada cuenta.</translation>
    </message>
    <message>
        <source>This password store cannot be searched, so the app cannot find every entry it wrote. Forget each site's sessions instead (optout-wizard forget).</source>
        <translation>En este almacén de contraseñas no se puede buscar, así que la aplicación no puede encontrar todas las entradas que escribió. Olvida en su lugar las sesiones de cada sitio (optout-wizard forget).</translation>
    </message>
    <message>
        <source>{doing}… (your computer may ask you to unlock its password store)</source>
        <translation>{doing}… (tu ordenador puede pedirte que desbloquees su almacén de contraseñas)</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nombre no mostrado)</translation>
    </message>
</context>
<context>
    <name>Later</name>
    <message>
        <source>Unlock it (it unlocks when you log in) and the check runs again at your next login.</source>
        <translation>Desbloquéalo (se desbloquea al iniciar sesión en el equipo) y la comprobación se repetirá en tu próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Unlock it (it unlocks when you log in), then check again.</source>
        <translation>Desbloquéalo (se desbloquea al iniciar sesión en el equipo) y vuelve a comprobar.</translation>
    </message>
    <message>
        <source>Your keyring is locked: the remembered session in your computer's password store could not be read, so nothing was checked.</source>
        <translation>Tu llavero está bloqueado: no se pudo leer la sesión recordada en el almacén de contraseñas del equipo, así que no se comprobó nada.</translation>
    </message>
    <message>
        <source>No password store the app can use was found on this computer, so no remembered session could be read and nothing was checked. {get_one} Then sign in once in the wizard with “Remember me”.</source>
        <translation>No se encontró en este equipo ningún almacén de contraseñas que la aplicación pueda usar, así que no se pudo leer ninguna sesión recordada y no se comprobó nada. {get_one} Después inicia sesión una vez en el asistente con «Recordarme».</translation>
    </message>
    <message>
        <source>Could not read the remembered sessions: {why}</source>
        <translation>No se pudieron leer las sesiones recordadas: {why}</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store was damaged; it was made again from the sessions the store holds.</source>
        <translation>La lista de cuentas recordadas en tu almacén de contraseñas estaba dañada; se rehízo a partir de las sesiones que contiene.</translation>
    </message>
    <message>
        <source>What this check found could not be kept for the wizard: {why}</source>
        <translation>No se pudo guardar para el asistente lo que encontró esta comprobación: {why}</translation>
    </message>
</context>
<context>
    <name>LaterChecks</name>
    <message>
        <source>Later checks</source>
        <translation>Comprobaciones posteriores</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer, for later checks</source>
        <translation>&amp;Recordarme en este equipo para comprobaciones posteriores</translation>
    </message>
    <message>
        <source>Remember me on this computer, for later checks</source>
        <translation>Recordarme en este equipo para comprobaciones posteriores</translation>
    </message>
    <message>
        <source>From a terminal, the same check: optout-wizard verify</source>
        <translation>La misma comprobación desde un terminal: optout-wizard verify</translation>
    </message>
    <message>
        <source>F&amp;orget me</source>
        <translation>&amp;Olvidarme</translation>
    </message>
    <message>
        <source>Forget me: delete the remembered session</source>
        <translation>Olvidarme: eliminar la sesión recordada</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session, never your password, in your computer's password store.</source>
        <translation>Guarda tu sesión de LinkedIn, nunca tu contraseña, en el almacén de contraseñas de tu ordenador.</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session (never your password) in your computer's password store (its keyring), so the check can run again later without signing in. Nothing is kept anywhere else.</source>
        <translation>Guarda tu sesión de LinkedIn (nunca tu contraseña) en el almacén de contraseñas de tu ordenador (su llavero), para que la comprobación pueda volver a hacerse más tarde sin iniciar sesión. No se guarda nada en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Password store status</source>
        <translation>Estado del almacén de contraseñas</translation>
    </message>
    <message>
        <source>Check again every &amp;month</source>
        <translation>Volver a comprobar cada &amp;mes</translation>
    </message>
    <message>
        <source>Check again every month</source>
        <translation>Volver a comprobar cada mes</translation>
    </message>
    <message>
        <source>Runs the check once a month and shows a notification if a setting is not off. Needs the session remembered.</source>
        <translation>Ejecuta la comprobación una vez al mes y muestra una notificación si algún ajuste no está desactivado. Requiere recordar la sesión.</translation>
    </message>
    <message>
        <source>Check again &amp;tomorrow</source>
        <translation>&amp;Volver a comprobar mañana</translation>
    </message>
    <message>
        <source>Check again tomorrow</source>
        <translation>Volver a comprobar mañana</translation>
    </message>
    <message>
        <source>LinkedIn says changes to ad settings may take up to 24 hours: checks once more a day from now. Needs the session remembered.</source>
        <translation>Según LinkedIn, los cambios en los ajustes de publicidad pueden tardar hasta 24 horas: comprueba una vez más dentro de un día. Requiere recordar la sesión.</translation>
    </message>
    <message>
        <source>Greyed out until you tick “Remember me” above: the later check signs in with the remembered session.</source>
        <translation>Atenuado hasta que marques «Recordarme» arriba: la comprobación posterior inicia sesión con la sesión recordada.</translation>
    </message>
    <message>
        <source>Monthly check status</source>
        <translation>Estado de la comprobación mensual</translation>
    </message>
    <message>
        <source>Nothing was remembered for this account in this run.</source>
        <translation>No se recordó nada para esta cuenta en esta sesión.</translation>
    </message>
    <message>
        <source>Nothing to remember: you are not signed in.</source>
        <translation>No hay nada que recordar: no has iniciado sesión.</translation>
    </message>
    <message>
        <source>Remembering</source>
        <translation>Recordando</translation>
    </message>
    <message>
        <source>Remembered in your computer's password store. “Forget me” deletes it again.</source>
        <translation>Recordado en el almacén de contraseñas de tu ordenador. «Olvidarme» lo vuelve a borrar.</translation>
    </message>
    <message>
        <source>Forgotten: your session was deleted from the password store.</source>
        <translation>Olvidado: tu sesión se borró del almacén de contraseñas.</translation>
    </message>
    <message>
        <source>The password store could not be used: {why}</source>
        <translation>No se pudo usar el almacén de contraseñas: {why}</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Olvidando</translation>
    </message>
    <message>
        <source>Add a monthly r&amp;eminder to my calendar…</source>
        <translation>Añadir un recordatorio mensual a mi ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Add a monthly reminder to my calendar</source>
        <translation>Añadir un recordatorio mensual a mi calendario</translation>
    </message>
    <message>
        <source>Saves a calendar file with a monthly reminder to check your settings, and opens it in your calendar.</source>
        <translation>Guarda un archivo de calendario con un recordatorio mensual para comprobar tus ajustes y lo abre en tu calendario.</translation>
    </message>
    <message>
        <source>Looking at the monthly check…</source>
        <translation>Revisando la comprobación mensual…</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>La última vez: {what}</translation>
    </message>
    <message>
        <source>Save a monthly reminder</source>
        <translation>Guardar un recordatorio mensual</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The reminder could not be saved: {why}</source>
        <translation>No se pudo guardar el recordatorio: {why}</translation>
    </message>
    <message>
        <source>Saved {path}. Open it to add the reminder to your calendar.</source>
        <translation>Se guardó {path}. Ábrelo para añadir el recordatorio a tu calendario.</translation>
    </message>
    <message>
        <source>Nothing was remembered, so there was nothing to delete.</source>
        <translation>No había nada recordado, así que no había nada que eliminar.</translation>
    </message>
    <message>
        <source>The wizard goes on without remembering you.</source>
        <translation>El asistente sigue sin recordarte.</translation>
    </message>
    <message>
        <source>Setting up the next check…</source>
        <translation>Programando la próxima comprobación…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>Cancelando la comprobación…</translation>
    </message>
    <message>
        <source>The monthly check could not be changed: {why}</source>
        <translation>No se pudo cambiar la comprobación mensual: {why}</translation>
    </message>
    <message>
        <source>The check runs once more on {when}.</source>
        <translation>La comprobación se repetirá una vez el {when}.</translation>
    </message>
    <message>
        <source>The check tomorrow is cancelled.</source>
        <translation>Se canceló la comprobación de mañana.</translation>
    </message>
</context>
<context>
    <name>LaterRuns</name>
    <message>
        <source>The check on {date} could not run: {why}</source>
        <translation>La comprobación del {date} no pudo realizarse: {why}</translation>
    </message>
    <message>
        <source>The check on {date} found these settings on: {titles}.</source>
        <translation>La comprobación del {date} encontró estos ajustes activados: {titles}.</translation>
    </message>
    <message>
        <source>It could not check {titles}: {why}</source>
        <translation>No pudo comprobar {titles}: {why}</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on: {titles}.</source>
        <translation>LinkedIn añadió un ajuste que está activado: {titles}.</translation>
    </message>
    <message>
        <source>The check on {date} found every setting off.</source>
        <translation>La comprobación del {date} encontró todos los ajustes desactivados.</translation>
    </message>
    <message>
        <source>The check on {date}:</source>
        <translation>La comprobación del {date}:</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Looking for the switch…</source>
        <translation>Buscando el interruptor…</translation>
    </message>
    <message>
        <source>The page is loading.</source>
        <translation>La página se está cargando.</translation>
    </message>
    <message>
        <source>The page is still loading the setting.</source>
        <translation>La página aún está cargando el ajuste.</translation>
    </message>
    <message>
        <source>LinkedIn's switch for this is off. Press Next.</source>
        <translation>El interruptor de LinkedIn para esto está desactivado. Pulsa Siguiente.</translation>
    </message>
    <message>
        <source>Click the outlined switch “{label}” on the page, or press “Switch it off for me”.</source>
        <translation>Haz clic en el interruptor resaltado «{label}» de la página o pulsa «Desactivarlo por mí».</translation>
    </message>
    <message>
        <source>Click the outlined switch on the page, or press “Switch it off for me”.</source>
        <translation>Haz clic en el interruptor resaltado de la página o pulsa «Desactivarlo por mí».</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>LinkedIn ended the session. Sign in again.</source>
        <translation>LinkedIn cerró la sesión. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Verificación necesaria</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it in the page below.</source>
        <translation>LinkedIn quiere confirmar que eres tú: complétalo en la página de abajo.</translation>
    </message>
    <message>
        <source>Still loading</source>
        <translation>Aún cargando</translation>
    </message>
    <message>
        <source>Press “Reload the page”.</source>
        <translation>Pulsa «Volver a cargar la página».</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region: there is nothing to switch off. You can go on.</source>
        <translation>LinkedIn indica que este ajuste no se ofrece para tu cuenta o región: no hay nada que desactivar. Puedes continuar.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation>Puedes continuar.</translation>
    </message>
    <message>
        <source>Off — saving</source>
        <translation>Desactivado: guardando</translation>
    </message>
    <message>
        <source>Making sure LinkedIn saved it…</source>
        <translation>Comprobando que LinkedIn lo ha guardado…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it: the switch is still on. Looking at the page again…</source>
        <translation>LinkedIn no lo ha guardado: el interruptor sigue activado. Volviendo a mirar la página…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it. Try again, or come back later.</source>
        <translation>LinkedIn no lo ha guardado. Vuelve a intentarlo o vuelve más tarde.</translation>
    </message>
    <message>
        <source>Still on</source>
        <translation>Sigue activado</translation>
    </message>
    <message>
        <source>Page error</source>
        <translation>Error de página</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Pulsa «Reintentar».</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>LinkedIn did not confirm the setting in time. Press “Reload the page” to read it again.</source>
        <translation>LinkedIn no confirmó el ajuste a tiempo. Pulsa «Volver a cargar la página» para leerlo de nuevo.</translation>
    </message>
    <message>
        <source>The wizard's click did not reach the switch: something on the page covers it. Close what covers it, or click the outlined switch yourself.</source>
        <translation>El clic del asistente no llegó al interruptor: algo de la página lo tapa. Cierra lo que lo tapa o haz clic tú en el interruptor resaltado.</translation>
    </message>
    <message>
        <source>The switch is no longer on the page. Reload it.</source>
        <translation>El interruptor ya no está en la página. Vuelve a cargarla.</translation>
    </message>
    <message>
        <source>The page has not finished loading the switch. Try again in a moment.</source>
        <translation>La página aún no ha terminado de cargar el interruptor. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The switch is not on any more.</source>
        <translation>El interruptor ya no está activado.</translation>
    </message>
    <message>
        <source>The page did not allow the wizard's click.</source>
        <translation>La página no permitió el clic del asistente.</translation>
    </message>
    <message>
        <source>The wizard clicked the switch, but the page did not change it. Click the outlined switch yourself.</source>
        <translation>El asistente hizo clic en el interruptor, pero la página no lo cambió. Haz clic tú en el interruptor resaltado.</translation>
    </message>
</context>
<context>
    <name>NewOnLinkedIn</name>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nuevo en LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists could not be read</source>
        <translation>No se pudieron leer las listas de LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>Las listas de ajustes de LinkedIn no muestran ningún ajuste que esta aplicación no conozca.</translation>
    </message>
    <message>
        <source>New on LinkedIn: a setting that is on: {titles}</source>
        <translation>Nuevo en LinkedIn: un ajuste que está activado: {titles}</translation>
    </message>
    <message>
        <source>New on LinkedIn: {title}</source>
        <translation>Nuevo en LinkedIn: {title}</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn muestra un ajuste que esta aplicación aún no conoce: «{title}»: está en {state}.</translation>
    </message>
    <message>
        <source>Open its page, read what LinkedIn says it does, and decide there. The wizard does not know this setting, so it neither checks nor changes it.</source>
        <translation>Abre su página, lee lo que LinkedIn dice que hace y decide allí. El asistente no conoce este ajuste, así que ni lo comprueba ni lo cambia.</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Abrir su página</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Open the page of “{title}”</source>
        <translation>Abrir la página de «{title}»</translation>
    </message>
    <message>
        <source>Check again, to see how it stands now</source>
        <translation>Volver a comprobar, para ver cómo está ahora</translation>
    </message>
    <message>
        <source>You opened the page of “{title}”.</source>
        <translation>Has abierto la página de «{title}».</translation>
    </message>
    <message>
        <source>If you changed it there, check again: the check reads LinkedIn's lists afresh and shows how it stands now.</source>
        <translation>Si lo cambiaste allí, vuelve a comprobar: la comprobación lee de nuevo las listas de LinkedIn y muestra cómo está ahora.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Still on: {titles}</source>
        <translation>Todavía activado: {titles}</translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation>No se pudo comprobar: {why}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check{whose}: {headline}</source>
        <translation>Comprobación de exclusiones de LinkedIn{whose}: {headline}</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Objection sent on {date}, case {case}.</source>
        <translation>Oposición enviada el {date}, caso {case}.</translation>
    </message>
    <message>
        <source>Objection sent on {date} (no case number was shown).</source>
        <translation>Oposición enviada el {date} (no se mostró ningún número de caso).</translation>
    </message>
    <message>
        <source>LinkedIn decides on it and answers by e-mail: look out for its message. The wizard cannot check an objection later; it keeps the date, the case and the picture.</source>
        <translation>LinkedIn decide sobre ella y responde por correo electrónico: atento a su mensaje. El asistente no puede comprobar una oposición más adelante; guarda la fecha, el caso y la imagen.</translation>
    </message>
</context>
<context>
    <name>ObjectionScreen</name>
    <message>
        <source>Object to LinkedIn's other uses of your data for AI</source>
        <translation>Oponte a los demás usos de tus datos para IA por parte de LinkedIn</translation>
    </message>
    <message>
        <source>Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard.</source>
        <translation>Opcional. LinkedIn decide; responde por correo electrónico. La envías tú, no el asistente.</translation>
    </message>
    <message>
        <source>The switch covered only AI that creates content. LinkedIn also uses members' data for other AI: to choose what you see, to moderate, and in models that do not create content. Its form below lets you object to that. Where it asks what you object to, choose “{topic}”; for the text, copy the wizard's suggestion and change it as you like. Then press the form's own button to send it. The wizard never fills it in or sends it for you.</source>
        <translation>El interruptor solo cubría la IA que crea contenido. LinkedIn también usa los datos de los miembros para otra IA: para elegir lo que ves, para moderar y en modelos que no crean contenido. Su formulario de abajo te permite oponerte a ello. Donde pregunta a qué te opones, elige «{topic}»; para el texto, copia la sugerencia del asistente y cámbiala como quieras. Luego pulsa el botón del propio formulario para enviarlo. El asistente nunca lo rellena ni lo envía por ti.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>Qué &amp;hacer</translation>
    </message>
    <message>
        <source>Show what to do</source>
        <translation>Mostrar qué hacer</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Texto sugerido</translation>
    </message>
    <message>
        <source>A text you may copy into the form and change as you like.</source>
        <translation>Un texto que puedes copiar en el formulario y cambiar como quieras.</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>Copiar el te&amp;xto</translation>
    </message>
    <message>
        <source>Copy the suggested text</source>
        <translation>Copiar el texto sugerido</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;Open the form again</source>
        <translation>Abrir de nuevo el &amp;formulario</translation>
    </message>
    <message>
        <source>Open the form again</source>
        <translation>Abrir de nuevo el formulario</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>El formulario</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Imagen de la confirmación de LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's form could not be opened: {why} Press Retry in the page, or “Open the form again”. Nothing was sent.</source>
        <translation>No se pudo abrir el formulario de LinkedIn: {why} Pulsa Reintentar en la página o «Abrir de nuevo el formulario». No se envió nada.</translation>
    </message>
    <message>
        <source>Opening LinkedIn's form…</source>
        <translation>Abriendo el formulario de LinkedIn…</translation>
    </message>
    <message>
        <source>Copied. Click into the form's text box below and paste it (Ctrl+V), then change it as you like.</source>
        <translation>Copiado. Haz clic en el cuadro de texto del formulario de abajo y pégalo (Ctrl+V); luego cámbialo como quieras.</translation>
    </message>
    <message>
        <source>LinkedIn's form shows what to correct: the marked fields in the page. Nothing has been sent yet.</source>
        <translation>El formulario de LinkedIn indica qué corregir: los campos marcados en la página. Todavía no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Fill in the form below and press its button to send it. The wizard notices LinkedIn's confirmation and keeps a picture of it.</source>
        <translation>Rellena el formulario de abajo y pulsa su botón para enviarlo. El asistente detecta la confirmación de LinkedIn y guarda una imagen de ella.</translation>
    </message>
    <message>
        <source>Waiting for LinkedIn's answer…</source>
        <translation>Esperando la respuesta de LinkedIn…</translation>
    </message>
    <message>
        <source>LinkedIn does not offer this form in your region, so nothing can be sent here. Nothing was sent, and nothing else is needed on this step: press Next.</source>
        <translation>LinkedIn no ofrece este formulario en tu región, así que aquí no se puede enviar nada. No se envió nada y no hace falta nada más en este paso: pulsa Siguiente.</translation>
    </message>
    <message>
        <source>LinkedIn signed you out before the form was sent: nothing was sent. Sign in again in the page below; LinkedIn brings you back to the form, and you send it again (copy the text again if you need it).</source>
        <translation>LinkedIn cerró tu sesión antes de que se enviara el formulario: no se envió nada. Vuelve a iniciar sesión en la página de abajo; LinkedIn te devuelve al formulario y lo envías de nuevo (copia el texto otra vez si lo necesitas).</translation>
    </message>
    <message>
        <source>This page is not the form. Finish what LinkedIn asks here, or press “Open the form again”.</source>
        <translation>Esta página no es el formulario. Termina lo que LinkedIn pide aquí o pulsa «Abrir de nuevo el formulario».</translation>
    </message>
    <message>
        <source>It could not be added to the history ({why}); save the report on the next screen to keep the proof.</source>
        <translation>No se pudo añadir al historial ({why}); guarda el informe en la pantalla siguiente para conservar la prueba.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviada.</translation>
    </message>
    <message>
        <source>A picture of the confirmation could not be taken.</source>
        <translation>No se pudo tomar una imagen de la confirmación.</translation>
    </message>
</context>
<context>
    <name>OptOutScreen</name>
    <message>
        <source>Step {n} of {count}: {title}</source>
        <translation>Paso {n} de {count}: {title}</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Lo que pierdes: {loses}</translation>
    </message>
    <message>
        <source>Show why this matters</source>
        <translation>Mostrar por qué importa</translation>
    </message>
    <message>
        <source>Why this &amp;matters</source>
        <translation>Por qué im&amp;porta</translation>
    </message>
    <message>
        <source>This step was last compared with LinkedIn's page on {date}; LinkedIn may have changed it since. If the page looks different, “Show me the way” helps.</source>
        <translation>Este paso se comparó por última vez con la página de LinkedIn el {date}; puede que LinkedIn la haya cambiado desde entonces. Si la página se ve distinta, «Mostrarme el camino» ayuda.</translation>
    </message>
    <message>
        <source>&amp;Switch it off for me</source>
        <translation>&amp;Desactivarlo por mí</translation>
    </message>
    <message>
        <source>Switch it off for me</source>
        <translation>Desactivarlo por mí</translation>
    </message>
    <message>
        <source>Clicks the outlined switch in the page.</source>
        <translation>Hace clic en el interruptor resaltado de la página.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>Show me the &amp;way</source>
        <translation>Mostrarme el ca&amp;mino</translation>
    </message>
    <message>
        <source>Show me the way through LinkedIn's menus</source>
        <translation>Mostrarme el camino por los menús de LinkedIn</translation>
    </message>
    <message>
        <source>S&amp;kip this step…</source>
        <translation>&amp;Omitir este paso…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Omitir este paso</translation>
    </message>
    <message>
        <source>If the page below does not show the switch, LinkedIn may have moved it. The way through the menus:</source>
        <translation>Si la página de abajo no muestra el interruptor, puede que LinkedIn lo haya movido. El camino por los menús:</translation>
    </message>
    <message>
        <source>The way through LinkedIn's menus</source>
        <translation>El camino por los menús de LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Open “Settings &amp;&amp; Privacy” in the page</source>
        <translation>A&amp;brir «Ajustes y privacidad» en la página</translation>
    </message>
    <message>
        <source>Open Settings and Privacy in the page</source>
        <translation>Abrir Ajustes y privacidad en la página</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skip this setting?&lt;/b&gt; It stays on, and LinkedIn keeps using your data for it. The final check will show it as not done, and you can come back to it.</source>
        <translation>&lt;b&gt;¿Omitir este ajuste?&lt;/b&gt; Seguirá activado y LinkedIn seguirá usando tus datos para ello. La comprobación final lo mostrará como pendiente y podrás volver a él.</translation>
    </message>
    <message>
        <source>Skip warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>&amp;Yes, skip it</source>
        <translation>Sí, omi&amp;tirlo</translation>
    </message>
    <message>
        <source>Yes, skip this setting</source>
        <translation>Sí, omitir este ajuste</translation>
    </message>
    <message>
        <source>&amp;Don't skip</source>
        <translation>&amp;No omitir</translation>
    </message>
    <message>
        <source>Don't skip</source>
        <translation>No omitir</translation>
    </message>
    <message>
        <source>R&amp;eload the page</source>
        <translation>&amp;Volver a cargar la página</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Volver a cargar la página</translation>
    </message>
    <message>
        <source>Loads LinkedIn's page again and reads the switch afresh.</source>
        <translation>Vuelve a cargar la página de LinkedIn y lee el interruptor de nuevo.</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Volver a &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>You are in LinkedIn's menus. The wizard reads the switch again as soon as a page shows it.</source>
        <translation>Está en los menús de LinkedIn. El asistente vuelve a leer el interruptor en cuanto una página lo muestre.</translation>
    </message>
    <message>
        <source>Switch it off on LinkedIn's page below; the strip says when it is.</source>
        <translation>Desactívelo en la página de LinkedIn de abajo; la franja indica cuándo lo está.</translation>
    </message>
</context>
<context>
    <name>OptOutWizard</name>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Asistente de exclusión de LinkedIn</translation>
    </message>
    <message>
        <source>{title} — Practice</source>
        <translation>{title} — Práctica</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>Acerca d&amp;e…</translation>
    </message>
    <message>
        <source>Go on to another account?</source>
        <translation>¿Pasar a otra cuenta?</translation>
    </message>
    <message>
        <source>&amp;Go on to another account</source>
        <translation>&amp;Pasar a otra cuenta</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>¿Cerrar el asistente?</translation>
    </message>
    <message>
        <source>Not confirmed off yet:</source>
        <translation>Aún no confirmado como desactivado:</translation>
    </message>
    <message>
        <source>These are still on:</source>
        <translation>Estos siguen activados:</translation>
    </message>
    <message>
        <source>LinkedIn keeps using your data for these until they are off. You can come back and finish at any time.</source>
        <translation>LinkedIn sigue usando sus datos para esto hasta que se desactive. Puede volver y terminar en cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Quedarse</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <source>LinkedIn's page: {title}</source>
        <translation>Página de LinkedIn: {title}</translation>
    </message>
    <message>
        <source>This is LinkedIn's own page for “{title}”. The wizard does not know this setting, so it neither reads nor changes it: read what LinkedIn says it does, and switch it off here if you want to. Verify again to see its state in the list.</source>
        <translation>Esta es la página de LinkedIn para «{title}». El asistente no conoce este ajuste, así que ni lo lee ni lo cambia: lee lo que LinkedIn dice que hace y desactívalo aquí si quieres. Vuelve a comprobar para ver su estado en la lista.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Acerca de esta página</translation>
    </message>
    <message>
        <source>LinkedIn's page</source>
        <translation>Página de LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>PasskeyDialog</name>
    <message>
        <source>Sign in with a passkey or security key</source>
        <translation>Iniciar sesión con una llave de acceso o de seguridad</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Accounts on this key</source>
        <translation>Cuentas en esta llave</translation>
    </message>
    <message>
        <source>The security key's PIN</source>
        <translation>El PIN de la llave de seguridad</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Choose the account to sign in to {site} with:</source>
        <translation>Elija la cuenta con la que iniciar sesión en {site}:</translation>
    </message>
    <message>
        <source>Enter your security key's PIN.</source>
        <translation>Introduzca el PIN de su llave de seguridad.</translation>
    </message>
    <message>
        <source>That PIN was not right. Tries left: {n}.</source>
        <translation>Ese PIN no era correcto. Intentos restantes: {n}.</translation>
    </message>
    <message>
        <source>Touch your security key, or confirm with your device's passkey, to sign in to {site}.</source>
        <translation>Toque su llave de seguridad o confirme con la llave de acceso de su dispositivo para iniciar sesión en {site}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>You can sign in another way on the page instead: your password, or Google or Apple.</source>
        <translation>En su lugar, puede iniciar sesión de otra forma en la página: con su contraseña, o con Google o Apple.</translation>
    </message>
    <message>
        <source>The passkey or key did not answer in time.</source>
        <translation>La llave de acceso o la llave no respondió a tiempo.</translation>
    </message>
    <message>
        <source>This key is not registered for your account.</source>
        <translation>Esta llave no está registrada para su cuenta.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: take the key out and put it in again.</source>
        <translation>Demasiados PIN incorrectos: retire la llave y vuelva a insertarla.</translation>
    </message>
    <message>
        <source>The key is locked after too many wrong PINs.</source>
        <translation>La llave está bloqueada tras demasiados PIN incorrectos.</translation>
    </message>
    <message>
        <source>The sign-in was not confirmed on the key.</source>
        <translation>El inicio de sesión no se confirmó en la llave.</translation>
    </message>
    <message>
        <source>Signing in with a passkey did not work here.</source>
        <translation>Iniciar sesión con una llave de acceso no funcionó aquí.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice: a replica of LinkedIn on this computer. Any email and password work.</source>
        <translation>Práctica: una réplica de LinkedIn en este ordenador. Sirve cualquier correo y contraseña.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Modo de práctica</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Saves the check, with a picture of each switch, as a web page or a PDF.</source>
        <translation>Guarda la comprobación, con una imagen de cada interruptor, como página web o PDF.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Abrir el informe guardado</translation>
    </message>
    <message>
        <source>O&amp;pen report</source>
        <translation>A&amp;brir el informe</translation>
    </message>
    <message>
        <source>A report to keep</source>
        <translation>Un informe para guardar</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Mostrar en la car&amp;peta</translation>
    </message>
    <message>
        <source>Show the saved report in its folder</source>
        <translation>Mostrar el informe guardado en su carpeta</translation>
    </message>
    <message>
        <source>Changes since the last check</source>
        <translation>Cambios desde la última comprobación</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Comprobaciones anteriores</translation>
    </message>
    <message>
        <source>Changed since the last check:</source>
        <translation>Cambiado desde la última comprobación:</translation>
    </message>
    <message>
        <source>This is the first check kept on this computer.</source>
        <translation>Es la primera comprobación guardada en este equipo.</translation>
    </message>
    <message>
        <source>Web page, pictures included (*.html);;PDF document (*.pdf)</source>
        <translation>Página web con imágenes (*.html);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {why}</source>
        <translation>No se pudo guardar el informe en {path}: {why}</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Use a session &amp;remembered on this computer…</source>
        <translation>Usar una sesión &amp;recordada en este equipo…</translation>
    </message>
    <message>
        <source>Use a session remembered on this computer</source>
        <translation>Usar una sesión recordada en este equipo</translation>
    </message>
    <message>
        <source>Signs in with a session kept in your computer's password store by “Remember me”. Your computer may ask you to unlock it.</source>
        <translation>Inicia sesión con una sesión guardada por «Recordarme» en el almacén de contraseñas de tu ordenador. Tu ordenador puede pedirte que lo desbloquees.</translation>
    </message>
    <message>
        <source>Remembered sessions</source>
        <translation>Sesiones recordadas</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>No session is remembered on this computer for {site}.</source>
        <translation>No hay ninguna sesión recordada en este equipo para {site}.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>¿Qué cuenta?</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nombre no mostrado)</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Continuar como {name}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <source>That session is no longer remembered. Sign in below instead.</source>
        <translation>Esa sesión ya no está recordada. Inicia sesión abajo.</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>Iniciando sesión como {name}…</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Olvidando</translation>
    </message>
    <message>
        <source>The remembered session of {name} had expired; it was removed from the password store. Sign in below.</source>
        <translation>La sesión recordada de {name} había caducado; se quitó del almacén de contraseñas. Inicia sesión abajo.</translation>
    </message>
    <message>
        <source>The password store could not be read: {why} Sign in below instead.</source>
        <translation>No se pudo leer el almacén de contraseñas: {why} Inicia sesión abajo en su lugar.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Verificación necesaria</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Off — you are opted out</source>
        <translation>Desactivado: te has excluido</translation>
    </message>
    <message>
        <source>On — LinkedIn still uses your data for this</source>
        <translation>Activado: LinkedIn sigue usando tus datos para esto</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>No ofrecido</translation>
    </message>
    <message>
        <source>The switch was found by its label and read as off: you are opted out.</source>
        <translation>El interruptor se encontró por su etiqueta y se leyó como desactivado: te has excluido.</translation>
    </message>
    <message>
        <source>The switch was found and read as on: you are not opted out yet.</source>
        <translation>El interruptor se encontró y se leyó como activado: todavía no te has excluido.</translation>
    </message>
    <message>
        <source>LinkedIn sent the check to its sign-in page: the session had ended.</source>
        <translation>LinkedIn envió la comprobación a su página de inicio de sesión: la sesión había terminado.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check (a code or a puzzle) first.</source>
        <translation>LinkedIn pidió primero una verificación de seguridad (un código o un rompecabezas).</translation>
    </message>
    <message>
        <source>The page loaded but no switch matched: the page changed, or the setting is not offered for this account or region.</source>
        <translation>La página cargó, pero ningún interruptor coincidió: la página cambió o el ajuste no se ofrece para esta cuenta o región.</translation>
    </message>
    <message>
        <source>The page could not be checked (network, timeout, HTTP error or no browser).</source>
        <translation>No se pudo comprobar la página (red, tiempo de espera, error HTTP o sin navegador).</translation>
    </message>
    <message>
        <source>LinkedIn also lists a new setting, “{title}”, and it is on.</source>
        <translation>LinkedIn también muestra un ajuste nuevo, «{title}», y está activado.</translation>
    </message>
    <message>
        <source>LinkedIn also lists {n} new settings that are on.</source>
        <translation>LinkedIn también muestra {n} ajustes nuevos que están activados.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>La comprobación no pudo realizarse.</translation>
    </message>
    <message>
        <source>1 setting could not be checked.</source>
        <translation>No se pudo comprobar 1 ajuste.</translation>
    </message>
    <message>
        <source>{n} settings could not be checked.</source>
        <translation>No se pudieron comprobar {n} ajustes.</translation>
    </message>
    <message>
        <source>1 setting is still on.</source>
        <translation>1 ajuste sigue activado.</translation>
    </message>
    <message>
        <source>{n} settings are still on.</source>
        <translation>{n} ajustes siguen activados.</translation>
    </message>
    <message>
        <source>LinkedIn does not offer you any of these settings.</source>
        <translation>LinkedIn no te ofrece ninguno de estos ajustes.</translation>
    </message>
    <message>
        <source>Every setting offered to you is off; LinkedIn does not offer the rest.</source>
        <translation>Todos los ajustes que se te ofrecen están desactivados; LinkedIn no ofrece el resto.</translation>
    </message>
    <message>
        <source>All settings are off.</source>
        <translation>Todos los ajustes están desactivados.</translation>
    </message>
    <message>
        <source>Data Processing Objection: {word}. {sentence}</source>
        <translation>Oposición al tratamiento de datos: {word}. {sentence}</translation>
    </message>
    <message>
        <source>LinkedIn lists settings this app does not know yet:</source>
        <translation>LinkedIn muestra ajustes que esta aplicación aún no conoce:</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Qué hacer: {advice}</translation>
    </message>
    <message>
        <source>New since this check.</source>
        <translation>Nuevo desde esta comprobación.</translation>
    </message>
    <message>
        <source>Listed since {date}.</source>
        <translation>En la lista desde el {date}.</translation>
    </message>
    <message>
        <source>open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, and decide. The wizard does not know it, so it neither checks nor changes it.</source>
        <translation>ábrelo (en el asistente: Listo, «Nuevo en LinkedIn»), lee lo que LinkedIn dice que hace y decide. El asistente no lo conoce, así que ni lo comprueba ni lo cambia.</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn muestra un ajuste que esta aplicación aún no conoce: «{title}»: está en {state}.</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on.</source>
        <translation>LinkedIn añadió un ajuste que está activado.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>{title}: the switch as seen</source>
        <translation>{title}: el interruptor tal como se vio</translation>
    </message>
    <message>
        <source>Practice check on a replica site: this is not LinkedIn.</source>
        <translation>Comprobación de práctica en un sitio réplica: esto no es LinkedIn.</translation>
    </message>
    <message>
        <source>New on LinkedIn</source>
        <translation>Nuevo en LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn lists these settings, which this app does not know yet (it sees only what LinkedIn's lists show):</source>
        <translation>LinkedIn muestra estos ajustes, que esta aplicación aún no conoce (solo ve lo que muestran las listas de LinkedIn):</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Qué hacer: {advice}</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>Las listas de ajustes de LinkedIn no muestran ningún ajuste que esta aplicación no conozca.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Oposición al tratamiento de datos</translation>
    </message>
    <message>
        <source>LinkedIn's page said: “{said}”</source>
        <translation>La página de LinkedIn decía: «{said}»</translation>
    </message>
    <message>
        <source>A request to LinkedIn, not a switch: it is not counted among the settings above, and no check can read it again.</source>
        <translation>Una solicitud a LinkedIn, no un interruptor: no cuenta entre los ajustes de arriba y ninguna comprobación puede volver a leerla.</translation>
    </message>
    <message>
        <source>LinkedIn's confirmation of the objection</source>
        <translation>La confirmación de la oposición por parte de LinkedIn</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>(not shown on the page)</source>
        <translation>(no se muestra en la página)</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard {version}, {browser}</source>
        <translation>Asistente de exclusión de LinkedIn {version}, {browser}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check</source>
        <translation>Comprobación de exclusiones de LinkedIn</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>(this computer's time)</source>
        <translation>(hora de este equipo)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Comprobado con</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Lo que se vio</translation>
    </message>
    <message>
        <source>What each result means</source>
        <translation>Qué significa cada resultado</translation>
    </message>
    <message>
        <source>The pictures</source>
        <translation>Las imágenes</translation>
    </message>
    <message>
        <source>Only “{off}” means the switch was found and read as off. Anything the check could not see is never reported as “{off}”.</source>
        <translation>Solo «{off}» significa que el interruptor se encontró y se leyó como desactivado. Lo que la comprobación no pudo ver nunca se indica como «{off}».</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>{title}: result</source>
        <translation>{title}: resultado</translation>
    </message>
    <message>
        <source>{title}: checking</source>
        <translation>{title}: comprobando</translation>
    </message>
    <message>
        <source>{title}: picture of the switch</source>
        <translation>{title}: imagen del interruptor</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Fix this: {title}</source>
        <translation>Corregir: {title}</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Opening the page…</source>
        <translation>Abriendo la página…</translation>
    </message>
    <message>
        <source>Reading the switch…</source>
        <translation>Leyendo el interruptor…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Finish the security check</source>
        <translation>Completar la verificación de seguridad</translation>
    </message>
    <message>
        <source>Finish the security check in the wizard: {title}</source>
        <translation>Completar la verificación de seguridad en el asistente: {title}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The monthly check could not be set up: your system's scheduler does not answer here ({why}). Add a monthly reminder to your calendar instead, and check by hand.</source>
        <translation>No se pudo configurar la comprobación mensual: el programador de tareas de tu sistema no responde aquí ({why}). En su lugar, añade un recordatorio mensual a tu calendario y comprueba a mano.</translation>
    </message>
    <message>
        <source>Your system's scheduler does not answer here ({why}), so the monthly check cannot run. Add a monthly reminder to your calendar instead.</source>
        <translation>El programador de tareas de tu sistema no responde aquí ({why}), así que la comprobación mensual no puede realizarse. En su lugar, añade un recordatorio mensual a tu calendario.</translation>
    </message>
    <message>
        <source>The monthly check names a program that is no longer there ({program}), so it cannot run. Open the wizard from where it is now installed to set it up again.</source>
        <translation>La comprobación mensual indica un programa que ya no existe ({program}), así que no puede realizarse. Abre el asistente desde donde está instalado ahora para volver a configurarla.</translation>
    </message>
    <message>
        <source>The check runs again every month.</source>
        <translation>La comprobación se repite cada mes.</translation>
    </message>
    <message>
        <source>The check will run again every month.</source>
        <translation>La comprobación se repetirá cada mes.</translation>
    </message>
    <message>
        <source>The monthly check is removed.</source>
        <translation>Se eliminó la comprobación mensual.</translation>
    </message>
    <message>
        <source>the job is switched off</source>
        <translation>la tarea está desactivada</translation>
    </message>
    <message>
        <source>systemctl is not available</source>
        <translation>systemctl no está disponible</translation>
    </message>
    <message>
        <source>The check runs again at your next login.</source>
        <translation>La comprobación se repetirá en tu próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Check your LinkedIn opt-outs</source>
        <translation>Comprobar tus exclusiones de LinkedIn</translation>
    </message>
    <message>
        <source>Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: it checks that both settings are still off.</source>
        <translation>Abre el asistente de exclusión de LinkedIn (optout-wizard) y pulsa «Comprobar mis ajustes»: comprueba que ambos ajustes siguen desactivados.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>This screen's content</source>
        <translation>Contenido de esta pantalla</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>On LinkedIn's own page: the wizard never sees your password.</source>
        <translation>En la propia página de LinkedIn: el asistente nunca ve su contraseña.</translation>
    </message>
    <message>
        <source>Sign-in hint</source>
        <translation>Ayuda para iniciar sesión</translation>
    </message>
    <message>
        <source>Starting the browser that shows LinkedIn's sign-in page…</source>
        <translation>Iniciando el navegador que muestra la página de inicio de sesión de LinkedIn…</translation>
    </message>
    <message>
        <source>Starting the browser that shows the practice sign-in page…</source>
        <translation>Iniciando el navegador que muestra la página de inicio de sesión de práctica…</translation>
    </message>
    <message>
        <source>Finish signing in in the window that opened. It shows the address it is on: sign in only where you expect to.</source>
        <translation>Termine de iniciar sesión en la ventana que se abrió. Muestra su dirección: inicie sesión solo donde lo espera.</translation>
    </message>
    <message>
        <source>Ask LinkedIn for a link to set a password: type your email below. Open the link in the email, set a password, then sign in here with it.</source>
        <translation>Pide a LinkedIn un enlace para crear una contraseña: escribe tu correo abajo. Abre el enlace del correo, crea una contraseña y luego inicia sesión aquí con ella.</translation>
    </message>
    <message>
        <source>Sign in below with your LinkedIn email and password. No password? Choose “Forgot password” on the page: LinkedIn emails you a link to set one.</source>
        <translation>Inicia sesión abajo con tu correo y tu contraseña de LinkedIn. ¿No tienes contraseña? Elige «¿Has olvidado tu contraseña?» en la página: LinkedIn te envía un enlace para crear una.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it here.</source>
        <translation>LinkedIn quiere confirmar que eres tú: complétalo aquí.</translation>
    </message>
    <message>
        <source>LinkedIn asks you to approve this sign-in on your phone: open the LinkedIn app and tap Yes. The wizard goes on by itself once you have.</source>
        <translation>LinkedIn te pide que apruebes este inicio de sesión en tu teléfono: abre la app de LinkedIn y toca «Sí». El asistente seguirá solo cuando lo hayas hecho.</translation>
    </message>
    <message>
        <source>LinkedIn asks for the code from your authenticator app (two-step verification). Open the app, and type the code into the page below.</source>
        <translation>LinkedIn pide el código de su aplicación de autenticación (verificación en dos pasos). Abra la aplicación y escriba el código en la página de abajo.</translation>
    </message>
    <message>
        <source>LinkedIn sent a code by text message to your phone. Type it into the page below.</source>
        <translation>LinkedIn envió un código por SMS a su teléfono. Escríbalo en la página de abajo.</translation>
    </message>
    <message>
        <source>Sign in below, on the practice site's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Inicia sesión abajo, en la propia página del sitio de práctica. El asistente nunca ve tu contraseña. Continúa solo en cuanto hayas iniciado sesión.</translation>
    </message>
    <message>
        <source>Sign in below, on LinkedIn's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Inicia sesión abajo, en la propia página de LinkedIn. El asistente nunca ve tu contraseña. Continúa solo en cuanto hayas iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Switch state: {state}</source>
        <translation>Estado del interruptor: {state}</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>está aquí</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>por hacer</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Oposición</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Press Enter to see the picture whole.</source>
        <translation>Pulse Intro para ver la imagen entera.</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Haga clic para ampliar</translation>
    </message>
    <message>
        <source>{title}: {answer}.</source>
        <translation>{title}: {answer}.</translation>
    </message>
    <message>
        <source>Taken on {date} at {time}</source>
        <translation>Tomada el {date} a las {time}</translation>
    </message>
    <message>
        <source>, on {address}</source>
        <translation>, en {address}</translation>
    </message>
    <message>
        <source>Account: {account}.</source>
        <translation>Cuenta: {account}.</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Verify my settings</source>
        <translation>Comprobar mis ajustes</translation>
    </message>
    <message>
        <source>An independent check of each setting, with a picture as proof.</source>
        <translation>Una comprobación independiente de cada ajuste, con una imagen como prueba.</translation>
    </message>
    <message>
        <source>The check starts by itself: it opens each setting's page again, on its own, reads the switch, and keeps a picture of it as proof.</source>
        <translation>La comprobación empieza sola: vuelve a abrir la página de cada ajuste por su cuenta, lee el interruptor y guarda una imagen como prueba.</translation>
    </message>
    <message>
        <source>&amp;Verify my settings</source>
        <translation>Com&amp;probar mis ajustes</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>Ca&amp;ncelar comprobación</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <source>&amp;Install a browser for the check</source>
        <translation>&amp;Instalar un navegador para la comprobación</translation>
    </message>
    <message>
        <source>Install a browser for the check</source>
        <translation>Instalar un navegador para la comprobación</translation>
    </message>
    <message>
        <source>&amp;Sign in again and check again</source>
        <translation>Iniciar sesión de n&amp;uevo y volver a comprobar</translation>
    </message>
    <message>
        <source>Sign in again and check again</source>
        <translation>Iniciar sesión de nuevo y volver a comprobar</translation>
    </message>
    <message>
        <source>Browser download</source>
        <translation>Descarga del navegador</translation>
    </message>
    <message>
        <source>The check's progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Resumen de la comprobación</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>Iniciando la comprobación…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Checking {n} of {count}: {title}…</source>
        <translation>Comprobando {n} de {count}: {title}…</translation>
    </message>
    <message>
        <source>Starting the browser for the check…</source>
        <translation>Iniciando el navegador para la comprobación…</translation>
    </message>
    <message>
        <source>Reading LinkedIn's lists of settings, to notice any it added…</source>
        <translation>Leyendo las listas de ajustes de LinkedIn, para notar los que haya añadido…</translation>
    </message>
    <message>
        <source>Browser: {browser}</source>
        <translation>Navegador: {browser}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked. Press “Verify again” to start over.</source>
        <translation>Cancelado: no se comprobó nada. Pulsa «Volver a comprobar» para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Downloading a browser for the check (about 100 MB)…</source>
        <translation>Descargando un navegador para la comprobación (unos 100 MB)…</translation>
    </message>
    <message>
        <source>Press “Verify again”.</source>
        <translation>Pulsa «Volver a comprobar».</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <source>The check could not run: {why}</source>
        <translation>No se pudo ejecutar la comprobación: {why}</translation>
    </message>
</context>
<context>
    <name>WebSession</name>
    <message>
        <source>The page offered a file to download; the wizard does not download files.</source>
        <translation>La página ofrecía un archivo para descargar; el asistente no descarga archivos.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>What the later check found</source>
        <translation>Lo que encontró la comprobación posterior</translation>
    </message>
    <message>
        <source>LinkedIn uses your data to train AI and shares it for ads unless you switch this off. The wizard takes you to each switch, tells you when it is off, and checks again on its own, with a picture as proof.</source>
        <translation>LinkedIn usa tus datos para entrenar IA y los comparte para publicidad, salvo que lo desactives. El asistente te lleva a cada interruptor, te dice cuándo está desactivado y vuelve a comprobarlo por su cuenta, con una imagen como prueba.</translation>
    </message>
    <message>
        <source>What the wizard is for</source>
        <translation>Para qué sirve el asistente</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into LinkedIn's own page.</source>
        <translation>Nunca ve tu contraseña: la escribes en la propia página de LinkedIn.</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into the practice page.</source>
        <translation>Nunca ve tu contraseña: la escribes en la página de práctica.</translation>
    </message>
    <message>
        <source>It keeps nothing, unless you ask it to remember you; then only in your computer's password store (its keyring).</source>
        <translation>No guarda nada, salvo que le pidas que te recuerde; entonces solo en el almacén de contraseñas de tu ordenador (su llavero).</translation>
    </message>
    <message>
        <source>It checks each setting again on its own and keeps a picture as proof.</source>
        <translation>Vuelve a comprobar cada ajuste por su cuenta y guarda una imagen como prueba.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Más opciones</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <source>The privacy signal, related settings you can add, and LinkedIn's objection form.</source>
        <translation>La señal de privacidad, los ajustes relacionados que puedes añadir y el formulario de oposición de LinkedIn.</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my &amp;data</source>
        <translation>Pedir también a LinkedIn que no comparta ni venda mis &amp;datos</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my data</source>
        <translation>Pedir también a LinkedIn que no comparta ni venda mis datos</translation>
    </message>
    <message>
        <source>The wizard's browser sends the standard privacy signal for this (Global Privacy Control). LinkedIn says it opts members in the US out of data sharing. It is never taken as proof: every switch is still read.</source>
        <translation>El navegador del asistente envía para ello la señal de privacidad estándar (Global Privacy Control). LinkedIn dice que con ella excluye a los miembros de EE. UU. del intercambio de datos. Nunca se toma como prueba: cada interruptor se lee igualmente.</translation>
    </message>
    <message>
        <source>While the wizard was closed: {what}</source>
        <translation>Mientras el asistente estaba cerrado: {what}</translation>
    </message>
    <message>
        <source>Switch off {count} LinkedIn settings, and prove they stay off</source>
        <translation>Desactiva {count} ajustes de LinkedIn y demuestra que siguen desactivados</translation>
    </message>
    <message>
        <source>About {minutes} minutes. You stay in charge of every change.</source>
        <translation>Unos {minutes} minutos. Tú decides cada cambio.</translation>
    </message>
    <message>
        <source>Related settings you may add (optional; each adds a step of about two minutes)</source>
        <translation>Ajustes relacionados que puedes añadir (opcional; cada uno añade un paso de unos dos minutos)</translation>
    </message>
    <message>
        <source>Also &amp;object to LinkedIn's other uses of my data for AI</source>
        <translation>&amp;Oponerme también a los demás usos de mis datos para IA por parte de LinkedIn</translation>
    </message>
    <message>
        <source>Also object to LinkedIn's other uses of my data for AI</source>
        <translation>Oponerme también a los demás usos de mis datos para IA por parte de LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn decides; it answers by e-mail.</source>
        <translation>LinkedIn decide; responde por correo electrónico.</translation>
    </message>
    <message>
        <source>After the check, the wizard shows LinkedIn's Data Processing Objection form, with a text you can copy; you fill it in and send it yourself, and the wizard keeps LinkedIn's confirmation as proof.</source>
        <translation>Después de la comprobación, el asistente muestra el formulario de oposición al tratamiento de datos de LinkedIn, con un texto que puedes copiar; tú lo rellenas y lo envías, y el asistente guarda la confirmación de LinkedIn como prueba.</translation>
    </message>
    <message>
        <source>Beyond the switches</source>
        <translation>Más allá de los interruptores</translation>
    </message>
    <message>
        <source>Also switch off: {title}</source>
        <translation>Desactivar también: {title}</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>Lo que pierdes: {loses}</translation>
    </message>
    <message>
        <source>The wizard's shield</source>
        <translation>El escudo del asistente</translation>
    </message>
</context>
</TS>
