import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LoketElement } from '../../core/loket-element.js';
import { baseStyles } from '../../core/shared.styles.js';
import { contactList } from '../../core/contact.js';
import { insideLandmark, linkTo, linksFrom } from '../../core/links.js';
import { ConfigController } from '../../config/controller.js';
import { LANGUAGES } from '../../config/constants.js';
import { LocalizeController } from '../../i18n/localize.js';
import { languageNames } from '../../i18n/strings.js';
import { footerStyles } from './footer.styles.js';

/**
 * The government footer: the municipality's contact details, link groups in columns, legal
 * links, social links, language links and the "official website of …" line.
 *
 * Exactly one `contentinfo` landmark: when the host page already wraps the element in its own
 * `<footer>` (or `role="contentinfo"`), the element renders no second one.
 *
 * Light-DOM fallback (works without JavaScript): `<a data-group="Title">` for grouped links,
 * `<a data-legal>` for legal links, `<a data-social="facebook">` for social links.
 *
 * @tagname loket-footer
 * @summary Global footer with contact details and link groups.
 *
 * @slot - Fallback links (`<a>`), shown before the element upgrades; not rendered after.
 *
 * @csspart footer - The footer landmark.
 * @csspart contact - The contact block.
 * @csspart group - Each link group.
 * @csspart legal - The legal links.
 * @csspart official-line - The "official website of …" line.
 *
 * @cssprop --loket-footer-background-color - Background. Default: `--loket-color-surface`.
 * @cssprop --loket-footer-text-color - Text. Default: `--loket-color-text`.
 * @cssprop --loket-footer-link-color - Links. Default: `--loket-color-link`.
 * @cssprop --loket-footer-accent-color - Top border. Default: `--loket-color-brand`.
 *
 * @fires loket-config-error - The configuration had invalid fields; defaults were used.
 */
export class LoketFooterComponent extends LoketElement {
  static override styles = [baseStyles, footerStyles];

  /** URL of a JSON configuration document; defaults to the page's (e.g. the header's). */
  @property() config: string | null = null;
  /** Municipality name, used in the landmark label and the "official website" line. */
  @property({ attribute: 'municipality-name' }) municipalityName?: string;
  /** Only the bottom row shows, when the configuration makes the footer `collapsible`. */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  private readonly cfg = new ConfigController(this);
  private readonly i18n = new LocalizeController(this, () => this.cfg.value.strings);

  protected override firstRenderReady(): Promise<unknown> {
    return this.cfg.ready;
  }

  localConfig(): Record<string, unknown> {
    const anchors = [...this.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const groups = new Map<string, HTMLAnchorElement[]>();
    for (const a of anchors.filter((a) => a.dataset.group)) {
      const title = a.dataset.group!;
      groups.set(title, [...(groups.get(title) ?? []), a]);
    }
    const legal = linksFrom(anchors.filter((a) => a.hasAttribute('data-legal')));
    const social = anchors
      .filter((a) => a.dataset.social)
      .flatMap((a) => linksFrom([a]).map((l) => ({ label: l.label, href: l.href, network: a.dataset.social })));
    const footer = {
      groups: groups.size ? [...groups].map(([title, links]) => ({ title, links: linksFrom(links) })) : undefined,
      legal: legal.length ? legal : undefined,
      social: social.length ? social : undefined,
    };
    return {
      municipality: this.municipalityName ? { name: this.municipalityName } : undefined,
      footer: Object.values(footer).some(Boolean) ? footer : undefined,
    };
  }

  protected override render(): TemplateResult {
    const config = this.cfg.value;
    const footer = config.footer ?? {};
    const t = this.i18n.t.bind(this.i18n);
    const name = config.municipality?.name ?? '';
    const contact = footer.contact;
    const languageUrls = Object.entries(config.languages ?? {}).filter(([lang]) => lang !== this.i18n.lang);
    const folded = !!footer.collapsible && this.collapsed;
    const content = html`<div class="inner">
      ${
        footer.collapsible
          ? html`<button
              type="button"
              class="more"
              aria-expanded=${folded ? 'false' : 'true'}
              aria-controls="columns"
              @click=${() => (this.collapsed = !this.collapsed)}
            >
              ${t('footerMore')}
            </button>`
          : nothing
      }
      <div class="columns" id="columns" ?hidden=${folded}>
        ${
          contact
            ? html`<section part="contact" aria-labelledby="contact-title">
                <h2 id="contact-title">${name || t('contact')}</h2>
                ${contactList(contact, [
                  ['address', t('address')],
                  ['phone', t('phone')],
                  ['email', t('email')],
                  ['hours', t('hours')],
                ])}
              </section>`
            : nothing
        }
        ${(footer.groups ?? []).map(
          (group, i) =>
            html`<nav part="group" aria-labelledby="group-${i}">
              <h2 id="group-${i}">${group.title}</h2>
              <ul>
                ${group.links.map((l) => html`<li>${linkTo(l, t('external'))}</li>`)}
              </ul>
            </nav>`,
        )}
        ${
          footer.social?.length
            ? html`<section aria-labelledby="social-title">
                <h2 id="social-title">${t('social')}</h2>
                <ul>
                  ${footer.social.map((l) => html`<li>${linkTo({ label: l.label, href: l.href, external: true }, t('external'))}</li>`)}
                </ul>
              </section>`
            : nothing
        }
      </div>
      <div class="bottom">
        ${
          footer.legal?.length
            ? html`<nav part="legal" aria-label=${t('legal')}>
                <ul class="inline">
                  ${footer.legal.map((l) => html`<li>${linkTo(l, t('external'))}</li>`)}
                </ul>
              </nav>`
            : nothing
        }
        ${
          languageUrls.length
            ? html`<nav aria-label=${t('languages')}>
                <ul class="inline">
                  ${LANGUAGES.filter((lang) => languageUrls.some(([l]) => l === lang)).map(
                    (lang) =>
                      html`<li>
                        <a href=${config.languages?.[lang] ?? '#'} hreflang=${lang} lang=${lang}>${languageNames[lang]}</a>
                      </li>`,
                  )}
                </ul>
              </nav>`
            : nothing
        }
        ${
          footer.officialLine || name
            ? html`<p class="official" part="official-line">${footer.officialLine ?? t('officialLine', { name })}</p>`
            : nothing
        }
      </div>
    </div>`;
    return insideLandmark(this, 'footer', 'contentinfo')
      ? html`<div class="footer" part="footer">${content}</div>`
      : html`<footer class="footer" part="footer" aria-label=${name ? t('footer', { name }) : nothing}>${content}</footer>`;
  }
}
