// The secretariat's working day in a real browser (Debian's Chromium via playwright-core) against the
// real `ics serve`: sign in, create a meeting, add an agenda item, record attendance, add an action due
// today; it is not overdue today, and is overdue when the server's today moves on a day.
//   node governance_flow.test.mjs ICS_BINARY AE_CSV
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { addDays, chromiumOptions, startServer } from './serve.mjs';

const [ics, aeCsv] = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'ics-browser-'));
const db = join(work, 'ics.db');
const today = '2026-11-23';  // a Monday; fixed so the run does not depend on the calendar
const meetingDate = addDays(today, 21);
const actionText = `Browser check ${process.pid}: circulate the winter plan to place partners`;
const itemTitle = `Browser check ${process.pid}: urgent and emergency care winter plan`;

// The demo ICS gives the committees, members and the demo accounts (password below).
execFileSync(ics, ['demo', '--db', db, '--ae', aeCsv, '--persons', '5000'], { stdio: 'ignore' });

async function signIn(page, url) {
  await page.goto(`${url}/sign-in`);
  await page.fill('input[name=name]', 'secretariat');
  await page.fill('input[name=password]', 'demo-password-2026');
  await page.click('button:has-text("Sign in")');
  await page.waitForSelector('text=Signed in as secretariat');
}

async function actionRow(page, url, overdueOnly) {
  await page.goto(`${url}/actions${overdueOnly ? '?overdue=yes' : ''}`);
  const row = page.locator('tr', { hasText: actionText });
  return { count: await row.count(), text: (await row.count()) ? await row.first().innerText() : '' };
}

const browser = await chromium.launch(chromiumOptions);
let server = await startServer(ics, db, today);
try {
  const page = await browser.newPage();
  await signIn(page, server.url);

  // A new board meeting, whose agenda starts with the standing items.
  await page.goto(`${server.url}/committees`);
  await page.click('a:has-text("Integrated Care Board")');
  await page.click('a:has-text("Add a meeting")');
  await page.fill('input[name=date]', meetingDate);
  await page.fill('input[name=start_time]', '09:30');
  await page.fill('input[name=location]', 'Council House, Old Market Square, Nottingham');
  await page.click('button:has-text("Add meeting")');
  await page.waitForURL(/\/meetings\/\d+$/);
  const meetingUrl = page.url();
  assert.match(await page.content(), /Declarations of interest/);

  // An agenda item of our own.
  await page.click('a:has-text("Add an agenda item")');
  await page.fill('input[name=number]', '5');
  await page.fill('input[name=title]', itemTitle);
  await page.fill('input[name=leads]', 'Director of Performance');
  await page.selectOption('select[name=action]', 'approve');
  await page.click('button:has-text("Add item")');
  await page.waitForURL(meetingUrl);
  assert.match(await page.content(), new RegExp(itemTitle));

  // Everyone present: the meeting is quorate.
  await page.click('a:has-text("Record attendance")');
  for (const select of await page.locator('select[name^="attendance-"]').all()) await select.selectOption('present');
  await page.click('button:has-text("Save attendance")');
  await page.waitForURL(meetingUrl);
  assert.match(await page.innerText('body'), /Quorate/);

  // An action from the meeting, due today.
  const committeeId = new URL(await page.locator('a[href^="/committees/"]').first().getAttribute('href'), server.url)
                          .pathname.split('/')[2];
  await page.goto(`${server.url}/actions/new?committee=${committeeId}`);
  await page.fill('textarea[name=description]', actionText);
  await page.fill('input[name=item]', '5');
  await page.fill('input[name=due]', today);
  await page.click('button:has-text("Add action")');
  await page.waitForLoadState();

  let row = await actionRow(page, server.url, false);
  assert.equal(row.count, 1, 'the new action is in the log');
  assert.doesNotMatch(row.text, /Overdue/, 'an action due today is not overdue today');
  assert.equal((await actionRow(page, server.url, true)).count, 0, 'the overdue filter leaves it out today');

  // The next day the same action is overdue.
  await server.stop();
  server = await startServer(ics, db, addDays(today, 1));
  const nextDay = await browser.newPage();
  await signIn(nextDay, server.url);
  row = await actionRow(nextDay, server.url, true);
  assert.equal(row.count, 1, 'the overdue filter shows it the next day');
  assert.match(row.text, /Overdue/);
  console.log('governance flow: ok');
} finally {
  await server.stop();
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
