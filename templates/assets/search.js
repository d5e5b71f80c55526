/*
 * yearbook search: answers queries in the reader's browser from the index the build wrote under search/.
 * No server, no library. Chinese text matches without spaces: the index holds every character and
 * every pair of neighbouring characters (see the Java class yearbook.search.Terms, which this file
 * mirrors); a query looks up its pairs, and an article matches when it has all of them, one after
 * another (by their positions). Only the index's shards that hold the query's terms are downloaded (a term
 * in very many articles has a file of its own, a common pair's positions come in chunks by byte range, for
 * the candidates checked whose texts do not show the phrase), the details of the results shown and their texts (by
 * byte range); nothing lists every article.
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
   * words), phrases (the runs themselves, for highlighting) and sequences: for each Chinese run of three
   * characters or more, pairs that cover all its characters with their distance from the run's start (in
   * UTF-16 units, as the index's positions), which a match must have at those distances; and the runs of the
   * sequences (runs, in the same order).
   */
  function parseQuery(text) {
    var terms = [];
    var phrases = [];
    var sequences = [];
    var sequenceRuns = [];
    runs(normalize(text)).forEach(function (run) {
      var whole = run.chars.join('');
      if (phrases.indexOf(whole) < 0) phrases.push(whole);
      if (!run.han || run.chars.length === 1) {
        if (terms.indexOf(whole) < 0) terms.push(whole);
        return;
      }
      var offsets = [0];
      for (var i = 0; i + 1 < run.chars.length; i++) {
        var pair = run.chars[i] + run.chars[i + 1];
        if (terms.indexOf(pair) < 0) terms.push(pair);
        offsets.push(offsets[i] + run.chars[i].length);
      }
      // pairs that cover every character are enough: 职工 at p and 之家 at p + 2 is 职工之家 at p
      var n = run.chars.length;
      var sequence = [];
      for (var k = 0; k + 1 < n; k += 2) sequence.push(k);
      if (n % 2 === 1) sequence.push(n - 2);
      if (n > 2) {
        sequences.push(sequence.map(function (at) {
          return { term: run.chars[at] + run.chars[at + 1], offset: offsets[at] };
        }));
        sequenceRuns.push(whole);
      }
    });
    return { terms: terms, phrases: phrases, sequences: sequences, runs: sequenceRuns };
  }

  /** The top 12 bits of FNV-1a over UTF-16 code units, scaled to the shard count, as yearbook.search.Terms.shard. */
  function shardOf(term, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return ((h >>> 20) * shards) >>> 12;
  }

  function reader(s) {
    var i = 0;
    return {
      more: function () { return i < s.length; },
      next: function () {
        var n = 0;
        for (;;) {
          var v = VALUE[s.charCodeAt(i++)];
          n = n * 32 + (v & 31);
          if (v < 32) return n;
        }
      }
    };
  }

  /**
   * Decodes a postings string into parallel arrays of article numbers and weights (typed arrays: a common term's
   * list holds nearly every article of a large archive, and this is the first thing a query waits for).
   */
  function decode(s) {
    // each entry takes one character at least
    var docs = new Int32Array(s.length);
    var weights = new Int32Array(s.length);
    var count = 0;
    var previous = -1;
    var i = 0;
    var v;
    while (i < s.length) {
      var n = 0;
      do {
        v = VALUE[s.charCodeAt(i++)];
        n = n * 32 + (v & 31);
      } while (v >= 32);
      var weight = DEFAULT_WEIGHT;
      if (n % 2 === 1) {
        weight = 0;
        do {
          v = VALUE[s.charCodeAt(i++)];
          weight = weight * 32 + (v & 31);
        } while (v >= 32);
      }
      previous += Math.floor(n / 2) + 1;
      docs[count] = previous;
      weights[count] = weight;
      count++;
    }
    return { docs: docs.subarray(0, count), weights: weights.subarray(0, count) };
  }

  /** Decodes a positions string: for each article of the pair's postings, its positions in ascending order. */
  function decodePositions(s) {
    var out = [];
    var r = reader(s);
    while (r.more()) {
      var count = r.next();
      var list = new Array(count);
      var previous = -1;
      for (var k = 0; k < count; k++) {
        var n = r.next();
        previous = previous < 0 ? n : previous + n + 1;
        list[k] = previous;
      }
      out.push(list);
    }
    return out;
  }

  /**
   * A pair's positions, by the article's entry in the pair's postings: all of them from the positions file, or,
   * for a pair in very many articles, its chunks fetched by byte range as the articles to check need them (the
   * positions file then holds their directory: '~', where the chunks start in the .bin file, how many there are,
   * and each one's articles and bytes; see the Java class yearbook.search.PositionsFile).
   */
  function Positions(value, url, fetchBytes) {
    if (value.charAt(0) !== '~') {
      this.lists = decodePositions(value);
      return;
    }
    var r = reader(value.slice(1));
    var offset = r.next();
    var count = r.next();
    this.firsts = [];
    this.offsets = [];
    var entry = 0;
    for (var k = 0; k < count; k++) {
      this.firsts.push(entry);
      this.offsets.push(offset);
      entry += r.next();
      offset += r.next();
    }
    this.offsets.push(offset);
    this.url = url;
    this.fetchBytes = fetchBytes;
    this.chunks = {};
    this.decoded = {};
  }

  /** Whether the positions come in chunks, to be loaded before get(). */
  Positions.prototype.chunked = function () {
    return !this.lists;
  };

  /** The chunk holding an entry. */
  Positions.prototype.chunk = function (entry) {
    var lo = 0;
    var hi = this.firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >>> 1;
      if (this.firsts[mid] <= entry) lo = mid; else hi = mid - 1;
    }
    return lo;
  };

  /** Fetches the chunk holding an entry (once). */
  Positions.prototype.load = function (entry) {
    var self = this;
    var k = this.chunk(entry);
    if (!this.chunks[k]) {
      this.chunks[k] = this.fetchBytes(this.url, this.offsets[k], this.offsets[k + 1] - this.offsets[k]).then(function (bytes) {
        self.decoded[k] = decodePositions(new TextDecoder().decode(bytes));
      });
    }
    return this.chunks[k];
  };

  /** The positions of an entry (its chunk loaded). */
  Positions.prototype.get = function (entry) {
    if (this.lists) return this.lists[entry];
    var k = this.chunk(entry);
    return this.decoded[k][entry - this.firsts[k]];
  };

  function contains(sorted, value) {
    var lo = 0;
    var hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1;
      if (sorted[mid] === value) return true;
      if (sorted[mid] < value) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  /**
   * The index: load() reads index.json; search(query, filters) resolves to the matching article numbers,
   * best first; details(doc) and text(doc) fetch what the results show. fetchJson(url) and
   * fetchBytes(url, offset, length) are injected (the browser's fetch, or files under Node).
   */
  function Index(base, fetchJson, fetchBytes) {
    this.base = base;
    this.fetchJson = fetchJson;
    this.fetchBytes = fetchBytes;
    this.shards = {};
    this.positionShards = {};
    this.postingsCache = {};
    this.positionsCache = {};
    this.detailFiles = {};
    this.texts = {};
    this.heads = {};
    this.own = {};
  }

  /**
   * The regions as [code, name, parent number (-1: none), articles in or below it], from index.json's four lists:
   * codes as differences from the code before, names, parents as how many places before (0: none), counts.
   */
  function regionList(lists) {
    var code = 0;
    return lists.names.map(function (name, i) {
      code += lists.codes[i];
      var up = lists.parents[i];
      return [('00000' + code).slice(-6), name, up === 0 ? -1 : i - up, lists.counts[i]];
    });
  }

  Index.prototype.load = function () {
    var self = this;
    if (!this.loaded) {
      this.loaded = this.fetchJson(this.base + 'index.json').then(function (meta) {
        meta.regions = regionList(meta.regions);
        self.meta = meta;
        self.regionIndex = {};
        self.children = meta.regions.map(function () { return []; });
        meta.regions.forEach(function (r, i) {
          self.regionIndex[r[0]] = i;
          if (r[2] >= 0) self.children[r[2]].push(i);
        });
        self.counts = meta.regions.map(function (r) { return r[3]; });
        self.themeIndex = {};
        meta.themes.forEach(function (t, i) { self.themeIndex[t[0]] = i; });
        // the terms with a file of their own, by the number of their file in their shard
        self.own = {};
        (meta.own || []).forEach(function (terms, j) {
          terms.forEach(function (t) { self.own[t] = j; });
        });
        return meta;
      });
    }
    return this.loaded;
  };

  Index.prototype.shardFile = function (cache, folder, term) {
    var n = shardOf(term, folder === 'positions' ? this.meta.positionShards : this.meta.shards);
    if (!cache[n]) {
      cache[n] = this.fetchJson(this.base + folder + '/' + n + '.json?v=' + this.meta.version);
    }
    return cache[n];
  };

  /**
   * A term's postings: from its shard, or, for a term in very many articles, from its own files, which index.json
   * lists and the shard names ('~' and its number; see the Java class yearbook.search.ShardTerms). Such a list is
   * fetched at once, without its shard, and its weights come in tiers as the ranking needs them (see tiered()).
   */
  Index.prototype.postings = function (term) {
    var self = this;
    var ownFile = function (j) {
      var name = self.base + 'shards/' + shardOf(term, self.meta.shards) + '-' + j;
      return self.fetchJson(name + '.json?v=' + self.meta.version).then(function (file) {
        return tiered(file, name + '.bin?v=' + self.meta.version, self.fetchBytes);
      });
    };
    if (!this.postingsCache[term]) {
      this.postingsCache[term] = Object.prototype.hasOwnProperty.call(this.own, term) ? ownFile(this.own[term])
        : this.shardFile(this.shards, 'shards', term).then(function (shard) {
          if (!Object.prototype.hasOwnProperty.call(shard, term)) return { docs: new Int32Array(0), weights: new Int32Array(0) };
          var value = shard[term];
          return value.charAt(0) !== '~' ? decode(value) : ownFile(reader(value.slice(1)).next());
        });
    }
    return this.postingsCache[term];
  };

  /**
   * A list from its own files (see the Java class yearbook.search.OwnPostings): every article at once, and the
   * weights of the first tier, the highest; the other tiers, each no higher than the one before, are fetched by byte
   * range when the ranking asks for them (readTier). A weight not read yet is -1; unreadCounts() gives the highest
   * counts it can have. A tier holds title matches only or none; its key is its highest (256 + count for a title
   * match, else the count).
   */
  function tiered(file, url, fetchBytes) {
    var list = decode(file.docs);
    list.weights = new Int32Array(list.docs.length).fill(-1);
    fillTier(list.weights, file.first);
    list.tiers = file.tiers;
    list.read = 1;
    list.reading = [];
    list.url = url;
    list.fetchBytes = fetchBytes;
    return list;
  }

  function fillTier(weights, text) {
    var tier = decode(text);
    for (var i = 0; i < tier.docs.length; i++) weights[tier.docs[i]] = tier.weights[i];
  }

  /**
   * The highest counts a weight not yet read can have, as a title match and not ([-1, -1] once every tier is read):
   * the tiers hold the title matches first, so a count after them may be higher than theirs.
   */
  function unreadCounts(list) {
    var title = -1;
    for (var k = list.tiers ? list.read : 0; list.tiers && k < list.tiers.length; k++) {
      var key = list.tiers[k][0];
      if (key < 256) return [title, key];
      title = Math.max(title, key & 255);
    }
    return [title, -1];
  }

  /** Reads a list's next tier (once, however many queries ask for it; none when another query read them all). */
  function readTier(list) {
    var k = list.read;
    if (k >= list.tiers.length) return Promise.resolve();
    if (!list.reading[k]) {
      var tier = list.tiers[k];
      list.reading[k] = list.fetchBytes(list.url, tier[1], tier[2]).then(inflate).then(function (text) {
        fillTier(list.weights, text);
        list.read = Math.max(list.read, k + 1);
      });
    }
    return list.reading[k];
  }

  /** A pair's positions, aligned with its postings (a Positions); null when the index has none for it. */
  Index.prototype.positions = function (term) {
    var self = this;
    if (!this.positionsCache[term]) {
      this.positionsCache[term] = this.shardFile(this.positionShards, 'positions', term).then(function (shard) {
        if (!Object.prototype.hasOwnProperty.call(shard, term)) return null;
        var url = self.base + 'positions/' + shardOf(term, self.meta.positionShards) + '.bin?v=' + self.meta.version;
        return new Positions(shard[term], url, self.fetchBytes);
      });
    }
    return this.positionsCache[term];
  };

  /** The region chain of a region number, province first. */
  Index.prototype.chain = function (region) {
    var chain = [];
    for (var r = region; r >= 0; r = this.meta.regions[r][2]) chain.unshift(r);
    return chain;
  };

  /**
   * The facet terms of the filters ({region: code, theme: id, year: volume number}): every article is
   * listed under its regions, themes and volume; unknown values match nothing.
   */
  function facetTerms(filters) {
    var out = [];
    if (filters.region) out.push('#r:' + filters.region);
    if (filters.theme) out.push('#t:' + filters.theme);
    if (filters.year) out.push('#v:' + filters.year);
    return out;
  }

  function intersect(lists) {
    var order = lists.slice().sort(function (a, b) { return a.length - b.length; });
    return order[0].filter(function (doc) {
      for (var l = 1; l < order.length; l++) if (!contains(order[l], doc)) return false;
      return true;
    });
  }

  Index.prototype.search = function (query, filters) {
    var self = this;
    return this.load().then(function (meta) {
      var parsed = parseQuery(query || '');
      var facets = facetTerms(filters || {});
      return Promise.all(facets.map(function (t) { return self.postings(t); })).then(function (facetLists) {
        var allowed = facetLists.length ? intersect(facetLists.map(function (l) { return l.docs; })) : null;
        if (parsed.terms.length === 0) {
          return new Result(new Listed(allowed, meta.docs), [], parsed, false, null);
        }
        var keep = function () { return true; };
        if (allowed) {
          var mask = new Uint8Array(meta.docs);
          allowed.forEach(function (d) { mask[d] = 1; });
          keep = function (d) { return mask[d] === 1; };
        }
        var pairs = [];
        parsed.sequences.forEach(function (s) {
          s.forEach(function (p) { if (pairs.indexOf(p.term) < 0) pairs.push(p.term); });
        });
        return Promise.all([
          Promise.all(parsed.terms.map(function (t) { return self.postings(t); })),
          Promise.all(pairs.map(function (t) { return self.positions(t); }))
        ]).then(function (loaded) {
          var positions = {};
          pairs.forEach(function (t, i) { positions[t] = loaded[1][i]; });
          var sequences = parsed.sequences.map(function (s) {
            return s.map(function (p) {
              return { list: parsed.terms.indexOf(p.term), offset: p.offset, positions: positions[p.term] };
            });
          });
          return new Result(rank(meta.docs, loaded[0], keep, sequences), sequences, parsed, true, function (doc) {
            return self.shows(doc, parsed.runs);
          });
        });
      });
    });
  };

  /**
   * Whether an article has each sequence's pairs one after another; at[l] is its entry in list l (the chunks of
   * its positions loaded).
   */
  function inSequence(sequences, at) {
    return sequences.every(function (sequence) {
      var first = sequence[0];
      if (!first.positions) return true;
      var starts = first.positions.get(at[first.list]);
      return starts.some(function (p) {
        for (var k = 1; k < sequence.length; k++) {
          var s = sequence[k];
          if (s.positions && !contains(s.positions.get(at[s.list]), p + s.offset)) return false;
        }
        return true;
      });
    });
  }

  function chunked(sequences) {
    return sequences.some(function (sequence) {
      return sequence.some(function (s) { return s.positions && s.positions.chunked(); });
    });
  }

  /** Candidates checked at least at once: a round of chunk fetches is worth this many. */
  var CHECK = 20;
  /** Characters in a result's snippet. */
  var SNIPPET = 96;

  /**
   * A query's answer: the articles found (docs, best first) and how many there are (count()). When the
   * positions of a pair of the query come in chunks, candidates are checked in rank order as more() asks for
   * articles, and until all are checked the count is estimated from those checked so far (estimated()).
   */
  function Result(candidates, sequences, parsed, query, shows) {
    this.terms = parsed.terms;
    this.phrases = parsed.phrases;
    this.query = query;
    this.candidates = candidates;
    this.sequences = sequences;
    this.shows = shows;
    this.pending = chunked(sequences);
    this.docs = [];
    this.checked = 0;
    this.queue = Promise.resolve();
  }

  /** Whether the count is an estimate: not every candidate has been checked yet. */
  Result.prototype.estimated = function () {
    return this.pending && this.checked < this.candidates.length;
  };

  /** How many articles match: exact once every candidate is checked, else estimated from those checked. */
  Result.prototype.count = function () {
    if (!this.pending) return this.candidates.length;
    if (!this.estimated()) return this.docs.length;
    if (this.checked === 0) return this.candidates.length;
    var rest = this.candidates.length - this.checked;
    return this.docs.length + Math.round(rest * this.docs.length / this.checked);
  };

  /** Resolves once at least n articles are found (in docs) or every candidate is checked. */
  Result.prototype.more = function (n) {
    var self = this;
    this.queue = this.queue.then(function () { return self.check(n); });
    return this.queue;
  };

  Result.prototype.check = function (n) {
    var self = this;
    if (this.docs.length >= n || this.checked >= this.candidates.length) return Promise.resolve();
    if (!this.pending) {
      // every candidate matches: they are only put in order
      return this.candidates.ensure(n).then(function () {
        while (self.docs.length < n && self.checked < self.candidates.length) {
          self.docs.push(self.candidates.get(self.checked++).doc);
        }
      });
    }
    // as many candidates as should give the articles still wanted, at the rate found so far
    var rate = (this.docs.length + 1) / (this.checked + 1);
    var size = Math.max(CHECK, Math.ceil((n - this.docs.length) / rate));
    return this.candidates.ensure(this.checked + size).then(function () {
      var batch = [];
      for (var i = self.checked; i < self.checked + size && i < self.candidates.length; i++) batch.push(self.candidates.get(i));
      // a candidate whose text shows the phrases has them (its text is needed for its snippet anyway); the others are
      // checked by the positions' chunks they need
      return Promise.all(batch.map(function (c) {
        return self.shows(c.doc).then(function (shown) {
          if (shown) return true;
          var loads = [];
          self.sequences.forEach(function (sequence) {
            sequence.forEach(function (s) {
              if (s.positions && s.positions.chunked()) loads.push(s.positions.load(c.at[s.list]));
            });
          });
          return Promise.all(loads).then(function () { return inSequence(self.sequences, c.at); });
        });
      })).then(function (matches) {
        batch.forEach(function (c, k) {
          if (matches[k]) self.docs.push(c.doc);
        });
        self.checked += batch.length;
        return self.check(n);
      });
    });
  };

  /**
   * Articles in every list (and in sequence, for the sequences), title matches first, then by weight of the
   * terms, then by number (the index numbers the articles newest volume first, then in site order); as
   * candidates {doc, at} in a Ranked. When a sequence's positions come in chunks, whether a candidate has it is
   * left to the Result, which checks them in this order: at holds the candidate's entry in each list.
   */
  function rank(count, lists, keep, sequences) {
    var later = chunked(sequences);
    if (lists.some(function (l) { return l.docs.length === 0; })) return new Ranked(0, null, null, [], [], []);
    var order = lists.map(function (l, i) { return i; })
      .sort(function (a, b) { return lists[a].docs.length - lists[b].docs.length; });
    var idf = lists.map(function (l) { return Math.log(1 + count / l.docs.length); });
    var cursors = lists.map(function () { return 0; });
    var first = lists[order[0]];
    var most = first.docs.length;
    var docs = new Int32Array(most);
    var ats = new Int32Array(most * lists.length);
    var found = 0;
    outer:
    for (var i = 0; i < first.docs.length; i++) {
      var doc = first.docs[i];
      if (!keep(doc)) continue;
      cursors[order[0]] = i;
      for (var o = 1; o < order.length; o++) {
        var l = order[o];
        var list = lists[l];
        var c = cursors[l];
        while (c < list.docs.length && list.docs[c] < doc) c++;
        cursors[l] = c;
        if (c === list.docs.length || list.docs[c] !== doc) continue outer;
      }
      if (sequences.length && !later && !inSequence(sequences, cursors)) continue;
      docs[found] = doc;
      ats.set(cursors, found * lists.length);
      found++;
    }
    return new Ranked(found, docs, ats, lists, order, idf);
  }

  /** log(1 + count) for every count a weight holds. */
  var LOG_COUNT = new Float64Array(256).map(function (x, i) { return Math.log(1 + i); });

  /**
   * The candidates found, put in rank order as they are asked for: ensure(n) resolves once the first n can be
   * taken with get(i). A candidate's score is the sum over the lists of log(1 + count) × the list's idf. When a
   * list's weights come in tiers (see tiered()), a candidate whose weights are all read is placed as soon as no
   * candidate with a weight still unread can come before it, counting that weight as a title match if its list has
   * any left, and its count as the highest its list has left;
   * then the next tier is read of each list the strongest of those has a weight unread in, and so on. So a query
   * that shows 20 of 90 000 articles reads the weights of a common term only as far down as its 20th result needs.
   * The placed candidates are a heap, which gives the next one in log n steps. The order is that of a full sort of
   * the full lists: title matches first, then the score, then the article's number.
   */
  function Ranked(length, docs, ats, lists, order, idf) {
    this.length = length;
    this.docs = docs;
    this.ats = ats;
    this.lists = lists;
    this.order = order;
    this.idf = idf;
    this.width = lists.length;
    this.titles = new Uint8Array(length);
    this.scores = new Float64Array(length);
    this.placed = new Uint8Array(length);
    this.unplaced = length;
    this.heap = new Int32Array(length);
    this.size = 0;
    this.sorted = new Int32Array(length);
    this.taken = 0;
    this.toRead = this.place();
  }

  /**
   * Places every candidate now known to come before all those not placed, and gives the lists whose next tier is to
   * be read before more can be.
   */
  Ranked.prototype.place = function () {
    var lists = this.lists;
    var order = this.order;
    var width = this.width;
    // what a weight not read can add at most: as a title match (-1: none left), and either way
    var leftTitle = [];
    var left = [];
    for (var l = 0; l < width; l++) {
      var most = unreadCounts(lists[l]);
      leftTitle[l] = most[0] < 0 ? -1 : LOG_COUNT[most[0]] * this.idf[l];
      left[l] = LOG_COUNT[Math.max(most[0], most[1], 0)] * this.idf[l];
    }
    // the strongest unplaced candidates: of those that may yet match in every title, and of all
    var bestTitled = -Infinity;
    var titled = -1;
    var bestScore = -Infinity;
    var strongest = -1;
    var ready = [];
    for (var c = 0; c < this.length; c++) {
      if (this.placed[c]) continue;
      var at = c * width;
      var known = true;
      var title = 1;
      var mayTitle = 1;
      var score = 0;
      var upperTitled = 0;
      var upper = 0;
      for (var o = 0; o < width; o++) {
        l = order[o];
        var w = lists[l].weights[this.ats[at + l]];
        if (w < 0) {
          known = false;
          upper += left[l];
          if (leftTitle[l] < 0) mayTitle = 0; else upperTitled += leftTitle[l];
        } else {
          var s = LOG_COUNT[w >> 1] * this.idf[l];
          score += s;
          upper += s;
          upperTitled += s;
          title &= w & 1;
          mayTitle &= w & 1;
        }
      }
      if (known) {
        this.titles[c] = title;
        this.scores[c] = score;
        ready.push(c);
        continue;
      }
      if (mayTitle && upperTitled > bestTitled) {
        bestTitled = upperTitled;
        titled = c;
      }
      if (upper > bestScore) {
        bestScore = upper;
        strongest = c;
      }
    }
    for (var r = 0; r < ready.length; r++) {
      c = ready[r];
      // ahead of every unplaced candidate (with room for rounding in the sums): a title match of those that may yet
      // match in every title, any other of all when none may
      var ahead = this.titles[c] ? titled < 0 || this.scores[c] > bestTitled + 1e-9
        : titled < 0 && (strongest < 0 || this.scores[c] > bestScore + 1e-9);
      if (ahead) {
        this.placed[c] = 1;
        this.unplaced--;
        this.heap[this.size++] = c;
      }
    }
    var best = titled >= 0 ? titled : strongest;
    for (var k = (this.size >> 1) - 1; k >= 0; k--) this.down(k);
    if (best < 0) return [];
    var read = [];
    for (l = 0; l < width; l++) {
      if (lists[l].weights[this.ats[best * width + l]] < 0) read.push(lists[l]);
    }
    return read;
  };

  /** Resolves once the first n candidates (or all) are placed. */
  Ranked.prototype.ensure = function (n) {
    var self = this;
    if (this.taken + this.size >= Math.min(n, this.length) || this.unplaced === 0) return Promise.resolve();
    return Promise.all(this.toRead.map(readTier)).then(function () {
      self.toRead = self.place();
      return self.ensure(n);
    });
  };

  /** Whether candidate a comes before candidate b. */
  Ranked.prototype.before = function (a, b) {
    if (this.titles[a] !== this.titles[b]) return this.titles[a] > this.titles[b];
    if (this.scores[a] !== this.scores[b]) return this.scores[a] > this.scores[b];
    return this.docs[a] < this.docs[b];
  };

  Ranked.prototype.down = function (k) {
    var heap = this.heap;
    var top = heap[k];
    for (;;) {
      var child = 2 * k + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.before(heap[child + 1], heap[child])) child++;
      if (!this.before(heap[child], top)) break;
      heap[k] = heap[child];
      k = child;
    }
    heap[k] = top;
  };

  /** The i-th candidate in rank order: {doc, at}; the first i + 1 must be placed (ensure). */
  Ranked.prototype.get = function (i) {
    while (this.taken <= i) {
      if (this.size === 0) throw new Error('candidate ' + i + ' is not placed yet');
      this.sorted[this.taken++] = this.heap[0];
      this.heap[0] = this.heap[--this.size];
      if (this.size > 0) this.down(0);
    }
    var c = this.sorted[i];
    return { doc: this.docs[c], at: this.ats.subarray(c * this.width, (c + 1) * this.width) };
  };

  /** Articles in their numbers' order (those allowed by the filters, or all): the answer without words. */
  function Listed(allowed, count) {
    this.allowed = allowed;
    this.length = allowed ? allowed.length : count;
  }

  Listed.prototype.ensure = function () {
    return Promise.resolve();
  };

  Listed.prototype.get = function (i) {
    return { doc: this.allowed ? this.allowed[i] : i, at: null };
  };

  /**
   * An article's details: [address, title, region, volume, year, themes, pack, offset, length, head]: its text is
   * `length` bytes of text pack `pack` from `offset`, of which the first `head` bytes are its head (its first 800
   * characters, compressed on their own) and the rest, if any, the rest of the text.
   */
  Index.prototype.details = function (doc) {
    var k = Math.floor(doc / this.meta.perFile);
    if (!this.detailFiles[k]) {
      this.detailFiles[k] = this.fetchJson(this.base + 'docs/' + k + '.json?v=' + this.meta.version);
    }
    var perFile = this.meta.perFile;
    return this.detailFiles[k].then(function (file) { return file[doc - k * perFile]; });
  };

  Index.prototype.pack = function (d, offset, length) {
    return this.fetchBytes(this.base + 'text/' + d[6] + '.bin?v=' + this.meta.version, offset, length).then(inflate);
  };

  /** The head of an article's plain text: {text, whole}, whole when it is all of the text. */
  Index.prototype.head = function (doc) {
    var self = this;
    if (!this.heads[doc]) {
      this.heads[doc] = this.details(doc).then(function (d) {
        return self.pack(d, d[7], d[9]).then(function (text) { return { text: text, whole: d[9] === d[8] }; });
      });
    }
    return this.heads[doc];
  };

  /** An article's plain text (cut at 20 000 characters): its head, and the rest when there is more. */
  Index.prototype.text = function (doc) {
    var self = this;
    if (!this.texts[doc]) {
      this.texts[doc] = Promise.all([this.details(doc), this.head(doc)]).then(function (got) {
        var d = got[0];
        var head = got[1];
        if (head.whole) return head.text;
        return self.pack(d, d[7] + d[9], d[8] - d[9]).then(function (rest) { return head.text + rest; });
      });
    }
    return this.texts[doc];
  };

  /**
   * As much of an article's text as its snippet for the query (parsed, or null for none) needs: the head when the
   * snippet made from it is the one the whole text gives, else the whole text.
   */
  Index.prototype.passage = function (doc, parsed) {
    var self = this;
    return this.head(doc).then(function (head) {
      return head.whole || (parsed ? shownIn(head.text, parsed) : head.text.length > SNIPPET) ? head.text : self.text(doc);
    });
  };

  /**
   * Whether an article's title or text shows each of the runs, as they are written there (normalised as the
   * index normalises): if so, it has each run's pairs one after another, and its positions need not be fetched.
   * The head is looked at first, the rest of the text only when the head does not show them all. False when not,
   * or not known (the text is cut at 20 000 characters, the run may be in another of the indexed fields, or the
   * text could not be fetched): the positions then decide.
   */
  Index.prototype.shows = function (doc, runs) {
    var self = this;
    return Promise.all([this.details(doc), this.head(doc)]).then(function (got) {
      var title = normalize(got[0][1]);
      var has = function (text) {
        text = normalize(text);
        return runs.every(function (run) { return title.indexOf(run) >= 0 || text.indexOf(run) >= 0; });
      };
      if (has(got[1].text)) return true;
      return got[1].whole ? false : self.text(doc).then(has);
    }).then(null, function () { return false; });
  };

  function inflate(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Response(stream).text();
  }

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

  /** Where a window of about `length` characters around the first match starts and ends, and the words it marks. */
  function span(text, parsed, length) {
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
    return { start: start, end: end, words: words };
  }

  /** A window of about `length` characters around the first match, highlighted; '…' where cut. */
  function snippet(text, parsed, length) {
    var s = span(text, parsed, length || SNIPPET);
    var parts = highlight(text.slice(s.start, s.end), s.words);
    if (s.start > 0) parts.unshift({ text: '…', mark: false });
    if (s.end < text.length) parts.push({ text: '…', mark: false });
    return parts;
  }

  /**
   * Whether the snippet of a text's head is the one of the whole text: every phrase is in the head (so the same
   * words are marked, and the first match is there), and the window ends before the head does.
   */
  function shownIn(head, parsed) {
    var lower = head.toLowerCase();
    if (!parsed.phrases.every(function (p) { return lower.indexOf(p) >= 0; })) return false;
    return span(head, parsed, SNIPPET).end < head.length;
  }

  var core = {
    normalize: normalize, parseQuery: parseQuery, shardOf: shardOf, decode: decode,
    decodePositions: decodePositions, rank: rank, tiered: tiered, Index: Index, PAGE: 20,
    highlight: highlight, snippet: snippet, shownIn: shownIn
  };

  if (typeof module === 'object' && module.exports) {
    module.exports = core;
  }
  if (typeof document !== 'undefined') {
    var script = document.currentScript;
    // at the end of the page, as search.ftlh has it, the elements are there: the search starts now rather than
    // after the rest of the page is read
    var ready = ['search-form', 'search-q', 'search-region-1', 'search-region-2', 'search-region-3', 'search-theme',
      'search-year', 'search-status', 'search-results', 'search-more'].every(function (id) { return document.getElementById(id); });
    if (document.readyState === 'loading' && !ready) {
      document.addEventListener('DOMContentLoaded', function () { page(script); });
    } else {
      page(script);
    }
  }

  /* ---- the search page ---- */

  /**
   * A byte range of a file, as a Range request; a server that ignores ranges sends the whole file, which is
   * then kept (once per file) and cut here.
   */
  var wholeFiles = {};
  function fetchBytes(url, offset, length) {
    if (wholeFiles[url]) {
      return wholeFiles[url].then(function (all) { return all.subarray(offset, offset + length); });
    }
    return fetch(url, { headers: { Range: 'bytes=' + offset + '-' + (offset + length - 1) } }).then(function (r) {
      if (r.status === 206) return r.arrayBuffer().then(function (b) { return new Uint8Array(b); });
      if (!r.ok) throw new Error(url + ': ' + r.status);
      wholeFiles[url] = r.arrayBuffer().then(function (b) { return new Uint8Array(b); });
      return fetchBytes(url, offset, length);
    });
  }

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
    }, fetchBytes);
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
        return showMore().then(function () {
          if (mine !== generation) return;
          list.setAttribute('data-query', query);
          list.setAttribute('data-state', 'done');
        });
      }).then(null, function (error) {
        if (mine !== generation) return;
        status.textContent = '搜索索引无法读取：' + error.message;
        list.setAttribute('data-state', 'error');
      });
    }

    /** Says how many articles were found: '约' (about) while the count is estimated. */
    function count(result) {
      var n = result.count();
      if (n === 0) return '没有找到符合条件的条目。';
      return result.estimated() ? '找到约 ' + n + ' 篇条目。' : '找到 ' + n + ' 篇条目。';
    }

    /**
     * Shows the next results: they are found (their candidates checked, when that needs positions' chunks), their
     * details fetched, then drawn in order.
     */
    function showMore() {
      var result = current;
      var from = shown;
      shown += PAGE;
      return result.more(from + PAGE).then(function () {
        if (result !== current) return;
        var batch = result.docs.slice(from, from + PAGE);
        status.textContent = count(result);
        more.hidden = from + PAGE >= result.count() && !result.estimated();
        return Promise.all(batch.map(function (doc) { return index.details(doc); })).then(function (details) {
          if (result !== current) return;
          details.forEach(function (d, i) { list.appendChild(item(index.meta, batch[i], d, result)); });
        });
      });
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

    function item(meta, doc, d, result) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.className = 'article-title';
      a.href = base + d[0];
      marked(a, result.query ? highlight(d[1], needles(d[1], result)) : [{ text: d[1], mark: false }]);
      li.appendChild(a);
      var info = document.createElement('div');
      info.className = 'meta';
      var volume = meta.volumes.filter(function (v) { return v[0] === d[3]; })[0];
      var bits = [index.chain(d[2]).map(function (r) { return meta.regions[r][1]; }).join(' › '),
        d[4] + '年', volume ? volume[1] : String(d[3])];
      d[5].forEach(function (t) { bits.push(meta.themes[t][1]); });
      info.textContent = bits.join(' · ');
      li.appendChild(info);
      var p = document.createElement('p');
      p.className = 'summary';
      li.appendChild(p);
      index.passage(doc, result.query ? result : null).then(function (text) {
        marked(p, result.query ? snippet(text, result)
          : [{ text: text.slice(0, SNIPPET) + (text.length > SNIPPET ? '…' : ''), mark: false }]);
      }, function () { /* no snippet: the result stands without one */ });
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
