// libFuzzer target for the HL7 v2 parser: any bytes either parse or fail with a position inside
// the input; a parsed message serializes back to exactly its input, every path read is safe, and
// a set() gives a message that parses again and reads back the value written.
#include "connectors/hl7/batch.h"
#include "connectors/hl7/message.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Ambulo::Hl7;

namespace {

void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_hl7_parse: broken promise: %s\n", what);
    std::abort();
}

} // namespace

#define CHECK(condition) check(condition, #condition)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const BatchPart &part : splitBatch(bytes)) {
        CHECK(part.offset >= 0 && part.offset + part.bytes.size() <= bytes.size());
        Error error;
        auto message = Message::parse(part.bytes, &error, {1 << 20, 2000, 20000});
        if (!message) {
            CHECK(error.position >= 0 && error.position <= part.bytes.size());
            CHECK(!error.message.isEmpty());
            continue;
        }
        CHECK(message->serialize() == part.bytes);
        static const char *const paths[] = {"MSH-1",    "MSH-2",      "MSH-9-2",
                                            "MSH-18",   "PID-3(2)-1", "PID-5-1-2",
                                            "OBX(3)-5", "ZZZ-1",      "PID-11(1)-1-1"};
        for (const char *p : paths)
            (void)message->get(QString::fromLatin1(p));
        // Write a value full of the message's own delimiters, then read it back after a reparse.
        const Delimiters &d = message->delimiters();
        QString value = QStringLiteral("v");
        for (char c : {d.field, d.component, d.repetition, d.escape, d.subcomponent, '\n', '"'})
            value += QLatin1Char(c);
        if (message->set(QStringLiteral("PID-5(2)-3-2"), value)) {
            const auto again = Message::parse(message->serialize(), &error, {1 << 21, 2001, 40000});
            CHECK(again.has_value());
            CHECK(again->get(QStringLiteral("PID-5(2)-3-2"))->text() == value);
        }
    }
    return 0;
}
