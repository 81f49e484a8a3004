import { describe, expect, it } from 'vitest';
import { auditHash } from '../../../main/vault/audit/auditChain';
import { recordOfRow, type StoredAuditRow } from '../../../main/vault/audit/auditLog';
import { readHeader, signHeader, writeHeader } from '../../../main/vault/header/headerFile';
import { vaultFiles } from '../../../main/vault/vaultFiles';
import { runCommandLine } from '../../helpers/cliRun';
import { reopenedCore, type TestClient } from '../../helpers/testCore';
import { signedContest } from '../../helpers/testBackup';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { adminPassword, rawConnection, vaultKeyFromRecovery } from '../../helpers/testVault';

/**
 * What an insider can do with the vault key (any user's password, or the recovery key, yields it):
 * change one entry's details, re-hash every entry from there on, and re-MAC the header's anchor
 * to the new tail. The chain and the header then agree with each other perfectly.
 */
function rewriteHistory(dataDirectory: string, key: Buffer, sequence: number, details: string): void {
  const raw = rawConnection(dataDirectory, key);
  try {
    const rows = raw
      .prepare('SELECT * FROM audit_log WHERE sequence >= ? ORDER BY sequence')
      .all(sequence) as StoredAuditRow[];
    let previousHash = rows[0]!.previous_hash;
    const update = raw.prepare('UPDATE audit_log SET details = ?, previous_hash = ?, hash = ? WHERE sequence = ?');
    raw.transaction(() => {
      for (const row of rows) {
        const changed = row.sequence === sequence ? details : row.details;
        const hash = auditHash({ ...recordOfRow(row), details: changed, previousHash });
        update.run(changed, previousHash, hash, row.sequence);
        previousHash = hash;
      }
    })();
    const tail = raw.prepare('SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1').get() as {
      sequence: number;
      hash: string;
    };
    const path = vaultFiles(dataDirectory).header;
    const { mac: _mac, ...header } = readHeader(path);
    writeHeader(path, signHeader({ ...header, auditAnchor: tail }, key));
  } finally {
    raw.close();
  }
}

/** The anchor line at the foot of a print, as someone would type it back: "N:hash". */
async function printedAnchor(client: TestClient, unitId: string): Promise<string> {
  const { html } = await client.ok('print.preview', { document: { kind: 'countingMinutes', unitId } });
  const line = /Mốc nhật ký kiểm toán khi in: mục số (\d+), mã ([0-9a-f ]+)</.exec(html);
  expect(line).not.toBeNull();
  return `${line![1]}:${line![2]!.replaceAll(' ', '')}`;
}

