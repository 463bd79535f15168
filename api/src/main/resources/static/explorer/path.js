// The path finder: pick two entities, see the chains between them ranked by what their relationships mean
// (paths, the weights table), each hop with its weight and a sentence, or the chains with the fewest steps
// (shortestPaths); listed and drawn.
import { gql, NAME_FIELDS } from './api.js';
import { capitalise, label, lang, num, t } from './i18n.js';
import { NetworkMap } from './map.js';
import { picker } from './search.js';
import { entityLink, esc, inLanguage, kindBadge } from './ui.js';

const RANKED = `query Ranked($from: ID!, $to: ID!, $maxHops: Int, $excludeHubs: Boolean, $lang: Language) {
  paths(from: $from, to: $to, maxHops: $maxHops, excludeHubs: $excludeHubs, first: 5) {
    cost length nodes { ${NAME_FIELDS} } edges { from to type role } hops { meaning inferred cost } because(lang: $lang)
  }
}`;
const SHORTEST = `query Shortest($from: ID!, $to: ID!, $maxHops: Int, $excludeHubs: Boolean, $all: Boolean) {
  shortestPaths(from: $from, to: $to, maxHops: $maxHops, excludeHubs: $excludeHubs, all: $all) {
    length nodes { ${NAME_FIELDS} } edges { from to type role }
  }
}`;
const NAMES = `query Names($ids: [ID!]!) { entities(ids: $ids) { ${NAME_FIELDS} } }`;

export async function pathView(main, params, navigate) {
  const from = params.get('from');
  const to = params.get('to');
  const excludeHubs = params.get('excludeHubs') === 'true';
  const fewestSteps = params.get('rank') === 'steps';
  const all = params.get('all') === 'true';
  const known = from || to ? (await gql(NAMES, { ids: [from, to].filter(Boolean) })).entities : [];
  const named = id => known.find(e => e.id === id) || null;
  main.innerHTML = `<h1>${esc(t('path.title'))}</h1>
    <p class="muted">${esc(t('path.help'))}</p>
    <form class="form-row path-form">
      <div class="from"></div><div class="to"></div>
      <label><span>${esc(t('path.rankBy'))}</span><select name="rank">
        <option value="meaning"${fewestSteps ? '' : ' selected'}>${esc(t('path.rankBy.meaning'))}</option>
        <option value="steps"${fewestSteps ? ' selected' : ''}>${esc(t('path.rankBy.steps'))}</option></select></label>
      <label><span>${esc(t('path.excludeHubs'))}</span><input type="checkbox" name="excludeHubs"${excludeHubs ? ' checked' : ''}></label>
      <label class="all-shortest"${fewestSteps ? '' : ' hidden'}><span>${esc(t('path.all'))}</span><input type="checkbox" name="all"${all ? ' checked' : ''}></label>
      <button class="primary" type="submit">${esc(t('path.find'))}</button>
    </form>
    <div class="path-results" aria-live="polite"></div>`;
  const fromInput = picker(main.querySelector('.from'), { label: t('path.from'), initial: named(from), onPick: () => {} });
  const toInput = picker(main.querySelector('.to'), { label: t('path.to'), initial: named(to), onPick: () => {} });
  const form = main.querySelector('.path-form');
  form.rank.addEventListener('change', () => { form.querySelector('.all-shortest').hidden = form.rank.value !== 'steps'; });
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!fromInput.dataset.id || !toInput.dataset.id) {
      main.querySelector('.path-results').innerHTML = `<p>${esc(t('path.pickBoth'))}</p>`;
      return;
    }
    const query = new URLSearchParams({ from: fromInput.dataset.id, to: toInput.dataset.id });
    if (form.excludeHubs.checked) query.set('excludeHubs', 'true');
    if (form.rank.value === 'steps') {
      query.set('rank', 'steps');
      if (form.all.checked) query.set('all', 'true');
    }
    navigate(`/path?${query}`);
  });
  if (from && to) {
    const variables = { from, to, excludeHubs, maxHops: 6 };
    const target = main.querySelector('.path-results');
    if (fewestSteps) await showShortest(target, { ...variables, all }, navigate);
    else await showRanked(target, variables, navigate);
  }
}

/** The chains ranked by cost: each with its cost, a line per hop with its weight, and the hop in a sentence. */
async function showRanked(target, variables, navigate) {
  target.innerHTML = `<p class="muted">${esc(t('path.looking'))}</p>`;
  const paths = (await gql(RANKED, { ...variables, lang: lang().toUpperCase() })).paths;
  if (!paths.length) {
    target.innerHTML = `<p>${esc(none(variables))}</p>`;
    return;
  }
  target.innerHTML = `<h2>${esc(t('path.ranked', { count: paths.length }))}</h2>
    <p class="muted">${esc(t('path.rankedHelp'))}</p>
    <ol class="paths ranked">${paths.map(path => `<li>
      <div class="path-cost"><strong>${esc(t('path.cost', { cost: num(path.cost) }))}</strong>
        <span class="muted">${esc(t('path.steps', { count: path.length }))}</span></div>
      <div class="path-steps">${chain(path)}</div>
      <ol class="hops">${path.because.map((sentence, i) => `<li>${inLanguage(sentence, lang())}
        <span class="weight" data-meaning="${esc(path.hops[i].meaning)}">${esc(capitalise(label('LinkMeaning', path.hops[i].meaning)))}${path.hops[i].inferred ? `, ${esc(t('source.inferred'))}` : ''}: ${esc(t('path.hopCost', { cost: num(path.hops[i].cost) }))}</span></li>`).join('')}</ol>
    </li>`).join('')}</ol>
    <div class="panel map-panel"><div class="map-host"></div></div>`;
  draw(target, paths, variables.from, navigate);
}

/** The chains with the fewest relationships, as shortestPaths finds them. */
async function showShortest(target, variables, navigate) {
  target.innerHTML = `<p class="muted">${esc(t('path.looking'))}</p>`;
  const paths = (await gql(SHORTEST, variables)).shortestPaths;
  if (!paths.length) {
    target.innerHTML = `<p>${esc(none(variables))}</p>`;
    return;
  }
  const steps = t('path.steps', { count: paths[0].length });
  target.innerHTML = `<h2>${esc(t('path.found', { count: paths.length, steps }))}</h2>
    <ol class="paths">${paths.map(path => `<li><div class="path-steps">${chain(path)}</div></li>`).join('')}</ol>
    <div class="panel map-panel"><div class="map-host"></div></div>`;
  draw(target, paths, variables.from, navigate);
}

function none(variables) {
  return variables.excludeHubs ? t('path.noneWithoutHubs', { count: variables.maxHops }) : t('path.none', { count: variables.maxHops });
}

function draw(target, paths, from, navigate) {
  const map = new NetworkMap(target.querySelector('.map-host'), { onOpen: id => navigate(`/entity/${encodeURIComponent(id)}`) });
  for (const path of paths) map.add(path.nodes.map(n => ({ ...n, relations: null })), path.edges);
  map.markPaths(paths.flatMap(p => p.edges));
  map.layout(from);
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
