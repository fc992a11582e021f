// Trunk post-build hook (see Trunk.toml): turns Trunk's output into the embed.
//
// - Puts the dataset's bundle (build.rs's faq.bin) into the .wasm's custom
//   section `faq`, first, and names the .wasm after its final bytes (see
//   "The dataset's section" below).
// - Puts wasm-bindgen's module code into embed/element.js (the <faq-widget>
//   custom element), with the widget's CSS inlined and the .wasm's name and
//   SHA-384 filled in, and writes it as faq-widget.js (a stable name).
// - Copies the static fallback (faq-fallback.html) and the JSON-LD (faq.jsonld)
//   that build.rs rendered from the same parsed dataset as the .wasm's bundle
//   into the output.
// - Writes embed.html, the snippet a host pastes: a preload hint for the
//   .wasm, the script tag (with its Subresource Integrity hash) and
//   <faq-widget> with the static answers inside; and
//   embed-short.html, the same without the static answers.
// - Puts the snippet, exactly, into the demo page, and the JSON-LD into its <head>.
// - Minifies the script (release builds) and prints the size of everything
//   the snippet downloads.
//
// Runs in Trunk's staging directory (TRUNK_STAGING_DIR); any surprise is a
// failed build with a message, never a silently broken embed.
//
// Where build.rs's files are. build.rs parses the dataset once and writes
// faq.bin (the bundle this hook puts into the .wasm), faq-fallback.html, faq.jsonld and, last,
// faq-dataset.txt (the dataset's canonical path) into its OUT_DIR,
// target/wasm32-unknown-unknown/<profile>/build/faq-widget-<hash>/out/.
// Several such directories can exist (old ones stay after a dependency or
// flag change), and cargo reruns build.rs only when its inputs change, so
// neither "the only one" nor "the newest" is safe. Instead the hook asks
// cargo which one this .wasm was built from: cargo's dep-info file for the
// .wasm, target/wasm32-unknown-unknown/<profile>/faq_widget.d (<profile> is
// TRUNK_PROFILE: release or debug), lists every file the build read,
// including that directory's faq.bin (src/data.rs names it, for the tests). Cargo rewrites it on every build, even
// when the .wasm was up to date, so it describes the .wasm Trunk has just
// staged (dev builds and `cargo check` already use different build
// directories, so this matters). Then faq-dataset.txt there must
// name the dataset this build expects (FAQ_DATASET, relative to the
// repository root, or data/faq.txt), or the build fails. No nested cargo run,
// no second parse. The target directory is CARGO_TARGET_DIR if set, else
// target/ at the repository root (a target-dir in a .cargo/config.toml, or
// Trunk's --cargo-profile, would need handling here; neither is used).

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { minify } from 'terser';

import { buildStudio } from './studio.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR;
if (!stage || !source) fail('run me as a Trunk post_build hook (TRUNK_STAGING_DIR and TRUNK_SOURCE_DIR unset)');

const ENTRY = 'faq-widget.js';

function fail(message) {
  console.error(`embed/build.mjs: ${message}`);
  process.exit(1);
}

function only(files, pattern, what) {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) fail(`expected one ${what} in ${stage}, found ${JSON.stringify(found)}`);
  return found[0];
}

/** The build script's OUT_DIR for the .wasm Trunk has just built, from cargo's dep-info file (see the header). */
function buildOutDir() {
  const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(source, process.env.CARGO_TARGET_DIR) : path.join(source, 'target');
  const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
  const depInfo = path.join(targetDir, 'wasm32-unknown-unknown', profile, 'faq_widget.d');
  let text;
  try {
    text = readFileSync(depInfo, 'utf8');
  } catch (e) {
    fail(`cannot read cargo's dep-info for the .wasm, ${depInfo}: ${e.message}`);
  }
  // Makefile syntax: `target: dependency dependency …`, a space in a path written `\ `.
  const paths = (text.match(/(?:\\ |\S)+/g) ?? []).map((p) => p.replace(/\\ /g, ' '));
  const bins = [...new Set(paths.filter((p) => /[\\/]build[\\/]faq-widget-[0-9a-f]+[\\/]out[\\/]faq\.bin$/.test(p)))];
  if (bins.length !== 1) fail(`expected one build/faq-widget-<hash>/out/faq.bin in ${depInfo}, found ${JSON.stringify(bins)}`);
  return path.dirname(bins[0]);
}

