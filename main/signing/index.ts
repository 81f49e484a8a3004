export { createSigningHandlers } from './signingHandlers';
