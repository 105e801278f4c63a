/** The WPS host (WPS 表格's object model in a WPS 加载项): the only code that calls WPS. */
export { WpsHost, type WpsHostOptions } from './wps-host';
export { findWpsApplication, type WpsApplication } from './api';
export { HIGHLIGHT_COLOURS } from './highlight';
export { STORE_SHEET } from './store';
