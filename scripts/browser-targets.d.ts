export const LEGACY_TARGETS: string[];
export const PANE_TARGETS: string[];
export const PANE_ECMA_VERSION: 2020;
