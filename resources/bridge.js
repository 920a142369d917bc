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
(function bridge(detect, watch) {
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
      result.element.scrollIntoView({ block: "center" });
      result.element.click();
      api.clickDone(true, "");
    });
    start();
  });
})
