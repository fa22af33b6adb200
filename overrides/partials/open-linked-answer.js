// A link to an answer (#q-...) or to something inside one: open its <details> blocks now, while the
// page is still being parsed, so that it is drawn open. Opened later by Material's script, the answer
// would push down what was already on screen (a layout shift on every deep link from the glossary).
(() => {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  for (let block = target && target.closest("details"); block; block = block.parentElement.closest("details")) {
    block.open = true;
  }
})();
