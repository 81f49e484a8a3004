import { useRef } from 'react';
import { mayCall } from '../../shared/contract';
import type { AreaProps } from '../app/areas';
import { useFocusKept } from '../forms/focusKeeping';
import { useLanguage } from '../i18n/LanguageContext';
import { ratingSections } from './ratingSections';
import './ratings.css';

/**
 * #/ratings — the yearly quality rating (issue 17): #/ratings/roster, the organisations and
 * members; further sections as `ratingSections` lists them. Each shows only to the roles the
 * contract allows its calls; the core refuses the rest anyway.
 */
export function RatingsArea({ user, section, rest }: AreaProps) {
  const { t } = useLanguage();
  // A button that disappears or is disabled while its call runs leaves the focus in its form, not at the top.
  const area = useRef<HTMLElement>(null);
  useFocusKept(area);
  const visible = ratingSections.filter((candidate) => mayCall(candidate.access, user.role));
  const current = visible.find((candidate) => candidate.id === section) ?? visible[0];
  return (
    <section ref={area} aria-labelledby="ratings-heading">
      <h1 id="ratings-heading">{t('ratings.heading')}</h1>
      {current ? (
        <>
          <nav aria-label={t('ratings.sections')} className="section-nav">
            <ul>
              {visible.map((candidate) => (
                <li key={candidate.id}>
                  <a href={`#/ratings/${candidate.id}`} aria-current={candidate.id === current.id ? 'page' : undefined}>
                    {t(candidate.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <current.Screen user={user} rest={current.id === section ? rest : []} />
        </>
      ) : (
        <p>{t('ratings.notAllowed')}</p>
      )}
    </section>
  );
}
