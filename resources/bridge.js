/*
 * The embedded view's side of the bridge. Injected into Qt's isolated
 * ApplicationWorld (LinkedIn's own scripts cannot see it, nor the `qt` object),
 * after qwebchannel.js. It watches the page with the shared detector and pushes
 * every change of the switch's state to Python: no polling.
 *
 * Python's object (`optoutBridge`) holds the spec of the setting being looked
 * for (empty: look for nothing), asks for a click with clickRequested, and tells
 * which of the page's requests started (requestStarted; `requests` holds those
 * started before this script ran). Requests end by the page's resource timing.
 */
(function bridge(detect, watch, readForm) {
  "use strict";
  new QWebChannel(qt.webChannelTransport, (channel) => {
    const api = channel.objects.optoutBridge;
    let control = null;
    let marked = null;

    const parse = () => {
      try {
        return api.spec ? JSON.parse(api.spec) : null;
      } catch (e) {
        return null;
      }
    };

    // Outline the switch so the person sees what to click. Only when the element
    // changes: restyling it on every pass would itself be a page change.
    const mark = (element) => {
      if (element === marked) return;
      if (marked) {
        marked.style.removeProperty("outline");
        marked.style.removeProperty("outline-offset");
      }
      marked = element;
      if (element) {
        element.style.setProperty("outline", "3px solid #d11124", "important");
        element.style.setProperty("outline-offset", "4px", "important");
      }
    };

    // docStart tells Python which document answered: the one being left keeps
    // answering for a moment after a new load was asked for.
    const plain = (result) => {
      const copy = Object.assign({}, result);
      delete copy.element;
      copy.docStart = performance.timeOrigin;
      copy.path = location.pathname; // the setting's own page, or one on the way to it
      return copy;
    };

    const requests = () => {
      try {
        return JSON.parse(api.requests || "[]");
      } catch (e) {
        return [];
      }
    };

    const start = () => {
      if (control) control.stop();
      control = null;
      mark(null);
      const spec = parse();
      if (!spec) return;
      const withElement = Object.assign({}, spec, { withElement: true });
      const options = Object.assign({}, spec.watch || {}, {
        resourceEnds: true,
        requests: requests(),
      });
      control = watch(detect, withElement, (result, settled) => {
        mark(result.found ? result.element : null);
        api.report(JSON.stringify(plain(result)), settled);
      }, options);
    };

    api.specChanged.connect(start);
    api.requestStarted.connect((url, at) => {
      if (control) control.started(url, at);
    });
    // Where the member would click: the switch's visible centre in the view, once it
    // is scrolled into sight; or why there is no such place (covered by something
    // else). The click itself is a real one, sent by Python through Qt: the page sees
    // it as the member's own (isTrusted), never a script's element.click().
    const aim = (element) => {
      let target = element;
      const box = element.getBoundingClientRect();
      if ((box.width < 4 || box.height < 4) && element.labels && element.labels.length) {
        target = element.labels[0]; // a visually hidden input: its label takes the click
      }
      const rect = target.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const root = element.getRootNode();
      const hit = (root.elementFromPoint ? root : element.ownerDocument).elementFromPoint(x, y);
      const mine = (node) => node && (node === element || element.contains(node) ||
        target.contains(node) || Array.from(element.labels || []).some((l) => l.contains(node)));
      let top = { x, y };
      for (let view = element.ownerDocument.defaultView; view && view !== window; view = view.parent) {
        const frame = view.frameElement.getBoundingClientRect();
        top = { x: top.x + frame.left + view.frameElement.clientLeft,
                y: top.y + frame.top + view.frameElement.clientTop };
      }
      const inView = top.x >= 0 && top.y >= 0 && top.x <= innerWidth && top.y <= innerHeight;
      return { x: top.x, y: top.y, inView, covered: !mine(hit) || !inView };
    };
    api.clickRequested.connect(() => {
      const spec = parse();
      if (!spec) return;
      const result = detect(Object.assign({}, spec, { withElement: true }));
      if (!result.found || !result.ready || result.checked !== true) {
        // A code, not words: the screen says it in the member's language.
        const why = !result.found ? "missing" : !result.ready ? "not-ready" : "not-on";
        api.clickDone(false, why);
        return;
      }
      // Into sight, then measured two frames later (the scroll drawn first); a page
      // that moved it back meanwhile (a layout change, its own scripts) is scrolled
      // again, a few times, before the switch is said to be out of reach.
      const element = result.element;
      const tryAt = (left) => {
        element.scrollIntoView({ block: "center", inline: "center" });
        requestAnimationFrame(() => requestAnimationFrame(() => {
          const at = aim(element);
          if (!at.covered) api.clickAt(at.x, at.y);
          else if (left > 0 && !at.inView) tryAt(left - 1);
          else api.clickDone(false, "covered");
        }));
      };
      tryAt(3);
    });
    start();

    // The objection form's page (formread.js): read after every change of the page,
    // at most once a frame, and told to Python when what it says changes. Python
    // sets formSpec while its screen shows the form (empty: not watched).
    let formObserver = null;
    let formLast = "";
    let formPending = false;
    const formRead = () => {
      formPending = false;
      let spec = null;
      try {
        spec = api.formSpec ? JSON.parse(api.formSpec) : null;
      } catch (e) {
        spec = null;
      }
      if (!spec) return;
      const reading = Object.assign(readForm(spec), { docStart: performance.timeOrigin });
      const said = JSON.stringify(reading);
      if (said === formLast) return;
      formLast = said;
      api.formReport(said);
    };
    // Two frames after a change: what is reported has been drawn (a picture of it
    // is taken as proof).
    const formChanged = () => {
      if (formPending) return;
      formPending = true;
      requestAnimationFrame(() => requestAnimationFrame(formRead));
    };
    const formStart = () => {
      if (formObserver) formObserver.disconnect();
      formObserver = null;
      formLast = "";
      if (!api.formSpec) return;
      formObserver = new MutationObserver(formChanged);
      formObserver.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      document.addEventListener("DOMContentLoaded", formChanged);
      window.addEventListener("load", formChanged);
      formChanged();
    };
    api.formSpecChanged.connect(formStart);
    formStart();
  });
})
