// End-to-end tests of what makes the answers trustworthy: red flags as care
// cards (at rest compact, in one "Urgent advice" block; whole among a
// search's results; with the clinic's call to action), the review line and
// disclaimer, and "Was this helpful?". In the built demo page (dist/) and in host pages
// that set the widget's attributes, in the system Chromium.
// Run: `node --test --test-concurrency=1 tests/e2e/`.
//
// The widget renders in the open shadow root of <faq-widget>: Playwright's
// selectors pierce it, in-page code reaches it through `host.shadowRoot`.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { SEL, useHarness, hostPage, runAxe, formatViolations, deepActiveElement, SEED_ENTRIES } from './harness.mjs';

/** The seed's entries in file order (see harness.mjs). */
const ENTRIES = SEED_ENTRIES;

/** The red flags, in file order. */
const URGENT = ENTRIES.filter((e) => e.urgent).map((e) => e.question);
/** The other questions, in file order. */
const LISTED = ENTRIES.filter((e) => !e.urgent).map((e) => e.question);

const LUMP = 'When should I be worried about a lump on my back?';
const LUMP_SLUG = 'when-should-i-be-worried-about-a-lump-on-my-back';
const NIGHT = 'Why is back pain at night a red flag?';
const TUMOR = 'How do I know if I have had a spinal tumor?';
const TUMOR_SLUG = 'how-do-i-know-if-i-have-had-a-spinal-tumor';
const SERIOUS = 'How do I know if my back pain is serious?';
const BACK_MICE = 'What are back mice?';
const BACK_MICE_SLUG = 'what-are-back-mice';
const DOCTOR = 'Which doctor treats back pain?';
/** A query no entry has every word of: the search shows the closest entries. */
const RELAXED_QUERY = 'back pain keeps waking me up at night';

const REVIEWER = 'the Example Spine Clinic medical team (demo: replace with your reviewing clinician)';
const DISCLAIMER =
  'This information does not replace a consultation with a doctor. If you are worried, or your symptoms are severe or getting worse, contact your doctor or emergency services.';
const THANKS = 'Thank you for your feedback.';
const PHONE = '+44 20 7946 0958';
const BOOKING = 'https://clinic.example/book';

/** The embed snippet's script tag (dist/embed.html starts with it). */
/** A host page: `lang` on <html> (none if null), the snippet's script, an h1, and `<faq-widget ${attrs}>`. */
const clinicPage = (attrs = '', lang = 'en-GB') =>
  hostPage({ body: `<main>\n  <h1>A clinic</h1>\n  <faq-widget ${attrs}></faq-widget>\n</main>`, lang });

const PAGES = {
  '/plain.html': clinicPage(),
  // The widget first in the body: nothing above it.
  '/top.html': hostPage({ body: '<faq-widget></faq-widget>\n<p>The rest of the clinic\'s page.</p>' }),
  '/cta.html': clinicPage(`phone="${PHONE}" appointment-url="${BOOKING}"`),
  '/cta-relative.html': clinicPage(`phone="${PHONE}" appointment-url="/appointments?from=faq"`),
  '/cta-javascript.html': clinicPage(`phone="${PHONE}" appointment-url="javascript:alert(document.domain)"`),
  '/lang-fr.html': clinicPage('', 'fr'),
  '/lang-en-us.html': clinicPage('', 'en-US'),
  '/lang-none.html': clinicPage('', null),
  '/texts.html': clinicPage(
    [
      'urgent-label="Consejo urgente:"',
      'urgent-heading="Consejos urgentes"',
      'relaxed-text="Ninguna respuesta tiene todas sus palabras; las más cercanas:"',
      'other-urgent-text="Señales de alarma:"',
      'phone="+34 912 345 678"',
      'call-text="Llame al {phone}"',
      'appointment-url="/cita"',
      'book-text="Pida cita"',
      'reviewed-text="Revisado por {reviewer} el {date}."',
      'disclaimer-text="Esta información no sustituye a una consulta médica."',
      'feedback-text="¿Le ha sido útil?"',
      'yes-text="Sí"',
      'no-text="No mucho"',
      'thanks-text="Gracias por su opinión."',
    ].join('\n  '),
    'es',
  ),
};


/** dist/ (its demo page at `/`) and the host pages; every test's console must stay clean (see harness.mjs). */
const h = useHarness({ pages: PAGES });

/** Fails, listing them, if axe-core finds any violation; `where` names the state. */
async function assertAxeClean(page, where) {
  const violations = await runAxe(page);
  assert.deepEqual(violations.map((v) => v.id), [], `${where}:\n${formatViolations(violations)}`);
}

function statusText(page) {
  return page.locator(SEL.status).textContent().then((t) => t.trim());
}

/** Waits until the status region's text satisfies `pattern`. */
async function waitForStatus(page, pattern) {
  try {
    await page.waitForFunction(
      ({ source, flags }) => {
        const el = document.querySelector('faq-widget')?.shadowRoot?.querySelector('[role="status"]');
        return !!el && new RegExp(source, flags).test(el.textContent.trim());
      },
      { source: pattern.source, flags: pattern.flags },
      { timeout: 5_000 },
    );
  } catch {
    assert.fail(`status never matched ${pattern}; it says ${JSON.stringify(await statusText(page))}`);
  }
}

function searchBox(page) {
  return page.locator('faq-widget input[type="search"]');
}

/** The questions of the care cards shown, in order (without the icon and the label). */
function cardQuestions(page) {
  return page.$$eval('faq-widget .faq__card-heading', (els) =>
    els.map((h) => {
      const copy = h.cloneNode(true);
      copy.querySelectorAll('.faq__card-icon, .faq__card-label').forEach((e) => e.remove());
      return copy.textContent.trim();
    }),
  );
}

/** The question texts of the list, in order. */
function listQuestions(page) {
  return page.locator('faq-widget .faq__item:not([hidden]) .faq__question-text').allTextContents().then((t) => t.map((s) => s.trim()));
}

