export { createSigningHandlers } from './signingHandlers';
export { certificateFingerprint, certificateFingerprintHex, signerNameOf } from './certificateInfo';
export { verifyDetached } from './cmsSignature';
export { signWithIdentity, unlockIdentity } from './signWithIdentity';
