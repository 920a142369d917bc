<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hant" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the LinkedIn opt-out wizard</source>
        <translation>關於 LinkedIn 退出設定精靈</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>LinkedIn 退出設定精靈</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>An independent tool: it is not made, endorsed or supported by LinkedIn or Microsoft.</source>
        <translation>這是獨立的工具：並非由 LinkedIn 或 Microsoft 製作、背書或支援。</translation>
    </message>
    <message>
        <source>&lt;p&gt;It never sees your password and keeps nothing unless you ask, and then only in your computer's password store.&lt;/p&gt;&lt;p&gt;Free software: you may use, study, share and change it under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;List of settings: version {catalog}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;它從不查看您的密碼，除非您要求，否則不保存任何東西，而且只存放在電腦的密碼庫中。&lt;/p&gt;&lt;p&gt;自由軟體：您可以依 GNU 通用公共授權條款第 3 版或更新版本使用、研究、分享及修改它。&lt;/p&gt;&lt;p&gt;設定清單：版本 {catalog}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>關於此應用程式</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Help: open the guide in your web browser</source>
        <translation>說明：在您的網頁瀏覽器中開啟指南</translation>
    </message>
    <message>
        <source>&amp;Source code</source>
        <translation>原始碼(&amp;S)</translation>
    </message>
    <message>
        <source>Source code: open the project's page in your web browser</source>
        <translation>原始碼：在您的網頁瀏覽器中開啟專案頁面</translation>
    </message>
    <message>
        <source>&amp;Check for a newer list of settings</source>
        <translation>檢查是否有較新的設定清單(&amp;C)</translation>
    </message>
    <message>
        <source>Check for a newer list of settings</source>
        <translation>檢查是否有較新的設定清單</translation>
    </message>
    <message>
        <source>Update of the list of settings</source>
        <translation>設定清單的更新</translation>
    </message>
    <message>
        <source>Checking for a newer list of settings…</source>
        <translation>正在檢查是否有較新的設定清單…</translation>
    </message>
    <message>
        <source>List of settings {version} is installed. Restart the wizard to use it.</source>
        <translation>設定清單 {version} 已安裝。請重新啟動精靈以使用它。</translation>
    </message>
    <message>
        <source>{why} The list of settings in use stays.</source>
        <translation>{why}目前使用的設定清單保持不變。</translation>
    </message>
</context>
<context>
    <name>BrowserInstaller</name>
    <message>
        <source>The browser for the check is installed.</source>
        <translation>已安裝檢查用的瀏覽器。</translation>
    </message>
    <message>
        <source>The browser could not be installed{detail}. Check your internet connection, or install Google Chrome or Chromium.</source>
        <translation>無法安裝瀏覽器{detail}。請檢查網路連線，或安裝 Google Chrome 或 Chromium。</translation>
    </message>
    <message>
        <source>The installer could not start.</source>
        <translation>無法啟動安裝程式。</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>LinkedIn page</source>
        <translation>LinkedIn 頁面</translation>
    </message>
    <message>
        <source>LinkedIn's own page, shown inside the wizard. The wizard never reads your password.</source>
        <translation>LinkedIn 自己的頁面，顯示在精靈中。精靈絕不會讀取您的密碼。</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>正在載入頁面</translation>
    </message>
    <message>
        <source>Note about the page</source>
        <translation>關於此頁面的提示</translation>
    </message>
    <message>
        <source>Page problem</source>
        <translation>頁面問題</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>重新載入頁面</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>網路錯誤</translation>
    </message>
    <message>
        <source>The page could not be loaded ({why}).</source>
        <translation>無法載入頁面（{why}）。</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {code}).</source>
        <translation>LinkedIn 回應了錯誤（HTTP {code}）。</translation>
    </message>
    <message>
        <source>LinkedIn is taking too long to answer.</source>
        <translation>LinkedIn 回應時間過長。</translation>
    </message>
    <message>
        <source>The page stopped working.</source>
        <translation>頁面已停止運作。</translation>
    </message>
    <message>
        <source>Check your internet connection, then press Retry.</source>
        <translation>請檢查網路連線，然後按「重試」。</translation>
    </message>
    <message>
        <source>That link leads away from {site}: it was opened in your web browser ({where}).</source>
        <translation>該連結會離開 {site}：已在您的網頁瀏覽器中開啟（{where}）。</translation>
    </message>
