import { PackageImport } from './PackageImport';
import { ReceivedPackagesSection } from './ReceivedPackagesSection';
import { TrustedSignersSection } from './TrustedSignersSection';

/** At the district: whom it trusts, the package being received, and what it has received. */
export function DistrictReceiving() {
  return (
    <>
      <TrustedSignersSection />
      <PackageImport />
      <ReceivedPackagesSection />
    </>
  );
}
