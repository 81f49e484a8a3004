import type { RemediationPerson, RemediationStatus } from '../../shared/remediation/remediationSchemas';

/** Everyone, those whose result is not sealed yet, or those whose plan stands at one status. */
export type PeopleStatusFilter = 'all' | 'unsealed' | RemediationStatus;

export function filterPeople(people: readonly RemediationPerson[], filter: PeopleStatusFilter): RemediationPerson[] {
  if (filter === 'all') return [...people];
  if (filter === 'unsealed') return people.filter((person) => person.status === null);
  return people.filter((person) => person.status === filter);
}
