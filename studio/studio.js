// The FAQ studio's page script (studio.html). The dataset's checks and the
// packing run in the studio's own .wasm (faq-studio.js, the faq-studio
// crate: faq-core's parser, lint and packer); this file only wires the page.
// Dataset text reaches the page as text only (textContent, value), never as
// HTML. Nothing is sent anywhere: the only requests are for the studio's own
// files and the built widget's two files, from the same directory.

import init, { check, pack } from './faq-studio.js';

/** How long typing must pause before the dataset is checked again (ms). */
const CHECK_DELAY = 300;

const $ = (id) => document.getElementById(id);
const text = $('dataset');
const status = $('status');
const problemList = $('problems');
const fileName = $('file-name');
const fileInput = $('file-input');

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

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Checks the text area's dataset and shows its problems (announced politely by the status line). */
function runCheck() {
  problems = JSON.parse(check(text.value, fileName.textContent));
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
    status.textContent = `Error${error.line ? ` on line ${error.line}` : ''}: fix it before downloading (the download uses the last dataset without errors).`;
    status.dataset.state = 'error';
  } else {
    status.textContent = warnings ? `No errors; ${plural(warnings, 'warning')} (the widget can be downloaded).` : 'No errors or warnings.';
    status.dataset.state = warnings ? 'warning' : 'ok';
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

/** The built widget's script and .wasm, from this directory. */
async function builtWidget() {
  const wasmName = document.body.dataset.widgetWasm;
  const get = async (name) => {
    const response = await fetch(name);
    if (!response.ok) throw new Error(`cannot load ${name} (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [script, wasm] = await Promise.all([get('faq-widget.js'), get(wasmName)]);
  return { script, wasmName, wasm };
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
    const built = await builtWidget();
    const packed = pack(text.value, fileName.textContent, built.script, built.wasmName, built.wasm);
    const zip = packed.zip();
    packed.free();
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
runCheck();
document.documentElement.dataset.ready = '';
