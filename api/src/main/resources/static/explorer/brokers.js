// The brokers: who connects the ecosystem, ranked by degree, betweenness or PageRank.
import { gql, NAME_FIELDS } from './api.js';
import { kindPlural, kinds, num, t } from './i18n.js';
import { entityLink, esc, kindBadge } from './ui.js';

const BROKERS = `query Brokers($metric: Metric, $kinds: [EntityKind!], $first: Int) {
  brokers(metric: $metric, kinds: $kinds, first: $first) { rank score entity { ${NAME_FIELDS} } }
}`;

const METRICS = () => ({
  BETWEENNESS: t('brokers.metric.betweenness'),
  DEGREE: t('brokers.metric.degree'),
  PAGERANK: t('brokers.metric.pagerank'),
});

export async function brokersView(main, params, navigate) {
  const metric = params.get('metric') || 'BETWEENNESS';
  const kind = params.get('kind') ?? 'PARTNER';
  main.innerHTML = `<h1>${esc(t('brokers.title'))}</h1>
    <form class="form-row brokers-form">
      <label><span>${esc(t('brokers.measure'))}</span><select name="metric">${Object.entries(METRICS()).map(([m, text]) => `<option value="${m}"${m === metric ? ' selected' : ''}>${esc(text)}</option>`).join('')}</select></label>
      <label><span>${esc(t('brokers.kind'))}</span><select name="kind"><option value="">${esc(t('brokers.allKinds'))}</option>${kinds().map(k => `<option value="${k}"${k === kind ? ' selected' : ''}>${esc(kindPlural(k))}</option>`).join('')}</select></label>
      <button class="primary" type="submit">${esc(t('brokers.rank'))}</button>
    </form>
    <div class="broker-results" aria-live="polite"><p class="muted">${esc(t('brokers.ranking'))}</p></div>`;
  main.querySelector('.brokers-form').addEventListener('submit', event => {
    event.preventDefault();
    navigate(`/brokers?metric=${event.target.metric.value}&kind=${event.target.kind.value}`);
  });
  const ranked = (await gql(BROKERS, { metric, kinds: kind ? [kind] : null, first: 25 })).brokers;
  main.querySelector('.broker-results').innerHTML = `<table class="ranking"><thead><tr><th>${esc(t('brokers.column.rank'))}</th><th>${esc(t('brokers.column.name'))}</th><th>${esc(t('brokers.column.score'))}</th></tr></thead><tbody>
    ${ranked.map(r => `<tr><td>${num(r.rank)}</td><td>${entityLink(r.entity)} ${kindBadge(r.entity.kind)}</td><td>${num(r.score, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}</td></tr>`).join('')}</tbody></table>`;
}
