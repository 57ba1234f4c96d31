// Drives the HTML explorer in headless Chromium (playwright-core) with every network request blocked
// (a served page may reach its own origin only).
// Usage: node explorer.cjs PAGE.html|http://127.0.0.1:PORT/ [STEPS.json]
// STEPS is a JSON list of actions: {"do": "search", "text": ...}, {"do": "click", "id": NODE_ID},
// {"do": "result", "index": N}, {"do": "button", "id": NODE_ID} (a name in the details panel),
// {"do": "type", "name": NodeType}, {"do": "edge", "name": EdgeType},
// {"do": "hash", "hash": "#..."} (reload with that hash), {"do": "zoom", "factor": F}, {"do": "fit"},
// {"do": "wait", "ms": N}, {"do": "screenshot", "path": PNG}. After each step the page's state is recorded.
// Prints one JSON object: what loaded, what was blocked, the first-frame time, and the states (each with the
// milliseconds its step took until the page was idle, and the fetches so far from Resource Timing);
// KG_DRIVER_DEBUG=1 names each step on stderr as it starts.
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require(process.env.KG_PLAYWRIGHT_CORE || "playwright-core");

const STATE = () => {
  const x = window.kgExplorer, s = document.getElementById("kg-status"), d = document.getElementById("kg-details");
  const results = document.getElementById("kg-results");
  const boxes = x.labelBoxes();
  return {
    nodes: +s.getAttribute("data-nodes"), edges: +s.getAttribute("data-edges"), labels: boxes.map((b) => b[4]),
    boxes: boxes, focus: x.focus() >= 0 ? x.nodes[x.focus()].id : null,
    focusLabel: x.focus() >= 0 ? x.nodes[x.focus()].label : null,
    dimmed: x.hops() ? x.nodes.length - Object.keys(x.hops()).filter((k) => k !== "folded").length : 0,
    hash: location.hash, summary: document.getElementById("kg-summary").textContent,
    details: { text: d.textContent, links: Array.from(d.querySelectorAll("a[href]")).map((a) => a.href),
               headings: Array.from(d.querySelectorAll("h3")).map((h) => h.textContent),
               relations: Array.from(d.querySelectorAll(".kg-rel-name")).map((h) => h.textContent),
               evidence: Array.from(d.querySelectorAll(".kg-evidence blockquote")).map((q) => q.textContent),
               board: Array.from(d.querySelectorAll(".kg-board tr")).map((r) => r.textContent),
               top: d.getBoundingClientRect().top },
    results: { count: +(results.getAttribute("data-count") || 0), shown: !results.classList.contains("kg-collapsed"),
               items: Array.from(results.querySelectorAll("li")).map((li) => li.textContent),
               ids: Array.from(results.querySelectorAll("li[data-node]")).map((li) => li.getAttribute("data-node")),
               marks: Array.from(results.querySelectorAll("mark")).map((m) => m.textContent) },
    view: { s: x.view.s },
    centre: x.focus() >= 0 ? x.screen(x.focus()) : null,
    canvas: (() => { const b = document.getElementById("kg-canvas").getBoundingClientRect();
                     return { x: b.left, y: b.top, w: b.width, h: b.height }; })(),
    title: document.title,
    images: document.querySelectorAll("img").length, scripts: document.querySelectorAll("script").length,
    fetches: performance.getEntriesByType("resource").map((e) => [e.name, e.startTime, e.responseEnd]),
  };
};

