export { createSigningHandlers } from './signingHandlers';
export { certificateFingerprint, signerNameOf } from './certificateInfo';
export { verifyDetached } from './cmsSignature';
export { signWithIdentity, unlockIdentity } from './signWithIdentity';
