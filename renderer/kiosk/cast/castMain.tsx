import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../shared/schema/z';
import { defaultLanguage } from '../../../shared/i18n/language';
import { LanguageStateProvider } from '../../i18n/LanguageContext';
import { castingBallotBox } from './castingBallotBox';
import { CastingPage } from './CastingPage';
import { takeCodeFromFragment } from './codeFragment';
import '../../styles.css';

/**
 * The casting page's entry (cast.html), served by the hall network's listener alone: the voter
 * flow over the listener's two calls, without the app's API, session or screens.
 */
const container = document.getElementById('root');
if (!container) throw new Error('cast.html has no #root');

// Before anything renders, so the code is out of the address bar at once.
const initialCode = takeCodeFromFragment();

createRoot(container).render(
  <StrictMode>
    <LanguageStateProvider initial={defaultLanguage} titleKey="kiosk.castTitle">
      <CastingPage ballotBox={castingBallotBox()} initialCode={initialCode} />
    </LanguageStateProvider>
  </StrictMode>,
);
