// A couple's first steps, in two browsers: a visitor signs up, creates a couple space and
// invites; the partner signs up through the link and joins; both see the space, share and
// keep journal entries, write their step-1 statements and agree on a shared account; quick
// exit leaves. axe-core runs on every page visited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, audit, waitForMail, linkIn } from './lib.mjs';

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

async function signUp(page, { email, name, password }) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Name to be called by').fill(name);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/register/sent');
  await audit(page, `check-inbox-${name}`);
  const verify = linkIn(await waitForMail(server, email), server, '/verify/');
  await page.goto(server.base + verify);
  await audit(page, `confirm-${name}`);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
}

test('a couple signs up, joins one space, and works through the six steps', async () => {
  const asha = await browser.newContext();
  const a = await newPage(asha, server);
  await a.goto(server.base + '/');
  await audit(a, 'home');
  await a.getByRole('link', { name: 'Create a private account' }).click();
  await audit(a, 'register');

  // A problem is named and the input kept.
  await a.getByLabel('Email address').fill('not an email');
  await a.getByLabel('Name to be called by').fill('Asha');
  await a.getByLabel('Password', { exact: true }).fill('short');
  await a.getByRole('button', { name: 'Create account' }).click();
  await assert.doesNotReject(a.getByRole('alert').waitFor());
  assert.equal(await a.getByLabel('Name to be called by').inputValue(), 'Asha');
  await audit(a, 'register-errors');
  await a.getByLabel('Email address').fill('');

  await signUp(a, { email: 'asha@example.org', name: 'Asha', password: 'violet tram ninety lamp' });
  await a.waitForURL('**/dashboard');
  assert.match(await a.locator('h1').innerText(), /Hello, Asha/);
  await audit(a, 'dashboard');

  await a.getByRole('link', { name: 'Our space' }).click();
  await audit(a, 'space-solo');
  await a.getByRole('button', { name: 'Create a couple space' }).click();
  await a.getByRole('button', { name: 'Create an invitation link' }).click();
  const invite = await a.locator('#invite-link').inputValue();
  assert.match(invite, /\/join\//);
  await audit(a, 'space-invite');

  // The partner, in a browser of their own.
  const ravi = await browser.newContext();
  const b = await newPage(ravi, server);
  await b.goto(invite);
  assert.match(await b.locator('h1').innerText(), /Asha has invited you/);
  await audit(b, 'invitation');
  await b.getByRole('link', { name: 'Create an account to join' }).click();
  await signUp(b, { email: 'ravi@example.org', name: 'Ravi', password: 'copper kite seven moss' });
  await b.waitForURL('**/join/**');
  await audit(b, 'invitation-signed-in');
  await b.getByRole('button', { name: "Join Asha's space" }).click();
  await b.waitForURL('**/space');
  const bSpace = await b.locator('main').innerText();
  assert.match(bSpace, /Asha/);
  assert.match(bSpace, /Ravi \(you\)/);
  await audit(b, 'space-together');
  await a.reload();
  assert.match(await a.locator('main').innerText(), /Ravi/);

  // Journal: one shared entry, one private.
  await a.goto(server.base + '/journal/new');
  await audit(a, 'journal-new');
  await a.getByLabel("What's on your mind?").fill('Sunday felt calmer between us.');
  await a.getByLabel('Me and my partner').check();
  await a.getByRole('button', { name: 'Save' }).click();
  await a.waitForURL('**/journal/*');
  await audit(a, 'journal-entry');
  await a.goto(server.base + '/journal/new');
  await a.getByLabel("What's on your mind?").fill('Only for me: I am still scared.');
  await a.getByRole('button', { name: 'Save' }).click();
  await a.waitForURL('**/journal/*');
  await b.goto(server.base + '/journal');
  const bJournal = await b.locator('main').innerText();
  assert.match(bJournal, /Sunday felt calmer/);
  assert.doesNotMatch(bJournal, /still scared/);
  await audit(b, 'journal-partner');

  // Step 1: perspectives, statements, and a shared account both confirm.
  await a.goto(server.base + '/program');
  await a.getByLabel('I broke my partner').check();
  await audit(a, 'program-start');
  await a.getByRole('button', { name: 'Continue' }).click();
  await a.waitForURL('**/program');
  await audit(a, 'journey');
  await a.getByRole('link', { name: /Step 1/ }).click();
  await a.getByLabel('What I did').fill("I hid messages from you. I'm sorry if you felt hurt.");
  await a.getByRole('button', { name: 'Save' }).first().click();
  await a.getByText('A few phrases you might look at again').waitFor();
  await audit(a, 'statement-noticed');
  await a.getByLabel('Propose an account').fill('For two months, Asha hid messages from Ravi.');
  await a.getByRole('button', { name: 'Propose this account' }).click();
  await audit(a, 'account-proposed');

  await b.goto(server.base + '/program/start');
  await b.getByLabel('My trust was broken').check();
  await b.getByRole('button', { name: 'Continue' }).click();
  await b.waitForURL('**/program');
  assert.match(await b.locator('main').innerText(), /waits for your confirmation/);
  await b.goto(server.base + '/program/acknowledge');
  await audit(b, 'acknowledge-partner');
  await b.getByRole('button', { name: 'I confirm version 1' }).click();
  await b.getByText('You both confirmed version 1.').waitFor();

  // Step 2: a weekly check-in, drawn as a chart.
  await a.goto(server.base + '/program/time');
  await a.getByRole('group', { name: 'How much do you trust your partner right now?' }).getByLabel('3', { exact: true }).check();
  await a.getByRole('group', { name: 'How safe do you feel in the relationship right now?' }).getByLabel('5', { exact: true }).check();
  await a.getByLabel('A note for yourself (optional)').fill('A calmer week.');
  await a.getByRole('button', { name: 'Save check-in' }).click();
  await a.getByRole('img', { name: 'Your check-ins' }).waitFor();
  await audit(a, 'check-in-trend');

  // The monthly questionnaire: one statement left out is named, the rest kept; then scores.
  await a.getByRole('link', { name: "Answer this month's questionnaire" }).click();
  await audit(a, 'questionnaire');
  for (let i = 0; i < 15; i++) await a.locator(`#q${i}-${i % 2 ? 5 : 6}`).check();
  await a.getByRole('button', { name: 'Save my answers' }).click();
  await a.getByText('Statement 16 has no answer yet').first().waitFor();
  assert.ok(await a.locator('#q0-6').isChecked(), 'answers kept');
  await audit(a, 'questionnaire-missing');
  await a.locator('#q15-4').check();
  await a.getByRole('button', { name: 'Save my answers' }).click();
  await a.getByRole('img', { name: 'Your questionnaire scores' }).waitFor();
  await audit(a, 'questionnaire-scores');

  // Step 3: a commitment, which the partner will confirm when it falls due.
  await a.goto(server.base + '/program/actions');
  await a.getByLabel('What will you do?').fill('Tell you when my plans change');
  // Only the chosen schedule's fields show (no JavaScript needed).
  await a.getByLabel('Every day').check();
  assert.equal(await a.getByLabel('Monday').isVisible(), false, 'no days for "every day"');
  assert.equal(await a.getByLabel('On which date').isVisible(), false, 'no date for "every day"');
  await a.getByLabel('Once, on a date').check();
  assert.equal(await a.getByLabel('On which date').isVisible(), true);
  assert.equal(await a.getByLabel('Monday').isVisible(), false);
  await a.getByLabel('On chosen days of the week').check();
  assert.equal(await a.getByLabel('On which date').isVisible(), false);
  await a.getByLabel('Monday').check();
  await a.getByLabel('Thursday').check();
  await a.getByLabel('Time', { exact: true }).fill('19:00');
  await a.getByRole('button', { name: 'Save commitment' }).click();
  await a.getByText('Every Monday and Thursday at 19:00').waitFor();
  await audit(a, 'commitment-made');
  await b.goto(server.base + '/program/actions');
  await b.getByText("Asha's commitments to you").waitFor();
  await audit(b, 'commitments-partner');

  // Step 4: Ravi (whose trust was broken) proposes a time, Asha accepts, Ravi holds a question.
  await b.goto(server.base + '/program/talks');
  await b.getByText('Propose a time').click();
  await b.getByLabel('Day').selectOption({ label: 'Sunday' });
  await b.getByLabel('Time', { exact: true }).fill('19:00');
  await b.getByLabel('Length in minutes').fill('45');
  await b.getByRole('button', { name: 'Propose', exact: true }).click();
  await b.getByLabel('Add a question').fill('What did you tell your friends?');
  await b.getByRole('button', { name: 'Hold it for the next talk' }).click();
  await audit(b, 'talks-question-held');
  await a.goto(server.base + '/program/talks');
  await a.getByRole('button', { name: 'Accept this time' }).click();
  await a.getByText('Agreed: Sundays at 19:00, 45 minutes').waitFor();
  assert.doesNotMatch(await a.locator('main').innerText(), /What did you tell your friends/);
  await audit(a, 'talks-agreed');

  // Step 5: a private reflection and a shared need, which Ravi puts on the next talk's agenda.
  await a.goto(server.base + '/program/roots');
  await a.getByLabel('Your reflection').first().fill('I avoid conflict by going quiet.');
  await a.getByRole('button', { name: 'Save reflection' }).first().click();
  await a.getByLabel('A need', { exact: true }).fill('To hear when plans change');
  await a.getByLabel('Share this need with my partner').check();
  await a.getByRole('button', { name: 'Name this need' }).click();
  await audit(a, 'roots');
  await b.goto(server.base + '/program/roots');
  assert.doesNotMatch(await b.locator('main').innerText(), /going quiet/);
  await b.getByRole('button', { name: 'Add it to the next talk' }).click();
  await b.waitForURL('**/program/talks');
  await audit(b, 'roots-need-to-talk');

  // Transparency: Ravi shares where he is before being asked; Asha asks for a check-in.
  await b.goto(server.base + '/program/transparency');
  await b.getByLabel('Where you are, or what you decided').fill('At the library until six, then straight home.');
  await b.getByRole('button', { name: 'Share with Asha' }).click();
  await b.getByText('Shared, before being asked').waitFor();
  await audit(b, 'transparency-note');
  await a.goto(server.base + '/program/transparency');
  assert.match(await a.locator('main').innerText(), /At the library until six/);
  await a.getByRole('button', { name: 'Ask Ravi for a check-in' }).click();
  await audit(a, 'transparency-asked');
  await b.goto(server.base + '/program');
  await b.getByRole('link', { name: 'Asha asked for a check-in' }).waitFor();

  // A talk that opens in a minute or two: Ravi proposes it, Asha accepts; Asha makes a
  // one-off commitment for the same moment, for Ravi to confirm once it has passed.
  const soon = await b.evaluate(() => {
    // The start of the first whole minute at least 25 seconds away: time enough to agree on it.
    const at = new Date(Math.ceil((Date.now() + 25_000) / 60_000) * 60_000);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      weekday: 'long', hourCycle: 'h23',
    }).formatToParts(at).map((p) => [p.type, p.value]));
    return { ms: at.getTime(), weekday: parts.weekday, date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  });
  await b.goto(server.base + '/program/talks');
  await b.getByText('Propose a change').click();
  await b.getByLabel('Day').selectOption({ label: soon.weekday });
  await b.getByLabel('Time', { exact: true }).fill(soon.time);
  await b.getByLabel('Length in minutes').fill('10');
  await b.getByRole('button', { name: 'Propose', exact: true }).click();
  await a.goto(server.base + '/program/talks');
  await a.getByRole('button', { name: 'Accept this time' }).click();
  await a.getByText(`Agreed: ${soon.weekday}s at ${soon.time}, 10 minutes`).waitFor();
  assert.doesNotMatch(await a.locator('main').innerText(), /What did you tell your friends/, 'held before the talk');
  await a.goto(server.base + '/program/actions');
  await a.getByLabel('What will you do?').fill('Be home for our talk');
  await a.getByLabel('Once, on a date').check();
  await a.getByLabel('On which date').fill(soon.date);
  await a.getByLabel('Time', { exact: true }).fill(soon.time);
  await a.getByRole('button', { name: 'Save commitment' }).click();
  await a.getByText('Be home for our talk').first().waitFor();

  await new Promise((r) => setTimeout(r, Math.max(0, soon.ms - Date.now() + 1_500)));
  await a.goto(server.base + '/program/talks');
  await a.getByText('Your talk is open now').waitFor();
  const during = await a.locator('main').innerText();
  assert.match(during, /What did you tell your friends/, 'the question shows once the talk opens');
  assert.match(during, /minutes? left/);
  await audit(a, 'talk-open');
  await a.getByRole('button', { name: 'Pause the talk' }).click();
  await b.goto(server.base + '/program/talks');
  await b.getByText(/Paused by Asha/).waitFor();
  await audit(b, 'talk-paused');
  await b.getByRole('button', { name: 'Carry on talking' }).click();
  await a.reload();
  await a.getByRole('button', { name: 'Mark as discussed' }).first().click();
  await a.getByText('Marked as discussed.').waitFor();

  await b.goto(server.base + '/program/actions');
  await b.getByText(/Was it kept on/).waitFor();
  await b.getByLabel('Kept', { exact: true }).check();
  await b.getByRole('button', { name: 'Record' }).click();
  await b.getByText('your answer is recorded').waitFor();
  await audit(b, 'commitment-confirmed');
  await a.goto(server.base + '/program/actions');
  await a.getByRole('img', { name: 'Kept each week' }).waitFor();
  await audit(a, 'commitment-kept');

  // Step 6 pages.
  await a.goto(server.base + '/program/support');
  await audit(a, 'support');
  await a.goto(server.base + '/program/anxiety');
  await a.getByLabel('The thought that worried me').fill('He will do it again.');
  await a.getByRole('button', { name: 'Save to my log' }).click();
  await a.getByText('Only you can read it.').waitFor();
  await audit(a, 'anxiety-track');
  await b.goto(server.base + '/program/anxiety');
  assert.doesNotMatch(await b.locator('main').innerText(), /He will do it again/);
  await a.goto(server.base + '/program');
  await audit(a, 'journey-later');

  // The private safety check: Ravi answers; Asha's pages show nothing of it.
  await b.goto(server.base + '/dashboard');
  await b.getByRole('link', { name: 'Answer privately' }).click();
  await audit(b, 'safety-check');
  for (let i = 0; i < 6; i++) await b.locator(`#q${i}-0`).check();
  await b.getByRole('button', { name: 'See what my answers suggest' }).click();
  await b.getByText('Nothing in your answers suggests you are in danger').waitFor();
  await audit(b, 'safety-result');

  // Settings and crisis pages.
  await a.goto(server.base + '/settings');
  await audit(a, 'settings');
  await a.goto(server.base + '/help/crisis');
  await audit(a, 'crisis');

  // Quick exit by the button, and by pressing Escape twice: a fresh tab with the neutral
  // site and no history, and this tab replaced by it (Back does not return to the page).
  await a.goto(server.base + '/journal');
  await a.goto(server.base + '/help/crisis');
  const fresh = asha.waitForEvent('page');
  await a.getByRole('link', { name: 'Quick exit' }).click();
  const tab = await fresh;
  await a.waitForURL('about:blank');
  assert.equal(await tab.evaluate(() => history.length), 1, 'the new tab has no history behind it');
  await a.goBack().catch(() => {});
  assert.notEqual(new URL(a.url(), 'http://x').pathname, '/help/crisis', 'Back does not show the page left');
  await tab.close();
  await b.goto(server.base + '/journal');
  const fresh2 = ravi.waitForEvent('page');
  await b.keyboard.press('Escape');
  await b.keyboard.press('Escape');
  await fresh2;
  await b.waitForURL('about:blank');

  // After a save, the confirmation has the focus.
  await a.goto(server.base + '/settings');
  await a.getByRole('button', { name: 'Save profile' }).click();
  await a.locator('.flash').waitFor();
  assert.equal(await a.evaluate(() => document.activeElement.classList.contains('flash')), true, 'focus on the confirmation');
  await audit(a, 'settings-saved');

  await asha.close();
  await ravi.close();
});
