import { countOf, countsText, verdictSentence } from '../../../src/core/report/wording';

test.each([
  [1, 'error', 'en-US', '1 error'],
  [2, 'error', 'en-US', '2 errors'],
  [1, 'info', 'en-US', '1 info'],
  [3, 'warning', 'zh-CN', '3 个警告'],
] as const)('%d %s in %s: %s', (n, severity, lang, text) => {
  expect(countOf(n, severity, lang)).toBe(text);
});

test('counts leave out what is zero', () => {
  expect(countsText({ errors: 0, warnings: 2, infos: 0 }, 'zh-CN')).toBe('2 个警告');
  expect(countsText({ errors: 1, warnings: 0, infos: 3 }, 'en-US')).toBe('1 error, 3 infos');
  expect(countsText({ errors: 0, warnings: 0, infos: 0 }, 'en-US')).toBe('');
});

test('the verdict as one sentence, the same wherever it is said', () => {
  expect(verdictSentence(true, { errors: 0, warnings: 0, infos: 0 }, 'zh-CN')).toBe('可以发送：没有错误');
  expect(verdictSentence(true, { errors: 0, warnings: 2, infos: 1 }, 'zh-CN')).toBe('可以发送：没有错误（2 个警告，1 个提示）');
  expect(verdictSentence(false, { errors: 3, warnings: 1, infos: 0 }, 'en-US')).toBe('Not ready to send: 3 errors, 1 warning');
  expect(verdictSentence(false, { errors: 0, warnings: 0, infos: 0 }, 'zh-CN', false)).toBe('还不能发送：没有找到可以检查的绩效目标表');
});
