// Shared presentation: kinds and their colours, relationship wording, sources, small HTML helpers.

export const KINDS = {
  PARTNER: { label: 'Partner', plural: 'Partners', colour: '#2f6fde' },
  INITIATIVE: { label: 'Initiative', plural: 'Initiatives', colour: '#e07b00' },
  TALENT_PROGRAMME: { label: 'Talent programme', plural: 'Talent programmes', colour: '#8e44ad' },
  COALITION: { label: 'Coalition', plural: 'Coalitions', colour: '#16a085' },
  PERSON: { label: 'Person', plural: 'People', colour: '#c0392b' },
  PLACE: { label: 'Place', plural: 'Places', colour: '#6b7b7c' },
  THEME: { label: 'Theme', plural: 'Themes', colour: '#9a7d0a' },
  GOAL: { label: 'Goal', plural: 'Goals', colour: '#27ae60' },
  FUNDING: { label: 'Funding', plural: 'Fundings', colour: '#b9460a' },
  EVENT: { label: 'Event', plural: 'Events', colour: '#34495e' },
};

/** How a relationship reads from the entity on the card: [outgoing, incoming]. */
const RELATION_WORDS = {
  PARTNER_IN: ['Takes part in', 'Partners'],
  MEMBER_OF: ['Member of', 'Members'],
  PART_OF: ['Part of', 'Parts'],
  RUNS: ['Runs', 'Run by'],
  FUNDS: ['Funds', 'Funded by'],
  WORKS_AT: ['Works at', 'People'],
  LOCATED_IN: ['Located in', 'Located here'],
  HAS_THEME: ['Themes', 'Works on this theme'],
  HAS_GOAL: ['Goals', 'Goal of'],
  CONNECTED_TO: ['Linked with', 'Linked from'],
};

export const STATUS_LABELS = {
  ACHIEVED: 'achieved', PARTLY_ACHIEVED: 'partly achieved', NOT_ACHIEVED: 'not achieved', UNKNOWN: 'no result given',
};

export function relationHeading(type, direction) {
  const words = RELATION_WORDS[type] || [type, type];
  return direction === 'IN' ? words[1] : words[0];
}

/** The address when it is a web address (http or https), else null: only those become links. */
export function safeUrl(value) {
  try {
    const url = new URL(String(value));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link to a web address, or the text alone when the address is anything else (javascript:, data: ...). */
export function externalLink(url, html) {
  const safe = safeUrl(url);
  return safe ? `<a href="${esc(safe)}" rel="noopener noreferrer">${html}</a>` : html;
}

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function kindBadge(kind) {
  const k = KINDS[kind] || { label: kind, colour: '#555' };
  return `<span class="kind" style="background:${k.colour}">${esc(k.label)}</span>`;
}

export function entityLink(entity) {
  return `<a href="/entity/${encodeURIComponent(entity.id)}" data-link>${esc(entity.name)}</a>`;
}

export function statusPill(status) {
  return `<span class="status ${esc(status)}">${esc(STATUS_LABELS[status] || status)}</span>`;
}

export function years(since, until) {
  if (since && until) return `<span class="years">${since}–${until}</span>`;
  if (since) return `<span class="years">since ${since}</span>`;
  if (until) return `<span class="years">until ${until}</span>`;
  return '';
}

/** Where a fact comes from: section and lines of the source, with its quote. */
export function sources(list, summary = 'Source') {
  if (!list || !list.length) return '';
  const items = list.map(s => {
    const where = `${esc(s.section || s.document)}, ${s.lineFrom === s.lineTo ? 'line' : 'lines'} ${esc(s.lines)}`;
    const title = s.url ? externalLink(s.url, where) : where;
    return `<div class="source">${title} <span class="muted">(${esc(s.document)})</span>`
      + (s.inferred ? '<span class="inferred" title="Interpreted from the source\'s wording">inferred</span>' : '')
      + (s.quote ? `<div><q lang="nl">${esc(s.quote)}</q></div>` : '') + '</div>';
  }).join('');
  return `<details class="sources"><summary>${esc(summary)}${list.length > 1 ? ` (${list.length})` : ''}</summary>${items}</details>`;
}

export function debounce(fn, millis) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), millis);
  };
}

export function showNotice(message) {
  const notice = document.getElementById('notice');
  notice.textContent = message;
  notice.hidden = !message;
}
