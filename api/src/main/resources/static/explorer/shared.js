// Shared partners: the organisations that two or more entities all work with, and how.
import { gql, NAME_FIELDS } from './api.js';
import { entityName, label, t, th } from './i18n.js';
import { picker } from './search.js';
import { entityLink, esc, inLanguage, kindBadge, name } from './ui.js';

const SHARED = `query Shared($ids: [ID!]!, $throughParts: Boolean) {
  sharedPartners(ids: $ids, throughParts: $throughParts) { partner { ${NAME_FIELDS} } via { from to type role } }
}`;
const NAMES = `query Names($ids: [ID!]!) { entities(ids: $ids) { ${NAME_FIELDS} } }`;

export async function sharedView(main, params, navigate) {
  const ids = (params.get('ids') || '').split(',').filter(Boolean);
  const throughParts = params.get('parts') !== 'false';
  const address = (chosen, parts) => `/shared?ids=${encodeURIComponent(chosen.join(','))}${parts ? '' : '&parts=false'}`;
  const chosen = ids.length ? (await gql(NAMES, { ids })).entities : [];
  main.innerHTML = `<h1>${esc(t('shared.title'))}</h1>
    <p class="muted">${esc(t('shared.help'))}</p>
    <div class="chips chosen">${chosen.map(e => `<span class="chip">${entityLink(e)} <button type="button" data-remove="${esc(e.id)}"><span aria-hidden="true">×</span><span class="visually-hidden">${th('shared.remove', { name: name(entityName(e)) })}</span></button></span>`).join('')}</div>
    <div class="form-row"><div class="add"></div>
      <label><span>${esc(t('common.throughParts'))}</span><input type="checkbox" name="parts"${throughParts ? ' checked' : ''}></label></div>
    <div class="shared-results" aria-live="polite"></div>`;
  picker(main.querySelector('.add'), { label: t('shared.add'), onPick: entity => {
    navigate(address([...ids.filter(i => i !== entity.id), entity.id], throughParts));
  } });
  main.querySelectorAll('[data-remove]').forEach(button => button.addEventListener('click', () => {
    navigate(address(ids.filter(i => i !== button.dataset.remove), throughParts));
  }));
  main.querySelector('input[name=parts]').addEventListener('change', event => navigate(address(ids, event.target.checked)));
  const results = main.querySelector('.shared-results');
  if (chosen.length < 2) {
    results.innerHTML = `<p>${esc(t('shared.addTwo'))}</p>`;
    return;
  }
  const shared = (await gql(SHARED, { ids: chosen.map(e => e.id), throughParts })).sharedPartners;
  const stepIds = [...new Set(shared.flatMap(s => s.via.flatMap(v => [v.from, v.to])))];
  const steps = stepIds.length ? (await gql(NAMES, { ids: stepIds })).entities : [];
  const names = new Map([...steps, ...chosen].map(e => [e.id, e]));
  const end = id => (names.has(id) ? entityLink(names.get(id)) : name(id));
  // Each relationship in the direction it was recorded: "TOMAS is linked with ASTA", "ASTA ... House of Skills".
  const step = v => `${end(v.from)} ${esc(label('RelationType', v.type))} ${end(v.to)}${v.role ? ` (${inLanguage(v.role, 'en')})` : ''}`;
  results.innerHTML = shared.length
    ? `<h2>${esc(t('shared.found', { count: shared.length }))}</h2><ul class="plain relations">${shared.map(s => `<li>${entityLink(s.partner)} ${kindBadge(s.partner.kind)}
        <ul>${chains(s.partner.id, s.via, new Set(ids)).map(chain => `<li class="muted">${chain.map(step).join('; ')}</li>`).join('')}</ul></li>`).join('')}</ul>`
    : `<p>${esc(t('shared.none'))}</p>`;
}

/** The relationships of a partner's "via" as chains from the partner to each chosen entity, whichever way each points. */
function chains(start, via, targets) {
  const found = [];
  const walk = (at, chain) => {
    if (targets.has(at) && chain.length) {
      found.push(chain);
      return;
    }
    for (const edge of via.filter(v => (v.from === at || v.to === at) && !chain.includes(v))) {
      walk(edge.from === at ? edge.to : edge.from, [...chain, edge]);
    }
  };
  walk(start, []);
  return found;
}
