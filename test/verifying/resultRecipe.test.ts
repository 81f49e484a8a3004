// Issue 23: VERIFYING.md §1–2 run as printed against a result the real app sealed and signed,
// and the counting minutes it printed (real Chromium PDF): split and verify the package with
// python3 and openssl, then compare it with the paper — the digest's groups in the PDF's text,
// the digest in its QR code (zbarimg) and the signer's fingerprint.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../main/base/findBrowser';
import { formatDigest } from '../../shared/results/digestGroups';
import { hasPdfTools } from '../helpers/pdfText';
import { signedContest } from '../helpers/testBackup';
import { useTempDirectories } from '../helpers/tempDirectory';
import { recipeFolder, runRecipe } from '../helpers/verifyingGuide';

const hasZbar = spawnSync('zbarimg', ['--version']).status === 0;
const canRun = hasPdfTools && hasZbar && findBrowser() !== null;
if (!canRun)
  console.warn(
    '[verifying] SKIPPED the result recipes: they need pdftotext/pdftoppm (poppler-utils), zbarimg (zbar-tools) and Chromium',
  );

describe.runIf(canRun)('VERIFYING.md: a sealed result package and its paper minutes', () => {
  const temp = useTempDirectories();

  /** A contest sealed and signed by the app, its package, its minutes as PDF, and what the app says of them. */
  async function sealedAndPrinted() {
    const { core, head, school, sealed, identity } = await signedContest(temp());
    const exported = await head.ok('results.exportPackage', { sealId: sealed.id });
    const minutes = await head.ok('print.pdf', { document: { kind: 'countingMinutes', unitId: school.unitId } });
    core.shutdown();
    const folder = recipeFolder(temp());
    writeFileSync(join(folder, 'ket-qua.kqkp.json'), Buffer.from(exported.contentBase64, 'base64'));
    writeFileSync(join(folder, 'bien-ban.pdf'), Buffer.from(minutes.pdfBase64, 'base64'));
    return { folder, digest: sealed.digest, fingerprint: identity.fingerprint as string };
  }

  it('splits the package, checks the digest and the signature with openssl, and matches the paper', async () => {
    const { folder, digest, fingerprint } = await sealedAndPrinted();

    const split = runRecipe('result-package', folder);
    expect(split.status, split.stderr).toBe(0);
    expect(split.stdout).toContain(`mã băm / digest:    ${formatDigest(digest)}`);
    expect(split.stdout).toContain(`${digest}  result.json`);
    expect(split.stderr).toContain('CMS Verification successful');
    expect(split.stdout).toContain(`sha256 Fingerprint=`);
    expect(split.stdout).toContain('result.json is canonical JSON');
    expect(split.stdout.replace(/:/g, '').toLowerCase()).toContain(fingerprint.replace(/[\s:]/g, '').toLowerCase());

    const paper = runRecipe('result-paper', folder);
    expect(paper.status, paper.stderr + paper.stdout).toBe(0);
    expect(paper.stdout).toContain(`QR: ${digest}`);
    expect(paper.stdout).toContain('mã băm trên giấy khớp / digest on paper matches');
    expect(paper.stdout).toContain('mã QR khớp / QR code matches');
    expect(paper.stdout).toContain('dấu vân tay khớp / fingerprint matches');
  });

  it('fails when a single byte of the signed result changed, or the paper is another result’s', async () => {
    const { folder } = await sealedAndPrinted();
    const packageFile = join(folder, 'ket-qua.kqkp.json');
    const original = readFileSync(packageFile, 'utf8');
    const parsed = JSON.parse(original) as { result: string };
    // One mark moved in the signed text, the stated digest left as it was.
    writeFileSync(
      packageFile,
      JSON.stringify({
        ...parsed,
        result: parsed.result.replace('"envelopeSeal":"NP-0012"', '"envelopeSeal":"NP-0013"'),
      }),
    );
    const altered = runRecipe('result-package', folder);
    expect(altered.status).not.toBe(0);
    expect(altered.stderr).toContain('INVALID');

    // A package whose own digest was recomputed still fails openssl's check of the signature.
    const text = parsed.result.replace('"envelopeSeal":"NP-0012"', '"envelopeSeal":"NP-0013"');
    const digest = spawnSync('sha256sum', { input: text, encoding: 'utf8' }).stdout.slice(0, 64);
    writeFileSync(packageFile, JSON.stringify({ ...parsed, result: text, digest }));
    const resigned = runRecipe('result-package', folder);
    expect(resigned.status).not.toBe(0);
    expect(resigned.stderr).toContain('Verification failure');

    // The genuine package against minutes of another result: the paper check says so.
    writeFileSync(packageFile, original);
    expect(runRecipe('result-package', folder).status).toBe(0);
    const other = await sealedAndPrinted();
    writeFileSync(join(folder, 'bien-ban.pdf'), readFileSync(join(other.folder, 'bien-ban.pdf')));
    const mismatch = runRecipe('result-paper', folder);
    expect(mismatch.status).not.toBe(0);
  });
});