</context>
<context>
    <name>Browsers</name>
    <message>
        <source>The browser for the check could not start its sandbox (the wall that keeps web pages away from the rest of your computer), so nothing was checked; the app never runs a browser without it. This happens in containers and chroots, and on Ubuntu 24.04 or later when the app was not installed from its .deb package, which allows the sandbox. Install the app from its package, or run it on the computer itself rather than in a container.</source>
        <translation>檢查用的瀏覽器無法啟動它的沙盒（讓網頁與電腦其他部分隔開的那道牆），因此什麼都沒有檢查；本程式從不在沒有沙盒的情況下執行瀏覽器。這會發生在容器與 chroot 環境中，以及在 Ubuntu 24.04 或更新版本上、本程式不是從它的 .deb 套件安裝時（該套件允許沙盒）。請從套件安裝本程式，或直接在電腦上執行，而不是在容器中。</translation>
    </message>
    <message>
        <source>The browser for the check ({browser}) did not start within {seconds} seconds, so nothing was checked. Close programs you do not need and check again; if it keeps happening, restart the computer.</source>
        <translation>用於檢查的瀏覽器（{browser}）未在 {seconds} 秒內啟動，因此沒有檢查任何項目。請關閉不需要的程式後再檢查一次；如果仍然發生，請重新啟動電腦。</translation>
    </message>
    <message>
        <source>No browser for the check was found. Install Chromium's headless shell (Debian/Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or Chromium, or let the app download one (in the app: Verify → Install a browser for the check; in a terminal: optout-wizard install-browser), or set OPTOUT_BROWSER to a Chromium-family browser's program file.</source>
        <translation>找不到用於檢查的瀏覽器。請安裝 Chromium 無介面殼層（Debian/Ubuntu：sudo apt install chromium-headless-shell）、Google Chrome、Microsoft Edge 或 Chromium，或讓應用程式下載一個（在應用程式中：驗證 → 安裝用於檢查的瀏覽器；在終端機中：optout-wizard install-browser），或將 OPTOUT_BROWSER 設為 Chromium 系列瀏覽器的程式檔。</translation>
    </message>
    <message>
        <source>{name} is set to {path}, but there is no such file.</source>
        <translation>{name} 設為 {path}，但沒有這個檔案。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Updates to the list of settings come over https only, not from {url}.</source>
        <translation>設定清單的更新只透過 https 取得，不接受來自 {url} 的更新。</translation>
    </message>
    <message>
        <source>The newer list of settings could not be fetched ({why}).</source>
        <translation>無法取得較新的設定清單（{why}）。</translation>
    </message>
    <message>
        <source>The fetched list of settings is too large.</source>
        <translation>取得的設定清單太大。</translation>
    </message>
    <message>
        <source>The fetched list of settings is not signed with the project's key: it was not used.</source>
        <translation>取得的設定清單未以專案的金鑰簽署：未使用它。</translation>
    </message>
    <message>
        <source>The fetched list of settings is not valid: {why}</source>
        <translation>取得的設定清單無效：{why}</translation>
    </message>
    <message>
        <source>The fetched list of settings ({new}) is not newer than the one in use ({old}).</source>
        <translation>取得的設定清單（{new}）並不比目前使用的（{old}）新。</translation>
    </message>
    <message>
        <source>The list of settings could not be stored in {folder}: {why}.</source>
        <translation>無法將設定清單儲存在 {folder}：{why}。</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The page could not be read (the check returned nothing).</source>
        <translation>無法讀取頁面（檢查沒有傳回任何結果）。</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again: the session has ended. Sign in, then check again.</source>
        <translation>LinkedIn 要求重新登入：工作階段已結束。請登入後再檢查一次。</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you (a code or a puzzle). Open the wizard and finish it there, then check again.</source>
        <translation>LinkedIn 想確認是您本人（驗證碼或拼圖）。請開啟精靈並在其中完成，然後再檢查一次。</translation>
    </message>
    <message>
        <source>The only switch on this setting's own page is off. It carries no name that says which setting it is, so this is the weakest kind of match: look at the picture to be sure.</source>
        <translation>此設定本身頁面上唯一的開關是關閉的。它沒有標示是哪個設定的名稱，所以這是最弱的一種比對：請看圖片確認。</translation>
    </message>
    <message>
        <source>The switch “{label}” is off.</source>
        <translation>「{label}」開關已關閉。</translation>
    </message>
    <message>
        <source>The switch “{label}” is on: LinkedIn still uses your data for this. Switch it off, then check again.</source>
        <translation>「{label}」開關已開啟：LinkedIn 仍在為此使用您的資料。請將它關閉，然後再檢查一次。</translation>
    </message>
    <message>
        <source>Found the switch “{label}” but could not tell whether it is on or off. Open the page and look at it yourself.</source>
        <translation>找到了「{label}」開關，但無法判斷它是開啟還是關閉。請開啟頁面自行查看。</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region, so there is nothing to switch off here.</source>
        <translation>LinkedIn 表示您的帳戶或地區未提供此設定，因此這裡沒有需要關閉的項目。</translation>
    </message>
    <message>
        <source>LinkedIn's page was still loading after {seconds} seconds, so nothing was read. Check again in a moment.</source>
        <translation>LinkedIn 的頁面在 {seconds} 秒後仍在載入，因此沒有讀取任何內容。請稍後再檢查一次。</translation>
    </message>
    <message>
        <source>The page finished loading and has no such switch: LinkedIn may have moved it. Check by hand through the menus: {route}.</source>
        <translation>頁面已載入完成，但沒有這個開關：LinkedIn 可能已將它移動。請透過選單手動檢查：{route}。</translation>
    </message>
    <message>
        <source>LinkedIn words it a little differently from what the wizard knows.</source>
        <translation>LinkedIn 的措辭與精靈所知的略有不同。</translation>
    </message>
    <message>
        <source>The switch has no name of its own: it was recognised by its description.</source>
        <translation>這個開關沒有自己的名稱：是依其說明辨識出來的。</translation>
    </message>
    <message>
        <source>The page has finished, but its switch has no name at all, so the wizard cannot tell which setting it is. Open the page and look at it yourself.</source>
        <translation>頁面已載入完成，但其開關完全沒有名稱，因此精靈無法判斷是哪一項設定。請開啟頁面自行查看。</translation>
    </message>
    <message>
        <source>the switch was still greyed out</source>
        <translation>開關仍呈灰色</translation>
    </message>
    <message>
        <source>the page still showed it as loading</source>
        <translation>頁面仍顯示為載入中</translation>
    </message>
    <message>
        <source>the switch was not shown yet</source>
        <translation>開關尚未顯示</translation>
    </message>
    <message>
        <source>it was still changing</source>
        <translation>它仍在變動</translation>
    </message>
    <message>
        <source>The page did not finish loading: {why}. Nothing was read as on or off; check again in a moment.</source>
        <translation>頁面未載入完成：{why}。沒有讀取到開啟或關閉；請稍後再檢查一次。</translation>
    </message>
    <message>
        <source>No LinkedIn session: sign in first, then check.</source>
        <translation>沒有 LinkedIn 工作階段：請先登入，再進行檢查。</translation>
    </message>
    <message>
        <source>LinkedIn did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>LinkedIn 在 {seconds} 秒內沒有回應。請檢查網路連線後再試一次。</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings: the browser did not answer in time.</source>
        <translation>無法列出 LinkedIn 的設定：瀏覽器未及時回應。</translation>
    </message>
    <message>
        <source>Could not list LinkedIn's settings at {url}: {why}</source>
        <translation>無法列出 {url} 上的 LinkedIn 設定：{why}</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}).</source>
        <translation>LinkedIn 回應了錯誤（HTTP {status}）。</translation>
    </message>
    <message>
        <source>the page gave no answer.</source>
        <translation>頁面沒有回應。</translation>
    </message>
    <message>
        <source>LinkedIn asked to sign in again.</source>
        <translation>LinkedIn 要求重新登入。</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check.</source>
        <translation>LinkedIn 要求進行安全性檢查。</translation>
    </message>
    <message>
        <source>the page was still loading when time was up.</source>
        <translation>時間到時頁面仍在載入。</translation>
    </message>
    <message>
        <source>The setting's page is gone (HTTP {status}). LinkedIn may have moved it: check by hand through the menus: {route}.</source>
        <translation>此設定的頁面已不存在（HTTP {status}）。LinkedIn 可能已移動它：請透過選單手動檢查：{route}。</translation>
    </message>
    <message>
        <source>LinkedIn answered with an error (HTTP {status}). Try again later.</source>
        <translation>LinkedIn 回應了錯誤（HTTP {status}）。請稍後再試。</translation>
    </message>
    <message>
        <source>Something on the page (such as a cookie notice) covered the switch; it was set aside for the picture.</source>
        <translation>頁面上有東西（例如 Cookie 通知）遮住了開關；拍照時已將它移開。</translation>
    </message>
    <message>
        <source>The picture {path} could not be saved: {why}.</source>
        <translation>無法儲存圖片 {path}：{why}。</translation>
    </message>
    <message>
        <source>The browser for the check stopped working, so nothing more was checked. Check again.</source>
        <translation>用於檢查的瀏覽器停止運作，因此沒有再檢查其他項目。請再檢查一次。</translation>
    </message>
    <message>
        <source>LinkedIn ended the session when the check opened the page. Sign in again, then check again.</source>
        <translation>檢查開啟頁面時，LinkedIn 結束了工作階段。請重新登入，然後再次檢查。</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>連線遭到拒絕</translation>
    </message>
    <message>
        <source>its name could not be looked up</source>
        <translation>無法查詢其名稱</translation>
    </message>
    <message>
        <source>this computer is offline</source>
        <translation>這台電腦已離線</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <source>the network changed while it loaded</source>
        <translation>載入時網路發生變更</translation>
    </message>
    <message>
        <source>it could not be reached from here</source>
        <translation>無法從這裡連線到它</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>未及時回應</translation>
    </message>
    <message>
        <source>its security certificate was not valid</source>
        <translation>其安全性憑證無效</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>無法建立安全連線</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>Proxy 拒絕了連線</translation>
    </message>
    <message>
        <source>{host} kept sending the browser from one address to another, and the page never opened. Try again later; if it keeps happening, sign in again in the wizard.</source>
        <translation>{host} 不斷將瀏覽器從一個網址轉到另一個網址，頁面始終沒有開啟。請稍後再試；如果仍然發生，請在精靈中重新登入。</translation>
    </message>
    <message>
        <source>Could not reach {host}: {why}. Check your internet connection and try again.</source>
        <translation>無法連線到 {host}：{why}。請檢查網路連線後再試一次。</translation>
    </message>
    <message>
        <source>Could not open the page on {host} (the browser said {code}). Check your internet connection and try again.</source>
        <translation>無法開啟 {host} 上的頁面（瀏覽器回報 {code}）。請檢查網際網路連線後再試一次。</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your internet connection and try again.</source>
        <translation>{host} 未及時回應。請檢查網路連線後再試一次。</translation>
    </message>
    <message>
        <source>The browser for the check stopped answering before the setting was read. Check again.</source>
        <translation>用於檢查的瀏覽器在讀取設定前停止回應。請再檢查一次。</translation>
    </message>
    <message>
        <source>The browser page crashed while reading the setting. Check again.</source>
        <translation>讀取設定時瀏覽器頁面當機。請再檢查一次。</translation>
    </message>
    <message>
        <source>The browser closed before the setting could be read. Check again.</source>
        <translation>瀏覽器在讀取設定前就關閉了。請再檢查一次。</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>&amp;Details</source>
        <translation>詳細資料(&amp;D)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>顯示詳細資料</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What was done, your proof, and what comes next.</source>
        <translation>已完成的事項、您的證明，以及接下來的步驟。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>LinkedIn can turn such switches back on or add new ones: run the wizard again now and then to check.</source>
        <translation>LinkedIn 可能會重新開啟這類開關或新增開關：請不時再次執行精靈進行檢查。</translation>
    </message>
    <message>
        <source>Changes to ad settings may take LinkedIn up to 24 hours to apply.</source>
        <translation>LinkedIn 套用廣告設定的變更可能需要最多 24 小時。</translation>
    </message>
    <message>
        <source>The switch covers AI that &lt;i&gt;creates content&lt;/i&gt;. For LinkedIn's other uses of your data for AI, you can object with LinkedIn's &lt;a href="{url}"&gt;Data Processing Objection form&lt;/a&gt;.</source>
        <translation>此開關涵蓋&lt;i&gt;生成內容&lt;/i&gt;的 AI。對於 LinkedIn 將您的資料用於其他 AI 用途，您可以使用 LinkedIn 的&lt;a href="{url}"&gt;資料處理異議表單&lt;/a&gt;提出異議。</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>後續步驟</translation>
    </message>
    <message>
        <source>Accounts done earlier in this run</source>
        <translation>本次已完成的帳戶</translation>
    </message>
    <message>
        <source>Do this for &amp;another account</source>
        <translation>為另一個帳戶執行(&amp;A)</translation>
    </message>
    <message>
        <source>Do this for another account</source>
        <translation>為另一個帳戶執行</translation>
    </message>
    <message>
        <source>Starts again with a fresh browser profile, to sign in with another LinkedIn account. The results of this account stay on this screen.</source>
        <translation>以全新的瀏覽器設定檔重新開始，以便登入另一個 LinkedIn 帳戶。此帳戶的結果會留在這個畫面上。</translation>
    </message>
    <message>
        <source>Your proof</source>
        <translation>您的證明</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <source>(you skipped this step)</source>
        <translation>（您已略過此步驟）</translation>
    </message>
    <message>
        <source>Every setting LinkedIn offers you is off, and the check confirmed it.</source>
        <translation>LinkedIn 提供給您的每項設定都已關閉，檢查也已確認。</translation>
    </message>
    <message>
        <source>Every setting is off, and the check confirmed it.</source>
        <translation>所有設定都已關閉，檢查也已確認。</translation>
    </message>
    <message>
        <source>Send an ob&amp;jection…</source>
        <translation>送出反對請求(&amp;J)…</translation>
    </message>
    <message>
        <source>Send it a&amp;gain…</source>
        <translation>再次送出(&amp;G)…</translation>
    </message>
    <message>
        <source>Not everything is off yet: see below, or go Back and press “Fix this”.</source>
        <translation>尚未全部關閉：請見下方，或返回並按「修正」。</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>帳戶：{name}</translation>
    </message>
    <message>
        <source>{title}: {state}, the picture</source>
        <translation>{title}：{state}，圖片</translation>
    </message>
    <message>
        <source>the account signed in</source>
        <translation>已登入的帳戶</translation>
    </message>
    <message>
        <source>Read on {where} on {when}, for {whose}.</source>
        <translation>於 {when} 在 {where} 讀取，帳戶：{whose}。</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>反對資料處理</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>LinkedIn 確認畫面的圖片</translation>
    </message>
    <message>
        <source>Opens LinkedIn's Data Processing Objection form in the wizard.</source>
        <translation>在精靈中開啟 LinkedIn 的反對資料處理表單。</translation>
    </message>
    <message>
        <source>The switch covers only AI that creates content. For LinkedIn's other uses of your data for AI you can object with LinkedIn's form; the wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn decides; it answers by e-mail.</source>
        <translation>此開關只涵蓋生成內容的 AI。對於 LinkedIn 將您的資料用於 AI 的其他用途，您可以使用 LinkedIn 的表單提出反對；精靈會顯示表單，並保留 LinkedIn 的確認作為證明。由 LinkedIn 決定；它會以電子郵件回覆。</translation>
    </message>
    <message>
        <source>It was sent over a year ago. LinkedIn's uses of data change: you may send it again.</source>
        <translation>此請求已於一年多前送出。LinkedIn 使用資料的方式會改變：您可以再次送出。</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>（未顯示名稱）</translation>
    </message>
    <message>
        <source>Save its report…</source>
        <translation>儲存其報告…</translation>
    </message>
    <message>
        <source>Done earlier in this run</source>
        <translation>本次稍早已完成</translation>
    </message>
