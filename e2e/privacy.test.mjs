// Privacy and safety in a real browser: two-step sign-in set up from the QR page and used
// with a recovery code, the export downloaded as one zip, a crawl of every page reachable
// by link (signed in and not) checking security headers, no-store, first-party requests
// only, quick exit, the crisis link and axe-core, and finally deleting the account.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { serverAndBrowser, newPage, audit, signUp } from './lib.mjs';

const env = serverAndBrowser();

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/\s+/g, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238 with HMAC-SHA1, as an authenticator app computes it. */
function totp(secret, at = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const h = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const o = h[19] & 15;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const PAGE_HEADERS = {
  'content-security-policy': /default-src 'none'/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/,
  'referrer-policy': /^no-referrer$/,
  'cache-control': /no-store/,
};

/** Visits every page reachable by link from `start` (GET only, this origin, at most `limit`). */
async function crawl(page, start, label, limit) {
  const { server } = env;
  const seen = new Set();
  const queue = [...start];
  let visited = 0;
  while (queue.length && visited < limit) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await page.goto(server.base + path);
    visited += 1;
    assert.ok(res.status() < 400, `${label} ${path}: status ${res.status()}`);
    const headers = res.headers();
    for (const [name, want] of Object.entries(PAGE_HEADERS)) {
      assert.match(headers[name] || '', want, `${label} ${path}: ${name}`);
    }
    // A feed or a sitemap is not a page: its headers are checked, nothing else.
    if (!(headers['content-type'] || '').startsWith('text/html')) continue;
    await audit(page, `${label}${path.replace(/[^a-z0-9]+/gi, '-')}`.slice(0, 60));
    const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of links) {
      const clean = href.split('#')[0];
      // No free text in a URL: it would sit in the browser's history on a shared device. Query
      // values are ids, numbers and fixed words; only a search box's own words (q) are allowed.
      for (const pair of (clean.split('?')[1] || '').split('&').filter(Boolean)) {
        const [key, value = ''] = pair.split('=');
        if (key === 'q') continue;
        assert.ok(!/[+\s]|%20/.test(value) && !/\s/.test(decodeURIComponent(value)), `${label} ${path}: free text in a link: ${href}`);
      }
      if (!clean || clean.startsWith('/static/') || clean.startsWith('/calendar/') || seen.has(clean)) continue;
      queue.push(clean);
    }
  }
  return seen;
}

test('two-step sign-in, export, a crawl of every page, and deleting the account', async () => {
  const { server, browser } = env;
  const visitor = await browser.newContext();
  const v = await newPage(visitor, server);
  const publicPages = await crawl(v, ['/'], 'public', 40);
  assert.ok(publicPages.has('/help/crisis') && publicPages.has('/login') && publicPages.has('/counsellors'));

  const context = await browser.newContext();
  const p = await newPage(context, server);
  await p.goto(server.base + '/register');
  const email = 'nila@example.org';
  const password = 'copper lantern seven rivers';
  await signUp(server, p, { email, name: 'Nila', password });
  await p.waitForURL('**/dashboard');

  // Two-step sign-in from the settings page.
  await p.goto(server.base + '/settings');
  await p.getByRole('link', { name: 'Set up two-step sign-in' }).click();
  await audit(p, 'two-factor-setup');
  assert.equal(await p.getByRole('img', { name: /QR code/ }).count(), 1);
  const secret = await p.locator('input[name="secret"]').inputValue();
  await p.getByLabel('Code from the app').fill('000000');
  await p.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await assert.doesNotReject(p.getByRole('alert').waitFor());
  await audit(p, 'two-factor-wrong-code');
  await p.getByLabel('Code from the app').fill(totp(secret));
  await p.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await p.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  await audit(p, 'recovery-codes');
  const codes = await p.locator('ul.codes code').allInnerTexts();
  assert.equal(codes.length, 10);

  // Signing in again: the password, then a recovery code (the app's code of this half
  // minute was used already).
  await p.goto(server.base + '/settings');
  await p.getByRole('button', { name: 'Sign out', exact: false }).first().click();
  await p.goto(server.base + '/login');
  await p.getByLabel('Email address').fill(email);
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.waitForURL('**/login/code');
  await audit(p, 'login-code');
  await p.getByLabel('Code').fill(codes[0]);
  await p.getByRole('button', { name: 'Continue' }).click();
  await p.waitForURL('**/dashboard');

  // Everything a signed-in member can reach by link.
  const memberPages = await crawl(p, ['/dashboard', '/settings'], 'member', 60);
  assert.ok(memberPages.has('/settings/export') && memberPages.has('/settings/delete') && memberPages.has('/journal'));

  // The export: one zip, named without the service.
  await p.goto(server.base + '/settings/export');
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('button', { name: 'Download my data' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^export-\d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a zip file');
  assert.ok(bytes.includes(Buffer.from('data.html')) && bytes.includes(Buffer.from(email)));

  // Deleting the account: a named problem first, then for good.
  await p.goto(server.base + '/settings/delete');
  await audit(p, 'delete-account');
  await p.getByLabel('To confirm, type: delete my account').fill('delete');
  await p.getByRole('button', { name: 'Delete my account for good' }).click();
  await assert.doesNotReject(p.getByRole('alert').waitFor());
  await p.getByLabel('To confirm, type: delete my account').fill('delete my account');
  await p.getByRole('button', { name: 'Delete my account for good' }).click();
  await p.waitForURL(server.base + '/');
  assert.match(await p.locator('body').innerText(), /Your account is deleted/);
  await p.goto(server.base + '/login');
  await p.getByLabel('Email address').fill(email);
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await assert.doesNotReject(p.getByRole('alert').waitFor());
  await context.close();
  await visitor.close();
});
