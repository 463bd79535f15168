// The brokers: who connects the ecosystem, ranked by degree, betweenness or PageRank, over every relationship
// alike or weighted by what it means, as the network stood in a year or over all years.
import { gql, NAME_FIELDS } from './api.js';
import { kindPlural, kinds, localHref, num, t } from './i18n.js';
import { yearControl } from './timeline.js';
import { entityLink, esc, kindBadge } from './ui.js';

const BROKERS = `query Brokers($metric: Metric, $kinds: [EntityKind!], $first: Int, $weighted: Boolean, $asOf: Date) {
  brokers(metric: $metric, kinds: $kinds, first: $first, weighted: $weighted, asOf: $asOf) { rank score entity { ${NAME_FIELDS} } }
}`;

const METRICS = () => ({
  BETWEENNESS: t('brokers.metric.betweenness'),
  DEGREE: t('brokers.metric.degree'),
  PAGERANK: t('brokers.metric.pagerank'),
});

export async function brokersView(main, params, navigate) {
  const metric = params.get('metric') || 'BETWEENNESS';
  const kind = params.get('kind') ?? 'PARTNER';
  const weighted = params.get('weighted') === 'true';
  const year = Number(params.get('year')) || null;
  const address = (form, chosenYear) => {
    const query = new URLSearchParams({ metric: form.metric.value, kind: form.kind.value });
    if (form.weighted.checked) query.set('weighted', 'true');
    if (chosenYear !== null) query.set('year', String(chosenYear));
    return `/brokers?${query}`;
  };
  main.innerHTML = `<h1>${esc(t('brokers.title'))}</h1>
    <form class="form-row brokers-form">
      <label><span>${esc(t('brokers.measure'))}</span><select name="metric">${Object.entries(METRICS()).map(([m, text]) => `<option value="${m}"${m === metric ? ' selected' : ''}>${esc(text)}</option>`).join('')}</select></label>
      <label><span>${esc(t('brokers.kind'))}</span><select name="kind"><option value="">${esc(t('brokers.allKinds'))}</option>${kinds().map(k => `<option value="${k}"${k === kind ? ' selected' : ''}>${esc(kindPlural(k))}</option>`).join('')}</select></label>
      <label><span>${esc(t('brokers.weighted'))}</span><input type="checkbox" name="weighted"${weighted ? ' checked' : ''}></label>
      <button class="primary" type="submit">${esc(t('brokers.rank'))}</button>
    </form>
    <div class="brokers-year"></div>
    <p class="muted">${esc(weighted ? t('brokers.weightedHelp') : t('brokers.plainHelp'))}</p>
    <div class="broker-results" aria-live="polite"><p class="muted">${esc(t('brokers.ranking'))}</p></div>`;
  const form = main.querySelector('.brokers-form');
  form.addEventListener('submit', event => {
    event.preventDefault();
    navigate(address(event.target, year));
  });
  const results = main.querySelector('.broker-results');
  let requests = 0;
  const rank = async chosenYear => {
    const request = ++requests;
    const ranked = (await gql(BROKERS, { metric, kinds: kind ? [kind] : null, first: 25, weighted, asOf: chosenYear })).brokers;
    // The slider moved on before this answer came: the newer year's answer will show.
    if (request !== requests) return;
    results.dataset.year = chosenYear ?? '';
    results.innerHTML = `<table class="ranking"><thead><tr><th>${esc(t('brokers.column.rank'))}</th><th>${esc(t('brokers.column.name'))}</th><th>${esc(t('brokers.column.score'))}</th></tr></thead><tbody>
      ${ranked.map(r => `<tr><td>${num(r.rank)}</td><td>${entityLink(r.entity)} ${kindBadge(r.entity.kind)}</td><td>${num(r.score, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}</td></tr>`).join('')}</tbody></table>`;
  };
  await yearControl(main.querySelector('.brokers-year'), { year, onChange: async chosen => {
    history.replaceState(history.state, '', localHref(address(form, chosen)));
    await rank(chosen);
  } });
  await rank(year);
}
