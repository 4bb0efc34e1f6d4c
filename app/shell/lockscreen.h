#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Ambulo::App {

// What the window shows while the session is locked: who holds it, a password field to resume
// it and a way for someone else to sign in instead. It knows nothing about patients.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget *parent = nullptr);

    void prepare(const QString &userDisplayName);
    void showError(const QString &message);

signals:
    void unlockRequested(const QString &password);
    void switchUserRequested();

private:
    QLabel *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Ambulo::App
