// Shared pieces of the browser tests: start the real server on a fresh data folder, read
// the mail it writes, check every page with axe-core, keep screenshots, and refuse any
// request to another origin.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startServer(extraArgs = []) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'diltalks-e2e-'));
  const base = `http://127.0.0.1:${port}`;
  const bin = process.env.DILTALKS_BIN || '/var/cache/diltalks-target/debug/diltalks';
  const env = { ...process.env, RUST_LOG: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(bin, ['--data-dir', join(dataDir, 'data'), '--listen', `127.0.0.1:${port}`,
    '--base-url', base, '--quick-exit-url', 'about:blank', '--pseudo-locale-on-request', ...extraArgs], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('the server did not become ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    bin,
    dataDir: join(dataDir, 'data'),
    mailDir: join(dataDir, 'data', 'mail'),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A server and a browser for one test file: started before its tests, stopped after. */
export function serverAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  });
}

/** A browser whose camera and microphone are Chromium's test patterns, allowed without asking. */
export async function launchWithFakeMedia() {
  return launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    '--disable-features=WebRtcHideLocalIpsWithMdns']);
}

function decodeBody(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  let body = rest.join('\n\n');
  const enc = (/^content-transfer-encoding:\s*(\S+)/im.exec(head) || [])[1] || '';
  if (enc.toLowerCase() === 'quoted-printable') {
    body = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
  } else if (enc.toLowerCase() === 'base64') {
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return { head, body };
}

/** The newest message to `address`, waiting up to ten seconds for the sender task. */
export async function waitForMail(server, address) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    let files = [];
    try { files = readdirSync(server.mailDir).filter((f) => f.endsWith('.eml')).sort().reverse(); } catch { /* none yet */ }
    for (const f of files) {
      const { head, body } = decodeBody(readFileSync(join(server.mailDir, f), 'utf8'));
      if (new RegExp(`^to:.*${address.replace(/[.+]/g, '\\$&')}`, 'im').test(head)) return body;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${address}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function linkIn(body, server, marker) {
  const m = new RegExp(`${server.base.replace(/[.]/g, '\\.')}(${marker}\\S+)`).exec(body);
  assert.ok(m, `no ${marker} link in:\n${body}`);
  return m[1];
}

/** A page that records the origins it asks for, and how its document was asked for. */
export async function newPage(context, server) {
  const page = await context.newPage();
  recordTyping(page);
  page.foreign = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('about:') || url.startsWith('data:')) return;
    if (!url.startsWith(server.base)) page.foreign.push(url);
  });
  page.on('response', (res) => {
    const req = res.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
      page.document = { method: req.method(), status: res.status(), body: req.postData(), type: req.headers()['content-type'] };
    }
  });
  return page;
}

/**
 * The text a person can read in a document that did not come from the message files, on a
 * page answered in the pseudo-locale (every English message wrapped in ⟦ ⟧): none may be
 * left. Runs in the browser (`page.evaluate(unwrapped)`, or on a parsed document). What the
 * suite typed (`typed`: names, addresses, entries) is data, not interface, and so are dates
 * and times, zone names, digits and punctuation.
 */
export function unwrapped(root, typed = []) {
  const doc = root || document;
  const months = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
  const data = [
    new RegExp(`\\b\\d{1,2} ${months}( \\d{4})?\\b`, 'g'), new RegExp(`\\b${months} \\d{4}\\b`, 'g'),
    /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, /\b\d{1,2}:\d{2}\b/g, /\b[A-Z][a-z]+\/[A-Za-z_]+\b/g, /\bUTC\b/g,
  ];
  const pieces = [...new Set(typed.flatMap((t) => [t, ...t.split(/\n+/)]).map((t) => t.trim()).filter((t) => t.length > 1))]
    .sort((a, b) => b.length - a.length);
  const left = (text) => {
    // A message inside another (a placeholder's words) is wrapped inside the other's wrapping.
    let rest = text;
    for (let inner = ''; inner !== rest;) { inner = rest; rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' '); }
    for (const p of pieces) rest = rest.split(p).join(' ');
    for (const re of data) rest = rest.replace(re, ' ');
    rest = rest.replace(/DilTalks/g, ' ');
    return /^[\d\s.,:;·()+\-–—/₹%#@*&"'“”‘’…!?|×]*$/.test(rest) ? '' : text;
  };
  const out = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent.trim();
    if (!text) continue;
    const el = n.parentElement;
    // Code, keys and samples are literal (a two-step key, a command).
    if (el.closest('script, style, template, [hidden], code, kbd, samp')) continue;
    // Another language's own name (the switch), content with its own Hindi (crisis lines,
    // instruments) and what people wrote (marked data-content) are not messages.
    if ((el.closest('[lang]')?.getAttribute('lang') || 'en') !== 'en') continue;
    if (el.closest('[data-content]')) continue;
    // A sentence with a link inside is several nodes: each piece is wrapped on its own.
    if (left(text)) out.push(text);
  }
  // Attributes people hear or see: titles, labels, placeholders, the description.
  for (const el of doc.querySelectorAll('[title], [aria-label], [placeholder]')) {
    if (el.closest('[data-content]')) continue;
    for (const a of ['title', 'aria-label', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v && left(v)) out.push(`${a}="${v}"`);
    }
  }
  const d = doc.querySelector('meta[name="description"]:not([data-content])')?.content;
  if (d && left(d)) out.push(`description="${d}"`);
  return out;
}

