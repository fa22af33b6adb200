// html-validate config for `make audit`, which checks every page of the built site with it.
// The preset is html-validate's strictest, "recommended". Each rule turned down below is for markup
// that Material for MkDocs, a plugin or the HTML minifier writes, not markup of ours; the reason
// says whose it is; every other rule of the preset stays on for all markup, ours included.
import { defineConfig } from "html-validate";

export default defineConfig({
  extends: ["html-validate:recommended"],
  rules: {
    // The minifier (mkdocs-minify-plugin: htmlmin) drops optional quotes; unquoted values are valid HTML.
    "attr-quotes": "off",
    // Case is not significant. The lightbox plugin re-serialises pages as <!DOCTYPE html>, while
    // 404.html keeps the theme's <!doctype html>.
    "doctype-style": "off",
    // Material's ids start with "__" (__drawer, __search, __nav_3, code lines' __codelineno-0-1):
    // valid in HTML5, which only forbids whitespace; "relaxed" checks just that.
    "valid-id": ["error", { relaxed: true }],
    // Material puts autocomplete="off" on its drawer and search toggles (<input type="checkbox">),
    // so that browsers do not restore them open when a reader comes back to a page.
    "valid-autocomplete": "off",
    // Material's colour-scheme and search forms are driven by its JavaScript and never submitted,
    // so they have no submit button.
    "wcag/h32": "off",
    // Material writes the current page's table of contents twice: in the sidebar and inside the
    // mobile navigation drawer, both <nav aria-label="Table of contents">; only one is shown at a time.
    "unique-landmark": "off",
    // Icon-only links whose name is their title: Material's "Edit this page" / "View source" buttons,
    // and the empty per-line anchors that pymdownx.highlight (anchor_linenums) puts in code blocks.
    "wcag/h30": "off",
    // pymdownx.highlight writes name="..." as well as id on those per-line code anchors.
    "no-deprecated-attr": "off",
    // Material's "Edit this page" link has rel="edit", which html-validate does not list for <a>.
    "attribute-misuse": "off",
    // Material's navigation writes tabindex="" on the labels of the sections it shows as groups
    // (navigation.sections), which the minifier shortens to a bare tabindex.
    "attribute-allowed-values": "off",
  },
});
