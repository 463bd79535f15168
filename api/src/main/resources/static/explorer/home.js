// The start page: what the map holds, and the way in through the initiatives and programmes.
import { gql, NAME_FIELDS } from './api.js';
import { entityDescription, label, t } from './i18n.js';
import { entityLink, esc, inLanguage, kindBadge } from './ui.js';

const HOME = `{
  initiatives(filter: { types: [INITIATIVE, PROGRAMME] }, first: 50) {
    totalCount edges { node { ${NAME_FIELDS} description descriptionNl ... on Initiative { type } } }
  }
  all: initiatives(first: 0) { totalCount }
  partners(first: 0) { totalCount }
  talentProgrammes(first: 0) { totalCount }
  coalitions(first: 0) { totalCount }
}`;

export async function homeView(main) {
  const data = await gql(HOME);
  const top = data.initiatives.edges.map(e => e.node);
  main.innerHTML = `<h1>${esc(t('home.title'))}</h1>
    <p class="muted">${esc(t('home.summary', { partners: data.partners.totalCount, initiatives: data.all.totalCount,
      programmes: data.talentProgrammes.totalCount, coalitions: data.coalitions.totalCount }))}</p>
    <div class="cards">${top.map(n => {
      const description = entityDescription(n);
      return `<div class="panel">${kindBadge(n.kind)} <span class="muted">${esc(label('InitiativeType', n.type))}</span>
        <h2 class="card-title">${entityLink(n)}</h2>${description ? `<p class="muted">${inLanguage(description.text, description.lang)}</p>` : ''}</div>`;
    }).join('')}</div>`;
}
