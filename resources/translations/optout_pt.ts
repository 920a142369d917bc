<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the LinkedIn opt-out wizard</source>
        <translation>Sobre o assistente de exclusão do LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Assistente de exclusão do LinkedIn</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>An independent tool: it is not made, endorsed or supported by LinkedIn or Microsoft.</source>
        <translation>Uma ferramenta independente: não é feita, endossada nem apoiada pelo LinkedIn ou pela Microsoft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It never sees your password and keeps nothing unless you ask, and then only in your computer's password store.&lt;/p&gt;&lt;p&gt;Free software: you may use, study, share and change it under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;List of settings: version {catalog}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ele nunca vê sua senha e não guarda nada, a menos que você peça, e então só no cofre de senhas do seu computador.&lt;/p&gt;&lt;p&gt;Software livre: você pode usá-lo, estudá-lo, compartilhá-lo e modificá-lo sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;&lt;p&gt;Lista de configurações: versão {catalog}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Sobre este aplicativo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Help: open the guide in your web browser</source>
        <translation>Ajuda: abrir o guia no seu navegador</translation>
    </message>
    <message>
        <source>&amp;Source code</source>
        <translation>Código-&amp;fonte</translation>
    </message>
    <message>
        <source>Source code: open the project's page in your web browser</source>
        <translation>Código-fonte: abrir a página do projeto no seu navegador</translation>
    </message>
    <message>
        <source>&amp;Check for a newer list of settings</source>
        <translation>&amp;Procurar uma lista de configurações mais recente</translation>
    </message>
    <message>
        <source>Check for a newer list of settings</source>
        <translation>Procurar uma lista de configurações mais recente</translation>
    </message>
    <message>
        <source>Update of the list of settings</source>
        <translation>Atualização da lista de configurações</translation>
    </message>
    <message>
        <source>Checking for a newer list of settings…</source>
        <translation>Procurando uma lista de configurações mais recente…</translation>
    </message>
    <message>
        <source>List of settings {version} is installed. Restart the wizard to use it.</source>
        <translation>A lista de configurações {version} está instalada. Reinicie o assistente para usá-la.</translation>
    </message>
    <message>
        <source>{why} The list of settings in use stays.</source>
        <translation>{why} A lista de configurações em uso permanece.</translation>
    </message>
</context>
<context>
    <name>BrowserInstaller</name>
    <message>
        <source>The browser for the check is installed.</source>
        <translation>O navegador para a verificação está instalado.</translation>
    </message>
    <message>
        <source>The browser could not be installed{detail}. Check your internet connection, or install Google Chrome or Chromium.</source>
        <translation>Não foi possível instalar o navegador{detail}. Verifique sua conexão com a internet ou instale o Google Chrome ou o Chromium.</translation>
    </message>
    <message>
        <source>The installer could not start.</source>
        <translation>Não foi possível iniciar o instalador.</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>LinkedIn page</source>
        <translation>Página do LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's own page, shown inside the wizard. The wizard never reads your password.</source>
        <translation>A própria página do LinkedIn, mostrada dentro do assistente. O assistente nunca lê sua senha.</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Carregando a página</translation>
    </message>
    <message>
        <source>Note about the page</source>
        <translation>Observação sobre a página</translation>
    </message>
    <message>
        <source>Page problem</source>
        <translation>Problema na página</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>Carregar a página novamente</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erro de rede</translation>
    </message>
    <message>
        <source>The page could not be loaded ({why}).</source>
        <translation>Não foi possível carregar a página ({why}).</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {code}).</source>
        <translation>O LinkedIn respondeu com um erro (HTTP {code}).</translation>
    </message>
    <message>
        <source>LinkedIn is taking too long to answer.</source>
        <translation>O LinkedIn está demorando demais para responder.</translation>
    </message>
    <message>
        <source>The page stopped working.</source>
        <translation>A página parou de funcionar.</translation>
    </message>
    <message>
        <source>Check your internet connection, then press Retry.</source>
        <translation>Verifique sua conexão com a internet e clique em “Tentar novamente”.</translation>
    </message>
    <message>
        <source>That link leads away from {site}: it was opened in your web browser ({where}).</source>
        <translation>Esse link leva para fora de {site}: ele foi aberto no seu navegador ({where}).</translation>
    </message>
