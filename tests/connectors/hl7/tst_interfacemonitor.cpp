#include "app/shell/interfacedialog.h"
#include "app/shell/interfacemonitormodel.h"
#include "app/shell/interfacemonitorwidget.h"
#include "app/shell/shellconstants.h"
#include "connectors/hl7/adapters/patientmessages.h"
#include "connectors/hl7/listenerstate.h"
#include "connectors/hl7/mllplistener.h"
#include "connectors/hl7/outboundqueue.h"
#include "connectors/hl7/outboundservice.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/store/database.h"
#include "tests/support/modal.h"
#include "tests/support/testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace Ambulo;
namespace Names = App::Constants::ObjectNames;
namespace C = Hl7::OutboundConstants;

// The admin's interface monitor dock, offscreen, over a real store: what it shows, the audited
// text on demand, resend and discard, adding, changing and removing an interface, and nothing
// for a user without the permission.
class tst_InterfaceMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsStateAndParked();
    void refusedWithoutPermission();
    void showsInboundListeners();
    void addEditRemoveInterface();
    void restrictedPatientsMessageNeedsReason();

private:
    qint64 park(const QString &mrn, qint64 patientId);
    template<typename T>
    T *child(const char *name)
    {
        return m_widget->findChild<T *>(QLatin1String(name));
    }
    int auditCount(const char *action);

    std::unique_ptr<Test::TestStore> m_store;
    Core::PatientContext m_patient;
    Core::EventHub m_events;
    std::unique_ptr<Core::ModuleContext> m_context;
    std::unique_ptr<App::Internal::InterfaceMonitorWidget> m_widget;
    qint64 m_interface = 0;
};

void tst_InterfaceMonitor::init()
{
    m_store = std::make_unique<Test::TestStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    QVERIFY(m_store->signInAdmin());
    Hl7::InterfaceConfig c;
    c.name = QStringLiteral("PM");
    c.host = QStringLiteral("127.0.0.1");
    c.port = 2575;
    auto id = Hl7::OutboundService(m_store->services().context()).addInterface(c);
    QVERIFY(id);
    m_interface = id.value();
    m_context = std::make_unique<Core::ModuleContext>(
        Core::ModuleContext{m_store->services(), m_patient, m_events});
}

void tst_InterfaceMonitor::cleanup()
{
    m_widget.reset();
    m_context.reset();
    m_store.reset();
}

qint64 tst_InterfaceMonitor::park(const QString &mrn, qint64 patientId)
{
    Core::Database &db = m_store->store().db();
    Hl7::QueuedMessage m;
    m.interfaceId = m_interface;
    m.messageType = QStringLiteral("ADT^A08");
    m.entity = QStringLiteral("Patient");
    m.entityId = patientId;
    m.controlId = QStringLiteral("C-") + mrn;
    m.raw = "MSH|^~\\&|AMBULO||||20261201||ADT^A08|C-" + mrn.toUtf8() + "|P|2.5.1\rPID|1||"
            + mrn.toUtf8() + "||Doe^Jane\r";
    auto id = Hl7::OutboundQueue::enqueue(db, m);
    if (!id)
        return 0;
    m.id = id.value();
    if (!Hl7::OutboundQueue::markParked(db, m, QStringLiteral("AE"), QStringLiteral("AE: bad")))
        return 0;
    return m.id;
}

int tst_InterfaceMonitor::auditCount(const char *action)
{
    Core::AuditFilter filter;
    filter.action = QLatin1String(action);
    auto list = m_store->services().audit().list(filter);
    return list ? int(list->size()) : -1;
}

