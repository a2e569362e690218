// A self-contained HTML viewer: one file, inline CSS and JavaScript, the
// network embedded as JSON, nothing fetched (no scripts, fonts or images
// from elsewhere), so that it opens from a mail attachment or offline.
//
// Drawn on a <canvas>: links as one path per colour, nodes as one path per
// cluster, so that 5,000 nodes and 20,000 links redraw in a few
// milliseconds.  Pan by dragging, zoom with the wheel (around the pointer),
// hover for a node's details, a search box that highlights matching labels,
// a legend whose entries highlight a cluster.  Labels for the largest nodes
// are placed greedily where they do not overlap, on every redraw.
//
// After each draw the page records what it drew in
// <body data-drawn="nodes" data-links-drawn="links">, which the test reads
// with headless Chromium's --dump-dom.
//
// Data is columnar (one array per attribute) to keep the file small; only
// the kMaxLinks strongest links are embedded.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <ostream>

#include "graph_common.hpp"
#include "graph_picture.hpp"
#include "refnet/network_build.hpp"

namespace refnet {

namespace {

using namespace graph;
using ojson = nlohmann::ordered_json;

constexpr std::size_t kMaxLinks = 20000;

double round_to(double v, double step) { return std::isfinite(v) ? std::round(v / step) * step : 0; }

// JSON inside <script>: a '<' only occurs in strings, where \u003c means the
// same, and then no "</script>" or "<!--" can end the element early.
std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<') out += "\\u003c";
    else out += c;
  }
  return out;
}

ojson scale_json(const Network& n, const std::string& overlay) {
  OverlayScale s = overlay_scale(overlay_values(n, overlay));
  return {{"lo", s.lo}, {"hi", s.hi}, {"any", s.any}, {"caption", overlay_caption(overlay)}};
}

ojson ramp_json(Rgb (*ramp)(double)) {
  ojson stops = ojson::array();
  for (int k = 0; k <= 10; ++k) stops.push_back(hex(ramp(k / 10.0)));
  return stops;
}

ojson network_json(const Network& n, const PictureOptions& p) {
  const std::size_t count = n.nodes.size();
  NodeFigures f = node_figures(n);

  // Documents behind each node's links, counted once.
  std::vector<std::vector<std::int64_t>> docs(count);
  for (const auto& l : n.links) {
    if (l.source >= count || l.target >= count) continue;
    docs[l.source].insert(docs[l.source].end(), l.documents.begin(), l.documents.end());
    if (l.target != l.source) docs[l.target].insert(docs[l.target].end(), l.documents.begin(), l.documents.end());
  }

  ojson label = ojson::array(), cluster = ojson::array(), occ = ojson::array(), year = ojson::array(),
        x = ojson::array(), y = ojson::array(), degree = ojson::array(), ndocs = ojson::array(),
        kind = ojson::array(), cit = ojson::array(), r = ojson::array(), rel = ojson::array();
  CircleSizes sizes = circle_sizes(n, kPicturePlotArea);
  for (std::size_t i = 0; i < count; ++i) {
    const NetworkNode& v = n.nodes[i];
    label.push_back(v.label.empty() ? v.id : v.label);
    cluster.push_back(v.cluster);
    occ.push_back(round_to(v.occurrences, 0.001));
    r.push_back(round_to(sizes.radius[i], 0.01));
    rel.push_back(round_to(sizes.rel[i], 0.001));
    year.push_back(round_to(v.avg_year > 0 ? v.avg_year : v.year, 0.1));
    cit.push_back(round_to(v.avg_citations, 0.01));
    x.push_back(round_to(v.x, 1e-4));
    y.push_back(round_to(v.y, 1e-4));
    degree.push_back(f.links[i]);
    auto& d = docs[i];
    std::sort(d.begin(), d.end());
    ndocs.push_back(std::unique(d.begin(), d.end()) - d.begin());
    std::vector<std::int64_t>().swap(d);
    kind.push_back(v.kind);
  }

  std::size_t total_links = 0;
  std::vector<std::uint32_t> order = strongest_links(n, count, kMaxLinks, total_links);
  ojson links = ojson::array();
  for (auto i : order) {
    links.push_back(n.links[i].source);
    links.push_back(n.links[i].target);
    links.push_back(round_to(n.links[i].weight, 1e-4));
  }

  ojson clusters = ojson::array();
  for (const auto& c : cluster_summaries(n))
    clusters.push_back({{"id", c.id}, {"label", c.label}, {"size", c.size}, {"color", hex(cluster_color(c.id))}});

  return {{"title", map_title(n)},
          {"sizeCaption", size_caption(n)},
          {"description", description_without_note(n)},
          {"leftOut", check_tags_note(n.check_tags)},
          {"empty", n.nodes.empty() ? empty_map_message(n) : std::string()},
          {"directed", n.directed},
          {"view", p.view == "overlay" ? "overlay-" + p.overlay : p.view},
          {"scales", {{"year", scale_json(n, "year")}, {"citations", scale_json(n, "citations")}}},
          {"overlayColors", ramp_json(overlay_color)},
          {"densityColors", ramp_json(density_color)},
          {"totalLinks", total_links},
          {"sizesFor", kPicturePlotArea},
          {"largestRadius", round_to(sizes.largest, 0.01)},
          {"clusters", std::move(clusters)},
          {"unclusteredColor", hex(cluster_color(-1))},
          {"nodes",
           {{"label", std::move(label)},
            {"cluster", std::move(cluster)},
            {"occ", std::move(occ)},
            {"r", std::move(r)},
            {"rel", std::move(rel)},
            {"year", std::move(year)},
            {"x", std::move(x)},
            {"y", std::move(y)},
            {"degree", std::move(degree)},
            {"docs", std::move(ndocs)},
            {"kind", std::move(kind)},
            {"cit", std::move(cit)}}},
          {"links", std::move(links)}};
}

