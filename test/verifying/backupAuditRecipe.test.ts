// Issue 23: VERIFYING.md §3–4 run as printed against a backup the real app made to an archive
// key (a real age file): decrypt it with the age tool, list and extract it with tar, check every
// member against manifest.json (tools/check_backup.py), then recompute the audit chain of
// audit.jsonl from its first entry (tools/verify_audit_chain.py) and find in it the anchor printed
// at the foot of the counting minutes, the manifest's and the one signed into the sealed result.
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditHash, genesisHash } from '../../main/vault/audit/auditChain';
import { canonicalJson } from '../../shared/canonicalJson';
import { hasPdfTools } from '../helpers/pdfText';
import { signedContest } from '../helpers/testBackup';
import { useTempDirectories } from '../helpers/tempDirectory';
import { recipeFolder, runRecipe } from '../helpers/verifyingGuide';

const haveAge = existsSync('/usr/bin/age') || spawnSync('age', ['--version']).status === 0;
if (!haveAge)
  console.warn('[verifying] SKIPPED the backup and audit recipes: they need the age tool (apt package "age")');

interface AuditLine {
  sequence: number;
  details: string;
  hash: string;
}

describe.runIf(haveAge)('VERIFYING.md: a backup and its audit chain, with age, tar and python3', () => {
  const temp = useTempDirectories();

  /**
   * A vault with a sealed, signed result, its minutes previewed (and, with `pdf`, printed to PDF
   * by Chromium as bien-ban-kiem-phieu.pdf), backed up to a new archive key.
   */
  async function backedUp({ pdf = false } = {}) {
    const { core, admin, head, school, sealed, identity: signer, recoveryKey } = await signedContest(temp());
    const canonical = JSON.parse((await head.ok('results.canonical', { sealId: sealed.id })).json) as {
      auditAnchor: { sequence: number; hash: string };
    };
    const { html } = await head.ok('print.preview', { document: { kind: 'countingMinutes', unitId: school.unitId } });
    const footer = /Mốc nhật ký kiểm toán khi in: mục số (\d+), mã ([0-9a-f ]+)</.exec(html);
    expect(footer).not.toBeNull();
    const printed = pdf
      ? await head.ok('print.pdf', { document: { kind: 'countingMinutes', unitId: school.unitId } })
      : null;
    const backupFolder = temp();
    await admin.ok('backup.configure', { folder: backupFolder, keep: 3 });
    const { identity } = await admin.ok('backup.generateKey', { label: 'Văn thư lưu trữ' });
    const made = await admin.ok('backup.export', { to: 'recipients' });
    const verified = await admin.ok('audit.verify', {});
    core.shutdown();

    const folder = recipeFolder(temp());
    copyFileSync(join(backupFolder, made.fileName), join(folder, made.fileName));
    writeFileSync(join(folder, 'khoa-luu-tru.txt'), `${identity}\n`, { mode: 0o600 });
    if (printed) writeFileSync(join(folder, 'bien-ban-kiem-phieu.pdf'), Buffer.from(printed.pdfBase64, 'base64'));
    return {
      folder,
      made,
      verified,
      sealAnchor: canonical.auditAnchor,
      printed: { sequence: Number(footer![1]), groups: footer![2]!.trim() },
      contestId: school.id,
      fingerprint: signer.fingerprint as string,
      recoveryKey,
    };
  }

  const hexOnly = (text: string) => text.replace(/[^0-9a-f]/gi, '').toLowerCase();

  it('opens the vault inside the backup with the recovery key: header MAC, every page, the ballot count', async () => {
    const { folder, made, recoveryKey } = await backedUp();
    expect(runRecipe('backup-archive-key', folder, { BACKUP: made.fileName }).status).toBe(0);
    const opened = runRecipe('backup-vault', folder, { KHOA_KHOI_PHUC: recoveryKey });
    expect(opened.status, opened.stderr).toBe(0);
    expect(opened.stdout).toContain('integrity_check: ok\n');
    expect(opened.stdout).toMatch(/ballots: [1-9]\d*\n/);

    const headerPath = join(folder, 'sao-luu', 'vault.header.json');
    const header = JSON.parse(readFileSync(headerPath, 'utf8')) as { vaultName: string };
    writeFileSync(headerPath, JSON.stringify({ ...header, vaultName: `${header.vaultName} (sửa)` }, null, 2));
    const altered = runRecipe('backup-vault', folder, { KHOA_KHOI_PHUC: recoveryKey });
    expect(altered.status).not.toBe(0);
    expect(altered.stderr).toContain('altered');
  });

  // util-linux `script` feeds the terminal (macOS's BSD `script` takes other arguments).
  it.runIf(process.platform === 'linux')(
    'decrypts a passphrase backup with the passphrase typed at the terminal, as the guide says',
    async () => {
      const { core, admin } = await signedContest(temp());
      const backupFolder = temp();
      await admin.ok('backup.configure', { folder: backupFolder, keep: 3 });
      const passphrase = 'Cụm mật khẩu sao lưu năm 2026';
      const made = await admin.ok('backup.export', { to: 'passphrase', passphrase });
      core.shutdown();
      const copy = () => {
        const folder = recipeFolder(temp());
        copyFileSync(join(backupFolder, made.fileName), join(folder, made.fileName));
        return folder;
      };

      const typed = runRecipe('backup-passphrase', copy(), { BACKUP: made.fileName }, [passphrase]);
      expect(typed.status, typed.stdout + typed.stderr).toBe(0);
      expect(typed.stdout).toContain('Enter passphrase:');
      expect(typed.stdout).toContain('all 6 members match the manifest');

      // A wrong passphrase, and the right one in decomposed form (age does not normalise): refused.
      for (const wrong of ['Cụm mật khẩu sai', passphrase.normalize('NFD')]) {
        const refused = runRecipe('backup-passphrase', copy(), { BACKUP: made.fileName }, [wrong]);
        expect(refused.status).not.toBe(0);
        expect(refused.stdout + refused.stderr).toMatch(/incorrect passphrase|no identity matched/);
      }
    },
  );

  it.runIf(hasPdfTools)('reads the anchor off the printed minutes (PDF) and finds it in the chain', async () => {
    const { folder, made } = await backedUp({ pdf: true });
    expect(runRecipe('backup-archive-key', folder, { BACKUP: made.fileName }).status).toBe(0);
    const fromPdf = runRecipe('audit-anchor-from-pdf', folder);
    expect(fromPdf.status, fromPdf.stderr + fromPdf.stdout).toBe(0);
    // All sixteen groups were read, and the tool found that entry with that hash.
    const read = /anchor read from the PDF: (\d+): ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})$/m.exec(fromPdf.stdout);
    expect(read, fromPdf.stdout).not.toBeNull();
    const chain = readFileSync(join(folder, 'sao-luu', 'audit.jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    const entry = JSON.parse(chain[Number(read![1]) - 1]!) as AuditLine;
    expect(entry.hash).toBe(read![2]!.replace(/ /g, ''));
    expect(fromPdf.stdout).toContain(`anchor found: ${read![1]}:`);

    // Minutes printed from another vault carry another anchor: not found.
    const other = await backedUp({ pdf: true });
    copyFileSync(join(other.folder, 'bien-ban-kiem-phieu.pdf'), join(folder, 'bien-ban-kiem-phieu.pdf'));
    const foreign = runRecipe('audit-anchor-from-pdf', folder);
    expect(foreign.status).not.toBe(0);
    expect(foreign.stdout + foreign.stderr).toContain('ANCHOR LOST');
  });

  it("checks each sealed result's signature in the backup with openssl and prints the signer's fingerprint", async () => {
    const { folder, made, contestId, fingerprint } = await backedUp();
    expect(runRecipe('backup-archive-key', folder, { BACKUP: made.fileName }).status).toBe(0);
    const checked = runRecipe('backup-result-signatures', folder);
    expect(checked.status, checked.stderr + checked.stdout).toBe(0);
    expect(checked.stdout).toContain(`sao-luu/results/${contestId}-1.json`);
    expect(checked.stderr).toContain('CMS Verification successful');
    expect(hexOnly(checked.stdout)).toContain(hexOnly(fingerprint));

    // One byte of the result changed after the backup was made: the signature no longer holds.
    const resultPath = join(folder, 'sao-luu', 'results', `${contestId}-1.json`);
    writeFileSync(resultPath, readFileSync(resultPath, 'utf8').replace('"', "'"));
    const altered = runRecipe('backup-result-signatures', folder);
    expect(altered.status).not.toBe(0);
    expect(altered.stderr).toContain('Verification failure');
  });

  it('decrypts the backup, checks every member, recomputes the chain and finds the anchors', async () => {
    const { folder, made, verified, sealAnchor, printed } = await backedUp();
    const variables = { BACKUP: made.fileName };

    const extracted = runRecipe('backup-archive-key', folder, variables);
    expect(extracted.status, extracted.stderr + extracted.stdout).toBe(0);
    const okLines = extracted.stdout.split('\n').filter((line) => line.startsWith('ok  '));
    // vault.header.json, vault.db, audit.jsonl, and the result's .json, .p7s and .pem.
    expect(made.members).toBe(7);
    expect(okLines).toHaveLength(6);
    for (const name of ['vault.header.json', 'vault.db', 'audit.jsonl', '.json', '.p7s', '.pem'])
      expect(okLines.some((line) => line.endsWith(name))).toBe(true);
    expect(extracted.stdout).toContain('thứ tự / order: manifest.json first, then the 6 members as listed');
    expect(extracted.stdout).toContain('all 6 members match the manifest (1 sealed result(s) with their digests)');

    // The anchor exactly as the minutes print it: "mục số N, mã 9f2c 77ab …", its first four groups.
    const typed = `${printed.sequence}: ${printed.groups.split(' ').slice(0, 4).join(' ')}`;
    const chain = runRecipe('audit-chain', folder, { ANCHOR: typed });
    expect(chain.status, chain.stderr + chain.stdout).toBe(0);
    const head = made.auditAnchor!;
    expect(head.sequence).toBe(made.counts.auditEntries);
    expect(chain.stdout).toContain(`mục / entries: ${head.sequence}\n`);
    expect(chain.stdout).toContain(`đầu chuỗi / head: ${head.sequence} ${head.hash}\n`);
    expect(chain.stdout).toContain(`anchor found: ${typed.replace(/\s/g, '')} (--anchor)`);
    expect(chain.stdout).toContain(`anchor found: ${head.sequence}:${head.hash.slice(0, 16)}… (sao-luu/manifest.json)`);
    // The app's own check of the vault saw the same chain (and the export's entry after the snapshot).
    expect(verified).toMatchObject({ ok: true, firstProblem: null });
    expect(verified.entriesChecked).toBe(head.sequence + 1);
    expect(printed.sequence).toBeLessThan(head.sequence);

    const sealed = runRecipe('audit-result-anchor', folder);
    expect(sealed.status, sealed.stderr + sealed.stdout).toBe(0);
    expect(sealed.stdout).toMatch(
      new RegExp(
        `anchor found: ${sealAnchor.sequence}:${sealAnchor.hash.slice(0, 16)}… \\(sao-luu/results/.+-1\\.json\\)`,
      ),
    );
  });

  it('fails on an edited entry, a removed entry, a wrong anchor, and a member changed after extraction', async () => {
    const { folder, made, printed, contestId } = await backedUp();
    expect(runRecipe('backup-archive-key', folder, { BACKUP: made.fileName }).status).toBe(0);
    const auditPath = join(folder, 'sao-luu', 'audit.jsonl');
    const original = readFileSync(auditPath, 'utf8');
    const lines = original.trimEnd().split('\n');
    const anchor = `${printed.sequence}:${printed.groups}`;
    expect(runRecipe('audit-chain', folder, { ANCHOR: anchor }).status).toBe(0);

    // One entry's details edited, its stored hash left as it was: that entry is named.
    const editedIndex = lines.findIndex((line) => (JSON.parse(line) as AuditLine).details.includes('NP-0012'));
    expect(editedIndex).toBeGreaterThan(0);
    const edited = JSON.parse(lines[editedIndex]!) as AuditLine;
    const tampered = lines.with(
      editedIndex,
      JSON.stringify({ ...edited, details: edited.details.replace('NP-0012', 'NP-0013') }),
    );
    writeFileSync(auditPath, `${tampered.join('\n')}\n`);
    const changed = runRecipe('audit-chain', folder, { ANCHOR: anchor });
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain(`HỎNG / BROKEN: entry ${edited.sequence} was changed`);

    // One entry removed from the middle: the gap is named.
    writeFileSync(auditPath, `${lines.toSpliced(4, 1).join('\n')}\n`);
    const removed = runRecipe('audit-chain', folder, { ANCHOR: anchor });
    expect(removed.status).toBe(1);
    expect(removed.stderr).toContain('HỎNG / BROKEN: entry 5 is missing (line 5 holds entry 6)');

    // The last entry removed: the chain itself holds, the manifest's anchor says it is cut.
    writeFileSync(auditPath, `${lines.slice(0, -1).join('\n')}\n`);
    const cut = runRecipe('audit-chain', folder, { ANCHOR: anchor });
    expect(cut.status).toBe(1);
    expect(cut.stderr).toContain(`MẤT MỐC / ANCHOR LOST: sao-luu/manifest.json counts ${lines.length} audit entries`);

    // The genuine chain against a wrong printed anchor (one digit changed) and one past its end.
    writeFileSync(auditPath, original);
    const wrongDigit = printed.groups.startsWith('0') ? '1' : '0';
    const wrong = runRecipe('audit-chain', folder, {
      ANCHOR: `${printed.sequence}:${wrongDigit}${printed.groups.slice(1)}`,
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`MẤT MỐC / ANCHOR LOST: --anchor: anchor ${printed.sequence}:`);
    const beyond = runRecipe('audit-chain', folder, { ANCHOR: `${lines.length + 5}:${printed.groups}` });
    expect(beyond.status).toBe(1);
    expect(beyond.stderr).toContain(`the chain ends at entry ${lines.length}`);
    expect(runRecipe('audit-chain', folder, { ANCHOR: anchor }).status).toBe(0);

    // A member changed after extraction: the manifest check fails and names it.
    expect(runRecipe('backup-recheck', folder).status).toBe(0);
    const resultPath = join(folder, 'sao-luu', 'results', `${contestId}-1.json`);
    const result = readFileSync(resultPath, 'utf8');
    writeFileSync(resultPath, result.replace('"envelopeSeal":"NP-0012"', '"envelopeSeal":"NP-0013"'));
    const altered = runRecipe('backup-recheck', folder);
    expect(altered.status).toBe(1);
    expect(altered.stdout).toContain(`SAI / MISMATCH   results/${contestId}-1.json`);
    expect(altered.stdout).toContain('5 of 6 members ok');
    expect(altered.stderr).toContain(`results/${contestId}-1.json: not the sealed digest`);
    writeFileSync(resultPath, result);

    // An extra file, and a missing one.
    appendFileSync(join(folder, 'sao-luu', 'ghi-chu.txt'), 'thêm\n');
    const extra = runRecipe('backup-recheck', folder);
    expect(extra.status).toBe(1);
    expect(extra.stdout).toContain('THỪA / EXTRA     ghi-chu.txt');
    rmSync(join(folder, 'sao-luu', 'ghi-chu.txt'));
    rmSync(join(folder, 'sao-luu', 'vault.db'));
    const missing = runRecipe('backup-recheck', folder);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('THIẾU / MISSING  vault.db');
  });

  it('hashes every string as the app does: escapes, Vietnamese, U+2028, emoji, null users', () => {
    // A chain made with the app's own auditHash and canonicalJson, from awkward text.
    const awkward = 'Nguyễn Thị Ánh "Ánh" \\ \u0000\u0001\u001f\b\t\n\f\r\u007f\u2028\u2029 😀 ǅ \ud800';
    let previousHash = genesisHash;
    const lines: string[] = [];
    for (const [index, actor] of [null, { id: 'u-1', login: awkward, role: 'head' }].entries()) {
      const record = {
        sequence: index + 1,
        at: new Date(Date.UTC(2026, 10, 30, 8, 15, 2, 123)).toISOString(),
        userId: actor?.id ?? null,
        userLogin: actor?.login ?? null,
        role: actor?.role ?? null,
        event: 'test.event',
        details: canonicalJson({ text: awkward, [awkward]: [1, -2, true, null, { z: 0, a: '' }] }),
        previousHash,
      };
      previousHash = auditHash(record);
      lines.push(JSON.stringify({ ...record, hash: previousHash }));
    }
    const folder = recipeFolder(temp());
    writeFileSync(join(folder, 'audit.jsonl'), `${lines.join('\n')}\n`);
    const run = spawnSync('python3', ['tools/verify_audit_chain.py', 'audit.jsonl', '--anchor', `0:${genesisHash}`], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`đầu chuỗi / head: 2 ${previousHash}\n`);
  });
});
