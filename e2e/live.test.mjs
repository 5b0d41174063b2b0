// Messages and live sessions in the browser: partners write to each other and see each
// message and its read state arrive without reloading; at a couple session's time the
// counsellor and both partners, in three browsers with Chromium's fake camera and
// microphone, join one room and each reaches a connected peer connection with the other two;
// someone not in the booking is refused; a browser without a camera is told so plainly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, launchWithFakeMedia, newPage, audit, signUp, coupleSpace, listedCounsellor, artifacts } from './lib.mjs';

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

test('partners message live, and three people meet in a session room', async () => {
  const cc = await listedCounsellor(server, browser);
  const { ac, a, rc, r } = await coupleSpace(server, browser);

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
  // Names: the counsellor's heading names both partners; the others see her professional
  // name on her tile, not her account's display name.
  const [, , meera] = people[0];
  const [, , asha] = people[1];
  await meera.getByRole('heading', { name: 'Session with Asha and Ravi' }).waitFor();
  await asha.getByRole('heading', { name: 'Session with Meera Rao and Ravi' }).waitFor();
  const meeraTile = asha.locator('#room-videos figure', { hasText: 'Meera Rao' });
  await meeraTile.waitFor();

  // Controls: mute and camera off change the tracks, the labels read the tracks back, and
  // the others' tiles say so (and it is announced).
  await meera.getByRole('button', { name: 'Mute', exact: true }).click();
  await meera.getByRole('button', { name: 'Turn camera off' }).click();
  await meera.getByRole('button', { name: 'Unmute' }).waitFor();
  await meera.getByRole('button', { name: 'Turn camera on' }).waitFor();
  assert.deepEqual(await meera.evaluate(() => window.roomMedia()), { audio: false, video: false });
  await meeraTile.getByText('Muted').waitFor();
  await meeraTile.getByText('Camera off').waitFor();
  await asha.locator('#room-notices', { hasText: 'Meera Rao turned their camera off.' }).waitFor();
  await audit(asha, 'room-counsellor-muted');

  // Leave and join again: still muted, camera still off, and the buttons say so.
  await meera.getByRole('button', { name: 'Leave' }).click();
  await meeraTile.waitFor({ state: 'detached' });
  await meera.getByRole('button', { name: 'Join' }).click();
  await meera.getByText('You are connected with 2 others.').waitFor({ timeout: 20_000 });
  assert.deepEqual(await meera.evaluate(() => window.roomMedia()), { audio: false, video: false });
  await meera.getByRole('button', { name: 'Unmute' }).waitFor();
  await meera.getByRole('button', { name: 'Turn camera on' }).waitFor();
  await meeraTile.getByText('Muted').waitFor();
  // Unmuting is heard, and shown, everywhere.
  await meera.getByRole('button', { name: 'Unmute' }).click();
  assert.deepEqual(await meera.evaluate(() => window.roomMedia()), { audio: true, video: false });
  await meera.getByRole('button', { name: 'Mute', exact: true }).waitFor();
  await meeraTile.getByText('Muted').waitFor({ state: 'detached' });

  // An empty chat message is named, not silently dropped.
  await meera.getByRole('button', { name: 'Send' }).click();
  await meera.getByRole('alert').filter({ hasText: 'Write a message first.' }).waitFor();
  await meera.getByLabel('Message').fill('Can you both hear me?');
  await meera.getByRole('button', { name: 'Send' }).click();
  await people[1][2].locator('#room-chat').getByText('Can you both hear me?').waitFor();
  await people[2][2].locator('#room-chat').getByText('Can you both hear me?').waitFor();
  await meera.getByRole('alert').filter({ hasText: 'Write a message first.' }).waitFor({ state: 'hidden' });
  // On a phone the tiles share the screen with the chat: the message box is on the first
  // screen, below the three tiles.
  await asha.setViewportSize({ width: 390, height: 844 });
  await asha.waitForTimeout(300);
  await asha.screenshot({ path: `${artifacts}/room-phone.png` });
  const box = await asha.getByLabel('Message').boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `the chat's message box is on screen (at ${box && box.y})`);
  const tiles = await asha.locator('#room-videos figure video').evaluateAll((vs) => vs.map((v) => v.getBoundingClientRect().top));
  assert.ok(tiles.every((t) => t >= 0 && t < 844), `the tiles are on screen too (${tiles})`);
  await audit(asha, 'room-phone');
  // Leaving closes the connections; the others see one fewer.
  await people[2][2].getByRole('button', { name: 'Leave' }).click();
  await meera.getByText('You are connected with 1 other person.').waitFor({ timeout: 10_000 });

  // A browser with no camera or microphone allowed is told so, and can still join.
  const plain = await browser.newContext({ storageState: await storage(rc) });
  const q = await newPage(plain, server);
  await q.goto(server.base + room);
  await q.getByRole('button', { name: 'Join' }).click();
  await q.getByText(/did not allow the camera|No camera or microphone was found|could not be started/).waitFor();
  assert.ok(await q.locator('#room-mute').isDisabled(), 'nothing to mute without a microphone');
  assert.ok(await q.locator('#room-chat-text').isEnabled(), 'the chat still works');
  await audit(q, 'room-no-camera');

  for (const [, mc] of people) await mc.close();
  for (const ctx of [cc, ac, rc, nc, plain]) await ctx.close();
});
