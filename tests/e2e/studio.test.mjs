// The FAQ studio (dist/studio.html, its .wasm from the faq-studio crate):
// it opens with the seed and is accessible; as you type it shows the build's
// error with its line, then the lint's warning once the error is fixed, each
// a button that moves the cursor to its line (keyboard only); "Download"
// gives one .zip holding exactly the files faq-pack writes for the same
// dataset from the same dist/, which work from another origin under the
// strict CSP; Download with the seed gives dist/'s own files byte for byte;
// with the network off after load, the preview is the packed widget with the new
// questions (search finds them), follows the texts and colours, and is kept,
// saying so, while the dataset has an error.
// Run after a release build (`scripts/release.sh`): `node --test tests/e2e/studio.test.mjs`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DIST, ROOT, SEL, formatViolations, runAxe, useHarness, withAssetsAt } from './harness.mjs';

const h = useHarness({});

/** Opens the studio and waits until its .wasm has checked the first dataset. */
async function openStudio(options = {}) {
  const page = await h.page('studio.html', { waitForWidget: false, ...options });
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

/** A new temporary directory, removed after the test. */
function scratch(t) {
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-studio-e2e-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const problemTexts = (page) => page.locator('#problems li').allTextContents();

test('the studio opens with the seed, shows its lint warnings and has no axe violations', async () => {
  // axe is injected as an inline script, which the studio's CSP refuses: bypassed for this test only.
  const page = await openStudio({ context: { bypassCSP: true } });
  assert.equal(await page.locator('#dataset').inputValue(), readFileSync(path.join(ROOT, 'data', 'faq.txt'), 'utf8'));
  assert.match(await page.locator('#status').textContent(), /^No errors; \d+ warnings/);
  const problems = await problemTexts(page);
  assert.ok(problems.some((p) => /^faq\.txt:\d+: warning: .*inPain/.test(p)), `the seed's missing space: ${problems.join('\n')}`);
  assert.equal(await page.locator('#status').getAttribute('role'), 'status', 'announced politely');
  const violations = await runAxe(page);
  assert.deepEqual(violations, [], formatViolations(violations));
  // The demo page links to it.
  const demo = await h.page('index.html');
  assert.equal(await demo.locator('a[href="studio.html"]').count(), 1);
});

test('a missing space and a question without an answer: the error with its line, then the warning once it is fixed', async () => {
  const page = await openStudio();
  const broken = 'What is a lipoma?\nA soft lump underThe skin.\n\nIs it serious?\n';
  await page.locator('#dataset').fill(broken);
  await page.locator('#problems li', { hasText: 'has no answer' }).waitFor();
  assert.deepEqual(await problemTexts(page), ['faq.txt:4: the question "Is it serious?" has no answer']);
  assert.match(await page.locator('#status').textContent(), /^Error on line 4: the preview and the download wait until it is fixed/);

  // Keyboard only: Tab from the text area reaches the error; Enter puts the cursor on its line.
  await page.locator('#dataset').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('#problems') !== null), true, 'the error is the next stop');
  await page.keyboard.press('Enter');
  assert.deepEqual(
    await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart]),
    ['dataset', broken.indexOf('Is it serious?')],
  );

  await page.keyboard.press('End');
  await page.keyboard.type('\nRarely.');
  await page.locator('#problems li', { hasText: 'warning' }).waitFor();
  const problems = await problemTexts(page);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^faq\.txt:2: warning: .*underThe/);
  assert.match(await page.locator('#status').textContent(), /^No errors; 1 warning /);
  await page.locator('#problems button').click();
  assert.equal(await page.evaluate(() => document.activeElement.selectionStart), broken.indexOf('A soft'));
});

test("Download with the seed gives the release build's own files byte for byte", async (t) => {
  const page = await openStudio();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
  const dir = scratch(t);
  const zip = path.join(dir, 'faq-widget.zip');
  await download.saveAs(zip);
  const unzipped = path.join(dir, 'zip');
  execFileSync('unzip', ['-q', zip, '-d', unzipped]);
  const names = readdirSync(unzipped).sort();
  assert.equal(names.length, 6, names.join(', '));
  for (const name of names) {
    assert.ok(readFileSync(path.join(unzipped, name)).equals(readFileSync(path.join(DIST, name))), `${name} differs from dist/${name}`);
  }
});

