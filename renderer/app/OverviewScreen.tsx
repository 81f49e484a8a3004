import { shellLabels } from '../../shared/shells';
import { vaultStateLabels } from '../../shared/vault/vaultStates';
import type { AppInfo } from '../../shared/app/appSchemas';
import { useLanguage } from '../i18n/LanguageContext';
import { NextSteps } from './NextSteps';

/** The first screen: what is left to do, then what is running, where its data lives and the state of the vault. */
export function OverviewScreen({ info, vaultName }: { info: AppInfo; vaultName: string | null }) {
  const { t, pick } = useLanguage();
  const rows: Array<[string, string, string]> = [
    ['version', t('overview.version'), `${info.name} ${info.version}`],
    ['shell', t('overview.shell'), pick(shellLabels[info.shell])],
    ['data-directory', t('overview.dataDirectory'), info.dataDirectory],
    ['vault-name', t('overview.vaultName'), vaultName ?? '—'],
    ['vault-state', t('overview.vaultState'), pick(vaultStateLabels[info.vaultState])],
    ['platform', t('overview.platform'), `${info.platform} · ${info.runtime}`],
  ];
  return (
    <section aria-labelledby="overview-heading">
      <h1 id="overview-heading">{t('overview.heading')}</h1>
      <NextSteps />
      <h2>{t('overview.system')}</h2>
      <dl className="info-list">
        {rows.map(([id, label, value]) => (
          <div key={id} className="info-row" data-field={id}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="note">{t('overview.offline')}</p>
    </section>
  );
}
