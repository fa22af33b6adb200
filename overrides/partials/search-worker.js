{#- Material's search as the reader types it (tests/browser/test_search.py; make audit times it). This
    wraps the one Worker the bundle starts, its search worker, and changes five things:
    1. One query at a time. Material sends a query on every key and draws every answer, even those a
       newer key has made stale: typing "rollback" drew eight result lists before the browser painted
       one. A key typed while the worker answers replaces the query waiting to go, and an answer that
       a newer query has made stale is dropped before Material draws it.
    2. A whole word counts more than the longer words it begins. Material makes each word a prefix
       ("data" -> data*), which matched "Databricks" as fully as "data", and a rare word weighs more:
       "data pipeline" showed "Databricks Data Explorer" first. Each plain word also goes as itself,
       boosted ("data^10 data"); Material's transform adds the * to the second. A word of one letter
       goes only as itself: as a prefix it matched three sections in four, and finding and marking
       them all made the first key the slowest (make audit).
    3. A section whose title, or glossary alias (hooks/glossary/search_index.py), is exactly what was
       typed comes first. Material's index has no length normalisation (b = 0), so for "pipeline" the
       entry "ML pipeline", which says "pipeline" more often, outscored the entry "Pipeline".
    4. The first results come from a quick index. The worker builds its index when the reader first
       reaches for search, and most of that work is the words of the questions' answers (their
       "answer" field, which no result shows). So this worker first indexes everything but those words
       (titles, the starts of answers, sections, the glossary), and answers from that; a second worker
       then indexes everything, and once it is ready it answers, the query in the box first. (Not from
       file://: the offline edition's workers are iframes sharing one message handler, one at a time.)
    5. The results list is aria-busy while it does not yet show the answer to what is in the box, for
       assistive technology and for the tests, which wait on it; data-search-index says which index
       answered ("quick", then "full").
    (A Jinja comment: included in every page by overrides/main.html, it costs no bytes there.) -#}
(() => {
  const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  // Material's message types
  const WHOLE_WORD_BOOST = 10;
  const EXACT_NAME_BOOST = 1000;
  const UNSHOWN_FIELD = "answer";  // in the full index only
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      if (!String(url).includes("/workers/search")) return;
      const results = () => document.querySelector("[data-md-component=search-result]");
      const busy = (value) => results()?.setAttribute("aria-busy", String(value));
      let worker = this;      // the worker that answers: this one, then the full index's
      let quick = true;       // whether this one holds the quick index
      const post = (message) => Native.prototype.postMessage.call(worker, message);
      let separator = /\s+/;
      let names = new Map();  // a title or alias, normalised -> the locations it names
      let answering = null;   // the query the worker is answering, or null
      let waiting = null;     // the newest query typed meanwhile, or null
      let shown = null;       // the query whose answer the list shows, or null
      const normalise = (text) => text.toLowerCase().split(separator).filter(Boolean).join(" ");
      const send = (query) => {
        answering = query;
        sentTo = worker;
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
      let fullSetup = null;   // the full index's setup message, until the quick index is ready
      let sentTo = null;      // the worker that answers the query in flight
      const indexFully = (setup) => {
        const fullWorker = new Native(url, options);
        fullWorker.addEventListener("message", (event) => {
          if (event.data.type === READY) {
            worker = fullWorker;
            // Answer again what the quick index is answering, or showed.
            if (answering !== null) {
              if (waiting === null) waiting = answering;
            } else {
              retire();
              if (shown !== null) { busy(true); send(shown); }
            }
          } else if (event.data.type === RESULT) {
            this.dispatchEvent(new MessageEvent("message", { data: event.data }));
          }
        });
        Native.prototype.postMessage.call(fullWorker, setup);
      };
      // The quick index's worker, once it answers no more: its memory back.
      const retire = () => worker !== this && Native.prototype.terminate.call(this);
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
          const docs = message.data.docs;
          // From file://, a worker is an iframe (iframe-worker), and a second one would take its messages.
          if (location.protocol === "file:" || !docs.some((doc) => UNSHOWN_FIELD in doc)) {
            quick = false;
            post(message, ...rest);
            return;
          }
          const fields = { ...message.data.config.fields };
          delete fields[UNSHOWN_FIELD];
          const config = { ...message.data.config, fields };
          post({ type: SETUP, data: { ...message.data, config, docs: docs.map(({ [UNSHOWN_FIELD]: _, ...doc }) => doc) } });
          fullSetup = message;
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
        if (event.data.type === READY && fullSetup !== null) {
          indexFully(fullSetup);
          fullSetup = null;
        }
        if (event.data.type === RESULT) {
          const answeredBy = sentTo === this && quick ? "quick" : "full";
          if (sentTo === this) retire();
          if (waiting !== null) {
            event.stopImmediatePropagation();  // stale: Material never sees it
            send(waiting);
            waiting = null;
            return;
          }
          event.data.data.items = exactFirst(answering, event.data.data.items);
          shown = answering;
          answering = null;
          results()?.setAttribute("data-search-index", answeredBy);
        }
        if (event.data.type === READY || event.data.type === RESULT) {
          // After this message's listeners, Material's among them, have drawn the list.
          setTimeout(() => answering === null && busy(false));
        }
      });
    }
  };
})();
