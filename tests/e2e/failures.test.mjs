// What a patient and the host page see when the widget itself fails: a Rust
// panic (in a build made with FAQ_TEST_PANIC=1, served from FAQ_PANIC_DIST),
// and a server that sends the .wasm with the wrong MIME type.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { DIST, SEED_ENTRIES, useHarness, readBuilt, runAxe, formatViolations } from './harness.mjs';

const PANIC_DIST = process.env.FAQ_PANIC_DIST ? path.resolve(process.env.FAQ_PANIC_DIST) : null;

/** The snippet `embed.html` of a build, for host pages. */
function snippet(dist) {
  return readBuilt('embed.html', dist).replace(/<faq-widget[\s\S]*<\/faq-widget>/, '');
}

/** A host page with two widgets, each holding its own static content, and a host button. */
function hostPage(dist) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Clinic</title>${snippet(dist)}</head>
<body><main>
  <h1>Clinic</h1>
  <button id="host-button" onclick="this.dataset.clicks = Number(this.dataset.clicks || 0) + 1">Host button</button>
  <faq-widget id="w1"><p class="static">Static answers one</p></faq-widget>
  <faq-widget id="w2"><p class="static">Static answers two</p></faq-widget>
</main></body></html>`;
}

/** Each test serves its own build; every test's console must stay clean but for what it declares (see harness.mjs). */
const h = useHarness();

describe('failures', () => {
  test('a panic stops only its own widget: it shows its static content, a note and Try again, logs once, and the page and the other widgets keep working', { skip: PANIC_DIST ? false : 'FAQ_PANIC_DIST is not set (scripts/test.sh builds it)' }, async () => {
    const server = await h.serve(PANIC_DIST, { pages: { '/host.html': hostPage(PANIC_DIST) } });
    const STOPPED = /^console\.error: faq-widget: the widget stopped after an internal error; showing its static content\. [\s\S]*test panic/;
    // One report per panic: the behaviour under test.
    const page = await h.page(`${server.url}host.html`, { expectConsole: [STOPPED] });
    /** What a widget shows: its note, its question count, and whether its static content is visible. */
    const shown = async (id) => ({
      ...(await page.evaluate((sel) => {
        const root = document.querySelector(sel).shadowRoot;
        return {
          note: root?.querySelector('p.faq-stopped[role=status]')?.textContent ?? null,
          questions: root?.querySelectorAll('.faq__item:not([hidden]) .faq__question').length ?? 0,
        };
      }, id)),
      staticVisible: await page.locator(`${id} > p.static`).isVisible(),
    });
    const NOTE = 'The interactive questions stopped working.';
    /** Searches a running widget and resolves once its first result's question has `expected` (in any case). */
    const searchWorks = async (id, query, expected) => {
      await page.locator(`${id} input.faq__search-input`).fill(query);
      await page.waitForFunction(
        ([sel, text]) => document.querySelector(sel).shadowRoot.querySelector('.faq__item:not([hidden]) .faq__question')?.textContent.toLowerCase().includes(text.toLowerCase()),
        [id, expected],
      );
    };
    await page.locator('#w2 .faq__question').first().waitFor();
    await page.locator('#w1 .faq__question').first().waitFor();
    await page.evaluate(() => {
      window.__panics = [];
      window.addEventListener('faq-widget-panic', (event) => window.__panics.push(event.target.id));
    });

    await page.locator('#w1 input.faq__search-input').fill('__panic__');
    await page.waitForFunction(() => document.querySelector('#w1').shadowRoot.querySelector('slot') !== null);
    assert.deepEqual(await shown('#w1'), { note: NOTE, questions: 0, staticVisible: true });
    // The event bubbles from the widget that stopped, for the host page to see.
    assert.deepEqual(await page.evaluate(() => window.__panics), ['w1']);
    // The stopped widget's note and button are accessible.
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));

    // The other widget is untouched and still searches.
    assert.deepEqual(await shown('#w2'), { note: null, questions: SEED_ENTRIES.filter((e) => !e.urgent).length, staticVisible: false });
    await searchWorks('#w2', 'angiolipoma', 'Angiolipoma');

    // The host page is untouched and still works.
    await page.locator('#host-button').click();
    assert.equal(await page.locator('#host-button').getAttribute('data-clicks'), '1');

    // The stopped instance's listener on window still fires on a hash change; it
    // must neither run nor log, while the running widget follows the link.
    await page.locator('#w2 input.faq__search-input').fill('');
    await page.evaluate(() => {
      location.hash = '#faq-why-does-my-back-pimple-hurt';
    });
    await page.waitForFunction(() => document.querySelector('#w2').shadowRoot.activeElement?.id === 'faq-q-why-does-my-back-pimple-hurt');

    // A widget added afterwards starts in an instance of its own and works.
    await page.evaluate(() => {
      const late = document.createElement('faq-widget');
      late.id = 'w3';
      late.innerHTML = '<p class="static">Static answers three</p>';
      document.querySelector('main').append(late);
    });
    await page.locator('#w3 .faq__question').first().waitFor();
    await searchWorks('#w3', 'lipoma', 'lipoma');

    // A second panic, in another widget, stops that one only, and logs once more.
    await page.locator('#w2 input.faq__search-input').fill('__panic__');
    await page.waitForFunction(() => document.querySelector('#w2').shadowRoot.querySelector('slot') !== null);
    assert.deepEqual(await shown('#w2'), { note: NOTE, questions: 0, staticVisible: true });
    await searchWorks('#w3', 'back mice', 'back mice');
    assert.deepEqual(await page.evaluate(() => window.__panics), ['w1', 'w2']);

    // "Try again" starts the stopped widget afresh, in a new instance, and
    // gives its search box focus.
    await page.evaluate(() => history.replaceState(null, '', location.pathname)); // no deep link to follow
    const retry = page.locator('#w1 button.faq-retry');
    assert.equal((await retry.textContent()).trim(), 'Try again');
    await retry.click();
    await page.locator('#w1 .faq__question').first().waitFor();
    assert.deepEqual(await shown('#w1'), { note: null, questions: SEED_ENTRIES.filter((e) => !e.urgent).length, staticVisible: false });
    await page.waitForFunction(() => document.querySelector('#w1').shadowRoot.activeElement?.matches('input.faq__search-input'));
    await searchWorks('#w1', 'angiolipoma', 'Angiolipoma');

    await page.waitForTimeout(300);
    const errors = h.problems(page);
    assert.equal(errors.length, 2, `one error per panic: ${JSON.stringify(errors, null, 2)}`);
    for (const error of errors) {
      assert.match(error, STOPPED);
    }
  });

  test('a .wasm served as application/octet-stream still loads (compiled from its bytes, with one warning) and both widgets search', async () => {
    const wasm = readdirSync(DIST).find((f) => /^faq-widget-[0-9a-f]+_bg\.wasm$/.test(f));
    const server = await h.serve(DIST, {
      pages: {
        '/host.html': hostPage(DIST),
        [`/${wasm}`]: { body: readFileSync(path.join(DIST, wasm)), type: 'application/octet-stream' },
      },
    });
    const page = await h.page(`${server.url}host.html`, {
      waitForWidget: false,
      // The warning that tells the host's web person why: the behaviour under test.
      expectConsole: [/^console\.warning: faq-widget: .*is served as "application\/octet-stream", not "application\/wasm"/],
    });
    await page.locator('#w1 .faq__question').first().waitFor();
    // Only now is the .wasm sure to have been requested.
    assert.equal(server.requests.find((r) => r.path === `/${wasm}`)?.type, 'application/octet-stream');
    await page.locator('#w1 input.faq__search-input').fill('angiolipoma');
    await page.waitForFunction(() => document.querySelector('#w1').shadowRoot.querySelector('.faq__item:not([hidden]) .faq__question')?.textContent.includes('Angiolipoma'));
    await page.locator('#w2 input.faq__search-input').fill('back mice');
    await page.waitForFunction(() => document.querySelector('#w2').shadowRoot.querySelector('.faq__item:not([hidden]) .faq__question')?.textContent.includes('back mice'));
    // Two widgets, two instances, one download.
    assert.equal(server.requests.filter((r) => r.path === `/${wasm}`).length, 1);
    const reported = h.problems(page);
    assert.deepEqual(reported.filter((r) => !r.startsWith('console.warning: ')), []);
    // The host's web person is told why, once for the page (the .wasm is compiled once).
    const warnings = reported.filter((r) => r.startsWith('console.warning: ')).map((r) => r.slice('console.warning: '.length));
    const told = warnings.filter((w) => w.startsWith('faq-widget:'));
    assert.equal(told.length, 1, JSON.stringify(warnings));
    assert.match(told[0], /is served as "application\/octet-stream", not "application\/wasm"/);
  });
});
