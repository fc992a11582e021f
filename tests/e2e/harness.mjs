// The end-to-end tests' one lifecycle. Every file in tests/e2e/ calls
// `useHarness()` once, at its top, and the harness does the rest:
//
// - before the first test, it starts the file's static server, if it was
//   given a site to serve (127.0.0.1 only, an OS-chosen port), and launches
//   the system Chromium (the Debian package, never a download), once a file;
// - `h.page(url)` opens `url` in a fresh browser context and records what the
//   browser reports for it: console errors and warnings, uncaught page errors
//   and failed requests (network failures, HTTP status >= 400);
// - after each test, it fails the test if one of its pages reported something
//   the test did not declare with `expectConsole`, or never reported something
//   it did; then it closes the test's pages and the servers it started;
// - after the last test, it closes the browser and the file's server.
//
//   const h = useHarness({ pages: { '/host.html': HOST } }); // dist/, and a host page
//
//   test('the first question is on screen before any click', async () => {
//     const page = await h.page('/host.html');
//     …
//   });
//
//   test('a panic stops only its widget', async () => {
//     const page = await h.page('/host.html', {
//       // The panic's one report is the behaviour under test.
//       expectConsole: [/^console\.error: faq-widget: the widget stopped/],
//     });
//     …
//   });
//
// Also here: the seed's entries, the widget's selectors, axe-core, and the
// pieces the harness is made of (`startServer`, `launchBrowser`, `openPage`),
// for the benchmark, which is a script and not a node:test file.

import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import assert from 'node:assert/strict';
import { before, beforeEach, afterEach, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository root (two levels above this file). */
export const ROOT = path.resolve(here, '..', '..');

/** The directory served by default: the trunk build output, or `FAQ_DIST`. */
export const DIST = path.resolve(process.env.FAQ_DIST ?? path.join(ROOT, 'dist'));

/**
 * The entries of data/faq.txt in file order, read independently of the
 * widget: each question (lines ending in "?", after the front matter) and
 * whether it is a red flag ("! " before it).
 */
export const SEED_ENTRIES = readFileSync(path.join(ROOT, 'data', 'faq.txt'), 'utf8')
  .replace(/^\uFEFF/, '')
  .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line.endsWith('?'))
  .map((line) => ({ urgent: line.startsWith('! '), question: line.replace(/^!\s+/, '').replace(/^\[FAQ\]:\s*/, '') }));

/** axe-core's browser bundle. */
const AXE_PATH = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Selectors of the widget's parts. The widget renders in the open shadow root
 * of `<faq-widget>`: Playwright's CSS selectors and locators pierce open shadow
 * roots, `document.querySelector` does not (use `host.shadowRoot`).
 */
/**
 * Waits until every widget on the page has rendered its whole list (at
 * start-up a widget renders a few entries per task, its list `aria-busy`
 * meanwhile).
 */
export async function listsComplete(page, timeout = 15_000) {
  await page.waitForFunction(
    () => ![...document.querySelectorAll('faq-widget')].some((w) => w.shadowRoot?.querySelector('.faq__list[aria-busy]')),
    null,
    { timeout },
  );
}

/**
 * Selectors of what a patient sees: items a search does not show stay in the
 * DOM, hidden (so typing does not re-create them), and are left out here.
 */
/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What the console says when the browser refuses the `.wasm` at `wasmUrl`
 * (its integrity check failed), the widget's one message included: pass as
 * `expectConsole`.
 */
export function refusedWasmConsole(wasmUrl) {
  const url = escapeRegExp(wasmUrl);
  return [
    new RegExp(`^console\\.error: Failed to find a valid digest in the 'integrity' attribute for resource '${url}'`),
    new RegExp(`^console\\.error: Fetch API cannot load ${url}\\. SRI's integrity checks failed\\.`),
    /^console\.error: faq-widget: the widget could not start; its fallback content stays\. TypeError: Failed to fetch/,
  ];
}

