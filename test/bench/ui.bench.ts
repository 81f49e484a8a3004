// The screens as a user meets them (issue 20, point 1): the real browser shell (dist/main/
// browser.mjs) on a district of 40 units, 54 people and one sealed contest per person (20 ballots
// each), driven in headless Chromium. Timed inside the page, from the user's click or key as the
// page received it to the frame that shows the result (test/bench/uiProbe.ts), each beside a
// baseline measured in the same run:
//   prints: the PDF button → the PDF handed to the download, and the print button → the preview,
//     beside this Chromium printing the same HTML (setContent, page.pdf); the API's preview and
//     PDF calls alone say where the time goes;
//   unit import (40 units, XLSX): check → preview, import → done, beside exceljs reading the file;
//   sign-in → the overview; Alt+1…Alt+8 between the areas (p50/p95);
//   start-up: spawning the shell → the sign-in screen painted, beside `node -e` and Chromium
//     loading the same screen as a static page;
//   adding a user beside one scrypt derivation with the vault's parameters.
// Targets (issue 20): every print ≤ 1 s; import check and commit ≤ 0.5 s each; navigation p95 ≤
// 100 ms; start-up ≤ 2 s; adding a user ≤ 1.2 × one scrypt derivation. About 3 minutes;
// BENCH_SAMPLES (5 runs of each) and BENCH_MOVES (32 moves) change it.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from '../../main/base/findBrowser';
import { headlessChromiumArguments } from '../../main/print/chromiumPdfPrinter';
import { readTable } from '../../main/tabular/readTable';
import { defaultScryptCost, deriveFromPassword, newScryptParameters } from '../../main/vault/crypto/keyDerivation';
import type { Printable } from '../../shared/print/printables';
import { percentile, report, scratchFolder, targetTable, type TargetLine, type Timing } from './benchSupport';
import { benchVault, makeDistrict, manyUnitsXlsx, passwordOf, signInAs, type District } from './uiDistrict';
import { addProbe, firstSeen, observe, type ScreenMark } from './uiProbe';
import { type BenchShell, ensureBundle, epochNow, startShell } from './uiShell';

const runs = Number(process.env.BENCH_SAMPLES ?? 5);
const navigationMoves = Number(process.env.BENCH_MOVES ?? 32);
const targets = {
  printMs: 1000,
  importCheckMs: 500,
  importCommitMs: 500,
  largeImportMs: 3000,
  navigationP95Ms: 100,
  startupMs: 2000,
};
/** Runs of the 2,000-row import: each takes seconds. */
const largeRuns = 3;
const userAddRatio = 1.2;

const signInField: ScreenMark = { name: 'signIn', selector: 'input[autocomplete="username"]' };
const areaIds = ['overview', 'campaigns', 'counting', 'results', 'ratings', 'plans', 'archive', 'administration'];

