// A saved view opened: /view/{id} in the explorer, and /embed/view/{id} read-only for an iframe on another site.
// Both draw the map as it was saved; entities deleted since are left out, with a notice that names them.
import { gql, NAME_FIELDS } from './api.js';
import { localHref, partialDate, t } from './i18n.js';
import { NetworkMap } from './map.js';
import { BRAND, esc, name } from './ui.js';

const VIEW = `query View($id: ID!) {
  view(id: $id) { id name description url missingEntities savedAt
    map { focus year hideHubs hiddenKinds entities { id x y } relations { from type to } } }
}`;
const MAP_ENTITIES = `query MapEntities($ids: [ID!]!) { entities(ids: $ids) { ${NAME_FIELDS} relations(first: 0) { totalCount } } }`;

/** The saved view, or null (the page then says so); the entities it shows as the graph holds them now. */
async function load(id) {
  const { view } = await gql(VIEW, { id });
  if (!view) return { view: null, entities: [] };
  const missing = new Set(view.missingEntities);
  const ids = view.map.entities.map(e => e.id).filter(e => !missing.has(e));
  const entities = ids.length ? (await gql(MAP_ENTITIES, { ids })).entities : [];
  return { view, entities };
}

function notFound(main, id) {
  main.innerHTML = `<h1>${esc(t('views.notFound.title'))}</h1><p>${esc(t('views.notFound.text', { id }))}</p>`;
}

function missingNotice(view) {
  if (!view.missingEntities.length) return '';
  return `<p class="notice view-missing" role="status">${esc(t('views.missing', { count: view.missingEntities.length }))}
    ${view.missingEntities.map(name).join(', ')}</p>`;
}

/** /view/{id}: the view as it was saved, with the page it was saved on one click away. */
export async function savedViewPage(main, id, navigate) {
  main.innerHTML = `<p class="muted">${esc(t('common.loading'))}</p>`;
  const { view, entities } = await load(id);
  if (!view) {
    notFound(main, id);
    return;
  }
  document.title = `${view.name} · ${BRAND}`;
  main.innerHTML = `<h1 class="view-name" translate="no">${esc(view.name)}</h1>
    ${view.description ? `<p class="view-description">${esc(view.description)}</p>` : ''}
    <p class="muted">${esc(t('views.savedOn', { date: partialDate(view.savedAt.slice(0, 10)) }))}
      ${view.map.year ? esc(t('views.year', { year: String(view.map.year) })) : ''}
      <a href="${esc(localHref(view.url))}" data-link class="view-origin">${esc(t('views.openOrigin'))}</a></p>
    ${missingNotice(view)}
    <section class="panel map-panel" aria-label="${esc(t('map.label'))}"><div class="map-host"></div></section>`;
  const map = new NetworkMap(main.querySelector('.map-host'), { onOpen: other => navigate(`/entity/${encodeURIComponent(other)}`),
    title: () => view.name });
  map.restore(view.map, entities);
}

/** /embed/view/{id}: the view without the explorer around it; links open the full explorer in a new tab. */
export async function embeddedView(main, id) {
  const { view, entities } = await load(id);
  if (!view) {
    notFound(main, id);
    return;
  }
  document.title = `${view.name} · ${BRAND}`;
  const full = localHref(`/view/${encodeURIComponent(id)}`);
  main.innerHTML = `<h1 class="view-name" translate="no">${esc(view.name)}</h1>
    ${view.description ? `<p class="view-description">${esc(view.description)}</p>` : ''}
    ${missingNotice(view)}
    <div class="map-host"></div>
    <p><a class="full-view" href="${esc(full)}" target="_blank" rel="noopener">${esc(t('views.openFull'))}</a> · ${esc(BRAND)}</p>`;
  const map = new NetworkMap(main.querySelector('.map-host'), { readOnly: true, title: () => view.name,
    onOpen: other => window.open(localHref(`/entity/${encodeURIComponent(other)}`), '_blank', 'noopener') });
  map.restore(view.map, entities);
}
