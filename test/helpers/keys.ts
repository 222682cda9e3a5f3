/**
 * The space bar, as both Chromium and Firefox accept it: Firefox's driver does not take the
 * key name 'Space' (key names are underspecified: https://github.com/w3c/webdriver-bidi/issues/757).
 */
export const SPACE = ' ';
