// Self-test on the stage pages: show or hide every answer (remembered across pages), rate each
// question "I knew it" / "Review again", and see progress per stage on the page, in the navigation
// and on the home page. Progress lives in localStorage under stable card ids (page path + question
// anchor, from study-index.js, generated at build time), so a new build keeps it.
// window.studyStore is shared with flashcards.js. Material's instant navigation swaps pages without
// a load event, so the page work runs on every emission of Material's document$.

/** Run ``work`` on every page: on each page Material's document$ emits (instant navigation included),
 * or once the document is ready when document$ ends without a page (e.g. when opened from file://). */
window.studyOnEveryPage = (work) => {
  let ran = false;
  const run = () => {
    ran = true;
    work();
  };
  const fallback = () => {
    if (ran) return;
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run, { once: true });
    else run();
  };
  if (window.document$) window.document$.subscribe({ next: run, complete: fallback, error: fallback });
  else fallback();
};

(() => {
  const PROGRESS_KEY = "mlops-study-guide:progress";
  const MODE_KEY = "mlops-study-guide:answers";
  const DAY = 24 * 60 * 60 * 1000;
  // Leitner boxes 1-5: how many days until a card in that box is due again. Box 1 is due at once.
  const INTERVAL_DAYS = [0, 0, 1, 3, 7, 14];
  const MAX_BOX = 5;

  const empty = () => ({ version: 1, cards: {} });
  const validRecord = (r) =>
    r && typeof r === "object" && Number.isInteger(r.box) && r.box >= 1 && r.box <= MAX_BOX &&
    typeof r.due === "number" && typeof r.known === "boolean";

  const read = () => {
    try {
      const data = JSON.parse(localStorage.getItem(PROGRESS_KEY) || "null");
      if (data && typeof data.cards === "object" && data.cards !== null) return data;
    } catch (error) {
      console.warn("study: unreadable progress, starting afresh", error);
    }
    return empty();
  };
  const listeners = new Set();
  const notify = () => listeners.forEach((listener) => listener());
  const write = (data) => {
    try {
      localStorage.setItem(PROGRESS_KEY, JSON.stringify(data));
    } catch (error) {
      console.warn("study: progress not saved", error);
    }
    notify();
  };

  const store = {
    INTERVAL_DAYS,
    MAX_BOX,
    get: (id) => read().cards[id] || null,
    /** Leitner: known moves a card up one box (a new card starts in box 1), review again sends it to box 1. */
    rate(id, knew, now = Date.now()) {
      const data = read();
      const previous = data.cards[id];
      const box = knew ? Math.min(MAX_BOX, (previous ? previous.box : 1) + 1) : 1;
      data.cards[id] = { box, known: knew, due: now + INTERVAL_DAYS[box] * DAY, reviewed: now };
      write(data);
      return data.cards[id];
    },
    isDue: (id, now = Date.now()) => {
      const record = read().cards[id];
      return !record || record.due <= now;
    },
    countKnown: (ids) => {
      const cards = read().cards;
      return ids.filter((id) => cards[id] && cards[id].known).length;
    },
    reset: () => write(empty()),
    exportText: () => JSON.stringify({ ...read(), app: "mlops-study-guide", exported: new Date().toISOString() }, null, 1),
    /** Merge an exported file: for each card the most recently reviewed record wins. Returns how many. */
    importText(text) {
      const incoming = JSON.parse(text);
      if (!incoming || typeof incoming.cards !== "object" || incoming.cards === null) {
        throw new Error("not a progress file: it has no cards");
      }
      const data = read();
      let count = 0;
      for (const [id, record] of Object.entries(incoming.cards)) {
        if (!validRecord(record)) continue;
        const current = data.cards[id];
        if (!current || (record.reviewed || 0) >= (current.reviewed || 0)) data.cards[id] = record;
        count += 1;
      }
      write(data);
      return count;
    },
    onChange: (listener) => listeners.add(listener),
  };
  window.studyStore = store;
  window.addEventListener("storage", (event) => event.key === PROGRESS_KEY && notify());

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

  const mode = () => (localStorage.getItem(MODE_KEY) === "shown" ? "shown" : "hidden");
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
    const button = event.target.closest && event.target.closest(".study-toggle, .study-rate button");
    const article = button && button.closest("article.md-content__inner");
    if (!article) return;
    if (button.classList.contains("study-toggle")) {
      localStorage.setItem(MODE_KEY, mode() === "shown" ? "hidden" : "shown");
      applyMode(article, true);
      return;
    }
    const group = button.closest(".study-rate[data-card]");
    if (group) store.rate(group.dataset.card, button.classList.contains("study-rate__known"));
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

  store.onChange(update);
  const onPage = () => {
    const article = document.querySelector("article.md-content__inner");
    if (article) enhanceStagePage(article);
    addBadges();
    update();
  };
  window.studyOnEveryPage(onPage);
})();
