// The FAQ studio's page script (studio.html). The dataset's checks and the
// packing run in the studio's own .wasm (faq-studio.js, the faq-studio
// crate: faq-core's parser, lint and packer); this file only wires the page.
// Dataset text reaches the page as text only (textContent, value), never as
// HTML. Nothing is sent anywhere: the only requests are for the studio's own
// files and the built widget's two files, from the same directory.
//
// The preview is the real widget, packed with the current dataset, in an
// iframe: its srcdoc loads the packed faq-widget.js from a blob: URL, with the
// packed .wasm's name in it replaced by that .wasm's blob: URL (the script
// still checks the .wasm's integrity). The srcdoc inherits the page's CSP,
// which allows blob: scripts and fetches for this. While the dataset has an
// error the preview keeps the last version without one, and the status says so.

import init, { check, pack } from './faq-studio.js';

/** How long typing must pause before the dataset is checked again (ms). */
const CHECK_DELAY = 300;
/** How long after a check without errors the preview is packed again (ms). */
const PREVIEW_DELAY = 500;

const $ = (id) => document.getElementById(id);
const text = $('dataset');
const status = $('status');
const problemList = $('problems');
const fileName = $('file-name');
const fileInput = $('file-input');
const frame = $('preview');
const previewStatus = $('preview-status');
const snippet = $('snippet');
const attributeInputs = [...document.querySelectorAll('[data-attribute]')];
const colourInputs = [...document.querySelectorAll('[data-property]')];

/** The last check's problems: `{ line, severity, text }`, the error (if any) first. */
let problems = [];

/** The 0-based offset of the start of 1-based `line` in `value`. */
function lineOffset(value, line) {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = value.indexOf('\n', offset);
    if (next < 0) return value.length;
    offset = next + 1;
  }
  return offset;
}

