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
  const isSearch = (event) => event.target instanceof Element && event.target.matches(".md-search__input, #__search");
  addEventListener("focusin", (event) => isSearch(event) && release(), true);
  addEventListener("change", (event) => isSearch(event) && release(), true);
  addEventListener("keydown", (event) => ["/", "s", "f", "S", "F"].includes(event.key) && release(), true);
  if (/[?&]q=/.test(location.search)) release();
  addEventListener("load", () => {
    const idle = window.requestIdleCallback ?? ((run) => setTimeout(run, 1));
    setTimeout(() => idle(release, { timeout: 2000 }), 1000);
  });
})();
