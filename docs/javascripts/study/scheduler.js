// The flashcards' scheduler: FSRS-6 with its published default parameters, through ts-fsrs
// (docs/javascripts/vendor/ts-fsrs.js, pinned in package-lock.json, `make vendor`), not our own
// arithmetic. It turns a saved record (storage.js) and a grade into the next record, replays a review
// history (tests/browser/test_study_tools.py schedules the same history with the Python fsrs package
// and expects the same due dates and stabilities), and counts the reviews due per day ahead.
// Loaded on the flashcards page only, after ts-fsrs; window.studyScheduler.
(() => {
  const start = (F) => {
  const DAY = 24 * 60 * 60 * 1000;
  const schedulers = new Map();

  /** One ts-fsrs scheduler per (retention, fuzz); fuzz spreads long intervals by a few per cent. */
  const scheduler = (retention, fuzz) => {
    const key = `${retention}:${fuzz}`;
    if (!schedulers.has(key)) {
      schedulers.set(key, F.fsrs(F.generatorParameters({ request_retention: retention, enable_fuzz: fuzz })));
    }
    return schedulers.get(key);
  };

  /** A saved record as a ts-fsrs card (dates as Date objects). */
  const toCard = (record, now) => {
    if (!record || typeof record.stability !== "number") return F.createEmptyCard(new Date(now));
    const last = record.lastReview ? new Date(record.lastReview) : undefined;
    return {
      due: new Date(record.due),
      stability: record.stability,
      difficulty: record.difficulty,
      elapsed_days: last ? Math.max(0, Math.floor((now - record.lastReview) / DAY)) : 0,
      scheduled_days: record.scheduledDays || 0,
      learning_steps: record.step || 0,
      reps: record.reps || 0,
      lapses: record.lapses || 0,
      state: record.state,
      last_review: last,
    };
  };

  const fromCard = (card, grade, now) => ({
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    state: card.state,
    step: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : now,
    scheduledDays: card.scheduled_days,
    known: grade > F.Rating.Again,
    grade,
    reviewed: now,
  });

  const review = (record, grade, now = Date.now(), retention = 0.9, fuzz = true) => {
    const next = scheduler(retention, fuzz).next(toCard(record, now), new Date(now), grade);
    return { ...fromCard(next.card, grade, now), history: (record && record.history) || [] };
  };

  /** Every state a new card goes through for ``history`` ([[time in ms, grade], ...]), without fuzz. */
  const replay = (history, retention = 0.9) => {
    let record = null;
    return history.map(([at, grade]) => {
      record = review(record, grade, at, retention, false);
      return { due: record.due, stability: record.stability, difficulty: record.difficulty, state: record.state };
    });
  };

  /** How many of ``records`` fall due on each of the next ``days`` days (day 0: due by tonight). */
  const forecast = (records, now = Date.now(), days = 30) => {
    const midnight = new Date(now);
    midnight.setHours(24, 0, 0, 0);
    const counts = new Array(days).fill(0);
    for (const record of records) {
      if (!record || typeof record.stability !== "number") continue;
      const day = record.due < midnight.getTime() ? 0 : Math.floor((record.due - midnight.getTime()) / DAY) + 1;
      if (day < days) counts[day] += 1;
    }
    return counts;
  };

  window.studyScheduler = {
    version: "ts-fsrs FSRS-6",
    parameters: F.default_w,
    Rating: F.Rating,
    review,
    replay,
    forecast,
    /** What each grade would do to ``record`` now: the wait before the card is due, in ms. */
    preview(record, now = Date.now(), retention = 0.9) {
      const waits = {};
      for (const grade of [1, 2, 3, 4]) waits[grade] = review(record, grade, now, retention, false).due - now;
      return waits;
    },
  };
  document.dispatchEvent(new Event("studyscheduler"));
  };

  // After instant navigation Material inserts the page's scripts again, and an inserted script runs
  // once it has loaded, not in document order: ts-fsrs may arrive after this one. Then wait for it
  // (tests/browser/test_study_tools.py drilled a stage into a flashcards page that never started).
  if (window.FSRS) start(window.FSRS);
  else {
    const wait = () => {
      if (!window.FSRS) return;
      document.removeEventListener("load", wait, true);
      start(window.FSRS);
    };
    document.addEventListener("load", wait, true);  // a script's load event reaches the capture phase
  }
})();
