import { scaleLabels, scales } from '../../shared/templates/templateContent';
import { useLanguage } from '../i18n/LanguageContext';

/** The <option>s of a scale choice, in the current language. */
export function ScaleOptions() {
  const { pick } = useLanguage();
  return (
    <>
      {scales.map((scale) => (
        <option key={scale} value={scale}>
          {pick(scaleLabels[scale])}
        </option>
      ))}
    </>
  );
}
