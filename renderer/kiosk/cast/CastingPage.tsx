import { useCallback, useMemo, useState } from 'react';
import type { ErrorPayload } from '../../../shared/errors';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useLanguage } from '../../i18n/LanguageContext';
import type { BallotBox } from '../ballotBox';
import { VoterSession } from '../VoterSession';
import '../kiosk.css';

/**
 * The hall network's page, on a voter's phone: the kiosk's flow and nothing else — no sign-in, no
 * menus, no way out but closing the page. Each voter gets a fresh VoterSession (a new key), so a
 * phone handed on keeps nothing of the one before; only the conference's name stays in the header.
 */
export function CastingPage({ ballotBox, initialCode }: { ballotBox: BallotBox; initialCode: string }) {
  const { t } = useLanguage();
  const [voter, setVoter] = useState(0);
  const [notice, setNotice] = useState<ErrorPayload | null>(null);
  const [unitName, setUnitName] = useState<string | null>(null);

  // The listener knows the conference; the page learns its name from the first forms it opens.
  const namingBox = useMemo<BallotBox>(
    () => ({
      ballotPaper: async (code) => {
        const result = await ballotBox.ballotPaper(code);
        if (result.ok) setUnitName(result.value.unitName);
        return result;
      },
      cast: (code, ballots) => ballotBox.cast(code, ballots),
    }),
    [ballotBox],
  );

  const nextVoter = useCallback((refusal: ErrorPayload | null) => {
    setNotice(refusal);
    setVoter((current) => current + 1);
  }, []);

  return (
    <div className="kiosk kiosk-cast">
      <header className="kiosk-header">
        <p className="kiosk-title">
          {t('kiosk.castTitle')}
          {unitName ? <span className="kiosk-unit"> · {t('kiosk.unitHeading', { unit: unitName })}</span> : null}
        </p>
        <LanguageSwitch />
      </header>
      <main className="kiosk-main">
        <VoterSession
          key={voter}
          ballotBox={namingBox}
          notice={notice}
          // Only the first voter's: the code the page was opened with.
          initialCode={voter === 0 ? initialCode : undefined}
          onFinished={nextVoter}
        />
      </main>
    </div>
  );
}