</context>
<context>
    <name>Browsers</name>
    <message>
        <source>The browser for the check could not start its sandbox (the wall that keeps web pages away from the rest of your computer), so nothing was checked; the app never runs a browser without it. This happens in containers and chroots, and on Ubuntu 24.04 or later when the app was not installed from its .deb package, which allows the sandbox. Install the app from its package, or run it on the computer itself rather than in a container.</source>
        <translation>O navegador da verificação não conseguiu iniciar a sua sandbox (a parede que mantém as páginas web afastadas do resto do computador), por isso nada foi verificado; a aplicação nunca usa um navegador sem ela. Isto acontece em contentores e chroots, e no Ubuntu 24.04 ou posterior quando a aplicação não foi instalada a partir do seu pacote .deb, que permite a sandbox. Instale a aplicação a partir do pacote, ou execute-a no próprio computador e não num contentor.</translation>
    </message>
    <message>
        <source>The browser for the check ({browser}) did not start within {seconds} seconds, so nothing was checked. Close programs you do not need and check again; if it keeps happening, restart the computer.</source>
        <translation>O navegador da verificação ({browser}) não iniciou em {seconds} segundos, então nada foi verificado. Feche os programas de que não precisa e verifique de novo; se continuar acontecendo, reinicie o computador.</translation>
    </message>
    <message>
        <source>No browser for the check was found. Install Chromium's headless shell (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or Chromium, or let the app download one (in the app: Verify → Install a browser for the check; in a terminal: optout-wizard install-browser), or set OPTOUT_BROWSER to a Chromium-family browser's program file.</source>
        <translation>Nenhum navegador para a verificação foi encontrado. Instale o shell headless do Chromium (Debian/Ubuntu: sudo apt install chromium-headless-shell), o Google Chrome, o Microsoft Edge ou o Chromium, deixe o aplicativo baixar um (no aplicativo: Verificar → Instalar um navegador para a verificação; em um terminal: optout-wizard install-browser) ou defina OPTOUT_BROWSER com o programa de um navegador da família Chromium.</translation>
    </message>
    <message>
        <source>{name} is set to {path}, but there is no such file.</source>
        <translation>{name} está definido como {path}, mas esse arquivo não existe.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Updates to the list of settings come over https only, not from {url}.</source>
        <translation>As atualizações da lista de configurações chegam só por https, não de {url}.</translation>
    </message>
    <message>
        <source>The newer list of settings could not be fetched ({why}).</source>
        <translation>Não foi possível baixar a lista de configurações mais recente ({why}).</translation>
    </message>
    <message>
        <source>The fetched list of settings is too large.</source>
        <translation>A lista de configurações baixada é grande demais.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not signed with the project's key: it was not used.</source>
        <translation>A lista de configurações baixada não está assinada com a chave do projeto: ela não foi usada.</translation>
    </message>
    <message>
        <source>The fetched list of settings is not valid: {why}</source>
        <translation>A lista de configurações baixada não é válida: {why}</translation>
    </message>
    <message>
        <source>The fetched list of settings ({new}) is not newer than the one in use ({old}).</source>
        <translation>A lista de configurações baixada ({new}) não é mais recente que a em uso ({old}).</translation>
    </message>
    <message>
        <source>The list of settings could not be stored in {folder}: {why}.</source>
        <translation>Não foi possível guardar a lista de configurações em {folder}: {why}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The page could not be read (the check returned nothing).</source>
        <translation>Não foi possível ler a página (a verificação não retornou nada).</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again: the session has ended. Sign in, then check again.</source>
        <translation>O LinkedIn pediu para entrar novamente: a sessão terminou. Entre e verifique de novo.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you (a code or a puzzle). Open the wizard and finish it there, then check again.</source>
        <translation>O LinkedIn quer confirmar que é você (um código ou um quebra-cabeça). Abra o assistente, conclua lá e verifique de novo.</translation>
    </message>
    <message>
        <source>The only switch on this setting's own page is off. It carries no name that says which setting it is, so this is the weakest kind of match: look at the picture to be sure.</source>
        <translation>O único interruptor na página própria desta configuração está desativado. Ele não traz nenhum nome que diga qual configuração é, então esta é a correspondência mais fraca: veja a imagem para ter certeza.</translation>
    </message>
    <message>
        <source>The switch “{label}” is off.</source>
        <translation>A opção “{label}” está desativada.</translation>
    </message>
    <message>
        <source>The switch “{label}” is on: LinkedIn still uses your data for this. Switch it off, then check again.</source>
        <translation>A opção “{label}” está ativada: o LinkedIn ainda usa seus dados para isso. Desative-a e verifique de novo.</translation>
    </message>
    <message>
        <source>Found the switch “{label}” but could not tell whether it is on or off. Open the page and look at it yourself.</source>
        <translation>A opção “{label}” foi encontrada, mas não foi possível saber se está ativada ou não. Abra a página e confira você mesmo.</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region, so there is nothing to switch off here.</source>
        <translation>O LinkedIn informa que esta configuração não é oferecida para sua conta ou região, então não há nada para desativar aqui.</translation>
    </message>
    <message>
        <source>LinkedIn's page was still loading after {seconds} seconds, so nothing was read. Check again in a moment.</source>
        <translation>A página do LinkedIn ainda estava carregando após {seconds} segundos, então nada foi lido. Verifique de novo em instantes.</translation>
    </message>
    <message>
        <source>The page finished loading and has no such switch: LinkedIn may have moved it. Check by hand through the menus: {route}.</source>
        <translation>A página terminou de carregar e não tem essa opção: o LinkedIn pode tê-la movido. Verifique manualmente pelos menus: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn words it a little differently from what the wizard knows.</source>
        <translation>O LinkedIn o descreve de forma um pouco diferente do que o assistente conhece.</translation>
    </message>
    <message>
        <source>The switch has no name of its own: it was recognised by its description.</source>
        <translation>O botão não tem nome próprio: foi reconhecido pela sua descrição.</translation>
    </message>
    <message>
        <source>The page has finished, but its switch has no name at all, so the wizard cannot tell which setting it is. Open the page and look at it yourself.</source>
        <translation>A página terminou de carregar, mas o botão não tem nome nenhum, por isso o assistente não sabe qual configuração é. Abra a página e veja você mesmo.</translation>
    </message>
    <message>
        <source>the switch was still greyed out</source>
        <translation>o interruptor ainda estava acinzentado</translation>
    </message>
    <message>
        <source>the page still showed it as loading</source>
        <translation>a página ainda o mostrava carregando</translation>
    </message>
    <message>
        <source>the switch was not shown yet</source>
        <translation>o interruptor ainda não era exibido</translation>
    </message>
    <message>
        <source>it was still changing</source>
        <translation>ainda estava mudando</translation>
    </message>
    <message>
        <source>The page did not finish loading: {why}. Nothing was read as on or off; check again in a moment.</source>
        <translation>A página não terminou de carregar: {why}. Nada foi lido como ativado ou desativado; verifique novamente em um instante.</translation>
    </message>
    <message>
        <source>No LinkedIn session: sign in first, then check.</source>
        <translation>Nenhuma sessão do LinkedIn: entre primeiro e depois verifique.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>O LinkedIn não respondeu em {seconds} segundos. Verifique sua conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings: the browser did not answer in time.</source>
        <translation>Não foi possível listar as definições do LinkedIn: o navegador não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings at {url}: {why}</source>
        <translation>Não foi possível listar as configurações do LinkedIn em {url}: {why}</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}).</source>
        <translation>O LinkedIn respondeu com um erro (HTTP {status}).</translation>
    </message>
    <message>
        <source>the page gave no answer.</source>
        <translation>a página não deu resposta.</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again.</source>
        <translation>O LinkedIn pediu para entrar novamente.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check.</source>
        <translation>O LinkedIn pediu uma verificação de segurança.</translation>
    </message>
    <message>
        <source>the page was still loading when time was up.</source>
        <translation>a página ainda estava carregando quando o tempo acabou.</translation>
    </message>
    <message>
        <source>The setting's page is gone (HTTP {status}). LinkedIn may have moved it: check by hand through the menus: {route}.</source>
        <translation>A página da configuração não existe mais (HTTP {status}). O LinkedIn pode tê-la movido: verifique manualmente pelos menus: {route}.</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}). Try again later.</source>
        <translation>O LinkedIn respondeu com um erro (HTTP {status}). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Something on the page (such as a cookie notice) covered the switch; it was set aside for the picture.</source>
        <translation>Algo na página (como um aviso de cookies) cobria o interruptor; foi afastado para a imagem.</translation>
    </message>
    <message>
        <source>The picture {path} could not be saved: {why}.</source>
        <translation>Não foi possível guardar a imagem {path}: {why}.</translation>
    </message>
    <message>
        <source>The browser for the check stopped working, so nothing more was checked. Check again.</source>
        <translation>O navegador da verificação parou de funcionar, então nada mais foi verificado. Verifique de novo.</translation>
    </message>
    <message>
        <source>LinkedIn ended the session when the check opened the page. Sign in again, then check again.</source>
        <translation>O LinkedIn encerrou a sessão quando a verificação abriu a página. Entre novamente e verifique de novo.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>a conexão foi recusada</translation>
    </message>
    <message>
        <source>its name could not be looked up</source>
        <translation>não foi possível resolver o nome</translation>
    </message>
    <message>
        <source>this computer is offline</source>
        <translation>este computador está off-line</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>a conexão foi interrompida</translation>
    </message>
    <message>
        <source>the network changed while it loaded</source>
        <translation>a rede mudou durante o carregamento</translation>
    </message>
    <message>
        <source>it could not be reached from here</source>
        <translation>não pode ser alcançado daqui</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>não respondeu a tempo</translation>
    </message>
    <message>
        <source>its security certificate was not valid</source>
        <translation>o certificado de segurança não era válido</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>não foi possível estabelecer uma conexão segura</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>o proxy recusou a conexão</translation>
    </message>
    <message>
        <source>{host} kept sending the browser from one address to another, and the page never opened. Try again later; if it keeps happening, sign in again in the wizard.</source>
        <translation>{host} ficou enviando o navegador de um endereço para outro, e a página nunca abriu. Tente de novo mais tarde; se continuar acontecendo, entre de novo no assistente.</translation>
    </message>
    <message>
        <source>Could not reach {host}: {why}. Check your internet connection and try again.</source>
        <translation>Não foi possível acessar {host}: {why}. Verifique sua conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <source>Could not open the page on {host} (the browser said {code}). Check your internet connection and try again.</source>
        <translation>Não foi possível abrir a página em {host} (o navegador indicou {code}). Verifique sua conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your internet connection and try again.</source>
        <translation>{host} não respondeu a tempo. Verifique sua conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <source>The browser for the check stopped answering before the setting was read. Check again.</source>
        <translation>O navegador da verificação parou de responder antes de a configuração ser lida. Verifique de novo.</translation>
    </message>
    <message>
        <source>The browser page crashed while reading the setting. Check again.</source>
        <translation>A página do navegador travou ao ler a configuração. Verifique de novo.</translation>
    </message>
    <message>
        <source>The browser closed before the setting could be read. Check again.</source>
        <translation>O navegador fechou antes que a configuração pudesse ser lida. Verifique de novo.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Mostrar os detalhes</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>What was done, your proof, and what comes next.</source>
        <translation>O que foi feito, a sua prova e o que vem a seguir.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>LinkedIn can turn such switches back on or add new ones: run the wizard again now and then to check.</source>
        <translation>O LinkedIn pode reativar essas opções ou adicionar novas: execute o assistente de vez em quando para verificar.</translation>
    </message>
    <message>
        <source>Changes to ad settings may take LinkedIn up to 24 hours to apply.</source>
        <translation>O LinkedIn pode levar até 24 horas para aplicar mudanças nas configurações de anúncios.</translation>
    </message>
    <message>
        <source>The switch covers AI that &lt;i&gt;creates content&lt;/i&gt;. For LinkedIn's other uses of your data for AI, you can object with LinkedIn's &lt;a href="{url}"&gt;Data Processing Objection form&lt;/a&gt;.</source>
        <translation>A opção abrange a IA que &lt;i&gt;cria conteúdo&lt;/i&gt;. Para os outros usos dos seus dados para IA pelo LinkedIn, você pode se opor com o &lt;a href="{url}"&gt;formulário de objeção ao processamento de dados&lt;/a&gt; do LinkedIn.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <source>Accounts done earlier in this run</source>
        <translation>Contas já feitas nesta sessão</translation>
    </message>
    <message>
        <source>Do this for &amp;another account</source>
        <translation>Fazer o mesmo para &amp;outra conta</translation>
    </message>
    <message>
        <source>Do this for another account</source>
        <translation>Fazer o mesmo para outra conta</translation>
    </message>
    <message>
        <source>Starts again with a fresh browser profile, to sign in with another LinkedIn account. The results of this account stay on this screen.</source>
        <translation>Recomeça com um perfil de navegador novo, para entrar com outra conta do LinkedIn. Os resultados desta conta ficam nesta tela.</translation>
    </message>
    <message>
        <source>Your proof</source>
        <translation>Sua prova</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>(you skipped this step)</source>
        <translation>(você pulou esta etapa)</translation>
    </message>
    <message>
        <source>Every setting LinkedIn offers you is off, and the check confirmed it.</source>
        <translation>Todas as configurações que o LinkedIn oferece a você estão desativadas, e a verificação confirmou.</translation>
    </message>
    <message>
        <source>Every setting is off, and the check confirmed it.</source>
        <translation>Todas as configurações estão desativadas, e a verificação confirmou.</translation>
    </message>
    <message>
        <source>Send an ob&amp;jection…</source>
        <translation>Enviar uma o&amp;posição…</translation>
    </message>
    <message>
        <source>Send it a&amp;gain…</source>
        <translation>Envia&amp;r de novo…</translation>
    </message>
    <message>
        <source>Not everything is off yet: see below, or go Back and press “Fix this”.</source>
        <translation>Nem tudo está desativado ainda: veja abaixo ou volte e clique em “Corrigir”.</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Conta: {name}</translation>
    </message>
    <message>
        <source>{title}: {state}, the picture</source>
        <translation>{title}: {state}, a imagem</translation>
    </message>
    <message>
        <source>the account signed in</source>
        <translation>a conta conectada</translation>
    </message>
    <message>
        <source>Read on {where} on {when}, for {whose}.</source>
        <translation>Lido em {where} em {when}, para {whose}.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Oposição ao tratamento de dados</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Imagem da confirmação do LinkedIn</translation>
    </message>
    <message>
        <source>Opens LinkedIn's Data Processing Objection form in the wizard.</source>
        <translation>Abre no assistente o formulário de oposição ao tratamento de dados do LinkedIn.</translation>
    </message>
    <message>
        <source>The switch covers only AI that creates content. For LinkedIn's other uses of your data for AI you can object with LinkedIn's form; the wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn decides; it answers by e-mail.</source>
        <translation>O botão cobre apenas a IA que cria conteúdo. Para os outros usos dos seus dados para IA pelo LinkedIn, você pode se opor com o formulário do LinkedIn; o assistente o mostra e guarda a confirmação do LinkedIn como prova. O LinkedIn decide; responde por e-mail.</translation>
    </message>
    <message>
        <source>It was sent over a year ago. LinkedIn's uses of data change: you may send it again.</source>
        <translation>Ela foi enviada há mais de um ano. O LinkedIn muda os usos dos dados: você pode enviá-la de novo.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nome não exibido)</translation>
    </message>
    <message>
        <source>Save its report…</source>
        <translation>Salvar o relatório…</translation>
    </message>
    <message>
        <source>Done earlier in this run</source>
        <translation>Já feito nesta sessão</translation>
    </message>
