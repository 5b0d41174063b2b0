// Messages and live sessions in the browser: partners write to each other and see each
// message and its read state arrive without reloading; at a couple session's time the
// counsellor and both partners, in three browsers with Chromium's fake camera and
// microphone, join one room and each reaches a connected peer connection with the other two;
// someone not in the booking is refused; a browser without a camera is told so plainly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, launchWithFakeMedia, newPage, audit, signUp, adminCommand } from './lib.mjs';

let server;
let browser;
let media;

before(async () => {
  // The room opens two hours before a session, so the next free slot's room is open now.
  server = await startServer(['--room-opens-minutes', '120']);
  browser = await launch();
  media = await launchWithFakeMedia();
});

after(async () => {
  await media?.close();
  await browser?.close();
  await server?.stop();
});

async function counsellor() {
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
  await c.getByRole('button', { name: 'Save', exact: true }).click();
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await c.getByLabel('Day', { exact: true }).selectOption({ label: day });
    await c.getByLabel('From', { exact: true }).fill('00:00');
    await c.getByLabel('Until', { exact: true }).fill('23:59');
    await c.getByRole('button', { name: 'Add these hours' }).click();
    await c.getByText('Hours added.').waitFor();
  }
  return cc;
}

test('partners message live, and three people meet in a session room', async () => {
  const cc = await counsellor();
  const ac = await browser.newContext({ timezoneId: 'Asia/Kolkata' });
  const a = await newPage(ac, server);
  await a.goto(server.base + '/register');
  await signUp(server, a, { email: 'asha@example.org', name: 'Asha', password: 'violet tram ninety lamp' });
  await a.goto(server.base + '/space');
  await a.getByRole('button', { name: 'Create a couple space' }).click();
  await a.getByRole('button', { name: 'Create an invitation link' }).click();
  const invite = await a.locator('#invite-link').inputValue();
  const rc = await browser.newContext({ timezoneId: 'Asia/Kolkata' });
  const r = await newPage(rc, server);
  await r.goto(invite);
  await r.getByRole('link', { name: 'Create an account to join' }).click();
  await signUp(server, r, { email: 'ravi@example.org', name: 'Ravi', password: 'copper kite seven moss' });
  await r.getByRole('button', { name: "Join Asha's space" }).click();
  await r.waitForURL('**/space');

  // Messages: both open their conversation; what Asha sends appears on Ravi's page live.
  await a.goto(server.base + '/messages');
  await audit(a, 'messages');
  await a.getByRole('link', { name: 'Ravi' }).click();
  await r.goto(server.base + '/messages');
  await r.getByRole('link', { name: 'Asha' }).click();
  await r.locator('#messages[data-live="on"]').waitFor({ state: 'attached' });
  await a.locator('#messages[data-live="on"]').waitFor({ state: 'attached' });
  await a.getByLabel('Your message').fill('Shall we walk after dinner tonight?');
  await a.getByRole('button', { name: 'Send' }).click();
  await r.locator('#messages').getByText('Shall we walk after dinner tonight?').waitFor({ timeout: 5000 });
  // Ravi's page read it, so Asha's page says so — without a reload.
  await a.locator('#messages .msg.mine .msg-state', { hasText: 'Read' }).waitFor({ timeout: 5000 });
  await audit(a, 'thread-read');
  await audit(r, 'thread-live');
  // An empty message is named, nothing is lost.
  await r.getByRole('button', { name: 'Send' }).click();
  await r.getByRole('alert').waitFor();
  await audit(r, 'thread-empty-refused');

  // Asha books the next free time as a couple session.
  await a.goto(server.base + '/counsellors');
  await a.getByRole('link', { name: 'Meera Rao' }).first().click();
  await a.locator('ul.slots a').first().click();
  await a.getByLabel(/Ravi and me/).check();
  await a.getByRole('button', { name: 'Confirm booking' }).click();
  await a.getByText('Booked.').waitFor();
  const booking = new URL(a.url()).pathname;
  await a.getByRole('link', { name: 'Go to the session room' }).click();
  await audit(a, 'room');
  const room = booking + '/room';

  // Someone not in the booking: no room page, and the socket refuses to admit them.
  const nc = await browser.newContext();
  const n = await newPage(nc, server);
  await n.goto(server.base + '/register');
  await signUp(server, n, { email: 'noor@example.org', name: 'Noor', password: 'maple drum seventy coat' });
  const refusedPage = await n.goto(server.base + room);
  assert.equal(refusedPage.status(), 404);
  const answer = await n.evaluate((id) => new Promise((resolve) => {
    const ws = new WebSocket(`ws://${location.host}/live`);
    ws.onopen = () => ws.send(JSON.stringify({ type: 'join', booking: id }));
    ws.onmessage = (e) => { const m = JSON.parse(e.data); if (m.type !== 'ready') resolve(m); };
  }), booking.split('/').pop());
  assert.equal(answer.type, 'refused');

  // The three people, each in a browser with a (fake) camera and microphone.
  const storage = async (ctx) => ctx.storageState();
  const people = [];
  for (const [name, ctx] of [['counsellor', cc], ['asha', ac], ['ravi', rc]]) {
    const mc = await media.newContext({ storageState: await storage(ctx), timezoneId: 'Asia/Kolkata' });
    const p = await newPage(mc, server);
    await p.goto(server.base + room);
    await p.getByRole('button', { name: 'Join' }).click();
    await p.getByText('You are', { exact: false }).first().waitFor();
    people.push([name, mc, p]);
  }
  for (const [name, , p] of people) {
    await p.waitForFunction(() => {
      const s = window.roomPeers ? window.roomPeers() : [];
      return s.length === 2 && s.every((x) => x === 'connected');
    }, null, { timeout: 20_000 });
    await p.getByText('You are connected with 2 others.').waitFor();
    await audit(p, `room-connected-${name}`);
  }
  // Controls: mute and camera off change state; chat reaches the others.
  const [, , meera] = people[0];
  await meera.getByRole('button', { name: 'Mute' }).click();
  assert.equal(await meera.locator('#room-mute').getAttribute('aria-pressed'), 'true');
  await meera.getByRole('button', { name: 'Turn camera off' }).click();
  assert.equal(await meera.locator('#room-camera').getAttribute('aria-pressed'), 'true');
  await meera.getByLabel('Message').fill('Can you both hear me?');
  await meera.getByRole('button', { name: 'Send' }).click();
  await people[1][2].locator('#room-chat').getByText('Can you both hear me?').waitFor();
  await people[2][2].locator('#room-chat').getByText('Can you both hear me?').waitFor();
  // Leaving closes the connections; the others see one fewer.
  await people[2][2].getByRole('button', { name: 'Leave' }).click();
  await meera.getByText('You are connected with 1 other person.').waitFor({ timeout: 10_000 });

  // A browser with no camera or microphone allowed is told so, and can still join.
  const plain = await browser.newContext({ storageState: await storage(rc) });
  const q = await newPage(plain, server);
  await q.goto(server.base + room);
  await q.getByRole('button', { name: 'Join' }).click();
  await q.getByText(/did not allow the camera|No camera or microphone was found|could not be started/).waitFor();
  await audit(q, 'room-no-camera');

  for (const [, mc] of people) await mc.close();
  for (const ctx of [cc, ac, rc, nc, plain]) await ctx.close();
});
