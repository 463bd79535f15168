// Time in the explorer: the years the graph records a change in, and a year slider that shows the network as
// it stood in one of them, or replays it year by year.
import { gql } from './api.js';
import { t } from './i18n.js';
import { esc } from './ui.js';

let years = null;

/** The years with a change (since, until, start or end year), asked of the API once. */
export async function timelineYears() {
  if (!years) years = (await gql('{ timeline }')).timeline;
  return years;
}

/**
 * A year slider in {@code host}: a year between the first and last of the timeline, or all years. Calls
 * {@code onChange(year or null)} when the reader moves it or ticks "all years"; Play steps through every year,
 * waiting for each to be shown.
 */
export async function yearControl(host, { year = null, onChange }) {
  const stops = await timelineYears();
  if (!stops.length) return;
  const first = stops[0];
  const last = stops[stops.length - 1];
  const initial = year === null ? last : Math.min(last, Math.max(first, year));
  host.innerHTML = `<div class="year-control" role="group" aria-label="${esc(t('year.label'))}">
      <label><input type="checkbox" class="all-years"${year === null ? ' checked' : ''}> ${esc(t('year.all'))}</label>
      <label>${esc(t('year.year'))} <input type="range" class="year" min="${first}" max="${last}" step="1" value="${initial}"${year === null ? ' disabled' : ''}
        aria-valuetext="${initial}"></label>
      <output class="year-value">${year === null ? esc(t('year.allShort')) : initial}</output>
      <button type="button" class="play">${esc(t('year.play'))}</button>
    </div>`;
  const all = host.querySelector('.all-years');
  const slider = host.querySelector('.year');
  const shown = host.querySelector('.year-value');
  const current = () => (all.checked ? null : Number(slider.value));
  const show = async () => {
    slider.disabled = all.checked;
    slider.setAttribute('aria-valuetext', String(slider.value));
    shown.textContent = all.checked ? t('year.allShort') : slider.value;
    await onChange(current());
  };
  all.addEventListener('change', show);
  slider.addEventListener('change', show);
  slider.addEventListener('input', () => { shown.textContent = slider.value; });
  host.querySelector('.play').addEventListener('click', async event => {
    const button = event.target;
    button.disabled = true;
    all.checked = false;
    for (let y = first; y <= last; y++) {
      slider.value = String(y);
      await show();
      await new Promise(resolve => setTimeout(resolve, 700));
    }
    button.disabled = false;
  });
}
