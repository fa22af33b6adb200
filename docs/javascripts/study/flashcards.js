// The flashcards page: every question of the guide as a card, filtered by stage, shuffled, flipped
// and rated by keyboard or pointer. A Leitner scheme (window.studyStore, study.js) decides which
// cards are due. The cards come from cards.js (window.studyCards, made at build time), a script
// the page loads, so it works from file:// and with Material's instant navigation alike. Markup is the template overrides/partials/study/flashcards-app.html.
(() => {
  const KEYS = { flip: [" ", "Enter"], previous: ["ArrowLeft"], next: ["ArrowRight"], known: ["k", "K"], review: ["r", "R"] };
  let app = null; // the flashcards page currently shown, or null on other pages

  const shuffle = (items) => {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };

  const create = (root) => {
    const store = window.studyStore;
    const index = window.studyIndex;
    const cards = window.studyCards;
    const $ = (id) => root.querySelector(`#${id}`);
    const ui = {
      stage: $("fc-stage"), due: $("fc-due"), shuffle: $("fc-shuffle"), status: $("fc-status"), card: $("fc-card"),
      position: $("fc-position"), stageName: $("fc-stage-name"), box: $("fc-box"), question: $("fc-question"),
      answer: $("fc-answer"), sourceLine: $("fc-source-line"), source: $("fc-source"), done: $("fc-done"),
      previous: $("fc-prev"), flip: $("fc-flip"), next: $("fc-next"), known: $("fc-known"), review: $("fc-review"),
      live: $("fc-live"), exportButton: $("fc-export"), importButton: $("fc-import"), importFile: $("fc-import-file"),
      reset: $("fc-reset"),
    };
    const titles = Object.fromEntries(index.stages.map((stage) => [stage.path, stage.title]));
    const state = { queue: [], position: 0, flipped: false, shuffled: false, round: { known: 0, review: 0 } };

    const announce = (text) => {
      ui.live.textContent = "";
      window.setTimeout(() => { ui.live.textContent = text; }, 30);
    };
    const current = () => state.queue[state.position];
    const inStage = () => cards.filter((card) => !ui.stage.value || card.stage === ui.stage.value);

    const updateFilterLabels = () => {
      for (const option of ui.stage.options) {
        const stage = index.stages.find((s) => s.path === option.value);
        const ids = stage ? stage.ids : cards.map((card) => card.id);
        const name = stage ? stage.title : "All stages";
        option.textContent = `${name} (${store.countKnown(ids)} of ${ids.length} known)`;
      }
    };

    const updateStatus = () => {
      const pool = inStage();
      const due = pool.filter((card) => store.isDue(card.id)).length;
      const known = store.countKnown(pool.map((card) => card.id));
      ui.status.textContent = `${due} of ${pool.length} cards due now, ${known} known.`;
      updateFilterLabels();
    };

    const fixLinks = (container) => {
      container.querySelectorAll("a[href]").forEach((a) => a.setAttribute("href", new URL(a.getAttribute("href"), index.root).href));
      container.querySelectorAll("img[src]").forEach((img) => img.setAttribute("src", new URL(img.getAttribute("src"), index.root).href));
    };

    const setControls = (enabled) => {
      for (const button of [ui.flip, ui.known, ui.review]) button.disabled = !enabled;
      ui.previous.disabled = !enabled || state.position === 0;
      ui.next.disabled = !enabled || state.position >= state.queue.length - 1;
    };

    const showDone = (message) => {
      ui.position.textContent = "";
      ui.stageName.textContent = "";
      ui.box.textContent = "";
      ui.question.textContent = "";
      ui.answer.hidden = true;
      ui.sourceLine.hidden = true;
      ui.done.replaceChildren();
      const text = document.createElement("p");
      text.textContent = message;
      const again = document.createElement("button");
      again.type = "button";
      again.className = "study-button study-button--primary";
      again.id = "fc-again";
      again.textContent = "Start a new round";
      again.addEventListener("click", () => {
        start();
        ui.card.focus();
      });
      ui.done.append(text, again);
      ui.done.hidden = false;
      root.dataset.state = "done";
      setControls(false);
      announce(message);
    };

    const render = (speak = true) => {
      const card = current();
      updateStatus();
      if (!card) return;
      const record = store.get(card.id);
      ui.done.hidden = true;
      ui.position.textContent = `Card ${state.position + 1} of ${state.queue.length}`;
      ui.stageName.textContent = `· ${titles[card.stage] || card.stage}`;
      ui.box.textContent = record ? `· box ${record.box} of ${store.MAX_BOX}` : "· new";
      ui.question.textContent = card.question;
      ui.answer.hidden = !state.flipped;
      ui.sourceLine.hidden = !state.flipped;
      if (state.flipped && ui.answer.dataset.card !== card.id) {
        ui.answer.innerHTML = card.answer; // build-time HTML from our own pages, not user input
        ui.answer.dataset.card = card.id;
        fixLinks(ui.answer);
      }
      ui.source.href = new URL(card.url, index.root).href;
      ui.flip.textContent = "";
      ui.flip.append(state.flipped ? "Show question " : "Show answer ", kbd("Space"), " / ", kbd("Enter"));
      root.dataset.state = state.flipped ? "back" : "front";
      ui.card.dataset.face = state.flipped ? "back" : "front";
      setControls(true);
      if (speak) {
        announce(state.flipped
          ? `Answer: ${ui.answer.textContent.replace(/\s+/g, " ").trim()}`
          : `${ui.position.textContent}, ${titles[card.stage] || ""}. Question: ${card.question}`);
      }
    };

    const kbd = (text) => {
      const node = document.createElement("kbd");
      node.textContent = text;
      return node;
    };

    const start = (speak = true) => {
      const pool = inStage();
      let queue = ui.due.checked ? pool.filter((card) => store.isDue(card.id)) : pool;
      if (state.shuffled) queue = shuffle([...queue]);
      Object.assign(state, { queue, position: 0, flipped: false, round: { known: 0, review: 0 } });
      if (!queue.length) {
        showDone(ui.due.checked
          ? `No card of ${ui.stage.value ? titles[ui.stage.value] : "any stage"} is due now. Untick "Only cards due now" to go through them all.`
          : "This stage has no cards.");
        updateStatus();
        return;
      }
      render(speak);
    };

    const flip = () => {
      if (!current() || root.dataset.state === "done") return;
      state.flipped = !state.flipped;
      render();
    };
    const move = (delta) => {
      const target = state.position + delta;
      if (root.dataset.state === "done" || target < 0 || target >= state.queue.length) return;
      Object.assign(state, { position: target, flipped: false });
      render();
    };
    const rate = (knew) => {
      const card = current();
      if (!card || root.dataset.state === "done") return;
      store.rate(card.id, knew);
      state.round[knew ? "known" : "review"] += 1;
      if (state.position < state.queue.length - 1) {
        Object.assign(state, { position: state.position + 1, flipped: false });
        render();
        return;
      }
      const due = inStage().filter((c) => store.isDue(c.id)).length;
      updateStatus();
      showDone(`Round finished: ${state.round.known} known, ${state.round.review} to review again. ${due} cards are due now.`);
    };

    ui.flip.addEventListener("click", flip);
    ui.previous.addEventListener("click", () => move(-1));
    ui.next.addEventListener("click", () => move(1));
    ui.known.addEventListener("click", () => rate(true));
    ui.review.addEventListener("click", () => rate(false));
    ui.stage.addEventListener("change", start);
    ui.due.addEventListener("change", start);
    ui.shuffle.addEventListener("click", () => {
      state.shuffled = true;
      start(false);
      announce(`Shuffled. ${state.queue.length ? `${ui.position.textContent}. Question: ${current().question}` : ""}`);
    });
    ui.exportButton.addEventListener("click", () => {
      const blob = new Blob([store.exportText()], { type: "application/json" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = `mlops-study-progress-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      announce("Progress exported.");
    });
    ui.importButton.addEventListener("click", () => ui.importFile.click());
    ui.importFile.addEventListener("change", async () => {
      const file = ui.importFile.files[0];
      if (!file) return;
      try {
        const count = store.importText(await file.text());
        start(false);
        announce(`Imported progress for ${count} cards.`);
      } catch (error) {
        announce(`Could not import that file: ${error.message}`);
      }
      ui.importFile.value = "";
    });
    ui.reset.addEventListener("click", () => {
      if (!window.confirm("Forget every card you have rated, on every page of the guide?")) return;
      store.reset();
      start(false);
      announce("Progress reset: every card is new again.");
    });

    // A stage page links its own deck as flashcards/#stage=data/understanding.md.
    const wanted = new URLSearchParams(location.hash.slice(1)).get("stage");
    if (wanted && [...ui.stage.options].some((option) => option.value === wanted)) ui.stage.value = wanted;

    root.querySelector("[data-flashcards-noscript]").hidden = true;
    root.querySelector(".flashcards__app").hidden = false;
    start();
    return {
      root,
      key(name) {
        ({ flip, previous: () => move(-1), next: () => move(1), known: () => rate(true), review: () => rate(false) })[name]();
      },
    };
  };

  // One keyboard handler for the page, installed once: instant navigation keeps the document.
  document.addEventListener("keydown", (event) => {
    if (!app || !document.body.contains(app.root) || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (target.closest("input, select, textarea, [contenteditable=''], [contenteditable='true'], .md-search")) return;
    const native = target.closest("button, a, summary, label");
    const name = Object.keys(KEYS).find((key) => KEYS[key].includes(event.key));
    if (!name || (native && (event.key === " " || event.key === "Enter"))) return;
    if (!(app.root.contains(target) || target === document.body || target === document.documentElement)) return;
    event.preventDefault();
    app.key(name);
  });

  const mount = () => {
    const root = document.getElementById("flashcards-app");
    app = null;
    if (!root || !window.studyStore || !window.studyIndex || root.dataset.state !== "loading") return;
    // After instant navigation Material may announce the page before cards.js has run again.
    if (window.studyCards) app = create(root);
    else document.addEventListener("studycards", mount, { once: true });
  };
  window.studyOnEveryPage(mount);
})();
