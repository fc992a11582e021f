// End-to-end tests of the FAQ widget in the built demo page (dist/), driven in
// the system Chromium. Run: `node --test --test-concurrency=1 tests/e2e/`.
//
// The widget renders in the open shadow root of <faq-widget>. Playwright's
// selectors pierce it; in-page code looks through `host.shadowRoot` (and the
// shadow root's `activeElement` for focus).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DIST, SEL, useHarness, runAxe, formatViolations, deepActiveElement, SEED_ENTRIES } from './harness.mjs';

/** The seed's entries in file order (see harness.mjs). */
const ENTRIES = SEED_ENTRIES;

/** Every question, in file order. */
const EXPECTED_QUESTIONS = ENTRIES.map((e) => e.question);
/** The red flags, in file order: shown at rest as compact care cards in the "Urgent advice" block above the list. */
const EXPECTED_CARDS = ENTRIES.filter((e) => e.urgent).map((e) => e.question);
/** The other questions, in file order: the list. */
const EXPECTED_LIST = ENTRIES.filter((e) => !e.urgent).map((e) => e.question);

const SEARCH_LABEL = 'Search the questions';

/** dist/, its demo page at `/`; every test's console must stay clean (see harness.mjs). */
const h = useHarness({ dist: DIST });

/** The question texts currently shown in the list, in order. */
function shownQuestions(page) {
  return page.$$eval(`${SEL.question} .faq__question-text`, (els) => els.map((e) => e.textContent.trim()));
}

/** The questions of the care cards currently shown, in order (without the icon and the "Urgent advice:" label). */
function shownCards(page) {
  return page.$$eval('faq-widget .faq__card-heading', (els) =>
    els.map((h) => {
      const copy = h.cloneNode(true);
      copy.querySelectorAll('.faq__card-icon, .faq__card-label').forEach((e) => e.remove());
      return copy.textContent.trim();
    }),
  );
}

/** Every question shown, cards first (they are above the list), then the list. */
async function shownAll(page) {
  return [...(await shownCards(page)), ...(await shownQuestions(page))];
}

/** The entries shown, cards first: `{ question, text, card }`, `text` being all the entry's text (its answer too). */
function shownEntries(page) {
  return page.$$eval('faq-widget .faq__card, faq-widget .faq__item:not([hidden])', (els) =>
    els.map((el) => {
      const card = el.classList.contains('faq__card');
      let question;
      if (card) {
        const copy = el.querySelector('.faq__card-heading').cloneNode(true);
        copy.querySelectorAll('.faq__card-icon, .faq__card-label').forEach((e) => e.remove());
        question = copy.textContent.trim();
      } else {
        question = el.querySelector('.faq__question-text').textContent.trim();
      }
      return { question, text: el.textContent, card };
    }),
  );
}

/** The care card whose question is `text`. */
function careCard(page, text) {
  return page.locator('faq-widget .faq__card').filter({ has: page.locator('.faq__card-heading', { hasText: text }) });
}

/**
 * Presses Tab from the focused element until a list question has focus (at
 * most `max` times); resolves to the texts of the elements passed on the way
 * (the question's included).
 */
async function tabToFirstQuestion(page, max = 20) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluateHandle(deepActiveElement);
    const isQuestion = await el.evaluate((e) => !!e?.classList.contains('faq__question'));
    await el.dispose();
    stops.push(await activeText(page));
    if (isQuestion) return stops;
  }
  assert.fail(`no question reached after ${max} Tab presses: ${JSON.stringify(stops)}`);
}

function statusText(page) {
  return page.locator(SEL.status).textContent().then((t) => t.trim());
}

/** Waits until the status region's text satisfies `pattern` (the widget has re-rendered). */
async function waitForStatus(page, pattern) {
  try {
    await page.waitForFunction(
      ({ host, sel, source, flags }) => {
        const el = document.querySelector(host)?.shadowRoot?.querySelector(sel);
        return !!el && new RegExp(source, flags).test(el.textContent.trim());
      },
      { host: SEL.widget, sel: '[role="status"]', source: pattern.source, flags: pattern.flags },
      { timeout: 5_000 },
    );
  } catch {
    assert.fail(`status never matched ${pattern}; it says ${JSON.stringify(await statusText(page))}`);
  }
}

