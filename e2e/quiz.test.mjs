// End-to-end: the built app in headless Chromium, clicked through as a person
// would. Each test gets a fresh browser context (empty local storage).
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launchBrowser, loadBanks, lookUp, SUB_PATH } from './support.mjs';

let server;
let browser;
let context;
let page;
const banks = loadBanks();

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.on('pageerror', (error) => assert.fail(`uncaught error in the page: ${error.message}`));
});
afterEach(async () => context?.close());

const open = (path) => page.goto(server.origin + path);
const promptText = async () => (await page.getByTestId('question-prompt').textContent()).trim();

/** Chooses the right or a wrong answer for the question on screen; checks the input types on the way. */
async function answer(correctly, lang = 'zh-CN') {
  const prompt = page.getByTestId('question-prompt');
  await prompt.waitFor();
  const { question, right, wrong } = lookUp(banks, await promptText(), lang);
  const kind = question.type === 'multiple' ? 'checkbox' : 'radio';
  const expectedInputs = question.type === 'true_false' ? 2 : question.options.length;
  assert.equal(await page.locator(`form input[type=${kind}]`).count(), expectedInputs, `${question.id} uses ${kind}es`);
  for (const label of correctly ? right : wrong) {
    await page.getByLabel(label, { exact: true }).check();
  }
  return question;
}

/** Practice: answer, submit, read the feedback, go on. */
async function practiseQuestion(correctly) {
  const question = await answer(correctly);
  await page.getByTestId('submit-answer').click();
  const feedback = page.getByTestId('feedback');
  await feedback.waitFor();
  const text = await feedback.textContent();
  assert.match(text, correctly ? /回答正确/ : /回答错误/, `feedback for ${question.id}`);
  assert.match(text, /正确答案：/);
  assert.match(text, /依据：/, 'the source is shown');
  await page.getByTestId('next-question').click();
  return question;
}

test('a practice quiz chosen on the home screen scores known right and wrong answers', async () => {
  await open('/');
  await page.getByRole('checkbox', { name: /食品安全/ }).uncheck();
  await page.getByRole('checkbox', { name: /产品标识/ }).uncheck();
  await page.getByLabel('题目数量').selectOption('5');
  await page.getByTestId('start-quiz').click();
  for (const correctly of [true, true, true, false, false]) {
    const question = await practiseQuestion(correctly);
    assert.match(question.id, /^elevator-/, 'only the chosen topic is asked');
  }
  await assert.doesNotReject(page.getByTestId('score').waitFor());
  assert.match(await page.getByTestId('score').textContent(), /^3 \/ 5$/);
  assert.equal(await page.locator('.review-item').count(), 5, 'every question is reviewed');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
});

test('a reload in the middle of a quiz resumes it where it was', async () => {
  await open('/?count=4&seed=resume-check');
  await practiseQuestion(true);
  const second = await promptText();
  await answer(false);
  await page.reload();
  await page.getByTestId('question-prompt').waitFor();
  assert.equal(await promptText(), second, 'the same question is on screen');
  const { wrong } = lookUp(banks, second);
  assert.ok(await page.getByLabel(wrong[0], { exact: true }).isChecked(), 'the chosen answer is still chosen');
  await page.getByTestId('submit-answer').click();
  await page.getByTestId('next-question').click();
  await practiseQuestion(false);
  await practiseQuestion(false);
  assert.match(await page.getByTestId('score').textContent(), /^1 \/ 4$/);
  assert.ok(!page.url().includes('count='), 'the finished quiz is not restarted by the link');
});

test('after finishing, a reload shows the progress on the home screen', async () => {
  await open('/?count=3&seed=progress-check&topics=food');
  for (let i = 0; i < 3; i++) await practiseQuestion(true);
  await page.getByTestId('score').waitFor();
  await page.reload();
  const summary = page.getByTestId('progress-summary');
  await summary.waitFor();
  const text = await summary.textContent();
  assert.match(text, /已完成 1 轮答题，最近一轮得分 3 \/ 3/);
  assert.match(text, /已掌握 3 题 · 答过 3 题 · 共 \d+ 题/, 'food safety mastery counts the three questions');
  assert.equal(await page.getByTestId('question-prompt').count(), 0, 'the home screen, not a quiz');
});

