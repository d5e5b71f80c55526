/*
 * yearbook search: answers queries in the reader's browser from the index the build wrote under search/.
 * No server, no library. Chinese text matches without spaces: the index holds every character and
 * every pair of neighbouring characters (see the Java class yearbook.search.Terms, which this file
 * mirrors); a query looks up its pairs, and an article matches when it has all of them. Only the
 * index's shards that hold the query's terms are downloaded.
 *
 * In a page with <form id="search-form"> it runs the search page; under Node it exports its core
 * (used by the benchmark).
 */
(function () {
  'use strict';

  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var DEFAULT_WEIGHT = 2;
  var VALUE = new Int8Array(128).fill(-1);
  for (var d = 0; d < DIGITS.length; d++) {
    VALUE[DIGITS.charCodeAt(d)] = d;
  }
  var HAN = /\p{Script=Han}/u;
  var WORD = /[\p{L}\p{Nd}]/u;

  function normalize(text) {
    return text.normalize('NFKC').toLowerCase();
  }

  /** Splits normalised text into runs: {text, han}. */
  function runs(t) {
    var out = [];
    var chars = Array.from(t);
    var i = 0;
    while (i < chars.length) {
      var start = i;
      if (HAN.test(chars[i])) {
        while (i < chars.length && HAN.test(chars[i])) i++;
        out.push({ chars: chars.slice(start, i), han: true });
      } else if (WORD.test(chars[i])) {
        while (i < chars.length && WORD.test(chars[i]) && !HAN.test(chars[i])) i++;
        out.push({ chars: chars.slice(start, i), han: false });
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * What a query looks up: terms (character pairs of each Chinese run, or the single character, and
   * words), and phrases (the runs themselves, for highlighting).
   */
  function parseQuery(text) {
    var terms = [];
    var phrases = [];
    runs(normalize(text)).forEach(function (run) {
      var whole = run.chars.join('');
      if (phrases.indexOf(whole) < 0) phrases.push(whole);
      if (!run.han || run.chars.length === 1) {
        if (terms.indexOf(whole) < 0) terms.push(whole);
        return;
      }
      for (var i = 0; i + 1 < run.chars.length; i++) {
        var pair = run.chars[i] + run.chars[i + 1];
        if (terms.indexOf(pair) < 0) terms.push(pair);
      }
    });
    return { terms: terms, phrases: phrases };
  }

  /** FNV-1a over UTF-16 code units, as yearbook.search.Terms.shard. */
  function shardOf(term, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % shards;
  }

  /** Decodes a postings string into parallel arrays of article numbers and weights. */
  function decode(s) {
    var docs = [];
    var weights = [];
    var previous = -1;
    var i = 0;
    function read() {
      var n = 0;
      for (;;) {
        var v = VALUE[s.charCodeAt(i++)];
        n = n * 32 + (v & 31);
        if (v < 32) return n;
      }
    }
    while (i < s.length) {
      var n = read();
      var weight = (n & 1) === 1 ? read() : DEFAULT_WEIGHT;
      previous += (n >>> 1) + 1;
      docs.push(previous);
      weights.push(weight);
    }
    return { docs: docs, weights: weights };
  }

  /**
   * The index: load() reads index.json; search(query, filters) resolves to the matching article numbers,
   * best first. fetchJson(url) and fetchText(url) are injected (the browser's fetch, or files under Node).
   */
  function Index(base, fetchJson, fetchText) {
    this.base = base;
    this.fetchJson = fetchJson;
    this.fetchText = fetchText;
    this.shards = {};
    this.postingsCache = {};
    this.texts = {};
  }

  Index.prototype.load = function () {
    var self = this;
    if (!this.loaded) {
      this.loaded = this.fetchJson(this.base + 'index.json').then(function (meta) {
        self.meta = meta;
        self.regionIndex = {};
        self.children = meta.regions.map(function () { return []; });
        meta.regions.forEach(function (r, i) {
          self.regionIndex[r[0]] = i;
          if (r[2] >= 0) self.children[r[2]].push(i);
        });
        self.themeIndex = {};
        meta.themes.forEach(function (t, i) { self.themeIndex[t[0]] = i; });
        self.counts = meta.regions.map(function () { return 0; });
        meta.docs.forEach(function (doc) {
          for (var r = doc[2]; r >= 0; r = meta.regions[r][2]) self.counts[r]++;
        });
        return meta;
      });
    }
    return this.loaded;
  };

  Index.prototype.postings = function (term) {
    var self = this;
    if (!this.postingsCache[term]) {
      var n = shardOf(term, this.meta.shards);
      if (!this.shards[n]) {
        this.shards[n] = this.fetchJson(this.base + 'shards/' + n + '.json?v=' + this.meta.version);
      }
      this.postingsCache[term] = this.shards[n].then(function (shard) {
        return Object.prototype.hasOwnProperty.call(shard, term) ? decode(shard[term]) : { docs: [], weights: [] };
      });
    }
    return this.postingsCache[term];
  };

  /** The region chain of an article, province first, as region numbers. */
  Index.prototype.chain = function (doc) {
    var chain = [];
    for (var r = this.meta.docs[doc][2]; r >= 0; r = this.meta.regions[r][2]) chain.unshift(r);
    return chain;
  };

  /** Filters: {region: code, theme: id, year: volume number}; unknown values match nothing. */
  Index.prototype.filter = function (filters) {
    var meta = this.meta;
    var region = filters.region ? this.regionIndex[filters.region] : null;
    var theme = filters.theme ? this.themeIndex[filters.theme] : null;
    var volume = filters.year ? Number(filters.year) : null;
    if (region === undefined || theme === undefined || Number.isNaN(volume)) {
      return function () { return false; };
    }
    return function (i) {
      var doc = meta.docs[i];
      if (volume !== null && doc[3] !== volume) return false;
      if (theme !== null && doc[5].indexOf(theme) < 0) return false;
      if (region !== null) {
        var r = doc[2];
        while (r >= 0 && r !== region) r = meta.regions[r][2];
        if (r < 0) return false;
      }
      return true;
    };
  };

  Index.prototype.search = function (query, filters) {
    var self = this;
    return this.load().then(function (meta) {
      var parsed = parseQuery(query || '');
      var keep = self.filter(filters || {});
      if (parsed.terms.length === 0) {
        var all = [];
        for (var i = 0; i < meta.docs.length; i++) if (keep(i)) all.push(i);
        all.sort(function (a, b) { return meta.docs[b][3] - meta.docs[a][3] || a - b; });
        return { docs: all, terms: parsed.terms, phrases: parsed.phrases, query: false };
      }
      return Promise.all(parsed.terms.map(function (t) { return self.postings(t); })).then(function (lists) {
        return { docs: rank(meta.docs, lists, keep), terms: parsed.terms, phrases: parsed.phrases, query: true };
      });
    });
  };

  /** Articles in every list, title matches first, then by weight of the terms, newest volume, site order. */
  function rank(docs, lists, keep) {
    if (lists.some(function (l) { return l.docs.length === 0; })) return [];
    var order = lists.slice().sort(function (a, b) { return a.docs.length - b.docs.length; });
    var n = docs.length;
    var idf = order.map(function (l) { return Math.log(1 + n / l.docs.length); });
    var found = [];
    var cursors = order.map(function () { return 0; });
    var first = order[0];
    outer:
    for (var i = 0; i < first.docs.length; i++) {
      var doc = first.docs[i];
      if (!keep(doc)) continue;
      var inTitle = (first.weights[i] & 1) === 1;
      var score = Math.log(1 + (first.weights[i] >> 1)) * idf[0];
      for (var l = 1; l < order.length; l++) {
        var list = order[l];
        var c = cursors[l];
        while (c < list.docs.length && list.docs[c] < doc) c++;
        cursors[l] = c;
        if (c === list.docs.length || list.docs[c] !== doc) continue outer;
        inTitle = inTitle && (list.weights[c] & 1) === 1;
        score += Math.log(1 + (list.weights[c] >> 1)) * idf[l];
      }
      found.push({ doc: doc, title: inTitle ? 1 : 0, score: score });
    }
    found.sort(function (a, b) {
      return b.title - a.title || b.score - a.score || docs[b.doc][3] - docs[a.doc][3] || a.doc - b.doc;
    });
    return found.map(function (f) { return f.doc; });
  }

  Index.prototype.text = function (doc) {
    if (!this.texts[doc]) {
      this.texts[doc] = this.fetchText(this.base + 'text/' + doc + '.txt?v=' + this.meta.version);
    }
    return this.texts[doc];
  };

  /**
   * Splits text into [{text, mark}] parts, marking every occurrence of the phrases (or, where a phrase
   * is not there whole, of its terms), longest first.
   */
  function highlight(text, needles) {
    var lower = text.toLowerCase();
    var marks = new Uint8Array(text.length);
    needles.slice().sort(function (a, b) { return b.length - a.length; }).forEach(function (n) {
      if (!n) return;
      for (var at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length)) {
        for (var k = at; k < at + n.length; k++) marks[k] = 1;
      }
    });
    var parts = [];
    for (var i = 0; i < text.length;) {
      var j = i;
      while (j < text.length && marks[j] === marks[i]) j++;
      parts.push({ text: text.slice(i, j), mark: marks[i] === 1 });
      i = j;
    }
    return parts;
  }

  /** The words to highlight: whole phrases found in the text, else the terms. */
  function needles(text, parsed) {
    var lower = text.toLowerCase();
    var out = parsed.phrases.filter(function (p) { return lower.indexOf(p) >= 0; });
    return out.length === parsed.phrases.length ? out : out.concat(parsed.terms);
  }

  /** A window of about `length` characters around the first match, highlighted; '…' where cut. */
  function snippet(text, parsed, length) {
    length = length || 96;
    var lower = text.toLowerCase();
    var words = needles(text, parsed);
    var at = -1;
    words.forEach(function (w) {
      var i = lower.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    });
    var start = Math.max(0, (at < 0 ? 0 : at) - Math.floor(length / 4));
    if (start > 0 && start < text.length && /[\uDC00-\uDFFF]/.test(text[start])) start--;
    var end = Math.min(text.length, start + length);
    if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end])) end++;
    var parts = highlight(text.slice(start, end), words);
    if (start > 0) parts.unshift({ text: '…', mark: false });
    if (end < text.length) parts.push({ text: '…', mark: false });
    return parts;
  }

  var core = {
    normalize: normalize, parseQuery: parseQuery, shardOf: shardOf, decode: decode, Index: Index,
    highlight: highlight, snippet: snippet
  };

  if (typeof module === 'object' && module.exports) {
    module.exports = core;
  }
  if (typeof document !== 'undefined') {
    var script = document.currentScript;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { page(script); });
    } else {
      page(script);
    }
  }

  /* ---- the search page ---- */

  var PAGE = 20;

  function page(script) {
    var form = document.getElementById('search-form');
    if (!form) return;
    var base = script.getAttribute('data-base');
    var input = document.getElementById('search-q');
    var levels = ['search-region-1', 'search-region-2', 'search-region-3'].map(function (id) {
      return document.getElementById(id);
    });
    var theme = document.getElementById('search-theme');
    var year = document.getElementById('search-year');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var index = new Index(base + 'search/', function (url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return r.json();
      });
    }, function (url) {
      return fetch(url).then(function (r) { return r.ok ? r.text() : ''; });
    });
    var current = null;
    var shown = 0;
    var generation = 0;
    var timer = null;
    form.hidden = false;

    function option(select, value, label) {
      var o = document.createElement('option');
      o.value = value;
      o.textContent = label;
      select.appendChild(o);
    }

    /** Fills region selects below `level` with the sub-regions of the one chosen there. */
    function fillBelow(level) {
      for (var l = level + 1; l < levels.length; l++) {
        var select = levels[l];
        select.textContent = '';
        option(select, '', '全部');
        var parent = levels[l - 1].value;
        var children = parent && l === level + 1 ? index.children[index.regionIndex[parent]] : [];
        (children || []).forEach(function (c) {
          option(select, index.meta.regions[c][0], index.meta.regions[c][1] + '（' + index.counts[c] + '）');
        });
        select.disabled = select.options.length <= 1;
        select.closest('.field').hidden = select.disabled;
      }
    }

    function regionValue() {
      for (var l = levels.length - 1; l >= 0; l--) if (levels[l].value) return levels[l].value;
      return '';
    }

    function readUrl() {
      var params = new URLSearchParams(location.search);
      input.value = params.get('q') || '';
      theme.value = params.get('theme') || '';
      year.value = params.get('year') || '';
      var code = params.get('region') || '';
      var i = index.regionIndex[code];
      var chain = [];
      for (var r = i === undefined ? -1 : i; r >= 0; r = index.meta.regions[r][2]) chain.unshift(index.meta.regions[r][0]);
      levels[0].value = chain[0] || '';
      fillBelow(0);
      for (var l = 1; l < chain.length && l < levels.length; l++) {
        levels[l].value = chain[l];
        fillBelow(l);
      }
    }

    function writeUrl() {
      var params = new URLSearchParams();
      if (input.value.trim()) params.set('q', input.value.trim());
      if (regionValue()) params.set('region', regionValue());
      if (theme.value) params.set('theme', theme.value);
      if (year.value) params.set('year', year.value);
      var q = params.toString();
      history.replaceState(null, '', location.pathname + (q ? '?' + q : ''));
    }

    function run() {
      var mine = ++generation;
      writeUrl();
      var filters = { region: regionValue(), theme: theme.value, year: year.value };
      var query = input.value;
      if (!query.trim() && !filters.region && !filters.theme && !filters.year) {
        list.textContent = '';
        status.textContent = '输入要找的词，或选择地区、主题、卷次。';
        more.hidden = true;
        list.setAttribute('data-state', 'idle');
        return;
      }
      list.setAttribute('data-state', 'busy');
      index.search(query, filters).then(function (result) {
        if (mine !== generation) return;
        current = result;
        shown = 0;
        list.textContent = '';
        status.textContent = result.docs.length === 0 ? '没有找到符合条件的条目。'
          : '找到 ' + result.docs.length + ' 篇条目。';
        showMore();
        list.setAttribute('data-query', query);
        list.setAttribute('data-state', 'done');
      }, function (error) {
        if (mine !== generation) return;
        status.textContent = '搜索索引无法读取：' + error.message;
        list.setAttribute('data-state', 'error');
      });
    }

    function showMore() {
      var meta = index.meta;
      var end = Math.min(current.docs.length, shown + PAGE);
      for (; shown < end; shown++) {
        list.appendChild(item(meta, current.docs[shown], current));
      }
      more.hidden = shown >= current.docs.length;
    }

    function marked(parent, parts) {
      parts.forEach(function (p) {
        if (p.mark) {
          var m = document.createElement('mark');
          m.textContent = p.text;
          parent.appendChild(m);
        } else {
          parent.appendChild(document.createTextNode(p.text));
        }
      });
    }

    function item(meta, doc, result) {
      var d = meta.docs[doc];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.className = 'article-title';
      a.href = base + d[0];
      marked(a, result.query ? highlight(d[1], needles(d[1], result)) : [{ text: d[1], mark: false }]);
      li.appendChild(a);
      var info = document.createElement('div');
      info.className = 'meta';
      var volume = meta.volumes.filter(function (v) { return v[0] === d[3]; })[0];
      var bits = [index.chain(doc).map(function (r) { return meta.regions[r][1]; }).join(' › '),
        d[4] + '年', volume ? volume[1] : String(d[3])];
      d[5].forEach(function (t) { bits.push(meta.themes[t][1]); });
      info.textContent = bits.join(' · ');
      li.appendChild(info);
      var p = document.createElement('p');
      p.className = 'summary';
      li.appendChild(p);
      index.text(doc).then(function (text) {
        marked(p, result.query ? snippet(text, result) : [{ text: text.slice(0, 96) + (text.length > 96 ? '…' : ''), mark: false }]);
      });
      return li;
    }

    function soon() {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    }

    index.load().then(function () {
      readUrl();
      input.addEventListener('input', soon);
      levels.forEach(function (select, l) {
        select.addEventListener('change', function () { fillBelow(l); run(); });
      });
      theme.addEventListener('change', run);
      year.addEventListener('change', run);
      form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
      more.addEventListener('click', showMore);
      window.addEventListener('popstate', function () { readUrl(); run(); });
      run();
    }, function (error) {
      status.textContent = '搜索索引无法读取：' + error.message;
      list.setAttribute('data-state', 'error');
    });
  }
})();
