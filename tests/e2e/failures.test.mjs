// What a patient and the host page see when the widget itself fails: a Rust
// panic (in a build made with FAQ_TEST_PANIC=1, served from FAQ_PANIC_DIST),
// and a server that sends the .wasm with the wrong MIME type.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { DIST, startServer, launchBrowser, openPage } from './harness.mjs';

const PANIC_DIST = process.env.FAQ_PANIC_DIST ? path.resolve(process.env.FAQ_PANIC_DIST) : null;

/** The snippet `embed.html` of a build, for host pages. */
function snippet(dist) {
  return readFileSync(path.join(dist, 'embed.html'), 'utf8').replace(/<faq-widget[\s\S]*<\/faq-widget>/, '');
}

/** A host page with two widgets, each holding its own static content, and a host button. */
function hostPage(dist) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Clinic</title>${snippet(dist)}</head>
<body>
  <button id="host-button" onclick="this.dataset.clicks = Number(this.dataset.clicks || 0) + 1">Host button</button>
  <faq-widget id="w1"><p class="static">Static answers one</p></faq-widget>
  <faq-widget id="w2"><p class="static">Static answers two</p></faq-widget>
</body></html>`;
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('failures', () => {
  test('a panic in one widget leaves every widget showing its static content and a note, logged once, and the page keeps working', { skip: PANIC_DIST ? false : 'FAQ_PANIC_DIST is not set (scripts/test.sh builds it)' }, async () => {
    const server = await startServer(PANIC_DIST, { pages: { '/host.html': hostPage(PANIC_DIST) } });
    const { page, errors, close } = await openPage(browser, `${server.url}host.html`);
    try {
      await page.locator('#w2 .faq__question').first().waitFor();
      await page.locator('#w1 input.faq__search-input').fill('__panic__');
      for (const id of ['#w1', '#w2']) {
        await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('slot') !== null, id);
        const shown = await page.evaluate((sel) => {
          const host = document.querySelector(sel);
          return {
            note: host.shadowRoot.querySelector('p[role=status]')?.textContent,
            questions: host.shadowRoot.querySelectorAll('.faq__question').length,
          };
        }, id);
        assert.deepEqual(shown, { note: 'The interactive questions stopped working. Reload the page to try again.', questions: 0 }, id);
        assert.ok(await page.locator(`${id} > p.static`).isVisible(), `${id}'s static content is shown`);
      }
      // The host page is untouched and still works.
      await page.locator('#host-button').click();
      assert.equal(await page.locator('#host-button').getAttribute('data-clicks'), '1');
      // A widget added afterwards keeps its own content (the module does not start it).
      await page.evaluate(() => {
        const late = document.createElement('faq-widget');
        late.id = 'w3';
        late.innerHTML = '<p class="static">Static answers three</p>';
        document.body.append(late);
      });
      await page.waitForTimeout(300);
      assert.ok(await page.locator('#w3 > p.static').isVisible());
      assert.equal(await page.evaluate(() => document.querySelector('#w3').shadowRoot), null);
      await page.waitForTimeout(300);
      assert.equal(errors.length, 1, `exactly one error is logged: ${JSON.stringify(errors, null, 2)}`);
      assert.match(errors[0], /^console\.error: faq-widget: the widget stopped after an internal error; showing its static content\. [\s\S]*test panic/);
    } finally {
      await close();
      await server.close();
    }
  });

  test('a .wasm served as application/octet-stream still loads (compiled from its bytes) and search works', async () => {
    const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
    const server = await startServer(DIST, {
      pages: {
        '/host.html': hostPage(DIST),
        [`/${wasm}`]: { body: readFileSync(path.join(DIST, wasm)), type: 'application/octet-stream' },
      },
    });
    const { page, errors, close } = await openPage(browser, `${server.url}host.html`, { waitForWidget: false });
    try {
      await page.locator('#w1 .faq__question').first().waitFor();
      // Only now is the .wasm sure to have been requested.
      assert.equal(server.requests.find((r) => r.path === `/${wasm}`)?.type, 'application/octet-stream');
      await page.locator('#w1 input.faq__search-input').fill('angiolipoma');
      await page.waitForFunction(() => document.querySelector('#w1').shadowRoot.querySelector('.faq__question')?.textContent.includes('Angiolipoma'));
      assert.deepEqual(errors, []);
    } finally {
      await close();
      await server.close();
    }
  });
});
