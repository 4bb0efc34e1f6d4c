#pragma once

#include <QByteArray>
#include <QList>

namespace Ambulo::Hl7::Mllp {

// MLLP (HL7 v2 Minimal Lower Layer Protocol, release 2): <VT> message <FS><CR>.
inline constexpr char StartBlock = 0x0b;
inline constexpr char EndBlock = 0x1c;
inline constexpr char CarriageReturn = 0x0d;

QByteArray frame(const QByteArray &message);

// Cuts a byte stream into messages. Frames may arrive split across reads or several in one read;
// bytes outside a frame (line noise, a peer's stray newline) are skipped and counted.
class FrameDecoder
{
public:
    explicit FrameDecoder(qsizetype maxMessageBytes = 16 * 1024 * 1024);

    // Feeds bytes; returns the messages completed by them, in order.
    QList<QByteArray> feed(const QByteArray &bytes);

    // A frame grew past the limit: the connection should be closed with an error.
    bool overflowed() const { return m_overflowed; }
    qsizetype skippedBytes() const { return m_skipped; }
    bool inFrame() const { return m_inFrame; }

private:
    QByteArray m_current;
    qsizetype m_max;
    qsizetype m_skipped = 0;
    bool m_inFrame = false;
    bool m_sawEnd = false; // <FS> seen, waiting for <CR>
    bool m_overflowed = false;
};

} // namespace Ambulo::Hl7::Mllp
