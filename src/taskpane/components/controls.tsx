/**
 * Three small controls the pane draws itself, in Fluent's look (its tokens), instead of Fluent's TabList,
 * Accordion and Switch: together with their focus machinery those were a tenth of the pane's JavaScript, for two
 * tabs, three sections and one switch. Each keeps the ARIA pattern a screen reader expects.
 */
import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  tablist: { display: 'flex', gap: tokens.spacingHorizontalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tab: {
    position: 'relative',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      bottom: '-1px',
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
  section: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0 },
  headerButton: { width: '100%', justifyContent: 'flex-start', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
  chevron: { width: '12px', height: '12px', transitionProperty: 'transform', transitionDuration: tokens.durationFaster },
  chevronOpen: { transform: 'rotate(90deg)' },
  switchLabel: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, cursor: 'pointer', fontSize: tokens.fontSizeBase300 },
  switchInput: {
    appearance: 'none',
    margin: 0,
    width: '40px',
    height: '20px',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: tokens.colorNeutralBackground1,
    position: 'relative',
    cursor: 'pointer',
    '::before': {
      content: '""',
      position: 'absolute',
      top: '3px',
      left: '3px',
      width: '12px',
      height: '12px',
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorNeutralForeground3,
      transitionProperty: 'left',
      transitionDuration: tokens.durationFaster,
    },
    ':checked': { backgroundColor: tokens.colorCompoundBrandBackground, border: `${tokens.strokeWidthThin} solid ${tokens.colorCompoundBrandBackground}` },
    ':checked::before': { left: '23px', backgroundColor: tokens.colorNeutralForegroundInverted },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    ':disabled': { cursor: 'not-allowed', opacity: 0.5 },
  },
});

export interface TabsProps<T extends string> {
  label: string;
  tabs: { value: T; text: string }[];
  selected: T;
  onSelect(value: T): void;
}

/** A tab list: click, or arrows / Home / End to move (and select) as tab lists do. */
export function Tabs<T extends string>({ label, tabs, selected, onSelect }: TabsProps<T>): React.JSX.Element {
  const styles = useStyles();
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: React.KeyboardEvent, i: number): void => {
    const n = tabs.length;
    const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(tabs[to].value);
    refs.current[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.tablist}>
      {tabs.map((tab, i) => (
        <button
          key={tab.value}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          aria-selected={tab.value === selected}
          tabIndex={tab.value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, tab.value === selected && styles.selected)}
          onClick={() => onSelect(tab.value)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {tab.text}
        </button>
      ))}
    </div>
  );
}

export interface DisclosureProps {
  title: string;
  open: boolean;
  onToggle(open: boolean): void;
  children: React.ReactNode;
  'data-testid'?: string;
}

/** A section opened and closed by its heading's button; its content is in the page only while open. */
export function Disclosure({ title, open, onToggle, children, ...rest }: DisclosureProps): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  return (
    <div className={styles.section} data-testid={rest['data-testid']}>
      <h2 className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.headerButton}
          aria-expanded={open}
          aria-controls={open ? id : undefined}
          icon={
            <svg className={mergeClasses(styles.chevron, open && styles.chevronOpen)} viewBox="0 0 12 12" aria-hidden="true" focusable="false" fill="currentColor">
              <path d="M4.15 2.15a.5.5 0 0 1 .7 0l3.5 3.5a.5.5 0 0 1 0 .7l-3.5 3.5a.5.5 0 0 1-.7-.7L7.29 6 4.15 2.85a.5.5 0 0 1 0-.7Z" />
            </svg>
          }
          onClick={() => onToggle(!open)}
        >
          {title}
        </Button>
      </h2>
      {open && (
        <div id={id} role="region" aria-label={title}>
          {children}
        </div>
      )}
    </div>
  );
}

export interface SwitchControlProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** An on/off switch: a checkbox with the switch role, as Fluent's Switch is underneath. */
export function SwitchControl({ label, checked, disabled, onChange }: SwitchControlProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <label className={styles.switchLabel}>
      <input type="checkbox" role="switch" className={styles.switchInput} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
