/**
 * State that React reads with useSyncExternalStore: the pane's controller and the preview's page session keep
 * theirs this way. A change replaces the state object, so React sees it by identity.
 */
export class StateStore<State extends object> {
  private readonly listeners = new Set<() => void>();

  constructor(protected state: State) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): State => this.state;

  /** Change part of the state and tell every subscriber. */
  protected set(patch: Partial<State>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
