#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Ambulo::App {

// Asks why a restricted record must be opened. The reason goes into a flagged audit entry that a
// privacy officer reviews, so a token answer is refused.
class BreakGlassDialog : public QDialog
{
    Q_OBJECT
public:
    BreakGlassDialog(const QString &mrn, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);

    static constexpr int MinReasonLength = 10;

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace Ambulo::App
