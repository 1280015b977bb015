// Sorts the concordance table by any column. The table works without this script:
// it is written sorted by date. Each sortable heading gets a button; a second press reverses.
(function () {
  'use strict';
  var table = document.getElementById('compare-table');
  if (!table || !table.tBodies.length) { return; }
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var body = table.tBodies[0];

  function key(row, col, type) {
    var cell = row.cells[col];
    var k = cell ? cell.getAttribute('data-key') : '';
    // a text column's cell without a key (the source's title) sorts by its text
    if (k === null && cell && type === 'text') { k = cell.textContent.trim(); }
    if (k === null || k === '') { return null; }
    return type === 'number' ? parseFloat(k) : k.toLowerCase();
  }

  function sortBy(col, dir) {
    var type = heads[col].getAttribute('data-sort');
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (r, i) { r.setAttribute('data-pos', String(i)); });
    rows.sort(function (a, b) {
      var x = key(a, col, type);
      var y = key(b, col, type);
      if (x === null && y === null) { return a.getAttribute('data-pos') - b.getAttribute('data-pos'); }
      if (x === null) { return 1; }
      if (y === null) { return -1; }
      var c = x < y ? -1 : x > y ? 1 : 0;
      return c === 0 ? a.getAttribute('data-pos') - b.getAttribute('data-pos') : c * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    heads.forEach(function (h, i) {
      if (i === col) {
        h.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      } else {
        h.removeAttribute('aria-sort');
      }
    });
  }

  heads.forEach(function (h, col) {
    if (!h.hasAttribute('data-sort')) { return; }
    var label = (h.querySelector('a') || h).textContent.trim();
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'sort';
    b.setAttribute('aria-label', 'Sort by ' + label);
    b.textContent = '\u2195';
    b.addEventListener('click', function () {
      var now = h.getAttribute('aria-sort');
      sortBy(col, now === 'ascending' ? -1 : 1);
    });
    h.appendChild(b);
  });
}());
