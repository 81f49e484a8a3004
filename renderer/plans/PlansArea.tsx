import { useRef } from 'react';
import { mayCall } from '../../shared/contract';
import type { AreaProps } from '../app/areas';
import { useFocusKept } from '../forms/focusKeeping';
import { useLanguage } from '../i18n/LanguageContext';
import { planSections } from './planSections';
import './plans.css';

/**
 * #/plans — following a plan's appendix of tasks through (issue 18): #/plans/list, the plans and
 * each plan's page with its tasks and their occurrences; #/plans/overdue, what is late across
 * plans. Each section shows only to the roles the contract allows its calls.
 */
export function PlansArea({ user, section, rest }: AreaProps) {
  const { t } = useLanguage();
  // A form that closes after saving leaves the focus in its panel, not at the top of the page.
  const area = useRef<HTMLElement>(null);
  useFocusKept(area);
  const visible = planSections.filter((candidate) => mayCall(candidate.access, user.role));
  const current = visible.find((candidate) => candidate.id === section) ?? visible[0];
  return (
    <section ref={area} aria-labelledby="plans-heading">
      <h1 id="plans-heading">{t('plans.heading')}</h1>
      {current ? (
        <>
          <nav aria-label={t('plans.sections')} className="section-nav">
            <ul>
              {visible.map((candidate) => (
                <li key={candidate.id}>
                  <a href={`#/plans/${candidate.id}`} aria-current={candidate.id === current.id ? 'page' : undefined}>
                    {t(candidate.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <current.Screen user={user} rest={current.id === section ? rest : []} />
        </>
      ) : (
        <p>{t('plans.notAllowed')}</p>
      )}
    </section>
  );
}
