// Accessibility fixes for markup that Material's bundle creates at run time.
// Each code block gets a <nav class="md-code__nav"> for its copy button; several unnamed nav
// landmarks on one page fail axe's landmark-unique rule, so each gets its own name.
(() => {
  let counter = 0;
  const name = (root) => {
    root.querySelectorAll?.(".md-code__nav:not([aria-label])").forEach((nav) => {
      counter += 1;
      nav.setAttribute("aria-label", `Code block ${counter} actions`);
    });
  };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) mutation.addedNodes.forEach((node) => node.nodeType === 1 && name(node.parentNode ?? node));
  }).observe(document.documentElement, { childList: true, subtree: true });
  name(document);
})();
