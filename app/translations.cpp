#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Ambulo::App {

namespace {

QTranslator *load(QCoreApplication &app, const QLocale &locale, const QString &name,
                  const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QTranslator *ambulo = load(app, locale, QStringLiteral("ambulo"), QStringLiteral(":/i18n"));
    if (!ambulo)
        return false; // Qt's buttons in German around English text would read worse than English
    if (QTranslator *qt = load(app, locale, QStringLiteral("qtbase"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // The translator installed last is asked first, so Ambulo's wording wins over Qt's.
    QCoreApplication::installTranslator(ambulo);
    return true;
}

} // namespace Ambulo::App
