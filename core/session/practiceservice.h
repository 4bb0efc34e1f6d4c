#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Ambulo::Core {

class ServiceContext;

struct PracticeSettings
{
    QString name;
    QString address;
    QString phone;
    QString npi;
    QString taxId;
    int idleLockMinutes = 10;
    // Whether an HL7 registration under numbers new here may be taken to be the one record with
    // the same name and birth date (PatientService::findSamePerson), rather than always making a
    // new record.
    bool matchSamePerson = true;
};

// Practice-wide settings (admin) and each user's own settings (dock layout). Both live in the
// encrypted store, so nothing about the practice or its users lands in plain config files.
class PracticeService
{
public:
    explicit PracticeService(ServiceContext &context);

    PracticeSettings settings() const; // readable before sign-in: the login screen shows the name
    Status save(const PracticeSettings &settings);
    Status initialize(const QString &practiceName); // at store creation, no session

    QByteArray userValue(const QString &key) const;
    Status setUserValue(const QString &key, const QByteArray &value);

    static Status validate(const PracticeSettings &settings);

private:
    Status write(const QMap<QString, QString> &values);

    ServiceContext &m_context;
};

} // namespace Ambulo::Core