</context>
<context>
    <name>GuardedPage</name>
    <message>
        <source>The page's link to {where} was not opened: the wizard opens only web (https) and e-mail links.</source>
        <translation>未開啟頁面中連往 {where} 的連結：精靈只會開啟網頁（https）與電子郵件連結。</translation>
    </message>
    <message>
        <source>This sign-in page is not secure (no https), so the wizard does not open it: {host}. Sign in another way.</source>
        <translation>這個登入頁面不安全（沒有 https），因此精靈不會開啟它：{host}。請改用其他方式登入。</translation>
    </message>
    <message>
        <source>The page tried to open {where}; it was stopped.</source>
        <translation>頁面嘗試開啟 {where}，已被阻止。</translation>
    </message>
    <message>
        <source>The page tried to open a new window; the wizard keeps to one.</source>
        <translation>頁面嘗試開啟新視窗；精靈只使用一個視窗。</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{symbol} {summary} Checked just now.</source>
        <translation>{symbol} {summary} 剛剛檢查過。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{title}: was {before} on {date}, now {after}</source>
        <translation>{title}：{date} 時為 {before}，現在為 {after}</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {why}.</source>
        <translation>無法讀取記錄檔 {path}：{why}。</translation>
    </message>
    <message>
        <source>The history file {path} could not be read or moved: {why}.</source>
        <translation>無法讀取或移動記錄檔 {path}：{why}。</translation>
    </message>
    <message>
        <source>Some lines of the history file were damaged; they were kept as {name} and the rest of the history was kept.</source>
        <translation>記錄檔中有幾行已損壞；這些行已另存為 {name}，其餘記錄都保留下來。</translation>
    </message>
    <message>
        <source>The result could not be added to the history: {why}</source>
        <translation>無法將結果加入記錄：{why}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The sign-in page tried to open yet another window.</source>
        <translation>登入頁面試圖再開啟另一個視窗。</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>登入頁面的網址</translation>
    </message>
    <message>
        <source>About this sign-in page</source>
        <translation>關於此登入頁面</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>登入頁面</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel signing in this way</source>
        <translation>取消以此方式登入</translation>
    </message>
    <message>
        <source>This sign-in service refused the wizard</source>
        <translation>這個登入服務拒絕了精靈</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn &amp;password</source>
        <translation>使用我的 LinkedIn 密碼登入(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in with my LinkedIn password</source>
        <translation>使用我的 LinkedIn 密碼登入</translation>
    </message>
    <message>
        <source>I have no password: &amp;set one…</source>
        <translation>我沒有密碼：設定一個(&amp;S)…</translation>
    </message>
    <message>
        <source>I have no LinkedIn password: ask LinkedIn for a link to set one</source>
        <translation>我沒有 LinkedIn 密碼：請 LinkedIn 寄送設定密碼的連結</translation>
    </message>
    <message>
        <source>This sign-in service</source>
        <translation>這個登入服務</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host} will not sign you in here.&lt;/b&gt; It refuses browsers that are built into other apps, as this window is. You have not done anything wrong.</source>
        <translation>&lt;b&gt;{host} 不會在這裡讓您登入。&lt;/b&gt;它拒絕內建於其他應用程式中的瀏覽器，例如這個視窗。您沒有做錯任何事。</translation>
    </message>
    <message>
        <source>What works instead:</source>
        <translation>改用以下方式：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your LinkedIn email and password&lt;/b&gt;, on LinkedIn's page in the wizard.</source>
        <translation>&lt;b&gt;您的 LinkedIn 電子郵件與密碼&lt;/b&gt;，在精靈中的 LinkedIn 頁面輸入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No LinkedIn password?&lt;/b&gt; If you always signed in with Google, LinkedIn can email you a link to set one (“Forgot password”).</source>
        <translation>&lt;b&gt;沒有 LinkedIn 密碼？&lt;/b&gt;如果您一向以 Google 登入，LinkedIn 可以寄給您設定密碼的連結（「忘記密碼」）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;A passkey&lt;/b&gt;, if you made one for LinkedIn.</source>
        <translation>&lt;b&gt;通行金鑰&lt;/b&gt;，如果您曾為 LinkedIn 建立過。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another way&lt;/b&gt; LinkedIn offers, such as Apple or Microsoft.</source>
        <translation>&lt;b&gt;LinkedIn 提供的其他方式&lt;/b&gt;，例如 Apple 或 Microsoft。</translation>
    </message>
    <message>
        <source>{host} is not a sign-in service the wizard knows. Go on only if you expected it, for example your company's own sign-in page.</source>
        <translation>{host} 不是精靈認得的登入服務。只有在您預期如此時才繼續，例如貴公司自己的登入頁面。</translation>
    </message>
    <message>
        <source>{host}, over a secure connection</source>
        <translation>{host}，透過安全連線</translation>
    </message>
    <message>
        <source>{host}, not secure</source>
        <translation>{host}，不安全</translation>
    </message>
    <message>
        <source>Address of the sign-in page: {address}</source>
        <translation>登入頁面的網址：{address}</translation>
    </message>
    <message>
        <source>Sign-in page at {host}</source>
        <translation>{host} 上的登入頁面</translation>
    </message>
    <message>
        <source>Not secure: {host} was not opened, because it does not use an encrypted connection (https). Cancel, and sign in another way.</source>
        <translation>不安全：未開啟 {host}，因為它沒有使用加密連線 (https)。請取消，改用其他方式登入。</translation>
    </message>
    <message>
        <source>This is {site}'s answer to the sign-in. Read it, then close this window to go on signing in.</source>
        <translation>這是 {site} 對登入的回應。閱讀後，請關閉這個視窗以繼續登入。</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>關閉(&amp;L)</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>關閉這個視窗</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, the Keychain on macOS, or Windows Credential Manager.</source>
        <translation>請設定電腦的密碼儲存區：Linux 上的 GNOME Keyring 或 KDE Wallet、macOS 上的鑰匙圈，或 Windows 認證管理員。</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>未儲存任何內容。</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>未讀取任何內容。</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未刪除任何內容。</translation>
    </message>
    <message>
        <source>Your computer's password store could not be opened.</source>
        <translation>無法開啟電腦的密碼儲存區。</translation>
    </message>
    <message>
        <source>No password store on this computer keeps secrets safely.</source>
        <translation>這台電腦上沒有能安全保存機密的密碼儲存區。</translation>
    </message>
    <message>
        <source>The password store in use does not keep secrets safely.</source>
        <translation>目前使用的密碼儲存區無法安全保存機密。</translation>
    </message>
    <message>
        <source>Your password store is locked and was not unlocked.</source>
        <translation>您的密碼儲存區已鎖定，且未解鎖。</translation>
    </message>
    <message>
        <source>This computer has no password store in use.</source>
        <translation>這台電腦沒有使用中的密碼儲存區。</translation>
    </message>
    <message>
        <source>Your password store refused.</source>
        <translation>您的密碼儲存區拒絕了要求。</translation>
    </message>
    <message>
        <source>The session remembered for {name} is damaged: sign in again (in the wizard, with “Remember me”, or: optout-wizard verify --sign-in --remember).</source>
        <translation>為 {name} 記住的工作階段已損壞：請重新登入（在精靈中勾選「記住我」，或執行：optout-wizard verify --sign-in --remember）。</translation>
    </message>
    <message>
        <source>The app's data folder could not be used to keep the list of accounts in order ({why}).</source>
        <translation>無法使用應用程式的資料夾來維護帳號清單（{why}）。</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store is damaged, and this password store cannot be searched to make it again. Sign in again with “Remember me” for each account.</source>
        <translation>密碼儲存區中記住的帳號清單已損壞，且無法搜尋此密碼儲存區來重建清單。請為每個帳號勾選「記住我」並重新登入。</translation>
    </message>
    <message>
        <source>This password store cannot be searched, so the app cannot find every entry it wrote. Forget each site's sessions instead (optout-wizard forget).</source>
        <translation>無法搜尋此密碼儲存區，因此應用程式找不到它寫入的每一筆資料。請改為逐一忘記各網站的工作階段（optout-wizard forget）。</translation>
    </message>
    <message>
        <source>{doing}… (your computer may ask you to unlock its password store)</source>
        <translation>{doing}…（電腦可能會要求您解鎖其密碼儲存區）</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>（未顯示名稱）</translation>
    </message>
</context>
<context>
    <name>Later</name>
    <message>
        <source>Unlock it (it unlocks when you log in) and the check runs again at your next login.</source>
        <translation>請將它解鎖（登入電腦時會自動解鎖），下次登入時會再次執行檢查。</translation>
    </message>
    <message>
        <source>Unlock it (it unlocks when you log in), then check again.</source>
        <translation>請將它解鎖（登入電腦時會自動解鎖），然後再檢查一次。</translation>
    </message>
    <message>
        <source>Your keyring is locked: the remembered session in your computer's password store could not be read, so nothing was checked.</source>
        <translation>您的鑰匙圈已鎖定：無法讀取電腦密碼儲存區中記住的工作階段，因此沒有檢查任何項目。</translation>
    </message>
    <message>
        <source>No password store the app can use was found on this computer, so no remembered session could be read and nothing was checked. {get_one} Then sign in once in the wizard with “Remember me”.</source>
        <translation>在這部電腦上找不到應用程式可用的密碼儲存區，因此無法讀取任何記住的工作階段，也沒有檢查任何項目。{get_one} 然後在精靈中勾選「記住我」登入一次。</translation>
    </message>
    <message>
        <source>Could not read the remembered sessions: {why}</source>
        <translation>無法讀取記住的工作階段：{why}</translation>
    </message>
    <message>
        <source>The list of accounts remembered in your password store was damaged; it was made again from the sessions the store holds.</source>
        <translation>密碼儲存區中記住的帳號清單已損壞；已根據儲存區中的工作階段重建。</translation>
    </message>
    <message>
        <source>What this check found could not be kept for the wizard: {why}</source>
        <translation>無法為精靈保留這次檢查的結果：{why}</translation>
    </message>
