import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertUser } from '../../../main/vault/userRecords';
import { Vault } from '../../../main/vault/vault';
import {
  adminPassword,
  createTestVault,
  fastScrypt,
  rawConnection,
  vaultKeyFromRecovery,
} from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('audit log tampering', () => {
  const temp = useTempDirectories();

  /** A vault with 8 audit entries, closed, and a raw connection to tamper with it. */
  async function closedVaultWithHistory() {
    const dataDirectory = temp();
    const { vault, admin, recoveryKey } = await createTestVault(dataDirectory);
    for (let index = 1; index <= 6; index += 1) {
      const user = {
        id: randomUUID(),
        login: `nguoi${index}`,
        fullName: `Người ${index}`,
        role: 'counter' as const,
        createdAt: new Date().toISOString(),
      };
      vault.store.write(admin, 'user.added', { userId: user.id, login: user.login }, (db) => insertUser(db, user));
    }
    expect(vault.maintenance.verifyAudit()).toEqual({
      ok: true,
      entriesChecked: 8,
      anchorSequence: expect.any(Number),
      firstProblem: null,
      anchors: [],
    });
    vault.lock.lock('manual');
    const raw = rawConnection(dataDirectory, vaultKeyFromRecovery(dataDirectory, recoveryKey));
    const reopenAndVerify = async () => {
      if (raw.open) raw.close();
      const reopened = new Vault({ dataDirectory, scryptCost: fastScrypt });
      await reopened.keyring.signIn('quantri', adminPassword);
      const report = reopened.maintenance.verifyAudit();
      reopened.lock.lock('manual');
      return report;
    };
    return { raw, reopenAndVerify };
  }

  it('an untouched log verifies, across locks and sign-ins', async () => {
    const { reopenAndVerify } = await closedVaultWithHistory();
    await expect(reopenAndVerify()).resolves.toMatchObject({ ok: true, entriesChecked: 9, anchorSequence: 8 });
  });

  it('names an edited entry', async () => {
    const { raw, reopenAndVerify } = await closedVaultWithHistory();
    raw.prepare(`UPDATE audit_log SET details = '{"login":"someone-else"}' WHERE sequence = 4`).run();
    await expect(reopenAndVerify()).resolves.toMatchObject({
      ok: false,
      firstProblem: { sequence: 4, kind: 'changed' },
    });
  });

  it('names an edit that recomputes the entry’s own hash: the next link breaks', async () => {
    const { raw, reopenAndVerify } = await closedVaultWithHistory();
    const { auditHash } = await import('../../../main/vault/audit/auditChain');
    const row = raw.prepare('SELECT * FROM audit_log WHERE sequence = 4').get() as Record<
      string,
      string | number | null
    >;
    const details = '{"login":"someone-else"}';
    const hash = auditHash({
      sequence: 4,
      at: String(row.at),
      userId: row.user_id as string | null,
      userLogin: row.user_login as string | null,
      role: row.role as string | null,
      event: String(row.event),
      details,
      previousHash: String(row.previous_hash),
    });
    raw.prepare('UPDATE audit_log SET details = ?, hash = ? WHERE sequence = 4').run(details, hash);
    await expect(reopenAndVerify()).resolves.toMatchObject({
      ok: false,
      firstProblem: { sequence: 5, kind: 'broken-link' },
    });
  });

  it('names a deleted entry', async () => {
    const { raw, reopenAndVerify } = await closedVaultWithHistory();
    raw.prepare('DELETE FROM audit_log WHERE sequence = 3').run();
    await expect(reopenAndVerify()).resolves.toMatchObject({
      ok: false,
      firstProblem: { sequence: 3, kind: 'missing' },
    });
  });

  it('names reordered entries', async () => {
    const { raw, reopenAndVerify } = await closedVaultWithHistory();
    raw.exec(`
      UPDATE audit_log SET sequence = 100 WHERE sequence = 5;
      UPDATE audit_log SET sequence = 5 WHERE sequence = 6;
      UPDATE audit_log SET sequence = 6 WHERE sequence = 100;
    `);
    await expect(reopenAndVerify()).resolves.toMatchObject({
      ok: false,
      firstProblem: { sequence: 5, kind: 'changed' },
    });
  });

  it('detects a truncated tail through the anchor kept in the header', async () => {
    const { raw, reopenAndVerify } = await closedVaultWithHistory();
    raw.prepare('DELETE FROM audit_log WHERE sequence > 6').run();
    // The sign-in adds entry 7 after the cut; the anchor still says 8 entries were written.
    await expect(reopenAndVerify()).resolves.toMatchObject({
      ok: false,
      anchorSequence: 8,
      firstProblem: { sequence: 8, kind: 'truncated' },
    });
  });

  it('keeps the evidence when new entries are written over a truncated tail', async () => {
    const { raw, reopenAndVerify } = await closedVaultWithHistory();
    raw.prepare('DELETE FROM audit_log WHERE sequence > 6').run();
    await reopenAndVerify(); // entry 7
    const second = await reopenAndVerify(); // entry 8, not the one the anchor names
    expect(second).toMatchObject({
      ok: false,
      anchorSequence: 8,
      firstProblem: { sequence: 8, kind: 'anchor-mismatch' },
    });
  });
});
