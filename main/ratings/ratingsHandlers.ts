import type { ratingsCalls } from '../../shared/contract/ratingsCalls';
import { fail } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import {
  checkRatingDecision,
  defaultRatingRuleSettings,
  ratingBreachesInWords,
} from '../../shared/ratings/ratingRules';
import {
  importableRoster,
  rosterSummary,
  rosterTableForExport,
  validateRosterTable,
} from '../../shared/ratings/rosterRows';
import { matchesWordStarts } from '../../shared/text/vietnamese';
import { type Handlers, signedInUser } from '../base/handlers';
import { readTable } from '../tabular/readTable';
import { writeCsv, writeXlsx } from '../tabular/writeTable';
import type { VaultStore } from '../vault';
import { getRecord, insertRecord, listRecords } from './recordStore';
import { decisionContext } from './ratingContext';
import { applyRoster, listRoster, rosterSubject } from './rosterStore';
import { getEntry, getRound, insertRound, listEntries, listRounds, saveAssessment, saveDecision } from './roundStore';
import { ratingTargetsDashboard } from './targetsDashboard';
import { listTargetSets, replaceTargetSets } from './targetStore';
import { createVoteHandlers } from './voteHandlers';

const now = () => new Date().toISOString();

async function checkRosterFile(file: { fileName: string; contentBase64: string }) {
  const table = await readTable(file.fileName, Buffer.from(file.contentBase64, 'base64'));
  const result = validateRosterTable(table);
  return {
    organisations: importableRoster(result),
    preview: { ...rosterSummary(result.organisations), errors: result.errors },
  };
}

export function createRatingsHandlers(store: VaultStore): Handlers<typeof ratingsCalls> {
  return {
    'ratings.previewRoster': async ({ file }) => (await checkRosterFile(file)).preview,

    // All or nothing: a single error anywhere and not one row is written.
    'ratings.importRoster': async ({ file }, context) => {
      const { organisations, preview } = await checkRosterFile(file);
      if (!organisations) return fail('IMPORT_HAS_ERRORS', { count: preview.errors.length });
      const { errors: _none, ...counts } = preview;
      return store.write(
        signedInUser(context),
        'rating.rosterImported',
        { fileName: file.fileName, ...counts },
        (db) => {
          applyRoster(db, organisations);
          return preview;
        },
      );
    },

    'ratings.roster': ({ search }) =>
      store.read((db) =>
        listRoster(db).flatMap((organisation) => {
          if (!search.trim()) return [organisation];
          const own = [organisation.name, organisation.code, organisation.collective?.name ?? ''].some((text) =>
            matchesWordStarts(text, search),
          );
          const members = organisation.members.filter((member) => matchesWordStarts(member.fullName, search));
          if (own) return [organisation];
          return members.length > 0 ? [{ ...organisation, members }] : [];
        }),
      ),

    'ratings.exportRoster': async ({ format }) => {
      const roster = store.read(listRoster);
      const codes = new Map(roster.map((organisation) => [organisation.id, organisation.code]));
      const table = rosterTableForExport(
        roster.map((organisation) => ({
          code: organisation.code,
          name: organisation.name,
          kind: organisation.kind,
          parentCode: organisation.parentId ? (codes.get(organisation.parentId) ?? null) : null,
          unitName: organisation.unitName,
          collectiveName: organisation.collective?.name ?? null,
          members: organisation.members.map(({ fullName, position, isHead }) => ({ fullName, position, isHead })),
        })),
      );
      const bytes =
        format === 'csv'
          ? writeCsv(table)
          : await writeXlsx([{ name: 'Tổ chức, đảng viên', headers: table.headers, rows: table.rows }]);
      return { fileName: `to-chuc-dang-vien.${format}`, contentBase64: Buffer.from(bytes).toString('base64') };
    },

    'ratings.createRound': ({ year, name, rules }, context) =>
      store.write(signedInUser(context), 'rating.roundCreated', { year, name }, (db) => {
        if (db.prepare('SELECT 1 FROM rating_rounds WHERE year = ?').get(year))
          return fail('RATING_ROUND_EXISTS', { year });
        const roundId = insertRound(db, { year, name, rules: rules ?? defaultRatingRuleSettings }, now());
        return getRound(db, roundId);
      }),

    'ratings.rounds': () => store.read(listRounds),

    'ratings.round': ({ roundId }) =>
      store.read((db) => ({ round: getRound(db, roundId), entries: listEntries(db, roundId) })),

    'ratings.assess': ({ roundId, subjectId, selfLevel, selfAssessment, proposedLevel }, context) =>
      store.write(signedInUser(context), 'rating.assessed', { roundId, subjectId, selfLevel, proposedLevel }, (db) => {
        const entry = getEntry(db, roundId, subjectId);
        if (entry.decidedLevel) return fail('RATING_ALREADY_DECIDED', { name: entry.name });
        saveAssessment(db, roundId, subjectId, { selfLevel, selfAssessment, proposedLevel });
        return getEntry(db, roundId, subjectId);
      }),

    // The rules are the core's: a decision that breaks one is refused here, whatever the screen allowed.
    'ratings.decide': ({ roundId, subjectId, level, decisionNumber, decisionDate, consideredRecordIds }, context) =>
      store.write(
        signedInUser(context),
        'rating.decided',
        { roundId, subjectId, level, decisionNumber, decisionDate, records: consideredRecordIds.length },
        (db) => {
          const round = getRound(db, roundId);
          getEntry(db, roundId, subjectId);
          const missing = consideredRecordIds.find((id) => !getRecord(db, id));
          if (missing) return fail('NOT_FOUND', { what: message('core.ratings.record', { id: missing }) });
          const decision = { roundId, subjectId, level, consideredRecordIds };
          const breaches = checkRatingDecision(decision, decisionContext(db, round), round.rules);
          if (breaches.length > 0) return fail('RATING_RULE_BROKEN', { reason: ratingBreachesInWords(breaches) });
          saveDecision(db, { ...decision, decisionNumber, decisionDate }, now());
          return getEntry(db, roundId, subjectId);
        },
      ),

    'ratings.addRecord': ({ subjectId, kind, year, description }, context) =>
      store.write(signedInUser(context), 'rating.recordAdded', { subjectId, kind, year }, (db) => {
        if (!rosterSubject(db, subjectId)) return fail('NOT_FOUND', { what: message('core.ratings.rosterSubject') });
        return getRecord(db, insertRecord(db, { subjectId, kind, year, description }, now()))!;
      }),

    'ratings.records': ({ subjectId }) => store.read((db) => listRecords(db, subjectId)),

    'ratings.targetSets': () => store.read(listTargetSets),

    'ratings.setTargetSets': ({ sets }, context) =>
      store.write(signedInUser(context), 'rating.targetsSet', { sets: sets.length }, (db) => {
        replaceTargetSets(db, sets);
        return listTargetSets(db);
      }),

    'ratings.targets': ({ year }) => store.read((db) => ratingTargetsDashboard(db, year)),

    ...createVoteHandlers(store),
  };
}
