#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

// The hand-written messages under fixtures/, one file each (batch_*.hl7 hold several).
namespace Ambulo::Test::Hl7Fixtures {

inline QString dir()
{
    return QStringLiteral(AMBULO_HL7_TEST_DIR "/fixtures");
}

inline QStringList names()
{
    return QDir(dir()).entryList({QStringLiteral("*.hl7")}, QDir::Files, QDir::Name);
}

inline QByteArray read(const QString &name)
{
    QFile f(QDir(dir()).filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace Ambulo::Test::Hl7Fixtures
