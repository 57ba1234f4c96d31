// paper-kg explorer: draws the graph on a canvas, with search, focus and a details panel.
// Hand-written rather than vis-network (what pyvis wraps): the view needs labels placed only where
// they overlap nothing, positions computed at build time with no physics, neighbourhood focus and
// pages of 10,000 papers; vis-network runs physics or draws every label, and pyvis writes edges in
// quadratic time. This file is small, has no dependency and is inlined into each page.
// The page builds every element with textContent: no text from the data is ever parsed as markup.
// In "static" mode the whole graph is in the page (#kg-data); in "serve" mode the page asks the
// SPARQL endpoint of the server it came from (/sparql, same origin) for each neighbourhood.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  var T = D.nodeTypes, E = D.edgeTypes, CO = E.length, SERVE = D.mode === "serve";
  var ENTITY = {}, FOLDED = {};
  T.forEach(function (t, i) { if (t.folded) FOLDED[i] = true; else ENTITY[i] = true; });
  var INVERSE = {proposes: "proposed in", mentions: "mentioned in", uses: "used by", evaluatedOn: "evaluates",
    addresses: "addressed by", measuredBy: "measures", outperforms: "outperformed by", comparedWith: "compared with",
    isA: "kinds", variantOf: "variants", partOf: "parts", states: "stated in", about: "claims about it"};
  var HALO = "rgba(255,255,255,0.92)";

  // ---- the graph held by the page -------------------------------------------------------
  var N = [], edges = [], adj = [], byId = {}, sentences = D.sentences || [];
  function addNode(label, type, x, y, weight, aliases, group, info) {
    var i = N.length;
    N.push({label: String(label), type: type, x: x, y: y, w: weight || 1, aliases: aliases || [], group: group,
            info: info || {}, id: (info && info.id) || String(i)});
    adj.push([]);
    byId[N[i].id] = i;
    return i;
  }
  function addEdge(u, v, t, n) {
    var k = edges.length;
    edges.push({u: u, v: v, t: t, n: n || 1});
    adj[u].push(k); adj[v].push(k);
    return k;
  }
  (D.nodes || []).forEach(function (n, i) { addNode(n[0], n[1], n[2], n[3], n[4], n[5], n[6], D.info[i]); });
  (D.edges || []).forEach(function (e) { addEdge(e[0], e[1], e[2], e[3]); });
  (D.links || []).forEach(function (e) { addEdge(e[0], e[1], CO, e[2]); });

  // ---- state ----------------------------------------------------------------------------
  var typeOn = T.map(function (t) { return !t.folded; });
  var edgeOn = E.map(function () { return true; }).concat([true]);
  var focus = -1, hops = null, matches = null, hover = -1, query = "";
  var view = {s: 1, x: 0, y: 0};
  var canvas = document.getElementById("kg-canvas"), ctx = canvas.getContext("2d");
  var W = 0, H = 0, ratio = window.devicePixelRatio || 1;

  function shown(i) {
    var n = N[i];
    if (isNaN(n.x)) return false;  // serve mode: found by search, not placed yet
    if (typeOn[n.type]) return true;
    return hops !== null && hops[i] !== undefined && (hops[i] === 0 || hops.folded);
  }
  function radius(i) {
    var w = N[i].w, world = (3 + 2.2 * Math.sqrt(w)) * view.s, floor = Math.min(1.5 + 0.9 * Math.sqrt(w), 9);
    var r = Math.max(Math.min(world, 22), FOLDED[N[i].type] ? 2 : floor);
    return hops !== null && hops[i] === 2 ? Math.min(r, 6) : r;  // the second hop: small, on its outer rings
  }
  var P = null;  // while a node is focused, its neighbourhood's positions on rings around it: {node: [x, y]}
  function wx(i) { return P !== null && P[i] ? P[i][0] : N[i].x; }
  function wy(i) { return P !== null && P[i] ? P[i][1] : N[i].y; }
  function sx(i) { return wx(i) * view.s + view.x; }
  function sy(i) { return wy(i) * view.s + view.y; }

  // ---- drawing --------------------------------------------------------------------------
  function resize() {
    var box = canvas.parentNode.getBoundingClientRect();
    W = Math.max(box.width, 100); H = Math.max(box.height, 100);
    canvas.width = Math.round(W * ratio); canvas.height = Math.round(H * ratio);
    canvas.style.width = W + "px"; canvas.style.height = H + "px";
  }
  function shapePath(shape, x, y, r) {
    var k, a;
    switch (shape) {
      case "square": ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); return;
      case "diamond": ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.2, y); ctx.lineTo(x, y + r * 1.2);
        ctx.lineTo(x - r * 1.2, y); ctx.closePath(); return;
      case "triangle": ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.1, y + r * 0.8);
        ctx.lineTo(x - r * 1.1, y + r * 0.8); ctx.closePath(); return;
      case "triangleDown": ctx.moveTo(x, y + r * 1.2); ctx.lineTo(x + r * 1.1, y - r * 0.8);
        ctx.lineTo(x - r * 1.1, y - r * 0.8); ctx.closePath(); return;
      case "hexagon":
        for (k = 0; k < 6; k++) { a = Math.PI / 3 * k; ctx[k ? "lineTo" : "moveTo"](x + r * 1.05 * Math.cos(a), y + r * 1.05 * Math.sin(a)); }
        ctx.closePath(); return;
      case "star":
        for (k = 0; k < 10; k++) {
          a = Math.PI / 5 * k - Math.PI / 2;
          var q = k % 2 ? r * 0.55 : r * 1.3;
          ctx[k ? "lineTo" : "moveTo"](x + q * Math.cos(a), y + q * Math.sin(a));
        }
        ctx.closePath(); return;
      default: ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
  }
  function edgeStyle(t) {
    if (t === CO) return {colour: "#c8c8c8", dash: []};
    return {colour: E[t].colour, dash: E[t].dash || []};
  }
  function edgeShown(k) {
    var e = edges[k];
    return edgeOn[e.t] && shown(e.u) && shown(e.v);
  }
  var drawn = {nodes: 0, edges: 0}, labelled = [];  // labelled: [x0, y0, x1, y1, node id] per label drawn
  function draw() {
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, W, H);
    var dim = hops !== null, k, i, t;
    // edges, batched by type and by emphasis
    drawn.edges = 0;
    var groups = {};
    for (k = 0; k < edges.length; k++) {
      if (!edgeShown(k)) continue;
      var e = edges[k];
      var x1 = sx(e.u), y1 = sy(e.u), x2 = sx(e.v), y2 = sy(e.v);
      if ((x1 < 0 && x2 < 0) || (x1 > W && x2 > W) || (y1 < 0 && y2 < 0) || (y1 > H && y2 > H)) continue;
      drawn.edges++;
      var strong = dim && hops[e.u] !== undefined && hops[e.v] !== undefined && (hops[e.u] === 0 || hops[e.v] === 0);
      // links between communities are faint until a focus picks them out: the bands they would draw
      // across the map hide its structure
      var across = N[e.u].group >= 0 && N[e.v].group >= 0 && N[e.u].group !== N[e.v].group;
      var key = e.t + (strong ? "s" : dim ? "d" : across ? "x" : "n");
      (groups[key] = groups[key] || []).push(x1, y1, x2, y2);
    }
    Object.keys(groups).forEach(function (key) {
      var t = parseInt(key, 10), mode = key.slice(-1), style = edgeStyle(t), line = groups[key];
      ctx.strokeStyle = style.colour;
      ctx.globalAlpha = mode === "s" ? 0.95 : mode === "d" ? 0.06 : mode === "x" ? (t === CO ? 0.05 : 0.15) : (t === CO ? 0.45 : 0.7);
      ctx.lineWidth = mode === "s" ? 2.2 : (t === CO ? 0.7 : 1.2);
      ctx.setLineDash(style.dash);
      ctx.beginPath();
      for (var j = 0; j < line.length; j += 4) { ctx.moveTo(line[j], line[j + 1]); ctx.lineTo(line[j + 2], line[j + 3]); }
      ctx.stroke();
    });
    ctx.setLineDash([]);
    // nodes, batched by type; dimmed ones first
    drawn.nodes = 0;
    var batches = [];
    for (i = 0; i < N.length; i++) {
      if (!shown(i)) continue;
      drawn.nodes++;
      var x = sx(i), y = sy(i), r = radius(i);
      if (x < -r || y < -r || x > W + r || y > H + r) continue;
      var level = !dim ? 1 : hops[i] === undefined ? 0 : hops[i] === 2 ? 3 : 2;
      t = N[i].type;
      var b = level * 16 + t;
      (batches[b] = batches[b] || []).push(x, y, r);
    }
    for (var b2 = 0; b2 < batches.length; b2++) {
      var batch = batches[b2];
      if (!batch) continue;
      t = b2 % 16;
      ctx.globalAlpha = b2 < 16 ? 0.15 : b2 >= 48 ? 0.55 : 1;
      ctx.fillStyle = T[t].colour;
      ctx.strokeStyle = "rgba(40,40,40,0.75)";
      ctx.lineWidth = 0.8;
      ctx.beginPath();
      for (var j = 0; j < batch.length; j += 3) shapePath(T[t].shape, batch[j], batch[j + 1], batch[j + 2]);
      ctx.fill();
      if (batch.length < 6000 || b2 >= 16) ctx.stroke();
    }
    ctx.globalAlpha = 1;
    // rings: the focus, search matches, the node under the pointer
    ring(matches ? matchList : [], "#000000", 2, 3);
    if (focus >= 0 && shown(focus)) ring([focus], "#000000", 3.5, 5);
    if (hover >= 0 && shown(hover)) ring([hover], "#555555", 1.5, 3);
    drawLabels();
  }
  var matchList = [];
  function ring(list, colour, width, gap) {
    ctx.strokeStyle = colour; ctx.lineWidth = width;
    ctx.beginPath();
    list.forEach(function (i) {
      if (!shown(i)) return;
      var x = sx(i), y = sy(i), r = radius(i) * 1.25 + gap;
      if (x < -r || y < -r || x > W + r || y > H + r) return;
      ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI);
    });
    ctx.stroke();
  }

  // Labels: in priority order (the focus, its neighbours, search matches, then the top of each
  // type in turn), each only where its box overlaps no label placed before it.
  var order = (function () {
    var byType = T.map(function () { return []; });
    N.forEach(function (n, i) { byType[n.type].push(i); });
    byType.forEach(function (list) { list.sort(function (a, b) { return N[b].w - N[a].w || (N[a].label < N[b].label ? -1 : 1); }); });
    var out = [], more = true;
    for (var rank = 0; more; rank++) {
      more = false;
      for (var t = 0; t < byType.length; t++) {
        if (rank < byType[t].length) { out.push(byType[t][rank]); more = true; }
      }
    }
    return out;
  })();
  function rebuildOrder() { order = N.map(function (n, i) { return i; }).sort(function (a, b) { return N[b].w - N[a].w || a - b; }); }
  var widthCache = {};
  function labelText(i) {
    var text = N[i].label, max = FOLDED[N[i].type] ? 42 : 32;
    return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
  }
  function drawLabels() {
    var placed = {}, cell = 48, count = 0, tried = 0;
    labelled = [];
    function free(x0, y0, x1, y1) {
      for (var gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
        for (var gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          var list = placed[gx + "," + gy];
          if (!list) continue;
          for (var j = 0; j < list.length; j += 4) {
            if (x0 < list[j + 2] && x1 > list[j] && y0 < list[j + 3] && y1 > list[j + 1]) return false;
          }
        }
      }
      return true;
    }
    function take(x0, y0, x1, y1) {
      for (var gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
        for (var gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          (placed[gx + "," + gy] = placed[gx + "," + gy] || []).push(x0, y0, x1, y1);
        }
      }
    }
    var first = [];
    if (focus >= 0) first.push(focus);
    if (hops !== null) Object.keys(hops).forEach(function (k) { if (hops[k] === 1) first.push(+k); });
    first.sort(function (a, b) { return a === focus ? -1 : b === focus ? 1 : N[b].w - N[a].w; });
    if (matches) first = first.concat(matchList.slice(0, 200));
    if (hover >= 0) first.unshift(hover);
    var seen = {};
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    function attempt(i, must) {
      if (seen[i] || !shown(i)) return;
      seen[i] = true;
      var x = sx(i), y = sy(i), r = radius(i);
      if (x < -50 || y < -20 || x > W + 50 || y > H + 20) return;
      if (!must && (r < 2.5 || (hops !== null && hops[i] === undefined))) return;
      tried++;
      var size = Math.round(Math.min(11 + Math.sqrt(N[i].w) * 0.6, 15)) + (i === focus ? 2 : 0);
      var text = labelText(i), key = size + "|" + text;
      ctx.font = (i === focus ? "bold " : "") + size + "px system-ui, sans-serif";
      var w = widthCache[key] || (widthCache[key] = ctx.measureText(text).width);
      // below the node, else above, right or left of it: whole labels only, none over another
      var h = size + 3, spots = [[x - w / 2 - 2, y + r + 2], [x - w / 2 - 2, y - r - 2 - h], [x + r + 3, y - h / 2],
                                 [x - r - 3 - w - 4, y - h / 2]];
      if (P !== null && P[i] && i !== focus) {  // on a ring: the side away from the focus first
        var dx = wx(i) - wx(focus), dy = wy(i) - wy(focus);
        var side = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 2 : 3) : (dy > 0 ? 0 : 1);
        spots.unshift(spots.splice(side, 1)[0]);
      }
      for (var k = 0; k < (must ? 4 : 2); k++) {
        var x0 = spots[k][0], y0 = spots[k][1], x1 = x0 + w + 4, y1 = y0 + h;
        if (x0 < 0 || y0 < 0 || x1 > W || y1 > H || !free(x0, y0, x1, y1)) continue;
        take(x0, y0, x1, y1);
        labelled.push([x0, y0, x1, y1, N[i].id]);
        ctx.lineWidth = 3.5; ctx.strokeStyle = HALO; ctx.strokeText(text, x0 + 2, y0 + 1);
        ctx.fillStyle = "#111"; ctx.fillText(text, x0 + 2, y0 + 1);
        count++;
        return;
      }
    }
    for (var a = 0; a < first.length; a++) attempt(first[a], true);
    if (hops === null) for (var c = 0; c < order.length && c < 3 * T.length; c++) attempt(order[c], true);
    for (var b = 0; b < order.length && count < 350 && tried < 5000; b++) attempt(order[b], false);
  }

  var pending = false;
  function redraw() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; draw(); updateStatus(); });
  }

  // ---- view: fit, zoom, pan, animate ------------------------------------------------------
  function bounds(list) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    list.forEach(function (i) {
      x0 = Math.min(x0, wx(i)); y0 = Math.min(y0, wy(i)); x1 = Math.max(x1, wx(i)); y1 = Math.max(y1, wy(i));
    });
    return [x0, y0, x1, y1];
  }
  function target(list, maxScale) {
    if (!list.length) return {s: 1, x: W / 2, y: H / 2};
    var b = bounds(list), pad = 60;
    var s = Math.min((W - 2 * pad) / Math.max(b[2] - b[0], 1), (H - 2 * pad) / Math.max(b[3] - b[1], 1), maxScale);
    return {s: s, x: W / 2 - s * (b[0] + b[2]) / 2, y: H / 2 - s * (b[1] + b[3]) / 2};
  }
  var animation = null;
  function animate(to, ms) {
    var from = {s: view.s, x: view.x, y: view.y}, start = performance.now();
    document.body.removeAttribute("data-settled");
    if (animation) cancelAnimationFrame(animation);
    function step(now) {
      var p = Math.min((now - start) / ms, 1), e = p * (2 - p);
      view.s = from.s + (to.s - from.s) * e; view.x = from.x + (to.x - from.x) * e; view.y = from.y + (to.y - from.y) * e;
      draw(); updateStatus();
      if (p < 1) animation = requestAnimationFrame(step);
      else { animation = null; document.body.setAttribute("data-settled", "1"); }
    }
    animation = requestAnimationFrame(step);
  }
  function visibleList() { var out = []; for (var i = 0; i < N.length; i++) if (shown(i)) out.push(i); return out; }
  function fitAll(ms) {
    var to = target(visibleList(), 4);
    if (ms) animate(to, ms); else { view = to; redraw(); document.body.setAttribute("data-settled", "1"); }
  }
  function zoomAt(px, py, factor) {
    var s = Math.max(0.005, Math.min(view.s * factor, 40));
    view.x = px - (px - view.x) * (s / view.s); view.y = py - (py - view.y) * (s / view.s); view.s = s;
    redraw();
  }

  // ---- hit testing and pointer ----------------------------------------------------------
  function nodeAt(px, py) {
    var best = -1, bestD = Infinity;
    for (var i = 0; i < N.length; i++) {
      if (!shown(i)) continue;
      var dx = sx(i) - px, dy = sy(i) - py, d = dx * dx + dy * dy, r = Math.max(radius(i) * 1.2, 5) + 2;
      if (d <= r * r && d < bestD) { best = i; bestD = d; }
    }
    return best;
  }
  var drag = null;
  canvas.addEventListener("pointerdown", function (ev) {
    drag = {x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false};
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", function (ev) {
    var box = canvas.getBoundingClientRect();
    if (drag) {
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) { view.x = drag.vx + dx; view.y = drag.vy + dy; redraw(); }
      return;
    }
    var i = nodeAt(ev.clientX - box.left, ev.clientY - box.top);
    if (i !== hover) {
      hover = i;
      canvas.style.cursor = i >= 0 ? "pointer" : "grab";
      tip.textContent = i >= 0 ? N[i].label + " \u00b7 " + T[N[i].type].name : "";
      tip.style.display = i >= 0 ? "block" : "none";
      redraw();
    }
    if (i >= 0) { tip.style.left = (ev.clientX - box.left + 14) + "px"; tip.style.top = (ev.clientY - box.top + 10) + "px"; }
  });
  canvas.addEventListener("pointerup", function (ev) {
    var box = canvas.getBoundingClientRect(), moved = drag && drag.moved;
    drag = null;
    if (moved) return;
    var i = nodeAt(ev.clientX - box.left, ev.clientY - box.top);
    if (i >= 0) select(i); else clearFocus();
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = canvas.getBoundingClientRect();
    zoomAt(ev.clientX - box.left, ev.clientY - box.top, Math.exp(-ev.deltaY * 0.0015));
  }, {passive: false});
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") clearFocus(); });
  var tip = document.getElementById("kg-tip");
  document.getElementById("kg-zoom-in").addEventListener("click", function () { zoomAt(W / 2, H / 2, 1.5); });
  document.getElementById("kg-zoom-out").addEventListener("click", function () { zoomAt(W / 2, H / 2, 1 / 1.5); });
  document.getElementById("kg-fit").addEventListener("click", function () { clearFocus(); fitAll(300); });

  // ---- focus: the node, its neighbourhood, the details panel -----------------------------
  function neighbourhood(i) {
    var out = {}, ring1 = [], k, e, j, folded = 0;
    out[i] = 0;
    adj[i].forEach(function (k) {
      e = edges[k]; j = e.u === i ? e.v : e.u;
      if (!edgeOn[e.t] || out[j] !== undefined) return;
      if (!typeOn[N[j].type]) folded++;
      out[j] = 1; ring1.push(j);
    });
    out.folded = folded <= 30;
    if (ring1.length <= 80) {
      var second = 0;
      for (var a = 0; a < ring1.length && second < 300; a++) {
        if (!ENTITY[N[ring1[a]].type] && FOLDED[N[i].type] === undefined) continue;
        for (var b = 0; b < adj[ring1[a]].length; b++) {
          k = adj[ring1[a]][b]; e = edges[k]; j = e.u === ring1[a] ? e.v : e.u;
          if (!edgeOn[e.t] || out[j] !== undefined || !typeOn[N[j].type] || e.t === CO) continue;
          out[j] = 2; second++;
        }
      }
    }
    return out;
  }
  function select(i, keepView) {
    if (isNaN(N[i].x)) { N[i].x = (W / 2 - view.x) / view.s; N[i].y = (H / 2 - view.y) / view.s; }
    focus = i;
    hops = neighbourhood(i);
    results.classList.add("kg-collapsed");
    show(i);
    updateHash();
    if (SERVE && !N[i].info.loaded) { expand(i); return; }
    if (!keepView) centre();
    redraw();
  }
  // The neighbourhood on rings around the focus: its neighbours in the order of the directions in
  // which they lie on the map, the second hop on outer rings (units: pixels at scale 1).
  function ringLayout(i) {
    var f = N[i], out = {}, first = [], second = [], reach = 0, at = 130;
    out[i] = [f.x, f.y];
    Object.keys(hops).forEach(function (k) {
      if (k === "folded" || +k === i || !shown(+k)) return;
      (hops[k] === 1 ? first : second).push(+k);
    });
    function angle(j) { return Math.atan2(N[j].y - f.y, N[j].x - f.x); }
    function place(list, gap, step) {
      list.sort(function (a, b) { return angle(a) - angle(b) || a - b; });
      for (var k = 0; k < list.length;) {
        var n = Math.min(Math.max(6, Math.floor(2 * Math.PI * at / gap)), list.length - k), a0 = angle(list[k]);
        for (var m = 0; m < n; m++) {
          var a = a0 + 2 * Math.PI * m / n;
          out[list[k + m]] = [f.x + at * Math.cos(a), f.y + at * Math.sin(a)];
        }
        k += n; reach = at; at += step;
      }
    }
    at = Math.min(Math.max(first.length * 28 / (2 * Math.PI), 130), 320);  // one ring while it fits
    place(first, 28, 75);
    at += 50;
    var inner = reach;
    place(second, 12, 35);
    return {positions: out, reach: inner};
  }
  // The focus goes to the centre with its neighbours around it, zoomed so that they fit.
  function centre() {
    var f = N[focus], rings = ringLayout(focus);
    P = rings.positions;
    var s = rings.reach > 0 ? Math.min((Math.min(W, H) / 2 - 50) / rings.reach, 1.4) : Math.max(view.s, 1.4);
    animate({s: s, x: W / 2 - f.x * s, y: H / 2 - f.y * s}, 350);
  }
  function clearFocus() {
    if (focus < 0) return;
    focus = -1; hops = null; P = null;
    details.replaceChildren(el("p", "Click a node or a search result to see what the papers say about it.", "muted"));
    updateHash(); redraw();
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function external(url, text) {
    var a = el("a", text);
    if (url && /^https?:\/\//i.test(url)) { a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }
  function nodeButton(j, text) {
    var b = el("button", text || N[j].label, "kg-node");
    b.type = "button";
    b.title = T[N[j].type].name;
    b.setAttribute("data-node", N[j].id);
    b.addEventListener("click", function () { select(j); });
    return b;
  }
  var SVG = "http://www.w3.org/2000/svg";
  function swatch(t) {
    var svg = document.createElementNS(SVG, "svg"), shape = T[t].shape, c = 6, r = 5, pts = [], k, a;
    svg.setAttribute("width", "12"); svg.setAttribute("height", "12"); svg.setAttribute("class", "kg-swatch");
    var poly = {square: [[-0.8, -0.8], [0.8, -0.8], [0.8, 0.8], [-0.8, 0.8]], diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
                triangle: [[0, -1], [1, 0.75], [-1, 0.75]], triangleDown: [[0, 1], [1, -0.75], [-1, -0.75]]}[shape];
    if (shape === "hexagon") for (k = 0; k < 6; k++) pts.push([Math.cos(k * Math.PI / 3), Math.sin(k * Math.PI / 3)]);
    else if (shape === "star") for (k = 0; k < 10; k++) {
      a = k * Math.PI / 5 - Math.PI / 2; pts.push([(k % 2 ? 0.45 : 1) * Math.cos(a), (k % 2 ? 0.45 : 1) * Math.sin(a)]);
    } else if (poly) pts = poly;
    var node = document.createElementNS(SVG, pts.length ? "polygon" : "circle");
    if (pts.length) node.setAttribute("points", pts.map(function (p) { return (c + p[0] * r).toFixed(1) + "," + (c + p[1] * r).toFixed(1); }).join(" "));
    else { node.setAttribute("cx", c); node.setAttribute("cy", c); node.setAttribute("r", r * 0.9); }
    node.setAttribute("fill", T[t].colour); node.setAttribute("stroke", "#333"); node.setAttribute("stroke-width", "0.8");
    svg.appendChild(node);
    return svg;
  }
  function lineSwatch(t) {
    var s = el("span", null, "kg-line"), style = edgeStyle(t);
    s.style.borderTop = "3px " + (style.dash.length ? (style.dash[0] > 3 ? "dashed " : "dotted ") : "solid ") + style.colour;
    return s;
  }
  var details = document.getElementById("kg-details");
  function show(i) {
    var n = N[i], d = n.info, t = T[n.type];
    details.replaceChildren();
    var head = el("h2");
    head.appendChild(swatch(n.type));
    head.appendChild(document.createTextNode(FOLDED[n.type] && n.type === claimType ? "Claim" : n.label));
    details.appendChild(head);
    var meta = [t.name];
    if (d.nPapers) meta.push(d.nPapers + (d.nPapers === 1 ? " paper" : " papers"));
    if (d.mentions) meta.push(d.mentions + " mentions");
    if (d.date) meta.push(d.date);
    if (d.kind) meta.push(d.kind);
    details.appendChild(el("div", meta.join(" \u00b7 "), "muted"));
    if (d.text) details.appendChild(el("blockquote", d.text));
    if (n.aliases.length) details.appendChild(el("div", "Also called: " + n.aliases.join(", ")));
    if (d.authors) details.appendChild(el("div", d.authors, "muted"));
    if (d.link) { var p = el("div"); p.appendChild(external(d.link, d.link)); details.appendChild(p); }
    if (d.board && d.board.length) leaderboard(d.board);
    relations(i);
    if (d.papers && d.papers.length) {
      details.appendChild(el("h3", "Papers"));
      var list = el("ul", null, "kg-list");
      d.papers.forEach(function (j) { if (j >= 0) list.appendChild(paperItem(j)); });
      details.appendChild(list);
      if (d.nPapers > d.papers.length) details.appendChild(el("div", "\u2026 and " + (d.nPapers - d.papers.length) + " more", "muted"));
    }
    if (d.ev && d.ev.length) {
      details.appendChild(el("h3", "Evidence"));
      d.ev.forEach(function (ev) {
        var item = el("div", null, "kg-evidence");
        var quote = el("blockquote", sentences[ev[1]]);
        item.appendChild(quote);
        var src = el("div", null, "kg-source");
        ev[2].forEach(function (k) { var chip = el("span", E[k].name, "kg-chip"); chip.style.borderColor = E[k].colour; src.appendChild(chip); });
        if (ev[0] >= 0 && ev[0] !== i) {
          src.appendChild(nodeButton(ev[0], N[ev[0]].label));
          if (N[ev[0]].info.link) src.appendChild(external(N[ev[0]].info.link, "\u2197"));
        }
        item.appendChild(src);
        details.appendChild(item);
      });
      if (d.more) details.appendChild(el("div", "\u2026 and " + d.more + " more sentences", "muted"));
    }
    details.scrollTop = 0;
    document.getElementById("kg-side").scrollTop = 0;
  }
  var claimType = T.findIndex(function (t) { return t.name === "Claim"; });
  function paperItem(j) {
    var li = el("li");
    li.appendChild(nodeButton(j));
    if (N[j].info.link) { li.appendChild(document.createTextNode(" ")); li.appendChild(external(N[j].info.link, "\u2197")); }
    return li;
  }
  function leaderboard(rows) {
    details.appendChild(el("h3", "Leaderboard (results stated in abstracts, best first)"));
    var table = el("table", null, "kg-board"), head = el("tr");
    ["Metric", "Value", "System", "Paper"].forEach(function (h) { head.appendChild(el("th", h)); });
    table.appendChild(head);
    rows.slice(0, 30).forEach(function (r) {
      var tr = el("tr");
      tr.appendChild(el("td", r[0]));
      tr.appendChild(el("td", String(r[1]) + (r[2] ? (r[2] === "%" ? "%" : " " + r[2]) : "")));
      tr.appendChild(el("td", r[3] || "\u2014"));
      var cell = el("td");
      if (r[4] >= 0 && N[r[4]]) cell.appendChild(nodeButton(r[4], N[r[4]].label.length > 40 ? N[r[4]].label.slice(0, 39) + "\u2026" : N[r[4]].label));
      tr.appendChild(cell);
      table.appendChild(tr);
    });
    details.appendChild(table);
  }
  // Incoming and outgoing edges grouped by direction and type; co-mention last.
  function relations(i) {
    var groups = {}, keys = [];
    adj[i].forEach(function (k) {
      var e = edges[k], out = e.u === i, j = out ? e.v : e.u;
      if (e.t !== CO && ENTITY[N[i].type] && !ENTITY[N[j].type] && E[e.t].name !== "about") return;  // papers are listed below
      var key = (e.t === CO ? "z" : out ? "a" : "b") + ":" + e.t;
      if (!groups[key]) { groups[key] = []; keys.push(key); }
      groups[key].push([j, e.n]);
    });
    if (!keys.length) return;
    keys.sort(function (a, b) { return a < b ? -1 : 1; });
    details.appendChild(el("h3", "Relations"));
    keys.forEach(function (key) {
      var t = +key.slice(2), out = key[0] === "a", list = groups[key];
      list.sort(function (a, b) { return b[1] - a[1] || N[b[0]].w - N[a[0]].w || a[0] - b[0]; });
      var row = el("div", null, "kg-rel");
      var name = t === CO ? "named in the same papers as" : out ? E[t].name : INVERSE[E[t].name] || E[t].name;
      var label = el("span", name + " (" + list.length + ")", "kg-rel-name");
      row.appendChild(lineSwatch(t));
      row.appendChild(label);
      var names = el("div", null, "kg-rel-list");
      list.slice(0, 25).forEach(function (pair) {
        var text = N[pair[0]].label;
        names.appendChild(nodeButton(pair[0], text.length > 60 ? text.slice(0, 59) + "\u2026" : text));
      });
      if (list.length > 25) names.appendChild(el("span", "+" + (list.length - 25) + " more", "muted"));
      row.appendChild(names);
      details.appendChild(row);
    });
  }

  // ---- search ---------------------------------------------------------------------------
  var search = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  var lower = [];
  function lowered(i) {
    if (!lower[i]) lower[i] = {label: N[i].label.toLowerCase(), aliases: N[i].aliases.map(function (a) { return a.toLowerCase(); })};
    return lower[i];
  }
  function rank(i, q) {
    var l = lowered(i), entity = ENTITY[N[i].type], base = entity ? 0 : N[i].type === claimType ? 20 : 10, a;
    if (l.label === q) return base;
    for (a = 0; a < l.aliases.length; a++) if (l.aliases[a] === q) return base + 1;
    if (l.label.indexOf(q) === 0) return base + 2;
    for (a = 0; a < l.aliases.length; a++) if (l.aliases[a].indexOf(q) === 0) return base + 3;
    var at = l.label.indexOf(q);
    if (at > 0 && /[^a-z0-9]/.test(l.label[at - 1])) return base + 4;
    if (at > 0) return base + 5;
    for (a = 0; a < l.aliases.length; a++) if (l.aliases[a].indexOf(q) >= 0) return base + 6;
    return -1;
  }
  function highlighted(text, q) {
    var span = el("span"), low = text.toLowerCase(), at = low.indexOf(q);
    if (at < 0 || !q) { span.textContent = text; return span; }
    span.appendChild(document.createTextNode(text.slice(0, at)));
    span.appendChild(el("mark", text.slice(at, at + q.length)));
    span.appendChild(document.createTextNode(text.slice(at + q.length)));
    return span;
  }
  // The static page ranks its own nodes; the served page shows what the server's index found
  // (/explore/search, ranked by the same rules over the whole graph).
  function runSearch() {
    query = search.value.trim();
    var q = query.toLowerCase();
    if (!q) { listHits([], 0, q, false); return; }
    if (SERVE) { remoteSearch(query); return; }
    var hits = [];
    for (var i = 0; i < N.length; i++) { var r = rank(i, q); if (r >= 0) hits.push([r, i]); }
    hits.sort(function (a, b) { return a[0] - b[0] || N[b[1]].w - N[a[1]].w || (N[a[1]].label < N[b[1]].label ? -1 : 1); });
    listHits(hits.map(function (h) { return h[1]; }), hits.length, q, false);
  }
  // the results list: the first 60 of ``list`` (node indices, best first) of ``total`` matches
  function listHits(list, total, q, atLeast) {
    results.replaceChildren();
    results.classList.remove("kg-collapsed");
    matches = q ? {} : null; matchList = list.slice();
    list.forEach(function (i) { matches[i] = true; });
    results.setAttribute("data-count", String(total));
    list.slice(0, 60).forEach(function (i) {
      var li = el("li"), text = N[i].label, l = lowered(i), alias = null;
      if (l.label.indexOf(q) < 0) alias = N[i].aliases.find(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
      li.appendChild(swatch(N[i].type));
      li.appendChild(highlighted(text.length > 90 ? text.slice(0, 89) + "\u2026" : text, q));
      if (alias) { li.appendChild(el("span", " also ", "muted")); li.appendChild(highlighted(alias, q)); }
      li.appendChild(el("span", " " + T[N[i].type].name, "muted kg-type"));
      li.setAttribute("data-node", N[i].id);
      li.addEventListener("click", function () { select(i); });
      results.appendChild(li);
    });
    var shown = Math.min(list.length, 60);
    if (total > shown) results.appendChild(el("li", "\u2026 " + (atLeast ? "at least " : "") + (total - shown).toLocaleString("en") + " more", "muted"));
    if (q && !total) results.appendChild(el("li", "Nothing matches.", "muted"));
    updateHash();
    redraw();
  }
  // body[data-busy] while a search waits or a fetch runs (for people: the cursor; for tests: a signal)
  var busyCount = 0;
  function busy(change) {
    busyCount += change;
    if (busyCount > 0) document.body.setAttribute("data-busy", "1"); else document.body.removeAttribute("data-busy");
  }
  var searchTimer = null;
  search.addEventListener("input", function () {
    if (searchTimer !== null) { clearTimeout(searchTimer); busy(-1); }
    busy(1);
    searchTimer = setTimeout(function () { searchTimer = null; runSearch(); busy(-1); }, N.length > 5000 || SERVE ? 150 : 0);
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && matchList.length) select(matchList[0]);
  });

  // ---- legend and filters -----------------------------------------------------------------
  document.querySelectorAll("input[data-node-type]").forEach(function (box) {
    var t = +box.getAttribute("data-node-type");
    box.checked = typeOn[t];
    box.addEventListener("change", function () {
      typeOn[t] = box.checked;
      if (focus >= 0) { hops = neighbourhood(focus); P = ringLayout(focus).positions; }
      updateHash(); redraw();
    });
  });
  document.querySelectorAll("input[data-edge-type]").forEach(function (box) {
    var t = +box.getAttribute("data-edge-type");
    box.addEventListener("change", function () {
      edgeOn[t] = box.checked;
      if (focus >= 0) { hops = neighbourhood(focus); P = ringLayout(focus).positions; }
      redraw();
    });
  });
  function countTypes() {
    T.forEach(function (t, i) {
      var c = document.querySelector('[data-count-for="' + i + '"]');
      if (!c) return;
      if (SERVE) { c.textContent = t.total ? "(" + t.total.toLocaleString("en") + ")" : ""; return; }
      c.textContent = t.shown === t.total ? "(" + t.total.toLocaleString("en") + ")" :
        "(" + t.shown.toLocaleString("en") + " of " + t.total.toLocaleString("en") + ")";
    });
  }
  var status = document.getElementById("kg-status");
  function updateStatus() {
    status.textContent = drawn.nodes.toLocaleString("en") + " nodes and " + drawn.edges.toLocaleString("en") +
      " links in view, " + labelled.length + " labelled";
    status.setAttribute("data-nodes", String(drawn.nodes));
    status.setAttribute("data-edges", String(drawn.edges));
    status.setAttribute("data-labels", String(labelled.length));
  }

  // ---- the URL hash: q (search), node (focus), show (folded types drawn) --------------------
  var hashReady = false;
  function updateHash() {
    if (!hashReady) return;
    var parts = [];
    if (query) parts.push("q=" + encodeURIComponent(query));
    if (focus >= 0) parts.push("node=" + encodeURIComponent(N[focus].id));
    var extra = T.map(function (t, i) { return typeOn[i] !== !t.folded ? (typeOn[i] ? "+" : "-") + t.name : null; })
      .filter(Boolean);
    if (extra.length) parts.push("types=" + encodeURIComponent(extra.join(",")));
    var hash = parts.length ? "#" + parts.join("&") : "";
    try { history.replaceState(null, "", hash || location.pathname + location.search); } catch (err) { /* file: in some browsers */ }
  }
  function readHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var at = part.indexOf("=");
      if (at > 0) { try { params[part.slice(0, at)] = decodeURIComponent(part.slice(at + 1)); } catch (err) { /* ignore */ } }
    });
    return params;
  }
  function applyHash(params) {
    (params.types || "").split(",").forEach(function (item) {
      var t = T.findIndex(function (x) { return x.name === item.slice(1); });
      if (t < 0) return;
      typeOn[t] = item[0] === "+";
      var box = document.querySelector('input[data-node-type="' + t + '"]');
      if (box) box.checked = typeOn[t];
    });
    if (params.q) { search.value = params.q; runSearch(); }
    if (params.node) {
      if (byId[params.node] !== undefined) select(byId[params.node]);
      else if (SERVE) fetchNode(params.node);
    }
  }
  window.addEventListener("hashchange", function () { applyHash(readHash()); });

  // ---- serve mode: neighbourhoods from the SPARQL endpoint ------------------------------------
  var KG = "https://w3id.org/paper-kg/ontology#", typeByIri = {};
  T.forEach(function (t, i) { typeByIri[KG + t.name] = i; });
  var edgeByIri = {}, edgeByName = {}, typeByName = {};
  E.forEach(function (e, i) { edgeByIri[KG + e.name] = i; edgeByName[e.name] = i; });
  T.forEach(function (t, i) { typeByName[t.name] = i; });
  var PREFIX = "PREFIX kg: <" + KG + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" +
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n" +
    "PREFIX schema: <https://schema.org/>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";
  var serveNote = document.getElementById("kg-summary");
  // The graph does not repeat a sentence's text: an abstract sentence's is its span [kg:start, kg:end) of
  // the abstract, the title's is the title (docs/rdf-model.md). sentenceText binds it to `text` for a
  // sentence `s` of `paper`, both bound before; one triple per OPTIONAL, so that Oxigraph looks each up.
  function sentenceText(s, paper, text) {
    var v = text + "_";
    return "  OPTIONAL { " + s + " kg:start " + v + "start } OPTIONAL { " + s + " kg:end " + v + "end }\n" +
      "  OPTIONAL { " + paper + " dcterms:abstract " + v + "abstract } OPTIONAL { " + paper + " dcterms:title " + v + "title }\n" +
      "  BIND (COALESCE(SUBSTR(" + v + "abstract, " + v + "start + 1, " + v + "end - " + v + "start), " + v + "title) AS " + text + ")\n";
  }
  // A claim's text is its evidence sentence's (an abstract sentence) in the paper that states it; `c`
  // may be no claim, so each look-up is nested in the one that binds its subject.
  function claimText(c, text) {
    var v = text + "_";
    return "  OPTIONAL { " + c + " kg:evidence " + v + "s OPTIONAL { " + v + "s kg:start " + v + "start } OPTIONAL { " + v + "s kg:end " + v + "end } }\n" +
      "  OPTIONAL { " + v + "paper kg:states " + c + " OPTIONAL { " + v + "paper dcterms:abstract " + v + "abstract } }\n" +
      "  BIND (SUBSTR(" + v + "abstract, " + v + "start + 1, " + v + "end - " + v + "start) AS " + text + ")\n";
  }
  // a node's name as ?label: an entity's skos:prefLabel, a paper's rdfs:label, a claim's text
  function label(node) {
    return "  OPTIONAL { " + node + " skos:prefLabel|rdfs:label ?name }\n" + claimText(node, "?claimText") +
      "  BIND (COALESCE(?name, ?claimText) AS ?label) FILTER (BOUND(?label))\n";
  }
  // At most two queries in flight (the page must not take every worker of the server); a 503 with
  // Retry-After (all workers busy) is retried after that many seconds, up to five times. Requests to
  // the explorer's index (/explore/..., no worker) skip the queue.
  var waiting = [], inFlight = 0;
  function sparql(text) {
    return request({query: text}).then(function (j) { return j.results.bindings; });
  }
  function explore(path) {
    return request({path: path});
  }
  function request(job) {
    busy(1);
    return new Promise(function (resolve, reject) {
      job.resolve = resolve; job.reject = reject; job.tries = 0;
      if (job.path) send(job); else { waiting.push(job); pump(); }
    }).then(function (j) { busy(-1); return j; }, function (err) { busy(-1); throw err; });
  }
  function pump() {
    while (inFlight < 2 && waiting.length) { inFlight++; send(waiting.shift()); }
  }
  function send(job) {
    var asked = job.path ? fetch(job.path, {credentials: "same-origin", headers: {"Accept": "application/json"}}) :
      fetch("/sparql", {method: "POST", credentials: "same-origin",
                        headers: {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
                        body: "query=" + encodeURIComponent(PREFIX + job.query)});
    asked.then(function (r) {
        if (r.status === 503 && r.headers.get("Retry-After") && job.tries < 5) {  // busy, not over the time limit
          job.tries++;
          var wait = Math.min(+r.headers.get("Retry-After") || 1, 10) * 1000;
          setTimeout(function () { if (job.path) send(job); else { waiting.unshift(job); pump(); } }, wait);
          return;
        }
        if (!r.ok) return r.text().then(function (m) { throw new Error(m || String(r.status)); });
        return r.json().then(function (j) { job.resolve(j); });
      })
      .catch(function (err) { job.reject(err); })
      .then(function () { if (!job.path) { inFlight--; pump(); } });
  }
  function iri(id) {
    if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(id)) throw new Error("not an IRI: " + id);
    return "<" + id + ">";
  }
  function val(b, name) { return b[name] ? b[name].value : null; }
  function ensure(id, label, type, w) {
    var i = byId[id];
    if (i === undefined) {
      i = addNode(label || id.replace(/^.*\//, ""), type, NaN, NaN, w || 1, [], -1, {id: id});
      order.push(i);
    } else {
      if (label && N[i].label === id.replace(/^.*\//, "")) { N[i].label = label; lower[i] = null; }
      if (w && w > N[i].w) N[i].w = w;
    }
    return i;
  }
  function link(u, v, t) {
    for (var a = 0; a < adj[u].length; a++) {
      var e = edges[adj[u][a]];
      if (e.u === u && e.v === v && e.t === t) return;
    }
    addEdge(u, v, t, 1);
  }
  // New neighbours go on rings around the node they were fetched for, in order of edge type.
  function placeAround(i, list) {
    var fresh = list.filter(function (j) { return isNaN(N[j].x); });
    var per = 14, r0 = 140;
    fresh.forEach(function (j, k) {
      var ringNo = Math.floor(k / per), inRing = Math.min(per + ringNo * 6, fresh.length - ringNo * per);
      var a = (k % per) / Math.max(inRing, 1) * 2 * Math.PI + ringNo * 0.4;
      N[j].x = N[i].x + (r0 + ringNo * 90) * Math.cos(a);
      N[j].y = N[i].y + (r0 + ringNo * 90) * Math.sin(a);
    });
  }
  var serveStatus = function (text) { serveNote.textContent = text; };
  function expand(i) {
    var id = N[i].id, me = iri(id);
    serveStatus("Loading the neighbourhood of " + N[i].label + "\u2026");
    // its neighbours in two queries: the entities (most cited first; only entity-to-entity relations come
    // in, so that the papers naming a much-cited entity do not crowd them out), then papers and claims
    var all = E.map(function (e) { return "kg:" + e.name; }).join(" ");
    var between = E.filter(function (e) { return e.relation; }).map(function (e) { return "kg:" + e.name; }).join(" ");
    var entities = T.filter(function (t, k) { return ENTITY[k]; }).map(function (t) { return "kg:" + t.name; }).join(", ");
    var rel = "SELECT ?p ?o ?dir ?type ?label ?papers WHERE {\n" +
      "  { VALUES ?p { " + all + " } " + me + " ?p ?o . BIND(\"out\" AS ?dir) }\n" +
      "  UNION { VALUES ?p { " + between + " } ?o ?p " + me + " . BIND(\"in\" AS ?dir) }\n" +
      "  ?o a ?type . FILTER(?type IN (" + entities + "))\n" +
      "  ?o skos:prefLabel ?label . OPTIONAL { ?o kg:paperCount ?papers }\n} ORDER BY DESC(?papers) ?label LIMIT 300";
    var docs = "SELECT ?p ?o ?dir ?type ?label WHERE {\n" +
      "  { " + me + " ?p ?o . BIND(\"out\" AS ?dir) } UNION { ?o ?p " + me + " . BIND(\"in\" AS ?dir) }\n" +
      "  VALUES ?p { " + all + " }\n  ?o a ?type . FILTER(?type IN (kg:Paper, kg:Claim))\n" +
      label("?o") + "} LIMIT 200";
    var about = "SELECT ?alias ?papers ?mentions ?url ?date ?text ?kind WHERE {\n" +
      "  { " + me + " skos:altLabel ?alias } UNION { " + me + " kg:paperCount ?papers } UNION { " + me + " kg:mentionCount ?mentions }\n" +
      "  UNION { " + me + " schema:url ?url } UNION { " + me + " dcterms:issued ?date }\n" +
      "  UNION { " + me + " kg:evidence ?s . ?paper kg:states " + me + " .\n" + sentenceText("?s", "?paper", "?text") + "  }\n" +
      "  UNION { " + me + " kg:claimKind ?kind }\n} LIMIT 200";
    // evidence, in three queries that each start from the node (one UNION of them is slow on a large store):
    // a relation's kg:Evidence record, a sentence of a paper that names the node, a claim about it
    var proof = [
      "SELECT ?p ?paper ?title ?text WHERE { { ?e rdf:subject " + me + " } UNION { ?e rdf:object " + me + " }\n" +
      "  ?e rdf:predicate ?p ; kg:inPaper ?paper ; kg:evidence ?s . ?paper dcterms:title ?title\n" +
      sentenceText("?s", "?paper", "?text") + "} LIMIT 100",
      "SELECT ?p ?paper ?title ?text WHERE { ?s kg:names " + me + " .\n" +
      "  ?paper kg:hasSentence ?s ; dcterms:title ?title ; ?p " + me + " .\n" +
      "  VALUES ?p { kg:proposes kg:mentions kg:uses kg:evaluatedOn kg:addresses kg:measuredBy }\n" +
      sentenceText("?s", "?paper", "?text") + "} LIMIT 100",
      "SELECT ?paper ?title ?text WHERE { ?c kg:about " + me + " ; kg:evidence ?s . ?paper kg:states ?c ; dcterms:title ?title\n" +
      sentenceText("?s", "?paper", "?text") + "} LIMIT 100"];
    var board = T[N[i].type].name !== "Dataset" ? null :
      "SELECT ?value ?unit ?metric ?name ?split ?better ?system ?systemName ?paper ?title WHERE {\n" +
      "  ?q a kg:Result ; kg:dataset " + me + " ; kg:quantityKind \"score\" ; kg:value ?value .\n" +
      "  OPTIONAL { ?q kg:unit ?unit } OPTIONAL { ?q kg:metric/skos:prefLabel ?metric } OPTIONAL { ?q kg:metricName ?name }\n" +
      "  OPTIONAL { ?q kg:split ?split } OPTIONAL { ?q kg:better ?better }\n" +
      "  OPTIONAL { ?q kg:system/skos:prefLabel ?system } OPTIONAL { ?q kg:systemName ?systemName }\n" +
      // its paper last: joined before the OPTIONALs, it makes Oxigraph read the paths in them for every result
      "  ?claim kg:hasQuantity ?q . ?paper kg:states ?claim ; dcterms:title ?title .\n} LIMIT 200";
    var aboutIt = KG + "about";
    return Promise.all([Promise.all([sparql(rel), sparql(docs)]), sparql(about), Promise.all(proof.map(sparql)),
                        board ? sparql(board) : Promise.resolve([])])
      .then(function (got) {
        got[0] = got[0][0].concat(got[0][1]);
        got[2] = got[2][0].concat(got[2][1], got[2][2].map(function (b) { b.p = {type: "uri", value: aboutIt}; return b; }));
        var info = N[i].info, list = [];
        info.loaded = true;
        got[0].forEach(function (b) {
          var t = typeByIri[val(b, "type")], et = edgeByIri[val(b, "p")];
          if (t === undefined || et === undefined) return;
          var j = ensure(val(b, "o"), val(b, "label"), t, +(val(b, "papers") || 1));
          if (val(b, "dir") === "out") link(i, j, et); else link(j, i, et);
          list.push(j);
        });
        var aliases = [];
        got[1].forEach(function (b) {
          if (b.alias) aliases.push(b.alias.value);
          if (b.papers) { info.nPapers = +b.papers.value; N[i].w = Math.max(N[i].w, info.nPapers); }
          if (b.mentions) info.mentions = +b.mentions.value;
          if (b.url) info.link = b.url.value;
          if (b.date) info.date = b.date.value;
          if (b.text) info.text = b.text.value;
          if (b.kind) info.kind = b.kind.value;
        });
        N[i].aliases = aliases.sort(); lower[i] = null;
        var ev = {}, evOrder = [];
        got[2].forEach(function (b) {
          var j = ensure(val(b, "paper"), val(b, "title"), typeByIri[KG + "Paper"], 1), text = val(b, "text");
          var key = j + "|" + text;
          if (!ev[key]) { ev[key] = [j, sentences.length, []]; sentences.push(text); evOrder.push(key); }
          var et = edgeByIri[val(b, "p")];
          if (et !== undefined && ev[key][2].indexOf(et) < 0) ev[key][2].push(et);
        });
        info.ev = evOrder.map(function (k) { return ev[k]; }).slice(0, 30);
        info.more = Math.max(evOrder.length - 30, 0);
        var papers = list.filter(function (j) { return T[N[j].type].name === "Paper"; });
        if (ENTITY[N[i].type]) info.papers = papers.slice(0, 40);
        if (got[3].length) {
          info.board = got[3].map(function (b) {
            var paper = ensure(val(b, "paper"), val(b, "title"), typeByIri[KG + "Paper"], 1);
            var metric = (val(b, "metric") || val(b, "name") || "value") + (val(b, "split") ? " (" + val(b, "split") + ")" : "");
            return [metric, +val(b, "value"), val(b, "unit") || "", val(b, "system") || val(b, "systemName"), paper, -1,
                    val(b, "better") === "lower"];
          }).sort(function (a, b) {
            return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : (a[6] ? a[1] - b[1] : b[1] - a[1]);
          });
        }
        list.sort(function (a, b) { return N[a].type - N[b].type || N[b].w - N[a].w; });
        placeAround(i, list.concat(info.ev.map(function (e) { return e[0]; })));
        serveStatus(N.length.toLocaleString("en") + " nodes fetched from the SPARQL endpoint; click a node to fetch its neighbourhood.");
        if (focus === i) { hops = neighbourhood(i); show(i); centre(); }
        redraw();
      })
      .catch(function (err) { serveStatus("The SPARQL endpoint did not answer: " + err.message); });
  }
  function fetchNode(id) {
    var q = "SELECT ?type ?label WHERE { " + iri(id) + " a ?type .\n" + label(iri(id)) + "} LIMIT 5";
    return sparql(q).then(function (rows) {
      var row = rows.find(function (b) { return typeByIri[val(b, "type")] !== undefined; });
      if (!row) { serveStatus("No node " + id + " in this graph."); return; }
      select(ensure(id, val(row, "label"), typeByIri[val(row, "type")], 1));
    });
  }
  function remoteSearch(text) {
    explore("/explore/search?q=" + encodeURIComponent(text)).then(function (r) {
      if (search.value.trim() !== text) return;  // a newer search is on its way
      var list = [];
      r.hits.forEach(function (h) {
        var t = typeByName[h.type];
        if (t === undefined) return;
        var i = ensure(h.id, h.label, t, h.papers);
        if (!N[i].info.loaded && h.aliases.length) { N[i].aliases = h.aliases; lower[i] = null; }
        list.push(i);
      });
      listHits(list, r.total, text.toLowerCase(), r.more);
    }).catch(function (err) { serveStatus("Search failed: " + err.message); });
  }
  // The first view: the entities of each type named by most papers and the relations among them,
  // from the server's index (/explore/top); each type gets a sector, the most cited nearest the centre.
  function startServe() {
    serveStatus("Loading the most connected entities\u2026");
    return explore("/explore/top").then(function (r) {
      T.forEach(function (t) { t.total = r.counts[t.name] || 0; });
      countTypes();
      var entityTypes = T.map(function (t, i) { return i; }).filter(function (i) { return ENTITY[i]; });
      entityTypes.forEach(function (t, k) {
        var a0 = k / entityTypes.length * 2 * Math.PI, span = 2 * Math.PI / entityTypes.length;
        r.nodes.filter(function (n) { return typeByName[n.type] === t; }).forEach(function (n, m) {
          var i = ensure(n.id, n.label, t, n.papers);
          var ringNo = Math.floor(Math.sqrt(m)), slot = m - ringNo * ringNo, slots = 2 * ringNo + 1;
          var a = a0 + span * (slot + 0.5) / slots, d = 120 + ringNo * 110;
          N[i].x = d * Math.cos(a); N[i].y = d * Math.sin(a);
        });
      });
      if (!N.length) { serveStatus("This graph has no entities."); return; }
      r.edges.forEach(function (e) {
        if (byId[e[0]] !== undefined && byId[e[2]] !== undefined && edgeByName[e[1]] !== undefined) link(byId[e[0]], byId[e[2]], edgeByName[e[1]]);
      });
      rebuildOrder();
      serveStatus("The " + N.length + " entities named by most papers, by type; search or click a node to fetch its neighbourhood.");
    }).catch(function (err) { serveStatus("The server did not answer: " + err.message); });
  }

  // ---- start --------------------------------------------------------------------------------
  function summary() {
    if (SERVE) return;
    var text = D.entityTotal > N.filter(function (n) { return ENTITY[n.type]; }).length ?
      "The " + D.entityCount.toLocaleString("en") + " most connected of " + D.entityTotal.toLocaleString("en") +
      " entities are drawn, with their papers and claims; " + (D.entityTotal - D.entityCount).toLocaleString("en") +
      " more are only counted (kg serve explores them all)." :
      "All " + D.entityCount.toLocaleString("en") + " entities are drawn.";
    document.getElementById("kg-summary").textContent = text + " Papers and claims are folded into their entities: " +
      "click an entity to see them, or tick Paper or Claim to draw them.";
  }
  resize();
  countTypes();
  summary();
  fitAll(0);
  draw();
  updateStatus();
  window.kgFirstFrame = performance.now();
  document.body.setAttribute("data-drawn", "1");
  window.addEventListener("resize", function () { resize(); redraw(); });
  var ready = SERVE ? startServe() : Promise.resolve();
  ready.then(function () {
    if (SERVE) { fitAll(0); draw(); }
    hashReady = true;
    applyHash(readHash());
    document.body.setAttribute("data-ready", "1");
  });
  window.kgExplorer = {
    data: D, nodes: N, edges: edges, select: select, clearFocus: clearFocus, view: view, labelBoxes: function () { return labelled.slice(); },
    screen: function (i) { var box = canvas.getBoundingClientRect(); return {x: box.left + sx(i), y: box.top + sy(i)}; },
    world: function (i) { return [wx(i), wy(i)]; }, focus: function () { return focus; }, hops: function () { return hops; }, byId: byId, draw: draw,
    moveTo: function (x, y, s) { view.s = s; view.x = W / 2 - x * s; view.y = H / 2 - y * s; draw(); updateStatus(); }
  };
})();
