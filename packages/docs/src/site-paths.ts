/**
 * Where each page of the site lives, relative to the site root, and how pages link to each other.
 * Links are relative (`../v1/index.html`), so the site works from file:// and under any server path;
 * only the 404 page, which a server may answer at any depth, links from the root (`/`).
 */
import type { ApiVersion, OperationModel } from '@astro-api/openapi';

export const HOME_PAGE = 'index.html';
export const NOT_FOUND_PAGE = '404.html';
export const GUIDES_PAGE = 'guides/index.html';

export const referencePage = (version: ApiVersion) => `${version}/index.html`;
export const guidePage = (slug: string) => `guides/${slug}.html`;

/** The relative way back to the site root from a page: `''`, `'../'`, … */
export const rootOf = (page: string) => '../'.repeat(page.split('/').length - 1);

/** Link from `page` to another page of the site (`to` relative to the root, may carry a `#fragment`): `errors.html` beside it, else `../v1/index.html`. */
export function pageHref(page: string, to: string): string {
  const folder = page.includes('/') ? page.slice(0, page.lastIndexOf('/') + 1) : '';
  return folder && to.startsWith(folder) ? to.slice(folder.length) : `${rootOf(page)}${to}`;
}

/** Redoc's route of a tag or an operation: `/deployment`, `/deployment/getdeployment`. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
export const tagRoute = (tag: string) => `/${slug(tag)}`;
export const operationRoute = (operation: Pick<OperationModel, 'tag' | 'operationId'>) => `${tagRoute(operation.tag)}/${slug(operation.operationId)}`;

/** An operation's section in its reference, from the site root: `v1/index.html#/deployment/getdeployment`. */
export const operationPage = (version: ApiVersion, operation: Pick<OperationModel, 'tag' | 'operationId'>) => `${referencePage(version)}#${operationRoute(operation)}`;
