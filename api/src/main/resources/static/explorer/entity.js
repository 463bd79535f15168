// The entity card: facts, relations grouped by type, goals with their status colours, and the source of
// every fact; next to it the network map of its neighbourhood. Names and descriptions in the chosen
// language where the data has them, else in the other, marked as such.
import { download, gql, NAME_FIELDS, SOURCE_FIELDS } from './api.js';
import { capitalise, entityDescription, entityName, euros, label, lang, localHref, num, partialDate, relationHeading, t, th } from './i18n.js';
import { GOAL_FIELDS, goalsHeading, goalTable } from './goals.js';
import { NetworkMap } from './map.js';
import { yearControl } from './timeline.js';
import { BRAND, entityLink, esc, externalLink, inLanguage, kindBadge, name, showNotice, sources, statusPill, years } from './ui.js';

const SUGGESTIONS = `query Suggestions($id: ID!, $lang: Language) {
  suggestPartners(id: $id, first: 8) { score partner { ${NAME_FIELDS} } because { ${NAME_FIELDS} } reasons { sentence(lang: $lang) } }
}`;

// Asked on every card; the server answers it only to a curator's key, and the card shows it only then.
const DUPLICATES = `query Duplicates($id: ID!, $lang: Language) {
  likelyDuplicates(of: $id, first: 5) { score sharedNeighbours reasons(lang: $lang)
    a { ${NAME_FIELDS} relations(first: 0) { totalCount } } b { ${NAME_FIELDS} relations(first: 0) { totalCount } } }
}`;

const MERGE = `mutation Merge($keep: ID!, $merge: [ID!]!) { mergeEntities(keep: $keep, merge: $merge) { id } }`;

// The kinds suggestPartners takes: those that work with organisations.
const SUGGESTING_KINDS = ['PARTNER', 'INITIATIVE', 'TALENT_PROGRAMME', 'COALITION'];

const ENTITY = `query Entity($id: ID!, $after: String) {
  entity(id: $id) {
    ${NAME_FIELDS} aliases description descriptionNl dataset
    sources { ${SOURCE_FIELDS} }
    ... on Partner { partnerType: type website }
    ... on Initiative { initiativeType: type status startYear endYear website
      coalitions { ${NAME_FIELDS} ... on Coalition { size members { ${NAME_FIELDS} } } }
      goals { ${GOAL_FIELDS} } }
    ... on TalentProgramme { status startYear endYear year website goals { ${GOAL_FIELDS} } }
    ... on Coalition { coalitionType: type size sizeNote startYear endYear website goals { ${GOAL_FIELDS} } }
    ... on Place { placeType: type }
    ... on Goal { goalType goalYear: year number planned result goalStatus: status }
    ... on Funding { amount funder outcome year }
    ... on Event { date year format attendance }
    relations(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { type direction role since until other { ${NAME_FIELDS} } sources { ${SOURCE_FIELDS} } } }
    }
  }
}`;

const nl = text => inLanguage(text, 'nl');

// Fields of different types that share a name across kinds are asked for under aliases (GraphQL requires it).
// Each fact: its field, its heading, and how its value is written.
const FACTS = [
  ['partnerType', () => t('fact.type'), v => esc(label('PartnerType', v))],
  ['initiativeType', () => t('fact.type'), v => esc(label('InitiativeType', v))],
  ['coalitionType', () => t('fact.type'), v => esc(label('CoalitionType', v))],
  ['placeType', () => t('fact.type'), v => esc(label('PlaceType', v))],
  ['goalType', () => t('fact.goalType'), v => esc(label('GoalType', v))],
  ['status', () => t('fact.status'), v => esc(label('Status', v))],
  ['goalStatus', () => t('fact.status'), statusPill],
  ['startYear', () => t('fact.started'), esc],
  ['endYear', () => t('fact.ended'), esc],
  ['year', () => t('fact.year'), esc],
  ['goalYear', () => t('fact.year'), esc],
  ['website', () => t('fact.website'), v => externalLink(v)],
  ['size', () => t('fact.size'), v => esc(num(v))],
  ['sizeNote', () => t('fact.sizeNote'), nl],
  ['number', () => t('fact.number'), esc],
  ['planned', () => t('fact.planned'), nl],
  ['result', () => t('fact.result'), nl],
  ['amount', () => t('fact.amount'), v => esc(euros(v))],
  ['funder', () => t('fact.funder'), name],
  ['outcome', () => t('fact.outcome'), v => esc(label('FundingOutcome', v))],
  ['date', () => t('fact.date'), v => esc(partialDate(v))],
  ['format', () => t('fact.format'), v => esc(label('EventFormat', v))],
  ['attendance', () => t('fact.attendance'), v => esc(num(v))],
];

