import { LitElement, html, nothing, render, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/elements/src/components/header/header.js';
import '../packages/elements/src/components/footer/footer.js';
import '../packages/elements/src/components/capacity-switcher/capacity-switcher.js';
import '../packages/elements/src/components/dossiers/dossiers.js';
import { PRESETS } from '../packages/elements/src/config/constants.js';
import type { LoketConfig, PresetName } from '../packages/elements/src/config/schema.js';
import type { LoketScope } from '../packages/elements/src/runtime/scope.js';
import { LOGO, footerConfig, fullFooterConfig, headerConfig } from './examples.js';
import { signedIn, storyScope } from './story-kit.js';
import { importTokens, report, resolve, toConfig, toCss, toDtcg, type Tokens } from './theme-builder-lib.js';

const FONT_STACKS: Record<string, string> = {
  'System (default)': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  'Humanist sans': "'Trebuchet MS', 'Gill Sans', Calibri, sans-serif",
  'Flanders Art-like sans': "'Flanders Art Sans', 'Open Sans', Arial, sans-serif",
  Serif: "Georgia, 'Times New Roman', serif",
};

/**
 * Who the preview shows signed in, each in a `<loket-scope>` of its own with data from the stories'
 * backend (Mock Service Worker, stories/mock-api): Anna for herself, and Jan for Speelpleinwerking
 * Hoeve vzw, with its capacity switcher and dossiers (four to a page, so one asks for action).
 */
const previewScopes = () => ({
  citizen: storyScope(signedIn('p01')),
  association: storyScope(signedIn('p02', { type: 'VER', code: 'V0001234' })),
});

const json = (c: LoketConfig) =>
  html`<script type="application/json">
    ${JSON.stringify(c)}
  </script>`;

const hex = (value: string | undefined) => (/^#[0-9a-f]{6}$/i.test(value ?? '') ? value! : '#000000');

/**
 * The theme builder (Storybook page "Theming/Theme builder"): a designer picks colours, fonts,
 * radius and logo, sees the elements restyle live and the contrast of every pair they draw, fixes
 * failing pairs with one click and exports the theme. Light DOM, so the page's axe check sees all of it.
 */
@customElement('loket-theme-builder')
export class LoketThemeBuilder extends LitElement {
  @state() preset: PresetName = 'default';
  @state() overrides: Tokens = {};
  @state() logoUrl = LOGO;
  @state() private uploadedLogo: string | null = null;
  @state() sticky = false;
  @state() fullFooter = false;
  @state() private importReport: { mapped: string[]; skipped: string[]; error?: string } | null = null;
  @state() private announcement = '';
  /** The token the designer changed last: a fix for a pair it is in changes it, not its partner. */
  private lastEdited?: string;
  /** The signed-in previews' scopes, per preview; kept across renders, so their elements are too. */
  private readonly scopes: Record<'desktop' | 'mobile', Record<'citizen' | 'association', LoketScope>> = {
    desktop: previewScopes(),
    mobile: previewScopes(),
  };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.uploadedLogo) URL.revokeObjectURL(this.uploadedLogo);
  }

  get tokens(): Tokens {
    return resolve(this.preset, this.overrides);
  }

  /** Sets (or, back at the preset's value, drops) one override. */
  setToken(name: string, value: string): void {
    this.lastEdited = name;
    const next = { ...this.overrides };
    if (value === '' || (this.preset && resolve(this.preset, {})[name] === value)) delete next[name];
    else next[name] = value;
    this.overrides = next;
  }

  private colourField(name: string, label: string, id: string) {
    const value = this.tokens[name] ?? '';
    return html`<div class="tb-field">
      <label for="${id}">${label}</label>
      <span class="tb-row">
        <input
          id="${id}"
          name="${name}"
          type="text"
          spellcheck="false"
          autocomplete="off"
          .value=${value}
          @change=${(e: Event) => this.setToken(name, (e.target as HTMLInputElement).value.trim())}
        />
        <input
          type="color"
          aria-label="${label}: colour picker"
          .value=${hex(value)}
          @input=${(e: Event) => this.setToken(name, (e.target as HTMLInputElement).value)}
        />
      </span>
    </div>`;
  }

  private onLogoFile(e: Event): void {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    // FileReader checks the file is readable and an image before the preview gets an object URL.
    const reader = new FileReader();
    reader.onload = () => {
      if (this.uploadedLogo) URL.revokeObjectURL(this.uploadedLogo);
      this.uploadedLogo = URL.createObjectURL(new Blob([reader.result as ArrayBuffer], { type: file.type }));
      this.announcement = `Logo ${file.name} shown in the preview.`;
    };
    reader.readAsArrayBuffer(file);
  }

  private importText(text: string): void {
    try {
      const result = importTokens(text);
      this.overrides = { ...this.overrides, ...result.tokens };
      this.importReport = result;
      this.announcement = `Imported ${result.mapped.length} tokens, ${result.skipped.length} not mapped.`;
    } catch (error) {
      this.importReport = { mapped: [], skipped: [], error: `Not a JSON token file: ${(error as Error).message}` };
      this.announcement = this.importReport.error!;
    }
  }

  private async onImportFile(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) this.importText(await file.text());
  }

  protected override updated(changed: PropertyValues): void {
    // The signed-in previews render into their scopes (kept across renders), after the frame around them.
    const header = this.headerConfig();
    for (const width of ['desktop', 'mobile'] as const) {
      const { citizen, association } = this.scopes[width];
      render(this.header(header), citizen);
      // Without navigation: a second "Hoofdmenu" on the page would be a duplicate landmark.
      render(
        html`${this.header({ ...header, navigation: undefined })}
          <div class="tb-content">
            <loket-capacity-switcher></loket-capacity-switcher>
            <loket-dossiers page-size="4"></loket-dossiers>
          </div>`,
        association,
      );
    }
    // The configuration accepts http(s) and relative logo URLs only; an uploaded file is a blob: URL,
    // so the preview swaps it into the rendered logo (export needs the file hosted at a URL).
    if (this.uploadedLogo) {
      for (const header of this.querySelectorAll('loket-header'))
        void header.updateComplete.then(() => {
          const img = header.shadowRoot?.querySelector<HTMLImageElement>('[part~="logo"] img, img[part~="logo"]');
          if (img && img.src !== this.uploadedLogo) img.src = this.uploadedLogo!;
        });
    }
    super.updated(changed);
  }

  private headerConfig(): LoketConfig {
    return {
      ...headerConfig,
      municipality: { ...headerConfig.municipality, logo: { src: this.logoUrl || LOGO, alt: '' } },
      sticky: this.sticky || undefined,
    };
  }

  /** A header with this configuration; a new one when it changes (inline JSON is read when the element starts). */
  private header(config: LoketConfig) {
    return keyed(JSON.stringify(config), html`<loket-header>${json(config)}</loket-header>`);
  }

  private preview(width: 'desktop' | 'mobile') {
    const footer = this.fullFooter ? fullFooterConfig : footerConfig;
    // The mobile preview repeats the desktop one for the eye; for assistive technology and the keyboard
    // it would be a second copy of every landmark and link, so it is hidden from both.
    const copy = width === 'mobile';
    return html`<section class="tb-preview tb-${width}" aria-labelledby="tb-preview-${width}">
      <h3 id="tb-preview-${width}">${width === 'desktop' ? 'Desktop (768 px and wider)' : 'Mobile (360 px, visual copy)'}</h3>
      <div class="tb-frame" style=${styleMap(this.tokens)} aria-hidden=${copy ? 'true' : 'false'} .inert=${copy}>
        ${this.scopes[width].citizen}
        <p class="tb-caption">Signed in for an association</p>
        ${this.scopes[width].association} ${keyed(JSON.stringify(footer), html`<loket-footer>${json(footer)}</loket-footer>`)}
      </div>
    </section>`;
  }

  override render() {
    const tokens = this.tokens;
    const results = report(tokens, this.lastEdited);
    const failing = results.filter((r) => !r.pass);
    const config = toConfig(this.preset, this.overrides);
    const fontValue = tokens['--loket-font-family'] ?? '';
    return html`<style>
        loket-theme-builder {
          display: block;
          font-family: system-ui, sans-serif;
          color: #1d1d1b;
          background: #fff;
        }
        loket-theme-builder .tb-layout {
          display: grid;
          grid-template-columns: minmax(16rem, 22rem) 1fr;
          gap: 1.5rem;
          padding: 1rem;
        }
        @media (max-width: 60rem) {
          loket-theme-builder .tb-layout {
            grid-template-columns: 1fr;
          }
        }
        loket-theme-builder fieldset {
          border: 1px solid #6f7a85;
          margin: 0 0 1rem;
        }
        loket-theme-builder .tb-field {
          margin: 0 0 0.75rem;
        }
        loket-theme-builder .tb-field label {
          display: block;
          font-weight: 600;
        }
        loket-theme-builder .tb-row {
          display: flex;
          gap: 0.5rem;
        }
        loket-theme-builder input,
        loket-theme-builder select,
        loket-theme-builder textarea,
        loket-theme-builder button {
          font: inherit;
        }
        loket-theme-builder :focus-visible {
          outline: 3px solid #ffbf47;
          box-shadow: 0 0 0 5px #1d1d1b;
        }
        loket-theme-builder .tb-previews {
          display: flex;
          flex-wrap: wrap;
          gap: 1rem;
          align-items: flex-start;
        }
        /* At least the header's wide layout (48rem container), unless the screen is narrower. */
        loket-theme-builder .tb-desktop {
          flex: 1 1 48rem;
          max-width: 64rem;
          min-width: min(48rem, 100%);
        }
        loket-theme-builder .tb-mobile {
          flex: 0 0 360px;
          width: 360px;
        }
        loket-theme-builder .tb-frame {
          /* A page's dossier widget keeps a viewport of space; a preview needs a few rows. */
          --loket-dossiers-min-height: 18rem;
          border: 1px dashed #6f7a85;
          background: var(--loket-color-background);
          color: var(--loket-color-text);
        }
        loket-theme-builder .tb-caption {
          margin: 0;
          padding: 1rem 1rem 0.25rem;
          font-weight: 600;
        }
        loket-theme-builder .tb-content {
          display: grid;
          gap: 1rem;
          padding: 1rem;
        }
        loket-theme-builder table {
          border-collapse: collapse;
        }
        loket-theme-builder th,
        loket-theme-builder td {
          border-bottom: 1px solid #6f7a85;
          padding: 0.25rem 0.5rem;
          text-align: left;
        }
        loket-theme-builder .tb-fail {
          color: #b3261e;
          font-weight: 600;
        }
        loket-theme-builder .tb-swatch {
          display: inline-block;
          width: 1em;
          height: 1em;
          border: 1px solid #1d1d1b;
          vertical-align: middle;
        }
        loket-theme-builder textarea {
          width: 100%;
          box-sizing: border-box;
          font-family: ui-monospace, monospace;
          font-size: 0.875rem;
        }
      </style>
      <div class="tb-layout">
        <form class="tb-controls" aria-labelledby="tb-title" @submit=${(e: Event) => e.preventDefault()}>
          <h2 id="tb-title">Theme</h2>
          <div class="tb-field">
            <label for="tb-preset">Start from preset</label>
            <select
              id="tb-preset"
              @change=${(e: Event) => {
                this.preset = (e.target as HTMLSelectElement).value as PresetName;
              }}
            >
              ${PRESETS.map((p) => html`<option value=${p} ?selected=${p === this.preset}>${p}</option>`)}
            </select>
          </div>
          <fieldset>
            <legend>Colours</legend>
            ${this.colourField('--loket-color-brand', 'Brand colour (header bar)', 'tb-brand')}
            ${this.colourField('--loket-color-brand-contrast', 'Text on the brand colour', 'tb-brand-contrast')}
            ${this.colourField('--loket-color-link', 'Link colour', 'tb-link')}
          </fieldset>
          <fieldset>
            <legend>Type and shape</legend>
            <div class="tb-field">
              <label for="tb-font">Font stack</label>
              <select
                id="tb-font"
                @change=${(e: Event) => {
                  const v = (e.target as HTMLSelectElement).value;
                  this.setToken('--loket-font-family', v);
                  this.setToken('--loket-font-family-heading', v);
                }}
              >
                ${Object.entries(FONT_STACKS).map(
                  ([label, stack]) => html`<option value=${stack} ?selected=${stack === fontValue}>${label}</option>`,
                )}
                ${
                  Object.values(FONT_STACKS).includes(fontValue)
                    ? nothing
                    : html`<option value=${fontValue} selected>Preset: ${fontValue}</option>`
                }
              </select>
            </div>
            <div class="tb-field">
              <label for="tb-radius">Corner radius (px)</label>
              <input
                id="tb-radius"
                type="number"
                min="0"
                max="24"
                .value=${String(parseFloat(tokens['--loket-radius'] ?? '0') || 0)}
                @change=${(e: Event) => this.setToken('--loket-radius', `${Number((e.target as HTMLInputElement).value) || 0}px`)}
              />
            </div>
          </fieldset>
          <fieldset>
            <legend>Logo and variants</legend>
            <div class="tb-field">
              <label for="tb-logo-url">Logo URL</label>
              <input
                id="tb-logo-url"
                type="url"
                .value=${this.logoUrl}
                @change=${(e: Event) => {
                  this.logoUrl = (e.target as HTMLInputElement).value.trim();
                  this.uploadedLogo = null;
                }}
              />
            </div>
            <div class="tb-field">
              <label for="tb-logo-file">Or upload a logo (preview only)</label>
              <input id="tb-logo-file" type="file" accept="image/*" @change=${this.onLogoFile} />
            </div>
            <div class="tb-field">
              <label
                ><input
                  type="checkbox"
                  .checked=${this.sticky}
                  @change=${(e: Event) => (this.sticky = (e.target as HTMLInputElement).checked)}
                />
                Sticky header</label
              >
            </div>
            <div class="tb-field">
              <label
                ><input
                  type="checkbox"
                  .checked=${this.fullFooter}
                  @change=${(e: Event) => (this.fullFooter = (e.target as HTMLInputElement).checked)}
                />
                Footer with every block (groups, social, languages)</label
              >
            </div>
          </fieldset>
          <fieldset>
            <legend>Import a token file</legend>
            <div class="tb-field">
              <label for="tb-import-file">DTCG, Style Dictionary or NL Design System JSON</label>
              <input id="tb-import-file" type="file" accept=".json,application/json" @change=${this.onImportFile} />
            </div>
            <div class="tb-field">
              <label for="tb-import-text">Or paste it</label>
              <textarea id="tb-import-text" rows="4"></textarea>
              <button
                type="button"
                class="tb-import"
                @click=${() => this.importText(this.querySelector<HTMLTextAreaElement>('#tb-import-text')!.value)}
              >
                Import
              </button>
            </div>
            ${
              this.importReport
                ? html`<div class="tb-import-report">
                    ${this.importReport.error ? html`<p class="tb-fail">${this.importReport.error}</p>` : nothing}
                    ${
                      this.importReport.mapped.length
                        ? html`<p>Mapped:</p>
                            <ul>
                              ${this.importReport.mapped.map((m) => html`<li>${m}</li>`)}
                            </ul>`
                        : nothing
                    }
                    ${
                      this.importReport.skipped.length
                        ? html`<p>Not mapped:</p>
                            <ul class="tb-skipped">
                              ${this.importReport.skipped.map((m) => html`<li>${m}</li>`)}
                            </ul>`
                        : nothing
                    }
                  </div>`
                : nothing
            }
          </fieldset>
        </form>

        <div>
          <h2>Preview</h2>
          <div class="tb-previews">${this.preview('desktop')} ${this.preview('mobile')}</div>

          <section class="tb-contrast" aria-labelledby="tb-contrast-title">
            <h2 id="tb-contrast-title">Contrast (WCAG 2.1 AA)</h2>
            <p role="status" class="tb-summary">
              ${failing.length ? `${failing.length} of ${results.length} pairs fail.` : `All ${results.length} pairs pass.`}
            </p>
            ${
              failing.length
                ? html`<ul class="tb-failing">
                    ${failing.map(
                      (r) =>
                        html`<li data-pair="${r.fg} on ${r.bg}">
                          <span class="tb-fail">${r.where}</span>: ${r.fg} on ${r.bg} is ${r.ratio}:1, needs ${r.required}:1.
                          ${
                            r.fix
                              ? html`<button
                                  type="button"
                                  class="tb-fix"
                                  @click=${() => {
                                    this.setToken(r.fix!.token, r.fix!.value);
                                    this.announcement = `${r.fix!.token} set to ${r.fix!.value}.`;
                                  }}
                                >
                                  <span class="tb-swatch" style=${styleMap({ background: r.fix.value })}></span>
                                  Use ${r.fix.value} for ${r.fix.token}
                                </button>`
                              : html`(no shade of this hue passes)`
                          }
                        </li>`,
                    )}
                  </ul>`
                : nothing
            }
            <details>
              <summary>Every pair</summary>
              <table>
                <caption>
                  Contrast of every pair the elements draw
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Where</th>
                    <th scope="col">Foreground on background</th>
                    <th scope="col">Ratio</th>
                    <th scope="col">Needs</th>
                    <th scope="col">Result</th>
                  </tr>
                </thead>
                <tbody>
                  ${results.map(
                    (r) =>
                      html`<tr>
                        <td>${r.where}</td>
                        <td>${r.fg} on ${r.bg}</td>
                        <td>${r.ratio}:1</td>
                        <td>${r.required}:1</td>
                        <td class=${r.pass ? '' : 'tb-fail'}>${r.pass ? 'pass' : 'fail'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </details>
          </section>

          <section aria-labelledby="tb-export-title">
            <h2 id="tb-export-title">Export</h2>
            <div class="tb-field">
              <label for="tb-export-css">CSS (load after loket.css)</label>
              <textarea id="tb-export-css" rows="8" readonly .value=${toCss(tokens)}></textarea>
            </div>
            <div class="tb-field">
              <label for="tb-export-dtcg">DTCG tokens (a preset file for src/theme/tokens)</label>
              <textarea
                id="tb-export-dtcg"
                rows="8"
                readonly
                .value=${toDtcg(tokens, 'Made with the loket theme builder')}
              ></textarea>
            </div>
            <div class="tb-field">
              <label for="tb-export-config">Widget configuration: the <code>theme</code> part</label>
              <textarea id="tb-export-config" rows="8" readonly .value=${config.json}></textarea>
              <p class=${config.valid ? 'tb-config-valid' : 'tb-fail'}>
                ${config.valid ? 'Valid against the configuration schema.' : `Not valid: ${config.issues.join('; ')}`}
              </p>
            </div>
          </section>
        </div>
      </div>
      <p
        class="tb-announce"
        role="status"
        aria-live="polite"
        style="position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px; overflow: hidden"
      >
        ${this.announcement}
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-theme-builder': LoketThemeBuilder;
  }
}