/** The bytes of faq.bin, faq-fallback.html and faq.jsonld from build.rs, checked to be of the dataset this build expects. */
function staticFiles() {
  const outDir = buildOutDir();
  // The same dataset as build.rs: FAQ_DATASET (relative to the repository root) or data/faq.txt.
  const expected = path.resolve(source, process.env.FAQ_DATASET || 'data/faq.txt');
  const manifest = path.join(outDir, 'faq-dataset.txt');
  let named;
  try {
    named = readFileSync(manifest, 'utf8').replace(/\n$/, '');
  } catch (e) {
    fail(`cannot read ${manifest}, which build.rs writes after the fallback and the JSON-LD: ${e.message}`);
  }
  const real = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  if (real(named) !== real(expected)) {
    fail(`${outDir} holds the fallback and JSON-LD of ${named}, not of the expected dataset ${expected}; rebuild`);
  }
  const read = (name) => readFileSync(path.join(outDir, name));
  return { bundle: read('faq.bin'), fallback: read('faq-fallback.html'), jsonLd: read('faq.jsonld') };
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Drops comments and the whitespace CSS does not need; writes `0.5` as `.5`
 * and `#ffffff` as `#fff`. (faq.css has no `: `, ` !`, `0.` or `#` in a string.)
 */
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/: /g, ':')
    .replace(/ !important/g, '!important')
    .replace(/([^\w.#-])0\.(\d)/g, '$1.$2')
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
    .trim();
}

// Short import and export names. wasm-bindgen names the .wasm's imports
// `./faq-widget_bg.js` `__wbg_<name>_<hash>` and some of its exports after
// their Rust paths (a closure's invoke shim takes 100-200 characters); the
// names are in the .wasm once and in the glue at least once, and compress
// badly (hashes). They become `a`, `b`, …, `ba`, … here, in the .wasm's
// import and export sections and in the glue, which names them in a few
// known forms only: an import as a key of the imports object
// (`    __wbg_x_1234: function…`), the import module as
// `"./faq-widget_bg.js": import0`, an export as `wasm.<name>`. Every name must
// be rewritten in every place, or the build fails: a name the glue writes in
// any other form would otherwise be a broken widget at run time. The .wasm's
// custom sections (`producers`, `target_features`: nothing a browser reads)
// are dropped at the same time.

/** The `n`th short name: a, b, …, z, A, …, Z, ba, bb, … (never a JS keyword, never `__proto__`). */
function shortName(n) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = alphabet[n % alphabet.length] + name;
    n = Math.floor(n / alphabet.length);
  } while (n > 0);
  // Two-letter keywords (do, if, in) are valid property names, but stay clear of them anyway.
  return ['do', 'if', 'in'].includes(name) ? `${name}_` : name;
}

/** Reads and writes the parts of a .wasm this rewrite touches. */
class WasmBytes {
  constructor(bytes) {
    this.bytes = bytes;
    this.pos = 0;
  }
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.bytes.length) fail('the .wasm ends inside a number; is it a WebAssembly module?');
      const byte = this.bytes[this.pos++];
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
    }
  }
  name() {
    const length = this.u32();
    const name = Buffer.from(this.bytes.subarray(this.pos, this.pos + length)).toString('utf8');
    this.pos += length;
    return name;
  }
  /** Skips a table's or memory's limits. */
  limits() {
    const flags = this.bytes[this.pos++];
    this.u32();
    if (flags & 1) this.u32();
  }
}

