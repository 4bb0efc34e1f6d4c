#include "app/hl7delivery.h"
#include "app/modulecatalog.h"
#include "app/shell/shell.h"
#include "connectors/hl7/outboundservice.h"
#include "core/session/services.h"
#include "core/store/store.h"
#include "tests/connectors/hl7/mllppeer.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Ambulo;

namespace {

const QString AdminUser = QStringLiteral("admin");
const QString AdminPassword = QStringLiteral("admin-password-1");
const QString FrontUser = QStringLiteral("frontdesk");
const QString FrontPassword = QStringLiteral("front-password-1");

} // namespace

// The running application delivers outbound HL7 by itself: the shell's worker turns what people
// do into messages and sends them to python3-hl7's MLLP server on 127.0.0.1, off the GUI thread,
// across user switches, without anyone running `hl7 queue --send`.
class tst_Hl7Delivery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registrationLeavesWithoutAnyCommand();
    void deliveryOutlivesTheUserWhoStartedIt();

private:
    qint64 addInterface();
    qint64 registerPatient(const QString &family, const QString &given);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<App::Shell> m_shell;
    Test::MllpPeer m_peer;
};

void tst_Hl7Delivery::init()
{
    QVERIFY2(m_peer.start(), qPrintable(m_peer.error()));
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Core::Store::create(
        {m_dir->filePath(QStringLiteral("data")), m_dir->filePath(QStringLiteral("store.key"))},
        App::ModuleCatalog::migrations());
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    m_store = std::move(store.value());
    Core::Services setup(*m_store, QStringLiteral("test-setup"));
    QVERIFY(setup.practice().initialize(QStringLiteral("Delivery Practice")).ok());
    QVERIFY(setup.users()
                .bootstrapAdmin(
                    {AdminUser, QStringLiteral("Ada Admin"), Core::Role::Admin, AdminPassword})
                .ok());
    QVERIFY(setup.users().signIn(AdminUser, AdminPassword).ok());
    QVERIFY(
        setup.users()
            .add({FrontUser, QStringLiteral("Fran Front"), Core::Role::FrontDesk, FrontPassword})
            .ok());
    setup.users().signOut();
    m_shell = std::make_unique<App::Shell>(*m_store);
}

void tst_Hl7Delivery::cleanup()
{
    m_shell.reset();
    m_store.reset();
    m_dir.reset();
    m_peer.stop();
}

qint64 tst_Hl7Delivery::addInterface()
{
    Hl7::InterfaceConfig c;
    c.name = QStringLiteral("PM");
    c.host = QStringLiteral("127.0.0.1");
    c.port = m_peer.port();
    c.sendingFacility = QStringLiteral("ELM");
    c.receivingApplication = QStringLiteral("PM");
    c.receivingFacility = QStringLiteral("HOSP");
    Hl7::OutboundService outbound(m_shell->services().context());
    Core::Result<qint64> id = outbound.addInterface(c);
    if (!id)
        qWarning("addInterface: %s", qPrintable(id.error().message));
    return id ? id.value() : 0;
}

qint64 tst_Hl7Delivery::registerPatient(const QString &family, const QString &given)
{
    Core::Result<qint64> id = m_shell->services().patients().create(
        Test::samplePatient(family, given, QDate(1980, 5, 17)));
    if (!id)
        qWarning("create: %s", qPrintable(id.error().message));
    return id ? id.value() : 0;
}

void tst_Hl7Delivery::registrationLeavesWithoutAnyCommand()
{
    QVERIFY(m_shell->signIn(AdminUser, AdminPassword).ok());
    QVERIFY(m_shell->hl7Delivery().isRunning());
    QVERIFY(addInterface() > 0);
    // The interface starts at the change log's head: what existed before is not sent.
    QVERIFY(registerPatient(QStringLiteral("Quill"), QStringLiteral("Quinn")) > 0);

    // No domain event announced the registration; the worker finds it on its own within seconds.
    QTRY_COMPARE_WITH_TIMEOUT(m_peer.receivedField(QStringLiteral("PID-5-1")).size(), 1, 15000);
    const QJsonObject got = m_peer.received().first();
    QCOMPARE(got.value(QStringLiteral("fields")).toObject().value(QStringLiteral("MSH-9-2")),
             QJsonValue(QStringLiteral("A04")));
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-5-1")).first(), QStringLiteral("Quill"));
    QCOMPARE(got.value(QStringLiteral("answer")).toString(), QStringLiteral("AA"));

    // The queue knows it was acknowledged, as the monitor dock shows it.
    Hl7::OutboundService outbound(m_shell->services().context());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto states = outbound.queueStates();
            return states && states->size() == 1 && states->first().acked == 1
                   && states->first().pending == 0;
        }(),
        10000);
    QVERIFY2(m_shell->hl7Delivery().lastError().isEmpty(),
             qPrintable(m_shell->hl7Delivery().lastError()));
}

void tst_Hl7Delivery::deliveryOutlivesTheUserWhoStartedIt()
{
    QVERIFY(m_shell->signIn(AdminUser, AdminPassword).ok());
    QVERIFY(addInterface() > 0);
    m_shell->switchUser();
    QVERIFY(!m_shell->isSignedIn());
    QVERIFY(m_shell->hl7Delivery().isRunning());

    // The front desk registers two patients; both leave, in order, without an admin signed in.
    QVERIFY(m_shell->signIn(FrontUser, FrontPassword).ok());
    QVERIFY(registerPatient(QStringLiteral("Rowe"), QStringLiteral("Rita")) > 0);
    QVERIFY(registerPatient(QStringLiteral("Sable"), QStringLiteral("Sam")) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer.receivedField(QStringLiteral("PID-5-1")),
                              (QStringList{QStringLiteral("Rowe"), QStringLiteral("Sable")}),
                              15000);
}

QTEST_MAIN(tst_Hl7Delivery)
#include "tst_hl7delivery.moc"
