/** The Excel host (Office.js): the only code that calls Excel. */
export { ExcelHost, type ExcelHostOptions } from './excel-host';
export { FEATURES, type ExcelCapabilities, type ExcelFeature, type MissingFeature } from './api';
export { HIGHLIGHT_COLOURS } from './highlight';