const char* const kHead = R"HTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>)HTML";

const char* const kStyle = R"HTML(</title>
<style>
html, body { margin: 0; height: 100%; overflow: hidden; background: #fff;
  font: 13px/1.35 Helvetica, Arial, sans-serif; color: #222; }
#map { position: absolute; inset: 0; width: 100%; height: 100%; cursor: grab; display: block; }
#map.dragging { cursor: grabbing; }
#bar { position: absolute; top: 10px; left: 12px; right: 12px; display: flex; align-items: baseline; gap: 14px;
  pointer-events: none; }
#bar h1 { font-size: 19px; margin: 0; white-space: nowrap; flex: none; }
#bar .sub { color: #666; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; pointer-events: auto; }
#panel { position: absolute; top: 44px; right: 12px; width: 250px; max-height: calc(100% - 60px); overflow: auto;
  background: rgba(255,255,255,0.92); border: 1px solid #ddd; border-radius: 6px; padding: 10px; box-sizing: border-box; }
#search { width: 100%; box-sizing: border-box; padding: 5px 7px; border: 1px solid #bbb; border-radius: 4px; font: inherit; }
#found { color: #666; margin: 3px 0 6px; min-height: 1.3em; }
#panel h2 { font-size: 14px; margin: 0 0 5px; }
#legend { list-style: none; margin: 0; padding: 0; }
#legend li { display: flex; align-items: center; gap: 7px; padding: 2px 3px; cursor: pointer; border-radius: 3px; }
#legend li:hover, #legend li.on { background: #eef2f7; }
#legend .dot { flex: none; width: 12px; height: 12px; border-radius: 50%; }
#legend .n { color: #888; margin-left: auto; }
#view { margin: 2px 0 8px; font: inherit; }
#scale { display: none; margin-bottom: 6px; }
#bar-colours { height: 14px; border: 1px solid #888; }
#ticks { display: flex; justify-content: space-between; color: #444; font-size: 12px; }
#panel .note { color: #888; margin-top: 8px; font-size: 12px; }
#panel button { font: inherit; margin-top: 8px; padding: 3px 10px; }
#tip { position: absolute; pointer-events: none; display: none; background: rgba(255,255,255,0.97);
  border: 1px solid #bbb; border-radius: 5px; padding: 7px 9px; box-shadow: 0 2px 8px rgba(0,0,0,0.15); max-width: 320px; }
