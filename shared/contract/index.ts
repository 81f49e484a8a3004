import { appCalls } from './appCalls';
import { auditCalls } from './auditCalls';
import { backupCalls } from './backupCalls';
import { campaignCalls } from './campaignCalls';
import { countingCalls } from './countingCalls';
import { drawCalls } from './drawCalls';
import { printCalls } from './printCalls';
import { resultCalls } from './resultCalls';
import { sessionCalls } from './sessionCalls';
import { signingCalls } from './signingCalls';
import { templateCalls } from './templateCalls';
import { userCalls } from './userCalls';
import { vaultCalls } from './vaultCalls';
import type { CallResult, CallSpec } from './define';
import type { z } from './zodSetup';

/**
 * The single source of every call between a shell and the core: its name, input and output
 * schemas and who may make it. Both shells, the CLI and the renderer's client derive from it.
 * To add a call, define it in the group file of its area and list the group here.
 */
export const contract = {
  ...appCalls,
  ...sessionCalls,
  ...vaultCalls,
  ...userCalls,
  ...auditCalls,
  ...campaignCalls,
  ...templateCalls,
  ...drawCalls,
  ...printCalls,
  ...countingCalls,
  ...resultCalls,
  ...signingCalls,
  ...backupCalls,
} as const;

export type AppContract = typeof contract;
export type CallName = keyof AppContract;
export type CallInput<Name extends CallName> = z.input<AppContract[Name]['input']>;
export type ParsedInput<Name extends CallName> = z.output<AppContract[Name]['input']>;
export type CallOutput<Name extends CallName> = z.output<AppContract[Name]['output']>;
export type AppCallResult<Name extends CallName> = CallResult<CallOutput<Name>>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export function specOf(name: CallName): CallSpec {
  return contract[name];
}

export type { Access, CallResult, CallSpec, Contract } from './define';
export { defineCall, mayCall, noInput } from './define';