void tst_InterfaceMonitor::showsStateAndParked()
{
    const qint64 first = park(QStringLiteral("MRN7"), 7);
    const qint64 second = park(QStringLiteral("MRN8"), 8);
    QVERIFY(first && second);
    m_widget = std::make_unique<App::Internal::InterfaceMonitorWidget>(*m_context);
    m_widget->show();
    auto interfaces = child<QTableView>(Names::InterfaceTable);
    auto parked = child<QTableView>(Names::ParkedTable);
    auto text = child<QPlainTextEdit>(Names::ParkedText);
    QVERIFY(interfaces && parked && text);
    QTRY_COMPARE(interfaces->model()->rowCount(), 1);
    auto cell = [&](int column) {
        return interfaces->model()->index(0, column).data().toString();
    };
    using M = App::Internal::InterfaceMonitorModel;
    QCOMPARE(cell(M::NameColumn), QStringLiteral("PM"));
    QCOMPARE(cell(M::EndpointColumn), QStringLiteral("127.0.0.1:2575"));
    QCOMPARE(cell(M::ChangesColumn), QStringLiteral("Every workstation's changes"));
    QCOMPARE(cell(M::StateColumn), QStringLiteral("Needs attention"));
    QCOMPARE(cell(M::ParkedColumn), QStringLiteral("2"));
    QCOMPARE(cell(M::LastErrorColumn), QStringLiteral("AE: bad"));
    QCOMPARE(parked->model()->rowCount(), 2);
    QVERIFY(!child<QPushButton>(Names::ParkedShowText)->isEnabled());

    // The text only on demand, and the read is audited with the patient.
    parked->selectRow(0);
    QVERIFY(text->toPlainText().isEmpty());
    QCOMPARE(auditCount(C::Audit::MessageRead), 0);
    QTest::mouseClick(child<QPushButton>(Names::ParkedShowText), Qt::LeftButton);
    QVERIFY(text->toPlainText().contains(QLatin1String("PID|1||MRN7")));
    QVERIFY(text->toPlainText().contains(QLatin1Char('\n')));
    QCOMPARE(auditCount(C::Audit::MessageRead), 1);
    Core::AuditFilter filter;
    filter.action = QLatin1String(C::Audit::MessageRead);
    QCOMPARE(m_store->services().audit().list(filter)->first().patientMrn, QStringLiteral("MRN7"));
    // Another row: the first one's text goes away; a refresh keeps the selection.
    parked->selectRow(1);
    QVERIFY(text->toPlainText().isEmpty());
    // An admin limits the interface to this workstation's changes: the refresh shows it, and
    // keeps the selection.
    Hl7::OutboundService service(m_store->services().context());
    Hl7::InterfaceConfig local = *service.interfaceByName(QStringLiteral("PM")).value();
    local.localChangesOnly = true;
    QVERIFY(service.updateInterface(local));
    m_widget->refresh();
    QCOMPARE(cell(M::ChangesColumn), QStringLiteral("This workstation's changes"));
    QCOMPARE(parked->selectionModel()->selectedRows().value(0).data(Qt::UserRole).toLongLong(),
             second);

    // Resend the second, discard the first.
    QTest::mouseClick(child<QPushButton>(Names::ParkedResend), Qt::LeftButton);
    QCOMPARE(Hl7::OutboundQueue::message(m_store->store().db(), second).value()->state,
             QStringLiteral("pending"));
    QCOMPARE(parked->model()->rowCount(), 1);
    QCOMPARE(cell(M::PendingColumn), QStringLiteral("1"));
    QCOMPARE(cell(M::StateColumn), QStringLiteral("Sending"));
    parked->selectRow(0);
    QTest::mouseClick(child<QPushButton>(Names::ParkedDiscard), Qt::LeftButton);
    QCOMPARE(Hl7::OutboundQueue::message(m_store->store().db(), first).value()->state,
             QStringLiteral("discarded"));
    QCOMPARE(parked->model()->rowCount(), 0);
    QCOMPARE(auditCount(C::Audit::MessageResend), 1);
    QCOMPARE(auditCount(C::Audit::MessageDiscard), 1);
    QVERIFY(child<QLabel>(Names::InterfaceStatus)->text().contains(QString::number(first)));
    // The outcome stays after the refresh the action makes, not replaced by the count.
    QVERIFY2(child<QLabel>(Names::InterfaceStatus)->text().contains(QLatin1String("discarded")),
             qPrintable(child<QLabel>(Names::InterfaceStatus)->text()));
}

void tst_InterfaceMonitor::refusedWithoutPermission()
{
    park(QStringLiteral("MRN9"), 9);
    const QString password = m_store->addUser(QStringLiteral("bill"), Core::Role::Biller);
    QVERIFY(m_store->services().users().signIn(QStringLiteral("bill"), password));
    m_widget = std::make_unique<App::Internal::InterfaceMonitorWidget>(*m_context);
    m_widget->refresh();
    QCOMPARE(child<QTableView>(Names::InterfaceTable)->model()->rowCount(), 0);
    QCOMPARE(child<QTableView>(Names::ParkedTable)->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(Names::InterfaceStatus)->text().contains(QLatin1String("denied")));
    QVERIFY(!child<QPushButton>(Names::ParkedShowText)->isEnabled());
    QCOMPARE(auditCount(C::Audit::MessageRead), 0);
}

