// A network folded by shared neighbours (coParticipation): initiatives linked by the partners they share,
// partners by the initiatives they share, coalitions by their shared members. The width of a line is how many
// they share; a click on a line (or on its row in the list) opens the shared neighbours and the report's facts.
import { gql, NAME_FIELDS, SOURCE_FIELDS } from './api.js';
import { entityName, kindPlural, kinds, label, localHref, num, t, th } from './i18n.js';
import { exportMap } from './export.js';
import { kindColour } from './map.js';
import { yearControl } from './timeline.js';
import { entityLink, esc, inLanguage, kindBadge, listParam, name, showNotice, sources } from './ui.js';

const NETWORK = `query Network($kinds: [EntityKind!]!, $via: [EntityKind!]!, $minShared: Int, $throughParts: Boolean, $asOf: Date) {
  coParticipation(kinds: $kinds, via: $via, minShared: $minShared, throughParts: $throughParts, asOf: $asOf) {
    a { ${NAME_FIELDS} } b { ${NAME_FIELDS} } weight via { ${NAME_FIELDS} }
    edges { from to type role sources { ${SOURCE_FIELDS} } }
  }
}`;
const NAMES = `query Names($ids: [ID!]!) { entities(ids: $ids) { ${NAME_FIELDS} } }`;

export async function networkView(main, params, navigate) {
  const all = kinds();
  const of = listParam(params, 'of', all);
  const via = listParam(params, 'via', all);
  const chosenOf = of.length ? of : ['INITIATIVE'];
  const chosenVia = via.length ? via : ['PARTNER'];
  const minShared = Math.max(1, Number(params.get('min')) || 1);
  const throughParts = params.get('parts') !== 'false';
  const year = Number(params.get('year')) || null;
  const address = (form, chosenYear) => {
    const query = new URLSearchParams({ of: form.of.value,
      via: [...form.querySelectorAll('input[name=via]:checked')].map(i => i.value).join(',') || 'PARTNER' });
    if (Number(form.min.value) > 1) query.set('min', form.min.value);
    if (!form.parts.checked) query.set('parts', 'false');
    if (chosenYear !== null) query.set('year', String(chosenYear));
    return `/network?${query}`;
  };
  main.innerHTML = `<h1>${esc(t('network.title'))}</h1>
    <p class="muted">${esc(t('network.help'))}</p>
    <form class="form-row network-form">
      <label><span>${esc(t('network.of'))}</span><select name="of">${all.map(k => `<option value="${k}"${chosenOf.includes(k) ? ' selected' : ''}>${esc(kindPlural(k))}</option>`).join('')}</select></label>
      <fieldset><legend>${esc(t('network.via'))}</legend>${all.map(k => `<label><input type="checkbox" name="via" value="${k}"${chosenVia.includes(k) ? ' checked' : ''}> ${esc(kindPlural(k))}</label>`).join('')}</fieldset>
      <label><span>${esc(t('network.minShared'))}</span><input type="number" name="min" min="1" max="50" value="${minShared}"></label>
      <label><span>${esc(t('common.throughParts'))}</span><input type="checkbox" name="parts"${throughParts ? ' checked' : ''}></label>
      <button class="primary" type="submit">${esc(t('network.show'))}</button>
    </form>
    <div class="network-year"></div>
    <div class="network-results" aria-live="polite"><p class="muted">${esc(t('common.loading'))}</p></div>`;
  const form = main.querySelector('.network-form');
  form.addEventListener('submit', event => {
    event.preventDefault();
    navigate(address(form, year));
  });
  const results = main.querySelector('.network-results');
  let requests = 0;
  const show = async chosenYear => {
    const request = ++requests;
    const links = (await gql(NETWORK, { kinds: chosenOf, via: chosenVia, minShared, throughParts, asOf: chosenYear })).coParticipation;
    // The slider moved on before this answer came: the newer year's answer will show.
    if (request !== requests) return;
    drawNetwork(results, links, navigate);
  };
  await yearControl(main.querySelector('.network-year'), { year, onChange: async chosen => {
    history.replaceState(history.state, '', localHref(address(form, chosen)));
    await show(chosen);
  } });
  await show(year);
}