</context>
<context>
    <name>GuardedPage</name>
    <message>
        <source>The page's link to {where} was not opened: the wizard opens only web (https) and e-mail links.</source>
        <translation>O link da página para {where} não foi aberto: o assistente abre apenas links da web (https) e de e-mail.</translation>
    </message>
    <message>
        <source>This sign-in page is not secure (no https), so the wizard does not open it: {host}. Sign in another way.</source>
        <translation>Esta página de login não é segura (sem https), por isso o assistente não a abre: {host}. Entre de outra forma.</translation>
    </message>
    <message>
        <source>The page tried to open {where}; it was stopped.</source>
        <translation>A página tentou abrir {where}; isso foi impedido.</translation>
    </message>
    <message>
        <source>The page tried to open a new window; the wizard keeps to one.</source>
        <translation>A página tentou abrir uma nova janela; o assistente usa apenas uma.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{symbol} {summary} Checked just now.</source>
        <translation>{symbol} {summary} Verificado agora mesmo.</translation>
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
        <translation>{title}: estava {before} em {date}, agora {after}</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {why}.</source>
        <translation>Não foi possível ler o arquivo de histórico {path}: {why}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read or moved: {why}.</source>
        <translation>Não foi possível ler nem mover o arquivo de histórico {path}: {why}.</translation>
    </message>
    <message>
        <source>Some lines of the history file were damaged; they were kept as {name} and the rest of the history was kept.</source>
        <translation>Algumas linhas do arquivo de histórico estavam danificadas; foram guardadas como {name} e o restante do histórico foi mantido.</translation>
    </message>
    <message>
        <source>The result could not be added to the history: {why}</source>
        <translation>Não foi possível adicionar o resultado ao histórico: {why}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The sign-in page tried to open yet another window.</source>
        <translation>A página de início de sessão tentou abrir mais uma janela.</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Endereço da página de início de sessão</translation>
    </message>
    <message>
        <source>About this sign-in page</source>
        <translation>Sobre esta página de início de sessão</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Página de início de sessão</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in this way</source>
        <translation>Cancelar esta forma de iniciar sessão</translation>
    </message>
    <message>
        <source>This sign-in service refused the wizard</source>
        <translation>Este serviço de login recusou o assistente</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn &amp;password</source>
        <translation>Entrar com minha &amp;senha do LinkedIn</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn password</source>
        <translation>Entrar com minha senha do LinkedIn</translation>
    </message>
    <message>
        <source>I have no password: &amp;set one…</source>
        <translation>Não tenho senha: &amp;definir uma…</translation>
    </message>
    <message>
        <source>I have no LinkedIn password: ask LinkedIn for a link to set one</source>
        <translation>Não tenho senha do LinkedIn: pedir ao LinkedIn um link para definir uma</translation>
    </message>
    <message>
        <source>This sign-in service</source>
        <translation>Este serviço de login</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host} will not sign you in here.&lt;/b&gt; It refuses browsers that are built into other apps, as this window is. You have not done anything wrong.</source>
        <translation>&lt;b&gt;{host} não vai fazer seu login aqui.&lt;/b&gt; Ele recusa navegadores embutidos em outros apps, como esta janela. Você não fez nada de errado.</translation>
    </message>
    <message>
        <source>What works instead:</source>
        <translation>O que funciona no lugar:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your LinkedIn email and password&lt;/b&gt;, on LinkedIn's page in the wizard.</source>
        <translation>&lt;b&gt;Seu e-mail e sua senha do LinkedIn&lt;/b&gt;, na página do LinkedIn no assistente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No LinkedIn password?&lt;/b&gt; If you always signed in with Google, LinkedIn can email you a link to set one (“Forgot password”).</source>
        <translation>&lt;b&gt;Não tem senha do LinkedIn?&lt;/b&gt; Se você sempre entrou com o Google, o LinkedIn pode enviar por e-mail um link para definir uma (“Esqueceu a senha?”).</translation>
    </message>
    <message>
        <source>&lt;b&gt;A passkey&lt;/b&gt;, if you made one for LinkedIn.</source>
        <translation>&lt;b&gt;Uma chave de acesso&lt;/b&gt;, se você criou uma para o LinkedIn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another way&lt;/b&gt; LinkedIn offers, such as Apple or Microsoft.</source>
        <translation>&lt;b&gt;Outra forma&lt;/b&gt; que o LinkedIn oferece, como Apple ou Microsoft.</translation>
    </message>
    <message>
        <source>{host} is not a sign-in service the wizard knows. Go on only if you expected it, for example your company's own sign-in page.</source>
        <translation>{host} não é um serviço de início de sessão que o assistente conheça. Continue só se o esperava, por exemplo a página de início de sessão da sua empresa.</translation>
    </message>
    <message>
        <source>{host}, over a secure connection</source>
        <translation>{host}, por uma conexão segura</translation>
    </message>
    <message>
        <source>{host}, not secure</source>
        <translation>{host}, não segura</translation>
    </message>
    <message>
        <source>Address of the sign-in page: {address}</source>
        <translation>Endereço da página de login: {address}</translation>
    </message>
    <message>
        <source>Sign-in page at {host}</source>
        <translation>Página de login em {host}</translation>
    </message>
    <message>
        <source>Not secure: {host} was not opened, because it does not use an encrypted connection (https). Cancel, and sign in another way.</source>
        <translation>Não seguro: {host} não foi aberto porque não usa uma ligação encriptada (https). Cancele e inicie sessão de outra forma.</translation>
    </message>
    <message>
        <source>This is {site}'s answer to the sign-in. Read it, then close this window to go on signing in.</source>
        <translation>Esta é a resposta de {site} ao login. Leia e feche esta janela para continuar entrando.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>F&amp;echar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fechar esta janela</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, the Keychain on macOS, or Windows Credential Manager.</source>
        <translation>Configure o cofre de senhas do seu computador: GNOME Keyring ou KDE Wallet no Linux, as Chaves no macOS ou o Gerenciador de Credenciais do Windows.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nada foi armazenado.</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Nada foi lido.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nada foi excluído.</translation>
    </message>
    <message>
        <source>Your computer's password store could not be opened.</source>
        <translation>Não foi possível abrir o cofre de senhas do seu computador.</translation>
    </message>
    <message>
        <source>No password store on this computer keeps secrets safely.</source>
        <translation>Nenhum cofre de senhas deste computador guarda segredos com segurança.</translation>
    </message>
    <message>
        <source>The password store in use does not keep secrets safely.</source>
        <translation>O cofre de senhas em uso não guarda segredos com segurança.</translation>
    </message>
    <message>
        <source>Your password store is locked and was not unlocked.</source>
        <translation>Seu cofre de senhas está bloqueado e não foi desbloqueado.</translation>
    </message>
    <message>
        <source>This computer has no password store in use.</source>
        <translation>Este computador não tem nenhum cofre de senhas em uso.</translation>
    </message>
    <message>
        <source>Your password store refused.</source>
        <translation>Seu cofre de senhas recusou.</translation>
    </message>
    <message>
        <source>The session remembered for {name} is damaged: sign in again (in the wizard, with “Remember me”, or: optout-wizard verify --sign-in --remember).</source>
        <translation>A sessão lembrada de {name} está danificada: entre de novo (no assistente, com “Lembrar de mim”, ou: optout-wizard verify --sign-in --remember).</translation>
    </message>
    <message>
        <source>The app's data folder could not be used to keep the list of accounts in order ({why}).</source>
        <translation>Não foi possível usar a pasta de dados do app para manter a lista de contas em ordem ({why}).</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store is damaged, and this password store cannot be searched to make it again. Sign in again with “Remember me” for each account.</source>
        <translation>A lista de contas lembradas no seu cofre de senhas está danificada, e não é possível pesquisar neste armazenamento para refazê-la. Entre de novo com “Lembrar de mim” em cada conta.</translation>
    </message>
    <message>
        <source>This password store cannot be searched, so the app cannot find every entry it wrote. Forget each site's sessions instead (optout-wizard forget).</source>
        <translation>Não é possível pesquisar neste cofre de senhas, então o app não consegue encontrar todas as entradas que gravou. Esqueça as sessões de cada site (optout-wizard forget).</translation>
    </message>
    <message>
        <source>{doing}… (your computer may ask you to unlock its password store)</source>
        <translation>{doing}… (seu computador pode pedir para desbloquear o cofre de senhas)</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nome não exibido)</translation>
    </message>
</context>
<context>
    <name>Later</name>
    <message>
        <source>Unlock it (it unlocks when you log in) and the check runs again at your next login.</source>
        <translation>Desbloqueie-o (ele é desbloqueado quando você entra no computador) e a verificação roda de novo no seu próximo login.</translation>
    </message>
    <message>
        <source>Unlock it (it unlocks when you log in), then check again.</source>
        <translation>Desbloqueie-o (ele é desbloqueado quando você entra no computador) e verifique de novo.</translation>
    </message>
    <message>
        <source>Your keyring is locked: the remembered session in your computer's password store could not be read, so nothing was checked.</source>
        <translation>Seu chaveiro está bloqueado: a sessão lembrada no cofre de senhas do computador não pôde ser lida, então nada foi verificado.</translation>
    </message>
    <message>
        <source>No password store the app can use was found on this computer, so no remembered session could be read and nothing was checked. {get_one} Then sign in once in the wizard with “Remember me”.</source>
        <translation>Nenhum cofre de senhas que o app possa usar foi encontrado neste computador, então nenhuma sessão lembrada pôde ser lida e nada foi verificado. {get_one} Depois entre uma vez no assistente com “Lembrar de mim”.</translation>
    </message>
    <message>
        <source>Could not read the remembered sessions: {why}</source>
        <translation>Não foi possível ler as sessões lembradas: {why}</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store was damaged; it was made again from the sessions the store holds.</source>
        <translation>A lista de contas lembradas no seu cofre de senhas estava danificada; ela foi refeita a partir das sessões que ele guarda.</translation>
    </message>
    <message>
        <source>What this check found could not be kept for the wizard: {why}</source>
        <translation>O que esta verificação encontrou não pôde ser guardado para o assistente: {why}</translation>
    </message>
