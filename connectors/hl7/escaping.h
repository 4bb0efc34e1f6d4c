#pragma once

#include "connectors/hl7/delimiters.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Ambulo::Hl7 {

// The character sets of MSH-18 that Ambulo reads and writes.
enum class Charset { Ascii, Latin1, Utf8 };

// MSH-18's first value: "ASCII", "8859/1", "UNICODE UTF-8"; empty means UTF-8 (the v2.8 default
// and what every peer we know sends). Anything else is refused rather than guessed.
std::optional<Charset> charsetFromName(QByteArrayView name);
QByteArray charsetName(Charset charset);

QString decodeText(QByteArrayView bytes, Charset charset);
// Null when the text holds a character the character set cannot carry.
std::optional<QByteArray> encodeText(QStringView text, Charset charset);

// Escape sequences (HL7 v2 chapter 2.7). Decoding turns \F\ \S\ \T\ \R\ \E\ (and \P\ for the
// truncation character) into the message's own delimiters, \Xhh..\ into bytes and \.br\ into a
// line feed. Other formatting (\.sp\, \H\, \Zxx\, ...) and anything malformed is kept exactly
// as written: a value is never shortened or rejected because of an escape.
QByteArray unescape(QByteArrayView raw, const Delimiters &delimiters);
// The inverse for a plain value: delimiters become their sequences, a line feed \.br\, other
// control bytes (a carriage return too) \Xhh\, so unescape(escape(x)) == x for every x. A value
// that is exactly `""` is written as hex so it does not read as null.
QByteArray escape(QByteArrayView value, const Delimiters &delimiters);

} // namespace Ambulo::Hl7
