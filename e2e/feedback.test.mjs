// Session feedback in the browser: both partners sign the counsellor's consent and let her see
// their answers; each answers the check before a couple session and rates it after, Asha much
// lower than Ravi and feeling the counsellor took sides; the counsellor sees the split-alliance
// flag on Asha, not Ravi; Ravi never sees Asha's answers or whether she gave them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startServer, launch, audit, artifacts, coupleSpace, listedCounsellor } from './lib.mjs';

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

/** A real server keeps real time: to rate a session that "has happened", its times are moved
 * an hour and a half into the past in the database, as if the hour had passed. */
function sessionHappened(bookingId) {
  const db = join(server.dataDir, 'diltalks.db');
  execFileSync('python3', ['-c', `
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], timeout=10)
now = int(time.time() * 1000)
start = now - 90 * 60 * 1000
db.execute("UPDATE bookings SET starts_at = ?, ends_at = ?, held_until = ? WHERE id = ?",
           (start, start + 50 * 60 * 1000, start + 60 * 60 * 1000, sys.argv[2]))
db.commit()
`, db, bookingId]);
}

async function answer(page, values, extra = async () => {}) {
  for (const [i, v] of values.entries()) {
    await page.locator(`#q${i}-${v}`).check();
  }
  await extra();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await page.getByText('Thank you. Your answers are saved; your partner never sees them.').waitFor();
}

test('each partner answers privately and the counsellor sees a split alliance on the right partner', async () => {
  const cc = await listedCounsellor(server, browser);
  const c = cc.pages()[0];
  const { ac, a, rc, r } = await coupleSpace(server, browser);

  // Meera publishes her consent; Asha books a couple session in the next free time.
  await c.goto(server.base + '/practice/consent');
  await c.getByRole('button', { name: 'Publish' }).click();
  await c.getByText('Published.').first().waitFor();
  await a.goto(server.base + '/counsellors');
  await a.getByRole('link', { name: 'Meera Rao' }).first().click();
  await a.locator('ul.slots a').first().click();
  await a.getByLabel(/Ravi and me/).check();
  await a.getByRole('button', { name: 'Confirm booking' }).click();
  await a.getByText('Booked.').waitFor();
  const booking = new URL(a.url()).pathname;
  const id = booking.split('/').pop();

  // Each signs, and lets Meera see their answers (optional, explained on the page).
  for (const [p, name] of [[a, 'Asha Verma'], [r, 'Ravi Verma']]) {
    await p.goto(server.base + booking + '/consent');
    await p.getByLabel('Your full name').fill(name);
    await p.getByLabel('I have read this and agree to it').check();
    await p.getByLabel('Let Meera Rao see my answers to the short checks before and after each session').check();
    if (p === a) await audit(a, 'consent-with-feedback');
    await p.getByRole('button', { name: 'Sign', exact: true }).click();
    await p.getByText('Signed. You can download what you signed from the consent page.').waitFor();
  }

  // Within a day of the session, each is offered the check on their dashboard.
  await a.goto(server.base + '/dashboard');
  await a.getByRole('link', { name: /Before your session on .*: how are you doing\?/ }).click();
  await audit(a, 'feedback-before');
  await a.setViewportSize({ width: 390, height: 844 });
  await a.screenshot({ path: `${artifacts}/feedback-before-phone.png`, fullPage: true });
  await a.setViewportSize({ width: 1280, height: 800 });
  // A missing answer is named and the rest kept.
  await a.locator('#q0-3').check();
  await a.getByRole('button', { name: 'Save my answers' }).click();
  await a.getByText('Choose a number from 0 to 10 for question 2.').first().waitFor();
  assert.ok(await a.locator('#q0-3').isChecked(), 'kept');
  await answer(a, [3, 4, 6, 4]);
  await r.goto(server.base + '/dashboard');
  const ravisDashboard = await r.locator('main').innerHTML();
  await r.getByRole('link', { name: /Before your session on/ }).click();
  await answer(r, [7, 7, 8, 7]);

  // The session happens; each rates it, Asha far lower, and feeling Meera took sides.
  sessionHappened(id);
  await a.goto(server.base + booking);
  await a.getByRole('link', { name: /How was your session on .* for you\?/ }).click();
  await answer(a, [5, 4, 6, 5], async () => {
    await a.getByLabel('A lot', { exact: true }).check();
    await a.getByLabel(/Anything else you want your counsellor to know/).fill('It felt like two against one.');
  });
  await r.goto(server.base + booking + '/feedback/after');
  await audit(r, 'feedback-after');
  await answer(r, [9, 9, 9, 9], async () => { await r.getByLabel('Not at all', { exact: true }).check(); });

  // Ravi's pages show nothing of Asha's answers, nor whether she gave them.
  for (const path of ['/dashboard', booking, '/feedback', '/bookings']) {
    await r.goto(server.base + path);
    const html = await r.content();
    assert.doesNotMatch(html, /two against one|Asha (answered|rated)/, path);
  }
  await r.goto(server.base + '/feedback');
  await r.getByRole('heading', { name: 'Before and after your sessions' }).waitFor();
  await audit(r, 'feedback-mine');
  assert.ok(ravisDashboard.length > 0);

  // Meera sees the split alliance on Asha, not on Ravi; her practice lists the couple.
  await c.goto(server.base + '/practice');
  await c.getByText('Asha: possible split alliance').waitFor();
  await audit(c, 'practice-attention');
  await c.getByRole('link', { name: 'Asha & Ravi' }).first().click();
  if (await c.getByLabel('Password').count()) {
    await c.getByLabel('Password').fill('amber lake tiller nine');
    await c.getByRole('button', { name: /Continue|Confirm/ }).click();
  }
  await c.getByText(/Possible split alliance: Asha rated the latest session they both rated 16 points lower than Ravi did/).waitFor();
  assert.equal(await c.getByText(/Possible split alliance: Ravi/).count(), 0);
  await c.getByText('Asha felt you took sides a lot in the latest session they rated.').waitFor();
  await c.getByText('It felt like two against one.').waitFor();
  await audit(c, 'couple-feedback');
  await c.setViewportSize({ width: 390, height: 844 });
  await c.screenshot({ path: `${artifacts}/couple-feedback-phone.png`, fullPage: true });

  for (const ctx of [cc, ac, rc]) await ctx.close();
});
