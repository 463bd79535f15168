// The brokers: who connects the ecosystem, ranked by degree, betweenness or PageRank.
import { gql } from './api.js';
import { KINDS, esc, entityLink, kindBadge } from './ui.js';

const BROKERS = `query Brokers($metric: Metric, $kinds: [EntityKind!], $first: Int) {
  brokers(metric: $metric, kinds: $kinds, first: $first) { rank score entity { id name kind } }
}`;

const METRICS = {
  BETWEENNESS: 'Betweenness: how often it lies on the shortest path between two others',
  DEGREE: 'Degree: how many relations it has',
  PAGERANK: 'PageRank: how well connected its connections are',
};

export async function brokersView(main, params, navigate) {
  const metric = params.get('metric') || 'BETWEENNESS';
  const kind = params.get('kind') || 'PARTNER';
  main.innerHTML = `<h1>Brokers</h1>
    <form class="form-row brokers-form">
      <label><span>Measure</span><select name="metric">${Object.entries(METRICS).map(([m, text]) => `<option value="${m}"${m === metric ? ' selected' : ''}>${esc(text)}</option>`).join('')}</select></label>
      <label><span>Kind</span><select name="kind"><option value="">All kinds</option>${Object.entries(KINDS).map(([k, v]) => `<option value="${k}"${k === kind ? ' selected' : ''}>${esc(v.plural)}</option>`).join('')}</select></label>
      <button class="primary" type="submit">Rank</button>
    </form>
    <div class="broker-results" aria-live="polite"><p class="muted">Ranking …</p></div>`;
  main.querySelector('.brokers-form').addEventListener('submit', event => {
    event.preventDefault();
    navigate(`/brokers?metric=${event.target.metric.value}&kind=${event.target.kind.value}`);
  });
  const ranked = (await gql(BROKERS, { metric, kinds: kind ? [kind] : null, first: 25 })).brokers;
  main.querySelector('.broker-results').innerHTML = `<table class="ranking"><thead><tr><th>Rank</th><th>Name</th><th>Score</th></tr></thead><tbody>
    ${ranked.map(r => `<tr><td>${r.rank}</td><td>${entityLink(r.entity)} ${kindBadge(r.entity.kind)}</td><td>${r.score.toFixed(3)}</td></tr>`).join('')}</tbody></table>`;
}
