/*
 * The one piece of code that finds an opt-out's switch on a page and reads it.
 *
 * The wizard's embedded view runs it in Qt's isolated ApplicationWorld and the
 * verifier runs it through Playwright: one source of truth, two engines. It is a
 * single function expression with no globals, so either engine can wrap it. It
 * reads one moment of the page; resources/watch.js decides when a reading is an
 * answer (a ready switch that has held its state, a page that has finished).
 *
 * What counts as this setting's switch, in order of trust (first that applies):
 *   1. "id": the one visible switch whose aria-labelledby names the catalog's
 *      stable id (switchId);
 *   2. "label": the one switch whose accessible name is a catalog label, in any
 *      catalog language (case, spacing and apostrophes ignored);
 *   3. "similar-label": the one switch whose name is a small rewording of a
 *      catalog label: it covers the label's distinctive words (word endings may
 *      differ), adds few of its own, negates nothing the label does not, and is
 *      clearly closer to this setting than to any other setting in the catalog;
 *   4. "only-switch", the weakest: the only switch inside <main>, at the
 *      setting's own address, under a heading with the setting's title, and only
 *      when the switch names nothing else (its name is empty of meaning, such as
 *      "On", or is the setting's title; no stable id of another setting).
 * A switch that names itself as something else is never this setting. Switches
 * inside open shadow roots and same-origin frames count; cross-origin frames and
 * hidden copies ([hidden], aria-hidden, display:none) do not.
 *
 * A switch's name is its accessible name (aria-labelledby, aria-label, its label,
 * its own text, its title); failing all of those, the text its aria-describedby
 * names, as a name of last resort (`nameFrom: "description"` then says so).
 *
 * A found switch is "ready" only when it is enabled (not disabled, aria-disabled
 * or inert), not inside aria-busy="true", has a name, and is shown (its label
 * visible). A switch that is not ready is reported with `loading` saying why;
 * it is never an answer.
 *
 * `busy` says the page shows that it is still drawing: something marked
 * aria-busy or a progress bar anywhere; and inside <main> (the page when it has
 * none): words meaning "Loading…" (spec.loadingWords, every language) shown on
 * their own or said by a live region, an element whose class or test id names
 * a skeleton, spinner, shimmer, placeholder or loader, a running animation (a
 * spinner drawn by CSS alone), or a lone short text ending in an ellipsis that is
 * most of what the content says ("Loading…" in a language no list holds). Class
 * names are read only here, and only ever to wait longer: never to find or read a
 * switch. On/off: a native checkbox's `checked`, an ARIA switch's
 * aria-checked; both present must agree; mixed or missing is unreadable (null),
 * never off.
 *
 * spec: {
 *   switchId, labels: [..], titles: [..], paths: [..],  this setting
 *   others: [[..], ..]   every other catalog setting's labels and titles
 *   words: {stop, negations, generic}   per-language word lists (all languages)
 *   origin, signedOutPaths, challengePaths,
 *   notOffered: {phrases: [..], unavailable: [..], scopes: [..]},
 *   withElement          also return the DOM element (same-world callers only)
 * }
 *
 * Never keys on CSS classes: LinkedIn's are hashed and change.
 */