export const SEL = {
  widget: 'faq-widget',
  item: 'faq-widget .faq__item:not([hidden])',
  question: 'faq-widget .faq__item:not([hidden]) .faq__question',
  status: 'faq-widget [role="status"]',
  empty: 'faq-widget .faq__empty',
  emptyText: 'faq-widget .faq__empty-text',
  clear: 'faq-widget .faq__clear',
};

/**
 * In the page (pass to `page.evaluate` / `evaluateHandle`): the element that
 * has focus, looking through open shadow roots (`document.activeElement` is
 * the host element when focus is inside the widget).
 */
export function deepActiveElement() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Fails, saying how to make it, unless `dist` holds a trunk build (its embed snippet). */
function assertBuilt(dist) {
  const snippet = path.join(dist, 'embed.html');
  if (!existsSync(snippet)) {
    throw new Error(`${snippet} is missing: build it first, as scripts/test.sh does in step 6 (\`trunk build --release\`; FAQ_DIST names another build)`);
  }
}

/** The text of `file` in the trunk build `dist` (dist/ by default); fails, saying how to build it, if there is none. */
export function readBuilt(file, dist = DIST) {
  assertBuilt(dist);
  return readFileSync(path.join(dist, file), 'utf8');
}

/**
 * `snippet` (HTML pasted by a host) with its assets' relative addresses
 * (`src`/`href` of faq-widget files) made absolute under `base` (a URL
 * ending in `/`), as on a page of another origin than the assets.
 */
export function withAssetsAt(snippet, base) {
  return snippet.replace(/\b(src|href)="(faq-widget[^"/]*)"/g, (_, attr, file) => `${attr}="${base}${file}"`);
}

/**
 * The snippet's script tag (`dist/embed.html` holds it after the .wasm's
 * preload hint), with its integrity and crossorigin: all a host page needs
 * for the widget, without the hint or the static answers.
 */
export function snippetScript(dist = DIST) {
  const tag = readBuilt('embed.html', dist).match(/^\s*(?:<link\b[^>]*>\s*)*(<script\b[^>]*>\s*<\/script>)/)?.[1];
  if (!tag) throw new Error(`${dist}/embed.html has no <script> element after its <link> hint`);
  return tag;
}

/**
 * A host page: `lang` on <html> (none if null), a title, `icon` (the demo's
 * `data:` icon by default), `head`, the snippet's script in <head> (`script`:
 * another tag, or '' for none), and `body` (HTML) as its body.
 */