export async function entityView(main, id, navigate, params = new URLSearchParams()) {
  main.innerHTML = `<p class="muted">${esc(t('common.loading'))}</p>`;
  const data = await gql(ENTITY, { id });
  const entity = data.entity;
  if (!entity) {
    main.innerHTML = `<h1>${esc(t('entity.notFound.title'))}</h1><p>${th('entity.notFound.text', { id: name(id) })}</p>`;
    return;
  }
  document.title = `${entityName(entity)} · ${BRAND}`;
  main.innerHTML = `<div class="entity-layout">
      <article class="panel card">${card(entity)}</article>
      <section class="panel map-panel" aria-label="${esc(t('map.label'))}"><h2 class="panel-title">${esc(t('map.title'))}</h2>
        <div class="map-year"></div><div class="map-host"></div>
        <p class="muted">${esc(t('map.help'))}</p>
        <p>${esc(t('map.export'))}
          ${['graphml', 'csv', 'json'].map(f => `<button type="button" class="export" data-format="${f}" translate="no">${f.toUpperCase()}</button>`).join(' ')}
        </p>
        <div class="suggestions" aria-live="polite"></div>
      </section>
    </div>`;
  const more = main.querySelector('.more-relations');
  if (more) more.addEventListener('click', () => moreRelations(more, id, entity.relations.pageInfo.endCursor), { once: true });
  wireGoalFilter(main);
  const year = Number(params.get('year')) || null;
  const map = new NetworkMap(main.querySelector('.map-host'), { focusId: id, year,
    onOpen: other => navigate(`/entity/${encodeURIComponent(other)}`) });
  main.querySelectorAll('button.export').forEach(button => button.addEventListener('click', () => {
    const form = [['format', button.dataset.format], ['lang', lang()], ...map.entityIds().map(entity => ['ids', entity])];
    download('/export', form).catch(showNotice);
  }));
  showDuplicates(main.querySelector('.duplicates'), entity, navigate);
  await map.showNeighbourhood(id);
  await yearControl(main.querySelector('.map-year'), { year, onChange: async chosen => {
    const url = new URL(location.href);
    if (chosen === null) url.searchParams.delete('year');
    else url.searchParams.set('year', String(chosen));
    history.replaceState(history.state, '', localHref(url.pathname + url.search));
    await map.showYear(chosen);
  } });
  if (SUGGESTING_KINDS.includes(entity.kind)) await showSuggestions(main.querySelector('.suggestions'), id);
}

/** Organisations to meet: not yet connected, but sharing specific neighbours; each with those neighbours. */
async function showSuggestions(host, id) {
  const { suggestPartners } = await gql(SUGGESTIONS, { id, lang: lang().toUpperCase() });
  if (!suggestPartners.length) return;
  host.innerHTML = `<h2>${esc(t('suggestions.title'))}</h2>
    <p class="muted">${esc(t('suggestions.help'))}</p>
    <ol class="suggestion-list">${suggestPartners.map(s => `<li>${entityLink(s.partner)}
      <span class="muted">${esc(t('suggestions.because'))}</span> ${s.because.map(entityLink).join(', ')}
      <div class="muted reason">${inLanguage(s.reasons[0].sentence, lang())}</div></li>`).join('')}</ol>`;
}

function card(entity) {
  const facts = FACTS
    .filter(([field]) => entity[field] !== undefined && entity[field] !== null && entity[field] !== '')
    .map(([field, heading, write]) => `<dt>${esc(heading())}</dt><dd>${write(entity[field])}</dd>`).join('');
  const shown = entityName(entity);
  const otherNames = [...(shown !== entity.name ? [entity.name] : []), ...entity.aliases];
  const aliases = otherNames.length ? `<p class="muted">${th('entity.aliases', { names: otherNames.map(name).join(' · ') })}</p>` : '';
  const description = entityDescription(entity);
  return `<p>${kindBadge(entity.kind)}</p>
    <h1 translate="no">${esc(shown)}</h1>${aliases}
    ${description ? `<p class="description">${inLanguage(description.text, description.lang)}</p>` : ''}
    ${sources(entity.sources, t('source.whereFrom'))}
    ${facts ? `<dl class="facts">${facts}</dl>` : ''}
    ${coalitionMembers(entity)}
    ${goals(entity.goals)}
    <h2>${esc(t('entity.relations'))} <span class="count">(${esc(num(entity.relations.totalCount))})</span></h2>
    <div class="relations">${relations(entity.relations.edges.map(e => e.node))}</div>
    ${entity.relations.pageInfo.hasNextPage ? `<button type="button" class="more-relations">${esc(t('entity.moreRelations'))}</button>` : ''}
    <section class="duplicates" aria-live="polite"></section>`;
}