</context>
<context>
    <name>LaterChecks</name>
    <message>
        <source>Later checks</source>
        <translation>Verificações futuras</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer, for later checks</source>
        <translation>&amp;Lembrar de mim neste computador para verificações futuras</translation>
    </message>
    <message>
        <source>Remember me on this computer, for later checks</source>
        <translation>Lembrar de mim neste computador para verificações futuras</translation>
    </message>
    <message>
        <source>From a terminal, the same check: optout-wizard verify</source>
        <translation>A mesma verificação num terminal: optout-wizard verify</translation>
    </message>
    <message>
        <source>F&amp;orget me</source>
        <translation>&amp;Esquecer-me</translation>
    </message>
    <message>
        <source>Forget me: delete the remembered session</source>
        <translation>Esquecer-me: excluir a sessão lembrada</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session, never your password, in your computer's password store.</source>
        <translation>Guarda sua sessão do LinkedIn, nunca sua senha, no cofre de senhas do seu computador.</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session (never your password) in your computer's password store (its keyring), so the check can run again later without signing in. Nothing is kept anywhere else.</source>
        <translation>Guarda sua sessão do LinkedIn (nunca sua senha) no cofre de senhas do seu computador (o chaveiro), para que a verificação possa ser feita de novo depois sem entrar. Nada é guardado em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>Password store status</source>
        <translation>Status do cofre de senhas</translation>
    </message>
    <message>
        <source>Check again every &amp;month</source>
        <translation>Verificar novamente todo &amp;mês</translation>
    </message>
    <message>
        <source>Check again every month</source>
        <translation>Verificar novamente todo mês</translation>
    </message>
    <message>
        <source>Runs the check once a month and shows a notification if a setting is not off. Needs the session remembered.</source>
        <translation>Executa a verificação uma vez por mês e mostra uma notificação se alguma configuração não estiver desativada. Requer a sessão lembrada.</translation>
    </message>
    <message>
        <source>Check again &amp;tomorrow</source>
        <translation>Verificar novamente &amp;amanhã</translation>
    </message>
    <message>
        <source>Check again tomorrow</source>
        <translation>Verificar novamente amanhã</translation>
    </message>
    <message>
        <source>LinkedIn says changes to ad settings may take up to 24 hours: checks once more a day from now. Needs the session remembered.</source>
        <translation>Segundo o LinkedIn, mudanças nas configurações de anúncios podem levar até 24 horas: verifica mais uma vez daqui a um dia. Requer a sessão lembrada.</translation>
    </message>
    <message>
        <source>Greyed out until you tick “Remember me” above: the later check signs in with the remembered session.</source>
        <translation>Esmaecido até você marcar “Lembrar de mim” acima: a verificação posterior entra com a sessão lembrada.</translation>
    </message>
    <message>
        <source>Monthly check status</source>
        <translation>Status da verificação mensal</translation>
    </message>
    <message>
        <source>Nothing was remembered for this account in this run.</source>
        <translation>Nada foi memorizado para esta conta nesta sessão.</translation>
    </message>
    <message>
        <source>Nothing to remember: you are not signed in.</source>
        <translation>Nada para lembrar: você não está conectado.</translation>
    </message>
    <message>
        <source>Remembering</source>
        <translation>Lembrando</translation>
    </message>
    <message>
        <source>Remembered in your computer's password store. “Forget me” deletes it again.</source>
        <translation>Lembrado no cofre de senhas do seu computador. “Esquecer-me” apaga de novo.</translation>
    </message>
    <message>
        <source>Forgotten: your session was deleted from the password store.</source>
        <translation>Esquecido: sua sessão foi apagada do cofre de senhas.</translation>
    </message>
    <message>
        <source>The password store could not be used: {why}</source>
        <translation>Não foi possível usar o cofre de senhas: {why}</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Esquecendo</translation>
    </message>
    <message>
        <source>Add a monthly r&amp;eminder to my calendar…</source>
        <translation>Adicionar um lembrete mensal à minha a&amp;genda…</translation>
    </message>
    <message>
        <source>Add a monthly reminder to my calendar</source>
        <translation>Adicionar um lembrete mensal à minha agenda</translation>
    </message>
    <message>
        <source>Saves a calendar file with a monthly reminder to check your settings, and opens it in your calendar.</source>
        <translation>Salva um arquivo de agenda com um lembrete mensal para verificar suas configurações e o abre na sua agenda.</translation>
    </message>
    <message>
        <source>Looking at the monthly check…</source>
        <translation>Verificando a verificação mensal…</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>Da última vez: {what}</translation>
    </message>
    <message>
        <source>Save a monthly reminder</source>
        <translation>Salvar um lembrete mensal</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de agenda (*.ics)</translation>
    </message>
    <message>
        <source>The reminder could not be saved: {why}</source>
        <translation>Não foi possível salvar o lembrete: {why}</translation>
    </message>
    <message>
        <source>Saved {path}. Open it to add the reminder to your calendar.</source>
        <translation>{path} salvo. Abra-o para adicionar o lembrete à sua agenda.</translation>
    </message>
    <message>
        <source>Nothing was remembered, so there was nothing to delete.</source>
        <translation>Nada estava lembrado, então não havia nada para excluir.</translation>
    </message>
    <message>
        <source>The wizard goes on without remembering you.</source>
        <translation>O assistente continua sem lembrar de você.</translation>
    </message>
    <message>
        <source>Setting up the next check…</source>
        <translation>A configurar a próxima verificação…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>A cancelar a verificação…</translation>
    </message>
    <message>
        <source>The monthly check could not be changed: {why}</source>
        <translation>Não foi possível alterar a verificação mensal: {why}</translation>
    </message>
    <message>
        <source>The check runs once more on {when}.</source>
        <translation>A verificação será repetida uma vez em {when}.</translation>
    </message>
    <message>
        <source>The check tomorrow is cancelled.</source>
        <translation>A verificação de amanhã foi cancelada.</translation>
    </message>
</context>
<context>
    <name>LaterRuns</name>
    <message>
        <source>The check on {date} could not run: {why}</source>
        <translation>A verificação de {date} não pôde ser feita: {why}</translation>
    </message>
    <message>
        <source>The check on {date} found these settings on: {titles}.</source>
        <translation>A verificação de {date} encontrou estas configurações ativadas: {titles}.</translation>
    </message>
    <message>
        <source>It could not check {titles}: {why}</source>
        <translation>Não foi possível verificar {titles}: {why}</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on: {titles}.</source>
        <translation>O LinkedIn adicionou uma configuração que está ativada: {titles}.</translation>
    </message>
    <message>
        <source>The check on {date} found every setting off.</source>
        <translation>A verificação de {date} encontrou todas as configurações desativadas.</translation>
    </message>
    <message>
        <source>The check on {date}:</source>
        <translation>A verificação de {date}:</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Looking for the switch…</source>
        <translation>Procurando a opção…</translation>
    </message>
    <message>
        <source>The page is loading.</source>
        <translation>A página está carregando.</translation>
    </message>
    <message>
        <source>The page is still loading the setting.</source>
        <translation>A página ainda está carregando a configuração.</translation>
    </message>
    <message>
        <source>LinkedIn's switch for this is off. Press Next.</source>
        <translation>O interruptor do LinkedIn para isto está desativado. Pressione Avançar.</translation>
    </message>
    <message>
        <source>Click the outlined switch “{label}” on the page, or press “Switch it off for me”.</source>
        <translation>Clique na opção destacada “{label}” na página ou em “Desativar para mim”.</translation>
    </message>
    <message>
        <source>Click the outlined switch on the page, or press “Switch it off for me”.</source>
        <translation>Clique na opção destacada na página ou em “Desativar para mim”.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>LinkedIn ended the session. Sign in again.</source>
        <translation>O LinkedIn encerrou a sessão. Entre novamente.</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Verificação necessária</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it in the page below.</source>
        <translation>O LinkedIn quer confirmar que é você — conclua na página abaixo.</translation>
    </message>
    <message>
        <source>Still loading</source>
        <translation>Ainda carregando</translation>
    </message>
    <message>
        <source>Press “Reload the page”.</source>
        <translation>Pressione “Recarregar a página”.</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Não oferecido</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region: there is nothing to switch off. You can go on.</source>
        <translation>O LinkedIn informa que esta configuração não é oferecida para sua conta ou região: não há nada para desativar. Você pode continuar.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation>Você pode continuar.</translation>
    </message>
    <message>
        <source>Off — saving</source>
        <translation>Desligado — salvando</translation>
    </message>
    <message>
        <source>Making sure LinkedIn saved it…</source>
        <translation>Confirmando que o LinkedIn salvou…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it: the switch is still on. Looking at the page again…</source>
        <translation>O LinkedIn não salvou: o botão continua ligado. Olhando a página de novo…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it. Try again, or come back later.</source>
        <translation>O LinkedIn não salvou. Tente de novo ou volte mais tarde.</translation>
    </message>
    <message>
        <source>Still on</source>
        <translation>Ainda ativado</translation>
    </message>
    <message>
        <source>Page error</source>
        <translation>Erro na página</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Clique em “Tentar novamente”.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>LinkedIn did not confirm the setting in time. Press “Reload the page” to read it again.</source>
        <translation>O LinkedIn não confirmou a configuração a tempo. Pressione “Recarregar a página” para lê-la novamente.</translation>
    </message>
    <message>
        <source>The wizard's click did not reach the switch: something on the page covers it. Close what covers it, or click the outlined switch yourself.</source>
        <translation>O clique do assistente não chegou à opção: algo na página a cobre. Feche o que a cobre ou clique você mesmo na opção destacada.</translation>
    </message>
    <message>
        <source>The switch is no longer on the page. Reload it.</source>
        <translation>A opção não está mais na página. Recarregue-a.</translation>
    </message>
    <message>
        <source>The page has not finished loading the switch. Try again in a moment.</source>
        <translation>A página ainda não terminou de carregar a opção. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>The switch is not on any more.</source>
        <translation>A opção não está mais ativada.</translation>
    </message>
    <message>
        <source>The page did not allow the wizard's click.</source>
        <translation>A página não permitiu o clique do assistente.</translation>
    </message>
    <message>
        <source>The wizard clicked the switch, but the page did not change it. Click the outlined switch yourself.</source>
        <translation>O assistente clicou na opção, mas a página não a alterou. Clique você mesmo na opção destacada.</translation>
    </message>
