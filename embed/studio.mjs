// The FAQ studio (studio/): built by the post-build hook (embed/build.mjs)
// into Trunk's staging directory, next to the widget:
//
//   studio.html          the page (studio/studio.html), with the seed dataset
//                        in its text area and the built widget's .wasm name;
//   studio.js, studio.css  its script and style, copied as they are;
//   faq-studio.js, faq-studio_bg.wasm
//                        the studio's own .wasm (the faq-studio crate: the
//                        parser, the lint and faq_core::pack) and its
//                        wasm-bindgen module (`--target web`).
//
// Why here and not as a second `<link data-trunk rel="rust">`: the published
// widget is built by scripts/release.sh with
// CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=-Zfmt-debug=none (and std
// rebuilt), which Trunk would apply to every wasm crate of the build; with it
// the studio's messages would lose every `{:?}` (the question in "the
// question … has no answer"). So the studio is built here with cargo's
// ordinary flags, on the default toolchain, in its own target directory
// (target/studio): the same studio for every widget build, compiled once
// (about 40 s, and 10 s of wasm-bindgen and wasm-opt) and then up to date
// (about 1 s) for the other builds of scripts/test.sh. The widget's .wasm is
// untouched by any of this.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** `text` for an HTML element's content: `&`, `<` and `>` escaped. */
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Builds the studio into `stage`. `release`: cargo's release profile and
 * wasm-opt -Oz (else a debug build, for `trunk serve`). `wasmName`: the
 * widget's .wasm in `stage`, which the studio packs into. `dataset`: the
 * path of the dataset the widget was built with, shown first in the studio.
 * Returns the sizes of the studio's .wasm and script (raw and brotli).
 */
export function buildStudio({ stage, source, release, wasmName, dataset, fail }) {
  const env = { ...process.env, CARGO_TARGET_DIR: path.join(source, 'target', 'studio') };
  // scripts/release.sh's nightly settings are for the widget only (see above).
  for (const name of [
    'RUSTUP_TOOLCHAIN',
    'CARGO_UNSTABLE_BUILD_STD',
    'CARGO_UNSTABLE_BUILD_STD_FEATURES',
    'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS',
    'RUSTFLAGS',
  ]) {
    delete env[name];
  }
  const run = (command, args) => {
    try {
      execFileSync(command, args, { cwd: source, env, stdio: ['ignore', 'inherit', 'inherit'] });
    } catch (e) {
      fail(`building the studio: ${command} ${args.join(' ')} failed (${e.message.split('\n')[0]})`);
    }
  };
  const profile = release ? 'release' : 'debug';
  run('cargo', ['build', '-p', 'faq-studio', '--lib', '--target', 'wasm32-unknown-unknown', ...(release ? ['--release'] : [])]);
  const built = path.join(env.CARGO_TARGET_DIR, 'wasm32-unknown-unknown', profile, 'faq_studio.wasm');
  // wasm-bindgen and wasm-opt take about 9 s; their output is kept beside
  // cargo's, under the hash of cargo's .wasm, and reused while it is the same.
  const key = createHash('sha256').update(readFileSync(built)).digest('hex');
  const out = path.join(env.CARGO_TARGET_DIR, `web-${profile}`);
  const keyFile = path.join(out, 'source.sha256');
  if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'faq-studio', built]);
    const wasm = path.join(out, 'faq-studio_bg.wasm');
    if (release) run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals', wasm, '-o', wasm]);
    writeFileSync(keyFile, key);
  }
  for (const file of ['faq-studio.js', 'faq-studio_bg.wasm']) copyFileSync(path.join(out, file), path.join(stage, file));

  for (const file of ['studio.js', 'studio.css']) copyFileSync(path.join(source, 'studio', file), path.join(stage, file));
  let page = readFileSync(path.join(source, 'studio', 'studio.html'), 'utf8');
  for (const [placeholder, value] of [
    ['__FAQ_WASM_FILE__', wasmName],
    ['__FAQ_DATASET_NAME__', escapeHtml(path.basename(dataset))],
    ['__FAQ_DATASET__', escapeHtml(readFileSync(dataset, 'utf8'))],
  ]) {
    if (!page.includes(placeholder)) fail(`studio/studio.html lacks ${placeholder}`);
    page = page.replace(placeholder, () => value);
  }
  writeFileSync(path.join(stage, 'studio.html'), page);

  return ['faq-studio_bg.wasm', 'faq-studio.js', 'studio.js'].map((name) => {
    const bytes = readFileSync(path.join(stage, name));
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { name, raw: bytes.length, brotli };
  });
}
