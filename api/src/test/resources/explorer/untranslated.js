// Run in the page by ExplorerTest (executeAsyncScript): the explorer's own words that are not in the page's
// language. Words of the data, which the explorer marks with the language they are in (lang= below <html>:
// quotes, descriptions, roles), and names (translate="no") are left out; the rest must contain no word of
// the other catalogue or vocabulary that this language does not use, and none of the other language's
// commonest words.
const done = arguments[arguments.length - 1];
(async () => {
  const page = document.documentElement.lang;
  const other = page === 'nl' ? 'en' : 'nl';
  const STOP_WORDS = {
    nl: ['the', 'and', 'with', 'for', 'from', 'this', 'these', 'not', 'found', 'show', 'more', 'which', 'by', 'none', 'your'],
    en: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'niet', 'geen', 'naar', 'wat', 'wie', 'waar', 'zijn', 'bij', 'alle'],
  };
  const catalogue = async lang => Object.values(await (await fetch(`/explorer/messages/${lang}.json`)).json())
    .flatMap(m => (typeof m === 'object' ? Object.values(m) : [m]));
  const vocabulary = async lang => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'query($lang: Language) { vocabulary(lang: $lang) { terms { label plural outgoing incoming } } }',
        variables: { lang: lang.toUpperCase() } }) });
    return (await response.json()).data.vocabulary.flatMap(v => v.terms.flatMap(t => [t.label, t.plural, t.outgoing, t.incoming]))
      .filter(Boolean);
  };
  const own = [...await catalogue(page), ...await vocabulary(page)].map(text => text.toLowerCase());
  const foreign = [...await catalogue(other), ...await vocabulary(other)];
  const fragments = new Set();
  for (const text of foreign) {
    for (const part of text.split(/\{\w+\}/)) {
      const fragment = part.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
      if (fragment.length >= 4 && /\p{L}/u.test(fragment) && !own.some(text => text.includes(fragment.toLowerCase()))) {
        fragments.add(fragment);
      }
    }
  }
  const patterns = [...fragments].map(f => [f, new RegExp(`(^|[^\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu')]);
  const stopWords = new Set(STOP_WORDS[page]);
  const explorersOwn = element => element.closest('[lang]') === document.documentElement && !element.closest('[translate=no]');
  const problems = [];
  const check = (text, where) => {
    const stop = (text.match(/\p{L}+/gu) ?? []).find(word => stopWords.has(word));
    const fragment = patterns.find(([, pattern]) => pattern.test(text))?.[0];
    if (stop || fragment) problems.push(`${where}: "${text.trim()}" has ${stop ? `the ${other} word "${stop}"` : `"${fragment}" of the ${other} catalogue`}`);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (node.textContent.trim() && !['SCRIPT', 'STYLE'].includes(element.tagName) && explorersOwn(element)) {
      check(node.textContent, `<${element.tagName.toLowerCase()} class="${element.className}">`);
    }
  }
  for (const element of document.body.querySelectorAll('[placeholder], [aria-label], [title], [alt]')) {
    if (!explorersOwn(element)) continue;
    for (const attribute of ['placeholder', 'aria-label', 'title', 'alt']) {
      if (element.getAttribute(attribute)) check(element.getAttribute(attribute), `${attribute} of <${element.tagName.toLowerCase()}>`);
    }
  }
  done(problems);
})().catch(error => done([`the check failed: ${error}`]));
