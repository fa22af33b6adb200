// Study progress in localStorage, on every page: one record per card under its stable id (page path +
// question anchor, from study-index.js), so a new build keeps it. window.studyStore is read by the
// stage pages (progress.js) and the flashcards page (flashcards.js); only the flashcards page loads the
// FSRS scheduler (scheduler.js), so a rating given on a stage page waits in the record's `pending`
// list until the flashcards page schedules it. Material's instant navigation swaps pages without a
// load event, so page work runs on every emission of Material's document$ (studyOnEveryPage).

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
  const SETTINGS_KEY = "mlops-study-guide:settings";
  const VERSION = 2;
  const DAY = 24 * 60 * 60 * 1000;
  // FSRS grades, as in Anki and ts-fsrs's Rating: 1 Again, 2 Hard, 3 Good, 4 Easy.
  const GRADES = { again: 1, hard: 2, good: 3, easy: 4 };
  // FSRS states, as ts-fsrs's State: 0 New, 1 Learning, 2 Review, 3 Relearning.
  const STATE = { new: 0, learning: 1, review: 2, relearning: 3 };
  const HISTORY_LIMIT = 200; // reviews kept per card, for the charts and a replay

  // The FSRS-6 default parameters that the migration below needs (w[0], w[2], w[4], w[5]); they are
  // ts-fsrs's default_w, and tests/browser/test_study_tools.py checks that they still are.
  const W = { 0: 0.212, 2: 2.3065, 4: 6.4133, 5: 0.8334 };
  /** FSRS's initial difficulty after a first grade: D0(G) = w4 - e^(w5 (G - 1)) + 1, within 1..10. */
  const initialDifficulty = (grade) => Math.min(10, Math.max(1, W[4] - Math.exp(W[5] * (grade - 1)) + 1));

  // Leitner, the scheme before FSRS (store version 1): boxes 1-5, due again after these many days.
  const LEITNER_DAYS = [0, 0, 1, 3, 7, 14];
  const isLeitner = (r) =>
    r && typeof r === "object" && Number.isInteger(r.box) && r.box >= 1 && r.box <= 5 &&
    typeof r.due === "number" && typeof r.known === "boolean";
  const isFsrs = (r) =>
    r && typeof r === "object" && typeof r.due === "number" && typeof r.stability === "number" &&
    typeof r.difficulty === "number" && Number.isInteger(r.state) && typeof r.known === "boolean";

  /** A Leitner record as an FSRS one, keeping its due date, so nothing comes back sooner or later
   * than the reader was told. Box 1 ("review again") is a card in its first learning step, with the
   * stability and difficulty FSRS gives a first Again. Boxes 2-5 are cards in review that have
   * survived a wait of 1, 3, 7 or 14 days: their stability (the wait at which recall falls to 90 %) is
   * taken as that wait, their difficulty as after a first Good, one review per box climbed. */
  const fromLeitner = (record) => {
    const reviewed = typeof record.reviewed === "number" && record.reviewed > 1 ? record.reviewed : record.due;
    const learning = record.box === 1;
    return {
      due: record.due,
      stability: learning ? W[0] : LEITNER_DAYS[record.box],
      difficulty: initialDifficulty(learning ? GRADES.again : GRADES.good),
      state: learning ? STATE.learning : STATE.review,
      step: 0,
      reps: Math.max(1, record.box - 1),
      lapses: 0,
      lastReview: reviewed,
      scheduledDays: LEITNER_DAYS[record.box],
      known: record.known,
      grade: record.known ? GRADES.good : GRADES.again,
      reviewed,
      history: [],
      migratedFrom: `leitner box ${record.box}`,
    };
  };

  /** Any saved record as a current one, or null when it is neither. */
  const upgrade = (record) => {
    if (isFsrs(record)) return record;
    if (isLeitner(record)) return fromLeitner(record);
    return null;
  };

  /** Saved data of any version (v1 Leitner, v2 FSRS) as version 2; unknown records are kept as they are. */
  const migrate = (data) => {
    if (!data || typeof data.cards !== "object" || data.cards === null) return null;
    if (data.version === VERSION) return data;
    const cards = {};
    for (const [id, record] of Object.entries(data.cards)) cards[id] = upgrade(record) || record;
    return { version: VERSION, cards, migrated: { from: data.version || 1, at: Date.now() } };
  };

  const empty = () => ({ version: VERSION, cards: {} });
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
  const read = () => {
    let saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) || "null");
    } catch (error) {
      console.warn("study: unreadable progress, starting afresh", error);
    }
    const data = migrate(saved);
    if (!data) return empty();
    if (data !== saved) {
      // First load after the FSRS update: the Leitner copy stays beside it, in case.
      try {
        localStorage.setItem(`${PROGRESS_KEY}:leitner-backup`, JSON.stringify(saved));
        localStorage.setItem(PROGRESS_KEY, JSON.stringify(data));
      } catch (error) {
        console.warn("study: migrated progress not saved", error);
      }
    }
    return data;
  };

  const settings = () => {
    try {
      const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) || "{}");
      const retention = Number(saved && saved.retention);
      return { retention: retention >= 0.7 && retention <= 0.99 ? retention : 0.9 };
    } catch (error) {
      return { retention: 0.9 };
    }
  };

  const store = {
    VERSION,
    GRADES,
    STATE,
    DAY,
    LEITNER_DAYS,
    W,
    get: (id) => read().cards[id] || null,
    all: () => read().cards,
    /** Rate a card: with the scheduler (flashcards page) it is scheduled now; without it (a stage
     * page) the grade waits in ``pending`` and the record only says whether it was known. */
    rate(id, grade, now = Date.now()) {
      const data = read();
      const previous = upgrade(data.cards[id]);
      const scheduler = window.studyScheduler;
      let record;
      if (scheduler) {
        record = scheduler.review(previous, grade, now, settings().retention);
      } else {
        const base = previous || { due: now, known: false, history: [] };
        record = { ...base, known: grade > GRADES.again, grade, reviewed: now,
          pending: [...(base.pending || []), [now, grade]] };
      }
      record.history = [...(record.history || []), [now, grade]].slice(-HISTORY_LIMIT);
      data.cards[id] = record;
      write(data);
      return record;
    },
    /** Schedule the grades given on stage pages, oldest first (the flashcards page calls it). */
    applyPending(scheduler) {
      const data = read();
      let changed = false;
      for (const [id, record] of Object.entries(data.cards)) {
        if (!record || !Array.isArray(record.pending)) continue;
        let current = isFsrs(record) ? record : null;
        for (const [at, grade] of record.pending) current = scheduler.review(current, grade, at, settings().retention);
        data.cards[id] = { ...current, history: record.history || [] };
        changed = true;
      }
      if (changed) write(data);
    },
    isDue: (id, now = Date.now()) => {
      const record = read().cards[id];
      return !record || !isFsrs(record) || record.due <= now;
    },
    countKnown: (ids) => {
      const cards = read().cards;
      return ids.filter((id) => cards[id] && cards[id].known).length;
    },
    settings,
    setRetention(value) {
      const retention = Math.min(0.99, Math.max(0.7, Number(value) || 0.9));
      localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...settings(), retention }));
      return retention;
    },
    reset: () => write(empty()),
    exportText: () => JSON.stringify({
      app: "mlops-study-guide", version: VERSION, exported: new Date().toISOString(),
      settings: settings(), cards: read().cards,
    }, null, 1),
    /** Merge an exported file of any version: for each card the most recently reviewed record wins.
     * Returns how many cards it held. */
    importText(text) {
      const incoming = migrate(JSON.parse(text));
      if (!incoming) throw new Error("not a progress file: it has no cards");
      const data = read();
      let count = 0;
      for (const [id, saved] of Object.entries(incoming.cards)) {
        const record = upgrade(saved);
        if (!record) continue;
        const current = data.cards[id];
        if (!current || (record.reviewed || 0) >= (current.reviewed || 0)) data.cards[id] = record;
        count += 1;
      }
      write(data);
      return count;
    },
    onChange: (listener) => listeners.add(listener),
  };
  // Quiz scores: per stage, how many answered and how many right; per question, the last result.
  const QUIZ_KEY = "mlops-study-guide:quiz";
  const readQuiz = () => {
    try {
      const data = JSON.parse(localStorage.getItem(QUIZ_KEY) || "null");
      if (data && typeof data.stages === "object" && data.stages !== null) return data;
    } catch (error) {
      console.warn("study: unreadable quiz scores, starting afresh", error);
    }
    return { version: 1, stages: {}, items: {} };
  };
  const writeQuiz = (data) => {
    try {
      localStorage.setItem(QUIZ_KEY, JSON.stringify(data));
    } catch (error) {
      console.warn("study: quiz score not saved", error);
    }
    notify();
  };
  store.quiz = {
    record(id, stage, right, now = Date.now()) {
      const data = readQuiz();
      const score = data.stages[stage] || { right: 0, asked: 0 };
      data.stages[stage] = { right: score.right + (right ? 1 : 0), asked: score.asked + 1 };
      data.items[id] = { right, at: now };
      writeQuiz(data);
    },
    scores: () => readQuiz().stages,
    reset: () => writeQuiz({ version: 1, stages: {}, items: {} }),
  };
  // Mock interview notes, by card id: what the reader wrote while answering.
  const NOTES_KEY = "mlops-study-guide:interview-notes";
  const readNotes = () => {
    try {
      const data = JSON.parse(localStorage.getItem(NOTES_KEY) || "{}");
      return data && typeof data === "object" ? data : {};
    } catch (error) {
      return {};
    }
  };
  store.notes = {
    get: (id) => readNotes()[id] || "",
    set(id, text) {
      const data = readNotes();
      if (text) data[id] = text;
      else delete data[id];
      try {
        localStorage.setItem(NOTES_KEY, JSON.stringify(data));
      } catch (error) {
        console.warn("study: notes not saved", error);
      }
    },
  };
  window.studyStore = store;
  window.addEventListener("storage", (event) => event.key === PROGRESS_KEY && notify());
})();
