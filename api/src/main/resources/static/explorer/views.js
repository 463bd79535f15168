// Saved views on the map's toolbar: save what the map shows under a name (saveView), and the list of views
// saved before, each opening at /view/{id}. Saving needs a curator's key when the server has keys.
import { gql } from './api.js';
import { localHref, partialDate, t } from './i18n.js';
import { errorHtml, esc } from './ui.js';

const SAVE = `mutation SaveView($input: SavedViewInput!) { saveView(input: $input) { id name } }`;
const VIEWS = `query Views($first: Int, $after: String) {
  views(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name description savedAt } } }
}`;

/** The toolbar's "Save view" button with its form, and the list of saved views, for this map. */
export function viewControls(host, map) {
  host.innerHTML = `<button type="button" class="save-view">${esc(t('views.save'))}</button>
    <details class="saved-views"><summary>${esc(t('views.list'))}</summary><div class="saved-views-list" aria-live="polite"></div></details>
    <form class="save-view-form form-row" hidden>
      <label><span>${esc(t('views.name'))}</span><input name="name" required maxlength="200"></label>
      <label><span>${esc(t('views.description'))}</span><input name="description" maxlength="2000"></label>
      <button class="primary" type="submit">${esc(t('views.saveSubmit'))}</button>
    </form>
    <div class="save-view-result" aria-live="polite"></div>`;
  const form = host.querySelector('.save-view-form');
  const result = host.querySelector('.save-view-result');
  host.querySelector('.save-view').addEventListener('click', () => {
    form.hidden = !form.hidden;
    if (!form.hidden) form.name.focus();
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const input = { name: form.name.value, description: form.description.value || null, url: location.pathname + location.search, map: map.state() };
    try {
      const saved = (await gql(SAVE, { input })).saveView;
      form.hidden = true;
      const address = new URL(`/view/${encodeURIComponent(saved.id)}`, location.origin).href;
      const embed = new URL(`/embed/view/${encodeURIComponent(saved.id)}`, location.origin).href;
      result.innerHTML = `<p class="saved-view">${esc(t('views.saved'))} <a href="${esc(localHref(`/view/${encodeURIComponent(saved.id)}`))}" data-link
          translate="no">${esc(address)}</a></p><p class="muted">${esc(t('views.embed'))} <code translate="no">${esc(`<iframe src="${embed}" width="800" height="640"></iframe>`)}</code></p>`;
    } catch (error) {
      result.innerHTML = `<p class="error">${errorHtml(error)}</p>`;
    }
  });
  const details = host.querySelector('.saved-views');
  details.addEventListener('toggle', () => {
    if (details.open) showViews(details.querySelector('.saved-views-list'), null).catch(error => {
      details.querySelector('.saved-views-list').innerHTML = `<p class="error">${errorHtml(error)}</p>`;
    });
  });
}

/** A page of saved views, newest first, with a button for the next page. */
async function showViews(list, after) {
  const { views } = await gql(VIEWS, { first: 20, after });
  const items = views.edges.map(({ node }) => `<li><a href="${esc(localHref(`/view/${encodeURIComponent(node.id)}`))}" data-link translate="no">${esc(node.name)}</a>
    <span class="muted">${esc(partialDate(node.savedAt.slice(0, 10)))}</span></li>`).join('');
  if (!after) list.innerHTML = views.totalCount ? '<ul class="plain"></ul>' : `<p class="muted">${esc(t('views.none'))}</p>`;
  list.querySelector('.more-views')?.remove();
  list.querySelector('ul')?.insertAdjacentHTML('beforeend', items);
  if (views.pageInfo.hasNextPage) {
    list.insertAdjacentHTML('beforeend', `<button type="button" class="more-views">${esc(t('views.more'))}</button>`);
    list.querySelector('.more-views').addEventListener('click', () => showViews(list, views.pageInfo.endCursor));
  }
}
