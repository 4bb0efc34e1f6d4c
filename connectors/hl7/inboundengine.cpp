#include "connectors/hl7/inboundengine.h"

#include "connectors/hl7/message.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/store/isotime.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <optional>

namespace Ambulo::Hl7 {

namespace {

// The MSH fields a reply is built from, read from a parsed message or, when the message does not
// parse, as well as its first line allows (so even a broken message gets an ACK naming its MSH-10).
struct Header
{
    Delimiters delimiters;
    Charset charset = Charset::Utf8;
    QStringList sendingApp; // components, unescaped
    QStringList sendingFacility;
    QStringList receivingApp;
    QStringList receivingFacility;
    QString messageCode; // MSH-9-1
    QString trigger;     // MSH-9-2
    QString controlId;
    QString processingId;
    QString version;
    QString acceptType; // MSH-15
    QString appType;    // MSH-16

    QString messageType() const
    {
        return messageCode.isEmpty() && trigger.isEmpty() ? QString()
                                                          : messageCode + u'^' + trigger;
    }
    bool enhanced() const { return !acceptType.isEmpty() || !appType.isEmpty(); }
    QString key(const QStringList &components) const
    {
        return components.join(QLatin1Char(delimiters.component));
    }
};

// MSH-field-component, read without building and parsing a path string (done per message).
QString msh(const Message &m, int field, int component = 1)
{
    Path path;
    path.segment = QByteArrayLiteral("MSH");
    path.field = field;
    path.component = component;
    return m.get(path).text();
}

QStringList components(const Message &m, int field)
{
    QStringList out;
    for (int c = 1; c <= 3; ++c)
        out << msh(m, field, c);
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

Header headerOf(const Message &m)
{
    Header h;
    h.delimiters = m.delimiters();
    h.charset = m.charset();
    h.sendingApp = components(m, 3);
    h.sendingFacility = components(m, 4);
    h.receivingApp = components(m, 5);
    h.receivingFacility = components(m, 6);
    h.messageCode = msh(m, 9, 1);
    h.trigger = msh(m, 9, 2);
    h.controlId = msh(m, 10);
    h.processingId = msh(m, 11, 1);
    h.version = msh(m, 12, 1);
    h.acceptType = msh(m, 15);
    h.appType = msh(m, 16);
    return h;
}

// Best effort on bytes that did not parse: the MSH line split on its own separators, escapes
// left as they are.
Header headerOf(const QByteArray &raw)
{
    Header h;
    Error ignored;
    const auto delimiters = Delimiters::fromHeader(raw, &ignored);
    if (!delimiters)
        return h;
    h.delimiters = *delimiters;
    qsizetype end = raw.size();
    for (char c : {'\r', '\n'}) {
        const qsizetype at = raw.indexOf(c);
        if (at >= 0 && at < end)
            end = at;
    }
    const QList<QByteArray> fields =
        raw.left(std::min<qsizetype>(end, 4096)).split(delimiters->field);
    // fields[0] is "MSH" and fields[1] MSH-2, so MSH-n is fields[n - 1].
    const auto field = [&](int n) {
        return n - 1 < fields.size() ? QString::fromLatin1(fields[n - 1]) : QString();
    };
    const auto split = [&](int n) {
        QStringList parts = field(n).split(QLatin1Char(delimiters->component));
        while (!parts.isEmpty() && parts.last().isEmpty())
            parts.removeLast();
        return parts;
    };
    h.sendingApp = split(3);
    h.sendingFacility = split(4);
    h.receivingApp = split(5);
    h.receivingFacility = split(6);
    const QStringList type = split(9);
    h.messageCode = type.value(0);
    h.trigger = type.value(1);
    h.controlId = field(10).left(199);
    h.processingId = split(11).value(0);
    h.version = split(12).value(0);
    h.acceptType = field(15).left(2);
    h.appType = field(16).left(2);
    return h;
}

QString tableText(const QString &code)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("0"), QStringLiteral("Message accepted")},
        {QStringLiteral("100"), QStringLiteral("Segment sequence error")},
        {QStringLiteral("101"), QStringLiteral("Required field missing")},
        {QStringLiteral("102"), QStringLiteral("Data type error")},
        {QStringLiteral("103"), QStringLiteral("Table value not found")},
        {QStringLiteral("200"), QStringLiteral("Unsupported message type")},
        {QStringLiteral("201"), QStringLiteral("Unsupported event code")},
        {QStringLiteral("202"), QStringLiteral("Unsupported processing id")},
        {QStringLiteral("203"), QStringLiteral("Unsupported version id")},
        {QStringLiteral("204"), QStringLiteral("Unknown key identifier")},
        {QStringLiteral("205"), QStringLiteral("Duplicate key identifier")},
        {QStringLiteral("206"), QStringLiteral("Application record locked")},
        {QStringLiteral("207"), QStringLiteral("Application internal error")},
    };
    return names.value(code);
}

