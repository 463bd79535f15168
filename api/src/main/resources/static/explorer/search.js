// Search as you type: the header's search box, the entity pickers, and the search results page.
import { gql, NAME_FIELDS } from './api.js';
import { interpretations, interpretationsPanel, questionHtml } from './ask.js';
import { entityDescription, entityName, kindPlural, lang, localHref, t, th } from './i18n.js';
import { debounce, entityLink, esc, inLanguage, kindBadge } from './ui.js';

const SEARCH = `query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { totalCount edges { node { ${NAME_FIELDS} description descriptionNl } } }
}`;

/** The results page also asks where each hit matched, worded in the page's language. */
const SEARCH_PAGE = `query SearchPage($text: String!, $first: Int, $lang: Language) {
  search(text: $text, first: $first) {
    totalCount
    edges { node { ${NAME_FIELDS} description descriptionNl } matchedIn { field label(lang: $lang) words excerpt } }
  }
}`;

let comboboxCount = 0;

/** The kinds of the results, the kind of the best match first: grouping must not bury the best match. */
function kindsByBestMatch(nodes) {
  return [...new Set(nodes.map(n => n.kind))];
}

/**
 * Turns an input and a listbox into an accessible combobox: results grouped by kind, arrow keys to move,
 * Enter to choose, Escape to close. With {@code onAsk}, a question in words is offered first as the views that
 * answer it ("Did you mean: …"), one per entity where a name is ambiguous; choosing one calls onAsk with it.
 */
