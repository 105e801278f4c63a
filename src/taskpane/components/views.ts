/** The pane's views opened now and then (识别结果, 规则设置, 识别栏目): one chunk, loaded when first opened. */
export { Recognised } from './Recognised';
export { RuleSettings } from './RuleSettings';
export { TaughtLabels } from './TaughtLabels';
