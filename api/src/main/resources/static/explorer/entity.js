// The entity card: facts, relations grouped by type, goals with their status colours, and the source of
// every fact; next to it the network map of its neighbourhood.
import { download, gql, SOURCE_FIELDS } from './api.js';
import { NetworkMap } from './map.js';
import { esc, entityLink, externalLink, kindBadge, relationHeading, showNotice, sources, statusPill, years } from './ui.js';

const SUGGESTIONS = `query Suggestions($id: ID!) {
  suggestPartners(id: $id, first: 8) { score partner { id name kind } because { id name kind } }
}`;

// The kinds suggestPartners takes: those that work with organisations.
const SUGGESTING_KINDS = ['PARTNER', 'INITIATIVE', 'TALENT_PROGRAMME', 'COALITION'];

const GOAL_FIELDS = `id name goalType year number planned result status sources { ${SOURCE_FIELDS} }`;

const ENTITY = `query Entity($id: ID!, $after: String) {
  entity(id: $id) {
    id name kind aliases description dataset
    sources { ${SOURCE_FIELDS} }
    ... on Partner { partnerType: type website }
    ... on Initiative { initiativeType: type status startYear endYear website
      coalitions { id name ... on Coalition { size members { id name } } }
      goals { ${GOAL_FIELDS} } }
    ... on TalentProgramme { status startYear endYear year website goals { ${GOAL_FIELDS} } }
    ... on Coalition { coalitionType: type size sizeNote startYear endYear website goals { ${GOAL_FIELDS} } }
    ... on Place { placeType: type }
    ... on Goal { goalType goalYear: year number planned result goalStatus: status }
    ... on Funding { amount funder outcome year }
    ... on Event { date year format attendance }
    relations(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { type direction role since until other { id name kind } sources { ${SOURCE_FIELDS} } } }
    }
  }
}`;

// Fields of different types that share a name across kinds are asked for under aliases (GraphQL requires it).
const FACT_LABELS = {
  partnerType: 'Type', initiativeType: 'Type', coalitionType: 'Type', placeType: 'Type', goalType: 'Goal type',
  status: 'Status', goalStatus: 'Status', startYear: 'Started', endYear: 'Ended', year: 'Year', goalYear: 'Year', website: 'Website',
  size: 'Size (as stated)', sizeNote: 'In the source\'s words', number: 'Number', planned: 'Planned',
  result: 'Result', amount: 'Amount', funder: 'Funder', outcome: 'Outcome', date: 'Date', format: 'Format', attendance: 'Attendance',
};

export async function entityView(main, id, navigate) {
  main.innerHTML = '<p class="muted">Loading …</p>';
  const data = await gql(ENTITY, { id });
  const entity = data.entity;
  if (!entity) {
    main.innerHTML = `<h1>Not found</h1><p>No entity has the id “${esc(id)}”.</p>`;
    return;
  }
  document.title = `${entity.name} · Ecosystem Map`;
  main.innerHTML = `<div class="entity-layout">
      <article class="panel card">${card(entity)}</article>
      <section class="panel map-panel" aria-label="Network map"><h2 style="margin-top:0">Network</h2><div class="map-host"></div>
        <p class="muted">Click an entity to see it, double-click or press Expand to add its relations.</p>
        <p>Export what the map shows:
          ${['graphml', 'csv', 'json'].map(f => `<button type="button" class="export" data-format="${f}">${f.toUpperCase()}</button>`).join(' ')}
        </p>
        <div class="suggestions" aria-live="polite"></div>
      </section>
    </div>`;
  const more = main.querySelector('.more-relations');
  if (more) more.onclick = () => moreRelations(more, id, entity.relations.pageInfo.endCursor);
  const map = new NetworkMap(main.querySelector('.map-host'), { focusId: id, onOpen: other => navigate(`/entity/${encodeURIComponent(other)}`) });
  main.querySelectorAll('button.export').forEach(button => button.addEventListener('click', () => {
    const form = [['format', button.dataset.format], ...map.entityIds().map(entity => ['ids', entity])];
    download('/export', form).catch(error => showNotice(error.message));
  }));
  await map.showNeighbourhood(id);
  if (SUGGESTING_KINDS.includes(entity.kind)) await showSuggestions(main.querySelector('.suggestions'), id);
}

