#pragma once

#include "connectors/hl7/hl7error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Ambulo::Hl7 {

// The separators a message declares in MSH-1 and MSH-2. Nothing is assumed: every message
// carries its own, and values are escaped with the message's own set.
struct Delimiters
{
    char field = '|';
    char component = '^';
    char repetition = '~';
    char escape = '\\';
    char subcomponent = '&';
    char truncation = 0; // v2.7's fifth encoding character; 0 when the message has none

    // MSH-2 as written: component, repetition, escape, subcomponent[, truncation].
    QByteArray encodingCharacters() const;
    bool isDelimiter(char c) const
    {
        return c == field || c == component || c == repetition || c == escape || c == subcomponent
               || (truncation != 0 && c == truncation);
    }

    // Reads MSH-1 and MSH-2 from the start of a message ("MSH" then the field separator).
    static std::optional<Delimiters> fromHeader(QByteArrayView bytes, Error *error);
    // Checks a set chosen by a caller (e.g. for Message::create) by the same rules.
    bool isValid(QString *why = nullptr) const;
};

} // namespace Ambulo::Hl7
