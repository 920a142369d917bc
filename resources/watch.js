/*
 * Runs the detector now and after every change to the page, and says when the
 * answer has settled. Shared by the embedded view (live state) and the verifier
 * (one settled answer), so both engines wait the same way.
 *
 * watch(detect, spec, onResult, {quietMs, maxMs}) -> stop()
 *   onResult(result, settled) is called whenever the answer changes.
 *   A switch found, a sign-in page, a check page or a "not offered" page is
 *   settled at once. "No switch" is settled only once the document has loaded and
 *   nothing on the page has changed for quietMs (LinkedIn renders its settings a
 *   moment after load), or after maxMs at the latest.
 *
 * A click on a native checkbox changes no attribute, so input and change events
 * are watched as well as DOM mutations.
 */
(function watch(detect, spec, onResult, options) {
  "use strict";
  const quietMs = (options && options.quietMs) || 800;
  const maxMs = (options && options.maxMs) || 15000;
  const conclusive = (r) => r.found || r.signedOut || r.challenge || r.notOffered;
  let stopped = false;
  let settledOnce = false;
  let quietTimer = null;
  let lastKey = null;

  const send = (result, settled) => {
    const key = JSON.stringify([
      result.found, result.checked, result.matchedBy, result.label, result.detail,
      result.signedOut, result.challenge, result.notOffered, result.url, settled,
    ]);
    if (key === lastKey) return;
    lastKey = key;
    onResult(result, settled);
  };

  const settle = () => {
    if (stopped) return;
    settledOnce = true;
    send(detect(spec), true);
  };

  const check = () => {
    if (stopped) return;
    const result = detect(spec);
    clearTimeout(quietTimer);
    if (conclusive(result)) {
      send(result, true);
      return;
    }
    send(result, settledOnce);
    if (!settledOnce && document.readyState === "complete") {
      quietTimer = setTimeout(settle, quietMs);
    }
  };

  const observer = new MutationObserver(check);
  observer.observe(document.documentElement || document, {
    subtree: true, childList: true, attributes: true, characterData: true,
  });
  const events = ["change", "input", "click"];
  const later = () => setTimeout(check, 0);
  events.forEach((name) => document.addEventListener(name, later, true));
  window.addEventListener("load", check);
  const cap = setTimeout(settle, maxMs);
  // First answer after the caller has its stop() in hand.
  Promise.resolve().then(check);

  return function stop() {
    stopped = true;
    observer.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(cap);
    events.forEach((name) => document.removeEventListener(name, later, true));
    window.removeEventListener("load", check);
  };
})
