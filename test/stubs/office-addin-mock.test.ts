/** office-addin-mock loads under jest 30 (through the office-addin-manifest stub) and can drive the ribbon command. */

import { OfficeMockObject } from 'office-addin-mock';

type CommandHandler = (event: { completed: () => void }) => Promise<void>;

describe('office-addin-mock', () => {
  test('loads, and its mock returns loaded values after sync', async () => {
    const range = new OfficeMockObject({ address: 'Sheet1!A1', values: [['项目名称']] });
    range.load('address, values');
    await range.sync();
    expect(range.address).toBe('Sheet1!A1');
    expect(range.values).toEqual([['项目名称']]);
  });

  test('the 一键校验 command registers as validateSheet and always completes its event', async () => {
    const associated: Record<string, CommandHandler> = {};
    const office = new OfficeMockObject({
      onReady: async () => ({ host: 'Excel', platform: 'PC' }),
      actions: {
        associate: (name: string, handler: CommandHandler) => {
          associated[name] = handler;
        },
      },
    });
    const global = globalThis as unknown as { Office?: unknown; validateSheet?: unknown };
    global.Office = office;
    try {
      await jest.isolateModulesAsync(async () => {
        await import('../../src/commands/commands');
      });
      expect(Object.keys(associated)).toEqual(['validateSheet']);
      expect(global.validateSheet).toBe(associated.validateSheet);

      const completed = jest.fn();
      await associated.validateSheet({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      delete global.Office;
      delete global.validateSheet;
    }
  });
});