export function hostPage({ body, lang = 'en', head = '', script = snippetScript(), icon = '<link rel="icon" href="data:,">' }) {
  return `<!doctype html>
<html${lang === null ? '' : ` lang="${lang}"`}>
<head>
  <meta charset="utf-8">
  <title>Host page</title>
  ${icon}
  ${head}
  ${script}
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Registers the file's lifecycle with node:test; call it once, at the top of
 * the file. A file needs no `before` hook of its own, and should have none:
 * node 20 starts a file's top-level `before` hooks without waiting for the
 * one before, so one could run before the file's server is up. What a test
 * needs besides the file's site, it starts itself with `h.serve`.
 *
 * `site`, if given, is what the file's server serves, started before the first
 * test: `{ dist, pages, …startServer options }`. `dist` is a trunk build
 * (dist/ or `FAQ_DIST` by default; `null` for `pages` only); `pages` may be a
 * function (sync or async) that returns them, called before the first test,
 * for pages that take work to write. Without `site` there is no file server.
 *
 * Returns `h`:
 * - `h.server`: the file's server (`{ url, origin, port, requests }`, see
 *   `startServer`);
 * - `h.serve(dist, options)`: in a test, starts another server (`startServer`;
 *   `dist` a trunk build, or `null`), closed after the test;
 * - `h.page(url, options)`: in a test, opens `url` (absolute, or a path on
 *   `h.server`) in a new browser context and resolves to its Playwright page,
 *   closed after the test. The options are `openPage`'s and `expectConsole`:
 *   RegExps for the reports this page is expected to make (each must match a
 *   report, and every report must match one of them). Declare only what the
 *   test is about, with a comment saying why. A report is one line:
 *   `console.error: <text> (<url>:<line>)`, `console.warning: …`,
 *   `console.assert: …`, `pageerror: <stack>`,
 *   `requestfailed: <method> <url> <error>` or `HTTP <status>: <method> <url>`;
 * - `h.problems(page)`: the reports recorded for `page` so far, in order, for
 *   a test that checks them as it goes (how many, and when).
 */
export function useHarness(site) {
  let browser = null;
  let server = null;
  let inTest = false;
  /** The current test's servers, and its pages: `{ page, url, problems, expected, close }`. */
  const servers = [];
  const pages = [];

  const inATest = (what) => {
    if (!inTest) throw new Error(`${what} is for a test: call it inside test()`);
  };

  const h = {
    get server() {
      if (!site) throw new Error('useHarness() was given no site to serve: start a server in the test with h.serve()');
      inATest('h.server');
      return server;
    },
    async serve(dist, options = {}) {
      inATest('h.serve()');
      if (dist !== null) assertBuilt(dist);
      const started = await startServer(dist, options);
      servers.push(started);
      return started;
    },
    async page(url, options = {}) {
      inATest('h.page()');
      const { expectConsole = [], ...rest } = options;
      for (const pattern of expectConsole) {
        if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) {
          throw new Error(`expectConsole takes RegExps without the g or y flag, not ${pattern}`);
        }
      }
      if (!server && !URL.canParse(url)) throw new Error(`h.page(${JSON.stringify(url)}): a path needs the file's server, and useHarness() was given no site`);
      const href = new URL(url, server?.url).href;
      const opened = await openPage(browser, href, rest);
      pages.push({ ...opened, url: href, expected: expectConsole });
      return opened.page;
    },
    problems(page) {
      const entry = pages.find((p) => p.page === page);
      if (!entry) throw new Error('h.problems() takes a page that h.page() opened in this test');
      return [...entry.problems];
    },
  };

  before(async () => {
    if (site) {
      const { dist = DIST, pages: sitePages, ...options } = site;
      if (dist !== null) assertBuilt(dist);
      const resolved = typeof sitePages === 'function' ? await sitePages() : sitePages;
      server = await startServer(dist, { ...options, pages: resolved });
    }
    browser = await launchBrowser();
  });

  beforeEach(() => {
    inTest = true;
  });

  afterEach(async () => {
    inTest = false;
    const done = pages.splice(0);
    const failures = [];
    try {
      for (const entry of done) {
        // A round trip to the page: what the browser reported before it has arrived.
        await entry.page.evaluate(() => 0).catch(() => {});
        failures.push(...unexpectedReports(entry));
      }
    } finally {
      await Promise.all(done.map((entry) => entry.close().catch(() => {})));
      await Promise.all(servers.splice(0).map((s) => s.close()));
    }
    if (failures.length) assert.fail(failures.join('\n\n'));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return h;
}

/** What a page reported that its test did not expect, and what it expected but never saw, as messages. */
function unexpectedReports({ url, problems, expected }) {
  const failures = [];
  const unexpected = problems.filter((line) => !expected.some((pattern) => pattern.test(line)));
  if (unexpected.length) {
    failures.push(`${url} reported what the test did not declare in expectConsole:\n${unexpected.map((l) => `  ${l}`).join('\n')}`);
  }
  for (const pattern of expected.filter((p) => !problems.some((line) => p.test(line)))) {
    failures.push(`${url} never reported ${pattern}, which the test declared in expectConsole; it reported:\n${problems.map((l) => `  ${l}`).join('\n') || '  nothing'}`);
  }
  return failures;
}

/** Runs axe-core on the whole document; resolves to its violations. */
export async function runAxe(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(() => window.axe.run(document));
  return results.violations;
}

/** A readable summary of axe violations, for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n'),
    )
    .join('\n');
}

// ---------------------------------------------------------------- the pieces

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file name. */
function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves `root` (or, if it is `null`, only the `pages`) on 127.0.0.1 at an OS-chosen port. GET and HEAD only; `/` and
 * directories serve their `index.html`; missing files are 404; paths that
 * would leave `root` (`..`, encoded or not, NUL bytes) are refused.
 *
 * Options:
 * - `cors` (boolean): send `Access-Control-Allow-Origin: *` with every file,
 *   as a CDN serving the widget's assets to other origins does;
 * - `base` (URL path, default `/`): serve `root` under this prefix only, e.g.
 *   `/assets/` (other paths are 404 unless they are `pages`);
 * - `pages` ({ pathname: html string | { body, type?, headers? } }): in-memory
 *   documents, e.g. host pages, each with its own extra response headers
 *   (a Content-Security-Policy, say);
 * - `headers` ({ name: value }): extra headers sent with every file from `root`;
 * - `brotli` (boolean): send every file and page brotli-compressed
 *   (quality 11, compressed once, as a CDN serves pre-compressed files) to a
 *   browser that accepts it, with `Content-Encoding: br`;
 * - `hold` ((pathname) => promise or undefined): called for every file from
 *   `root` once it is found; its response waits until the promise settles
 *   (a test holds back the .wasm, say, to look at the page meanwhile).
 *
 * Resolves to `{ url, origin, port, requests, close() }`: `url` ends in `/`;
 * `requests` lists every request as `{ method, path, status, type, bytes }`,
 * in order (`bytes`: the body's length as sent, compressed or not).
 */
export async function startServer(root = DIST, opts = {}) {
  const base = root === null ? null : path.resolve(root);
  const prefix = opts.base ?? '/';
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`base must start and end with "/": ${prefix}`);
  const pages = new Map(
    Object.entries(opts.pages ?? {}).map(([p, page]) => [p, typeof page === 'string' ? { body: page } : page]),
  );
  const extra = { ...(opts.headers ?? {}), ...(opts.cors ? { 'Access-Control-Allow-Origin': '*' } : {}) };
  const requests = [];
  const server = createServer(async (req, res) => {
    const entry = { method: req.method, path: req.url, status: 0, type: '', bytes: 0 };
    requests.push(entry);
    const send = (status, headers) => {
      entry.status = status;
      entry.type = headers['Content-Type'] ?? '';
      entry.bytes = Number(headers['Content-Length'] ?? 0);
      res.writeHead(status, headers);
    };
    /** `body` compressed if the server compresses and the browser accepts brotli, and the headers saying so. */
    const encode = (body, key) => {
      if (!opts.brotli) return { body, headers: {} };
      const vary = { Vary: 'Accept-Encoding' };
      if (!/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) return { body, headers: vary };
      return { body: brotli(body, key), headers: { ...vary, 'Content-Encoding': 'br' } };
    };
    const text = (status, body) => {
      send(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...extra });
      res.end(body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        return text(405, 'Method Not Allowed');
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
      } catch {
        return text(400, 'Bad Request');
      }
      if (pathname.includes('\0') || pathname.includes('\\')) return text(400, 'Bad Request');
      // Reject any `..` segment outright rather than normalising it away.
      if (pathname.split('/').includes('..')) return text(403, 'Forbidden');
      const page = pages.get(pathname);
      if (page) {
        const { body, headers } = encode(Buffer.from(page.body), typeof page.body === 'string' ? `page:${page.body}` : null);
        send(200, {
          'Content-Type': page.type ?? 'text/html; charset=utf-8',
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          ...headers,
          ...(page.headers ?? {}),
        });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      if (base === null || !pathname.startsWith(prefix)) return text(404, 'Not Found');
      let file = path.resolve(base, '.' + pathname.slice(prefix.length - 1));
      if (file !== base && !file.startsWith(base + path.sep)) return text(403, 'Forbidden');
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return text(404, 'Not Found');
      await opts.hold?.(pathname);
      if (opts.brotli) {
        const { body, headers } = encode(await readFile(file), `${file}:${info.size}:${info.mtimeMs}`);
        send(200, {
          'Content-Type': mimeType(file),
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          ...headers,
          ...extra,
        });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      send(200, {
        'Content-Type': mimeType(file),
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...extra,
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      if (!res.headersSent) text(500, 'Internal Server Error');
      else res.destroy();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Brotli-compressed bodies (quality 11), by key (a file's path, size and time; a page's text). */
const compressed = new Map();

/** `bytes` compressed with brotli at quality 11, remembered under `key` if there is one. */
function brotli(bytes, key) {
  if (key && compressed.has(key)) return compressed.get(key);
  const out = brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  if (key) compressed.set(key, out);
  return out;
}

/** Launches the system Chromium, headless (Playwright gives it a fresh, temporary profile). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** The console message types that are reports (`console.log`, `info` and `debug` are not). */
const REPORTED_CONSOLE_TYPES = new Set(['error', 'warning', 'assert']);

/**
 * Opens `url` in a new context and page and waits until the widget has
 * rendered its questions. Options: `viewport` ({width, height}),
 * `timeout` (ms, for the render wait), `reducedMotion` ('reduce' by default,
 * or 'no-preference'), `colorScheme` ('light' by default, or 'dark'),
 * `javaScriptEnabled` (true by default), `initScript` (a function or
 * `{ content }`, run in the page before any of its scripts), `context`
 * (more options for Playwright's `newContext`: `isMobile`, `hasTouch`,
 * `deviceScaleFactor`…), `beforeNavigation` (an async function given the
 * page before it navigates: CDP throttling, say), `waitUntil`
 * (the navigation's end for Playwright's `goto`: 'load' by default, or
 * 'commit' for a page whose resources a test holds back), `waitForWidget`
 * (false: resolve as soon as the page has loaded; it is false by default when
 * JavaScript is off). Resolves to `{ context, page, problems, close() }`;
 * `problems` collects, as lines (see `useHarness`), console errors, warnings
 * and failed assertions, uncaught page errors and failed requests (network
 * failures and HTTP status >= 400), for the whole life of the page. (The demo
 * page declares its icon inline, so the browser requests no /favicon.ico.)
 */
export async function openPage(browser, url, opts = {}) {
  const javaScriptEnabled = opts.javaScriptEnabled ?? true;
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
    colorScheme: opts.colorScheme ?? 'light',
    javaScriptEnabled,
    ...opts.context,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (!REPORTED_CONSOLE_TYPES.has(msg.type())) return;
    const loc = msg.location();
    problems.push(`console.${msg.type()}: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.stack ?? err.message ?? String(err)}`));
  page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  try {
    if (opts.initScript) await page.addInitScript(opts.initScript);
    await opts.beforeNavigation?.(page);
    await page.goto(url, { waitUntil: opts.waitUntil ?? 'load' });
    if (opts.waitForWidget ?? javaScriptEnabled) {
      await page.locator(SEL.question).first().waitFor({ state: 'attached', timeout: opts.timeout ?? 15_000 });
      await listsComplete(page, opts.timeout ?? 15_000);
    }
  } catch (err) {
    await context.close().catch(() => {});
    err.message += `\nreported by the page: ${JSON.stringify(problems, null, 2)}`;
    throw err;
  }
  return { context, page, problems, close: () => context.close() };
}

/**
 * In the page: the questions of the entries shown, in DOM order (care cards
 * and list items, wherever they are), and the status line.
 */
export function readShown() {
  const root = document.querySelector('faq-widget').shadowRoot;
  const question = (el) => {
    if (!el.classList.contains('faq__card')) return el.querySelector('.faq__question-text').textContent.trim();
    const heading = el.querySelector('.faq__card-heading').cloneNode(true);
    heading.querySelectorAll('.faq__card-icon, .faq__card-label').forEach((e) => e.remove());
    return heading.textContent.trim();
  };
  const shown = [...root.querySelectorAll('.faq__card, .faq__item:not([hidden])')].filter((el) => el.checkVisibility());
  return { questions: shown.map(question), status: root.querySelector('[role="status"]').textContent.trim() };
}
