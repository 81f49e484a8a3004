import { randomUUID } from 'node:crypto';
import type { desksCalls } from '../../shared/contract/desksCalls';
import { deskKitExtension, deskPackageExtension } from '../../shared/desks/deskKit';
import { fail, Failure } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { normalizeFingerprint } from '../../shared/results/signerRegister';
import { fileNamePart } from '../../shared/text/fileNames';
import { campaignStatusLabels } from '../../shared/campaigns/campaignSchemas';
import { type Handlers, signedInUser } from '../base/handlers';
import { type AirGapState, campaignFileOf, getCampaign, importFrozenCampaign, refusedWhileOnline } from '../campaigns';
import { generateArchiveKey } from '../backup';
import { signWithIdentity, unlockIdentity } from '../signing';
import type { VaultStore } from '../vault';
import {
  checkKitFile,
  checkPackageFile,
  kitCampaignFile,
  kitContentJson,
  signedFileBase64,
  signedFileJson,
} from './deskKitFile';
import { mergeDeskPackage } from './mergePackage';
import { deskPackageJson, openedKit, openedKitStatus } from './deskPackage';
import { contestsOfOtherDesks, listDesks, packageIdentityOf, recordOpenedKit, registerDesk } from './deskStore';
import { openSealedPackage, sealPackage } from './sealedPackage';
import { addStandInKeyer } from './standInKeyer';

const now = () => new Date();

