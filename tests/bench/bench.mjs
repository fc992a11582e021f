// Browser benchmark of the FAQ widget against a plain-JavaScript "peer".
//
//   npm run bench                 # builds both widget datasets, then measures
//   npm run bench -- --no-build   # reuses target/bench/seed and target/bench/10k
//   npm run bench -- --only widget-10k,peer-10k
//   npm run bench -- --mobile     # a phone: Lighthouse's mobile throttling
//   npm run bench -- --loads 9    # the median of 9 loads (default 5)
//   npm run bench -- --short      # the widget with embed-short.html (no static answers)
//
// Measures, in the system Chromium (headless), for the widget built with the
// 45-entry seed dataset and with the 10,000-entry one, each embedded with its
// default snippet (dist/embed.html: the .wasm's preload hint, the script and
// the static answers), and for the peer (tests/bench/peer/, MiniSearch in the
// browser, minified, and native <details>) on the same two datasets. Every
// file and page is served brotli-compressed (quality 11, compressed once, as
// a CDN serves pre-compressed files), with `Cache-Control: no-store`.
//
// Two profiles: desktop (no throttling, a 1280×800 viewport) and, with
// `--mobile`, Lighthouse's mobile profile applied through the Chrome DevTools
// Protocol: Network.emulateNetworkConditions (150 ms latency, 1.6 Mbit/s
// down, 750 kbit/s up), Emulation.setCPUThrottlingRate (4), and a phone's
// viewport (412×823, device scale 1.75, touch).
//
// 1. the bytes the page downloaded, the host page included (the default
//    snippet puts the static answers in it): as sent (brotli), and raw and
//    gzip -9 computed here from the same files;
// 2. navigation → first question on screen: the first animation frame at
//    which a question (the static answers' or the FAQ's own) has a non-empty
//    box inside the viewport; and navigation → search box on screen (visible,
//    enabled, its listeners attached); medians of N fresh loads, each in a new
//    browser context;
// 3. long tasks (PerformanceObserver 'longtask') and Total Blocking Time
//    after first contentful paint (as Lighthouse: each long task's part after
//    FCP, less 50 ms), until the page has been free of long tasks for 1 s
//    after its network went idle; medians of the loads;
// 4. keydown → last DOM mutation, for every key of two typed queries and of
//    the Backspace that clears each (a pause of at least 250 ms and a quiet
//    page between keys); keys that change nothing are left out and counted.
//    Also keydown → next paint (approximate: see tests/bench/probes.mjs);
// 5. memory after load: the JS heap in use after a forced garbage collection,
//    and the size of the widget's WebAssembly linear memory.
//
// Prints Markdown tables (with widget/peer ratios) and writes everything to
// target/bench/results-desktop.json or results-mobile.json.
// Timing is reported, never asserted: this is not a test.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { minify } from 'terser';

import { ROOT, launchBrowser, openPage, startServer } from '../e2e/harness.mjs';
import {
  countShownQuestions,
  installKeystrokeProbe,
  loadProbeScript,
  mutationClock,
  wasmMemoryBytes,
} from './probes.mjs';

/** Where the builds, the peer's served files and the results go. */
const BENCH_DIR = path.join(ROOT, 'target', 'bench');
/** Fresh page loads per build, for the first-question median and the memory figures. */
const LOADS = 5;
/** What is typed, a key at a time; the search box is cleared after each. */
const QUERIES = ['back pain at night', 'lipoma treatment'];
/** The least time between two keys. */
const KEY_PAUSE_MS = 250;
/** A key's work is over once the page has made no DOM change for this long. */
const QUIET_MS = 100;
/** How long a load or a key may take before the benchmark gives up. */
const LOAD_TIMEOUT_MS = 60_000;
const KEY_TIMEOUT_MS = 30_000;
/** The host page's path on the server (in memory, not a file). */
const HOST_PATH = '/bench-host.html';
/** After the network went idle, a load is over once no long task has ended for this long. */
const LONG_TASK_QUIET_MS = 1_000;
/** A long task's time beyond this counts as blocking (Total Blocking Time). */
const BLOCKING_MS = 50;

