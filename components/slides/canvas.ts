/**
 * The size every slide is laid out at, in CSS pixels; each view scales it with `zoom`. If you
 * change it, change `.slide-canvas` in app/globals.css too.
 */
export const SLIDE_WIDTH = 960;
export const SLIDE_HEIGHT = 540;