/** While the machine is online, a campaign may refuse merging a desk's ballots (an import of ballots). */
export function createDesksHandlers(store: VaultStore, airGap: AirGapState): Handlers<typeof desksCalls> {
  return {
    'desks.makeKit': async (
      { campaignId, deskName, deskFingerprint, contestIds, passphrase, secondEntryAtMain },
      call,
    ) => {
      const user = signedInUser(call);
      const fingerprint = normalizeFingerprint(deskFingerprint);
      if (!fingerprint) return fail('SIGNER_FINGERPRINT_INVALID');
      const unlocked = await unlockIdentity(store, user.id, passphrase);
      if (unlocked instanceof Failure) return unlocked;
      const kitId = randomUUID();
      // The desk seals its packages to this key; its secret half never leaves this vault.
      const packageKey = await generateArchiveKey();
      return store.write(
        user,
        'desk.kitMade',
        { campaignId, kitId, deskName, fingerprint, contests: contestIds.length, secondEntryAtMain },
        (db) => {
          const campaign = getCampaign(db, campaignId);
          if (campaign.status !== 'open' && campaign.status !== 'counting')
            return fail('COUNTING_NOT_OPEN', { status: campaignStatusLabels[campaign.status] });
          const full = campaignFileOf(db, campaignId);
          const wanted = new Set(contestIds);
          const known = new Set(full.contests.map((contest) => contest.id));
          const unknown = [...wanted].filter((contestId) => !known.has(contestId));
          if (unknown.length > 0)
            return fail('DESK_CONTESTS_INVALID', {
              reason: message('core.desks.notOfCampaign', { count: unknown.length }),
            });
          const taken = contestsOfOtherDesks(db, [...wanted]);
          if (taken.length > 0)
            return fail('DESK_CONTESTS_INVALID', { reason: message('core.desks.otherDesk', { count: taken.length }) });
          const issuedAt = now();
          const contentJson = kitContentJson({
            kitId,
            deskName,
            deskFingerprint: fingerprint,
            issuedAt: issuedAt.toISOString(),
            secondEntryAtMain,
            packageRecipient: packageKey.recipient,
            campaign: kitCampaignFile(full, wanted),
          });
          const signed = signWithIdentity(unlocked, Buffer.from(contentJson, 'utf8'), issuedAt);
          const keyerId = secondEntryAtMain ? addStandInKeyer(db, kitId, deskName, issuedAt.toISOString()) : null;
          registerDesk(
            db,
            {
              kitId,
              campaignId,
              name: deskName,
              fingerprint,
              contestIds: [...wanted],
              keyerId,
              packageIdentity: packageKey.identity,
            },
            user.id,
            issuedAt.toISOString(),
          );
          return {
            kitId,
            fileName: `ban-phu-${fileNamePart(`${campaign.name} ${deskName}`, 'ban-phu')}${deskKitExtension}`,
            contentBase64: signedFileBase64('kiem-phieu/desk-kit-file@1', contentJson, signed),
          };
        },
      );
    },

    'desks.list': ({ campaignId }) =>
      store.read((db) => {
        getCampaign(db, campaignId);
        return listDesks(db, campaignId);
      }),

    'desks.openedKit': ({ campaignId }) =>
      store.read((db) => {
        getCampaign(db, campaignId);
        return openedKitStatus(db, campaignId);
      }),

    'desks.exportPackage': async ({ campaignId, passphrase }, call) => {
      const user = signedInUser(call);
      const unlocked = await unlockIdentity(store, user.id, passphrase);
      if (unlocked instanceof Failure) return unlocked;
      const made = store.write(
        user,
        'desk.packageExported',
        (signed: { batches: number; ballots: number }) => ({
          campaignId,
          batches: signed.batches,
          ballots: signed.ballots,
        }),
        (db) => {
          const campaign = getCampaign(db, campaignId);
          const kit = openedKit(db, campaignId);
          if (!kit) return fail('NOT_FOUND', { what: message('core.desks.kit') });
          const exportedAt = now();
          const made = deskPackageJson(db, campaignId, kit, exportedAt.toISOString());
          const signed = signWithIdentity(unlocked, Buffer.from(made.json, 'utf8'), exportedAt);
          return {
            kit,
            fileName: `goi-ban-phu-${fileNamePart(`${campaign.name} ${kit.deskName}`, 'ban-phu')}${deskPackageExtension}`,
            fileJson: signedFileJson('kiem-phieu/desk-package-file@1', made.json, signed),
            batches: made.batches,
            ballots: made.ballots,
          };
        },
      );
      if (made instanceof Failure) return made;
      const { kit, fileName, fileJson, batches, ballots } = made;
      const travelling = await sealPackage(
        fileJson,
        { kitId: kit.kitId, deskName: kit.deskName, batches, ballots },
        kit.packageRecipient,
      );
      return { fileName, contentBase64: Buffer.from(travelling, 'utf8').toString('base64'), batches, ballots };
    },

    'desks.mergePackage': async ({ contentBase64 }, call) => {
      const user = signedInUser(call);
      call.session.onProgress?.(0, 1, 'checkPackage');
      const opened = await openSealedPackage(Buffer.from(contentBase64, 'base64').toString('utf8'), (kitId) =>
        store.read((db) => packageIdentityOf(db, kitId)),
      );
      const checked = checkPackageFile(opened.signedFileText);
      // The clear summary names the kit whose key opened it; the signed content must say the same.
      if (checked.content.kitId !== opened.kitId)
        return fail('DESK_PACKAGE_INVALID', {
          reason: { vi: 'gói ghi một bộ dữ liệu khác', en: 'the package names another kit' },
        });
      call.session.onProgress?.(1, 1, 'checkPackage');
      return store.write(
        user,
        'desk.packageMerged',
        (result: { merged: number; alreadyMerged: number; ballots: number }) => ({
          kitId: checked.content.kitId,
          deskName: checked.content.deskName,
          ...result,
        }),
        (db) =>
          refusedWhileOnline(db, checked.content.campaignId, airGap) ??
          mergeDeskPackage(db, checked, user.id, now().toISOString(), call.session.onProgress),
      );
    },

    'desks.openKit': ({ contentBase64, mainFingerprint }, call) => {
      const typed = normalizeFingerprint(mainFingerprint);
      if (!typed) return fail('SIGNER_FINGERPRINT_INVALID');
      const text = Buffer.from(contentBase64, 'base64').toString('utf8');
      const kit = checkKitFile(text);
      // The main desk's head is whoever the people at this desk were told, on paper or on screen.
      if (kit.signerFingerprint !== typed)
        return fail('DESK_KIT_INVALID', { reason: message('core.desks.signerMismatch', { signer: kit.signer }) });
      const { content } = kit;
      return store.write(
        signedInUser(call),
        'desk.kitOpened',
        { kitId: content.kitId, campaignId: content.campaign.campaign.id, mainFingerprint: typed },
        (db) => {
          const openedAt = now().toISOString();
          const campaignId = importFrozenCampaign(db, content.campaign, openedAt);
          if (typeof campaignId !== 'string') return campaignId;
          recordOpenedKit(db, { kitId: content.kitId, campaignId, mainFingerprint: typed, file: text }, openedAt);
          return { campaignId, kitId: content.kitId, contests: content.campaign.contests.length };
        },
      );
    },
  };
}
