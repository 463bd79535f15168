// Find a programme: the talent programmes narrowed by facets with counts, and matched to a person's profile.
import { gql } from './api.js';
import { esc, entityLink } from './ui.js';

const FIELDS = {
  targetGroups: 'Who it is for', sectors: 'Sector', activityTypes: 'What it does', places: 'Where',
  providers: 'Run by', partners: 'With partners', statuses: 'Status',
};

const PROGRAMMES = `query Programmes($filter: TalentFilter) {
  talentProgrammes(filter: $filter, first: 100) {
    totalCount
    facets { field values { value label count selected } }
    edges { node { id name description ... on TalentProgramme { status places { name } facets { field values { label } } } } }
  }
  everything: talentProgrammes(first: 0) { facets { field values { value label } } }
}`;

const MATCH = `query Match($profile: TalentProfile!) {
  matchTalentProgrammes(profile: $profile, first: 10) { score reasons programme { id name status } }
}`;

/** The filter an address asks for: each field as repeated or comma-separated values. */
function filterFrom(params) {
  const filter = {};
  for (const field of Object.keys(FIELDS)) {
    const values = params.getAll(field).flatMap(v => v.split(',')).map(v => v.trim()).filter(Boolean);
    if (values.length) filter[field] = values;
  }
  if (params.get('text')) filter.text = params.get('text');
  return filter;
}

export async function programmesView(main, params, navigate) {
  const filter = filterFrom(params);
  const result = await gql(PROGRAMMES, { filter });
  const data = result.talentProgrammes;
  main.innerHTML = `<h1>Find a programme</h1>
    <p class="muted">Every talent programme the map knows, narrowed by who it is for, the sector, what it does and where it runs. Each count says how many programmes you get by ticking it.</p>
    <div class="facets">
      <form class="facet-form" aria-label="Narrow the programmes">
        <label class="words">Words <input type="search" name="text" value="${esc(filter.text ?? '')}"></label>
        ${data.facets.filter(f => f.values.length).map(facet => `<fieldset><legend>${esc(FIELDS[facet.field] ?? facet.field)}</legend>
          ${facet.values.map(v => `<label><input type="checkbox" name="${esc(facet.field)}" value="${esc(v.value)}"${v.selected ? ' checked' : ''}>
            ${esc(v.label)} <span class="count">(${v.count})</span></label>`).join('')}</fieldset>`).join('')}
      </form>
      <div>
        <h2>${data.totalCount} programme${data.totalCount === 1 ? '' : 's'}</h2>
        <ul class="plain relations programme-results">${data.edges.map(e => programme(e.node)).join('')}</ul>
        <section class="panel" style="margin-top:16px"><h2 style="margin-top:0">Match a person</h2>
          <form class="form-row match-form">${profileFields(result.everything.facets)}<button class="primary" type="submit">Match</button></form>
          <ol class="match-results" aria-live="polite"></ol>
        </section>
      </div>
    </div>`;
  const form = main.querySelector('.facet-form');
  form.addEventListener('change', () => navigate(`/programmes?${toQuery(form)}`));
  form.addEventListener('submit', event => {
    event.preventDefault();
    navigate(`/programmes?${toQuery(form)}`);
  });
  main.querySelector('.match-form').addEventListener('submit', async event => {
    event.preventDefault();
    await showMatches(main.querySelector('.match-results'), event.target);
  });
}

function programme(node) {
  const values = (node.facets || []).flatMap(f => f.values.map(v => v.label));
  return `<li>${entityLink(node)} <span class="muted">${esc((node.status || '').replaceAll('_', ' ').toLowerCase())}</span>
    ${node.places?.length ? `<span class="muted">· ${node.places.map(p => esc(p.name)).join(', ')}</span>` : ''}
    ${values.length ? `<div class="chips">${values.map(v => `<span class="chip">${esc(v)}</span>`).join('')}</div>` : ''}</li>`;
}

function toQuery(form) {
  const query = new URLSearchParams();
  for (const field of Object.keys(FIELDS)) {
    const values = [...form.querySelectorAll(`input[name="${field}"]:checked`)].map(i => i.value);
    if (values.length) query.set(field, values.join(','));
  }
  if (form.text.value.trim()) query.set('text', form.text.value.trim());
  return query.toString();
}

function profileFields(facets) {
  const options = field => (facets.find(f => f.field === field)?.values ?? [])
    .map(v => `<option value="${esc(v.value)}">${esc(v.label)}</option>`).join('');
  const select = (name, label, field) => `<label><span>${esc(label)}</span><select name="${name}"><option value="">—</option>${options(field)}</select></label>`;
  return select('targetGroup', 'I am', 'targetGroups') + select('sector', 'Interested in', 'sectors')
    + select('activityType', 'Looking for', 'activityTypes') + select('place', 'Living in', 'places');
}

async function showMatches(target, form) {
  const profile = {};
  if (form.targetGroup.value) profile.targetGroups = [form.targetGroup.value];
  if (form.sector.value) profile.sectors = [form.sector.value];
  if (form.activityType.value) profile.activityTypes = [form.activityType.value];
  if (form.place.value) profile.place = form.place.value;
  if (!Object.keys(profile).length) {
    target.innerHTML = '<li>Choose at least one thing about the person.</li>';
    return;
  }
  const matches = (await gql(MATCH, { profile })).matchTalentProgrammes;
  target.innerHTML = matches.length
    ? matches.map(m => `<li>${entityLink(m.programme)} <span class="count">score ${m.score.toFixed(2)}</span>
        <div class="muted">${m.reasons.map(esc).join(' · ')}</div></li>`).join('')
    : '<li>No programme fits this profile.</li>';
}