// A listener reports itself in the store as it starts, beats and stops; the dock, which runs in
// another process in real use, reads only that. One that died without a word (SIGKILL) shows as
// not heard from.
void tst_InterfaceMonitor::showsInboundListeners()
{
    Hl7::ListenerOptions options;
    options.name = QStringLiteral("LAB");
    options.startedBy = QStringLiteral("admin");
    auto listener =
        std::make_unique<Hl7::MllpListener>(m_store->store(), Hl7::coreAdapters(), options);
    Core::Result<quint16> port = listener->start();
    QVERIFY2(port, qPrintable(port ? QString() : port.error().message));

    m_widget = std::make_unique<App::Internal::InterfaceMonitorWidget>(*m_context);
    m_widget->show();
    auto table = child<QTableWidget>(Names::ListenerTable);
    QVERIFY(table);
    m_widget->refresh();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("LAB"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("127.0.0.1:%1").arg(port.value()));
    QVERIFY2(table->item(0, 2)->text().startsWith(QStringLiteral("Listening since")),
             qPrintable(table->item(0, 2)->text()));

    listener.reset();
    m_widget->refresh();
    QVERIFY2(table->item(0, 2)->text().startsWith(QStringLiteral("Stopped")),
             qPrintable(table->item(0, 2)->text()));

    // A listener whose last heartbeat is older than three beats, with no stop recorded.
    Hl7::ListenerState ghost;
    ghost.name = QStringLiteral("ADT");
    ghost.address = QStringLiteral("0.0.0.0");
    ghost.port = 2576;
    QVERIFY(Hl7::ListenerStates::started(m_store->store().db(), ghost));
    Core::Query old = m_store->store().db().query(
        QStringLiteral("UPDATE hl7_listeners SET heartbeat_at = ? WHERE name = 'ADT'"));
    old.bind(1, QDateTime::currentDateTimeUtc()
                    .addSecs(-Hl7::ListenerStates::StaleSeconds - 5)
                    .toString(Qt::ISODateWithMs));
    QVERIFY(old.exec());
    m_widget->refresh();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("ADT"));
    QVERIFY2(table->item(0, 2)->text().startsWith(QStringLiteral("Not heard from since")),
             qPrintable(table->item(0, 2)->text()));

    // The listener states are an admin's to see.
    const QString password = m_store->addUser(QStringLiteral("fran"), Core::Role::FrontDesk);
    QVERIFY(m_store->services().users().signIn(QStringLiteral("fran"), password));
    QCOMPARE(Hl7::OutboundService(m_store->services().context()).listenerStates().error().code,
             Core::ErrorCode::Denied);
}

