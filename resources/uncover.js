/*
 * For the check's evidence picture: brings the setting's switch into view and
 * sets aside (hides) whatever lies over it or its label, such as a cookie banner
 * and its dimming backdrop, so the picture shows the switch as it is. Returns
 * {covered, box} (box in page coordinates, for the picture's clip), or null when
 * the switch is not there. Only the check's own throw-away page is changed.
 */
(function uncover(detect, spec) {
  "use strict";
  const first = detect(Object.assign({}, spec, { withElement: true }));
  if (!first.found || !first.element) return null;
  const el = first.element;
  el.scrollIntoView({ block: "center" });
  // In a frame or a shadow root, the top document sees the frame or the host.
  const root = el.getRootNode();
  const anchor = el.ownerDocument !== document
    ? el.ownerDocument.defaultView.frameElement
    : root.host || el;
  const targets = [anchor];
  if (anchor === el) {
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const label = document.getElementById(id);
      if (label) targets.push(label);
    }
    if (el.labels) targets.push(...el.labels);
  }
  const related = (a, b) => a === b || a.contains(b) || b.contains(a);
  let covered = 0;
  for (const target of targets) {
    const r = target.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
    ];
    for (const [x, y] of points) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      for (const hit of document.elementsFromPoint(x, y)) {
        if (related(hit, target) || related(hit, anchor)) break; // reached the switch
        // The outermost element of what covers it that does not hold the switch.
        let top = hit;
        while (top.parentElement && top.parentElement !== document.body &&
               !top.parentElement.contains(anchor)) {
          top = top.parentElement;
        }
        if (top.contains(anchor) || top === document.body) break;
        top.style.setProperty("visibility", "hidden", "important");
        covered++;
      }
    }
  }
  // The box is in page coordinates: scrolling has not moved it.
  return { covered: covered > 0, box: first.box };
})
