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

  // Browser storage that may be blocked (private windows, site data refused: every access throws) or
  // full (QuotaExceededError on write). Each call says whether it worked instead of throwing.
  const storage = {
    get(key) {
      try {
        return { ok: true, value: localStorage.getItem(key) };
      } catch (error) {
        return { ok: false, error };
      }
    },
    set(key, value) {
      try {
        localStorage.setItem(key, value);
        return null;
      } catch (error) {
        return error;
      }
    },
  };
  window.studySafeStorage = storage;
  const describe = (error) => (error && (error.name || error.message)) || "unknown error";

  // What the app keeps when it cannot use the saved record: `memory` holds progress for this tab
  // only; `problem` is what the notice (storage-notice.html) says, and what it offers to download.
  const trouble = { memory: null, problem: null };
  const setProblem = (problem) => {
    trouble.problem = problem;
    showNotice();
  };
  const KEPT_PREFIX = `${PROGRESS_KEY}:unreadable:`;
  // The copies kept aside, [{key, why, dismissed}], so every page says so until the reader dismisses it.
  const KEPT_LIST = `${PROGRESS_KEY}:unreadable`;
  const keptCopies = () => {
    const stored = storage.get(KEPT_LIST);
    try {
      const list = JSON.parse((stored.ok && stored.value) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (error) {
      return [];
    }
  };
  const index = () => window.studyIndex || { stages: [], renamed: {}, changed: {} };

  /** Why saved data cannot be read as progress, or "" when it can. */
  const unreadable = (data) => {
    if (!data || typeof data !== "object" || Array.isArray(data)) return "it is not a progress record";
    if (typeof data.cards !== "object" || data.cards === null || Array.isArray(data.cards)) return "it has no cards";
    if (data.version !== undefined && !Number.isInteger(data.version)) return "its version is not a number";
    return "";
  };

  /** The newer of two records of one card, with both review histories. */
  const newer = (a, b) => {
    const time = (r) => Math.max(r.reviewed || 0, r.lastReview || 0);
    const [base, other] = time(a) >= time(b) ? [a, b] : [b, a];
    const seen = new Set();
    const history = [...(base.history || []), ...(other.history || [])]
      .filter((entry) => Array.isArray(entry) && !seen.has(entry.join()) && seen.add(entry.join()))
      .sort((x, y) => x[0] - y[0])
      .slice(-HISTORY_LIMIT);
    return { ...base, history };
  };

  /** Records under ids the guide has since renamed (study-index.js `renamed`) moved to their new ids;
   * returns how many moved. A split question's successors each get the record. */
  const followRenames = (cards) => {
    let moved = 0;
    for (const [old, successors] of Object.entries(index().renamed || {})) {
      const record = cards[old];
      if (!record) continue;
      for (const id of successors) {
        const carried = { ...record, movedFrom: old };
        cards[id] = cards[id] ? newer(cards[id], carried) : carried;
      }
      delete cards[old];
      moved += 1;
    }
    return moved;
  };

  const read = () => {
    if (trouble.memory) return trouble.memory;
    const stored = storage.get(PROGRESS_KEY);
    if (!stored.ok) {
      trouble.memory = empty();
      setProblem({ kind: "unsaved", detail: `storage blocked: ${describe(stored.error)}` });
      return trouble.memory;
    }
    if (stored.value === null) return empty();
    let saved;
    let why = "";
    try {
      saved = JSON.parse(stored.value);
      why = unreadable(saved);
    } catch (error) {
      why = "it is not valid JSON, perhaps cut short";
    }
    if (!why && saved.version > VERSION) {
      // A newer guide wrote it: never touch it, work in memory.
      trouble.memory = empty();
      setProblem({ kind: "newer", detail: saved.version, raw: stored.value });
      return trouble.memory;
    }
    if (why) {
      // Kept aside byte for byte before anything is written over it; if even that fails, untouched.
      const key = `${KEPT_PREFIX}${new Date().toISOString()}`;
      const failed = storage.set(key, stored.value);
      if (failed) {
        trouble.memory = empty();
        setProblem({ kind: "kept", detail: `${why}; ${describe(failed)}`, raw: stored.value });
        return trouble.memory;
      }
      storage.set(KEPT_LIST, JSON.stringify([...keptCopies(), { key, why, dismissed: false }]));
      storage.set(PROGRESS_KEY, JSON.stringify(empty()));
      setProblem({ kind: "damaged", detail: why, raw: stored.value, key });
      return empty();
    }
    const data = migrate(saved);
    const moved = followRenames(data.cards);
    if (data !== saved || moved) {
      // First load after the FSRS update: the Leitner copy stays beside it, in case.
      if (data !== saved) storage.set(`${PROGRESS_KEY}:leitner-backup`, stored.value);
      persist(data);
    }
    return data;
  };

  /** Save ``data``; on failure keep it in memory for this tab and say so. Returns whether it was saved. */
  const persist = (data) => {
    if (trouble.problem && (trouble.problem.kind === "newer" || trouble.problem.kind === "kept")) {
      trouble.memory = data;
      return false;
    }
    const failed = storage.set(PROGRESS_KEY, JSON.stringify(data));
    if (failed) {
      trouble.memory = data;
      setProblem({ kind: "unsaved", detail: describe(failed) });
      return false;
    }
    if (trouble.memory) {
      // Storage works again: what this tab kept is saved now, and the notice goes.
      trouble.memory = null;
      if (trouble.problem && trouble.problem.kind === "unsaved") setProblem(null);
    }
    return true;
  };
  const write = (data) => {
    persist(data);
    notify();
  };

  const settings = () => {
    const stored = storage.get(SETTINGS_KEY);
    try {
      const saved = JSON.parse((stored.ok && stored.value) || "{}");
      const retention = Number(saved && saved.retention);
      return { retention: retention >= 0.7 && retention <= 0.99 ? retention : 0.9 };
    } catch (error) {
      return { retention: 0.9 };
    }
  };

  /** A file the reader saves: progress exports and the notice's copy. */
  const download = (text, name) => {
    const blob = new Blob([text], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  const today = () => new Date().toISOString().slice(0, 10);

  /** The day a card's answer last changed (study-index.js), when the reader's last review predates it. */
  const changedSince = (id, record) => {
    const changed = (index().changed || {})[id];
    if (!changed || !record || record.seenChange === changed) return null;
    const reviewed = Math.max(record.reviewed || 0, record.lastReview || 0);
    return reviewed && reviewed < Date.parse(`${changed}T00:00:00Z`) + DAY ? changed : null;
  };

  const CODING_STATUS = ["attempted", "solved"];
  const isCoding = (r) => r && typeof r === "object" && CODING_STATUS.includes(r.status) && typeof r.at === "number";
  const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

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
      const changed = (index().changed || {})[id];
      if (changed) record.seenChange = changed; // reviewed with the current answer
      else delete record.seenChange;
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
        if (record.seenChange) data.cards[id].seenChange = record.seenChange;
        changed = true;
      }
      if (changed) write(data);
    },
    /** The day the card's answer changed, if the reader last reviewed it before: it is due again. */
    changedSince: (id) => changedSince(id, read().cards[id]),
    isDue: (id, now = Date.now()) => {
      const record = read().cards[id];
      return !record || !isFsrs(record) || record.due <= now || Boolean(changedSince(id, record));
    },
    countKnown: (ids) => {
      const cards = read().cards;
      return ids.filter((id) => cards[id] && cards[id].known).length;
    },
    settings,
    setRetention(value) {
      const retention = Math.min(0.99, Math.max(0.7, Number(value) || 0.9));
      storage.set(SETTINGS_KEY, JSON.stringify({ ...settings(), retention }));
      return retention;
    },
    reset: () => write(empty()),
    exportText: () => {
      const data = read();
      return JSON.stringify({
        app: "mlops-study-guide", version: VERSION, exported: new Date().toISOString(),
        settings: settings(), cards: data.cards, coding: data.coding || {},
        quiz: readQuiz(), notes: readNotes(),
      }, null, 1);
    },
    download,
    exportFile: () => download(store.exportText(), `mlops-study-progress-${today()}.json`),
    /** Merge an exported file of any version, all or nothing: for each card the most recently
     * reviewed record wins, so importing the same file twice changes nothing. Throws an Error whose
     * message tells the reader why nothing was imported; returns what was imported. */
    importText(text) {
      if (text.length > MAX_IMPORT_BYTES) {
        throw new Error(`the file is ${(text.length / 1048576).toFixed(1)} MB, larger than any progress file of this guide (20 MB at most): nothing was imported`);
      }
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new Error("it is not valid JSON (perhaps cut short): nothing was imported");
      }
      if (parsed && parsed.app !== undefined && parsed.app !== "mlops-study-guide") {
        throw new Error(`it was exported by another application (${String(parsed.app).slice(0, 40)}): nothing was imported`);
      }
      const why = unreadable(parsed);
      if (why) throw new Error(`${why}: nothing was imported`);
      if (parsed.version > VERSION) {
        throw new Error(`it was exported by a newer version of this guide (format ${parsed.version}; this page reads 1 to ${VERSION}): nothing was imported. Import it into the newest version of the guide`);
      }
      const incoming = migrate(parsed);
      const bad = Object.entries(incoming.cards).filter(([, record]) => !upgrade(record)).map(([id]) => id);
      if (bad.length) {
        throw new Error(`${bad.length} of its card records cannot be read (the first: ${bad[0]}): nothing was imported`);
      }
      const coding = parsed.coding && typeof parsed.coding === "object" ? parsed.coding : {};
      if (parsed.notes !== undefined && (typeof parsed.notes !== "object" || parsed.notes === null ||
          Object.values(parsed.notes).some((note) => typeof note !== "string"))) {
        throw new Error("its interview notes cannot be read: nothing was imported");
      }
      if (parsed.quiz !== undefined && (!parsed.quiz || typeof parsed.quiz.stages !== "object" || parsed.quiz.stages === null)) {
        throw new Error("its quiz scores cannot be read: nothing was imported");
      }
      const badCoding = Object.keys(coding).filter((slug) => !isCoding(coding[slug]));
      if (badCoding.length) throw new Error(`its coding record ${badCoding[0]} cannot be read: nothing was imported`);
      const cards = {};
      for (const [id, record] of Object.entries(incoming.cards)) cards[id] = upgrade(record);
      const renamed = followRenames(cards);
      const known = new Set(index().stages.flatMap((stage) => stage.ids));
      const unknown = Object.keys(cards).filter((id) => !known.has(id));
      const data = JSON.parse(JSON.stringify(read())); // a copy: nothing changes unless it is saved
      for (const [id, record] of Object.entries(cards)) {
        const current = data.cards[id];
        if (!current || (record.reviewed || 0) >= (current.reviewed || 0)) data.cards[id] = record;
      }
      data.coding = data.coding || {};
      for (const [slug, record] of Object.entries(coding)) {
        const current = data.coding[slug];
        if (!current || record.at >= current.at) data.coding[slug] = record;
      }
      const extras = mergedExtras(parsed);
      if (!trouble.memory) {
        // All or nothing: the three records are written together, and put back if one fails.
        const writes = [[PROGRESS_KEY, JSON.stringify(data)], [QUIZ_KEY, extras.quiz], [NOTES_KEY, extras.notes]];
        const before = writes.map(([key]) => storage.get(key).value);
        for (const [key, value] of writes) {
          const failed = storage.set(key, value);
          if (failed) {
            writes.forEach(([k], i) => (before[i] === null ? localStorage.removeItem(k) : storage.set(k, before[i])));
            throw new Error(`this browser could not store it (${describe(failed)}): nothing was imported; your progress is as it was`);
          }
        }
      } else {
        trouble.memory = data;
      }
      notify();
      return { cards: Object.keys(cards).length, renamed, unknown: unknown.length, coding: Object.keys(coding).length };
    },
    onChange: (listener) => listeners.add(listener),
    /** What is wrong with saved progress, if anything: {kind, detail} (storage-notice.html). */
    problem: () => trouble.problem && { kind: trouble.problem.kind, detail: trouble.problem.detail },
  };

  // Solved and attempted coding exercises, in the same record as the cards (exported with them).
  store.coding = {
    get: (slug) => (read().coding || {})[slug] || null,
    all: () => read().coding || {},
    record(slug, { passed, code }, now = Date.now()) {
      const data = read();
      data.coding = data.coding || {};
      const previous = data.coding[slug] || { status: "attempted", attempts: 0 };
      const solved = passed || previous.status === "solved";
      data.coding[slug] = {
        status: solved ? "solved" : "attempted",
        attempts: (previous.attempts || 0) + 1,
        solvedAt: previous.solvedAt || (passed ? now : undefined),
        code: typeof code === "string" ? code : previous.code,
        at: now,
      };
      write(data);
      return data.coding[slug];
    },
  };

  /** The notice at the top of the page (storage-notice.html) shows the current problem, if any. */
  function showNotice() {
    const notice = document.getElementById("study-notice");
    if (!notice) return;
    const problem = trouble.problem;
    notice.hidden = !problem || problem.dismissed;
    if (notice.hidden) return;
    const template = notice.dataset[problem.kind] || "";
    document.getElementById("study-notice-text").textContent = template.replace("{detail}", problem.detail);
    const dismiss = document.getElementById("study-notice-dismiss");
    dismiss.hidden = problem.kind !== "damaged";
    if (notice.dataset.wired) return;
    notice.dataset.wired = "true";
    document.getElementById("study-notice-export").addEventListener("click", () => {
      const current = trouble.problem;
      if (current && current.raw !== undefined) download(current.raw, `mlops-study-progress-unread-${today()}.json`);
      else store.exportFile();
    });
    dismiss.addEventListener("click", () => {
      const current = trouble.problem;
      if (!current) return;
      current.dismissed = true;
      // The copy stays in storage; only the notice goes.
      storage.set(KEPT_LIST, JSON.stringify(keptCopies().map((k) => (k.key === current.key ? { ...k, dismissed: true } : k))));
      showNotice();
    });
  }
  window.studyOnEveryPage(() => {
    read();
    if (!trouble.problem) {
      const kept = keptCopies().find((k) => !k.dismissed);
      const raw = kept && storage.get(kept.key);
      if (raw && raw.ok && raw.value !== null) trouble.problem = { kind: "damaged", detail: kept.why, raw: raw.value, key: kept.key };
    }
    showNotice();
  });

  // Quiz scores: per stage, how many answered and how many right; per question, the last result.
  const QUIZ_KEY = "mlops-study-guide:quiz";
  const readQuiz = () => {
    try {
      const stored = storage.get(QUIZ_KEY);
      const data = JSON.parse((stored.ok && stored.value) || "null");
      if (data && typeof data.stages === "object" && data.stages !== null) return data;
    } catch (error) {
      console.warn("study: unreadable quiz scores, starting afresh", error);
    }
    return { version: 1, stages: {}, items: {} };
  };
  const writeQuiz = (data) => {
    const failed = storage.set(QUIZ_KEY, JSON.stringify(data));
    if (failed) setProblem({ kind: "unsaved", detail: describe(failed) });
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
      const stored = storage.get(NOTES_KEY);
      const data = JSON.parse((stored.ok && stored.value) || "{}");
      return data && typeof data === "object" ? data : {};
    } catch (error) {
      return {};
    }
  };
  /** An import's quiz scores and interview notes merged with this browser's, as the JSON to store:
   * a stage's score with more answers wins, a question's newer result wins, and notes that differ are
   * both kept. Merging the same file again changes nothing. */
  function mergedExtras(parsed) {
    const quiz = readQuiz();
    quiz.items = quiz.items || {};
    const incomingQuiz = parsed.quiz || { stages: {}, items: {} };
    for (const [stage, score] of Object.entries(incomingQuiz.stages || {})) {
      if (!quiz.stages[stage] || (score.asked || 0) > (quiz.stages[stage].asked || 0)) quiz.stages[stage] = score;
    }
    for (const [id, item] of Object.entries(incomingQuiz.items || {})) {
      if (!quiz.items[id] || (item.at || 0) > (quiz.items[id].at || 0)) quiz.items[id] = item;
    }
    const notes = readNotes();
    for (const [id, note] of Object.entries(parsed.notes || {})) {
      if (!notes[id]) notes[id] = note;
      else if (!notes[id].includes(note)) notes[id] = `${notes[id]}\n\n${note}`;
    }
    return { quiz: JSON.stringify(quiz), notes: JSON.stringify(notes) };
  }
  store.notes = {
    get: (id) => readNotes()[id] || "",
    set(id, text) {
      const data = readNotes();
      if (text) data[id] = text;
      else delete data[id];
      const failed = storage.set(NOTES_KEY, JSON.stringify(data));
      if (failed) setProblem({ kind: "unsaved", detail: describe(failed) });
    },
  };
  window.studyStore = store;
  window.addEventListener("storage", (event) => event.key === PROGRESS_KEY && notify());
})();
