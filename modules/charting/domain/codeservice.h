#pragma once

#include "core/result.h"
#include "modules/charting/domain/chartingtypes.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Ambulo::Core {
class Database;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {

// The code tables: ICD-10-CM (from the CMS order file) and the practice's procedure list
// (CPT/HCPCS with fees, from CSV). Imports are all or nothing, errors name the line.
class CodeService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::CodeService)

public:
    explicit CodeService(Core::ServiceContext &context);

    // The CMS "icd10cm_order" file: order number (5), code (7), header flag (1), short
    // description (60), long description, separated by single spaces. Replaces the code set.
    Core::Result<int> importIcd10(QIODevice &file);
    // "code,description,fee" per line (a header line is skipped; fields may be quoted). Adds or
    // replaces the codes named; others stay.
    Core::Result<int> importProcedures(QIODevice &file);
    // Adds a few codes (the demo's hand-written set) without replacing the others.
    Core::Status addIcd10(const QList<Icd10Code> &codes);

    // A code or its beginning ("E11", "e11.6") or words ("diab mell"), best first.
    Core::Result<QList<Icd10Code>> searchIcd10(const QString &text, int limit = 25);
    Core::Result<QList<ProcedureCode>> searchProcedures(const QString &text, int limit = 25);

    static Core::Result<Icd10Code> icd10(Core::Database &db, const QString &code);
    static Core::Result<ProcedureCode> procedure(Core::Database &db, const QString &code);
    // "E119" → "E11.9"; the store keeps codes without the dot.
    static QString withDot(const QString &code);
    static QString normalize(const QString &code);

private:
    Core::Status requireCodeRead();
    Core::Status insertIcd10(Core::Database &db, const Icd10Code &code);

    Core::ServiceContext &m_context;
};

} // namespace Ambulo::Charting
