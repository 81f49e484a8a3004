import { describe, expect, it } from 'vitest';
import { AppError, errorCatalogue, errorPayload } from '../../shared/errors';

describe('error catalogue', () => {
  it('gives every code a Vietnamese and an English message', () => {
    for (const [code, message] of Object.entries(errorCatalogue)) {
      expect(message.vi.trim(), code).not.toBe('');
      expect(message.en.trim(), code).not.toBe('');
      expect(message.vi, `${code} must not be English copied into Vietnamese`).not.toBe(message.en);
    }
  });

  it('fills parameters, per language when given per language', () => {
    const payload = errorPayload('FORBIDDEN', { role: { vi: 'Lưu trữ viên', en: 'Archivist' } });
    expect(payload).toEqual({
      code: 'FORBIDDEN',
      message: {
        vi: 'Vai trò «Lưu trữ viên» không được phép dùng chức năng này.',
        en: 'The role “Archivist” is not allowed to do this.',
      },
    });
    expect(errorPayload('UNKNOWN_CALL', { call: 'x.y' }).message.vi).toBe('Không có chức năng «x.y».');
  });

  it('AppError carries its payload for the dispatcher', () => {
    const error = new AppError('DATA_DIRECTORY_UNAVAILABLE', { path: '/nowhere' });
    expect(error.payload.code).toBe('DATA_DIRECTORY_UNAVAILABLE');
    expect(error.payload.message.vi).toContain('/nowhere');
  });
});
