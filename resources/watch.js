/*
 * Runs the detector now and after every change to the page, and says when its
 * reading is an answer. Shared by the embedded view (live state) and the verifier
 * (one settled answer), so both engines wait the same way.
 *
 * watch(detect, spec, onResult, options) -> {stop(), started(url, atMs), ended(url)}
 *   onResult(result, settled) is called whenever the reading changes.
 *
 * Real single-page sites draw a setting in stages (a skeleton, a disabled switch
 * inside aria-busy holding a default value, then the member's value after a data
 * fetch that can take seconds), so a first reading is not an answer. Settled:
 *   - a sign-in or check page: at once;
 *   - a found switch: once it is ready (see detector.js), no request of the page
 *     is in flight, and its reading has held for holdMs since it last changed and
 *     since the last request ended. Nothing waits on a page that is already
 *     ready: the hold counts from the page's own last change, not from now, and a
 *     switch already there, ready, when the watch begins on a parsed document
 *     with nothing in flight has not changed at all;
 *   - "not offered": once no request is in flight and the page has held holdMs;
 *   - "no switch": only once the document has loaded, nothing shows the page is
 *     still drawing (detector.js `busy`: aria-busy, a progress bar, "Loading…"
 *     in any language, a skeleton or spinner), no request is in flight, and
 *     nothing has changed or arrived for quietMs: a longer quiet than a found
 *     switch needs (2.5 s by default), because real pages also draw late with
 *     nothing in flight (code-split chunks already cached, idle callbacks,
 *     hydration, animation frames); the same for a switch that has no name at
 *     all, which is then reported as such rather than as still loading;
 *   - anything else at maxMs, with timedOut set, waitedMs, and stillLoading when a
 *     request, a busy marker, a change within the last quietMs (a live region that
 *     keeps changing) or a switch that was not ready kept it from settling.
 * After the first answer, a change of a ready switch (the member's own click) is
 * passed on at once; what it means is for the caller to confirm. With
 * options.readyAtOnce, so is the first: a caller that confirms every Off with a
 * watch of its own (the embedded view) need not wait for the page's requests.
 *
 * Requests: the host says which requests of the page started (started), and,
 * when it knows, which ended (ended); with options.resourceEnds the page's own
 * resource timing ends them (the embedded view cannot see ends from Python). A
 * request older than longRequestMs stops counting, and so does one whose path
 * starts with one of spec.longLivedRequests: long polls never end.
 *
 * A click on a native checkbox changes no attribute, so input and change events
 * are watched as well as DOM mutations.
 */
