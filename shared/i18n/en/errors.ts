import type { errorTexts as vi } from '../vi/errors';
import type { Translation } from '../translation';

export const errorTexts = {
  'errors.UNKNOWN_CALL': 'There is no call named “{call}”.',
  'errors.INVALID_INPUT': 'The data sent is not valid: {reason}',
  'errors.NOT_SIGNED_IN': 'You need to sign in to do this.',
  'errors.FORBIDDEN': 'The role “{role}” is not allowed to do this.',
  'errors.SHELL_NOT_ALLOWED': 'This can only be done from: {shells}.',
  'errors.DATA_DIRECTORY_UNAVAILABLE': 'Cannot write to the data directory {path}.',
  'errors.DATA_DIRECTORY_NOT_PRIVATE':
    'The data directory {path} is readable by other users (mode {mode}) and the app cannot change that, as the directory is not yours. Choose another directory or have the machine’s administrator set mode 0700.',
  'errors.UNAUTHORIZED': 'The request does not carry this session’s access token.',
  'errors.FOREIGN_REQUEST': 'The request comes from a foreign address and was refused.',
  'errors.VAULT_ABSENT': 'There is no vault in {path} yet. Create the vault first.',
  'errors.VAULT_EXISTS': 'This folder already holds a vault; a new one is never created over it.',
  'errors.WRONG_PASSWORD': 'Wrong login or password.',
  'errors.WRONG_RECOVERY_KEY': 'The recovery key does not belong to this vault.',
  'errors.RECOVERY_KEY_MISTYPED':
    'The recovery key is mistyped (wrong format or check characters). Compare it with the paper copy.',
  'errors.LOCKED_OUT': 'Too many failed attempts. Try again in {seconds} seconds.',
  'errors.HEADER_DAMAGED':
    'The vault’s key file ({path}) is damaged or has been altered. The vault cannot be opened; restore it from a backup. Do not delete any file.',
  'errors.VAULT_DAMAGED':
    'The password is right but the vault file ({path}) is damaged. Restore the latest backup. Do not delete any file.',
  'errors.VAULT_TOO_NEW':
    'This vault was written by a newer version (format {found}; this version reads up to {supported}). Update the application.',
  'errors.VAULT_IN_USE': 'The vault is open in another window or program. Close it there first.',
  'errors.LOGIN_TAKEN': 'The login “{login}” is already taken.',
  'errors.USER_NOT_FOUND': 'There is no such user.',
  'errors.CANNOT_REMOVE_SELF': 'You cannot remove the account you are signed in with.',
  'errors.LAST_ADMIN': 'At least one administrator must remain.',
  'errors.PASSWORDS_DIFFER': 'The two passwords typed do not match.',
  'errors.STDIN_ENDED': 'Standard input ended before every question was answered.',
  'errors.CHECK_FAILED': 'The check failed: {reason}',
  'errors.NOT_FOUND': 'No such {what}.',
  'errors.IMPORT_UNREADABLE': 'Cannot read the file “{file}”: {reason}',
  'errors.IMPORT_HAS_ERRORS':
    'The file has {count} errors, so nothing was imported. Fix the errors listed and import again.',
  'errors.DRAW_RECORD_INVALID': 'The draw record is not in the expected format: {reason}',
  'errors.DRAW_MISMATCH': 'Recomputing the draw does not give the recorded result: {reason}',
  'errors.PRINT_UNAVAILABLE': 'Cannot produce the PDF: no Chromium, Google Chrome or Microsoft Edge on this computer.',
  'errors.TEMPLATE_FROZEN':
    'This template is in use and can no longer be edited. Copy it to a new version to change it.',
  'errors.CAMPAIGN_LOCKED': 'The campaign is “{status}”: this part can no longer be changed.',
  'errors.CAMPAIGN_CANNOT_ADVANCE': 'The status cannot change yet: {reason}',
  'errors.DRAW_ALREADY_HELD': 'This campaign’s draw has been held; a draw is never redone.',
  'errors.UNITS_FIXED_BY_DRAW': 'The draw was held from this list: the units can no longer be replaced.',
  'errors.SCHEDULE_INVALID': 'The schedule is not valid: {reason}',
  'errors.COUNTING_NOT_OPEN': 'The campaign is “{status}”: counting is not open.',
  'errors.COUNTING_CLOSED': 'Counting for this contest is closed: nothing can change any more.',
  'errors.SAME_KEYER': 'You have already keyed this batch; the second keying must be done by someone else.',
  'errors.KEYING_COMPLETE': 'This batch has been keyed the required number of times.',
  'errors.KEYING_FINISHED': 'This keying is finished; ballots can no longer be added or taken back.',
  'errors.NOT_YOUR_KEYING': 'This keying belongs to someone else.',
  'errors.RESOLVER_IS_KEYER': 'Someone who keyed this batch may not settle its differences; another head must.',
  'errors.BATCH_VERIFIED': 'This batch is verified; it can no longer change.',
  'errors.BALLOT_INVALID': 'The ballot does not fit its form: {reason}',
  'errors.NOTHING_TO_UNDO': 'There is no ballot to take back.',
  'errors.DIFFERENCES_PENDING': '{count} differences between the keyings are still to be settled by the head.',
  'errors.AUDIT_NOT_AVAILABLE': 'This batch cannot have a keying-quality audit: {reason}.',
  'errors.AUDIT_ALREADY_DRAWN': 'This batch’s keying-quality sample is drawn; a sample is never drawn again.',
  'errors.AUDIT_NOT_DRAWN': 'No keying-quality sample has been drawn for this batch.',
  'errors.AUDIT_NOT_INDEPENDENT': 'A keying-quality audit is a third person’s work: {reason}.',
  'errors.AUDIT_SAMPLE_KEYED': 'All {count} ballots of the sample are keyed; finish the keying.',
  'errors.AUDIT_INCOMPLETE': 'Only {keyed} of the sample’s {count} ballots are keyed.',
  'errors.AUDIT_ALREADY_JUDGED': 'This difference is judged already; a verdict cannot be changed.',
  'errors.RETURN_OPEN':
    'This batch is waiting for the keyer of pass {pass} to key fields again from the paper; settle them once answered (or withdraw the return).',
  'errors.DIFFERENCE_SETTLED':
    'The difference at ballot {position} is already settled; it cannot be sent back to the keyer.',
  'errors.KEYER_UNAVAILABLE':
    'The keyer of pass {pass} can no longer sign in (removed, or a desk’s keying): the head settles these fields.',
  'errors.RETURN_CLOSED': 'This return has already been answered or withdrawn.',
  'errors.RETURN_INCOMPLETE': 'Key again all {count} fields sent back, each once; nothing was saved.',
  'errors.RECONCILIATION_FAILS': 'Counting cannot be closed: {reason}',
  'errors.SURVEY_INVALID':
    'The file “{file}” has {count} errors, so no ballot was imported (preview it to see every error by row and column). First: {first}',
  'errors.LINES_INVALID': 'The file “{file}” has {count} bad lines, so no ballot was imported. First: {first}',
  'errors.RESULTS_NOT_READY':
    'No result yet: the counting of this contest has not been closed (reconcile and close it first).',
  'errors.CONTEST_SEALED':
    'The result of this contest is sealed: it cannot change; only a signed amendment can follow.',
  'errors.ALREADY_SEALED': 'This result is already sealed; to change it, record an amendment.',
  'errors.MACHINE_ONLINE':
    'This machine could reach outside (seen: {seen}; since {since}). This campaign refuses keying, sealing and signing while the machine is online: unplug the network cable, turn Wi-Fi off, wait for the red warning to go (up to 30 seconds) and try again.',
  'errors.NOT_SEALED': 'This result has not been sealed.',
  'errors.CORRECTION_ALREADY_OPEN':
    'This contest has a correction that has not concluded; conclude it before opening another.',
  'errors.CORRECTION_CONCLUDED': 'This correction has concluded; it can no longer change.',
  'errors.BATCH_ALREADY_REPLACED': 'This batch has been keyed again (or is being keyed again) for a correction.',
  'errors.BATCH_NOT_REKEYABLE':
    'Only a paper batch keyed and compared on this computer, and counted in the result, can be keyed again.',
  'errors.CORRECTION_BATCHES_PENDING': 'Batches of the correction are not yet keyed twice and verified: {batches}.',
  'errors.COUNTING_NOT_CLOSED': 'Counting for this contest is not closed yet, so it cannot be sealed.',
  'errors.SEAL_RECONCILIATION_FAILS':
    'The reconciliation has errors, so the result cannot be sealed or amended: {reason}',
  'errors.NO_SIGNING_IDENTITY':
    'You have no signing certificate yet. Generate one or import a PKCS#12 file before signing.',
  'errors.ALREADY_SIGNED': 'This record is already signed.',
  'errors.NOT_SIGNED': 'The head has not signed this record yet, so no package can be exported.',
  'errors.CERTIFICATE_NOT_VALID_NOW': 'The signing certificate is valid from {from} to {to}; it cannot sign today.',
  'errors.PKCS12_UNREADABLE': 'This is not a readable PKCS#12 (.p12/.pfx) file: {reason}',
  'errors.PKCS12_WRONG_PASSWORD': 'Wrong password for the PKCS#12 file.',
  'errors.PKCS12_NO_KEY': 'The PKCS#12 file holds no usable signing key: {reason}',
  'errors.PACKAGE_INVALID': 'The result package is rejected: {reason}',
  'errors.PACKAGE_NOT_INSPECTED':
    'Open (inspect) this package first; the groups to type are the ones the screen has just hidden.',
  'errors.DIGEST_GROUPS_WRONG':
    'The two digest groups typed do not match the package. Read them again on the paper minutes. Nothing was accepted.',
  'errors.PACKAGE_ALREADY_RECEIVED':
    'This result (same person, same digest) has already been received. If the package received was wrong, withdraw it and receive again.',
  'errors.SIGNER_NOT_TRUSTED':
    'The signer of this package ({signer}, certificate fingerprint {fingerprint}) is not in the register of trusted signers. The package was not received. Add a signer only after comparing the fingerprint with the paper minutes.',
  'errors.SIGNER_FINGERPRINT_INVALID':
    'A certificate fingerprint is exactly 64 hexadecimal digits (0–9, a–f), usually written as 16 groups of 4.',
  'errors.SIGNER_ALREADY_TRUSTED': 'A signer with this fingerprint is already in the register of trusted signers.',
  'errors.SIGNER_REGISTER_INVALID': 'The register of trusted signers is not valid: {reason}',
  'errors.PACKAGE_ALREADY_WITHDRAWN': 'This result package has already been withdrawn.',
  'errors.BACKUP_NOT_AGE': 'The file {path} is not an age-encrypted backup.',
  'errors.BACKUP_WRONG_KEY': 'The backup cannot be opened: {reason}',
  'errors.BACKUP_DAMAGED': 'The backup is damaged or was altered: {reason}. It cannot be used; use another backup.',
  'errors.BACKUP_TARGET_NOT_EMPTY':
    'The folder {path} is not empty; restore into it only when replacing the vault there (which is backed up first).',
  'errors.BACKUP_FOLDER_UNAVAILABLE':
    'The backup cannot be written to the backup folder ({state}). Plug in the USB drive or choose another folder under Archive.',
  'errors.BACKUP_NO_RECIPIENTS': 'There is no archive key to encrypt the backup to. Generate or add one under Archive.',
  'errors.BACKUP_BUSY': 'Another backup, verification or restore is under way; wait for it to finish and try again.',
  'errors.BACKUP_NOT_FOUND': 'There is no backup {fileName} in the backup folder.',
  'errors.RECIPIENT_EXISTS': 'This archive key is already on the list.',
  'errors.RECIPIENT_NOT_FOUND': 'This archive key was not found (it may have been retired already).',
  'errors.CORE_UNREACHABLE': 'Lost the connection to the application core. Close and reopen the application.',
  'errors.INTERNAL': 'Internal application error. Nothing was changed. Please tell the administrator.',
  'errors.BALLOTS_ALREADY_STORED':
    'The file “{file}” holds {count} ballots the vault already has (lines {lines}), so no ballot was imported. A file is imported once; ballot ids never repeat.',
  'errors.CAMPAIGN_EXISTS': 'This vault already holds the campaign “{name}”; it is not imported again.',
  'errors.CAMPAIGN_FILE_INVALID': 'The campaign file cannot be used: {reason}. Nothing was imported.',
  'errors.SIGNING_PASSPHRASE_WRONG':
    'The signing passphrase is wrong. If it is forgotten, make a new signing identity: the old certificate stays valid for what it signed.',
  'errors.DESK_CONTESTS_INVALID': 'These contests cannot be given to the desk: {reason}',
  'errors.DESK_KIT_INVALID': 'The desk kit is refused: {reason}',
  'errors.DESK_PACKAGE_INVALID': 'The desk package is refused: {reason}. Nothing was merged.',
  'errors.DESK_NOT_REGISTERED':
    'The package is signed by {signer} (fingerprint {fingerprint}), not by a desk registered when its kit was made. Nothing was merged.',
  'errors.RATING_RULE_BROKEN': 'The rating decision is refused because it breaks a rule: {reason}',
  'errors.RATING_ROUND_EXISTS': '{year} has a rating round already; there is one round a year.',
  'errors.RATING_ROSTER_EMPTY':
    'The roster has no organisation: import the organisations and members before opening a rating round.',
  'errors.RATING_ALREADY_DECIDED':
    'The level of {name} is decided; the self-assessment and the proposed level no longer change.',
  'errors.RATING_VOTE_INVALID': 'The vote cannot be prepared: {reason}',
  'errors.PLAN_PERIOD_INVALID': 'The plan’s period is not valid: it starts on {fromDate}, after it ends on {toDate}.',
  'errors.REMEDIATION_CRITERION_UNKNOWN': 'This person’s form has no criterion number {number}.',
  'errors.REMEDIATION_FLAGGED_UNCOVERED':
    'The remediation plan has no measure for flagged criterion {numbers}: each flagged criterion needs at least one.',
  'errors.REMEDIATION_NO_PLAN':
    'This person has not submitted a remediation plan: enter the plan before its follow-up.',
  'errors.REMEDIATION_MATCH_INVALID': 'The match cannot be made: {reason}',
  'errors.KIOSK_CODE_INVALID':
    'This code cannot be used: it is wrong, used already, or not of this conference. Check the code on the slip.',
  'errors.KIOSK_CLOSED': 'This conference’s kiosk is closed.',
  'errors.KIOSK_LAN_ADDRESS':
    'The address {address} is not this machine’s: choose one from the list of its network interfaces.',
  'errors.KIOSK_LAN_BUSY':
    'The hall network is open for the conference {unit}: close it there before opening it for another.',
  'errors.KIOSK_LAN_UNAVAILABLE': 'Could not open the hall network for phones: {reason}',
  'errors.TOO_MANY_ATTEMPTS': 'Too many attempts: wait a minute, then type the code on the slip again.',
} as const satisfies Translation<typeof vi>;