/** Organisations to meet: not yet connected, but sharing specific neighbours; each with those neighbours. */
async function showSuggestions(host, id) {
  const { suggestPartners } = await gql(SUGGESTIONS, { id });
  if (!suggestPartners.length) return;
  host.innerHTML = `<h2>Whom to meet</h2>
    <p class="muted">Organisations not yet connected here that share the most specific neighbours.</p>
    <ol class="suggestion-list">${suggestPartners.map(s => `<li>${entityLink(s.partner)}
      <span class="muted">because of</span> ${s.because.map(entityLink).join(', ')}</li>`).join('')}</ol>`;
}

function card(entity) {
  const facts = Object.entries(FACT_LABELS)
    .filter(([field]) => entity[field] !== undefined && entity[field] !== null && entity[field] !== '')
    .map(([field, label]) => `<dt>${esc(label)}</dt><dd>${fact(field, entity[field])}</dd>`).join('');
  const aliases = entity.aliases.length ? `<p class="muted">Also: ${entity.aliases.map(esc).join(' · ')}</p>` : '';
  return `<p>${kindBadge(entity.kind)}</p>
    <h1>${esc(entity.name)}</h1>${aliases}
    ${entity.description ? `<p>${esc(entity.description)}</p>` : ''}
    ${sources(entity.sources, 'Where this comes from')}
    ${facts ? `<dl class="facts">${facts}</dl>` : ''}
    ${coalitionMembers(entity)}
    ${goals(entity.goals)}
    <h2>Relations <span class="count">(${entity.relations.totalCount})</span></h2>
    <div class="relations">${relations(entity.relations.edges.map(e => e.node))}</div>
    ${entity.relations.pageInfo.hasNextPage ? '<button type="button" class="more-relations">Show more relations</button>' : ''}`;
}

function fact(field, value) {
  if (field === 'website') return externalLink(value, esc(value));
  if (field === 'goalStatus') return statusPill(value);
  if (field === 'amount') return `€ ${Number(value).toLocaleString('nl-NL')}`;
  // Enumeration values (KNOWLEDGE_INSTITUTION) read as words.
  return esc(typeof value === 'string' && /^[A-Z_]+$/.test(value) ? value.replaceAll('_', ' ').toLowerCase() : value);
}

function coalitionMembers(entity) {
  if (!entity.coalitions || !entity.coalitions.length) return '';
  return '<h2>Coalitions</h2>' + entity.coalitions.map(c => `<div class="coalition"><h3>${entityLink(c)}${c.size ? ` <span class="count">(${c.size} as stated)</span>` : ''}</h3>
      ${c.members && c.members.length ? `<div class="chips">${c.members.map(m => `<span class="chip">${entityLink(m)}</span>`).join('')}</div>` : ''}</div>`).join('');
}

function goals(list) {
  if (!list || !list.length) return '';
  const order = g => [g.year, g.goalType === 'TARGET' ? 0 : 1, String(g.number ?? '')];
  const sorted = [...list].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2], 'nl', { numeric: true });
  });
  const rows = sorted.map(g => `<tr><td>${esc(g.number ?? '')}</td><td>${esc(g.goalType === 'TARGET' ? 'Goal' : 'Activity')} ${esc(g.year)}</td>
      <td>${esc(g.planned ?? g.name)}${g.result ? `<div class="muted">${esc(g.result)}</div>` : ''}${sources(g.sources)}</td>
      <td>${statusPill(g.status)}</td></tr>`).join('');
  return `<h2>Goals and activities <span class="count">(${list.length})</span></h2>
    <div class="scroll"><table class="goals"><thead><tr><th>#</th><th>What</th><th>Planned and result</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function relations(list) {
  const groups = new Map();
  for (const r of list) {
    const key = `${r.type}|${r.direction}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  return [...groups.entries()].map(([key, items]) => {
    const [type, direction] = key.split('|');
    return `<section class="relation-group" data-type="${esc(type)}" data-direction="${esc(direction)}">
      <h3>${esc(relationHeading(type, direction))} <span class="count">(${items.length})</span></h3>
      <ul class="plain relations">${items.map(r => `<li>${entityLink(r.other)} ${kindBadge(r.other.kind)}
        ${r.role ? `<span class="role">— ${esc(r.role)}</span>` : ''} ${years(r.since, r.until)}${sources(r.sources)}</li>`).join('')}</ul></section>`;
  }).join('');
}

async function moreRelations(button, id, after) {
  button.disabled = true;
  const data = await gql(ENTITY, { id, after });
  const page = data.entity.relations;
  button.insertAdjacentHTML('beforebegin', relations(page.edges.map(e => e.node)));
  if (page.pageInfo.hasNextPage) {
    button.disabled = false;
    button.onclick = () => moreRelations(button, id, page.pageInfo.endCursor);
  } else {
    button.remove();
  }
}
