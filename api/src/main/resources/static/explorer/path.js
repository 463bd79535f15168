// The path finder: pick two entities, see the shortest chains between them, listed and drawn.
import { gql } from './api.js';
import { NetworkMap } from './map.js';
import { picker } from './search.js';
import { esc, entityLink, kindBadge, relationHeading } from './ui.js';

const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $excludeHubs: Boolean, $all: Boolean) {
  shortestPaths(from: $from, to: $to, maxHops: $maxHops, excludeHubs: $excludeHubs, all: $all) {
    length nodes { id name kind } edges { from to type role }
  }
}`;
const NAMES = 'query Names($ids: [ID!]!) { entities(ids: $ids) { id name kind } }';

export async function pathView(main, params, navigate) {
  const from = params.get('from');
  const to = params.get('to');
  const excludeHubs = params.get('excludeHubs') === 'true';
  const all = params.get('all') === 'true';
  const known = from || to ? (await gql(NAMES, { ids: [from, to].filter(Boolean) })).entities : [];
  const named = id => known.find(e => e.id === id) || null;
  main.innerHTML = `<h1>Path finder</h1>
    <p class="muted">What chain of relationships links two entities? Hubs such as the Board touch almost everything; leave them out to see a chain that says something.</p>
    <form class="form-row path-form">
      <div class="from"></div><div class="to"></div>
      <label><span>Leave out hubs</span><input type="checkbox" name="excludeHubs"${excludeHubs ? ' checked' : ''}></label>
      <label><span>All shortest paths</span><input type="checkbox" name="all"${all ? ' checked' : ''}></label>
      <button class="primary" type="submit">Find paths</button>
    </form>
    <div class="path-results" aria-live="polite"></div>`;
  const fromInput = picker(main.querySelector('.from'), { label: 'From', initial: named(from), onPick: () => {} });
  const toInput = picker(main.querySelector('.to'), { label: 'To', initial: named(to), onPick: () => {} });
  main.querySelector('.path-form').addEventListener('submit', event => {
    event.preventDefault();
    const form = event.target;
    if (!fromInput.dataset.id || !toInput.dataset.id) {
      main.querySelector('.path-results').innerHTML = '<p>Pick an entity in both fields first.</p>';
      return;
    }
    const query = new URLSearchParams({ from: fromInput.dataset.id, to: toInput.dataset.id });
    if (form.excludeHubs.checked) query.set('excludeHubs', 'true');
    if (form.all.checked) query.set('all', 'true');
    navigate(`/path?${query}`);
  });
  if (from && to) await showPaths(main.querySelector('.path-results'), { from, to, excludeHubs, all, maxHops: 6 }, navigate);
}

async function showPaths(target, variables, navigate) {
  target.innerHTML = '<p class="muted">Looking …</p>';
  const paths = (await gql(PATHS, variables)).shortestPaths;
  if (!paths.length) {
    target.innerHTML = `<p>No chain of at most ${variables.maxHops} steps links them${variables.excludeHubs ? ' without passing a hub' : ''}.</p>`;
    return;
  }
  target.innerHTML = `<h2>${paths.length} shortest path${paths.length > 1 ? 's' : ''} of ${paths[0].length} step${paths[0].length > 1 ? 's' : ''}</h2>
    <ol class="paths">${paths.map(path => `<li><div class="path-steps">${steps(path)}</div></li>`).join('')}</ol>
    <div class="panel map-panel"><div class="map-host"></div></div>`;
  const map = new NetworkMap(target.querySelector('.map-host'), { onOpen: id => navigate(`/entity/${encodeURIComponent(id)}`) });
  for (const path of paths) map.add(path.nodes.map(n => ({ ...n, relations: null })), path.edges);
  map.markPaths(paths.flatMap(p => p.edges));
  map.layout(variables.from);
}

function steps(path) {
  let html = `${entityLink(path.nodes[0])} ${kindBadge(path.nodes[0].kind)}`;
  for (let i = 0; i < path.edges.length; i++) {
    const edge = path.edges[i];
    const next = path.nodes[i + 1];
    const forward = edge.from === path.nodes[i].id;
    const words = relationHeading(edge.type, forward ? 'OUT' : 'IN').toLowerCase();
    html += ` <span class="edge">${forward ? '—' : '←'} ${esc(words)}${edge.role ? ` (${esc(edge.role)})` : ''} ${forward ? '→' : '—'}</span> ${entityLink(next)} ${kindBadge(next.kind)}`;
  }
  return html;
}
