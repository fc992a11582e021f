// The benchmark's "peer": a plain-JavaScript FAQ built the way a typical
// competitor's widget is, to compare the Rust/WebAssembly widget against.
//
// - Fetches the raw entries, `[{ "question": …, "answer": … }]`, from the URL
//   in the container's `data-src` (default `faq.json`, next to this script).
// - Builds a MiniSearch index of them in the browser, then renders ALL entries
//   as native `<details><summary>question</summary><div>answer</div></details>`:
//   the first question appears only once the index is built.
// - On every `input` event (no debounce) searches question and answer (prefix,
//   fuzzy 0.2, question boosted ×2), hides the entries that do not match and
//   moves the matching ones into rank order; an empty query shows every entry
//   in its original order.
//
// Served by tests/bench/bench.mjs beside `minisearch.js`, a copy of
// MiniSearch's browser ES module build (node_modules/minisearch/dist/es/index.js).

import MiniSearch from './minisearch.js';

/** MiniSearch's options: what is indexed and how a query matches. */
const INDEX_OPTIONS = {
  fields: ['question', 'answer'],
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 2 } },
};

/** Fetches the entries: an array of `{ question, answer }`. */
async function fetchEntries(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`peer: ${url} answered HTTP ${response.status}`);
  return response.json();
}

/** Indexes every entry under its position in `entries` (its id). */
function buildIndex(entries) {
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(entries.map((entry, id) => ({ id, question: entry.question, answer: entry.answer })));
  return index;
}

/** One entry as a native disclosure: `<details><summary>…</summary><div>…</div></details>`. */
function renderEntry(entry) {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = entry.question;
  const answer = document.createElement('div');
  answer.textContent = entry.answer;
  details.append(summary, answer);
  return details;
}

/** The search box. */
function renderSearchBox() {
  const input = document.createElement('input');
  input.type = 'search';
  input.className = 'peer-faq__search';
  input.setAttribute('aria-label', 'Search the questions');
  input.placeholder = 'Search the questions';
  return input;
}

/** Shows every entry, in its original order. */
function showAll(list, items) {
  for (const details of items) {
    details.hidden = false;
    list.appendChild(details);
  }
}

/** Shows only the entries matching `query`, best match first. */
function showMatches(list, items, index, query) {
  const results = index.search(query);
  const matched = new Set(results.map((result) => result.id));
  items.forEach((details, id) => {
    details.hidden = !matched.has(id);
  });
  for (const result of results) list.appendChild(items[result.id]);
}

/** Fetches, indexes and renders the FAQ into `container`, then searches as the user types. */
async function start(container) {
  const entries = await fetchEntries(container.dataset.src ?? new URL('faq.json', import.meta.url));
  const index = buildIndex(entries);

  const input = renderSearchBox();
  const list = document.createElement('div');
  list.className = 'peer-faq__list';
  const items = entries.map(renderEntry);
  list.append(...items);
  container.replaceChildren(input, list);

  input.addEventListener('input', () => {
    const query = input.value.trim();
    if (query === '') showAll(list, items);
    else showMatches(list, items, index, query);
  });
}

for (const container of document.querySelectorAll('.peer-faq')) {
  start(container).catch((error) => console.error('peer: the FAQ could not start', error));
}
