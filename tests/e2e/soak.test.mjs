// Soak: 2,000 seeded random queries typed into the 10,000-entry build, with
// answers opened and closed between them. No console error, no panic, and
// memory after the run within 2x of memory after the first 100 queries.
// Runs when FAQ_SOAK_DIST names that build (scripts/test.sh builds it).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { useHarness, readBuilt } from './harness.mjs';

const SOAK_DIST = process.env.FAQ_SOAK_DIST ? path.resolve(process.env.FAQ_SOAK_DIST) : null;
const QUERIES = 2000;
const BASELINE_AFTER = 100;

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Queries of every kind: dataset words, fragments, typos, several words, markup, emoji, noise. */
function queryMaker(words, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const typo = (w) => {
    if (w.length < 3) return w;
    const i = 1 + Math.floor(rand() * (w.length - 1));
    return w.slice(0, i) + pick('aeioustrnl') + w.slice(i + 1);
  };
  const kinds = [
    () => pick(words),
    () => pick(words).slice(0, 1 + Math.floor(rand() * 4)),
    () => typo(pick(words)),
    () => `${pick(words)} ${pick(words)} ${pick(words)}`,
    () => `what is ${pick(words)}`,
    () => pick(['<img src=x onerror=alert(1)>', '</script>', '🙂 🩺', '   ', '', 'ÉPAULE naïve', '%%%', '"quoted"']),
    () => Array.from({ length: 1 + Math.floor(rand() * 30) }, () => String.fromCodePoint(32 + Math.floor(rand() * 0x2fff))).join(''),
    () => pick(words).repeat(1 + Math.floor(rand() * 40)),
  ];
  return () => pick(kinds)();
}

/** Each test serves the 10,000-entry build; every test's console must stay clean (see harness.mjs). */
const h = useHarness();

describe('soak', () => {
  test(`${QUERIES} random queries with answers opened and closed leave no error and no memory growth past 2x`, {
    skip: SOAK_DIST ? false : 'FAQ_SOAK_DIST is not set (scripts/test.sh builds it)',
    timeout: 20 * 60_000,
  }, async () => {
    // The short snippet: the 10,000 static answers are not what this test is about.
    const snippet = readBuilt('embed-short.html', SOAK_DIST);
    const host = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Soak</title></head><body>${snippet}</body></html>`;
    const server = await h.serve(SOAK_DIST, { pages: { '/soak.html': host } });
    const initScript = () => {
      window.__memories = [];
      for (const name of ['instantiate', 'instantiateStreaming']) {
        const original = WebAssembly[name];
        WebAssembly[name] = function (...args) {
          return original.apply(this, args).then((result) => {
            const memory = (result instanceof WebAssembly.Instance ? result : result.instance).exports.memory;
            if (memory) window.__memories.push(memory);
            return result;
          });
        };
      }
    };
    const page = await h.page(`${server.url}soak.html`, { initScript, timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    const memory = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(() => window.__memories.reduce((n, m) => n + m.buffer.byteLength, 0));
      return { js: usedSize, wasm };
    };
    const jsonld = JSON.parse(readFileSync(path.join(SOAK_DIST, 'faq.jsonld'), 'utf8'));
    const words = [...new Set(jsonld.mainEntity.flatMap((q) => q.name.toLowerCase().match(/\p{L}{3,}/gu) ?? []))];
    const rand = random(20261126);
    const nextQuery = queryMaker(words, rand);
    const input = page.locator('faq-widget input.faq__search-input');
    let baseline = null;
    for (let i = 1; i <= QUERIES; i++) {
      const query = nextQuery();
      if (rand() < 0.2) {
        await input.fill(query.slice(0, -1));
        await input.press(query.length ? 'End' : 'Backspace');
        if (query.length) await input.pressSequentially(query.slice(-1));
      } else {
        await input.fill(query);
      }
      // Open (and sometimes close again) a rendered answer, or show more.
      const questions = page.locator('faq-widget .faq__question');
      const count = await questions.count();
      if (count > 0 && rand() < 0.5) {
        const question = questions.nth(Math.floor(rand() * count));
        await question.click();
        if (rand() < 0.5) await question.click();
      } else if (rand() < 0.1 && (await page.locator('faq-widget .faq__more').count())) {
        await page.locator('faq-widget .faq__more').click({ timeout: 10_000 }).catch(async (error) => {
          const busy = await page.evaluate(() => new Promise((resolve) => {
            let n = 0;
            const o = new MutationObserver((r) => { n += r.length; });
            o.observe(document.querySelector('faq-widget').shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
            setTimeout(() => { o.disconnect(); resolve(n); }, 1000);
          }));
          throw new Error(`query ${i} ${JSON.stringify(query)}: "Show more" could not be clicked; ${busy} DOM changes in 1 s idle\n${error.message}`);
        });
      }
      if (i === BASELINE_AFTER) baseline = await memory();
      if (h.problems(page).length) break;
    }
    assert.deepEqual(h.problems(page), [], 'no console error or warning, page error or failed request');
    const final = await memory();
    console.log(`soak: after ${BASELINE_AFTER} queries ${JSON.stringify(baseline)}; after ${QUERIES} ${JSON.stringify(final)}`);
    assert.ok(final.wasm <= 2 * baseline.wasm, `wasm memory ${final.wasm} > 2 x ${baseline.wasm}`);
    assert.ok(final.js <= 2 * baseline.js, `JS heap ${final.js} > 2 x ${baseline.js}`);
    assert.ok(await page.locator('faq-widget .faq__question, faq-widget .faq__card, faq-widget .faq__empty').count() > 0, 'the widget still shows something');
  });

  test('on the 10,000-entry build a deep link to entry 9,000 renders, opens and focuses it with only the first page', {
    skip: SOAK_DIST ? false : 'FAQ_SOAK_DIST is not set (scripts/test.sh builds it)',
  }, async () => {
    const slugs = [...readFileSync(path.join(SOAK_DIST, 'faq-fallback.html'), 'utf8').matchAll(/<details id="faq-([^"]+)"/g)].map((m) => m[1]);
    assert.equal(slugs.length, 10_000);
    // The short snippet: with the static answers in the page, the browser would follow the link to them itself.
    const snippet = readBuilt('embed-short.html', SOAK_DIST);
    const host = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Deep link</title></head><body>${snippet}</body></html>`;
    const server = await h.serve(SOAK_DIST, { pages: { '/link.html': host } });
    const page = await h.page(`${server.url}link.html#faq-${slugs[8999]}`, { timeout: 60_000 });
    const question = page.locator(`faq-widget #faq-q-${slugs[8999]}`);
    await question.waitFor();
    await page.waitForFunction((id) => document.querySelector('faq-widget').shadowRoot.activeElement?.id === id, `faq-q-${slugs[8999]}`);
    assert.equal(await question.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('faq-widget .faq__question').count(), 21, 'the first 20 and the linked entry');
    assert.equal(await page.locator('faq-widget .faq__answer').count(), 21, 'the DOM never holds the other answers');
  });
});
