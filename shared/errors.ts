import type { Bilingual, Language } from './i18n/language';
import { fillTemplate } from './i18n/template';

/**
 * Every failure that crosses the boundary between the core and a shell has a code from
 * this catalogue and a message in each language. Stack traces never cross.
 */
export const errorCatalogue = {
  UNKNOWN_CALL: {
    vi: 'Không có chức năng «{call}».',
    en: 'There is no call named “{call}”.',
  },
  INVALID_INPUT: {
    vi: 'Dữ liệu gửi lên không hợp lệ: {reason}',
    en: 'The data sent is not valid: {reason}',
  },
  NOT_SIGNED_IN: {
    vi: 'Cần đăng nhập để dùng chức năng này.',
    en: 'You need to sign in to do this.',
  },
  FORBIDDEN: {
    vi: 'Vai trò «{role}» không được phép dùng chức năng này.',
    en: 'The role “{role}” is not allowed to do this.',
  },
  DATA_DIRECTORY_UNAVAILABLE: {
    vi: 'Không ghi được vào thư mục dữ liệu {path}.',
    en: 'Cannot write to the data directory {path}.',
  },
  UNAUTHORIZED: {
    vi: 'Yêu cầu không có mã truy cập hợp lệ của phiên làm việc này.',
    en: 'The request does not carry this session’s access token.',
  },
  FOREIGN_REQUEST: {
    vi: 'Yêu cầu đến từ một địa chỉ lạ và đã bị từ chối.',
    en: 'The request comes from a foreign address and was refused.',
  },
  CORE_UNREACHABLE: {
    vi: 'Mất kết nối với lõi ứng dụng. Hãy đóng và mở lại ứng dụng.',
    en: 'Lost the connection to the application core. Close and reopen the application.',
  },
  INTERNAL: {
    vi: 'Lỗi nội bộ của ứng dụng. Dữ liệu không bị thay đổi. Hãy báo cho quản trị viên.',
    en: 'Internal application error. Nothing was changed. Please tell the administrator.',
  },
} as const satisfies Record<string, Bilingual>;

export type ErrorCode = keyof typeof errorCatalogue;

/** The shape of an error on the wire. */
export interface ErrorPayload {
  readonly code: ErrorCode;
  readonly message: Bilingual;
}

/** Values put into a message: the same in every language, or given per language. */
type Params = Readonly<Record<string, string | number | Bilingual>>;

function fill(template: string, params: Params, language: Language): string {
  return fillTemplate(template, (key) => {
    if (!Object.hasOwn(params, key)) return undefined;
    const value = params[key];
    return typeof value === 'object' ? value?.[language] : String(value);
  });
}

export function errorPayload(code: ErrorCode, params: Params = {}): ErrorPayload {
  const template = errorCatalogue[code];
  return {
    code,
    message: { vi: fill(template.vi, params, 'vi'), en: fill(template.en, params, 'en') },
  };
}

/**
 * Thrown by services for expected failures; the dispatcher turns it into an
 * ErrorPayload. Anything else a service throws is a bug and becomes INTERNAL.
 */
export class AppError extends Error {
  readonly payload: ErrorPayload;

  constructor(code: ErrorCode, params: Params = {}, payload: ErrorPayload = errorPayload(code, params)) {
    super(payload.message.en);
    this.name = 'AppError';
    this.payload = payload;
  }

  /** Re-raises an error that came back from a call, e.g. in the CLI. */
  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, {}, payload);
  }
}
