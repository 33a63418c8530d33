import * as v from 'valibot';
import { isSafeUrl } from './url.js';
import { ALERT_TYPES, PRESETS, SOCIAL_NETWORKS } from './constants.js';

export { ALERT_TYPES, LANGUAGES, PRESETS, SOCIAL_NETWORKS } from './constants.js';
export type { AlertType, Language, PresetName } from './constants.js';

/**
 * The one configuration schema of loket. The elements, the mock backend's widget configuration
 * and the theme builder's export are all validated against it.
 */
const MAX = 2000;

export const UrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(MAX, `must be at most ${MAX} characters`),
  v.check(isSafeUrl, 'must be an http(s), relative, mailto: or tel: URL'),
);

const Text = (max = 200) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

export const LinkSchema = v.strictObject({
  label: Text(120),
  href: UrlSchema,
  external: v.optional(v.boolean()),
});

export const MunicipalitySchema = v.strictObject({
  id: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'must be lowercase letters, digits and dashes'))),
  name: v.optional(Text(120)),
  homeUrl: v.optional(UrlSchema),
  logo: v.optional(
    v.strictObject({
      src: UrlSchema,
      srcset: v.optional(v.pipe(v.string(), v.maxLength(MAX))),
      alt: v.pipe(v.string(), v.maxLength(200)),
    }),
  ),
  umbrella: v.optional(v.strictObject({ label: Text(60), href: UrlSchema })),
});

export const AlertSchema = v.strictObject({
  id: Text(64),
  type: v.picklist(ALERT_TYPES, `must be one of ${ALERT_TYPES.join(', ')}`),
  message: Text(500),
  link: v.optional(v.strictObject({ label: Text(120), href: UrlSchema })),
  dismissible: v.optional(v.boolean()),
});

export const HelpSchema = v.strictObject({
  phone: v.optional(Text(40)),
  hours: v.optional(Text(200)),
  email: v.optional(v.pipe(Text(200), v.email('must be an e-mail address'))),
  contactUrl: v.optional(UrlSchema),
  address: v.optional(Text(300)),
});

export const ContactSchema = v.strictObject({
  address: v.optional(Text(300)),
  phone: v.optional(Text(40)),
  email: v.optional(v.pipe(Text(200), v.email('must be an e-mail address'))),
  hours: v.optional(Text(200)),
});

export const FooterSchema = v.strictObject({
  contact: v.optional(ContactSchema),
  groups: v.optional(
    v.pipe(v.array(v.strictObject({ title: Text(80), links: v.pipe(v.array(LinkSchema), v.maxLength(30)) })), v.maxLength(8)),
  ),
  legal: v.optional(v.pipe(v.array(LinkSchema), v.maxLength(12))),
  social: v.optional(
    v.pipe(v.array(v.strictObject({ label: Text(60), href: UrlSchema, network: v.picklist(SOCIAL_NETWORKS) })), v.maxLength(12)),
  ),
  officialLine: v.optional(Text(200)),
  /** The columns can be folded away behind a "Meer over deze website" button (`collapsed` attribute). */
  collapsible: v.optional(v.boolean()),
});

/** Where an access-menu link opens (the HTML `target` values a link may have). */
const TargetSchema = v.picklist(['_blank', '_self', '_parent', '_top'] as const, 'must be _blank, _self, _parent or _top');

/**
 * The access menu's own content (the Flemish widget's `accessMenu.setApplicationName`,
 * `setMainLinks`, `setApplicationMenuLinks`): the application's name at the top, main links (the
 * e-desk that fits the capacity) and the site's application links. The header renders them.
 */
export const AccessMenuSchema = v.strictObject({
  applicationName: v.optional(Text(120)),
  mainLinks: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          label: Text(120),
          href: UrlSchema,
          external: v.optional(v.boolean()),
          target: v.optional(TargetSchema),
          /** Shown only while the user acts in this capacity; without it, in every capacity. */
          capacity: v.optional(v.picklist(['BUR', 'VER', 'EA'] as const, 'must be BUR, VER or EA')),
        }),
      ),
      v.maxLength(10, 'must have at most 10 links'),
    ),
  ),
  applicationLinks: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          label: Text(120),
          href: UrlSchema,
          target: v.optional(TargetSchema),
          icon: v.optional(v.picklist(['e-desk', 'e-desk-lock'] as const, 'must be e-desk or e-desk-lock')),
        }),
      ),
      v.maxLength(20, 'must have at most 20 links'),
    ),
  ),
  /** `false` hides the access area (sign-in and account menu) altogether. */
  visible: v.optional(v.boolean()),
});

