#pragma once

#include <QLocale>

class QCoreApplication;

namespace Ambulo::App {

// Installs Ambulo's catalogue (embedded under :/i18n) for the locale's UI languages and, when
// Ambulo speaks that language, Qt's own qtbase catalogue for standard buttons and dialogs. The
// translators are children of the application. Returns whether Ambulo's catalogue was found;
// without it everything stays in the source language, English.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Ambulo::App
