// Benchmark (not a test): what it costs to show the first question.
//   bash scripts/bench.sh
// 1. Bytes of everything fetched before the first question shows (raw and gzip -9).
// 2. Median time from navigation start to the first question being interactive
//    (prompt drawn, first option enabled), over 10 cold loads in headless
//    Chromium, without and with 4x CPU throttling.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer, launchBrowser, root } from './support.mjs';

const LOADS = Number(process.env.BENCH_LOADS || 10);
const dist = join(root, 'dist');

function sizes() {
  const files = readdirSync(dist).filter((f) => /\.(html|js|wasm|css)$/.test(f));
  const banks = readdirSync(join(dist, 'questions')).filter((f) => f.endsWith('.json')).map((f) => join('questions', f));
  const rows = [...files, ...banks].map((name) => {
    const bytes = readFileSync(join(dist, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const kind = (name) => (name.startsWith('questions/') ? 'bank json' : name.split('.').pop());
  const byKind = {};
  for (const row of rows) {
    const k = kind(row.name);
    byKind[k] ??= { raw: 0, gzip: 0 };
    byKind[k].raw += row.raw;
    byKind[k].gzip += row.gzip;
  }
  return { rows, byKind, total: rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 }) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One cold load (fresh context, empty cache); ms from navigation start to the first question interactive. */
async function timeOneLoad(browser, url, throttle) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const option = document.querySelector('fieldset.question input:not([disabled])');
      if (option && document.querySelector('[data-testid="question-prompt"]')) {
        window.__firstQuestionMs = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstQuestionMs !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__firstQuestionMs);
  await context.close();
  return ms;
}

const { rows, byKind, total } = sizes();
console.log('Bytes needed to show the first question (dist/, release build)');
for (const row of rows) console.log(`  ${row.name.padEnd(40)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(10)} gzip`);
for (const [k, v] of Object.entries(byKind)) console.log(`  = ${k.padEnd(38)} ${kb(v.raw).padStart(10)} raw ${kb(v.gzip).padStart(10)} gzip`);
console.log(`  = ${'total'.padEnd(38)} ${kb(total.raw).padStart(10)} raw ${kb(total.gzip).padStart(10)} gzip`);

const server = await startServer();
const browser = await launchBrowser();
const url = `${server.origin}/?count=10&seed=bench`;
console.log(`\nNavigation start -> first question interactive, ${LOADS} cold loads each (served on localhost)`);
for (const throttle of [1, 4]) {
  const times = [];
  for (let i = 0; i < LOADS; i++) times.push(await timeOneLoad(browser, url, throttle));
  const label = throttle === 1 ? 'no throttling' : `${throttle}x CPU throttling`;
  console.log(`  ${label.padEnd(20)} median ${median(times).toFixed(0)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
}
await browser.close();
server.stop();