</context>
<context>
    <name>NewOnLinkedIn</name>
    <message>
        <source>New on LinkedIn</source>
        <translation>Novo no LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists could not be read</source>
        <translation>Não foi possível ler as listas do LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>As listas de configurações do LinkedIn não mostram nenhuma configuração que este aplicativo não conheça.</translation>
    </message>
    <message>
        <source>New on LinkedIn: a setting that is on: {titles}</source>
        <translation>Novo no LinkedIn: uma configuração que está ativada: {titles}</translation>
    </message>
    <message>
        <source>New on LinkedIn: {title}</source>
        <translation>Novo no LinkedIn: {title}</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>O LinkedIn lista uma configuração que este aplicativo ainda não conhece: “{title}” — está em {state}.</translation>
    </message>
    <message>
        <source>Open its page, read what LinkedIn says it does, and decide there. The wizard does not know this setting, so it neither checks nor changes it.</source>
        <translation>Abra a página, leia o que o LinkedIn diz que ela faz e decida lá. O assistente não conhece esta configuração, então não a verifica nem a altera.</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Abrir a página</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Open the page of “{title}”</source>
        <translation>Abrir a página de “{title}”</translation>
    </message>
    <message>
        <source>Check again, to see how it stands now</source>
        <translation>Verificar novamente, para ver como está agora</translation>
    </message>
    <message>
        <source>You opened the page of “{title}”.</source>
        <translation>Você abriu a página de “{title}”.</translation>
    </message>
    <message>
        <source>If you changed it there, check again: the check reads LinkedIn's lists afresh and shows how it stands now.</source>
        <translation>Se você a alterou lá, verifique novamente: a verificação lê de novo as listas do LinkedIn e mostra como está agora.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Still on: {titles}</source>
        <translation>Ainda ativado: {titles}</translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation>Não foi possível verificar: {why}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check{whose}: {headline}</source>
        <translation>Verificação das recusas do LinkedIn{whose}: {headline}</translation>
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
        <translation>Oposição enviada em {date}, caso {case}.</translation>
    </message>
    <message>
        <source>Objection sent on {date} (no case number was shown).</source>
        <translation>Oposição enviada em {date} (nenhum número de caso foi mostrado).</translation>
    </message>
    <message>
        <source>LinkedIn decides on it and answers by e-mail: look out for its message. The wizard cannot check an objection later; it keeps the date, the case and the picture.</source>
        <translation>O LinkedIn decide sobre ela e responde por e-mail: fique atento à mensagem. O assistente não pode verificar uma oposição depois; ele guarda a data, o caso e a imagem.</translation>
    </message>
</context>
<context>
    <name>ObjectionScreen</name>
    <message>
        <source>Object to LinkedIn's other uses of your data for AI</source>
        <translation>Oponha-se aos outros usos dos seus dados para IA pelo LinkedIn</translation>
    </message>
    <message>
        <source>Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard.</source>
        <translation>Opcional. O LinkedIn decide; responde por e-mail. Quem envia é você, não o assistente.</translation>
    </message>
    <message>
        <source>The switch covered only AI that creates content. LinkedIn also uses members' data for other AI: to choose what you see, to moderate, and in models that do not create content. Its form below lets you object to that. Where it asks what you object to, choose “{topic}”; for the text, copy the wizard's suggestion and change it as you like. Then press the form's own button to send it. The wizard never fills it in or sends it for you.</source>
        <translation>O botão cobria apenas a IA que cria conteúdo. O LinkedIn também usa os dados dos membros para outra IA: para escolher o que você vê, para moderar e em modelos que não criam conteúdo. O formulário abaixo permite se opor a isso. Onde ele pergunta a que você se opõe, escolha “{topic}”; para o texto, copie a sugestão do assistente e altere-a como quiser. Depois pressione o botão do próprio formulário para enviá-lo. O assistente nunca o preenche nem o envia por você.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>O &amp;que fazer</translation>
    </message>
    <message>
        <source>Show what to do</source>
        <translation>Mostrar o que fazer</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Texto sugerido</translation>
    </message>
    <message>
        <source>A text you may copy into the form and change as you like.</source>
        <translation>Um texto que você pode copiar para o formulário e alterar como quiser.</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>&amp;Copiar o texto</translation>
    </message>
    <message>
        <source>Copy the suggested text</source>
        <translation>Copiar o texto sugerido</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;Open the form again</source>
        <translation>Abrir o formulário de &amp;novo</translation>
    </message>
    <message>
        <source>Open the form again</source>
        <translation>Abrir o formulário de novo</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>O formulário</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>Imagem da confirmação do LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn's form could not be opened: {why} Press Retry in the page, or “Open the form again”. Nothing was sent.</source>
        <translation>Não foi possível abrir o formulário do LinkedIn: {why} Pressione Tentar novamente na página ou “Abrir o formulário de novo”. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Opening LinkedIn's form…</source>
        <translation>Abrindo o formulário do LinkedIn…</translation>
    </message>
    <message>
        <source>Copied. Click into the form's text box below and paste it (Ctrl+V), then change it as you like.</source>
        <translation>Copiado. Clique na caixa de texto do formulário abaixo e cole (Ctrl+V); depois altere como quiser.</translation>
    </message>
    <message>
        <source>LinkedIn's form shows what to correct: the marked fields in the page. Nothing has been sent yet.</source>
        <translation>O formulário do LinkedIn mostra o que corrigir: os campos marcados na página. Nada foi enviado ainda.</translation>
    </message>
    <message>
        <source>Fill in the form below and press its button to send it. The wizard notices LinkedIn's confirmation and keeps a picture of it.</source>
        <translation>Preencha o formulário abaixo e pressione o botão dele para enviá-lo. O assistente reconhece a confirmação do LinkedIn e guarda uma imagem dela.</translation>
    </message>
    <message>
        <source>Waiting for LinkedIn's answer…</source>
        <translation>Aguardando a resposta do LinkedIn…</translation>
    </message>
    <message>
        <source>LinkedIn does not offer this form in your region, so nothing can be sent here. Nothing was sent, and nothing else is needed on this step: press Next.</source>
        <translation>O LinkedIn não oferece este formulário na sua região, então nada pode ser enviado aqui. Nada foi enviado, e nada mais é necessário nesta etapa: pressione Avançar.</translation>
    </message>
    <message>
        <source>LinkedIn signed you out before the form was sent: nothing was sent. Sign in again in the page below; LinkedIn brings you back to the form, and you send it again (copy the text again if you need it).</source>
        <translation>O LinkedIn desconectou você antes de o formulário ser enviado: nada foi enviado. Entre de novo na página abaixo; o LinkedIn leva você de volta ao formulário, e você o envia de novo (copie o texto outra vez se precisar).</translation>
    </message>
    <message>
        <source>This page is not the form. Finish what LinkedIn asks here, or press “Open the form again”.</source>
        <translation>Esta página não é o formulário. Conclua o que o LinkedIn pede aqui ou pressione “Abrir o formulário de novo”.</translation>
    </message>
    <message>
        <source>It could not be added to the history ({why}); save the report on the next screen to keep the proof.</source>
        <translation>Não foi possível adicioná-la ao histórico ({why}); salve o relatório na próxima tela para guardar a prova.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviada.</translation>
    </message>
    <message>
        <source>A picture of the confirmation could not be taken.</source>
        <translation>Não foi possível tirar uma imagem da confirmação.</translation>
    </message>
