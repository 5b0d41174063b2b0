// Abuse reports in the browser: Asha reports a message from her counsellor with its text
// attached; the operator sees only that text in the queue and suspends the counsellor; Asha
// sees the outcome in general words; Ravi, another client of the counsellor, gets the
// ordinary neutral cancellation of his session. Every page is audited, the form on a phone too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, audit, coupleSpace, listedCounsellor, newPage, waitForMail } from './lib.mjs';

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

async function bookAlone(page, slot) {
  await page.goto(server.base + '/counsellors');
  await page.getByRole('link', { name: 'Meera Rao' }).first().click();
  await page.locator('ul.slots a').nth(slot).click();
  await page.getByLabel('Just me').check();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await page.getByText('Booked.').waitFor();
  return new URL(page.url()).pathname;
}

test('a member reports a counsellor\'s message, the operator suspends the counsellor, everyone sees only what they may', async () => {
  const cc = await listedCounsellor(server, browser);
  const c = cc.pages()[0];
  const { a, r } = await coupleSpace(server, browser);
  await bookAlone(a, 0);
  const ravisSession = await bookAlone(r, 3);

  // Meera writes to Asha twice; Asha reports only the second.
  await c.goto(server.base + '/messages');
  await c.getByRole('link', { name: /^Asha/ }).first().click();
  for (const text of ['See you on Monday.', 'If you tell anyone what we discussed you will regret it.']) {
    await c.getByLabel('Your message').fill(text);
    await c.getByRole('button', { name: 'Send' }).click();
    await c.locator('#messages').getByText(text).waitFor();
  }
  await a.goto(server.base + '/messages');
  await a.getByRole('link', { name: /Meera Rao/ }).first().click();
  await a.getByRole('link', { name: /Report this message from Meera Rao/ }).last().click();
  await audit(a, 'report-form');
  // Without a reason the form says so, and keeps the note.
  await a.getByLabel('Anything else we should know (optional)').fill('It frightened me.');
  await a.getByRole('button', { name: 'Send the report' }).click();
  await a.getByRole('alert').waitFor();
  assert.equal(await a.getByLabel('Anything else we should know (optional)').inputValue(), 'It frightened me.');
  await a.getByLabel('Threats, or fear for someone\'s safety').check();
  await a.getByLabel('Send the message\'s text with the report').check();
  await a.getByRole('button', { name: 'Send the report' }).click();
  await a.getByText('Thank you. Your report is with our operator').waitFor();
  await a.getByText('Received. We will look at it soon.').waitFor();
  await audit(a, 'reports-mine');

  // The operator: Reports in their own navigation, only the attached text.
  const oc = await browser.newContext();
  const o = await newPage(oc, server);
  await o.goto(server.base + '/login');
  await o.getByLabel('Email address').fill('ops@example.org');
  await o.getByLabel('Password').fill('quiet harbour lantern five');
  await o.getByRole('button', { name: 'Sign in', exact: true }).click();
  await o.getByRole('link', { name: 'Reports' }).click();
  await audit(o, 'reports-queue');
  await o.getByRole('link', { name: /A counsellor|A message: Threats/ }).first().click();
  await audit(o, 'report-item');
  const item = await o.locator('main').innerText();
  assert.match(item, /you will regret it/);
  assert.match(item, /It frightened me\./);
  assert.doesNotMatch(item, /See you on Monday/, 'never the rest of the conversation');
  assert.doesNotMatch(item, /Asha/, 'never the reporter');
  await o.getByLabel(/Suspend the counsellor/).check();
  await o.getByLabel(/Reason/).fill('Threatening a client.');
  await o.getByRole('button', { name: 'Decide' }).click();
  await o.getByText('Decided. The reporter is told, in general words.').waitFor();
  await audit(o, 'reports-decided');

  // Asha: the outcome, in words that name nothing.
  await a.goto(server.base + '/reports');
  await a.getByText('Looked at. We found it broke our rules and took action.').waitFor();
  const update = await waitForMail(server, 'asha@example.org');
  assert.doesNotMatch(update, /Meera|suspend/i);

  // Ravi: his session is cancelled with the ordinary neutral mail; the profile is gone.
  await r.goto(server.base + ravisSession);
  await r.getByText(/cancelled/i).first().waitFor();
  const mail = await waitForMail(server, 'ravi@example.org');
  assert.match(mail, /is cancelled/);
  assert.doesNotMatch(mail, /suspend|report/i);
  const profile = await r.goto(server.base + '/counsellors');
  assert.equal(profile.status(), 200);
  assert.equal(await r.getByRole('link', { name: 'Meera Rao' }).count(), 0, 'unlisted');

  // The form on a phone.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p = await newPage(phone, server);
  await p.goto(server.base + '/login');
  await p.getByLabel('Email address').fill('ravi@example.org');
  await p.getByLabel('Password').fill('copper kite seven moss');
  await p.getByRole('button', { name: 'Sign in', exact: true }).click();
  await p.goto(server.base + '/articles/safety-first/report');
  await audit(p, 'report-guide-phone');
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the form fits the phone (${overflow}px too wide)`);
  await phone.close();
  await oc.close();
});
