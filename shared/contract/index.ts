import { appCalls } from './appCalls';
import { auditCalls } from './auditCalls';
import { backupCalls } from './backupCalls';
import { campaignsCalls } from './campaignsCalls';
import { correctionsCalls } from './correctionsCalls';
import { countingCalls } from './countingCalls';
import { desksCalls } from './desksCalls';
import { drawsCalls } from './drawsCalls';
import { kioskCalls } from './kioskCalls';
import { plansCalls } from './plansCalls';
import { printCalls } from './printCalls';
import { ratingsCalls } from './ratingsCalls';
import { remediationCalls } from './remediationCalls';
import { resultsCalls } from './resultsCalls';
import { sessionCalls } from './sessionCalls';
import { signingCalls } from './signingCalls';
import { templatesCalls } from './templatesCalls';
import { usersCalls } from './usersCalls';
import { vaultCalls } from './vaultCalls';
import type { CallErrorCode, CallResult, CallSpec } from './define';
import type { z } from '../schema/z';

/**
 * The contract's groups: each is one feature, with the same name as its call prefix
 * (`counting.saveBallot`), its folder in main/ and in renderer/, and its file here.
 */
export const contractGroups = {
  app: appCalls,
  session: sessionCalls,
  vault: vaultCalls,
  users: usersCalls,
  audit: auditCalls,
  campaigns: campaignsCalls,
  templates: templatesCalls,
  draws: drawsCalls,
  print: printCalls,
  counting: countingCalls,
  desks: desksCalls,
  results: resultsCalls,
  corrections: correctionsCalls,
  signing: signingCalls,
  backup: backupCalls,
  ratings: ratingsCalls,
  plans: plansCalls,
  remediation: remediationCalls,
  kiosk: kioskCalls,
} as const;

export type ContractGroup = keyof typeof contractGroups;

/**
 * The single source of every call between a shell and the core: its name, input and output
 * schemas and who may make it. Both shells, the CLI and the renderer's client derive from it.
 * To add a call, define it in the group file of its feature.
 */
export const contract = {
  ...appCalls,
  ...sessionCalls,
  ...vaultCalls,
  ...usersCalls,
  ...auditCalls,
  ...campaignsCalls,
  ...templatesCalls,
  ...drawsCalls,
  ...printCalls,
  ...countingCalls,
  ...desksCalls,
  ...resultsCalls,
  ...correctionsCalls,
  ...signingCalls,
  ...backupCalls,
  ...ratingsCalls,
  ...plansCalls,
  ...remediationCalls,
  ...kioskCalls,
} as const;
export type AppContract = typeof contract;
export type CallName = keyof AppContract;
export type CallInput<Name extends CallName> = z.input<AppContract[Name]['input']>;
export type ParsedInput<Name extends CallName> = z.output<AppContract[Name]['input']>;
export type CallOutput<Name extends CallName> = z.output<AppContract[Name]['output']>;
export type CallError<Name extends CallName> = CallErrorCode<AppContract[Name]>;
export type AppCallResult<Name extends CallName> = CallResult<CallOutput<Name>, CallError<Name>>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export function specOf(name: CallName): CallSpec {
  return contract[name];
}

export type { BoundaryErrorCode, CallErrorCode, CallResult, CallSpec, Contract } from './define';
export { boundaryErrors } from './define';
export { defineCall } from './define';
export { mayCall, type Access } from '../access';
export { noInput } from '../schema/common';
