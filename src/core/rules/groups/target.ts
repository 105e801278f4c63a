/** The target rules, in catalogue order (domain.md §6). */
import type { Rule } from '../rule';
import { targetMissing } from '../target-missing';
import { targetMalformed } from '../target-malformed';
import { targetOperatorMissing } from '../target-operator-missing';
import { targetNotMeasurable } from '../target-not-measurable';
import { targetUnitInconsistent } from '../target-unit-inconsistent';
import { targetPercentRange } from '../target-percent-range';
import { targetKindMismatch } from '../target-kind-mismatch';
import { costIndicator } from '../cost-indicator';
import { satisfactionTarget } from '../satisfaction-target';
import { indicatorNameRule } from '../indicator-name';
import { targetVague } from '../target-vague';
import { targetStyle } from '../target-style';
import { targetDateSerial } from '../target-date-serial';

export const TARGET_RULES: Rule[] = [
  targetMissing, // §6.1 empty, unit-only, placeholder
  targetMalformed, // §6.2 unreadable
  targetOperatorMissing, // §6.2 no operator
  targetNotMeasurable, // §6.1 free text
  targetUnitInconsistent, // §6.2 unit missing among siblings
  targetPercentRange, // §6.3
  targetKindMismatch, // §6.4
  costIndicator, // §6.5
  satisfactionTarget, // §6.6
  indicatorNameRule, // §6.7
  targetVague, // §6.8
  targetDateSerial, // a date that lost its format
  targetStyle, // style
];
