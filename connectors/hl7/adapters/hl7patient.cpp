#include "connectors/hl7/adapters/hl7patient.h"

#include "core/entities/patientservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace Ambulo::Hl7 {

namespace {

// "ISO" for an OID, "URI" for a URI (HL7 table 0301), empty for a namespace id such as "HOSP".
QString universalIdType(const QString &authority)
{
    static const QRegularExpression oid(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
    if (oid.match(authority).hasMatch())
        return QStringLiteral("ISO");
    return authority.contains(u':') ? QStringLiteral("URI") : QString();
}

// Messages are translated with QCoreApplication::translate("Ambulo::Hl7::PatientMapping", ...)
// spelled out at each call: lupdate files a free function's tr() under whatever qualifies the
// call, which is not the context looked up.

// Repetitions looked at in one field; real messages have a handful.
constexpr int MaxRepetitions = 20;

// HL7 keeps "leave as is" (absent, empty) apart from "delete" (`""`).
void assign(QString &target, const Value &v)
{
    if (v.isNull())
        target.clear();
    else if (v.state() == Value::State::Valued)
        target = v.text();
}

QString sexFromHl7(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("F"))
        return QStringLiteral("female");
    if (c == QLatin1String("M"))
        return QStringLiteral("male");
    if (c == QLatin1String("O") || c == QLatin1String("A") || c == QLatin1String("N")
        || c == QLatin1String("X"))
        return QStringLiteral("other");
    if (c == QLatin1String("U"))
        return QStringLiteral("unknown");
    return {};
}

QString sexToHl7(const QString &sex)
{
    if (sex == QLatin1String("female"))
        return QStringLiteral("F");
    if (sex == QLatin1String("male"))
        return QStringLiteral("M");
    if (sex == QLatin1String("other"))
        return QStringLiteral("O");
    return QStringLiteral("U");
}

// PID-15 is a CE from ISO 639 in practice: two-letter ("EN") or three-letter ("spa") codes.
QString languageFromHl7(const QString &code)
{
    static const QHash<QString, QString> threeLetter{
        {QStringLiteral("eng"), QStringLiteral("en")},
        {QStringLiteral("spa"), QStringLiteral("es")},
        {QStringLiteral("fra"), QStringLiteral("fr")},
        {QStringLiteral("fre"), QStringLiteral("fr")},
        {QStringLiteral("deu"), QStringLiteral("de")},
        {QStringLiteral("ger"), QStringLiteral("de")},
        {QStringLiteral("por"), QStringLiteral("pt")},
        {QStringLiteral("ita"), QStringLiteral("it")},
        {QStringLiteral("vie"), QStringLiteral("vi")},
        {QStringLiteral("zho"), QStringLiteral("zh")},
        {QStringLiteral("chi"), QStringLiteral("zh")},
        {QStringLiteral("rus"), QStringLiteral("ru")},
        {QStringLiteral("ara"), QStringLiteral("ar")},
        {QStringLiteral("kor"), QStringLiteral("ko")},
    };
    const QString c = code.trimmed().toLower();
    return threeLetter.value(c, c);
}

struct Group
{
    const char *location;
    void (*copy)(const Core::Patient &from, Core::Patient &to);
};

// Which PID field a validation failure comes from, found by validating each group of fields on
// top of a known-valid record (so it holds in every language the messages are translated to).
QString failingLocation(const Core::Patient &candidate)
{
    static const Group groups[] = {
        {"PID-5",
         [](const Core::Patient &f, Core::Patient &t) {
             t.family = f.family;
             t.given = f.given;
             t.middle = f.middle;
         }},
        {"PID-7",
         [](const Core::Patient &f, Core::Patient &t) {
             t.birthDate = f.birthDate;
         }},
        {"PID-8",
         [](const Core::Patient &f, Core::Patient &t) {
             t.sex = f.sex;
         }},
        {"PID-11",
         [](const Core::Patient &f, Core::Patient &t) {
             t.addressLine = f.addressLine;
             t.city = f.city;
             t.state = f.state;
             t.postalCode = f.postalCode;
         }},
        {"PID-13",
         [](const Core::Patient &f, Core::Patient &t) {
             t.phoneHome = f.phoneHome;
             t.phoneMobile = f.phoneMobile;
             t.email = f.email;
             t.preferredContact = f.preferredContact;
         }},
        {"PID-15",
         [](const Core::Patient &f, Core::Patient &t) {
             t.language = f.language;
         }},
        {"PID-3",
         [](const Core::Patient &f, Core::Patient &t) {
             t.mrn = f.mrn;
         }},
    };
    for (const Group &g : groups) {
        Core::Patient probe;
        probe.family = probe.given = QStringLiteral("X");
        probe.birthDate = QDate(2000, 1, 1);
        probe.sex = QStringLiteral("unknown");
        g.copy(candidate, probe);
        if (!Core::PatientService::validate(probe))
            return QLatin1String(g.location);
    }
    return QStringLiteral("PID");
}

// PID(occurrence)-field(repetition)-component-subcomponent, built as a Path: no text to format
// and parse again for each value read.
Path pidAt(int occurrence, int field, int repetition = 1)
{
    return Path{QByteArrayLiteral("PID"), occurrence, field, repetition};
}

Path at(Path path, int component, int subcomponent = 1)
{
    path.component = component;
    path.subcomponent = subcomponent;
    return path;
}

} // namespace

