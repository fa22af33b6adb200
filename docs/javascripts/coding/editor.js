// The coding round's editor: CodeMirror 6 (docs/javascripts/vendor/codemirror.js, bundled from npm by
// `make vendor`, which sets window.CodeMirror) with Python highlighting and indentation, in place of
// the text area that holds the starter code. Tab indents (indentWithTab); to leave the editor by
// keyboard, Escape then Tab, as CodeMirror does whenever Tab is bound. Its colours are the theme's
// code colours (Material's --md-code-* variables), so it reads like the site's code blocks in both
// schemes, with the contrast extra.css gives them: no active-line background, which took some of the
// colours below 4.5:1. Only exercise pages load it.
(() => {
  if (window.codingEditor) return; // instant navigation runs it again on each visit

  const highlighting = (cm) => {
    const t = cm.tags;
    const colour = (name) => `var(--md-code-hl-${name}-color)`;
    return cm.syntaxHighlighting(cm.HighlightStyle.define([
      { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.definitionKeyword, t.moduleKeyword], color: colour("keyword") },
      { tag: [t.string, t.special(t.string), t.escape], color: colour("string") },
      { tag: [t.number, t.integer, t.float], color: colour("number") },
      { tag: [t.bool, t.null, t.atom, t.self], color: colour("constant") },
      { tag: [t.comment, t.lineComment, t.blockComment], color: colour("comment"), fontStyle: "italic" },
      { tag: [t.function(t.variableName), t.function(t.propertyName), t.function(t.definition(t.variableName))], color: colour("function") },
      { tag: [t.className, t.definition(t.className), t.standard(t.variableName)], color: colour("constant") },
      { tag: [t.operator, t.compareOperator, t.arithmeticOperator, t.logicOperator, t.updateOperator], color: colour("operator") },
      { tag: [t.punctuation, t.bracket, t.paren, t.squareBracket, t.brace, t.separator], color: colour("punctuation") },
      { tag: [t.meta, t.annotation], color: colour("special") },
      { tag: t.invalid, textDecoration: "underline wavy" },
    ]));
  };

  const theme = (cm) => cm.EditorView.theme({
    "&": {
      color: "var(--md-code-fg-color)",
      backgroundColor: "var(--md-code-bg-color)",
      fontSize: "0.85em",
      borderRadius: "0.1rem",
    },
    "&.cm-focused": { outline: "3px solid var(--md-accent-fg-color)", outlineOffset: "2px" },
    ".cm-scroller": { fontFamily: "var(--md-code-font-family)", lineHeight: "1.5" },
    ".cm-content": { caretColor: "var(--md-code-fg-color)", padding: "0.6em 0" },
    ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--md-code-fg-color)" },
    ".cm-gutters": {
      color: "var(--md-default-fg-color--light)",
      backgroundColor: "var(--md-code-bg-color)",
      borderRight: "1px solid var(--md-default-fg-color--lightest)",
    },
    "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection": {
      backgroundColor: "var(--md-accent-fg-color--transparent)",
    },
    ".cm-matchingBracket": { outline: "1px solid var(--md-default-fg-color--light)", backgroundColor: "transparent" },
  });

  /** Put an editor in place of ``textarea`` (hidden then), with its text and the cursor at ``cursor``.
   * Returns { code(), setCode(text), focus(), view }. The editor's text is labelled like the text area. */
  const create = (textarea, cursor = 0) => {
    const cm = window.CodeMirror;
    const view = new cm.EditorView({
      state: cm.EditorState.create({
        doc: textarea.value,
        selection: { anchor: Math.min(cursor, textarea.value.length) },
        extensions: [
          cm.lineNumbers(),
          cm.highlightSpecialChars(),
          cm.history(),
          cm.drawSelection(),
          cm.EditorState.allowMultipleSelections.of(false),
          cm.EditorState.tabSize.of(4),
          cm.indentUnit.of("    "),
          cm.indentOnInput(),
          cm.bracketMatching(),
          cm.keymap.of([...cm.defaultKeymap, ...cm.historyKeymap, cm.indentWithTab]),
          cm.python(),
          highlighting(cm),
          theme(cm),
          cm.EditorView.contentAttributes.of({
            "aria-labelledby": textarea.getAttribute("aria-labelledby") || "",
            "aria-describedby": textarea.getAttribute("aria-describedby") || "",
            // Axe asks a scrolling region for focusable content and does not count contenteditable.
            tabindex: "0",
            spellcheck: "false",
            autocorrect: "off",
            autocapitalize: "off",
          }),
        ],
      }),
    });
    view.dom.style.minHeight = `${textarea.offsetHeight}px`; // as tall as the text area: nothing moves
    textarea.hidden = true;
    textarea.after(view.dom);
    return {
      view,
      code: () => view.state.doc.toString(),
      setCode(text) {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      },
      focus: () => view.focus(),
    };
  };

  window.codingEditor = { create };
  document.dispatchEvent(new Event("codingeditor"));
})();
