import localFont from 'next/font/local';

/**
 * The site's two typefaces, self-hosted from @fontsource (nothing is fetched at build or run time):
 * Source Serif 4 for headlines and story text, Inter for the interface. Each comes as a Latin and a
 * Latin Extended file under one family name, split by unicode-range, so Azerbaijani ə ş ğ ı load
 * only on pages that use them. Variable fonts: one file per style covers every weight.
 */

// next/font reads its options at build time: they must be literals, hence the repeated ranges.

export const serifLatin = localFont({
  src: [
    { path: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', style: 'normal' },
    { path: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2', style: 'italic' },
  ],
  weight: '200 900',
  display: 'swap',
  variable: '--font-serif-face',
  fallback: ['Georgia', 'DejaVu Serif', 'serif'],
  adjustFontFallback: 'Times New Roman',
  declarations: [
    { prop: 'font-family', value: 'Dateline Serif' },
    { prop: 'unicode-range', value: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
  ],
});

export const serifLatinExt = localFont({
  src: [
    { path: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-normal.woff2', style: 'normal' },
    { path: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-italic.woff2', style: 'italic' },
  ],
  weight: '200 900',
  display: 'swap',
  preload: false,
  variable: '--font-serif-ext-face',
  adjustFontFallback: false,
  declarations: [
    { prop: 'font-family', value: 'Dateline Serif' },
    { prop: 'unicode-range', value: 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF' },
  ],
});

export const sansLatin = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-sans-face',
  fallback: ['system-ui', 'Segoe UI', 'Roboto', 'DejaVu Sans', 'sans-serif'],
  adjustFontFallback: 'Arial',
  declarations: [
    { prop: 'font-family', value: 'Dateline Sans' },
    { prop: 'unicode-range', value: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
  ],
});

export const sansLatinExt = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  preload: false,
  variable: '--font-sans-ext-face',
  adjustFontFallback: false,
  declarations: [
    { prop: 'font-family', value: 'Dateline Sans' },
    { prop: 'unicode-range', value: 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF' },
  ],
});

/** Class names for <html>: they declare the faces and the CSS variables globals.css uses. */
export const fontVariables = [serifLatin.variable, serifLatinExt.variable, sansLatin.variable, sansLatinExt.variable].join(' ');
