// End-to-end tests of the embed layer: the <faq-widget> custom element that a
// host page includes with the snippet of dist/embed.html. Host pages
// are written here and served next to (or apart from) the built assets, in the
// system Chromium. Run: `node --test --test-concurrency=1 tests/e2e/`.
//
// The widget renders in the element's open shadow root: Playwright's selectors
// pierce it, in-page code reaches it through `host.shadowRoot`.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { DIST, SEL, useHarness, readBuilt, hostPage, snippetScript, deepActiveElement, escapeRegExp, refusedWasmConsole, withAssetsAt } from './harness.mjs';

const ENTRY = 'faq-widget.js';
/** Every question: the status counts them all. */
const QUESTION_COUNT = 45;
/** The red flags, shown as care cards above the list. */
const CARD_COUNT = 4;
/** The others, each a question button in the list. */
const LIST_COUNT = QUESTION_COUNT - CARD_COUNT;
const FIRST_QUESTION = 'What are back mice?';
const FIRST_SLUG = 'what-are-back-mice';
/** The debounce of `faq-search` is 600 ms; this wait is generously longer. */
const SEARCH_SETTLE_MS = 1_500;

/** dist/embed.html, the snippet a host pastes. */
const SNIPPET = readBuilt('embed.html');
/** Its module script tag, exactly as written (after the .wasm's preload hint). */
const SCRIPT_TAG = snippetScript();

/** The same markup with and without the widget's script, for comparisons. */
const OUTSIDE = `<p class="faq__status">A paragraph of the host's with the widget's status class.</p>
<button type="button" class="faq__question">A host button with the widget's question class</button>
<button type="button">A host button</button>`;
const MEASURED_BODY = `${OUTSIDE}
<div class="wrap"><faq-widget style="width: 600px"></faq-widget></div>`;

const HOSTILE_CSS = `
* { box-sizing: content-box !important; margin: 7px; padding: 9px; letter-spacing: 3px; text-transform: uppercase; line-height: 3 }
html { font-size: 10px }
button { background: red; border: 5px solid blue; font-size: 40px }
h2, h3 { font-size: 50px }
input { width: 50px }
div { display: inline }
faq-widget { display: inline !important; padding: 30px !important; border: 4px solid green !important }
`;

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** The host pages served on the assets' own origin (dist/ at `/`). */
const PAGES = {
  '/plain.html': hostPage({ body: MEASURED_BODY }),
  '/no-widget.html': hostPage({ body: MEASURED_BODY, script: '' }),
  '/hostile.html': hostPage({ head: `<style>${HOSTILE_CSS}</style>`, body: MEASURED_BODY }),
  '/csp.html': {
    // No inline style or script, and an icon from 'self' (a data: icon would be refused).
    body: hostPage({
      icon: '<link rel="icon" href="/favicon.ico">',
      body: '<main><h1>A strict page</h1><faq-widget></faq-widget></main>',
    }),
    headers: { 'Content-Security-Policy': CSP },
  },
  '/favicon.ico': { body: '', type: 'image/x-icon' },
  '/two.html': hostPage({
    body: `<section id="left"><faq-widget id="w1" heading="First widget"></faq-widget></section>
<section id="right"><faq-widget id="w2" heading="Second widget"></faq-widget></section>`,
  }),
  '/texts.html': hostPage({
    body: `<faq-widget lang="es"
  heading="Preguntas frecuentes"
  search-label="Buscar en las preguntas"
  placeholder="Por ejemplo: bulto, quiste"
  empty-text="Ninguna pregunta coincide con «{query}». Pruebe otras palabras."
  clear-text="Borrar la búsqueda"
  count-all="{count} preguntas en total"
  count-one="1 pregunta coincide"
  count-many="{count} preguntas"
  count-none="Ninguna pregunta coincide"></faq-widget>`,
  }),
  '/accent.html': hostPage({ body: '<faq-widget style="--faq-accent: rgb(200, 0, 100)"></faq-widget>' }),
  '/font-size.html': hostPage({ body: '<faq-widget style="--faq-font-size: 20px"></faq-widget>' }),
  '/background.html': hostPage({ body: '<faq-widget style="--faq-background: rgb(250, 240, 200)"></faq-widget>' }),
};

/** dist/ and PAGES, one origin, no CORS header; every test's console must stay clean (see harness.mjs). */
const h = useHarness({ pages: PAGES });

/** `text` (the snippet, or its script tag) with the addresses of the script and the .wasm made absolute, on `server`. */
function crossOrigin(text, server) {
  const out = withAssetsAt(text, server.url);
  assert.ok(out.includes(`src="${server.url}${ENTRY}"`), `the snippet has src="${ENTRY}"`);
  return out;
}

