// The <faq-widget> custom element. embed/build.mjs puts wasm-bindgen's module
// code inside createInstance below and appends this file to make
// dist/faq-widget.js, the one script a host includes. The module defines no
// global besides the custom element.
//
// Every widget runs in a WebAssembly instance of its own: the .wasm is fetched
// and compiled once, and each element instantiates it with a fresh copy of
// wasm-bindgen's module state. A Rust panic aborts only its own instance, so
// it stops only its own widget; the page and the other widgets keep working.

// Filled in by embed/build.mjs.
const WASM_FILE = '__FAQ_WASM_FILE__';
const WASM_INTEGRITY = '__FAQ_WASM_INTEGRITY__';
const CSS = '__FAQ_CSS__';

/** Dispatched by the Rust panic hook on the widget's element (PANIC_EVENT in src/embed.rs). */
const PANIC_EVENT = 'faq-widget-panic';

/** What a call into a widget's instance throws once that instance has stopped. */
class WidgetStopped extends Error {
  constructor() {
    super('faq-widget: this widget stopped after an internal error');
    this.name = 'WidgetStopped';
  }
}

/**
 * A new copy of wasm-bindgen's module state, for one widget: `init` makes its
 * instance, `mount` renders the widget, `stop` cuts the instance off.
 */
function createInstance() {
  '__FAQ_GLUE__';

  /**
   * After a panic the instance's memory is in an unknown state: from now on
   * every call into it (a timer, a listener still on `window`, a finalizer)
   * throws WidgetStopped instead of running, and the window handlers below
   * keep those throws out of the console.
   */
  function stop() {
    if (wasm === undefined) return;
    const stopped = () => {
      throw new WidgetStopped();
    };
    const exports = wasm;
    wasm = Object.fromEntries(Object.keys(exports).map((name) => [name, typeof exports[name] === 'function' ? stopped : exports[name]]));
  }

  /**
   * Instantiates the compiled module for this copy. wasm-bindgen's own
   * `__wbg_init` also takes a URL, a Request or a Response, with fallbacks for
   * servers without the wasm MIME type: element.js always has a
   * WebAssembly.Module (compileWasm), so that loader is left out (the
   * minifier drops what nothing calls).
   */
  async function init(module) {
    return __wbg_finalize_init(await WebAssembly.instantiate(module, __wbg_get_imports()), module);
  }

  return { init, mount, stop };
}

/** Fetches and compiles the .wasm once for every widget on the page. */
let compiled;
function compileWasm() {
  compiled ??= (async () => {
    // Relative to this script's own URL, so the assets work from any origin or path.
    const url = new URL(WASM_FILE, import.meta.url);
    // The same request as the snippet's <link rel="preload" as="fetch"
    // crossorigin="anonymous"> (mode cors, credentials same-origin), so the
    // browser hands over the preloaded response instead of downloading the
    // .wasm a second time (credentials 'omit' would not match it). The
    // integrity is checked on the preloaded response too.
    const response = await fetch(url, { mode: 'cors', credentials: 'same-origin', integrity: WASM_INTEGRITY });
    if (!response.ok) throw new Error(`fetching ${url} failed: ${response.status} ${response.statusText}`);
    const type = response.headers.get('Content-Type') ?? '';
    const wasmType = type.split(';')[0].trim().toLowerCase() === 'application/wasm';
    if (wasmType && typeof WebAssembly.compileStreaming === 'function') {
      return WebAssembly.compileStreaming(response);
    }
    // Streaming compilation needs the right type; the bytes work with any.
    if (!wasmType) console.warn(`faq-widget: ${url} is served as "${type}", not "application/wasm"; compiling it from its bytes, which is slower.`);
    return WebAssembly.compile(await response.arrayBuffer());
  })();
  // A failed download may succeed for a widget added later.
  compiled.catch(() => {
    compiled = undefined;
  });
  return compiled;
}

/** Resolves in a new task (ahead of other queued work where the browser can). */
const nextTask = () => globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

/** One constructed stylesheet shared by every widget (allowed by a strict CSP). */
let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

// A panic is reported by its widget (once), then aborts its instance: the
// abort surfaces as an uncaught WebAssembly.RuntimeError wherever the widget
// was running, in the same task. That error, and any WidgetStopped from a
// stopped instance later, were reported already and are not logged again.
let trapExpected = false;
function expectTrap() {
  trapExpected = true;
  setTimeout(() => {
    trapExpected = false;
  });
}
const reported = (error) => error instanceof WidgetStopped || (trapExpected && error instanceof WebAssembly.RuntimeError);
window.addEventListener('error', (event) => {
  if (reported(event.error)) event.preventDefault();
});
window.addEventListener('unhandledrejection', (event) => {
  if (reported(event.reason)) event.preventDefault();
});

/** The host's own content (the static answers), shown through the shadow root. */
const slot = () => document.createElement('slot');