(function watch(detect, spec, onResult, options) {
  "use strict";
  const opt = options || {};
  const quietMs = opt.quietMs === undefined ? 2500 : opt.quietMs;
  const holdMs = opt.holdMs === undefined ? 50 : opt.holdMs;
  const maxMs = opt.maxMs || 15000;
  const longMs = opt.longRequestMs || 10000;
  const resourceEnds = opt.resourceEnds === true;
  const readyAtOnce = opt.readyAtOnce === true;
  const now = () => Date.now();
  // A frame's origin: window.origin (a srcdoc frame's location says "about:srcdoc").
  const originOf = (view) => view.origin || view.location.origin;
  const longLived = (url) => {
    try {
      const path = new URL(url).pathname;
      return (spec.longLivedRequests || []).some((prefix) => path.startsWith(prefix));
    } catch (e) {
      return false;
    }
  };
  const begun = now();

  let stopped = false;
  let settledOnce = false;
  let timer = null;
  let lastKey = null;
  let readingKey = null;
  let readingSince = begun;
  let first = true;
  let lastActivity = begun; // a DOM change or a request's end
  let lastNetwork = 0; // the last request's end
  let sawNotReady = false;

  // Requests in flight, per url: the start times the host gave, and how many of
  // them ended (by the host's word, or by the page's resource timing entries, which
  // may be seen before the host's word of the start arrives).
  const requests = new Map();
  const entry = (url) => {
    if (!requests.has(url)) requests.set(url, { starts: [], hostEnds: 0, entries: 0, frameEntries: 0 });
    return requests.get(url);
  };
  const ends = (r) => Math.max(r.hostEnds, r.entries + r.frameEntries);
  const noteEnd = () => {
    lastNetwork = now();
    lastActivity = Math.max(lastActivity, lastNetwork);
  };
  const countEntry = (name) => {
    const r = requests.get(name);
    if (r === undefined) {
      entry(name).entries = 1; // ended before its start was heard of
      return;
    }
    const before = ends(r);
    r.entries++;
    if (ends(r) > before && r.starts.length >= ends(r)) noteEnd();
  };
  // Frames' entries are read again at each check (their observers would need the
  // frame's own world); the main document's come by its PerformanceObserver, which
  // keeps counting after the page's resource buffer is full.
  const readFrameEntries = () => {
    if (!resourceEnds) return;
    const counts = new Map();
    for (const view of frameWindows()) {
      let list = [];
      try {
        list = view.performance.getEntriesByType("resource");
      } catch (e) {
        continue;
      }
      for (const item of list) counts.set(item.name, (counts.get(item.name) || 0) + 1);
    }
    counts.forEach((count, url) => {
      const r = entry(url);
      if (count > r.frameEntries) {
        const before = ends(r);
        r.frameEntries = count;
        if (ends(r) > before) noteEnd();
      }
    });
  };
  const frameWindows = () => {
    const found = [];
    const walk = (doc) => {
      for (const frame of doc.querySelectorAll("iframe, frame")) {
        try {
          const inner = frame.contentDocument;
          if (inner && inner.defaultView && originOf(inner.defaultView) === originOf(window)) {
            found.push(inner.defaultView);
            walk(inner);
          }
        } catch (e) {
          /* cross-origin */
        }
      }
    };
    walk(document);
    return found;
  };
  const inFlight = () => {
    const t = now();
    let count = 0;
    let nextExpiry = null;
    requests.forEach((r) => {
      for (const at of r.starts.slice(Math.min(r.starts.length, ends(r)))) {
        if (t - at < longMs) {
          count++;
          const expiry = at + longMs;
          nextExpiry = nextExpiry === null ? expiry : Math.min(nextExpiry, expiry);
        }
      }
    });
    return { count, nextExpiry };
  };

  const send = (result, settled) => {
    const key = JSON.stringify([
      result.found, result.ready, result.loading, result.checked, result.matchedBy,
      result.label, result.detail, result.signedOut, result.challenge, result.notOffered,
      result.url, result.timedOut, result.stillLoading, settled,
    ]);
    if (key === lastKey) return;
    lastKey = key;
    onResult(result, settled);
  };

  const wakeAt = (when) => {
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, when - now()) + 5);
  };

  const answer = (result) => {
    settledOnce = true;
    clearTimeout(timer);
    send(result, true);
  };

  function check() {
    if (stopped) return;
    attach(); // a frame's new document, a web component drawn since: watched too
    readFrameEntries();
    const result = detect(spec);
    const t = now();
    const net = inFlight();
    result.pending = net.count;
    const key = JSON.stringify([result.found, result.ready, result.loading, result.checked,
      result.matchedBy, result.label, result.notOffered]);
    if (key !== readingKey) {
      readingKey = key;
      // Already there when the watch began, on a parsed page with nothing in flight:
      // not a reading that just changed.
      const settledBefore = first && document.readyState !== "loading" && net.count === 0;
      readingSince = settledBefore ? -Infinity : t;
    }
    first = false;
    if (result.found && !result.ready) sawNotReady = true;

    if (result.signedOut || result.challenge) return answer(result);
    if ((settledOnce || readyAtOnce) && result.found && result.ready) return answer(result);

    const heldSince = Math.max(readingSince, lastNetwork);
    let wake = null;
    const later = (when) => {
      wake = wake === null ? when : Math.min(wake, when);
    };
    if (net.nextExpiry !== null) later(net.nextExpiry);

    if (result.found && result.ready && net.count === 0) {
      if (t - heldSince >= holdMs) return answer(result);
      later(heldSince + holdMs);
    } else if (result.notOffered && net.count === 0) {
      const since = Math.max(heldSince, lastActivity);
      if (t - since >= holdMs) return answer(result);
      later(since + holdMs);
    } else if (
      (!result.found && !result.notOffered) ||
      (result.found && !result.ready && result.loading === "unnamed")
    ) {
      const quiet = document.readyState === "complete" && net.count === 0 && !result.busy;
      if (quiet) {
        if (t - lastActivity >= quietMs) return answer(result);
        later(lastActivity + quietMs);
      }
    }
    send(result, false);
    if (wake !== null) wakeAt(wake);
  }

  const atCap = () => {
    if (stopped || settledOnce) return;
    readFrameEntries();
    const result = detect(spec);
    const net = inFlight();
    result.pending = net.count;
    result.timedOut = true;
    const unnamed = result.found && !result.ready && result.loading === "unnamed";
    // Still drawing, or still changing: a page that never went quiet (a live region
    // that keeps changing, a timer that keeps drawing) had not finished.
    const changing = now() - lastActivity < quietMs;
    result.stillLoading = net.count > 0 || result.busy || changing ||
      (result.found && !result.ready && !unnamed) || (!result.found && sawNotReady);
    result.waitedMs = now() - begun;
    answer(result);
  };

  // Watched: every document and open shadow root of the page (frames and web
  // components draw late too), for changes and for events.
  const observer = new MutationObserver(() => {
    lastActivity = now();
    check();
  });
  const EVENTS = ["change", "input", "click"];
  const later = () => setTimeout(check, 0);
  const watched = [];
  const attached = new WeakSet();
  const observeRoot = (root) => {
    if (attached.has(root)) return;
    attached.add(root);
    observer.observe(root.nodeType === 9 ? root.documentElement || root : root, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
    EVENTS.forEach((name) => root.addEventListener(name, later, true));
    root.addEventListener("load", later, true); // a frame's document arrives
    watched.push(root);
  };
  function attach() {
    const visit = (root) => {
      observeRoot(root);
      for (const node of root.querySelectorAll("*")) {
        if (node.shadowRoot) visit(node.shadowRoot);
        if (node.tagName === "IFRAME" || node.tagName === "FRAME") {
          try {
            const doc = node.contentDocument;
            if (doc && doc.defaultView && originOf(doc.defaultView) === originOf(window)) {
              visit(doc);
            }
          } catch (e) {
            /* cross-origin */
          }
        }
      }
    };
    visit(document);
  }
  attach();
  let resourceObserver = null;
  if (resourceEnds && typeof PerformanceObserver === "function") {
    resourceObserver = new PerformanceObserver((list) => {
      list.getEntries().forEach((item) => countEntry(item.name));
      check();
    });
    try {
      resourceObserver.observe({ type: "resource", buffered: true });
    } catch (e) {
      resourceObserver = null;
    }
  }
  window.addEventListener("load", check);
  const cap = setTimeout(atCap, maxMs);
  (opt.requests || []).forEach(([url, at]) => {
    if (!longLived(url)) entry(url).starts.push(at);
  });
  // First answer after the caller has its controller in hand.
  Promise.resolve().then(check);

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (resourceObserver) resourceObserver.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      for (const root of watched) {
        EVENTS.forEach((name) => root.removeEventListener(name, later, true));
        root.removeEventListener("load", later, true);
      }
      window.removeEventListener("load", check);
    },
    started(url, at) {
      if (longLived(url)) return;
      entry(url).starts.push(at || now());
      check();
    },
    ended(url) {
      const r = entry(url);
      const before = ends(r);
      r.hostEnds++;
      if (ends(r) > before) noteEnd();
      check();
    },
  };
})
