// Browser benchmark of the FAQ widget against a plain-JavaScript "peer".
//
//   npm run bench                 # builds both widget datasets, then measures
//   npm run bench -- --no-build   # reuses target/bench/seed and target/bench/10k
//   npm run bench -- --only widget-10k,peer-10k
//
// Measures, in the system Chromium (headless), for the widget built with the
// 45-entry seed dataset and with the 10,000-entry one, and for the peer
// (tests/bench/peer/, MiniSearch in the browser) on the same two datasets:
//
// 1. the bytes of the page's assets (not the host page): raw, gzip -9 and
//    brotli (quality 11), computed here from the files the server sent;
// 2. navigation → first question visible: the first animation frame at which
//    a question exists with a non-empty box (median of 5 fresh loads, each in
//    a new browser context, with `Cache-Control: no-store`);
// 3. keydown → last DOM mutation, for every key of two typed queries and of
//    the Backspace that clears each (a pause of at least 250 ms and a quiet
//    page between keys); keys that change nothing are left out and counted.
//    Also keydown → next paint (approximate: see tests/bench/probes.mjs);
// 4. memory after load: the JS heap in use after a forced garbage collection,
//    and the size of the widget's WebAssembly linear memory.
//
// Prints a Markdown table and writes everything to target/bench/results.json.
// Timing is reported, never asserted: this is not a test.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/** The widget's parts (see probes.mjs for what a target is). */
const WIDGET_TARGET = { host: 'faq-widget', shadow: true, question: 'button.faq__question', search: 'input.faq__search-input' };
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
  const subjects = [...datasets.map(widgetSubject), ...datasets.map(peerSubject)].filter((subject) =>
    options.only.includes(subject.id),
  );

  const browser = await launchBrowser();
  const results = [];
  try {
    for (const subject of subjects) {
      log(`measuring ${subject.label}…`);
      results.push(await measureSubject(browser, subject, options.loads));
    }
  } finally {
    await browser.close();
  }
  const report = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, chromium: browser.version(), node: process.version },
    settings: { loads: options.loads, queries: QUERIES, keyPauseMs: KEY_PAUSE_MS, quietMs: QUIET_MS },
    results,
  };
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
}

/** The command line: `--no-build`, `--only id,id` (default: every subject), `--loads N`. */
function readOptions() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      only: { type: 'string' },
      loads: { type: 'string', default: String(LOADS) },
    },
  });
  const loads = Number(values.loads);
  if (!Number.isInteger(loads) || loads < 1) throw new Error(`--loads must be a positive integer, not ${values.loads}`);
  const only = values.only?.split(',').map((s) => s.trim()) ?? SUBJECT_IDS;
  const unknown = only.filter((id) => !SUBJECT_IDS.includes(id));
  if (unknown.length || only.length === 0) {
    throw new Error(`--only takes some of ${SUBJECT_IDS.join(', ')}; got ${values.only}`);
  }
  return { build: !values['no-build'], only, loads };
}

/** Progress goes to stderr, so stdout is the report alone. */
function log(message) {
  console.error(`bench: ${message}`);
}

// ---------------------------------------------------------------- builds

