// The coding round's Web Worker: Python (Pyodide, vendored in docs/javascripts/vendor/pyodide/) off the
// page's thread, so that a reader's endless loop never freezes the page: exercise.js stops this
// worker after a time limit and starts another. Messages, each answered with the same id:
//   {id, type: "start", pyodide, harness}  loads Python and the test runner (hooks/coding/harness.py,
//                                          served as javascripts/coding/harness.py);
//   {id, type: "run", archive, code, suites}  runs the reader's code against the suites of the
//                                          exercise's zip; answers {results} (harness.run_file's JSON).
// Every URL comes from the page, absolute, on the site's own origin. A module worker: Pyodide's
// loader (pyodide.mjs) refuses classic ones.
let python = null;
let harness = null;
const archives = new Map(); // zip URL → its bytes, fetched once per worker

const fetched = async (url, how) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return how === "bytes" ? new Uint8Array(await response.arrayBuffer()) : response.text();
};

const start = async ({ pyodide, harness: harnessUrl }) => {
  if (python) return {};
  const began = performance.now();
  const { loadPyodide } = await import(`${pyodide}pyodide.mjs`);
  python = await loadPyodide({ indexURL: pyodide, fullStdLib: false });
  python.FS.writeFile("/home/pyodide/coding_harness.py", await fetched(harnessUrl, "text"));
  harness = python.pyimport("coding_harness");
  return { seconds: (performance.now() - began) / 1000, version: python.version };
};

const run = async ({ archive, code, suites }) => {
  if (!archives.has(archive)) archives.set(archive, await fetched(archive, "bytes"));
  python.FS.writeFile("/tmp/exercise.zip", archives.get(archive));
  return { results: JSON.parse(harness.run_file("/tmp/exercise.zip", code, suites.join(","))) };
};

self.onmessage = async (event) => {
  const { id, type } = event.data;
  try {
    const reply = type === "start" ? await start(event.data) : await run(event.data);
    self.postMessage({ id, ok: true, ...reply });
  } catch (error) {
    self.postMessage({ id, ok: false, message: String((error && error.message) || error) });
  }
};