void setComponents(Message &m, int field, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        m.set(QStringLiteral("MSH-%1-%2").arg(field).arg(i + 1), values[i]);
}

// ERR-2 (ERL): "PID-3" → PID^1^3, "SCH-11-4" → SCH^1^11^1^4, "PID-3(2)-1" → PID^1^3^2^1.
void setLocation(Message &m, const QString &location)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Z][A-Z0-9]{2})(?:\\((\\d+)\\))?-(\\d+)(?:\\((\\d+)\\))?(?:-(\\d+))?"
                       "(?:-(\\d+))?$"));
    const QRegularExpressionMatch match = re.match(location);
    if (!match.hasMatch()) {
        m.set(QStringLiteral("ERR-2-1"), location);
        return;
    }
    const auto orOne = [](const QString &s) {
        return s.isEmpty() ? QStringLiteral("1") : s;
    };
    m.set(QStringLiteral("ERR-2-1"), match.captured(1));
    m.set(QStringLiteral("ERR-2-2"), orOne(match.captured(2)));
    m.set(QStringLiteral("ERR-2-3"), match.captured(3));
    if (!match.captured(5).isEmpty() || !match.captured(4).isEmpty())
        m.set(QStringLiteral("ERR-2-4"), orOne(match.captured(4)));
    if (!match.captured(5).isEmpty())
        m.set(QStringLiteral("ERR-2-5"), match.captured(5));
    if (!match.captured(6).isEmpty())
        m.set(QStringLiteral("ERR-2-6"), match.captured(6));
}

// Whether an MSH-15/MSH-16 value asks for a reply with this outcome (empty counts as AL).
bool wanted(const QString &condition, bool positive)
{
    if (condition == QLatin1String("NE"))
        return false;
    if (condition == QLatin1String("ER"))
        return !positive;
    if (condition == QLatin1String("SU"))
        return positive;
    return true;
}

} // namespace

InboundEngine::InboundEngine(Core::Database &db, Core::Services &services, Core::EventHub &events,
                             QString interfaceName, const QList<AdapterSet> &adapters)
    : m_db(db)
    , m_interface(std::move(interfaceName))
    , m_context(std::make_unique<HandlerContext>(HandlerContext{services, events, m_interface}))
{
    for (const AdapterSet &set : adapters) {
        if (!set.inbound)
            continue;
        std::unique_ptr<InboundHandler> handler = set.inbound(*m_context);
        if (!handler)
            continue;
        for (const QString &type : handler->messageTypes()) {
            if (!m_routes.contains(type))
                m_routes.insert(type, handler.get());
        }
        m_handlers.push_back(std::move(handler));
    }
}

InboundEngine::~InboundEngine() = default;

Core::Result<QList<InboundResult>> InboundEngine::apply(const QList<QByteArray> &messages)
{
    if (messages.isEmpty())
        return QList<InboundResult>();
    bool redo = false;
    Core::Result<QList<InboundResult>> joined = applyBatch(messages, Pass::Joined, &redo);
    if (!redo)
        return joined;
    ++m_redone;
    return applyBatch(messages, Pass::Savepoints, nullptr);
}

