// The guard's mark: a shield, drawn (a glyph would depend on the page's fonts).
export const SHIELD_PATH = 'M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3zm-1 14-4-4 1.4-1.4L11 13.2l4.6-4.6L17 10l-6 6z';
