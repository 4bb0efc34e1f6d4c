#pragma once

#include "modules/charting/domain/chartingtypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Ambulo::Charting {
class ChartingServices;
}

namespace Ambulo::Charting::Internal {

// The SOAP note of one encounter. Every edit schedules a draft save (NoteService::saveDraft)
// after a short pause, and leaving a section, switching encounters or closing saves it at once,
// so a crash loses at most the last second of typing. Quick text (".abbr" then space, Tab or
// Enter) expands through NoteService::expandQuickText.
class NoteEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 1000;

    explicit NoteEditor(ChartingServices &services, QWidget *parent = nullptr);
    ~NoteEditor() override;

    // Saves the draft of the encounter shown, then shows `encounter` (0 id: nothing).
    void setEncounter(const Encounter &encounter, bool writable);
    void setReadOnly(bool readOnly);
    Note currentNote() const;
    bool hasUnsavedDraft() const { return m_dirty; }
    bool restoredDraft() const { return m_restoredDraft; }

    // Writes the pending draft now; false (with the error reported) when it could not.
    bool flushDraft();
    // Saves the note itself (and so drops the draft).
    bool save();
    void reloadTemplates();

signals:
    void message(const QString &text, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onEdited();
    bool expandBeforeCursor(QPlainTextEdit *edit);
    void applyTemplate();
    void showNote(const Note &note);
    void setStatus(const QString &text);

    ChartingServices &m_services;
    qint64 m_encounterId = 0;
    bool m_writable = false;
    bool m_loaded = false;  // the shown text came from the store: only then is it a draft
    bool m_loading = false; // text set by us, not typed
    bool m_dirty = false;
    bool m_restoredDraft = false;
    QList<QPlainTextEdit *> m_sections; // S, O, A, P
    QComboBox *m_templates = nullptr;
    QPushButton *m_applyTemplate = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_autosave = nullptr;
};

} // namespace Ambulo::Charting::Internal
