// The goals view: which initiatives had a speerpunt or activity of a year with a given status, each with
// those goals in the report's words. Also the goals table of an entity card.
import { gql, NAME_FIELDS, SOURCE_FIELDS } from './api.js';
import { capitalise, label, num, t } from './i18n.js';
import { entityLink, esc, inLanguage, kindBadge, listParam, sources, statusPill } from './ui.js';

export const GOAL_FIELDS = `id name goalType year number planned result status sources { ${SOURCE_FIELDS} }`;

const GOALS = `query Goals($goal: GoalCondition) {
  initiatives(filter: { goal: $goal }, first: 100) {
    edges { node { ${NAME_FIELDS} ... on Initiative { goals { ${GOAL_FIELDS} } } } }
  }
}`;

const GOAL_TYPES = ['TARGET', 'ACTIVITY'];
const STATUSES = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'UNKNOWN'];

export async function goalsView(main, params, navigate) {
  const year = Number(params.get('year')) || 2021;
  const types = listParam(params, 'types', GOAL_TYPES);
  const statuses = listParam(params, 'statuses', STATUSES);
  // Only these initiatives (ids), as a question in words about one initiative's goals opens the view.
  const of = (params.get('of') || '').split(',').filter(Boolean);
  const checkbox = (field, value, chosen, vocabulary) => `<label><input type="checkbox" name="${field}" value="${value}"${chosen.includes(value) ? ' checked' : ''}>
    ${esc(capitalise(label(vocabulary, value)))}</label>`;
  main.innerHTML = `<h1>${esc(t('goals.title'))}</h1>
    <p class="muted">${esc(t('goals.help'))}</p>
    <form class="form-row goals-form">
      <label><span>${esc(t('goals.year'))}</span><input type="number" name="year" min="1900" max="2100" value="${year}"></label>
      <fieldset><legend>${esc(t('goals.type'))}</legend>${GOAL_TYPES.map(v => checkbox('types', v, types, 'GoalType')).join('')}</fieldset>
      <fieldset><legend>${esc(t('goals.status'))}</legend>${STATUSES.map(v => checkbox('statuses', v, statuses, 'GoalStatus')).join('')}</fieldset>
      <button class="primary" type="submit">${esc(t('goals.show'))}</button>
    </form>
    <div class="goal-results" aria-live="polite"><p class="muted">${esc(t('common.loading'))}</p></div>`;
  main.querySelector('.goals-form').addEventListener('submit', event => {
    event.preventDefault();
    const form = event.target;
    const query = new URLSearchParams({ year: form.year.value });
    for (const field of ['types', 'statuses']) {
      const chosen = [...form.querySelectorAll(`input[name=${field}]:checked`)].map(i => i.value);
      if (chosen.length) query.set(field, chosen.join(','));
    }
    if (of.length) query.set('of', of.join(','));
    navigate(`/goals?${query}`);
  });
  const goal = { year, ...(statuses.length ? { statuses } : {}) };
  const initiatives = (await gql(GOALS, { goal })).initiatives.edges.map(e => e.node);
  // The API narrows by year and status; the type is checked here, on the same goal, as the filter's parts must all hold for one goal.
  const meets = g => g.year === year && (!types.length || types.includes(g.goalType)) && (!statuses.length || statuses.includes(g.status));
  const found = initiatives.filter(i => !of.length || of.includes(i.id))
    .map(i => ({ initiative: i, goals: (i.goals ?? []).filter(meets) })).filter(f => f.goals.length);
  main.querySelector('.goal-results').innerHTML = `<h2>${esc(t('goals.found', { count: found.length }))}</h2>`
    + found.map(f => `<section class="panel result-group"><h3>${entityLink(f.initiative)} ${kindBadge(f.initiative.kind)}</h3>${goalTable(f.goals)}</section>`).join('');
}

/** Goals as a table: speerpunten before activities within a year, by number; planned and result in the report's words. */
export function goalTable(list) {
  const order = g => [g.year, g.goalType === 'TARGET' ? 0 : 1, String(g.number ?? '')];
  const sorted = [...list].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2], 'nl', { numeric: true });
  });
  const rows = sorted.map(g => `<tr data-goal-type="${esc(g.goalType)}"><td>${esc(g.number ?? '')}</td><td>${esc(capitalise(label('GoalType', g.goalType)))} ${esc(g.year)}</td>
      <td>${inLanguage(g.planned ?? g.name, 'nl')}${g.result ? `<div class="muted">${inLanguage(g.result, 'nl')}</div>` : ''}${sources(g.sources)}</td>
      <td>${statusPill(g.status)}</td></tr>`).join('');
  return `<div class="scroll"><table class="goals"><thead><tr><th>#</th><th>${esc(t('goals.column.what'))}</th><th>${esc(t('goals.column.plannedAndResult'))}</th><th>${esc(t('goals.column.status'))}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The heading of a goals table with its count. */
export function goalsHeading(list) {
  return `<h2>${esc(t('entity.goals'))} <span class="count">(${esc(num(list.length))})</span></h2>`;
}

