// The default snippet (dist/embed.html) on a host page of another origin, as
// a clinic pastes it: a preload hint that starts the .wasm's download at once,
// the script, and <faq-widget> holding the static answers. The assets
// come from a CDN-like server (CORS, dist/); the host page from another.
// Responses are held back (startServer's `hold`) to look at the page while a
// file is on its way. Run after `trunk build --release`:
// `node --test tests/e2e/snippet.test.mjs`. Every test's console must stay
// clean but for what it declares (see harness.mjs): no "preloaded but not
// used" warning, no credentials or integrity mismatch.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { DIST, SEED_ENTRIES, useHarness, readBuilt, escapeRegExp, refusedWasmConsole, withAssetsAt } from './harness.mjs';

const ENTRY = 'faq-widget.js';
const WASM_FILE = readdirSync(DIST).find((f) => /^faq-widget-[0-9a-f]+_bg\.wasm$/.test(f));
/** The static answers open with the red flags: the first of them, from data/faq.txt. */
const FIRST_QUESTION = SEED_ENTRIES.find((e) => e.urgent).question;
/** A phone's viewport (Lighthouse's mobile one). */
const PHONE = { width: 412, height: 823 };
/** Chromium warns about an unused preload "a few seconds" after the load event; this wait is longer. */
const PRELOAD_WARNING_MS = 4_000;

/** `text` as a RegExp source that matches it literally. */

/** No site of the file's own: each test serves the assets and its host page. */
const h = useHarness();

