// The explorer: one page whose address says what it shows, so every view can be shared as a link.
import { ApiError, KeyNeeded, setApiKey } from './api.js';
import { brokersView } from './brokers.js';
import { entityView } from './entity.js';
import { homeView } from './home.js';
import { pathView } from './path.js';
import { programmesView } from './programmes.js';
import { attachCombobox, searchView } from './search.js';
import { sharedView } from './shared.js';
import { showNotice } from './ui.js';

const main = document.getElementById('view');

export function navigate(url) {
  history.pushState({}, '', url);
  render();
}

async function render() {
  const { pathname, searchParams } = new URL(location.href);
  showNotice('');
  document.querySelectorAll('nav.views a').forEach(a => a.toggleAttribute('aria-current', a.getAttribute('href') === pathname));
  document.title = 'Ecosystem Map';
  try {
    const entity = pathname.match(/^\/entity\/([^/]+)$/);
    if (entity) await entityView(main, decodeURIComponent(entity[1]), navigate);
    else if (pathname === '/path') await pathView(main, searchParams, navigate);
    else if (pathname === '/shared') await sharedView(main, searchParams, navigate);
    else if (pathname === '/brokers') await brokersView(main, searchParams, navigate);
    else if (pathname === '/programmes') await programmesView(main, searchParams, navigate);
    else if (searchParams.get('q')) await searchView(main, searchParams.get('q'));
    else await homeView(main);
  } catch (error) {
    if (error instanceof KeyNeeded) askForKey(error.message);
    else showNotice(error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`);
  }
}

function askForKey(message) {
  main.innerHTML = `<h1>API key</h1><p>${message} Ask the map's administrator for one; this tab keeps it until you close it.</p>
    <form class="form-row key-form"><label><span>Key</span><input type="password" name="key" autocomplete="off" required></label>
    <button class="primary" type="submit">Use this key</button></form>`;
  main.querySelector('.key-form').addEventListener('submit', event => {
    event.preventDefault();
    setApiKey(event.target.key.value.trim());
    render();
  });
  main.querySelector('input').focus();
}

document.addEventListener('click', event => {
  const link = event.target.closest('a[data-link]');
  if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
    event.preventDefault();
    navigate(link.getAttribute('href'));
    main.focus();
  }
});
window.addEventListener('popstate', render);

const searchInput = document.getElementById('search-input');
searchInput.value = new URL(location.href).searchParams.get('q') || '';
attachCombobox(searchInput, document.getElementById('search-results'), {
  onSelect: entity => {
    searchInput.value = '';
    navigate(`/entity/${encodeURIComponent(entity.id)}`);
  },
  onSubmit: text => navigate(`/?q=${encodeURIComponent(text)}`),
});

render();
