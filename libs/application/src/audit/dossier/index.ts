export * from './dossier-format.js';
export * from './dossier.js';
export * from './dossier-summary.js';
export { DOSSIER_HTML_CSP, dossierHtml, escapeHtml } from './dossier-html.js';
