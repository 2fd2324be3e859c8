// A person's journey through Dealgraph in Debian's headless Chromium, driven by Playwright (run by
// BrowserJourneyTest): open the home page, type "OpenAI" into the search box and submit it, click OpenAI in the
// results, find the sentence about Microsoft's stake with its evidence, follow the evidence to the article, open the
// SPARQL console from the header, run an example query and read its results (and how its table reads), then open the
// entity page again on a phone-sized screen.
//
//   node journey.js BASE_URL CHROMIUM USER_DATA_DIR OUT_DIR
//
// Prints one JSON object per step on its own line ({"step": ..., ...what the page showed}); screenshots go to
// OUT_DIR. Exits 1 at the first step that fails, after a screenshot of the page as it was.
'use strict';

const path = require('path');
const { chromium } = require('playwright-core');

const [base, executablePath, userDataDir, outDir] = process.argv.slice(2);
if (!base || !executablePath || !userDataDir || !outDir) {
  console.error('usage: node journey.js BASE_URL CHROMIUM USER_DATA_DIR OUT_DIR');
  process.exit(2);
}
const TIMEOUT = 20000;

function report(step, facts) {
  process.stdout.write(JSON.stringify({ step, ...facts }) + '\n');
}

async function main() {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    chromiumSandbox: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(TIMEOUT);
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', error => problems.push('page error: ' + error.message));
  page.on('console', message => {
    if (message.type() === 'error') {
      problems.push('console error on ' + page.url() + ': ' + message.text());
    }
  });
  let step = 'start';
  try {
    step = 'home';
    const home = await page.goto(base + '/');
    report(step, { status: home.status(), title: await page.title(), url: page.url() });

    step = 'search';
    // The home page's own search box, typed into key by key and submitted with Enter.
    const box = page.locator('main form[role=search] input[name=q]');
    await box.click();
    await box.pressSequentially('OpenAI', { delay: 30 });
    await Promise.all([page.waitForURL(/\/search\?q=OpenAI$/), box.press('Enter')]);
    const hits = await page.locator('main ul li a').allTextContents();
    report(step, { url: page.url(), heading: await page.locator('main h1').textContent(), hits });

    step = 'entity';
    await Promise.all([page.waitForURL(/\/id\/org\/openai$/),
      page.locator('main ul li a', { hasText: /^OpenAI$/ }).first().click()]);
    const stake = page.locator('div.deal', { has: page.locator('a[href$="/id/org/microsoft"]') })
      .filter({ hasText: /holds .*% of/ }).first();
    await stake.waitFor();
    const sentence = (await stake.evaluate(div => [...div.childNodes]
      .filter(n => !(n.nodeType === 1 && ['BLOCKQUOTE', 'DIV'].includes(n.tagName)))
      .map(n => n.textContent).join(''))).trim();
    const evidence = (await stake.locator('blockquote').textContent()).trim();
    const section = await stake.evaluate(div => {
      let h = div.previousElementSibling;
      while (h && h.tagName !== 'H3') h = h.previousElementSibling;
      return h ? h.textContent : null;
    });
    report(step, { url: page.url(), title: await page.title(), heading: await page.locator('main h1').textContent(),
      section, sentence, evidence });
    await page.screenshot({ path: path.join(outDir, 'entity.png'), fullPage: true });

    step = 'article';
    // The evidence's source link leads to the fact in its article, where the sentence is highlighted.
    const source = stake.locator('div.muted a');
    const href = await source.getAttribute('href');
    await Promise.all([page.waitForURL(url => url.pathname.startsWith('/article/')), source.click()]);
    const fact = href.substring(href.indexOf('#') + 1);
    const item = page.locator('li[id="' + fact + '"]');
    const marks = await page.locator('mark a[href="#' + fact + '"]').allTextContents();
    report(step, { url: page.url(), heading: await page.locator('main h1').textContent(),
      fact: (await item.textContent()).trim(), factIsTarget: await item.evaluate(li => li.matches(':target')),
      highlighted: marks.join('') });

    step = 'console';
    await Promise.all([page.waitForURL(/\/sparql$/), page.locator('header a', { hasText: 'SPARQL' }).click()]);
    await page.locator('.yasqe').first().waitFor();
    await page.locator('#examples button', { hasText: '01-stakes' }).click();
    const cells = page.locator('.yasr table tbody td');
    await cells.filter({ hasText: 'Microsoft' }).first().waitFor();
    const rows = await page.locator('.yasr table tbody tr').evaluateAll(trs => trs.map(tr =>
      [...tr.querySelectorAll('td')].map(td => td.textContent.trim())));
    const headers = await page.locator('.yasr table thead th').allTextContents();
    // How the table reads: headers cut short (their text wider than their box), the gap between each row's number
    // and its first value, and the datatypes as written in the cells.
    const table = await page.locator('.yasr table').first().evaluate(t => {
      const cut = [...t.querySelectorAll('thead th')].filter(th => th.textContent.trim() !== '')
        .filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.textContent.trim());
      const gaps = [...t.querySelectorAll('tbody tr')].map(tr => {
        const number = tr.querySelector('td .rowNumber');
        const value = tr.querySelector('td:nth-child(2) span, td:nth-child(2) div');
        if (!number || !value) return null;
        const range = document.createRange();
        range.selectNodeContents(number);
        return Math.round(value.getBoundingClientRect().left - range.getBoundingClientRect().right);
      });
      const datatypes = [...t.querySelectorAll('tbody td sup')].map(sup => sup.textContent.trim());
      return { cut, gaps, datatypes };
    });
    report(step, { url: page.url(), endpoint: await page.locator('#endpoint').textContent(),
      tab: await page.locator('.tabPanel.active, .tab.active').first().textContent().catch(() => null),
      headers: headers.map(h => h.trim()), rows, cutHeaders: table.cut, numberGaps: table.gaps,
      datatypes: table.datatypes });
    await page.screenshot({ path: path.join(outDir, 'console.png'), fullPage: true });

    step = 'phone';
    // The entity page on a phone 390 px wide: nothing wider than the screen but the diagram, which scrolls in its own
    // box and keeps its text at a size that can be read.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base + '/id/org/openai');
    const phone = await page.evaluate(() => {
      const diagram = document.querySelector('.diagram');
      const svg = diagram && diagram.querySelector('svg');
      const texts = svg ? [...svg.querySelectorAll('text')] : [];
      const heights = texts.map(t => t.getBoundingClientRect().height).filter(h => h > 0);
      return {
        viewport: window.innerWidth,
        pageWidth: document.documentElement.scrollWidth,
        diagramBox: diagram ? Math.round(diagram.getBoundingClientRect().width) : null,
        diagramScrolls: diagram ? diagram.scrollWidth > diagram.clientWidth : null,
        smallestText: heights.length ? Math.min(...heights) : null,
        headerFits: document.querySelector('header').scrollWidth <= window.innerWidth,
      };
    });
    await page.screenshot({ path: path.join(outDir, 'phone.png'), fullPage: true });
    // The console's table on the phone: many columns in little room, and still whole headers.
    await page.goto(base + '/sparql#example=01-stakes');
    await page.locator('.yasr table:visible tbody td', { hasText: 'Microsoft' }).first().waitFor();
    phone.consoleCutHeaders = await page.locator('.yasr table:visible').first().evaluate(t =>
      [...t.querySelectorAll('thead th')].filter(th => th.textContent.trim() !== '')
        .filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.textContent.trim()));
    phone.consolePageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    report(step, phone);
    await page.screenshot({ path: path.join(outDir, 'phone-console.png'), fullPage: true });

    report('done', { problems });
  } catch (error) {
    await page.screenshot({ path: path.join(outDir, 'failed.png'), fullPage: true }).catch(() => {});
    report('failed', { at: step, url: page.url(), error: String(error && error.message || error), problems });
    process.exitCode = 1;
  } finally {
    await context.close();
  }
}

main().catch(error => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