/** The search input, found by its visible label. */
function searchBox(page) {
  return page.getByLabel(SEARCH_LABEL, { exact: true });
}

/** The question button whose text is `text`. */
function questionButton(page, text) {
  const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return page.locator(SEL.question).filter({ has: page.locator('.faq__question-text', { hasText: exact }) });
}

/** The answer panel that `button` controls. */
async function panelOf(page, button) {
  const id = await button.getAttribute('aria-controls');
  assert.ok(id, 'the question has aria-controls');
  return page.locator(`[id="${id}"]`);
}

/** Text of the focused element (trimmed; inside the widget's shadow root), or its tag if it has none. */
async function activeText(page) {
  const el = await page.evaluateHandle(deepActiveElement);
  try {
    return await el.evaluate((e) => (e?.textContent ?? '').trim() || `<${e?.tagName.toLowerCase()}>`);
  } finally {
    await el.dispose();
  }
}

/** Whether the shown count in the status region agrees with the questions on screen. */
async function assertStatusMatchesList(page) {
  const status = await statusText(page);
  const shown = (await shownAll(page)).length;
  const expected =
    shown === 0 ? 'No questions match' : shown === 1 ? '1 question matches' : `${shown} questions match`;
  if (status === `${EXPECTED_QUESTIONS.length} questions`) {
    assert.equal(shown, EXPECTED_QUESTIONS.length, 'status says every question is shown');
  } else {
    assert.equal(status, expected, `status agrees with the ${shown} questions shown`);
  }
}