/** The two profiles: what the browser context gets, and the CDP throttling (none on desktop). */
const PROFILES = {
  desktop: { context: { viewport: { width: 1280, height: 800 } }, network: null, cpuRate: 1 },
  mobile: {
    // Lighthouse's mobile profile: a Moto G Power's screen, a slow 4G network, a 4x slower CPU.
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
    cpuRate: 4,
  },
};

/** The widget's parts (see probes.mjs for what a target is); its static answers' questions are `fallback`. */
const WIDGET_TARGET = {
  host: 'faq-widget',
  shadow: true,
  question: 'button.faq__question, .faq__card-heading',
  search: 'input.faq__search-input',
  fallback: 'faq-widget .faq-fallback summary',
};
/** The peer's parts (tests/bench/peer/peer.js). */
const PEER_TARGET = { host: '.peer-faq', shadow: false, question: 'summary', search: 'input.peer-faq__search' };

/** The widget's builds: each dataset and where it is built. */
const DATASETS = [
  { name: 'seed', dataset: null, dist: path.join(BENCH_DIR, 'seed') },
  { name: '10k', dataset: 'data/faq-10k.txt', dist: path.join(BENCH_DIR, '10k') },
];

/** Every subject's id, in the table's order. */
const SUBJECT_IDS = ['widget', 'peer'].flatMap((kind) => DATASETS.map((data) => `${kind}-${data.name}`));

const KB = 1024;
const MB = 1024 * 1024;

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

