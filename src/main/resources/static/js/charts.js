// Draws a chart above each table marked for one, from the table itself: the table stays the accessible version
// and what shows without JavaScript, so the chart is hidden from assistive technology. A canvas names its table
// (data-chart-for) and kind (data-chart-type: stacked, bar, line or radar); the table's header cells marked
// data-series are the datasets (a canvas with data-chart-series draws only the one of that name), each row's
// first cell its label, and cells' data-value attributes the numbers, written as the table writes them, so a
// tooltip shows exactly the table's figure. Value axes start at zero (stacked percentages run 0 to 100) unless
// the canvas gives the scale's own range (data-axis-min, data-axis-max), which its axis title then states.
(function () {
  const palette = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#28a197', '#b58840', '#d53880'];
  const named = { achieved: '#00703c', partly: '#f47738', not: '#d4351c', nolonger: '#505a5f' };

  function series(table, only) {
    const headers = Array.from(table.tHead.rows[0].cells);
    return headers
      .map((header, column) => ({ header: header, column: column }))
      .filter((s) => s.header.dataset.series !== undefined)
      .filter((s) => only === undefined || s.header.dataset.series === only);
  }

  function datasets(table, type, rows, only) {
    return series(table, only).map((s, index) => {
      const colour = named[s.header.dataset.series] || palette[index % palette.length];
      const written = rows.map((row) => row.cells[s.column].dataset.value);
      return {
        label: s.header.textContent.trim(),
        backgroundColor: type === 'radar' ? colour + '33' : colour,
        borderColor: colour,
        spanGaps: true,
        written: written,
        data: written.map((value) => (value === undefined || value === '' ? null : Number(value))),
      };
    });
  }

  function number(value) {
    return value === undefined || value === '' ? undefined : Number(value);
  }

  function options(canvas, type) {
    const title = { display: Boolean(canvas.dataset.axisLabel), text: canvas.dataset.axisLabel || '' };
    const min = number(canvas.dataset.axisMin);
    const max = number(canvas.dataset.axisMax);
    const unit = canvas.dataset.unit || '';
    const tooltip = {
      callbacks: {
        label: (item) => item.dataset.label + ': ' + item.dataset.written[item.dataIndex] + unit,
      },
    };
    const common = { maintainAspectRatio: false, animation: false };
    if (type === 'radar') {
      return Object.assign(common, {
        scales: { r: { beginAtZero: min === undefined, min: min, max: max } },
        plugins: { tooltip: tooltip },
      });
    }
    if (type === 'bar' || type === 'line') {
      return Object.assign(common, {
        scales: { y: { beginAtZero: min === undefined, min: min, max: max, title: title } },
        plugins: { tooltip: tooltip },
      });
    }
    return Object.assign(common, {
      indexAxis: 'y',
      scales: { x: { stacked: true, min: 0, max: 100, title: title }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom' }, tooltip: tooltip },
    });
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
      data: {
        labels: rows.map((row) => row.cells[0].textContent.trim()),
        datasets: datasets(table, type, rows, canvas.dataset.chartSeries),
      },
      options: options(canvas, type),
    });
  }

  document.querySelectorAll('canvas[data-chart-for]').forEach(drawFrom);
})();
