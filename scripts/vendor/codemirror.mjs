// The coding round's editor: the parts of CodeMirror 6 that docs/javascripts/coding/editor.js puts
// together. `make vendor` bundles this file with esbuild into docs/javascripts/vendor/codemirror.js,
// which sets window.CodeMirror; only the exercise pages load it.
export { EditorState } from "@codemirror/state";
export {
  EditorView,
  drawSelection,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
export { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
export {
  HighlightStyle,
  bracketMatching,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
export { python } from "@codemirror/lang-python";
export { tags } from "@lezer/highlight";
