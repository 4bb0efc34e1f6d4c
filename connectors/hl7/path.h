#pragma once

#include "connectors/hl7/hl7error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Ambulo::Hl7 {

// A location in a message in the style of HAPI's Terser, every index 1-based:
//   SEG[(occurrence)]-FIELD[(repetition)][-COMPONENT[-SUBCOMPONENT]]
// e.g. PID-5-1, PID-3(2)-1, OBX(3)-5, PID-11(1)-1-1, MSH-9-2. As in HAPI, a path that stops at
// a field or component means its first component / subcomponent. MSH-1 is the field separator
// itself and MSH-2 the encoding characters.
struct Path
{
    QByteArray segment;
    int occurrence = 1;
    int field = 1;
    int repetition = 1;
    int component = 1;
    int subcomponent = 1;

    // Indices above this are refused: no real message has them, and set() would otherwise build
    // megabytes of empty delimiters from one typo.
    static constexpr int MaxIndex = 9999;

    static std::optional<Path> parse(QStringView text, Error *error = nullptr);
    QString toString() const;
};

} // namespace Ambulo::Hl7