/** `trunk build --release` of one dataset into its own dist directory (cargo waits for its build lock if another build runs). */
function buildWidget({ name, dataset, dist }) {
  log(`building the widget with the ${name} dataset into ${path.relative(ROOT, dist)}…`);
  const env = { ...process.env };
  delete env.FAQ_DATASET;
  delete env.FAQ_SYNONYMS;
  if (dataset) env.FAQ_DATASET = dataset;
  const started = Date.now();
  const run = spawnSync('bash', ['-c', 'source scripts/env.sh && trunk build --release --dist "$1"', 'bash', dist], {
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
 * in-memory `host` page that embeds it, and the `target` the probes look at.
 */
function widgetSubject({ name, dist }) {
  const snippet = readFileSync(path.join(dist, 'embed.html'), 'utf8').trim();
  return {
    id: `widget-${name}`,
    label: `widget, ${name} (${entriesOfBuild(dist).length} entries)`,
    root: dist,
    host: hostPage('FAQ widget benchmark', snippet),
    target: WIDGET_TARGET,
  };
}

/** The peer on the same entries as the widget's build in `dist`, served from target/bench/peer-<name>. */
function peerSubject({ name, dist }) {
  const root = path.join(BENCH_DIR, `peer-${name}`);
  const entries = entriesOfBuild(dist);
  preparePeer(entries, root);
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

/** Writes the peer's served files: its script, MiniSearch's browser ES module and `entries` as faq.json. */
function preparePeer(entries, root) {
  mkdirSync(root, { recursive: true });
  copyFileSync(path.join(ROOT, 'tests', 'bench', 'peer', 'peer.js'), path.join(root, 'peer.js'));
  copyFileSync(path.join(ROOT, 'node_modules', 'minisearch', 'dist', 'es', 'index.js'), path.join(root, 'minisearch.js'));
  writeFileSync(path.join(root, 'faq.json'), JSON.stringify(entries));
}

// ---------------------------------------------------------------- measuring

/**
 * Every figure of one subject: an unmeasured warm-up load (the first load of a
 * build pays one-time costs: a new renderer process, the files' first read),
 * then `loads` fresh loads, the last one also typed into; the asset sizes.
 */
async function measureSubject(browser, subject, loads) {
  const server = await startServer(subject.root, { pages: { [HOST_PATH]: subject.host } });
  const url = new URL(HOST_PATH, server.url).href;
  const runs = [];
  let assets;
  let keystrokes;
  const errors = new Set();
  try {
    const warmUp = await loadPage(browser, url, subject.target);
    warmUp.errors.forEach((error) => errors.add(error));
    await warmUp.close();
    for (let i = 0; i < loads; i++) {
      const firstRequest = server.requests.length;
      const loaded = await loadPage(browser, url, subject.target);
      try {
        runs.push(loaded.figures);
        assets ??= assetSizes(subject.root, server.requests.slice(firstRequest));
        if (i === loads - 1) keystrokes = await typeQueries(loaded.page, subject.target);
      } finally {
        loaded.errors.forEach((error) => errors.add(error));
        await loaded.close();
      }
    }
  } finally {
    await server.close();
  }
  return summarise(subject, runs, assets, keystrokes, [...errors]);
}

/**
 * Opens the host page in a new browser context and waits for its first
 * question; then measures memory. Resolves to `{ page, figures, errors, close }`.
 */
async function loadPage(browser, url, target) {
  const opened = await openPage(browser, url, { initScript: loadProbeScript(target), waitForWidget: false });
  const { page } = opened;
  await page.waitForFunction(() => window.__bench?.firstQuestionAt != null, null, { timeout: LOAD_TIMEOUT_MS, polling: 50 });
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    firstQuestionAt: window.__bench.firstQuestionAt,
    wasmInstantiatedAt: window.__bench.wasmInstantiatedAt,
  }));
  const figures = {
    firstQuestionMs: round(timing.firstQuestionAt),
    wasmInstantiatedMs: timing.wasmInstantiatedAt === null ? null : round(timing.wasmInstantiatedAt),
    questionsShown: await page.evaluate(countShownQuestions, target),
    ...(await memoryAfterLoad(page)),
  };
  return { page, figures, errors: opened.problems, close: opened.close };
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
 * The files the page fetched (every successful request but the host page),
 * each with its raw, gzip -9 and brotli (quality 11) size, and their total.
 */
function assetSizes(root, requests) {
  const paths = [...new Set(requests.filter((r) => r.status === 200).map((r) => new URL(r.path, 'http://host').pathname))]
    .filter((p) => p !== HOST_PATH);
  const files = paths.map((p) => ({ path: p, ...compressedSizes(readFileSync(path.join(root, decodeURIComponent(p)))) }));
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
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
function summarise(subject, runs, assets, keystrokes, errors) {
  const changed = keystrokes.keys.filter((k) => k.lastMutationMs !== null);
  const medianOf = (field) => median(runs.map((run) => run[field]));
  return {
    id: subject.id,
    label: subject.label,
    bytes: assets.total,
    files: assets.files,
    firstQuestionMs: medianOf('firstQuestionMs'),
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

/** The Markdown report: the main table, the details table, the machine and the definitions. */
function formatReport({ date, machine, settings, results }) {
  const main = markdownTable(
    ['build', 'raw KB', 'gzip KB', 'brotli KB', `first question ms (median of ${settings.loads})`, 'keystroke median ms', 'keystroke max ms', 'JS heap MB', 'wasm memory MB'],
    results.map((r) => [
      r.label,
      cell(r.bytes.raw, KB),
      cell(r.bytes.gzip, KB),
      cell(r.bytes.brotli, KB),
      cell(r.firstQuestionMs, 1, 0),
      cell(r.keystroke.lastMutationMedianMs),
      cell(r.keystroke.lastMutationMaxMs),
      cell(r.jsHeapUsedBytes, MB, 2),
      r.wasmMemoryBytes ? cell(r.wasmMemoryBytes, MB, 2) : '–',
    ]),
  );
  const details = markdownTable(
    ['build', 'questions shown after load', 'DOM nodes', 'wasm instantiated ms', 'focus search ms', 'keys measured / without change', 'keystroke → paint median ms', 'keystroke → paint max ms', 'keystroke → next task median ms (all keys)', 'keystroke → next task max ms', ...settings.queries.map((q) => `shown for "${q}"`)],
    results.map((r) => [
      r.label,
      String(r.questionsShownAfterLoad),
      String(r.domNodes),
      cell(r.wasmInstantiatedMs, 1, 0),
      cell(r.keystroke.focusMs),
      `${r.keystroke.measured} / ${r.keystroke.withoutChange}`,
      cell(r.keystroke.paintMedianMs),
      cell(r.keystroke.paintMaxMs),
      cell(r.keystroke.nextTaskMedianMs),
      cell(r.keystroke.nextTaskMaxMs),
      ...settings.queries.map((q) => String(r.keystroke.shownAfter[q])),
    ]),
  );
  const errors = results.flatMap((r) => r.errors.map((e) => `- ${r.label}: ${e}`));
  return [
    main,
    '',
    details,
    '',
    `Date: ${date}. CPU: ${machine.cpu}, ${machine.cores} cores. Chromium ${machine.chromium} (headless), Node ${machine.node}.`,
    '',
    'Bytes: the assets the page fetched (not the host page), gzip -9 and brotli 11 computed from the served files; KB = 1024 B, MB = 1024 KB.',
    `First question: navigation start → first animation frame with a question element of non-empty size; median of ${settings.loads} fresh loads (new context each) after one unmeasured warm-up load.`,
    `Keystroke: keydown event.timeStamp → the MutationObserver callback of its last DOM change; keys with no DOM change are left out (counted above). Keys typed with ≥ ${settings.keyPauseMs} ms between them and ${settings.quietMs} ms without a change; each query is cleared with Backspace (measured too). Paint: the first task after the animation frame following the last change. Next task: a setTimeout(0) queued at keydown runs (every key, changed or not; it may wait for a rendered frame).`,
    'Focus search: focusin → next task (the widget prepares its search on focus).',
    'JS heap: Runtime.getHeapUsage after HeapProfiler.collectGarbage (median of the loads); wasm memory: the instance\'s linear memory after load; DOM nodes: Memory.getDOMCounters (the DOM\'s memory is in neither).',
    ...(errors.length ? ['', 'Errors reported by the pages:', ...errors] : []),
  ].join('\n');
}

/** A Markdown table with a header row; numeric columns are right-aligned. */
function markdownTable(header, rows) {
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
