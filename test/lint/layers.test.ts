/**
 * The layers are enforced by lint (eslint.config.mjs, LAYERS): a deliberate import across a zone (or a host or Node
 * global where the layer runs without one) is refused, and an import the layering allows is not.
 */
import { execFileSync } from 'child_process';
import path from 'path';

interface Probe {
  file: string;
  code: string;
  allowed: boolean;
}

const probes: Probe[] = [
  { file: 'src/core/recognise/probe.ts', code: "import { x } from '../../hosts/host';", allowed: false },
  { file: 'src/core/recognise/probe.ts', code: "import { x } from '../../io/read-workbook';", allowed: false },
  { file: 'src/core/probe.ts', code: "import { x } from 'node:fs';", allowed: false },
  { file: 'src/core/probe.ts', code: "import { x } from 'react';", allowed: false },
  { file: 'src/core/recognise/probe.ts', code: "import { x } from '../vocabulary';", allowed: true },
  { file: 'src/io/probe.ts', code: "import { x } from '../taskpane/App';", allowed: false },
  { file: 'src/io/probe.ts', code: "import { x } from 'node:fs';", allowed: false },
  { file: 'src/io/probe.ts', code: "import { x } from '../core/snapshot';", allowed: true },
  { file: 'src/node/probe.ts', code: "import { x } from '../hosts/excel';", allowed: false },
  { file: 'src/node/probe.ts', code: "import { x } from '../io/read-workbook';", allowed: true },
  { file: 'src/hosts/excel/probe.ts', code: "import { x } from '../../taskpane/App';", allowed: false },
  { file: 'src/hosts/excel/probe.ts', code: "import { x } from '../wps/api';", allowed: false },
  { file: 'src/hosts/excel/probe.ts', code: "import { x } from '../shared/cells';", allowed: true },
  { file: 'src/hosts/wps/probe.ts', code: "import { x } from '../excel/cells';", allowed: false },
  { file: 'src/hosts/wps/probe.ts', code: "import { x } from '../shared/own-writes';", allowed: true },
  { file: 'src/hosts/shared/probe.ts', code: "import { x } from '../excel/api';", allowed: false },
  { file: 'src/hosts/messages.ts', code: "import { x } from './wps/api';", allowed: false },
  { file: 'src/taskpane/components/probe.tsx', code: "import { x } from '../../io/read-workbook';", allowed: false },
  { file: 'src/taskpane/probe.ts', code: "import { x } from '../hosts/excel';", allowed: false },
  { file: 'src/taskpane/probe.ts', code: "import { x } from '../hosts/host';", allowed: true },
  { file: 'src/taskpane/index.tsx', code: "import { x } from '../hosts/excel';", allowed: true },
  { file: 'src/preview/probe.ts', code: "import { x } from '../hosts/excel';", allowed: false },
  { file: 'src/preview/probe.ts', code: "import { x } from '../io/read-workbook';", allowed: true },
  { file: 'src/commands/probe.ts', code: "import { x } from '../taskpane/App';", allowed: false },
  { file: 'src/wps/probe.ts', code: "import { x } from '../hosts/excel';", allowed: false },
  { file: 'src/wps/probe.ts', code: "import { x } from '../hosts/wps';", allowed: true },
  // Globals of hosts and Node are refused where the layer must run without them.
  { file: 'src/core/probe.ts', code: 'const x = document.title;', allowed: false },
  { file: 'src/core/probe.ts', code: 'const x = Office.context;', allowed: false },
  { file: 'src/io/probe.ts', code: 'const x = Buffer.from("a");', allowed: false },
  { file: 'src/io/probe.ts', code: 'const x = process.env;', allowed: false },
];

test('each layer zone refuses an import across it, and allows the layers below', () => {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'layers.probe.mjs'), JSON.stringify(probes)], { encoding: 'utf8' });
  const results = JSON.parse(out) as (Probe & { errors: string[] })[];
  expect(results.map((r) => [r.file, r.code, r.errors.length === 0])).toEqual(probes.map((p) => [p.file, p.code, p.allowed]));
});
