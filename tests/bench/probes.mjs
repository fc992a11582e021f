// In-page instrumentation for tests/bench/bench.mjs. Every exported function
// here runs in the browser page, never in node: Playwright serialises it (so it
// may use only its own argument and the page's globals). Everything it records
// lives on `window.__bench`. All times are `performance.now()` values: ms since
// the navigation started, the same clock as an event's `timeStamp`.
//
// The page under test is described by a `target`:
// - `host`: CSS selector of the element the FAQ renders into
//   (`faq-widget`, or the peer's container);
// - `shadow`: true if the FAQ renders into the host's open shadow root;
// - `question`: CSS selector of one question, inside that root;
// - `search`: CSS selector of the search box, inside that root;
// - `fallback` (optional): CSS selector, in the document, of a question of
//   the static answers the host page holds until the FAQ renders.

/**
 * Init script (runs before any of the page's scripts), as `{ content }` for
 * `page.addInitScript` or the harness's `openPage`: see `installLoadProbe`.
 */
export function loadProbeScript(target) {
  return { content: `(${installLoadProbe})(${JSON.stringify(target)});` };
}

/**
 * Records, on `window.__bench`:
 * - `firstQuestionAt`: the first animation frame at which a question is on
 *   screen: a question of `target` or of its `fallback` exists, has a
 *   non-empty bounding box and starts inside the viewport (polled every frame);
 * - `renderedQuestionAt`: the same for a question the FAQ rendered itself
 *   (not the fallback's);
 * - `searchAt`: the first animation frame at which the search box is on
 *   screen and usable: it has a non-empty box inside the viewport and is not
 *   disabled (both the widget and the peer attach its listeners as they
 *   render it);
 * - `fcpAt`: first contentful paint (PerformanceObserver 'paint');
 * - `longTasks`: every long task, `{ start, duration }` (PerformanceObserver
 *   'longtask', observed from before the page's first script);
 * - `wasmMemories`: the linear memory (`instance.exports.memory`) of every
 *   WebAssembly instance the page creates, by wrapping
 *   `WebAssembly.instantiate` and `WebAssembly.instantiateStreaming`
 *   (benchmark-only instrumentation; the widget itself is unchanged);
 * - `wasmInstantiatedAt`: when the first instance was ready.
 */
export function installLoadProbe(target) {
  const bench = (window.__bench = {
    firstQuestionAt: null,
    renderedQuestionAt: null,
    searchAt: null,
    fcpAt: null,
    longTasks: [],
    wasmMemories: [],
    wasmInstantiatedAt: null,
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcpAt = entry.startTime;
  }).observe({ type: 'paint', buffered: true });

  /** Keeps an instantiation's memory, then hands its result on untouched. */
  const rememberMemory = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
    const memory = instance?.exports?.memory;
    if (memory instanceof WebAssembly.Memory) bench.wasmMemories.push(memory);
    bench.wasmInstantiatedAt ??= performance.now();
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(rememberMemory);
    };
  }

  /** The element `selector` inside the FAQ's root, if the FAQ has rendered one. */
  const rendered = (selector) => {
    const host = document.querySelector(target.host);
    const root = target.shadow ? host?.shadowRoot : host;
    return root?.querySelector(selector) ?? null;
  };
  /** Whether `el` has a non-empty box that starts inside the viewport. */
  const onScreen = (el) => {
    const box = el?.getBoundingClientRect();
    return !!box && box.width > 0 && box.height > 0 && box.top < innerHeight && box.left < innerWidth;
  };
  const pollEveryFrame = () => {
    const now = performance.now();
    if (bench.renderedQuestionAt === null && onScreen(rendered(target.question))) bench.renderedQuestionAt = now;
    if (bench.firstQuestionAt === null && (bench.renderedQuestionAt !== null || (target.fallback && onScreen(document.querySelector(target.fallback))))) {
      bench.firstQuestionAt = now;
    }
    const search = rendered(target.search);
    if (bench.searchAt === null && onScreen(search) && !search.disabled) bench.searchAt = now;
    if (bench.firstQuestionAt === null || bench.renderedQuestionAt === null || bench.searchAt === null) requestAnimationFrame(pollEveryFrame);
  };
  requestAnimationFrame(pollEveryFrame);
}