export const AuthSchema = v.strictObject({
  authority: UrlSchema,
  clientId: Text(100),
  /**
   * Base URL of the backend contract (openapi.yaml): its `/api/…` paths hang under it, and a final
   * `/api` is that same prefix. `https://h.example`, `https://h.example/api` and
   * `https://h.example/api/` all give `https://h.example/api/dossiers`; `https://h.example/loket/api`
   * gives `https://h.example/loket/api/dossiers`. Relative: resolved against the page. See api/url.ts.
   */
  apiBase: v.pipe(
    UrlSchema,
    v.check((s) => !/^(mailto|tel):/i.test(s), 'must be an http(s) or relative URL'),
  ),
  redirectUri: v.optional(UrlSchema),
  postLogoutRedirectUri: v.optional(UrlSchema),
  /** Try a silent sign-in on page load (single sign-on between sites of the same IdP). */
  passive: v.optional(v.boolean()),
  /**
   * Opt-in: `window.loket.session.getAccessToken()` hands the access token to the host page's own
   * scripts. Any script on the page (including a compromised third-party one) can then call the
   * APIs as the user until the token expires; leave off unless the host calls the APIs itself.
   */
  exposeAccessToken: v.optional(v.boolean()),
  /**
   * Opt-in: `window.loket.session.prefill()` gives the host page the register basics (vCode,
   * name, type, main address) of the association the user acts for, to prefill a form.
   */
  prefill: v.optional(v.boolean()),
});

export const ThemeSchema = v.strictObject({
  preset: v.optional(v.picklist(PRESETS, `must be one of ${PRESETS.join(', ')}`)),
  tokens: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(/^--loket-[a-z0-9-]+$/, 'token names must start with --loket-')),
      v.pipe(
        v.string(),
        v.maxLength(200),
        // A token value is a CSS value, never a way out of the declaration.
        v.regex(/^[^;{}<>\\]*$/, 'must not contain ; { } < > or \\'),
      ),
    ),
  ),
});

const StringsSchema = v.record(v.string(), v.pipe(v.string(), v.maxLength(300)));

export const LoketConfigSchema = v.strictObject({
  municipality: v.optional(MunicipalitySchema),
  navigation: v.optional(v.pipe(v.array(LinkSchema), v.maxLength(20, 'must have at most 20 links'))),
  languages: v.optional(
    v.strictObject({
      nl: v.optional(UrlSchema),
      fr: v.optional(UrlSchema),
      en: v.optional(UrlSchema),
      de: v.optional(UrlSchema),
    }),
  ),
  skipTarget: v.optional(v.pipe(v.string(), v.regex(/^#[A-Za-z][\w:.-]*$/, 'must be a fragment like #main'))),
  alert: v.optional(AlertSchema),
  help: v.optional(HelpSchema),
  login: v.optional(v.strictObject({ url: v.optional(UrlSchema) })),
  auth: v.optional(AuthSchema),
  sticky: v.optional(v.boolean()),
  footer: v.optional(FooterSchema),
  accessMenu: v.optional(AccessMenuSchema),
  theme: v.optional(ThemeSchema),
  /** Per-instance overrides of built-in strings, by language then key. */
  strings: v.optional(
    v.strictObject({
      nl: v.optional(StringsSchema),
      fr: v.optional(StringsSchema),
      en: v.optional(StringsSchema),
      de: v.optional(StringsSchema),
    }),
  ),
});

export type LoketConfig = v.InferOutput<typeof LoketConfigSchema>;
export type LoketLink = v.InferOutput<typeof LinkSchema>;
export type LoketAlert = v.InferOutput<typeof AlertSchema>;
export type LoketHelp = v.InferOutput<typeof HelpSchema>;
export type LoketFooterConfig = v.InferOutput<typeof FooterSchema>;
export type LoketAuthConfig = v.InferOutput<typeof AuthSchema>;
export type LoketAccessMenu = v.InferOutput<typeof AccessMenuSchema>;
export type LoketMunicipality = v.InferOutput<typeof MunicipalitySchema>;
