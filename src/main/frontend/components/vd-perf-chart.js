// A performance chart: uPlot (MIT) drawing compact arrays sent by the server (setData):
// {title, unit, labels: [..], x: [unix seconds..], y: [[values or null..], ..], empty: "text"}.
// Units on the axis and in the legend, hover values in the legend, drag to zoom, double-click to
// reset. With the "live" attribute it fires "vd-refresh" every 20 s while the page and the chart
// are visible. The "points" attribute counts the points drawn (for tests and screen readers).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const COLORS = ['#1a73e8', '#e8710a', '#188038', '#a142f4'];
const REFRESH_MS = 20000;

const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

// Axis steps for byte values: 1, 2, 4 … 512 times each power of 1024, so ticks read 2 GiB, 4 GiB.
const BINARY_INCRS = [];
for (let p = 0; p < 6; p++) {
  for (let m = 1; m < 1024; m *= 2) BINARY_INCRS.push(m * Math.pow(1024, p));
}

function scaled(value, units, base) {
  let v = Math.abs(value);
  let i = 0;
  while (v >= base && i < units.length - 1) {
    v /= base;
    i++;
  }
  const digits = v >= 100 || i === 0 ? 0 : v >= 10 ? 1 : 2;
  return (value < 0 ? '-' : '') + v.toFixed(digits) + ' ' + units[i];
}

export function formatValue(unit, value) {
  if (value == null || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'BYTES':
      return scaled(value, BINARY, 1024);
    case 'BYTES_PER_SECOND':
      return scaled(value, BINARY, 1024) + '/s';
    case 'CORES':
      return (value >= 10 ? value.toFixed(1) : value.toFixed(2)) + ' vCPU';
    case 'PER_SECOND':
      return (value >= 100 ? value.toFixed(0) : value.toFixed(1)) + '/s';
    default:
      return String(value);
  }
}

class VdPerfChart extends HTMLElement {
  connectedCallback() {
    if (!this._plotHolder) {
      this._titleEl = document.createElement('div');
      this._titleEl.className = 'vd-perf-chart-title';
      this._plotHolder = document.createElement('div');
      this._emptyEl = document.createElement('div');
      this._emptyEl.className = 'vd-perf-chart-empty';
      this.append(this._titleEl, this._plotHolder, this._emptyEl);
    }
    this._resize = new ResizeObserver(() => this._fit());
    this._resize.observe(this);
    this._timer = setInterval(() => this._tick(), REFRESH_MS);
    if (this._data) this._draw();
  }

  disconnectedCallback() {
    this._resize?.disconnect();
    clearInterval(this._timer);
    this._plot?.destroy();
    this._plot = null;
  }

  setData(json) {
    this._data = typeof json === 'string' ? JSON.parse(json) : json;
    if (this.isConnected) this._draw();
  }

  _tick() {
    if (!this.hasAttribute('live') || document.visibilityState !== 'visible') return;
    if (this.offsetParent === null) return; // in a hidden tab
    this.dispatchEvent(new CustomEvent('vd-refresh'));
  }

  _draw() {
    const d = this._data;
    this._titleEl.textContent = d.title || '';
    const points = d.y.reduce((n, s) => n + s.filter((v) => v != null).length, 0);
    this.setAttribute('points', String(points));
    this._emptyEl.textContent = points === 0 ? d.empty || '' : '';
    this._emptyEl.hidden = points !== 0;
    const data = [d.x, ...d.y];
    const sameShape = this._plot && this._plot.series.length === d.y.length + 1 && this._unit === d.unit;
    if (sameShape) {
      this._plot.setData(data);
      return;
    }
    this._plot?.destroy();
    this._unit = d.unit;
    const format = (v) => formatValue(d.unit, v);
    const opts = {
      width: this._width(),
      height: 190,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, max > 0 ? max * 1.1 : 1] } },
      series: [
        {},
        ...d.labels.map((label, i) => ({
          label,
          stroke: COLORS[i % COLORS.length],
          fill: i === 0 ? COLORS[0] + '1a' : undefined,
          width: 1.5,
          spanGaps: false,
          value: (u, v) => format(v),
        })),
      ],
      axes: [
        {},
        {
          size: 80,
          values: (u, ticks) => ticks.map(format),
          incrs: d.unit.startsWith('BYTES') ? BINARY_INCRS : undefined,
        },
      ],
      cursor: { drag: { x: true, y: false, setScale: true } },
      legend: { live: true },
    };
    this._plot = new uPlot(opts, data, this._plotHolder);
  }

  _width() {
    return Math.max(240, this.clientWidth || 480);
  }

  _fit() {
    if (this._plot) this._plot.setSize({ width: this._width(), height: 190 });
  }
}

customElements.define('vd-perf-chart', VdPerfChart);
