#pragma once

#include "core/entities/patient.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace Ambulo::Core {

class Database;
class Query;
class ServiceContext;

// What a merge hook is told: rows of `mergedId` are to belong to `survivorId` from now on.
struct MergeEvent
{
    Database &db;
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    QString origin; // the change origin, for the hook's own change-log rows
};

struct SearchResult
{
    QList<PatientMatch> matches;
    bool truncated = false; // more patients match than are shown; type more to narrow
};

class PatientService
{
public:
    explicit PatientService(ServiceContext &context);

    // With the identifiers other systems know the patient by, in the same transaction.
    Result<qint64> create(Patient patient, const QList<PatientIdentifier> &identifiers = {});
    // The same, returning the record as stored (its id, and its MRN when one was allocated),
    // so a caller that needs them has no reason to open the chart (an audited read).
    Result<Patient> createRecord(Patient patient, const QList<PatientIdentifier> &identifiers = {});
    // A bulk load (migration from another system, demo): one transaction, all or nothing, and one
    // audit entry naming the MRN range. Returns the new ids in input order. `identifiers`, when
    // given, holds each patient's identifiers from other systems, by the patients' order.
    Result<QList<qint64>> import(QList<Patient> patients,
                                 const QList<QList<PatientIdentifier>> &identifiers = {});
    Status update(const Patient &patient);
    // Gives the patient another MRN: `mrn`, or the next free one when empty. For the sync engine
    // only, when two workstations gave one number to two people while offline: the server keeps
    // the number for whoever reached it first (see connectors/sync/README.md). Audited with the
    // old and new number; a change-log "update" row carries it to the other systems. Returns the
    // new MRN.
    Result<QString> changeMrn(qint64 id, const QString &mrn, const QString &reason);

    // How a search is audited. Type-ahead runs on every keystroke and is audited when the clerk
    // opens the chosen patient; a listing that leaves the app (CLI, export) is audited itself.
    enum class SearchUse { TypeAhead, Listing };

    // Every term is a prefix of a name, the MRN, the birth date or a phone number, in any order.
    Result<SearchResult> search(const QString &typed, int limit, SearchUse use);

    // Opens a chart: audited as a read. A restricted patient needs a typed reason and the
    // break-glass permission; the entry is flagged for review.
    Result<Patient> open(qint64 id, const QString &breakGlassReason = {});
    Result<Patient> openByMrn(const QString &mrn, const QString &breakGlassReason = {});

    // The patient another system knows by (value, authority); 0 when none. A merged-away patient
    // resolves to its survivor.
    Result<qint64> findByIdentifier(const QString &value, const QString &authority);
    // The patient with this MRN (following a merge); 0 when none. Not audited: a lookup, not a
    // read.
    Result<qint64> findByMrn(const QString &mrn);
    // The records that could be `person`, whom another system registers under numbers unknown
    // here: the same family and given name (case and accents aside) and birth date, no other
    // sex or middle initial on record, no number from the authorities of `identifiers` (a record
    // that system numbers otherwise is someone else to it), and no earlier match to any of
    // `identifiers` that was found wrong (its number taken off, or the match undone). Merged-away
    // records are skipped, and restricted ones: a sensitive chart is never linked by a guess. Empty
    // when the person has no birth date, or when more than MaxSamePerson records share the name and
    // birth date. Not audited: a lookup, not a read.
    Result<QList<qint64>> findSamePerson(const Patient &person,
                                         const QList<PatientIdentifier> &identifiers);
    // Records, flagged for an admin's review, that `source` (say "ADT^A04 AD0001 from interface
    // HOSP") was taken to be the record `before` by name and birth date, made it `after` and gave
    // it `identifiers`; the two versions are kept for undoSamePerson.
    Status noteSamePerson(const Patient &before, const Patient &after,
                          const QList<PatientIdentifier> &identifiers, const QString &source);
    // The record's matches that may still be undone, newest first: not undone, and holding at
    // least one of the numbers they brought.
    Result<QList<SamePersonMatch>> samePersonMatches(qint64 patientId);
    // A match found wrong: the numbers it brought come off the record (withdrawn from the FHIR
    // server's copy too) and each field it changed is put back, unless changed again since. One
    // transaction, audited (patient.same-person-undo); PracticeAdmin, as for removeIdentifier.
    // The same numbers are never matched to the record by name again.
    Result<SamePersonUndo> undoSamePerson(qint64 matchId);
    // Every match waiting for an admin's review (neither undone nor confirmed, its record still
    // holding one of its numbers), newest first, across records, at most MaxReview. PracticeAdmin.
    // Not audited: MRNs, numbers and field names only.
    Result<QList<SamePersonMatch>> samePersonReview();
    // What match `matchId` changed, field by field. A read of the record's demographics, audited
    // as one; a restricted record is opened with a reason (break-glass) first, as a chart is.
    Result<QList<SamePersonChange>> samePersonChanges(qint64 matchId);
    // The admin found the match right: it leaves the review, can no longer be undone, and the
    // copies of the demographics go. Audited (patient.same-person-confirm). PracticeAdmin.
    Status confirmSamePerson(qint64 matchId);
    // The MRN of patient `id` (empty when there is none), to label an audit entry made about the
    // patient elsewhere. Not audited: a lookup, not a read.
    Result<QString> mrnOf(qint64 id);
    // Whether opening patient `id` (following a merge) needs break-glass, as a search shows.
    Result<bool> isRestricted(qint64 id);
    Result<QList<PatientIdentifier>> identifiers(qint64 patientId);
    // The assigning authorities the practice's records hold numbers of, most used first (at most
    // MaxAuthorities): what a clerk picks from when typing in a number by hand. Not audited: no
    // patient's data.
    Result<QStringList> knownAuthorities();
    // Records an identifier; refused (Conflict) when it already names another patient, and a
    // no-op when it names this one.
    Status addIdentifier(const PatientIdentifier &identifier);
    // Forgets an identifier of the patient (the system that gave it withdrew it, or it was given
    // to the wrong record); a no-op when the patient does not hold it. A person needs
    // PracticeAdmin besides PatientWrite, as for a merge: the number decides whose chart the
    // other system's messages go to. Unless the sync engine applies it from the server, the
    // withdrawal is also kept for the push to carry (withdrawnIdentifiers); adding the
    // identifier back forgets the withdrawal.
    Status removeIdentifier(const PatientIdentifier &identifier);
    // Identifiers taken off patient `patientId` here that the FHIR server's copy may still
    // carry, oldest first; settleWithdrawals forgets those the server no longer holds.
    Result<QList<PatientIdentifier>> withdrawnIdentifiers(qint64 patientId);
    Status settleWithdrawals(qint64 patientId, const QList<PatientIdentifier> &settled);