/** `sha384-` and the base64 SHA-384 of `bytes`, as in an integrity attribute. */
function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The attributes of the first tag in `html`, as an object. */
function attributesOf(tag) {
  const attrs = {};
  for (const [, name, , , quoted, bare] of tag.matchAll(/\s([a-z-]+)(=("([^"]*)"|([^\s>"]+)))?/gi)) {
    attrs[name] = quoted ?? bare ?? '';
  }
  return attrs;
}

/** A part inside widget `host` (a selector of the element), found by `sel`. */
function part(page, host, sel) {
  return page.locator(host).locator(sel);
}

/** The status text of widget `host`. */
async function statusOf(page, host = SEL.widget) {
  return (await part(page, host, '[role="status"]').textContent()).trim();
}

/** The question texts shown by widget `host`: its care cards' headings (label included), then its list. */
function questionsOf(page, host = SEL.widget) {
  return part(page, host, '.faq__card-heading, .faq__item:not([hidden]) .faq__question-text').allTextContents().then((t) => t.map((s) => s.trim()));
}

/** Waits until widget `host`'s status text matches `pattern`. */
async function waitForStatus(page, pattern, host = SEL.widget) {
  try {
    await page.waitForFunction(
      ({ host, source, flags }) => {
        const el = document.querySelector(host)?.shadowRoot?.querySelector('[role="status"]');
        return !!el && new RegExp(source, flags).test(el.textContent.trim());
      },
      { host, source: pattern.source, flags: pattern.flags },
      { timeout: 5_000 },
    );
  } catch {
    assert.fail(`status of ${host} never matched ${pattern}; it says ${JSON.stringify(await statusOf(page, host).catch(() => null))}`);
  }
}

/** Waits until widget `host` shows every question: the care cards and the list's buttons. */
async function waitForQuestions(page, host, timeout = 15_000) {
  await page.waitForFunction(
    ({ host, cards, list }) => {
      const root = document.querySelector(host)?.shadowRoot;
      return root?.querySelectorAll('.faq__card').length === cards && root.querySelectorAll('.faq__item:not([hidden]) .faq__question').length === list;
    },
    { host, cards: CARD_COUNT, list: LIST_COUNT },
    { timeout },
  );
}

/** Types `query` into widget `host`'s search box and checks that the status and list agree with a narrowed search. */
async function assertSearchWorks(page, host = SEL.widget, query = 'lipoma') {
  await part(page, host, 'input[type="search"]').pressSequentially(query);
  await waitForStatus(page, /^\d+ questions match$/, host);
  const shown = await questionsOf(page, host);
  assert.ok(shown.length > 0 && shown.length < QUESTION_COUNT, `"${query}" narrows the list (${shown.length} shown)`);
  assert.equal(await statusOf(page, host), `${shown.length} questions match`);
  const items = await part(page, host, '.faq__card, .faq__item:not([hidden])').allTextContents();
  assert.equal(items.length, shown.length, 'one card or list item per question shown');
  for (const text of items) assert.match(text, new RegExp(query, 'i'), 'every result mentions the query');
}

/** An init script recording the widget's events as they reach `document`. */
function recordEvents() {
  const log = [];
  Object.defineProperty(window, '__faqEvents', { value: log });
  for (const type of ['faq-open', 'faq-close', 'faq-search', 'faq-feedback']) {
    document.addEventListener(type, (e) => {
      log.push({
        type: e.type,
        detail: JSON.parse(JSON.stringify(e.detail)),
        bubbles: e.bubbles,
        composed: e.composed,
        target: e.target?.localName ?? null,
        dispatchedOn: e.composedPath()[0]?.localName ?? null,
      });
    });
  }
}

function recordedEvents(page, type) {
  return page.evaluate((type) => window.__faqEvents.filter((e) => !type || e.type === type), type);
}

