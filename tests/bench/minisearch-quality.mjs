// Search quality of the benchmark's peer (MiniSearch, configured as in
// tests/bench/peer/peer.js: fields question and answer, prefix, fuzzy 0.2,
// question boosted ×2) on the query sets core/tests/quality.rs measures the
// engine on, with the same figures: hit@1, hit@3 and MRR of the first ideal
// answer, the in-domain queries that find nothing, and the negatives that
// find something; the natural set also per class. The peer shows its ranking
// as it is (it has no care cards), so its visible order is its ranking.
//
// Usage: `node tests/bench/minisearch-quality.mjs [faq.jsonld]`. Without an
// argument it writes the seed's JSON-LD with faq-static (`cargo run`), the
// file the benchmark's peer takes its entries from. With `--lang es` (fr,
// ar) it measures the fixture core/tests/fixtures/lang/es.txt on its query
// set instead, as core/tests/quality.rs does; `--lang es-3 --queries es-3b`
// on another query set of that fixture (lang/queries-es-3b.json).
// `FAQ_RANKS=1` also prints each in-domain query's rank, as the sweep
// (core/examples/sweep.rs) does, to diff the two query by query.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const lang = process.argv[2] === '--lang' ? process.argv[3] : null;
const queries = process.argv[4] === '--queries' ? process.argv[5] : lang;

/** The query sets ([name, path]): core/tests/fixtures/sets.json's English ones, named by their files. */
const SETS = lang
  ? [[`lang ${queries}`, `core/tests/fixtures/lang/queries-${queries}.json`]]
  : JSON.parse(readFileSync(path.join(root, 'core/tests/fixtures/sets.json'), 'utf8')).english.map((file) => [
      path.basename(file, '.json').replace(/^queries-/, ''),
      file,
    ]);

/** The dataset's entries as the peer gets them: `{ question, answer }` from faq.jsonld. */
function entries(jsonldPath, dataset = 'data/faq.txt') {
  let file = jsonldPath;
  let scratch = null;
  if (!file) {
    scratch = mkdtempSync(path.join(tmpdir(), 'faq-jsonld-'));
    execFileSync('cargo', ['run', '--quiet', '-p', 'faq-core', '--bin', 'faq-static', '--', dataset, scratch], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    file = path.join(scratch, 'faq.jsonld');
  }
  const jsonld = JSON.parse(readFileSync(file, 'utf8'));
  if (scratch) rmSync(scratch, { recursive: true });
  return jsonld.mainEntity.map((entry) => ({ question: entry.name, answer: entry.acceptedAnswer.text }));
}

/** The figures of some queries' ranks (1-based, or null for none). */
function figures(ranks) {
  const n = ranks.length || 1;
  const count = (test) => ranks.filter((r) => r !== null && test(r)).length;
  return {
    hit1: count((r) => r === 1) / n,
    hit3: count((r) => r <= 3) / n,
    mrr: ranks.reduce((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / n,
  };
}

/** One line of figures, in the layout of core/tests/quality.rs. */
function line(name, queries) {
  const positives = queries.filter((q) => q.primary.length > 0);
  const negatives = queries.filter((q) => q.primary.length === 0);
  const noisy = negatives.filter((q) => q.count > 0).length;
  let shown = '';
  if (positives.length > 0) {
    const { hit1, hit3, mrr } = figures(positives.map((q) => q.rank));
    const empty = positives.filter((q) => q.count === 0).length;
    shown = `hit@1 ${hit1.toFixed(3)}  hit@3 ${hit3.toFixed(3)}  MRR ${mrr.toFixed(3)}  |  no result ${empty} of ${positives.length}, `;
  }
  return `${name.padEnd(24)} ${shown}negatives shown ${noisy} of ${negatives.length}`;
}

const index = new MiniSearch({
  fields: ['question', 'answer'],
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 2 } },
});
const source = lang ? entries(null, `core/tests/fixtures/lang/${lang}.txt`) : entries(process.argv[2]);
index.addAll(source.map((entry, id) => ({ id, ...entry })));

for (const [name, file] of SETS) {
  const json = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  const queries = json.queries.map((q) => {
    const ids = index.search(q.q).map((hit) => hit.id);
    const primary = q.primary.map((p) => p - 1);
    const at = ids.findIndex((id) => primary.includes(id));
    return { ...q, primary, rank: at < 0 ? null : at + 1, count: ids.length };
  });
  if (process.env.FAQ_RANKS) {
    // One line per in-domain query, as the sweep's FAQ_RANKS prints them (-1: not shown).
    for (const q of queries.filter((q) => q.primary.length > 0)) {
      console.log(`RANK ${path.basename(file)} ${JSON.stringify(q.q)} ${q.rank ?? -1}`);
    }
  }
  console.log(line(`minisearch ${name}`, queries));
  const classes = [...new Set(queries.map((q) => q.class).filter(Boolean))];
  for (const c of classes) {
    console.log(line(`  class ${c}`, queries.filter((q) => q.class === c)));
  }
}
