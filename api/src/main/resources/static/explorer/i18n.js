// The explorer's two languages. Its own words come from the message catalogues (messages/nl.json and
// messages/en.json); the vocabulary's labels (kinds, relationship types, statuses, facet values) come from
// the API's vocabulary(lang), so the explorer, GraphQL and the exports say the same.
import { gql } from './api.js';

export const LANGUAGES = ['nl', 'en'];
const REMEMBERED = 'ecomap.lang';

const VOCABULARY = `query Vocabulary($lang: Language) {
  vocabulary(lang: $lang) { name terms { value label plural outgoing incoming } }
}`;

let current = 'en';
let messages = {};
let plurals = new Intl.PluralRules('en');
const catalogues = new Map();
const vocabularies = new Map();

/** The language to show: the address's ?lang=, else the one chosen before, else the browser's preference. */
export function chooseLanguage() {
  const asked = new URL(location.href).searchParams.get('lang');
  if (LANGUAGES.includes(asked)) return asked;
  const remembered = localStorage.getItem(REMEMBERED);
  if (LANGUAGES.includes(remembered)) return remembered;
  for (const tag of navigator.languages || [navigator.language]) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** Remembers a language chosen with the switch, for the next visit without ?lang=. */
export function rememberLanguage(lang) {
  localStorage.setItem(REMEMBERED, lang);
}

export function lang() {
  return current;
}

/** Loads the catalogue of a language, makes it current and translates the page's fixed elements. */
export async function useLanguage(language) {
  if (!catalogues.has(language)) {
    const response = await fetch(`/explorer/messages/${language}.json`);
    if (!response.ok) throw new Error(`messages/${language}.json: ${response.status}`);
    catalogues.set(language, await response.json());
  }
  current = language;
  messages = catalogues.get(language);
  plurals = new Intl.PluralRules(language);
  document.documentElement.lang = language;
  translateFixedElements();
}

/** The vocabulary's labels in the current language, asked of the API once per language. */
export async function loadVocabulary() {
  if (!vocabularies.has(current)) {
    const data = await gql(VOCABULARY, { lang: current.toUpperCase() });
    vocabularies.set(current, new Map(data.vocabulary.map(v => [v.name, new Map(v.terms.map(term => [term.value, term]))])));
  }
}

/**
 * A message of the catalogue as text, with {name} placeholders filled; a message with plural forms picks
 * one by params.count. Numbers are written in the language's way, so pass years as strings.
 */
export function t(key, params = {}) {
  let message = messages[key];
  if (message === undefined) {
    console.error(`The ${current} catalogue has no message "${key}"`);
    return key;
  }
  if (typeof message === 'object') message = message[plurals.select(params.count ?? 0)] ?? message.other;
  return message.replace(/\{(\w+)\}/g, (_, name) => (typeof params[name] === 'number' ? num(params[name]) : String(params[name] ?? '')));
}

/**
 * A message as HTML: its own text escaped, the params put in as they are (links and other markup the
 * caller built and escaped), so each language can place them where its grammar wants them.
 */
export function th(key, params = {}) {
  const markers = Object.keys(params).map((name, i) => [name, `\u0000${i}\u0000`]);
  const text = t(key, Object.fromEntries(markers.map(([name, marker]) => [name, typeof params[name] === 'number' ? num(params[name]) : marker])));
  let html = escapeHtml(text);
  for (const [name, marker] of markers) html = html.replace(marker, () => String(params[name]));
  return html;
}

function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

const TRANSLATED_ATTRIBUTES = { i18nPlaceholder: 'placeholder', i18nAriaLabel: 'aria-label', i18nTitle: 'title' };

/** The page's fixed elements say which message they show: data-i18n (text), data-i18n-placeholder, -aria-label, -title. */
function translateFixedElements() {
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-placeholder], [data-i18n-aria-label], [data-i18n-title]')) {
    for (const [data, attribute] of Object.entries(TRANSLATED_ATTRIBUTES)) {
      if (element.dataset[data]) element.setAttribute(attribute, t(element.dataset[data]));
    }
  }
  for (const link of document.querySelectorAll('header a[data-link]')) link.setAttribute('href', localHref(new URL(link.href).pathname));
  for (const button of document.querySelectorAll('button[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === current));
}

/** An address inside the explorer, carrying the language so that a copied link opens in it. */
export function localHref(path) {
  const url = new URL(path, location.origin);
  url.searchParams.set('lang', current);
  return url.pathname + url.search + url.hash;
}

/** A term of a vocabulary (EntityKind, GoalStatus, targetGroups ...), or undefined. */
export function term(vocabulary, value) {
  return vocabularies.get(current)?.get(vocabulary)?.get(value);
}

/** How a vocabulary value reads; the value itself when the vocabulary does not know it. */
export function label(vocabulary, value) {
  return term(vocabulary, value)?.label ?? value;
}

export function kindLabel(kind) {
  return label('EntityKind', kind);
}

export function kindPlural(kind) {
  return term('EntityKind', kind)?.plural ?? kind;
}

/** The kinds in the vocabulary's order. */
export function kinds() {
  return [...(vocabularies.get(current)?.get('EntityKind')?.keys() ?? [])];
}

/** The heading over a relationship on a card: from the entity it starts at (OUT) or ends at (IN). */
export function relationHeading(type, direction) {
  const found = term('RelationType', type);
  if (!found) return type;
  return direction === 'IN' ? found.incoming : found.outgoing;
}

export function num(value, options = {}) {
  return new Intl.NumberFormat(current, options).format(value);
}

export function euros(amount) {
  return num(amount, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
}

/** A date as the data gives it (YYYY-MM-DD, YYYY-MM or YYYY), written out in the current language. */
export function partialDate(text) {
  const [year, month, day] = String(text).split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  const options = day ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(current, { ...options, timeZone: 'UTC' }).format(date);
}

/** The first letter in capitals, for a label that opens a heading or a cell. */
export function capitalise(text) {
  return text ? text.charAt(0).toLocaleUpperCase(current) + text.slice(1) : text;
}

/** An entity's name in the current language: nameNl or nameEn where the data has it, else the name as the source writes it. */
export function entityName(entity) {
  return (current === 'nl' ? entity.nameNl : entity.nameEn) || entity.name;
}

/**
 * An entity's description in the current language, falling back to the other: {text, lang}, so the page
 * can mark text in the other language as such.
 */
export function entityDescription(entity) {
  const dutch = entity.descriptionNl ? { text: entity.descriptionNl, lang: 'nl' } : null;
  const english = entity.description ? { text: entity.description, lang: 'en' } : null;
  return (current === 'nl' ? dutch ?? english : english ?? dutch) ?? null;
}
