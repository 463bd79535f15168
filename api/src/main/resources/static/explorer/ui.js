// Shared presentation: kind badges, links, statuses, sources, error notices, small HTML helpers. The
// explorer's own words carry no lang= of their own: they are in the page's language. Words of the data
// carry the language they are in (lang=), names translate="no"; the explorer's tests check the rest of the
// page for untranslated words.
import { ApiError, KeyNeeded } from './api.js';
import { entityName, kindLabel, label, localHref, t, th } from './i18n.js';

/** The product's name, the same in every language. */
export const BRAND = 'Ecosystem Map';

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** Words of the data, marked with the language they are in, whether or not it is the page's. */
export function inLanguage(text, textLang, tag = 'span') {
  return `<${tag} lang="${textLang}">${esc(text)}</${tag}>`;
}

/** A name, which no language translates. */
export function name(text) {
  return `<span translate="no">${esc(text)}</span>`;
}

export function kindBadge(kind) {
  return `<span class="kind" data-kind="${esc(kind)}">${esc(kindLabel(kind))}</span>`;
}

export function entityLink(entity) {
  return `<a href="${esc(localHref(`/entity/${encodeURIComponent(entity.id)}`))}" data-link translate="no">${esc(entityName(entity))}</a>`;
}

/** The address itself when it is an http(s) one, the only kind the explorer links out to; else null. */
export function safeHref(url) {
  try {
    const parsed = new URL(String(url ?? ''));
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link out of the explorer; an address that is not http(s) stays text. */
export function externalLink(url, text = url) {
  return safeHref(url) ? `<a href="${esc(safeHref(url))}" rel="noopener noreferrer" translate="no">${esc(text)}</a>` : name(text);
}

export function statusPill(status) {
  return `<span class="status ${esc(status)}">${esc(label('GoalStatus', status))}</span>`;
}

export function years(since, until) {
  if (since && until) return `<span class="years">${esc(t('years.range', { since: String(since), until: String(until) }))}</span>`;
  if (since) return `<span class="years">${esc(t('years.since', { year: String(since) }))}</span>`;
  if (until) return `<span class="years">${esc(t('years.until', { year: String(until) }))}</span>`;
  return '';
}

/** Where a fact comes from: section and lines of the source, with its quote in the source's words (Dutch). */
export function sources(list, summary = t('source.summary')) {
  if (!list || !list.length) return '';
  const items = list.map(s => {
    const lines = th('source.lines', { count: s.lineTo - s.lineFrom + 1, lines: esc(s.lines) });
    const where = `${s.section ? inLanguage(s.section, 'nl') : name(s.document)}, ${lines}`;
    const title = safeHref(s.url) ? `<a href="${esc(safeHref(s.url))}" rel="noopener">${where}</a>` : where;
    return `<div class="source">${title} <span class="muted">(${name(s.document)})</span>`
      + (s.inferred ? `<span class="inferred" title="${esc(t('source.inferredHelp'))}">${esc(t('source.inferred'))}</span>` : '')
      + (s.quote ? `<div><q lang="nl">${esc(s.quote)}</q></div>` : '') + '</div>';
  }).join('');
  return `<details class="sources"><summary>${esc(summary)}${list.length > 1 ? ` (${list.length})` : ''}</summary>${items}</details>`;
}

/** What to tell the reader about a failed request, in the page's language; the server's words marked as English. */
export function errorHtml(error) {
  if (error instanceof KeyNeeded) return esc(error.keyWasSent ? t('key.invalid') : t('key.needed'));
  if (error instanceof ApiError && error.serverMessage) return th('error.server', { message: inLanguage(error.serverMessage, 'en') });
  if (error instanceof ApiError) return esc(t('error.status', { status: String(error.status) }));
  return th('error.unexpected', { message: inLanguage(error.message, 'en') });
}

/** A list in an address, as repeated or comma-separated values, keeping only those allowed, each once. */
export function listParam(params, name, allowed) {
  return [...new Set(params.getAll(name).flatMap(v => v.split(',')).filter(v => allowed.includes(v)))];
}

export function debounce(fn, millis) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), millis);
  };
}

/** Shows a failure above the page, or hides the notice when there is nothing to say. */
export function showNotice(error) {
  const notice = document.getElementById('notice');
  notice.innerHTML = error ? errorHtml(error) : '';
  notice.hidden = !error;
}
