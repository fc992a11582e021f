// The <faq-widget> custom element. embed/build.mjs appends this to
// wasm-bindgen's module code (whose names, such as __wbg_init and mount, are
// in scope here) to make dist/faq-widget.js, the one script a host includes.
// The module defines no global besides the custom element.

// Filled in by embed/build.mjs.
const WASM_FILE = '__FAQ_WASM_FILE__';
const WASM_INTEGRITY = '__FAQ_WASM_INTEGRITY__';
const CSS = '__FAQ_CSS__';

/** Starts fetching and compiling the .wasm, once for every widget on the page. */
let wasmReady;
function loadWasm() {
  wasmReady ??= __wbg_init({
    // Relative to this script's own URL, so the assets work from any origin or path.
    module_or_path: fetch(new URL(WASM_FILE, import.meta.url), {
      integrity: WASM_INTEGRITY,
      credentials: 'omit',
    }),
  });
  return wasmReady;
}

/** One constructed stylesheet shared by every widget (allowed by a strict CSP). */
let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

/** Every connected widget, to switch them all to their fallback after a panic. */
const widgets = new Set();

/** Set once the WebAssembly instance has aborted (a Rust panic). */
let failed = false;

// A panic aborts the one WebAssembly instance all widgets share. The Rust
// panic hook announces it first (event name: PANIC_EVENT in src/embed.rs):
// log it once, and show each widget's fallback content with a short note.
window.addEventListener('faq-widget-panic', (event) => {
  if (failed) return;
  failed = true;
  console.error('faq-widget: the widget stopped after an internal error; showing its static content.', event.detail);
  for (const widget of widgets) widget.showFallback();
});
// The abort then surfaces as an uncaught WebAssembly.RuntimeError wherever
// the widget was running: already reported above, so not logged again.
window.addEventListener('error', (event) => {
  if (failed && event.error instanceof WebAssembly.RuntimeError) event.preventDefault();
});
window.addEventListener('unhandledrejection', (event) => {
  if (failed && event.reason instanceof WebAssembly.RuntimeError) event.preventDefault();
});

class FaqWidgetElement extends HTMLElement {
  static observedAttributes = [
    'heading', 'search-label', 'placeholder', 'empty-text', 'suggest-text', 'clear-text',
    'show-all-text', 'hide-all-text', 'copy-text', 'copied-text', 'copy-fallback-text',
    'count-all', 'count-one', 'count-many', 'count-none', 'more-text',
    'urgent-label', 'other-urgent-text', 'phone', 'call-text', 'appointment-url', 'book-text', 'reviewed-text', 'reviewed-on-text', 'reviewed-by-text', 'disclaimer-text', 'feedback-text', 'yes-text', 'no-text', 'thanks-text',
  ];

  #widget = null;

  connectedCallback() {
    widgets.add(this);
    if (this.#widget || failed) return; // moved within the page: keep its state
    loadWasm()
      .then(() => {
        if (!this.isConnected || this.#widget || failed) return;
        // The shadow root is attached only now: until the widget can render,
        // whatever the host put inside the element stays visible.
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = [styles()];
        shadow.replaceChildren();
        try {
          this.#widget = mount(this, shadow);
        } catch (error) {
          // Show the host's content again rather than an empty box.
          shadow.replaceChildren(document.createElement('slot'));
          throw error;
        }
      })
      .catch((error) => console.error('faq-widget: the widget could not start; its fallback content stays.', error));
  }

  disconnectedCallback() {
    // A move (remove, then add in the same task) keeps the widget; a removal ends it.
    queueMicrotask(() => {
      if (this.isConnected) return;
      widgets.delete(this);
      if (!this.#widget || failed) return;
      this.#widget.destroy();
      this.#widget.free();
      this.#widget = null;
    });
  }

  /** After a panic: the host's content (the static answers) and a short note. */
  showFallback() {
    this.#widget = null; // its WebAssembly instance is gone; never call it again
    if (!this.shadowRoot) return; // not started: the host's content is showing
    const note = document.createElement('p');
    note.setAttribute('role', 'status');
    note.textContent = 'The interactive questions stopped working. Reload the page to try again.';
    this.shadowRoot.replaceChildren(note, document.createElement('slot'));
  }

  attributeChangedCallback() {
    if (!failed) this.#widget?.update();
  }
}

if (!customElements.get('faq-widget')) {
  customElements.define('faq-widget', FaqWidgetElement);
}