(async () => {
  const target = process.argv[2];
  const steps = process.argv[3] ? JSON.parse(fs.readFileSync(process.argv[3], "utf-8")) : [];
  const url = /^https?:/.test(target) ? target : "file://" + path.resolve(target);
  const origin = /^https?:/.test(target) ? new URL(target).origin : null;
  const browser = await chromium.launch({
    executablePath: process.env.KG_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  const out = { blocked: [], requests: [], dialogs: [], errors: [], console: [], states: [] };
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route("**/*", (route) => {
      const u = route.request().url();
      if (u.startsWith("file:") || u.startsWith("data:") || u.startsWith("blob:")) return route.continue();
      if (origin && u.startsWith(origin + "/")) return route.continue();
      out.blocked.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith("file:") && !u.startsWith("data:") && !(origin && u.startsWith(origin + "/"))) out.requests.push(u);
    });
    page.on("dialog", async (d) => { out.dialogs.push(d.message()); await d.dismiss(); });
    page.on("pageerror", (e) => out.errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") out.console.push(m.text()); });
    const load = async (where) => {
      const started = Date.now();
      await page.goto(where, { waitUntil: "load", timeout: 60000 });
      await page.waitForSelector("body[data-drawn]", { timeout: 60000 });
      out.wallMs = Date.now() - started;
      out.firstFrameMs = await page.evaluate(() => window.kgFirstFrame);
      await page.waitForSelector("body[data-ready]", { timeout: 60000 });
    };
    const settle = async () => {
      await page.waitForSelector("body[data-settled]", { timeout: 20000 });
      await page.waitForTimeout(80);
    };
    await load(url);
    out.totalNodes = await page.evaluate(() => window.kgExplorer.nodes.length);
    out.states.push(await page.evaluate(STATE));
    out.readyMs = Date.now() - (await page.evaluate(() => performance.timeOrigin));
    for (const step of steps) {
      const began = Date.now();
      if (process.env.KG_DRIVER_DEBUG) process.stderr.write(JSON.stringify(step) + "\n");
      if (step.do === "search") {
        await page.fill("#kg-search", step.text);
        await page.waitForTimeout(step.wait || 300);
      } else if (step.do === "click") {
        // bring the node into view, then click it where it is drawn, as a person would
        await page.evaluate((id) => {
          const x = window.kgExplorer, p = x.world(x.byId[id]);
          x.moveTo(p[0], p[1], Math.max(x.view.s, 1));
        }, step.id);
        const p = await page.evaluate((id) => window.kgExplorer.screen(window.kgExplorer.byId[id]), step.id);
        await page.mouse.click(p.x, p.y);
        await page.waitForTimeout(step.wait || 100);
        await settle();
      } else if (step.do === "result") {
        await page.click(`#kg-results li[data-node] >> nth=${step.index}`);
        await page.waitForTimeout(step.wait || 100);
        await settle();
      } else if (step.do === "button") {
        await page.click(`#kg-details button[data-node="${step.id}"] >> nth=0`);
        await page.waitForTimeout(step.wait || 100);
        await settle();
      } else if (step.do === "type") {
        await page.click(`input[data-node-type="${await page.evaluate((n) => window.kgExplorer.data.nodeTypes.findIndex((t) => t.name === n), step.name)}"]`);
        await page.waitForTimeout(100);
      } else if (step.do === "edge") {
        await page.click(`input[data-edge-type="${await page.evaluate((n) => window.kgExplorer.data.edgeTypes.findIndex((t) => t.name === n), step.name)}"]`);
        await page.waitForTimeout(100);
      } else if (step.do === "hash") {
        await load(url.replace(/#.*$/, "") + step.hash);
        await page.waitForTimeout(step.wait || 100);
        await settle();
      } else if (step.do === "zoom") {
        const box = await page.evaluate(() => document.getElementById("kg-canvas").getBoundingClientRect().toJSON());
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -Math.log(step.factor) / 0.0015);
        await page.waitForTimeout(150);
      } else if (step.do === "fit") {
        await page.click("#kg-fit");
        await settle();
      } else if (step.do === "wait") {
        await page.waitForTimeout(step.ms);
      } else if (step.do === "screenshot") {
        await page.mouse.move(1399, 899);
        await page.waitForTimeout(100);
        await page.screenshot({ path: step.path });
      }
      await page.waitForSelector("body:not([data-busy])", { timeout: 30000 });  // searches and fetches done
      if (step.do === "result" || step.do === "hash" || step.do === "click") await settle();
      const state = await page.evaluate(STATE);
      state.step = step.do;
      state.ms = Date.now() - began;  // the step, until the page is idle (fetches done, view settled)
      out.states.push(state);
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out) + "\n");
})().catch((e) => { process.stderr.write(String(e && e.stack || e) + "\n"); process.exit(1); });
