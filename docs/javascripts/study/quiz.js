// The quiz page: a round of multiple-choice questions ("which term matches this definition?"),
// chosen by stage, level, kind and whether the term's flashcard is due, shown one at a time. Every
// question is in the page (overrides/partials/study/quiz-app.html, made at build time by
// hooks/study/quiz.py); this shows and grades them and keeps the score per stage in
// window.studyStore.quiz (storage.js). This page alone loads it.
(() => {
  if (window.studyQuiz) return; // instant navigation runs it again on each visit
  window.studyQuiz = true;
  let app = null;

  const create = (root) => {
    const store = window.studyStore;
    const $ = (id) => root.querySelector(`#${id}`);
    const ui = {
      stage: $("qz-stage"), level: $("qz-level"), kind: $("qz-kind"), due: $("qz-due"), start: $("qz-start"),
      status: $("qz-status"), done: $("qz-done"), live: $("qz-live"), reset: $("qz-reset"),
      scores: root.querySelectorAll(".quiz__scores tr[data-stage]"),
    };
    const items = [...root.querySelectorAll(".quiz__item")];
    const length = Number((ui.start.textContent.match(/\d+/) || ["10"])[0]);
    const round = { items: [], position: 0, right: 0 };

    const announce = (text) => {
      ui.live.textContent = "";
      window.setTimeout(() => { ui.live.textContent = text; }, 30);
    };
    const matching = () => items.filter((item) =>
      (!ui.stage.value || item.dataset.stage === ui.stage.value) &&
      (!ui.level.value || item.dataset.level === ui.level.value) &&
      (!ui.kind.value || item.dataset.kind === ui.kind.value) &&
      (!ui.due.checked || store.isDue(item.dataset.card)));

    const updateScores = () => {
      const scores = store.quiz.scores();
      ui.scores.forEach((row) => {
        const score = scores[row.dataset.stage] || { right: 0, asked: 0 };
        const cells = row.querySelectorAll("td");
        cells[0].textContent = String(score.right);
        cells[1].textContent = String(score.asked);
        cells[2].textContent = score.asked ? `${Math.round((100 * score.right) / score.asked)} %` : "–";
      });
    };
    const updateStatus = () => {
      const count = matching().length;
      ui.status.textContent = `${count} ${count === 1 ? "question matches" : "questions match"}.`;
      ui.start.disabled = count === 0;
    };

    const current = () => round.items[round.position];
    const show = (speak = true) => {
      items.forEach((item) => { item.hidden = item !== current(); });
      const item = current();
      const form = item.querySelector("form");
      form.reset();
      form.querySelectorAll("input").forEach((input) => { input.disabled = false; });
      item.querySelector(".quiz__feedback").hidden = true;
      item.querySelector(".quiz__check").textContent = "Check ";
      item.querySelector(".quiz__check").append(kbd("Enter"));
      item.dataset.checked = "";
      item.querySelector(".quiz__position").textContent = `Question ${round.position + 1} of ${round.items.length}.`;
      root.dataset.state = "asking";
      item.querySelector("input").focus();
      if (speak) {
        announce(`Question ${round.position + 1} of ${round.items.length}. Which term matches: ${item.querySelector(".quiz__prompt").textContent}`);
      }
    };
    const kbd = (text) => {
      const node = document.createElement("kbd");
      node.textContent = text;
      return node;
    };

    const finish = () => {
      items.forEach((item) => { item.hidden = true; });
      ui.done.replaceChildren();
      const text = document.createElement("p");
      text.textContent = `Quiz finished: ${round.right} of ${round.items.length} right.`;
      const again = document.createElement("button");
      again.type = "button";
      again.className = "study-button study-button--primary";
      again.id = "qz-again";
      again.textContent = "Start another quiz";
      again.addEventListener("click", start);
      ui.done.append(text, again);
      ui.done.hidden = false;
      root.dataset.state = "done";
      again.focus();
      announce(text.textContent);
    };

    const check = (item) => {
      const chosen = item.querySelector("input:checked");
      if (!chosen) {
        announce("Pick an option first: keys 1 to 4, or the arrow keys.");
        return;
      }
      const right = chosen.value === item.dataset.answer;
      const answer = item.querySelectorAll(".quiz__option")[Number(item.dataset.answer)].textContent.replace(/^\s*\d\s*/, "").trim();
      round.right += right ? 1 : 0;
      store.quiz.record(item.id, item.dataset.stage, right);
      item.querySelectorAll("input").forEach((input) => { input.disabled = true; });
      const verdict = right ? `Right: ${answer}.` : `Not quite: the answer is ${answer}.`;
      item.querySelector(".quiz__verdict").textContent = verdict;
      item.querySelector(".quiz__feedback").hidden = false;
      item.dataset.checked = right ? "right" : "wrong";
      const button = item.querySelector(".quiz__check");
      button.textContent = round.position < round.items.length - 1 ? "Next question " : "See your score ";
      button.append(kbd("Enter"));
      button.focus();
      root.dataset.state = "checked";
      updateScores();
      announce(verdict);
    };

    const start = () => {
      const pool = matching();
      // A fresh mix each round; the questions themselves and their options are fixed at build time.
      for (let i = pool.length - 1; i > 0; i -= 1) {
        const j = Math.floor(Math.random() * (i + 1));
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      Object.assign(round, { items: pool.slice(0, length), position: 0, right: 0 });
      ui.done.hidden = true;
      if (!round.items.length) {
        announce("No question matches this choice.");
        return;
      }
      show();
    };

    root.addEventListener("submit", (event) => {
      event.preventDefault();
      const item = event.target.closest(".quiz__item");
      if (!item || item !== current()) return;
      if (!item.dataset.checked) check(item);
      else if (round.position < round.items.length - 1) {
        round.position += 1;
        show();
      } else finish();
    });
    for (const select of [ui.stage, ui.level, ui.kind, ui.due]) select.addEventListener("change", updateStatus);
    ui.start.addEventListener("click", start);
    ui.reset.addEventListener("click", () => {
      if (!window.confirm("Forget every quiz score?")) return;
      store.quiz.reset();
      updateScores();
      announce("Quiz scores reset.");
    });

    root.querySelector("[data-quiz-noscript]").hidden = true;
    root.dataset.state = "ready";
    updateStatus();
    updateScores();
    return {
      root,
      /** Keys 1-4 pick that option of the question shown. */
      pick(number) {
        const item = current();
        if (!item || item.hidden || item.dataset.checked) return false;
        const input = item.querySelectorAll("input")[number - 1];
        if (!input) return false;
        input.checked = true;
        input.focus();
        return true;
      },
    };
  };

  document.addEventListener("keydown", (event) => {
    if (!app || !document.body.contains(app.root) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!/^[1-4]$/.test(event.key) || event.target.closest("select, textarea, input:not([type=radio]), .md-search")) return;
    if (app.pick(Number(event.key))) event.preventDefault();
  });

  const mount = () => {
    const root = document.getElementById("quiz-app");
    app = null;
    if (root && window.studyStore && root.dataset.state === "loading") app = create(root);
  };
  window.studyOnEveryPage(mount);
})();