</context>
<context>
    <name>OptOutScreen</name>
    <message>
        <source>Step {n} of {count}: {title}</source>
        <translation>Etapa {n} de {count}: {title}</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Por que isso importa</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>O que você perde: {loses}</translation>
    </message>
    <message>
        <source>Show why this matters</source>
        <translation>Mostrar por que isso importa</translation>
    </message>
    <message>
        <source>Why this &amp;matters</source>
        <translation>Por que isso &amp;importa</translation>
    </message>
    <message>
        <source>This step was last compared with LinkedIn's page on {date}; LinkedIn may have changed it since. If the page looks different, “Show me the way” helps.</source>
        <translation>Esta etapa foi comparada com a página do LinkedIn pela última vez em {date}; o LinkedIn pode tê-la mudado desde então. Se a página parecer diferente, “Mostrar o caminho” ajuda.</translation>
    </message>
    <message>
        <source>&amp;Switch it off for me</source>
        <translation>&amp;Desativar para mim</translation>
    </message>
    <message>
        <source>Switch it off for me</source>
        <translation>Desativar para mim</translation>
    </message>
    <message>
        <source>Clicks the outlined switch in the page.</source>
        <translation>Clica na opção destacada na página.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Onde está</translation>
    </message>
    <message>
        <source>Show me the &amp;way</source>
        <translation>Mostrar o &amp;caminho</translation>
    </message>
    <message>
        <source>Show me the way through LinkedIn's menus</source>
        <translation>Mostrar o caminho pelos menus do LinkedIn</translation>
    </message>
    <message>
        <source>S&amp;kip this step…</source>
        <translation>&amp;Pular esta etapa…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Pular esta etapa</translation>
    </message>
    <message>
        <source>If the page below does not show the switch, LinkedIn may have moved it. The way through the menus:</source>
        <translation>Se a página abaixo não mostrar a opção, o LinkedIn pode tê-la movido. O caminho pelos menus:</translation>
    </message>
    <message>
        <source>The way through LinkedIn's menus</source>
        <translation>O caminho pelos menus do LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Open “Settings &amp;&amp; Privacy” in the page</source>
        <translation>Abrir “Configurações e privacidade” na pá&amp;gina</translation>
    </message>
    <message>
        <source>Open Settings and Privacy in the page</source>
        <translation>Abrir Configurações e privacidade na página</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skip this setting?&lt;/b&gt; It stays on, and LinkedIn keeps using your data for it. The final check will show it as not done, and you can come back to it.</source>
        <translation>&lt;b&gt;Pular esta configuração?&lt;/b&gt; Ela continua ativada e o LinkedIn continua usando seus dados para isso. A verificação final a mostrará como não concluída, e você pode voltar a ela.</translation>
    </message>
    <message>
        <source>Skip warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;Yes, skip it</source>
        <translation>&amp;Sim, pular</translation>
    </message>
    <message>
        <source>Yes, skip this setting</source>
        <translation>Sim, pular esta configuração</translation>
    </message>
    <message>
        <source>&amp;Don't skip</source>
        <translation>&amp;Não pular</translation>
    </message>
    <message>
        <source>Don't skip</source>
        <translation>Não pular</translation>
    </message>
    <message>
        <source>R&amp;eload the page</source>
        <translation>&amp;Recarregar a página</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Recarregar a página</translation>
    </message>
    <message>
        <source>Loads LinkedIn's page again and reads the switch afresh.</source>
        <translation>Carrega a página do LinkedIn de novo e lê o interruptor outra vez.</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>En&amp;trar novamente</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <source>You are in LinkedIn's menus. The wizard reads the switch again as soon as a page shows it.</source>
        <translation>Está nos menus do LinkedIn. O assistente volta a ler o interruptor assim que uma página o mostrar.</translation>
    </message>
    <message>
        <source>Switch it off on LinkedIn's page below; the strip says when it is.</source>
        <translation>Desligue-o na página do LinkedIn abaixo; a faixa indica quando estiver.</translation>
    </message>
