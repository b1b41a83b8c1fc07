// Draws a chart above each table marked for one, from the table itself: the table stays the accessible version
// and what shows without JavaScript, so the chart is hidden from assistive technology. A canvas names its table
// (data-chart-for) and kind (data-chart-type: stacked, bar, line or radar); the table's header cells marked
// data-series are the datasets, each row's first cell its label, and cells' data-value attributes the numbers.
(function () {
  const palette = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#28a197', '#b58840', '#d53880'];
  const named = { achieved: '#00703c', partly: '#f47738', not: '#d4351c' };

  function series(table) {
    const headers = Array.from(table.tHead.rows[0].cells);
    return headers
      .map((header, column) => ({ header: header, column: column }))
      .filter((s) => s.header.dataset.series !== undefined);
  }

  function datasets(table, type, rows) {
    return series(table).map((s, index) => {
      const colour = named[s.header.dataset.series] || palette[index % palette.length];
      return {
        label: s.header.textContent.trim(),
        backgroundColor: type === 'radar' ? colour + '33' : colour,
        borderColor: colour,
        spanGaps: true,
        data: rows.map((row) => {
          const value = row.cells[s.column].dataset.value;
          return value === undefined || value === '' ? null : Number(value);
        }),
      };
    });
  }

  function options(canvas, type) {
    const axis = { display: true, text: canvas.dataset.axisLabel || '' };
    if (type === 'radar') {
      return { maintainAspectRatio: false, animation: false, scales: { r: { beginAtZero: true } } };
    }
    if (type === 'bar') {
      return { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } };
    }
    if (type === 'line') {
      return { maintainAspectRatio: false, animation: false, scales: { y: { title: axis } } };
    }
    return {
      indexAxis: 'y', maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true, min: 0, max: 100, title: axis }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom' } },
    };
  }

  function drawFrom(canvas) {
    const table = document.getElementById(canvas.dataset.chartFor);
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    const type = canvas.dataset.chartType || 'stacked';
    const rows = Array.from(table.tBodies[0].rows);
    const height = type === 'stacked' ? Math.max(160, 34 * rows.length + 70) : 320;
    canvas.parentElement.style.height = height + 'px';
    new Chart(canvas, {
      type: type === 'stacked' ? 'bar' : type,
      data: { labels: rows.map((row) => row.cells[0].textContent.trim()), datasets: datasets(table, type, rows) },
      options: options(canvas, type),
    });
  }

  document.querySelectorAll('canvas[data-chart-for]').forEach(drawFrom);
})();
