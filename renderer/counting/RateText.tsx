import type { ResidualErrorRate } from '../../shared/counting/residualErrorRate';
import { perThousandText } from '../../shared/counting/residualErrorRate';
import { useLanguage } from '../i18n/LanguageContext';

/** "1 lỗi còn sót trên 256 ô: 3,91/1.000 ô (khoảng tin cậy 95%: 0,10–21,57)", or that there is no estimate yet. */
export function RateText({ rate }: { rate: ResidualErrorRate }) {
  const { t, language } = useLanguage();
  if (rate.perThousand === null) return <>{t('keyingAudit.noRate')}</>;
  const per = (value: number | null) => perThousandText(value ?? 0, language);
  return (
    <>
      {t('keyingAudit.rate', {
        errors: rate.errors,
        fields: rate.fields,
        rate: per(rate.perThousand),
        lower: per(rate.lowerPerThousand),
        upper: per(rate.upperPerThousand),
      })}
    </>
  );
}