/**
 * For curators: the entities that are likely this one, why, and what merging one into this would move, with a
 * button that merges it. Nothing at all for anyone else (the server refuses them the question).
 */
async function showDuplicates(host, entity, navigate) {
  let pairs;
  try {
    pairs = (await gql(DUPLICATES, { id: entity.id, lang: lang().toUpperCase() })).likelyDuplicates;
  } catch {
    return;
  }
  if (!pairs.length) return;
  const others = pairs.map(pair => ({ pair, other: pair.a.id === entity.id ? pair.b : pair.a }));
  host.innerHTML = `<h2>${esc(t('duplicates.title'))}</h2>
    <p class="muted">${esc(t('duplicates.help'))}</p>
    <ul class="plain duplicate-list">${others.map(({ pair, other }) => `<li>${entityLink(other)} ${kindBadge(other.kind)}
      <span class="count">(${esc(t('duplicates.score', { score: Math.round(pair.score * 100) }))})</span>
      <span class="muted">${pair.reasons.map(reason => esc(reason)).join(' · ')}</span>
      <p class="muted">${th('duplicates.preview', { name: name(entityName(other)), count: other.relations.totalCount, shared: pair.sharedNeighbours })}</p>
      <button type="button" class="merge" data-merge="${esc(other.id)}">${th('duplicates.merge', { name: name(entityName(other)) })}</button></li>`).join('')}</ul>`;
  host.querySelectorAll('button.merge').forEach(button => button.addEventListener('click', async () => {
    const other = others.find(o => o.other.id === button.dataset.merge).other;
    if (!window.confirm(t('duplicates.confirm', { name: entityName(other), kept: entityName(entity) }))) return;
    button.disabled = true;
    try {
      await gql(MERGE, { keep: entity.id, merge: [other.id] });
      navigate(`/entity/${encodeURIComponent(entity.id)}`);
    } catch (error) {
      button.disabled = false;
      showNotice(error);
    }
  }));
}

function coalitionMembers(entity) {
  if (!entity.coalitions || !entity.coalitions.length) return '';
  return `<h2>${esc(t('entity.coalitions'))}</h2>` + entity.coalitions.map(c => `<div class="coalition"><h3>${entityLink(c)}${c.size ? ` <span class="count">(${esc(t('entity.sizeAsStated', { size: c.size }))})</span>` : ''}</h3>
      ${c.members && c.members.length ? `<div class="chips">${c.members.map(m => `<span class="chip">${entityLink(m)}</span>`).join('')}</div>` : ''}</div>`).join('');
}

/** The goals of the card, with a filter by type (speerpunten, activities) when it has both. */
function goals(list) {
  if (!list || !list.length) return '';
  const types = [...new Set(list.map(g => g.goalType))];
  const filter = types.length > 1 ? `<div class="chips goal-filter" role="group" aria-label="${esc(t('goals.filter'))}">
      <button type="button" class="chip" data-goal-type="" aria-pressed="true">${esc(t('goals.all'))}</button>
      ${['TARGET', 'ACTIVITY'].map(type => `<button type="button" class="chip" data-goal-type="${type}" aria-pressed="false">${esc(capitalise(label('GoalType', type)))}</button>`).join('')}
    </div>` : '';
  return goalsHeading(list) + filter + goalTable(list);
}

function wireGoalFilter(main) {
  const buttons = main.querySelectorAll('.goal-filter button');
  buttons.forEach(button => button.addEventListener('click', () => {
    buttons.forEach(b => b.setAttribute('aria-pressed', String(b === button)));
    main.querySelectorAll('table.goals tbody tr').forEach(row => {
      row.hidden = Boolean(button.dataset.goalType) && row.dataset.goalType !== button.dataset.goalType;
    });
  }));
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
      <h3>${esc(relationHeading(type, direction))} <span class="count">(${esc(num(items.length))})</span></h3>
      <ul class="plain relations">${items.map(r => `<li>${entityLink(r.other)} ${kindBadge(r.other.kind)}
        ${r.role ? `<span class="role">— ${inLanguage(r.role, 'en')}</span>` : ''} ${years(r.since, r.until)}${sources(r.sources)}</li>`).join('')}</ul></section>`;
  }).join('');
}

async function moreRelations(button, id, after) {
  button.disabled = true;
  const data = await gql(ENTITY, { id, after });
  const page = data.entity.relations;
  button.insertAdjacentHTML('beforebegin', relations(page.edges.map(e => e.node)));
  if (page.pageInfo.hasNextPage) {
    button.disabled = false;
    button.addEventListener('click', () => moreRelations(button, id, page.pageInfo.endCursor), { once: true });
  } else {
    button.remove();
  }
}
