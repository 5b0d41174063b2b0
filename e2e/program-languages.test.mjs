// The six steps in both languages (issue 21). One walk through the program, written against
// the forms' addresses and field ids so it reads no words: run once on a server started with
// --pseudo-locale, where every English message comes out wrapped in ⟦ ⟧ and any other text
// on a page is a string that skipped the message files; and once in Hindi, with axe-core on
// every page, screenshots on a phone-sized screen, and no English words left but the names
// and texts the couple typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, audit, coupleSpace, listedCounsellor } from './lib.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

// What the couple types, and names: free text is never a message.
const TYPED = [
  'Asha', 'Ravi', 'DilTalks',
  'मैंने तुम्हारे संदेश छुपाए, पर तुमने भी मुझसे बातें छुपाई थीं।',
  'दो महीने तक आशा ने रवि से संदेश छुपाए।',
  'योजना बदलने पर तुम्हें बताऊँगी',
  'लाइब्रेरी में हूँ, छह बजे तक घर।',
  'तुमने अपने दोस्तों से क्या कहा?',
  'मैं झगड़े से बचने के लिए चुप हो जाती हूँ।',
  'योजना बदले तो पता चले',
  'वह फिर से ऐसा करेगा।',
  'इस हफ़्ते थोड़ा सुकून रहा।',
  // The counsellor's own profile, as she wrote it (lib.mjs's listedCounsellor).
  'Meera Rao', 'Meera', 'Counselling psychologist', 'I help couples talk honestly again after trust has broken.',
  'English', 'RCI-A12345', 'Rehabilitation Council of India', 'India',
];

/** Text a reader sees that is neither a message (as `isMessage` tells) nor typed by the couple. */
async function strays(page, mode) {
  return page.evaluate(({ typed, mode }) => {
    // In Hindi, a message may hold the brand, people's names, a key's name (Esc), UPI, UTC
    // or a time zone's name (Asia/Kolkata), but no English word.
    const withoutTyped = (t) => typed.reduce((u, x) => u.split(x).join(''), t);
    const isMessage = (t) => (mode === 'pseudo'
      ? t.startsWith('⟦') && t.endsWith('⟧')
      : !/[A-Za-z]{2,}/.test(withoutTyped(t).replace(/DilTalks|Esc|UPI|UTC|[A-Z][a-z]+\/[A-Za-z_]+/g, '')));
    const allowed = (t) => isMessage(t) || /^[\d\s.,:;·()%+\-–—/]*$/.test(t)
      // A date or time the code wrote out: day, month (English short names), year, clock.
      || /^[\d\s,:]*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)?[\d\s,:]*$/.test(t)
      || /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day( \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))?$/.test(t)
      || typed.some((x) => t === x || t.replace(/[“”"]/g, '').trim() === x);
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      const el = n.parentElement;
      if (!text || el.closest('script, style, [hidden], [data-content]')) continue;
      // The switch names the other language in that language.
      if (el.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang) continue;
      if (!allowed(text)) out.push(text);
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], option, input[type=submit]')) {
      for (const a of ['title', 'aria-label', 'placeholder', 'value']) {
        const v = el.getAttribute(a);
        if (v && a !== 'value' && !allowed(v)) out.push(`${a}="${v}"`);
      }
    }
    return out;
  }, { typed: TYPED, mode });
}

/** Submits the form posting to `action` (the first, or the one `within` holds). */
async function send(page, action, within = page) {
  await within.locator(`form[action="${action}"] [type=submit]`).first().click();
  await page.waitForLoadState('load');
}

/**
 * Both partners through steps 1 to 6; `look(page, name)` is called on every page reached.
 * Asha broke trust, Ravi's was broken.
 */
