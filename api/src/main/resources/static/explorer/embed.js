// The page /embed/view/{id} loads: a saved view alone, read-only, for an iframe on another site.
import { chooseLanguage, loadVocabulary, useLanguage } from './i18n.js';
import { showNotice } from './ui.js';
import { embeddedView } from './viewpage.js';

const main = document.getElementById('view');
const id = decodeURIComponent(location.pathname.match(/^\/embed\/view\/([^/]+)$/)?.[1] ?? '');
try {
  await useLanguage(chooseLanguage());
  await loadVocabulary();
  await embeddedView(main, id);
} catch (error) {
  showNotice(error);
}