</context>
<context>
    <name>OptOutWizard</name>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>Assistente de exclusão do LinkedIn</translation>
    </message>
    <message>
        <source>{title} — Practice</source>
        <translation>{title} — Prática</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>So&amp;bre…</translation>
    </message>
    <message>
        <source>Go on to another account?</source>
        <translation>Passar para outra conta?</translation>
    </message>
    <message>
        <source>&amp;Go on to another account</source>
        <translation>&amp;Passar para outra conta</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Fechar o assistente?</translation>
    </message>
    <message>
        <source>Not confirmed off yet:</source>
        <translation>Ainda não confirmado como desligado:</translation>
    </message>
    <message>
        <source>These are still on:</source>
        <translation>Estas continuam ligadas:</translation>
    </message>
    <message>
        <source>LinkedIn keeps using your data for these until they are off. You can come back and finish at any time.</source>
        <translation>O LinkedIn continua a usar os seus dados para isto até estarem desligados. Pode voltar e terminar a qualquer momento.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Fechar mesmo assim</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Ficar</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <source>LinkedIn's page: {title}</source>
        <translation>Página do LinkedIn: {title}</translation>
    </message>
    <message>
        <source>This is LinkedIn's own page for “{title}”. The wizard does not know this setting, so it neither reads nor changes it: read what LinkedIn says it does, and switch it off here if you want to. Verify again to see its state in the list.</source>
        <translation>Esta é a própria página do LinkedIn para “{title}”. O assistente não conhece esta configuração, então não a lê nem a altera: leia o que o LinkedIn diz que ela faz e desative-a aqui se quiser. Verifique de novo para ver o estado dela na lista.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Sobre esta página</translation>
    </message>
    <message>
        <source>LinkedIn's page</source>
        <translation>Página do LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>PasskeyDialog</name>
    <message>
        <source>Sign in with a passkey or security key</source>
        <translation>Iniciar sessão com uma chave de acesso ou de segurança</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Accounts on this key</source>
        <translation>Contas nesta chave</translation>
    </message>
    <message>
        <source>The security key's PIN</source>
        <translation>O PIN da chave de segurança</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Choose the account to sign in to {site} with:</source>
        <translation>Escolha a conta com que iniciar sessão em {site}:</translation>
    </message>
    <message>
        <source>Enter your security key's PIN.</source>
        <translation>Introduza o PIN da sua chave de segurança.</translation>
    </message>
    <message>
        <source>That PIN was not right. Tries left: {n}.</source>
        <translation>Esse PIN não estava certo. Tentativas restantes: {n}.</translation>
    </message>
    <message>
        <source>Touch your security key, or confirm with your device's passkey, to sign in to {site}.</source>
        <translation>Toque na sua chave de segurança, ou confirme com a chave de acesso do dispositivo, para iniciar sessão em {site}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>You can sign in another way on the page instead: your password, or Google or Apple.</source>
        <translation>Em vez disso, pode iniciar sessão de outra forma na página: a sua palavra-passe, ou Google ou Apple.</translation>
    </message>
    <message>
        <source>The passkey or key did not answer in time.</source>
        <translation>A chave de acesso ou a chave não respondeu a tempo.</translation>
    </message>
    <message>
        <source>This key is not registered for your account.</source>
        <translation>Esta chave não está registada para a sua conta.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: take the key out and put it in again.</source>
        <translation>Demasiados PIN errados: retire a chave e volte a inseri-la.</translation>
    </message>
    <message>
        <source>The key is locked after too many wrong PINs.</source>
        <translation>A chave está bloqueada após demasiados PIN errados.</translation>
    </message>
    <message>
        <source>The sign-in was not confirmed on the key.</source>
        <translation>O início de sessão não foi confirmado na chave.</translation>
    </message>
    <message>
        <source>Signing in with a passkey did not work here.</source>
        <translation>Iniciar sessão com uma chave de acesso não funcionou aqui.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice: a replica of LinkedIn on this computer. Any email and password work.</source>
        <translation>Prática: uma réplica do LinkedIn neste computador. Qualquer e-mail e senha funcionam.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Modo de prática</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Salvar relatório…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <source>Saves the check, with a picture of each switch, as a web page or a PDF.</source>
        <translation>Salva a verificação, com uma imagem de cada opção, como página da web ou PDF.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status do relatório</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Abrir o relatório guardado</translation>
    </message>
    <message>
        <source>O&amp;pen report</source>
        <translation>Abrir o relatór&amp;io</translation>
    </message>
    <message>
        <source>A report to keep</source>
        <translation>Um relatório para guardar</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Mostrar na pas&amp;ta</translation>
    </message>
    <message>
        <source>Show the saved report in its folder</source>
        <translation>Mostrar o relatório guardado na sua pasta</translation>
    </message>
    <message>
        <source>Changes since the last check</source>
        <translation>Mudanças desde a última verificação</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Verificações anteriores</translation>
    </message>
    <message>
        <source>Changed since the last check:</source>
        <translation>Mudou desde a última verificação:</translation>
    </message>
    <message>
        <source>This is the first check kept on this computer.</source>
        <translation>Esta é a primeira verificação guardada neste computador.</translation>
    </message>
    <message>
        <source>Web page, pictures included (*.html);;PDF document (*.pdf)</source>
        <translation>Página da web, com imagens (*.html);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {why}</source>
        <translation>Não foi possível guardar o relatório em {path}: {why}</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Use a session &amp;remembered on this computer…</source>
        <translation>Usar uma sessão &amp;lembrada neste computador…</translation>
    </message>
    <message>
        <source>Use a session remembered on this computer</source>
        <translation>Usar uma sessão lembrada neste computador</translation>
    </message>
    <message>
        <source>Signs in with a session kept in your computer's password store by “Remember me”. Your computer may ask you to unlock it.</source>
        <translation>Entra com uma sessão guardada por “Lembrar de mim” no cofre de senhas do seu computador. Seu computador pode pedir para desbloqueá-lo.</translation>
    </message>
    <message>
        <source>Remembered sessions</source>
        <translation>Sessões lembradas</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Procurando</translation>
    </message>
    <message>
        <source>No session is remembered on this computer for {site}.</source>
        <translation>Nenhuma sessão está lembrada neste computador para {site}.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Qual conta?</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(nome não exibido)</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Continuar como {name}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abrindo</translation>
    </message>
    <message>
        <source>That session is no longer remembered. Sign in below instead.</source>
        <translation>Essa sessão não está mais lembrada. Entre abaixo.</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>Entrando como {name}…</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Esquecendo</translation>
    </message>
    <message>
        <source>The remembered session of {name} had expired; it was removed from the password store. Sign in below.</source>
        <translation>A sessão lembrada de {name} tinha expirado; foi removida do cofre de senhas. Entre abaixo.</translation>
    </message>
    <message>
        <source>The password store could not be read: {why} Sign in below instead.</source>
        <translation>Não foi possível ler o cofre de senhas: {why} Entre abaixo em vez disso.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Verificação necessária</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Off — you are opted out</source>
        <translation>Desativado — você optou por sair</translation>
    </message>
    <message>
        <source>On — LinkedIn still uses your data for this</source>
        <translation>Ativado — o LinkedIn ainda usa seus dados para isso</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Não oferecido</translation>
    </message>
    <message>
        <source>The switch was found by its label and read as off: you are opted out.</source>
        <translation>A opção foi encontrada pelo rótulo e lida como desativada: você está excluído.</translation>
    </message>
    <message>
        <source>The switch was found and read as on: you are not opted out yet.</source>
        <translation>A opção foi encontrada e lida como ativada: você ainda não está excluído.</translation>
    </message>
    <message>
        <source>LinkedIn sent the check to its sign-in page: the session had ended.</source>
        <translation>O LinkedIn enviou a verificação para a página de entrada: a sessão tinha terminado.</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check (a code or a puzzle) first.</source>
        <translation>O LinkedIn pediu antes uma verificação de segurança (um código ou um quebra-cabeça).</translation>
    </message>
    <message>
        <source>The page loaded but no switch matched: the page changed, or the setting is not offered for this account or region.</source>
        <translation>A página carregou, mas nenhuma opção correspondeu: a página mudou, ou a configuração não é oferecida para esta conta ou região.</translation>
    </message>
    <message>
        <source>The page could not be checked (network, timeout, HTTP error or no browser).</source>
        <translation>Não foi possível verificar a página (rede, tempo esgotado, erro HTTP ou nenhum navegador).</translation>
    </message>
    <message>
        <source>LinkedIn also lists a new setting, “{title}”, and it is on.</source>
        <translation>O LinkedIn também lista uma configuração nova, “{title}”, e ela está ligada.</translation>
    </message>
    <message>
        <source>LinkedIn also lists {n} new settings that are on.</source>
        <translation>O LinkedIn também lista {n} configurações novas que estão ligadas.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>A verificação não pôde ser feita.</translation>
    </message>
    <message>
        <source>1 setting could not be checked.</source>
        <translation>Não foi possível verificar 1 configuração.</translation>
    </message>
    <message>
        <source>{n} settings could not be checked.</source>
        <translation>Não foi possível verificar {n} configurações.</translation>
    </message>
    <message>
        <source>1 setting is still on.</source>
        <translation>1 configuração ainda está ativada.</translation>
    </message>
    <message>
        <source>{n} settings are still on.</source>
        <translation>{n} configurações ainda estão ativadas.</translation>
    </message>
    <message>
        <source>LinkedIn does not offer you any of these settings.</source>
        <translation>O LinkedIn não oferece a você nenhuma destas configurações.</translation>
    </message>
    <message>
        <source>Every setting offered to you is off; LinkedIn does not offer the rest.</source>
        <translation>Todas as configurações oferecidas a você estão desativadas; o LinkedIn não oferece as demais.</translation>
    </message>
    <message>
        <source>All settings are off.</source>
        <translation>Todas as configurações estão desativadas.</translation>
    </message>
    <message>
        <source>Data Processing Objection: {word}. {sentence}</source>
        <translation>Oposição ao tratamento de dados: {word}. {sentence}</translation>
    </message>
    <message>
        <source>LinkedIn lists settings this app does not know yet:</source>
        <translation>O LinkedIn lista configurações que este aplicativo ainda não conhece:</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>O que fazer: {advice}</translation>
    </message>
    <message>
        <source>New since this check.</source>
        <translation>Novo desde esta verificação.</translation>
    </message>
    <message>
        <source>Listed since {date}.</source>
        <translation>Listado desde {date}.</translation>
    </message>
    <message>
        <source>open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, and decide. The wizard does not know it, so it neither checks nor changes it.</source>
        <translation>abra-a (no assistente: Concluído, “Novo no LinkedIn”), leia o que o LinkedIn diz que ela faz e decida. O assistente não a conhece, então não a verifica nem a altera.</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>O LinkedIn lista uma configuração que este aplicativo ainda não conhece: “{title}” — está em {state}.</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on.</source>
        <translation>O LinkedIn adicionou uma configuração que está ativada.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>{title}: the switch as seen</source>
        <translation>{title}: a opção como foi vista</translation>
    </message>
    <message>
        <source>Practice check on a replica site: this is not LinkedIn.</source>
        <translation>Verificação de prática em um site réplica: isto não é o LinkedIn.</translation>
    </message>
    <message>
        <source>New on LinkedIn</source>
        <translation>Novo no LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn lists these settings, which this app does not know yet (it sees only what LinkedIn's lists show):</source>
        <translation>O LinkedIn lista estas configurações, que este aplicativo ainda não conhece (ele vê apenas o que as listas do LinkedIn mostram):</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>O que fazer: {advice}</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>As listas de configurações do LinkedIn não mostram nenhuma configuração que este aplicativo não conheça.</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>Oposição ao tratamento de dados</translation>
    </message>
    <message>
        <source>LinkedIn's page said: “{said}”</source>
        <translation>A página do LinkedIn dizia: “{said}”</translation>
    </message>
    <message>
        <source>A request to LinkedIn, not a switch: it is not counted among the settings above, and no check can read it again.</source>
        <translation>Uma solicitação ao LinkedIn, não um botão: não conta entre as configurações acima, e nenhuma verificação pode lê-la de novo.</translation>
    </message>
    <message>
        <source>LinkedIn's confirmation of the objection</source>
        <translation>A confirmação da oposição pelo LinkedIn</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>(not shown on the page)</source>
        <translation>(não mostrado na página)</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard {version}, {browser}</source>
        <translation>Assistente de exclusão do LinkedIn {version}, {browser}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check</source>
        <translation>Verificação de exclusões do LinkedIn</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificado em</translation>
    </message>
    <message>
        <source>(this computer's time)</source>
        <translation>(hora deste computador)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Verificado com</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>O que foi visto</translation>
    </message>
    <message>
        <source>What each result means</source>
        <translation>O que cada resultado significa</translation>
    </message>
    <message>
        <source>The pictures</source>
        <translation>As imagens</translation>
    </message>
    <message>
        <source>Only “{off}” means the switch was found and read as off. Anything the check could not see is never reported as “{off}”.</source>
        <translation>Só «{off}» significa que o interruptor foi encontrado e lido como desligado. O que a verificação não conseguiu ver nunca é indicado como «{off}».</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>{title}: result</source>
        <translation>{title}: resultado</translation>
    </message>
    <message>
        <source>{title}: checking</source>
        <translation>{title}: verificando</translation>
    </message>
    <message>
        <source>{title}: picture of the switch</source>
        <translation>{title}: imagem da opção</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <source>Fix this: {title}</source>
        <translation>Corrigir: {title}</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>Opening the page…</source>
        <translation>Abrindo a página…</translation>
    </message>
    <message>
        <source>Reading the switch…</source>
        <translation>Lendo a opção…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Finish the security check</source>
        <translation>Concluir a verificação de segurança</translation>
    </message>
    <message>
        <source>Finish the security check in the wizard: {title}</source>
        <translation>Concluir a verificação de segurança no assistente: {title}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The monthly check could not be set up: your system's scheduler does not answer here ({why}). Add a monthly reminder to your calendar instead, and check by hand.</source>
        <translation>Não foi possível configurar a verificação mensal: o agendador do sistema não responde aqui ({why}). Adicione um lembrete mensal à sua agenda e verifique manualmente.</translation>
    </message>
    <message>
        <source>Your system's scheduler does not answer here ({why}), so the monthly check cannot run. Add a monthly reminder to your calendar instead.</source>
        <translation>O agendador do sistema não responde aqui ({why}), então a verificação mensal não pode rodar. Adicione um lembrete mensal à sua agenda.</translation>
    </message>
    <message>
        <source>The monthly check names a program that is no longer there ({program}), so it cannot run. Open the wizard from where it is now installed to set it up again.</source>
        <translation>A verificação mensal aponta para um programa que não existe mais ({program}), então não pode rodar. Abra o assistente de onde ele está instalado agora para configurá-la de novo.</translation>
    </message>
    <message>
        <source>The check runs again every month.</source>
        <translation>A verificação roda de novo todo mês.</translation>
    </message>
    <message>
        <source>The check will run again every month.</source>
        <translation>A verificação será repetida todo mês.</translation>
    </message>
    <message>
        <source>The monthly check is removed.</source>
        <translation>A verificação mensal foi removida.</translation>
    </message>
    <message>
        <source>the job is switched off</source>
        <translation>a tarefa está desativada</translation>
    </message>
    <message>
        <source>systemctl is not available</source>
        <translation>systemctl não está disponível</translation>
    </message>
    <message>
        <source>The check runs again at your next login.</source>
        <translation>A verificação roda de novo no seu próximo login.</translation>
    </message>
    <message>
        <source>Check your LinkedIn opt-outs</source>
        <translation>Verificar suas recusas no LinkedIn</translation>
    </message>
    <message>
        <source>Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: it checks that both settings are still off.</source>
        <translation>Abra o assistente de recusa do LinkedIn (optout-wizard) e clique em “Verificar minhas configurações”: ele verifica se as duas configurações continuam desativadas.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>This screen's content</source>
        <translation>Conteúdo desta tela</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>On LinkedIn's own page: the wizard never sees your password.</source>
        <translation>Na própria página do LinkedIn: o assistente nunca vê a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Sign-in hint</source>
        <translation>Dica de entrada</translation>
    </message>
    <message>
        <source>Starting the browser that shows LinkedIn's sign-in page…</source>
        <translation>Iniciando o navegador que mostra a página de entrada do LinkedIn…</translation>
    </message>
    <message>
        <source>Starting the browser that shows the practice sign-in page…</source>
        <translation>Iniciando o navegador que mostra a página de entrada de prática…</translation>
    </message>
    <message>
        <source>Finish signing in in the window that opened. It shows the address it is on: sign in only where you expect to.</source>
        <translation>Termine o início de sessão na janela que abriu. Ela mostra o seu endereço: inicie sessão só onde espera.</translation>
    </message>
    <message>
        <source>Ask LinkedIn for a link to set a password: type your email below. Open the link in the email, set a password, then sign in here with it.</source>
        <translation>Peça ao LinkedIn um link para definir uma senha: digite seu e-mail abaixo. Abra o link do e-mail, defina uma senha e entre aqui com ela.</translation>
    </message>
    <message>
        <source>Sign in below with your LinkedIn email and password. No password? Choose “Forgot password” on the page: LinkedIn emails you a link to set one.</source>
        <translation>Entre abaixo com seu e-mail e sua senha do LinkedIn. Não tem senha? Escolha “Esqueceu a senha?” na página: o LinkedIn envia um link para definir uma.</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it here.</source>
        <translation>O LinkedIn quer confirmar que é você — conclua aqui.</translation>
    </message>
    <message>
        <source>LinkedIn asks you to approve this sign-in on your phone: open the LinkedIn app and tap Yes. The wizard goes on by itself once you have.</source>
        <translation>O LinkedIn pede que você aprove este login no seu celular: abra o app do LinkedIn e toque em “Sim”. O assistente continua sozinho quando você fizer isso.</translation>
    </message>
    <message>
        <source>LinkedIn asks for the code from your authenticator app (two-step verification). Open the app, and type the code into the page below.</source>
        <translation>O LinkedIn pede o código da sua aplicação de autenticação (verificação em dois passos). Abra a aplicação e escreva o código na página abaixo.</translation>
    </message>
    <message>
        <source>LinkedIn sent a code by text message to your phone. Type it into the page below.</source>
        <translation>O LinkedIn enviou um código por SMS para o seu telemóvel. Escreva-o na página abaixo.</translation>
    </message>
    <message>
        <source>Sign in below, on the practice site's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Entre abaixo, na própria página do site de prática. O assistente nunca vê sua senha. Ele continua sozinho assim que você entrar.</translation>
    </message>
    <message>
        <source>Sign in below, on LinkedIn's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>Entre abaixo, na própria página do LinkedIn. O assistente nunca vê sua senha. Ele continua sozinho assim que você entrar.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Switch state: {state}</source>
        <translation>Estado da opção: {state}</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>está aqui</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>por fazer</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>não feito</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Oposição</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Press Enter to see the picture whole.</source>
        <translation>Prima Enter para ver a imagem inteira.</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Clique para ampliar</translation>
    </message>
    <message>
        <source>{title}: {answer}.</source>
        <translation>{title}: {answer}.</translation>
    </message>
    <message>
        <source>Taken on {date} at {time}</source>
        <translation>Feita em {date} às {time}</translation>
    </message>
    <message>
        <source>, on {address}</source>
        <translation>, em {address}</translation>
    </message>
    <message>
        <source>Account: {account}.</source>
        <translation>Conta: {account}.</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Verify my settings</source>
        <translation>Verificar minhas configurações</translation>
    </message>
    <message>
        <source>An independent check of each setting, with a picture as proof.</source>
        <translation>Uma verificação independente de cada definição, com uma imagem como prova.</translation>
    </message>
    <message>
        <source>The check starts by itself: it opens each setting's page again, on its own, reads the switch, and keeps a picture of it as proof.</source>
        <translation>A verificação começa sozinha: abre de novo a página de cada configuração, por conta própria, lê o interruptor e guarda uma imagem dele como prova.</translation>
    </message>
    <message>
        <source>&amp;Verify my settings</source>
        <translation>Ve&amp;rificar minhas configurações</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>Ca&amp;ncelar verificação</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar a verificação</translation>
    </message>
    <message>
        <source>&amp;Install a browser for the check</source>
        <translation>&amp;Instalar um navegador para a verificação</translation>
    </message>
    <message>
        <source>Install a browser for the check</source>
        <translation>Instalar um navegador para a verificação</translation>
    </message>
    <message>
        <source>&amp;Sign in again and check again</source>
        <translation>&amp;Entrar de novo e verificar novamente</translation>
    </message>
    <message>
        <source>Sign in again and check again</source>
        <translation>Entrar de novo e verificar novamente</translation>
    </message>
    <message>
        <source>Browser download</source>
        <translation>Download do navegador</translation>
    </message>
    <message>
        <source>The check's progress</source>
        <translation>Progresso da verificação</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Resumo da verificação</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>Iniciando a verificação…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Checking {n} of {count}: {title}…</source>
        <translation>Verificando {n} de {count}: {title}…</translation>
    </message>
    <message>
        <source>Starting the browser for the check…</source>
        <translation>Iniciando o navegador para a verificação…</translation>
    </message>
    <message>
        <source>Reading LinkedIn's lists of settings, to notice any it added…</source>
        <translation>Lendo as listas de configurações do LinkedIn, para notar as que foram adicionadas…</translation>
    </message>
    <message>
        <source>Browser: {browser}</source>
        <translation>Navegador: {browser}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked. Press “Verify again” to start over.</source>
        <translation>Cancelado: nada foi verificado. Clique em “Verificar novamente” para recomeçar.</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Downloading a browser for the check (about 100 MB)…</source>
        <translation>Baixando um navegador para a verificação (cerca de 100 MB)…</translation>
    </message>
    <message>
        <source>Press “Verify again”.</source>
        <translation>Clique em “Verificar novamente”.</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <source>The check could not run: {why}</source>
        <translation>Não foi possível executar a verificação: {why}</translation>
    </message>
</context>
<context>
    <name>WebSession</name>
    <message>
        <source>The page offered a file to download; the wizard does not download files.</source>
        <translation>A página ofereceu um arquivo para baixar; o assistente não baixa arquivos.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>What the later check found</source>
        <translation>O que a verificação posterior encontrou</translation>
    </message>
    <message>
        <source>LinkedIn uses your data to train AI and shares it for ads unless you switch this off. The wizard takes you to each switch, tells you when it is off, and checks again on its own, with a picture as proof.</source>
        <translation>O LinkedIn usa seus dados para treinar IA e os compartilha para anúncios, a menos que você desative isso. O assistente leva você a cada interruptor, diz quando está desativado e verifica de novo sozinho, com uma imagem como prova.</translation>
    </message>
    <message>
        <source>What the wizard is for</source>
        <translation>Para que serve o assistente</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into LinkedIn's own page.</source>
        <translation>Nunca vê sua senha: você a digita na própria página do LinkedIn.</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into the practice page.</source>
        <translation>Nunca vê sua senha: você a digita na página de prática.</translation>
    </message>
    <message>
        <source>It keeps nothing, unless you ask it to remember you; then only in your computer's password store (its keyring).</source>
        <translation>Não guarda nada, a menos que você peça para lembrar de você; então apenas no cofre de senhas do seu computador (o chaveiro).</translation>
    </message>
    <message>
        <source>It checks each setting again on its own and keeps a picture as proof.</source>
        <translation>Verifica de novo cada configuração sozinho e guarda uma imagem como prova.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Mais opções</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Mais opções</translation>
    </message>
    <message>
        <source>The privacy signal, related settings you can add, and LinkedIn's objection form.</source>
        <translation>O sinal de privacidade, configurações relacionadas que você pode adicionar e o formulário de oposição do LinkedIn.</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my &amp;data</source>
        <translation>Pedir também ao LinkedIn que não compartilhe nem venda meus &amp;dados</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my data</source>
        <translation>Pedir também ao LinkedIn que não compartilhe nem venda meus dados</translation>
    </message>
    <message>
        <source>The wizard's browser sends the standard privacy signal for this (Global Privacy Control). LinkedIn says it opts members in the US out of data sharing. It is never taken as proof: every switch is still read.</source>
        <translation>O navegador do assistente envia para isso o sinal de privacidade padrão (Global Privacy Control). O LinkedIn diz que assim exclui os membros dos EUA do compartilhamento de dados. Nunca é tomado como prova: cada interruptor ainda é lido.</translation>
    </message>
    <message>
        <source>While the wizard was closed: {what}</source>
        <translation>Enquanto o assistente estava fechado: {what}</translation>
    </message>
    <message>
        <source>Switch off {count} LinkedIn settings, and prove they stay off</source>
        <translation>Desative {count} configurações do LinkedIn e prove que continuam desativadas</translation>
    </message>
    <message>
        <source>About {minutes} minutes. You stay in charge of every change.</source>
        <translation>Cerca de {minutes} minutos. Você decide cada mudança.</translation>
    </message>
    <message>
        <source>Related settings you may add (optional; each adds a step of about two minutes)</source>
        <translation>Configurações relacionadas que você pode adicionar (opcional; cada uma adiciona uma etapa de cerca de dois minutos)</translation>
    </message>
    <message>
        <source>Also &amp;object to LinkedIn's other uses of my data for AI</source>
        <translation>Também me &amp;opor aos outros usos dos meus dados para IA pelo LinkedIn</translation>
    </message>
    <message>
        <source>Also object to LinkedIn's other uses of my data for AI</source>
        <translation>Também me opor aos outros usos dos meus dados para IA pelo LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn decides; it answers by e-mail.</source>
        <translation>O LinkedIn decide; responde por e-mail.</translation>
    </message>
    <message>
        <source>After the check, the wizard shows LinkedIn's Data Processing Objection form, with a text you can copy; you fill it in and send it yourself, and the wizard keeps LinkedIn's confirmation as proof.</source>
        <translation>Depois da verificação, o assistente mostra o formulário de oposição ao tratamento de dados do LinkedIn, com um texto que você pode copiar; você o preenche e o envia, e o assistente guarda a confirmação do LinkedIn como prova.</translation>
    </message>
    <message>
        <source>Beyond the switches</source>
        <translation>Além dos botões</translation>
    </message>
    <message>
        <source>Also switch off: {title}</source>
        <translation>Desativar também: {title}</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>O que você perde: {loses}</translation>
    </message>
    <message>
        <source>The wizard's shield</source>
        <translation>O escudo do assistente</translation>
    </message>
</context>
</TS>