/** In the page, after the FAQ has loaded: total size of the wasm memories seen, in bytes (0 if none). */
export function wasmMemoryBytes() {
  return window.__bench.wasmMemories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0);
}

/**
 * In the page, after the FAQ has loaded: starts recording keystrokes. A
 * capture listener on `window` (which sees keys typed inside a shadow root)
 * appends `{ key, keydownAt, nextTaskAt, lastMutationAt, paintedAt, mutations }`
 * to `window.__bench.keys` for every keydown, with `keydownAt` = the event's
 * `timeStamp` and `nextTaskAt` = when the first task queued by the keydown
 * listener (`setTimeout(0)`) runs: after the key's event handlers, whether or
 * not they changed the DOM, and after any frame the browser renders first.
 * Likewise `window.__bench.focus` = `{ focusAt, nextTaskAt }` for the last
 * focusin (the widget prepares its search when the search box gets focus).
 * A MutationObserver on the FAQ's root (its shadow root for the
 * widget; subtree, child list, attributes, text) credits every mutation to the
 * latest keydown: `lastMutationAt` is `performance.now()` in the observer's
 * callback for the last batch of mutation records (it runs as a microtask right
 * after the script that made them); `paintedAt` is, after that batch, the first
 * task after the next animation frame (`requestAnimationFrame` then
 * `setTimeout(0)`), i.e. roughly when that frame's style, layout and paint are
 * done. `window.__bench.lastMutationAt` is the last mutation of any kind, for
 * `settle` in node. The caller waits for the page to settle between keys, so
 * every mutation belongs to the key before it.
 */
export function installKeystrokeProbe(target) {
  const bench = window.__bench;
  bench.keys = [];
  bench.lastMutationAt = null;
  const host = document.querySelector(target.host);
  const root = target.shadow ? host.shadowRoot : host;

  window.addEventListener(
    'keydown',
    (event) => {
      const key = { key: event.key, keydownAt: event.timeStamp, nextTaskAt: null, lastMutationAt: null, paintedAt: null, mutations: 0 };
      bench.keys.push(key);
      // The first task after the key's own events (keydown, input) and whatever the browser runs first.
      setTimeout(() => {
        key.nextTaskAt = performance.now();
      }, 0);
    },
    true,
  );
  window.addEventListener(
    'focusin',
    (event) => {
      bench.focus = { focusAt: event.timeStamp, nextTaskAt: null };
      setTimeout(() => {
        bench.focus.nextTaskAt = performance.now();
      }, 0);
    },
    true,
  );

  const recordPaint = (key) => {
    key.paintedAt = Math.max(key.paintedAt ?? 0, performance.now());
  };
  new MutationObserver((records) => {
    const now = performance.now();
    bench.lastMutationAt = now;
    const key = bench.keys.at(-1);
    if (!key) return;
    key.lastMutationAt = now;
    key.mutations += records.length;
    requestAnimationFrame(() => setTimeout(() => recordPaint(key), 0));
  }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** In the page: `performance.now()` and the time of the last mutation seen (or null), for settling. */
export function mutationClock() {
  return { now: performance.now(), lastMutationAt: window.__bench.lastMutationAt ?? null };
}

/** In the page: how many questions of `target` are rendered and displayed (have a layout box). */
export function countShownQuestions(target) {
  const host = document.querySelector(target.host);
  const root = target.shadow ? host?.shadowRoot : host;
  return [...(root?.querySelectorAll(target.question) ?? [])].filter((q) => q.getClientRects().length > 0).length;
}