test('a malformed bank from a link lists its problems while the built-in banks still work', async () => {
  await open('/?bank=fixtures/broken-bank.json&bank=fixtures/organizer-bank.json');
  const problems = page.getByTestId('bank-errors');
  await problems.waitFor();
  const text = await problems.textContent();
  for (const expected of [
    /district-contest.*第 1 题（d-1）.*字段 answer.*答案“c”不是本题任何一个选项的编号/,
    /第 2 题（d-1）.*题目编号“d-1”重复了/,
    /第 2 题（d-1）.*判断题的答案应当是 true 或 false/,
    /第 3 题（d-3）.*不认识的题型“essay”/,
    /未加载/,
  ]) {
    assert.match(text, expected);
  }
  // The valid organizer bank loaded beside the built-in ones.
  await page.getByRole('checkbox', { name: /校园消防演练/ }).waitFor();
  await page.getByTestId('start-quiz').click();
  await page.getByTestId('question-prompt').waitFor();
});

test('a corrupted saved value is moved aside and the app starts and says so', async () => {
  await open('/');
  await page.getByTestId('progress-summary').waitFor();
  await page.evaluate(() => {
    localStorage.setItem('quality-quiz/v1/progress', '{"questions": {broken');
    localStorage.setItem('quality-quiz/v1/settings', '{"lang":"en"}');
  });
  await page.reload();
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /damaged.*kept, not deleted, as quality-quiz\/backup\/\d+\/quality-quiz\/v1\/progress/);
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('quality-quiz/backup/')).map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(backups, ['{"questions": {broken'], 'the unreadable value is kept verbatim');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the readable settings still loaded');
  await page.getByTestId('start-quiz').click();
  await page.getByTestId('question-prompt').waitFor();
});

test('a full storage quota gives a warning and the quiz goes on', async () => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open('/?count=2&seed=quota');
  await practiseQuestion(true);
  assert.match(await page.getByTestId('notice').first().textContent(), /存储空间已满/);
  await practiseQuestion(true);
  assert.match(await page.getByTestId('score').textContent(), /^2 \/ 2$/);
});

test('a whole quiz can be done with the keyboard alone', async () => {
  await open('/');
  await page.getByTestId('progress-summary').waitFor();
  const focusedTestId = () => page.evaluate(() => document.activeElement?.dataset.testid ?? '');
  async function tabTo(testId) {
    for (let presses = 0; presses < 60; presses++) {
      if ((await focusedTestId()) === testId) return;
      await page.keyboard.press('Tab');
    }
    const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    assert.fail(`Tab never reached ${testId}; focus is on ${where}`);
  }
  await tabTo('start-quiz');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'keyboard focus is visible');
  await page.keyboard.press('Enter');
  let questions = 0;
  while (await page.getByTestId('score').count() === 0) {
    // Each new question takes the focus, so Tab goes straight to its options.
    await page.waitForFunction(() => document.activeElement?.id === 'question-prompt', null, { timeout: 5_000 });
    await page.keyboard.press('Tab'); // from the prompt to the first option
    await page.keyboard.press('Space'); // choose it
    await tabTo('submit-answer');
    await page.keyboard.press('Enter');
    await page.getByTestId('feedback').waitFor();
    // Focus moves to the next step by itself (the next frame after the feedback is drawn).
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'next-question', null, { timeout: 5_000 });
    await page.keyboard.press('Enter');
    questions += 1;
    assert.ok(questions <= 10, 'the default round has ten questions');
  }
  assert.equal(questions, 10);
  assert.match(await page.getByTestId('score').textContent(), /^\d+ \/ 10$/);
});