const leb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
};
const encodedName = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** The .wasm with short import module, import and export names, and without custom sections; and the renames. */
function shortenWasmNames(wasm) {
  const r = new WasmBytes(wasm);
  if (wasm.readUInt32LE(0) !== 0x6d736100 || wasm.readUInt32LE(4) !== 1) fail(`${wasmFile} is not a WebAssembly 1 module`);
  r.pos = 8;
  const parts = [wasm.subarray(0, 8)];
  const modules = new Map();
  const imports = new Map();
  const exports = new Map();
  while (r.pos < wasm.length) {
    const id = wasm[r.pos++];
    const size = r.u32();
    const start = r.pos;
    const end = start + size;
    if (id === 0) {
      r.pos = end;
      continue;
    }
    let body = wasm.subarray(start, end);
    if (id === 2) {
      const count = r.u32();
      const out = [leb(count)];
      for (let i = 0; i < count; i++) {
        const module = r.name();
        const field = r.name();
        const descriptor = r.pos;
        const kind = wasm[r.pos++];
        if (kind === 0) r.u32();
        else if (kind === 1) (r.pos++, r.limits());
        else if (kind === 2) r.limits();
        else if (kind === 3) r.pos += 2;
        else if (kind === 4) (r.pos++, r.u32());
        else fail(`${wasmFile}: import ${module} ${field} has an unknown kind ${kind}`);
        if (!modules.has(module)) modules.set(module, shortName(modules.size));
        if (imports.has(field)) fail(`${wasmFile}: the import ${field} appears twice; cannot shorten its name`);
        imports.set(field, shortName(imports.size));
        out.push(encodedName(modules.get(module)), encodedName(imports.get(field)), wasm.subarray(descriptor, r.pos));
      }
      body = Buffer.concat(out);
    } else if (id === 7) {
      const count = r.u32();
      const out = [leb(count)];
      for (let i = 0; i < count; i++) {
        const name = r.name();
        const descriptor = r.pos;
        r.pos++;
        r.u32();
        exports.set(name, shortName(exports.size));
        out.push(encodedName(exports.get(name)), wasm.subarray(descriptor, r.pos));
      }
      body = Buffer.concat(out);
    }
    if (r.pos !== end && (id === 2 || id === 7)) fail(`${wasmFile}: section ${id} did not parse to its end`);
    r.pos = end;
    parts.push(Buffer.from([id]), leb(body.length), body);
  }
  return { wasm: Buffer.concat(parts), modules, imports, exports };
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `glue` with the renames of `shortenWasmNames` applied; fails if a name cannot be rewritten everywhere. */
function shortenGlueNames(glue, { modules, imports, exports }) {
  const replaceAll = (pattern, replacement, what, { atLeast = 1, atMost = Infinity } = {}) => {
    const found = glue.match(pattern)?.length ?? 0;
    if (found < atLeast || found > atMost) {
      fail(`cannot shorten ${what}: the glue has it ${found} times in the expected form; has wasm-bindgen's output changed?`);
    }
    glue = glue.replace(pattern, replacement);
  };
  for (const [module, short] of modules) {
    replaceAll(new RegExp(`(["'])${escapeRegExp(module)}\\1(?=: import\\d+,)`, 'g'), JSON.stringify(short), `the import module ${module}`, { atMost: 1 });
  }
  for (const [name, short] of imports) {
    // A key of the imports object: indented, at the start of its line.
    replaceAll(new RegExp(`^(\\s+)${escapeRegExp(name)}(?=: )`, 'gm'), `$1${short}`, `the import ${name}`, { atMost: 1 });
    if (new RegExp(`\\b${escapeRegExp(name)}\\b`).test(glue)) fail(`cannot shorten the import ${name}: the glue names it elsewhere too`);
  }
  for (const [name, short] of exports) {
    // Exports the glue never reads (none, or wasm-bindgen's own) need no rewrite.
    replaceAll(new RegExp(`\\bwasm\\.${escapeRegExp(name)}\\b`, 'g'), `wasm.${short}`, `the export ${name}`, { atLeast: 0 });
    if (new RegExp(`(\\bwasm\\s*\\[|\\bexports\\b[.[]\\s*|["'\`])${escapeRegExp(name)}\\b`).test(glue)) {
      fail(`cannot shorten the export ${name}: the glue names it in a form other than wasm.${name}`);
    }
  }
  return glue;
}

// The dataset's section. The .wasm's code is the same for every dataset: its
// bundle is the custom section `faq` (faq_core::pack::SECTION), the module's
// first section, which element.js reads with WebAssembly.Module.customSections and hands to the
// widget. So faq-pack (core/src/bin/faq-pack.rs) can put another dataset
// into a built .wasm without the Rust toolchain, replacing only that section.
// The .wasm is named after its final bytes, the first 16 hex digits of their
// SHA-384 (faq_core::pack::wasm_name), so faq-pack names it the same way:
// packing this build's dataset again gives this build's files, byte for byte
// (tests/e2e/pack.test.mjs).
const customSection = (name, contents) => {
  const body = Buffer.concat([encodedName(name), contents]);
  return Buffer.concat([Buffer.from([0]), leb(body.length), body]);
};

// Fallbacks in the glue that no browser able to run element.js takes (its
// class fields and private methods need Chrome 84, Firefox 90 or Safari 15,
// which all have TextEncoder.encodeInto and FinalizationRegistry), and a
// branch of passStringToWasm0 for a call without `realloc` (every call in
// the glue passes it): left out, each exactly as wasm-bindgen writes it, or
// the build fails.
function withoutDeadFallbacks(glue) {
  const edits = [
    [
      'the encodeInto polyfill',
      /^if \(!\('encodeInto' in cachedTextEncoder\)\) \{\n {4}cachedTextEncoder\.encodeInto = function \(arg, view\) \{\n(?: {8}.*\n)+ {4}\};\n\}\n/gm,
      '',
      1,
    ],
    [
      'the FinalizationRegistry fallbacks',
      /\(typeof FinalizationRegistry === 'undefined'\)\n {4}\? \{ register: \(\) => \{\}, unregister: \(\) => \{\} \}\n {4}: new FinalizationRegistry\(/g,
      'new FinalizationRegistry(',
      2,
    ],
    [
      "passStringToWasm0's branch without realloc",
      /^( {4}if \(realloc === undefined\) \{\n(?: {8}.*\n)+ {4}\}\n)/gm,
      '',
      1,
    ],
  ];
  for (const [what, pattern, replacement, count] of edits) {
    const found = glue.match(pattern)?.length ?? 0;
    if (found !== count) fail(`${glueFile}: expected ${count} of ${what}, found ${found}; has wasm-bindgen's output changed?`);
    glue = glue.replace(pattern, replacement);
  }
  const calls = glue.match(/\bpassStringToWasm0\(/g)?.length ?? 0;
  const withRealloc = glue.match(/\bpassStringToWasm0\([^()]*(?:\([^()]*\)[^()]*)*, wasm\.__wbindgen_malloc, wasm\.__wbindgen_realloc\)/g)?.length ?? 0;
  if (withRealloc !== calls - 1) fail(`${glueFile}: a call of passStringToWasm0 without realloc; has wasm-bindgen's output changed?`);
  return glue;
}

// In a build with Debug formatting left out (scripts/release.sh's nightly
// build: -Zfmt-debug=none, which drops every `{:?}` and makes derived Debug
// impls empty), nothing formats a JsValue with Debug, the one user of the
// glue's debugString (through the __wbindgen_debug_string import): its
// 60-line body becomes the value's type, which is what such a build would
// show if it ever did. Other builds (stable) keep it.
function withoutDebugFormatting(glue) {
  const flags = process.env.CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS ?? '';
  if (!/(^|\s)-Zfmt-debug=none(\s|$)/.test(flags)) return glue;
  const pattern = /^function debugString\(val\) \{\n[\s\S]*?\n\}\n/gm;
  const found = glue.match(pattern) ?? [];
  if (found.length !== 1 || (glue.match(/\bdebugString\(/g)?.length ?? 0) !== 2) {
    fail(`${glueFile}: expected one debugString, called once; has wasm-bindgen's output changed?`);
  }
  return glue.replace(pattern, 'function debugString(val) {\n    return typeof val;\n}\n');
}

const files = readdirSync(stage);
const glueFile = only(files, /^faq-widget-[0-9a-f]+\.js$/, "wasm-bindgen module (faq-widget-<hash>.js)");
const wasmFile = only(files, /^faq-widget-[0-9a-f]+_bg\.wasm$/, '.wasm (faq-widget-<hash>_bg.wasm)');
const built = shortenWasmNames(readFileSync(path.join(stage, wasmFile)));
// build.rs's renderings of the dataset (see the header).
const rendered = staticFiles();
// First, right after the 8-byte header: the dataset's text then compresses
// better with the code after it (seed .wasm: 99,147 -> 99,075 B brotli
// as measured; other places between 0 and 266 B better, by brotli's
// chance). The code still compiles as it
// arrives, and V8 compiles function bodies lazily, so little is left for
// after the download either way.
const wasm = Buffer.concat([built.wasm.subarray(0, 8), customSection('faq', rendered.bundle), built.wasm.subarray(8)]);
const wasmName = `faq-widget-${createHash('sha384').update(wasm).digest('hex').slice(0, 16)}_bg.wasm`;
rmSync(path.join(stage, wasmFile));
writeFileSync(path.join(stage, wasmName), wasm);

// wasm-bindgen's module code, made private (the entry script exports nothing)
// and put inside element.js's createInstance, so that each widget gets its own
// copy of the module state and its own instance. createInstance relies on
// these names, and on `wasm` (the instance's exports) being assignable.
let glue = readFileSync(path.join(stage, glueFile), 'utf8');
glue = withoutDebugFormatting(withoutDeadFallbacks(glue));
glue = glue.replace(/^export \{[^}]*\};?$/m, '').replace(/^export (?=(async )?function |class |const |let )/gm, '');
if (/^\s*export\b/m.test(glue)) fail(`unexpected export left in ${glueFile}; has wasm-bindgen's output changed?`);
if (/^\s*import\b/m.test(glue)) fail(`${glueFile} imports a module (a JS snippet?); element.js cannot inline it`);
for (const [what, pattern] of [
  ['function __wbg_get_imports(', /^function __wbg_get_imports\(/m],
  ['function __wbg_finalize_init(instance, module)', /^function __wbg_finalize_init\(instance, module\)/m],
  ['function mount(', /^function mount\(/m],
  ['let ... wasm;', /^let [\w, ]*\bwasm;$/m],
  ['wasm = instance.exports;', /^\s*wasm = instance\.exports;$/m],
]) {
  if (!pattern.test(glue)) fail(`${glueFile} has no ${what}; has wasm-bindgen's output changed?`);
}
glue = shortenGlueNames(glue, built);

const css = minifyCss(readFileSync(path.join(source, 'style', 'faq.css'), 'utf8'));
let element = readFileSync(path.join(source, 'embed', 'element.js'), 'utf8');
for (const [placeholder, value] of [
  ["'__FAQ_WASM_FILE__'", JSON.stringify(wasmName)],
  ["'__FAQ_WASM_INTEGRITY__'", JSON.stringify(sri(wasm))],
  ["'__FAQ_CSS__'", JSON.stringify(css)],
  ["'__FAQ_GLUE__';", glue.trim()],
]) {
  if (!element.includes(placeholder)) fail(`embed/element.js lacks ${placeholder}`);
  element = element.replace(placeholder, () => value);
}

// Release builds are minified (Trunk's own minifier fails on wasm-bindgen's code).
// ES2020 output (element.js needs ES2021 anyway: `??=`, class fields), three
// passes, and `unsafe_arrows`: a function expression that uses neither
// `this` nor `arguments` becomes an arrow function, which cannot be called
// with `new`: none of the glue's or element.js's is (the glue's imports are
// called by the .wasm, the rest are callbacks). Measured in README "Size".
let code = element;
if (process.env.TRUNK_PROFILE === 'release') {
  const compress = { passes: 3, ecma: 2020, unsafe_arrows: true };
  const result = await minify(code, { module: true, ecma: 2020, compress, mangle: true, format: { comments: false } });
  code = result.code;
}
const entry = Buffer.from(code);
writeFileSync(path.join(stage, ENTRY), entry);
rmSync(path.join(stage, glueFile));
const integrity = sri(entry);

// The fallback and the JSON-LD, as build.rs rendered them (see the header).
writeFileSync(path.join(stage, 'faq-fallback.html'), rendered.fallback);
writeFileSync(path.join(stage, 'faq.jsonld'), rendered.jsonLd);
const fallback = rendered.fallback.toString('utf8');
const jsonLd = rendered.jsonLd.toString('utf8');

// The snippet a host pastes, in this order:
// 1. a hint that starts the .wasm's download as soon as the HTML arrives, in
//    parallel with the script's: a fetch preload that element.js's fetch of
//    the .wasm matches (mode cors, credentials same-origin), so the browser
//    uses the preloaded response. Without it the .wasm's download starts only
//    once the page is parsed and the script has run. It has no integrity
//    attribute: Chromium 156 ignores one for as="fetch" and warns in the
//    console; the integrity is checked all the same, by element.js's fetch,
//    on the preloaded response (tests/e2e/snippet.test.mjs checks both: one
//    download, a tampered .wasm refused). The script needs no hint: the
//    browser's preload scanner finds its tag, the next line, at the same
//    moment (a modulepreload measured no faster, and with JavaScript off
//    Chromium refuses it as a failed request);
// 2. the script tag;
// 3. <faq-widget> with the static answers inside: the first question is on
//    screen as soon as the HTML is, and the page is complete without JavaScript.
// embed-short.html is the same without the static answers.
// faq-pack writes the same text (faq_core::pack's snippets; the end-to-end
// test of faq-pack checks that its files equal these).
const head =
  `<link rel="preload" href="${wasmName}" as="fetch" crossorigin="anonymous">\n` +
  `<script type="module" src="${ENTRY}" integrity="${integrity}" crossorigin="anonymous"></script>\n`;
const snippet = `${head}<faq-widget>\n${fallback.trimEnd()}\n</faq-widget>\n`;
writeFileSync(path.join(stage, 'embed.html'), snippet);
writeFileSync(path.join(stage, 'embed-short.html'), `${head}<faq-widget></faq-widget>\n`);

// The demo page: the snippet exactly as a host pastes it, and the JSON-LD in <head>.
const indexPath = path.join(stage, 'index.html');
let index = readFileSync(indexPath, 'utf8');
for (const [placeholder, value] of [
  ['<!-- faq-embed -->', snippet.trimEnd()],
  ['<!-- faq-json-ld -->', `<script type="application/ld+json">\n${jsonLd}\n</script>`],
]) {
  if (!index.includes(placeholder)) fail(`index.html has no ${placeholder} to fill in`);
  index = index.replaceAll(placeholder, () => value);
}
writeFileSync(indexPath, index);

// What a host's visitors download: the script (CSS inside) and the .wasm.
const sizes = [[ENTRY, entry], [wasmName, wasm]].map(([name, bytes]) => ({
  name,
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
}));
sizes.push(sizes.reduce((t, s) => ({ name: 'total', raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }),
  { raw: 0, gzip: 0, brotli: 0 }));
for (const s of sizes) {
  console.log(`embed size: ${s.name.padEnd(40)} ${String(s.raw).padStart(8)} raw ${String(s.gzip).padStart(8)} gzip ${String(s.brotli).padStart(8)} brotli`);
}
// For the tests and the README (not part of dist/).
writeFileSync(path.join(source, 'target', 'embed-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);

// The studio (studio.html and its own .wasm; see embed/studio.mjs), which
// packs the dataset being edited into this build's widget.
const studio = buildStudio({
  stage,
  source,
  release: process.env.TRUNK_PROFILE === 'release',
  wasmName,
  dataset: path.resolve(source, process.env.FAQ_DATASET || 'data/faq.txt'),
  fail,
});
for (const s of studio) console.log(`studio size: ${s.name.padEnd(40)} ${String(s.raw).padStart(8)} raw ${String(s.brotli).padStart(8)} brotli`);
