// The flashcards page: every question of the guide as a card, filtered by stage, level, kind and due
// date, shuffled, flipped and graded Again / Hard / Good / Easy (keys 1-4, as in Anki) by keyboard or
// pointer. FSRS (window.studyScheduler, scheduler.js) decides when a card comes back; progress is
// window.studyStore (storage.js). The cards come from cards.js (window.studyCards, made at build time),
// so the page works from file:// and with Material's instant navigation alike; a card's answer comes
// from its stage's answer script, loaded while the card shows its question (answers.js). Markup:
// overrides/partials/study/flashcards-app.html. This page alone loads this script and the scheduler.
(() => {
  // Instant navigation runs the page's scripts again on each visit: the first run's handlers stay.
  if (window.studyFlashcards) return;
  window.studyFlashcards = true;
  const KEYS = { flip: [" ", "Enter"], previous: ["ArrowLeft"], next: ["ArrowRight"], 1: ["1"], 2: ["2"], 3: ["3"], 4: ["4"] };
  const GRADE_NAMES = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };
  const STATE_NAMES = ["new", "learning", "in review", "relearning"];
  const DRILL_KEY = "mlops-study-guide:drill";
  // What the app needs before it starts, each with the event its script sends once it has run.
  const NEEDS = [["studyCards", "studycards"], ["studyScheduler", "studyscheduler"], ["studyAnswers", "studyanswers"]];
  let app = null; // the flashcards page currently shown, or null on other pages

  const shuffle = (items) => {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };

  /** A wait in ms as a reader says it: "1 min", "10 min", "3 h", "4 d", "2.5 mo". */
  const waitText = (ms) => {
    const minutes = Math.max(1, Math.round(ms / 60000));
    if (minutes < 60) return `${minutes} min`;
    if (minutes < 24 * 60) return `${Math.round(minutes / 60)} h`;
    const days = Math.round(minutes / (24 * 60));
    if (days < 31) return `${days} d`;
    if (days < 365) return `${(days / 30).toFixed(1)} mo`;
    return `${(days / 365).toFixed(1)} y`;
  };

  const create = (root) => {
    const store = window.studyStore;
    const scheduler = window.studyScheduler;
    const index = window.studyIndex;
    const cards = window.studyCards;
    const answers = window.studyAnswers;
    const $ = (id) => root.querySelector(`#${id}`);
    const ui = {
      stage: $("fc-stage"), level: $("fc-level"), kind: $("fc-kind"), due: $("fc-due"), shuffle: $("fc-shuffle"),
      status: $("fc-status"), card: $("fc-card"), position: $("fc-position"), stageName: $("fc-stage-name"),
      state: $("fc-state"), question: $("fc-question"), answer: $("fc-answer"), sourceLine: $("fc-source-line"),
      source: $("fc-source"), done: $("fc-done"), previous: $("fc-prev"), flip: $("fc-flip"), next: $("fc-next"),
      grades: [1, 2, 3, 4].map((grade) => $(`fc-grade-${grade}`)), waits: [1, 2, 3, 4].map((grade) => $(`fc-wait-${grade}`)),
      live: $("fc-live"), exportButton: $("fc-export"), importButton: $("fc-import"), importFile: $("fc-import-file"),
      importStatus: $("fc-import-status"), changed: $("fc-changed"),
      reset: $("fc-reset"), retention: $("fc-retention"),
    };
    const titles = Object.fromEntries(index.stages.map((stage) => [stage.path, stage.title]));
    const state = { queue: [], position: 0, flipped: false, shuffled: false, round: { known: 0, review: 0 } };
    store.applyPending(scheduler); // grades given on stage pages since the last visit
    ui.retention.value = store.settings().retention.toFixed(2);

    const announce = (text) => {
      ui.live.textContent = "";
      window.setTimeout(() => { ui.live.textContent = text; }, 30);
    };
    const current = () => state.queue[state.position];
    const matches = (card) =>
      (!ui.stage.value || card.stage === ui.stage.value) &&
      (!ui.level.value || card.level === ui.level.value) &&
      (!ui.kind.value || card.kind === ui.kind.value);
    const filtered = () => cards.filter(matches);

    const updateFilterLabels = () => {
      for (const option of ui.stage.options) {
        const stage = index.stages.find((s) => s.path === option.value);
        const ids = stage ? stage.ids : cards.map((card) => card.id);
        const name = stage ? stage.title : "All stages";
        option.textContent = `${name} (${store.countKnown(ids)} of ${ids.length} known)`;
      }
    };

    const updateStatus = () => {
      const pool = filtered();
      const due = pool.filter((card) => store.isDue(card.id)).length;
      const known = store.countKnown(pool.map((card) => card.id));
      ui.status.textContent = `${due} of ${pool.length} cards due now, ${known} known.`;
      updateFilterLabels();
      document.dispatchEvent(new Event("studyprogress")); // the charts redraw
    };

    const setControls = (enabled) => {
      ui.flip.disabled = !enabled;
      // Grading comes after recalling: the grades wait until the card shows its answer.
      for (const button of ui.grades) button.disabled = !enabled || !state.flipped;
      ui.previous.disabled = !enabled || state.position === 0;
      ui.next.disabled = !enabled || state.position >= state.queue.length - 1;
    };

    const kbd = (text) => {
      const node = document.createElement("kbd");
      node.textContent = text;
      return node;
    };

    const showDone = (message) => {
      for (const node of [ui.position, ui.stageName, ui.state, ui.question]) node.textContent = "";
      for (const node of ui.waits) node.textContent = "";
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

    const stateText = (record, now) => {
      if (!record || typeof record.stability !== "number") return "· new";
      const due = record.due <= now ? "due now" : `due in ${waitText(record.due - now)}`;
      return `· ${STATE_NAMES[record.state] || "new"}, ${due}`;
    };

    const render = (speak = true) => {
      const card = current();
      updateStatus();
      if (!card) return;
      const now = Date.now();
      const record = store.get(card.id);
      ui.done.hidden = true;
      ui.position.textContent = `Card ${state.position + 1} of ${state.queue.length}`;
      ui.stageName.textContent = `· ${titles[card.stage] || card.stage}`;
      ui.state.textContent = stateText(record, now);
      ui.question.textContent = card.question;
      const changed = store.changedSince(card.id);
      ui.changed.hidden = !changed;
      // No template literal inside another: the minifier drops the space after the colon.
      const what = card.change ? ": " + card.change : "";
      ui.changed.textContent = changed ? "Answer updated on " + changed + what + ". Read it again." : "";
      ui.answer.hidden = !state.flipped;
      ui.sourceLine.hidden = !state.flipped;
      if (!state.flipped) answers.prefetch(card.id); // there by the time the reader flips
      else if (ui.answer.dataset.card !== card.id) {
        const html = answers.get(card.id);
        if (html === undefined) {
          // Flipped before its stage's answers arrived: they fill the card, and are read out, then.
          ui.answer.textContent = "Loading the answer…";
          delete ui.answer.dataset.card; // it no longer holds any card's answer
          answers.load(card.id).then(
            () => { if (current() === card && state.flipped) render(speak); },
            () => { ui.answer.textContent = "The answer could not be loaded: open this question on its page."; },
          );
          speak = false;
        } else {
          answers.put(ui.answer, html);
          ui.answer.dataset.card = card.id;
        }
      }
      const waits = state.flipped ? scheduler.preview(record, now, store.settings().retention) : {};
      ui.waits.forEach((node, i) => { node.textContent = waits[i + 1] ? `(${waitText(waits[i + 1])})` : ""; });
      ui.source.href = new URL(card.url, index.root).href;
      ui.flip.textContent = "";
      ui.flip.append(state.flipped ? "Show question " : "Show answer ", kbd("Space"), " / ", kbd("Enter"));
      root.dataset.state = state.flipped ? "back" : "front";
      ui.card.dataset.face = state.flipped ? "back" : "front";
      setControls(true);
      if (speak) {
        announce(state.flipped
          ? `Answer: ${ui.answer.textContent.replace(/\s+/g, " ").trim()} Grade it from 1, again, to 4, easy.`
          : `${ui.position.textContent}, ${titles[card.stage] || ""}. Question: ${card.question}`);
      }
    };

    const start = (speak = true) => {
      const pool = filtered();
      let queue = ui.due.checked ? pool.filter((card) => store.isDue(card.id)) : pool;
      if (state.shuffled) queue = shuffle([...queue]);
      Object.assign(state, { queue, position: 0, flipped: false, round: { known: 0, review: 0 } });
      if (!queue.length) {
        showDone(ui.due.checked
          ? "No card of this choice is due now. Untick \"Only cards due now\" to go through them all."
          : "No card matches this choice of stage, level and kind.");
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
    const grade = (value) => {
      const card = current();
      if (!card || root.dataset.state === "done" || !state.flipped) return;
      const record = store.rate(card.id, value);
      state.round[value > 1 ? "known" : "review"] += 1;
      const said = `${GRADE_NAMES[value]}: back in ${waitText(record.due - Date.now())}.`;
      if (state.position < state.queue.length - 1) {
        Object.assign(state, { position: state.position + 1, flipped: false });
        render(false);
        announce(`${said} ${ui.position.textContent}. Question: ${current().question}`);
        return;
      }
      const due = filtered().filter((c) => store.isDue(c.id)).length;
      updateStatus();
      showDone(`Round finished: ${state.round.known} known, ${state.round.review} to review again. ${due} cards are due now.`);
    };

    ui.flip.addEventListener("click", flip);
    ui.previous.addEventListener("click", () => move(-1));
    ui.next.addEventListener("click", () => move(1));
    ui.grades.forEach((button) => button.addEventListener("click", () => grade(Number(button.dataset.grade))));
    for (const select of [ui.stage, ui.level, ui.kind, ui.due]) select.addEventListener("change", start);
    ui.retention.addEventListener("change", () => {
      const value = store.setRetention(ui.retention.value);
      ui.retention.value = value.toFixed(2);
      announce(`Desired retention ${Math.round(value * 100)} %: it applies to the next grades you give.`);
    });
    ui.shuffle.addEventListener("click", () => {
      state.shuffled = true;
      start(false);
      announce(`Shuffled. ${state.queue.length ? `${ui.position.textContent}. Question: ${current().question}` : ""}`);
    });
    ui.exportButton.addEventListener("click", () => {
      store.exportFile();
      announce("Progress exported.");
    });
    ui.importButton.addEventListener("click", () => ui.importFile.click());
    ui.importFile.addEventListener("change", async () => {
      const file = ui.importFile.files[0];
      if (!file) return;
      let message;
      try {
        const done = store.importText(await file.text());
        const notes = [
          done.renamed ? `${done.renamed} under questions reworded since, moved to their new wording` : "",
          done.unknown ? `${done.unknown} for questions this version of the guide does not have (kept, not shown)` : "",
          done.coding ? `${done.coding} coding exercises` : "",
        ].filter(Boolean);
        message = "Imported progress for " + done.cards + " cards" + (notes.length ? ": " + notes.join("; ") : "") + ".";
        start(false);
      } catch (error) {
        message = `Could not import ${file.name}: ${error.message}.`;
      }
      ui.importStatus.textContent = message; // a status region: read out as well as shown
      ui.importFile.value = "";
    });
    ui.reset.addEventListener("click", () => {
      if (!window.confirm("Forget every card you have rated, on every page of the guide?")) return;
      store.reset();
      start(false);
      announce("Progress reset: every card is new again.");
    });

    // A stage page links its own deck as flashcards/#stage=data/understanding.md. Followed by
    // instant navigation, this may run before the address bar shows that link, so the stage page
    // also leaves the stage in sessionStorage (progress.js).
    let drilled = null;
    try {
      drilled = sessionStorage.getItem(DRILL_KEY);
      sessionStorage.removeItem(DRILL_KEY);
    } catch (error) { /* blocked storage: the address's #stage= still says which deck */ }
    const wanted = new URLSearchParams(location.hash.slice(1)).get("stage") || drilled;
    if (wanted && [...ui.stage.options].some((option) => option.value === wanted)) ui.stage.value = wanted;

    root.querySelector("[data-flashcards-noscript]").hidden = true;
    root.querySelector(".flashcards__app").hidden = false;
    start();
    return {
      root,
      key(name) {
        if (name === "flip") flip();
        else if (name === "previous") move(-1);
        else if (name === "next") move(1);
        else grade(Number(name));
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
    // After instant navigation Material may run this before the scripts it needs have run again.
    const missing = NEEDS.find(([name]) => !window[name]);
    if (missing) document.addEventListener(missing[1], mount, { once: true });
    else app = create(root);
  };
  window.studyOnEveryPage(mount);
})();
