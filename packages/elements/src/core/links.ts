import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LoketLink } from '../config/schema.js';

/** True when `href` points at the page being shown (same origin and path). */
export function isCurrentPage(href: string): boolean {
  try {
    const url = new URL(href, document.baseURI);
    const strip = (p: string) => p.replace(/\/index\.html?$/, '/').replace(/(.)\/$/, '$1');
    return url.origin === location.origin && strip(url.pathname) === strip(location.pathname);
  } catch {
    return false;
  }
}

/** True for links that leave the site: marked external, or another origin. */
export function isExternal(link: LoketLink): boolean {
  if (link.external !== undefined) return link.external;
  try {
    const url = new URL(link.href, document.baseURI);
    return /^https?:$/.test(url.protocol) && url.origin !== location.origin;
  } catch {
    return false;
  }
}

/**
 * A link; one that leaves the site says so: `rel="external"`, a `↗` for the eye and, for screen
 * readers, `externalText` ("(externe website)") as part of its name.
 */
export function linkTo(
  link: LoketLink,
  externalText: string,
  { part, current = false }: { part?: string; current?: boolean } = {},
): TemplateResult {
  const external = isExternal(link);
  return html`<a
    part=${ifDefined(part)}
    href=${link.href}
    rel=${ifDefined(external ? 'external' : undefined)}
    aria-current=${ifDefined(current ? 'page' : undefined)}
    >${link.label}${
      external
        ? html`<span class="ext" aria-hidden="true">↗</span><span class="visually-hidden"> ${externalText}</span>`
        : nothing
    }</a
  >`;
}

/**
 * Reads plain `<a>` children (the markup that works before and without JavaScript) as links.
 * Only text and href are taken: markup inside a link is never carried over.
 */
export function linksFrom(anchors: Iterable<HTMLAnchorElement>): LoketLink[] {
  const links: LoketLink[] = [];
  for (const a of anchors) {
    const href = a.getAttribute('href');
    const label = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!href || !label) continue;
    const external = a.rel.split(/\s+/).includes('external') || undefined;
    links.push(external ? { label, href, external } : { label, href });
  }
  return links;
}

/** True when the element sits inside a landmark of the given kind provided by the host page. */
export function insideLandmark(el: Element, tag: 'header' | 'footer', role: 'banner' | 'contentinfo'): boolean {
  return el.parentElement?.closest(`${tag}, [role="${role}"]`) != null;
}