test('Download gives one .zip with the files faq-pack writes for the same dataset', async (t) => {
  const fixture = path.join(ROOT, 'tests', 'fixtures', 'pack-clinic.txt');
  const page = await openStudio();
  await page.locator('#dataset').fill(readFileSync(fixture, 'utf8'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
  assert.equal(download.suggestedFilename(), 'faq-widget.zip');
  const dir = scratch(t);
  const zip = path.join(dir, 'faq-widget.zip');
  await download.saveAs(zip);
  const unzipped = path.join(dir, 'zip');
  execFileSync('unzip', ['-q', zip, '-d', unzipped]);

  const cli = path.join(dir, 'cli');
  execFileSync('cargo', ['run', '--quiet', '-p', 'faq-core', '--bin', 'faq-pack', '--', fixture, '--from', DIST, '--out', cli], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const names = readdirSync(cli).sort();
  assert.equal(names.length, 6, names.join(', '));
  assert.deepEqual(readdirSync(unzipped).sort(), names);
  for (const name of names) {
    assert.ok(readFileSync(path.join(unzipped, name)).equals(readFileSync(path.join(cli, name))), `${name}: the zip's differs from faq-pack's`);
  }
  assert.match(await page.locator('#status').textContent(), /^Downloaded faq-widget\.zip/);

  // The zip's files on a CDN, its snippet pasted in a page of another origin under the strict CSP:
  // the widget shows the new questions, every integrity check holding.
  const cdn = await h.serve(unzipped, { cors: true });
  const pasted = withAssetsAt(readFileSync(path.join(unzipped, 'embed.html'), 'utf8'), cdn.url);
  const csp = `default-src 'self'; script-src 'self' ${cdn.origin} 'wasm-unsafe-eval'; connect-src ${cdn.origin}; style-src 'self'`;
  const host = await h.serve(null, {
    pages: {
      '/clinic.html': {
        body: `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>A dental clinic</title><link rel="icon" href="/favicon.ico"></head>\n<body><main><h1>Dental questions</h1>\n${pasted}</main></body></html>`,
        headers: { 'Content-Security-Policy': csp },
      },
      // The page's own icon: a data: one would be refused by default-src 'self'.
      '/favicon.ico': { body: '', type: 'image/x-icon' },
    },
  });
  const clinic = await h.page(`${host.url}clinic.html`);
  await clinic.locator('faq-widget .faq__question-text', { hasText: 'wisdom tooth' }).waitFor();
  const served = cdn.requests.map((r) => [r.path, r.status]).sort();
  assert.deepEqual(served, [['/faq-widget.js', 200], [`/${names.find((n) => n.endsWith('.wasm'))}`, 200]].sort());
});

test('the preview shows the new questions, search finds them, and an error keeps the last preview and says so', async () => {
  const page = await openStudio();
  // Nothing leaves the browser: from here on the network is off.
  await page.context().setOffline(true);
  await page.locator('#dataset').fill('What is a lipoma?\nA soft, fatty lump.\n\nWhat is a cyst?\nA sac of fluid.\n\n! When should I see a doctor?\nIf the lump grows fast.\n');
  const preview = page.frameLocator('#preview');
  const questions = preview.locator(`${SEL.question} .faq__question-text`);
  await questions.filter({ hasText: 'What is a cyst?' }).waitFor({ timeout: 15_000 });
  assert.deepEqual(await questions.allTextContents(), ['What is a lipoma?', 'What is a cyst?']);
  await preview.locator('faq-widget .faq__card-heading', { hasText: 'When should I see a doctor?' }).waitFor();
  await preview.locator('faq-widget input.faq__search-input').fill('fatty');
  await preview.locator(SEL.question).first().filter({ hasText: 'lipoma' }).waitFor();
  assert.equal(await preview.locator(SEL.question).count(), 1);

  // The texts and colours: the preview and the snippet follow.
  await page.locator('#attr-heading').fill('Lumps & bumps "FAQ"');
  await preview.locator('faq-widget .faq__title', { hasText: 'Lumps & bumps "FAQ"' }).waitFor();
  await page.locator('#theme-accent').fill('#aa0000');
  assert.equal(await preview.locator('faq-widget').evaluate((el) => el.style.getPropertyValue('--faq-accent')), '#aa0000');
  const pasted = await page.locator('#snippet').inputValue();
  assert.match(pasted, /^<style>faq-widget \{ --faq-accent: #aa0000; \}<\/style>\n<link rel="preload" href="faq-widget-[0-9a-f]+_bg\.wasm"/);
  assert.ok(pasted.includes('<faq-widget heading="Lumps &amp; bumps &quot;FAQ&quot;"'), pasted);

  // An error: the preview stays, and the page says why.
  await page.locator('#dataset').fill('What is a lipoma?\n');
  await page.locator('#status', { hasText: 'Error on line 1' }).waitFor();
  await page.waitForTimeout(1_000);
  assert.match(await page.locator('#preview-status').textContent(), /last version without errors/);
  assert.deepEqual(await questions.allTextContents(), ['What is a lipoma?', 'What is a cyst?']);

  // Still offline: fixed, the preview follows again, and Download works.
  await page.locator('#dataset').fill('What is a lipoma?\nA soft, fatty lump.\n');
  await questions.filter({ hasText: 'What is a lipoma?' }).waitFor();
  await page.locator('#status', { hasText: /^No errors/ }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
  assert.equal(download.suggestedFilename(), 'faq-widget.zip');
});

test('"Open a file" and a dropped .json file replace the dataset, and their name is the one in the messages', async () => {
  const page = await openStudio();
  await page.locator('#file-input').setInputFiles({
    name: 'clinic.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('What is a lipoma?\nA soft lump.\n\nIs it serious?\n'),
  });
  await page.locator('#problems li', { hasText: 'clinic.txt:4: the question "Is it serious?" has no answer' }).waitFor();
  assert.equal(await page.locator('#file-name').textContent(), 'clinic.txt');

  const json = JSON.stringify([{ question: 'What is a cyst?', answer: 'A sac of fluid.' }, { question: 'What is a cyst?', answer: 'Again.' }]);
  await page.locator('#dataset').evaluate((area, json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'clinic.json', { type: 'application/json' }));
    area.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, json);
  await page.locator('#problems li', { hasText: /^clinic\.json:1: duplicate question/ }).waitFor();
  assert.equal(await page.locator('#dataset').inputValue(), json);
});

test('a dataset in another language than the widget it packs into: no preview, and why', async () => {
  const page = await openStudio();
  await page.locator('#dataset').fill('---\nlanguage: es\n---\n¿Qué es un lipoma?\nUn bulto blando de grasa.\n');
  await page.locator('#status', { hasText: /^No errors/ }).waitFor();
  await page.waitForFunction(() => document.getElementById('preview-status').textContent.startsWith('No preview'), null, { timeout: 15_000 });
  assert.match(
    await page.locator('#preview-status').textContent(),
    /this widget was built to search "en" and the dataset is in "es"; a widget searches the language it was built for/,
  );
});
