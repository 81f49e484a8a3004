import type { CliCommand } from '../command';
import { apiCommand } from './api';
import { ballotsImportCommand } from './ballots';
import { campaignExportCommand, campaignImportCommand } from './campaign';
import { backupExportCommand, backupRestoreCommand, backupVerifyCommand } from './backup';
import { deskExportCommand, deskImportCommand, deskKitCommand, deskOpenCommand } from './desk';
import { drawExportCommand, drawVerifyCommand } from './draw';
import { infoCommand } from './info';
import { resultVerifyCommand } from './result';
import { tallyCommand } from './tally';
import { userAddCommand, userPasswordCommand, userRemoveCommand } from './user';
import { auditVerifyCommand, vaultCheckCommand, vaultInitCommand } from './vault';

/** Every command, in the order `kiem-phieu --help` lists them. */
export const commands: readonly CliCommand[] = [
  infoCommand,
  vaultInitCommand,
  vaultCheckCommand,
  userAddCommand,
  userRemoveCommand,
  userPasswordCommand,
  auditVerifyCommand,
  drawVerifyCommand,
  drawExportCommand,
  resultVerifyCommand,
  campaignExportCommand,
  campaignImportCommand,
  ballotsImportCommand,
  deskKitCommand,
  deskOpenCommand,
  deskExportCommand,
  deskImportCommand,
  tallyCommand,
  backupExportCommand,
  backupVerifyCommand,
  backupRestoreCommand,
  apiCommand,
];