const p50 = (samples: readonly number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
const p95 = (samples: readonly number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    0.95,
  );
const ms = (value: number) => `${value.toFixed(0)} ms`;
const timing = (label: string, samplesMs: number[]): Timing => ({ label, samplesMs });

/** A call made on the way, by run: event → request, the request, answer → shown. */
interface CallSplit {
  readonly before: number[];
  readonly call: number[];
  readonly after: number[];
}
const newSplit = (): CallSplit => ({ before: [], call: [], after: [] });
function keep(split: CallSplit, parts: { before: number; call: number; after: number }): void {
  split.before.push(parts.before);
  split.call.push(parts.call);
  split.after.push(parts.after);
}
function splitTimings(split: CallSplit, call: string, after: string): Timing[] {
  return [
    timing('    page: the event → the request', split.before),
    timing(`    ${call}: request → whole answer`, split.call),
    timing(`    page: the answer → ${after}`, split.after),
  ];
}

async function timeEach(count: number, work: (run: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < count; run += 1) {
    const started = performance.now();
    await work(run);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Spawning Node.js until it prints a line: the floor of any process start here. */
function nodeFloor(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', 'console.log("ready")'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => resolve(performance.now() - started));
    child.once('error', reject);
  });
}

/** A static copy of a screen (its HTML without scripts, the renderer's stylesheets), served plainly. */
function staticServer(html: string, assets: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = path.startsWith('/assets/') ? join(assets, path.slice('/assets/'.length)) : null;
    if (file && existsSync(file)) {
      response.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Waits until the start-up mark has been painted in this document; its wall-clock time. */
async function signInShownAt(page: Page): Promise<number> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const seen = (await firstSeen(page))[signInField.name];
    if (seen !== undefined && seen > 0) return seen;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the sign-in screen was not shown within 30 s');
}

/** Chromium printing an HTML document the way the core's printer does: a fresh context without scripts, setContent, page.pdf. */
async function chromiumPdf(browser: Browser, html: string): Promise<{ total: number; phases: number[] }> {
  const marks = [performance.now()];
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    marks.push(performance.now());
    await page.setContent(html, { waitUntil: 'load' });
    marks.push(performance.now());
    await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    marks.push(performance.now());
  } finally {
    await context.close();
  }
  marks.push(performance.now());
  return {
    total: marks.at(-1)! - marks[0]!,
    phases: marks.slice(1).map((mark, index) => mark - marks[index]!),
  };
}

interface PrintKind {
  readonly key: string;
  readonly label: string;
  /** The button that opens the preview, where it is. */
  readonly button: string;
  /** The screen and the document of each run. */
  readonly at: (run: number) => { hash: string; document: Printable };
}

interface PrintFigures {
  readonly kind: PrintKind;
  readonly previewMs: number[];
  readonly pdfMs: number[];
  readonly previewSplit: CallSplit;
  readonly pdfSplit: CallSplit;
  readonly html: string;
  readonly pdfBytes: number;
}

const cleanups: Array<() => Promise<void> | void> = [];
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`clean-up: ${String(error)}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

ensureBundle();
const folder = scratchFolder('ui');
cleanups.push(() => folder.remove());
const data = join(folder.path, 'data');
let shell: BenchShell = await startShell(data);
cleanups.push(() => shell.stop());
/** The figures by section, each table's first line its baseline. */
const sections: Array<{ title: string; timings: Timing[] }> = [];
const lines: TargetLine[] = [];

try {
  const making = performance.now();
  const district: District = await makeDistrict(shell, (line) => console.log(line));
  console.log(`made through the API in ${((performance.now() - making) / 1000).toFixed(1)} s`);
  const executablePath = findBrowser() ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: headlessChromiumArguments, headless: true });
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await addProbe(page, [signInField]);
  const at = (hash: string) => `${shell.origin}/${hash}`;

  // ——— Start-up: spawn → address printed → sign-in screen painted (the vault holds the district).
  const startup = {
    total: [] as number[],
    address: [] as number[],
    page: [] as number[],
    loaded: [] as number[],
    scripts: [] as number[],
    answers: [] as number[],
  };
  for (let run = 0; run < runs; run += 1) {
    await shell.stop();
    shell = await startShell(data);
    const navigating = epochNow();
    await page.goto(shell.launchUrl);
    const shown = await signInShownAt(page);
    startup.total.push(shown - shell.spawnedAt);
    startup.address.push(shell.addressAt - shell.spawnedAt);
    startup.page.push(shown - navigating);
    // Within the page, from the navigation's start: the document and its module script run, the
    // first two calls (app.info, session.status) answered.
    const { origin, scriptsLoaded, scriptsRun, answered } = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const ends = (pattern: RegExp) =>
        Math.max(...resources.filter((entry) => pattern.test(entry.name)).map((entry) => entry.responseEnd));
      return {
        origin: performance.timeOrigin,
        scriptsLoaded: ends(/\/assets\/.*\.js$/),
        scriptsRun: navigation.domContentLoadedEventEnd,
        answered: ends(/\/api\/(app\.info|session\.status)$/),
      };
    });
    startup.loaded.push(origin + scriptsLoaded - navigating);
    startup.scripts.push(origin + scriptsRun - navigating);
    startup.answers.push(origin + answered - navigating);
    // The page spent the launch ticket: the benchmark's own calls join its session.
    shell.useSessionOf(await context.cookies(shell.origin));
  }
  const nodeStarts: number[] = [];
  for (let run = 0; run < runs; run += 1) nodeStarts.push(await nodeFloor());
  // The same sign-in screen as a static page: its HTML without scripts and the renderer's stylesheet.
  const signInHtml = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/g, '');
  const server = await staticServer(signInHtml, join(import.meta.dirname, '..', '..', 'dist', 'renderer', 'assets'));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const staticUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const staticLoads: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const loader = await context.newPage();
    await addProbe(loader, [signInField]);
    const navigating = epochNow();
    await loader.goto(staticUrl);
    staticLoads.push((await signInShownAt(loader)) - navigating);
    await loader.close();
  }
  sections.push({
    title: 'Start-up (the vault holds the district; Chromium already running)',
    timings: [
      timing('spawn `node -e` until it prints (baseline)', nodeStarts),
      timing('Chromium loads the sign-in screen as a static page', staticLoads),
      timing('start-up: spawn the shell → sign-in screen painted', startup.total),
      timing('  spawn → the shell prints its address', startup.address),
      timing('  open the address → sign-in screen painted', startup.page),
      timing('    … → the scripts downloaded', startup.loaded),
      timing('    … → the scripts run (DOMContentLoaded)', startup.scripts),
      timing('    … → app.info and session.status answered', startup.answers),
    ],
  });
  lines.push({
    what: 'start-up: spawn the shell → sign-in screen',
    measured: `${ms(p50(startup.total))} (p95 ${ms(p95(startup.total))})`,
    baseline: `node -e ${ms(p50(nodeStarts))} + static page ${ms(p50(staticLoads))}`,
    target: `≤ ${targets.startupMs / 1000} s`,
    met: p50(startup.total) <= targets.startupMs,
  });

  // ——— Sign-in: the button → the overview (its heading, then what is left to do, loaded).
  // The baseline taken between the runs, so that both meet the same load on the machine.
  const scryptMs: number[] = [];
  const scryptOnce = async () =>
    scryptMs.push(...(await timeEach(1, () => deriveFromPassword('mật khẩu thử', newScryptParameters()))));
  const signIn = { heading: [] as number[], usable: [] as number[], split: newSplit() };
  for (let run = 0; run < runs; run += 1) {
    await shell.call('session.signOut', {});
    await page.goto(at(''));
    await page.getByLabel('Tên đăng nhập').fill('truongban');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(passwordOf('truongban'));
    const seen = await observe(
      page,
      [
        { name: 'heading', selector: '#overview-heading' },
        { name: 'usable', selector: '#next-steps-heading' },
      ],
      () => page.getByRole('button', { name: 'Đăng nhập', exact: true }).click(),
    );
    signIn.heading.push(seen.since('click', 'heading'));
    signIn.usable.push(seen.since('click', 'usable'));
    keep(signIn.split, seen.split('click', 'session.signIn', 'heading'));
    await scryptOnce();
  }
  sections.push({
    title: 'Sign-in as the head (the vault was locked by the sign-out before)',
    timings: [
      timing(`one scrypt derivation, log2 N = ${defaultScryptCost.log2N} (baseline)`, scryptMs),
      timing('sign-in: the button → the overview heading', signIn.heading),
      ...splitTimings(signIn.split, 'session.signIn', 'the heading'),
      timing('sign-in: the button → what is left to do, loaded', signIn.usable),
    ],
  });

  // ——— Navigation between the areas by Alt+1…Alt+8, as the administrator (who sees all eight).
  await signInAs(shell, benchVault.admin.login);
  await page.goto(at('#/overview'));
  await page.reload();
  await page.locator('#overview-heading').waitFor();
  const navigation = { heading: [] as number[], settled: [] as number[] };
  for (let move = 0; move < navigationMoves; move += 1) {
    const index = (move + 1) % areaIds.length;
    const seen = await observe(
      page,
      [{ name: 'heading', selector: `#${areaIds[index]}-heading` }],
      () => page.keyboard.press(`Alt+${index + 1}`),
      { settleMs: 300 },
    );
    navigation.heading.push(seen.since('keydown', 'heading', `Digit${index + 1}`));
    navigation.settled.push(seen.settledSince('keydown'));
  }
  sections.push({
    title: `Navigation, ${navigationMoves} moves by Alt+number through the eight areas (as the administrator)`,
    timings: [
      timing('Alt+number → the area’s heading painted', navigation.heading),
      timing('Alt+number → the area’s last change (its data shown)', navigation.settled),
    ],
  });
  lines.push({
    what: `navigation Alt+1…Alt+8, p95 of ${navigationMoves} moves`,
    measured: `${ms(p95(navigation.heading))} (p50 ${ms(p50(navigation.heading))})`,
    baseline: `data shown p95 ${ms(p95(navigation.settled))}`,
    target: `p95 ≤ ${targets.navigationP95Ms} ms`,
    met: p95(navigation.heading) <= targets.navigationP95Ms,
  });

  // ——— Adding a user (administration): the button → the notice that it is done.
  await page.goto(at('#/administration/users'));
  await page.locator('#users-heading').waitFor();
  const userAdds: number[] = [];
  const userSplit = newSplit();
  for (let run = 0; run < runs; run += 1) {
    const fullName = `Người thử ${run + 1}`;
    await page.getByLabel('Họ và tên').fill(fullName);
    await page.getByLabel('Tên đăng nhập').fill(`nguoithu${run + 1}`);
    await page.getByLabel('Mật khẩu ban đầu').fill('mật khẩu người thử');
    await page.getByLabel('Nhập lại mật khẩu').fill('mật khẩu người thử');
    const seen = await observe(
      page,
      [{ name: 'added', selector: 'main [role="status"]', text: `Đã thêm ${fullName}.` }],
      () => page.getByRole('button', { name: 'Thêm người dùng' }).click(),
    );
    userAdds.push(seen.since('click', 'added'));
    keep(userSplit, seen.split('click', 'users.add', 'added'));
    await scryptOnce();
  }
  const apiUserAdds = await timeEach(runs, (run) =>
    shell.ok('users.add', {
      login: `nguoiapi${run + 1}`,
      fullName: `Người API ${run + 1}`,
      role: 'counter',
      password: 'mật khẩu người thử',
    }),
  );
  sections.push({
    title: 'Adding a user (administration)',
    timings: [
      timing(`one scrypt derivation, log2 N = ${defaultScryptCost.log2N} (baseline)`, scryptMs),
      timing('add a user: the button → "Đã thêm …"', userAdds),
      ...splitTimings(userSplit, 'users.add', 'the notice'),
      timing('  users.add through the API alone', apiUserAdds),
    ],
  });
  lines.push({
    what: 'add a user (administration)',
    measured: `${ms(p50(userAdds))} (p95 ${ms(p95(userAdds))})`,
    baseline: `one scrypt ${ms(p50(scryptMs))}: ${(p50(userAdds) / p50(scryptMs)).toFixed(2)}×`,
    target: `≤ ${userAddRatio}× one scrypt`,
    met: p50(userAdds) <= userAddRatio * p50(scryptMs),
  });

  // ——— Unit import of the 40-unit XLSX into the draft campaign.
  const xlsxPath = join(folder.path, 'don-vi-2024.xlsx');
  writeFileSync(xlsxPath, district.unitsXlsx);
  await page.goto(at(`#/campaigns/${district.draftCampaignId}/units`));
  await page.locator('#unit-import-heading').waitFor();
  const unitImport = {
    check: [] as number[],
    commit: [] as number[],
    listed: [] as number[],
    checkSplit: newSplit(),
    commitSplit: newSplit(),
  };
  const units = `${district.unitCount} đơn vị`;
  for (let run = 0; run < runs; run += 1) {
    // Cleared first: choosing the same file again would not be a change. The last run's outcome goes with it.
    await page.getByLabel('Chọn tệp cần nhập').setInputFiles([]);
    await page.getByLabel('Chọn tệp cần nhập').setInputFiles(xlsxPath);
    await page.locator('main p[role="status"].notice').waitFor({ state: 'detached' });
    const checked = await observe(
      page,
      [{ name: 'preview', selector: 'main p[role="status"].notice', text: `Tệp hợp lệ: ${units}` }],
      () => page.getByRole('button', { name: 'Kiểm tra tệp', exact: true }).click(),
    );
    unitImport.check.push(checked.since('click', 'preview'));
    keep(unitImport.checkSplit, checked.split('click', 'campaigns.previewUnitImport', 'preview'));
    const committed = await observe(
      page,
      [{ name: 'done', selector: 'main p[role="status"].notice', text: `Đã nhập ${units}` }],
      () => page.getByRole('button', { name: `Nhập ${units}`, exact: true }).click(),
      { settleMs: 300 },
    );
    unitImport.commit.push(committed.since('click', 'done'));
    keep(unitImport.commitSplit, committed.split('click', 'campaigns.importUnits', 'done'));
    unitImport.listed.push(committed.settledSince('click'));
  }
  const upload = {
    campaignId: district.draftCampaignId,
    file: { fileName: 'don-vi-2024.xlsx', contentBase64: district.unitsXlsx.toString('base64') },
  };
  const apiCheck = await timeEach(runs, () => shell.ok('campaigns.previewUnitImport', upload));
  const apiCommit = await timeEach(runs, () => shell.ok('campaigns.importUnits', upload));
  const excelOnly = await timeEach(runs, async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(district.unitsXlsx as unknown as ArrayBuffer);
    let cells = 0;
    workbook.worksheets[0]!.eachRow((row) => row.eachCell(() => (cells += 1)));
    return cells;
  });
  const appReader = await timeEach(runs, () => readTable('don-vi-2024.xlsx', district.unitsXlsx));
  sections.push({
    title: `Unit import: the district's ${district.unitCount} units and ${district.subjectCount} people as XLSX (${(district.unitsXlsx.length / 1000).toFixed(0)} kB) into a draft campaign`,
    timings: [
      timing('exceljs reads the XLSX in Node (baseline)', excelOnly),
      timing('  the app’s table reader (readTable) on it', appReader),
      timing('"Kiểm tra tệp" → preview shown', unitImport.check),
      ...splitTimings(unitImport.checkSplit, 'campaigns.previewUnitImport', 'shown'),
      timing('  campaigns.previewUnitImport through the API', apiCheck),
      timing(`"Nhập ${units}" → done`, unitImport.commit),
      ...splitTimings(unitImport.commitSplit, 'campaigns.importUnits', 'shown'),
      timing('  … → the unit list shown again', unitImport.listed),
      timing('  campaigns.importUnits through the API', apiCommit),
    ],
  });
  lines.push(
    {
      what: `unit import check (${district.unitCount} units, XLSX)`,
      measured: `${ms(p50(unitImport.check))} (p95 ${ms(p95(unitImport.check))})`,
      baseline: `exceljs alone ${ms(p50(excelOnly))}`,
      target: `≤ ${targets.importCheckMs} ms`,
      met: p50(unitImport.check) <= targets.importCheckMs,
    },
    {
      what: 'unit import commit',
      measured: `${ms(p50(unitImport.commit))} (p95 ${ms(p95(unitImport.commit))})`,
      baseline: `exceljs alone ${ms(p50(excelOnly))}`,
      target: `≤ ${targets.importCommitMs} ms`,
      met: p50(unitImport.commit) <= targets.importCommitMs,
    },
  );

  // ——— A large list: 2,000 rows (one school and its head each) into the same draft campaign.
  const largeRows = 2000;
  const largeXlsx = await manyUnitsXlsx(largeRows);
  const largePath = join(folder.path, 'don-vi-2000.xlsx');
  writeFileSync(largePath, largeXlsx);
  const large = { check: [] as number[], commit: [] as number[] };
  for (let run = 0; run < largeRuns; run += 1) {
    await page.getByLabel('Chọn tệp cần nhập').setInputFiles([]);
    await page.getByLabel('Chọn tệp cần nhập').setInputFiles(largePath);
    await page.locator('main p[role="status"].notice').waitFor({ state: 'detached' });
    const checked = await observe(
      page,
      [{ name: 'preview', selector: 'main p[role="status"].notice', text: 'Tệp hợp lệ' }],
      () => page.getByRole('button', { name: 'Kiểm tra tệp', exact: true }).click(),
    );
    large.check.push(checked.since('click', 'preview'));
    const committed = await observe(
      page,
      [{ name: 'done', selector: 'main p[role="status"].notice', text: 'Đã nhập' }],
      () => page.getByRole('button', { name: /^Nhập .* đơn vị$/ }).click(),
    );
    large.commit.push(committed.since('click', 'done'));
  }
  const largeExcel = await timeEach(largeRuns, async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(largeXlsx as unknown as ArrayBuffer);
    return workbook.worksheets[0]!.rowCount;
  });
  sections.push({
    title: `Unit import: ${largeRows.toLocaleString('en')} rows as XLSX (${(largeXlsx.length / 1000).toFixed(0)} kB) into the draft campaign`,
    timings: [
      timing('exceljs reads the XLSX in Node (baseline)', largeExcel),
      timing('"Kiểm tra tệp" → preview shown', large.check),
      timing('"Nhập … đơn vị" → done', large.commit),
    ],
  });
  lines.push(
    {
      what: `unit import check (${largeRows.toLocaleString('en')} rows, XLSX)`,
      measured: `${ms(p50(large.check))} (p95 ${ms(p95(large.check))})`,
      baseline: `exceljs alone ${ms(p50(largeExcel))}`,
      target: `≤ ${targets.largeImportMs} ms`,
      met: p50(large.check) <= targets.largeImportMs,
    },
    {
      what: `unit import commit (${largeRows.toLocaleString('en')} rows)`,
      measured: `${ms(p50(large.commit))} (p95 ${ms(p95(large.commit))})`,
      baseline: `exceljs alone ${ms(p50(largeExcel))}`,
      target: `≤ ${targets.largeImportMs} ms`,
      met: p50(large.commit) <= targets.largeImportMs,
    },
  );

  // ——— Prints, as the head. The core's Chromium starts at the first one: timed on its own.
  await signInAs(shell, 'truongban');
  await page.reload();
  const contests = district.contests;
  // Wards (18 criteria) and schools (15 and the prestige) in turn, each contest and unit printed once.
  const wards = contests.filter((contest) => contest.unitType === 'phuong');
  const schools = contests.filter((contest) => contest.unitType !== 'phuong');
  const contestOf = (run: number) => (run % 2 === 0 ? wards : schools)[Math.floor(run / 2) + 1]!;
  const firstOfUnits = contests.filter(
    (contest, index) => contests.findIndex((other) => other.unitId === contest.unitId) === index,
  );
  const unitOf = (run: number) => firstOfUnits[run + 1]!;
  const contestPage = (contest: { id: string }) => `#/results/${district.campaignId}/contest/${contest.id}`;
  const kinds: PrintKind[] = [
    {
      key: 'resultReport',
      label: 'result report of a contest',
      button: 'Báo cáo kết quả',
      at: (run) => ({
        hash: contestPage(contestOf(run)),
        document: { kind: 'resultReport', contestId: contestOf(run).id },
      }),
    },
    {
      key: 'resultNotice',
      label: 'result notice to the person',
      button: 'Thông báo kết quả (gửi người được góp ý)',
      at: (run) => ({
        hash: contestPage(contestOf(run)),
        document: { kind: 'resultNotice', contestId: contestOf(run).id },
      }),
    },
    {
      key: 'countingMinutes',
      label: 'counting minutes of a unit',
      button: 'Biên bản kiểm phiếu',
      at: (run) => ({
        hash: contestPage(unitOf(run)),
        document: { kind: 'countingMinutes', unitId: unitOf(run).unitId },
      }),
    },
    {
      key: 'handOverMinutes',
      label: 'hand-over minutes of a unit',
      button: 'Biên bản bàn giao',
      at: (run) => ({
        hash: contestPage(unitOf(run)),
        document: { kind: 'handOverMinutes', unitId: unitOf(run).unitId },
      }),
    },
    {
      key: 'districtSummary',
      label: 'district summary',
      button: 'Báo cáo tổng hợp toàn quận',
      at: () => ({
        hash: `#/results/${district.campaignId}`,
        document: { kind: 'districtSummary', campaignId: district.campaignId },
      }),
    },
    {
      key: 'drawMinutes',
      label: 'draw minutes',
      button: 'Xem và in biên bản bốc thăm',
      at: () => ({
        hash: `#/campaigns/${district.campaignId}/draw`,
        document: { kind: 'drawMinutes', campaignId: district.campaignId },
      }),
    },
  ];

  /** One print through the screens: the button → the preview, then the PDF button → the PDF handed over. */
  async function printOnce(kind: PrintKind, run: number) {
    await page.goto(at(kind.at(run).hash));
    const opener = page.getByRole('button', { name: kind.button, exact: true });
    await opener.waitFor();
    const opened = await observe(page, [{ name: 'preview', selector: 'dialog[open] iframe.print-preview' }], () =>
      opener.click(),
    );
    const html = (await page.locator('dialog[open] iframe.print-preview').getAttribute('srcdoc')) ?? '';
    const downloaded = page.waitForEvent('download');
    const made = await observe(page, [{ name: 'pdf', download: true }], () =>
      page.locator('dialog[open]').getByRole('button', { name: 'Tải bản PDF (A4)' }).click(),
    );
    const file = await (await downloaded).path();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    return {
      previewMs: opened.since('click', 'preview'),
      pdfMs: made.since('click', 'pdf'),
      previewSplit: opened.split('click', 'print.preview', 'preview'),
      pdfSplit: made.split('click', 'print.pdf', 'pdf'),
      html,
      pdfBytes: statSync(file).size,
    };
  }

  const first = await printOnce(kinds[0]!, -1);
  const prints: PrintFigures[] = [];
  for (const kind of kinds) {
    const figures = {
      kind,
      previewMs: [] as number[],
      pdfMs: [] as number[],
      previewSplit: newSplit(),
      pdfSplit: newSplit(),
      html: '',
      pdfBytes: 0,
    };
    for (let run = 0; run < runs; run += 1) {
      const once = await printOnce(kind, run);
      figures.previewMs.push(once.previewMs);
      figures.pdfMs.push(once.pdfMs);
      keep(figures.previewSplit, once.previewSplit);
      keep(figures.pdfSplit, once.pdfSplit);
      figures.html = once.html;
      figures.pdfBytes = once.pdfBytes;
    }
    prints.push(figures);
  }

  // Where the time goes: the API's calls alone on documents the screens did not print, the
  // first right after the vault opened (charts not kept yet), then again (charts kept), then
  // the PDF; and this benchmark's Chromium printing the same HTML.
  const apiRuns = Math.max(2, Math.ceil(runs / 2));
  for (const figures of prints) {
    const fresh = (run: number): Printable => figures.kind.at(runs + run).document;
    const firstPreview: number[] = [];
    const againPreview: number[] = [];
    const pdf: number[] = [];
    for (let run = 0; run < apiRuns; run += 1) {
      // Signing in again locks and opens the vault: the charts kept are forgotten.
      await signInAs(shell, 'truongban');
      const call = (name: string) => timeEach(1, () => shell.ok(name, { document: fresh(run) }));
      firstPreview.push(...(await call('print.preview')));
      againPreview.push(...(await call('print.preview')));
      pdf.push(...(await call('print.pdf')));
    }
    const alone: Array<{ total: number; phases: number[] }> = [];
    for (let run = 0; run < apiRuns; run += 1) alone.push(await chromiumPdf(browser, figures.html));
    const chromiumOnly = alone.map((one) => one.total);
    const phase = (index: number) => alone.map((one) => one.phases[index]!);
    const images = figures.html.match(/data:image\/png;base64,[A-Za-z0-9+/=]+/g) ?? [];
    const imageBytes = images.reduce((sum, image) => sum + image.length, 0);
    const size =
      `${(figures.html.length / 1000).toFixed(0)} kB of HTML with ${images.length} chart(s) as ` +
      `${(imageBytes / 1000).toFixed(0)} kB of PNG, ${(figures.pdfBytes / 1000).toFixed(0)} kB PDF`;
    sections.push({
      title: `Print: ${figures.kind.label} (${size})`,
      timings: [
        timing('Chromium alone prints the same HTML (baseline)', chromiumOnly),
        timing('  new context and page', phase(0)),
        timing('  setContent (load)', phase(1)),
        timing('  page.pdf', phase(2)),
        timing('  closing the context', phase(3)),
        timing('UI: the print button → preview shown', figures.previewMs),
        ...splitTimings(figures.previewSplit, 'print.preview', 'the preview drawn'),
        timing('UI: "Tải bản PDF (A4)" → PDF handed to the download', figures.pdfMs),
        ...splitTimings(figures.pdfSplit, 'print.pdf', 'download (base64, Blob)'),
        timing('  API print.preview, first after the vault opened', firstPreview),
        timing('  API print.preview again (charts kept)', againPreview),
        timing('  API print.pdf (charts kept)', pdf),
      ],
    });
    lines.push(
      {
        what: `print ${figures.kind.label}: PDF button → PDF`,
        measured: `${ms(p50(figures.pdfMs))} (p95 ${ms(p95(figures.pdfMs))})`,
        baseline: `Chromium alone ${ms(p50(chromiumOnly))}`,
        target: `≤ ${targets.printMs / 1000} s`,
        met: p50(figures.pdfMs) <= targets.printMs,
      },
      {
        what: `print ${figures.kind.label}: button → preview`,
        measured: `${ms(p50(figures.previewMs))} (p95 ${ms(p95(figures.previewMs))})`,
        baseline: `API preview ${ms(p50(firstPreview))} first, ${ms(p50(againPreview))} again`,
        target: `≤ ${targets.printMs / 1000} s`,
        met: p50(figures.previewMs) <= targets.printMs,
      },
    );
  }
  lines.push({
    what: 'the first print after start-up (the core starts its Chromium)',
    measured: `${ms(first.previewMs)} + ${ms(first.pdfMs)}`,
    baseline: 'preview + PDF, result report',
    target: `≤ ${targets.printMs / 1000} s`,
    met: first.previewMs <= targets.printMs && first.pdfMs <= targets.printMs,
  });

  console.log(
    `\nThe screens on a district of ${district.unitCount} units, ${district.subjectCount} people and ` +
      `${district.contests.length} sealed contests of 20 ballots, browser shell in headless Chromium. Times taken in ` +
      'the page: from the click or key as the page received it to the frame after the result showed.',
  );
  for (const section of sections) report(section.title, section.timings);
  targetTable('UI targets', lines);
} finally {
  await cleanUp();
}