function drawNetwork(results, links, navigate) {
  if (!links.length) {
    results.innerHTML = `<p>${esc(t('network.none'))}</p>`;
    return;
  }
  const entities = new Map();
  for (const link of links) {
    entities.set(link.a.id, link.a);
    entities.set(link.b.id, link.b);
  }
  results.innerHTML = `<p class="muted network-count">${esc(t('network.count', { count: entities.size, links: t('network.links', { count: links.length }) }))}</p>
    <div class="panel map-panel"><p class="map-pictures"><button type="button" class="export-picture" data-format="svg">${esc(t('map.exportSvg'))}</button>
      <button type="button" class="export-picture" data-format="png">${esc(t('map.exportPng'))}</button></p>
      <div class="map network-map" role="img" aria-label="${esc(t('network.imageLabel'))}"></div>
      <div class="network-selection" aria-live="polite"><p class="muted">${esc(t('network.pick'))}</p></div></div>
    <h2>${esc(t('network.list'))}</h2>
    <table class="ranking network-links"><thead><tr><th>${esc(t('network.column.pair'))}</th><th>${esc(t('network.column.shared'))}</th><th></th></tr></thead><tbody>
      ${links.map((link, i) => `<tr><td>${entityLink(link.a)} — ${entityLink(link.b)}</td><td>${num(link.weight)}</td>
        <td><button type="button" data-link="${i}">${esc(t('network.open'))}</button></td></tr>`).join('')}</tbody></table>`;
  const host = results.querySelector('.network-map');
  const widest = Math.max(...links.map(l => l.weight));
  const cy = cytoscape({
    container: host,
    wheelSensitivity: 0.3,
    elements: [
      ...[...entities.values()].map(e => ({ group: 'nodes', data: { id: e.id, label: entityName(e), kind: e.kind, colour: kindColour(e.kind) } })),
      ...links.map((link, i) => ({ group: 'edges', data: { id: `link-${i}`, index: i, source: link.a.id, target: link.b.id,
        width: 1 + (widest > 1 ? (link.weight - 1) / (widest - 1) * 9 : 0) } })),
    ],
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 11, color: '#1d2733',
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 120, width: 18, height: 18 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9fb3c8', 'curve-style': 'bezier' } },
      { selector: 'edge:selected', style: { 'line-color': '#f5b700' } },
    ],
  });
  // Spread on a circle first, then settle by force: the same picture for the same network every time.
  cy.layout({ name: 'circle', animate: false }).run();
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 120,
    gravity: 0.25, nodeOverlap: 20, numIter: 2500, fit: true, padding: 30 }).run();
  host.cy = cy;
  results.querySelectorAll('button.export-picture').forEach(button => button.addEventListener('click', () => {
    exportMap(cy, button.dataset.format, { title: t('network.title'), ids: [...entities.keys()], name: 'ecosystem-network' }).catch(showNotice);
  }));
  const select = index => {
    cy.edges().unselect();
    cy.getElementById(`link-${index}`).select();
    openLink(results.querySelector('.network-selection'), links[index]).catch(showNotice);
  };
  cy.on('tap', 'edge', event => select(event.target.data('index')));
  cy.on('dbltap', 'node', event => navigate(`/entity/${encodeURIComponent(event.target.id())}`));
  results.querySelectorAll('button[data-link]').forEach(button => button.addEventListener('click', () => select(Number(button.dataset.link))));
}

/** A link's shared neighbours, each with its part in either entity, and the steps from parts to wholes. */
async function openLink(panel, link) {
  const named = new Map([link.a, link.b, ...link.via].map(e => [e.id, e]));
  const missing = [...new Set(link.edges.flatMap(e => [e.from, e.to]))].filter(id => !named.has(id));
  if (missing.length) (await gql(NAMES, { ids: missing })).entities.forEach(e => named.set(e.id, e));
  const end = id => (named.has(id) ? entityLink(named.get(id)) : name(id));
  const fact = e => `<li class="muted">${end(e.from)} ${esc(label('RelationType', e.type))} ${end(e.to)}${e.role ? ` (${inLanguage(e.role, 'en')})` : ''}${sources(e.sources)}</li>`;
  const viaIds = new Set(link.via.map(v => v.id));
  const steps = link.edges.filter(e => !viaIds.has(e.from) && !viaIds.has(e.to));
  panel.innerHTML = `<h3 class="network-pair">${th('network.pair', { a: entityLink(link.a), b: entityLink(link.b) })}
      <span class="count">(${esc(t('network.shared', { count: link.weight }))})</span></h3>
    <ul class="plain relations shared-neighbours">${link.via.map(v => `<li>${entityLink(v)} ${kindBadge(v.kind)}
      <ul>${link.edges.filter(e => e.from === v.id || e.to === v.id).map(fact).join('')}</ul></li>`).join('')}</ul>
    ${steps.length ? `<h4>${esc(t('network.throughPartsSteps'))}</h4><ul class="plain">${steps.map(fact).join('')}</ul>` : ''}`;
}