    // Two records of one person become one: the merged record's identifiers move to the survivor,
    // the merged record points at it (searches skip it, opening it opens the survivor), every
    // merge hook re-points its module's rows, and the merge is recorded (patient_merges, audit,
    // change log op "merge" with the merged id as detail) — all in one transaction. A person
    // needs PracticeAdmin besides PatientWrite; an interface PatientWrite alone.
    Status merge(qint64 survivorId, qint64 mergedId, const QString &reason);
    Result<QList<PatientMerge>> merges(qint64 survivorId);
    // For an audit report (AuditRead): every record of the person `mrn` names now — the record
    // with that MRN, or its survivor when it was merged away, and every record merged into that
    // one at any depth. Empty when no record has the MRN. A renumbered record keeps its id, so
    // its entries under the old MRN are found by id.
    Result<QList<qint64>> recordsOfPerson(const QString &mrn);

    // Modules own rows that refer to patients; core cannot name them, so each module registers a
    // hook that re-points its rows inside the merge's transaction. A hook of the same `owner`
    // replaces the earlier one. Hooks are plain functions of the event: nothing to outlive.
    using MergeHook = std::function<Status(const MergeEvent &event)>;
    void addMergeHook(const QString &owner, MergeHook hook);

    static Status validate(const Patient &patient);
    static Status validate(const PatientIdentifier &identifier);
    // How many matches are ranked by name before the list says "keep typing".
    static constexpr int MaxExamined = 200;
    static constexpr int MaxSamePerson = 20;
    static constexpr int MaxAuthorities = 50;
    static constexpr int MaxReview = 500;

private:
    Result<Patient> load(const QString &where, const QString &value);
    Status writeSearchIndex(const Patient &patient);
    Result<QString> nextMrn();
    Result<qint64> insert(Patient &patient);

    Result<qint64> resolveMerged(qint64 id);
    // Whether a match of patient `patientId` brought any of `identifiers` (the record holds none
    // of them now, or it would have been found by number): that pairing was found wrong.
    Result<bool> refutedMatch(qint64 patientId, const QList<PatientIdentifier> &identifiers);
    // The open matches `q` lists (id, patient_id, at, source, identifiers, before_fields,
    // after_fields, mrn), each with the numbers its record still holds; those holding none are
    // left out.
    Result<QList<SamePersonMatch>> openMatches(Query &q);
    // Inserts one identifier row: true when added, false when the patient already has it.
    Result<bool> insertIdentifier(PatientIdentifier identifier);

    ServiceContext &m_context;
    QList<std::pair<QString, MergeHook>> m_mergeHooks;
};

} // namespace Ambulo::Core
