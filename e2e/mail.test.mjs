// Optional mail in the browser: a partner's message waits unread, the note about it arrives
// with a one-click unsubscribe link; opened signed out, the link asks first and then stops
// only that kind of mail; the settings page shows it off and turns it back on, with the
// confirmation taking the focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, audit, coupleSpace, waitForMail, linkIn } from './lib.mjs';

let server;
let browser;

before(async () => {
  server = await startServer(['--message-notify-minutes', '0', '--task-interval-secs', '1']);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function mailWith(address, marker) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const body = await waitForMail(server, address);
    if (body.includes(marker)) return body;
    if (Date.now() > deadline) throw new Error(`no mail with ${marker} to ${address}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('an unread-message note can be stopped in one click and turned back on in settings', async () => {
  const { a, r } = await coupleSpace(server, browser);
  await a.goto(server.base + '/messages');
  await a.getByRole('link', { name: 'Ravi' }).click();
  await a.getByLabel('Your message').fill('Shall we talk on Sunday?');
  await a.getByRole('button', { name: 'Send' }).click();
  await a.locator('#messages').getByText('Shall we talk on Sunday?').waitFor();

  // Ravi has not read it: the note comes, naming nothing, with the link at its end.
  const body = await mailWith('ravi@example.org', '/unsubscribe/');
  assert.ok(!body.includes('Sunday'), 'the note never includes what was written');
  const link = linkIn(body, server, '/unsubscribe/');

  // Opened in another browser, signed out: it asks, and nothing changes until the button.
  const oc = await browser.newContext();
  const o = await newPage(oc, server);
  await o.goto(server.base + link);
  await o.getByRole('heading', { name: 'Stop these emails?' }).waitFor();
  await audit(o, 'unsubscribe-ask');
  await o.getByRole('button', { name: 'Stop these emails' }).click();
  await o.getByRole('heading', { name: 'Stopped' }).waitFor();
  await o.getByText('You will no longer get these emails').waitFor();
  await audit(o, 'unsubscribe-done');
  await oc.close();

  // Ravi's settings show it off; he turns it back on with the keyboard.
  await r.goto(server.base + '/settings#mail');
  const box = r.getByLabel('A note when a message has waited unread for a while');
  assert.equal(await box.isChecked(), false);
  assert.equal(await r.getByLabel('Reminders of sessions, a day and an hour before').isChecked(), true, 'only that kind stopped');
  await audit(r, 'settings-mail-off');
  await box.focus();
  await r.keyboard.press('Space');
  await r.getByRole('button', { name: 'Save email choices' }).focus();
  await r.keyboard.press('Enter');
  await r.locator('.flash', { hasText: 'Your email choices are saved.' }).waitFor();
  assert.equal(await r.evaluate(() => document.activeElement.classList.contains('flash')), true);
  assert.equal(await r.getByLabel('A note when a message has waited unread for a while').isChecked(), true);
  await r.setViewportSize({ width: 390, height: 844 });
  await audit(r, 'settings-mail-on-phone');
});