/** Everything the suite typed into a form: data, which the pages show back as it was typed. */
export const typed = new Set();

function recordTyping(page) {
  const locator = Object.getPrototypeOf(page.locator('body'));
  if (locator.fill.recording) return;
  for (const [proto, name] of [[locator, 'fill'], [locator, 'pressSequentially'], [locator, 'type'], [Object.getPrototypeOf(page), 'fill']]) {
    const original = proto[name];
    proto[name] = function (...args) {
      const value = proto === locator ? args[0] : args[1];
      if (typeof value === 'string') typed.add(value);
      return original.apply(this, args);
    };
    proto[name].recording = true;
  }
}

// Forms whose failed attempts are counted: sending one again would count twice.
const COUNTED = /^\/(login|forgot|reset|account\/second-factor)/;

/**
 * Reads the page a second time in the pseudo-locale (the server answers `X-Pseudo-Locale: 1`
 * so when started with --pseudo-locale-on-request) and returns its untranslated text. A page
 * a form re-rendered with its errors (422, nothing was written) is sent again as it was; a
 * page another kind of form answered directly is not read again.
 */
export async function untranslated(page) {
  const d = page.document || { method: 'GET' };
  if (d.method !== 'GET' && !(d.status === 422 && /urlencoded/.test(d.type || '') && !COUNTED.test(new URL(page.url()).pathname))) {
    return [];
  }
  const ask = JSON.stringify(d.method === 'GET' ? { headers: { 'x-pseudo-locale': '1' } }
    : { method: 'POST', body: d.body, headers: { 'x-pseudo-locale': '1', 'content-type': d.type } });
  return page.evaluate(`(async () => {
    const res = await fetch(location.href, ${ask});
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    return (${unwrapped.toString()})(doc, ${JSON.stringify([...typed])});
  })()`);
}

let shot = 0;

/** Checks the page the way every page must be: axe-clean, quick exit, crisis link, first-party only; then a screenshot. */
/** Every audited page's HTML is kept here; the test command runs the Nu HTML checker over it. */
export const htmlDir = join(artifacts, 'html');
mkdirSync(htmlDir, { recursive: true });
const suite = basename(process.argv[1] || 'suite').replace(/\.test\.mjs$/, '');

export async function audit(page, name) {
  await page.waitForLoadState('load');
  writeFileSync(join(htmlDir, `${suite}-${String(shot + 1).padStart(2, '0')}-${name}.html`), await page.content());
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(problems, [], `axe-core on ${name} (${page.url()}):\n${problems.join('\n')}`);
  assert.equal(await page.locator('#quick-exit').count(), 1, `${name}: quick exit`);
  assert.ok(await page.locator('footer a[href="/help/crisis"]').count() >= 1, `${name}: crisis link`);
  assert.deepEqual(page.foreign, [], `${name}: requests to other origins`);
  // The weight budget: the page and everything it loaded (compressed as sent), a counsellor's
  // photo aside, under 50 KB.
  const weight = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    let total = nav ? nav.encodedBodySize : 0;
    for (const r of performance.getEntriesByType('resource')) {
      if (!/\/photo(\?|$)/.test(r.name)) total += r.encodedBodySize;
    }
    return total;
  });
  assert.ok(weight < 50 * 1024, `${name}: ${weight} bytes, over the 50 KB budget`);
  page.weights = { ...(page.weights || {}), [name]: weight };
  shot += 1;
  await page.screenshot({ path: join(artifacts, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  // Every word on it from the message files (issue 21), read again in the pseudo-locale.
  const left = await untranslated(page);
  assert.deepEqual(left, [], `${name} (${page.url()}): text that is not a message`);
}

/** Runs the binary's operator command against the server's data folder; returns its output. */
export function adminCommand(server, args) {
  return execFileSync(server.bin, ['--data-dir', server.dataDir, '--base-url', server.base, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RUST_LOG: 'warn' },
  });
}

/** Exactly these words, also when a pseudo-locale wraps them in ⟦ ⟧. */
export function exactly(words) {
  return new RegExp(`^⟦?${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}⟧?$`);
}

/** Signs up through the form and confirms the address from the mail; ends on the next page. */
export async function signUp(server, page, { email, name, password }) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Name to be called by').fill(name);
  // Exactly "Password", also when a pseudo-locale wraps it in ⟦ ⟧.
  await page.getByLabel(exactly('Password')).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/register/sent');
  const verify = linkIn(await waitForMail(server, email), server, '/verify/');
  await page.goto(server.base + verify);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
}