(function detect(spec) {
  "use strict";
  const SWITCHES = 'input[type="checkbox" i], [role="switch" i], [role="checkbox" i]';
  const STATE_WORDS = ["true", "false"];
  const HEADINGS = "h1, h2, [role='heading' i]";
  const MAINS = "main, [role='main' i]";

  const norm = (text) =>
    String(text || "")
      .normalize("NFC")
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .toLocaleLowerCase()
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[.:]$/, "");
  // A frame's origin: window.origin (a srcdoc frame's location says "about:srcdoc").
  const originOf = (view) => view.origin || view.location.origin;
  const tidy = (text) => String(text || "").replace(/\s+/g, " ").trim();

  const result = {
    found: false,
    ready: false,
    loading: null,
    checked: null,
    matchedBy: null,
    label: null,
    detail: "",
    signedOut: false,
    challenge: false,
    notOffered: false,
    busy: false,
    url: location.href,
    box: null,
    where: null,
    unnamedSwitches: 0,
  };

  if (spec.origin && location.origin !== spec.origin) {
    result.detail = "The page left the site: it is on " + location.origin + ".";
    return result;
  }
  const path = location.pathname;
  const startsWithAny = (prefixes) => (prefixes || []).some((p) => path.startsWith(p));
  if (startsWithAny(spec.signedOutPaths)) {
    result.signedOut = true;
    result.detail = "The page is LinkedIn's sign-in page.";
    return result;
  }
  if (startsWithAny(spec.challengePaths)) {
    result.challenge = true;
    result.detail = "The page is a LinkedIn security check.";
    return result;
  }

  // ---- The page's documents and shadow roots (same origin only) ----

  const sameOriginDoc = (frame) => {
    try {
      const doc = frame.contentDocument;
      if (!doc || !doc.documentElement) return null;
      if (spec.origin && doc.defaultView && originOf(doc.defaultView) !== spec.origin) {
        return null;
      }
      return doc;
    } catch (e) {
      return null; // cross-origin: not ours to read
    }
  };

  // Every root to search: the document, open shadow roots, same-origin frames.
  const roots = [];
  const collect = (root) => {
    roots.push(root);
    const all = root.querySelectorAll("*");
    for (const node of all) {
      if (node.shadowRoot) collect(node.shadowRoot);
      if (node.tagName === "IFRAME" || node.tagName === "FRAME") {
        const doc = sameOriginDoc(node);
        if (doc) collect(doc);
      }
    }
  };
  collect(document);
  const queryAll = (selector) => roots.flatMap((root) => Array.from(root.querySelectorAll(selector)));

  // Up the tree across shadow roots (to the host) and frames (to the frame element).
  const parentOf = (node) => {
    const up = node.parentNode;
    if (!up) return null;
    if (up.nodeType === 11) return up.host || null; // a shadow root: on to its host
    if (up.nodeType === 9) {
      try {
        const view = up.defaultView;
        return view && view !== window && view.frameElement ? view.frameElement : null;
      } catch (e) {
        return null;
      }
    }
    return up;
  };
  const closestAcross = (el, test) => {
    for (let node = el; node; node = parentOf(node)) {
      if (node.nodeType === 1 && test(node)) return node;
    }
    return null;
  };
  const containsAcross = (ancestor, el) => closestAcross(el, (n) => n === ancestor) !== null;
  const styleOf = (el) => el.ownerDocument.defaultView.getComputedStyle(el);

  const hiddenCopy = (el) =>
    closestAcross(el, (n) => n.hasAttribute("hidden") || norm(n.getAttribute("aria-hidden")) === "true") !== null ||
    el.getClientRects().length === 0;
  const isSwitch = (el) => el.matches(SWITCHES) && !hiddenCopy(el);
  const textOf = (el) => (el ? el.textContent || "" : "");
  const byId = (el, id) => {
    const root = el.getRootNode();
    return (root.getElementById ? root.getElementById(id) : null) || el.ownerDocument.getElementById(id);
  };
  const labelledIds = (el) => (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);

  // Elements that name the switch, for the accessible name and the evidence picture.
  const labelElementsOf = (el) => {
    const byIds = labelledIds(el).map((id) => byId(el, id)).filter(Boolean);
    if (byIds.length) return byIds;
    const found = [];
    if (el.labels) found.push(...el.labels);
    if (!found.length && el.id) {
      found.push(...el.getRootNode().querySelectorAll('label[for="' + CSS.escape(el.id) + '"]'));
    }
    const wrapping = el.closest("label");
    if (!found.length && wrapping) found.push(wrapping);
    return found;
  };

  const ownNameOf = (el) => {
    const ids = labelledIds(el);
    if (ids.length) {
      const text = ids.map((id) => textOf(byId(el, id))).join(" ");
      if (norm(text)) return text;
    }
    const aria = el.getAttribute("aria-label");
    if (norm(aria)) return aria;
    const labels = labelElementsOf(el);
    if (labels.length) return labels.map(textOf).join(" ");
    if (el.tagName !== "INPUT" && norm(el.textContent)) return el.textContent;
    return el.getAttribute("title") || "";
  };
  // The accessible description, as a name of last resort: some hand-made switches
  // carry their words only there.
  const descriptionOf = (el) =>
    (el.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean)
      .map((id) => textOf(byId(el, id))).join(" ");
  const nameOf = (el) => {
    const own = ownNameOf(el);
    return norm(own) ? own : descriptionOf(el);
  };
  const namedByDescription = (el) => !norm(ownNameOf(el)) && Boolean(norm(descriptionOf(el)));

  // Native checkbox: `checked`; ARIA switch: aria-checked. When both are present
  // they must agree; a mixed or missing state is unreadable, never off.
  const read = (el) => {
    const raw = el.getAttribute("aria-checked");
    const aria = raw === null ? null : norm(raw);
    if (aria !== null && !STATE_WORDS.includes(aria)) {
      return { checked: null, why: 'The switch says aria-checked="' + raw + '", which is neither on nor off.' };
    }
    const ariaChecked = aria === null ? null : aria === "true";
    if (el.tagName === "INPUT") {
      if (el.indeterminate) return { checked: null, why: "The switch shows a mixed state." };
      if (ariaChecked !== null && ariaChecked !== el.checked) {
        return { checked: null, why: "The switch's two on/off markers disagree." };
      }
      return { checked: el.checked, why: "" };
    }
    if (ariaChecked === null) {
      return { checked: null, why: "The switch does not say whether it is on or off." };
    }
    return { checked: ariaChecked, why: "" };
  };

  // ---- Ready: a switch the member could use now, not a placeholder ----

  const visible = (el) => {
    if (el.getClientRects().length === 0) return false;
    if (styleOf(el).visibility === "hidden") return false;
    if (typeof el.checkVisibility === "function") {
      return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    }
    return true;
  };
  const notReady = (el, labels) => {
    if (el.disabled === true || (el.matches && el.matches(":disabled"))) return "disabled";
    if (closestAcross(el, (n) => norm(n.getAttribute("aria-disabled")) === "true" || n.hasAttribute("inert"))) {
      return "disabled";
    }
    if (closestAcross(el, (n) => norm(n.getAttribute("aria-busy")) === "true")) return "busy";
    if (!norm(nameOf(el))) return "unnamed";
    if (styleOf(el).visibility === "hidden") return "hidden";
    const shown = labels.length ? labels.some(visible) : visible(el);
    if (!shown) return "hidden";
    return null;
  };

  // ---- Signs that the page is still drawing ----

  const LOADING_HINTS = /skeleton|spinner|shimmer|placeholder|loader|loading/i;
  const ELLIPSIS = /(\u2026|\.\.\.|\u22ef|\u30fb\u30fb\u30fb)$/u;
  const loadingWords = (spec.loadingWords || []).map((w) => plain(w)).filter(Boolean);
  function plain(text) {
    return norm(text).replace(/[\s.\u2026\u22ef\u3002]+$/u, "");
  }
  const saysLoading = (text, short) => {
    const t = plain(text);
    if (!t || (short && t.length > 40)) return false;
    return loadingWords.some((w) => (short ? t === w || t.startsWith(w + " ") : t.includes(w)));
  };
  function stillDrawing() {
    const shown = (el) => !hiddenCopy(el) && visible(el);
    if (queryAll("[aria-busy='true' i], [role='progressbar' i]").some(shown)) return true;
    const mainHere = queryAll(MAINS)[0] || document.body;
    if (!mainHere) return false;
    const inside = (el) => containsAcross(mainHere, el);
    const live = queryAll("[aria-live]:not([aria-live='off' i]), [role='status' i]");
    if (live.some((el) => inside(el) && shown(el) && saysLoading(el.textContent, false))) return true;
    const hinted = queryAll("[class], [data-testid], [data-test-id]").filter((el) => {
      const names = [el.getAttribute("class"), el.getAttribute("data-testid"),
        el.getAttribute("data-test-id")].join(" ");
      return LOADING_HINTS.test(names);
    });
    if (hinted.some((el) => inside(el) && shown(el))) return true;
    // A running animation inside the main content: a spinner drawn by CSS alone, with
    // no words, no aria and a hashed class (the Web Animations API sees CSS animations
    // and transitions alike).
    if (typeof document.getAnimations === "function") {
      const moving = document.getAnimations().some((a) => {
        const target = a.playState === "running" && a.effect ? a.effect.target : null;
        return target && target.nodeType === 1 && inside(target) && shown(target);
      });
      if (moving) return true;
    }
    const leaves = queryAll("*").filter((el) => el.childElementCount === 0 && inside(el));
    if (leaves.some((el) => saysLoading(el.textContent, true) && shown(el))) return true;
    // A lone short text ending in an ellipsis where the switch would be: "Loading…" in
    // a language the catalog does not hold ("読み込み中…"), when it is most of what the
    // main content says.
    const said = norm(mainHere.innerText || mainHere.textContent || "");
    return leaves.some((el) => {
      const t = norm(el.textContent);
      return t.length > 0 && t.length <= 40 && ELLIPSIS.test(t) && t.length * 2 >= said.length &&
        shown(el);
    });
  }

  // ---- Words: telling a small rewording from another setting ----

  const W = spec.words || {};
  const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

  function tokensOf(text) {
    const plain = String(text || "")
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLocaleLowerCase();
    const out = [];
    for (const match of plain.matchAll(/[\p{L}\p{N}]+/gu)) {
      let word = "";
      for (const ch of match[0]) {
        if (HAN.test(ch)) {
          if (word.length >= 2) out.push(word);
          word = "";
          out.push(ch); // CJK: one character, one token
        } else {
          word += ch;
        }
      }
      if (word.length >= 2) out.push(word); // one-letter elisions (l', d') carry nothing
    }
    return out;
  }
  // Two words match when equal, or when they share a stem (entraîner / entraînement).
  const sameWord = (a, b) => {
    if (a === b) return true;
    const n = Math.min(a.length, b.length);
    if (n < 4) return false;
    let p = 0;
    while (p < n && a[p] === b[p]) p++;
    return p >= Math.max(4, Math.ceil(0.75 * n));
  };

  // The word lists and the settings as groups of words (a word found in many of
  // them tells little), built once per spec and only when a rule needs them: a
  // switch found by its id or exact label costs nothing of this.
  let built = spec._index || null;
  const words = () => {
    if (built) return built;
    const stop = new Set((W.stop || []).flatMap((w) => tokensOf(w)));
    const meaningful = (tokens) => Array.from(new Set(tokens.filter((t) => !stop.has(t))));
    const groupOf = (texts) => meaningful(texts.flatMap(tokensOf));
    const own = {
      labels: (spec.labels || []).map((l) => meaningful(tokensOf(l))),
      labelsRaw: (spec.labels || []).map(tokensOf),
      titles: (spec.titles || []).map((t) => meaningful(tokensOf(t))),
    };
    const others = (spec.others || []).map((texts) => texts.map((t) => meaningful(tokensOf(t))));
    const groups = [
      groupOf([...(spec.labels || []), ...(spec.titles || [])]),
      ...others.map((o) => Array.from(new Set(o.flat()))),
    ];
    const weightCache = new Map();
    const weight = (token) => {
      if (stop.has(token)) return 0;
      if (!weightCache.has(token)) {
        const df = groups.filter((g) => g.some((t) => sameWord(t, token))).length;
        weightCache.set(token, Math.log((groups.length + 1) / (df + 0.5)));
      }
      return weightCache.get(token);
    };
    built = {
      own,
      others,
      weight,
      meaningful,
      negations: new Set((W.negations || []).flatMap((w) => tokensOf(w))),
      generic: new Set((W.generic || []).flatMap((w) => tokensOf(w))),
    };
    try {
      Object.defineProperty(spec, "_index", { value: built, enumerable: false });
    } catch (e) {
      /* a frozen spec: built again next time */
    }
    return built;
  };

  // How well a name (tokens) says a text (tokens): both ways, by word weight.
  const closeness = (name, text) => {
    const index = words();
    let textAll = 0;
    let textHit = 0;
    for (const t of text) {
      const w = index.weight(t);
      textAll += w;
      if (name.some((n) => sameWord(n, t))) textHit += w;
    }
    let nameAll = 0;
    let nameHit = 0;
    for (const n of name) {
      const w = index.weight(n);
      nameAll += w;
      if (text.some((t) => sameWord(n, t))) nameHit += w;
    }
    const coverage = textAll ? textHit / textAll : 0;
    const precision = nameAll ? nameHit / nameAll : 0;
    const f = coverage + precision ? (2 * coverage * precision) / (coverage + precision) : 0;
    return { coverage, precision, f };
  };
  const best = (name, texts) => texts.reduce((top, text) => {
    const c = closeness(name, text);
    return c.f > top.f ? c : top;
  }, { coverage: 0, precision: 0, f: 0 });
  // A name's words, without trailing state words ("… On") that some pages put in it.
  const nameTokens = (raw) => {
    const tokens = tokensOf(raw);
    while (tokens.length && words().generic.has(tokens[tokens.length - 1])) tokens.pop();
    return tokens;
  };
  const negates = (name, texts) => {
    const added = name.filter((t) => words().negations.has(t));
    return added.some((t) => !texts.some((text) => text.includes(t)));
  };
  const similarTo = (raw) => {
    const index = words();
    const tokens = nameTokens(raw);
    const name = index.meaningful(tokens);
    if (!name.length || negates(tokens, index.own.labels)) return false;
    const mine = best(name, index.own.labels);
    if (mine.coverage < 0.75 || mine.precision < 0.6) return false;
    const rival = Math.max(0, ...index.others.map((texts) => best(name, texts).f));
    return mine.f >= rival + 0.15;
  };

  // ---- Where the switch is, for the evidence picture ----

  const frameOffset = (el) => {
    let x = 0;
    let y = 0;
    let view = el.ownerDocument.defaultView;
    while (view && view !== window) {
      let frame = null;
      try {
        frame = view.frameElement;
      } catch (e) {
        break;
      }
      if (!frame) break;
      const r = frame.getBoundingClientRect();
      x += r.left + frame.clientLeft;
      y += r.top + frame.clientTop;
      view = frame.ownerDocument.defaultView;
    }
    return { x, y };
  };
  const boxOf = (el, labels) => {
    const offset = frameOffset(el);
    const rects = [el, ...labels].map((node) => node.getBoundingClientRect());
    let left = Math.min(...rects.map((r) => r.left));
    let top = Math.min(...rects.map((r) => r.top));
    let right = Math.max(...rects.map((r) => r.right));
    let bottom = Math.max(...rects.map((r) => r.bottom));
    // The row holding both, when it is a row and not the whole page: it shows the
    // styled toggle too, which is often a sibling of a visually hidden input.
    let row = el.parentElement;
    while (row && !labels.every((l) => row.contains(l))) row = row.parentElement;
    if (row && row !== el.ownerDocument.body && row !== el.ownerDocument.documentElement) {
      const r = row.getBoundingClientRect();
      if (r.height > 0 && r.height <= 320) {
        left = Math.min(left, r.left);
        top = Math.min(top, r.top);
        right = Math.max(right, r.right);
        bottom = Math.max(bottom, r.bottom);
      }
    }
    const pad = 8;
    const x = Math.max(0, left + offset.x + window.scrollX - pad);
    const y = Math.max(0, top + offset.y + window.scrollY - pad);
    return { x: x, y: y, width: right - left + 2 * pad, height: bottom - top + 2 * pad };
  };

  const accept = (el, how) => {
    const state = read(el);
    const labels = labelElementsOf(el);
    const name = nameOf(el);
    result.found = true;
    result.matchedBy = how;
    result.checked = state.checked;
    result.label = norm(name) ? tidy(name) : null;
    result.loading = notReady(el, labels);
    result.ready = result.loading === null;
    result.detail = state.why;
    if (namedByDescription(el)) result.nameFrom = "description";
    result.box = boxOf(el, labels);
    result.where = el.getRootNode() !== document && el.getRootNode().nodeType === 11
      ? "shadow root"
      : el.ownerDocument !== document ? "frame" : "page";
    if (spec.withElement) result.element = el;
    return result;
  };

  const unique = (list) => Array.from(new Set(list));

  // ---- Listing: the rows of a page that lists settings, each with its state ----
  //
  // spec.listRows: {onWords: [..], offWords: [..]} (every language). A row is the
  // nearest element around a link of the site's own that holds no other link; its
  // state is the one short text in it that is exactly an on or off word (the words
  // of the row's title are not a state). A row without such a word, or with both,
  // has no state and is not listed: nothing is guessed. result.rows: [{title,
  // state: "on" | "off", href}], in page order; the watcher waits for them as it
  // waits for "no switch" (a quiet, finished page that shows nothing still drawing).
  if (spec.listRows) {
    const onWords = new Set((spec.listRows.onWords || []).map(plain).filter(Boolean));
    const offWords = new Set((spec.listRows.offWords || []).map(plain).filter(Boolean));
    const mainHere = queryAll(MAINS)[0] || document.body;
    const links = queryAll("a[href]").filter(
      (a) => mainHere && containsAcross(mainHere, a) && !hiddenCopy(a) && visible(a)
    );
    const rows = [];
    const seen = new Set();
    for (const link of links) {
      let row = link;
      while (
        row.parentElement && row.parentElement !== mainHere &&
        row.parentElement.querySelectorAll("a[href]").length === 1
      ) {
        row = row.parentElement;
      }
      const states = [];
      const inLink = [];
      const headed = [];
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = plain(node.textContent);
        if (!text || hiddenCopy(node.parentElement)) continue;
        if (onWords.has(text)) states.push("on");
        else if (offWords.has(text)) states.push("off");
        else if (link.contains(node)) inLink.push(tidy(node.textContent));
        else if (node.parentElement.closest("strong, b")) headed.push(tidy(node.textContent));
      }
      const kinds = unique(states);
      // The title: the link's own words; else a bold title beside an empty link.
      const title = tidy(inLink.join(" ")) || tidy(link.getAttribute("aria-label")) ||
        tidy(headed.join(" "));
      if (kinds.length !== 1 || !title) continue;
      const key = link.href + "\n" + title;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ title: title, state: kinds[0], href: link.href });
    }
    result.rows = rows;
    result.busy = stillDrawing();
    result.detail = rows.length ? "" : "The page lists no setting with a state.";
    return result;
  }

  const all = unique(queryAll(SWITCHES)).filter(isSwitch);
  // Switches with no name at all (nor a description): a page still drawing, or a
  // switch that names nothing; watch.js waits a long quiet before saying which.
  result.unnamedSwitches = all.filter((el) => !norm(nameOf(el))).length;

  // The switch, by the rules above (first that applies).
  const found = (() => {
    // 1. The stable id the switch's label carries.
    if (spec.switchId) {
      const withId = all.filter((el) => labelledIds(el).includes(spec.switchId));
      if (withId.length === 1) return accept(withId[0], "id");
      if (withId.length > 1) {
        result.detail = "Several switches claim this setting's id; the page is not as expected.";
        return result;
      }
    }

    // 2. A switch whose accessible name is one of the catalog's labels, any language.
    const wanted = new Set((spec.labels || []).map(norm).filter(Boolean));
    const byLabel = all.filter((el) => wanted.has(norm(nameOf(el))));
    if (byLabel.length === 1) return accept(byLabel[0], "label");
    if (byLabel.length > 1) {
      result.detail = "Several switches carry this setting's label; the page is not as expected.";
      return result;
    }

    // 3. A switch whose name is a small rewording of a catalog label.
    const similar = all.filter((el) => similarTo(nameOf(el)));
    if (similar.length === 1) return accept(similar[0], "similar-label");
    if (similar.length > 1) {
      result.detail = "Several switches are worded like this setting; the page is not as expected.";
      return result;
    }

    // 4. The only switch inside <main>, on the setting's own page (address and
    //    heading), naming nothing else.
    const trim = (p) => (p.length > 1 ? p.replace(/\/+$/, "") : p);
    const onOwnPage = (spec.paths || []).some((p) => trim(p) === trim(path));
    const mains = queryAll(MAINS);
    const titles = (spec.titles || []).map(norm).filter(Boolean);
    const headed = (main) =>
      roots.some((root) =>
        Array.from(root.querySelectorAll(HEADINGS)).some(
          (h) => containsAcross(main, h) && titles.some((t) => norm(h.textContent).includes(t))
        )
      );
    const generatedId = (id) => /\d/.test(id) || /^[^A-Za-z]/.test(id);
    const namesNothingElse = (el) => {
      const index = words();
      const raw = nameTokens(nameOf(el));
      const tokens = index.meaningful(raw).filter((t) => !index.generic.has(t));
      const foreignId = labelledIds(el).some((id) => id !== spec.switchId && !generatedId(id));
      if (!tokens.length) return !foreignId;
      if (negates(raw, index.own.labelsRaw)) return false;
      const title = best(tokens, index.own.titles);
      return title.coverage >= 0.75 && title.precision >= 0.6;
    };
    const main = mains.find((m) => m.ownerDocument === document) || mains[0] || null;
    if (onOwnPage && main && headed(main)) {
      const inMain = all.filter((el) => containsAcross(main, el));
      if (inMain.length === 1) {
        if (namesNothingElse(inMain[0])) return accept(inMain[0], "only-switch");
        result.detail = namedByDescription(inMain[0])
          ? "The only switch on the page has no name of its own; its description, “" +
            tidy(nameOf(inMain[0])).slice(0, 80) + "”, is not this setting."
          : "The only switch on the page is named “" + tidy(nameOf(inMain[0])).slice(0, 80) +
            "”, which is not this setting.";
      }
    }

    // Not offered: the catalog's phrases, or a short notice saying "not available"
    // together with where ("your region", "your country", "your account").
    const noticeText = (el) => norm(el.textContent || "");
    const offered = spec.notOffered || {};
    const phrases = (offered.phrases || []).map(norm).filter(Boolean);
    const unavailable = (offered.unavailable || []).map(norm).filter(Boolean);
    const scopes = (offered.scopes || []).map(norm).filter(Boolean);
    const says = (text) =>
      phrases.some((p) => text.includes(p)) ||
      (unavailable.some((u) => text.includes(u)) && scopes.some((s) => text.includes(s)));
    const notices = roots.flatMap((root) =>
      Array.from(root.querySelectorAll("p, div, span, li, section, [role='alert' i], [role='status' i]"))
    ).filter((el) => {
      const raw = el.textContent || "";
      if (!raw.trim() || raw.length > 600) return false; // a notice is short
      if (main && !containsAcross(main, el)) return false; // a footer or banner says nothing of it
      const text = noticeText(el);
      return text.length <= 300 && says(text) && !hiddenCopy(el);
    });
    if (notices.length) {
      result.notOffered = true;
      result.detail = "The page says this setting is not offered for this account or region.";
      return result;
    }
    if (!result.detail) {
      result.detail = all.length
        ? "No switch on the page carries this setting's id or label."
        : "The page has no switch on it.";
    }
    return result;
  })();
  // Only an answer that is not a ready switch needs to know whether the page is still
  // drawing (a scan of the page: not paid on every reading of a ready switch).
  if (!(found.found && found.ready)) found.busy = stillDrawing();
  return found;
})
