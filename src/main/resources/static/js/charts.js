// Draws a stacked bar chart above each table of achievement figures, from the table itself: the table stays
// the accessible version and what shows without JavaScript, so the chart is hidden from assistive technology.
// Colours are the GOV.UK palette's green, orange and red, in the order of the table's columns.
(function () {
  const colours = { achieved: '#00703c', partly: '#f47738', not: '#d4351c' };

  function drawFrom(canvas) {
    const table = document.getElementById(canvas.dataset.chartFor);
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    const rows = Array.from(table.tBodies[0].rows);
    const datasets = Array.from(table.tHead.querySelectorAll('th[data-series]')).map((header) => ({
      label: header.textContent.trim(),
      backgroundColor: colours[header.dataset.series],
      data: rows.map((row) => Number(row.dataset[header.dataset.series])),
    }));
    canvas.parentElement.style.height = Math.max(160, 34 * rows.length + 70) + 'px';
    new Chart(canvas, {
      type: 'bar',
      data: { labels: rows.map((row) => row.cells[0].textContent.trim()), datasets: datasets },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, min: 0, max: 100, title: { display: true, text: canvas.dataset.axisLabel } },
          y: { stacked: true },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }

  document.querySelectorAll('canvas[data-chart-for]').forEach(drawFrom);
})();
