import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../shared/i18n/messages';
import { castingPaths } from '../../../shared/kiosk/castingPaths';
import { castingBallotBox } from '../../../renderer/kiosk/cast/castingBallotBox';

interface Sent {
  readonly path: string;
  readonly init: RequestInit;
}

/** A fetch that records what the page sends and answers with `respond`. */
function fakeFetch(respond: () => Promise<Response>) {
  const sent: Sent[] = [];
  const fetcher = (async (path: string, init: RequestInit) => {
    sent.push({ path, init });
    return respond();
  }) as unknown as typeof fetch;
  return { sent, box: castingBallotBox(fetcher) };
}

const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

const unreachable = {
  ok: false,
  error: {
    code: 'CORE_UNREACHABLE',
    message: { vi: catalogues.vi['kiosk.castUnreachable'], en: catalogues.en['kiosk.castUnreachable'] },
  },
};

describe('a phone’s ballot box: the hall network’s two casting calls', () => {
  it('posts the code alone for the forms, as JSON to the same origin, without cookies or cache', async () => {
    const paper = { unitName: 'Bồ Đề', contests: [] };
    const { sent, box } = fakeFetch(() => json({ ok: true, value: paper }));
    expect(await box.ballotPaper('ABCDE-FGHJK')).toEqual({ ok: true, value: paper });
    expect(sent).toHaveLength(1);
    const [{ path, init }] = sent as [Sent];
    expect(path).toBe(castingPaths.ballotPaper);
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store', redirect: 'error' });
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
    // No unit: the listener knows its conference.
    expect(JSON.parse(String(init.body))).toEqual({ code: 'ABCDE-FGHJK' });
  });

  it('posts the code and the ballots to cast', async () => {
    const { sent, box } = fakeFetch(() => json({ ok: true, value: { done: true } }));
    const ballots = [{ contestId: 'c1', ballot: { valid: false, invalidReason: 'blank', invalidText: '' } as const }];
    expect(await box.cast('ABCDE-FGHJK', ballots)).toEqual({ ok: true, value: { done: true } });
    expect(sent[0]?.path).toBe(castingPaths.cast);
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ code: 'ABCDE-FGHJK', ballots });
  });

  it('passes a refusal on as it came, whatever the status (too many attempts answers 429)', async () => {
    const refusal = {
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS', message: { vi: 'Thử quá nhiều lần', en: 'Too many attempts' } },
    };
    const { box } = fakeFetch(() => json(refusal, 429));
    expect(await box.ballotPaper('ABCDE-FGHJK')).toEqual(refusal);
  });

  it('a network failure is the clear words in both languages, not a crash', async () => {
    const { box } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await box.ballotPaper('ABCDE-FGHJK')).toEqual(unreachable);
    expect(await box.cast('ABCDE-FGHJK', [])).toEqual(unreachable);
  });

  it('an answer that is not JSON (a Wi-Fi login page, a proxy’s error) gets the same words', async () => {
    const { box } = fakeFetch(() =>
      Promise.resolve(
        new Response('<html>Đăng nhập Wi-Fi</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    expect(await box.ballotPaper('ABCDE-FGHJK')).toEqual(unreachable);
  });

  it('JSON that is no call result gets the same words', async () => {
    for (const body of [null, [], { ok: 'yes' }, { ok: false }, { ok: false, error: { code: 'X' } }, { ok: true }]) {
      const { box } = fakeFetch(() => json(body, 502));
      expect(await box.ballotPaper('ABCDE-FGHJK'), JSON.stringify(body)).toEqual(unreachable);
    }
  });

  it('the words say what to do, in both languages', () => {
    expect(catalogues.vi['kiosk.castUnreachable']).toContain('Wi-Fi của hội trường');
    expect(catalogues.en['kiosk.castUnreachable']).toContain('Wi-Fi');
  });
});
