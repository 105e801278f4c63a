/**
 * @jest-environment jsdom
 */
/**
 * manifest.xml, checked offline: the Office add-in XSDs (../shared/office-xsd, via xmllint-wasm) catch element order,
 * enum values and string lengths; the rest are rules the schemas miss (resids that resolve, en-US overrides,
 * icons that exist at their stated size, the ExcelApi ceiling). jsdom only supplies DOMParser.
 */

import * as fs from 'fs';
import * as path from 'path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { rewriteManifestUrls } from '../../scripts/manifest-url';

const ROOT = path.resolve(__dirname, '../..');
const XSD_DIR = path.resolve(__dirname, '../../../shared/office-xsd');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
const MANIFEST_XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DEV_ORIGIN = 'https://localhost:3000/';

const LIMITS = { id: 32, short: 125, long: 250 };
/** The English locales Office runs in (display languages and regional English editions). */
const ENGLISH_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-IE', 'en-NZ', 'en-SG', 'en-ZA', 'en-HK', 'en-MY', 'en-PH'];

/** Highest ExcelApi set Office 2019 volume licence has; a higher minimum hides the add-in there. */
const EXCEL_API_CEILING = [1, 7];

function loadSchemas(): { schema: XMLFileInfo; preload: XMLFileInfo[] } {
  const files = fs
    .readdirSync(XSD_DIR)
    .filter((name) => name.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: fs.readFileSync(path.join(XSD_DIR, fileName), 'utf8') }));
  const schema = files.find((file) => file.fileName === MAIN_XSD);
  if (!schema) throw new Error(`${MAIN_XSD} not found in ${XSD_DIR}`);
  return { schema, preload: files.filter((file) => file !== schema) };
}

/** Schema errors as `line: message`, empty when the manifest is valid. */
async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'manifest.xml', contents: xml }, ...loadSchemas() });
  const errors = result.errors.map((error) => `${error.loc?.lineNumber ?? '?'}: ${error.message}`);
  if (!result.valid && errors.length === 0) errors.push(result.rawOutput || 'invalid, no message');
  return errors;
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return doc;
}

const doc = parse(MANIFEST_XML);

/** Elements by local name, whatever their namespace (the manifest mixes four). */
function all(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', localName));
}

