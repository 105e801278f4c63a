/** Ribbon commands (ExecuteFunction buttons in manifest.xml), run from commands.html. */

/** 一键校验: will validate the active sheet; for now it only returns control to Excel. */
export async function validateSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // The validation run goes here (read snapshot, check, report). Nothing yet.
  } finally {
    // Always: without completed() Excel keeps the button busy until it times out.
    event.completed();
  }
}

/** Register the command functions by the names the manifest uses. */
export function registerCommands(): void {
  if (typeof Office === 'undefined') return; // office.js failed to load: nothing can call us anyway
  // Older clients only treat the function file as loaded once it has initialised Office.
  void Office.onReady();
  if (Office.actions?.associate) Office.actions.associate('validateSheet', validateSheet);
  // Office 2016/2019 without Office.actions look the FunctionName up on the global object.
  (globalThis as Record<string, unknown>).validateSheet = validateSheet;
}

registerCommands();
