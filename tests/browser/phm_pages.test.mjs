// Population health in a real browser against the real `ics serve` over the demo ICS: an analyst sees the
// segment pyramid, the inequality charts and the funnel plots but is refused a case-finding list; the PCN lead,
// who has patient-level access for Nottingham City's PCNs, opens one, marked patient-identifiable.
//   node phm_pages.test.mjs ICS_BINARY AE_CSV
// With PHM_SCREENSHOT=FILE.png it also saves the analyst's view of /phm/value (the README's picture).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumOptions, startServer } from './serve.mjs';

const [ics, aeCsv] = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'ics-browser-phm-'));
const db = join(work, 'ics.db');
const today = '2026-11-23';
const persons = process.env.PHM_SCREENSHOT ? '120000' : '8000';
execFileSync(ics, ['demo', '--db', db, '--ae', aeCsv, '--today', today, '--persons', persons], { stdio: 'ignore' });

async function signIn(page, url, name) {
  await page.goto(`${url}/sign-in`);
  await page.fill('input[name=name]', name);
  await page.fill('input[name=password]', 'demo-password-2026');
  await page.click('button:has-text("Sign in")');
  await page.waitForSelector(`text=Signed in as ${name}`);
}

const browser = await chromium.launch(chromiumOptions);
const server = await startServer(ics, db, today);
try {
  // The public is sent to sign in.
  const publicPage = await browser.newPage();
  await publicPage.goto(`${server.url}/phm`);
  assert.match(publicPage.url(), /\/sign-in\?next=/);

  const analyst = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
  await signIn(analyst, server.url, 'analyst');
  await analyst.click('a:has-text("Population health")');
  await analyst.waitForURL(/\/phm$/);
  assert.ok(await analyst.locator('svg').count() >= 1, 'the overview draws the segment pyramid');
  assert.match(await analyst.content(), /Healthy/);

  await analyst.goto(`${server.url}/phm/inequalities`);
  assert.ok(await analyst.locator('svg').count() >= 4, 'a rate chart with confidence intervals per measure');
  assert.match(await analyst.content(), /Core20/);

  await analyst.goto(`${server.url}/phm/value`);
  assert.ok(await analyst.locator('svg').count() >= 1, 'funnel plots of PCNs');
  assert.match(await analyst.content(), /opportunity/i);
  if (process.env.PHM_SCREENSHOT) await analyst.screenshot({ path: process.env.PHM_SCREENSHOT });

  const refused = await analyst.goto(`${server.url}/phm/case-finding?pcn=PCN-NC1`);
  assert.equal(refused.status(), 403);
  assert.doesNotMatch(await analyst.content(), /P\d{9}/, "no person ids without access");

  const lead = await browser.newPage();
  await signIn(lead, server.url, 'pcn-lead');
  const list = await lead.goto(`${server.url}/phm/case-finding?pcn=PCN-NC1`);
  assert.equal(list.status(), 200);
  const html = await lead.content();
  assert.match(html, /OFFICIAL-SENSITIVE: PATIENT IDENTIFIABLE/);
  assert.match(html, /P\d{9}/, 'pseudonymised ids of the people at highest risk');
  const other = await lead.goto(`${server.url}/phm/case-finding?pcn=PCN-SN1`);
  assert.equal(other.status(), 403, 'only the PCNs the lead was granted');
  console.log('phm pages: ok');
} finally {
  await browser.close();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
