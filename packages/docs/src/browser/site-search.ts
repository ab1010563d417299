/**
 * The search box of the header: full-text search over the guides and every operation, offline.
 * The index ships in the page (#site-search-data) and is built with MiniSearch on first use.
 * Keyboard: `/` focuses the box, arrows move through the hits, Escape closes them.
 */
import MiniSearch from 'minisearch';
import type { SearchDocument } from '../search-index.ts';

const MAX_HITS = 8;

export function setUpSearch(): void {
  const header = document.querySelector<HTMLElement>('.site-header');
  const input = document.getElementById('site-search-input') as HTMLInputElement | null;
  const results = document.getElementById('site-search-results');
  const status = document.getElementById('site-search-status');
  const data = document.getElementById('site-search-data');
  if (!header || !input || !results || !status || !data) return;
  const root = header.dataset.siteRoot ?? '';
  let index: MiniSearch<SearchDocument> | undefined;

  const searchIndex = () => {
    if (!index) {
      index = new MiniSearch<SearchDocument>({
        fields: ['title', 'keywords', 'context', 'text'],
        storeFields: ['kind', 'title', 'context', 'href'],
        searchOptions: { boost: { title: 3, keywords: 2, context: 1.5 }, prefix: true, fuzzy: 0.2 },
      });
      index.addAll(JSON.parse(data.textContent ?? '[]') as SearchDocument[]);
    }
    return index;
  };

  const close = () => {
    results.hidden = true;
  };

  const hitLinks = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];

  const show = (query: string) => {
    const trimmed = query.trim();
    results.textContent = '';
    if (!trimmed) {
      status.textContent = '';
      return close();
    }
    const engine = searchIndex();
    let hits = engine.search(trimmed, { combineWith: 'AND' });
    if (!hits.length) hits = engine.search(trimmed);
    const list = document.createElement('ul');
    for (const hit of hits.slice(0, MAX_HITS)) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'site-search-hit';
      link.href = `${root}${hit.href as string}`;
      const kind = document.createElement('span');
      kind.className = `site-search-kind site-search-kind-${String(hit.kind).toLowerCase()}`;
      kind.textContent = hit.kind as string;
      const title = document.createElement('span');
      title.className = 'site-search-title';
      title.textContent = hit.title as string;
      const context = document.createElement('span');
      context.className = 'site-search-context';
      context.textContent = hit.context as string;
      link.append(kind, title, context);
      item.append(link);
      list.append(item);
    }
    if (hits.length) results.append(list);
    else {
      const none = document.createElement('p');
      none.className = 'site-search-none';
      none.textContent = `Nothing found for “${trimmed}”.`;
      results.append(none);
    }
    status.textContent = hits.length ? `${Math.min(hits.length, MAX_HITS)} results for ${trimmed}` : `No results for ${trimmed}`;
    results.hidden = false;
  };

  input.addEventListener('input', () => show(input.value));
  input.addEventListener('focus', () => {
    if (input.value.trim()) show(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !results.hidden) {
      event.preventDefault();
      hitLinks()[0]?.focus();
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter') {
      const first = hitLinks()[0];
      if (first && !results.hidden) {
        event.preventDefault();
        first.click();
      }
    }
  });
  results.addEventListener('keydown', (event) => {
    const links = hitLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  // A hit on the page already open only changes its hash: close the list once it is followed.
  results.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) close();
  });
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof Node && !input.parentElement?.contains(event.target)) close();
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Node && !input.parentElement?.contains(event.target)) close();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}