#tip b { display: block; margin-bottom: 3px; }
#empty { position: absolute; left: 40px; right: 290px; top: 45%; text-align: center; color: #555; font-size: 16px;
  display: none; }
#tip table { border-collapse: collapse; }
#tip td { padding: 0 8px 0 0; vertical-align: top; }
#tip td:first-child { color: #777; }
</style>
</head>
<body>
<canvas id="map"></canvas>
<div id="bar"><h1 id="title"></h1><span class="sub" id="sub"></span></div>
<div id="panel">
<input id="search" type="search" placeholder="Search labels" autocomplete="off">
<div id="found"></div>
<label for="view">View</label> <select id="view">
<option value="cluster">Clusters</option><option value="overlay-year">Overlay: average year</option>
<option value="overlay-citations">Overlay: average citations</option><option value="density">Density</option>
</select>
<div id="scale"><h2 id="scale-caption"></h2><div id="bar-colours"></div><div id="ticks"></div></div>
<h2 id="legend-caption">Clusters</h2>
<ul id="legend"></ul>
<div class="note" id="note"></div>
<button id="reset" type="button">Reset view</button>
</div>
<div id="tip"></div>
<div id="empty"></div>
<script id="network" type="application/json">)HTML";

const char* const kScript = R"HTML(</script>
<script>
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('network').textContent);
  var V = D.nodes, N = V.label.length, L = D.links, M = L.length / 3;
  var canvas = document.getElementById('map'), ctx = canvas.getContext('2d');
  var tip = document.getElementById('tip');

  // Colours and legend.
  var colorOf = {}, clusterLabel = {};
  D.clusters.forEach(function (c) { colorOf[c.id] = c.color; clusterLabel[c.id] = c.label; });
  function color(c) { return colorOf[c] || D.unclusteredColor; }
  document.getElementById('title').textContent = D.title;
  if (D.empty) { var e = document.getElementById('empty'); e.textContent = D.empty; e.style.display = 'block'; }
  document.title = D.title;
  var linkWord = D.directed ? ' citations' : ' links';
  var sub = document.getElementById('sub');
  sub.textContent = sub.title = (D.description ? D.description + ' \u00b7 ' : '') + N + ' nodes, ' + D.totalLinks + linkWord;
  var legend = document.getElementById('legend'), focusCluster = null;
  D.clusters.forEach(function (c) {
    var li = document.createElement('li'), dot = document.createElement('span');
    dot.className = 'dot'; dot.style.background = c.color;
    var name = document.createElement('span'); name.textContent = c.label;
    var n = document.createElement('span'); n.className = 'n'; n.textContent = c.size;
    li.appendChild(dot); li.appendChild(name); li.appendChild(n);
    li.onclick = function () {
      focusCluster = focusCluster === c.id ? null : c.id;
      Array.prototype.forEach.call(legend.children, function (e) { e.classList.remove('on'); });
      if (focusCluster !== null) li.classList.add('on');
      computeHighlight(); redraw();
    };
    legend.appendChild(li);
  });
  document.getElementById('note').textContent = 'Circle area: ' + D.sizeCaption + '. ' +
    (D.directed ? 'Arrows: citations (citing \u2192 cited). ' : '') +
    (M < D.totalLinks ? (D.directed ? 'Citations' : 'Links') + ': the ' + M + ' strongest of ' + D.totalLinks + '. ' : '') +
    'Drag to pan, wheel to zoom (more labels appear), hover for details.' + (D.leftOut ? ' ' + D.leftOut + '.' : '');

  // Sizes: the SVG map's circles (V.r, for a plot of D.sizesFor px^2),
  // shrunk with the plot when the window is smaller (fit), so that they
  // cover at most as much of it; V.rel sets the labels' size.
  var rel = V.rel, base = new Float64Array(N), rMax = D.largestRadius, i;
  // Largest first: label candidates and hover priority; drawn in reverse.
  var bySize = [];
  for (i = 0; i < N; i++) bySize.push(i);
  bySize.sort(function (a, b) { return V.r[b] - V.r[a] || a - b; });

  // Views: cluster colours, overlay (a score on a colour scale), density.
  var view = D.view, viewSelect = document.getElementById('view');
  function overlayKind() { return view.indexOf('overlay-') === 0 ? view.slice(8) : null; }
  function hexRgb(h) { return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)]; }
  var overlayStops = D.overlayColors.map(hexRgb), densityStops = D.densityColors.map(hexRgb);
  function ramp(stops, t) {
    t = Math.max(0, Math.min(1, t)) * (stops.length - 1);
    var k = Math.min(stops.length - 2, Math.floor(t)), f = t - k, a = stops[k], b = stops[k + 1];
    return [0, 1, 2].map(function (c) { return Math.round(a[c] + (b[c] - a[c]) * f); });
  }
  function rgbHex(c) { return '#' + c.map(function (x) { return (x < 16 ? '0' : '') + x.toString(16); }).join(''); }
  function nodeColor(j) {
    var o = overlayKind();
    if (!o) return color(V.cluster[j]);
    var v = o === 'year' ? V.year[j] : V.cit[j], s = D.scales[o];
    if ((o === 'year' && !v) || !s.any) return '#bdbdbd';
    var t = s.hi > s.lo ? (v - s.lo) / (s.hi - s.lo) : 0.5;
    return rgbHex(ramp(overlayStops, Math.round(Math.max(0, Math.min(1, t)) * 40) / 40));
  }

  // Nodes grouped by colour (small first), links grouped by colour: one
  // path per group keeps drawing fast.  Regrouped when the view changes.
  var groups, groupKeys, linkGroups, linkKeys, maxW = 0;
  for (i = 0; i < M; i++) if (L[3 * i + 2] > maxW) maxW = L[3 * i + 2];
  function group() {
    groups = {}; groupKeys = []; linkGroups = {}; linkKeys = [];
    for (var k = N - 1; k >= 0; k--) {
      var v = bySize[k], c = nodeColor(v);
      if (!groups[c]) { groups[c] = []; groupKeys.push(c); }
      groups[c].push(v);
    }
    var byCluster = !overlayKind();
    for (var e = 0; e < M; e++) {
      var s = L[3 * e], t = L[3 * e + 1], w = maxW > 0 ? Math.sqrt(Math.max(0, L[3 * e + 2]) / maxW) : 0.5;
      var band = w > 0.66 ? 2 : w > 0.33 ? 1 : 0;
      var key = (byCluster && V.cluster[s] === V.cluster[t] ? color(V.cluster[s]) : '#9a9a9a') + band;
      if (!linkGroups[key]) { linkGroups[key] = []; linkKeys.push(key); }
      linkGroups[key].push(e);
    }
    linkKeys.sort(function (a, b) { return a.slice(-1) - b.slice(-1); });
  }
  // The legend: clusters, or the overlay's colour bar and scale, or the density's.
  function showLegend() {
    var o = overlayKind(), scale = document.getElementById('scale');
    document.getElementById('legend').style.display = view === 'cluster' ? '' : 'none';
    document.getElementById('legend-caption').style.display = view === 'cluster' && D.clusters.length ? '' : 'none';
    scale.style.display = view === 'cluster' ? 'none' : 'block';
    var stops = o ? D.overlayColors : D.densityColors;
    document.getElementById('bar-colours').style.background = 'linear-gradient(to right,' + stops.join(',') + ')';
    var ticks = document.getElementById('ticks');
    ticks.textContent = '';
    var labels = ['low', 'high'];
    if (o) {
      var s = D.scales[o], digits = o === 'year' ? (s.hi - s.lo >= 4 ? 0 : 1) : (s.hi >= 20 ? 0 : 1);
      labels = s.any ? [0, 1, 2, 3, 4].map(function (k) {
        return (k === 0 ? '\u2264' : k === 4 ? '\u2265' : '') + (s.lo + (s.hi - s.lo) * k / 4).toFixed(digits);
      }) : [o === 'citations' ? 'no citation counts in these records' : 'no node has a year'];
    }
    labels.forEach(function (t) { var sp = document.createElement('span'); sp.textContent = t; ticks.appendChild(sp); });
    document.getElementById('scale-caption').textContent = o ? D.scales[o].caption : 'Density of occurrences';
    viewSelect.value = view;
    document.body.dataset.view = view;
  }
  function setView(v) {
    if (['cluster', 'overlay-year', 'overlay-citations', 'density'].indexOf(v) < 0) return;
    view = v; group(); showLegend(); redraw();
  }
  viewSelect.addEventListener('change', function () { setView(viewSelect.value); });
  group(); showLegend();

  // View: screen = (x * s + tx, -y * s + ty); zoom k = s / fitScale.
  var W = 0, H = 0, dpr = 1, s0 = 1, sc = 1, tx = 0, ty = 0, fitArea = 1;
  function fit() {
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (var j = 0; j < N; j++) {
      minX = Math.min(minX, V.x[j]); maxX = Math.max(maxX, V.x[j]);
      minY = Math.min(minY, V.y[j]); maxY = Math.max(maxY, V.y[j]);
    }
    if (!N) { minX = maxX = minY = maxY = 0; }
    var left = 40, right = W > 700 ? 290 : 40, top = 50, bottom = 30;
    var shrink = Math.min(1, Math.sqrt(Math.max(50, W - left - right) * Math.max(50, H - top - bottom) / D.sizesFor));
    for (j = 0; j < N; j++) base[j] = Math.max(1.5, V.r[j] * shrink);
    var pad = rMax * shrink + 4;
    fitArea = Math.max(50, W - left - right - 2 * pad) * Math.max(50, H - top - bottom - 2 * pad);
    var aw = Math.max(50, W - left - right - 2 * pad), ah = Math.max(50, H - top - bottom - 2 * pad);
    var sx = maxX > minX ? aw / (maxX - minX) : Infinity, sy = maxY > minY ? ah / (maxY - minY) : Infinity;
    s0 = sc = Math.min(sx, sy); if (!isFinite(sc)) s0 = sc = 1;
    tx = left + pad + aw / 2 - (minX + maxX) / 2 * sc;
    ty = top + pad + ah / 2 + (minY + maxY) / 2 * sc;
  }
  function resize() {
    dpr = window.devicePixelRatio || 1;
    W = canvas.clientWidth; H = canvas.clientHeight;
    canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr);
  }
  function radius(j) { return base[j] * Math.pow(sc / s0, 0.35); }
  function sx(j) { return V.x[j] * sc + tx; }
  function sy(j) { return -V.y[j] * sc + ty; }

  // Highlight: search matches and/or a legend cluster.
  var hl = null, query = '', hover = -1;
  function computeHighlight() {
    if (!query && focusCluster === null) { hl = null; return 0; }
    hl = new Uint8Array(N);
    var q = query.toLowerCase(), hits = 0;
    for (var j = 0; j < N; j++) {
      var ok = (focusCluster === null || V.cluster[j] === focusCluster) &&
               (!q || V.label[j].toLowerCase().indexOf(q) >= 0);
      if (ok) { hl[j] = 1; hits++; }
    }
    return hits;
  }

  var pending = false;
  function redraw() { if (!pending) { pending = true; requestAnimationFrame(draw); } }
  function draw() {
    pending = false;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, W, H);
    var linksDrawn = 0, nodesDrawn = 0, j, g, list;
    ctx.lineCap = 'round';
    if (view === 'density') {
      drawDensity();
      drawLabels();
      document.body.dataset.drawn = 0;
      document.body.dataset.linksDrawn = 0;
      return;
    }
    for (g = 0; g < linkKeys.length; g++) {
      var key = linkKeys[g], band = +key.slice(-1);
      list = linkGroups[key];
      ctx.beginPath();
      for (j = 0; j < list.length; j++) {
        var e = list[j], a = L[3 * e], b = L[3 * e + 1];
        if (hl && !hl[a] && !hl[b]) continue;
        var ax = sx(a), ay = sy(a), bx = sx(b), by = sy(b);
        if ((ax < 0 && bx < 0) || (ax > W && bx > W) || (ay < 0 && by < 0) || (ay > H && by > H)) continue;
        ctx.moveTo(ax, ay); ctx.lineTo(bx, by); linksDrawn++;
      }
      ctx.strokeStyle = key.slice(0, -1);
      ctx.globalAlpha = (hl ? 0.5 : 1) * (0.14 + 0.14 * band) * (key.charAt(0) === '#' && key.indexOf('#9a9a9a') === 0 ? 0.6 : 1);
      ctx.lineWidth = 0.5 + 0.9 * band;
      ctx.stroke();
      if (D.directed) drawArrowheads(list);
    }
    ctx.lineWidth = 0.8; ctx.strokeStyle = '#ffffff';
    for (var pass = 0; pass < (hl ? 2 : 1); pass++) {
      for (g = 0; g < groupKeys.length; g++) {
        list = groups[groupKeys[g]];
        ctx.beginPath();
        var any = false;
        for (j = 0; j < list.length; j++) {
          var v = list[j];
          if (hl && (hl[v] ? 1 : 0) !== pass) continue;
          var x = sx(v), y = sy(v), r = radius(v);
          if (x + r < 0 || x - r > W || y + r < 0 || y - r > H) continue;
          ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI); nodesDrawn++; any = true;
        }
        if (!any) continue;
        ctx.globalAlpha = hl && pass === 0 ? 0.15 : 1;
        ctx.fillStyle = groupKeys[g];
        ctx.fill();
        ctx.globalAlpha = hl && pass === 0 ? 0.15 : 1;
        if (N <= 3000 || sc / s0 > 2) ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    drawLabels();
    if (hover >= 0) {
      ctx.beginPath(); ctx.arc(sx(hover), sy(hover), radius(hover) + 2, 0, 2 * Math.PI);
      ctx.lineWidth = 2; ctx.strokeStyle = '#222'; ctx.stroke();
    }
    document.body.dataset.drawn = nodesDrawn;
    document.body.dataset.linksDrawn = linksDrawn;
  }

  // Citation maps: an arrowhead at the cited node's rim, in the link's colour.
  function drawArrowheads(list) {
    ctx.beginPath();
    for (var j = 0; j < list.length; j++) {
      var e = list[j], a = L[3 * e], b = L[3 * e + 1];
      if (hl && !hl[a] && !hl[b]) continue;
      var ax = sx(a), ay = sy(a), bx = sx(b), by = sy(b), dx = bx - ax, dy = by - ay, d = Math.sqrt(dx * dx + dy * dy);
      if (d < radius(b) + 8 || bx < 0 || bx > W || by < 0 || by > H) continue;
      dx /= d; dy /= d;
      var tipX = bx - dx * (radius(b) + 1), tipY = by - dy * (radius(b) + 1), size = 6;
      ctx.moveTo(tipX, tipY);
      ctx.lineTo(tipX - dx * size - dy * size * 0.45, tipY - dy * size + dx * size * 0.45);
      ctx.lineTo(tipX - dx * size + dy * size * 0.45, tipY - dy * size - dx * size * 0.45);
      ctx.closePath();
    }
    ctx.fillStyle = ctx.strokeStyle;
    ctx.fill();
  }

  // Density: Σ occurrences x Gaussian kernel on a grid of the screen, the
  // kernel's width fixed on the map (it grows as one zooms in, cells with it).
  var densityCanvas = document.createElement('canvas'), dctx = densityCanvas.getContext('2d');
  function drawDensity() {
    var h = Math.max(10, Math.min(70, 0.8 * Math.sqrt(fitArea / Math.max(N, 1)))) * (sc / s0);
    var cell = Math.max(3, h / 5), cols = Math.ceil(W / cell), rows = Math.ceil(H / cell);
    var grid = new Float64Array(cols * rows), reach = 3 * h, inv = 1 / (2 * h * h), top = 0, j, r, c;
    for (j = 0; j < N; j++) {
      var x = sx(j), y = sy(j), w = Math.max(V.occ[j], 1);
      if (x < -reach || x > W + reach || y < -reach || y > H + reach) continue;
      var c0 = Math.max(0, Math.floor((x - reach) / cell)), c1 = Math.min(cols - 1, Math.floor((x + reach) / cell));
      var r0 = Math.max(0, Math.floor((y - reach) / cell)), r1 = Math.min(rows - 1, Math.floor((y + reach) / cell));
      for (r = r0; r <= r1; r++) {
        var dy = (r + 0.5) * cell - y;
        for (c = c0; c <= c1; c++) {
          var dx = (c + 0.5) * cell - x;
          grid[r * cols + c] += w * Math.exp(-(dx * dx + dy * dy) * inv);
        }
      }
    }
    for (j = 0; j < grid.length; j++) if (grid[j] > top) top = grid[j];
    densityCanvas.width = cols; densityCanvas.height = rows;
    var img = dctx.createImageData(cols, rows), px = img.data;
    for (j = 0; j < grid.length; j++) {
      var col = ramp(densityStops, top > 0 ? Math.sqrt(grid[j] / top) : 0);
      px[4 * j] = col[0]; px[4 * j + 1] = col[1]; px[4 * j + 2] = col[2]; px[4 * j + 3] = 255;
    }
    dctx.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(densityCanvas, 0, 0, cols * cell, rows * cell);
  }

  // Labels: biggest (or highlighted) first, skipped when they would overlap.
  function drawLabels() {
    var placed = [], tried = 0, limit = Math.min(N, 1500);
    ctx.textAlign = 'center'; ctx.textBaseline = 'middle'; ctx.lineJoin = 'round';
    var order = bySize;
    if (hl) order = bySize.filter(function (j) { return hl[j]; }).concat(bySize.filter(function (j) { return !hl[j]; }));
    for (var o = 0; o < order.length && tried < limit && placed.length < 4 * 300; o++) {
      var j = order[o], x = sx(j), y = sy(j), r = radius(j);
      if (x < 0 || x > W || y < 0 || y > H) continue;
      tried++;
      var fs = (10 + 7 * rel[j]) * Math.min(1.6, Math.pow(sc / s0, 0.15));
      if (!hl && r < 2.5 && sc / s0 < 3) continue;
      var text = V.label[j].length > 34 ? V.label[j].slice(0, 33) + '\u2026' : V.label[j];
      ctx.font = (hl && hl[j] ? 'bold ' : '') + fs.toFixed(1) + 'px Helvetica, Arial, sans-serif';
      var w = ctx.measureText(text).width, h = fs * 1.15;
      // Below the node, centred, pushed sideways to stay on screen.
      x = Math.max(w / 2 + 3, Math.min(W - w / 2 - 3, x));
      var ly = view === 'density' ? y : y + r + h * 0.5;
      var b0 = x - w / 2 - 2, b1 = ly - h / 2, b2 = x + w / 2 + 2, b3 = ly + h / 2, clash = false;
      for (var p = 0; p < placed.length; p += 4)
        if (b0 < placed[p + 2] && placed[p] < b2 && b1 < placed[p + 3] && placed[p + 1] < b3) { clash = true; break; }
      if (clash) continue;
      placed.push(b0, b1, b2, b3);
      ctx.globalAlpha = hl && !hl[j] ? 0.35 : 1;
      ctx.lineWidth = 3; ctx.strokeStyle = 'rgba(255,255,255,0.85)'; ctx.strokeText(text, x, ly);
      ctx.fillStyle = '#222'; ctx.fillText(text, x, ly);
    }
    ctx.globalAlpha = 1;
    document.body.dataset.labels = placed.length / 4;
  }

  // Hover: the topmost node under the pointer (largest first wins ties).
  function nodeAt(mx, my) {
    var best = -1, bestD = Infinity;
    for (var j = 0; j < N; j++) {
      var dx = sx(j) - mx, dy = sy(j) - my, r = radius(j) + 3, d = dx * dx + dy * dy;
      if (d <= r * r && d < bestD) { best = j; bestD = d; }
    }
    return best;
  }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
  function fmt(x) { return Math.round(x * 100) / 100; }
  function showTip(j, mx, my) {
    var c = V.cluster[j];
    var rows = [['Cluster', c >= 0 ? (c + 1) + (clusterLabel[c] ? ' \u00b7 ' + clusterLabel[c] : '') : 'none'],
                ['Occurrences', fmt(V.occ[j])], ['Year', V.year[j] ? fmt(V.year[j]) : '\u2013'],
                ['Degree', V.degree[j]], ['Documents', V.docs[j]]];
    if (V.kind[j]) rows.push(['Kind', V.kind[j]]);
    tip.innerHTML = '<b>' + esc(V.label[j]) + '</b><table>' + rows.map(function (r) {
      return '<tr><td>' + r[0] + '</td><td>' + esc(r[1]) + '</td></tr>'; }).join('') + '</table>';
    tip.style.display = 'block';
    var tw = tip.offsetWidth, th = tip.offsetHeight;
    tip.style.left = Math.min(mx + 14, W - tw - 4) + 'px';
    tip.style.top = Math.min(my + 14, H - th - 4) + 'px';
  }

  // Pan and zoom.
  var drag = null;
  canvas.addEventListener('mousedown', function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, tx: tx, ty: ty }; canvas.classList.add('dragging');
  });
  window.addEventListener('mouseup', function () { drag = null; canvas.classList.remove('dragging'); });
  window.addEventListener('mousemove', function (ev) {
    if (drag) {
      tx = drag.tx + ev.clientX - drag.x; ty = drag.ty + ev.clientY - drag.y;
      tip.style.display = 'none'; redraw(); return;
    }
    if (ev.target !== canvas) return;
    var j = nodeAt(ev.offsetX, ev.offsetY);
    if (j !== hover) { hover = j; redraw(); }
    if (j >= 0) showTip(j, ev.offsetX, ev.offsetY); else tip.style.display = 'none';
  });
  canvas.addEventListener('mouseleave', function () { tip.style.display = 'none'; if (hover >= 0) { hover = -1; redraw(); } });
  canvas.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var f = Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.0015));
    var k = Math.max(0.2, Math.min(200, sc * f / s0));
    f = k * s0 / sc;
    tx = ev.offsetX - (ev.offsetX - tx) * f; ty = ev.offsetY - (ev.offsetY - ty) * f; sc *= f;
    redraw();
  }, { passive: false });

  // Search: highlight matches; Enter centres the largest match.
  var search = document.getElementById('search'), found = document.getElementById('found');
  search.addEventListener('input', function () {
    query = search.value.trim();
    var hits = computeHighlight();
    found.textContent = query ? hits + (hits === 1 ? ' match' : ' matches') : '';
    document.body.dataset.matches = hits;
    redraw();
  });
  search.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter' || !hl) return;
    for (var o = 0; o < N; o++) {
      var j = bySize[o];
      if (hl[j]) { tx += W / 2 - 140 - sx(j); ty += H / 2 - sy(j); redraw(); break; }
    }
  });
  document.getElementById('reset').onclick = function () { fit(); redraw(); };
  // A resize keeps the view: the point at the centre stays at the centre.
  window.addEventListener('resize', function () {
    var cx = W / 2, cy = H / 2;
    resize();
    tx += W / 2 - cx; ty += H / 2 - cy;
    redraw();
  });

  // For scripts driving the page (and the tests): where node i is on screen.
  window.refnetViewer = { position: function (j) { return [sx(j), sy(j)]; }, radius: radius, count: N,
                          setView: setView, draw: draw };

  resize(); fit();
  // A search in the address (viewer.html#q=term) is run on opening: links
  // to a highlighted map, and the test's way in.
  var vm = /[#&]view=([^&]*)/.exec(location.hash);
  if (vm) setView(decodeURIComponent(vm[1]));
  var m = /[#&]q=([^&]*)/.exec(location.hash);
  if (m) {
    search.value = decodeURIComponent(m[1]);
    query = search.value.trim();
    var hits = computeHighlight();
    found.textContent = hits + (hits === 1 ? ' match' : ' matches');
    document.body.dataset.matches = hits;
  }
  draw();
})();
</script>
</body>
</html>
)HTML";

}  // namespace

void write_html(std::ostream& out, const Network& n) { write_html(out, n, PictureOptions{}); }

void write_html(std::ostream& out, const Network& n, const PictureOptions& p) {
  graph::ClassicLocale classic(out);
  out << kHead << xml_escape(map_title(n)) << kStyle << script_safe(network_json(n, p).dump()) << kScript;
}

}  // namespace refnet
