/** The pane's dialogs (全部修正's confirmation, the copy-by-hand fallback): one chunk, loaded when first needed. */
export { FixAllDialog } from './FixAllDialog';
export { CopyDialog } from './CopyDialog';
