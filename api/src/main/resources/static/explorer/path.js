// The path finder: pick two entities, see the shortest chains between them, listed and drawn.
import { gql, NAME_FIELDS } from './api.js';
import { label, t } from './i18n.js';
import { NetworkMap } from './map.js';
import { picker } from './search.js';
import { entityLink, esc, inLanguage, kindBadge } from './ui.js';

const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $excludeHubs: Boolean, $all: Boolean) {
  shortestPaths(from: $from, to: $to, maxHops: $maxHops, excludeHubs: $excludeHubs, all: $all) {
    length nodes { ${NAME_FIELDS} } edges { from to type role }
  }
}`;
const NAMES = `query Names($ids: [ID!]!) { entities(ids: $ids) { ${NAME_FIELDS} } }`;

export async function pathView(main, params, navigate) {
  const from = params.get('from');
  const to = params.get('to');
  const excludeHubs = params.get('excludeHubs') === 'true';
  const all = params.get('all') === 'true';
  const known = from || to ? (await gql(NAMES, { ids: [from, to].filter(Boolean) })).entities : [];
  const named = id => known.find(e => e.id === id) || null;
  main.innerHTML = `<h1>${esc(t('path.title'))}</h1>
    <p class="muted">${esc(t('path.help'))}</p>
    <form class="form-row path-form">
      <div class="from"></div><div class="to"></div>
      <label><span>${esc(t('path.excludeHubs'))}</span><input type="checkbox" name="excludeHubs"${excludeHubs ? ' checked' : ''}></label>
      <label><span>${esc(t('path.all'))}</span><input type="checkbox" name="all"${all ? ' checked' : ''}></label>
      <button class="primary" type="submit">${esc(t('path.find'))}</button>
    </form>
    <div class="path-results" aria-live="polite"></div>`;
  const fromInput = picker(main.querySelector('.from'), { label: t('path.from'), initial: named(from), onPick: () => {} });
  const toInput = picker(main.querySelector('.to'), { label: t('path.to'), initial: named(to), onPick: () => {} });
  main.querySelector('.path-form').addEventListener('submit', event => {
    event.preventDefault();
    const form = event.target;
    if (!fromInput.dataset.id || !toInput.dataset.id) {
      main.querySelector('.path-results').innerHTML = `<p>${esc(t('path.pickBoth'))}</p>`;
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
  target.innerHTML = `<p class="muted">${esc(t('path.looking'))}</p>`;
  const paths = (await gql(PATHS, variables)).shortestPaths;
  if (!paths.length) {
    const none = variables.excludeHubs ? t('path.noneWithoutHubs', { count: variables.maxHops }) : t('path.none', { count: variables.maxHops });
    target.innerHTML = `<p>${esc(none)}</p>`;
    return;
  }
  const steps = t('path.steps', { count: paths[0].length });
  target.innerHTML = `<h2>${esc(t('path.found', { count: paths.length, steps }))}</h2>
    <ol class="paths">${paths.map(path => `<li><div class="path-steps">${chain(path)}</div></li>`).join('')}</ol>
    <div class="panel map-panel"><div class="map-host"></div></div>`;
  const map = new NetworkMap(target.querySelector('.map-host'), { onOpen: id => navigate(`/entity/${encodeURIComponent(id)}`) });
  for (const path of paths) map.add(path.nodes.map(n => ({ ...n, relations: null })), path.edges);
  map.markPaths(paths.flatMap(p => p.edges));
  map.layout(variables.from);
}

/** A path as its stops, each relationship read in the direction it was recorded (← when against the path). */
function chain(path) {
  let html = `${entityLink(path.nodes[0])} ${kindBadge(path.nodes[0].kind)}`;
  for (let i = 0; i < path.edges.length; i++) {
    const edge = path.edges[i];
    const next = path.nodes[i + 1];
    const forward = edge.from === path.nodes[i].id;
    html += ` <span class="edge">${forward ? '—' : '←'} ${esc(label('RelationType', edge.type))}${edge.role ? ` (${inLanguage(edge.role, 'en')})` : ''} ${forward ? '→' : '—'}</span> ${entityLink(next)} ${kindBadge(next.kind)}`;
  }
  return html;
}
