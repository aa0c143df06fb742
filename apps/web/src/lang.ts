/** The console's languages: Bahasa Indonesia (the default) and English. Apart from i18n.tsx so plain modules (and their specs) need no JSX. */
export type Lang = 'id' | 'en';
