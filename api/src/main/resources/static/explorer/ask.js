// Questions in words: what the API's ask makes of the text typed in the search box ("Wie verbindt Philips met
// TechGrounds?"), offered above the ordinary hits as links to the views that answer it.
import { gql, NAME_FIELDS } from './api.js';
import { entityName, lang, localHref, t } from './i18n.js';
import { esc, name } from './ui.js';

const ASK = `query Ask($text: String!, $lang: String) {
  ask(text: $text, lang: $lang) { question url confidence entities { ${NAME_FIELDS} } }
}`;

/** Readings far less likely than the best are left out; the choices of an ambiguous name are about as likely. */
const CLOSE_TO_BEST = 0.75;
const SHOWN = 5;

/** A question needs a few words; a name alone is a search. */
const QUESTION = /[\p{L}\p{N}]+[^\p{L}\p{N}]+[\p{L}\p{N}]+[^\p{L}\p{N}]+[\p{L}\p{N}]+/u;

/** The likely readings of the text, best first; none for a text that is no question. */
export async function interpretations(text) {
  if (!QUESTION.test(text)) return [];
  const found = (await gql(ASK, { text, lang: lang() })).ask;
  if (!found.length) return [];
  const best = found[0].confidence;
  return found.filter(i => i.confidence >= CLOSE_TO_BEST * best).slice(0, SHOWN);
}

/** The readings as a panel of links, for the search results page. */
export function interpretationsPanel(found) {
  if (!found.length) return '';
  return `<section class="panel ask-panel"><h2>${esc(t('ask.didYouMean'))}</h2><ul class="plain ask-interpretations">`
    + found.map(i => `<li><a href="${esc(localHref(i.url))}" data-link>${questionHtml(i)}</a></li>`).join('')
    + '</ul></section>';
}

/** The restated question as HTML, the names in it marked as names, which no language translates. */
export function questionHtml(reading) {
  const names = [...new Set(reading.entities.map(entityName))].sort((a, b) => b.length - a.length);
  if (!names.length) return esc(reading.question);
  const pattern = new RegExp(names.map(n => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  let html = '';
  let last = 0;
  for (const match of reading.question.matchAll(pattern)) {
    html += esc(reading.question.slice(last, match.index)) + name(match[0]);
    last = match.index + match[0].length;
  }
  return html + esc(reading.question.slice(last));
}
