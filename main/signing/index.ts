export { createSigningHandlers } from './signingHandlers';
export { certificateFingerprint, certificateFingerprintHex, signerNameOf } from './certificateInfo';
export { verifyDetached } from './cmsSignature';
export { type DetachedSignature, signWithIdentity, unlockIdentity } from './signWithIdentity';