/** Builds (unless `--no-build`), measures every selected subject, prints the report and writes results.json. */
async function main() {
  const options = readOptions();
  // Both the widget and the peer of a dataset need its widget build (the peer takes its entries from faq.jsonld).
  const datasets = DATASETS.filter((data) => options.only.some((id) => id.endsWith(`-${data.name}`)));
  if (options.build) datasets.forEach(buildWidget);
  else datasets.forEach(checkBuilt);
  const subjects = [];
  for (const data of datasets) subjects.push(widgetSubject(data, options.short));
  for (const data of datasets) subjects.push(await peerSubject(data));

  const profile = options.mobile ? 'mobile' : 'desktop';
  const browser = await launchBrowser();
  const results = [];
  let chromium;
  try {
    chromium = browser.version();
    for (const subject of subjects.filter((s) => options.only.includes(s.id))) {
      log(`measuring ${subject.label} (${profile})…`);
      results.push(await measureSubject(browser, subject, options.loads, PROFILES[profile]));
    }
  } finally {
    await browser.close();
  }
  const report = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, chromium, node: process.version },
    settings: { profile, ...PROFILES[profile], snippet: options.short ? 'embed-short.html' : 'embed.html', loads: options.loads, queries: QUERIES, keyPauseMs: KEY_PAUSE_MS, quietMs: QUIET_MS },
    results,
  };
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(path.join(BENCH_DIR, `results-${profile}${options.short ? '-short' : ''}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
}

/** The command line: `--no-build`, `--only id,id` (default: every subject), `--loads N`, `--mobile`, `--short`. */
function readOptions() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      only: { type: 'string' },
      loads: { type: 'string', default: String(LOADS) },
      mobile: { type: 'boolean', default: false },
      short: { type: 'boolean', default: false },
    },
  });
  const loads = Number(values.loads);
  if (!Number.isInteger(loads) || loads < 1) throw new Error(`--loads must be a positive integer, not ${values.loads}`);
  const only = values.only?.split(',').map((s) => s.trim()) ?? SUBJECT_IDS;
  const unknown = only.filter((id) => !SUBJECT_IDS.includes(id));
  if (unknown.length || only.length === 0) {
    throw new Error(`--only takes some of ${SUBJECT_IDS.join(', ')}; got ${values.only}`);
  }
  return { build: !values['no-build'], only, loads, mobile: values.mobile, short: values.short };
}

/** Progress goes to stderr, so stdout is the report alone. */
function log(message) {
  console.error(`bench: ${message}`);
}

// ---------------------------------------------------------------- builds

/**
 * The published build (scripts/release.sh: nightly, std rebuilt for size;
 * FAQ_TOOLCHAIN=stable for the stable one) of one dataset into its own dist
 * directory (cargo waits for its build lock if another build runs).
 */
function buildWidget({ name, dataset, dist }) {
  log(`building the widget with the ${name} dataset into ${path.relative(ROOT, dist)}…`);
  const env = { ...process.env };
  delete env.FAQ_DATASET;
  delete env.FAQ_SYNONYMS;
  if (dataset) env.FAQ_DATASET = dataset;
  const started = Date.now();
  const run = spawnSync('bash', ['-c', 'scripts/release.sh --dist "$1"', 'bash', dist], {
    cwd: ROOT,
    env,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (run.status !== 0) throw new Error(`the ${name} build failed (exit ${run.status ?? run.signal})`);
  log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** With `--no-build`: fails clearly if a dataset's build is missing. */
function checkBuilt({ name, dist }) {
  for (const file of ['embed.html', 'faq-widget.js', 'faq.jsonld']) {
    if (!existsSync(path.join(dist, file))) {
      throw new Error(`${path.relative(ROOT, path.join(dist, file))} is missing: run without --no-build to build ${name}`);
    }
  }
}

// ---------------------------------------------------------------- subjects

/**
 * One row of the table: `id` and `label`, the directory `root` served, the
 * in-memory `host` page that embeds it (with the default snippet,
 * dist/embed.html, or, if `short`, embed-short.html), and the `target` the
 * probes look at.
 */
function widgetSubject({ name, dist }, short) {
  const snippet = readFileSync(path.join(dist, short ? 'embed-short.html' : 'embed.html'), 'utf8').trim();
  return {
    id: `widget-${name}`,
    label: `widget, ${name} (${entriesOfBuild(dist).length} entries${short ? ', short snippet' : ''})`,
    root: dist,
    host: hostPage('FAQ widget benchmark', snippet),
    target: WIDGET_TARGET,
  };
}

/** The peer on the same entries as the widget's build in `dist`, served from target/bench/peer-<name>. */
async function peerSubject({ name, dist }) {
  const root = path.join(BENCH_DIR, `peer-${name}`);
  const entries = entriesOfBuild(dist);
  await preparePeer(entries, root);
  return {
    id: `peer-${name}`,
    label: `peer, ${name} (${entries.length} entries)`,
    root,
    host: hostPage('Peer FAQ benchmark', '<div class="peer-faq"></div>\n<script type="module" src="peer.js"></script>'),
    target: PEER_TARGET,
  };
}

/** A minimal host page around `body` (with an empty icon, so the browser asks for no /favicon.ico). */
function hostPage(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="data:,">
</head>
<body>
${body}
</body>
</html>
`;
}

/** The entries of a widget build, from its schema.org JSON-LD, as the peer's `{ question, answer }`. */
function entriesOfBuild(dist) {
  const jsonld = JSON.parse(readFileSync(path.join(dist, 'faq.jsonld'), 'utf8'));
  return jsonld.mainEntity.map((entry) => ({ question: entry.name, answer: entry.acceptedAnswer.text }));
}

/**
 * Writes the peer's served files: its script and MiniSearch's browser ES
 * module, both minified with terser (as the widget's script is: the
 * minisearch package has no minified ES build), and `entries` as faq.json.
 */
async function preparePeer(entries, root) {
  mkdirSync(root, { recursive: true });
  for (const [from, to] of [
    [path.join(ROOT, 'tests', 'bench', 'peer', 'peer.js'), 'peer.js'],
    [path.join(ROOT, 'node_modules', 'minisearch', 'dist', 'es', 'index.js'), 'minisearch.js'],
  ]) {
    const result = await minify(readFileSync(from, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    writeFileSync(path.join(root, to), result.code);
  }
  writeFileSync(path.join(root, 'faq.json'), JSON.stringify(entries));
}

// ---------------------------------------------------------------- measuring

/**
 * Every figure of one subject in one profile: an unmeasured warm-up load (the
 * first load of a build pays one-time costs: a new renderer process, the
 * files' first read and compression), then `loads` fresh loads, the last one
 * also typed into; the bytes.
 */
async function measureSubject(browser, subject, loads, profile) {
  const server = await startServer(subject.root, { pages: { [HOST_PATH]: subject.host }, brotli: true });
  const url = new URL(HOST_PATH, server.url).href;
  const runs = [];
  let bytes;
  let keystrokes;
  const errors = new Set();
  try {
    const warmUp = await loadPage(browser, url, subject.target, profile);
    warmUp.errors.forEach((error) => errors.add(error));
    await warmUp.close();
    for (let i = 0; i < loads; i++) {
      const firstRequest = server.requests.length;
      const loaded = await loadPage(browser, url, subject.target, profile);
      try {
        runs.push(loaded.figures);
        bytes ??= downloadedBytes(subject, server.requests.slice(firstRequest));
        if (i === loads - 1) keystrokes = await typeQueries(loaded.page, subject.target);
      } finally {
        loaded.errors.forEach((error) => errors.add(error));
        await loaded.close();
      }
    }
  } finally {
    await server.close();
  }
  return summarise(subject, runs, bytes, keystrokes, [...errors]);
}

/**
 * Applies the profile's throttling to `page` through the Chrome DevTools
 * Protocol, before it navigates. The session stays open for the page's life
 * (the emulation ends with it).
 */
async function throttle(page, profile) {
  if (!profile.network && profile.cpuRate === 1) return;
  const cdp = await page.context().newCDPSession(page);
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
}

/**
 * Opens the host page in a new browser context with the profile's device and
 * throttling, waits for its first question and its search box, then for the
 * network to go idle and the long tasks to stop; then measures memory.
 * Resolves to `{ page, figures, errors, close }`.
 */
async function loadPage(browser, url, target, profile) {
  const opened = await openPage(browser, url, {
    initScript: loadProbeScript(target),
    // The figures come from the page; its load event may come late (the 10k
    // page's static answers are 4.6 MB of HTML) and is not waited for.
    waitUntil: 'commit',
    waitForWidget: false,
    context: profile.context,
    viewport: profile.context.viewport,
    beforeNavigation: (page) => throttle(page, profile),
  });
  const { page } = opened;
  await page.waitForFunction(() => window.__bench?.firstQuestionAt != null && window.__bench.searchAt != null, null, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 50,
  });
  await page.waitForLoadState('networkidle');
  await waitForNoLongTask(page);
  const timing = await page.evaluate(() => {
    const b = window.__bench;
    return { firstQuestionAt: b.firstQuestionAt, renderedQuestionAt: b.renderedQuestionAt, searchAt: b.searchAt, fcpAt: b.fcpAt, wasmInstantiatedAt: b.wasmInstantiatedAt, longTasks: b.longTasks };
  });
  const figures = {
    firstQuestionMs: round(timing.firstQuestionAt),
    renderedQuestionMs: round(timing.renderedQuestionAt),
    searchMs: round(timing.searchAt),
    fcpMs: timing.fcpAt === null ? null : round(timing.fcpAt),
    wasmInstantiatedMs: timing.wasmInstantiatedAt === null ? null : round(timing.wasmInstantiatedAt),
    ...longTaskFigures(timing.longTasks, timing.fcpAt),
    questionsShown: await page.evaluate(countShownQuestions, target),
    ...(await memoryAfterLoad(page)),
  };
  return { page, figures, errors: opened.problems, close: opened.close };
}

/** Waits until no long task has ended for LONG_TASK_QUIET_MS (at most LOAD_TIMEOUT_MS). */
async function waitForNoLongTask(page) {
  const started = Date.now();
  for (;;) {
    const quietFor = await page.evaluate(() => {
      const ends = window.__bench.longTasks.map((t) => t.start + t.duration);
      return performance.now() - Math.max(0, ...ends);
    });
    if (quietFor >= LONG_TASK_QUIET_MS) return;
    if (Date.now() - started > LOAD_TIMEOUT_MS) throw new Error(`long tasks kept coming for ${LOAD_TIMEOUT_MS} ms after load`);
    await page.waitForTimeout(LONG_TASK_QUIET_MS - quietFor + 10);
  }
}

/**
 * The long tasks of a load: how many there were and their total time from
 * navigation; and, after first contentful paint, how many there were and the
 * Total Blocking Time (as Lighthouse: each task's part after FCP, less 50 ms).
 */
function longTaskFigures(tasks, fcpAt) {
  const afterFcp = fcpAt === null ? [] : tasks.filter((t) => t.start + t.duration > fcpAt);
  const blocking = afterFcp.map((t) => Math.max(0, t.start + t.duration - Math.max(t.start, fcpAt) - BLOCKING_MS));
  return {
    longTasks: tasks.length,
    longTaskMs: round(tasks.reduce((sum, t) => sum + t.duration, 0)),
    longestTaskMs: round(Math.max(0, ...tasks.map((t) => t.duration))),
    longTasksAfterFcp: afterFcp.length,
    tbtMs: round(blocking.reduce((sum, b) => sum + b, 0)),
  };
}

/**
 * After a forced garbage collection: the JS heap in use and the wasm linear
 * memory, in bytes, and the renderer's DOM node count (the DOM's own memory is
 * in neither figure).
 */
async function memoryAfterLoad(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return {
      jsHeapUsedBytes: heap.usedSize,
      jsHeapTotalBytes: heap.totalSize,
      wasmMemoryBytes: await page.evaluate(wasmMemoryBytes),
      domNodes: dom.nodes,
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * What the page downloaded (every successful request, the host page
 * included): each file's bytes as sent (brotli), and raw and gzip -9
 * computed from it; and their total.
 */
function downloadedBytes(subject, requests) {
  const served = requests.filter((r) => r.status === 200);
  const files = served.map((r) => {
    const pathname = new URL(r.path, 'http://host').pathname;
    const bytes = pathname === HOST_PATH ? Buffer.from(subject.host) : readFileSync(path.join(subject.root, decodeURIComponent(pathname)));
    return { path: pathname, sent: r.bytes, ...compressedSizes(bytes) };
  });
  const total = files.reduce((t, f) => ({ sent: t.sent + f.sent, raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { sent: 0, raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}

/** Sizes of `bytes` raw, after gzip -9 and after brotli quality 11 (as embed/build.mjs computes them). */
function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Focuses the search box, then types each query a key at a time and clears
 * it (select all, Backspace), letting the page settle after every key.
 * Resolves to `{ focusMs, keys, shownAfter }`: one entry per key, and how
 * many questions each full query left shown.
 */
async function typeQueries(page, target) {
  await page.evaluate(installKeystrokeProbe, target);
  const search = page.locator(`${target.host} ${target.search}`);
  await search.click();
  await settle(page);
  const focus = await page.evaluate(() => window.__bench.focus);
  const focusMs = round(focus.nextTaskAt - focus.focusAt);
  const shownAfter = {};
  for (const query of QUERIES) {
    for (const character of query) {
      await page.keyboard.type(character);
      await settle(page);
    }
    shownAfter[query] = await page.evaluate(countShownQuestions, target);
    await search.selectText();
    await page.keyboard.press('Backspace');
    await settle(page);
  }
  const recorded = await page.evaluate(() => window.__bench.keys);
  return { focusMs, keys: recorded.map(keyFigures), shownAfter };
}

/** Waits at least the key pause, then until the page has been free of DOM changes for QUIET_MS. */
async function settle(page) {
  const started = Date.now();
  await page.waitForTimeout(KEY_PAUSE_MS);
  for (;;) {
    // Evaluating waits for the page's main thread, so long work is over by then.
    const { now, lastMutationAt } = await page.evaluate(mutationClock);
    if (lastMutationAt === null || now - lastMutationAt >= QUIET_MS) return;
    if (Date.now() - started > KEY_TIMEOUT_MS) throw new Error(`the page kept changing for ${KEY_TIMEOUT_MS} ms after a key`);
    await page.waitForTimeout(QUIET_MS);
  }
}

/**
 * One recorded key as durations from its keydown: to the next task, to its
 * last mutation and to the next paint (these two null if it changed nothing).
 * See probes.mjs for their definitions.
 */
function keyFigures(key) {
  const since = (t) => (t === null ? null : round(t - key.keydownAt));
  return {
    key: key.key,
    mutations: key.mutations,
    nextTaskMs: since(key.nextTaskAt),
    lastMutationMs: since(key.lastMutationAt),
    paintMs: since(key.paintedAt),
  };
}

// ---------------------------------------------------------------- summary

/** One subject's figures: medians over the loads, keystroke median and max, the raw data. */
function summarise(subject, runs, bytes, keystrokes, errors) {
  const changed = keystrokes.keys.filter((k) => k.lastMutationMs !== null);
  const medianOf = (field) => median(runs.map((run) => run[field]));
  return {
    id: subject.id,
    label: subject.label,
    bytes: bytes.total,
    files: bytes.files,
    firstQuestionMs: medianOf('firstQuestionMs'),
    renderedQuestionMs: medianOf('renderedQuestionMs'),
    searchMs: medianOf('searchMs'),
    fcpMs: medianOf('fcpMs'),
    longTasks: medianOf('longTasks'),
    longTaskMs: medianOf('longTaskMs'),
    longestTaskMs: medianOf('longestTaskMs'),
    longTasksAfterFcp: medianOf('longTasksAfterFcp'),
    tbtMs: medianOf('tbtMs'),
    wasmInstantiatedMs: medianOf('wasmInstantiatedMs'),
    questionsShownAfterLoad: runs[0].questionsShown,
    domNodes: medianOf('domNodes'),
    jsHeapUsedBytes: medianOf('jsHeapUsedBytes'),
    wasmMemoryBytes: medianOf('wasmMemoryBytes'),
    keystroke: {
      measured: changed.length,
      withoutChange: keystrokes.keys.length - changed.length,
      lastMutationMedianMs: median(changed.map((k) => k.lastMutationMs)),
      lastMutationMaxMs: maximum(changed.map((k) => k.lastMutationMs)),
      paintMedianMs: median(changed.map((k) => k.paintMs)),
      paintMaxMs: maximum(changed.map((k) => k.paintMs)),
      nextTaskMedianMs: median(keystrokes.keys.map((k) => k.nextTaskMs)),
      nextTaskMaxMs: maximum(keystrokes.keys.map((k) => k.nextTaskMs)),
      focusMs: keystrokes.focusMs,
      shownAfter: keystrokes.shownAfter,
      keys: keystrokes.keys,
    },
    loads: runs,
    errors,
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The largest value, or null if there is none. */
function maximum(values) {
  const present = values.filter((v) => v !== null);
  return present.length ? Math.max(...present) : null;
}

/** `value` rounded to `digits` decimals. */
function round(value, digits = 1) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** A number for the table, or "–" when there is none. */
function cell(value, divisor = 1, digits = 1) {
  return value === null || value === undefined ? '–' : (value / divisor).toFixed(digits);
}

/** `a / b` as "0.42x", or "–" when either is missing or b is 0. */
function ratio(a, b) {
  return a === null || b === null || a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}x`;
}

/** The Markdown report: the main table with widget/peer ratios, the details table, the machine and the definitions. */
function formatReport({ date, machine, settings, results }) {
  const main = [
    ['bytes (brotli) KB', (r) => r.bytes.sent, KB, 1],
    ['first question ms', (r) => r.firstQuestionMs, 1, 0],
    ['search box ms', (r) => r.searchMs, 1, 0],
    ['keystroke median ms', (r) => r.keystroke.lastMutationMedianMs, 1, 1],
    ['long tasks after FCP', (r) => r.longTasksAfterFcp, 1, 0],
    ['TBT ms', (r) => r.tbtMs, 1, 0],
    ['long tasks ms (all)', (r) => r.longTaskMs, 1, 0],
  ];
  const rows = results.map((r) => [r.label, ...main.map(([, value, divisor, digits]) => cell(value(r), divisor, digits))]);
  // widget/peer on each dataset measured for both.
  for (const widget of results.filter((r) => r.id.startsWith('widget-'))) {
    const peer = results.find((r) => r.id === widget.id.replace(/^widget-/, 'peer-'));
    if (peer) rows.push([`**widget/peer, ${widget.id.slice('widget-'.length)}**`, ...main.map(([, value]) => ratio(value(widget), value(peer)))]);
  }
  const table = markdownTable(['build', ...main.map(([name]) => name)], rows);
  const details = markdownTable(
    ['build', 'raw KB', 'gzip KB', 'FCP ms', "FAQ's own first question ms", 'wasm instantiated ms', 'long tasks (all)', 'longest task ms', 'questions shown after load', 'DOM nodes', 'JS heap MB', 'wasm memory MB', 'focus search ms', 'keys measured / without change', 'keystroke max ms', 'keystroke → paint median ms', 'keystroke → next task median ms (all keys)', ...settings.queries.map((q) => `shown for "${q}"`)],
    results.map((r) => [
      r.label,
      cell(r.bytes.raw, KB),
      cell(r.bytes.gzip, KB),
      cell(r.fcpMs, 1, 0),
      cell(r.renderedQuestionMs, 1, 0),
      cell(r.wasmInstantiatedMs, 1, 0),
      cell(r.longTasks, 1, 0),
      cell(r.longestTaskMs, 1, 0),
      String(r.questionsShownAfterLoad),
      String(r.domNodes),
      cell(r.jsHeapUsedBytes, MB, 2),
      r.wasmMemoryBytes ? cell(r.wasmMemoryBytes, MB, 2) : '–',
      cell(r.keystroke.focusMs),
      `${r.keystroke.measured} / ${r.keystroke.withoutChange}`,
      cell(r.keystroke.lastMutationMaxMs),
      cell(r.keystroke.paintMedianMs),
      cell(r.keystroke.nextTaskMedianMs),
      ...settings.queries.map((q) => String(r.keystroke.shownAfter[q])),
    ]),
  );
  const errors = results.flatMap((r) => r.errors.map((e) => `- ${r.label}: ${e}`));
  const throttling = settings.network
    ? `Network.emulateNetworkConditions (latency ${settings.network.latency} ms, down ${settings.network.downloadThroughput * 8} bit/s, up ${settings.network.uploadThroughput * 8} bit/s), Emulation.setCPUThrottlingRate ${settings.cpuRate}`
    : 'no throttling';
  const viewport = settings.context.viewport;
  return [
    `Profile: ${settings.profile}, the widget with ${settings.snippet} (${viewport.width}×${viewport.height}${settings.context.isMobile ? `, mobile, device scale ${settings.context.deviceScaleFactor}` : ''}; ${throttling}).`,
    '',
    table,
    '',
    details,
    '',
    `Date: ${date}. CPU: ${machine.cpu}, ${machine.cores} cores. Chromium ${machine.chromium} (headless), Node ${machine.node}.`,
    '',
    'Bytes: everything the page downloaded, the host page included (the widget\'s default snippet carries the static answers), as sent brotli 11; raw and gzip -9 computed from the same files. KB = 1024 B, MB = 1024 KB.',
    `First question: navigation start → first animation frame with a question (the static answers' or the FAQ's own) of non-empty size inside the viewport; search box: the same for the search box, enabled; medians of ${settings.loads} fresh loads (new context each) after one unmeasured warm-up load.`,
    'Long tasks: PerformanceObserver longtask, until 1 s without one after the network went idle; TBT: each long task\'s part after first contentful paint less 50 ms, summed (as Lighthouse); medians of the loads.',
    `Keystroke: keydown event.timeStamp → the MutationObserver callback of its last DOM change, median over the keys of the last load; keys with no DOM change are left out (counted above). Keys typed with ≥ ${settings.keyPauseMs} ms between them and ${settings.quietMs} ms without a change; each query is cleared with Backspace (measured too). Paint: the first task after the animation frame following the last change. Next task: a setTimeout(0) queued at keydown runs.`,
    'Focus search: focusin → next task (the widget prepares its search on focus).',
    'JS heap: Runtime.getHeapUsage after HeapProfiler.collectGarbage (median of the loads); wasm memory: the instance\'s linear memory after load; DOM nodes: Memory.getDOMCounters.',
    ...(errors.length ? ['', 'Errors reported by the pages:', ...errors] : []),
  ].join('\n');
}

/** A Markdown table with a header row; numeric columns are right-aligned. */
function markdownTable(header, rows) {
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