class FaqWidgetElement extends HTMLElement {
  // The texts (the table in src/texts.rs, in its order), then page-url
  // (OBSERVED_ATTRIBUTES in src/embed.rs): a test there checks this list.
  static observedAttributes = [
    'heading', 'search-label', 'placeholder', 'topics-label', 'empty-text', 'suggest-text', 'relaxed-text', 'corrected-text', 'clear-text',
    'show-all-text', 'hide-all-text', 'copy-text', 'copied-text', 'copy-fallback-text',
    'count-all', 'count-one', 'count-many', 'count-none', 'more-text',
    'urgent-label', 'urgent-heading', 'other-urgent-text', 'phone', 'call-text', 'appointment-url', 'book-text',
    'reviewed-text', 'reviewed-on-text', 'reviewed-by-text', 'disclaimer-text', 'feedback-text', 'yes-text', 'no-text', 'thanks-text',
    'page-url',
  ];

  /** 'idle' (not started), 'starting', 'running' or 'failed' (for good). */
  #state = 'idle';
  /** This widget's own instance (createInstance), and the widget mounted in it. */
  #instance = null;
  #widget = null;
  /** Run once the widget shows, on faq-ready (after "Try again"). */
  #started = null;

  constructor() {
    super();
    this.addEventListener(PANIC_EVENT, (event) => {
      if (event.target === this) this.#fail(event.detail);
    });
  }

  connectedCallback() {
    if (this.#state !== 'idle') return; // moved within the page, or starting: keep its state
    this.#state = 'starting';
    this.#start().catch((error) => {
      if (this.#state === 'failed') return; // a panic, reported already
      this.#state = 'failed';
      this.#instance?.stop();
      this.#instance = null;
      console.error('faq-widget: the widget could not start; its fallback content stays.', error);
    });
  }

  async #start() {
    const module = await compileWasm();
    const instance = createInstance();
    await instance.init(module);
    // The first render in a task of its own, not in the one that made the
    // instance: each start-up task stays short on a slow phone (the widget
    // then renders its list a few entries per task).
    await nextTask();
    if (this.#state !== 'starting') return;
    if (!this.isConnected) {
      this.#state = 'idle'; // removed meanwhile; the instance is dropped
      return;
    }
    this.#instance = instance;
    // The shadow root is attached only now: until the widget can render,
    // whatever the host put inside the element stays visible (and after, until
    // its first screen is ready: see below).
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [styles()];
    // The host's content stays on screen (slotted) while the widget renders
    // its first screen hidden; the widget then removes the slot.
    shadow.replaceChildren(slot());
    try {
      // The dataset is the .wasm's custom section `faq` (see src/data.rs): a
      // copy of it goes into this widget's memory. Without it (an empty
      // array), mount fails.
      this.#widget = instance.mount(this, shadow, new Uint8Array(WebAssembly.Module.customSections(module, 'faq')[0] ?? 0));
      this.#state = 'running';
      if (this.#started) this.addEventListener('faq-ready', this.#started, { once: true });
      this.#started = null;
    } catch (error) {
      // Show the host's content again rather than an empty box (a panic has
      // done so already, with its note).
      if (this.#state !== 'failed') shadow.replaceChildren(slot());
      throw error;
    }
  }

  disconnectedCallback() {
    // A move (remove, then add in the same task) keeps the widget; a removal ends it.
    queueMicrotask(() => {
      if (this.isConnected || this.#state !== 'running') return;
      this.#widget.destroy();
      this.#widget.free();
      this.#widget = null;
      this.#instance = null;
      this.#state = 'idle';
      // Until it is added again and restarts, the host's content shows.
      this.shadowRoot.replaceChildren(slot());
    });
  }

  attributeChangedCallback() {
    if (this.#state === 'running') this.#widget.update();
  }

  /**
   * After a panic in this widget: log once, cut its instance off, and show a
   * note, a "Try again" button and the host's content (the static answers).
   */
  #fail(detail) {
    if (this.#state === 'failed') return;
    this.#state = 'failed';
    expectTrap();
    console.error('faq-widget: the widget stopped after an internal error; showing its static content.', detail);
    this.#instance?.stop(); // never call it again
    this.#instance = null;
    this.#widget = null;
    if (!this.shadowRoot) return; // not started: the host's content is showing
    const note = document.createElement('p');
    note.className = 'faq-stopped';
    note.setAttribute('role', 'status');
    note.textContent = this.getAttribute('stopped-text') ?? 'The interactive questions stopped working.';
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'faq__more faq-retry';
    retry.textContent = this.getAttribute('retry-text') ?? 'Try again';
    retry.addEventListener('click', () => this.#retry());
    this.shadowRoot.replaceChildren(note, retry, slot());
  }

  /** Starts the widget again in a new instance (the stopped one is never reused). */
  #retry() {
    if (this.#state !== 'failed' || !this.isConnected) return;
    this.#state = 'idle';
    this.connectedCallback();
    // The button is gone once the widget shows (faq-ready): then give focus
    // to its search box, unless a deep link the widget followed has focused
    // its answer already.
    this.#started = () => this.shadowRoot?.activeElement ?? this.shadowRoot?.querySelector('input')?.focus();
  }
}

if (!customElements.get('faq-widget')) {
  customElements.define('faq-widget', FaqWidgetElement);
}
