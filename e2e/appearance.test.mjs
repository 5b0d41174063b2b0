// Dark mode and a phone-sized screen: the public pages stay readable (axe-core's contrast
// and other rules) and usable by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, audit } from './lib.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('public pages pass axe-core in dark mode on a phone-sized screen', async () => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 375, height: 740 }, isMobile: true });
  const page = await newPage(context, server);
  for (const path of ['/', '/register', '/login', '/forgot', '/help/crisis', '/no-such-page']) {
    await page.goto(server.base + path);
    await audit(page, `dark-mobile${path.replace(/\//g, '-') || '-home'}`);
  }
  await context.close();
});

test('the sign-in form can be reached and sent with the keyboard alone', async () => {
  const context = await browser.newContext();
  const page = await newPage(context, server);
  await page.goto(server.base + '/login');
  // Tab from the top: skip link first, then quick exit.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Skip to content');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'quick-exit');
  await page.getByLabel('Email address').focus();
  await page.keyboard.type('nobody@example.org');
  await page.keyboard.press('Tab');
  await page.keyboard.type('not the password');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /don't match an account/);
  await audit(page, 'keyboard-login-error');
  await context.close();
});

test('the 0-10 scale is one row of targets at least 24 px, and the phone menu takes one line', async () => {
  const { signUp } = await import('./lib.mjs');
  const context = await browser.newContext();
  const page = await newPage(context, server);
  await page.goto(server.base + '/register');
  await signUp(server, page, { email: 'scale@example.org', name: 'Scale', password: 'willow brick forty rain' });
  await page.goto(server.base + '/program/start');
  await page.getByLabel('My trust was broken').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL('**/program');
  for (const width of [1280, 390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(server.base + '/program/time');
    const boxes = await page.locator('input[name="trust"]').evaluateAll((els) =>
      els.map((e) => { const r = e.getBoundingClientRect(); return { top: Math.round(r.top), w: r.width, h: r.height }; }));
    assert.equal(boxes.length, 11);
    assert.equal(new Set(boxes.map((b) => b.top)).size, 1, `one row at ${width} px: ${JSON.stringify(boxes)}`);
    for (const b of boxes) assert.ok(b.w >= 24 && b.h >= 24, `a target of ${b.w}x${b.h} at ${width} px`);
    const accent = await page.locator('input[name="trust"]').first().evaluate((e) => getComputedStyle(e).accentColor);
    assert.notEqual(accent, 'auto', 'radios take the theme colour');
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await audit(page, 'checkin-scale-phone');
  const menu = await page.locator('.site-header nav').boundingBox();
  assert.ok(menu.height <= 56, `the phone menu is ${menu.height} px tall, one line`);
  // Every link of the menu can still be reached with the keyboard.
  await page.getByRole('link', { name: 'Settings' }).focus();
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Settings');
  await context.close();
});