async function walk(server, { a, b }, look) {
  await a.goto(server.base + '/program');
  await a.locator('#p-broke').check();
  await look(a, 'start');
  await send(a, '/program/start');
  await look(a, 'journey');

  // Step 1: a statement the deflection check remarks on, and an account Ravi confirms.
  await a.goto(server.base + '/program/acknowledge');
  await a.locator('#text-ownership').fill(TYPED[3]);
  await send(a, '/program/acknowledge/statements/ownership');
  assert.equal(await a.locator('.note').count(), 1, 'the deflection check remarks');
  await look(a, 'statement-noticed');
  await a.locator('#text-ownership').fill('');
  await send(a, '/program/acknowledge/statements/ownership');
  assert.equal(await a.locator('#err-ownership').count(), 1, 'an empty statement is refused');
  await look(a, 'statement-empty');
  await a.locator('#account-text').fill(TYPED[4]);
  await send(a, '/program/acknowledge/account');
  await look(a, 'account-proposed');
  await b.goto(server.base + '/program/start');
  await b.locator('#p-hurt').check();
  await send(b, '/program/start');
  await look(b, 'journey-partner');
  await b.goto(server.base + '/program/acknowledge');
  await b.locator('form[action$="/confirm"] [type=submit]').click();
  await b.waitForLoadState('load');
  await look(b, 'account-confirmed');

  // Step 2: a check-in with a note, one sent wrong first; the questionnaire.
  await b.goto(server.base + '/program/time');
  await send(b, '/program/time/checkins');
  await look(b, 'check-in-errors');
  await b.locator('#trust-3').check();
  await b.locator('#safety-5').check();
  await b.locator('#note').fill(TYPED[11]);
  await send(b, '/program/time/checkins');
  await b.locator('figure.trend').first().waitFor();
  await look(b, 'check-in-trend');
  await b.goto(server.base + '/program/questionnaires/trust-monthly');
  for (let i = 0; i < 15; i++) await b.locator(`#q${i}-${i % 2 ? 5 : 6}`).check();
  await send(b, '/program/questionnaires/trust-monthly');
  await look(b, 'questionnaire-missing');
  await b.locator('#q15-4').check();
  await send(b, '/program/questionnaires/trust-monthly');
  await look(b, 'questionnaire-scores');

  // Step 3: a commitment on chosen days; Ravi sees it; a note before being asked; a request.
  await a.goto(server.base + '/program/actions');
  await a.locator('#text').fill(TYPED[5]);
  await a.locator('#kind-weekly').check();
  await a.locator('#day0').check();
  await a.locator('#day3').check();
  await a.locator('#time').fill('19:00');
  await send(a, '/program/actions/commitments');
  await look(a, 'commitment-made');
  await b.goto(server.base + '/program/actions');
  await look(b, 'commitments-partner');
  await b.goto(server.base + '/program/transparency');
  await b.locator('#text').fill(TYPED[6]);
  await send(b, '/program/transparency/notes');
  await look(b, 'transparency-note');
  await a.goto(server.base + '/program/transparency');
  await send(a, '/program/transparency/requests');
  await look(a, 'transparency-asked');

  // Step 4: Ravi proposes a time and holds a question; Asha accepts.
  await b.goto(server.base + '/program/talks');
  await b.locator('details summary').click();
  await b.locator('#weekday').selectOption('6');
  await b.locator('#time').fill('19:00');
  await b.locator('#duration').fill('45');
  await send(b, '/program/talks/schedule');
  await b.locator('#question').fill(TYPED[7]);
  await send(b, '/program/talks/questions');
  await look(b, 'talks-question-held');
  await a.goto(server.base + '/program/talks');
  await a.locator('form[action$="/accept"] [type=submit]').click();
  await a.waitForLoadState('load');
  await look(a, 'talks-agreed');

  // Step 5: a private reflection and a shared need.
  await a.goto(server.base + '/program/roots');
  await a.locator('textarea[id^="text-"]').first().fill(TYPED[8]);
  await send(a, '/program/roots/reflections');
  await a.locator('#need-text').fill(TYPED[9]);
  await a.locator('#need-share').check();
  await send(a, '/program/roots/needs');
  await look(a, 'roots');
  await a.locator('a[href$="/edit"]').first().click();
  await a.waitForLoadState('load');
  await look(a, 'reflection-edit');
  await b.goto(server.base + '/program/roots');
  await look(b, 'roots-partner');

  // Step 6, the worry track, and the journey with everything in it.
  await a.goto(server.base + '/program/support');
  await look(a, 'support');
  await a.goto(server.base + '/program/anxiety');
  await send(a, '/program/anxiety/thoughts');
  await look(a, 'anxiety-errors');
  await a.locator('#thought').fill(TYPED[10]);
  await send(a, '/program/anxiety/thoughts');
  await look(a, 'anxiety-track');
  await a.goto(server.base + '/program');
  await look(a, 'journey-later');
  await b.goto(server.base + '/program');
  await look(b, 'journey-partner-later');
}

/** Asha finds the listed counsellor, filters, and books a couple session; Ravi sees it. */
async function book(server, { a, b }, look) {
  await a.goto(server.base + '/counsellors');
  await look(a, 'directory');
  await a.locator('#specialty').selectOption({ index: 1 });
  await send(a, '/counsellors');
  await look(a, 'directory-filtered');
  await a.locator('main a[href^="/counsellors/"]:not([href$="/match"])').first().click();
  await a.waitForLoadState('load');
  await look(a, 'counsellor-profile');
  await a.locator('ul.slots a').first().click();
  await a.waitForLoadState('load');
  await look(a, 'confirm-booking');
  await a.locator('#kind-couple').check();
  await a.locator('form[action$="/book"] [type=submit]').click();
  await a.waitForLoadState('load');
  assert.match(new URL(a.url()).pathname, /^\/bookings\//, 'booked');
  await look(a, 'booking');
  await b.goto(server.base + '/bookings');
  await look(b, 'partner-bookings');
}

test('with a pseudo-locale, every string of the six steps and a booking comes from the message files', async () => {
  const server = await startServer(['--pseudo-locale']);
  const couple = await coupleSpace(server, browser);
  const check = async (page, name) => {
    assert.deepEqual(await strays(page, 'pseudo'), [], `untranslated text on ${name} (${page.url()})`);
  };
  await walk(server, { a: couple.a, b: couple.r }, check);
  const counsellor = await listedCounsellor(server, browser);
  await book(server, { a: couple.a, b: couple.r }, check);
  await counsellor.close();
  await couple.ac.close();
  await couple.rc.close();
  await server.stop();
});

test('a couple works through the six steps and books a session in Hindi, on phones, and axe-core finds nothing', async () => {
  const server = await startServer();
  const couple = await coupleSpace(server, browser);
  for (const [context, page] of [[couple.ac, couple.a], [couple.rc, couple.r]]) {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(server.base + '/dashboard');
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.waitForLoadState('load');
    assert.ok(context);
  }
  const check = async (page, name) => {
    assert.equal(await page.getAttribute('html', 'lang'), 'hi', name);
    assert.deepEqual(await strays(page, 'hindi'), [], `English left on ${name} (${page.url()})`);
    await audit(page, `hindi-${name}`);
  };
  await walk(server, { a: couple.a, b: couple.r }, check);
  const counsellor = await listedCounsellor(server, browser);
  await book(server, { a: couple.a, b: couple.r }, check);
  await counsellor.close();
  await couple.ac.close();
  await couple.rc.close();
  await server.stop();
});
