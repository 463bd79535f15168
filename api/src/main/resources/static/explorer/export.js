// The map as a picture: an SVG drawn from the map's own positions, colours and names, with a legend of the kinds
// it shows and the line that says where its facts come from; and a PNG painted from that same SVG, so both
// carry the legend and the source line.
import { gql, saveFile } from './api.js';
import { kindLabel } from './i18n.js';
import { esc } from './ui.js';

/** The bundled dataset, and how its source is cited: in the report's own language, whatever the page's. */
const BUNDLED = 'jaarverslag-2021';
const REPORT = 'Amsterdam Economic Board, Jaarverslag 2021';
const SOURCE_PREFIX = 'Bron: ';

const DATASETS = `query MapDatasets($ids: [ID!]!) { entities(ids: $ids) { id dataset } }`;

const MARGIN = 20;
const LEGEND_ROW = 20;
const LABEL_SIZE = 9;
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

/**
 * The source line for these entities: "Bron: Amsterdam Economic Board, Jaarverslag 2021" for the bundled
 * dataset, else the names of the datasets they come from.
 */
export async function sourceLine(ids) {
  const datasets = ids.length ? (await gql(DATASETS, { ids })).entities.map(e => e.dataset).filter(Boolean) : [];
  const names = [...new Set(datasets.length ? datasets : [BUNDLED])].sort().map(d => (d === BUNDLED ? REPORT : d));
  return SOURCE_PREFIX + names.join('; ');
}

/**
 * The visible part of a Cytoscape map as an SVG document: {text, width, height}. Model coordinates, moved so
 * that the drawing starts at the margin; under it the legend and the source line.
 */
export function mapSvg(cy, { title, source }) {
  const visible = element => element.style('display') !== 'none';
  const nodes = cy.nodes().filter(visible);
  const edges = cy.edges().filter(e => visible(e.source()) && visible(e.target()));
  const box = bounds(nodes);
  const top = title ? 40 : MARGIN;
  const dx = MARGIN - box.x1;
  const dy = top - box.y1;
  const kindsShown = [...new Set(nodes.map(n => n.data('kind')).filter(Boolean))];
  const colours = new Map(nodes.map(n => [n.data('kind'), n.data('colour')]));
  const width = Math.max(Math.ceil(box.w) + 2 * MARGIN, 480);
  const legend = legendItems(kindsShown, width);
  const legendTop = top + Math.ceil(box.h) + MARGIN;
  const height = legendTop + legend.rows * LEGEND_ROW + 30;
  const point = p => `${(p.x + dx).toFixed(1)} ${(p.y + dy).toFixed(1)}`;
  const parts = [`<rect width="100%" height="100%" fill="#ffffff"/>`];
  if (title) parts.push(`<text x="${MARGIN}" y="24" font-size="15" font-weight="bold" ${FONT} fill="#1d2733">${esc(title)}</text>`);
  for (const edge of edges) {
    // The line as the map draws it: a marked path in its colour, a network's link as wide as what it stands for.
    parts.push(`<path class="relation" d="M ${point(edge.source().position())} L ${point(edge.target().position())}" stroke="${esc(edge.style('line-color'))}" stroke-width="${parseFloat(edge.style('width')) || 1}" fill="none"/>`);
  }
  for (const node of nodes) {
    const at = node.position();
    const radius = node.width() / 2;
    parts.push(`<g class="entity" data-id="${esc(node.id())}"><circle cx="${(at.x + dx).toFixed(1)}" cy="${(at.y + dy).toFixed(1)}" r="${radius}" fill="${esc(node.data('colour'))}"${node.hasClass('focus') ? ' stroke="#1d2733" stroke-width="3"' : ''}/>`
      + `<text x="${(at.x + dx).toFixed(1)}" y="${(at.y + dy + radius + LABEL_SIZE + 2).toFixed(1)}" font-size="${LABEL_SIZE}" ${FONT} text-anchor="middle" fill="#1d2733">${esc(node.data('label'))}</text></g>`);
  }
  parts.push(`<g class="legend">${legend.items.map(item => `<circle cx="${item.x + 6}" cy="${legendTop + item.row * LEGEND_ROW + 6}" r="6" fill="${esc(colours.get(item.kind))}"/>`
    + `<text x="${item.x + 16}" y="${legendTop + item.row * LEGEND_ROW + 10}" font-size="11" ${FONT} fill="#1d2733">${esc(item.label)}</text>`).join('')}</g>`);
  parts.push(`<text class="source" x="${MARGIN}" y="${height - 12}" font-size="11" ${FONT} fill="#555555">${esc(source)}</text>`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<title>${esc(title || source)}</title>${parts.join('')}</svg>`;
  return { text, width, height };
}

/**
 * What the entities and their names take up, names written out in full (the map cuts long ones short), each
 * letter taken as wide as an average one of the font.
 */
function bounds(nodes) {
  if (nodes.empty()) return { x1: 0, y1: 0, w: 0, h: 0 };
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach(node => {
    const at = node.position();
    const radius = node.width() / 2;
    const half = Math.max(radius, (String(node.data('label') ?? '').length * LABEL_SIZE * 0.55) / 2);
    x1 = Math.min(x1, at.x - half);
    x2 = Math.max(x2, at.x + half);
    y1 = Math.min(y1, at.y - radius);
    y2 = Math.max(y2, at.y + radius + LABEL_SIZE + 4);
  });
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** The legend's kinds laid out in rows that fit the width. */
function legendItems(kindsShown, width) {
  const items = [];
  let x = MARGIN;
  let row = 0;
  for (const kind of kindsShown) {
    const label = kindLabel(kind);
    const itemWidth = 16 + label.length * 7 + 18;
    if (x + itemWidth > width - MARGIN && x > MARGIN) {
      row++;
      x = MARGIN;
    }
    items.push({ kind, label, x, row });
    x += itemWidth;
  }
  return { items, rows: items.length ? row + 1 : 0 };
}

/** The SVG painted on a canvas at twice its size: a PNG with the same legend and source line. */
export async function pngOf(svg) {
  const image = new Image();
  // A data: address, which the Content-Security-Policy allows for images; the SVG holds no script or outside reference.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = svg.width * 2;
  canvas.height = svg.height * 2;
  const context = canvas.getContext('2d');
  context.scale(2, 2);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  return new Promise((resolve, reject) => canvas.toBlob(blob => (blob ? resolve(blob) : reject(new Error('the map could not be painted as PNG'))), 'image/png'));
}

/** Downloads the map as SVG or PNG, named after the page it shows. */
export async function exportMap(cy, format, { title, ids, name }) {
  const svg = mapSvg(cy, { title, source: await sourceLine(ids) });
  const file = `${name || 'ecosystem-map'}.${format}`;
  if (format === 'svg') saveFile(new Blob([svg.text], { type: 'image/svg+xml' }), file);
  else saveFile(await pngOf(svg), file);
}
