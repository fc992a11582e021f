// The static fallback and the JSON-LD that the build puts into the demo page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { DIST, SEL, SEED_ENTRIES, useHarness } from './harness.mjs';

/** The seed's entries in file order (see harness.mjs). */
const ENTRIES = SEED_ENTRIES;
/** Every question, in file order (the JSON-LD's order). */
const EXPECTED_QUESTIONS = ENTRIES.map((e) => e.question);
/** The red flags, in file order. */
const URGENT = ENTRIES.filter((e) => e.urgent).map((e) => e.question);
/** The fallback's order: the red flags first, then the others, each in file order. */
const FALLBACK_ORDER = [...URGENT, ...ENTRIES.filter((e) => !e.urgent).map((e) => e.question)];
/** The review line that ends the fallback. */
const REVIEW_LINE =
  '<p class="faq-fallback__review">Reviewed by the Example Spine Clinic medical team (demo: replace with your reviewing clinician) on <time datetime="2026-10-15">2026-10-15</time>.</p>';

/** dist/, its demo page at `/`; every test's console must stay clean (see harness.mjs). */
const h = useHarness({ dist: DIST });

describe('static fallback and JSON-LD', () => {
  test('the build writes faq-fallback.html and faq.jsonld for hosts to paste', () => {
    for (const file of ['faq-fallback.html', 'faq.jsonld']) {
      assert.ok(existsSync(path.join(DIST, file)), `${file} is missing from dist/`);
    }
    const fallback = readFileSync(path.join(DIST, 'faq-fallback.html'), 'utf8');
    const details = [...fallback.matchAll(/<details ([^>]*)><summary>([^<]*)<\/summary>/g)].map(([, attrs, question]) => ({ attrs, question }));
    assert.equal((fallback.match(/<details /g) ?? []).length, EXPECTED_QUESTIONS.length);
    assert.deepEqual(details.map((d) => d.question), FALLBACK_ORDER, 'the red flags first, then the others, each in file order');
    assert.equal(URGENT.length, 4);
    for (const [i, d] of details.entries()) {
      const urgent = i < URGENT.length;
      assert.equal(/\bclass="faq-fallback__urgent"/.test(d.attrs), urgent, `${d.question}: faq-fallback__urgent only on red flags`);
      assert.equal(/(^|\s)open(\s|$)/.test(d.attrs), urgent, `${d.question}: open only if a red flag`);
      assert.match(d.attrs, /^id="faq-[a-z0-9-]+"/, `${d.question}: has its faq-<slug> id`);
    }
    assert.ok(fallback.trimEnd().endsWith(`${REVIEW_LINE}\n</div>`), `the fallback ends with the review line:\n${fallback.slice(-400)}`);
  });

  test('without JavaScript every question and its answer can be read in the page', async () => {
    const page = await h.page('/', { javaScriptEnabled: false });
    const summaries = page.locator('faq-widget details > summary');
    assert.deepEqual((await summaries.allTextContents()).map((t) => t.trim()), FALLBACK_ORDER, 'red flags first');
    // The red flags are open from the start, lists as lists.
    assert.deepEqual(
      await page.locator('faq-widget details[open]').evaluateAll((els) => els.map((d) => d.querySelector('summary').textContent.trim())),
      URGENT,
      'exactly the red flags are open',
    );
    const serious = page.locator('faq-widget details', { hasText: 'How do I know if my back pain is serious?' });
    assert.equal(await serious.getByText('You Have Numbness, Tingling or Weakness').isVisible(), true, 'a red flag is readable without a click');
    assert.equal(await serious.locator('ol > li').count(), 6);
    // Opening another shows its answer, with lists as lists.
    const cancers = page.locator('faq-widget details', { hasText: 'What cancers cause back pain?' });
    assert.equal(await cancers.locator('ul').isVisible(), false, 'the others start closed');
    await cancers.locator('summary').click();
    await assert.doesNotReject(cancers.locator('ul > li').first().waitFor({ state: 'visible' }));
    assert.equal(await cancers.locator('ul > li').count(), 6);
    assert.equal(await page.locator('faq-widget details#faq-what-are-back-mice').count(), 1, 'each answer has its faq-<slug> id');
    // The review line is readable too.
    const review = page.locator('faq-widget .faq-fallback__review');
    assert.equal(await review.isVisible(), true, 'the review line is shown');
    assert.equal(await review.locator('time').getAttribute('datetime'), '2026-10-15');
  });

  test('once the widget starts, the fallback is no longer shown beside it', async () => {
    const page = await h.page('/');
    await page.locator(SEL.question).first().waitFor({ state: 'visible' });
    assert.equal(await page.locator('faq-widget .faq__card').count(), URGENT.length, 'the red flags as care cards');
    assert.equal(await page.locator(SEL.question).count(), EXPECTED_QUESTIONS.length - URGENT.length, 'the others in the list');
    assert.equal(await page.locator('faq-widget details').first().isVisible(), false, 'the fallback (an open red flag first) is hidden');
    assert.equal(await page.locator('faq-widget .faq-fallback__review').isVisible(), false, "the fallback's review line is hidden");
  });

  test('the page carries FAQPage JSON-LD with every question and its answer text', async () => {
    const page = await h.page('/');
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    assert.equal(blocks.length, 1);
    const data = JSON.parse(blocks[0]);
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'FAQPage');
    assert.deepEqual(data.mainEntity.map((q) => q.name), EXPECTED_QUESTIONS);
    for (const q of data.mainEntity) {
      assert.equal(q['@type'], 'Question');
      assert.equal(q.acceptedAnswer['@type'], 'Answer');
      assert.ok(q.acceptedAnswer.text.length > 0, q.name);
    }
    assert.match(data.mainEntity[0].acceptedAnswer.text, /^Back mice is a nonmedical term/);
  });
});