/** Puts the cursor at the start of `line` in the text area and scrolls it into view. */
function goToLine(line) {
  const offset = lineOffset(text.value, line);
  text.focus();
  text.setSelectionRange(offset, offset);
  const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
  text.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Today's local date as YYYY-MM-DD, for the review-age warning. */
function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Checks the text area's dataset and shows its problems (announced politely by the status line). */
function runCheck() {
  problems = JSON.parse(check(text.value, fileName.textContent, today()));
  const list = document.createDocumentFragment();
  for (const problem of problems) {
    const item = document.createElement('li');
    item.className = `studio__problem studio__problem--${problem.severity}`;
    if (problem.line) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = problem.text;
      button.addEventListener('click', () => goToLine(problem.line));
      item.append(button);
    } else {
      item.textContent = problem.text;
    }
    list.append(item);
  }
  problemList.replaceChildren(list);
  const error = problems.find((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (error) {
    status.textContent = `Error${error.line ? ` on line ${error.line}` : ''}: the preview and the download wait until it is fixed.`;
    status.dataset.state = 'error';
    if (packed) previewStatus.textContent = 'The preview shows the last version without errors.';
  } else {
    status.textContent = warnings ? `No errors; ${plural(warnings, 'warning')} (the widget can be downloaded).` : 'No errors or warnings.';
    status.dataset.state = warnings ? 'warning' : 'ok';
    previewSoon();
  }
}

let pending = 0;
function checkSoon() {
  clearTimeout(pending);
  pending = setTimeout(runCheck, CHECK_DELAY);
}

/** Puts a dropped or opened file into the text area (only .txt and .json). */
async function openFile(file) {
  if (!file) return;
  if (!/\.(txt|json)$/i.test(file.name)) {
    status.textContent = `${file.name} is not a .txt or .json file; nothing was opened.`;
    return;
  }
  text.value = await file.text();
  fileName.textContent = file.name;
  runCheck();
  text.focus();
}

/** The built widget's script and .wasm, from this directory (loaded once). */
let built;
function builtWidget() {
  const wasmName = document.body.dataset.widgetWasm;
  const get = async (name) => {
    const response = await fetch(name);
    if (!response.ok) throw new Error(`cannot load ${name} (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  };
  built ??= Promise.all([get('faq-widget.js'), get(wasmName)]).then(([script, wasm]) => ({ script, wasmName, wasm }));
  built.catch(() => {
    built = undefined;
  });
  return built;
}

/**
 * The dataset in the text area packed into the built widget: `{ names, files }`
 * (file name -> bytes), and `zip` (the files in one .zip) if `withZip`.
 */
async function packDataset(withZip = false) {
  const widget = await builtWidget();
  const result = pack(text.value, fileName.textContent, widget.script, widget.wasmName, widget.wasm);
  try {
    const names = [];
    const files = new Map();
    for (let i = 0; i < result.count(); i++) {
      names.push(result.name(i));
      files.set(result.name(i), result.bytes(i));
    }
    return { names, files, zip: withZip ? result.zip() : null };
  } finally {
    result.free();
  }
}

/** The last packing without errors, shown in the preview: `{ names, files }`. */
let packed = null;
/** The preview's blob: URLs, revoked when it is replaced. */
let previewUrls = [];

/** `value` for a double-quoted HTML attribute. */
const attributeValue = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<faq-widget …>` with the texts of the settings (those left empty are left out). */
function openTag() {
  const attributes = attributeInputs
    .filter((input) => input.value.trim() !== '')
    .map((input) => ` ${input.dataset.attribute}="${attributeValue(input.value)}"`);
  return `<faq-widget${attributes.join('')}>`;
}

/** The colours changed from the widget's defaults, as `[property, value]`. */
const changedColours = () =>
  colourInputs.filter((input) => input.value.toLowerCase() !== input.dataset.default).map((input) => [input.dataset.property, input.value]);

/** The snippet to paste (embed-short.html's, with the settings' texts and colours). */
function updateSnippet() {
  if (!packed) return;
  const short = new TextDecoder().decode(packed.files.get('embed-short.html'));
  const colours = changedColours();
  const style = colours.length ? `<style>faq-widget { ${colours.map(([p, v]) => `${p}: ${v};`).join(' ')} }</style>\n` : '';
  snippet.value = style + short.replace(/<faq-widget[^>]*>/, () => openTag());
}

/** The colours on the previewed widget (set through the CSSOM, which the CSP allows). */
function applyColours() {
  const widget = frame.contentDocument?.querySelector('faq-widget');
  if (!widget) return;
  for (const input of colourInputs) widget.style.setProperty(input.dataset.property, input.value);
}

/** Shows the last packing in the preview frame, with the settings. */
function showPreview() {
  if (!packed) return;
  const wasmName = packed.names[1];
  const script = new TextDecoder().decode(packed.files.get(packed.names[0]));
  const wasmUrl = URL.createObjectURL(new Blob([packed.files.get(wasmName)], { type: 'application/wasm' }));
  // The script names its .wasm once (faq_core::pack checks it): now by its blob: URL.
  const scriptUrl = URL.createObjectURL(new Blob([script.split(wasmName).join(wasmUrl)], { type: 'text/javascript' }));
  for (const url of previewUrls) URL.revokeObjectURL(url);
  previewUrls = [wasmUrl, scriptUrl];
  frame.addEventListener('load', applyColours, { once: true });
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Preview</title><script type="module" src="${scriptUrl}"></script></head><body>${openTag()}</faq-widget></body></html>`;
  updateSnippet();
}

/** Packs the dataset (if it has no error) and shows it in the preview. */
async function updatePreview() {
  if (problems.some((p) => p.severity === 'error')) return;
  try {
    packed = await packDataset();
    showPreview();
    previewStatus.textContent = 'The preview shows your questions as patients will see them.';
  } catch (e) {
    previewStatus.textContent = `No preview: ${e.message ?? e}`;
  }
}

let previewPending = 0;
function previewSoon() {
  clearTimeout(previewPending);
  previewPending = setTimeout(updatePreview, PREVIEW_DELAY);
}

/** Packs the dataset and saves the widget's files as one .zip. */
async function download() {
  clearTimeout(pending);
  runCheck();
  if (problems.some((p) => p.severity === 'error')) {
    status.textContent = `Cannot download yet: ${problems[0].text}`;
    return;
  }
  try {
    const { zip } = await packDataset(true);
    const url = URL.createObjectURL(new Blob([zip], { type: 'application/zip' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'faq-widget.zip';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = 'Downloaded faq-widget.zip: upload its files and paste embed.html where the questions should appear.';
  } catch (e) {
    status.textContent = `Cannot download: ${e.message ?? e}`;
  }
}

// The built widget is loaded at once, alongside the studio's own .wasm, so
// the studio keeps working (preview, download) if the network goes away.
const loading = builtWidget().catch(() => {});
await init();
text.addEventListener('input', checkSoon);
$('open-file').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  openFile(fileInput.files[0]);
  fileInput.value = '';
});
text.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
text.addEventListener('drop', (event) => {
  if (!event.dataTransfer?.files.length) return;
  event.preventDefault();
  openFile(event.dataTransfer.files[0]);
});
$('download').addEventListener('click', download);
let settingsPending = 0;
for (const input of attributeInputs) {
  input.addEventListener('input', () => {
    clearTimeout(settingsPending);
    settingsPending = setTimeout(showPreview, CHECK_DELAY);
  });
}
for (const input of colourInputs) {
  input.addEventListener('input', () => {
    applyColours();
    updateSnippet();
  });
}
runCheck();
await loading;
document.documentElement.dataset.ready = '';