Core::Result<QList<InboundResult>> InboundEngine::applyBatch(const QList<QByteArray> &messages,
                                                             Pass pass, bool *redo)
{
    QList<InboundResult> results;
    QElapsedTimer clock;
    clock.start();
    Core::Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    std::optional<Core::JoinNested> join;
    if (pass == Pass::Joined)
        join.emplace(m_db);
    results.reserve(messages.size());
    for (const QByteArray &raw : messages) {
        Core::Result<InboundResult> one = applyOne(raw, pass, redo);
        if (!one) {
            m_applyNs += clock.nsecsElapsed();
            return one.error();
        }
        results.append(std::move(one.value()));
    }
    join.reset();
    const qint64 applied = clock.nsecsElapsed();
    m_applyNs += applied;
    const Core::Status committed = tx.commit();
    m_commitNs += clock.nsecsElapsed() - applied;
    if (!committed)
        return committed.error();
    return results;
}

namespace {

struct Reply
{
    QString code; // AA/AE/AR or CA/CE/CR
    ApplicationError error;
    bool withError = false;
};

QByteArray buildAck(const Header &h, const Reply &reply, const QString &ackId)
{
    Message ack = Message::create(h.delimiters, h.charset);
    setComponents(ack, 3, h.receivingApp);
    setComponents(ack, 4, h.receivingFacility);
    setComponents(ack, 5, h.sendingApp);
    setComponents(ack, 6, h.sendingFacility);
    ack.set(QStringLiteral("MSH-7"),
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss'+0000'")));
    ack.set(QStringLiteral("MSH-9-1"), QStringLiteral("ACK"));
    if (!h.trigger.isEmpty())
        ack.set(QStringLiteral("MSH-9-2"), h.trigger);
    ack.set(QStringLiteral("MSH-9-3"), QStringLiteral("ACK"));
    ack.set(QStringLiteral("MSH-10"), ackId);
    ack.set(QStringLiteral("MSH-11"),
            h.processingId.isEmpty() ? QStringLiteral("P") : h.processingId);
    ack.set(QStringLiteral("MSH-12"), h.version.isEmpty() ? QStringLiteral("2.5.1") : h.version);
    ack.set(QStringLiteral("MSA-1"), reply.code);
    ack.set(QStringLiteral("MSA-2"), h.controlId);
    if (reply.withError) {
        // MSA-3 is deprecated since 2.4 but still what many receivers show.
        ack.set(QStringLiteral("MSA-3"), reply.error.text.left(80));
        if (!reply.error.location.isEmpty())
            setLocation(ack, reply.error.location);
        ack.set(QStringLiteral("ERR-3-1"), reply.error.code);
        ack.set(QStringLiteral("ERR-3-2"), tableText(reply.error.code));
        ack.set(QStringLiteral("ERR-3-3"), QStringLiteral("HL70357"));
        ack.set(QStringLiteral("ERR-4"), QStringLiteral("E"));
        ack.set(QStringLiteral("ERR-8"), reply.error.text);
    }
    return ack.serialize();
}

} // namespace

Core::Result<InboundResult> InboundEngine::applyOne(const QByteArray &raw, Pass pass, bool *redo)
{
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    Error parseError;
    const std::optional<Message> message = Message::parse(raw, &parseError);
    const Header h = message ? headerOf(*message) : headerOf(raw);

    InboundResult result;
    result.controlId = h.controlId;
    result.messageType = h.messageType();

    if (message) {
        Core::Query seen = m_db.query(
            QStringLiteral("SELECT outcome, accept_code, summary, ack, app_ack FROM hl7_inbound "
                           "WHERE sending_app = ? AND sending_facility = ? AND control_id = ?"));
        seen.bind(1, h.key(h.sendingApp)).bind(2, h.key(h.sendingFacility)).bind(3, h.controlId);
        if (seen.next()) {
            result.duplicate = true;
            result.code = seen.text(0);
            result.acceptCode = seen.isNull(1) ? QString() : seen.text(1);
            result.text = seen.text(2);
            for (int column : {3, 4}) {
                if (!seen.isNull(column))
                    result.replies.append(seen.blob(column));
            }
            seen.finish();
            return result;
        }
        if (seen.failed())
            return seen.error();
    }

    // What the application made of it: ok, failed (AE) or rejected (AR, CR in enhanced mode).
    Outcome outcome;
    bool routed = false;
    if (!message) {
        outcome =
            Outcome::rejected(QStringLiteral("102"),
                              QStringLiteral("not an HL7 message: %1").arg(parseError.toString()));
    } else if (InboundHandler *handler = m_routes.value(h.messageType())) {
        routed = true;
        if (pass == Pass::Joined) {
            outcome = handler->apply(*message);
            if (!outcome.ok || m_db.rollbackOnly()) {
                // Its writes cannot be taken back alone: the batch goes again, with savepoints.
                *redo = true;
                return Core::invalid(QStringLiteral("handler failed in the joined pass"));
            }
        } else {
            Core::Transaction savepoint(m_db);
            if (!savepoint.active())
                return savepoint.error();
            outcome = handler->apply(*message);
            if (outcome.ok) {
                if (Core::Status s = savepoint.commit(); !s)
                    outcome = Outcome::failed(QStringLiteral("207"), {}, s.error().message);
            }
            // A failed handler's writes are rolled back as the savepoint goes out of scope.
        }
    } else {
        outcome = Outcome::rejected(QStringLiteral("200"),
                                    QStringLiteral("message type '%1' is not handled by "
                                                   "interface %2")
                                        .arg(h.messageType(), m_interface));
        outcome.error.location = QStringLiteral("MSH-9");
    }

    result.code = outcome.ok ? QStringLiteral("AA")
                             : (outcome.error.reject ? QStringLiteral("AR") : QStringLiteral("AE"));
    result.text = outcome.ok ? outcome.summary : outcome.error.text;

    const auto nextId = [this] {
        return QStringLiteral("A%1%2")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyMMddHHmmsszzz")))
            .arg(++m_ackCounter, 4, 10, QLatin1Char('0'));
    };
    QByteArray ack;
    QByteArray appAck;
    const Reply application{result.code, outcome.error, !outcome.ok};
    if (!h.enhanced()) {
        ack = buildAck(h, application, nextId());
    } else {
        // Stored and routable: committed to safe storage (CA), whatever the application then
        // made of it. Not parsed or no handler: CR, and no application ACK follows.
        result.acceptCode = routed ? QStringLiteral("CA") : QStringLiteral("CR");
        if (wanted(h.acceptType, routed))
            ack = buildAck(h, Reply{result.acceptCode, outcome.error, !routed}, nextId());
        if (routed && wanted(h.appType, outcome.ok))
            appAck = buildAck(h, application, nextId());
    }
    if (!ack.isEmpty())
        result.replies.append(ack);
    if (!appAck.isEmpty())
        result.replies.append(appAck);

    Core::Query insert = m_db.query(QStringLiteral(
        "INSERT INTO hl7_inbound (interface, sending_app, sending_facility, control_id, "
        "message_type, received_at, raw, outcome, accept_code, summary, ack, app_ack) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, m_interface);
    if (message) {
        insert.bind(2, h.key(h.sendingApp)).bind(3, h.key(h.sendingFacility)).bind(4, h.controlId);
    } else {
        insert.bindNull(2).bindNull(3).bindNull(4);
    }
    insert.bind(5, result.messageType)
        .bind(6, Core::isoUtcMs(receivedAt))
        .bind(7, raw)
        .bind(8, result.code)
        .bind(9, result.acceptCode.isEmpty() ? QVariant() : QVariant(result.acceptCode))
        .bind(10, result.text);
    if (ack.isEmpty())
        insert.bindNull(11);
    else
        insert.bind(11, ack);
    if (appAck.isEmpty())
        insert.bindNull(12);
    else
        insert.bind(12, appAck);
    if (Core::Status s = insert.exec(); !s)
        return s.error();
    return result;
}

} // namespace Ambulo::Hl7