/** The care card whose question is `text`. */
function card(page, text) {
  return page.locator('faq-widget .faq__card').filter({ has: page.locator('.faq__card-heading', { hasText: text }) });
}

/** The question button of the red flag `text` in the "Urgent advice" block (at rest). */
function urgentQuestion(page, text) {
  return page.locator('faq-widget .faq__urgent .faq__card-question').filter({ hasText: text });
}

/** Opens the red flag `text` in the "Urgent advice" block (at rest) with a click. */
async function openCard(page, text) {
  await urgentQuestion(page, text).click();
  assert.equal(await urgentQuestion(page, text).getAttribute('aria-expanded'), 'true', `${text}: opened`);
}

/** Opens every answer, the red flags' too, with "Show all answers". */
async function showAll(page) {
  await page.locator('faq-widget .faq__show-all').click();
  assert.equal((await page.locator('faq-widget .faq__show-all').textContent()).trim(), 'Hide all answers');
}

/** The slug of a seed question. */
function slugOf(question) {
  return question.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Text of the focused element (trimmed; inside the widget's shadow root). */
async function activeText(page) {
  const el = await page.evaluateHandle(deepActiveElement);
  try {
    return await el.evaluate((e) => (e?.textContent ?? '').trim());
  } finally {
    await el.dispose();
  }
}

/** The list item whose question is `text`. */
function item(page, text) {
  return page.locator('faq-widget .faq__item:not([hidden])').filter({ has: page.locator('.faq__question-text', { hasText: text }) });
}

/** The id (or tag) of the focused element, looking into the widget's shadow root. */
async function focusedId(page) {
  const el = await page.evaluateHandle(deepActiveElement);
  try {
    return await el.evaluate((e) => e?.id || `<${e?.tagName.toLowerCase()}>`);
  } finally {
    await el.dispose();
  }
}

/** An init script recording every faq-feedback event as it reaches `document`. */
function recordFeedback() {
  const log = [];
  Object.defineProperty(window, '__feedback', { value: log });
  document.addEventListener('faq-feedback', (e) => {
    log.push({
      detail: JSON.parse(JSON.stringify(e.detail)),
      bubbles: e.bubbles,
      composed: e.composed,
      target: e.target?.localName ?? null,
      dispatchedOn: e.composedPath()[0]?.localName ?? null,
    });
  });
}

function recordedFeedback(page) {
  return page.evaluate(() => window.__feedback);
}

/** Starts counting changes to the polite announcer's text (each change is something a screen reader reads out). */
function watchAnnouncer(page) {
  return page.evaluate(() => {
    const region = document.querySelector('faq-widget').shadowRoot.querySelector('.faq__announce');
    window.__announced = [];
    new MutationObserver(() => window.__announced.push(region.textContent.trim())).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

function announcements(page) {
  return page.evaluate(() => window.__announced);
}

describe('red flags as care cards', () => {
  test('at rest the four red flags are one "Urgent advice" region above the list: each question a collapsed disclosure, a button in an h4 with an aria-hidden icon, its answer hidden until found', async () => {
    const page = await h.page('/');
    const region = page.getByRole('region', { name: 'Urgent advice', exact: true });
    assert.equal(await region.count(), 1, 'one region named by its heading');
    assert.deepEqual(
      await region.evaluate((s) => {
        const title = s.querySelector(':scope > h3');
        return {
          tag: s.tagName,
          part: s.getAttribute('part'),
          labelledBy: s.getAttribute('aria-labelledby'),
          titleId: title?.id,
          title: title?.textContent.trim(),
          icon: title?.querySelector('.faq__card-icon')?.getAttribute('aria-hidden'),
        };
      }),
      { tag: 'SECTION', part: 'urgent', labelledBy: 'faq-urgent', titleId: 'faq-urgent', title: '!Urgent advice', icon: 'true' },
    );
    assert.deepEqual(await cardQuestions(page), URGENT, 'one card per red flag, in file order, all in the block');
    assert.equal(await region.locator('.faq__card').count(), 4);
    assert.deepEqual(await listQuestions(page), LISTED, 'the list holds the others');
    const cards = await page.$$eval('faq-widget .faq__card', (cards) =>
      cards.map((c) => {
        const button = c.querySelector('.faq__card-heading > button');
        const panel = c.getRootNode().getElementById(button?.getAttribute('aria-controls'));
        const icon = button?.querySelector('.faq__card-icon');
        const root = c.getRootNode();
        const before = (sel) => !!(c.compareDocumentPosition(root.querySelector(sel)) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          cls: c.className,
          part: c.getAttribute('part'),
          headingTag: button?.parentElement.tagName,
          button: {
            cls: button?.className,
            type: button?.getAttribute('type'),
            id: button?.id,
            expanded: button?.getAttribute('aria-expanded'),
            controls: button?.getAttribute('aria-controls'),
          },
          firstChild: button?.firstElementChild?.className,
          icon: { hidden: icon?.getAttribute('aria-hidden'), text: icon?.textContent },
          panel: { hidden: panel?.getAttribute('hidden'), labelledBy: panel?.getAttribute('aria-labelledby'), inCard: c.contains(panel) },
          // A hidden="until-found" panel's content is skipped (content-visibility: hidden).
          panelVisible: !!panel?.firstElementChild?.checkVisibility(),
          panelText: panel?.textContent.trim().length ?? 0,
          buttons: [...c.querySelectorAll('button')].map((b) => b.className),
          beforeControls: before('.faq__controls'),
          beforeList: before('.faq__list'),
        };
      }),
    );
    for (const [i, c] of cards.entries()) {
      const slug = URGENT[i].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      assert.deepEqual(
        { cls: c.cls, part: c.part, headingTag: c.headingTag, button: c.button, firstChild: c.firstChild, icon: c.icon, panel: c.panel },
        {
          cls: 'faq__card faq__card--compact',
          part: 'care-card',
          headingTag: 'H4',
          button: { cls: 'faq__card-question', type: 'button', id: `faq-q-${slug}`, expanded: 'false', controls: `faq-a-${slug}` },
          firstChild: 'faq__card-icon',
          icon: { hidden: 'true', text: '!' },
          panel: { hidden: 'until-found', labelledBy: `faq-q-${slug}`, inCard: true },
        },
        `${URGENT[i]}: the compact card's markup`,
      );
      assert.equal(c.panelVisible, false, `${URGENT[i]}: the answer is collapsed`);
      assert.ok(c.panelText > 40, `${URGENT[i]}: the collapsed answer has its text (find-in-page reaches it)`);
      assert.deepEqual(c.buttons, ['faq__card-question'], `${URGENT[i]}: only the question is a button while closed`);
      assert.equal(c.beforeControls && c.beforeList, true, `${URGENT[i]}: above "Show all answers" and the list`);
    }
    // Each question's accessible name is the question alone (the icon is aria-hidden).
    for (const q of URGENT) {
      assert.equal(await region.getByRole('button', { name: q, exact: true }).count(), 1, `a button named "${q}"`);
    }
    // The urgent style: the red edge and the red heading.
    const colours = await region.evaluate((s) => ({
      edge: getComputedStyle(s).borderInlineStartColor,
      title: getComputedStyle(s.querySelector('h3')).color,
      icon: getComputedStyle(s.querySelector('.faq__card-question .faq__card-icon')).backgroundColor,
    }));
    assert.deepEqual(colours, { edge: 'rgb(179, 38, 30)', title: 'rgb(179, 38, 30)', icon: 'rgb(179, 38, 30)' });
  });

  test('on a 390×844 phone, with the widget first on the page, every red-flag question and the first ordinary question are on the first screen', async () => {
    const page = await h.page('/top.html', { viewport: { width: 390, height: 844 } });
    assert.equal(await page.evaluate(() => document.body.firstElementChild.localName), 'faq-widget');
    const boxes = await page.$$eval('faq-widget .faq__card-question, faq-widget .faq__item:not([hidden]) .faq__question', (els) =>
      els.slice(0, 5).map((el) => ({ text: el.textContent.trim(), bottom: el.getBoundingClientRect().bottom })),
    );
    assert.deepEqual(boxes.map((b) => b.text.replace(/^!/, '')), [...URGENT, LISTED[0]], 'the four red flags, then the first question');
    for (const b of boxes) assert.ok(b.bottom <= 844, `"${b.text}" ends at y = ${b.bottom}, on the first screen (844 px)`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing scrolled');
  });

  test("a tap on a red flag's question opens its whole answer with the call and booking links and \"Was this helpful?\"; another tap closes it", async () => {
    const page = await h.page('/cta.html');
    const question = urgentQuestion(page, LUMP);
    await question.click();
    assert.equal(await question.getAttribute('aria-expanded'), 'true');
    const body = card(page, LUMP).locator('.faq__card-body');
    assert.equal(await body.isVisible(), true, 'the answer is shown');
    assert.equal(await body.getAttribute('hidden'), null);
    assert.deepEqual(
      await body.locator('a.faq__action').evaluateAll((as) => as.map((a) => [a.getAttribute('part'), a.getAttribute('href')])),
      [['call', 'tel:+442079460958'], ['book', BOOKING]],
      'the call to action, in the answer',
    );
    assert.equal(await body.getByRole('group', { name: 'Was this helpful?', exact: true }).count(), 1);
    assert.equal(await card(page, NIGHT).locator('.faq__card-body').isVisible(), false, 'the others stay closed');
    await question.click();
    assert.equal(await question.getAttribute('aria-expanded'), 'false');
    assert.equal(await body.isVisible(), false, 'closed again');
    assert.equal(await body.getAttribute('hidden'), 'until-found');
  });

  test('with the keyboard, Tab reaches each red-flag question after the search box, and Enter and Space open and close it', async () => {
    const page = await h.page('/');
    await searchBox(page).focus();
    for (const q of URGENT) {
      await page.keyboard.press('Tab');
      assert.equal(await focusedId(page), `faq-q-${slugOf(q)}`, `Tab reaches "${q}"`);
    }
    await page.keyboard.press('Shift+Tab');
    const question = urgentQuestion(page, TUMOR);
    await page.keyboard.press('Enter');
    assert.equal(await question.getAttribute('aria-expanded'), 'true', 'Enter opens it');
    assert.equal(await card(page, TUMOR).locator('.faq__card-body').isVisible(), true);
    assert.equal(await focusedId(page), `faq-q-${TUMOR_SLUG}`, 'focus stays on the question');
    await page.keyboard.press('Space');
    assert.equal(await question.getAttribute('aria-expanded'), 'false', 'Space closes it');
    await page.keyboard.press('Space');
    assert.equal(await question.getAttribute('aria-expanded'), 'true', 'Space opens it');
    // Into the open answer: its "Was this helpful?" buttons, then the next question.
    await page.keyboard.press('Tab');
    assert.equal(await activeText(page), 'Yes');
  });

  test("find-in-page reaching a collapsed red flag's answer opens it", async () => {
    const page = await h.page('/');
    const question = urgentQuestion(page, NIGHT);
    // What the browser does when find-in-page matches text in a hidden="until-found" panel.
    await card(page, NIGHT).locator('.faq__card-body').evaluate((panel) => {
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    });
    await page.waitForFunction(
      (id) => document.querySelector('faq-widget').shadowRoot.getElementById(id)?.getAttribute('aria-expanded') === 'true',
      `faq-q-${slugOf(NIGHT)}`,
      { timeout: 5_000 },
    ).catch(async () => assert.fail(`aria-expanded stayed ${await question.getAttribute('aria-expanded')}`));
    assert.equal(await card(page, NIGHT).locator('.faq__card-body').isVisible(), true);
  });

  test('searching "lump" shows the matching red flag first, as a whole card above the list, and lists the other red flags after the results under "Warning signs to know about:"', async () => {
    const page = await h.page('/');
    await searchBox(page).pressSequentially('lump');
    await waitForStatus(page, /^\d+ questions match$/);
    assert.equal(await page.locator('faq-widget .faq__urgent').count(), 0, 'no "Urgent advice" block while searching');
    assert.deepEqual(await cardQuestions(page), [LUMP], 'the one red flag the search matches is a card');
    assert.equal(await card(page, LUMP).locator('.faq__card-body').isVisible(), true, 'its answer is shown');
    assert.equal((await card(page, LUMP).locator('.faq__card-label').textContent()).trim(), 'Urgent advice:');
    const list = await listQuestions(page);
    assert.ok(list.length > 0, 'other matches are listed');
    assert.deepEqual(list.filter((q) => URGENT.includes(q)), [], 'no red flag is in the list');
    assert.equal(await statusText(page), `${1 + list.length} questions match`, 'the status counts the card');
    const order = await page.evaluate(() => {
      const root = document.querySelector('faq-widget').shadowRoot;
      return [...root.querySelectorAll('.faq__card, .faq__other-urgent, .faq__list, .faq__about')].map((e) => e.className);
    });
    assert.deepEqual(order, ['faq__card', 'faq__list', 'faq__other-urgent', 'faq__about'], 'the card first, then the list, then the warning signs');

    const others = page.locator('faq-widget .faq__other-urgent');
    assert.equal(await others.getAttribute('part'), 'other-urgent');
    assert.equal((await others.locator('.faq__other-urgent-label').textContent()).trim(), 'Warning signs to know about:');
    const links = others.locator('li > button.faq__other-urgent-link[type="button"]');
    assert.deepEqual((await links.allTextContents()).map((t) => t.trim()), [NIGHT, TUMOR, SERIOUS], 'the hidden red flags, in file order');
    assert.equal(await others.isVisible(), true);
  });

  test("clicking a warning sign clears the search, opens that red flag in the \"Urgent advice\" block and focuses its question", async () => {
    const page = await h.page('/');
    await searchBox(page).pressSequentially('lump');
    await waitForStatus(page, /^\d+ questions match$/);
    await page.locator('faq-widget .faq__other-urgent-link', { hasText: TUMOR }).click();
    await waitForStatus(page, /^45 questions$/);
    assert.equal(await searchBox(page).inputValue(), '', 'the search is cleared');
    assert.deepEqual(await cardQuestions(page), URGENT, 'every card is back');
    assert.equal(await page.locator('faq-widget .faq__other-urgent').count(), 0, 'no warning sign is hidden any more');
    await page.waitForFunction(
      (id) => document.querySelector('faq-widget').shadowRoot.activeElement?.id === id,
      `faq-q-${TUMOR_SLUG}`,
      { timeout: 5_000 },
    ).catch(async () => assert.fail(`focus is on #${await focusedId(page)}, not the question #faq-q-${TUMOR_SLUG}`));
    assert.equal(await urgentQuestion(page, TUMOR).getAttribute('aria-expanded'), 'true', 'its answer is open');
    assert.equal(await card(page, TUMOR).locator('.faq__card-body').isVisible(), true);
    const box = await page.locator(`faq-widget #faq-q-${TUMOR_SLUG}`).boundingBox();
    assert.ok(box.y > -1 && box.y + box.height <= 800, `the question is scrolled into view (y = ${box.y})`);
  });

  test('searching "doctor" keeps "Which doctor treats back pain?" first: the red flags that mention a doctor only in their answers stay at their rank in the list, as compact cards labelled "Urgent advice:"', async () => {
    const page = await h.page('/cta.html');
    await searchBox(page).pressSequentially('doctor');
    await waitForStatus(page, /^\d+ questions match$/);
    assert.equal(await page.locator('faq-widget .faq__card:not(.faq__card--compact)').count(), 0, 'no card above the list');
    const order = await page.$$eval('faq-widget .faq__list > :not([hidden])', (els) =>
      els.map((el) => ({
        card: el.classList.contains('faq__card'),
        question: (el.querySelector('.faq__question-text, .faq__card-question-text')?.textContent ?? '').trim(),
      })),
    );
    assert.equal(order[0].question, DOCTOR, 'the question about a doctor comes first');
    assert.equal(order[0].card, false);
    const cards = order.filter((o) => o.card);
    assert.ok(cards.length > 0, 'red flags mentioning a doctor are among the results');
    for (const c of cards) {
      assert.ok(URGENT.some((q) => c.question === `Urgent advice: ${q}`), `"${c.question}": a red flag, led by its label`);
    }
    assert.ok(order.findIndex((o) => o.card) >= 1, 'below the first answer');
    assert.equal(await statusText(page), `${order.length} questions match`, 'the status counts the cards in the list');
    // In the list, a red flag is a disclosure like its neighbours: an h3, collapsed, one tap from its whole answer.
    const first = page.locator('faq-widget .faq__list > .faq__card').first();
    const button = first.locator(':scope > h3 > button.faq__card-question');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await first.locator('.faq__card-body').getAttribute('hidden'), 'until-found');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await first.locator('a.faq__action').evaluateAll((as) => as.map((a) => a.getAttribute('part'))), ['call', 'book']);
    assert.equal(await first.getByRole('group', { name: 'Was this helpful?', exact: true }).count(), 1);
    // Arrow keys move through the list's questions, the red flags' included.
    await page.locator('faq-widget .faq__list .faq__question').first().focus();
    const seen = [];
    for (let i = 0; i < order.length; i++) {
      seen.push(await focusedId(page));
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(new Set(seen).size, order.length, `ArrowDown visits every question of the list: ${seen.join(', ')}`);
    await assertAxeClean(page, 'red flags at their rank in the list, one open');
  });

  test('a query that names a red flag ("my back lump keeps getting bigger") puts it first, as a whole card above the list', async () => {
    const page = await h.page('/');
    await searchBox(page).pressSequentially('my back lump keeps getting bigger');
    await waitForStatus(page, /^\d+ questions match$/);
    const first = page.locator('faq-widget .faq__card').first();
    assert.equal(await first.evaluate((c) => c.classList.contains('faq__card--compact') || !!c.closest('.faq__list')), false);
    assert.deepEqual(await cardQuestions(page).then((q) => q[0]), LUMP);
    assert.equal(await first.locator('.faq__card-body').isVisible(), true, 'its answer is shown');
  });

  test('when no answer has all the words, the results say so above them ("No answer has all your words; the closest:") and the status counts what is shown', async () => {
    const page = await h.page('/');
    await searchBox(page).pressSequentially('lump');
    await waitForStatus(page, /^\d+ questions match$/);
    assert.equal((await page.locator('faq-widget .faq__relaxed').textContent()).trim(), '', 'not when entries have every word');
    await searchBox(page).fill(RELAXED_QUERY);
    await waitForStatus(page, /^\d+ questions match$/);
    const note = page.locator('faq-widget p.faq__relaxed');
    assert.equal((await note.textContent()).trim(), 'No answer has all your words; the closest:');
    assert.equal(await note.getAttribute('part'), 'relaxed');
    const shown = await page.$$eval('faq-widget .faq__card, faq-widget .faq__item:not([hidden])', (els) => els.length);
    assert.ok(shown > 0);
    assert.equal(await statusText(page), shown === 1 ? '1 question matches' : `${shown} questions match`);
    const before = await note.evaluate((p) => {
      const first = p.getRootNode().querySelector('.faq__card, .faq__item:not([hidden])');
      return !!(p.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.equal(before, true, 'above the first result');
    await searchBox(page).fill('xylophone');
    await waitForStatus(page, /^No questions match$/);
    assert.equal((await note.textContent()).trim(), '', 'not with nothing to show');
    await assertAxeClean(page, 'the empty state');
  });

  test('a search matching only a red flag shows its card, with no list and no empty state', async () => {
    const page = await h.page('/');
    await searchBox(page).pressSequentially('nocturnal');
    await waitForStatus(page, /^1 question matches$/);
    assert.deepEqual(await cardQuestions(page), [NIGHT]);
    assert.equal(await card(page, NIGHT).locator('.faq__card-body').isVisible(), true, 'its answer is shown');
    assert.equal(await page.locator('faq-widget .faq__list:not([hidden])').count(), 0, 'no list shown');
    assert.equal(await page.locator('faq-widget .faq__show-all').count(), 0, 'no "Show all answers" with nothing to open');
    assert.equal(await page.locator(SEL.empty).count(), 0, 'no empty state');
    assert.equal(await page.locator('faq-widget .faq__other-urgent-link').count(), 3, 'the other three red flags are one click away');
  });

  test('a search matching no red flag shows no card and lists all four under the warning signs', async () => {
    const page = await h.page('/');
    await searchBox(page).pressSequentially('lipoma');
    await waitForStatus(page, /^\d+ questions match$/);
    assert.equal(await page.locator('faq-widget .faq__card').count(), 0);
    assert.deepEqual(
      (await page.locator('faq-widget .faq__other-urgent-link').allTextContents()).map((t) => t.trim()),
      URGENT,
    );
    assert.equal(await statusText(page), `${(await listQuestions(page)).length} questions match`);
  });

  test('printed during a search, the matching care card keeps its answer while the warning signs and feedback buttons are left out', async () => {
    const page = await h.page('/');
    await searchBox(page).pressSequentially('lump');
    await waitForStatus(page, /^\d+ questions match$/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await card(page, LUMP).locator('.faq__card-heading').isVisible(), true, 'the card heading is printed');
    assert.equal(await card(page, LUMP).locator('.faq__card-body p').first().isVisible(), true, 'the card answer is printed');
    assert.equal(await page.locator('faq-widget .faq__other-urgent').isVisible(), false, 'the warning-sign links are not printed');
    assert.equal(await card(page, LUMP).locator('.faq__feedback').isVisible(), false, '"Was this helpful?" is not printed');
    assert.equal(await page.locator('faq-widget .faq__about').isVisible(), true, 'the review line and disclaimer are printed');
  });
});

describe('call to action', () => {
  test('phone and appointment-url give every care card, once open, a tel: call link and a booking link', async () => {
    const page = await h.page('/cta.html');
    assert.equal(await page.locator('faq-widget a.faq__action').count(), 0, 'none while the red flags are closed');
    await showAll(page);
    const actions = await page.$$eval('faq-widget .faq__card', (cards) =>
      cards.map((c) =>
        [...c.querySelectorAll('a.faq__action')].map((a) => ({
          part: a.getAttribute('part'),
          cls: a.className,
          href: a.getAttribute('href'),
          text: a.textContent.trim(),
        })),
      ),
    );
    assert.equal(actions.length, 4);
    for (const [i, links] of actions.entries()) {
      assert.deepEqual(
        links,
        [
          { part: 'call', cls: 'faq__action faq__action--call', href: 'tel:+442079460958', text: `Call ${PHONE}` },
          { part: 'book', cls: 'faq__action', href: BOOKING, text: 'Book an appointment' },
        ],
        `${URGENT[i]}: call and booking links`,
      );
    }
    assert.equal(await page.locator('faq-widget .faq__list a.faq__action').count(), 0, 'the list entries have no call to action');
  });

  test('a relative appointment-url is kept as the booking link', async () => {
    const page = await h.page('/cta-relative.html');
    await showAll(page);
    const book = page.locator('faq-widget .faq__card a[part="book"]');
    assert.equal(await book.count(), 4);
    assert.equal(await book.first().getAttribute('href'), '/appointments?from=faq');
  });

  test('a javascript: appointment-url is dropped, leaving only the call link', async () => {
    const page = await h.page('/cta-javascript.html');
    await showAll(page);
    assert.equal(await page.locator('faq-widget a[part="book"]').count(), 0, 'no booking link');
    assert.equal(await page.locator('faq-widget a[href^="javascript:" i]').count(), 0, 'no javascript: link anywhere');
    assert.equal(await page.locator('faq-widget .faq__card a[part="call"]').count(), 4, 'the call link is still on every card');
  });

  test('without phone or appointment-url the care cards have no call-to-action links', async () => {
    const page = await h.page('/plain.html');
    await showAll(page);
    assert.equal(await page.locator('faq-widget .faq__card').count(), 4);
    assert.equal(await page.locator('faq-widget .faq__action, faq-widget .faq__actions').count(), 0);
  });

  test('setting phone after the widget has rendered adds the call link to every card', async () => {
    const page = await h.page('/plain.html');
    await showAll(page);
    await page.evaluate((phone) => document.querySelector('faq-widget').setAttribute('phone', phone), PHONE);
    await page.waitForFunction(
      () => document.querySelector('faq-widget').shadowRoot.querySelectorAll('.faq__card a[part="call"]').length === 4,
      null,
      { timeout: 5_000 },
    ).catch(() => assert.fail('the cards never got their call links'));
    assert.equal(await page.locator('faq-widget a[part="call"]').first().getAttribute('href'), 'tel:+442079460958');
  });

  test('at 320 px wide the care cards with their call and booking links never scroll sideways', async () => {
    const page = await h.page('/cta.html', { viewport: { width: 320, height: 640 } });
    await showAll(page);
    assert.equal(await page.locator('faq-widget .faq__action').count(), 8);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `scrollWidth ${width} <= 320`);
    const overflowing = await page.$$eval('faq-widget .faq__action', (links) =>
      links.filter((a) => a.getBoundingClientRect().right > 320).map((a) => a.textContent.trim()),
    );
    assert.deepEqual(overflowing, [], 'every link fits the width');
  });
});

/**
 * Scrolls to the review line and waits until its date is written out: the
 * widget formats it through `Intl` when it first comes into view (the ISO
 * date stands until then).
 */
async function reviewDateFormatted(page) {
  await page.locator('faq-widget .faq__review').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const time = document.querySelector('faq-widget')?.shadowRoot?.querySelector('.faq__review time');
    return time && !/^\d{4}-\d\d-\d\d$/.test(time.textContent.trim());
  });
}

describe('review line and disclaimer', () => {
  test('the footer, after the list, names who reviewed the answers and when, the date a machine-readable <time>', async () => {
    const page = await h.page('/plain.html');
    await reviewDateFormatted(page);
    const footer = page.locator('faq-widget footer.faq__about[part="about"]');
    assert.equal(await footer.count(), 1);
    const review = footer.locator('p.faq__review');
    assert.equal((await review.textContent()).trim(), `Reviewed by ${REVIEWER} on 15 October 2026.`);
    assert.equal(await review.locator('time').getAttribute('datetime'), '2026-10-15');
    assert.equal((await review.locator('time').textContent()).trim(), '15 October 2026');
    assert.equal(await review.isVisible(), true);
    assert.equal(
      await page.evaluate(() => {
        const root = document.querySelector('faq-widget').shadowRoot;
        return !!(root.querySelector('.faq__list').compareDocumentPosition(root.querySelector('.faq__about')) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
      true,
      'the footer comes after the list',
    );
  });

  test('the footer says the information does not replace a consultation with a doctor', async () => {
    const page = await h.page('/');
    const disclaimer = page.locator('faq-widget .faq__about p.faq__disclaimer');
    assert.equal((await disclaimer.textContent()).trim(), DISCLAIMER);
    assert.equal(await disclaimer.isVisible(), true);
  });

  test("the review date is written in the page's language, and as en-GB when the page declares none", async () => {
    const dates = {};
    for (const [name, url] of [['fr', '/lang-fr.html'], ['en-US', '/lang-en-us.html'], ['none', '/lang-none.html']]) {
      const page = await h.page(url);
      await reviewDateFormatted(page);
      dates[name] = (await page.locator('faq-widget .faq__review time').textContent()).trim();
    }
    assert.deepEqual(dates, { fr: '15 octobre 2026', 'en-US': 'October 15, 2026', none: '15 October 2026' });
  });

  test('on the demo page the review line reads "… on 15 October 2026."', async () => {
    const page = await h.page('/');
    await reviewDateFormatted(page);
    const lang = await page.evaluate(() => document.documentElement.lang);
    const review = page.locator('faq-widget .faq__review');
    assert.equal(await review.locator('time').getAttribute('datetime'), '2026-10-15');
    assert.equal(
      (await review.textContent()).trim(),
      `Reviewed by ${REVIEWER} on 15 October 2026.`,
      `the demo page (<html lang="${lang}">) should show the review date as described, "15 October 2026"`,
    );
  });
});

describe('"Was this helpful?"', () => {
  test('an open answer and every open care card end their answer with "Was this helpful?" and Yes and No buttons, in a labelled group', async () => {
    const page = await h.page('/');
    const panel = item(page, BACK_MICE).locator('.faq__answer');
    assert.equal(await panel.locator('.faq__feedback').isVisible(), false, 'hidden while the answer is closed');
    assert.equal(await card(page, LUMP).locator('.faq__feedback').count(), 0, 'none in a closed care card');
    await item(page, BACK_MICE).locator('.faq__question').click();
    for (const q of URGENT) await openCard(page, q);
    for (const [where, scope] of [['the open answer', panel], ...URGENT.map((q) => [q, card(page, q)])]) {
      const group = scope.getByRole('group', { name: 'Was this helpful?', exact: true });
      assert.equal(await group.count(), 1, `${where}: one "Was this helpful?" group`);
      assert.equal(await group.isVisible(), true, `${where}: the group is visible`);
      assert.equal(await group.evaluate((g) => g.className), 'faq__feedback');
      assert.deepEqual(
        await group.locator('button.faq__feedback-button[type="button"]').allTextContents(),
        ['Yes', 'No'],
        `${where}: Yes and No buttons`,
      );
      // The group follows the answer's text.
      const afterAnswer = await group.evaluate((g) => {
        const text = g.parentElement.querySelector(':scope > p, :scope > ol, :scope > ul, :scope > h4');
        return !!text && !!(text.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert.equal(afterAnswer, true, `${where}: the group comes after the answer's text`);
    }
  });

  test('answering "Yes" under an answer fires one bubbling, composed faq-feedback on the element with its slug, question, helpful: true and answer "yes"', async () => {
    const page = await h.page('/', { initScript: recordFeedback });
    await item(page, BACK_MICE).locator('.faq__question').click();
    await item(page, BACK_MICE).getByRole('button', { name: 'Yes', exact: true }).click();
    assert.deepEqual(await recordedFeedback(page), [
      {
        detail: { slug: BACK_MICE_SLUG, question: BACK_MICE, helpful: true, answer: 'yes' },
        bubbles: true,
        composed: true,
        target: 'faq-widget',
        dispatchedOn: 'faq-widget',
      },
    ]);
  });

  test('answering "No" on a care card fires faq-feedback with its slug, question, helpful: false and answer "no"', async () => {
    const page = await h.page('/', { initScript: recordFeedback });
    await openCard(page, LUMP);
    await card(page, LUMP).getByRole('button', { name: 'No', exact: true }).click();
    assert.deepEqual(await recordedFeedback(page), [
      {
        detail: { slug: LUMP_SLUG, question: LUMP, helpful: false, answer: 'no' },
        bubbles: true,
        composed: true,
        target: 'faq-widget',
        dispatchedOn: 'faq-widget',
      },
    ]);
  });

  test('once answered, the buttons give way to "Thank you for your feedback.", which the polite live region announces', async () => {
    const page = await h.page('/');
    await watchAnnouncer(page);
    const announcer = page.locator('faq-widget .faq__announce');
    assert.equal(await announcer.getAttribute('aria-live'), 'polite');
    assert.equal((await announcer.textContent()).trim(), '', 'nothing announced before');
    await openCard(page, LUMP);
    await openCard(page, NIGHT);
    await card(page, LUMP).getByRole('button', { name: 'Yes', exact: true }).click();
    const done = card(page, LUMP).locator('.faq__feedback');
    assert.deepEqual(
      await done.evaluate((el) => ({ tag: el.tagName, cls: el.className, text: el.textContent.trim(), buttons: el.querySelectorAll('button').length })),
      { tag: 'P', cls: 'faq__feedback faq__feedback--done', text: THANKS, buttons: 0 },
    );
    assert.equal(await card(page, LUMP).getByRole('group', { name: 'Was this helpful?' }).count(), 0, 'the group is gone');
    await page.waitForFunction(
      (thanks) => document.querySelector('faq-widget').shadowRoot.querySelector('.faq__announce').textContent.trim() === thanks,
      THANKS,
      { timeout: 5_000 },
    ).catch(async () => assert.fail(`the live region says ${JSON.stringify(await announcer.textContent())}`));
    assert.deepEqual(await announcements(page), [THANKS], 'announced once');
    // The other cards still ask.
    assert.equal(await card(page, NIGHT).getByRole('group', { name: 'Was this helpful?' }).count(), 1);
  });

  test('an answer asks only once: closed and reopened, or searched away and back, it still shows the thanks and fires no second event', async () => {
    const page = await h.page('/', { initScript: recordFeedback });
    const question = item(page, BACK_MICE).locator('.faq__question');
    await question.click();
    await item(page, BACK_MICE).getByRole('button', { name: 'No', exact: true }).click();
    await question.click();
    await question.click();
    const feedback = item(page, BACK_MICE).locator('.faq__feedback');
    assert.equal((await feedback.textContent()).trim(), THANKS, 'after closing and reopening');
    assert.equal(await feedback.locator('button').count(), 0);

    await openCard(page, SERIOUS);
    await card(page, SERIOUS).getByRole('button', { name: 'Yes', exact: true }).click();
    await searchBox(page).pressSequentially('xylophone');
    await waitForStatus(page, /^No questions match$/);
    await searchBox(page).fill('');
    await waitForStatus(page, /^45 questions$/);
    assert.equal((await card(page, SERIOUS).locator('.faq__feedback').textContent()).trim(), THANKS, 'the card, after a search hid it');
    assert.equal((await item(page, BACK_MICE).locator('.faq__feedback').textContent()).trim(), THANKS, 'the answer, after a search hid it');
    assert.deepEqual(
      (await recordedFeedback(page)).map((e) => [e.detail.slug, e.detail.answer]),
      [[BACK_MICE_SLUG, 'no'], ['how-do-i-know-if-my-back-pain-is-serious', 'yes']],
      'one event per answer given',
    );
  });

  test('a second answer given is announced again in the polite live region', async () => {
    const page = await h.page('/');
    await openCard(page, LUMP);
    await openCard(page, NIGHT);
    await watchAnnouncer(page);
    await card(page, LUMP).getByRole('button', { name: 'Yes', exact: true }).click();
    await page.waitForFunction(() => window.__announced.length > 0, null, { timeout: 5_000 });
    const afterFirst = (await announcements(page)).length;
    await card(page, NIGHT).getByRole('button', { name: 'No', exact: true }).click();
    assert.equal((await card(page, NIGHT).locator('.faq__feedback').textContent()).trim(), THANKS, 'the second card thanks too');
    await page.waitForTimeout(500);
    const changes = (await announcements(page)).slice(afterFirst);
    assert.ok(
      changes.length > 0 && changes.at(-1) === THANKS,
      changes.length === 0
        ? `the live region .faq__announce had no DOM mutation at all after the second answer (its text stayed ${JSON.stringify(THANKS)}), ` +
            'so a screen reader announces nothing the second time'
        : `the live region .faq__announce changed after the second answer, but ended with ${JSON.stringify(changes.at(-1))}: ${JSON.stringify(changes)}`,
    );
  });

  test('giving feedback makes no network request', async () => {
    const page = await h.page('/');
    const requests = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await openCard(page, LUMP);
    await card(page, LUMP).getByRole('button', { name: 'Yes', exact: true }).click();
    await item(page, BACK_MICE).locator('.faq__question').click();
    await item(page, BACK_MICE).getByRole('button', { name: 'No', exact: true }).click();
    await page.waitForTimeout(1_000);
    assert.deepEqual(requests, []);
    const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(stored, { cookie: '', local: 0, session: 0 }, 'nor stores anything');
  });
});

describe('texts', () => {
  test('the urgent heading, card, warning-sign, call, booking, review, disclaimer and feedback texts given as attributes replace the defaults', async () => {
    const page = await h.page('/texts.html');
    assert.equal(await page.getByRole('region', { name: 'Consejos urgentes', exact: true }).count(), 1, 'the block at rest');
    await openCard(page, LUMP);
    assert.deepEqual(
      await card(page, LUMP).locator('a.faq__action').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent.trim()])),
      [['tel:+34912345678', 'Llame al +34 912 345 678'], ['/cita', 'Pida cita']],
    );
    const group = card(page, LUMP).getByRole('group', { name: '¿Le ha sido útil?', exact: true });
    assert.deepEqual(await group.locator('button').allTextContents(), ['Sí', 'No mucho']);
    await group.getByRole('button', { name: 'Sí' }).click();
    assert.equal((await card(page, LUMP).locator('.faq__feedback').textContent()).trim(), 'Gracias por su opinión.');
    await page.locator('faq-widget .faq__announce', { hasText: 'Gracias por su opinión.' }).waitFor({ state: 'attached', timeout: 5_000 });
    // The page is in Spanish, so is the date.
    await reviewDateFormatted(page);
    assert.equal((await page.locator('faq-widget .faq__review').textContent()).trim(), `Revisado por ${REVIEWER} el 15 de octubre de 2026.`);
    assert.equal((await page.locator('faq-widget .faq__disclaimer').textContent()).trim(), 'Esta información no sustituye a una consulta médica.');
    await searchBox(page).pressSequentially('lump');
    await waitForStatus(page, /questions match$/);
    assert.equal((await card(page, LUMP).locator('.faq__card-label').textContent()).trim(), 'Consejo urgente:', "a search's card");
    assert.equal(await page.getByRole('region', { name: `Consejo urgente: ${LUMP}`, exact: true }).count(), 1);
    assert.equal((await page.locator('faq-widget .faq__other-urgent-label').textContent()).trim(), 'Señales de alarma:');
    await searchBox(page).fill(RELAXED_QUERY);
    await waitForStatus(page, /questions match$/);
    assert.equal((await page.locator('faq-widget .faq__relaxed').textContent()).trim(), 'Ninguna respuesta tiene todas sus palabras; las más cercanas:');
  });
});

describe('accessibility of the care cards and feedback', () => {
  test('axe-core finds no violations on the page with its "Urgent advice" block and footer', async () => {
    const page = await h.page('/');
    assert.equal(await page.locator('faq-widget .faq__urgent .faq__card').count(), 4);
    await assertAxeClean(page, 'the page with the red flags at rest');
  });

  test('axe-core finds no violations with a red flag open, then with every one open', async () => {
    const page = await h.page('/cta.html');
    await openCard(page, SERIOUS);
    await assertAxeClean(page, 'one red flag open');
    await showAll(page);
    assert.equal(await page.locator('faq-widget .faq__card-question[aria-expanded="true"]').count(), 4);
    await assertAxeClean(page, 'every red flag open');
  });

  test('axe-core finds no violations with an answer open showing its "Was this helpful?" buttons', async () => {
    const page = await h.page('/');
    await item(page, BACK_MICE).locator('.faq__question').click();
    assert.equal(await item(page, BACK_MICE).locator('.faq__feedback-button').first().isVisible(), true);
    await assertAxeClean(page, 'an answer open with its feedback buttons');
  });

  test('axe-core finds no violations after feedback was given on an answer and on a card', async () => {
    const page = await h.page('/');
    await item(page, BACK_MICE).locator('.faq__question').click();
    await item(page, BACK_MICE).getByRole('button', { name: 'Yes', exact: true }).click();
    await openCard(page, LUMP);
    await card(page, LUMP).getByRole('button', { name: 'No', exact: true }).click();
    assert.equal(await page.locator('faq-widget .faq__feedback--done').count(), 2);
    await assertAxeClean(page, 'after feedback');
  });

  test('axe-core finds no violations on care cards with call and booking links, above the list and in it', async () => {
    const page = await h.page('/cta.html');
    await searchBox(page).pressSequentially('back pain');
    await waitForStatus(page, /questions match$/);
    assert.equal(await page.locator('faq-widget .faq__card').count(), 4, "every red flag is among the search's results");
    assert.ok(await page.locator('faq-widget .faq__list > .faq__card').count() > 0, 'some at their rank in the list');
    await showAll(page);
    assert.equal(await page.locator('faq-widget a.faq__action').count(), 8);
    await assertAxeClean(page, 'with the call to action');
  });

  test('axe-core finds no violations during a search that lists the hidden red flags as warning signs', async () => {
    const page = await h.page('/');
    await searchBox(page).pressSequentially('lump');
    await waitForStatus(page, /^\d+ questions match$/);
    assert.equal(await page.locator('faq-widget .faq__other-urgent-link').count(), 3);
    await assertAxeClean(page, 'a search with warning signs');
  });
});
