// faq-pack (core/src/bin/faq-pack.rs) against the release build in dist/:
// packing the seed gives the build's own files byte for byte (so the
// packer's snippets, names and hashes are the build's: embed/build.mjs and
// faq_core::pack cannot drift apart), and another dataset packed into the
// same .wasm is what its widget shows, on another origin, with every
// Subresource Integrity check holding. Also: a .wasm whose `faq` section is
// missing or damaged leaves the host's content on screen and says why.
// Run after a release build (`scripts/release.sh`): `node --test tests/e2e/pack.test.mjs`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DIST, ROOT, SEL, useHarness, readBuilt, withAssetsAt } from './harness.mjs';

/** The files faq-pack writes (the .wasm besides). */
const FILES = ['faq-widget.js', 'embed.html', 'embed-short.html', 'faq-fallback.html', 'faq.jsonld'];
const WASM = /^faq-widget-[0-9a-f]+_bg\.wasm$/;
/** A five-question dental clinic, one of them a red flag. */
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'pack-clinic.txt');
const FIXTURE_QUESTIONS = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .filter((line) => line.endsWith('?'))
  .map((line) => line.replace(/^! /, ''));

const h = useHarness();

/** Runs faq-pack (built by cargo if needed); its standard output and error. */
function faqPack(...args) {
  return execFileSync('cargo', ['run', '--quiet', '-p', 'faq-core', '--bin', 'faq-pack', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A new temporary directory, removed after the test. */
function scratch(t) {
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-pack-e2e-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const wasmIn = (dir) => {
  const found = readdirSync(dir).filter((f) => WASM.test(f));
  assert.equal(found.length, 1, `one .wasm in ${dir}: ${found}`);
  return found[0];
};
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Serves `assets` as a CDN would (CORS) and a page on another origin holding
 * `snippet` (a file of `assets`) with the assets' addresses made absolute.
 */
async function serveHost(assets, snippet = 'embed.html') {
  const cdn = await h.serve(assets, { cors: true });
  const pasted = withAssetsAt(readFileSync(path.join(assets, snippet), 'utf8'), cdn.url);
  const host = await h.serve(null, {
    pages: {
      '/clinic.html': `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Another clinic</title>
<link rel="icon" href="data:,">
</head>
<body>
<main>
<h1>Dental questions</h1>
${pasted}
</main>
</body>
</html>
`,
    },
  });
  return { cdn, url: `${host.url}clinic.html` };
}

test('faq-pack of the seed into the release build gives its files byte for byte', (t) => {
  const out = scratch(t);
  faqPack('data/faq.txt', '--from', DIST, '--out', out);
  const wasm = wasmIn(DIST);
  assert.deepEqual(readdirSync(out).sort(), [...FILES, wasm].sort());
  for (const file of [...FILES, wasm]) {
    assert.ok(readFileSync(path.join(out, file)).equals(readFileSync(path.join(DIST, file))), `${file} differs from dist/${file}`);
  }
});

test('another dataset packed into the release build is what the widget shows, with every integrity check holding', async (t) => {
  const out = scratch(t);
  faqPack(FIXTURE, '--from', DIST, '--out', out);
  const wasm = wasmIn(out);
  assert.notEqual(wasm, wasmIn(DIST), 'a new .wasm name');
  // The names and hashes chain up: snippet -> script -> .wasm.
  const script = readFileSync(path.join(out, 'faq-widget.js'));
  const snippet = readFileSync(path.join(out, 'embed.html'), 'utf8');
  assert.ok(snippet.includes(`integrity="${sri(script)}"`), 'the snippet has the new script hash');
  assert.ok(snippet.includes(`href="${wasm}"`), 'the snippet preloads the new .wasm');
  assert.ok(script.toString().includes(sri(readFileSync(path.join(out, wasm)))), 'the script has the new .wasm hash');
  assert.equal(snippet.includes(readBuilt('faq-fallback.html')), false, "the seed's static answers are gone");

  const { cdn, url } = await serveHost(out);
  const page = await h.page(url);
  const cards = await page.$$eval('faq-widget .faq__card-heading', (els) =>
    els.map((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('.faq__card-icon, .faq__card-label').forEach((e) => e.remove());
      return copy.textContent.trim();
    }),
  );
  const list = await page.$$eval(`${SEL.question} .faq__question-text`, (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual([...cards, ...list], FIXTURE_QUESTIONS);
  assert.match(await page.locator('faq-widget .faq__review').textContent(), /Dr R\. Osei/);
  await page.locator('faq-widget input.faq__search-input').fill('wisdom');
  await page.locator(`${SEL.question} .faq__question-text`, { hasText: 'wisdom tooth' }).waitFor();
  assert.equal(await page.locator(SEL.question).count(), 1);
  assert.deepEqual(
    cdn.requests.map((r) => [r.path, r.status]).sort(),
    [['/faq-widget.js', 200], [`/${wasm}`, 200]].sort(),
    'each file downloaded once',
  );
});

/** `wasm` with its `faq` section (the first, where embed/build.mjs puts it) replaced by `contents` (or dropped if null). */
function withSection(wasm, contents) {
  const start = 8;
  let pos = start + 1;
  let size = 0;
  let shift = 0;
  let byte;
  do {
    byte = wasm[pos++];
    size += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  assert.equal(wasm[start], 0, 'the first section is a custom one');
  assert.equal(wasm.subarray(pos, pos + 4).toString('latin1'), '\x03faq', 'named faq');
  const rest = wasm.subarray(pos + size);
  if (contents === null) return Buffer.concat([wasm.subarray(0, start), rest]);
  const section = Buffer.concat([Buffer.from('\x03faq', 'latin1'), contents]);
  assert.ok(section.length < 128, 'a one-byte size');
  return Buffer.concat([wasm.subarray(0, start), Buffer.from([0, section.length]), section, rest]);
}

for (const [what, contents, message] of [
  ['without its faq section', null, /byte 0: the bundle ends early/],
  ['with a damaged faq section', Buffer.from('FAQ\u0009damaged'), /byte 3: a bundle of format version 9/],
]) {
  test(`a .wasm ${what} leaves the host's content on screen and says why`, async (t) => {
    const dir = scratch(t);
    cpSync(DIST, dir, { recursive: true });
    const name = wasmIn(dir);
    const before = readFileSync(path.join(dir, name));
    const after = withSection(before, contents);
    writeFileSync(path.join(dir, name), after);
    // The script's own hash of the .wasm follows, so the download is accepted and start-up is what fails.
    const script = readFileSync(path.join(dir, 'faq-widget.js'), 'utf8');
    writeFileSync(path.join(dir, 'faq-widget.js'), script.replace(sri(before), sri(after)));
    writeFileSync(path.join(dir, 'embed-short.html'), `<script type="module" src="faq-widget.js"></script>\n<faq-widget><p id="static">Call us.</p></faq-widget>\n`);
    const { url } = await serveHost(dir, 'embed-short.html');
    const page = await h.page(url, {
      waitForWidget: false,
      // The widget's one report: the behaviour under test.
      expectConsole: [new RegExp(`^console\\.error: faq-widget: the widget could not start; its fallback content stays\\. Error: the FAQ data \\(the \\.wasm's custom section "faq"\\) is missing or corrupt: ${message.source}`)],
    });
    for (let waited = 0; h.problems(page).length === 0; waited += 50) {
      assert.ok(waited < 15_000, 'the widget reports its failure within 15 s');
      await page.waitForTimeout(50);
    }
    assert.ok(await page.locator('#static').isVisible(), "the host's content is on screen");
    assert.equal(await page.locator(SEL.question).count(), 0);
  });
}