/** A release that `hold` hands out and the test resolves. */
function gate() {
  let open;
  const opened = new Promise((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Resolves once `server` has received a request for `pathname`, or rejects after `ms`. */
async function requested(server, pathname, ms) {
  const until = Date.now() + ms;
  while (!server.requests.some((r) => r.path === pathname)) {
    if (Date.now() > until) throw new Error(`no request for ${pathname} within ${ms} ms; requests: ${JSON.stringify(server.requests.map((r) => r.path))}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Serves dist/ as a CDN would (CORS), with `hold`, and a host page on another
 * origin holding `snippet` (a file of dist/) with the assets' addresses made
 * absolute, between a heading and a paragraph of the host's.
 */
async function serveHost(snippet, { hold } = {}) {
  const assets = await h.serve(DIST, { cors: true, hold });
  const pasted = withAssetsAt(readBuilt(snippet), assets.url);
  assert.ok(pasted.includes(`<link rel="preload" href="${assets.url}${WASM_FILE}"`), `${snippet} preloads ${WASM_FILE}`);
  const hosts = await h.serve(null, {
    pages: {
      '/clinic.html': `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A clinic elsewhere</title>
<link rel="icon" href="data:,">
</head>
<body>
<main>
<h1>Patient questions</h1>
${pasted}
<p id="after">Call us on 01234 567890.</p>
</main>
</body>
</html>
`,
    },
  });
  return { assets, url: `${hosts.url}clinic.html` };
}

/** The requests `server` received for the script and the .wasm, as [path, status]. */
function widgetRequests(server) {
  return server.requests.filter((r) => r.path === `/${ENTRY}` || r.path === `/${WASM_FILE}`).map((r) => [r.path, r.status]);
}

/** The script's and the .wasm's paths, sorted as `widgetRequests(…).sort()` sorts them. */
const FILES = [`/${ENTRY}`, `/${WASM_FILE}`].sort();

/** In the page: the first static answer's question, if it is on screen (laid out, inside the viewport). */
function fallbackQuestionOnScreen() {
  const summary = document.querySelector('faq-widget .faq-fallback summary');
  const box = summary?.getBoundingClientRect();
  const shown = !!box && box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
  return shown ? summary.textContent.trim() : null;
}

describe('the default snippet on a host page of another origin', () => {
  for (const snippet of ['embed.html', 'embed-short.html']) {
    test(`${snippet}: the script and the .wasm are each downloaded once (the .wasm's preload is used) and the console stays clean`, async () => {
      const { assets, url } = await serveHost(snippet);
      const page = await h.page(url, { viewport: PHONE });
      await page.locator('faq-widget .faq__search-input').waitFor({ state: 'visible' });
      // Chromium reports an unused or mismatched preload a few seconds after the load event (the harness fails the test on it).
      await page.waitForTimeout(PRELOAD_WARNING_MS);
      assert.deepEqual(widgetRequests(assets).sort(), FILES.map((p) => [p, 200]), 'one request each');
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      assert.deepEqual(fetched.filter((p) => p.endsWith('.js') || p.endsWith('.wasm')).sort(), FILES, 'the page fetched each once');
      assert.equal(await page.locator('faq-widget .faq__card').count(), SEED_ENTRIES.filter((e) => e.urgent).length, 'the widget runs');
    });
  }

  test('the .wasm is requested before the script has arrived, both from the HTML alone', async () => {
    const script = gate();
    const { assets, url } = await serveHost('embed.html', { hold: (p) => (p === `/${ENTRY}` ? script.opened : undefined) });
    const page = await h.page(url, { viewport: PHONE, waitUntil: 'commit', waitForWidget: false });
    try {
      await requested(assets, `/${ENTRY}`, 10_000);
      await requested(assets, `/${WASM_FILE}`, 10_000);
      assert.deepEqual(widgetRequests(assets).filter(([p]) => p === `/${ENTRY}`), [[`/${ENTRY}`, 0]], 'the .wasm was asked for while the script is still held back');
    } finally {
      script.open();
    }
    await page.locator('faq-widget .faq__search-input').waitFor({ state: 'visible' });
    assert.equal(widgetRequests(assets).length, 2, 'and neither again');
  });

  test('the first question is on screen before the script and the .wasm arrive, and the widget then takes its place without moving it', async () => {
    const files = gate();
    const held = new Set([`/${ENTRY}`, `/${WASM_FILE}`]);
    const { assets, url } = await serveHost('embed.html', { hold: (p) => (held.has(p) ? files.opened : undefined) });
    const page = await h.page(url, { viewport: PHONE, waitUntil: 'commit', waitForWidget: false });
    /** Where the FAQ is: its first box (the static answers' block, then the widget's root) and the host's paragraph after it. */
    const layout = () =>
      page.evaluate(() => {
        const host = document.querySelector('faq-widget');
        const first = host.shadowRoot?.querySelector('.faq-root') ?? host.querySelector('.faq-fallback');
        const box = first.getBoundingClientRect();
        return {
          left: box.left,
          top: box.top,
          width: box.width,
          bottom: box.bottom,
          after: document.getElementById('after').getBoundingClientRect().top,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
    try {
      await requested(assets, `/${ENTRY}`, 10_000);
      await requested(assets, `/${WASM_FILE}`, 10_000);
      await page.waitForFunction(fallbackQuestionOnScreen, null, { timeout: 10_000 });
      assert.equal(await page.evaluate(fallbackQuestionOnScreen), FIRST_QUESTION, 'the first red flag, from the HTML alone');
      assert.equal(await page.evaluate(() => document.querySelector('faq-widget').shadowRoot), null, 'the widget has not started');
      assert.deepEqual(widgetRequests(assets).sort(), FILES.map((p) => [p, 0]), 'both files are still on their way');
      const before = await layout();
      assert.equal(before.overflow, 0, 'the static answers fit the phone');
      assert.ok(before.bottom <= before.after, "the host's paragraph follows the static answers");
      files.open();
      await page.locator('faq-widget .faq__search-input').waitFor({ state: 'visible' });
      const after = await layout();
      assert.deepEqual([after.left, after.top, after.width], [before.left, before.top, before.width], 'the widget starts where the static answers did, as wide');
      assert.equal(after.overflow, 0, 'the widget fits the phone');
      assert.ok(after.bottom > after.top && after.bottom <= after.after, "the host's paragraph follows the widget");
    } finally {
      files.open();
    }
    assert.equal(await page.locator('faq-widget .faq-fallback').isVisible(), false, 'the static answers are no longer shown beside the widget');
    assert.match(await page.locator('faq-widget .faq__card-heading').first().textContent(), new RegExp(escapeRegExp(FIRST_QUESTION)), 'the widget opens with the same red flag');
  });

  test('a .wasm other than the one the script names is refused, even preloaded, and the static answers stay', async () => {
    const wasm = Buffer.from(readFileSync(path.join(DIST, WASM_FILE)));
    wasm[wasm.length - 1] ^= 0xff;
    const assets = await h.serve(DIST, { cors: true, pages: { [`/${WASM_FILE}`]: { body: wasm, type: 'application/wasm', headers: { 'Access-Control-Allow-Origin': '*' } } } });
    const pasted = withAssetsAt(readBuilt('embed.html'), assets.url);
    const hosts = await h.serve(null, {
      pages: { '/clinic.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title><link rel="icon" href="data:,"></head><body><main><h1>Clinic</h1>${pasted}</main></body></html>` },
    });
    const wasmUrl = `${assets.url}${WASM_FILE}`;
    const page = await h.page(`${hosts.url}clinic.html`, {
      viewport: PHONE,
      waitForWidget: false,
      // The browser's reports of the refused .wasm, and the widget's one message: the behaviour under test.
      expectConsole: refusedWasmConsole(wasmUrl),
    });
    await page.waitForFunction(() => !!customElements.get('faq-widget'), null, { timeout: 10_000 });
    await page.waitForTimeout(PRELOAD_WARNING_MS);
    assert.equal(assets.requests.filter((r) => r.path === `/${WASM_FILE}`).length, 1, 'the .wasm was downloaded once (the preload)');
    assert.equal(await page.evaluate(() => document.querySelector('faq-widget').shadowRoot), null, 'the widget never started');
    assert.equal(await page.evaluate(fallbackQuestionOnScreen), FIRST_QUESTION, 'the static answers stay on screen');
  });

  test('without JavaScript the page holds every answer, the red flags open', async () => {
    const { url } = await serveHost('embed.html');
    const page = await h.page(url, { viewport: PHONE, javaScriptEnabled: false });
    assert.equal(await page.evaluate(fallbackQuestionOnScreen), FIRST_QUESTION);
    const summaries = (await page.locator('faq-widget details > summary').allTextContents()).map((t) => t.trim());
    assert.deepEqual([...summaries].sort(), SEED_ENTRIES.map((e) => e.question).sort(), 'every question of data/faq.txt');
    const open = await page.locator('faq-widget details[open] > summary').allTextContents();
    assert.deepEqual(open.map((t) => t.trim()), SEED_ENTRIES.filter((e) => e.urgent).map((e) => e.question));
    assert.equal(await page.locator('faq-widget details[open] p').first().isVisible(), true, "a red flag's answer is readable without a click");
  });
});
