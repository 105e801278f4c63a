/** Mount the pane as the hosts do (inside a FluentProvider), with what jsdom lacks stubbed. */
import * as React from 'react';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import type { Lang } from '../../src/core/i18n';
import type { Host, HostApp } from '../../src/hosts/host';
import type { Checker } from '../../src/taskpane/checking';

// waitFor / findBy give up after 1 s by default: too short on a loaded 2-core CI machine (Fluent's dialog keeps the
// page aria-hidden for a moment after it closes). A condition that never holds still fails, after 5 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no ResizeObserver; Fluent's MessageBar measures its layout with one.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) Object.assign(globalThis, { ResizeObserver: NoResizeObserver });

/**
 * Fluent's styles in jsdom: only the rules that hide something (display, visibility), which is all of CSS that
 * Testing Library reads (an element hidden by a style is not found by role). jsdom matches every rule of every sheet
 * against each element Testing Library asks about, so the hundreds of colour and spacing rules cost the queries most
 * of their time and tell a test nothing: no test here reads a colour or a size (the real browser tests do).
 */
const hidingStylesOnly = (rule: string): boolean => /\b(display|visibility)\s*:/.test(rule);

/** Render the pane on `host` (checking with `checker`, on the pane's thread by default) and return a user to drive it. */
export function renderPane(host: Host, lang: Lang = 'zh-CN', checker?: Checker, app?: HostApp) {
  const user = userEvent.setup();
  const view = render(
    <RendererProvider renderer={createDOMRenderer(document, { unstable_filterCSSRule: hidingStylesOnly })}>
      <FluentProvider theme={webLightTheme}>
        <App host={host} lang={lang} checker={checker} app={app} />
      </FluentProvider>
    </RendererProvider>,
  );
  return { user, ...view };
}

/** Press 校验 and wait until the read is done and the summary shows a result. */
export async function validate(user: ReturnType<typeof userEvent.setup>, name: RegExp = /校验/): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name }));
  const summary = screen.getByTestId('summary');
  // The first check of a test file is slow (rules and styles load): allow for a busy machine.
  await waitFor(() => expect(summary.dataset.state).not.toMatch(/reading|idle/), { timeout: 5000 });
  return summary;
}

/** Every finding list item, with the text of its cell links. */
export function findings(root: HTMLElement = document.body): HTMLElement[] {
  return within(root).queryAllByTestId('finding');
}

/** The finding of `rule` about `cell`. */
export function finding(rule: string, cell: string): HTMLElement {
  const found = findings().filter((li) => li.dataset.rule === rule && within(li).queryByRole('button', { name: new RegExp(`${cell}$`) }));
  if (found.length !== 1) throw new Error(`expected one ${rule} finding at ${cell}, found ${found.length}`);
  return found[0];
}

/**
 * The open dialog. Fluent's focus trap (tabster) runs on timers in jsdom and, on a busy machine, can leave the page
 * and for a while the dialog itself marked aria-hidden: look past that here (`hidden: true` in queries inside);
 * the accessible structure of a dialog is Fluent's and is checked in a real browser.
 */
export async function openDialog(): Promise<HTMLElement> {
  return waitFor(() => screen.getByRole('dialog', { hidden: true }), { timeout: 3000 });
}

/** Wait until no dialog is left, hidden or not. */
export async function dialogClosed(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull(), { timeout: 3000 });
}
