import { useState } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import type { KioskBallotPaper } from '../../shared/kiosk/kioskSchemas';
import { useLanguage } from '../i18n/LanguageContext';
import type { BallotBox } from './ballotBox';
import { CodeEntry } from './CodeEntry';
import { castBallots, emptyMarks, type PersonMarks } from './kioskBallots';
import { PersonForm } from './PersonForm';
import { ReviewPage } from './ReviewPage';
import { ThankYou } from './ThankYou';

type Step =
  | { readonly kind: 'code' }
  | { readonly kind: 'person'; readonly index: number; readonly fromReview: boolean }
  | { readonly kind: 'review' }
  | { readonly kind: 'thanks' };

/** Refusals that end the voter's turn: back to a fresh start, with the core's words. */
const endsTheTurn = new Set(['KIOSK_CODE_INVALID', 'KIOSK_CLOSED']);

/**
 * One voter, from the code to the thanks. Everything the voter typed or marked lives only in
 * this component's state: the kiosk (or the phone's page) gives each voter a new one (a new
 * key) and so forgets it all. No step changes the address or history. Where the code and the
 * ballots go is the ballot box's business, not the voter's: the flow knows nobody signed in.
 */
export function VoterSession({
  ballotBox,
  notice,
  initialCode,
  onCodeTyped,
  onFinished,
}: {
  ballotBox: BallotBox;
  /** Why the previous turn was sent back, shown at the code. */
  notice: ErrorPayload | null;
  /** A code that came with the page (a phone's QR scan), already in the field. */
  initialCode?: string | undefined;
  /** In the voter's own gesture, as the code goes to be checked (the kiosk asks for full screen). */
  onCodeTyped?: () => void;
  onFinished: (refusal: ErrorPayload | null) => void;
}) {
  const { t } = useLanguage();
  const [step, setStep] = useState<Step>({ kind: 'code' });
  const [code, setCode] = useState('');
  const [paper, setPaper] = useState<KioskBallotPaper | null>(null);
  const [marks, setMarks] = useState<PersonMarks[]>([]);
  const [error, setError] = useState<ErrorPayload | null>(notice);
  const [busy, setBusy] = useState(false);

  const start = async (typed: string) => {
    onCodeTyped?.();
    setBusy(true);
    const result = await ballotBox.ballotPaper(typed);
    setBusy(false);
    if (!result.ok) {
      if (endsTheTurn.has(result.error.code)) return onFinished(result.error);
      return setError(result.error);
    }
    setError(null);
    setCode(typed);
    setPaper(result.value);
    setMarks(emptyMarks(result.value));
    setStep({ kind: 'person', index: 0, fromReview: false });
  };

  const send = async () => {
    if (!paper) return;
    setBusy(true);
    const result = await ballotBox.cast(code, castBallots(paper, marks));
    setBusy(false);
    if (!result.ok) {
      if (endsTheTurn.has(result.error.code)) return onFinished(result.error);
      return setError(result.error);
    }
    setCode('');
    setStep({ kind: 'thanks' });
  };

  if (step.kind === 'code' || !paper)
    return <CodeEntry error={error} checking={busy} initialCode={initialCode} onStart={(typed) => void start(typed)} />;
  if (step.kind === 'thanks') return <ThankYou onDone={() => onFinished(null)} />;
  if (step.kind === 'review')
    return (
      <ReviewPage
        paper={paper}
        marks={marks}
        sending={busy}
        error={error}
        onEdit={(index) => setStep({ kind: 'person', index, fromReview: true })}
        onSend={() => void send()}
        onCancel={() => onFinished(null)}
      />
    );
  const { index, fromReview } = step;
  const last = index === paper.contests.length - 1;
  return (
    <PersonForm
      key={index}
      contest={paper.contests[index]!}
      unitName={paper.unitName}
      position={index + 1}
      total={paper.contests.length}
      marks={marks[index]!}
      nextLabel={fromReview ? t('kiosk.backToReview') : last ? t('kiosk.toReview') : t('kiosk.next')}
      onChange={(changed) => setMarks((current) => current.map((person, at) => (at === index ? changed : person)))}
      onPrevious={
        index > 0 && !fromReview ? () => setStep({ kind: 'person', index: index - 1, fromReview: false }) : null
      }
      onNext={() =>
        setStep(fromReview || last ? { kind: 'review' } : { kind: 'person', index: index + 1, fromReview: false })
      }
      onCancel={() => onFinished(null)}
    />
  );
}