describe('audit anchors: a rewritten history no longer leads to what was sealed, printed or backed up', () => {
  const temp = useTempDirectories();

  async function sealedAndPrinted() {
    const dataDirectory = temp();
    const opened = await signedContest(dataDirectory);
    const { head, school, sealed } = opened;
    const canonical = JSON.parse((await head.ok('results.canonical', { sealId: sealed.id })).json) as {
      auditAnchor: { sequence: number; hash: string };
    };
    const printed = await printedAnchor(head, school.unitId);
    return { ...opened, dataDirectory, sealAnchor: canonical.auditAnchor, printed };
  }

  it('signs the chain’s head into the sealed result, and an untouched vault leads to it and to the printed anchor', async () => {
    const { core, admin, head, school, sealAnchor, printed } = await sealedAndPrinted();
    try {
      expect(sealAnchor.sequence).toBeGreaterThan(10);
      expect(sealAnchor.hash).toMatch(/^[0-9a-f]{64}$/);
      const report = await admin.ok('audit.verify', {
        anchors: [{ sequence: Number(printed.split(':')[0]), hash: printed.split(':')[1]!.slice(0, 16) }],
      });
      expect(report).toMatchObject({ ok: true, firstProblem: null });
      expect(report.anchors.map((anchor) => [anchor.source, anchor.holds])).toEqual([
        ['seal', true],
        ['typed', true],
      ]);
      expect(report.anchors[0]!.label).toMatch(/ — THCS Ngọc Lâm #1$/);
      // A blank ballot carries no anchor: ballots printed at different moments must not differ.
      const ballot = await head.ok('print.preview', {
        document: { kind: 'blankBallot', versionId: school.templateVersionId },
      });
      expect(ballot.html).not.toContain('<p class="audit-anchor"');
      expect(report.anchors[0]).toMatchObject({ sequence: sealAnchor.sequence, hash: sealAnchor.hash });
    } finally {
      core.shutdown();
    }
  });

  it('a rewrite before the seal, re-hashed and re-MACed, is reported by audit verify and vault check', async () => {
    const { core, dataDirectory, recoveryKey, sealAnchor } = await sealedAndPrinted();
    core.shutdown();
    rewriteHistory(dataDirectory, vaultKeyFromRecovery(dataDirectory, recoveryKey), 3, '{"login":"ai-khac"}');

    const reopened = await reopenedCore(dataDirectory);
    try {
      const report = await reopened.admin.ok('audit.verify', {});
      expect(report).toMatchObject({ ok: false, firstProblem: { sequence: sealAnchor.sequence, kind: 'anchor-lost' } });
      expect(report.anchors).toEqual([expect.objectContaining({ source: 'seal', holds: false })]);
      const check = await reopened.admin.ok('vault.check', {});
      expect(check.audit).toMatchObject({ ok: false, firstProblem: { kind: 'anchor-lost' } });
    } finally {
      reopened.core.shutdown();
    }
  });

  it('a rewrite after the seal but before a print is caught by the anchor typed from that print', async () => {
    const { core, dataDirectory, recoveryKey, sealAnchor, printed } = await sealedAndPrinted();
    core.shutdown();
    rewriteHistory(dataDirectory, vaultKeyFromRecovery(dataDirectory, recoveryKey), sealAnchor.sequence + 1, '{}');

    const reopened = await reopenedCore(dataDirectory);
    try {
      // The seal's own anchor is older than the rewrite: it still holds.
      expect(await reopened.admin.ok('audit.verify', {})).toMatchObject({ ok: true });
      const [sequence, hash] = printed.split(':') as [string, string];
      const report = await reopened.admin.ok('audit.verify', { anchors: [{ sequence: Number(sequence), hash }] });
      expect(report).toMatchObject({ ok: false, firstProblem: { kind: 'anchor-lost' } });
      expect(report.anchors.find((anchor) => anchor.source === 'typed')).toMatchObject({ holds: false });
    } finally {
      reopened.core.shutdown();
    }

    // The command line, with the anchor typed as printed (groups and all).
    const base = ['--data-dir', dataDirectory, '--user', 'quantri', 'audit', 'verify'];
    const [sequence, hash] = printed.split(':') as [string, string];
    const typed = `${sequence}: ${hash.match(/.{4}/g)!.join(' ')}`;
    const cli = await runCommandLine([...base, '--anchor', typed], [adminPassword]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`Mốc (gõ từ giấy) ${sequence}:${hash}: mục ${sequence}, KHÔNG KHỚP`);
    expect(cli.stdout).toMatch(/Mốc \(kết quả niêm phong\) .* khớp/);
    expect(cli.stderr).toContain('Nhật ký không còn dẫn tới một mốc ghi bên ngoài');
    const unreadable = await runCommandLine([...base, '--anchor', `${sequence}:abc`], [adminPassword]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('--anchor «');
  });

  it('re-anchoring the sealed result too breaks its digest and signature, and is reported', async () => {
    const { core, dataDirectory, recoveryKey, sealed } = await sealedAndPrinted();
    core.shutdown();
    const key = vaultKeyFromRecovery(dataDirectory, recoveryKey);
    rewriteHistory(dataDirectory, key, 3, '{"login":"ai-khac"}');
    // The insider now points the seal's anchor at the rewritten chain and fixes its digest column.
    const raw = rawConnection(dataDirectory, key);
    const { createHash } = await import('node:crypto');
    const row = raw.prepare('SELECT canonical_json FROM result_seals WHERE id = ?').get(sealed.id) as {
      canonical_json: string;
    };
    const result = JSON.parse(row.canonical_json) as { auditAnchor: { sequence: number; hash: string } };
    const newHash = (
      raw.prepare('SELECT hash FROM audit_log WHERE sequence = ?').get(result.auditAnchor.sequence) as { hash: string }
    ).hash;
    const json = row.canonical_json.replace(result.auditAnchor.hash, newHash);
    raw.pragma('recursive_triggers = OFF');
    const triggers = raw
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'result_seals'`)
      .all() as Array<{ name: string; sql: string }>;
    for (const trigger of triggers) raw.exec(`DROP TRIGGER ${trigger.name}`);
    raw
      .prepare('UPDATE result_seals SET canonical_json = ?, digest = ? WHERE id = ?')
      .run(json, createHash('sha256').update(json).digest('hex'), sealed.id);
    for (const trigger of triggers) raw.exec(trigger.sql);
    raw.close();

    const reopened = await reopenedCore(dataDirectory);
    try {
      const report = await reopened.admin.ok('audit.verify', {});
      expect(report).toMatchObject({ ok: false, firstProblem: { kind: 'anchor-lost' } });
      expect(report.anchors).toEqual([expect.objectContaining({ source: 'seal', holds: false, hash: '' })]);
    } finally {
      reopened.core.shutdown();
    }
  });

  it('a backup records the chain’s head; verifying it says whether this vault still leads there', async () => {
    const { core, admin, dataDirectory, recoveryKey } = await sealedAndPrinted();
    await admin.ok('backup.configure', { folder: temp(), keep: 3 });
    const { identity } = await admin.ok('backup.generateKey', { label: 'Văn thư lưu trữ' });
    const made = await admin.ok('backup.export', { to: 'recipients' });
    expect(made.auditAnchor?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await admin.ok('backup.verify', { fileName: made.fileName, key: { identity } })).toMatchObject({
      auditAnchor: made.auditAnchor,
      auditAnchorHolds: true,
    });
    core.shutdown();
    // A rewrite after the seal: the seal's anchor cannot see it, the backup's can.
    rewriteHistory(
      dataDirectory,
      vaultKeyFromRecovery(dataDirectory, recoveryKey),
      made.auditAnchor!.sequence - 1,
      '{}',
    );
    const reopened = await reopenedCore(dataDirectory);
    try {
      const verified = await reopened.admin.ok('backup.verify', { fileName: made.fileName, key: { identity } });
      expect(verified).toMatchObject({ auditAnchor: made.auditAnchor, auditAnchorHolds: false });
    } finally {
      reopened.core.shutdown();
    }
  });
});
