// The explorer: one page whose address says what it shows, so every view can be shared as a link. The
// address also carries the language (?lang=nl or ?lang=en), so a shared link opens in the sender's.
import { KeyNeeded, setApiKey } from './api.js';
import { brokersView } from './brokers.js';
import { changesView } from './changes.js';
import { entityView } from './entity.js';
import { goalsView } from './goals.js';
import { homeView } from './home.js';
import { networkView } from './network.js';
import { chooseLanguage, lang, loadVocabulary, localHref, rememberLanguage, t, useLanguage } from './i18n.js';
import { pathView } from './path.js';
import { programmesView } from './programmes.js';
import { attachCombobox, searchView } from './search.js';
import { sharedView } from './shared.js';
import { BRAND, errorHtml, esc, showNotice } from './ui.js';
import { savedViewPage } from './viewpage.js';

const main = document.getElementById('view');

export function navigate(url) {
  history.pushState({}, '', localHref(url));
  render();
}

async function render() {
  const { pathname, searchParams } = new URL(location.href);
  showNotice(null);
  document.querySelectorAll('nav.views a').forEach(a => a.toggleAttribute('aria-current', new URL(a.href).pathname === pathname));
  document.title = BRAND;
  try {
    await loadVocabulary();
    const entity = pathname.match(/^\/entity\/([^/]+)$/);
    const saved = pathname.match(/^\/view\/([^/]+)$/);
    if (entity) await entityView(main, decodeURIComponent(entity[1]), navigate, searchParams);
    else if (saved) await savedViewPage(main, decodeURIComponent(saved[1]), navigate);
    else if (pathname === '/path') await pathView(main, searchParams, navigate);
    else if (pathname === '/shared') await sharedView(main, searchParams, navigate);
    else if (pathname === '/brokers') await brokersView(main, searchParams, navigate);
    else if (pathname === '/network') await networkView(main, searchParams, navigate);
    else if (pathname === '/changes') await changesView(main, searchParams, navigate);
    else if (pathname === '/programmes') await programmesView(main, searchParams, navigate);
    else if (pathname === '/goals') await goalsView(main, searchParams, navigate);
    else if (searchParams.get('q')) await searchView(main, searchParams.get('q'));
    else await homeView(main);
  } catch (error) {
    if (error instanceof KeyNeeded) askForKey(error);
    else showNotice(error);
  }
}

function askForKey(error) {
  main.innerHTML = `<h1>${esc(t('key.title'))}</h1><p>${errorHtml(error)} ${esc(t('key.explanation'))}</p>
    <form class="form-row key-form"><label><span>${esc(t('key.label'))}</span><input type="password" name="key" autocomplete="off" required></label>
    <button class="primary" type="submit">${esc(t('key.use'))}</button></form>`;
  main.querySelector('.key-form').addEventListener('submit', event => {
    event.preventDefault();
    setApiKey(event.target.key.value.trim());
    render();
  });
  main.querySelector('input').focus();
}

/** The language switch: remembered for the next visit, and put in the address so a copied link carries it. */
async function switchLanguage(language) {
  rememberLanguage(language);
  await useLanguage(language);
  history.replaceState(history.state, '', localHref(location.pathname + location.search));
  await render();
}

document.addEventListener('click', event => {
  const link = event.target.closest('a[data-link]');
  if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
    event.preventDefault();
    navigate(link.getAttribute('href'));
    main.focus();
  }
});
window.addEventListener('popstate', async () => {
  const language = chooseLanguage();
  if (language !== lang()) await useLanguage(language);
  render();
});
document.querySelectorAll('button[data-lang]').forEach(button => button.addEventListener('click', () => switchLanguage(button.dataset.lang)));

const searchInput = document.getElementById('search-input');
searchInput.value = new URL(location.href).searchParams.get('q') || '';
attachCombobox(searchInput, document.getElementById('search-results'), {
  onSelect: entity => {
    searchInput.value = '';
    navigate(`/entity/${encodeURIComponent(entity.id)}`);
  },
  onSubmit: text => navigate(`/?q=${encodeURIComponent(text)}`),
  onAsk: reading => {
    searchInput.value = '';
    navigate(reading.url);
  },
});

await useLanguage(chooseLanguage());
history.replaceState(history.state, '', localHref(location.pathname + location.search));
render();
