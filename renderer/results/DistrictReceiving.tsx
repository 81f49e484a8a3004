import { useState } from 'react';
import { PackageImport } from './PackageImport';
import { ReceivedPackagesSection } from './ReceivedPackagesSection';
import { TrustedSignersSection } from './TrustedSignersSection';

/** At the district: whom it trusts, the package being received, and what it has received. */
export function DistrictReceiving() {
  const [accepted, setAccepted] = useState(0);
  return (
    <>
      <TrustedSignersSection />
      <PackageImport onAccepted={() => setAccepted((count) => count + 1)} />
      {/* Mounted afresh after each acceptance, so the list loads again. */}
      <ReceivedPackagesSection key={accepted} />
    </>
  );
}
