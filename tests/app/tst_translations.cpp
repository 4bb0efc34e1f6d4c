#include "app/shell/logindialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/patientsearchdialog.h"
#include "app/translations.h"
#include "connectors/hl7/adapters/hl7patient.h"
#include "connectors/hl7/message.h"
#include "core/entities/identifierkinds.h"
#include "core/security/permissions.h"
#include "modules/charting/domain/clinicallists.h"
#include "tests/support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Ambulo;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", ...
    QStringList translations; // one, or one per numerus form
};

// The text of a <translation>, or of each of its <numerusform>s.
QStringList readTranslation(QXmlStreamReader &xml)
{
    QStringList forms;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            forms << xml.readElementText();
        else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            break;
    }
    return forms.isEmpty() ? QStringList{text} : forms;
}

// The committed catalogue, read as lupdate wrote it.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    m.translations = readTranslation(xml);
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found << m.captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

// A single '&' marks a shortcut letter; "&&" is a literal ampersand.
qsizetype accelerators(QString text)
{
    return text.remove(QLatin1String("&&")).count(QLatin1Char('&'));
}

// The contexts our code looks translations up under, read from the sources: each QObject's
// qualified class name (its tr()), each Q_DECLARE_TR_FUNCTIONS argument, and each literal context
// given to translate() or QT_TRANSLATE_NOOP(). Comments and string literals are skipped when the
// scopes are followed; the literal contexts are read from the text as written.
QSet<QString> lookedUpContexts(const QString &root, const QStringList &dirs)
{
    static const QRegularExpression literalContext(
        QStringLiteral("(?:\\btranslate|QT_TRANSLATE_NOOP3?)\\(\\s*\"([^\"]+)\""));
    static const QRegularExpression declared(QStringLiteral("\\bQ_DECLARE_TR_"
                                                            "FUNCTIONS\\(\\s*([\\w:]+)\\s*\\)"));
    // Comments, raw strings, strings and characters.
    static const QRegularExpression noise(
        QStringLiteral(
            "//[^\\n]*|/\\*.*?\\*/"
            "|R\"(\\w*)\\(.*?\\)\\1\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*\\'"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression scope(
        QStringLiteral("\\bnamespace\\s+([\\w:]+)\\s*\\{|\\b(?:class|struct)\\s+(?:\\w+\\s+)*?(\\w+"
                       ")\\s*(?:final\\s*)?(?::[^{;()]*)?\\{"
                       "|\\{|\\}|\\bQ_"
                       "OBJECT\\b"));
    QSet<QString> contexts;
    for (const QString &dir : dirs) {
        QDirIterator files(root + u'/' + dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch &m : literalContext.globalMatch(text))
                contexts.insert(m.captured(1));
            for (const QRegularExpressionMatch &m : declared.globalMatch(text))
                contexts.insert(m.captured(1));
            QString code = text;
            code.replace(noise, QStringLiteral(" "));
            QStringList names; // one per open brace: the namespace's or class's name, or empty
            for (const QRegularExpressionMatch &m : scope.globalMatch(code)) {
                const QString token = m.captured(0);
                if (token == QLatin1String("}")) {
                    if (!names.isEmpty())
                        names.removeLast();
                } else if (token.startsWith(QLatin1String("Q_"))) { // the QObject macro
                    QStringList qualified;
                    for (const QString &name : std::as_const(names))
                        if (!name.isEmpty())
                            qualified << name;
                    contexts.insert(qualified.join(QLatin1String("::")));
                } else {
                    names << (m.hasCaptured(1) ? m.captured(1) : m.captured(2));
                }
            }
        }
    }
    return contexts;
}

void removeTranslators()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void catalogueComplete_data();
    void catalogueComplete();
    void everyContextIsLookedUp();
    void spanishAtRuntime();
    void spanishKeepsPlaceholders();
    void plurals_data();
    void plurals();
    void installForLocale_data();
    void installForLocale();
    void serviceErrorsAreTranslated();
};

void tst_Translations::cleanup()
{
    removeTranslators();
}

void tst_Translations::catalogueComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("es") << QStringLiteral(AMBULO_TRANSLATIONS_DIR "/ambulo_es.ts");
}

