/* The Footfall web page: reads the JSON block "footfall-data" (schema: docs/web-page.md) and draws the
 * zones or the heat of each time slot on the plugin's fixed colour scale, the origin flows of the day,
 * a time slider with play/pause and profile filters. Nothing is loaded from elsewhere, except the
 * OpenStreetMap tiles when the reader switches the basemap on. Text from the data is only ever set as
 * text (never as HTML). */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var D = JSON.parse(document.getElementById("footfall-data").textContent);
  var T = D.texts;
  var nS = D.slots.start.length, nZ = D.zones.ids.length;

  // -- words and numbers --------------------------------------------------------------------------------
  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }
  function num(v, decimals) {  // the plugin's locale format: digits grouped, its decimal sign
    decimals = decimals || 0;
    var s = Math.abs(v).toFixed(decimals), parts = s.split("."), whole = parts[0], out = "";
    while (whole.length > 3) { out = D.locale.group + whole.slice(-3) + out; whole = whole.slice(0, -3); }
    out = whole + out;
    if (decimals) { out += D.locale.decimal + parts[1]; }
    return (v < 0 && Number(s) !== 0 ? "-" : "") + out;
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) { e.setAttribute(k, attrs[k]); } } }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // -- the cells: (zone, slot) codes per view, zone-major, delta-coded in the data -------------------
  var cells = {};
  Object.keys(D.cells.values).forEach(function (key) {
    var f = D.cells.values[key], a = new Int32Array(nZ * nS);
    for (var z = 0; z < nZ; z++) {
      var acc = 0, o = z * nS;
      for (var t = 0; t < nS; t++) { acc += f[o + t]; a[o + t] = acc; }
    }
    cells[key] = a;
  });
  var profileCodes = D.profiles.map(function (p) { return p.code; });
  // zones that may contain one another (Flux Vision): a slot's total is its largest zone, as in the dock
  var nested = D.cells.total === "max";

  var state = { slot: 0, profiles: [], view: D.view === "heat" ? "heat" : "zones", flows: !!D.flows,
                basemap: false, playing: false, fps: 4 };

  function cellKeys() {
    if (state.profiles.length) { return state.profiles.filter(function (p) { return p in cells; }); }
    if ("*" in cells) { return ["*"]; }
    return profileCodes.filter(function (p) { return p in cells; });
  }
  // One slot for the chosen profiles, added as the plugin adds rows: the sum of the known parts,
  // suppressed (NaN) when every part is suppressed, no data (-Infinity) when no part has a row.
  function slotValues(t) {
    var keys = cellKeys(), vals = new Float64Array(nZ), total = 0, supp = 0, knownCells = 0;
    for (var z = 0; z < nZ; z++) {
      var known = false, sup = false, s = 0;
      for (var i = 0; i < keys.length; i++) {
        var c = cells[keys[i]][z * nS + t];
        if (c >= 0) { known = true; s += c; } else if (c === -1) { sup = true; }
      }
      vals[z] = known ? s : (sup ? NaN : -Infinity);
      if (known) { total = nested ? Math.max(total, s) : total + s; knownCells++; }
    }
    keys.forEach(function (k) { supp += (D.cells.suppressed_parts[k] || [])[t] || 0; });
    return { values: vals, total: total, suppressed: supp, known: knownCells };
  }

  // -- the panel -------------------------------------------------------------------------------------------
  var panel = document.getElementById("ff-panel");
  var timeEl = el("p", { "class": "ff-time", id: "ff-time", "aria-live": "polite" });
  var totalEl = el("p", { "class": "ff-total", id: "ff-total", "aria-live": "polite" });
  var slider = el("input", { "class": "ff-slider", id: "ff-slider", type: "range", min: "0", max: String(Math.max(0, nS - 1)),
                             step: "1", value: "0", "aria-label": T.slider });
  var play = el("button", { type: "button", id: "ff-play", "aria-pressed": "false", title: T.play_hint }, T.play);
  var speed = el("select", { id: "ff-speed", "aria-label": T.speed, title: T.speed });
  [1, 2, 4, 8, 16].forEach(function (n) {
    var o = el("option", { value: String(n) }, fill(T.per_second, { n: n }));
    if (n === state.fps) { o.selected = true; }
    speed.appendChild(o);
  });
  var peakBtn = el("button", { type: "button", id: "ff-peak", title: T.peak_hint }, T.peak);
  var row = el("div", { "class": "ff-row" });
  [play, speed, peakBtn].forEach(function (x) { row.appendChild(x); });
  var measureEl = el("p", { "class": "ff-hint", id: "ff-measure" }, D.measure.label);
  var legend = el("div", { "class": "ff-legend", id: "ff-legend" });
  [timeEl, totalEl, measureEl, slider, row, legend].forEach(function (x) { panel.appendChild(x); });

  var viewSet = el("fieldset");
  viewSet.appendChild(el("legend", null, T.map_view));
  [["zones", T.view_zones], ["heat", T.view_heat]].forEach(function (v) {
    var lab = el("label"), inp = el("input", { type: "radio", name: "ff-view", value: v[0], id: "ff-view-" + v[0] });
    inp.checked = state.view === v[0];
    inp.addEventListener("change", function () { if (inp.checked) { state.view = v[0]; redraw(); } });
    lab.appendChild(inp); lab.appendChild(document.createTextNode(" " + v[1])); viewSet.appendChild(lab);
  });
  if (D.flows) {
    var fl = el("label"), fin = el("input", { type: "checkbox", id: "ff-flows" });
    fin.checked = state.flows;
    fin.addEventListener("change", function () { state.flows = fin.checked; drawFlows(true); drawLegend(); });
    fl.appendChild(fin); fl.appendChild(document.createTextNode(" " + T.flows_toggle)); viewSet.appendChild(fl);
  }
  var basemapNote = el("p", { "class": "ff-note", id: "ff-basemap-note", "aria-live": "polite" });
  if (D.basemap && D.basemap.mode > 0) {
    var bl = el("label"), bin = el("input", { type: "checkbox", id: "ff-basemap" });
    bin.addEventListener("change", function () { setBasemap(bin.checked); });
    bl.appendChild(bin); bl.appendChild(document.createTextNode(" " + T.basemap_toggle)); viewSet.appendChild(bl);
    viewSet.appendChild(basemapNote);
  }
  panel.appendChild(viewSet);

  var profileBoxes = [];
  if (D.profiles.length > 1) {
    var ps = el("fieldset", { id: "ff-profiles" });
    ps.appendChild(el("legend", null, T.profiles));
    D.profiles.forEach(function (p) {
      var lab = el("label"), inp = el("input", { type: "checkbox", value: p.code, id: "ff-profile-" + p.code });
      inp.addEventListener("change", function () {
        state.profiles = profileBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
        redraw(); drawFlows(true); drawLegend();
      });
      profileBoxes.push(inp);
      lab.appendChild(inp); lab.appendChild(document.createTextNode(" " + p.label)); ps.appendChild(lab);
    });
    ps.appendChild(el("p", { "class": "ff-hint" }, T.profiles_hint));
    panel.appendChild(ps);
  }
  if (D.slots.thinned) {
    panel.appendChild(el("p", { "class": "ff-hint" }, fill(T.thinned, { step: D.slots.thinned.step, kept: D.slots.thinned.kept, total: D.slots.thinned.of })));
  }
  panel.appendChild(el("p", { "class": "ff-hint" }, T.keyboard));

  // -- the map -----------------------------------------------------------------------------------------------
  var mapEl = document.getElementById("ff-map");
  mapEl.setAttribute("aria-label", T.map_label);
  var map = L.map(mapEl, { zoomControl: false, attributionControl: true, zoomSnap: 0.25, preferCanvas: false });
  L.control.zoom({ zoomInTitle: T.zoom_in, zoomOutTitle: T.zoom_out }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');
  var b = D.zones.bounds;
  var home = L.latLngBounds([[b[1], b[0]], [b[3], b[2]]]);
  map.fitBounds(home, { padding: [8, 8] });
  map.createPane("ff-context").style.zIndex = 250;
  map.createPane("ff-places").style.zIndex = 430;  // place names above the zones and the heat, under the flows
  map.getPane("ff-places").style.pointerEvents = "none";
  map.createPane("ff-heat").style.zIndex = 390;
  map.createPane("ff-flows").style.zIndex = 450;
  var svg = L.svg({ padding: 0.5 });
  var contextRenderer = L.canvas({ padding: 0.5, pane: "ff-context" });

  // the bundled context layers (offline), under the data: land and borders, province and département
  // borders from a regional view on, place names on the city map and country names on a map of Europe
  var contextGroups = [], credits = [], placeTips = [];
  (D.context || []).forEach(function (layer) {
    var unit = layer.unit || D.zones.unit, style = layer.style || {}, group = L.layerGroup();
    (layer.features || []).forEach(function (f) {
      if (layer.kind === "label") {
        var tip = L.tooltip({ permanent: true, direction: "center", className: "ff-context-label", pane: "ff-places", interactive: false })
          .setLatLng([f.point[1], f.point[0]]).setContent(el("span", null, f.name));
        tip._ffName = f.name;
        tip.addTo(group);
        placeTips.push(tip);
        return;
      }
      var polys = f.geometry.map(function (rings) { return rings.map(function (r) { return decodeRing(r, unit); }); });
      L.polygon(polys, { pane: "ff-context", renderer: contextRenderer, interactive: false, color: style.color || "#777",
                         weight: style.width || 1, opacity: 1, fill: layer.kind === "polygon",
                         fillColor: style.fill || "#ddd", fillOpacity: style.fill_opacity || 0 }).addTo(group);
    });
    if (style.sea) { mapEl.style.background = style.sea; }
    if (layer.attribution && credits.indexOf(layer.attribution) < 0) { credits.push(layer.attribution); }
    contextGroups.push({ layer: layer, group: group });
  });
  credits.forEach(function (c) { map.attributionControl.addAttribution(el("span", null, c).outerHTML); });
  function mapWidthKm() {
    var bb = map.getBounds();
    return map.distance(L.latLng(bb.getCenter().lat, bb.getWest()), L.latLng(bb.getCenter().lat, bb.getEast())) / 1000;
  }
  function showContext() {
    var w = mapWidthKm();
    contextGroups.forEach(function (c) {
      var lo = c.layer.min_width_km || 0, hi = c.layer.max_width_km || Infinity;
      var on = w >= lo && w < hi && !(state.basemap && c.layer.kind !== "label");
      if (on && !map.hasLayer(c.group)) { c.group.addTo(map); }
      if (!on && map.hasLayer(c.group)) { map.removeLayer(c.group); }
    });
  }
  map.on("zoomend", showContext);

  function decodeRing(flat, unit) {
    var out = [], x = 0, y = 0;
    for (var i = 0; i + 1 < flat.length; i += 2) { x += flat[i]; y += flat[i + 1]; out.push([y * unit, x * unit]); }
    return out;
  }

  // the zones, on the plugin's fixed scale; suppressed cells hatched
  var classes = D.classes.zones;
  function classColor(v) {
    for (var i = 0; i < classes.length; i++) {
      if (v < classes[i].hi || i === classes.length - 1) { return classes[i].color; }
    }
    return classes.length ? classes[classes.length - 1].color : "#fd8d3c";
  }
  var zoneLayers = new Array(nZ), zoneGroup = L.layerGroup();
  var current = null;
  for (var z = 0; z < nZ; z++) {
    var geom = D.zones.geometry[z];
    if (!geom) { continue; }
    var polys = geom.map(function (rings) { return rings.map(function (r) { return decodeRing(r, D.zones.unit); }); });
    var layer = L.polygon(polys, { renderer: svg, weight: 0.5, color: "#ffffff", opacity: 0.35, fillOpacity: 0.85 });
    layer._ffZone = z;
    layer.bindTooltip(zoneTooltip, { sticky: true });
    zoneLayers[z] = layer;
    zoneGroup.addLayer(layer);
  }
  function zoneName(z) { return D.zones.names[z] || D.zones.ids[z]; }
  function zoneTooltip(layer) {
    var z = layer._ffZone, v = current ? current.values[z] : -Infinity, text;
    if (v >= 0) { text = fill(T.zone_value, { zone: zoneName(z), value: num(v) }); }
    else if (isNaN(v)) { text = fill(T.zone_suppressed, { zone: zoneName(z), k: D.threshold }); }
    else { text = fill(T.zone_no_data, { zone: zoneName(z) }); }
    return el("span", null, text);
  }
  function ensureHatch() {
    var root = svg._container;
    if (!root || root.querySelector("#ff-hatch")) { return; }
    var ns = "http://www.w3.org/2000/svg";
    var defs = document.createElementNS(ns, "defs"), pat = document.createElementNS(ns, "pattern");
    pat.setAttribute("id", "ff-hatch"); pat.setAttribute("patternUnits", "userSpaceOnUse");
    pat.setAttribute("width", "6"); pat.setAttribute("height", "6"); pat.setAttribute("patternTransform", "rotate(45)");
    var bg = document.createElementNS(ns, "rect");
    bg.setAttribute("width", "6"); bg.setAttribute("height", "6"); bg.setAttribute("fill", "rgba(190,190,190,0.47)");
    var line = document.createElementNS(ns, "rect");
    line.setAttribute("width", "1.5"); line.setAttribute("height", "6"); line.setAttribute("fill", "rgb(150,150,150)");
    pat.appendChild(bg); pat.appendChild(line); defs.appendChild(pat); root.insertBefore(defs, root.firstChild);
  }
  function styleZones() {
    for (var z = 0; z < nZ; z++) {
      var layer = zoneLayers[z];
      if (!layer) { continue; }
      var v = current.values[z];
      if (v >= 0) {
        layer.setStyle(v > 0 ? { fillColor: classColor(v), fillOpacity: 0.85, opacity: 0.35 } : { fillOpacity: 0, opacity: 0.35 });
      } else if (isNaN(v)) {
        layer.setStyle({ fillColor: "url(#ff-hatch)", fillOpacity: 1, opacity: 0.6, color: "#969696" });
        continue;
      } else {
        layer.setStyle({ fillOpacity: 0, opacity: 0.15 });
      }
      layer.setStyle({ color: "#ffffff" });
    }
  }

  // the heat: a kernel density of the published zone counts (people per km², mass-conserving) on a grid
  // aligned with the web map, drawn with the plugin's colour ramp up to the plugin's fixed top
  var heat = null;
  function heatSetup() {
    if (heat) { return heat; }
    var H = D.heat, R = 6378137, lat0 = (b[1] + b[3]) / 2, c0 = Math.cos(lat0 * Math.PI / 180);
    var xs = [], ys = [], zs = [];
    H.points.forEach(function (p, z) {
      if (!p) { return; }
      xs.push(R * p[0] * Math.PI / 180 * c0);
      ys.push(R * Math.log(Math.tan(Math.PI / 4 + p[1] * Math.PI / 360)) * c0);
      zs.push(z);
    });
    var r = H.radius, px = H.pixel;
    var xmin = Math.min.apply(null, xs) - r, ymax = Math.max.apply(null, ys) + r;
    var cols = Math.ceil((Math.max.apply(null, xs) + r - xmin) / px) + 1;
    var rows = Math.ceil((ymax - (Math.min.apply(null, ys) - r)) / px) + 1;
    var idx = [], wts = [], offs = [0];
    for (var i = 0; i < xs.length; i++) {
      var c0i = Math.max(0, Math.floor((xs[i] - r - xmin) / px)), c1i = Math.min(cols - 1, Math.floor((xs[i] + r - xmin) / px));
      var r0i = Math.max(0, Math.floor((ymax - ys[i] - r) / px)), r1i = Math.min(rows - 1, Math.floor((ymax - ys[i] + r) / px));
      var sum = 0, start = idx.length;
      for (var rr = r0i; rr <= r1i; rr++) {
        var cy = ymax - (rr + 0.5) * px;
        for (var cc = c0i; cc <= c1i; cc++) {
          var cx = xmin + (cc + 0.5) * px, d = Math.sqrt((cx - xs[i]) * (cx - xs[i]) + (cy - ys[i]) * (cy - ys[i]));
          if (d > r) { continue; }
          var u = d / r, w = (1 - u * u) * (1 - u * u);
          if (w <= 0) { continue; }
          idx.push(rr * cols + cc); wts.push(w); sum += w;
        }
      }
      if (sum > 0) { for (var j = start; j < idx.length; j++) { wts[j] = wts[j] / sum / (px * px) * 1e6; } }
      offs.push(idx.length);
    }
    function toLatLng(x, y) {
      return [(2 * Math.atan(Math.exp(y / c0 / R)) - Math.PI / 2) * 180 / Math.PI, x / c0 / R * 180 / Math.PI];
    }
    var lut = Uint8Array.from(atob(H.lut), function (ch) { return ch.charCodeAt(0); });
    var canvas = el("canvas", { "class": "ff-heat", width: String(cols), height: String(rows) });
    var bounds = L.latLngBounds([toLatLng(xmin, ymax - rows * px), toLatLng(xmin + cols * px, ymax)]);
    heat = { zs: zs, idx: Int32Array.from(idx), w: Float32Array.from(wts), offs: offs, rows: rows, cols: cols, px: px,
             lut: lut, canvas: canvas, ctx: canvas.getContext("2d"), bounds: bounds,
             layer: L.svgOverlay(canvas, bounds, { pane: "ff-heat", interactive: false, opacity: 1 }) };
    return heat;
  }
  function heatFrame(values) {
    var h = heatSetup(), f = new Float32Array(h.rows * h.cols);
    for (var i = 0; i < h.zs.length; i++) {
      var v = values[h.zs[i]];
      if (!(v > 0)) { continue; }  // suppressed cells contribute nothing, as in the plugin
      for (var j = h.offs[i]; j < h.offs[i + 1]; j++) { f[h.idx[j]] += v * h.w[j]; }
    }
    return f;
  }
  function drawHeat() {
    var h = heatSetup(), f = heatFrame(current.values), vmax = D.heat.vmax;
    var img = h.ctx.createImageData(h.cols, h.rows), px = img.data;
    for (var i = 0; i < f.length; i++) {
      var v = f[i];
      if (v <= vmax * 1e-4) { continue; }
      var k = Math.min(255, Math.max(1, Math.floor(v * (254 / vmax) + 1))) * 4;
      px[4 * i] = h.lut[k]; px[4 * i + 1] = h.lut[k + 1]; px[4 * i + 2] = h.lut[k + 2]; px[4 * i + 3] = h.lut[k + 3];
    }
    h.ctx.putImageData(img, 0, 0);
    return f;
  }

  // -- origin flows of the day ---------------------------------------------------------------------------------
  var flowGroup = L.layerGroup(), labelBox = el("div", { "class": "ff-labels", "aria-hidden": "true" });
  mapEl.appendChild(labelBox);
  var flowState = { key: null, drawn: [] };
  function flowSlot() {
    if (!D.flows) { return -1; }
    var t = D.slots.start[state.slot];
    for (var k = 0; k < D.flows.slots.length; k++) {
      if (D.flows.slots[k][0] <= t && t < D.flows.slots[k][1]) { return k; }
    }
    return -1;
  }
  function scaleDenominator() {
    var c = map.getCenter(), mpp = 40075016.686 * Math.cos(c.lat * Math.PI / 180) / Math.pow(2, map.getZoom() + 8);
    return mpp / 0.00028;
  }
  function flowLevel() {
    var d = scaleDenominator(), levels = D.flows.levels;
    for (var i = 0; i < levels.length; i++) {
      var lv = levels[i];
      if (d >= lv.min_scale && (lv.max_scale === 0 || d < lv.max_scale)) { return lv; }
    }
    return levels[levels.length - 1];
  }
  function flowKeys() {
    var fkeys = D.flows.profiles;
    if (state.profiles.length) { return state.profiles.filter(function (p) { return fkeys.indexOf(p) >= 0; }); }
    return D.flows.all_is_sum ? fkeys.slice() : ["*"];
  }
  function flowValues(lv, k) {
    var keys = flowKeys(), out = [];
    for (var i = 0; i < lv.names.length; i++) {
      var v = 0, al = false;
      keys.forEach(function (key) {
        var vals = lv.values[key];
        if (vals) { v += vals[i][k]; al = al || !!lv.at_least[key][i]; }
      });
      if (v > 0) { out.push({ i: i, v: v, atLeast: al }); }
    }
    out.sort(function (a, c) { return c.v - a.v; });
    return out.slice(0, Math.min(D.flows.top_n || out.length, narrow() ? NARROW_TOP : Infinity));
  }
  // a phone's map shows the largest lines only, thinner (the classes and their colours stay the plugin's)
  var NARROW_TOP = 12;
  function narrow() { return map.getSize().x < 560; }
  function flowClass(lv, v) {
    var cl = lv.classes;
    for (var i = 0; i < cl.length; i++) { if (v < cl[i].hi || i === cl.length - 1) { return cl[i]; } }
    return { color: "#08519c", width: 2, opacity: 0.85, thin: false };
  }
  function curve(a, c) {  // the plugin's quadratic Bézier, bowed to the right of its direction by 18 %
    var p0 = L.CRS.EPSG3857.project(L.latLng(a[1], a[0])), p1 = L.CRS.EPSG3857.project(L.latLng(c[1], c[0]));
    var dx = p1.x - p0.x, dy = p1.y - p0.y, cx = (p0.x + p1.x) / 2 + 0.18 * dy, cy = (p0.y + p1.y) / 2 - 0.18 * dx, pts = [];
    for (var i = 0; i < 24; i++) {
      var t = i / 23, a2 = (1 - t) * (1 - t), b2 = 2 * (1 - t) * t, c2 = t * t;
      pts.push(L.CRS.EPSG3857.unproject(L.point(a2 * p0.x + b2 * cx + c2 * p1.x, a2 * p0.y + b2 * cy + c2 * p1.y)));
    }
    return pts;
  }
  function drawFlows(force) {
    if (!D.flows) { return; }
    var k = flowSlot(), lv = flowLevel();
    var key = [state.flows, k, lv.level, state.profiles.join(","), narrow()].join("|");
    if (!force && key === flowState.key) { placeLabels(); return; }
    flowState.key = key;
    flowGroup.clearLayers();
    flowState.drawn = [];
    if (!state.flows || k < 0 || !D.flows.venue) { placeLabels(); return; }
    var shown = flowValues(lv, k).reverse();  // small ones first, large ones on top
    shown.forEach(function (f) {
      var p = lv.points[f.i];
      if (!p) { return; }
      var cl = flowClass(lv, f.v), pts = curve(p, D.flows.venue);
      L.polyline(pts, { pane: "ff-flows", color: cl.color, weight: narrow() && !cl.thin ? Math.max(1, 0.6 * cl.width) : cl.width,
                        opacity: cl.opacity, lineCap: "round",
                        interactive: false }).addTo(flowGroup);
      flowState.drawn.push({ f: f, pts: pts, cl: cl, name: lv.names[f.i] });
    });
    placeLabels();
  }
  function overlaps(a, list) {
    for (var i = 0; i < list.length; i++) {
      var o = list[i];
      if (a.x < o.x + o.w && o.x < a.x + a.w && a.y < o.y + o.h && o.y < a.y + a.h) { return true; }
    }
    return false;
  }
  function entry(a, c, box) {  // Liang–Barsky: the first point of segment a→c inside the box, or null
    var dx = c.x - a.x, dy = c.y - a.y, t0 = 0, t1 = 1;
    var ps = [-dx, dx, -dy, dy], qs = [a.x - box.x0, box.x1 - a.x, a.y - box.y0, box.y1 - a.y];
    for (var i = 0; i < 4; i++) {
      if (ps[i] === 0) { if (qs[i] < 0) { return null; } continue; }
      var r = qs[i] / ps[i];
      if (ps[i] < 0) { if (r > t1) { return null; } if (r > t0) { t0 = r; } }
      else { if (r < t0) { return null; } if (r < t1) { t1 = r; } }
    }
    return L.point(a.x + t0 * dx, a.y + t0 * dy);
  }
  function placeLabels() {
    labelBox.textContent = "";
    var named = {};
    if (state.flows) { flowState.drawn.forEach(function (d) { named[d.name] = true; }); }
    placeTips.forEach(function (tip) {
      var e = tip.getElement && tip.getElement();
      if (e) { e.style.visibility = named[tip._ffName] ? "hidden" : ""; }
    });
    if (!state.flows || !flowState.drawn.length) { return; }
    var size = map.getSize(), inset = 0.03 * size.x, placed = [];
    var box = { x0: inset, y0: inset, x1: size.x - inset, y1: size.y - inset };
    function inside(p) { return p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1; }
    var order = flowState.drawn.slice().sort(function (a, c) { return c.f.v - a.f.v; });
    order.forEach(function (d) {
      var pts = d.pts.map(function (ll) { return map.latLngToContainerPoint(ll); });
      var anchor = null, edge = false, angle = 0;
      if (inside(pts[0])) { anchor = pts[0]; }
      else {
        // where the line enters the map (inset by 3 %): the plugin's label and arrow at the map edge
        for (var i = 1; i < pts.length; i++) {
          var hit = entry(pts[i - 1], pts[i], box);
          if (hit) {
            anchor = hit; edge = true;
            angle = Math.atan2(pts[i].y - pts[i - 1].y, pts[i].x - pts[i - 1].x) * 180 / Math.PI + 90;
            break;
          }
        }
      }
      if (!anchor) { return; }
      if (edge && !d.cl.thin) {
        var arrow = el("div", { "class": "ff-arrow" });
        arrow.style.borderBottomColor = d.cl.color;
        arrow.style.left = (anchor.x - 6) + "px"; arrow.style.top = (anchor.y - 6) + "px";
        arrow.style.transform = "rotate(" + angle + "deg)";
        labelBox.appendChild(arrow);
      }
      var text = d.name + "\n" + (d.f.atLeast ? fill(T.at_least_value, { value: num(d.f.v) }) : num(d.f.v));
      var lab = el("div", { "class": "ff-label" }, text);
      labelBox.appendChild(lab);
      var w = lab.offsetWidth, h = lab.offsetHeight, cx = size.x / 2, cy = size.y / 2, cands;
      if (anchor.x > cx + 0.4 * size.x) { cands = ["L", "TL", "BL"]; }
      else if (anchor.x < cx - 0.4 * size.x) { cands = ["R", "TR", "BR"]; }
      else if (anchor.y < cy - 0.4 * size.y) { cands = ["B", "BR", "BL"]; }
      else if (anchor.y > cy + 0.4 * size.y) { cands = ["T", "TR", "TL"]; }
      else { cands = ["TR", "TL", "BR", "BL", "R", "L", "T", "B"]; }
      var pos = { TR: [6, -h - 4], TL: [-w - 6, -h - 4], BR: [6, 4], BL: [-w - 6, 4], R: [8, -h / 2], L: [-w - 8, -h / 2],
                  T: [-w / 2, -h - 6], B: [-w / 2, 6] };
      for (var c = 0; c < cands.length; c++) {
        var o = pos[cands[c]], r = { x: anchor.x + o[0], y: anchor.y + o[1], w: w, h: h };
        if (r.x < 0 || r.y < 0 || r.x + w > size.x || r.y + h > size.y || overlaps(r, placed)) { continue; }
        lab.style.left = r.x + "px"; lab.style.top = r.y + "px";
        placed.push(r);
        return;
      }
      labelBox.removeChild(lab);
    });
  }
  map.on("zoomstart", function () { labelBox.style.visibility = "hidden"; });
  map.on("zoomend moveend", function () { labelBox.style.visibility = ""; drawFlows(false); });
  map.on("move", function () { if (labelBox.style.visibility !== "hidden") { placeLabels(); } });

  // -- legend ----------------------------------------------------------------------------------------------------
  // the flow map's class labels (cartography.flow_layer.class_labels): "30 – 99", …, "1,000 or more"
  function flowClassLabel(cl, i) {
    var n = cl.length, lo = cl[i].lo, hi = cl[i].hi, loText = num(Math.floor(lo));
    if (i === n - 1) { return n > 1 ? fill(T.or_more, { n: loText }) : loText + " – " + num(Math.ceil(hi)); }
    var top = Number.isInteger(hi) ? Math.ceil(hi) - 1 : Math.floor(hi);
    return loText + " – " + num(Math.max(top, Math.floor(lo)));
  }
  function drawLegend() {
    legend.textContent = "";
    if (state.view === "heat") {
      legend.appendChild(el("h2", null, T.legend_heat));
      var g = el("div", { "class": "ff-gradient" }), h = heatSetup(), stops = [];
      for (var i = 1; i < 256; i += 32) { stops.push("rgb(" + h.lut[4 * i] + "," + h.lut[4 * i + 1] + "," + h.lut[4 * i + 2] + ") " + Math.round(100 * i / 255) + "%"); }
      stops.push("rgb(" + h.lut[1020] + "," + h.lut[1021] + "," + h.lut[1022] + ") 100%");
      g.style.background = "linear-gradient(to right, " + stops.join(", ") + ")";
      legend.appendChild(g);
      var sc = el("div", { "class": "ff-scale" });
      sc.appendChild(el("span", null, "0"));
      sc.appendChild(el("span", null, fill(T.at_least_value, { value: num(D.heat.vmax) })));
      legend.appendChild(sc);
    } else {
      legend.appendChild(el("h2", null, T.legend_zones));
      var ul = el("ul");
      classes.slice().reverse().forEach(function (c, j) {  // labels that do not overlap, as in QGIS's legend
        var li = el("li"), sw = el("span", { "class": "ff-swatch" });
        sw.style.background = c.color; sw.style.opacity = "0.85";
        li.appendChild(sw); li.appendChild(el("span", null, flowClassLabel(classes, classes.length - 1 - j))); ul.appendChild(li);
      });
      var li2 = el("li");
      li2.appendChild(el("span", { "class": "ff-swatch ff-hatch" }));
      li2.appendChild(el("span", null, fill(T.suppressed, { k: D.threshold })));
      ul.appendChild(li2);
      legend.appendChild(ul);
    }
    if (D.flows && state.flows) {
      var k = flowSlot(), lv = flowLevel();
      legend.appendChild(el("h2", { id: "ff-flows-heading" }, fill(T.legend_flows, { day: k >= 0 ? D.flows.caption[k] : "–" })));
      if (k < 0) { legend.appendChild(el("p", { "class": "ff-hint" }, T.no_flows)); return; }
      var fu = el("ul");
      lv.classes.map(function (c, i) { return [c, flowClassLabel(lv.classes, i)]; }).reverse().forEach(function (cl) {
        var c = cl[0], li = el("li"), sw = el("span", { "class": "ff-line" }), bar = el("span");
        bar.style.height = Math.max(1, c.width) + "px"; bar.style.background = c.color; bar.style.opacity = String(c.opacity);
        sw.appendChild(bar); li.appendChild(sw); li.appendChild(el("span", null, cl[1])); fu.appendChild(li);
      });
      legend.appendChild(fu);
      legend.appendChild(el("p", { "class": "ff-hint" }, fill(T.flows_level, { level: lv.heading })));
      legend.appendChild(el("p", { "class": "ff-hint" }, fill(T.flows_note, { k: D.threshold })));
    }
  }

  // -- drawing a slot --------------------------------------------------------------------------------------
  function redraw() {
    current = slotValues(state.slot);
    var caption = D.slots.caption[state.slot];
    timeEl.textContent = caption;
    slider.value = String(state.slot);
    slider.setAttribute("aria-valuetext", caption);
    // a slot with nothing known is not published (never "0" or "at least 0")
    totalEl.textContent = !current.known && current.suppressed ? fill(T.total_none, { k: D.threshold })
      : current.suppressed ? fill(T.total_at_least, { total: num(current.total), n: num(current.suppressed) })
      : fill(T.total, { total: num(current.total) });
    if (state.view === "heat") {
      if (map.hasLayer(zoneGroup)) { map.removeLayer(zoneGroup); }
      var h = heatSetup();
      if (!map.hasLayer(h.layer)) { h.layer.addTo(map); }
      drawHeat();
    } else {
      if (heat && map.hasLayer(heat.layer)) { map.removeLayer(heat.layer); }
      if (!map.hasLayer(zoneGroup)) { zoneGroup.addTo(map); ensureHatch(); }
      styleZones();
    }
    var before = flowState.key;
    drawFlows(false);
    if (flowState.key !== before || legend.dataset.view !== state.view) { legend.dataset.view = state.view; drawLegend(); }
  }
  function setSlot(i) {
    state.slot = Math.max(0, Math.min(nS - 1, i | 0));
    redraw();
  }

  // -- play, slider, busiest slot, basemap ---------------------------------------------------------------
  var timer = null;
  function setPlaying(on) {
    state.playing = on;
    play.textContent = on ? T.pause : T.play;
    play.setAttribute("aria-pressed", on ? "true" : "false");
    if (timer) { clearInterval(timer); timer = null; }
    if (on) { timer = setInterval(function () { setSlot((state.slot + 1) % nS); }, 1000 / state.fps); }
  }
  play.addEventListener("click", function () { setPlaying(!state.playing); });
  speed.addEventListener("change", function () { state.fps = Number(speed.value) || 4; if (state.playing) { setPlaying(true); } });
  slider.addEventListener("input", function () { setSlot(Number(slider.value)); });
  peakBtn.addEventListener("click", function () {
    var best = 0, top = -1;
    for (var t = 0; t < nS; t++) { var v = slotValues(t).total; if (v > top) { top = v; best = t; } }
    setPlaying(false); setSlot(best);
  });
  var tiles = null;
  function setBasemap(on) {
    state.basemap = on;
    showContext();
    basemapNote.textContent = "";
    if (on && !tiles) {
      var errors = 0, loaded = 0;
      var attribution = '&copy; <a href="' + D.basemap.copyright + '" target="_blank" rel="noopener">' +
        String(D.basemap.attribution).replace(/[&<>"]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; }) + "</a>";
      tiles = L.tileLayer(D.basemap.url, { maxZoom: 19, attribution: attribution });
      tiles.on("tileload", function () { loaded++; basemapNote.textContent = ""; });
      tiles.on("tileerror", function () { errors++; if (!loaded && errors >= 2) { basemapNote.textContent = T.basemap_failed; } });
      tiles.addTo(map);
    } else if (!on && tiles) {
      map.removeLayer(tiles); tiles = null;
    }
  }
  flowGroup.addTo(map);
  setSlot(0);
  drawLegend();
  showContext();
  (D.context || []).forEach(function (layer) {
    if (layer.extent) {
      var e = layer.extent, reach = L.latLngBounds([[e[1], e[0]], [e[3], e[2]]]);
      map.setMinZoom(Math.max(0, Math.floor(map.getBoundsZoom(reach)) - 1));
    }
  });
  if (window.ResizeObserver) {
    var first = true;
    new ResizeObserver(function () {
      map.invalidateSize({ pan: false });
      if (first) { first = false; map.fitBounds(home, { padding: [8, 8] }); }
      drawFlows(false);
    }).observe(mapEl);
  }
  if (D.basemap && D.basemap.mode === 2 && navigator.onLine) {
    var box = document.getElementById("ff-basemap");
    if (box) { box.checked = true; }
    setBasemap(true);
  }

  // -- for the page's tests and for embedders: the state and a few actions -------------------------------
  window.footfallPage = {
    data: D, state: state, setSlot: setSlot, setPlaying: setPlaying,
    setProfiles: function (codes) {
      profileBoxes.forEach(function (bx) { bx.checked = codes.indexOf(bx.value) >= 0; });
      state.profiles = codes.filter(function (c) { return profileCodes.indexOf(c) >= 0; });
      redraw(); drawFlows(true); drawLegend();
    },
    setView: function (v) { var r = document.getElementById("ff-view-" + v); if (r) { r.checked = true; } state.view = v; redraw(); },
    slotValues: function (t) { var s = slotValues(t); return { values: Array.from(s.values, function (x) { return isNaN(x) ? null : (x === -Infinity ? "none" : x); }), total: s.total, suppressed: s.suppressed }; },
    heatStats: function (t) {
      var f = heatFrame(slotValues(t).values), h = heatSetup(), sum = 0, max = 0;
      for (var i = 0; i < f.length; i++) { sum += f[i]; if (f[i] > max) { max = f[i]; } }
      return { mass: sum * h.px * h.px / 1e6, max: max, rows: h.rows, cols: h.cols };
    },
    flowsShown: function () { return flowState.drawn.map(function (d) { return { name: d.name, value: d.f.v, atLeast: d.f.atLeast, color: d.cl.color }; }); },
    labels: function () { return Array.from(labelBox.querySelectorAll(".ff-label"), function (x) { return x.textContent; }); },
    map: map
  };
})();
