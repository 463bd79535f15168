// The start page: what the map holds, and the way in through the initiatives and programmes.
import { gql } from './api.js';
import { esc, entityLink, kindBadge } from './ui.js';

const HOME = `{
  initiatives(filter: { types: [INITIATIVE, PROGRAMME] }, first: 50) { totalCount edges { node { id name kind description ... on Initiative { type } } } }
  all: initiatives(first: 0) { totalCount }
  partners(first: 0) { totalCount }
  talentProgrammes(first: 0) { totalCount }
  coalitions(first: 0) { totalCount }
}`;

export async function homeView(main) {
  const data = await gql(HOME);
  const top = data.initiatives.edges.map(e => e.node);
  main.innerHTML = `<h1>The ecosystem at a glance</h1>
    <p class="muted">${data.partners.totalCount} partners, ${data.all.totalCount} initiatives and sub-initiatives, ${data.talentProgrammes.totalCount} talent programmes and ${data.coalitions.totalCount} coalitions. Search above, or start from an initiative.</p>
    <div class="cards">${top.map(n => `<div class="panel">${kindBadge(n.kind)} <span class="muted">${esc(n.type.toLowerCase())}</span>
      <h2 style="margin:6px 0">${entityLink(n)}</h2><p class="muted">${esc(n.description ?? '')}</p></div>`).join('')}</div>`;
}
