// Material's search as the reader types it (tests/browser/test_search.py; make audit times it). This
// wraps the one Worker the bundle starts, its search worker, and changes four things:
// 1. One query at a time. Material sends a query on every key and draws every answer, even those a
//    newer key has made stale: typing "rollback" drew eight result lists before the browser painted
//    one. A key typed while the worker answers replaces the query waiting to go, and an answer that
//    a newer query has made stale is dropped before Material draws it.
// 2. A whole word counts more than the longer words it begins. Material makes each word a prefix
//    ("data" -> data*), which matched "Databricks" as fully as "data", and a rare word weighs more:
//    "data pipeline" showed "Databricks Data Explorer" first. Each plain word also goes as itself,
//    boosted ("data^10 data"); Material's transform adds the * to the second. A word of one letter
//    goes only as itself: as a prefix it matched three sections in four, and finding and marking
//    them all made the first key the slowest (make audit).
// 3. A section whose title, or glossary alias (hooks/glossary/search_index.py), is exactly what was
//    typed comes first. Material's index has no length normalisation (b = 0), so for "pipeline" the
//    entry "ML pipeline", which says "pipeline" more often, outscored the entry "Pipeline".
// 4. The results list is aria-busy while it does not yet show the answer to what is in the box, for
//    assistive technology and for the tests, which wait on it.
(() => {
  const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  // Material's message types
  const WHOLE_WORD_BOOST = 10;
  const EXACT_NAME_BOOST = 1000;
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      if (!String(url).includes("/workers/search")) return;
      const post = (message) => Native.prototype.postMessage.call(this, message);
      const busy = (value) => document.querySelector("[data-md-component=search-result]")
        ?.setAttribute("aria-busy", String(value));
      let separator = /\s+/;
      let names = new Map();  // a title or alias, normalised -> the locations it names
      let answering = null;   // the query the worker is answering, or null
      let waiting = null;     // the newest query typed meanwhile, or null
      const normalise = (text) => text.toLowerCase().split(separator).filter(Boolean).join(" ");
      const send = (query) => {
        answering = query;
        // Queries in lunr's own syntax (quotes, +, -, *, ^, ~) go as written.
        const plain = !/["*+^~]|(^|\s)-/.test(query);
        const words = query.split(separator).filter(Boolean);
        const terms = words.map((w) => (w.length > 1 ? `${w}^${WHOLE_WORD_BOOST} ${w}` : `${w}^${WHOLE_WORD_BOOST}`));
        post({ type: QUERY, data: plain ? terms.join(" ") : query });
      };
      const exactFirst = (query, items) => {
        const exact = names.get(normalise(query));
        if (!exact) return items;
        return items
          .map((docs) => docs
            .map((doc) => (exact.has(doc.location) ? { ...doc, score: doc.score * EXACT_NAME_BOOST } : doc))
            .sort((a, b) => b.score - a.score))
          .sort((a, b) => b[0].score - a[0].score);
      };
      this.postMessage = (message, ...rest) => {
        if (message.type === SETUP) {
          separator = new RegExp(message.data.config.separator);
          names = new Map();
          for (const doc of message.data.docs) {
            for (const name of [doc.title, ...(doc.aliases ?? [])]) {
              const key = normalise(name);
              if (!names.has(key)) names.set(key, new Set());
              names.get(key).add(doc.location);
            }
          }
          busy(true);
          post(message, ...rest);
        } else if (message.type !== QUERY) {
          post(message, ...rest);
        } else if (answering === null) {
          busy(true);
          send(message.data);
        } else {
          waiting = message.data;
        }
      };
      this.addEventListener("message", (event) => {
        if (event.data.type === RESULT) {
          if (waiting !== null) {
            event.stopImmediatePropagation();  // stale: Material never sees it
            send(waiting);
            waiting = null;
            return;
          }
          event.data.data.items = exactFirst(answering, event.data.data.items);
          answering = null;
        }
        if (event.data.type === READY || event.data.type === RESULT) {
          // After this message's listeners, Material's among them, have drawn the list.
          setTimeout(() => answering === null && busy(false));
        }
      });
    }
  };
})();