</context>
<context>
    <name>LaterChecks</name>
    <message>
        <source>Later checks</source>
        <translation>日後的檢查</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer, for later checks</source>
        <translation>在這台電腦上記住我，供日後檢查(&amp;R)</translation>
    </message>
    <message>
        <source>Remember me on this computer, for later checks</source>
        <translation>在這台電腦上記住我，供日後檢查</translation>
    </message>
    <message>
        <source>From a terminal, the same check: optout-wizard verify</source>
        <translation>在終端機執行相同的檢查：optout-wizard verify</translation>
    </message>
    <message>
        <source>F&amp;orget me</source>
        <translation>忘記我(&amp;O)</translation>
    </message>
    <message>
        <source>Forget me: delete the remembered session</source>
        <translation>忘記我：刪除已記住的工作階段</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session, never your password, in your computer's password store.</source>
        <translation>將您的 LinkedIn 工作階段（絕不是密碼）保存在電腦的密碼儲存區中。</translation>
    </message>
    <message>
        <source>Keeps your LinkedIn session (never your password) in your computer's password store (its keyring), so the check can run again later without signing in. Nothing is kept anywhere else.</source>
        <translation>將您的 LinkedIn 工作階段（絕不是密碼）保存在電腦的密碼儲存區（鑰匙圈）中，之後不必登入即可再次檢查。不會保存在其他任何地方。</translation>
    </message>
    <message>
        <source>Password store status</source>
        <translation>密碼儲存區狀態</translation>
    </message>
    <message>
        <source>Check again every &amp;month</source>
        <translation>每個月再檢查一次(&amp;M)</translation>
    </message>
    <message>
        <source>Check again every month</source>
        <translation>每個月再檢查一次</translation>
    </message>
    <message>
        <source>Runs the check once a month and shows a notification if a setting is not off. Needs the session remembered.</source>
        <translation>每月執行一次檢查，若有設定未關閉會顯示通知。需要已記住的工作階段。</translation>
    </message>
    <message>
        <source>Check again &amp;tomorrow</source>
        <translation>明天再檢查一次(&amp;T)</translation>
    </message>
    <message>
        <source>Check again tomorrow</source>
        <translation>明天再檢查一次</translation>
    </message>
    <message>
        <source>LinkedIn says changes to ad settings may take up to 24 hours: checks once more a day from now. Needs the session remembered.</source>
        <translation>LinkedIn 表示廣告設定的變更最多可能需要 24 小時：一天後會再檢查一次。需要已記住的工作階段。</translation>
    </message>
    <message>
        <source>Greyed out until you tick “Remember me” above: the later check signs in with the remembered session.</source>
        <translation>在您勾選上方的「記住我」之前會呈現灰色：之後的檢查會使用記住的工作階段登入。</translation>
    </message>
    <message>
        <source>Monthly check status</source>
        <translation>每月檢查狀態</translation>
    </message>
    <message>
        <source>Nothing was remembered for this account in this run.</source>
        <translation>本次未為此帳戶記住任何內容。</translation>
    </message>
    <message>
        <source>Nothing to remember: you are not signed in.</source>
        <translation>沒有可記住的內容：您尚未登入。</translation>
    </message>
    <message>
        <source>Remembering</source>
        <translation>正在記住</translation>
    </message>
    <message>
        <source>Remembered in your computer's password store. “Forget me” deletes it again.</source>
        <translation>已記住在電腦的密碼儲存區中。「忘記我」會再將它刪除。</translation>
    </message>
    <message>
        <source>Forgotten: your session was deleted from the password store.</source>
        <translation>已忘記：您的工作階段已從密碼儲存區刪除。</translation>
    </message>
    <message>
        <source>The password store could not be used: {why}</source>
        <translation>無法使用密碼儲存區：{why}</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>正在忘記</translation>
    </message>
    <message>
        <source>Add a monthly r&amp;eminder to my calendar…</source>
        <translation>在我的行事曆加入每月提醒(&amp;E)…</translation>
    </message>
    <message>
        <source>Add a monthly reminder to my calendar</source>
        <translation>在我的行事曆加入每月提醒</translation>
    </message>
    <message>
        <source>Saves a calendar file with a monthly reminder to check your settings, and opens it in your calendar.</source>
        <translation>儲存含有每月檢查設定提醒的行事曆檔案，並在行事曆中開啟。</translation>
    </message>
    <message>
        <source>Looking at the monthly check…</source>
        <translation>正在查看每月檢查…</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>上一次：{what}</translation>
    </message>
    <message>
        <source>Save a monthly reminder</source>
        <translation>儲存每月提醒</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>行事曆檔案 (*.ics)</translation>
    </message>
    <message>
        <source>The reminder could not be saved: {why}</source>
        <translation>無法儲存提醒：{why}</translation>
    </message>
    <message>
        <source>Saved {path}. Open it to add the reminder to your calendar.</source>
        <translation>已儲存 {path}。開啟它即可將提醒加入行事曆。</translation>
    </message>
    <message>
        <source>Nothing was remembered, so there was nothing to delete.</source>
        <translation>沒有記住任何內容，因此沒有可刪除的項目。</translation>
    </message>
    <message>
        <source>The wizard goes on without remembering you.</source>
        <translation>精靈將繼續進行，但不會記住您。</translation>
    </message>
    <message>
        <source>Setting up the next check…</source>
        <translation>正在設定下一次檢查…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>正在取消檢查…</translation>
    </message>
    <message>
        <source>The monthly check could not be changed: {why}</source>
        <translation>無法變更每月檢查：{why}</translation>
    </message>
    <message>
        <source>The check runs once more on {when}.</source>
        <translation>檢查會在 {when} 再執行一次。</translation>
    </message>
    <message>
        <source>The check tomorrow is cancelled.</source>
        <translation>已取消明天的檢查。</translation>
    </message>
</context>
<context>
    <name>LaterRuns</name>
    <message>
        <source>The check on {date} could not run: {why}</source>
        <translation>{date} 的檢查無法執行：{why}</translation>
    </message>
    <message>
        <source>The check on {date} found these settings on: {titles}.</source>
        <translation>{date} 的檢查發現這些設定已開啟：{titles}。</translation>
    </message>
    <message>
        <source>It could not check {titles}: {why}</source>
        <translation>無法檢查 {titles}：{why}</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on: {titles}.</source>
        <translation>LinkedIn 新增了一項已開啟的設定：{titles}。</translation>
    </message>
    <message>
        <source>The check on {date} found every setting off.</source>
        <translation>{date} 的檢查發現每項設定都已關閉。</translation>
    </message>
    <message>
        <source>The check on {date}:</source>
        <translation>{date} 的檢查：</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Looking for the switch…</source>
        <translation>正在尋找開關…</translation>
    </message>
    <message>
        <source>The page is loading.</source>
        <translation>頁面正在載入。</translation>
    </message>
    <message>
        <source>The page is still loading the setting.</source>
        <translation>頁面仍在載入此設定。</translation>
    </message>
    <message>
        <source>LinkedIn's switch for this is off. Press Next.</source>
        <translation>LinkedIn 的這個開關已關閉。請按「下一步」。</translation>
    </message>
    <message>
        <source>Click the outlined switch “{label}” on the page, or press “Switch it off for me”.</source>
        <translation>按一下頁面上框起來的開關「{label}」，或按「幫我關閉」。</translation>
    </message>
    <message>
        <source>Click the outlined switch on the page, or press “Switch it off for me”.</source>
        <translation>按一下頁面上框起來的開關，或按「幫我關閉」。</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <source>LinkedIn ended the session. Sign in again.</source>
        <translation>LinkedIn 已結束工作階段。請重新登入。</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>需要驗證</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it in the page below.</source>
        <translation>LinkedIn 想確認是您本人，請在下方頁面中完成。</translation>
    </message>
    <message>
        <source>Still loading</source>
        <translation>仍在載入</translation>
    </message>
    <message>
        <source>Press “Reload the page”.</source>
        <translation>請按「重新載入頁面」。</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>LinkedIn says this setting is not offered for your account or region: there is nothing to switch off. You can go on.</source>
        <translation>LinkedIn 表示您的帳戶或地區未提供此設定：沒有需要關閉的項目。您可以繼續。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation>您可以繼續。</translation>
    </message>
    <message>
        <source>Off — saving</source>
        <translation>已關閉 — 正在儲存</translation>
    </message>
    <message>
        <source>Making sure LinkedIn saved it…</source>
        <translation>正在確認 LinkedIn 已儲存…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it: the switch is still on. Looking at the page again…</source>
        <translation>LinkedIn 沒有儲存：開關仍為開啟。正在重新查看頁面…</translation>
    </message>
    <message>
        <source>LinkedIn didn't save it. Try again, or come back later.</source>
        <translation>LinkedIn 沒有儲存。請再試一次，或稍後再回來。</translation>
    </message>
    <message>
        <source>Still on</source>
        <translation>仍為開啟</translation>
    </message>
    <message>
        <source>Page error</source>
        <translation>頁面錯誤</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>請按「重試」。</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>LinkedIn did not confirm the setting in time. Press “Reload the page” to read it again.</source>
        <translation>LinkedIn 未能及時確認此設定。請按「重新載入頁面」再讀取一次。</translation>
    </message>
    <message>
        <source>The wizard's click did not reach the switch: something on the page covers it. Close what covers it, or click the outlined switch yourself.</source>
        <translation>精靈的點按沒有到達開關：頁面上有東西遮住了它。請關閉遮住它的內容，或自行點按框起來的開關。</translation>
    </message>
    <message>
        <source>The switch is no longer on the page. Reload it.</source>
        <translation>頁面上已沒有這個開關。請重新載入頁面。</translation>
    </message>
    <message>
        <source>The page has not finished loading the switch. Try again in a moment.</source>
        <translation>頁面尚未載入完開關。請稍後再試一次。</translation>
    </message>
    <message>
        <source>The switch is not on any more.</source>
        <translation>這個開關已不再開啟。</translation>
    </message>
    <message>
        <source>The page did not allow the wizard's click.</source>
        <translation>頁面不允許精靈點按。</translation>
    </message>
    <message>
        <source>The wizard clicked the switch, but the page did not change it. Click the outlined switch yourself.</source>
        <translation>精靈已點按開關，但頁面沒有變更它。請自行點按框起來的開關。</translation>
    </message>
