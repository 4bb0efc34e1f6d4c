#pragma once

// A stand-in inbound handler for the engine and listener tests (the real ADT adapters live with
// the patient services): ADT^A04 registers a patient whose MRN is PID-3-1, so a test can count
// how many times a message was applied. Family name FAIL writes the patient and then fails (its
// write must be rolled back), REJECT refuses the message as a whole.

#include "connectors/hl7/adapter.h"
#include "core/session/services.h"

#include <QDate>

namespace Ambulo::Test {

class TestAdtHandler : public Hl7::InboundHandler
{
public:
    explicit TestAdtHandler(Hl7::HandlerContext &context)
        : m_context(context)
    {}

    QStringList messageTypes() const override { return {QStringLiteral("ADT^A04")}; }

    Hl7::Outcome apply(const Hl7::Message &message) override
    {
        const auto field = [&](const char *path) {
            const auto v = message.get(QString::fromLatin1(path));
            return v ? v->text() : QString();
        };
        Core::Patient p;
        p.mrn = field("PID-3-1");
        p.family = field("PID-5-1");
        p.given = field("PID-5-2");
        p.birthDate = QDate::fromString(field("PID-7").left(8), QStringLiteral("yyyyMMdd"));
        p.sex = field("PID-8") == QLatin1String("F") ? QStringLiteral("female")
                                                     : QStringLiteral("male");
        if (p.family == QLatin1String("REJECT"))
            return Hl7::Outcome::rejected(QStringLiteral("207"), QStringLiteral("refused"));
        if (p.mrn.isEmpty())
            return Hl7::Outcome::failed(QStringLiteral("101"), QStringLiteral("PID-3"),
                                        QStringLiteral("PID-3 is required"));
        Core::Result<qint64> id = m_context.services.patients().create(p);
        if (!id)
            return Hl7::Outcome::fromError(id.error(), QStringLiteral("PID-5"));
        if (p.family == QLatin1String("FAIL"))
            return Hl7::Outcome::failed(QStringLiteral("103"), QStringLiteral("PID-5-1"),
                                        QStringLiteral("family name FAIL is not accepted"));
        return Hl7::Outcome::done(QStringLiteral("patient %1 registered").arg(p.mrn));
    }

    static Hl7::AdapterSet adapterSet()
    {
        Hl7::AdapterSet set;
        set.inbound = [](Hl7::HandlerContext &context) -> std::unique_ptr<Hl7::InboundHandler> {
            return std::make_unique<TestAdtHandler>(context);
        };
        return set;
    }

    // An ADT^A04 registering MRN `mrn`.
    static QByteArray message(const QString &controlId, const QString &mrn,
                              const QString &family = QStringLiteral("Doe"),
                              const QByteArray &msh15and16 = {})
    {
        QByteArray m =
            "MSH|^~\\&|SENDER^1.2.3^ISO|FAC|AMBULO|CLINIC|20260101120000||ADT^A04^ADT_A01|"
            + controlId.toUtf8() + "|P|2.5.1";
        if (!msh15and16.isEmpty())
            m += "|||" + msh15and16;
        m += "\rEVN|A04|20260101120000\rPID|1||" + mrn.toUtf8() + "^^^HOSP^MR||" + family.toUtf8()
             + "^Jane||19800101|F\r";
        return m;
    }

private:
    Hl7::HandlerContext &m_context;
};

} // namespace Ambulo::Test
