// The mock interview page: a timed session of questions mixing levels and kinds (and, when chosen, a
// design case and then a coding exercise at the end), a countdown per question, notes kept in this browser, then the model answer
// with a checklist to self-score, and a printable summary. The questions and checklists are in the
// page (overrides/partials/study/mock-interview-app.html, from hooks/study/interview.py); the model
// answers come a stage at a time from answers.js (window.studyAnswers), loaded while a question is asked.
(() => {
  if (window.studyInterview) return; // instant navigation runs it again on each visit
  window.studyInterview = true;
  let stopTimer = () => {};

  const clock = (ms) => {
    const seconds = Math.round(Math.abs(ms) / 1000);
    return `${ms < 0 ? "+" : ""}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  };
  const shuffled = (items) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };

  /** ``count`` questions of ``pool`` that mix levels and kinds: the levels take turns, and each turn
   * takes the kind asked least so far that its level has (ties in a shuffled order). Three questions
   * from a pool of three levels are then always one of each, never three of one level by chance. */
  const mixed = (pool, count) => {
    const levels = new Map(); // level → Map(kind → items)
    for (const item of shuffled(pool)) {
      const { level, kind } = item.dataset;
      if (!levels.has(level)) levels.set(level, new Map());
      const kinds = levels.get(level);
      if (!kinds.has(kind)) kinds.set(kind, []);
      kinds.get(kind).push(item);
    }
    const asked = new Map(); // kind → how many chosen
    const chosen = [];
    const turns = shuffled([...levels.values()]);
    while (chosen.length < count && turns.some((kinds) => [...kinds.values()].some((items) => items.length))) {
      for (const kinds of turns) {
        const open = shuffled([...kinds].filter(([, items]) => items.length));
        if (chosen.length >= count || !open.length) continue;
        const [kind, items] = open.reduce((best, entry) => ((asked.get(entry[0]) || 0) < (asked.get(best[0]) || 0) ? entry : best));
        asked.set(kind, (asked.get(kind) || 0) + 1);
        chosen.push(items.shift());
      }
    }
    return chosen;
  };

  const create = (root) => {
    const store = window.studyStore;
    const answers = window.studyAnswers;
    const $ = (id) => root.querySelector(`#${id}`);
    const ui = {
      setup: $("iv-setup"), stage: $("iv-stage"), level: $("iv-level"), kind: $("iv-kind"), due: $("iv-due"),
      count: $("iv-count"), minutes: $("iv-minutes"), design: $("iv-design"), status: $("iv-status"), start: $("iv-start"),
      question: $("iv-question"), heading: $("iv-heading"), meta: $("iv-meta"), prompt: $("iv-prompt"), timer: $("iv-timer"),
      notes: $("iv-notes"), reveal: $("iv-reveal"), answer: $("iv-answer"), answerHeading: $("iv-answer-heading"),
      answerBody: $("iv-answer-body"), points: $("iv-points"), next: $("iv-next"), summary: $("iv-summary"),
      summaryHeading: $("iv-summary-heading"), total: $("iv-total"), rows: $("iv-rows"), print: $("iv-print"),
      restart: $("iv-restart"), live: $("iv-live"),
      // The coding exercise that may end a session (hooks/coding/: interview-option.html, interview-pool.html).
      coding: $("iv-coding"), exercise: $("iv-exercise"), exerciseHeading: $("iv-exercise-heading"),
      exerciseMeta: $("iv-exercise-meta"), exerciseTitle: $("iv-exercise-title"), exerciseBody: $("iv-exercise-body"),
      exerciseTimer: $("iv-exercise-timer"), exerciseLink: $("iv-exercise-link"), exerciseDone: $("iv-exercise-done"),
    };
    const exercises = [...root.querySelectorAll(".interview__exercises > li")];
    const pool = [...root.querySelectorAll(".interview__pool > li")];
    const session = { items: [], position: 0, results: [], started: 0, deadline: 0 };

    const announce = (text) => {
      ui.live.textContent = "";
      window.setTimeout(() => { ui.live.textContent = text; }, 30);
    };
    const matching = () => pool.filter((item) =>
      (!ui.stage.value || item.dataset.stage === ui.stage.value) &&
      (!ui.level.value || item.dataset.level === ui.level.value) &&
      (!ui.kind.value || item.dataset.kind === ui.kind.value) &&
      (!ui.due.checked || store.isDue(item.dataset.card)));
    const updateStatus = () => {
      const count = matching().length;
      ui.status.textContent = `${count} ${count === 1 ? "question matches" : "questions match"}.`;
      ui.start.disabled = count === 0;
    };
    const show = (state) => {
      root.dataset.state = state;
      ui.setup.hidden = state !== "setup";
      ui.question.hidden = state !== "asking" && state !== "answer";
      ui.answer.hidden = state !== "answer";
      ui.summary.hidden = state !== "summary";
      if (ui.exercise) ui.exercise.hidden = state !== "exercise";
    };

    const tick = () => {
      const left = session.deadline - Date.now();
      const timer = session.exercise && root.dataset.state === "exercise" ? ui.exerciseTimer : ui.timer;
      timer.textContent = clock(left);
      timer.dataset.over = left < 0 ? "true" : "false";
      if (left <= 60000 && !session.warned) {
        session.warned = true;
        if (left > 0) announce("One minute left.");
      }
      if (left <= 0 && !session.over) {
        session.over = true;
        announce("Time is up: finish your sentence, then open the model answer.");
      }
    };
    const startTimer = () => {
      stopTimer();
      const handle = window.setInterval(tick, 1000);
      stopTimer = () => window.clearInterval(handle);
      tick();
    };

    const ask = () => {
      const item = session.items[session.position];
      const minutes = Number(ui.minutes.value);
      Object.assign(session, { started: Date.now(), deadline: Date.now() + minutes * 60000, warned: minutes <= 1, over: false });
      ui.heading.textContent = `Question ${session.position + 1} of ${session.items.length}`;
      const changed = store.changedSince(item.dataset.card);
      ui.meta.textContent = `${item.dataset.stageTitle} · ${item.dataset.level} · ${item.dataset.kind} · ${minutes} minutes` +
        (changed ? " · answer updated on " + changed + (item.dataset.change ? ": " + item.dataset.change : "") : "");
      ui.prompt.textContent = item.querySelector(".interview__pool-question").textContent;
      ui.notes.value = store.notes.get(item.dataset.card);
      ui.answerBody.replaceChildren();
      ui.points.replaceChildren();
      answers.prefetch(item.dataset.card); // there by the time the candidate opens it
      show("asking");
      startTimer();
      ui.heading.focus();
      announce(`${ui.heading.textContent}: ${ui.prompt.textContent} You have ${minutes} minutes.`);
    };

    const reveal = () => {
      const item = session.items[session.position];
      stopTimer();
      session.used = Date.now() - session.started;
      const html = answers.get(item.dataset.card);
      if (html !== undefined) answers.put(ui.answerBody, html);
      else {
        ui.answerBody.textContent = "Loading the model answer…";
        answers.load(item.dataset.card).then(
          (loaded) => { if (session.items[session.position] === item) answers.put(ui.answerBody, loaded); },
          () => { ui.answerBody.textContent = "The model answer could not be loaded: open the question on its stage page."; },
        );
      }
      item.querySelectorAll(".interview__pool-points > li").forEach((point, number) => {
        const label = document.createElement("label");
        label.className = "interview__point";
        const box = document.createElement("input");
        box.type = "checkbox";
        box.id = `iv-point-${number + 1}`;
        label.htmlFor = box.id;
        label.append(box, ` ${point.textContent}`);
        ui.points.append(label);
      });
      show("answer");
      ui.answerHeading.focus();
      announce(`Model answer shown, after ${clock(session.used)}. Tick the points your answer covered.`);
    };

    const next = () => {
      const item = session.items[session.position];
      const boxes = [...ui.points.querySelectorAll("input")];
      session.results.push({
        question: ui.prompt.textContent,
        meta: `${item.dataset.level}, ${item.dataset.kind}`,
        used: session.used,
        covered: boxes.filter((box) => box.checked).length,
        points: boxes.length,
        notes: ui.notes.value,
      });
      if (session.position < session.items.length - 1) {
        session.position += 1;
        ask();
      } else if (session.exercise) askExercise();
      else summarise();
    };

    /** The coding exercise that ends the session: its statement, its own time, a link to its editor. */
    const codingStatus = (slug) => {
      const record = store.coding ? store.coding.get(slug) : null;
      return record ? record.status : "not submitted";
    };
    const chooseExercise = () => {
      const stage = exercises.filter((item) => !ui.stage.value || item.dataset.stage === ui.stage.value);
      const open = (stage.length ? stage : exercises).filter((item) => codingStatus(item.dataset.slug) !== "solved");
      return shuffled(open.length ? open : stage.length ? stage : exercises)[0] || null;
    };
    const askExercise = () => {
      const item = session.exercise;
      const minutes = Number(item.dataset.minutes);
      Object.assign(session, { started: Date.now(), deadline: Date.now() + minutes * 60000, warned: minutes <= 1, over: false });
      ui.exerciseMeta.textContent = `${item.dataset.stageTitle} · ${item.dataset.level} · about ${minutes} minutes`;
      ui.exerciseTitle.textContent = item.dataset.title;
      ui.exerciseBody.innerHTML = item.querySelector(".interview__exercise-statement").innerHTML; // build-time HTML
      ui.exerciseLink.href = item.dataset.url;
      show("exercise");
      startTimer();
      ui.exerciseHeading.focus();
      announce(`Coding exercise: ${item.dataset.title}. You have ${minutes} minutes. Solve it in the editor, then finish the interview.`);
    };
    const finishExercise = () => {
      stopTimer();
      const item = session.exercise;
      session.results.push({
        question: `Coding: ${item.dataset.title}`,
        meta: `${item.dataset.level}, coding`,
        used: Date.now() - session.started,
        score: codingStatus(item.dataset.slug),
        notes: "",
      });
      summarise();
    };

    const summarise = () => {
      ui.rows.replaceChildren();
      let covered = 0;
      let points = 0;
      for (const result of session.results) {
        const row = document.createElement("tr");
        const score = result.score || `${result.covered} of ${result.points}`;
        for (const text of [result.question, result.meta, clock(result.used), score, result.notes || "–"]) {
          const cell = document.createElement("td");
          cell.textContent = text;
          row.append(cell);
        }
        ui.rows.append(row);
        covered += result.covered || 0;
        points += result.points || 0;
      }
      const share = points ? Math.round((100 * covered) / points) : 0;
      const asked = session.results.filter((result) => !result.score).length;
      const exercise = session.exercise ? `; the coding exercise: ${session.results[session.results.length - 1].score}` : "";
      ui.total.textContent = `${asked} questions; your answers covered ${covered} of ${points} points (${share} %)${exercise}.`;
      show("summary");
      ui.summaryHeading.focus();
      announce(`Interview finished. ${ui.total.textContent}`);
    };

    ui.setup.addEventListener("submit", (event) => {
      event.preventDefault();
      const available = matching();
      const design = ui.design.checked ? shuffled(pool.filter((item) => item.dataset.kind === "design"))[0] : null;
      const count = Number(ui.count.value) - (design ? 1 : 0);
      const items = mixed(available.filter((item) => item !== design), count);
      const exercise = ui.coding && ui.coding.checked ? chooseExercise() : null;
      Object.assign(session, { items: design ? [...items, design] : items, position: 0, results: [], exercise });
      if (session.items.length) ask();
      else if (exercise) askExercise();
    });
    for (const control of [ui.stage, ui.level, ui.kind, ui.due]) control.addEventListener("change", updateStatus);
    ui.notes.addEventListener("input", () => store.notes.set(session.items[session.position].dataset.card, ui.notes.value));
    ui.reveal.addEventListener("click", reveal);
    ui.next.addEventListener("click", next);
    ui.print.addEventListener("click", () => window.print());
    if (ui.exerciseDone) ui.exerciseDone.addEventListener("click", finishExercise);
    ui.restart.addEventListener("click", () => {
      show("setup");
      ui.start.focus();
    });

    root.querySelector("[data-interview-noscript]").hidden = true;
    show("setup");
    updateStatus();
  };

  const mount = () => {
    stopTimer();
    const root = document.getElementById("interview-app");
    if (!root || !window.studyStore || !window.studyIndex || root.dataset.state !== "loading") return;
    // After instant navigation Material may run this before answers.js has run again.
    if (window.studyAnswers) create(root);
    else document.addEventListener("studyanswers", mount, { once: true });
  };
  window.studyOnEveryPage(mount);
})();
