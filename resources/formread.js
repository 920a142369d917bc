/*
 * Reads LinkedIn's Data Processing Objection form page: is it the form, is the
 * confirmation shown (with a case number), is the form not offered here, is the
 * page still drawing, or has LinkedIn signed the member out. Runs in the embedded
 * view's isolated world (bridge.js calls it after every change of the page); it
 * never reads what the member typed into the form, only the page's own words.
 *
 * readForm(spec) -> {kind, caseNumber, said, invalid, path}
 *   kind: "signed-out" | "sent" | "unavailable" | "busy" | "form" | "other"
 *   spec: {confirmation, caseWords, caseNumber (a RegExp source), unavailable,
 *          signedOutPaths}: every language's words, as the catalog gives them.
 */
(function readForm(spec) {
  "use strict";
  const fold = (text) => String(text || "").toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ");
  const path = location.pathname;
  const out = (kind, more) => Object.assign({ kind, caseNumber: null, said: "", invalid: 0, path }, more || {});
  if ((spec.signedOutPaths || []).some((p) => path === p || path.startsWith(p + "/") ||
      (p.endsWith("/") && path.startsWith(p)))) {
    return out("signed-out");
  }
  const body = document.body;
  if (!body) return out("busy");
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none";
  };
  const text = body.innerText || "";
  const folded = fold(text);
  const has = (phrases) => (phrases || []).find((p) => folded.includes(fold(p)));
  const confirmed = has(spec.confirmation);
  if (confirmed) {
    // The sentence that says so, and a case number after one of its words.
    const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
    const said = lines.find((l) => fold(l).includes(fold(confirmed))) || confirmed;
    let caseNumber = null;
    const escape = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const words = (spec.caseWords || []).slice().sort((a, b) => b.length - a.length).map(escape);
    if (words.length && spec.caseNumber) {
      const found = new RegExp(`(?:${words.join("|")})[^0-9\\n]{0,24}?(${spec.caseNumber})`, "i").exec(text);
      if (found) caseNumber = found[1];
    }
    return out("sent", { caseNumber, said: said.slice(0, 240) });
  }
  if (has(spec.unavailable)) return out("unavailable");
  const main = document.querySelector("main") || body;
  const busyMarks = '[aria-busy="true"], [role="progressbar"]';
  const busy = main.matches(busyMarks) ? main : main.querySelector(busyMarks);
  if (busy && shown(busy)) return out("busy");
  const field = Array.from(document.querySelectorAll("form textarea")).find(shown);
  if (field) {
    const invalid = Array.from(document.querySelectorAll('form [aria-invalid="true"]')).filter(shown).length;
    return out("form", { invalid });
  }
  return out("other");
})
