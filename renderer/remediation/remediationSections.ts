import { contract } from '../../shared/contract';
import type { AreaSection } from '../app/SectionedArea';
import { DistrictSection } from './DistrictSection';
import { MatchesSection } from './MatchesSection';
import { RemediationSection } from './RemediationSection';
import './remediation.css';

/** The sections of #/plans that follow what the sealed results flagged (issue 18): plans, matches, district. */
export const remediationSections: readonly AreaSection[] = [
  {
    id: 'remediation',
    label: 'remediation.tab',
    access: contract['remediation.people'].access,
    Screen: RemediationSection,
  },
  {
    id: 'matches',
    label: 'remediation.matchesTab',
    access: contract['remediation.matches'].access,
    Screen: MatchesSection,
  },
  {
    id: 'district',
    label: 'remediation.districtTab',
    access: contract['remediation.district'].access,
    Screen: DistrictSection,
  },
];
