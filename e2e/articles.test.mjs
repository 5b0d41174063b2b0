// A visitor finds a guide, reads it (table of contents, FAQ, author), and follows its call
// to action; the guide page stays under the 50 KB budget with its CSS and script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, newPage, audit } from './lib.mjs';

const env = serverAndBrowser();

test('a visitor searches the guides, reads one and follows its call to action', async () => {
  const { server, browser } = env;
  const context = await browser.newContext();
  const p = await newPage(context, server);
  await p.goto(server.base + '/');
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
  await p.waitForURL('**/articles');
  await audit(p, 'guides');
  await p.getByLabel('Search the guides').fill('anxiety betrayal');
  await p.getByRole('button', { name: 'Search' }).click();
  await audit(p, 'guides-search');
  await p.getByRole('link', { name: /Lingering anxiety/i }).first().click();
  await p.waitForURL('**/articles/lingering-anxiety-after-betrayal');
  await audit(p, 'guide');
  assert.ok(p.weights.guide < 50 * 1024, `the guide weighs ${p.weights.guide} bytes`);
  assert.match(await p.locator('article header').innerText(), /min read/);
  // The table of contents moves to its section.
  const toc = p.getByRole('navigation', { name: 'In this guide' });
  const first = toc.getByRole('link').first();
  const target = await first.getAttribute('href');
  await first.click();
  assert.ok(p.url().endsWith(target));
  assert.ok(await p.getByRole('heading', { name: 'Questions people ask' }).isVisible());
  await p.getByRole('link', { name: 'Meera Rao' }).first().click();
  await audit(p, 'guide-author');
  await p.goBack();
  await p.getByRole('link', { name: 'Start the program' }).click();
  // Not signed in: the program asks for an account first, and comes back after.
  await p.waitForURL(/\/login\?next=%2Fprogram|\/login\?next=\/program/);
  await audit(p, 'guide-cta-login');
  await context.close();
});
