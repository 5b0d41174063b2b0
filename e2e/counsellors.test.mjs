// A counsellor joins and is verified; a couple finds them in the directory and through the
// matching questionnaire, and books a couple session; the partner and the counsellor see it;
// someone else trying the same time is refused; the client shares, the counsellor looks and
// writes a note, and the client sees the look in the log. axe-core runs on every page visited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, audit, signUp, adminCommand, coupleSpace, artifacts } from './lib.mjs';

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

test('a counsellor is verified, then booked for a couple session that nobody can book twice', async () => {
  // The counsellor signs up from the page for counsellors and writes a profile.
  const cc = await browser.newContext({ timezoneId: 'Europe/London' });
  const c = await newPage(cc, server);
  await c.goto(server.base + '/for-counsellors');
  await audit(c, 'for-counsellors');
  await c.getByRole('link', { name: 'Create a counsellor account' }).click();
  await audit(c, 'register-counsellor');
  await signUp(server, c, { email: 'meera@example.org', name: 'Meera', password: 'amber lake tiller nine' });
  await c.waitForURL('**/practice');
  await audit(c, 'practice-new');
  await c.getByRole('link', { name: 'Write your profile' }).click();
  await c.getByLabel('Full name').fill('Meera Rao');
  await c.getByLabel('Professional title').fill('Counselling psychologist');
  await c.getByLabel('Introduction').fill('I help couples find their way back to honest conversation after trust has broken.');
  await c.getByLabel('Licence or registration number').fill('RCI-A12345');
  await c.getByLabel('Licensing body').fill('Rehabilitation Council of India');
  await c.getByLabel('Where the licence is valid').fill('India');
  await c.getByLabel('Valid until').fill('2030-03-31');
  await c.getByLabel('Trust and infidelity').check();
  await c.getByLabel('Languages').fill('English, Hindi');
  await c.getByLabel('Video').check();
  await c.getByLabel('Fee per session').fill('lots');
  await c.getByRole('button', { name: 'Submit for verification' }).click();
  await c.getByRole('alert').waitFor();
  assert.equal(await c.getByLabel('Licensing body').inputValue(), 'Rehabilitation Council of India', 'kept');
  await audit(c, 'profile-errors');
  await c.getByLabel('Fee per session').fill('1500');
  await c.getByRole('button', { name: 'Submit for verification' }).click();
  await c.getByText('Waiting for our team').waitFor();
  await audit(c, 'practice-submitted');

  // A photo, sent as a real file upload; a file that is not a photo is refused first.
  await c.goto(server.base + '/practice/profile');
  await c.getByLabel('Add a photo').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
  await c.getByRole('button', { name: 'Upload photo' }).click();
  await c.getByText('That file is not a JPEG, PNG or WebP photo.').first().waitFor();
  await audit(c, 'photo-refused');
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEUlEQVR4nGM4UbEAjhiI4wAADuEeAaiI6CgAAAAASUVORK5CYII=',
    'base64',
  );
  await c.getByLabel('Add a photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png });
  await c.getByRole('button', { name: 'Upload photo' }).click();
  await c.getByText('Your photo is saved.').waitFor();
  await c.getByRole('img', { name: 'Your current photo' }).waitFor();
  await audit(c, 'photo-saved');

  // The operator verifies the licence.
  const out = adminCommand(server, ['admin', 'create-admin', '--email', 'ops@example.org']);
  const setPassword = /(\/reset\/\S+)/.exec(out)[1];
  const oc = await browser.newContext();
  const o = await newPage(oc, server);
  await o.goto(server.base + setPassword);
  await o.getByRole('button', { name: /Continue|Choose/ }).click().catch(() => {});
  await o.getByLabel('New password').fill('quiet harbour lantern five');
  await o.getByRole('button', { name: 'Save the new password' }).click();
  // Signed in at once, on the operator's own pages with their own navigation.
  await o.waitForURL(server.base + '/admin');
  await audit(o, 'admin-health');
  const nav = o.getByRole('navigation', { name: 'Main' });
  for (const name of ['Counsellors', 'Guides', 'Health', 'Settings']) await nav.getByRole('link', { name, exact: true }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Journal' }).count(), 0, 'no member pages in an operator\'s menu');
  await nav.getByRole('link', { name: 'Counsellors', exact: true }).click();
  await audit(o, 'admin-queue');
  await o.getByRole('link', { name: 'Meera Rao' }).click();
  await audit(o, 'admin-review');
  await o.getByRole('button', { name: 'Verify and list' }).click();
  await o.getByText('Verified and listed.').waitFor();

  // The counsellor opens every day, 09:00 to 17:00 London time, with no notice needed.
  await c.goto(server.base + '/practice/availability');
  await audit(c, 'availability');
  await c.getByLabel('Minimum notice (hours)').fill('0');
  await c.getByRole('button', { name: 'Save', exact: true }).click();
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await c.getByLabel('Day', { exact: true }).selectOption({ label: day });
    await c.getByLabel('From', { exact: true }).fill('09:00');
    await c.getByLabel('Until', { exact: true }).fill('17:00');
    await c.getByRole('button', { name: 'Add these hours' }).click();
    await c.getByText('Hours added.').waitFor();
  }
  await audit(c, 'availability-set');

  // A couple: Asha books, Ravi joins her space first.
  const { ac, a, rc, r } = await coupleSpace(server, browser);

  await a.goto(server.base + '/counsellors');
  await audit(a, 'directory');
  await a.getByLabel('Area').selectOption({ label: 'Trust and infidelity' });
  await a.getByLabel('Language').selectOption({ label: 'Hindi' });
  await a.getByRole('button', { name: 'Show counsellors' }).click();
  await a.getByRole('link', { name: 'Meera Rao' }).waitFor();
  // …and through the matching questionnaire, answered for both of them.
  await a.getByRole('link', { name: 'Answer a few questions and see who fits' }).click();
  await audit(a, 'match-form');
  await a.getByLabel('Trust and infidelity').check();
  await a.getByLabel('Both of us').check();
  await a.getByLabel('Video').check();
  await a.getByRole('button', { name: 'Show my matches' }).click();
  await a.getByText('100 / 100').waitFor();
  await audit(a, 'match-results');
  await a.getByRole('link', { name: 'Meera Rao' }).click();
  await audit(a, 'counsellor-profile');
  const slot = a.locator('ul.slots a').nth(2);
  const time = await slot.innerText();
  const slotHref = await slot.getAttribute('href');
  await slot.click();
  await audit(a, 'confirm-booking');
  await a.getByLabel(/Ravi and me/).check();
  // Weekly, three times: every date is listed (and whether it is free) before anything is booked.
  await a.getByLabel('Every week at this time').check();
  await a.getByLabel('For a series: how many sessions in all (2 to 26)').fill('3');
  await a.getByRole('button', { name: 'Confirm booking' }).click();
  await a.getByRole('heading', { name: 'Book a series with Meera Rao' }).waitFor();
  await a.getByText('All 3 are free.').waitFor();
  assert.equal(await a.locator('#dates-h + p + ol li').count(), 3);
  await audit(a, 'series-dates');
  await a.setViewportSize({ width: 390, height: 844 });
  await a.screenshot({ path: `${artifacts}/series-dates-phone.png`, fullPage: true });
  await a.setViewportSize({ width: 1280, height: 800 });
  await a.getByRole('button', { name: 'Book these 3 sessions' }).click();
  await a.getByText('Booked 3 sessions, every week.').waitFor();
  assert.match(await a.locator('main').innerText(), new RegExp(time));
  await a.getByText('2 more sessions follow this one.').waitFor();
  await audit(a, 'booking');

  await r.goto(server.base + '/bookings');
  assert.match(await r.locator('main').innerText(), /booked by Asha/);
  assert.equal(await r.locator('#up-h + ul li, #up-h ~ ul.entries li').count(), 3, 'Ravi sees the three');
  await audit(r, 'partner-sessions');

  // Informed consent: Meera publishes hers; Asha reads and signs; Ravi still has to.
  await c.goto(server.base + '/practice/consent');
  await audit(c, 'consent-edit');
  await c.getByRole('button', { name: 'Publish' }).click();
  await c.getByText('Published. Each client signs it before their next session.').waitFor();
  await a.goto(server.base + '/bookings');
  await a.locator('main ul.entries a').first().click();
  await a.getByText('Ravi: not signed yet').waitFor();
  await a.getByRole('link', { name: 'Read and sign before the session' }).click();
  await a.getByRole('heading', { name: 'Secrets in couples work' }).waitFor();
  await audit(a, 'consent-sign');
  await a.getByLabel('Your full name').fill('Asha Verma');
  await a.getByRole('button', { name: 'Sign', exact: true }).click();
  await a.getByText('Tick the box to say you have read it and agree.').first().waitFor();
  assert.equal(await a.getByLabel('Your full name').inputValue(), 'Asha Verma', 'kept');
  await a.getByLabel('I have read this and agree to it').check();
  await a.getByRole('button', { name: 'Sign', exact: true }).click();
  await a.getByText('You signed version 1').waitFor();
  await audit(a, 'consent-signed');
  // The intake: private to Asha and Meera.
  await a.getByRole('link', { name: 'Answer a few questions before the first session' }).click();
  await a.getByText('Ravi does not').waitFor();
  await audit(a, 'intake');
  await a.getByLabel('What brings you to counselling now?').fill('We stopped talking after what happened.');
  await a.getByRole('button', { name: 'Save my answers' }).click();
  await a.getByText('Saved. Only you and Meera Rao see your answers.').waitFor();
  // Ravi's own intake page shows his questions, never Asha's answer.
  await r.goto(server.base + '/bookings');
  await r.locator('main ul.entries a').first().click();
  await r.getByRole('link', { name: 'Answer a few questions before the first session' }).click();
  await r.getByLabel('What brings you to counselling now?').waitFor();
  assert.doesNotMatch(await r.content(), /We stopped talking/);
  await c.goto(server.base + '/practice');
  assert.match(await c.locator('main').innerText(), /Asha and partner \(couple session\)/);
  await audit(c, 'practice-booked');

  // Asha lets Meera see her check-in numbers; Meera looks, writes a note, assigns an exercise;
  // Asha sees that Meera looked.
  await a.goto(server.base + '/sharing');
  await a.getByLabel('My check-in numbers (never my notes)').check();
  await a.getByRole('button', { name: 'Save what Meera Rao may see' }).click();
  await a.getByText('sees exactly what is ticked').waitFor();
  await audit(a, 'sharing');
  await c.getByRole('link', { name: 'Your clients, what they share with you, and your notes' }).click();
  await audit(c, 'clients');
  // The couple is one client: one row, one page with both partners side by side.
  assert.doesNotMatch(await c.locator('main').innerText(), /Individual sessions/);
  await c.getByRole('link', { name: 'Asha & Ravi' }).click();
  await c.getByRole('heading', { name: 'What Asha shares with you' }).waitFor();
  await c.getByText('Shared with you, but nothing there yet: check-in numbers.').waitFor();
  await c.getByRole('heading', { name: 'What Ravi shares with you' }).waitFor();
  await c.getByLabel('A new note').fill('First session booked; both partners attending.');
  await c.getByRole('button', { name: 'Save note' }).click();
  await c.getByText('Note saved. Only you can read it.').waitFor();
  await c.getByLabel('A new exercise').fill('Each of you, write down one small promise you can keep this week.');
  await c.getByLabel('Both of them').check();
  await c.getByRole('button', { name: 'Assign' }).click();
  await c.getByText('Assigned to both.').waitFor();
  await audit(c, 'couple-page');
  // The counsellor can book sessions for the couple too; a missing date is named.
  const couplePage = c.url();
  await c.getByRole('link', { name: 'Book couple sessions' }).click();
  await c.getByRole('heading', { name: 'Book couple sessions for Asha & Ravi' }).waitFor();
  await c.getByRole('button', { name: 'Show the dates' }).click();
  await c.getByText('Choose the date (from today, within a year) and time of the first session.').first().waitFor();
  await audit(c, 'counsellor-series');
  await c.goto(couplePage);
  await c.setViewportSize({ width: 390, height: 844 });
  await c.screenshot({ path: `${artifacts}/couple-page-phone.png`, fullPage: true });
  await c.setViewportSize({ width: 1280, height: 800 });
  // Both partners see the exercise; each marks their own part.
  for (const [p, perspective] of [[a, 'My trust was broken'], [r, 'I broke my partner']]) {
    await p.goto(server.base + '/program/start');
    await p.getByLabel(perspective).check();
    await p.getByRole('button', { name: 'Continue' }).click();
    await p.waitForURL('**/program');
    await p.getByText('Each of you, write down one small promise you can keep this week.').waitFor();
  }
  await a.getByRole('button', { name: 'Mark as done' }).click();
  await a.getByText('Marked as done.').waitFor();
  await r.goto(server.base + '/program');
  await r.getByText('Asha has done their part').waitFor();
  await audit(r, 'partner-couple-exercise');
  await c.reload();
  await c.getByText('Asha: done · Ravi: not yet').waitFor();
  await a.goto(server.base + '/sharing');
  assert.match(await a.locator('main').innerText(), /Meera Rao\s+your check-in numbers/);
  await audit(a, 'sharing-log');

  // Someone else who had the same time open is refused, clearly.
  const nc = await browser.newContext({ timezoneId: 'Asia/Kolkata' });
  const n = await newPage(nc, server);
  await n.goto(server.base + '/register');
  await signUp(server, n, { email: 'noor@example.org', name: 'Noor', password: 'maple drum seventy coat' });
  await n.goto(server.base + slotHref);
  assert.match(await n.locator('main').innerText(), /no longer free/);
  await audit(n, 'slot-taken');

  for (const ctx of [cc, oc, ac, rc, nc]) await ctx.close();
});
