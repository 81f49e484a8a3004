import type { AreaProps } from '../app/areas';
import { useLanguage } from '../i18n/LanguageContext';
import { TemplateEditor } from '../templates/TemplateEditor';
import { TemplateList } from '../templates/TemplateList';
import { CampaignList } from './CampaignList';
import { CampaignPage } from './CampaignPage';

/**
 * #/campaigns — the list; #/campaigns/<id>/<section> — one campaign;
 * #/campaigns/templates[/<versionId>] — ballot templates.
 */
export function CampaignsArea({ user, section, rest }: AreaProps) {
  const { t } = useLanguage();
  const onTemplates = section === 'templates';
  return (
    <section aria-labelledby="campaigns-heading">
      <h1 id="campaigns-heading">{t('campaigns.heading')}</h1>
      <nav aria-label={t('campaigns.sections')} className="section-nav">
        <ul>
          <li>
            <a href="#/campaigns" aria-current={!onTemplates ? 'page' : undefined}>
              {t('campaigns.listTab')}
            </a>
          </li>
          <li>
            <a href="#/campaigns/templates" aria-current={onTemplates ? 'page' : undefined}>
              {t('campaigns.templatesTab')}
            </a>
          </li>
        </ul>
      </nav>
      {onTemplates ? (
        rest[0] ? (
          <TemplateEditor key={rest[0]} versionId={rest[0]} user={user} />
        ) : (
          <TemplateList user={user} />
        )
      ) : section ? (
        <CampaignPage key={section} campaignId={section} tab={rest[0] ?? 'info'} user={user} />
      ) : (
        <CampaignList user={user} />
      )}
    </section>
  );
}