export function attachCombobox(input, listbox, { onSelect, onSubmit = null, onAsk = null, kinds = null, first = 12 }) {
  const prefix = `cb${++comboboxCount}`;
  let options = [];
  let active = -1;
  let sequence = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = index => {
    active = index;
    listbox.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${prefix}-${index}`);
      listbox.querySelector(`#${prefix}-${index}`)?.scrollIntoView({ block: 'nearest' });
    }
  };

  const choose = index => {
    const chosen = options[index];
    close();
    if (chosen?.url) onAsk(chosen);
    else if (chosen) onSelect(chosen);
  };

  const render = (text, nodes, total, readings = []) => {
    options = [];
    let html = '';
    if (readings.length) {
      html += `<div class="group" role="presentation">${esc(t('ask.didYouMean'))}</div>`;
      for (const reading of readings) {
        html += `<div role="option" class="ask" id="${prefix}-${options.length}" data-index="${options.length}" aria-selected="false">`
          + `<a href="${esc(localHref(reading.url))}" tabindex="-1">${questionHtml(reading)}</a></div>`;
        options.push(reading);
      }
    }
    for (const kind of kindsByBestMatch(nodes)) {
      const ofKind = nodes.filter(n => n.kind === kind);
      if (!ofKind.length) continue;
      html += `<div class="group" role="presentation">${esc(kindPlural(kind))}</div>`;
      for (const node of ofKind) {
        html += `<div role="option" id="${prefix}-${options.length}" data-index="${options.length}" aria-selected="false">`
          + `<span translate="no">${esc(entityName(node))}</span> ${kindBadge(node.kind)}</div>`;
        options.push(node);
      }
    }
    if (!nodes.length && !readings.length) html = `<div class="group" role="presentation">${th('search.nothingFor', { text: quoted(text) })}</div>`;
    if (onSubmit && total > nodes.length) {
      html += `<div role="option" class="all" id="${prefix}-${options.length}" data-index="${options.length}" aria-selected="false">`
        + `${th('search.seeAll', { count: total, text: quoted(text) })}</div>`;
      options.push(null);
    }
    listbox.innerHTML = html;
    // The text these options answer: the typing may have gone on since (a browser test waits for them to match).
    listbox.dataset.text = text;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };

  const lookUp = debounce(async text => {
    const mine = ++sequence;
    if (!/[\p{L}\p{N}]/u.test(text)) {
      close();
      return;
    }
    try {
      const [data, readings] = await Promise.all([gql(SEARCH, { text, kinds, first }),
        onAsk ? interpretations(text).catch(() => []) : []]);
      if (mine !== sequence) return;
      render(text, data.search.edges.map(e => e.node), data.search.totalCount, readings);
    } catch {
      close();
    }
  }, 180);

  input.addEventListener('input', () => lookUp(input.value));
  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      if (listbox.hidden) listbox.hidden = false;
      highlight(Math.min(options.length - 1, active + 1));
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0 && options[active]) choose(active);
      else if (onSubmit && input.value.trim()) {
        close();
        onSubmit(input.value.trim());
      } else if (options.length === 1 || (options[0] && !onSubmit)) choose(0);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  listbox.addEventListener('mousedown', event => event.preventDefault());
  listbox.addEventListener('click', event => {
    const option = event.target.closest('[role=option]');
    if (!option) return;
    // A question's reading is a link too (to copy or open in a tab); a click here opens it in this page.
    event.preventDefault();
    const index = Number(option.dataset.index);
    if (options[index]) choose(index);
    else if (onSubmit) {
      close();
      onSubmit(input.value.trim());
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

/** An entity picker: an input with its own result list; calls onPick with the chosen entity. */
export function picker(container, { label, placeholder = t('picker.placeholder'), onPick, initial = null }) {
  const id = `picker-${++comboboxCount}`;
  container.innerHTML = `<label for="${id}">${esc(label)}</label>
    <div class="picker"><input id="${id}" type="text" autocomplete="off" placeholder="${esc(placeholder)}"
      role="combobox" aria-expanded="false" aria-controls="${id}-list" aria-autocomplete="list"
      value="${esc(initial ? entityName(initial) : '')}" data-id="${esc(initial?.id ?? '')}" translate="no">
    <div id="${id}-list" class="search-results" role="listbox" hidden></div></div>`;
  const input = container.querySelector('input');
  attachCombobox(input, container.querySelector('[role=listbox]'), {
    onSelect: entity => {
      input.value = entityName(entity);
      input.dataset.id = entity.id;
      onPick(entity);
    },
  });
  return input;
}

export async function searchView(main, query) {
  const heading = `<h1>${th('search.resultsFor', { text: quoted(query) })}</h1>`;
  main.innerHTML = `${heading}<p class="muted">${esc(t('search.searching'))}</p>`;
  const [data, readings] = await Promise.all([gql(SEARCH_PAGE, { text: query, first: 100, lang: lang().toUpperCase() }),
    interpretations(query).catch(() => [])]);
  const nodes = data.search.edges.map(e => e.node);
  const matches = new Map(data.search.edges.map(e => [e.node.id, e.matchedIn]));
  const total = data.search.totalCount;
  let html = `${heading}${interpretationsPanel(readings)}<p class="muted">${esc(total > nodes.length ? t('search.foundBest', { count: total, shown: nodes.length }) : t('search.found', { count: total }))}</p>`;
  for (const kind of kindsByBestMatch(nodes)) {
    const ofKind = nodes.filter(n => n.kind === kind);
    html += `<section class="panel result-group"><h2>${esc(kindPlural(kind))} <span class="count">(${ofKind.length})</span></h2><ul class="plain relations">`
      + ofKind.map(n => {
        const description = entityDescription(n);
        return `<li>${entityLink(n)} ${kindBadge(n.kind)}${matchedIn(matches.get(n.id))}`
          + `${description ? `<div class="muted">${inLanguage(description.text, description.lang)}</div>` : ''}</li>`;
      }).join('')
      + '</ul></section>';
  }
  if (!nodes.length) html += `<p>${esc(t('search.nothing'))}</p>`;
  main.innerHTML = html;
}

/** Where a hit matched: the field in the page's language and the words around the match, the matching ones marked. */
function matchedIn(match) {
  if (!match) return '';
  const words = match.words.map(w => w.toLowerCase());
  const excerpt = match.excerpt.split(/([\p{L}\p{N}]+)/u)
    .map(part => (words.includes(part.toLowerCase()) ? `<mark>${esc(part)}</mark>` : esc(part))).join('');
  return `<div class="matched-in" data-field="${esc(match.field)}">${th('search.matchedIn', { field: `<strong>${esc(match.label)}</strong>` })}`
    + ` <q translate="no">${excerpt}</q></div>`;
}

/** Words the reader typed, quoted, in no language of the page's. */
function quoted(text) {
  return `“<span translate="no">${esc(text)}</span>”`;
}
