// The static fallback and the JSON-LD that the build puts into the demo page.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ROOT, DIST, SEL, startServer, launchBrowser, openPage } from './harness.mjs';

const EXPECTED_QUESTIONS = readFileSync(path.join(ROOT, 'data', 'faq.txt'), 'utf8')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line.endsWith('?'))
  .map((line) => line.replace(/^\[FAQ\]:\s*/, ''));

let server;
let browser;

before(async () => {
  server = await startServer(DIST);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('static fallback and JSON-LD', () => {
  test('the build writes faq-fallback.html and faq.jsonld for hosts to paste', () => {
    for (const file of ['faq-fallback.html', 'faq.jsonld']) {
      assert.ok(existsSync(path.join(DIST, file)), `${file} is missing from dist/`);
    }
    const fallback = readFileSync(path.join(DIST, 'faq-fallback.html'), 'utf8');
    assert.equal((fallback.match(/<details /g) ?? []).length, EXPECTED_QUESTIONS.length);
  });

  test('without JavaScript every question and its answer can be read in the page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      const summaries = page.locator('faq-widget details > summary');
      assert.deepEqual((await summaries.allTextContents()).map((t) => t.trim()), EXPECTED_QUESTIONS);
      // Opening one shows its answer, with lists as lists.
      const serious = page.locator('faq-widget details', { hasText: 'How do I know if my back pain is serious?' });
      await serious.locator('summary').click();
      await assert.doesNotReject(serious.getByText('You Have Numbness, Tingling or Weakness').waitFor({ state: 'visible' }));
      assert.equal(await serious.locator('ol > li').count(), 6);
      assert.equal(await page.locator('faq-widget details#faq-what-are-back-mice').count(), 1, 'each answer has its faq-<slug> id');
    } finally {
      await context.close();
    }
  });

  test('once the widget starts, the fallback is no longer shown beside it', async () => {
    const { page, errors, close } = await openPage(browser, server.url);
    try {
      await page.locator(SEL.question).first().waitFor({ state: 'visible' });
      assert.equal(await page.locator(SEL.question).count(), EXPECTED_QUESTIONS.length);
      assert.equal(await page.locator('faq-widget details').first().isVisible(), false);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('the page carries FAQPage JSON-LD with every question and its answer text', async () => {
    const { page, errors, close } = await openPage(browser, server.url);
    try {
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
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
