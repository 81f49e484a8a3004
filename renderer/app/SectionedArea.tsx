import { useRef, type ComponentType } from 'react';
import { mayCall, type Access } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { useFocusKept } from '../forms/focusKeeping';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import type { AreaProps } from './areas';

/** What a section of an area is given: who is signed in, and the route after its id. */
export interface AreaSectionProps {
  readonly user: SessionUser;
  /** What follows #/<area>/<section>/, e.g. [planId, "tasks", taskId]. */
  readonly rest: readonly string[];
}

export interface AreaSection {
  /** The route's part after #/<area>/. */
  readonly id: string;
  readonly label: MessageKey;
  /** The section appears only to the roles the contract lets make its main call. */
  readonly access: Access;
  readonly Screen: ComponentType<AreaSectionProps>;
}

/**
 * An area made of sections (#/<area>/<section>/…): its heading, a navigation between the sections
 * the user's role may see, and the current one (the first visible by default). The core refuses
 * the rest anyway; a role that may see none is told so.
 */
export function SectionedArea({
  areaId,
  heading,
  navigationLabel,
  notAllowed,
  sections,
  user,
  section,
  rest,
}: AreaProps & {
  readonly areaId: string;
  readonly heading: MessageKey;
  readonly navigationLabel: MessageKey;
  readonly notAllowed: MessageKey;
  readonly sections: readonly AreaSection[];
}) {
  const { t } = useLanguage();
  // A form that closes after saving leaves the focus in its panel, not at the top of the page.
  const area = useRef<HTMLElement>(null);
  useFocusKept(area);
  const visible = sections.filter((candidate) => mayCall(candidate.access, user.role));
  const current = visible.find((candidate) => candidate.id === section) ?? visible[0];
  const headingId = `${areaId}-heading`;
  return (
    <section ref={area} aria-labelledby={headingId}>
      <h1 id={headingId}>{t(heading)}</h1>
      {current ? (
        <>
          <nav aria-label={t(navigationLabel)} className="section-nav">
            <ul>
              {visible.map((candidate) => (
                <li key={candidate.id}>
                  <a
                    href={`#/${areaId}/${candidate.id}`}
                    aria-current={candidate.id === current.id ? 'page' : undefined}
                  >
                    {t(candidate.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <current.Screen user={user} rest={current.id === section ? rest : []} />
        </>
      ) : (
        <p>{t(notAllowed)}</p>
      )}
    </section>
  );
}
