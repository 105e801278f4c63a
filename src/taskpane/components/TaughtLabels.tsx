/** 识别栏目: labels the user taught the checker, with remove, export and import (the vocabulary file format). */

import * as React from 'react';
import { Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { TEACHABLE, taughtLabels, type Meaning, type VocabularyData } from '../../core/vocabulary';
import { t } from '../messages';
import { downloadText, readTextFile } from '../download';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

/** The name of a taught meaning (an id from taughtLabels: a field or money key, `section`, `ignored`). */
function meaningName(id: string, lang: Lang): string {
  return TEACHABLE.find((x) => x.id === id || ('money' in x.meaning && x.meaning.money === id) || ('field' in x.meaning && x.meaning.field === id))?.name[lang] ?? id;
}

export interface TaughtLabelsProps {
  vocabulary: VocabularyData | undefined;
  lang: Lang;
  busy: boolean;
  onForget(label: string): void;
  onExport(): string;
  onImport(text: string): void;
}

export function TaughtLabels({ vocabulary, lang, busy, onForget, onExport, onImport }: TaughtLabelsProps): React.JSX.Element {
  const styles = useStyles();
  const fileRef = React.useRef<HTMLInputElement>(null);
  const taught = vocabulary ? taughtLabels(vocabulary) : [];
  return (
    <div className={styles.root} data-testid="taught-labels">
      <Text size={200}>{t('taughtHint', lang)}</Text>
      {taught.length ? (
        <ul className={styles.list}>
          {taught.map((x) => (
            <li key={`${x.label}\n${x.meaning}`} className={styles.item}>
              <Text>{t('taughtItem', lang, { label: x.label, meaning: meaningName(x.meaning, lang) })}</Text>
              <Button size="small" disabled={busy} aria-label={t('forgetLabel', lang, { label: x.label })} onClick={() => onForget(x.label)}>
                {t('remove', lang)}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Text size={200}>{t('taughtNone', lang)}</Text>
      )}
      <div className={styles.actions}>
        <Button size="small" disabled={!taught.length} onClick={() => downloadText('识别栏目词表.json', onExport())}>
          {t('exportVocabulary', lang)}
        </Button>
        <Button size="small" disabled={busy} onClick={() => fileRef.current?.click()}>
          {t('importVocabulary', lang)}
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          className={styles.hidden}
          data-testid="import-vocabulary"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) readTextFile(file, onImport);
            e.target.value = '';
          }}
        />
      </div>
    </div>
  );
}

/** A picker for what an unrecognised label is (这是…). */
export function TeachSelect({ label, lang, busy, onTeach }: { label: string; lang: Lang; busy: boolean; onTeach(label: string, meaning: Meaning): void }): React.JSX.Element {
  return (
    <Select
      size="small"
      value=""
      disabled={busy}
      aria-label={t('teachLabel', lang, { label })}
      onChange={(_, d) => {
        const chosen = TEACHABLE.find((x) => x.id === d.value);
        if (chosen) onTeach(label, chosen.meaning);
      }}
    >
      <option value="" disabled>
        {t('teachPlaceholder', lang)}
      </option>
      {TEACHABLE.map((x) => (
        <option key={x.id} value={x.id}>
          {x.name[lang]}
        </option>
      ))}
    </Select>
  );
}
