// Run by crashSafety.test.ts (bundled by esbuild): signs in, then commits records as fast as it
// can, printing "ack <n>" after each commit returns. The parent kills it with SIGKILL at a random
// moment; every acknowledged record must then be in the vault.
import { randomUUID } from 'node:crypto';
import { insertUser } from '../../../../main/vault/userRecords';
import { Vault } from '../../../../main/vault/vault';

const [dataDirectory, login, password, startAt] = process.argv.slice(2);
const vault = new Vault({ dataDirectory: dataDirectory!, scryptCost: { log2N: 10, r: 8, p: 1 } });
const admin = await vault.keyring.signIn(login!, password!);

let next = Number(startAt);
function commitSome(): void {
  for (let batch = 0; batch < 5; batch += 1) {
    const user = {
      id: randomUUID(),
      login: `crash${next}`,
      fullName: `Bản ghi ${next}`,
      role: 'counter' as const,
      createdAt: new Date().toISOString(),
    };
    vault.store.write(admin, 'user.added', { userId: user.id, login: user.login }, (db) => insertUser(db, user));
    process.stdout.write(`ack ${next}\n`);
    next += 1;
  }
  // Yield so the header's audit anchor gets written too and can be caught half-way.
  setImmediate(commitSome);
}
process.stdout.write('ready\n');
commitSome();