// Every live message of a shipped language is translated, keeps the source's %N and %n, and
// keeps a shortcut letter where the source has one.
void tst_Translations::catalogueComplete()
{
    QFETCH(QString, file);
    QString error;
    const QList<TsMessage> messages = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);

    int unfinished = 0;
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        const QString where = m.context + QLatin1String(": ") + m.source;
        if (m.type == QLatin1String("unfinished"))
            ++unfinished;
        for (const QString &translation : m.translations) {
            if (translation.isEmpty())
                problems << QStringLiteral("empty: %1").arg(where);
            else if (placeholders(translation) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ: %1 -> %2").arg(where, translation);
            else if (accelerators(translation) != accelerators(m.source))
                problems << QStringLiteral("shortcut differs: %1 -> %2").arg(where, translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(unfinished, 0);
}

// Through the real call sites' contexts: a core function and the shell's classes.
// lupdate files a tr() call under the class around it, while the code may look the text up under
// another context (a free tr() wrapper, a Q_DECLARE_TR_FUNCTIONS with another name): the
// translation is then never shown. Each context of the catalogue must be one the code looks up.
void tst_Translations::everyContextIsLookedUp()
{
    QString error;
    const QList<TsMessage> messages =
        readTs(QStringLiteral(AMBULO_TRANSLATIONS_DIR "/ambulo_es.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> lookedUp =
        lookedUpContexts(QStringLiteral(AMBULO_SOURCE_DIR),
                         {QStringLiteral("app"), QStringLiteral("core"),
                          QStringLiteral("connectors"), QStringLiteral("modules")});
    // The scan itself: a QObject, a declared context and a literal one are found.
    QVERIFY(lookedUp.contains(QStringLiteral("Ambulo::App::MainWindow")));
    QVERIFY(lookedUp.contains(QStringLiteral("Ambulo::Charting::VitalsService")));
    QVERIFY(lookedUp.contains(QStringLiteral("Ambulo::Hl7::PatientMapping")));
    QMap<QString, QString> unseen; // context -> one of its texts
    for (const TsMessage &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        if (!lookedUp.contains(m.context))
            unseen.insert(m.context, m.source);
    }
    QStringList report;
    for (auto it = unseen.cbegin(); it != unseen.cend(); ++it)
        report << QStringLiteral("%1 (\"%2\")").arg(it.key(), it.value().left(60));
    QVERIFY2(report.isEmpty(),
             qPrintable(QStringLiteral("no code looks these contexts up: ") + report.join("; ")));
}

void tst_Translations::spanishAtRuntime()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/ambulo_es.qm")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(Core::roleDisplayName(Core::Role::FrontDesk), QStringLiteral("Recepción"));
    QCOMPARE(Core::roleDisplayName(Core::Role::Provider), QStringLiteral("Profesional clínico"));
    QCOMPARE(App::LoginDialog::tr("Sign in"), QStringLiteral("Iniciar sesión"));
    QCOMPARE(App::MainWindow::tr("&File"), QStringLiteral("&Archivo"));
    // Core text looked up outside a class: its context must be the one lupdate filed it under.
    const QList<Core::IdentifierKind> kinds = Core::identifierKinds();
    QCOMPARE(kinds.first().label, QStringLiteral("N.º de expediente"));
    QCOMPARE(kinds.last().label, QStringLiteral("Otro"));
}

void tst_Translations::spanishKeepsPlaceholders()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/ambulo_es.qm")));
    QCoreApplication::installTranslator(&translator);
    const char *source = "Press %1 to find a patient.";
    const QString translated = App::MainWindow::tr(source);
    QVERIFY2(translated != QLatin1String(source), qPrintable(translated));
    QVERIFY2(translated.contains(QLatin1String("%1")), qPrintable(translated));
    QCOMPARE(translated.arg(QStringLiteral("Ctrl+K")),
             QStringLiteral("Presione Ctrl+K para buscar un paciente."));
}

void tst_Translations::plurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    // English is the source language; its catalogue only supplies the singular forms.
    QTest::newRow("en 1") << "en" << 1 << "1 patient found.";
    QTest::newRow("en 3") << "en" << 3 << "3 patients found.";
    QTest::newRow("es 1") << "es" << 1 << "Se encontró 1 paciente.";
    QTest::newRow("es 3") << "es" << 3 << "Se encontraron 3 pacientes.";
}

void tst_Translations::plurals()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/ambulo_") + language));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(App::PatientSearchDialog::tr("%n patient(s) found.", nullptr, count), expected);
}

void tst_Translations::installForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("frontDesk");
    QTest::addColumn<QString>("cancel"); // from Qt's own catalogue
    QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << true << "Recepción"
                           << "Cancelar";
    QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << true << "Recepción"
                           << "Cancelar";
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << true
                           << "Front desk"
                           << "Cancel";
    // Qt has German, Ambulo not: all English rather than German buttons around English text.
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << false << "Front desk"
                           << "Cancel";
    QTest::newRow("C") << QLocale::c() << false << "Front desk"
                       << "Cancel";
}

// What main() does at startup, for the locales a practice might run under.
void tst_Translations::installForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, found);
    QFETCH(QString, frontDesk);
    QFETCH(QString, cancel);
    QTranslator qt;
    if (cancel != QLatin1String("Cancel")
        && !qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QSKIP("Qt's own catalogues are not installed here");
    QCOMPARE(App::installTranslations(*QCoreApplication::instance(), locale), found);
    QCOMPARE(Core::roleDisplayName(Core::Role::FrontDesk), frontDesk);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
}

// A refusal built inside a core service reaches the user in Spanish.
void tst_Translations::serviceErrorsAreTranslated()
{
    Test::TestStore t;
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(App::installTranslations(*QCoreApplication::instance(),
                                     QLocale(QLocale::Spanish, QLocale::Mexico)));
    const auto session =
        t.services().users().signIn(QStringLiteral("nobody"), QStringLiteral("not-a-password"));
    QVERIFY(!session);
    QCOMPARE(session.error().message,
             QStringLiteral("Nombre de usuario desconocido o contraseña incorrecta."));

    // Text from a service class's members and from a free function's spelled-out lookup: each
    // context is the one lupdate filed the text under.
    QCOMPARE(Charting::AllergyService::tr("An allergy needs a substance."),
             QStringLiteral("Una alergia necesita una sustancia."));
    auto message = Hl7::Message::parse("MSH|^~\\&|A|B|C|D|20261122||ADT^A04|X1|P|2.5.1\r"
                                       "PID|1||1^^^H^MR||Doe^Jane||19800101|Q\r");
    QVERIFY(message);
    Core::Patient p;
    const std::optional<Hl7::Outcome> bad = Hl7::applyPid(*message, 1, p);
    QVERIFY(bad);
    QVERIFY2(bad->error.text.startsWith(QStringLiteral("PID-8 “Q” no es un código de sexo")),
             qPrintable(bad->error.text));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
