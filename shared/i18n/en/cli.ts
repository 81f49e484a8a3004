import type { cliTexts as vi } from '../vi/cli';
import type { Translation } from '../translation';

export const cliTexts = {
  'cli.backup.backedUp': 'Backed up.',
  'cli.backup.backupExportToKeys':
    'backup export (--to-keys | --passphrase) [--out-dir DIR] [--compact]    an encrypted backup (archivist, admin); --compact: a compacted copy (slower)',
  'cli.backup.backupOfTheReplaced': 'Backup of the replaced vault',
  'cli.backup.backupPassphrase': 'Backup passphrase: ',
  'cli.backup.backupRestoreFileFile':
    'backup restore --file FILE.age (--to NEW_DIR | --replace) [--identity-file KEY.txt]    restore',
  'cli.backup.backupVerifyFileFile':
    'backup verify --file FILE.age [--identity-file KEY.txt]    check a backup (no vault needed)',
  'cli.backup.campaigns': 'Campaigns',
  'cli.backup.cannotReadTheKey': 'cannot read the key file “{identityFile}”',
  'cli.backup.checkedMembersSignatures': 'Checked: {members} members, {signaturesVerified} signatures',
  'cli.backup.countsContestsBallotsSeals':
    'Counts: {contests} contests, {ballots} ballots, {seals} seals, {auditEntries} audit entries',
  'cli.backup.auditAnchor': 'Audit anchor in the backup: {anchor}',
  'cli.backup.auditAnchorHolds': 'Audit anchor in the backup: {anchor}; this vault’s log still leads to it',
  'cli.backup.auditAnchorLost':
    'Audit anchor in the backup: {anchor}; this vault’s log NO LONGER leads to it: the history was rewritten after the backup',
  'cli.backup.file': 'File',
  'cli.backup.madeAt': 'Made at',
  'cli.backup.needsExactlyOneOf': 'needs exactly one of --to-keys, --passphrase',
  'cli.backup.needsFile': 'needs --file',
  'cli.backup.needsFileAndExactly': 'needs --file and exactly one of --to, --replace',
  'cli.backup.passphrase': 'Passphrase: ',
  'cli.backup.passphraseAgain': 'Passphrase again: ',
  'cli.backup.restored': 'Restored.',
  'cli.backup.theBackupIsIntact': 'The backup is intact.',
  'cli.backup.typeVaultName': 'The vault “{vaultName}” will be replaced by the backup. Type its name to agree: ',
  'cli.cliContext.newPasswordFor': 'New password for {whose}: ',
  'cli.cliContext.passwordFor': 'Password for {user}: ',
  'cli.cliContext.thisCommandNeedsUser': 'this command needs --user LOGIN',
  'cli.cliContext.typeTheNewPassword': 'Type the new password again: ',
  'cli.draw.cannotReadTheFile': 'cannot read the file “{path}”',
  'cli.draw.exportUsage':
    "draw export --campaign ID --out FILE|FOLDER    save the campaign's draw record (as the Draw screen's button does), to check with VERIFYING.md",
  'cli.draw.exportNeeds': 'needs --campaign ID and --out FILE.json (or FOLDER)',
  'cli.draw.heldDraw': 'draw (none has been held for this campaign)',
  'cli.draw.drawVerifyFileFile':
    'draw verify --file FILE             recompute a draw from its record file (no vault needed)',
  'cli.draw.drawnOutOfPosition': '{label}: {count} drawn out of {length} (position in the list, in the order drawn)',
  'cli.draw.recomputingGivesTheRecorded': 'Recomputing gives the recorded result. Seed: “{seed}”.',
  'cli.draw.theFileIsNot': 'the file “{path}” is not JSON',
  'cli.draw.thisCommandNeedsFile': 'this command needs --file FILE',
  'cli.info.dataDirectory': 'Data directory',
  'cli.info.infoJsonVersionData': 'info [--json]                       version, data directory, vault state',
  'cli.info.language': 'Language',
  'cli.info.platform': 'Platform',
  'cli.info.shell': 'Shell',
  'cli.info.version': 'Version',
  'cli.progressLine.backingUpTheCurrent': 'backing up the current vault',
  'cli.progressLine.decryptingAndChecking': 'decrypting and checking',
  'cli.progressLine.decryptingCheckingAndWriting': 'decrypting, checking and writing',
  'cli.progressLine.encryptingAndWriting': 'encrypting and writing',
  'cli.progressLine.hashing': 'hashing',
  'cli.progressLine.snapshot': 'snapshot',
  'cli.result.campaign': 'Campaign',
  'cli.result.certificateFingerprint': 'Certificate fingerprint',
  'cli.result.envelopeSeal': 'Envelope seal',
  'cli.result.outNeedsDir': '--out needs DIR',
  'cli.result.personAssessed': 'Person assessed',
  'cli.result.recordAmendment': 'Record: amendment',
  'cli.result.recordSeal': 'Record: seal',
  'cli.result.resultVerifyFileFile':
    'result verify --file FILE [--out DIR]     check a sealed result package (digest, signature); --out writes result.json, result.p7s, certificate.pem for openssl',
  'cli.result.shaDigest': 'SHA-256 digest',
  'cli.result.signedBy': 'Signed by',
  'cli.result.theResultPackageIs':
    'The result package is valid: the digest matches the result and the signature verifies.',
  'cli.result.unit': 'Unit',
  'cli.result.written': 'Written',
  'cli.tally.needsJsonAndExactly': 'needs --json and exactly one of --contest, --campaign',
  'cli.tally.tallyJsonContestId':
    'tally --json (--contest ID | --campaign ID)    the tally as JSON (head, admin, archivist)',
  'cli.thing.vault': 'Vault',
  'cli.user.addUsage':
    'user add --login LOGIN --full-name FULL_NAME --role {roles}   add a user (needs an admin --user)',
  'cli.user.missing': 'missing {option}',
  'cli.user.userPasswdLoginLogin':
    'user passwd [--login LOGIN]                  change your password, or (admin) reset someone else’s',
  'cli.user.userRemoveLoginLogin': 'user remove --login LOGIN                    remove a user (needs an admin --user)',
  'cli.vault.administratorFullName': 'Administrator full name: ',
  'cli.vault.administratorLogin': 'Administrator login: ',
  'cli.vault.anchorHolds': 'Anchor ({source}) {label}: entry {sequence}, holds',
  'cli.vault.anchorLost': 'Anchor ({source}) {label}: entry {sequence}, DOES NOT HOLD',
  'cli.vault.anchorUnreadable':
    '--anchor “{text}” does not read: give ENTRY:HASH, for example 1234:9f2c77ab…, with at least 16 hex digits of the hash',
  'cli.vault.auditBroken': 'Audit log: {entries} entries, anchor in the key file: {anchor}, BROKEN',
  'cli.vault.auditEntryProblem': 'entry {sequence}: {problem}',
  'cli.vault.auditIntact': 'Audit log: {entries} entries, anchor in the key file: {anchor}, intact',
  'cli.vault.auditLogIntactEntries':
    'Audit log intact: {entriesChecked} entries, matching anchor {anchorSequence} in the key file.',
  'cli.vault.auditVerifyRecomputeThe':
    'audit verify [--anchor ENTRY:HASH]…  recompute the audit hash chain, check it against the anchors (sealed results, prints, backups), report the first problem',
  'cli.vault.vaultCheckUnlockRun':
    'vault check                         unlock, run integrity_check and verify the audit chain',
  'cli.vault.vaultCreatedTheRecovery':
    'Vault created. The RECOVERY KEY below is shown only once: copy it on paper, seal it in an envelope, keep it in the safe.',
  'cli.vault.vaultInitNameName':
    'vault init [--name NAME] [--admin LOGIN] [--full-name FULL_NAME]   create the vault and its first administrator',
  'cli.vault.vaultName': 'Vault name: ',
  'cli.parse.unknownOption': 'there is no option “{option}”',
  'cli.parse.missingValue': 'the option “{option}” needs a value',
  'cli.parse.noValue': 'the option “{option}” takes no value',
  'cli.parse.unexpected': 'unexpected “{argument}”',
  'cli.parse.unreadable': 'the command line cannot be read',
  'cli.parse.language': '--lang takes vi or en, not “{language}”',
  'cli.parse.unknownCommand': 'there is no command “{command}”',
  'cli.help.usage': 'Usage: kiem-phieu [--data-dir DIRECTORY] [--lang vi|en] [--user LOGIN] <command> [options]',
  'cli.help.globals':
    'Global options (anywhere on the line): --data-dir DIRECTORY, --lang vi|en, --user LOGIN, --help, --version. Passwords are always asked for (or read line by line from stdin), never taken from the command line. Exit codes: 0 done, 1 failed (one line says why), 2 wrong usage.',
  'cli.help.commands': 'Commands (kiem-phieu <command> --help tells more):',
  'cli.help.usageOf': 'Usage:',
  'cli.help.options': 'Its options:',
  'cli.help.value': 'VALUE',
  'cli.user.roleOneOf': '--role takes one of: {roles}',
  'cli.api.usage':
    'api CALL [--input FILE.json | --input -] [--json]; api --list [--json]    make any call (the value as JSON on stdout; an error as JSON on stderr, exit 1)',
  'cli.api.everyone': 'everyone, no sign-in',
  'cli.api.cannotReadInput': 'cannot read the input “{file}”',
  'cli.api.inputNotJson': 'the input “{file}” is not JSON',
  'cli.api.needsCall': 'needs a call name, e.g. api campaigns.list (see api --list)',
  'cli.api.unknownCall': 'there is no call “{call}” (see api --list)',
  'cli.progressLine.checkingLines': 'checking every line',
  'cli.progressLine.storingBallots': 'storing the ballots',
  'cli.progressLine.checkingPackage': 'checking the package’s signature and every ballot',
  'cli.progressLine.mergingBatches': 'merging each batch',
  'cli.ballots.usage':
    'ballots import --contest ID --file FILE.jsonl    import ballots as JSON lines into a new batch, all or nothing (head)',
  'cli.ballots.needsContestAndFile': 'needs --contest ID and --file FILE.jsonl',
  'cli.ballots.imported': 'Imported {imported} ballots into batch {batch}.',
  'cli.campaign.exportUsage':
    'campaign export --campaign ID --out FILE.json    write a campaign’s whole setup to one file (admin, head)',
  'cli.campaign.importUsage':
    'campaign import --file FILE.json    build a campaign from a setup file, keeping its ids (admin)',
  'cli.campaign.exportNeeds': 'needs --campaign ID and --out FILE.json',
  'cli.desk.kitUsage':
    'desk kit --campaign ID --name DESK_NAME --fingerprint FINGERPRINT [--unit-type CODE] [--second-entry] --out DIR — make a kit for another desk (head; asks for the signing passphrase); --second-entry: the desk’s package is only the first keying, the main desk keys the paper again',
  'cli.desk.kitNeeds': 'needs --campaign, --name, --fingerprint and --out',
  'cli.desk.noContests': 'no contest is left to give to a desk (of the unit type chosen)',
  'cli.desk.passphrase': 'The head’s signing passphrase: ',
  'cli.desk.kitWritten': 'Desk kit written ({contests} contests): {path}',
  'cli.desk.openUsage':
    'desk open --file FILE.bkp.json --fingerprint MAIN_FINGERPRINT — open a desk kit (administrator)',
  'cli.desk.openNeeds': 'needs --file and --fingerprint',
  'cli.desk.opened': 'Kit {kitId} opened: campaign {campaignId}, {contests} contests.',
  'cli.desk.exportUsage':
    'desk export --campaign ID --out DIR — export the desk package (the desk’s head; asks for the signing passphrase)',
  'cli.desk.exportNeeds': 'needs --campaign and --out',
  'cli.desk.exported': 'Desk package written ({batches} batches, {ballots} ballots): {path}',
  'cli.desk.importUsage': 'desk import --file FILE.gbp.json — merge a desk package at the main desk (head)',
  'cli.desk.importNeeds': 'needs --file',
  'cli.desk.merged':
    'Package of {deskName}: {merged} batches merged ({ballots} ballots); {alreadyMerged} merged before, passed over.',
  'cli.desk.awaitingSecondEntry':
    '{awaitingSecondEntry} batches are only a first keying: key the paper again at the main desk (pass 2), then settle the differences.',
} as const satisfies Translation<typeof vi>;
