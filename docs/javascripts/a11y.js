// Accessibility fixes for markup that Material's bundle creates at run time.
// Each code block gets a <nav class="md-code__nav"> for its copy button; several unnamed nav
// landmarks on one page fail axe's landmark-unique rule, so each gets its own name. One query per
// batch of mutations, not one per added node: Material adds thousands of nodes to a long page.
(() => {
  let counter = 0;
  const STUDY_CODE = ":is(#fc-answer, #iv-answer-body) pre > code:not([tabindex])";
  const nameAll = () => {
    document.querySelectorAll(".md-code__nav:not([aria-label])").forEach((nav) => {
      counter += 1;
      nav.setAttribute("aria-label", `Code block ${counter} actions`);
    });
    // Answers that the study tools put in a page after it loaded (a flashcard's back, the mock
    // interview's model answer) are not mounted by Material, which makes a code block that scrolls
    // sideways focusable: do it here, so a keyboard can scroll them (axe: scrollable-region-focusable).
    document.querySelectorAll(STUDY_CODE).forEach((code) => code.setAttribute("tabindex", "0"));
  };
  new MutationObserver(nameAll).observe(document.documentElement, { childList: true, subtree: true });
  nameAll();
})();
