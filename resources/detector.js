/*
 * The one piece of code that finds an opt-out's switch on a page and reads it.
 *
 * The wizard's embedded view runs it in Qt's isolated ApplicationWorld and the
 * verifier runs it through Playwright: one source of truth, two engines. It is a
 * single function expression with no globals, so either engine can wrap it.
 *
 * spec: {
 *   switchId,            stable id the switch's aria-labelledby names
 *   labels: [..],        accessible names of the switch, every catalog language
 *   paths: [..],         the setting's own page paths  } for the last-resort rule:
 *   titles: [..],        the setting's page headings   } the lone switch on its page
 *   origin,              the site's origin; sign-in/check paths count only there
 *   signedOutPaths, challengePaths, notOfferedPhrases: [..],
 *   withElement          also return the DOM element (same-world callers only)
 * }
 *
 * Never keys on CSS classes: LinkedIn's are hashed and change.
 * Whatever cannot be read is reported as such (checked: null), never as off.
 */
(function detect(spec) {
  "use strict";
  const SWITCHES = 'input[type="checkbox" i], [role="switch"], [role="checkbox"]';
  const STATE_WORDS = ["true", "false"];

  const norm = (text) =>
    String(text || "")
      .normalize("NFC")
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .toLocaleLowerCase()
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[.:]$/, "");

  const result = {
    found: false,
    checked: null,
    matchedBy: null,
    label: null,
    detail: "",
    signedOut: false,
    challenge: false,
    notOffered: false,
    url: location.href,
    box: null,
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

  const hidden = (el) => el.closest("[hidden], [aria-hidden='true' i]") !== null;
  const isSwitch = (el) => el.matches(SWITCHES) && !hidden(el);
  const textOf = (el) => (el ? el.textContent || "" : "");

  // Elements that name the switch, for the accessible name and the evidence picture.
  const labelElementsOf = (el) => {
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    const byIds = ids.map((id) => document.getElementById(id)).filter(Boolean);
    if (byIds.length) return byIds;
    const found = [];
    if (el.labels) found.push(...el.labels);
    if (!found.length && el.id) {
      found.push(...document.querySelectorAll('label[for="' + CSS.escape(el.id) + '"]'));
    }
    const wrapping = el.closest("label");
    if (!found.length && wrapping) found.push(wrapping);
    return found;
  };

  const nameOf = (el) => {
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    if (ids.length) {
      const text = ids.map((id) => textOf(document.getElementById(id))).join(" ");
      if (norm(text)) return text;
    }
    const aria = el.getAttribute("aria-label");
    if (norm(aria)) return aria;
    const labels = labelElementsOf(el);
    if (labels.length) return labels.map(textOf).join(" ");
    if (el.tagName !== "INPUT" && norm(el.textContent)) return el.textContent;
    return el.getAttribute("title") || "";
  };

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

  const boxOf = (el, labels) => {
    const rects = [el, ...labels].map((node) => node.getBoundingClientRect());
    let left = Math.min(...rects.map((r) => r.left));
    let top = Math.min(...rects.map((r) => r.top));
    let right = Math.max(...rects.map((r) => r.right));
    let bottom = Math.max(...rects.map((r) => r.bottom));
    // The row holding both, when it is a row and not the whole page: it shows the
    // styled toggle too, which is often a sibling of a visually hidden input.
    let row = el.parentElement;
    while (row && !labels.every((l) => row.contains(l))) row = row.parentElement;
    if (row && row !== document.body && row !== document.documentElement) {
      const r = row.getBoundingClientRect();
      if (r.height > 0 && r.height <= 320) {
        left = Math.min(left, r.left);
        top = Math.min(top, r.top);
        right = Math.max(right, r.right);
        bottom = Math.max(bottom, r.bottom);
      }
    }
    const pad = 8;
    const x = Math.max(0, left + window.scrollX - pad);
    const y = Math.max(0, top + window.scrollY - pad);
    return { x: x, y: y, width: right - left + 2 * pad, height: bottom - top + 2 * pad };
  };

  const accept = (el, how) => {
    const state = read(el);
    const labels = labelElementsOf(el);
    result.found = true;
    result.matchedBy = how;
    result.checked = state.checked;
    result.label = norm(nameOf(el)) ? nameOf(el).replace(/\s+/g, " ").trim() : null;
    result.detail = state.why;
    result.box = boxOf(el, labels);
    if (spec.withElement) result.element = el;
    return result;
  };

  const unique = (list) => Array.from(new Set(list));
  const all = unique(Array.from(document.querySelectorAll(SWITCHES))).filter(isSwitch);

  // 1. The stable id the switch's label carries.
  if (spec.switchId) {
    const byId = all.filter((el) =>
      (el.getAttribute("aria-labelledby") || "").split(/\s+/).includes(spec.switchId)
    );
    if (byId.length === 1) return accept(byId[0], "id");
    if (byId.length > 1) {
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

  // 3. The only switch inside <main>, and only on the setting's own page: at its own
  //    address and under its own heading (LinkedIn's setting pages hold one switch
  //    each). Anywhere else a lone switch could be some other setting.
  const trim = (p) => (p.length > 1 ? p.replace(/\/+$/, "") : p);
  const onOwnPage = (spec.paths || []).some((p) => trim(p) === trim(path));
  const main = document.querySelector("main, [role='main' i]");
  const titles = (spec.titles || []).map(norm).filter(Boolean);
  const headed = (root) =>
    Array.from(root.querySelectorAll("h1, h2, [role='heading' i]")).some((h) =>
      titles.some((t) => norm(h.textContent).includes(t))
    );
  if (onOwnPage && main && headed(main)) {
    const inMain = all.filter((el) => main.contains(el));
    if (inMain.length === 1) return accept(inMain[0], "only-switch");
  }

  const pageText = norm(document.body ? document.body.innerText : "");
  const phrases = (spec.notOfferedPhrases || []).map(norm).filter(Boolean);
  if (phrases.some((phrase) => pageText.includes(phrase))) {
    result.notOffered = true;
    result.detail = "The page says this setting is not offered for this account or region.";
    return result;
  }
  result.detail = all.length
    ? "No switch on the page carries this setting's id or label."
    : "The page has no switch on it.";
  return result;
})