</context>
<context>
    <name>NewOnLinkedIn</name>
    <message>
        <source>New on LinkedIn</source>
        <translation>LinkedIn 新增項目</translation>
    </message>
    <message>
        <source>LinkedIn's lists could not be read</source>
        <translation>無法讀取 LinkedIn 的清單</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>LinkedIn 的設定清單中沒有本應用程式不認識的設定。</translation>
    </message>
    <message>
        <source>New on LinkedIn: a setting that is on: {titles}</source>
        <translation>LinkedIn 新增：一項已開啟的設定：{titles}</translation>
    </message>
    <message>
        <source>New on LinkedIn: {title}</source>
        <translation>LinkedIn 新增項目：{title}</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn 列出了一項本應用程式尚不認識的設定：「{title}」——目前為{state}。</translation>
    </message>
    <message>
        <source>Open its page, read what LinkedIn says it does, and decide there. The wizard does not know this setting, so it neither checks nor changes it.</source>
        <translation>開啟它的頁面，閱讀 LinkedIn 對它用途的說明，並在那裡決定。精靈不認得這個設定，因此既不檢查也不更改它。</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>開啟它的頁面</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次檢查</translation>
    </message>
    <message>
        <source>Open the page of “{title}”</source>
        <translation>開啟「{title}」的頁面</translation>
    </message>
    <message>
        <source>Check again, to see how it stands now</source>
        <translation>再次檢查，看看現在的狀態</translation>
    </message>
    <message>
        <source>You opened the page of “{title}”.</source>
        <translation>您已開啟「{title}」的頁面。</translation>
    </message>
    <message>
        <source>If you changed it there, check again: the check reads LinkedIn's lists afresh and shows how it stands now.</source>
        <translation>如果您在那裡更改了它，請再次檢查：檢查會重新讀取 LinkedIn 的清單，並顯示現在的狀態。</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Still on: {titles}</source>
        <translation>仍然開啟：{titles}</translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation>無法檢查：{why}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check{whose}: {headline}</source>
        <translation>LinkedIn 退出設定檢查{whose}：{headline}</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Sent</source>
        <translation>已送出</translation>
    </message>
    <message>
        <source>Objection sent on {date}, case {case}.</source>
        <translation>反對請求已於 {date} 送出，案件 {case}。</translation>
    </message>
    <message>
        <source>Objection sent on {date} (no case number was shown).</source>
        <translation>反對請求已於 {date} 送出（未顯示案件編號）。</translation>
    </message>
    <message>
        <source>LinkedIn decides on it and answers by e-mail: look out for its message. The wizard cannot check an objection later; it keeps the date, the case and the picture.</source>
        <translation>LinkedIn 會決定並以電子郵件回覆：請留意它的訊息。精靈之後無法檢查反對請求；它會保留日期、案件與圖片。</translation>
    </message>
