// Helpers for the FAQ widget's end-to-end tests: a static file server for the
// built site, a Chromium launcher (the Debian package, never a download), a page
// opener that records every error the page reports, and an axe-core runner.

import { createServer } from 'node:http';
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
export const AXE_PATH = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

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
export function mimeType(file) {
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
 * - `headers` ({ name: value }): extra headers sent with every file from `root`.
 *
 * Resolves to `{ url, origin, port, requests, close() }`: `url` ends in `/`;
 * `requests` lists every request as `{ method, path, status, type }`, in order.
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
    const entry = { method: req.method, path: req.url, status: 0, type: '' };
    requests.push(entry);
    const send = (status, headers) => {
      entry.status = status;
      entry.type = headers['Content-Type'] ?? '';
      res.writeHead(status, headers);
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
        const body = Buffer.from(page.body);
        send(200, {
          'Content-Type': page.type ?? 'text/html; charset=utf-8',
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
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

/** Launches the system Chromium, headless. */
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

/**
 * Selectors of the widget's parts. The widget renders in the open shadow root
 * of `<faq-widget>`: Playwright's CSS selectors and locators pierce open shadow
 * roots, `document.querySelector` does not (use `host.shadowRoot`).
 */
export const SEL = {
  widget: 'faq-widget',
  item: 'faq-widget .faq__item',
  question: 'faq-widget .faq__question',
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

/**
 * Opens `url` in a new context and page and waits until the widget has
 * rendered its questions. Options: `viewport` ({width, height}),
 * `timeout` (ms, for the render wait), `reducedMotion` ('reduce' by default,
 * or 'no-preference'), `colorScheme` ('light' by default, or 'dark'),
 * `initScript` (a function or `{ content }`, run in the page before any of its
 * scripts), `waitForWidget` (false: resolve as soon as the page has loaded).
 * Resolves to `{ context, page, errors, close() }`; `errors` collects console
 * errors, uncaught page errors and failed requests (network failures and
 * HTTP status >= 400) as strings, for the whole life of the page. (The demo
 * page declares its icon inline, so the browser requests no /favicon.ico.)
 */
export async function openPage(browser, url, opts = {}) {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
    colorScheme: opts.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
    if (msg.type() === 'error') {
      const loc = msg.location();
      errors.push(`console.error: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message ?? String(err)}`));
  page.on('requestfailed', (req) => errors.push(`requestfailed: ${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  try {
    if (opts.initScript) await page.addInitScript(opts.initScript);
    await page.goto(url, { waitUntil: 'load' });
    if (opts.waitForWidget !== false) {
      await page.locator(SEL.question).first().waitFor({ state: 'attached', timeout: opts.timeout ?? 15_000 });
    }
  } catch (err) {
    await context.close().catch(() => {});
    err.message += `\nerrors recorded by the page: ${JSON.stringify(errors, null, 2)}`;
    throw err;
  }
  return { context, page, errors, warnings, close: () => context.close() };
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
