// Screenshots of every screen at phone (390x844) and kiosk (1920x1080) size,
// into screenshots/. Not a test: run it and look at the pictures.
//   node e2e/screenshots.mjs        (after `trunk build --release`)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, loadBanks, lookUp, root } from './support.mjs';

const out = join(root, 'screenshots');
mkdirSync(out, { recursive: true });
const banks = loadBanks();
const { origin, stop } = await startServer();
const browser = await launchBrowser();

async function answerRight(page, lang = 'zh-CN') {
  const prompt = (await page.getByTestId('question-prompt').textContent()).trim();
  for (const label of lookUp(banks, prompt, lang).right) await page.getByLabel(label, { exact: true }).check();
}

for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['kiosk', { width: 1920, height: 1080 }]]) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const shot = (screen) => page.screenshot({ path: join(out, `${name}-${screen}.png`), fullPage: true });

  await page.goto(`${origin}/`);
  await page.getByTestId('progress-summary').waitFor();
  await shot('1-home-first-visit');

  await page.goto(`${origin}/?count=3&seed=screens&mode=practice`);
  await page.getByTestId('question-prompt').waitFor();
  await shot('2-practice-question');
  const prompt = (await page.getByTestId('question-prompt').textContent()).trim();
  await page.getByLabel(lookUp(banks, prompt).wrong[0], { exact: true }).check();
  await page.getByTestId('submit-answer').click();
  await page.getByTestId('feedback').waitFor();
  await shot('3-practice-feedback-wrong');
  await page.getByTestId('next-question').click();
  await answerRight(page);
  await page.getByTestId('submit-answer').click();
  await page.getByTestId('feedback').waitFor();
  await shot('4-practice-feedback-right');
  await page.getByTestId('next-question').click();
  await answerRight(page);
  await page.getByTestId('submit-answer').click();
  await page.getByTestId('next-question').click();
  await page.getByTestId('score').waitFor();
  await shot('5-results');

  await page.goto(`${origin}/?mode=exam&count=12&time=600&seed=screens`);
  await page.getByTestId('question-prompt').waitFor();
  await answerRight(page);
  await page.getByTestId('next-question').click();
  await shot('6-exam-question');

  await page.goto(`${origin}/?lang=en&bank=fixtures/broken-bank.json&from=poster`);
  await page.getByTestId('leave-quiz').click(); // the unfinished exam resumed; step back home
  await page.getByTestId('bank-errors').waitFor();
  await page.getByTestId('resume-quiz').waitFor();
  await page.getByTestId('bank-file').setInputFiles(join(root, 'e2e/fixtures/organizer-bank.json'));
  await page.getByTestId('loaded-bank').waitFor();
  await shot('7-home-english-with-problems-and-resume');
  await context.close();
}
await browser.close();
stop();
console.log(`screenshots written to ${out}`);
