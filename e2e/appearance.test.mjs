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
