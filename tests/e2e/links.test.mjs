// Deep links, print, and what patients see when the WebAssembly cannot run.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { SEL, useHarness, readBuilt, runAxe, formatViolations, deepActiveElement } from './harness.mjs';

const index = readBuilt('index.html');
// The demo page's inline icon (data:) is allowed, so that the only thing refused is the .wasm.
const noWasmCsp = "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self' 'unsafe-inline'";

/** dist/ (its demo page at `/`) and the failure pages; every test's console must stay clean (see harness.mjs). */
const h = useHarness({
  pages: {
    '/no-wasm.html': { body: index, headers: { 'Content-Security-Policy': noWasmCsp } },
    // The demo page and its script, in a folder without the .wasm (a 404).
    '/missing-wasm/index.html': { body: index },
    '/missing-wasm/faq-widget.js': {
      body: readBuilt('faq-widget.js'),
      type: 'text/javascript',
    },
  },
});

async function focusedQuestion(page) {
  return page.evaluate(deepActiveElement).then((el) => el);
}

describe('deep links, print and failures', () => {
  test('opening the page with #faq-<slug> opens that answer, scrolls to it and focuses its question', async () => {
    const page = await h.page('/#faq-why-does-my-back-pimple-hurt');
    const button = page.locator('.faq__item:not([hidden]) .faq__question', { hasText: 'Why does my back pimple hurt?' });
    await page.waitForFunction(() => {
      const root = document.querySelector('faq-widget')?.shadowRoot;
      return root?.activeElement?.textContent === 'Why does my back pimple hurt?';
    });
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.ok(await button.isVisible());
    const box = await button.boundingBox();
    assert.ok(box.y >= 0 && box.y < 800, `scrolled into view (y = ${box.y})`);
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
  });

  test("opening the page with the #faq-<slug> of a red flag opens its answer in full, scrolls to it and focuses its question", async () => {
    const slug = 'how-do-i-know-if-my-back-pain-is-serious';
    const page = await h.page(`/#faq-${slug}`);
    await page.waitForFunction(
      (id) => document.querySelector('faq-widget')?.shadowRoot?.activeElement?.id === id,
      `faq-q-${slug}`,
      { timeout: 5_000 },
    ).catch(async () => {
      const focused = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el ? `<${el.tagName.toLowerCase()} id="${el.id}">` : null;
      });
      assert.fail(`the question #faq-q-${slug} never got focus (focused: ${focused})`);
    });
    const question = page.locator(`faq-widget #faq-q-${slug}`);
    assert.deepEqual(
      await question.evaluate((b) => ({
        tag: b.tagName,
        cls: b.className,
        inBlock: !!b.closest('section.faq__urgent .faq__card'),
        expanded: b.getAttribute('aria-expanded'),
      })),
      { tag: 'BUTTON', cls: 'faq__card-question', inBlock: true, expanded: 'true' },
      "the focused element is the red flag's question, in the Urgent advice block, open",
    );
    const box = await question.boundingBox();
    // Scrolled to the top of the viewport (allowing for sub-pixel scroll positions).
    assert.ok(box.y > -1 && box.y + box.height <= 800, `scrolled into view (y = ${box.y}, height ${box.height})`);
    const card = page.locator('faq-widget .faq__card', { has: page.locator(`#faq-q-${slug}`) });
    assert.ok(await card.locator('ol').isVisible(), 'its answer is visible in full');
    assert.equal(await card.locator('.faq__feedback').count(), 1, 'with "Was this helpful?"');
    assert.equal(await page.locator('faq-widget .faq__card-question[aria-expanded="true"]').count(), 1, 'the other red flags stay closed');
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
  });

  test('following a #faq-<slug> link later opens that answer and focuses it', async () => {
    const page = await h.page('/');
    await page.locator(SEL.question).first().waitFor();
    await page.evaluate(() => { location.hash = '#faq-does-lipoma-go-away'; });
    await page.waitForFunction(() => {
      const root = document.querySelector('faq-widget')?.shadowRoot;
      return root?.activeElement?.textContent === 'Does lipoma go away?';
    });
    const button = page.locator('.faq__item:not([hidden]) .faq__question', { hasText: 'Does lipoma go away?' });
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
  });

  test('show all, then printing: every answer is shown, in the care cards and the list, and the controls are not', async () => {
    const page = await h.page('/');
    await page.locator('.faq__show-all').click();
    assert.equal(await page.locator('.faq__item:not([hidden]) .faq__question').count(), 41, 'the list holds the 41 questions that are not red flags');
    assert.equal(await page.locator('.faq__item:not([hidden]) .faq__question[aria-expanded="true"]').count(), 41, 'every listed answer is open');
    assert.equal(await page.locator('.faq__card-question[aria-expanded="true"]').count(), 4, "and every red flag's answer");
    assert.equal((await page.locator('.faq__show-all').textContent()).trim(), 'Hide all answers');
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    await page.locator('.faq__show-all').click();
    // One answer and one red flag open: their controls exist (a collapsed answer has none), and must not print.
    await page.locator('.faq__item:not([hidden]) .faq__question').first().click();
    await page.locator('.faq__card-question').first().click();
    await page.emulateMedia({ media: 'print' });
    const answers = page.locator('.faq__answer');
    assert.equal(await answers.count(), 41);
    for (let i = 0; i < 41; i++) assert.ok(await answers.nth(i).isVisible(), `answer ${i} printed`);
    const cards = page.locator('.faq__card');
    assert.equal(await cards.count(), 4);
    for (let i = 0; i < 4; i++) {
      assert.ok(await cards.nth(i).locator('.faq__card-heading').isVisible(), `card ${i}: heading printed`);
      assert.ok(await cards.nth(i).locator('.faq__card-body').isVisible(), `card ${i}: answer printed, open or not`);
    }
    assert.equal(await page.locator('.faq__search-input').isVisible(), false);
    assert.equal(await page.locator('.faq__show-all').isVisible(), false);
    const feedback = page.locator('.faq__feedback');
    assert.equal(await feedback.count(), 2, '"Was this helpful?" is under the open answer and the open red flag');
    for (let i = 0; i < 2; i++) assert.equal(await feedback.nth(i).isVisible(), false, `feedback ${i} is not printed`);
    assert.equal(await page.locator('.faq__copy').count(), 1, '"Copy link" is under the open answer only');
    assert.equal(await page.locator('.faq__copy').isVisible(), false, '"Copy link" is not printed');
    assert.ok(await page.locator('.faq__title').isVisible(), 'the heading is printed');
  });

  // The reports are the behaviour under test: the widget's one message, and
  // (for the 404) the browser's own reports of the .wasm it could not get.
  const missingWasm = String.raw`http://127\.0\.0\.1:\d+/missing-wasm/faq-widget-[0-9a-f]+_bg\.wasm`;
  for (const [name, url, expectConsole] of [
    [
      'a policy without wasm-unsafe-eval',
      '/no-wasm.html',
      [/^console\.error: faq-widget: the widget could not start; its fallback content stays\. CompileError: .*Content Security policy/],
    ],
    [
      'the .wasm missing (404)',
      '/missing-wasm/index.html',
      [
        new RegExp(`^HTTP 404: GET ${missingWasm}$`),
        new RegExp(`^console\\.error: Failed to load resource: the server responded with a status of 404 \\(Not Found\\) \\(${missingWasm}:0\\)$`),
        // The 404 page is not the bytes the script's integrity hash names.
        new RegExp(`^console\\.error: Failed to find a valid digest in the 'integrity' attribute for resource '${missingWasm}'`),
        new RegExp(`^console\\.error: Fetch API cannot load ${missingWasm}\\. SRI's integrity checks failed\\.`),
        /^console\.error: faq-widget: the widget could not start; its fallback content stays\. TypeError: Failed to fetch/,
      ],
    ],
  ]) {
    test(`with ${name}, the fallback stays readable and the widget logs one message`, async () => {
      const page = await h.page(url, { waitForWidget: false, expectConsole });
      // Give the module time to try, fail and log.
      await page.waitForTimeout(1500);
      assert.equal(await page.locator('faq-widget details').count(), 45);
      assert.ok(await page.locator('faq-widget details > summary').first().isVisible(), 'the fallback is visible');
      assert.equal(await page.locator('.faq__item:not([hidden]) .faq__question').count(), 0);
      const reported = h.problems(page);
      const ours = reported.filter((e) => e.includes('faq-widget:'));
      assert.equal(ours.length, 1, reported.join('\n'));
      assert.equal(await page.locator('faq-widget details[open]').count(), 4, 'the red flags are open');
      if (!url.startsWith('/no-wasm')) {
        // (Under that policy axe itself could not be injected.)
        const id = await page.locator('faq-widget details:not([open])').first().getAttribute('id');
        const closed = page.locator(`faq-widget details[id="${id}"]`);
        await closed.locator('summary').click();
        assert.equal(await closed.evaluate((d) => d.open), true, 'a closed answer opens');
        const violations = await runAxe(page);
        assert.deepEqual(violations, [], `axe on the static fallback (red flags open, one more answer opened):\n${formatViolations(violations)}`);
      }
    });
  }
});