/** Asha signs up and makes a couple space; Ravi signs up through her invitation and joins. */
export async function coupleSpace(server, browser, timezoneId = 'Asia/Kolkata') {
  const ac = await browser.newContext({ timezoneId });
  const a = await newPage(ac, server);
  await a.goto(server.base + '/register');
  await signUp(server, a, { email: 'asha@example.org', name: 'Asha', password: 'violet tram ninety lamp' });
  await a.goto(server.base + '/space');
  await a.getByRole('button', { name: 'Create a couple space' }).click();
  await a.getByRole('button', { name: 'Create an invitation link' }).click();
  const invite = await a.locator('#invite-link').inputValue();
  const rc = await browser.newContext({ timezoneId });
  const r = await newPage(rc, server);
  await r.goto(invite);
  await r.getByRole('link', { name: 'Create an account to join' }).click();
  await signUp(server, r, { email: 'ravi@example.org', name: 'Ravi', password: 'copper kite seven moss' });
  await r.getByRole('button', { name: "Join Asha's space" }).click();
  await r.waitForURL('**/space');
  return { ac, a, rc, r };
}

/** Meera: a counsellor signed up, verified by an operator, open all day every day with no notice. */
export async function listedCounsellor(server, browser) {
  const cc = await browser.newContext({ timezoneId: 'Asia/Kolkata' });
  const c = await newPage(cc, server);
  await c.goto(server.base + '/register?as=counsellor');
  await signUp(server, c, { email: 'meera@example.org', name: 'Meera', password: 'amber lake tiller nine' });
  await c.waitForURL('**/practice');
  await c.goto(server.base + '/practice/profile');
  await c.getByLabel('Full name').fill('Meera Rao');
  await c.getByLabel('Professional title').fill('Counselling psychologist');
  await c.getByLabel('Introduction').fill('I help couples talk honestly again after trust has broken.');
  await c.getByLabel('Licence or registration number').fill('RCI-A12345');
  await c.getByLabel('Licensing body').fill('Rehabilitation Council of India');
  await c.getByLabel('Where the licence is valid').fill('India');
  await c.getByLabel('Valid until').fill('2030-03-31');
  await c.getByLabel('Trust and infidelity').check();
  await c.getByLabel('Languages').fill('English');
  await c.getByLabel('Video').check();
  await c.getByLabel('Fee per session').fill('1500');
  await c.getByRole('button', { name: 'Submit for verification' }).click();
  await c.getByText('Waiting for our team').waitFor();
  const out = adminCommand(server, ['admin', 'create-admin', '--email', 'ops@example.org']);
  const oc = await browser.newContext();
  const o = await newPage(oc, server);
  await o.goto(server.base + /(\/reset\/\S+)/.exec(out)[1]);
  await o.getByRole('button', { name: /Continue|Choose/ }).click().catch(() => {});
  await o.getByLabel('New password').fill('quiet harbour lantern five');
  await o.getByRole('button', { name: 'Save the new password' }).click();
  await o.goto(server.base + '/login');
  if (await o.getByLabel('Email address').count()) {
    await o.getByLabel('Email address').fill('ops@example.org');
    await o.getByLabel('Password').fill('quiet harbour lantern five');
    await o.getByRole('button', { name: 'Sign in' }).click();
  }
  await o.goto(server.base + '/admin/counsellors');
  await o.getByRole('link', { name: 'Meera Rao' }).click();
  await o.getByRole('button', { name: 'Verify and list' }).click();
  await o.getByText('Verified and listed.').waitFor();
  await oc.close();
  // Open all day every day, bookable at once.
  await c.goto(server.base + '/practice/availability');
  await c.getByLabel('Minimum notice (hours)').fill('0');
  await c.getByRole('button', { name: exactly('Save') }).click();
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await c.getByLabel(exactly('Day')).selectOption({ label: day });
    await c.getByLabel(exactly('From')).fill('00:00');
    await c.getByLabel(exactly('Until')).fill('23:59');
    await c.getByRole('button', { name: 'Add these hours' }).click();
    await c.getByText('Hours added.').waitFor();
  }
  return cc;
}
