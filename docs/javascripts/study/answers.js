// The answers of the study tools, a stage at a time. Each stage's answer HTML is answers/<stage>.js,
// made at build time (hooks/study/cards.py) and listed in study-index.js; it is loaded by a script
// element, which works from file:// too, the first time one of that stage's cards is shown. Loading all
// of them up front (~1.7 MB) kept the flashcards page blank on a phone until they had arrived.
// The flashcards and the mock interview load this file; the answers are our own build-time HTML.
(() => {
  if (window.studyAnswers) return; // instant navigation runs it again on each visit
  const received = {}; // stage path → { card id: answer HTML }
  const pending = {}; // stage path → Promise of the same, while its script loads
  const stageOf = (id) => id.slice(0, id.indexOf("#"));

  const loadStage = (stage) => {
    if (!pending[stage]) {
      pending[stage] = new Promise((resolve, reject) => {
        const entry = window.studyIndex.stages.find((s) => s.path === stage);
        if (!entry) throw new Error(`no stage ${stage} in study-index.js`);
        const script = document.createElement("script");
        script.src = new URL(entry.answers, window.studyIndex.root).href;
        script.onload = () => {
          script.remove();
          if (received[stage]) resolve(received[stage]);
          else reject(new Error(`${script.src} did not add its answers`));
        };
        script.onerror = () => {
          script.remove();
          reject(new Error(`could not load ${script.src}`));
        };
        document.head.append(script);
      });
      pending[stage].catch(() => { delete pending[stage]; }); // the next request tries again
    }
    return pending[stage];
  };

  window.studyAnswers = {
    /** Called by each answers/<stage>.js as it runs. */
    add(stage, answers) { received[stage] = answers; },
    /** A card's answer HTML when its stage has loaded, else undefined. */
    get(id) {
      const answers = received[stageOf(id)];
      return answers ? answers[id] || "" : undefined;
    },
    /** A Promise of a card's answer HTML, loading its stage's answers the first time. */
    load(id) { return loadStage(stageOf(id)).then((answers) => answers[id] || ""); },
    /** Start loading a card's answer now, so it is there when asked for. */
    prefetch(id) { this.load(id).catch(() => {}); },
    /** Put answer HTML into ``container``, its links (relative to the site root) made absolute. */
    put(container, html) {
      container.innerHTML = html;
      const root = window.studyIndex.root;
      container.querySelectorAll("a[href]").forEach((a) => a.setAttribute("href", new URL(a.getAttribute("href"), root).href));
      container.querySelectorAll("img[src]").forEach((img) => img.setAttribute("src", new URL(img.getAttribute("src"), root).href));
    },
  };
  document.dispatchEvent(new Event("studyanswers"));
})();
