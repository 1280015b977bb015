/* Sourcebook search: runs in the browser, no server. The index is a set of script files
 * (search/idx/*.js) that register their data with SB_SEARCH.add(); they are injected on demand
 * with <script src>, so search works from file:// as well as under any sub-path. Terms are made
 * exactly as org.sourcebook.search.Terms makes them at build time. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form) { return; }
  var input = document.getElementById('q');
  var statusEl = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var note = document.getElementById('search-js-note');
  var base = form.getAttribute('data-index');
  var root = form.getAttribute('data-root');
  var PAGE = 10;
  var KINDS = { fact: 'Fact', source: 'Source', quote: 'Figure stated', text: 'Source text' };
  var TOKEN = /\p{N}+(?:,\p{N}{3})+|[\p{L}\p{N}]+/gu;

  var S = window.SB_SEARCH = window.SB_SEARCH || {};
  S.data = S.data || {};
  S.add = function (kind, n, data) { S.data[kind + n] = data; };
  var pending = {};

  /* One search's loads: what it cost, checked against the manifest's budget. */
  function Load(budget) { this.budget = budget; this.bytes = 0; this.files = []; }
  Load.prototype.fits = function (bytes) { return this.bytes + bytes <= this.budget; };

  function load(kind, n, bytes, cost) {
    var key = kind + n;
    if (Object.prototype.hasOwnProperty.call(S.data, key)) { return Promise.resolve(S.data[key]); }
    if (!pending[key]) {
      var src = base + (kind === 'manifest' ? 'manifest' : kind + n) + '.js';
      cost.bytes += bytes;
      cost.files.push(src);
      pending[key] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = src;
        s.async = true;
        s.onload = function () {
          s.remove();
          if (Object.prototype.hasOwnProperty.call(S.data, key)) { resolve(S.data[key]); } else { reject(new Error(src + ' registered nothing')); }
        };
        s.onerror = function () { s.remove(); delete pending[key]; reject(new Error('cannot load ' + src)); };
        document.head.appendChild(s);
      });
    }
    return pending[key];
  }

  function fold(t) { return t.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/,/g, ''); }

  function queryTerms(q, man) {
    var stop = {};
    man.stop.forEach(function (w) { stop[w] = true; });
    var out = [];
    (q.match(TOKEN) || []).forEach(function (tok) {
      var t = fold(tok);
      if (t && !stop[t] && (t.length > 1 || /\p{Nd}/u.test(t)) && out.indexOf(t) < 0) { out.push(t); }
    });
    return out.slice(0, 6);
  }

  /* The shard holding a term: the longest shard key that starts it. */
  function shardOf(term, shards) {
    var best = -1;
    for (var i = 0; i < shards.length; i++) {
      var k = shards[i][0];
      if (term.lastIndexOf(k, 0) === 0 && (best < 0 || k.length > shards[best][0].length)) { best = i; }
    }
    return best;
  }

  function run(q) {
    var cost = new Load(Infinity);
    var manifestKnown = Object.prototype.hasOwnProperty.call(S.data, 'manifest0');
    return load('manifest', 0, 0, cost).then(function (man) {
      if (!man.shards) {
        man.shards = man.keys.split(' ').map(function (k, i) { return [k, man.sizes[i] * 100]; });
      }
      if (!man.mapMax) {
        man.mapMax = man.maps.reduce(function (a, b) { return Math.max(a, b * 100); }, 0);
      }
      cost.budget = man.budget;
      if (!manifestKnown) { cost.bytes = man.self; }
      var terms = queryTerms(q, man);
      if (!terms.length) { return { terms: [], hits: [], cost: cost, man: man }; }
      var reserve = (man.chunkMax + man.mapMax) * 8;
      var want = [];
      terms.forEach(function (t) {
        var i = shardOf(t, man.shards);
        if (i >= 0 && want.indexOf(i) < 0) { want.push(i); }
      });
      terms.forEach(function (t) {
        if (t.length < 2) { return; }
        man.shards.forEach(function (s, i) {
          if (s[0].length > t.length && s[0].lastIndexOf(t, 0) === 0 && want.indexOf(i) < 0) { want.push(i); }
        });
      });
      var chosen = [];
      var planned = 0;
      want.forEach(function (i, n) {
        var size = S.data['t' + i] ? 0 : man.shards[i][1];
        var must = n < terms.length;
        if (must ? cost.fits(planned + size) : cost.fits(planned + size + reserve)) { chosen.push(i); planned += size; }
      });
      return Promise.all(chosen.map(function (i) { return load('t', i, man.shards[i][1], cost); })).then(function (shards) {
        return { terms: terms, hits: score(terms, shards, man), cost: cost, man: man };
      });
    });
  }

  function score(terms, shards, man) {
    var perTerm = terms.map(function (q) {
      var got = {};
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          var exact = term === q;
          if (!exact && !(q.length >= 2 && term.lastIndexOf(q, 0) === 0)) { return; }
          var p = shard[term];
          var idf = Math.log(1 + man.docs / p[0]);
          var doc = 0;
          for (var j = 1; j < p.length; j += 2) {
            doc += p[j];
            var s = p[j + 1] * idf * (exact ? 1 : 0.6);
            if (!(got[doc] >= s)) { got[doc] = s; }
          }
        });
      });
      return got;
    });
    var all = {};
    var any = {};
    perTerm.forEach(function (got, n) {
      Object.keys(got).forEach(function (d) {
        any[d] = (any[d] || 0) + got[d];
        if (perTerm.every(function (o) { return Object.prototype.hasOwnProperty.call(o, d); })) { all[d] = any[d]; }
      });
      return n;
    });
    var pick = Object.keys(all).length ? all : any;
    var hits = Object.keys(pick).map(function (d) { return { doc: +d, score: pick[d] }; });
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    hits.partial = pick !== all && hits.length > 0;
    return hits;
  }

  function chunkOf(doc, chunks) {
    var lo = 0;
    var hi = chunks.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (chunks[mid] <= doc) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  /* Where the chunks start around document ids [k·mapSpan, (k+1)·mapSpan), from chunk map k. */
  function starts(k) {
    var key = 'c' + k;
    var m = S.data[key];
    if (!m.starts) {
      var at = 0;
      m.starts = m.map(function (d) { at += d; return at; });
    }
    return m.starts;
  }

  /* Loads the documents of hits[from..] while the budget allows, up to PAGE of them. A chunk's
   * file is named by the id of its first document (d<id>.js); the chunk maps (c<k>.js) say where
   * chunks start, each for a range of ids, so the maps of the hits shown are loaded first. */
  function docs(res, from) {
    var man = res.man;
    var maps = [];
    var planned = 0;
    for (var h = from; h < res.hits.length && h < from + PAGE; h++) {
      var k = Math.floor(res.hits[h].doc / man.mapSpan);
      var size = S.data['c' + k] || maps.indexOf(k) >= 0 ? 0 : man.maps[k] * 100;
      if (!res.cost.fits(planned + size + man.chunkMax)) { break; }
      planned += size + man.chunkMax;
      if (size) { maps.push(k); }
    }
    return Promise.all(maps.map(function (k) {
      return load('c', k, man.maps[k] * 100, res.cost);
    })).then(function () { return chunksOf(res, from); });
  }

  function chunksOf(res, from) {
    var man = res.man;
    var shown = [];
    var chunks = [];
    for (var i = from; i < res.hits.length && shown.length < PAGE; i++) {
      var k = Math.floor(res.hits[i].doc / man.mapSpan);
      if (!S.data['c' + k]) { break; }
      var st = starts(k);
      var c = st[chunkOf(res.hits[i].doc, st)];
      if (chunks.indexOf(c) < 0) {
        if (!S.data['d' + c] && !res.cost.fits(man.chunkMax)) { break; }
        if (!S.data['d' + c]) { res.cost.bytes += man.chunkMax; }
        chunks.push(c);
      }
      shown.push({ hit: res.hits[i], chunk: c });
    }
    return Promise.all(chunks.map(function (c) {
      return load('d', c, 0, res.cost);
    })).then(function () {
      return shown.map(function (s) {
        var row = S.data['d' + s.chunk][s.hit.doc - s.chunk];
        return { kind: row[0], title: row[1], href: row[2], text: row[3], sub: row[4], breaks: row[5], span: row[6] };
      });
    });
  }

  function matcher(terms) {
    return function (tok) {
      var t = fold(tok);
      return terms.some(function (q) { return t === q || (q.length >= 2 && t.lastIndexOf(q, 0) === 0); });
    };
  }

  function tokens(text) {
    var out = [];
    var re = new RegExp(TOKEN.source, 'gu');
    var m;
    while ((m = re.exec(text)) !== null) { out.push({ start: m.index, end: m.index + m[0].length, text: m[0] }); }
    return out;
  }

  /* A text fragment (#:~:text=) for the first match: a few words that cross no claim marker. */
  function fragment(doc, toks, first) {
    if (first < 0) { return ''; }
    var start = toks[first].start;
    var end = toks[first].end;
    for (var i = first + 1; i < toks.length && i < first + 6; i++) {
      var gap = doc.text.slice(end, toks[i].start);
      var crosses = (doc.breaks || []).some(function (b) { return b > start && b < toks[i].end; });
      if (crosses || /[*_[\]()<>`#\\]|\n\s*\n/.test(gap)) { break; }
      end = toks[i].end;
    }
    var phrase = doc.text.slice(start, end).replace(/\s+/g, ' ');
    if (/[*_[\]()<>`#\\]/.test(phrase)) { return ''; }
    return '#:~:text=' + encodeURIComponent(phrase).replace(/-/g, '%2D');
  }

  /* A quote's row has its span in the text ([from, to]): only the quote was searched, so only its
   * words are marked, and it is set apart (span.quote-span); the context around it is shown unmarked. */
  function snippet(doc, terms) {
    var toks = tokens(doc.text);
    var words = matcher(terms);
    var span = doc.span;
    var isMatch = span ? function (t) { return t.start >= span[0] && t.end <= span[1] && words(t.text); }
      : function (t) { return words(t.text); };
    var first = -1;
    for (var i = 0; i < toks.length; i++) { if (isMatch(toks[i])) { first = i; break; } }
    var text = doc.text;
    var at = first >= 0 ? toks[first].start : span ? span[0] : 0;
    var from = Math.max(0, at - 90);
    if (from > 0) { var sp = text.indexOf(' ', from); from = sp >= 0 && sp < at ? sp + 1 : from; }
    var to = Math.min(text.length, from + 260);
    if (to < text.length) { var sp2 = text.lastIndexOf(' ', to); to = sp2 > from ? sp2 : to; }
    var p = document.createElement('p');
    p.className = span ? 'snippet with-quote' : 'snippet';
    if (from > 0) { p.appendChild(document.createTextNode('… ')); }
    if (span) {
      /* the quote set apart from the context shown around it */
      var s0 = Math.min(Math.max(span[0], from), to);
      var s1 = Math.min(Math.max(span[1], s0), to);
      marked(p, text, toks, from, s0, isMatch);
      var q = document.createElement('span');
      q.className = 'quote-span';
      marked(q, text, toks, s0, s1, isMatch);
      p.appendChild(q);
      marked(p, text, toks, s1, to, isMatch);
    } else {
      marked(p, text, toks, from, to, isMatch);
    }
    if (to < text.length) { p.appendChild(document.createTextNode(' …')); }
    return { el: p, href: doc.kind === 'text' ? fragment(doc, toks, first) : '' };
  }

  /* text[a, b) into parent, white space folded, the matching words in it marked */
  function marked(parent, text, toks, a, b, isMatch) {
    var pos = a;
    toks.forEach(function (t) {
      if (t.start < a || t.end > b || !isMatch(t)) { return; }
      parent.appendChild(document.createTextNode(text.slice(pos, t.start).replace(/\s+/g, ' ')));
      var mark = document.createElement('mark');
      mark.textContent = t.text;
      parent.appendChild(mark);
      pos = t.end;
    });
    parent.appendChild(document.createTextNode(text.slice(pos, b).replace(/\s+/g, ' ')));
  }

  function render(items, terms) {
    items.forEach(function (doc) {
      var li = document.createElement('li');
      var sn = snippet(doc, terms);
      var a = document.createElement('a');
      a.href = root + doc.href + sn.href;
      a.textContent = doc.title;
      a.className = 'result-title';
      var kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = KINDS[doc.kind] || doc.kind;
      var head = document.createElement('p');
      head.className = 'result-head';
      head.appendChild(a);
      head.appendChild(document.createTextNode(' '));
      head.appendChild(kind);
      li.appendChild(head);
      li.appendChild(sn.el);
      if (doc.sub) {
        var sub = document.createElement('p');
        sub.className = 'result-sub';
        sub.textContent = doc.kind === 'text' && doc.sub.indexOf('furniture') >= 0 ? doc.sub : 'In: ' + doc.sub;
        li.appendChild(sub);
      }
      list.appendChild(li);
    });
  }

  var current = null;
  var seq = 0;

  function say(text) { statusEl.textContent = text; }

  function search(q, updateUrl) {
    var mine = ++seq;
    list.textContent = '';
    more.hidden = true;
    if (updateUrl) {
      try { history.replaceState(null, '', '?q=' + encodeURIComponent(q)); } catch (e) { /* file:// may refuse */ }
    }
    if (!q.trim()) { say('Type a word or a figure to search the archive.'); return Promise.resolve(); }
    say('Searching…');
    return run(q).then(function (res) {
      if (mine !== seq) { return; }
      current = { res: res, shown: 0 };
      S.last = { query: q, terms: res.terms, bytes: res.cost.bytes, files: res.cost.files.slice(), results: res.hits.length };
      return showMore(mine);
    }).catch(function (err) {
      if (mine === seq) { say('Search failed: ' + err.message); }
    });
  }

  function showMore(mine) {
    var res = current.res;
    if (!res.terms.length) { say('No searchable words in the query (very common words such as “the” are not indexed).'); return Promise.resolve(); }
    if (!res.hits.length) { say('No results for “' + S.last.query + '”.'); return Promise.resolve(); }
    return docs(res, current.shown).then(function (items) {
      if (mine !== seq) { return; }
      render(items, res.terms);
      current.shown += items.length;
      S.last.bytes = res.cost.bytes;
      S.last.files = res.cost.files.slice();
      more.hidden = current.shown >= res.hits.length;
      say(res.hits.length + (res.hits.length === 1 ? ' result' : ' results') + ' for “' + S.last.query + '”' +
        (res.hits.partial ? ' (no result has every word; showing results with any of them)' : '') +
        ', showing ' + current.shown + '.');
    });
  }

  if (note) { note.hidden = true; }
  form.hidden = false;
  var timer = null;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    search(input.value, true);
  });
  more.addEventListener('click', function () {
    if (!current) { return; }
    current.res.cost = new Load(current.res.man.budget);
    var before = current.shown;
    showMore(seq).then(function () {
      var next = list.children[before];
      if (next) { var a = next.querySelector('a'); if (a) { a.focus(); } }
    });
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (input.value.trim().length >= 2) { search(input.value, true); } }, 300);
  });
  /* Arrow keys: down from the box into the results, up and down between them, up back to the box. */
  form.parentNode.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') { return; }
    var links = Array.prototype.slice.call(list.querySelectorAll('a.result-title'));
    var at = links.indexOf(document.activeElement);
    if (document.activeElement === input && e.key === 'ArrowDown' && links.length) {
      links[0].focus();
    } else if (at >= 0) {
      if (e.key === 'ArrowDown' && at + 1 < links.length) { links[at + 1].focus(); }
      if (e.key === 'ArrowUp') { (at > 0 ? links[at - 1] : input).focus(); }
    } else {
      return;
    }
    e.preventDefault();
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; search(initial, false); } else { say('Type a word or a figure to search the archive.'); }
  S.search = search;
}());
