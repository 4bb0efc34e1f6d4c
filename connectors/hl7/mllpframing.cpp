#include "connectors/hl7/mllpframing.h"

namespace Ambulo::Hl7::Mllp {

QByteArray frame(const QByteArray &message)
{
    QByteArray framed;
    framed.reserve(message.size() + 3);
    framed.append(StartBlock).append(message).append(EndBlock).append(CarriageReturn);
    return framed;
}

FrameDecoder::FrameDecoder(qsizetype maxMessageBytes)
    : m_max(maxMessageBytes)
{}

QList<QByteArray> FrameDecoder::feed(const QByteArray &bytes)
{
    QList<QByteArray> done;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n && !m_overflowed) {
        if (!m_inFrame) {
            const qsizetype start = bytes.indexOf(StartBlock, i);
            if (start < 0) {
                m_skipped += n - i;
                break;
            }
            m_skipped += start - i;
            m_inFrame = true;
            m_sawEnd = false;
            m_current.clear();
            i = start + 1;
            continue;
        }
        if (m_sawEnd) {
            m_sawEnd = false;
            if (bytes.at(i) == CarriageReturn) {
                done.append(std::exchange(m_current, {}));
                m_inFrame = false;
                ++i;
                continue;
            }
            // <FS> not followed by <CR>: tolerated (some senders omit it); the frame ends here and
            // this byte is looked at again outside a frame.
            done.append(std::exchange(m_current, {}));
            m_inFrame = false;
            continue;
        }
        const qsizetype end = bytes.indexOf(EndBlock, i);
        const qsizetype stop = end < 0 ? n : end;
        // A new start block inside a frame means the previous frame was cut off: start over.
        const qsizetype restart = bytes.indexOf(StartBlock, i);
        if (restart >= 0 && restart < stop) {
            m_skipped += m_current.size() + (restart - i) + 1;
            m_current.clear();
            i = restart + 1;
            continue;
        }
        m_current.append(bytes.constData() + i, stop - i);
        if (m_current.size() > m_max) {
            m_overflowed = true;
            m_current.clear();
            break;
        }
        if (end < 0)
            break;
        m_sawEnd = true;
        i = end + 1;
    }
    return done;
}

} // namespace Ambulo::Hl7::Mllp
