// The licence file of an esbuild bundle: the name, version, licence and licence text of every npm
// package whose code the bundle holds, read from esbuild's metafile. `make vendor` runs it for the
// CodeMirror bundle: node scripts/vendor/licences.mjs META.json OUTPUT.txt
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [metafile, output] = process.argv.slice(2);
const meta = JSON.parse(readFileSync(metafile, "utf8"));
const folders = new Set();
for (const bundle of Object.values(meta.outputs)) {
  for (const input of Object.keys(bundle.inputs)) {
    const found = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (found) folders.add(found[1]);
  }
}
const sections = [...folders].sort().map((folder) => {
  const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  const file = readdirSync(folder).find((name) => /^licen[cs]e/i.test(name));
  if (!file) throw new Error(`${pkg.name} has no licence file`);
  const text = readFileSync(join(folder, file), "utf8").trim();
  return `${pkg.name} ${pkg.version} (${pkg.license})\n${"-".repeat(60)}\n\n${text}\n`;
});
writeFileSync(
  output,
  "The packages bundled into codemirror.js by `make vendor` (scripts/vendor/codemirror.mjs), with\n" +
    `their licences.\n\n${sections.join("\n")}`,
);
console.log(`${output}: ${sections.length} packages`);
