#pragma once

// What the ADT adapter tests (tst_hl7adt, tst_hl7adtmerge) share: a real store made afresh for
// every test function, signed in as interface PM (as the engine runs the adapters), the ADT
// handler on it, and ways to feed it messages and look at the patients it wrote.

#include "connectors/hl7/adapters/adthandler.h"
#include "core/context/eventhub.h"
#include "core/session/interfacesession.h"
#include "core/store/database.h"
#include "tests/connectors/hl7/hl7fixtures.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <optional>

namespace Ambulo::Test {

// The test classes derive from this; its init() runs before every test function of theirs.
class AdtHandlerTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_t = std::make_unique<TestStore>();
        QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
        Core::ServiceContext &context = m_t->services().context();
        context.setSession(Core::interfaceSession(QStringLiteral("hl7:PM")));
        context.setOrigin(QStringLiteral("hl7:PM"));
        m_context = std::make_unique<Hl7::HandlerContext>(
            Hl7::HandlerContext{m_t->services(), m_events, QStringLiteral("PM")});
        m_handler = std::make_unique<Hl7::AdtHandler>(*m_context);
    }

protected:
    // A message under fixtures/ (e.g. "adapters/adt_a04_register.hl7"); empty when missing.
    static QByteArray readFixture(const QString &relative) { return Hl7Fixtures::read(relative); }

    Hl7::Outcome apply(const QByteArray &bytes)
    {
        Hl7::Error error;
        std::optional<Hl7::Message> m = Hl7::Message::parse(bytes, &error);
        if (!m)
            return Hl7::Outcome::failed(QStringLiteral("parse"), {}, error.toString());
        return m_handler->apply(*m);
    }

    Hl7::Outcome applyFile(const QString &name)
    {
        const QByteArray bytes = readFixture(name);
        if (bytes.isEmpty())
            return Hl7::Outcome::failed(QStringLiteral("missing"), {}, name);
        return apply(bytes);
    }

    qint64 patientCount()
    {
        Core::Query q = m_t->store().db().query(QStringLiteral("SELECT count(*) FROM patients"));
        return q.next() ? q.int64(0) : -1;
    }

    // The patient holding this identifier; 0 when none does, -1 on error.
    qint64 byIdentifier(const QString &value, const QString &authority)
    {
        auto id = m_t->services().patients().findByIdentifier(value, authority);
        return id ? id.value() : -1;
    }

    std::unique_ptr<TestStore> m_t;
    Core::EventHub m_events;
    std::unique_ptr<Hl7::HandlerContext> m_context;
    std::unique_ptr<Hl7::AdtHandler> m_handler;
};

} // namespace Ambulo::Test
