// Find a programme: the talent programmes narrowed by facets with counts, and matched to a person's profile.
// The facet values and the reasons of a match come from the API in the page's language.
import { gql, NAME_FIELDS } from './api.js';
import { label, lang, num, t } from './i18n.js';
import { entityLink, esc, name } from './ui.js';

/** The TalentFilter fields, in the order the API gives their facets; their headings are the vocabulary's TalentField. */
const FIELDS = ['targetGroups', 'sectors', 'activityTypes', 'places', 'providers', 'partners', 'statuses'];

/** Fields whose values are names of places and organisations rather than words of a vocabulary. */
const NAMED_FIELDS = ['places', 'providers', 'partners'];

const PROGRAMMES = `query Programmes($filter: TalentFilter, $lang: Language) {
  talentProgrammes(filter: $filter, first: 100) {
    totalCount
    facets { field values { value label(lang: $lang) count selected } }
    edges { node { ${NAME_FIELDS} ... on TalentProgramme { status places { ${NAME_FIELDS} } facets { field values { label(lang: $lang) } } } } }
  }
  everything: talentProgrammes(first: 0) { facets { field values { value label(lang: $lang) } } }
}`;

const MATCH = `query Match($profile: TalentProfile!, $lang: Language) {
  matchTalentProgrammes(profile: $profile, first: 10) { score reasons(lang: $lang) programme { ${NAME_FIELDS} status } }
}`;

/** The filter an address asks for: each field as repeated or comma-separated values. */
function filterFrom(params) {
  const filter = {};
  for (const field of FIELDS) {
    const values = params.getAll(field).flatMap(v => v.split(',')).map(v => v.trim()).filter(Boolean);
    if (values.length) filter[field] = values;
  }
  if (params.get('text')) filter.text = params.get('text');
  return filter;
}

/** A facet value as people read it: a name stays as it is, a vocabulary word is in the page's language. */
function valueLabel(field, value) {
  return NAMED_FIELDS.includes(field) ? name(value.label) : esc(value.label);
}

export async function programmesView(main, params, navigate) {
  const filter = filterFrom(params);
  const result = await gql(PROGRAMMES, { filter, lang: lang().toUpperCase() });
  const data = result.talentProgrammes;
  main.innerHTML = `<h1>${esc(t('programmes.title'))}</h1>
    <p class="muted">${esc(t('programmes.help'))}</p>
    <div class="facets">
      <form class="facet-form" aria-label="${esc(t('programmes.narrow'))}">
        <label class="words">${esc(t('programmes.words'))} <input type="search" name="text" value="${esc(filter.text ?? '')}"></label>
        ${data.facets.filter(f => f.values.length).map(facet => `<fieldset><legend>${esc(label('TalentField', facet.field))}</legend>
          ${facet.values.map(v => `<label><input type="checkbox" name="${esc(facet.field)}" value="${esc(v.value)}"${v.selected ? ' checked' : ''}>
            ${valueLabel(facet.field, v)} <span class="count">(${esc(num(v.count))})</span></label>`).join('')}</fieldset>`).join('')}
      </form>
      <div>
        <h2>${esc(t('programmes.count', { count: data.totalCount }))}</h2>
        <ul class="plain relations programme-results">${data.edges.map(e => programme(e.node)).join('')}</ul>
        <section class="panel match-panel"><h2 class="panel-title">${esc(t('programmes.match.title'))}</h2>
          <form class="form-row match-form">${profileFields(result.everything.facets)}<button class="primary" type="submit">${esc(t('programmes.match.submit'))}</button></form>
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
  return `<li>${entityLink(node)} <span class="muted">${esc(node.status ? label('Status', node.status) : '')}</span>
    ${node.places?.length ? `<span class="muted">· ${node.places.map(p => name(p.name)).join(', ')}</span>` : ''}
    ${values.length ? `<div class="chips">${values.map(v => `<span class="chip">${esc(v)}</span>`).join('')}</div>` : ''}</li>`;
}

function toQuery(form) {
  const query = new URLSearchParams();
  for (const field of FIELDS) {
    const values = [...form.querySelectorAll(`input[name="${field}"]:checked`)].map(i => i.value);
    if (values.length) query.set(field, values.join(','));
  }
  if (form.text.value.trim()) query.set('text', form.text.value.trim());
  return query.toString();
}

function profileFields(facets) {
  const options = field => (facets.find(f => f.field === field)?.values ?? [])
    .map(v => `<option value="${esc(v.value)}">${valueLabel(field, v)}</option>`).join('');
  const select = (selectName, heading, field) => `<label><span>${esc(heading)}</span><select name="${selectName}"><option value="">—</option>${options(field)}</select></label>`;
  return select('targetGroup', t('programmes.match.iAm'), 'targetGroups') + select('sector', t('programmes.match.interestedIn'), 'sectors')
    + select('activityType', t('programmes.match.lookingFor'), 'activityTypes') + select('place', t('programmes.match.livingIn'), 'places');
}

async function showMatches(target, form) {
  const profile = {};
  if (form.targetGroup.value) profile.targetGroups = [form.targetGroup.value];
  if (form.sector.value) profile.sectors = [form.sector.value];
  if (form.activityType.value) profile.activityTypes = [form.activityType.value];
  if (form.place.value) profile.place = form.place.value;
  if (!Object.keys(profile).length) {
    target.innerHTML = `<li>${esc(t('programmes.match.chooseOne'))}</li>`;
    return;
  }
  const matches = (await gql(MATCH, { profile, lang: lang().toUpperCase() })).matchTalentProgrammes;
  target.innerHTML = matches.length
    ? matches.map(m => `<li>${entityLink(m.programme)} <span class="count">${esc(t('programmes.match.score', { score: num(m.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) }))}</span>
        <div class="muted">${m.reasons.map(esc).join(' · ')}</div></li>`).join('')
    : `<li>${esc(t('programmes.match.none'))}</li>`;
}