test('an exam gives no feedback, asks before handing in unanswered questions, then scores', async () => {
  await open('/?mode=exam&count=3&seed=exam-check');
  await answer(true);
  assert.equal(await page.getByTestId('feedback').count(), 0, 'no feedback during an exam');
  assert.equal(await page.getByTestId('submit-answer').count(), 0);
  await page.getByTestId('next-question').click();
  await answer(false);
  await page.getByTestId('finish-quiz').click();
  await page.getByTestId('confirm-finish').click();
  assert.match(await page.getByTestId('score').textContent(), /^1 \/ 3$/);
  assert.match(await page.locator('.review-list').textContent(), /未作答/);
});

test('a timed exam counts down and hands itself in at zero', async () => {
  await open('/?mode=exam&time=4&count=3&seed=timer-check');
  await page.getByRole('timer').waitFor();
  assert.match(await page.getByRole('timer').textContent(), /剩余时间 00:0[1-4]/);
  await answer(true);
  await page.getByTestId('score').waitFor({ timeout: 15_000 });
  assert.match(await page.getByTestId('score').textContent(), /^1 \/ 3$/);
});

test('under a sub-path, in English, reloads keep working and true/false reads True/False', async () => {
  await open(`${SUB_PATH}?lang=en&bank=../../fixtures/organizer-bank.json&topics=fire-drill&count=1`);
  await page.getByTestId('question-prompt').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await promptText(), 'In a fire, use the stairs, not an ordinary elevator.');
  assert.equal(await page.getByRole('radio', { name: 'True', exact: true }).count(), 1);
  assert.equal(await page.getByRole('radio', { name: 'False', exact: true }).count(), 1);
  await page.reload();
  await page.getByTestId('question-prompt').waitFor();
  assert.equal(await promptText(), 'In a fire, use the stairs, not an ordinary elevator.');
  await page.getByLabel('True', { exact: true }).check();
  await page.getByTestId('submit-answer').click();
  assert.match(await page.getByTestId('feedback').textContent(), /Correct/);
});

test('the language choice is remembered and true/false reads 正确/错误 in Chinese', async () => {
  await open('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await page.getByRole('heading', { name: 'Quality & Safety Quiz', level: 1 }).waitFor();
  await page.getByRole('button', { name: '中文' }).click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await open('/?bank=fixtures/organizer-bank.json&topics=fire-drill&count=1');
  await page.getByTestId('question-prompt').waitFor();
  assert.equal(await page.getByRole('radio', { name: '正确', exact: true }).count(), 1);
  assert.equal(await page.getByRole('radio', { name: '错误', exact: true }).count(), 1);
});

test('unknown or malformed link parameters are ignored with a visible notice', async () => {
  await open('/?from=poster&count=lots&mode=race');
  await page.getByTestId('progress-summary').waitFor();
  const notices = await page.getByTestId('notice').allTextContents();
  assert.equal(notices.length, 3);
  assert.match(notices.join('\n'), /“from”无法识别/);
  assert.match(notices.join('\n'), /count=lots 无效/);
  await page.getByTestId('start-quiz').click();
  await page.getByTestId('question-prompt').waitFor();
});

test('an organizer bank file can be picked on the home screen', async () => {
  await open('/');
  await page.getByTestId('progress-summary').waitFor();
  await page.getByTestId('bank-file').setInputFiles('e2e/fixtures/broken-bank.json');
  await page.getByTestId('bank-errors').waitFor();
  assert.match(await page.getByTestId('bank-errors').textContent(), /broken-bank\.json|district-contest/);
  await page.getByTestId('bank-file').setInputFiles('e2e/fixtures/organizer-bank.json');
  await page.getByRole('checkbox', { name: /校园消防演练/ }).waitFor();
});

test('unticking every topic leaves nothing chosen and the start button off', async () => {
  await open('/');
  for (const name of [/电梯安全/, /食品安全/, /产品标识/]) await page.getByRole('checkbox', { name }).uncheck();
  assert.equal(await page.getByRole('checkbox', { checked: true }).count(), 0, 'no topic springs back');
  assert.ok(await page.getByTestId('start-quiz').isDisabled());
  await page.getByRole('checkbox', { name: /食品安全/ }).check();
  await page.getByTestId('start-quiz').click();
  assert.match(lookUp(banks, await promptText()).question.id, /^food-/);
});

test('every screen has one h1, labelled inputs and touch targets of at least 44 px', async () => {
  async function checkScreen(name) {
    assert.equal(await page.locator('h1').count(), 1, `${name}: one h1`);
    assert.ok(['zh-CN', 'en'].includes(await page.locator('html').getAttribute('lang')), `${name}: lang is set`);
    const problems = await page.evaluate(() => {
      const found = [];
      const targets = document.querySelectorAll('button, select, .choice, .option, a[href]:not(.skip-link)');
      for (const element of targets) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.height < 44 || box.width < 44)) {
          found.push(`${element.outerHTML.slice(0, 60)} is ${box.width.toFixed(0)}x${box.height.toFixed(0)}`);
        }
      }
      for (const input of document.querySelectorAll('input:not([type=file]), select')) {
        if (!input.labels?.length && !input.getAttribute('aria-label')) found.push(`${input.outerHTML.slice(0, 60)} has no label`);
      }
      return found;
    });
    assert.deepEqual(problems, [], name);
  }
  await open('/?bank=fixtures/broken-bank.json');
  await page.getByTestId('bank-errors').waitFor();
  await checkScreen('home');
  await open('/?count=1&seed=a11y');
  await page.getByTestId('question-prompt').waitFor();
  await checkScreen('practice question');
  await answer(true);
  await page.getByTestId('submit-answer').click();
  await page.getByTestId('feedback').waitFor();
  await checkScreen('practice feedback');
  await page.getByTestId('next-question').click();
  await page.getByTestId('score').waitFor();
  await checkScreen('results');
  await open('/?mode=exam&count=3&seed=a11y');
  await page.getByTestId('question-prompt').waitFor();
  await checkScreen('exam');
});

