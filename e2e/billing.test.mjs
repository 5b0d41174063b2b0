// Fees and UPI in the browser: Meera sets GST and her UPI ID; Asha books a couple session and
// sees the total first; the invoice's QR code, photographed from the page, is decoded by
// zxing-cpp and its UPI link checked field by field; Asha sends her UTR, Meera confirms the
// money arrived, and the receipt PDF (read back by pypdf) says paid for Asha, for Ravi once
// she shares it, and for Meera.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, audit, artifacts, coupleSpace, listedCounsellor } from './lib.mjs';

let server;
let browser;
const python = process.env.DILTALKS_TEST_PYTHON || 'python3';

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function pdfText(page, href, name) {
  return page.evaluate(async (url) => {
    const res = await fetch(url);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { type: res.headers.get('content-type'), b64: btoa(String.fromCharCode(...bytes)) };
  }, href).then(({ type, b64 }) => {
    assert.equal(type, 'application/pdf');
    const file = join(artifacts, `${name}.pdf`);
    writeFileSync(file, Buffer.from(b64, 'base64'));
    return execFileSync(python, ['-c', 'import sys, pypdf\nprint(pypdf.PdfReader(sys.argv[1]).pages[0].extract_text())', file], { encoding: 'utf8' });
  });
}

test('a couple books, pays by UPI from the invoice\'s QR code, and everyone gets the receipt', async () => {
  const cc = await listedCounsellor(server, browser);
  const c = cc.pages()[0];
  await c.goto(server.base + '/practice');
  await c.getByRole('link', { name: 'Fees and payment' }).click();
  await c.getByLabel('I charge tax on my fees (for example GST)').check();
  await c.getByLabel('Tax name').fill('GST');
  await c.getByLabel('Rate (%)').fill('18');
  await c.getByLabel('Your tax number (GSTIN)').fill('27AAPFU0939F1ZV');
  await c.getByLabel('Your UPI ID').fill('meera.rao@okaxis');
  await c.getByLabel('Name payers see').fill('Meera Rao');
  await audit(c, 'fees');
  await c.getByRole('button', { name: 'Save', exact: true }).click();
  await c.getByText('Saved. New bookings use these.').waitFor();

  const { a, r } = await coupleSpace(server, browser);
  await a.goto(server.base + '/counsellors');
  await a.getByRole('link', { name: 'Meera Rao' }).first().click();
  await a.locator('ul.slots a').first().click();
  await a.getByText('Fee: ₹1,770 (₹1,500 and GST 18% ₹270)').waitFor();
  await a.getByLabel(/Ravi and me/).check();
  await a.getByRole('button', { name: 'Confirm booking' }).click();
  await a.getByText('Booked.').waitFor();
  const booking = new URL(a.url()).pathname;
  await a.getByRole('link', { name: /Invoice .*\/0001, ₹1,770/ }).click();
  await audit(a, 'invoice-unpaid');

  // The QR code as the page shows it, decoded by an independent reader.
  const png = join(artifacts, 'upi-qr.png');
  await a.locator('.qr svg').screenshot({ path: png });
  const uri = execFileSync(python, ['-c', 'import sys, zxingcpp, PIL.Image\nprint(zxingcpp.read_barcodes(PIL.Image.open(sys.argv[1]))[0].text)', png], { encoding: 'utf8' }).trim();
  const u = new URL(uri.replace('upi://pay', 'https://upi.invalid/pay'));
  assert.equal(uri.slice(0, 10), 'upi://pay?');
  const number = u.searchParams.get('tr');
  assert.match(number, /^\d{4}-\d{2}\/0001$/);
  assert.deepEqual(Object.fromEntries(u.searchParams), {
    pa: 'meera.rao@okaxis', pn: 'Meera Rao', am: '1770.00', cu: 'INR', tr: number, tn: `Invoice ${number}`,
  });
  assert.equal(await a.getByRole('link', { name: 'the payment in your UPI app' }).getAttribute('href'), uri);

  // Asha sends the bank's reference; it is not paid until Meera says so.
  await a.getByLabel(/The UPI reference \(UTR\)/).fill('4123 4567 890');
  await a.getByRole('button', { name: 'Send the reference' }).click();
  await a.getByRole('alert').waitFor();
  await a.getByLabel(/The UPI reference \(UTR\)/).fill('4123 4567 8901');
  await a.getByRole('button', { name: 'Send the reference' }).click();
  await a.getByText('Thank you. Your counsellor will confirm once the money arrives.').waitFor();
  const invoice = new URL(a.url()).pathname;

  await c.goto(server.base + booking);
  await c.getByRole('link', { name: /Invoice .*\/0001/ }).click();
  await c.getByText(/the client says they paid by UPI, reference 412345678901/).waitFor();
  await c.getByLabel('UPI', { exact: true }).check();
  await c.getByRole('button', { name: 'Mark as paid' }).click();
  await c.getByText('Marked as paid.').waitFor();
  await audit(c, 'invoice-paid');
  await c.goto(server.base + '/practice/books');
  await audit(c, 'books');

  // The receipt: Asha's, Ravi's once she shares it, Meera's.
  await a.goto(server.base + invoice);
  await a.getByText(/^Paid on/).waitFor();
  assert.equal((await r.goto(server.base + invoice)).status(), 404, 'not shared yet');
  await a.getByRole('button', { name: 'Let your partner see it' }).click();
  await a.getByText('Your partner can see this invoice now.').waitFor();
  await r.goto(server.base + invoice);
  await audit(r, 'invoice-shared');
  for (const [p, name] of [[a, 'asha'], [r, 'ravi'], [c, 'meera']]) {
    const text = await pdfText(p, invoice + '/pdf', `receipt-${name}`);
    for (const want of ['Meera Rao', 'Asha and Ravi', 'Couple counselling session', 'INR 1,770.00', 'GST at 18%', 'PAID on']) {
      assert.ok(text.includes(want), `${name}'s receipt: ${want} in\n${text}`);
    }
  }
  await cc.close();
});
