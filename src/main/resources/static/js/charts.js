// Draws a chart above each table marked for one, from the table itself: the table stays the accessible version
// and what shows without JavaScript, so the chart is hidden from assistive technology. A canvas names its table
// (data-chart-for) and kind (data-chart-type: stacked, bar, line or radar); the table's header cells marked
// data-series are the datasets (a canvas with data-chart-series draws only the one of that name), each row's
// first cell its label, and cells' data-value attributes the numbers, written as the table writes them, so a
// tooltip shows exactly the table's figure. Value axes start at zero (stacked percentages run 0 to 100) unless
// the canvas gives the scale's own range (data-axis-min, data-axis-max), which its axis title then states.
// A funnel plot (data-chart-type: funnel) puts each row at its number of cases (the cell's data-x) and percentage
// (the data-series cell), around the market's proportion (data-mean, 0 to 1) with its 95% and 99.8% control limits;
// the table says, row by row, where each falls.
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

  function funnel(canvas, table) {
    const column = series(table)[0].column;
    const points = Array.from(table.tBodies[0].rows).map((row) => ({
      x: Number(row.querySelector('[data-x]').dataset.x),
      y: Number(row.cells[column].dataset.value),
      name: row.cells[0].textContent.trim(),
      written: row.cells[column].dataset.value,
    }));
    const mean = Number(canvas.dataset.mean);
    const most = Math.max.apply(null, points.map((p) => p.x)) * 1.1;
    const cases = [];
    for (let i = 0; i <= 60; i++) {
      cases.push(Math.max(1, Math.pow(most, i / 60)));
    }
    const curve = (z) => cases.map((n) => ({
      x: n, y: Math.min(100, Math.max(0, 100 * (mean + z * Math.sqrt((mean * (1 - mean)) / n)))),
    }));
    const names = (canvas.dataset.limitLabels || '95%|99.8%|').split('|');
    const line = (label, data, colour, dash) => ({
      type: 'line', label: label, data: data, borderColor: colour, borderDash: dash, pointRadius: 0,
      borderWidth: 1.5, fill: false,
    });
    canvas.parentElement.style.height = '360px';
    const unit = canvas.dataset.unit || '';
    new Chart(canvas, {
      type: 'scatter',
      data: {
        datasets: [
          { label: table.tHead.rows[0].cells[column].textContent.trim(), data: points, backgroundColor: '#1d70b8',
            pointRadius: 5 },
          line(names[2] || '', curve(0), '#505a5f', []),
          line(names[0], curve(1.96), '#f47738', [6, 4]),
          line(names[0], curve(-1.96), '#f47738', [6, 4]),
          line(names[1], curve(3.09), '#d4351c', [2, 3]),
          line(names[1], curve(-3.09), '#d4351c', [2, 3]),
        ],
      },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: {
          x: { type: 'linear', min: 0, title: { display: true, text: canvas.dataset.xLabel || '' } },
          y: { min: 0, max: 100, title: { display: true, text: canvas.dataset.axisLabel || '' } },
        },
        plugins: {
          legend: { labels: { filter: (item, data) => data.datasets.findIndex((d) => d.label === item.text)
            === item.datasetIndex } },
          tooltip: { filter: (item) => item.datasetIndex === 0,
            callbacks: { label: (item) => item.raw.name + ': ' + item.raw.written + unit } },
        },
      },
    });
  }

  function drawFrom(canvas) {
    const table = document.getElementById(canvas.dataset.chartFor);
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    if (canvas.dataset.chartType === 'funnel') {
      funnel(canvas, table);
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