describe('FAQ widget', () => {
  test('the page shows all 45 questions: the 4 red flags as compact care cards in the "Urgent advice" block, then the 41 others as buttons in h3s controlling hidden panels, each in file order', async () => {
    assert.equal(EXPECTED_QUESTIONS.length, 45, 'data/faq.txt has 45 questions');
    assert.equal(EXPECTED_CARDS.length, 4, 'data/faq.txt marks 4 of them as red flags');
    const page = await h.page('/');
    assert.deepEqual(await shownCards(page), EXPECTED_CARDS, 'the red flags are the cards, in file order');
    assert.deepEqual(await shownQuestions(page), EXPECTED_LIST, 'the others are the list, in file order');
    assert.deepEqual(
      [...(await shownAll(page))].sort(),
      [...EXPECTED_QUESTIONS].sort(),
      'cards and list together show every question exactly once',
    );
    assert.equal(await statusText(page), '45 questions', 'the status counts the cards too');
    assert.equal(await page.locator('faq-widget .faq__more').count(), 0, 'the 45 seed questions are rendered whole, with no "Show more"');

    const cards = await page.$$eval('faq-widget .faq__card', (cards) =>
      cards.map((c) => {
        const heading = c.querySelector('.faq__card-heading');
        const button = heading?.querySelector('button');
        const body = c.querySelector('.faq__card-body');
        return {
          question: button?.textContent.trim(),
          inBlock: !!c.closest('section.faq__urgent'),
          headingTag: heading?.tagName ?? null,
          expanded: button?.getAttribute('aria-expanded'),
          controlsBody: !!body?.id && button?.getAttribute('aria-controls') === body.id,
          bodyHidden: body?.getAttribute('hidden'),
          beforeList: !!(c.compareDocumentPosition(c.getRootNode().querySelector('.faq__list')) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      }),
    );
    assert.equal(cards.length, 4, 'four care cards');
    for (const c of cards) {
      assert.equal(c.inBlock, true, `${c.question}: in the "Urgent advice" block`);
      assert.equal(c.headingTag, 'H4', `${c.question}: its heading is an h4, under the block's h3`);
      assert.equal(c.expanded, 'false', `${c.question}: its question is a collapsed disclosure`);
      assert.equal(c.controlsBody, true, `${c.question}: the question controls the answer`);
      assert.equal(c.bodyHidden, 'until-found', `${c.question}: its answer is collapsed, but findable`);
      assert.equal(c.beforeList, true, `${c.question}: the card comes before the list`);
    }

    const questions = await page.$$eval(SEL.question, (buttons) =>
      buttons.map((b) => {
        const panelId = b.getAttribute('aria-controls');
        // aria-controls refers within the button's own tree (the shadow root).
        const panel = panelId ? b.getRootNode().getElementById(panelId) : null;
        return {
          text: b.textContent.trim(),
          tag: b.tagName,
          type: b.getAttribute('type'),
          parentTag: b.parentElement?.tagName,
          id: b.id,
          expanded: b.getAttribute('aria-expanded'),
          panelId,
          panelExists: !!panel,
          // Collapsed panels are hidden="until-found": their content is not
          // rendered (but find-in-page can still reveal it).
          panelHidden: panel
            ? panel.getAttribute('hidden') === 'until-found' && panel.firstElementChild?.checkVisibility() === false
            : null,
          panelLabelledBy: panel?.getAttribute('aria-labelledby') ?? null,
        };
      }),
    );
    assert.equal(questions.length, 41, '41 question buttons: every question but the red flags');
    assert.equal(questions[0].text, 'What are back mice?');
    for (const q of questions) {
      assert.equal(q.tag, 'BUTTON', `${q.text}: is a button`);
      assert.equal(q.type, 'button', `${q.text}: type="button"`);
      assert.equal(q.parentTag, 'H3', `${q.text}: inside an h3`);
      assert.equal(q.expanded, 'false', `${q.text}: aria-expanded="false"`);
      assert.ok(q.panelId, `${q.text}: has aria-controls`);
      assert.ok(q.panelExists, `${q.text}: aria-controls="${q.panelId}" names an existing element`);
      assert.equal(q.panelHidden, true, `${q.text}: its panel is hidden`);
      assert.equal(q.panelLabelledBy, q.id, `${q.text}: its panel is labelled by the question`);
    }
    // The questions live in the element's open shadow root, not in the page's DOM.
    const placement = await page.evaluate(() => {
      const host = document.querySelector('faq-widget');
      return {
        inLightDom: document.querySelectorAll('.faq__question').length,
        inShadow: host?.shadowRoot?.querySelectorAll('.faq__item:not([hidden]) .faq__question').length ?? null,
        mode: host?.shadowRoot?.mode ?? null,
      };
    });
    assert.deepEqual(placement, { inLightDom: 0, inShadow: 41, mode: 'open' }, 'rendered in an open shadow root');
    // Ids are unique within each tree (the document, and each shadow root) —
    // the scope in which id references such as aria-controls resolve.
    const scopes = await page.evaluate(() => {
      const trees = [document];
      for (let i = 0; i < trees.length; i++) {
        for (const el of trees[i].querySelectorAll('*')) if (el.shadowRoot) trees.push(el.shadowRoot);
      }
      return trees.map((t) => [...t.querySelectorAll('[id]')].map((e) => e.id));
    });
    assert.ok(scopes.length >= 2, 'the page has the widget\'s shadow tree');
    // A question and a panel id per list entry, a heading id per card, the heading's and the search box's.
    assert.ok(scopes[1].length >= 2 * 41 + 4 + 2, `the shadow tree has the widget's ids (got ${scopes[1].length})`);
    for (const [i, ids] of scopes.entries()) {
      const dupes = ids.filter((id, j) => ids.indexOf(id) !== j);
      assert.deepEqual(dupes, [], `element ids are unique in ${i === 0 ? 'the document' : `shadow tree ${i}`}`);
    }
  });

  test('clicking a question opens its answer, clicking again closes it, and two answers can be open at once', async () => {
    const page = await h.page('/');
    const first = questionButton(page, 'What are back mice?');
    const firstPanel = await panelOf(page, first);
    const answerText = page.locator('.faq-root').getByText('Back mice is a nonmedical term');

    assert.equal(await answerText.isVisible(), false, 'answer hidden before the click');
    await first.click();
    assert.equal(await first.getAttribute('aria-expanded'), 'true');
    assert.equal(await firstPanel.isVisible(), true, 'panel visible after the click');
    assert.equal(await firstPanel.evaluate((el) => el.hidden), false, 'panel has no hidden attribute');
    assert.equal(await answerText.isVisible(), true, 'answer text visible after the click');

    await first.click();
    assert.equal(await first.getAttribute('aria-expanded'), 'false');
    assert.equal(await firstPanel.isVisible(), false, 'panel hidden after the second click');
    assert.equal(await answerText.isVisible(), false, 'answer text hidden after the second click');

    const second = questionButton(page, 'How painful are back mice?');
    const secondPanel = await panelOf(page, second);
    await first.click();
    await second.click();
    assert.equal(await first.getAttribute('aria-expanded'), 'true', 'first still open');
    assert.equal(await second.getAttribute('aria-expanded'), 'true', 'second open');
    assert.equal(await firstPanel.isVisible(), true);
    assert.equal(await secondPanel.isVisible(), true);
    assert.equal(await secondPanel.getByText('excruciating pain').isVisible(), true);
    assert.equal(await page.locator('faq-widget .faq__question[aria-expanded="true"]').count(), 2, 'only those two are open');
  });

  test('answers with lists render them as real ul and ol lists, and a short lead line as an h4 sub-heading, in the list and in care cards', async () => {
    const page = await h.page('/');

    const cancers = questionButton(page, 'What cancers cause back pain?');
    await cancers.click();
    const cancersPanel = await panelOf(page, cancers);
    assert.equal(await cancersPanel.locator('ul').count(), 1, 'one ul');
    assert.equal(await cancersPanel.locator('ul > li').count(), 6, 'six items in the ul');
    assert.equal(await cancersPanel.locator('ol').count(), 0, 'no ol');
    assert.match((await cancersPanel.locator('ul > li').first().textContent()).trim(), /^Spinal tumor\./);
    assert.doesNotMatch(await cancersPanel.textContent(), /•/, 'bullet characters are not left in the text');
    assert.equal(await cancersPanel.locator('ul').isVisible(), true);

    // A red flag: its answer is in a care card, shown with one tap.
    await careCard(page, 'How do I know if my back pain is serious?').locator('.faq__card-question').click();
    const seriousPanel = careCard(page, 'How do I know if my back pain is serious?').locator('.faq__card-body');
    assert.equal(await seriousPanel.count(), 1, 'the red flag is a care card');
    assert.equal(await seriousPanel.locator('ol').count(), 1, 'one ol');
    assert.equal(await seriousPanel.locator('ol > li').count(), 6, 'six items in the ol');
    assert.match((await seriousPanel.locator('ol > li').first().textContent()).trim(), /^You’ve Been in Pain for Over a Week\./);
    assert.doesNotMatch(
      (await seriousPanel.locator('ol > li').first().textContent()).trim(),
      /^1\./,
      'the source numbering is not left in the item text',
    );
    const h4 = seriousPanel.locator('h4');
    assert.equal(await h4.count(), 1, 'one h4');
    assert.equal((await h4.textContent()).trim(), '8 Signs That it’s Time to Call a Doctor for Your Back Pain');
    assert.equal(await h4.isVisible(), true);
  });

  test('typing "lipoma" shows only entries mentioning lipoma, question matches first, and the status gives their number', async () => {
    const page = await h.page('/');
    await searchBox(page).pressSequentially('lipoma');
    await waitForStatus(page, /^(\d+ questions match|1 question matches|No questions match)$/);

    const items = await shownEntries(page);
    assert.ok(items.length >= 5, `at least 5 matches (got ${items.length})`);
    assert.ok(items.length < 45, 'the list is narrowed');
    for (const item of items) {
      assert.match(item.text, /lipoma/i, `"${item.question}" mentions lipoma`);
    }
    // Red flags are cards (above the list, or at their rank in it); the ranking is checked on the other entries.
    const listed = items.filter((i) => !i.card);
    const inQuestion = listed.map((i) => /lipoma/i.test(i.question));
    assert.equal(inQuestion[0], true, `the first result has lipoma in its question (got "${listed[0].question}")`);
    const firstAnswerOnly = inQuestion.indexOf(false);
    if (firstAnswerOnly !== -1) {
      assert.ok(
        inQuestion.slice(firstAnswerOnly).every((q) => !q),
        `every question match comes before the answer-only matches: ${JSON.stringify(listed.map((i) => i.question))}`,
      );
    }
    // Nothing is lost: every entry with a word starting "lipoma" is shown.
    await searchBox(page).fill('');
    await waitForStatus(page, /^45 questions$/);
    const allItems = await shownEntries(page);
    assert.equal(allItems.length, 45, 'every entry, cards included, is read back');
    const expected = allItems.filter((i) => /(^|[^\p{L}\p{N}])lipoma/iu.test(i.text)).map((i) => i.question);
    assert.deepEqual(
      items.map((i) => i.question).sort(),
      expected.sort(),
      'the matches are exactly the entries with a word starting "lipoma"',
    );
    await searchBox(page).pressSequentially('lipoma');
    await waitForStatus(page, /questions match$/);

    const n = (await shownAll(page)).length;
    assert.equal(await statusText(page), `${n} questions match`);
  });

  test('a query with no match shows the empty state, and "Clear search" restores every question and refocuses the search box', async () => {
    const page = await h.page('/');
    const input = searchBox(page);
    await input.pressSequentially('xylophone');
    await waitForStatus(page, /^No questions match$/);

    assert.equal(await page.locator(SEL.question).count(), 0, 'no questions shown');
    assert.equal(await page.locator('faq-widget .faq__card').count(), 0, 'no care card shown');
    const empty = page.locator(SEL.emptyText);
    assert.equal(await empty.isVisible(), true);
    assert.match(await empty.textContent(), /No questions match/);
    assert.match(await empty.textContent(), /xylophone/, 'the query is repeated back');
    assert.equal(await statusText(page), 'No questions match');

    const clear = page.getByRole('button', { name: 'Clear search' });
    assert.equal(await clear.count(), 1);
    await clear.focus();
    await page.keyboard.press('Enter');
    await waitForStatus(page, /^45 questions$/);

    assert.deepEqual(await shownCards(page), EXPECTED_CARDS, 'every care card is back');
    assert.deepEqual(await shownQuestions(page), EXPECTED_LIST, 'every listed question is back');
    assert.equal(await input.inputValue(), '', 'the search box is empty');
    assert.equal(
      await input.evaluate((el) => el.getRootNode().activeElement === el && document.activeElement === el.getRootNode().host),
      true,
      'focus is back in the search box',
    );
    assert.equal(await page.locator(SEL.empty).count(), 0, 'the empty state is gone');
  });

  test('clearing the search box restores all 45 questions in file order, the red-flag cards first', async () => {
    const page = await h.page('/');
    const input = searchBox(page);
    await input.pressSequentially('cyst');
    await waitForStatus(page, /questions? match/);
    assert.ok((await shownAll(page)).length < 45, 'the search narrowed the list');

    await input.fill('');
    await waitForStatus(page, /^45 questions$/);
    assert.deepEqual(await shownAll(page), [...EXPECTED_CARDS, ...EXPECTED_LIST]);
    assert.equal(await page.locator('faq-widget .faq__other-urgent').count(), 0, 'no warning signs are hidden any more');
  });

  test('the questions can be used with the keyboard alone: Tab, Enter, Space, arrows, Home and End', async () => {
    const page = await h.page('/');
    const first = EXPECTED_LIST[0];
    const second = EXPECTED_LIST[1];
    const last = EXPECTED_LIST[EXPECTED_LIST.length - 1];
    const firstButton = page.locator(SEL.question).first();

    await searchBox(page).focus();
    // Tab passes each red flag's question (the icon "!" is in its text),
    // then "Show all answers", then the first question.
    assert.deepEqual(
      await tabToFirstQuestion(page),
      [...EXPECTED_CARDS.map((q) => `!${q}`), 'Show all answers', first],
      'the Tab order from the search box',
    );

    await page.keyboard.press('Enter');
    assert.equal(await firstButton.getAttribute('aria-expanded'), 'true', 'Enter opens it');
    assert.equal(await page.locator('.faq-root').getByText('Back mice is a nonmedical term').isVisible(), true);
    assert.equal(await activeText(page), first, 'focus stays on the question after Enter');

    await page.keyboard.press('Space');
    assert.equal(await firstButton.getAttribute('aria-expanded'), 'false', 'Space closes it');
    assert.equal(await activeText(page), first, 'focus stays on the question after Space');

    await page.keyboard.press('ArrowDown');
    assert.equal(await activeText(page), second, 'ArrowDown moves to the second question');

    await page.keyboard.press('End');
    assert.equal(await activeText(page), last, 'End moves to the last question');

    await page.keyboard.press('Home');
    assert.equal(await activeText(page), first, 'Home moves to the first question');

    await page.keyboard.press('ArrowUp');
    assert.equal(await activeText(page), last, 'ArrowUp from the first wraps to the last');

    await page.keyboard.press('ArrowDown');
    assert.equal(await activeText(page), first, 'ArrowDown from the last wraps to the first');
  });

  test('a question focused with the keyboard shows a visible outline', async () => {
    const page = await h.page('/');
    await searchBox(page).focus();
    await tabToFirstQuestion(page); // past the red flags' questions and "Show all answers"
    const focused = await page.evaluateHandle(deepActiveElement);
    const style = await focused.evaluate((el) => {
      const cs = getComputedStyle(el);
      return {
        isQuestion: el.classList.contains('faq__question'),
        focusVisible: el.matches(':focus-visible'),
        outlineStyle: cs.outlineStyle,
        outlineWidth: cs.outlineWidth,
        outlineColor: cs.outlineColor,
      };
    });
    assert.equal(style.isQuestion, true, 'a question has focus');
    assert.equal(style.focusVisible, true, 'keyboard focus matches :focus-visible');
    assert.notEqual(style.outlineStyle, 'none', 'outline-style is not none');
    assert.notEqual(style.outlineWidth, '0px', 'outline-width is not 0px');
    assert.doesNotMatch(style.outlineColor, /^(transparent|rgba\(\d+, \d+, \d+, 0\))$/, 'outline colour is not transparent');
  });

  test('at 320 px wide the page never scrolls sideways, with an answer open or a long unmatched query', async () => {
    const page = await h.page('/', { viewport: { width: 320, height: 640 } });
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok((await scrollWidth()) <= 320, `initial scrollWidth ${await scrollWidth()} <= 320`);

    // A care card with a long ordered list ("How do I know if my back pain is serious?"), opened.
    await careCard(page, 'How do I know if my back pain is serious?').locator('.faq__card-question').click();
    assert.equal(await careCard(page, 'How do I know if my back pain is serious?').locator('ol').isVisible(), true);
    for (const q of ['What are back mice?', 'How do I get rid of a lump on my lower back?', 'What cancers cause back pain?']) {
      await questionButton(page, q).click();
      assert.equal(await questionButton(page, q).getAttribute('aria-expanded'), 'true');
    }
    assert.ok((await scrollWidth()) <= 320, `scrollWidth with answers open ${await scrollWidth()} <= 320`);

    const longQuery = 'xylophonequartzjigsawbenchmarkunmatchedqueryzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz';
    await searchBox(page).fill(longQuery);
    await waitForStatus(page, /^No questions match$/);
    assert.equal(await page.locator(SEL.emptyText).isVisible(), true);
    assert.ok((await scrollWidth()) <= 320, `scrollWidth with a long unmatched query ${await scrollWidth()} <= 320`);

    await searchBox(page).fill('xylophone quartz jigsaw benchmark unmatched query with several words');
    await waitForStatus(page, /^No questions match$/);
    assert.ok((await scrollWidth()) <= 320, `scrollWidth with a long multi-word query ${await scrollWidth()} <= 320`);
  });

  test('hostile queries (markup, 10,000 characters, emoji) neither inject markup nor break the search', async () => {
    const page = await h.page('/');
    const input = searchBox(page);

    const emptyQuery = page.locator('faq-widget .faq__empty-query');

    const markup = '<img src=x onerror="window.__pwned=1">';
    await input.pressSequentially(markup);
    await waitForStatus(page, /^No questions match$/);
    assert.equal(await input.inputValue(), markup);
    assert.equal(await page.locator('faq-widget img').count(), 0, 'no img element was created');
    assert.equal((await emptyQuery.textContent()).trim(), markup, 'the query is shown back as plain text');
    await assertStatusMatchesList(page);

    const huge = Array.from({ length: 10_000 }, (_, i) => 'abcdefghij klmnopqrs'[i % 20]).join('');
    assert.equal(huge.length, 10_000);
    await input.fill(huge);
    await page.waitForFunction(
      () =>
        document
          .querySelector('faq-widget')
          ?.shadowRoot?.querySelector('.faq__empty-query')
          ?.textContent.startsWith('abcdefghij'),
      null,
      { timeout: 5_000 },
    );
    assert.equal((await input.inputValue()).length, 10_000, 'the box holds the whole string');
    assert.equal(await statusText(page), 'No questions match');
    const shown = (await emptyQuery.textContent()).trim();
    assert.ok(shown.length <= 200, `the empty state does not repeat all 10,000 characters (it shows ${shown.length})`);
    await assertStatusMatchesList(page);

    // Emoji are not words: the query is treated as empty and every question stays listed.
    await input.fill('🙂🙂');
    await waitForStatus(page, /^45 questions$/);
    assert.equal(await input.inputValue(), '🙂🙂');
    assert.deepEqual(await shownAll(page), [...EXPECTED_CARDS, ...EXPECTED_LIST]);

    await input.fill('cyst');
    await waitForStatus(page, /^(\d+ questions match|1 question matches)$/);
    const items = await page.$$eval(`${SEL.item}, faq-widget .faq__card`, (els) => els.map((el) => el.textContent));
    assert.ok(items.length > 0, 'typing "cyst" afterwards shows results');
    for (const text of items) assert.match(text, /cyst/i);
    await assertStatusMatchesList(page);

    // The widget still responds to clicks after all that.
    const firstResult = page.locator(SEL.question).first();
    await firstResult.click();
    assert.equal(await firstResult.getAttribute('aria-expanded'), 'true');

    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'the onerror handler never ran');
  });

  test('axe-core finds no accessibility violations initially, with an answer open, or in the empty state', async () => {
    const page = await h.page('/');

    let violations = await runAxe(page);
    assert.deepEqual(violations.map((v) => v.id), [], `initial page:\n${formatViolations(violations)}`);

    await questionButton(page, 'What cancers cause back pain?').click();
    await questionButton(page, 'What are back mice?').click();
    violations = await runAxe(page);
    assert.deepEqual(violations.map((v) => v.id), [], `answers open:\n${formatViolations(violations)}`);

    await searchBox(page).fill('xylophone');
    await waitForStatus(page, /^No questions match$/);
    violations = await runAxe(page);
    assert.deepEqual(violations.map((v) => v.id), [], `empty state:\n${formatViolations(violations)}`);
  });

  test('the polite status live region exists before any typing and is the same element that later announces the matches', async () => {
    const page = await h.page('/');
    const regions = page.getByRole('status');
    assert.equal(await regions.count(), 1, 'one status region');
    const region = await page.$(SEL.status);
    assert.ok(region, 'the status region is inside the widget');
    assert.equal(await region.getAttribute('aria-live'), 'polite');
    assert.equal(await region.getAttribute('aria-atomic'), 'true');
    assert.equal((await region.textContent()).trim(), '45 questions');
    assert.equal(await region.isVisible(), true);

    await searchBox(page).pressSequentially('lipoma');
    await waitForStatus(page, /questions match$/);
    assert.equal(await region.evaluate((el) => el.isConnected), true, 'the region was updated in place, not replaced');
    assert.match((await region.textContent()).trim(), /^\d+ questions match$/);
  });
});