describe('the embed snippet', () => {
  test("dist/embed.html is the .wasm's preload hint, the script with the SHA-384 of faq-widget.js, and <faq-widget> holding the static answers; index.html uses it exactly", async () => {
    const tags = [...SNIPPET.matchAll(/<(link|script)\b[^>]*>/g)].map(([tag, name]) => ({ name, attrs: attributesOf(tag) }));
    const wasmFile = readdirSync(DIST).find((f) => /^faq-widget-[0-9a-f]+_bg\.wasm$/.test(f));
    const integrity = sri(readFileSync(path.join(DIST, ENTRY)));
    assert.deepEqual(tags, [
      { name: 'link', attrs: { rel: 'preload', href: wasmFile, as: 'fetch', crossorigin: 'anonymous' } },
      { name: 'script', attrs: { type: 'module', src: ENTRY, integrity, crossorigin: 'anonymous' } },
    ]);
    const head = SNIPPET.slice(0, SNIPPET.indexOf(SCRIPT_TAG) + SCRIPT_TAG.length);
    assert.match(head, /^<link\b[^>]*>\n<script\b[^>]*><\/script>$/, 'the hint, then the script, and nothing between');
    const fallback = readFileSync(path.join(DIST, 'faq-fallback.html'), 'utf8');
    assert.equal(
      SNIPPET,
      `${head}\n<faq-widget>\n${fallback.trimEnd()}\n</faq-widget>\n`,
      'then the element holding faq-fallback.html, and nothing else',
    );
    assert.equal(readBuilt('embed-short.html'), `${head}\n<faq-widget></faq-widget>\n`, 'embed-short.html: the same without the static answers');
    const index = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    assert.ok(index.includes(SNIPPET.trimEnd()), 'index.html holds the whole snippet, exactly');

    // The snippet as a page of its own passes the browser's integrity check and renders.
    const page = await h.page('/embed.html');
    assert.equal((await part(page, SEL.widget, 'h2').textContent()).trim(), 'Frequently asked questions');
    assert.equal(await part(page, SEL.widget, '.faq__card').count(), CARD_COUNT);
    assert.equal(await part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').count(), LIST_COUNT);
  });

  test('pasted into a page on another origin, the snippet loads the widget from the asset origin and search works', async () => {
    const assets = await h.serve(DIST, { cors: true }); // dist/ with Access-Control-Allow-Origin: *
    const hosts = await h.serve(null, {
      // The whole of dist/embed.html pasted into the host's body, the src made absolute.
      pages: { '/cors.html': hostPage({ script: '', body: `<main><h1>A clinic elsewhere</h1>\n${crossOrigin(SNIPPET, assets)}</main>` }) },
    });
    const page = await h.page(`${hosts.url}cors.html`);
    await waitForQuestions(page, SEL.widget);
    assert.equal((await part(page, SEL.widget, 'h2').textContent()).trim(), 'Frequently asked questions');
    assert.equal(await statusOf(page), `${QUESTION_COUNT} questions`);
    assert.deepEqual(
      assets.requests.filter((r) => r.path === `/${ENTRY}` || r.path.endsWith('.wasm')).map((r) => [r.path.endsWith('.wasm') ? 'wasm' : r.path, r.status]).sort(),
      [[`/${ENTRY}`, 200], ['wasm', 200]],
      'the script and the .wasm came from the asset origin, once each',
    );
    assert.deepEqual(hosts.requests.map((r) => r.path), ['/cors.html'], 'nothing of the widget was asked of the host origin');
    await assertSearchWorks(page);
  });

  test('from an asset origin that sends no CORS header the widget does not load and the fallback content stays', async () => {
    const hosts = await h.serve(null, {
      pages: {
        '/no-cors.html': hostPage({
          script: crossOrigin(SCRIPT_TAG, h.server),
          body: '<faq-widget><p class="fallback">Call us on 01234 567890 with your questions.</p></faq-widget>',
        }),
      },
    });
    // The only reports are the browser's of the refused script: the behaviour under test.
    const script = `${h.server.url}${ENTRY}`;
    const expected = [
      new RegExp(`^console\\.error: Access to script at '${escapeRegExp(script)}' from origin '${escapeRegExp(hosts.origin)}' has been blocked by CORS policy`),
      new RegExp(`^requestfailed: GET ${escapeRegExp(script)} net::ERR_FAILED`),
      new RegExp(`^console\\.error: Failed to load resource: net::ERR_FAILED \\(${escapeRegExp(script)}`),
    ];
    const page = await h.page(`${hosts.url}no-cors.html`, { waitForWidget: false, expectConsole: expected });
    await page.waitForTimeout(SEARCH_SETTLE_MS);
    const state = await page.evaluate(() => ({
      defined: !!customElements.get('faq-widget'),
      shadow: !!document.querySelector('faq-widget').shadowRoot,
    }));
    assert.deepEqual(state, { defined: false, shadow: false }, 'the script was refused');
    assert.equal(await page.locator(SEL.question).count(), 0, 'no question rendered');
    assert.equal(await page.locator('faq-widget .fallback').isVisible(), true, "the host's fallback content is visible");
    const reported = h.problems(page);
    assert.ok(reported.some((e) => expected[0].test(e)), `the browser reported the CORS refusal:\n${reported.join('\n')}`);
  });
});

describe('a failed load', () => {
  test('a .wasm that fails its integrity check leaves the fallback content and logs one "faq-widget:" error', async () => {
    const wasmFile = readdirSync(DIST).find((f) => /^faq-widget-[0-9a-f]+_bg\.wasm$/.test(f));
    assert.ok(wasmFile, 'dist/ has the .wasm');
    const bytes = Buffer.from(readFileSync(path.join(DIST, wasmFile)));
    bytes[bytes.length - 1] ^= 0xff;
    const tampered = await h.serve(DIST, {
      pages: {
        [`/${wasmFile}`]: { body: bytes, type: 'application/wasm' },
        '/fallback.html': hostPage({ body: '<faq-widget><p class="fallback">Call us on 01234 567890 with your questions.</p></faq-widget>' }),
      },
    });
    const wasmUrl = `${tampered.url}${wasmFile}`;
    const page = await h.page(`${tampered.url}fallback.html`, {
      waitForWidget: false,
      // The browser's reports of the refused .wasm, and the widget's one message: the behaviour under test.
      expectConsole: refusedWasmConsole(wasmUrl),
    });
    await page.waitForFunction(() => !!customElements.get('faq-widget'), null, { timeout: 5_000 });
    await page.waitForTimeout(SEARCH_SETTLE_MS);
    assert.equal(tampered.requests.filter((r) => r.path === `/${wasmFile}`).length, 1, 'the .wasm was fetched');
    assert.equal(await page.locator(SEL.question).count(), 0, 'no question rendered');
    assert.equal(await page.evaluate(() => document.querySelector('faq-widget').shadowRoot), null, 'no shadow root hides the fallback');
    assert.equal(await page.locator('faq-widget .fallback').isVisible(), true, "the host's fallback content is visible");
    const reported = h.problems(page);
    const own = reported.filter((e) => e.startsWith('console.error: faq-widget:'));
    assert.equal(own.length, 1, `one "faq-widget:" error:\n${reported.join('\n')}`);
  });
});

describe('isolation from the host page', () => {
  /** Boxes of the widget's parts relative to the host element, and a question's computed style. */
  function measure(page) {
    return page.evaluate(() => {
      const host = document.querySelector('faq-widget');
      const root = host.shadowRoot;
      const h = host.getBoundingClientRect();
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x - h.x, y: r.y - h.y, width: r.width, height: r.height };
      };
      const hs = getComputedStyle(host);
      const q = root.querySelector('.faq__item:not([hidden]) .faq__question');
      const qs = getComputedStyle(q);
      // Inherited text properties (buttons reset some of them in the UA sheet, so look at text too).
      const text = (el) => {
        const cs = getComputedStyle(el);
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        return {
          inkWidth: r.width,
          fontSize: cs.fontSize,
          fontFamily: cs.fontFamily,
          letterSpacing: cs.letterSpacing,
          wordSpacing: cs.wordSpacing,
          textTransform: cs.textTransform,
          lineHeight: cs.lineHeight,
          fontStyle: cs.fontStyle,
          textAlign: cs.textAlign,
        };
      };
      return {
        host: { width: h.width, height: h.height, display: hs.display, padding: hs.padding, border: hs.borderTopWidth },
        section: box(root.querySelector('section.faq')),
        title: box(root.querySelector('h2.faq__title')),
        input: box(root.querySelector('input.faq__search-input')),
        status: box(root.querySelector('.faq__status')),
        questions: [...root.querySelectorAll('.faq__item:not([hidden]) .faq__question')].slice(0, 3).map(box),
        titleText: text(root.querySelector('h2.faq__title')),
        labelText: text(root.querySelector('label')),
        statusText: text(root.querySelector('.faq__status')),
        questionText: text(root.querySelector('.faq__question-text')),
        questionStyle: {
          fontSize: qs.fontSize,
          letterSpacing: qs.letterSpacing,
          textTransform: qs.textTransform,
          backgroundColor: qs.backgroundColor,
          lineHeight: qs.lineHeight,
          borderTopWidth: qs.borderTopWidth,
          padding: qs.padding,
          margin: qs.margin,
          display: qs.display,
        },
      };
    });
  }

  /** Computed styles of the host's own elements that reuse the widget's class names. */
  function outsideStyles(page) {
    return page.evaluate(() => {
      const props = ['display', 'width', 'minHeight', 'padding', 'margin', 'color', 'backgroundColor', 'fontSize', 'borderTopWidth', 'borderTopColor', 'cursor', 'textTransform'];
      const pick = (el) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el)[p]]));
      return {
        status: pick(document.querySelector('body > p.faq__status')),
        questionClass: pick(document.querySelector('body > button.faq__question')),
        button: pick(document.querySelector('body > button:not([class])')),
      };
    });
  }

  test("a hostile host stylesheet changes neither the widget's layout nor its text styles", async () => {
    const plain = await h.page('/plain.html');
    const hostile = await h.page('/hostile.html');
    const [a, b] = [await measure(plain), await measure(hostile)];
    assert.equal(a.host.width, 600, 'the host page sets the width');
    // The hostile rules are in force around the widget (its margin is the host's to set).
    assert.equal(await hostile.evaluate(() => getComputedStyle(document.querySelector('faq-widget')).marginTop), '7px');
    assert.equal(await hostile.evaluate(() => getComputedStyle(document.body).letterSpacing), '3px');
    assert.equal(b.host.display, 'block', ':host keeps display: block against !important host rules');
    assert.deepEqual(b, a, 'the hostile page renders the widget exactly like the plain page');
    assert.equal(a.questions.length, 3);
  });

  test("the widget's styles do not leak onto host elements, even those using its class names", async () => {
    const withWidget = await h.page('/plain.html');
    const without = await h.page('/no-widget.html', { waitForWidget: false });
    assert.equal(await without.locator(SEL.question).count(), 0, 'the control page has no widget');
    assert.deepEqual(await outsideStyles(withWidget), await outsideStyles(without), 'host elements look the same with and without the widget');

    // On the hostile page, the host's own rules still style the host's buttons.
    const hostile = await h.page('/hostile.html');
    const styles = await outsideStyles(hostile);
    for (const which of ['questionClass', 'button']) {
      assert.equal(styles[which].backgroundColor, 'rgb(255, 0, 0)', `${which}: host background`);
      assert.equal(styles[which].borderTopColor, 'rgb(0, 0, 255)', `${which}: host border`);
      assert.equal(styles[which].borderTopWidth, '5px', `${which}: host border width`);
      assert.equal(styles[which].fontSize, '40px', `${which}: host font size`);
    }
    assert.equal(styles.status.textTransform, 'uppercase', 'the host p keeps the host text-transform');

  });

  test("under a strict Content-Security-Policy the widget renders with its styles, search works and nothing is refused", async () => {
    const page = await h.page('/csp.html', {
      // The browser's report of the deliberate violation at the end, which shows the listener works.
      expectConsole: [/^console\.error: Loading the image 'data:image\/gif;base64,R0lGODlhAQABAAAAACw=' violates the following Content Security Policy directive/],
      initScript: () => {
        const seen = [];
        Object.defineProperty(window, '__violations', { value: seen });
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`), true);
      },
    });
    const response = await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')));
    assert.equal(response, CSP, 'the page is served with the policy');
    const styled = await part(page, SEL.widget, 'section.faq').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { borderTopStyle: cs.borderTopStyle, radius: cs.borderTopLeftRadius };
    });
    assert.deepEqual(styled, { borderTopStyle: 'solid', radius: '8px' }, "the widget's stylesheet applies");
    assert.equal(await part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').first().evaluate((el) => getComputedStyle(el).display), 'flex');
    await assertSearchWorks(page);
    await part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').first().click();
    assert.equal(await part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').first().getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no securitypolicyviolation event');
    assert.deepEqual(h.problems(page), [], 'the page reported nothing before the deliberate violation');

    // The listener works: a deliberate violation is seen (and reported).
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.alt = '';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(img);
    });
    await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 5_000 });
    assert.match((await page.evaluate(() => window.__violations))[0], /^img-src data/);
    const reported = h.problems(page);
    assert.ok(reported.every((e) => /img|image|Content Security Policy/i.test(e)), `only the deliberate violation is reported: ${reported.join('\n')}`);
  });
});

describe('several widgets and a changing page', () => {
  test('two widgets on one page are independent: searching or opening in one leaves the other as it was', async () => {
    const page = await h.page('/two.html');
    await waitForQuestions(page, '#w1');
    await waitForQuestions(page, '#w2');
    assert.equal((await part(page, '#w1', 'h2').textContent()).trim(), 'First widget');
    assert.equal((await part(page, '#w2', 'h2').textContent()).trim(), 'Second widget');

    await assertSearchWorks(page, '#w1');
    await page.waitForTimeout(SEARCH_SETTLE_MS);
    assert.equal(await statusOf(page, '#w2'), `${QUESTION_COUNT} questions`);
    assert.equal(await part(page, '#w2', '.faq__card').count(), CARD_COUNT, 'the other widget still shows every care card');
    assert.equal(await part(page, '#w2', '.faq__item:not([hidden]) .faq__question').count(), LIST_COUNT, 'the other widget still lists every question');
    assert.equal(await part(page, '#w2', 'input').inputValue(), '');

    const second = part(page, '#w2', '.faq__item:not([hidden]) .faq__question').first();
    await second.click();
    assert.equal(await second.getAttribute('aria-expanded'), 'true');
    assert.equal(await part(page, '#w1', '.faq__item:not([hidden]) .faq__question[aria-expanded="true"]').count(), 0, 'nothing opened in the first widget');
    // Each widget's label points at its own input (ids are per shadow root).
    assert.equal(await part(page, '#w2', 'input').evaluate((el) => el.labels.length === 1 && el.labels[0].getRootNode() === el.getRootNode()), true);
  });

  test('a widget element inserted by script a second after load renders and works', async () => {
    const page = await h.page('/plain.html');
    await page.evaluate(() => {
      setTimeout(() => {
        const el = document.createElement('faq-widget');
        el.id = 'late';
        el.setAttribute('heading', 'Added later');
        document.body.append(el);
      }, 1_000);
    });
    await waitForQuestions(page, '#late');
    assert.equal((await part(page, '#late', 'h2').textContent()).trim(), 'Added later');
    await assertSearchWorks(page, '#late', 'cyst');
  });

  test('a widget removed from the page and added again renders afresh and works', async () => {
    const page = await h.page('/two.html');
    await waitForQuestions(page, '#w1');
    await part(page, '#w1', 'input').pressSequentially('cyst');
    await waitForStatus(page, /questions? match/, '#w1');

    await page.evaluate(() => {
      window.__removed = document.querySelector('#w1');
      window.__removed.remove();
    });
    await page.waitForTimeout(200);
    assert.deepEqual(
      await page.evaluate(() => ({
        connected: window.__removed.isConnected,
        rendered: window.__removed.shadowRoot.querySelectorAll('section.faq, .faq__question').length,
      })),
      { connected: false, rendered: 0 },
      'the removed widget was destroyed',
    );
    await page.evaluate(() => document.querySelector('#right').append(window.__removed));
    await waitForQuestions(page, '#w1');
    assert.equal(await part(page, '#w1', 'input').inputValue(), '', 'a fresh widget: the old query is gone');
    assert.equal(await statusOf(page, '#w1'), `${QUESTION_COUNT} questions`);
    assert.equal(await page.evaluate(() => document.querySelector('#w1').shadowRoot.querySelectorAll('section.faq').length), 1, 'one widget in the shadow root');
    await assertSearchWorks(page, '#w1');
    const first = part(page, '#w1', '.faq__item:not([hidden]) .faq__question').first();
    await first.click();
    assert.equal(await first.getAttribute('aria-expanded'), 'true');
  });

  test('moving a widget to another parent keeps its typed query and results', async () => {
    const page = await h.page('/two.html');
    await waitForQuestions(page, '#w1');
    await part(page, '#w1', 'input').pressSequentially('cyst');
    await waitForStatus(page, /questions? match/, '#w1');
    const before = { status: await statusOf(page, '#w1'), questions: await questionsOf(page, '#w1') };
    await part(page, '#w1', '.faq__item:not([hidden]) .faq__question').first().click();

    await page.evaluate(() => document.querySelector('#right').appendChild(document.querySelector('#w1')));
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => document.querySelector('#w1').parentElement.id), 'right', 'the element moved');
    assert.equal(await part(page, '#w1', 'input').inputValue(), 'cyst', 'the query is kept');
    assert.equal(await statusOf(page, '#w1'), before.status);
    assert.deepEqual(await questionsOf(page, '#w1'), before.questions, 'the results are kept');
    assert.equal(await part(page, '#w1', '.faq__item:not([hidden]) .faq__question').first().getAttribute('aria-expanded'), 'true', 'the open answer stays open');

    // Still alive after the move.
    await part(page, '#w1', 'input').fill('');
    await waitForStatus(page, new RegExp(`^${QUESTION_COUNT} questions$`), '#w1');
  });
});

describe('attributes', () => {
  test('texts given as attributes replace the defaults: heading, label, placeholder, counts, empty text and clear button', async () => {
    const page = await h.page('/texts.html');
    assert.equal((await part(page, SEL.widget, 'h2').textContent()).trim(), 'Preguntas frecuentes');
    const input = page.getByLabel('Buscar en las preguntas', { exact: true });
    assert.equal(await input.count(), 1, 'the search box is labelled by the search-label text');
    assert.equal(await input.getAttribute('placeholder'), 'Por ejemplo: bulto, quiste');
    assert.equal(await statusOf(page), `${QUESTION_COUNT} preguntas en total`);

    await input.pressSequentially('lipoma');
    await waitForStatus(page, /^\d+ preguntas$/);
    assert.equal(await statusOf(page), `${(await questionsOf(page)).length} preguntas`);

    await input.fill('excruciating');
    await waitForStatus(page, /^1 pregunta coincide$/);
    assert.equal((await questionsOf(page)).length, 1);

    await input.fill('xylophone');
    await waitForStatus(page, /^Ninguna pregunta coincide$/);
    assert.equal(
      (await part(page, SEL.widget, '.faq__empty-text').textContent()).trim(),
      'Ninguna pregunta coincide con «xylophone». Pruebe otras palabras.',
    );
    const clear = page.getByRole('button', { name: 'Borrar la búsqueda', exact: true });
    assert.equal(await clear.count(), 1);
    await clear.click();
    await waitForStatus(page, /^45 preguntas en total$/);
  });

  test('changing the heading attribute after mount updates the heading and keeps the search', async () => {
    const page = await h.page('/plain.html');
    const heading = part(page, SEL.widget, 'h2');
    assert.equal((await heading.textContent()).trim(), 'Frequently asked questions');
    await part(page, SEL.widget, 'input').pressSequentially('cyst');
    await waitForStatus(page, /questions? match/);
    const status = await statusOf(page);

    await page.evaluate(() => document.querySelector('faq-widget').setAttribute('heading', 'Lumps and bumps'));
    await page.waitForFunction(
      () => document.querySelector('faq-widget').shadowRoot.querySelector('h2').textContent.trim() === 'Lumps and bumps',
      null,
      { timeout: 5_000 },
    );
    assert.equal(await part(page, SEL.widget, 'input').inputValue(), 'cyst', 'the query is kept');
    assert.equal(await statusOf(page), status);
  });
});

describe('events', () => {
  test('clicking a question fires a bubbling, composed faq-open on the element, and clicking again fires faq-close', async () => {
    const page = await h.page('/plain.html', { initScript: recordEvents });
    const first = part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').first();
    await first.click();
    const afterFirst = { expanded: await first.getAttribute('aria-expanded'), events: await recordedEvents(page) };
    await first.click();
    const afterSecond = { expanded: await first.getAttribute('aria-expanded'), events: await recordedEvents(page) };
    const common = { bubbles: true, composed: true, target: 'faq-widget', dispatchedOn: 'faq-widget', detail: { slug: FIRST_SLUG, question: FIRST_QUESTION } };
    const opened = { type: 'faq-open', ...common };
    const closed = { type: 'faq-close', ...common };
    assert.deepEqual(
      { afterFirst, afterSecond },
      { afterFirst: { expanded: 'true', events: [opened] }, afterSecond: { expanded: 'false', events: [opened, closed] } },
    );
  });

  test('typing "lipoma" fires exactly one faq-search after the pause, with the query and the number of questions shown', async () => {
    const page = await h.page('/plain.html', { initScript: recordEvents });
    await part(page, SEL.widget, 'input').pressSequentially('lipoma');
    await page.waitForTimeout(SEARCH_SETTLE_MS);
    const shown = (await questionsOf(page)).length;
    assert.ok(shown > 0 && shown < QUESTION_COUNT);
    assert.deepEqual(await recordedEvents(page), [
      { type: 'faq-search', bubbles: true, composed: true, target: 'faq-widget', dispatchedOn: 'faq-widget', detail: { query: 'lipoma', count: shown } },
    ]);
  });

  test('a query that returns to the last reported one fires no second faq-search', async () => {
    const page = await h.page('/plain.html', { initScript: recordEvents });
    const input = part(page, SEL.widget, 'input');
    await input.pressSequentially('cyst');
    await page.waitForTimeout(SEARCH_SETTLE_MS);
    assert.equal((await recordedEvents(page, 'faq-search')).length, 1);
    await input.press('s');
    await input.press('Backspace');
    await page.waitForTimeout(SEARCH_SETTLE_MS);
    assert.deepEqual((await recordedEvents(page, 'faq-search')).map((e) => e.detail.query), ['cyst']);
  });

  test('no faq-search (or any other widget event) fires at start-up', async () => {
    const page = await h.page('/plain.html', { initScript: recordEvents });
    await page.waitForTimeout(SEARCH_SETTLE_MS);
    assert.deepEqual(await recordedEvents(page), []);
  });
});

describe('privacy', () => {
  test('once rendered, searching and opening answers makes no network request', async () => {
    const page = await h.page('/plain.html');
    const requests = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await assertSearchWorks(page);
    await part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').first().click();
    await part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').nth(1).click();
    await part(page, SEL.widget, 'input').fill('xylophone');
    await waitForStatus(page, /^No questions match$/);
    await page.getByRole('button', { name: 'Clear search' }).click();
    await waitForStatus(page, /^45 questions$/);
    await page.waitForTimeout(SEARCH_SETTLE_MS);
    assert.deepEqual(requests, []);
  });

  test('the widget sets no cookie and stores nothing in localStorage or sessionStorage', async () => {
    const page = await h.page('/plain.html');
    await assertSearchWorks(page);
    await part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').first().click();
    await page.waitForTimeout(SEARCH_SETTLE_MS);
    const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(stored, { cookie: '', local: 0, session: 0 });
    const cookies = await page.context().cookies();
    assert.deepEqual(cookies, [], 'no cookie in the browser context');
  });

  test('the widget adds no global name to window besides defining its custom element', async () => {
    const names = (page) => page.evaluate(() => ({ keys: Object.keys(window), own: Object.getOwnPropertyNames(window) }));
    const baseline = await h.page('/no-widget.html', { waitForWidget: false });
    const widget = await h.page('/plain.html');
    await assertSearchWorks(widget);
    const [a, b] = [await names(baseline), await names(widget)];
    assert.deepEqual(b.keys.filter((k) => !a.keys.includes(k)), [], 'Object.keys(window) has nothing new');
    assert.deepEqual(b.own.filter((k) => !a.own.includes(k)), [], 'nor do the non-enumerable own properties');
    assert.equal(await widget.evaluate(() => typeof customElements.get('faq-widget')), 'function');
  });
});

describe('theming', () => {
  test('--faq-accent on the element colours the focused question outline and the clear button', async () => {
    const page = await h.page('/accent.html');
    await part(page, SEL.widget, 'input').focus();
    // Past the care cards' "Was this helpful?" buttons and "Show all answers", to the first question.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.querySelector('faq-widget').shadowRoot.activeElement?.classList.contains('faq__question'))) break;
    }
    const focused = await page.evaluateHandle(deepActiveElement);
    const outline = await focused.evaluate((el) => {
      const cs = getComputedStyle(el);
      return { question: el.classList.contains('faq__question'), visible: el.matches(':focus-visible'), style: cs.outlineStyle, width: cs.outlineWidth, color: cs.outlineColor };
    });
    assert.deepEqual(outline, { question: true, visible: true, style: 'solid', width: '3px', color: 'rgb(200, 0, 100)' });

    await part(page, SEL.widget, 'input').fill('xylophone');
    await waitForStatus(page, /^No questions match$/);
    const clear = part(page, SEL.widget, '.faq__clear');
    assert.equal(await clear.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(200, 0, 100)');
  });

  test('--faq-font-size on the element scales the widget text: questions at 1.0625 × 20 px', async () => {
    const fontSize = (page) => part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const plain = await h.page('/plain.html');
    const themed = await h.page('/font-size.html');
    const [normal, large] = [await fontSize(plain), await fontSize(themed)];
    assert.ok(large > normal, `larger than the default (${large} > ${normal})`);
    assert.ok(Math.abs(large - 21.25) < 0.01, `21.25px (got ${large}px)`);
  });

  test('in dark mode the widget background is the dark default', async () => {
    const background = (page) => part(page, SEL.widget, 'section.faq').evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await h.page('/plain.html');
    const dark = await h.page('/plain.html', { colorScheme: 'dark' });
    assert.equal(await background(light), 'rgb(255, 255, 255)');
    assert.equal(await background(dark), 'rgb(21, 33, 31)', 'the dark default #15211f');
  });

  test("in dark mode a host's --faq-background is kept", async () => {
    const background = (page) => part(page, SEL.widget, 'section.faq').evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await h.page('/background.html');
    const dark = await h.page('/background.html', { colorScheme: 'dark' });
    assert.equal(await background(light), 'rgb(250, 240, 200)');
    assert.equal(await background(dark), 'rgb(250, 240, 200)');
  });

  test('with prefers-reduced-motion: reduce the answer icon has no transition', async () => {
    const duration = (page) => part(page, SEL.widget, '.faq__icon').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    const reduced = await h.page('/plain.html', { reducedMotion: 'reduce' });
    const normal = await h.page('/plain.html', { reducedMotion: 'no-preference' });
    assert.equal(await duration(reduced), '0s');
    assert.notEqual(await duration(normal), '0s', 'without the preference the icon does animate (control)');
  });
});

describe('assets', () => {
  test('the .wasm is fetched next to the script, as application/wasm, when page and script are in different directories', async () => {
    const nested = await h.serve(DIST, {
      base: '/assets/',
      pages: { '/sub/page.html': hostPage({ script: SCRIPT_TAG.replace(`src="${ENTRY}"`, `src="/assets/${ENTRY}"`), body: '<faq-widget></faq-widget>' }) },
    });
    const page = await h.page(`${nested.url}sub/page.html`);
    const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    const wasm = entries.filter((p) => p.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `one .wasm fetched: ${JSON.stringify(entries)}`);
    assert.match(wasm[0], /^\/assets\/faq-widget-[0-9a-f]+_bg\.wasm$/, 'relative to the script, not the page');
    const served = nested.requests.filter((r) => r.path.endsWith('.wasm'));
    assert.deepEqual(served.map((r) => [r.path, r.status, r.type]), [[wasm[0], 200, 'application/wasm']]);
    assert.equal(nested.requests.some((r) => r.path.startsWith('/sub/') && r.path !== '/sub/page.html'), false, 'nothing was asked relative to the page');
    assert.equal(await part(page, SEL.widget, '.faq__card').count(), CARD_COUNT);
    assert.equal(await part(page, SEL.widget, '.faq__item:not([hidden]) .faq__question').count(), LIST_COUNT);
  });
});
