/**
 * Redoc's sidebar renders the links of tags and of the introduction as site paths (`/deployment`,
 * `/`) although it routes by hash: opened in a new tab they point outside the site. They become hash
 * routes (`#/deployment`), here as Redoc renders and re-renders them, and in the built HTML already
 * (redoc-links.ts of the build). Links in the old Redoc form (`#tag/Deployment/operation/GetDeployment`)
 * are turned into the routes of this Redoc before it starts.
 */
export function hashRoute(href: string): string | undefined {
  return href.startsWith('/') && !href.startsWith('//') ? `#${href}` : undefined;
}

/** `#tag/Deployment/operation/GetDeployment` → `#/deployment/getdeployment`, `#tag/Deployment` → `#/deployment`. */
export function modernHash(hash: string): string | undefined {
  const match = /^#tag\/([^/]+)(?:\/operation\/([^/]+))?$/.exec(hash);
  if (!match) return undefined;
  const slug = (text: string) => decodeURIComponent(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `#/${slug(match[1]!)}${match[2] ? `/${slug(match[2])}` : ''}`;
}

export function setUpRedocLinks(): void {
  const redoc = document.getElementById('redoc');
  if (!redoc) return;
  const modern = modernHash(location.hash);
  if (modern) history.replaceState(history.state, '', modern);
  const fix = () => {
    for (const link of redoc.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
      const route = hashRoute(link.getAttribute('href') ?? '');
      if (route) link.setAttribute('href', route);
    }
  };
  fix();
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      fix();
    });
  }).observe(redoc, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
}
