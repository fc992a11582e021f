// Hostile text end to end: the OWASP payloads of tests/fixtures/xss.txt in
// the static fallback and the JSON-LD (as faq-static renders them for a host
// page), and typed as queries into the widget. A tripwire on window records
// any payload that runs; none may.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ROOT, useHarness, readBuilt } from './harness.mjs';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'xss.txt');

/** Installed before any page script: every payload calls window.__xss(what). */
function tripwire() {
  window.__xssCalls = [];
  window.__xss = (what) => window.__xssCalls.push(String(what));
}

/** What faq-static wrote for the fixture: `{ fallback, jsonld }`. */
let rendered;

/** The fixture rendered by faq-static into a host page, and the widget; every test's console must stay clean (see harness.mjs). */
const h = useHarness({
  pages: () => {
    const out = mkdtempSync(path.join(tmpdir(), 'faq-xss-'));
    execFileSync('cargo', ['run', '--quiet', '-p', 'faq-core', '--bin', 'faq-static', '--', FIXTURE, out], { cwd: ROOT, stdio: 'inherit' });
    rendered = {
      fallback: readFileSync(path.join(out, 'faq-fallback.html'), 'utf8'),
      jsonld: readFileSync(path.join(out, 'faq.jsonld'), 'utf8'),
    };
    const head = '<meta charset="utf-8"><link rel="icon" href="data:,"><title>XSS</title>';
    const snippet = readBuilt('embed.html').replace(/<faq-widget[\s\S]*<\/faq-widget>/, '');
    return {
      // A host page with the fallback and the JSON-LD, and no widget script.
      '/static.html': `<!doctype html><html lang="en"><head>${head}<script type="application/ld+json">${rendered.jsonld}</script></head>
        <body><h1>Clinic</h1><faq-widget>${rendered.fallback}</faq-widget></body></html>`,
      // The widget (seed data), for typing payloads.
      '/widget.html': `<!doctype html><html lang="en"><head>${head}${snippet}</head><body><faq-widget></faq-widget></body></html>`,
    };
  },
});

describe('hostile text', () => {
  test('the static fallback and the JSON-LD show the payloads as text and run none of them', async () => {
    const page = await h.page('/static.html', { initScript: tripwire, waitForWidget: false });
    await page.locator('faq-widget details').first().waitFor();
    for (const details of await page.locator('faq-widget details').all()) await details.evaluate((d) => (d.open = true));
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__xssCalls), [], 'a payload ran');
    const summaries = await page.locator('faq-widget summary').allTextContents();
    assert.ok(summaries.includes("What does <script>window.__xss('question-script')</script> do?"), JSON.stringify(summaries));
    assert.ok(summaries.includes("What about &lt;script&gt;window.__xss('entity')&lt;/script&gt; and &#60;b&#62;?"));
    assert.equal(await page.locator('faq-widget script, faq-widget img, faq-widget svg, faq-widget iframe, faq-widget a').count(), 0);
    // One JSON-LD block, whole (no </script> ended it early), with the payloads as data.
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    assert.equal(blocks.length, 1);
    const data = JSON.parse(blocks[0]);
    assert.equal(data.mainEntity.length, 5, "every question of the fixture");
    assert.ok(data.mainEntity.some((q) => q.name === "Does </script><script>window.__xss('question-jsonld')</script> break the JSON-LD?"));
    assert.ok(!rendered.jsonld.includes('</script'), 'every < is escaped in the JSON-LD');
  });

  test('payloads typed into the search box are shown as text and run nothing', async () => {
    const page = await h.page('/widget.html', { initScript: tripwire });
    const input = page.locator('faq-widget input.faq__search-input');
    for (const payload of [
      "<script>window.__xss('query-script')</script>",
      "<img src=x onerror=\"window.__xss('query-img')\">",
      "<svg onload=window.__xss('query-svg')>",
      "javascript:window.__xss('query-href')",
      "\"><iframe srcdoc=\"<script>parent.__xss('query-iframe')</script>\">",
    ]) {
      await input.fill(payload);
      const empty = page.locator('faq-widget .faq__empty');
      await empty.waitFor();
      // The empty state repeats the query (its first 60 characters) as text.
      assert.ok((await empty.textContent()).includes(payload.slice(0, 40)), 'the query is echoed as text');
    }
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__xssCalls), [], 'a payload ran');
    assert.equal(await page.locator('faq-widget .faq__empty img, faq-widget .faq__empty svg, faq-widget .faq__empty iframe, faq-widget .faq__empty script').count(), 0);
  });
});
