// Self-test on the stage pages: show or hide every answer (remembered across pages), rate each
// question "I knew it" (FSRS grade Good) / "Review again" (Again), and see progress per stage on the
// page, in the navigation and on the home page. Progress is window.studyStore (storage.js).

(() => {
  const MODE_KEY = "mlops-study-guide:answers";
  const store = window.studyStore;

  // Where the site's pages are, from study-index.js (its URL is the site root).
  const index = window.studyIndex || { stages: [], root: document.baseURI };
  const stageUrl = (stage) => new URL(stage.url, index.root).href;
  const bare = (href) => {
    const url = new URL(href, document.baseURI);
    url.hash = "";
    url.search = "";
    return url.href;
  };
  const stageOf = (href) => index.stages.find((stage) => stageUrl(stage) === bare(href));
  const progressText = (stage) => `${store.countKnown(stage.ids)} of ${stage.ids.length} known`;

  const element = (tag, attributes = {}, text = "") => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  };

  // Answers shown or hidden ---------------------------------------------------------------------

  const mode = () => (window.studySafeStorage.get(MODE_KEY).value === "shown" ? "shown" : "hidden");
  // On arrival only "shown" opens every answer: closing them would also close the one a link to
  // #q-... has just opened. The switch itself opens or closes them all.
  const applyMode = (article, switched = false) => {
    const shown = mode() === "shown";
    if (shown || switched) {
      article.querySelectorAll("details.question").forEach((details) => {
        details.open = shown;
      });
    }
    article.querySelectorAll(".study-toggle").forEach((button) => {
      button.setAttribute("aria-pressed", String(shown));
    });
  };

  // One stage page ------------------------------------------------------------------------------
  // The bar under the title and the rating buttons in each answer are in the page's HTML (the hook
  // renders overrides/partials/study/stage-*.html), so nothing moves when this runs: it only wires
  // them up, once for the document (instant navigation swaps the article, not the document), and
  // marks the page ready, which makes them visible (study.css).

  document.documentElement.classList.add("study-ready");
  document.addEventListener("click", (event) => {
    const drill = event.target.closest && event.target.closest(".study-drill[data-stage]");
    if (drill) {
      try {
        sessionStorage.setItem("mlops-study-guide:drill", drill.dataset.stage); // flashcards.js
      } catch (error) { /* blocked storage: the link's #stage= still says which deck */ }
    }
    const button = event.target.closest && event.target.closest(".study-toggle, .study-rate button");
    const article = button && button.closest("article.md-content__inner");
    if (!article) return;
    if (button.classList.contains("study-toggle")) {
      window.studySafeStorage.set(MODE_KEY, mode() === "shown" ? "hidden" : "shown");
      applyMode(article, true);
      return;
    }
    const group = button.closest(".study-rate[data-card]");
    if (group) {
      const knew = button.classList.contains("study-rate__known");
      store.rate(group.dataset.card, knew ? store.GRADES.good : store.GRADES.again);
    }
  });

  const enhanceStagePage = (article) => {
    if (!article.querySelector(".study-toolbar")) return;
    // The flashcards page opens on the stage named in its fragment (flashcards.js reads it).
    const drill = article.querySelector(".study-drill[data-stage]");
    if (drill) drill.hash = `stage=${encodeURIComponent(drill.dataset.stage)}`;
    applyMode(article);
  };

  // Progress everywhere: the page's counter, its buttons, badges in the navigation and home page --

  const update = () => {
    document.querySelectorAll(".study-progress[data-stage]").forEach((node) => {
      const stage = index.stages.find((s) => s.path === node.dataset.stage);
      if (stage) node.textContent = progressText(stage);
    });
    document.querySelectorAll(".study-rate[data-card]").forEach((group) => {
      const record = store.get(group.dataset.card);
      group.querySelector(".study-rate__known").setAttribute("aria-pressed", String(Boolean(record && record.known)));
      group.querySelector(".study-rate__review").setAttribute("aria-pressed", String(Boolean(record && !record.known)));
    });
    document.querySelectorAll(".study-badge[data-stage]").forEach((badge) => {
      const stage = index.stages.find((s) => s.path === badge.dataset.stage);
      if (!stage) return;
      badge.querySelector(".study-badge__count").textContent = `${store.countKnown(stage.ids)}/${stage.ids.length}`;
      badge.classList.toggle("study-badge--done", store.countKnown(stage.ids) === stage.ids.length);
    });
  };

  const addBadges = () => {
    const links = document.querySelectorAll("a.md-nav__link[href], .md-typeset table a[href]");
    for (const link of links) {
      const stage = stageOf(link.href);
      if (!stage || link.querySelector(".study-badge") || new URL(link.href).hash) continue;
      const badge = element("span", { class: "study-badge" });
      badge.dataset.stage = stage.path;
      badge.append(element("span", { class: "study-badge__count" }), element("span", { class: "study-sr-only" }, " known"));
      link.append(badge);
    }
  };

  // The home page's summary of the flashcards' progress (their charts are on the flashcards page).
  const summarise = () => {
    const summary = document.querySelector(".study-summary");
    if (!summary) return;
    const ids = index.stages.flatMap((stage) => stage.ids);
    const records = store.all();
    const rated = ids.filter((id) => records[id]);
    if (!rated.length) return;
    const due = rated.filter((id) => store.isDue(id)).length;
    const week = Date.now() - 7 * store.DAY;
    const reviews = rated.reduce((sum, id) => sum + (records[id].history || []).filter(([at]) => at >= week).length, 0);
    summary.textContent = `Your progress: ${store.countKnown(ids)} of ${ids.length} cards known, ` +
      `${rated.length - store.countKnown(ids)} being learnt; ${due} due now; ${reviews} reviews in the last 7 days.`;
  };

  store.onChange(update);
  store.onChange(summarise);
  const onPage = () => {
    const article = document.querySelector("article.md-content__inner");
    if (article) enhanceStagePage(article);
    addBadges();
    update();
    summarise();
  };
  window.studyOnEveryPage(onPage);
})();