</context>
<context>
    <name>ObjectionScreen</name>
    <message>
        <source>Object to LinkedIn's other uses of your data for AI</source>
        <translation>反對 LinkedIn 將您的資料用於 AI 的其他用途</translation>
    </message>
    <message>
        <source>Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard.</source>
        <translation>選用。由 LinkedIn 決定；它會以電子郵件回覆。由您送出，而不是精靈。</translation>
    </message>
    <message>
        <source>The switch covered only AI that creates content. LinkedIn also uses members' data for other AI: to choose what you see, to moderate, and in models that do not create content. Its form below lets you object to that. Where it asks what you object to, choose “{topic}”; for the text, copy the wizard's suggestion and change it as you like. Then press the form's own button to send it. The wizard never fills it in or sends it for you.</source>
        <translation>此開關只涵蓋生成內容的 AI。LinkedIn 也會將會員資料用於其他 AI：選擇您看到的內容、審核內容，以及用於不生成內容的模型。下方的表單讓您對此提出反對。在詢問您反對什麼的地方，請選擇「{topic}」；文字部分可複製精靈的建議並隨意修改。然後按表單本身的按鈕送出。精靈絕不會替您填寫或送出。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做什麼</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>要做什麼(&amp;D)</translation>
    </message>
    <message>
        <source>Show what to do</source>
        <translation>顯示要做什麼</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>建議文字</translation>
    </message>
    <message>
        <source>A text you may copy into the form and change as you like.</source>
        <translation>您可以複製到表單並隨意修改的文字。</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>複製文字(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the suggested text</source>
        <translation>複製建議文字</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>&amp;Open the form again</source>
        <translation>重新開啟表單(&amp;O)</translation>
    </message>
    <message>
        <source>Open the form again</source>
        <translation>重新開啟表單</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>表單</translation>
    </message>
    <message>
        <source>Picture of LinkedIn's confirmation</source>
        <translation>LinkedIn 確認畫面的圖片</translation>
    </message>
    <message>
        <source>LinkedIn's form could not be opened: {why} Press Retry in the page, or “Open the form again”. Nothing was sent.</source>
        <translation>無法開啟 LinkedIn 的表單：{why} 請在頁面中按「重試」，或按「重新開啟表單」。沒有送出任何內容。</translation>
    </message>
    <message>
        <source>Opening LinkedIn's form…</source>
        <translation>正在開啟 LinkedIn 的表單…</translation>
    </message>
    <message>
        <source>Copied. Click into the form's text box below and paste it (Ctrl+V), then change it as you like.</source>
        <translation>已複製。請點選下方表單的文字方塊並貼上（Ctrl+V），然後隨意修改。</translation>
    </message>
    <message>
        <source>LinkedIn's form shows what to correct: the marked fields in the page. Nothing has been sent yet.</source>
        <translation>LinkedIn 的表單標示了需要更正的地方：頁面中標記的欄位。尚未送出任何內容。</translation>
    </message>
    <message>
        <source>Fill in the form below and press its button to send it. The wizard notices LinkedIn's confirmation and keeps a picture of it.</source>
        <translation>請填寫下方表單並按它的按鈕送出。精靈會辨識 LinkedIn 的確認並保留一張圖片。</translation>
    </message>
    <message>
        <source>Waiting for LinkedIn's answer…</source>
        <translation>正在等待 LinkedIn 的回應…</translation>
    </message>
    <message>
        <source>LinkedIn does not offer this form in your region, so nothing can be sent here. Nothing was sent, and nothing else is needed on this step: press Next.</source>
        <translation>LinkedIn 在您所在的地區不提供此表單，因此這裡無法送出任何內容。沒有送出任何內容，此步驟也不需要再做什麼：請按「下一步」。</translation>
    </message>
    <message>
        <source>LinkedIn signed you out before the form was sent: nothing was sent. Sign in again in the page below; LinkedIn brings you back to the form, and you send it again (copy the text again if you need it).</source>
        <translation>LinkedIn 在表單送出前將您登出：沒有送出任何內容。請在下方頁面重新登入；LinkedIn 會帶您回到表單，您再送出一次（如有需要請再次複製文字）。</translation>
    </message>
    <message>
        <source>This page is not the form. Finish what LinkedIn asks here, or press “Open the form again”.</source>
        <translation>此頁面不是表單。請完成 LinkedIn 在此要求的事項，或按「重新開啟表單」。</translation>
    </message>
    <message>
        <source>It could not be added to the history ({why}); save the report on the next screen to keep the proof.</source>
        <translation>無法加入記錄（{why}）；請在下一個畫面儲存報告以保留證明。</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>已送出。</translation>
    </message>
    <message>
        <source>A picture of the confirmation could not be taken.</source>
        <translation>無法擷取確認畫面的圖片。</translation>
    </message>
</context>
<context>
    <name>OptOutScreen</name>
    <message>
        <source>Step {n} of {count}: {title}</source>
        <translation>第 {n} 步，共 {count} 步：{title}</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>為什麼這很重要</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>您會失去的：{loses}</translation>
    </message>
    <message>
        <source>Show why this matters</source>
        <translation>顯示為什麼這很重要</translation>
    </message>
    <message>
        <source>Why this &amp;matters</source>
        <translation>為什麼這很重要(&amp;M)</translation>
    </message>
    <message>
        <source>This step was last compared with LinkedIn's page on {date}; LinkedIn may have changed it since. If the page looks different, “Show me the way” helps.</source>
        <translation>此步驟上次與 LinkedIn 頁面比對的時間是 {date}；LinkedIn 之後可能已變更該頁面。如果頁面看起來不同，「告訴我路徑」會有幫助。</translation>
    </message>
    <message>
        <source>&amp;Switch it off for me</source>
        <translation>幫我關閉(&amp;S)</translation>
    </message>
    <message>
        <source>Switch it off for me</source>
        <translation>幫我關閉</translation>
    </message>
    <message>
        <source>Clicks the outlined switch in the page.</source>
        <translation>按一下頁面上框起來的開關。</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>您的位置</translation>
    </message>
    <message>
        <source>Show me the &amp;way</source>
        <translation>告訴我路徑(&amp;W)</translation>
    </message>
    <message>
        <source>Show me the way through LinkedIn's menus</source>
        <translation>告訴我在 LinkedIn 選單中的路徑</translation>
    </message>
    <message>
        <source>S&amp;kip this step…</source>
        <translation>略過此步驟(&amp;K)…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>略過此步驟</translation>
    </message>
    <message>
        <source>If the page below does not show the switch, LinkedIn may have moved it. The way through the menus:</source>
        <translation>如果下方頁面沒有顯示開關，LinkedIn 可能已移動它。透過選單的路徑：</translation>
    </message>
    <message>
        <source>The way through LinkedIn's menus</source>
        <translation>在 LinkedIn 選單中的路徑</translation>
    </message>
    <message>
        <source>&amp;Open “Settings &amp;&amp; Privacy” in the page</source>
        <translation>在頁面中開啟「設定與隱私」(&amp;O)</translation>
    </message>
    <message>
        <source>Open Settings and Privacy in the page</source>
        <translation>在頁面中開啟設定與隱私</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skip this setting?&lt;/b&gt; It stays on, and LinkedIn keeps using your data for it. The final check will show it as not done, and you can come back to it.</source>
        <translation>&lt;b&gt;略過此設定？&lt;/b&gt;它會保持開啟，LinkedIn 也會繼續為此使用您的資料。最後的檢查會將它顯示為未完成，您之後可以再回來處理。</translation>
    </message>
    <message>
        <source>Skip warning</source>
        <translation>略過警告</translation>
    </message>
    <message>
        <source>&amp;Yes, skip it</source>
        <translation>是，略過(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes, skip this setting</source>
        <translation>是，略過此設定</translation>
    </message>
    <message>
        <source>&amp;Don't skip</source>
        <translation>不要略過(&amp;D)</translation>
    </message>
    <message>
        <source>Don't skip</source>
        <translation>不要略過</translation>
    </message>
    <message>
        <source>R&amp;eload the page</source>
        <translation>重新載入頁面(&amp;E)</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>重新載入頁面</translation>
    </message>
    <message>
        <source>Loads LinkedIn's page again and reads the switch afresh.</source>
        <translation>重新載入 LinkedIn 的頁面並重新讀取開關。</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>重新登入(&amp;I)</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <source>You are in LinkedIn's menus. The wizard reads the switch again as soon as a page shows it.</source>
        <translation>您正在 LinkedIn 的選單中。只要有頁面顯示開關，精靈就會再次讀取。</translation>
    </message>
    <message>
        <source>Switch it off on LinkedIn's page below; the strip says when it is.</source>
        <translation>請在下方的 LinkedIn 頁面上關閉它；狀態列會告訴您何時已關閉。</translation>
    </message>
</context>
<context>
    <name>OptOutWizard</name>
    <message>
        <source>LinkedIn opt-out wizard</source>
        <translation>LinkedIn 退出設定精靈</translation>
    </message>
    <message>
        <source>{title} — Practice</source>
        <translation>{title}：練習</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>關於(&amp;U)…</translation>
    </message>
    <message>
        <source>Go on to another account?</source>
        <translation>要改用另一個帳戶嗎？</translation>
    </message>
    <message>
        <source>&amp;Go on to another account</source>
        <translation>改用另一個帳戶(&amp;G)</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>要關閉精靈嗎？</translation>
    </message>
    <message>
        <source>Not confirmed off yet:</source>
        <translation>尚未確認已關閉：</translation>
    </message>
    <message>
        <source>These are still on:</source>
        <translation>這些仍為開啟：</translation>
    </message>
    <message>
        <source>LinkedIn keeps using your data for these until they are off. You can come back and finish at any time.</source>
        <translation>在關閉之前，LinkedIn 會繼續將您的資料用於這些用途。您可以隨時回來完成。</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>仍要關閉(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>留下(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <source>LinkedIn's page: {title}</source>
        <translation>LinkedIn 頁面：{title}</translation>
    </message>
    <message>
        <source>This is LinkedIn's own page for “{title}”. The wizard does not know this setting, so it neither reads nor changes it: read what LinkedIn says it does, and switch it off here if you want to. Verify again to see its state in the list.</source>
        <translation>這是 LinkedIn 關於「{title}」的頁面。精靈不認識這項設定，因此不會讀取或變更它：請閱讀 LinkedIn 對它的說明，並可在此關閉。再次驗證即可在清單中看到它的狀態。</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>關於此頁面</translation>
    </message>
    <message>
        <source>LinkedIn's page</source>
        <translation>LinkedIn 頁面</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PasskeyDialog</name>
    <message>
        <source>Sign in with a passkey or security key</source>
        <translation>使用密碼金鑰或安全金鑰登入</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>該怎麼做</translation>
    </message>
    <message>
        <source>Accounts on this key</source>
        <translation>此金鑰上的帳戶</translation>
    </message>
    <message>
        <source>The security key's PIN</source>
        <translation>安全金鑰的 PIN 碼</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試一次(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the account to sign in to {site} with:</source>
        <translation>選擇要用來登入 {site} 的帳戶：</translation>
    </message>
    <message>
        <source>Enter your security key's PIN.</source>
        <translation>請輸入您安全金鑰的 PIN 碼。</translation>
    </message>
    <message>
        <source>That PIN was not right. Tries left: {n}.</source>
        <translation>PIN 碼不正確。剩餘嘗試次數：{n}。</translation>
    </message>
    <message>
        <source>Touch your security key, or confirm with your device's passkey, to sign in to {site}.</source>
        <translation>請觸碰您的安全金鑰，或以裝置的密碼金鑰確認，以登入 {site}。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>You can sign in another way on the page instead: your password, or Google or Apple.</source>
        <translation>您也可以改用頁面上的其他方式登入：您的密碼，或 Google 或 Apple。</translation>
    </message>
    <message>
        <source>The passkey or key did not answer in time.</source>
        <translation>密碼金鑰或金鑰未及時回應。</translation>
    </message>
    <message>
        <source>This key is not registered for your account.</source>
        <translation>此金鑰未註冊到您的帳戶。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: take the key out and put it in again.</source>
        <translation>錯誤的 PIN 碼次數過多：請拔出金鑰後重新插入。</translation>
    </message>
    <message>
        <source>The key is locked after too many wrong PINs.</source>
        <translation>錯誤的 PIN 碼次數過多，金鑰已鎖定。</translation>
    </message>
    <message>
        <source>The sign-in was not confirmed on the key.</source>
        <translation>金鑰上未確認此次登入。</translation>
    </message>
    <message>
        <source>Signing in with a passkey did not work here.</source>
        <translation>在此無法使用密碼金鑰登入。</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice: a replica of LinkedIn on this computer. Any email and password work.</source>
        <translation>練習：這台電腦上的 LinkedIn 複製網站。任何電子郵件與密碼都可以使用。</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>練習模式</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>儲存報告(&amp;S)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <source>Saves the check, with a picture of each switch, as a web page or a PDF.</source>
        <translation>將檢查結果連同每個開關的圖片儲存為網頁或 PDF。</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>報告狀態</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>開啟已儲存的報告</translation>
    </message>
    <message>
        <source>O&amp;pen report</source>
        <translation>開啟報告(&amp;P)</translation>
    </message>
    <message>
        <source>A report to keep</source>
        <translation>可保存的報告</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>在資料夾中顯示(&amp;L)</translation>
    </message>
    <message>
        <source>Show the saved report in its folder</source>
        <translation>在其資料夾中顯示已儲存的報告</translation>
    </message>
    <message>
        <source>Changes since the last check</source>
        <translation>自上次檢查以來的變更</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>先前的檢查</translation>
    </message>
    <message>
        <source>Changed since the last check:</source>
        <translation>自上次檢查以來已變更：</translation>
    </message>
    <message>
        <source>This is the first check kept on this computer.</source>
        <translation>這是這台電腦上保存的第一次檢查。</translation>
    </message>
    <message>
        <source>Web page, pictures included (*.html);;PDF document (*.pdf)</source>
        <translation>網頁，含圖片 (*.html);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已儲存：{path}</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {why}</source>
        <translation>無法將報告儲存至 {path}：{why}</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Use a session &amp;remembered on this computer…</source>
        <translation>使用此電腦上記住的工作階段…(&amp;R)</translation>
    </message>
    <message>
        <source>Use a session remembered on this computer</source>
        <translation>使用此電腦上記住的工作階段</translation>
    </message>
    <message>
        <source>Signs in with a session kept in your computer's password store by “Remember me”. Your computer may ask you to unlock it.</source>
        <translation>使用「記住我」保存在電腦密碼儲存區中的工作階段登入。電腦可能會要求您解鎖。</translation>
    </message>
    <message>
        <source>Remembered sessions</source>
        <translation>記住的工作階段</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>正在尋找</translation>
    </message>
    <message>
        <source>No session is remembered on this computer for {site}.</source>
        <translation>此電腦上沒有記住 {site} 的工作階段。</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>哪個帳戶？</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>（未顯示名稱）</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>以 {name} 繼續</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>正在開啟</translation>
    </message>
    <message>
        <source>That session is no longer remembered. Sign in below instead.</source>
        <translation>該工作階段已不再記住。請改在下方登入。</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>正在以 {name} 登入…</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>正在忘記</translation>
    </message>
    <message>
        <source>The remembered session of {name} had expired; it was removed from the password store. Sign in below.</source>
        <translation>{name} 記住的工作階段已過期，已從密碼儲存區移除。請在下方登入。</translation>
    </message>
    <message>
        <source>The password store could not be read: {why} Sign in below instead.</source>
        <translation>無法讀取密碼儲存區：{why} 請改為在下方登入。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Off</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>On</source>
        <translation>已開啟</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>需要驗證</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Off — you are opted out</source>
        <translation>已關閉——您已選擇退出</translation>
    </message>
    <message>
        <source>On — LinkedIn still uses your data for this</source>
        <translation>已開啟——LinkedIn 仍在為此使用您的資料</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>The switch was found by its label and read as off: you are opted out.</source>
        <translation>已依標籤找到開關並讀取為關閉：您已選擇退出。</translation>
    </message>
    <message>
        <source>The switch was found and read as on: you are not opted out yet.</source>
        <translation>已找到開關並讀取為開啟：您尚未選擇退出。</translation>
    </message>
    <message>
        <source>LinkedIn sent the check to its sign-in page: the session had ended.</source>
        <translation>LinkedIn 將檢查導向登入頁面：工作階段已結束。</translation>
    </message>
    <message>
        <source>LinkedIn asked for a security check (a code or a puzzle) first.</source>
        <translation>LinkedIn 先要求進行安全驗證（驗證碼或拼圖）。</translation>
    </message>
    <message>
        <source>The page loaded but no switch matched: the page changed, or the setting is not offered for this account or region.</source>
        <translation>頁面已載入，但沒有相符的開關：頁面已變更，或此帳戶或地區未提供此設定。</translation>
    </message>
    <message>
        <source>The page could not be checked (network, timeout, HTTP error or no browser).</source>
        <translation>無法檢查頁面（網路、逾時、HTTP 錯誤或沒有瀏覽器）。</translation>
    </message>
    <message>
        <source>LinkedIn also lists a new setting, “{title}”, and it is on.</source>
        <translation>LinkedIn 還列出一個新設定「{title}」，而且它是開啟的。</translation>
    </message>
    <message>
        <source>LinkedIn also lists {n} new settings that are on.</source>
        <translation>LinkedIn 還列出 {n} 個開啟中的新設定。</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>檢查無法執行。</translation>
    </message>
    <message>
        <source>1 setting could not be checked.</source>
        <translation>有 1 項設定無法檢查。</translation>
    </message>
    <message>
        <source>{n} settings could not be checked.</source>
        <translation>有 {n} 項設定無法檢查。</translation>
    </message>
    <message>
        <source>1 setting is still on.</source>
        <translation>有 1 項設定仍為開啟。</translation>
    </message>
    <message>
        <source>{n} settings are still on.</source>
        <translation>有 {n} 項設定仍為開啟。</translation>
    </message>
    <message>
        <source>LinkedIn does not offer you any of these settings.</source>
        <translation>LinkedIn 沒有向您提供這些設定中的任何一個。</translation>
    </message>
    <message>
        <source>Every setting offered to you is off; LinkedIn does not offer the rest.</source>
        <translation>提供給您的每項設定都已關閉；其餘的 LinkedIn 並未提供。</translation>
    </message>
    <message>
        <source>All settings are off.</source>
        <translation>所有設定都已關閉。</translation>
    </message>
    <message>
        <source>Data Processing Objection: {word}. {sentence}</source>
        <translation>反對資料處理：{word}。{sentence}</translation>
    </message>
    <message>
        <source>LinkedIn lists settings this app does not know yet:</source>
        <translation>LinkedIn 列出了本應用程式尚不認識的設定：</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>建議做法：{advice}</translation>
    </message>
    <message>
        <source>New since this check.</source>
        <translation>自本次檢查起新增。</translation>
    </message>
    <message>
        <source>Listed since {date}.</source>
        <translation>自 {date} 起列出。</translation>
    </message>
    <message>
        <source>open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, and decide. The wizard does not know it, so it neither checks nor changes it.</source>
        <translation>開啟它（在精靈中：完成，「LinkedIn 新增項目」），閱讀 LinkedIn 對它的說明後再決定。精靈不認識它，因此不會檢查或變更它。</translation>
    </message>
    <message>
        <source>LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}.</source>
        <translation>LinkedIn 列出了一項本應用程式尚不認識的設定：「{title}」——目前為{state}。</translation>
    </message>
    <message>
        <source>LinkedIn added a setting that is on.</source>
        <translation>LinkedIn 新增了一項已開啟的設定。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>{title}: the switch as seen</source>
        <translation>{title}：檢查時看到的開關</translation>
    </message>
    <message>
        <source>Practice check on a replica site: this is not LinkedIn.</source>
        <translation>在模擬網站上的練習檢查：這不是 LinkedIn。</translation>
    </message>
    <message>
        <source>New on LinkedIn</source>
        <translation>LinkedIn 新增項目</translation>
    </message>
    <message>
        <source>LinkedIn lists these settings, which this app does not know yet (it sees only what LinkedIn's lists show):</source>
        <translation>LinkedIn 列出了這些本應用程式尚不認識的設定（它只能看到 LinkedIn 清單中顯示的內容）：</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>建議做法：{advice}</translation>
    </message>
    <message>
        <source>LinkedIn's lists of settings show no setting this app does not know.</source>
        <translation>LinkedIn 的設定清單中沒有本應用程式不認識的設定。</translation>
    </message>
    <message>
        <source>Data Processing Objection</source>
        <translation>反對資料處理</translation>
    </message>
    <message>
        <source>LinkedIn's page said: “{said}”</source>
        <translation>LinkedIn 頁面顯示：「{said}」</translation>
    </message>
    <message>
        <source>A request to LinkedIn, not a switch: it is not counted among the settings above, and no check can read it again.</source>
        <translation>這是向 LinkedIn 提出的請求，不是開關：不計入上方的設定，任何檢查都無法再次讀取它。</translation>
    </message>
    <message>
        <source>LinkedIn's confirmation of the objection</source>
        <translation>LinkedIn 對反對請求的確認</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>(not shown on the page)</source>
        <translation>（頁面上未顯示）</translation>
    </message>
    <message>
        <source>LinkedIn opt-out wizard {version}, {browser}</source>
        <translation>LinkedIn 退出設定精靈 {version}，{browser}</translation>
    </message>
    <message>
        <source>LinkedIn opt-out check</source>
        <translation>LinkedIn 退出設定檢查</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>檢查時間</translation>
    </message>
    <message>
        <source>(this computer's time)</source>
        <translation>（這台電腦的時間）</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>檢查工具</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>所見內容</translation>
    </message>
    <message>
        <source>What each result means</source>
        <translation>各結果的含義</translation>
    </message>
    <message>
        <source>The pictures</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Only “{off}” means the switch was found and read as off. Anything the check could not see is never reported as “{off}”.</source>
        <translation>只有「{off}」表示已找到開關並讀取為關閉。檢查看不到的內容絕不會回報為「{off}」。</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not checked yet</source>
        <translation>尚未檢查</translation>
    </message>
    <message>
        <source>{title}: result</source>
        <translation>{title}：結果</translation>
    </message>
    <message>
        <source>{title}: checking</source>
        <translation>{title}：檢查中</translation>
    </message>
    <message>
        <source>{title}: picture of the switch</source>
        <translation>{title}：開關的圖片</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Fix this: {title}</source>
        <translation>修正：{title}</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Opening the page…</source>
        <translation>正在開啟頁面…</translation>
    </message>
    <message>
        <source>Reading the switch…</source>
        <translation>正在讀取開關…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Finish the security check</source>
        <translation>完成安全檢查</translation>
    </message>
    <message>
        <source>Finish the security check in the wizard: {title}</source>
        <translation>在精靈中完成安全檢查：{title}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The monthly check could not be set up: your system's scheduler does not answer here ({why}). Add a monthly reminder to your calendar instead, and check by hand.</source>
        <translation>無法設定每月檢查：系統的排程器在這裡沒有回應（{why}）。請改為在行事曆加入每月提醒，並手動檢查。</translation>
    </message>
    <message>
        <source>Your system's scheduler does not answer here ({why}), so the monthly check cannot run. Add a monthly reminder to your calendar instead.</source>
        <translation>系統的排程器在這裡沒有回應（{why}），因此每月檢查無法執行。請改為在行事曆加入每月提醒。</translation>
    </message>
    <message>
        <source>The monthly check names a program that is no longer there ({program}), so it cannot run. Open the wizard from where it is now installed to set it up again.</source>
        <translation>每月檢查所指定的程式已不存在（{program}），因此無法執行。請從目前的安裝位置開啟精靈以重新設定。</translation>
    </message>
    <message>
        <source>The check runs again every month.</source>
        <translation>檢查每個月會再執行一次。</translation>
    </message>
    <message>
        <source>The check will run again every month.</source>
        <translation>檢查會每月再執行一次。</translation>
    </message>
    <message>
        <source>The monthly check is removed.</source>
        <translation>已移除每月檢查。</translation>
    </message>
    <message>
        <source>the job is switched off</source>
        <translation>此工作已關閉</translation>
    </message>
    <message>
        <source>systemctl is not available</source>
        <translation>無法使用 systemctl</translation>
    </message>
    <message>
        <source>The check runs again at your next login.</source>
        <translation>下次登入時會再次執行檢查。</translation>
    </message>
    <message>
        <source>Check your LinkedIn opt-outs</source>
        <translation>檢查您的 LinkedIn 退出設定</translation>
    </message>
    <message>
        <source>Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: it checks that both settings are still off.</source>
        <translation>開啟 LinkedIn 退出設定精靈（optout-wizard），按下「驗證我的設定」：它會檢查兩項設定是否仍為關閉。</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>This screen's content</source>
        <translation>此畫面的內容</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>On LinkedIn's own page: the wizard never sees your password.</source>
        <translation>在 LinkedIn 自己的頁面上：精靈永遠看不到您的密碼。</translation>
    </message>
    <message>
        <source>Sign-in hint</source>
        <translation>登入提示</translation>
    </message>
    <message>
        <source>Starting the browser that shows LinkedIn's sign-in page…</source>
        <translation>正在啟動顯示 LinkedIn 登入頁面的瀏覽器…</translation>
    </message>
    <message>
        <source>Starting the browser that shows the practice sign-in page…</source>
        <translation>正在啟動顯示練習登入頁面的瀏覽器…</translation>
    </message>
    <message>
        <source>Finish signing in in the window that opened. It shows the address it is on: sign in only where you expect to.</source>
        <translation>請在開啟的視窗中完成登入。視窗會顯示其網址：只在您預期的地方登入。</translation>
    </message>
    <message>
        <source>Ask LinkedIn for a link to set a password: type your email below. Open the link in the email, set a password, then sign in here with it.</source>
        <translation>請 LinkedIn 寄送設定密碼的連結：在下方輸入您的電子郵件。開啟郵件中的連結並設定密碼，然後在這裡用它登入。</translation>
    </message>
    <message>
        <source>Sign in below with your LinkedIn email and password. No password? Choose “Forgot password” on the page: LinkedIn emails you a link to set one.</source>
        <translation>請在下方以您的 LinkedIn 電子郵件與密碼登入。沒有密碼？在頁面上選擇「忘記密碼」：LinkedIn 會寄給您設定密碼的連結。</translation>
    </message>
    <message>
        <source>LinkedIn wants to confirm it's you — finish it here.</source>
        <translation>LinkedIn 想確認是您本人，請在這裡完成。</translation>
    </message>
    <message>
        <source>LinkedIn asks you to approve this sign-in on your phone: open the LinkedIn app and tap Yes. The wizard goes on by itself once you have.</source>
        <translation>LinkedIn 要求您在手機上核准這次登入：請開啟 LinkedIn 應用程式並點選「是」。完成後精靈會自動繼續。</translation>
    </message>
    <message>
        <source>LinkedIn asks for the code from your authenticator app (two-step verification). Open the app, and type the code into the page below.</source>
        <translation>LinkedIn 要求輸入驗證器應用程式中的代碼（兩步驟驗證）。請開啟應用程式，並在下方頁面輸入代碼。</translation>
    </message>
    <message>
        <source>LinkedIn sent a code by text message to your phone. Type it into the page below.</source>
        <translation>LinkedIn 已透過簡訊將代碼傳送到您的手機。請在下方頁面輸入。</translation>
    </message>
    <message>
        <source>Sign in below, on the practice site's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>請在下方練習網站自己的頁面登入。精靈絕不會看到您的密碼。登入後會自動繼續。</translation>
    </message>
    <message>
        <source>Sign in below, on LinkedIn's own page. The wizard never sees your password. It moves on by itself once you are signed in.</source>
        <translation>請在下方 LinkedIn 自己的頁面登入。精靈絕不會看到您的密碼。登入後會自動繼續。</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Switch state: {state}</source>
        <translation>開關狀態：{state}</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>您在這裡</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>尚未進行</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>反對請求</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Press Enter to see the picture whole.</source>
        <translation>按 Enter 鍵查看完整圖片。</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>按一下即可放大</translation>
    </message>
    <message>
        <source>{title}: {answer}.</source>
        <translation>{title}：{answer}。</translation>
    </message>
    <message>
        <source>Taken on {date} at {time}</source>
        <translation>拍攝於 {date} {time}</translation>
    </message>
    <message>
        <source>, on {address}</source>
        <translation>，位於 {address}</translation>
    </message>
    <message>
        <source>Account: {account}.</source>
        <translation>帳戶：{account}。</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Verify my settings</source>
        <translation>驗證我的設定</translation>
    </message>
    <message>
        <source>An independent check of each setting, with a picture as proof.</source>
        <translation>逐一獨立檢查每項設定，並附上圖片作為證明。</translation>
    </message>
    <message>
        <source>The check starts by itself: it opens each setting's page again, on its own, reads the switch, and keeps a picture of it as proof.</source>
        <translation>檢查會自動開始：它會自行重新開啟每項設定的頁面、讀取開關，並保存一張圖片作為證明。</translation>
    </message>
    <message>
        <source>&amp;Verify my settings</source>
        <translation>驗證我的設定(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>取消檢查(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>取消檢查</translation>
    </message>
    <message>
        <source>&amp;Install a browser for the check</source>
        <translation>安裝檢查用的瀏覽器(&amp;I)</translation>
    </message>
    <message>
        <source>Install a browser for the check</source>
        <translation>安裝檢查用的瀏覽器</translation>
    </message>
    <message>
        <source>&amp;Sign in again and check again</source>
        <translation>重新登入並再次檢查(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in again and check again</source>
        <translation>重新登入並再次檢查</translation>
    </message>
    <message>
        <source>Browser download</source>
        <translation>瀏覽器下載</translation>
    </message>
    <message>
        <source>The check's progress</source>
        <translation>檢查進度</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>檢查摘要</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>正在開始檢查…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Checking {n} of {count}: {title}…</source>
        <translation>正在檢查第 {n} 項，共 {count} 項：{title}…</translation>
    </message>
    <message>
        <source>Starting the browser for the check…</source>
        <translation>正在啟動檢查用的瀏覽器…</translation>
    </message>
    <message>
        <source>Reading LinkedIn's lists of settings, to notice any it added…</source>
        <translation>正在讀取 LinkedIn 的設定清單，以發現新增的設定…</translation>
    </message>
    <message>
        <source>Browser: {browser}</source>
        <translation>瀏覽器：{browser}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked. Press “Verify again” to start over.</source>
        <translation>已取消：未檢查任何項目。按「再次驗證」重新開始。</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>再次驗證(&amp;A)</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>再次驗證</translation>
    </message>
    <message>
        <source>Downloading a browser for the check (about 100 MB)…</source>
        <translation>正在下載用於檢查的瀏覽器（約 100 MB）…</translation>
    </message>
    <message>
        <source>Press “Verify again”.</source>
        <translation>請按「再次驗證」。</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <source>The check could not run: {why}</source>
        <translation>無法執行檢查：{why}</translation>
    </message>
</context>
<context>
    <name>WebSession</name>
    <message>
        <source>The page offered a file to download; the wizard does not download files.</source>
        <translation>頁面提供了檔案下載；精靈不會下載檔案。</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>What the later check found</source>
        <translation>後續檢查的結果</translation>
    </message>
    <message>
        <source>LinkedIn uses your data to train AI and shares it for ads unless you switch this off. The wizard takes you to each switch, tells you when it is off, and checks again on its own, with a picture as proof.</source>
        <translation>除非您關閉，否則 LinkedIn 會用您的資料訓練 AI，並為廣告分享資料。精靈會帶您到每個開關，告訴您何時已關閉，並自行再次檢查，附上圖片作為證明。</translation>
    </message>
    <message>
        <source>What the wizard is for</source>
        <translation>精靈的用途</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into LinkedIn's own page.</source>
        <translation>它從不會看到您的密碼：您是在 LinkedIn 自己的頁面輸入。</translation>
    </message>
    <message>
        <source>It never sees your password: you type it into the practice page.</source>
        <translation>它從不會看到您的密碼：您是在練習頁面輸入。</translation>
    </message>
    <message>
        <source>It keeps nothing, unless you ask it to remember you; then only in your computer's password store (its keyring).</source>
        <translation>除非您要求記住您，否則不保留任何資料；即使保留，也只存在電腦的密碼儲存區（鑰匙圈）中。</translation>
    </message>
    <message>
        <source>It checks each setting again on its own and keeps a picture as proof.</source>
        <translation>它會自行再次檢查每項設定，並保存圖片作為證明。</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>更多選項(&amp;M)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>更多選項</translation>
    </message>
    <message>
        <source>The privacy signal, related settings you can add, and LinkedIn's objection form.</source>
        <translation>隱私訊號、您可以加入的相關設定，以及 LinkedIn 的反對表單。</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my &amp;data</source>
        <translation>同時要求 LinkedIn 不要分享或出售我的資料(&amp;D)</translation>
    </message>
    <message>
        <source>Also ask LinkedIn not to share or sell my data</source>
        <translation>同時要求 LinkedIn 不要分享或出售我的資料</translation>
    </message>
    <message>
        <source>The wizard's browser sends the standard privacy signal for this (Global Privacy Control). LinkedIn says it opts members in the US out of data sharing. It is never taken as proof: every switch is still read.</source>
        <translation>精靈的瀏覽器會為此傳送標準隱私權信號（Global Privacy Control）。LinkedIn 表示會藉此讓美國會員退出資料分享。它絕不會被當作證明：每個開關仍會被讀取。</translation>
    </message>
    <message>
        <source>While the wizard was closed: {what}</source>
        <translation>精靈關閉期間：{what}</translation>
    </message>
    <message>
        <source>Switch off {count} LinkedIn settings, and prove they stay off</source>
        <translation>關閉 {count} 項 LinkedIn 設定，並證明它們保持關閉</translation>
    </message>
    <message>
        <source>About {minutes} minutes. You stay in charge of every change.</source>
        <translation>大約 {minutes} 分鐘。每項變更都由您決定。</translation>
    </message>
    <message>
        <source>Related settings you may add (optional; each adds a step of about two minutes)</source>
        <translation>您可以加入的相關設定（選用；每項會增加約兩分鐘的步驟）</translation>
    </message>
    <message>
        <source>Also &amp;object to LinkedIn's other uses of my data for AI</source>
        <translation>同時反對 LinkedIn 將我的資料用於 AI 的其他用途(&amp;O)</translation>
    </message>
    <message>
        <source>Also object to LinkedIn's other uses of my data for AI</source>
        <translation>同時反對 LinkedIn 將我的資料用於 AI 的其他用途</translation>
    </message>
    <message>
        <source>LinkedIn decides; it answers by e-mail.</source>
        <translation>由 LinkedIn 決定；它會以電子郵件回覆。</translation>
    </message>
    <message>
        <source>After the check, the wizard shows LinkedIn's Data Processing Objection form, with a text you can copy; you fill it in and send it yourself, and the wizard keeps LinkedIn's confirmation as proof.</source>
        <translation>檢查完成後，精靈會顯示 LinkedIn 的反對資料處理表單，並附上可複製的文字；由您自行填寫並送出，精靈會保留 LinkedIn 的確認作為證明。</translation>
    </message>
    <message>
        <source>Beyond the switches</source>
        <translation>開關之外</translation>
    </message>
    <message>
        <source>Also switch off: {title}</source>
        <translation>同時關閉：{title}</translation>
    </message>
    <message>
        <source>What you give up: {loses}</source>
        <translation>您會失去的：{loses}</translation>
    </message>
    <message>
        <source>The wizard's shield</source>
        <translation>精靈的盾牌</translation>
    </message>
</context>
</TS>
