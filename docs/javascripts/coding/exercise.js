// An exercise page of the coding round: the editor (editor.js), Run (the two examples) and Submit (the
// examples and the hidden tests), the results test by test, the hints one at a time, and the reference
// solution once the reader has run their code or given up. The page arrives with the starter code in
// a text area; CodeMirror (~130 KB gzipped, and as much work for a phone's CPU) replaces it at the
// reader's first move (pointer, key, scroll, or focus on the code), never while the page loads, and
// until then Tab indents there too, Escape then Tab leaving, as in CodeMirror. Python runs in a Web Worker (runner.js)
// that starts on the first Run or Submit, never before, and serves every exercise page of the visit;
// a run that takes longer than TIME_LIMIT is stopped by ending the worker, and a fresh one starts.
// Submissions are study progress: window.studyStore.coding (storage.js). Markup:
// overrides/partials/coding/exercise-app.html and exercise.md.html.
(() => {
  if (window.codingExercise) return; // instant navigation runs it again on each visit
  window.codingExercise = true;
  const TIME_LIMIT = 10000; // ms a run may take before it is stopped
  const START_LIMIT = 120000; // ms Python may take to start (a slow phone on a slow network)
  const LOCAL_WAY = "Solve it locally instead: download the exercise's zip (below) and run pytest in its folder.";
  /** How long things took, for make audit (scripts/audit.py): Python's start and the first run, in ms. */
  window.codingTimings = window.codingTimings || {};

  // The worker ------------------------------------------------------------------------------------
  let python = null; // { worker, call(message, limit), ready: Promise }

  class Timeout extends Error {}

  const startPython = (urls) => {
    if (python) return python;
    const began = performance.now();
    const worker = new Worker(urls.worker, { type: "module" });
    const pending = new Map();
    let next = 0;
    const failAll = (error) => {
      for (const { reject, timer } of pending.values()) {
        window.clearTimeout(timer);
        reject(error);
      }
      pending.clear();
    };
    worker.onmessage = (event) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      pending.delete(event.data.id);
      window.clearTimeout(waiting.timer);
      if (event.data.ok) waiting.resolve(event.data);
      else waiting.reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failAll(new Error(event.message || "the worker could not load"));
    };
    const call = (message, limit) => new Promise((resolve, reject) => {
      next += 1;
      const timer = window.setTimeout(() => {
        pending.delete(message.id);
        reject(new Timeout(`no answer within ${limit / 1000} s`));
      }, limit);
      message.id = next;
      pending.set(next, { resolve, reject, timer });
      worker.postMessage(message);
    });
    const ready = call({ type: "start", pyodide: urls.pyodide, harness: urls.harness }, START_LIMIT).then((reply) => {
      if (window.codingTimings.start === undefined) window.codingTimings.start = performance.now() - began;
      return reply;
    });
    ready.catch(() => {});
    python = { worker, call, ready, failAll };
    return python;
  };

  const stopPython = () => {
    if (!python) return;
    python.worker.terminate();
    python.failAll(new Error("stopped"));
    python = null;
  };

  // The page --------------------------------------------------------------------------------------

  const create = (root) => {
    const store = window.studyStore && window.studyStore.coding ? window.studyStore.coding : null;
    const slug = root.dataset.slug;
    const $ = (id) => document.getElementById(id);
    const ui = {
      textarea: $("cx-code"), run: $("cx-run"), submit: $("cx-submit"), reset: $("cx-reset"),
      status: $("cx-status"), results: $("cx-results"), heading: $("cx-results-heading"),
      summary: $("cx-summary"), tests: $("cx-tests"), hints: $("cx-hints"), hint: $("cx-hint"),
      reveal: $("cx-reveal"), solution: $("cx-solution"),
    };
    const absolute = (name) => new URL(root.dataset[name], document.baseURI).href;
    const urls = { worker: absolute("worker"), pyodide: absolute("pyodide"), harness: absolute("harness"), archive: absolute("archive") };
    const starter = ui.textarea.value;
    const saved = store ? store.get(slug) : null;
    if (saved && typeof saved.code === "string" && saved.code.trim()) ui.textarea.value = saved.code;
    let editor = null; // CodeMirror, once loaded: until then the text area is the editor
    const currentCode = () => (editor ? editor.code() : ui.textarea.value);
    const setCode = (text) => {
      if (editor) editor.setCode(text);
      else ui.textarea.value = text;
    };
    let escaped = false;
    ui.textarea.addEventListener("keydown", (event) => {
      if (event.key === "Escape") escaped = true;
      else if (event.key === "Tab" && !escaped && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        ui.textarea.setRangeText("    ", ui.textarea.selectionStart, ui.textarea.selectionEnd, "end");
      } else escaped = false;
    });
    const upgrade = () => {
      if (editor || !window.codingEditor || !window.CodeMirror || !root.isConnected) return;
      const focused = document.activeElement === ui.textarea;
      editor = window.codingEditor.create(ui.textarea, ui.textarea.selectionStart);
      root.dataset.editor = "codemirror";
      if (focused) editor.focus();
    };
    loadEditor(root).then(upgrade, () => {}); // a failed load leaves the text area, which still works
    const fromDisk = window.location.protocol === "file:";
    let busy = false;
    let ran = Boolean(saved);

    const say = (text) => { ui.status.textContent = text; };
    const setBusy = (value) => {
      busy = value;
      for (const button of [ui.run, ui.submit]) button.setAttribute("aria-disabled", String(value));
      root.dataset.state = value ? "running" : "ready";
    };

    // Results, test by test: the outcome in words, then the assertion's message or the traceback.
    const block = (className, text) => {
      const pre = document.createElement("pre");
      pre.className = className;
      pre.textContent = text;
      pre.tabIndex = 0; // a long traceback scrolls, by keyboard too
      return pre;
    };
    const showResults = (results, submitted) => {
      ui.tests.replaceChildren();
      let summary;
      if (results.import_error) {
        summary = "Your code did not run: " + results.import_error.message;
        const item = document.createElement("li");
        item.className = "coding__test coding__test--error";
        item.append(block("coding__traceback", results.import_error.traceback));
        if (results.import_error.output) item.append(block("coding__output", results.import_error.output));
        ui.tests.append(item);
      } else {
        for (const suite of results.suites) {
          const where = suite.suite === "examples" ? "example" : "hidden test";
          if (suite.error) {
            const item = document.createElement("li");
            item.className = "coding__test coding__test--error";
            const line = document.createElement("p");
            line.innerHTML = "<strong>error</strong> ";
            line.append(`${suite.file} could not start: ${suite.error.message}`);
            item.append(line, block("coding__traceback", suite.error.traceback));
            ui.tests.append(item);
          }
          for (const test of suite.tests) {
            const item = document.createElement("li");
            item.className = `coding__test coding__test--${test.outcome}`;
            const line = document.createElement("p");
            const outcome = document.createElement("strong");
            outcome.textContent = test.outcome;
            line.append(outcome, ` ${where} `);
            const name = document.createElement("code");
            name.textContent = test.name;
            line.append(name);
            if (test.outcome === "failed") line.append(`: ${test.message}`);
            item.append(line);
            if (test.outcome === "error") item.append(block("coding__traceback", test.traceback));
            if (test.output) item.append(block("coding__output", `Printed:\n${test.output}`));
            ui.tests.append(item);
          }
        }
        const examples = results.suites.every((suite) => suite.suite === "examples");
        const noun = examples ? "examples" : "tests";
        summary = results.ok
          ? (submitted ? `All ${results.total} tests passed: solved.` : `Both examples pass. Submit to run the hidden tests.`)
          : `${results.passed} of ${results.total} ${noun} passed` +
            (results.failed ? `, ${results.failed} failed` : "") + (results.errors ? `, ${results.errors} with an error` : "") + ".";
      }
      ui.summary.textContent = summary;
      ui.results.hidden = false;
      root.dataset.outcome = results.ok ? "passed" : "failed";
      return summary;
    };

    const unlockSolution = () => {
      ran = true;
      if (ui.reveal && !ui.reveal.hidden) ui.reveal.textContent = "Show the reference solution";
    };

    const runCode = async (submitted) => {
      if (busy) return;
      if (fromDisk) {
        say(`Python cannot start in a page opened from disk: browsers refuse its worker there. ${LOCAL_WAY}`);
        return;
      }
      setBusy(true);
      const code = currentCode();
      const suites = submitted ? ["examples", "tests"] : ["examples"];
      let phase = "start";
      try {
        const worker = python || startPython(urls);
        if (!worker.started) say("Starting Python in your browser (the first time takes a few seconds)…");
        await worker.ready;
        worker.started = true;
        phase = "run";
        say(submitted ? "Running the examples and the hidden tests…" : "Running the examples…");
        const began = performance.now();
        const reply = await worker.call({ type: "run", archive: urls.archive, code, suites }, TIME_LIMIT);
        if (window.codingTimings.firstRun === undefined) window.codingTimings.firstRun = performance.now() - began;
        const summary = showResults(reply.results, submitted);
        if (submitted && store) store.record(slug, { passed: reply.results.ok, code });
        if (window.codingStatus) window.codingStatus.show();
        unlockSolution();
        say(summary);
      } catch (error) {
        stopPython();
        if (phase === "run" && error instanceof Timeout) {
          if (submitted && store) store.record(slug, { passed: false, code });
          if (window.codingStatus) window.codingStatus.show();
          unlockSolution();
          ui.tests.replaceChildren();
          ui.summary.textContent = `Stopped: your code ran for more than ${TIME_LIMIT / 1000} seconds, an endless loop perhaps. ` +
            "Python is starting again for your next run.";
          ui.results.hidden = false;
          root.dataset.outcome = "stopped";
          say(ui.summary.textContent);
          startPython(urls); // a fresh one, in the background, so the next run waits less
        } else if (phase === "run") {
          say(`The run failed (${error.message}). Run it again; if it fails again, ${LOCAL_WAY.charAt(0).toLowerCase()}${LOCAL_WAY.slice(1)}`);
        } else {
          say(`Python could not start in this browser (${error.message}). ${LOCAL_WAY}`);
        }
      } finally {
        setBusy(false);
      }
    };

    ui.run.addEventListener("click", () => runCode(false));
    ui.submit.addEventListener("click", () => runCode(true));
    ui.reset.addEventListener("click", () => {
      setCode(starter);
      say("The starter code is back in the editor.");
    });

    // Hints, one at a time: each shown hint takes the focus, so it is read out.
    const hints = ui.hints ? [...ui.hints.querySelectorAll("li")] : [];
    const updateHint = () => {
      const shown = hints.filter((hint) => !hint.hidden).length;
      ui.hint.hidden = shown === hints.length;
      if (shown < hints.length) ui.hint.textContent = `Show ${shown ? "another" : "a"} hint (${shown + 1} of ${hints.length})`;
    };
    if (ui.hint && hints.length) {
      ui.hint.addEventListener("click", () => {
        const hint = hints.find((item) => item.hidden);
        if (!hint) return;
        hint.hidden = false;
        hint.tabIndex = -1;
        updateHint();
        hint.focus();
      });
      updateHint();
    }

    // The reference solution: shown on request once the reader has run their code, or gives up.
    if (ui.reveal && ui.solution) {
      ui.reveal.hidden = false;
      ui.reveal.textContent = ran ? "Show the reference solution" : "Give up and show the solution";
      ui.reveal.addEventListener("click", () => {
        ui.solution.hidden = false;
        ui.solution.tabIndex = -1;
        ui.reveal.hidden = true;
        ui.solution.focus();
      });
    }

    if (fromDisk) say(`Python cannot start in a page opened from disk: browsers refuse its worker there. ${LOCAL_WAY}`);
    else if (saved && saved.code) say("Your last submitted code is in the editor.");
    setBusy(false);
    root.querySelector("[data-coding-noscript]").hidden = true;
    if (window.codingStatus) window.codingStatus.show();
  };

  /** Load CodeMirror and editor.js at the reader's first move on the page (or at once when they are
   * already loaded, after instant navigation). Resolves once both have run. */
  let editorScripts = null;
  const loadEditor = (root) => {
    if (window.codingEditor && window.CodeMirror) return Promise.resolve();
    if (editorScripts) return editorScripts;
    editorScripts = new Promise((resolve, reject) => {
      const moves = ["pointermove", "pointerdown", "keydown", "touchstart", "wheel", "scroll"];
      const start = () => {
        moves.forEach((type) => window.removeEventListener(type, start, true));
        root.removeEventListener("focusin", start);
        const sources = root.dataset.editorScripts.split(" ");
        let left = sources.length;
        for (const source of sources) {
          const script = document.createElement("script");
          script.src = new URL(source, document.baseURI).href;
          script.async = false; // in order: CodeMirror, then editor.js
          script.onload = () => { left -= 1; if (!left) resolve(); };
          script.onerror = () => { editorScripts = null; reject(new Error(`could not load ${source}`)); };
          document.head.append(script);
        }
      };
      moves.forEach((type) => window.addEventListener(type, start, { capture: true, passive: true }));
      root.addEventListener("focusin", start);
    });
    return editorScripts;
  };

  const mount = () => {
    const root = document.getElementById("coding-app");
    if (!root || root.dataset.state !== "loading") return;
    create(root);
  };
  window.studyOnEveryPage(mount);
})();
