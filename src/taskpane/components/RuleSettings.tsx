/** Rules switched on and off, per category; saved in the workbook through the host. */

import * as React from 'react';
import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { RULES, type RuleSetting } from '../../core/rules';
import { reportText } from '../../core/outcome';
import { t } from '../messages';
import { CATEGORY_ORDER } from '../view-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  switch: { alignItems: 'flex-start' },
  label: { display: 'flex', flexDirection: 'column' },
  id: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
});

/** False when the stored setting switches the rule off. */
export function ruleEnabled(setting: RuleSetting | undefined): boolean {
  if (setting === 'off') return false;
  return !(typeof setting === 'object' && setting !== null && setting.severity === 'off');
}

export interface RuleSettingsProps {
  /** Where settings are kept differs: the workbook in Excel, this browser in the preview. */
  host?: 'excel' | 'wps' | 'preview';
  rules: Record<string, RuleSetting>;
  lang: Lang;
  busy: boolean;
  onChange(id: string, on: boolean): void;
}

export function RuleSettings({ rules, lang, busy, host, onChange }: RuleSettingsProps): React.JSX.Element {
  const styles = useStyles();
  const on = RULES.filter((r) => ruleEnabled(rules[r.meta.id])).length;
  return (
    <div className={styles.root} data-testid="rule-settings">
      <Text size={200}>{t(host === 'preview' ? 'settingsHintPreview' : 'settingsHint', lang)}</Text>
      <Text size={200}>{t('settingsOnCount', lang, { on, all: RULES.length })}</Text>
      {CATEGORY_ORDER.map((category) => {
        const mine = RULES.filter((r) => (r.meta.tags[0] ?? 'structure') === category);
        if (!mine.length) return null;
        return (
          <fieldset key={category} className={styles.group}>
            <legend className={styles.legend}>{reportText(`tag.${category}`, lang)}</legend>
            {mine.map((r) => (
              <Switch
                key={r.meta.id}
                className={styles.switch}
                checked={ruleEnabled(rules[r.meta.id])}
                disabled={busy}
                data-rule={r.meta.id}
                onChange={(_, d) => onChange(r.meta.id, d.checked)}
                label={
                  <span className={styles.label}>
                    <span>{r.meta.description[lang]}</span>
                    <Text size={100} className={styles.id}>
                      {r.meta.id}
                    </Text>
                  </span>
                }
              />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