void tst_InterfaceMonitor::addEditRemoveInterface()
{
    using App::Internal::InterfaceDialog;
    using Test::whenModal;
    m_widget = std::make_unique<App::Internal::InterfaceMonitorWidget>(*m_context);
    m_widget->show();
    auto interfaces = child<QTableView>(Names::InterfaceTable);
    QTRY_COMPARE(interfaces->model()->rowCount(), 1);
    Hl7::OutboundService service(m_store->services().context());
    auto field = [](QWidget *dialog, const char *name) {
        return dialog->findChild<QWidget *>(QLatin1String(name));
    };

    // Add: a refusal (no host) keeps the dialog and what was typed; then it is saved.
    QString refusal;
    bool keptOpen = false;
    whenModal<InterfaceDialog>([&](InterfaceDialog *d) {
        qobject_cast<QLineEdit *>(field(d, Names::InterfaceDialogName))->setText("LAB");
        qobject_cast<QSpinBox *>(field(d, Names::InterfaceDialogPort))->setValue(2580);
        auto types = qobject_cast<QListWidget *>(field(d, Names::InterfaceDialogTypes));
        for (const char *t : {"SIU^S12", "SIU^S15"})
            types->findItems(QLatin1String(t), Qt::MatchExactly)
                .value(0)
                ->setCheckState(Qt::Checked);
        qobject_cast<QComboBox *>(field(d, Names::InterfaceDialogChanges))->setCurrentIndex(1);
        qobject_cast<QLineEdit *>(field(d, Names::InterfaceDialogSending))->setText("ELM");
        d->accept();
        keptOpen = d->isVisible();
        refusal = qobject_cast<QLabel *>(field(d, Names::InterfaceDialogError))->text();
        qobject_cast<QLineEdit *>(field(d, Names::InterfaceDialogHost))->setText("10.0.0.5");
        d->accept();
    });
    QTest::mouseClick(child<QPushButton>(Names::InterfaceAdd), Qt::LeftButton);
    QVERIFY(keptOpen);
    QVERIFY2(refusal.contains(QLatin1String("host")), qPrintable(refusal));
    auto lab = service.interfaceByName(QStringLiteral("LAB"));
    QVERIFY(lab && lab.value());
    QCOMPARE(lab.value()->host, QStringLiteral("10.0.0.5"));
    QCOMPARE(lab.value()->port, 2580);
    QCOMPARE(lab.value()->messageTypes, (QStringList{"SIU^S12", "SIU^S15"}));
    QVERIFY(lab.value()->localChangesOnly);
    QCOMPARE(lab.value()->sendingFacility, QStringLiteral("ELM"));
    QVERIFY(lab.value()->enabled);
    QCOMPARE(interfaces->model()->rowCount(), 2);
    QVERIFY(child<QLabel>(Names::InterfaceStatus)->text().contains(QLatin1String("LAB")));

    // A name in use is refused in the dialog; cancelling adds nothing.
    whenModal<InterfaceDialog>([&](InterfaceDialog *d) {
        qobject_cast<QLineEdit *>(field(d, Names::InterfaceDialogName))->setText("PM");
        qobject_cast<QLineEdit *>(field(d, Names::InterfaceDialogHost))->setText("h");
        d->accept();
        refusal = qobject_cast<QLabel *>(field(d, Names::InterfaceDialogError))->text();
        d->reject();
    });
    QTest::mouseClick(child<QPushButton>(Names::InterfaceAdd), Qt::LeftButton);
    QVERIFY2(refusal.contains(QLatin1String("PM")), qPrintable(refusal));
    QCOMPARE(service.interfaces()->size(), 2);

    // Edit the selected interface: its name stays, what is not touched is kept.
    using M = App::Internal::InterfaceMonitorModel;
    interfaces->selectRow(
        interfaces->model()
            ->match(interfaces->model()->index(0, M::NameColumn), Qt::DisplayRole, "LAB")
            .value(0)
            .row());
    bool nameLocked = false;
    whenModal<InterfaceDialog>([&](InterfaceDialog *d) {
        nameLocked = qobject_cast<QLineEdit *>(field(d, Names::InterfaceDialogName))->isReadOnly();
        qobject_cast<QDoubleSpinBox *>(field(d, Names::InterfaceDialogTimeout))->setValue(2.5);
        qobject_cast<QCheckBox *>(field(d, Names::InterfaceDialogEnabled))->setChecked(false);
        d->accept();
    });
    QTest::mouseClick(child<QPushButton>(Names::InterfaceEdit), Qt::LeftButton);
    QVERIFY(nameLocked);
    lab = service.interfaceByName(QStringLiteral("LAB"));
    QCOMPARE(lab.value()->ackTimeoutMs, 2500);
    QVERIFY(!lab.value()->enabled);
    QCOMPARE(lab.value()->messageTypes, (QStringList{"SIU^S12", "SIU^S15"}));
    QVERIFY(lab.value()->localChangesOnly);
    QCOMPARE(auditCount(C::Audit::InterfaceUpdate), 1);
    auto row = [&](const char *name) {
        return interfaces->model()
            ->match(interfaces->model()->index(0, M::NameColumn), Qt::DisplayRole,
                    QLatin1String(name))
            .value(0)
            .row();
    };
    QCOMPARE(interfaces->model()->index(row("LAB"), M::StateColumn).data().toString(),
             QStringLiteral("Disabled"));

    // An interface held for a patient's MRN says so.
    QVERIFY(Hl7::OutboundQueue::setWaiting(m_store->store().db(), m_interface,
                                           QStringLiteral("Waiting for patient M0000009")));
    m_widget->refresh();
    const QModelIndex state = interfaces->model()->index(row("PM"), M::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Waiting"));
    QCOMPARE(state.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Waiting for patient M0000009"));

    // Remove asks first, naming what would be lost; No keeps it, Yes removes it.
    park(QStringLiteral("MRN7"), 7);
    m_widget->refresh();
    interfaces->selectRow(row("PM"));
    QString question;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(child<QPushButton>(Names::InterfaceRemove), Qt::LeftButton);
    QVERIFY2(question.contains(QLatin1String("PM"))
                 && question.contains(QLatin1String("1 undelivered")),
             qPrintable(question));
    QCOMPARE(service.interfaces()->size(), 2);
    whenModal<QMessageBox>([&](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(Names::InterfaceRemove), Qt::LeftButton);
    QCOMPARE(service.interfaces()->size(), 1);
    QCOMPARE(interfaces->model()->rowCount(), 1);
    QCOMPARE(auditCount(C::Audit::InterfaceRemove), 1);
}

QTEST_MAIN(tst_InterfaceMonitor)
void tst_InterfaceMonitor::restrictedPatientsMessageNeedsReason()
{
    // A parked message about a restricted record is that record's data: read as the record is
    // opened, with a reason, and the read flagged for review. Found by the record of an ADT's
    // change, or by our MRN in PID-3 (an SIU).
    Core::Patient vip = Test::samplePatient("Sterling", "Vera", QDate(1961, 7, 4));
    vip.restricted = true;
    auto made = m_store->services().patients().createRecord(vip);
    QVERIFY(made);
    const qint64 adt = park(made->mrn, made->id);
    QVERIFY(adt);
    Hl7::QueuedMessage siu;
    siu.interfaceId = m_interface;
    siu.messageType = QStringLiteral("SIU^S12");
    siu.entity = QStringLiteral("Appointment");
    siu.entityId = 5;
    siu.controlId = QStringLiteral("C-SIU");
    siu.raw = "MSH|^~\\&|AMBULO||||20261201||SIU^S12|C-SIU|P|2.5.1\rSCH|5\rPID|1||H-9^^^HOSP^MR~"
              + made->mrn.toUtf8() + "^^^AMBULO^MR||Sterling^Vera\r";
    auto siuId = Hl7::OutboundQueue::enqueue(m_store->store().db(), siu);
    QVERIFY(siuId);
    siu.id = siuId.value();
    QVERIFY(Hl7::OutboundQueue::markParked(m_store->store().db(), siu, QStringLiteral("AE"),
                                           QStringLiteral("AE: bad")));
    const qint64 plain = park(QStringLiteral("MRN3"), 3); // no such record here: not restricted

    Hl7::OutboundService service(m_store->services().context());
    QCOMPARE(service.restrictedPatientOf(adt).value(), made->id);
    QCOMPARE(service.restrictedPatientOf(siu.id).value(), made->id);
    QCOMPARE(service.restrictedPatientOf(plain).value(), qint64(0));
    auto refused = service.messageText(adt);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    QCOMPARE(service.messageText(adt, QStringLiteral("because")).error().code,
             Core::ErrorCode::Invalid);
    QVERIFY(service.messageText(plain));
    const qint64 vipId = made->id;
    const auto reads = [this, vipId](bool flagged) {
        Core::Query q = m_store->store().db().query(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND outcome = 'ok' "
                           "AND flagged = ? AND patient_id = ?"));
        q.bind(1, QString::fromLatin1(C::Audit::MessageRead)).bind(2, flagged ? 1 : 0);
        q.bind(3, vipId);
        return q.next() ? q.int64(0) : -1;
    };
    QCOMPARE(reads(true), 0);
    QCOMPARE(reads(false), 0);

    // The dock asks first; a person who declines sees nothing, and nothing is read.
    std::optional<QString> answer;
    qint64 askedAbout = 0;
    m_patient.setBreakGlassPrompt([&](qint64 patientId) {
        askedAbout = patientId;
        return answer;
    });
    m_widget = std::make_unique<App::Internal::InterfaceMonitorWidget>(*m_context);
    m_widget->show();
    auto parked = child<QTableView>(Names::ParkedTable);
    auto text = child<QPlainTextEdit>(Names::ParkedText);
    QTRY_COMPARE(parked->model()->rowCount(), 3);
    int siuRow = -1;
    for (int row = 0; row < parked->model()->rowCount(); ++row) {
        if (parked->model()->index(row, 0).data(Qt::UserRole).toLongLong() == siu.id)
            siuRow = row;
    }
    QVERIFY(siuRow >= 0);
    parked->selectRow(siuRow);
    QTest::mouseClick(child<QPushButton>(Names::ParkedShowText), Qt::LeftButton);
    QCOMPARE(askedAbout, made->id);
    QVERIFY(text->toPlainText().isEmpty());
    QCOMPARE(reads(true), 0);
    answer = QStringLiteral("the hospital refused her booking");
    QTest::mouseClick(child<QPushButton>(Names::ParkedShowText), Qt::LeftButton);
    QVERIFY2(text->toPlainText().contains(QLatin1String("Sterling^Vera")),
             qPrintable(child<QLabel>(Names::InterfaceStatus)->text()));
    QCOMPARE(reads(true), 1);
    Core::Query detail = m_store->store().db().query(QStringLiteral(
        "SELECT detail FROM audit_log WHERE action = ? AND flagged = 1 ORDER BY id DESC LIMIT 1"));
    detail.bind(1, QString::fromLatin1(C::Audit::MessageRead));
    QVERIFY(detail.next());
    QVERIFY(detail.text(0).endsWith(QLatin1String("the hospital refused her booking")));
}

#include "tst_interfacemonitor.moc"
