/** Small, dependency-free HTML helpers for the identity provider's own pages (Dutch). */

export function esc(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5}
body{margin:0;background:#f4f5f7;color:#1b1b1b}
header{background:#ffe615;padding:.75rem 1rem;font-weight:700}
main{max-width:46rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}
.notice{background:#fff;border-left:4px solid #0055cc;padding:.75rem 1rem;margin-bottom:1rem}
.refusal{border-left-color:#c4001a}
ul.persons{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
ul.persons li{background:#fff;border:1px solid #cbd2da;border-radius:6px;padding:.75rem 1rem}
ul.persons button{font:inherit;font-weight:700;font-size:1.1rem;padding:.4rem .9rem;border:2px solid #0055cc;background:#0055cc;color:#fff;border-radius:4px;cursor:pointer}
ul.persons button:hover{background:#003d94}
button:focus-visible,a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
.caps{margin:.4rem 0 0;padding-left:1.2rem;font-size:.95rem}
.muted{color:#4a4f55;font-size:.95rem}
.actions{display:flex;gap:.75rem;flex-wrap:wrap;margin-top:1rem}
.actions a,.actions button{font:inherit;padding:.4rem .9rem;border:2px solid #0055cc;border-radius:4px;color:#0055cc;background:#fff;text-decoration:none;cursor:pointer}
@media (forced-colors:active){ul.persons button,.actions a,.actions button{border-color:ButtonText}}
`;

export function page(title: string, body: string, options: { script?: string } = {}): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)} – Aanmelden bij de overheid (test)</title>
<style>${STYLE}</style>
</head>
<body>
<header>Vlaanderen – aanmelden (testomgeving, fictieve personen)</header>
<main id="main">
${body}
</main>
${options.script ? `<script>${options.script}</script>` : ''}
</body>
</html>`;
}

/**
 * Browsers ask every page's origin for /favicon.ico (also for JSON shown as a page, such as the
 * discovery document); a 404 there is console noise on every IdP page. A 1×1 transparent PNG,
 * same-origin, so any future `img-src 'self'` CSP allows it.
 */
export const FAVICON = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
