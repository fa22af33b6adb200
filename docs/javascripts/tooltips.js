// Tooltips for every element with a title, made when the reader reaches for one.
// Material's content.tooltips mounts a tooltip component on every [title] element as each page
// loads (RxJS subscriptions, focus and hover listeners, and layout reads of the header and code
// buttons): on a stage page that was a third of the layouts the page forced, and it grows with every
// term link (each carries its definition as a title). mkdocs.yml turns that feature off, and this
// script draws the same tooltip, with Material's own markup and classes (so it looks the same in
// both colour schemes), for the one element under the pointer or holding keyboard focus. It costs
// four listeners on the document, whatever the number of titles.
// While shown, the title moves off the element (the browser would draw its own tooltip over ours)
// and the element is described by the tooltip instead, as Material does; screen readers therefore
// read the definition from the title at any other time (tests/browser/test_behaviour.py).
(() => {
  const HIDE_DELAY = 250; // ms, as Material's inline tooltips: the pointer may cross a gap
  let host = null; // the element whose tooltip is shown
  let title = ""; // its title, put back when the tooltip goes
  let node = null;
  let hovered = null; // the titled element under the pointer
  let focused = null; // the titled element holding focus
  let hideTimer = 0;
  let sequence = 0;

  const remove = () => {
    if (!host) return;
    host.setAttribute("title", title);
    host.removeAttribute("aria-describedby");
    node.remove();
    host = null;
    node = null;
  };

  const show = (el) => {
    clearTimeout(hideTimer);
    if (el === host) {
      node.classList.add("md-tooltip2--active");
      return;
    }
    remove();
    title = el.getAttribute("title");
    if (!title) return;
    host = el;
    node = document.createElement("div");
    node.className = "md-tooltip2 md-tooltip2--bottom";
    node.setAttribute("role", "tooltip");
    node.id = `__tip_${sequence++}`;
    const inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    inner.textContent = title;
    node.append(inner);
    // Below the element, centred, no tail: where Material puts an inline tooltip.
    const box = el.getBoundingClientRect();
    const style = node.style;
    style.setProperty("--md-tooltip-host-x", `${box.x + window.scrollX}px`);
    style.setProperty("--md-tooltip-host-y", `${box.y + window.scrollY}px`);
    style.setProperty("--md-tooltip-x", `${box.width / 2}px`);
    style.setProperty("--md-tooltip-y", `${8 + box.height}px`);
    style.setProperty("--md-tooltip-tail", "0px");
    // A tooltip of the content goes inside <main>, not after it as Material does: all content then
    // sits in a landmark (axe "region"). <main> is not positioned, so the tooltip still takes its
    // place from the page's top left. One of the header or tabs goes on <body>, above them both.
    const main = el.closest("main");
    if (!main) style.zIndex = "5";
    (main || document.body).append(node);
    style.setProperty("--md-tooltip-width", `${inner.offsetWidth}px`);
    el.removeAttribute("title");
    el.setAttribute("aria-describedby", node.id);
    // Added in one frame, made visible in the next, so that Material's fade-in runs.
    const shown = node;
    requestAnimationFrame(() => requestAnimationFrame(() => shown.classList.add("md-tooltip2--active")));
  };

  // After the pointer or focus left: the other one's element, or nothing after a short delay.
  const update = () => {
    if (host && (host === hovered || host === focused)) return;
    const next = focused || hovered;
    if (next) {
      show(next);
      return;
    }
    if (!node) return;
    node.classList.remove("md-tooltip2--active");
    clearTimeout(hideTimer);
    hideTimer = setTimeout(remove, HIDE_DELAY);
  };

  // The element an event concerns: the shown host (its title is gone meanwhile) or a titled one.
  const target = (event) => {
    const el = event.target instanceof Element ? event.target : null;
    if (!el) return null;
    if (host && host.contains(el)) return host;
    return el.closest("[title]");
  };

  document.addEventListener("pointerover", (event) => {
    const el = target(event);
    if (!el) return;
    hovered = el;
    show(el);
  }, { passive: true });
  document.addEventListener("pointerout", (event) => {
    if (!hovered || !hovered.contains(event.target)) return;
    if (event.relatedTarget instanceof Node && hovered.contains(event.relatedTarget)) return;
    hovered = null;
    update();
  }, { passive: true });
  document.addEventListener("focusin", (event) => {
    const el = target(event);
    if (!el) return;
    focused = el;
    show(el);
  });
  document.addEventListener("focusout", (event) => {
    if (!focused || !focused.contains(event.target)) return;
    if (event.relatedTarget instanceof Node && focused.contains(event.relatedTarget)) return;
    focused = null;
    update();
  });
  // Instant navigation swaps the page without a pointerout or focusout: drop a tooltip left behind.
  if (window.document$) window.document$.subscribe(() => { hovered = focused = null; remove(); });
})();