Value value(const Message &message, const QString &path)
{
    std::optional<Value> v = message.get(path);
    return v ? *v : Value();
}

QString text(const Message &message, const QString &path)
{
    return value(message, path).text().trimmed();
}

Value value(const Message &message, const Path &path)
{
    return message.get(path);
}

QString text(const Message &message, const Path &path)
{
    return message.get(path).text().trimmed();
}

std::optional<QDateTime> parseTimestamp(const QString &text, const QTimeZone &localZone)
{
    static const QRegularExpression ts(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(?:(\\d{2})(?:\\.\\d{1,4})?)?)?"
                       "(?:([+-])(\\d{2})(\\d{2}))?$"));
    const QRegularExpressionMatch m = ts.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (!m.captured(7).isEmpty()) {
        const int offset = (m.captured(8).toInt() * 60 + m.captured(9).toInt()) * 60
                           * (m.captured(7) == QLatin1String("-") ? -1 : 1);
        return QDateTime(date, time, QTimeZone(offset));
    }
    return QDateTime(date, time, localZone);
}

QString formatTimestamp(const QDateTime &at)
{
    const int offset = at.offsetFromUtc() / 60;
    const int magnitude = offset < 0 ? -offset : offset;
    return at.toString(QStringLiteral("yyyyMMddHHmmss"))
           + QStringLiteral("%1%2%3")
                 .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                 .arg(magnitude / 60, 2, 10, QLatin1Char('0'))
                 .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

QList<Core::PatientIdentifier> readIdentifiers(const Message &message, const QString &field)
{
    QList<Core::PatientIdentifier> list;
    const std::optional<Path> parsed = Path::parse(field);
    if (!parsed)
        return list;
    for (int rep = 1; rep <= MaxRepetitions; ++rep) {
        Path base = *parsed;
        base.repetition = rep;
        if (value(message, base).isAbsent())
            break;
        Core::PatientIdentifier id;
        id.value = text(message, at(base, 1));
        id.authority = text(message, at(base, 4, 1));
        if (id.authority.isEmpty())
            id.authority = text(message, at(base, 4, 2));
        id.typeCode = text(message, at(base, 5));
        if (!id.value.isEmpty())
            list.append(id);
    }
    return list;
}

PatientLookup findPatient(Core::PatientService &patients,
                          const QList<Core::PatientIdentifier> &identifiers,
                          const QString &location)
{
    PatientLookup found;
    for (const Core::PatientIdentifier &id : identifiers) {
        const Core::Result<qint64> match = id.authority == QLatin1String(OwnAuthority)
                                               ? patients.findByMrn(id.value)
                                               : patients.findByIdentifier(id.value, id.authority);
        if (!match) {
            found.failure = Outcome::fromError(match.error(), location);
            return found;
        }
        if (match.value() == 0)
            continue;
        if (found.id != 0 && found.id != match.value()) {
            found.failure = Outcome::failed(
                QStringLiteral("205"), location,
                QCoreApplication::translate(
                    "Ambulo::Hl7::PatientMapping",
                    "The identifiers name two different patients here (%1 of %2 is another "
                    "patient).")
                    .arg(id.value, id.authority));
            return found;
        }
        found.id = match.value();
    }
    return found;
}

std::optional<Outcome> applyPid(const Message &message, int occurrence, Core::Patient &p)
{
    // Name: the legal name (XPN-7 "L") when several are sent, else the first.
    int nameRep = 1;
    for (int rep = 1; rep <= MaxRepetitions; ++rep) {
        const Path base = pidAt(occurrence, 5, rep);
        if (value(message, base).isAbsent())
            break;
        if (text(message, at(base, 7)) == QLatin1String("L")) {
            nameRep = rep;
            break;
        }
    }
    const Path name = pidAt(occurrence, 5, nameRep);
    assign(p.family, value(message, at(name, 1, 1)));
    assign(p.given, value(message, at(name, 2)));
    assign(p.middle, value(message, at(name, 3)));

    const Value dob = value(message, pidAt(occurrence, 7));
    if (dob.isNull()) {
        p.birthDate = {};
    } else if (dob.state() == Value::State::Valued) {
        const QString t = dob.text().trimmed();
        const QDate d = QDate::fromString(t.left(8), QStringLiteral("yyyyMMdd"));
        if (t.size() < 8 || !d.isValid())
            return Outcome::failed(
                QStringLiteral("102"), QStringLiteral("PID-7"),
                QCoreApplication::translate("Ambulo::Hl7::PatientMapping",
                                            "PID-7 '%1' is not a date of birth (YYYYMMDD).")
                    .arg(t.left(30)));
        p.birthDate = d;
    }

    const Value sex = value(message, pidAt(occurrence, 8));
    if (sex.isNull()) {
        p.sex = QStringLiteral("unknown");
    } else if (sex.state() == Value::State::Valued) {
        const QString mapped = sexFromHl7(sex.text());
        if (mapped.isEmpty())
            return Outcome::failed(QStringLiteral("103"), QStringLiteral("PID-8"),
                                   QCoreApplication::translate(
                                       "Ambulo::Hl7::PatientMapping",
                                       "PID-8 '%1' is not a sex code of HL7 table 0001 (F, M, O, "
                                       "U, A, N).")
                                       .arg(sex.text().left(10)));
        p.sex = mapped;
    }
    if (p.sex.isEmpty())
        p.sex = QStringLiteral("unknown");

    // Address: the home address (XAD-7 "H") when several are sent, else the first.
    const Value address = value(message, pidAt(occurrence, 11));
    if (address.isNull()) {
        p.addressLine.clear();
        p.city.clear();
        p.state.clear();
        p.postalCode.clear();
    } else if (address.isPresent()) {
        int rep = 1;
        for (int r = 1; r <= MaxRepetitions; ++r) {
            const Path base = pidAt(occurrence, 11, r);
            if (value(message, base).isAbsent())
                break;
            if (text(message, at(base, 7)) == QLatin1String("H")) {
                rep = r;
                break;
            }
        }
        const Path base = pidAt(occurrence, 11, rep);
        const Value street = value(message, at(base, 1, 1));
        const Value other = value(message, at(base, 2));
        if (street.isNull()) {
            p.addressLine.clear();
        } else if (street.state() == Value::State::Valued) {
            p.addressLine = street.text().trimmed();
            if (other.state() == Value::State::Valued)
                p.addressLine += QStringLiteral(", ") + other.text().trimmed();
        }
        assign(p.city, value(message, at(base, 3)));
        assign(p.state, value(message, at(base, 4)));
        assign(p.postalCode, value(message, at(base, 5)));
    }

    // Phones and email (XTN): CP is the mobile, Internet/NET the email, the rest the home phone.
    const Value phones = value(message, pidAt(occurrence, 13));
    if (phones.isNull()) {
        p.phoneHome.clear();
        p.phoneMobile.clear();
        p.email.clear();
    } else {
        bool homeSeen = false;
        for (int rep = 1; rep <= MaxRepetitions; ++rep) {
            const Path base = pidAt(occurrence, 13, rep);
            if (value(message, base).isAbsent())
                break;
            const QString use = text(message, at(base, 2)).toUpper();
            const QString equipment = text(message, at(base, 3)).toUpper();
            const QString email = text(message, at(base, 4));
            QString number = text(message, at(base, 1));
            if (number.isEmpty()) {
                const QString area = text(message, at(base, 6));
                const QString local = text(message, at(base, 7));
                if (!local.isEmpty())
                    number = area.isEmpty() ? local : QStringLiteral("(%1) %2").arg(area, local);
            }
            if (equipment == QLatin1String("INTERNET") || use == QLatin1String("NET")) {
                if (!email.isEmpty())
                    p.email = email;
            } else if (equipment == QLatin1String("CP") && !number.isEmpty()) {
                p.phoneMobile = number;
            } else if (!number.isEmpty() && !homeSeen) {
                p.phoneHome = number;
                homeSeen = true;
            }
        }
    }

    const Value language = value(message, pidAt(occurrence, 15));
    if (language.isNull())
        p.language.clear();
    else if (language.state() == Value::State::Valued)
        p.language = languageFromHl7(language.text());

    p.family = p.family.trimmed();
    p.given = p.given.trimmed();
    p.middle = p.middle.trimmed();
    if (Core::Status s = Core::PatientService::validate(p); !s) {
        const QString location = failingLocation(p);
        const bool missing =
            (location == QLatin1String("PID-5") && (p.family.isEmpty() || p.given.isEmpty()))
            || (location == QLatin1String("PID-7") && !p.birthDate.isValid());
        return Outcome::failed(missing ? QStringLiteral("101") : QStringLiteral("102"), location,
                               s.error().message);
    }
    return std::nullopt;
}

void writePid(Message &m, int occurrence, const Core::Patient &p,
              const QList<Core::PatientIdentifier> &identifiers)
{
    const auto set = [&](const QString &rest, const QString &value) {
        if (!value.isEmpty())
            m.set(QStringLiteral("PID(%1)-").arg(occurrence) + rest, value);
    };
    set(QStringLiteral("1"), QString::number(occurrence));
    set(QStringLiteral("3(1)-1"), p.mrn);
    set(QStringLiteral("3(1)-4"), QLatin1String(OwnAuthority));
    set(QStringLiteral("3(1)-5"), QStringLiteral("MR"));
    int rep = 2;
    for (const Core::PatientIdentifier &id : identifiers) {
        set(QStringLiteral("3(%1)-1").arg(rep), id.value);
        // An authority known by an OID or a URI (from a FHIR identifier's system) is a universal
        // id (HD-2, HD-3); readIdentifiers reads it back from there.
        if (const QString kind = universalIdType(id.authority); !kind.isEmpty()) {
            set(QStringLiteral("3(%1)-4-2").arg(rep), id.authority);
            set(QStringLiteral("3(%1)-4-3").arg(rep), kind);
        } else {
            set(QStringLiteral("3(%1)-4").arg(rep), id.authority);
        }
        set(QStringLiteral("3(%1)-5").arg(rep), id.typeCode);
        ++rep;
    }
    set(QStringLiteral("5-1"), p.family);
    set(QStringLiteral("5-2"), p.given);
    set(QStringLiteral("5-3"), p.middle);
    set(QStringLiteral("5-7"), QStringLiteral("L"));
    set(QStringLiteral("7"), p.birthDate.toString(QStringLiteral("yyyyMMdd")));
    set(QStringLiteral("8"), sexToHl7(p.sex));
    if (!p.addressLine.isEmpty() || !p.city.isEmpty() || !p.postalCode.isEmpty()) {
        set(QStringLiteral("11-1"), p.addressLine);
        set(QStringLiteral("11-3"), p.city);
        set(QStringLiteral("11-4"), p.state);
        set(QStringLiteral("11-5"), p.postalCode);
        set(QStringLiteral("11-7"), QStringLiteral("H"));
    }
    int phoneRep = 1;
    const auto phone = [&](const QString &number, const char *equipment) {
        set(QStringLiteral("13(%1)-1").arg(phoneRep), number);
        set(QStringLiteral("13(%1)-2").arg(phoneRep), QStringLiteral("PRN"));
        set(QStringLiteral("13(%1)-3").arg(phoneRep), QLatin1String(equipment));
        ++phoneRep;
    };
    if (!p.phoneHome.isEmpty())
        phone(p.phoneHome, "PH");
    if (!p.phoneMobile.isEmpty())
        phone(p.phoneMobile, "CP");
    if (!p.email.isEmpty()) {
        set(QStringLiteral("13(%1)-2").arg(phoneRep), QStringLiteral("NET"));
        set(QStringLiteral("13(%1)-3").arg(phoneRep), QStringLiteral("Internet"));
        set(QStringLiteral("13(%1)-4").arg(phoneRep), p.email);
    }
    set(QStringLiteral("15-1"), p.language.toUpper());
}

} // namespace Ambulo::Hl7
