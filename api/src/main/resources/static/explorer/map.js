// The network map: Cytoscape.js (served from the application, no CDN), coloured by kind as the badges
// are (style.css holds the colours).
import { gql, NAME_FIELDS } from './api.js';
import { exportMap } from './export.js';
import { entityName, kinds, t } from './i18n.js';
import { esc, kindBadge, showNotice } from './ui.js';
import { viewControls } from './views.js';

/** An entity with this many relationships or more counts as a hub, which the map can hide. */
export const HUB_DEGREE = 50;

const NEIGHBOURHOOD = `query Map($id: ID!, $depth: Int, $limit: Int, $asOf: Int) {
  neighbourhood(id: $id, depth: $depth, limit: $limit, asOf: $asOf) {
    truncated
    nodes { ${NAME_FIELDS} relations(first: 0) { totalCount } }
    edges { from to type role }
  }
}`;

export class NetworkMap {
  /**
   * {@code year}: show only the relationships that held in that year (asOf); every relationship when null.
   * {@code readOnly}: no saving of views (an embedded view). {@code title}: what an exported picture is headed with.
   */
  constructor(container, { focusId = null, onOpen, year = null, readOnly = false, title = () => document.title }) {
    this.focusId = focusId;
    this.onOpen = onOpen;
    this.year = year;
    this.title = title;
    this.hideHubs = false;
    this.hiddenKinds = new Set();
    container.innerHTML = `<div class="map-toolbar">
        <label><input type="checkbox" class="hide-hubs"> ${esc(t('map.hideHubs', { degree: HUB_DEGREE }))}</label>
        <label>${esc(t('map.select'))} <select class="map-entities" aria-label="${esc(t('map.selectLabel'))}"></select></label>
        <span class="muted map-count" aria-live="polite"></span>
        <span class="map-pictures"><button type="button" class="export-picture" data-format="svg">${esc(t('map.exportSvg'))}</button>
          <button type="button" class="export-picture" data-format="png">${esc(t('map.exportPng'))}</button></span>
        ${readOnly ? '' : '<span class="map-views"></span>'}
      </div>
      <div class="map" role="img" aria-label="${esc(t('map.imageLabel'))}"></div>
      <div class="map-selection" aria-live="polite"></div>
      <div class="legend" role="group" aria-label="${esc(t('map.kindsShown'))}">${kinds().map(kind =>
        `<label class="legend-kind"><input type="checkbox" value="${esc(kind)}" checked> ${kindBadge(kind)}</label>`).join('')}</div>`;
    container.querySelectorAll('.legend-kind input').forEach(box => box.addEventListener('change', () => {
      if (box.checked) this.hiddenKinds.delete(box.value);
      else this.hiddenKinds.add(box.value);
      this.applyVisibility();
    }));
    container.querySelectorAll('button.export-picture').forEach(button => button.addEventListener('click', () => {
      const name = (this.title() || 'ecosystem-map').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase();
      exportMap(this.cy, button.dataset.format, { title: this.title(), ids: this.entityIds(), name }).catch(showNotice);
    }));
    if (!readOnly) viewControls(container.querySelector('.map-views'), this);
    this.container = container;
    this.count = container.querySelector('.map-count');
    // The canvas takes no keyboard focus; this list reaches every entity on the map without a mouse.
    this.entities = container.querySelector('.map-entities');
    this.entities.addEventListener('change', () => {
      const node = this.cy.getElementById(this.entities.value);
      if (node.nonempty()) {
        this.cy.elements().unselect();
        node.select();
        this.select(node);
      }
    });
    this.selection = container.querySelector('.map-selection');
    container.querySelector('.hide-hubs').addEventListener('change', event => {
      this.hideHubs = event.target.checked;
      this.applyVisibility();
    });
    this.cy = cytoscape({
      container: container.querySelector('.map'),
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)', label: 'data(label)', 'font-size': 9, color: '#1d2733',
          'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 110, width: 16, height: 16 } },
        { selector: 'node.focus', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#1d2733', 'font-weight': 'bold' } },
        { selector: 'node.hub', style: { shape: 'diamond' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f5b700' } },
        { selector: 'edge', style: { width: 1, 'line-color': '#b8c0ca', 'target-arrow-color': '#b8c0ca',
          'target-arrow-shape': 'triangle', 'arrow-scale': 0.6, 'curve-style': 'bezier' } },
        { selector: 'edge.path', style: { width: 3, 'line-color': '#f5b700', 'target-arrow-color': '#f5b700' } },
      ],
    });
    this.cy.on('tap', 'node', event => this.select(event.target));
    this.cy.on('dbltap', 'node', event => this.expand(event.target.id()));
  }

  async showNeighbourhood(id, depth = 1) {
    this.focusId = id;
    await this.expand(id, depth);
  }

  /**
   * Shows the network as it stood in a year (null: every year): the focus's neighbourhood drawn again. When the
   * year moves on before the answer comes, the answer for the older year is dropped.
   */
  async showYear(year) {
    const request = (this.yearRequests = (this.yearRequests ?? 0) + 1);
    this.year = year;
    const data = await gql(NEIGHBOURHOOD, { id: this.focusId, depth: 1, limit: 150, asOf: year });
    if (request !== this.yearRequests) return;
    this.cy.elements().remove();
    this.selection.innerHTML = '';
    this.expanded = new Set([this.focusId]);
    this.show(data.neighbourhood);
  }

  async expand(id, depth = 1) {
    const data = await gql(NEIGHBOURHOOD, { id, depth, limit: 150, asOf: this.year });
    this.expanded = (this.expanded || new Set()).add(id);
    this.show(data.neighbourhood);
  }

  /** Adds a neighbourhood to the map and lays it out again. */
  show(neighbourhood) {
    this.add(neighbourhood.nodes, neighbourhood.edges);
    this.layout();
    if (neighbourhood.truncated) {
      this.count.textContent += ` ${t('map.truncated', { count: 150 })}`;
    }
  }

  /** Draws the given entities and relationships, keeping what is already on the map. */
  add(nodes, edges) {
    const elements = [];
    for (const node of nodes) {
      if (this.cy.getElementById(node.id).nonempty()) continue;
      const degree = node.relations ? node.relations.totalCount : 0;
      const name = entityName(node);
      elements.push({ group: 'nodes', data: { id: node.id, label: name, name, kind: node.kind, degree, colour: kindColour(node.kind) },
        classes: [node.id === this.focusId ? 'focus' : '', degree >= HUB_DEGREE ? 'hub' : ''].join(' ').trim() });
    }
    for (const edge of edges) {
      const id = `${edge.from}|${edge.type}|${edge.to}`;
      if (this.cy.getElementById(id).nonempty()) continue;
      elements.push({ group: 'edges', data: { id, source: edge.from, target: edge.to, type: edge.type, role: edge.role || '' } });
    }
    this.cy.add(elements);
    this.applyVisibility();
  }

  /** Lays the map out: force-directed, or as a chain from {@code root} when drawing paths. */
  layout(root = null) {
    const options = root
      ? { name: 'breadthfirst', roots: this.cy.getElementById(root), directed: false, spacingFactor: 1.1, animate: false, fit: true, padding: 30 }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, fit: true, padding: 20 };
    this.cy.layout(options).run();
    this.listEntities();
  }