function one(root: Document | Element, localName: string): Element {
  const found = all(root, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

/** A direct child of <OfficeApp>, e.g. its own Description rather than a button's. */
function topLevel(localName: string): Element {
  const found = Array.from(doc.documentElement.children).filter((element) => element.localName === localName);
  if (found.length !== 1) throw new Error(`expected one top-level <${localName}>, found ${found.length}`);
  return found[0];
}

function attr(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.localName}> has no ${name} attribute`);
  return value;
}

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Resources by id, with their collection (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function resources(): Map<string, { kind: ResourceKind; element: Element }> {
  const byId = new Map<string, { kind: ResourceKind; element: Element }>();
  const resourcesElement = one(doc, 'Resources');
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
    for (const collection of all(resourcesElement, kind)) {
      for (const element of Array.from(collection.children)) {
        const id = attr(element, 'id');
        if (byId.has(id)) throw new Error(`resource id ${id} is defined twice`);
        byId.set(id, { kind, element });
      }
    }
  }
  return byId;
}

/** Which resource collection each element that carries a `resid` must point into. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

function residElements(): Element[] {
  return all(doc, '*').filter((element) => element.hasAttribute('resid'));
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Local file behind a dev-server URL (https://localhost:3000/assets/x.png → <repo>/assets/x.png). */
function localAsset(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
  return path.join(ROOT, url.slice(DEV_ORIGIN.length));
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

describe('manifest.xml against the Office add-in schemas', () => {
  test('is valid', async () => {
    expect(await schemaErrors(MANIFEST_XML)).toEqual([]);
  });

  test('is still valid with production URLs', async () => {
    const rewritten = rewriteManifestUrls(MANIFEST_XML, 'https://intranet.example.gov.cn/ptcheck');
    expect(await schemaErrors(rewritten)).toEqual([]);
  });

  // The schema check must be able to fail, or it proves nothing.
  test.each([
    ['Version before Id', (xml: string) => xml.replace(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, '$3$2$1')],
    ['Permissions not an allowed value', (xml: string) => xml.replace('>ReadWriteDocument<', '>Everything<')],
    ['a ShortString over 125 characters', (xml: string) => xml.replace('DefaultValue="一键校验"', `DefaultValue="${'校'.repeat(126)}"`)],
    ['Hosts without a Host', (xml: string) => xml.replace(/<Host Name="Workbook"\/>/, '')],
  ])('rejects a manifest with %s', async (_label, breakIt) => {
    const broken = breakIt(MANIFEST_XML);
    expect(broken).not.toBe(MANIFEST_XML);
    expect((await schemaErrors(broken)).length).toBeGreaterThan(0);
  });
});

describe('manifest.xml rules the schemas miss', () => {
  test('every resid resolves to a resource of the right kind', () => {
    const byId = resources();
    const problems = residElements().flatMap((element) => {
      const resid = attr(element, 'resid');
      const expected = RESID_KIND[element.localName];
      const found = byId.get(resid);
      if (!expected) return [`<${element.localName} resid="${resid}">: no rule for this element`];
      if (!found) return [`<${element.localName} resid="${resid}">: no such resource`];
      if (found.kind !== expected) return [`<${element.localName} resid="${resid}">: is in ${found.kind}, expected ${expected}`];
      return [];
    });
    expect(residElements().length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  test('every resource is used', () => {
    const used = new Set(residElements().map((element) => attr(element, 'resid')));
    expect([...resources().keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test(`resids and ids are at most ${LIMITS.id} characters`, () => {
    const ids = [
      ...residElements().map((element) => attr(element, 'resid')),
      ...all(doc, '*').filter((element) => element.hasAttribute('id')).map((element) => attr(element, 'id')),
    ];
    expect(ids.filter((id) => id.length > LIMITS.id)).toEqual([]);
  });

  test(`short strings are at most ${LIMITS.short} characters, long strings at most ${LIMITS.long}`, () => {
    const tooLong: string[] = [];
    const check = (element: Element, limit: number) => {
      const texts = [attr(element, 'DefaultValue'), ...all(element, 'Override').map((o) => attr(o, 'Value'))];
      for (const text of texts) if (text.length > limit) tooLong.push(`${text.length}>${limit}: ${text}`);
    };
    for (const { kind, element } of resources().values()) {
      if (kind === 'ShortStrings') check(element, LIMITS.short);
      if (kind === 'LongStrings') check(element, LIMITS.long);
    }
    check(topLevel('DisplayName'), LIMITS.short);
    check(topLevel('Description'), LIMITS.long);
    expect(tooLong).toEqual([]);
  });

  test('zh-CN is the default locale and every string has an en-US override', () => {
    expect(topLevel('DefaultLocale').textContent).toBe('zh-CN');
    const strings = [...resources().values()]
      .filter(({ kind }) => kind === 'ShortStrings' || kind === 'LongStrings')
      .map(({ element }) => element);
    const names = [topLevel('DisplayName'), topLevel('Description')];
    const missing = [...strings, ...names].filter((element) => {
      const english = all(element, 'Override').find((o) => o.getAttribute('Locale') === 'en-US');
      return !english || !english.getAttribute('Value')?.trim();
    });
    expect(missing.map((element) => element.getAttribute('id') ?? element.localName)).toEqual([]);
    // Defaults are Chinese, not English left in the zh-CN slot.
    const notChinese = [...strings, ...names].filter((e) => !/[\u4e00-\u9fff]/.test(attr(e, 'DefaultValue')));
    expect(notChinese.map((element) => element.getAttribute('id') ?? element.localName)).toEqual([]);
  });

  test('every English locale gets the English text, not the zh-CN default (Office matches the locale exactly)', () => {
    const strings = [...resources().values()].filter(({ kind }) => kind === 'ShortStrings' || kind === 'LongStrings').map(({ element }) => element);
    const missing: string[] = [];
    for (const element of [...strings, topLevel('DisplayName'), topLevel('Description')]) {
      const overrides = new Map(all(element, 'Override').map((o) => [attr(o, 'Locale'), attr(o, 'Value')]));
      for (const locale of ENGLISH_LOCALES) {
        if (overrides.get(locale) !== overrides.get('en-US')) missing.push(`${element.getAttribute('id') ?? element.localName}: ${locale}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every icon is a PNG in assets/ of its stated size', () => {
    const byId = resources();
    const stated: { url: string; size: number; where: string }[] = [
      // Office asks for 32×32 and 64×64 here (the add-in dialogs and the store); a bigger icon is scaled down blurry.
      { url: attr(topLevel('IconUrl'), 'DefaultValue'), size: 32, where: 'IconUrl' },
      { url: attr(topLevel('HighResolutionIconUrl'), 'DefaultValue'), size: 64, where: 'HighResolutionIconUrl' },
    ];
    for (const use of all(doc, 'Image').filter((element) => element.hasAttribute('resid'))) {
      const resid = attr(use, 'resid');
      const image = byId.get(resid);
      if (!image) throw new Error(`no image ${resid}`);
      stated.push({ url: attr(image.element, 'DefaultValue'), size: Number(attr(use, 'size')), where: resid });
    }
    expect(new Set(stated.map((icon) => icon.size))).toEqual(new Set([16, 32, 64, 80]));
    const wrong = stated.flatMap(({ url, size, where }) => {
      const file = localAsset(url);
      if (!fs.existsSync(file)) return [`${where}: ${url} does not exist`];
      const actual = pngSize(file);
      return actual.width === size && actual.height === size
        ? []
        : [`${where}: ${url} is ${actual.width}x${actual.height}, stated ${size}`];
    });
    expect(wrong).toEqual([]);
  });

  test('every page URL is a page the web build produces', () => {
    const urls = [
      attr(one(topLevel('DefaultSettings'), 'SourceLocation'), 'DefaultValue'),
      attr(topLevel('SupportUrl'), 'DefaultValue'),
      ...all(doc, 'Url').map((element) => attr(element, 'DefaultValue')),
    ];
    const missing = urls.filter((url) => {
      if (!url.startsWith(DEV_ORIGIN)) return true;
      const page = /^([a-z]+)\.html$/.exec(url.slice(DEV_ORIGIN.length));
      return !page || !fs.existsSync(path.join(ROOT, 'src', page[1], `${page[1]}.html`));
    });
    expect(missing).toEqual([]);
  });

  test('every ExecuteFunction is registered by src/commands/commands.ts', () => {
    const commands = fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
    const names = all(doc, 'FunctionName').map((element) => element.textContent?.trim() ?? '');
    expect(names).toEqual(['validateSheet']);
    for (const name of names) expect(commands).toContain(`associate('${name}'`);
  });

  test(`requires ExcelApi ${EXCEL_API_CEILING.join('.')} at most`, () => {
    const sets = all(doc, 'Set').filter((element) => element.getAttribute('Name') === 'ExcelApi');
    expect(sets).toHaveLength(1);
    const minVersion = attr(sets[0], 'MinVersion').split('.').map(Number);
    expect(compareVersions(minVersion, EXCEL_API_CEILING)).toBeLessThanOrEqual(0);
  });

  test('asks for ReadWriteDocument, runs in Workbook, has a GUID id and a four-part version', () => {
    expect(topLevel('Permissions').textContent).toBe('ReadWriteDocument');
    expect(all(doc, 'Host').map((host) => host.getAttribute('Name') ?? host.getAttribute('xsi:type'))).toEqual([
      'Workbook',
      'Workbook',
    ]);
    expect(topLevel('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(topLevel('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});
