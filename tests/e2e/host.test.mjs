// The widget on site builders that put an "embed HTML" block in a sandboxed
// frame (Wix-style: <iframe sandbox="allow-scripts" srcdoc="…">). Its
// document's address is about:srcdoc, so "Copy link" must not offer
// about:srcdoc#faq-…: it uses the page-url attribute, else the referrer when
// it is the address of a page (not just a site), else it is left out. Also: faq-search does not fire
// when the widget starts. Run after `trunk build --release`:
// `node --test tests/e2e/host.test.mjs`. Every test's console must stay clean
// (see harness.mjs), the frame's included.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { useHarness, readBuilt } from './harness.mjs';

/** The debounce of `faq-search` is 600 ms; this wait is generously longer. */
const SEARCH_SETTLE_MS = 1_500;
const SLUG = 'what-are-back-mice';
const PAGE_URL = 'https://clinic.example/patients/faq?lang=en';

/** The snippet's script tag (dist/embed.html), with integrity and crossorigin. */
const SCRIPT_TAG = readBuilt('embed.html').match(/<script\b[^>]*><\/script>/)[0];

/**
 * dist/ from a CDN-like server: the sandboxed frame's origin is opaque, so its
 * requests for the widget's assets are cross-origin.
 */
const h = useHarness({ cors: true });

/** `text` escaped for a double-quoted attribute. */
const attribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * A host page that embeds the widget as a site builder does: the snippet,
 * from the widget's server, inside `<iframe sandbox="allow-scripts" srcdoc>`.
 * In the frame, a stub clipboard records what is copied (`window.__copied`)
 * and `faq-search` events are recorded (`window.__searches`).
 */
function builderPage({ widgetAttributes = '', referrer = 'no-referrer' }) {
  const script = SCRIPT_TAG.replace(/src="[^"]*"/, `src="${h.server.url}faq-widget.js"`);
  const frame = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<script>
  window.__copied = [];
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: (text) => (window.__copied.push(text), Promise.resolve()) },
  });
  window.__searches = [];
  document.addEventListener('faq-search', (e) => window.__searches.push(e.detail));
</script>
${script}
</head>
<body><faq-widget ${widgetAttributes}></faq-widget></body>
</html>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="referrer" content="${referrer}">
  <link rel="icon" href="data:,">
  <title>A clinic on a site builder</title>
</head>
<body>
  <main>
    <h1>Patient questions</h1>
    <iframe title="Frequently asked questions" sandbox="allow-scripts" style="width: 100%; height: 600px"
      srcdoc="${attribute(frame)}"></iframe>
  </main>
</body>
</html>
`;
}

/**
 * Serves the host page `name` on its own server (another origin than the
 * assets), opens it and waits for the widget in its frame.
 */
async function openBuilder(name) {
  const pages = {
    '/no-referrer.html': () => builderPage({}),
    // The browser's default: a sandboxed frame gets only the host's origin.
    '/default-policy.html': () => builderPage({ referrer: 'strict-origin-when-cross-origin' }),
    '/page-url.html': () => builderPage({ widgetAttributes: `page-url="${PAGE_URL}#faq-top"` }),
    '/referrer.html': () => builderPage({ referrer: 'unsafe-url' }),
  };
  const hosts = await h.serve(null, { pages: { [`/${name}`]: pages[`/${name}`]() } });
  const page = await h.page(`${hosts.url}${name}`, { waitForWidget: false });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.locator('faq-widget .faq__question').first().waitFor({ state: 'attached', timeout: 15_000 });
  return { hosts, frame };
}

/** Opens the first answer of the list in `frame` and resolves to its item. */
async function openFirstAnswer(frame) {
  const item = frame.locator('faq-widget .faq__item:not([hidden])', { has: frame.locator(`#faq-q-${SLUG}`) });
  await item.locator('.faq__question').click();
  await item.locator('.faq__feedback').waitFor();
  return item;
}

describe('in a sandboxed srcdoc frame (site builders)', () => {
  for (const [name, referrer, why] of [
    ['no-referrer.html', () => '', 'none (referrer policy no-referrer)'],
    ['default-policy.html', (hosts) => hosts.url, "only the host's origin (the default referrer policy)"],
  ]) {
    test(`with ${why} as referrer, an open answer offers no "Copy link" (its address would be about:srcdoc)`, async () => {
      const { hosts, frame } = await openBuilder(name);
      assert.deepEqual(await frame.evaluate(() => [location.href, document.referrer]), ['about:srcdoc', referrer(hosts)]);
      const item = await openFirstAnswer(frame);
      assert.equal(await item.locator('.faq__copy').count(), 0);
      assert.equal(await item.locator('.faq__tools').count(), 0);
      assert.equal(await item.locator('.faq__feedback-button').count(), 2, 'the rest of the open answer is there');
    });
  }

  test('with page-url, "Copy link" copies a link to that page, its own fragment replaced by #faq-<slug>', async () => {
    const { frame } = await openBuilder('page-url.html');
    const item = await openFirstAnswer(frame);
    await item.locator('.faq__copy').click();
    await frame.locator('faq-widget .faq__announce', { hasText: 'Link copied' }).waitFor({ state: 'attached' });
    assert.deepEqual(await frame.evaluate(() => window.__copied), [`${PAGE_URL}#faq-${SLUG}`]);
  });

  test('without page-url, "Copy link" points to the host page when it sends its address as referrer', async () => {
    const { hosts, frame } = await openBuilder('referrer.html');
    const referrer = await frame.evaluate(() => document.referrer);
    assert.equal(referrer, `${hosts.url}referrer.html`, 'the host page sends its full address (referrer policy unsafe-url)');
    const item = await openFirstAnswer(frame);
    await item.locator('.faq__copy').click();
    await frame.locator('faq-widget .faq__announce', { hasText: 'Link copied' }).waitFor({ state: 'attached' });
    assert.deepEqual(await frame.evaluate(() => window.__copied), [`${hosts.url}referrer.html#faq-${SLUG}`]);
  });

  test('faq-search does not fire when the widget starts; typing fires one with the query and the count', async () => {
    const { frame } = await openBuilder('page-url.html');
    await frame.waitForTimeout(SEARCH_SETTLE_MS);
    assert.deepEqual(await frame.evaluate(() => window.__searches), [], 'nothing at start-up');
    await frame.locator('faq-widget input[type="search"]').pressSequentially('lipoma');
    await frame.waitForTimeout(SEARCH_SETTLE_MS);
    const shown = await frame.locator('faq-widget .faq__item:not([hidden]) .faq__question, faq-widget .faq__card').count();
    assert.ok(shown > 0 && shown < 45, `"lipoma" narrows the list (${shown} shown)`);
    assert.deepEqual(await frame.evaluate(() => window.__searches), [{ query: 'lipoma', count: shown }]);
  });
});