  /** The count of what the map shows and the list that reaches each entity without a mouse. */
  listEntities() {
    this.count.textContent = t('map.count', { count: this.cy.nodes().length, relations: t('map.relations', { count: this.cy.edges().length }) });
    const nodes = this.cy.nodes().map(n => n.data()).sort((a, b) => a.name.localeCompare(b.name));
    this.entities.innerHTML = '<option value="">…</option>'
      + nodes.map(n => `<option value="${esc(n.id)}" translate="no">${esc(n.name)}</option>`).join('');
  }

  /** Hides the hubs (when asked; never the focus) and the kinds unticked in the legend. */
  applyVisibility() {
    this.cy.nodes().forEach(node => {
      const hiddenHub = this.hideHubs && node.hasClass('hub') && node.id() !== this.focusId;
      node.style('display', hiddenHub || this.hiddenKinds.has(node.data('kind')) ? 'none' : 'element');
    });
  }

  /** What the map shows, as a saved view keeps it: every entity where it is drawn, the relationships, what is hidden. */
  state() {
    const at = value => Math.round(value * 10) / 10;
    return { focus: this.focusId, year: this.year, hideHubs: this.hideHubs, hiddenKinds: [...this.hiddenKinds],
      entities: this.cy.nodes().map(n => ({ id: n.id(), x: at(n.position('x')), y: at(n.position('y')) })),
      relations: this.cy.edges().map(e => ({ from: e.data('source'), type: e.data('type'), to: e.data('target') })) };
  }

  /**
   * Draws a saved map again: {@code entities} as the graph holds them now (those deleted since are left out), each
   * where it was, the saved relationships between them, and what was hidden.
   */
  restore(saved, entities) {
    this.focusId = saved.focus;
    this.year = saved.year;
    this.hideHubs = saved.hideHubs;
    this.hiddenKinds = new Set(saved.hiddenKinds);
    this.container.querySelector('.hide-hubs').checked = saved.hideHubs;
    this.container.querySelectorAll('.legend-kind input').forEach(box => { box.checked = !this.hiddenKinds.has(box.value); });
    const present = new Set(entities.map(e => e.id));
    this.add(entities, saved.relations.filter(r => present.has(r.from) && present.has(r.to)));
    this.expanded = new Set();
    const positions = new Map(saved.entities.map(e => [e.id, { x: e.x, y: e.y }]));
    this.cy.nodes().forEach(node => node.position(positions.get(node.id())));
    this.cy.fit(undefined, 20);
    this.listEntities();
  }

  select(node) {
    const data = node.data();
    this.selection.innerHTML = `${kindBadge(data.kind)} <strong translate="no">${esc(data.name)}</strong>
      <span class="muted">${esc(t('map.relations', { count: data.degree }))}</span>
      <button type="button" class="open">${esc(t('map.open'))}</button>
      <button type="button" class="expand"${this.expanded?.has(data.id) ? ' disabled' : ''}>${esc(t('map.expand'))}</button>`;
    this.selection.querySelector('.open').addEventListener('click', () => this.onOpen(data.id));
    this.selection.querySelector('.expand').addEventListener('click', async () => {
      await this.expand(data.id);
      this.select(this.cy.getElementById(data.id));
    });
  }

  /** Highlights the relationships of the given paths. */
  markPaths(edges) {
    for (const edge of edges) {
      this.cy.getElementById(`${edge.from}|${edge.type}|${edge.to}`).addClass('path');
    }
  }

  entityIds() {
    return this.cy.nodes().filter(n => n.style('display') !== 'none').map(n => n.id());
  }
}

/** The colour of a kind, as style.css gives it to the kind's badge. */
export function kindColour(kind) {
  return getComputedStyle(document.documentElement).getPropertyValue(`--kind-${kind}`).trim() || '#555';
}
