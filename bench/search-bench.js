// What the search costs a reader: download sizes and query times of a built site's search index.
//
//   node bench/search-bench.js SITE [QUERY ...]      (default queries: 劳模 职工之家 送温暖 工会 困难职工帮扶 家)
//
// Runs templates/assets/search.js (the file the site ships) under Node, whose JavaScript engine is Chromium's.
// For each query, a fresh index answers it as on a reader's first query: index.json, the shards (and positions,
// or their chunks) of the query's terms, the details and the texts (their first parts, and the rest where a
// snippet needs it) of the first 20 results are "downloaded" (read from SITE/search/ up front,
// counted gzipped, level 6 as web servers use); the time is from the query to the ranked list, including
// parsing the downloaded JSON (the browser's response.json()), not the network. A second query on the
// same index (index.json already loaded) is timed too. Median of 5 runs.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const core = require(path.join(__dirname, '..', 'templates', 'assets', 'search.js'));

const site = process.argv[2];
if (!site) {
  console.error('usage: node bench/search-bench.js SITE [QUERY ...]');
  process.exit(2);
}
const queries = process.argv.length > 3 ? process.argv.slice(3) : ['劳模', '职工之家', '送温暖', '工会', '困难职工帮扶', '家'];
const dir = path.join(site, 'search') + '/';
const raw = new Map();
const gz = new Map();
function file(url) {
  const name = url.split('?')[0];
  if (!raw.has(name)) {
    const bytes = fs.readFileSync(name);
    raw.set(name, bytes);
    gz.set(name, zlib.gzipSync(bytes, { level: 6 }).length);
  }
  return name;
}

function walk(folder) {
  let bytes = 0, gzipped = 0, files = 0;
  for (const e of fs.readdirSync(folder, { withFileTypes: true })) {
    const p = path.join(folder, e.name);
    if (e.isDirectory()) {
      const w = walk(p);
      bytes += w.bytes; gzipped += w.gzipped; files += w.files;
    } else {
      const b = fs.readFileSync(p);
      bytes += b.length; gzipped += zlib.gzipSync(b, { level: 6 }).length; files++;
    }
  }
  return { bytes, gzipped, files };
}

function index(fetched) {
  return new core.Index(dir, (url) => {
    const name = file(url);
    fetched.add(name);
    return Promise.resolve(JSON.parse(raw.get(name).toString('utf8')));
  }, (url, offset, length) => {
    const name = file(url);
    fetched.add(name + '#' + offset + '+' + length);
    return Promise.resolve(raw.get(name).subarray(offset, offset + length));
  });
}

// a JSON file counts gzipped; a byte range (of a text pack, already compressed, or of a chunks file of positions) as
// it is, as ranges are sent
function downloaded(n) {
  const range = n.match(/^(.*)#(\d+)\+(\d+)$/);
  return range ? Number(range[3]) : gz.get(n);
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => (n / 1024).toFixed(0) + ' KB';

(async () => {
  const total = walk(dir);
  const shards = walk(path.join(dir, 'shards'));
  const texts = walk(path.join(dir, 'text'));
  const meta = JSON.parse(fs.readFileSync(dir + 'index.json', 'utf8'));
  file(dir + 'index.json');
  const positions = walk(path.join(dir, 'positions'));
  const details = walk(path.join(dir, 'docs'));
  console.log(`articles ${meta.docs}, shards ${meta.shards}`);
  console.log(`search/ total ${kb(total.bytes)} (${kb(total.gzipped)} gzipped), ${total.files} files`);
  console.log(`  index.json ${kb(raw.get(dir + 'index.json').length)} (${kb(gz.get(dir + 'index.json'))} gzipped)`);
  console.log(`  shards ${kb(shards.bytes)} (${kb(shards.gzipped)} gzipped), ${kb(shards.gzipped / shards.files)} gzipped per shard`);
  console.log(`  positions ${kb(positions.bytes)} (${kb(positions.gzipped)} gzipped), ${positions.files} files`);
  console.log(`  details ${kb(details.bytes)} (${kb(details.gzipped)} gzipped), ${details.files} files`);
  console.log(`  texts ${kb(texts.bytes)} (compressed already), ${texts.files} files`);
  console.log('query\tresults\tfirst query: download gz\ttime\tnext query: time');
  for (const q of queries) {
    const firstTimes = [], nextTimes = [];
    let bytes = 0, count = 0;
    for (let run = 0; run < 5; run++) {
      const fetched = new Set();
      const ix = index(fetched);
      // warm the file cache (disk reads are not the reader's cost), then time from a fresh index
      await index(new Set()).search(q, {});
      let t = process.hrtime.bigint();
      const r = await ix.search(q, {});
      await r.more(core.PAGE);
      firstTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
      // as the page does: the head of each text, and the rest where the snippet is not in the head
      await Promise.all(r.docs.slice(0, core.PAGE).map((d) => ix.passage(d, r)));
      await Promise.all(r.docs.slice(0, core.PAGE).map((d) => ix.details(d)));
      bytes = [...fetched].reduce((s, n) => s + downloaded(n), 0);
      count = (r.estimated() ? '~' : '') + r.count();
      t = process.hrtime.bigint();
      await (await ix.search(q + ' 职工', {})).more(core.PAGE);
      nextTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    console.log(`${q}\t${count}\t${kb(bytes)}\t${median(firstTimes).toFixed(1)} ms\t${median(nextTimes).toFixed(1)} ms`);
  }
})();
