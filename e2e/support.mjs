// Shared set-up for the end-to-end tests, the screenshots and the benchmark:
// serve the built dist/ with `python3 -m http.server` (a plain static host,
// no rewrites) at the root and under a sub-path, and drive Debian's Chromium.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..');
export const SUB_PATH = '/campus/quiz/';

/** Copies dist/ to / and to SUB_PATH of a temporary site, with test fixtures. */
function buildSite() {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `trunk build --release` (scripts/test.sh does)');
  }
  const site = mkdtempSync(join(tmpdir(), 'quiz-site-'));
  cpSync(dist, site, { recursive: true });
  cpSync(dist, join(site, SUB_PATH), { recursive: true });
  cpSync(join(here, 'fixtures'), join(site, 'fixtures'), { recursive: true });
  return site;
}

/** Starts the static server on a free port; resolves to { origin, stop }. */
export async function startServer() {
  const site = buildSite();
  const server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', site], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/port (\d+)/);
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`http.server exited with ${code}`)));
  });
  server.stderr.resume(); // request log
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

/** Flags that keep Chromium quiet on machines that reach package registries only. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** The built-in banks as written, so tests know the right answers. */
export function loadBanks() {
  const dir = join(root, 'questions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

const textIn = (text, lang) => (typeof text === 'string' ? text : text[lang] ?? Object.values(text)[0]);

/** Finds the bank question whose prompt is shown, and the labels of its right and wrong choices. */
export function lookUp(banks, promptText, lang = 'zh-CN') {
  for (const bank of banks) {
    for (const q of bank.questions) {
      if (textIn(q.prompt, lang).trim() !== promptText.trim()) continue;
      if (q.type === 'true_false') {
        const labels = lang === 'zh-CN' ? { true: '正确', false: '错误' } : { true: 'True', false: 'False' };
        return { question: q, right: [labels[q.answer]], wrong: [labels[!q.answer]] };
      }
      const answer = Array.isArray(q.answer) ? q.answer : [q.answer];
      const label = (o) => textIn(o.text, lang);
      return {
        question: q,
        right: q.options.filter((o) => answer.includes(o.id)).map(label),
        wrong: [label(q.options.find((o) => !answer.includes(o.id)))],
      };
    }
  }
  throw new Error(`no bank question has the prompt: ${promptText}`);
}
