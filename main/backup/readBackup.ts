import { message } from '../../shared/i18n/messages';
import { open } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { locateAgeHeader, maxHeaderSize, openAgeHeader } from './format/ageHeader';
import { PayloadDamaged, PayloadOpener, payloadNonceSize, sealedChunkSize } from './format/agePayload';
import { checkKey, type BackupKey } from './backupKeys';
import type { BackupPhase } from '../../shared/backup/backupSchemas';
import type { BackupProgress } from './backupProgress';
import { fileChunks } from './format/fileChunks';
import { TarFormatError, TarReader, type TarMemberSink } from './format/tarReader';
import type { TarMemberHeader } from './format/tarFormat';

function damaged(vi: string, en: string): AppError {
  return new AppError('BACKUP_DAMAGED', { reason: { vi, en } });
}

/**
 * Decrypts a backup as a stream and hands each tar member to `onMember`, chunk by chunk, each
 * chunk authenticated before it is passed on. Anything wrong with the file is an AppError:
 * BACKUP_NOT_AGE, BACKUP_WRONG_KEY, or BACKUP_DAMAGED naming where (an altered chunk, a file
 * cut short or extended, a malformed archive). Errors thrown by `onMember`'s sinks pass through.
 */
export async function readBackup(
  path: string,
  key: BackupKey,
  onMember: (header: TarMemberHeader) => TarMemberSink,
  onProgress: BackupProgress,
  phase: BackupPhase,
): Promise<void> {
  const checkedKey = checkKey(key);
  let start: Buffer;
  let size: number;
  try {
    const file = await open(path, 'r');
    try {
      size = (await file.stat()).size;
      start = Buffer.alloc(Math.min(size, maxHeaderSize));
      await file.read(start, 0, start.length, 0);
    } finally {
      await file.close();
    }
  } catch {
    throw new AppError('NOT_FOUND', { what: message('core.readBackup.backupFile', { path }) });
  }
  const located = locateAgeHeader(start, path);
  const payloadStart = located.header.length + payloadNonceSize;
  if (size < payloadStart + 16) {
    throw damaged('tệp bị cắt ngắn ngay sau phần đầu', 'the file is cut short right after its header');
  }
  const nonce = start.subarray(located.header.length, payloadStart);
  const payloadKey = await openAgeHeader(located, Buffer.from(nonce), checkedKey);

  const tar = new TarReader(onMember);
  const opener = new PayloadOpener(payloadKey, (plain) => tar.push(plain));
  let done = payloadStart;
  try {
    for await (const chunk of fileChunks(path, payloadStart)) {
      opener.update(chunk);
      done += chunk.length;
      onProgress(done, size, phase);
    }
    opener.finish();
    tar.finish();
  } catch (error) {
    if (error instanceof PayloadDamaged) {
      const offset = payloadStart + error.chunk * sealedChunkSize;
      throw damaged(
        `khối dữ liệu thứ ${error.chunk + 1} (từ byte ${offset}) không xác thực được: tệp đã bị sửa, bị cắt ngắn hoặc bị nối thêm`,
        `data chunk ${error.chunk + 1} (from byte ${offset}) does not authenticate: the file was altered, cut short or extended`,
      );
    }
    if (error instanceof TarFormatError) {
      throw damaged(
        `kho lưu trữ tar sai cấu trúc (${error.message})`,
        `the tar archive is malformed (${error.message})`,
      );
    }
    throw error;
  } finally {
    payloadKey.fill(0);
  }
}
