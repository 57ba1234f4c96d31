// Drives the HTML explorer in headless Chromium (playwright-core) with every network request blocked.
// Usage: node explorer.cjs PAGE.html [--search TEXT] [--hide-type NAME] [--hide-edge NAME] [--click LABEL]
// Prints one JSON object: what loaded, what was blocked, first-frame time, counts after each action.
"use strict";
const path = require("path");
const { chromium } = require(process.env.KG_PLAYWRIGHT_CORE || "playwright-core");

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : null;
}

(async () => {
  const page_path = path.resolve(process.argv[2]);
  const browser = await chromium.launch({
    executablePath: process.env.KG_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  const out = { blocked: [], requests: [], dialogs: [], errors: [], console: [] };
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      out.blocked.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("request", (r) => { if (!r.url().startsWith("file:")) out.requests.push(r.url()); });
    page.on("dialog", async (d) => { out.dialogs.push(d.message()); await d.dismiss(); });
    page.on("pageerror", (e) => out.errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") out.console.push(m.text()); });
    const started = Date.now();
    await page.goto("file://" + page_path, { waitUntil: "load", timeout: 60000 });
    await page.waitForSelector("body[data-drawn]", { timeout: 60000 });
    out.wallMs = Date.now() - started;
    out.firstFrameMs = await page.evaluate(() => window.kgFirstFrame);
    const counts = () => page.evaluate(() => {
      const s = document.getElementById("kg-status");
      return { nodes: +s.getAttribute("data-nodes"), edges: +s.getAttribute("data-edges") };
    });
    out.initial = await counts();
    out.totalNodes = await page.evaluate(() => window.kgExplorer.data.total);
    out.summary = await page.evaluate(() => document.getElementById("kg-summary").textContent);
    const search = option("--search");
    if (search !== null) {
      await page.fill("#kg-search", search);
      out.search = await page.evaluate(() => ({
        count: +document.getElementById("kg-results").getAttribute("data-count"),
        items: Array.from(document.querySelectorAll("#kg-results li")).map((li) => li.textContent),
        selected: window.kgExplorer.network.getSelectedNodes().length,
      }));
      await page.fill("#kg-search", "");
    }
    const hideType = option("--hide-type");
    if (hideType !== null) {
      const i = await page.evaluate((name) => window.kgExplorer.data.nodeTypes.findIndex((t) => t.name === name), hideType);
      await page.click(`input[data-node-type="${i}"]`);
      out.hideType = await counts();
      await page.click(`input[data-node-type="${i}"]`);
      out.restored = await counts();
    }
    const hideEdge = option("--hide-edge");
    if (hideEdge !== null) {
      const i = await page.evaluate((name) => window.kgExplorer.data.edgeTypes.findIndex((t) => t.name === name), hideEdge);
      await page.click(`input[data-edge-type="${i}"]`);
      out.hideEdge = await counts();
      await page.click(`input[data-edge-type="${i}"]`);
    }
    const click = option("--click");
    if (click !== null) {
      const found = await page.evaluate((label) => {
        const x = window.kgExplorer, i = x.data.nodes.findIndex((n) => (n[6].label || n[0]) === label);
        if (i >= 0) {
          x.network.stopSimulation();
          x.network.moveTo({ position: x.network.getPosition(i), scale: 1.0 });
        }
        return i;
      }, click);
      if (found >= 0) {
        await page.waitForTimeout(300);
        const point = await page.evaluate((i) => {
          const x = window.kgExplorer, p = x.network.canvasToDOM(x.network.getPosition(i));
          const box = document.getElementById("kg-net").getBoundingClientRect();
          return { x: box.left + p.x, y: box.top + p.y };
        }, found);
        await page.mouse.click(point.x, point.y);
        await page.waitForTimeout(200);
      }
      out.details = await page.evaluate(() => {
        const d = document.getElementById("kg-details");
        return { text: d.textContent, links: Array.from(d.querySelectorAll("a[href]")).map((a) => a.href) };
      });
    }
    out.title = await page.title();
    out.images = await page.evaluate(() => document.querySelectorAll("img").length);
    out.scripts = await page.evaluate(() => document.querySelectorAll("script").length);
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out) + "\n");
})().catch((e) => { process.stderr.write(String(e && e.stack || e) + "\n"); process.exit(1); });
