// A link to a section of another page lands on that section (tests/browser/test_study_tools.py).
// With instant navigation, Material pushes the new URL at the click and fetches the page; the old
// page stays on screen meanwhile, and its navigation.tracking still runs: 250 ms after the last
// scroll (the click itself may scroll), it wrote the old page's section into the new URL
// (cheatsheet/#key-terms) with history.replaceState({}). That state, no longer null, then made
// Material take the new page for one visited before and restore its offset, the top, instead of
// scrolling to the section. So between a push to another page's section and that page's arrival,
// the old page's writes to the history entry are dropped; once it has arrived, the section is
// brought into view if it is not.
(() => {
  if (typeof document$ === "undefined") return;  // no instant navigation (the offline edition)
  let pending = null;  // the URL pushed for another page's section, until that page has arrived
  const push = history.pushState.bind(history);
  const replace = history.replaceState.bind(history);
  history.pushState = (state, unused, url) => {
    const next = url === undefined || url === null ? null : new URL(url, location.href);
    pending = next && next.hash && next.pathname !== location.pathname ? next : null;
    push(state, unused, url);
  };
  // A late write from the old page can still come once the new one is in (cheatsheet/#key-terms
  // under load): a URL whose section is not on the page in view is refused too.
  const onPage = (url) => {
    if (url === undefined || url === null || url === "") return true;
    const { hash } = new URL(url, location.href);
    return !hash || document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
  };
  history.replaceState = (state, unused, url) => {
    if (pending === null && onPage(url)) replace(state, unused, url);
  };
  addEventListener("popstate", () => { pending = null; });
  document$.subscribe(() => {
    const target = pending;
    pending = null;  // whichever page arrived, it now owns the history entry
    if (target === null || location.pathname !== target.pathname) return;
    requestAnimationFrame(() => {
      const section = document.getElementById(decodeURIComponent(target.hash.slice(1)));
      if (section === null) return;
      const { top, bottom } = section.getBoundingClientRect();
      if (location.hash !== target.hash || bottom <= 0 || top >= innerHeight) {
        // A fragment navigation, so that the section is :target and keeps clear of the header.
        location.replace(target.href);
      }
    });
  });
})();