/** The list's item whose question is `question`. */
const itemOf = (page, question) => page.locator('.faq__item:not([hidden])', { has: page.locator('.faq__question', { hasText: question }) });

/** Opens "Does lipoma go away?", clicks "Copy link", and checks the link shown to copy by hand. */
async function copyByHand(page) {
  const item = itemOf(page, 'Does lipoma go away?');
  await item.locator('.faq__question').click();
  await item.locator('.faq__copy').click();
  const input = page.locator('.faq__link');
  await input.waitFor();
  assert.equal(await input.inputValue(), `${h.server.url}#faq-does-lipoma-go-away`);
}

describe('copy link', () => {
  test('"Copy link" under an open answer copies its #faq-<slug> link and says so politely', async () => {
    const page = await h.page('/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
    const item = page.locator('.faq__item:not([hidden])', { has: page.locator('.faq__question', { hasText: 'What are back mice?' }) });
    await item.locator('.faq__question').click();
    await item.locator('.faq__copy').click();
    await page.locator('.faq__announce', { hasText: 'Link copied' }).waitFor({ state: 'attached' });
    assert.equal(await page.locator('.faq__announce').getAttribute('aria-live'), 'polite');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${h.server.url}#faq-what-are-back-mice`);
  });

  test('without a working clipboard, the link is shown selected for copying by hand', async () => {
    const page = await h.page('/', {
      initScript: () => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new Error('denied')) },
        });
      },
    });
    await copyByHand(page);
    const selected = await page.evaluate(() => {
      const el = document.querySelector('faq-widget').shadowRoot.activeElement;
      return { cls: el?.className, all: el?.selectionStart === 0 && el?.selectionEnd === el?.value.length };
    });
    assert.deepEqual(selected, { cls: 'faq__link', all: true });
  });

  test('on a page with no Clipboard API (plain http:), the link is shown for copying by hand and nothing throws', async () => {
    // Outside a secure context `navigator.clipboard` is undefined; the
    // harness fails the test on any page error or console error.
    const page = await h.page('/', {
      initScript: () => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
      },
    });
    assert.equal(await page.evaluate(() => navigator.clipboard), undefined);
    await copyByHand(page);
    // The widget still answers: another answer opens.
    const other = itemOf(page, 'What are back mice?');
    await other.locator('.faq__question').click();
    await other.locator('.faq__question[aria-expanded="true"]').waitFor();
  });
});