test('after one visit the app opens and plays with the network gone', async () => {
  const ownServer = await startServer(); // stopped below: a real absence of network
  try {
    await page.goto(`${ownServer.origin}/`);
    await page.getByTestId('progress-summary').waitFor();
    // The service worker takes charge of the page once it is installed.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
    await page.reload(); // through the service worker, which keeps copies
    await page.getByTestId('progress-summary').waitFor();
  } finally {
    ownServer.stop();
  }
  await page.goto(`${ownServer.origin}/?count=2&seed=offline`);
  await practiseQuestion(true);
  await practiseQuestion(false);
  assert.match(await page.getByTestId('score').textContent(), /^1 \/ 2$/);
});

test('an organizer bank file dropped on the home screen is loaded', async () => {
  await open('/');
  await page.getByTestId('progress-summary').waitFor();
  const json = readFileSync(new URL('./fixtures/organizer-bank.json', import.meta.url), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'organizer-bank.json', { type: 'application/json' }));
    return transfer;
  }, json);
  const dropZone = page.locator('.drop-zone');
  await dropZone.dispatchEvent('dragover', { dataTransfer });
  await dropZone.dispatchEvent('drop', { dataTransfer });
  await page.getByRole('checkbox', { name: /校园消防演练/ }).waitFor();
  assert.equal(await page.getByTestId('bank-errors').count(), 0, 'a valid bank raises no problems');
});

test('a picked bank file is still there after a reload, until the organizer removes it', async () => {
  await open('/');
  await page.getByTestId('progress-summary').waitFor();
  await page.getByTestId('bank-file').setInputFiles('e2e/fixtures/organizer-bank.json');
  await page.getByTestId('loaded-bank').waitFor();
  assert.match(await page.getByTestId('loaded-bank').textContent(), /校园消防演练（1 道题）/);
  await page.reload();
  await page.getByRole('checkbox', { name: /校园消防演练/ }).waitFor();
  await page.getByRole('button', { name: '移除题库“校园消防演练”' }).click();
  assert.equal(await page.getByRole('checkbox', { name: /校园消防演练/ }).count(), 0);
  await page.reload();
  await page.getByTestId('progress-summary').waitFor();
  assert.equal(await page.getByTestId('loaded-bank').count(), 0, 'a removed bank stays removed');
  assert.equal(await page.getByRole('checkbox', { name: /校园消防演练/ }).count(), 0);
});
