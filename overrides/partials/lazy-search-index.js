{#- The search index is only for readers who search: hold Material's request for it until the reader
    reaches for search (presses on or focuses the search box or its button, or types Material's / s f
    shortcuts), or the page was opened with a query (?q=, a shared search) or from a search result
    (?h=, whose words Material marks on the page). A reader who never searches never downloads it.
    (A Jinja comment: included in every page by overrides/main.html, it costs no bytes there.) -#}
(() => {
  let release;
  const wanted = new Promise((resolve) => { release = resolve; });
  window.XMLHttpRequest = class extends window.XMLHttpRequest {
    open(method, url, ...rest) {
      this.held = String(url).endsWith("/search/search_index.json");
      super.open(method, url, ...rest);
    }
    send(body) {
      if (this.held) wanted.then(() => super.send(body));
      else super.send(body);
    }
  };
  const isSearch = (event) => event.target instanceof Element &&
    event.target.closest(".md-search__input, #__search, label[for='__search']") !== null;
  // A press comes a moment before the focus or click it makes: the download starts that much sooner.
  addEventListener("pointerdown", (event) => isSearch(event) && release(), true);
  addEventListener("focusin", (event) => isSearch(event) && release(), true);
  addEventListener("change", (event) => isSearch(event) && release(), true);
  // Material's search shortcuts, which it ignores in a form field, as the reader types there.
  const shortcut = (event) => ["/", "s", "f", "S", "F"].includes(event.key) && !event.ctrlKey && !event.metaKey &&
    !event.altKey && !(event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]"));
  addEventListener("keydown", (event) => shortcut(event) && release(), true);
  if (/[?&][qh]=/.test(location.search)) release();
})();
