// What changed: who joined or left, what started, ended or was handed over, in a year or between two dates,
// each with the facts it rests on.
import { gql, NAME_FIELDS, SOURCE_FIELDS } from './api.js';
import { capitalise, label, lang, relationHeading, t, th } from './i18n.js';
import { timelineYears } from './timeline.js';
import { entityLink, esc, inLanguage, kindBadge, sources } from './ui.js';

const CHANGES = `query Changes($from: Date!, $to: Date!) {
  changes(from: $from, to: $to) {
    date what entity { ${NAME_FIELDS} } other { ${NAME_FIELDS} } relation { from to type role } sources { ${SOURCE_FIELDS} }
  }
}`;

const WHAT = ['JOINED', 'LEFT', 'STARTED', 'ENDED', 'HANDED_OVER'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export async function changesView(main, params, navigate) {
  const years = await timelineYears();
  const from = DATE.test(params.get('from') ?? '') ? params.get('from') : null;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to') : null;
  const year = from || to ? null : Number(params.get('year')) || (years.includes(2021) ? 2021 : years[years.length - 1]);
  const period = year ? { from: String(year), to: String(year) } : { from: from ?? to, to: to ?? from };
  main.innerHTML = `<h1>${esc(year ? t('changes.titleYear', { year: String(year) }) : t('changes.titlePeriod', { from: period.from, to: period.to }))}</h1>
    <p class="muted">${esc(t('changes.help'))}</p>
    <form class="form-row changes-form">
      <label><span>${esc(t('changes.year'))}</span><select name="year">${years.map(y => `<option value="${y}"${y === year ? ' selected' : ''}>${y}</option>`).join('')}</select></label>
      <button class="primary" type="submit">${esc(t('changes.show'))}</button>
    </form>
    <form class="form-row changes-period">
      <label><span>${esc(t('changes.from'))}</span><input type="date" name="from" value="${esc(from && from.length === 10 ? from : '')}"></label>
      <label><span>${esc(t('changes.to'))}</span><input type="date" name="to" value="${esc(to && to.length === 10 ? to : '')}"></label>
      <button type="submit">${esc(t('changes.showPeriod'))}</button>
    </form>
    <div class="change-results" aria-live="polite"><p class="muted">${esc(t('common.loading'))}</p></div>`;
  main.querySelector('.changes-form').addEventListener('submit', event => {
    event.preventDefault();
    navigate(`/changes?year=${encodeURIComponent(event.target.year.value)}`);
  });
  main.querySelector('.changes-period').addEventListener('submit', event => {
    event.preventDefault();
    const query = new URLSearchParams();
    if (event.target.from.value) query.set('from', event.target.from.value);
    if (event.target.to.value) query.set('to', event.target.to.value);
    if ([...query.keys()].length) navigate(`/changes?${query}`);
  });
  const results = main.querySelector('.change-results');
  if (!period.from) {
    results.innerHTML = `<p>${esc(t('changes.none'))}</p>`;
    return;
  }
  const changes = (await gql(CHANGES, period)).changes;
  if (!changes.length) {
    results.innerHTML = `<p>${esc(t('changes.none'))}</p>`;
    return;
  }
  results.innerHTML = `<p class="muted">${esc(t('changes.count', { count: changes.length }))}</p>`
    + WHAT.map(what => {
      const ofKind = changes.filter(c => c.what === what);
      if (!ofKind.length) return '';
      return `<section class="panel result-group change-group" data-what="${what}"><h2>${esc(capitalise(label('ChangeKind', what)))} <span class="count">(${ofKind.length})</span></h2>
        <ul class="plain relations">${ofKind.map(change).join('')}</ul></section>`;
    }).join('');
}

/** One change: the entity, and for a relationship the other end and its role; with its sources. */
function change(c) {
  const subject = `${entityLink(c.entity)} ${kindBadge(c.entity.kind)}`;
  const role = c.relation?.role ? ` <span class="role">— ${inLanguage(c.relation.role, 'en')}</span>` : '';
  // The relationship as the entity's: "is a member of" when it starts at the entity, "run by" when it ends there.
  const relation = c.relation && (c.relation.from === c.entity.id ? label('RelationType', c.relation.type)
    : relationHeading(c.relation.type, 'IN').toLocaleLowerCase(lang()));
  const line = c.other ? th('changes.with', { entity: subject, relation: esc(relation), other: entityLink(c.other) }) : subject;
  return `<li data-entity="${esc(c.entity.id)}" data-other="${esc(c.other?.id ?? '')}">${line}${role}${sources(c.sources)}</li>`;
}
