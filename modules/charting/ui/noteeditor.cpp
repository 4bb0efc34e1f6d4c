#include "modules/charting/ui/noteeditor.h"

#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartinguiconstants.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace Ambulo::Charting::Internal {

namespace Names = Constants::ObjectNames;

NoteEditor::NoteEditor(ChartingServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    m_templates = new QComboBox(this);
    m_templates->setObjectName(QLatin1String(Names::NoteTemplate));
    m_templates->setMinimumContentsLength(16);
    m_applyTemplate = new QPushButton(tr("Insert template"), this);
    m_applyTemplate->setObjectName(QLatin1String(Names::NoteApplyTemplate));
    m_save = new QPushButton(tr("Save note"), this);
    m_save->setObjectName(QLatin1String(Names::NoteSave));
    m_save->setShortcut(QKeySequence::Save);
    m_status = new QLabel(this);
    m_status->setObjectName(QLatin1String(Names::NoteStatus));
    m_status->setTextFormat(Qt::PlainText);

    auto top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Template:"), this));
    top->addWidget(m_templates, 1);
    top->addWidget(m_applyTemplate);

    auto form = new QFormLayout;
    const std::pair<const char *, QString> sections[] = {
        {Names::NoteSubjective, tr("&Subjective")},
        {Names::NoteObjective, tr("&Objective")},
        {Names::NoteAssessment, tr("&Assessment")},
        {Names::NotePlan, tr("&Plan")},
    };
    for (const auto &[name, label] : sections) {
        auto edit = new QPlainTextEdit(this);
        edit->setObjectName(QLatin1String(name));
        // Tab goes to the next section (after expanding quick text), as a form does.
        edit->setTabChangesFocus(true);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, &NoteEditor::onEdited);
        auto caption = new QLabel(label, this);
        caption->setBuddy(edit);
        form->addRow(caption, edit);
        m_sections << edit;
    }

    auto bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addLayout(form, 1);
    layout->addLayout(bottom);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &NoteEditor::flushDraft);
    connect(m_applyTemplate, &QPushButton::clicked, this, &NoteEditor::applyTemplate);
    connect(m_save, &QPushButton::clicked, this, &NoteEditor::save);
    setEncounter({}, false);
}

NoteEditor::~NoteEditor()
{
    if (m_dirty && !flushDraft())
        qWarning("note draft of encounter %lld could not be saved on close",
                 static_cast<long long>(m_encounterId));
}

Note NoteEditor::currentNote() const
{
    Note n;
    n.subjective = m_sections[0]->toPlainText();
    n.objective = m_sections[1]->toPlainText();
    n.assessment = m_sections[2]->toPlainText();
    n.plan = m_sections[3]->toPlainText();
    return n;
}

void NoteEditor::showNote(const Note &note)
{
    m_loading = true;
    m_sections[0]->setPlainText(note.subjective);
    m_sections[1]->setPlainText(note.objective);
    m_sections[2]->setPlainText(note.assessment);
    m_sections[3]->setPlainText(note.plan);
    m_loading = false;
}

void NoteEditor::setStatus(const QString &text)
{
    m_status->setText(text);
}

void NoteEditor::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit *edit : std::as_const(m_sections))
        edit->setReadOnly(readOnly);
    m_templates->setEnabled(!readOnly);
    m_applyTemplate->setEnabled(!readOnly && m_templates->count() > 0);
    m_save->setEnabled(!readOnly);
}

void NoteEditor::reloadTemplates()
{
    m_templates->clear();
    auto list = m_services.notes().templates();
    if (!list) {
        emit message(list.error().message, true);
        return;
    }
    for (const NoteTemplate &t : list.value())
        m_templates->addItem(t.name, t.id);
}

void NoteEditor::setEncounter(const Encounter &encounter, bool writable)
{
    flushDraft();
    m_autosave->stop();
    m_encounterId = encounter.id;
    m_writable = false;
    m_loaded = false;
    m_dirty = false;
    m_restoredDraft = false;
    showNote({});
    setStatus({});
    setReadOnly(true);
    if (encounter.id == 0)
        return;
    auto note = m_services.notes().note(encounter.id);
    if (!note) {
        // Nothing shown means nothing to autosave: an empty editor must never overwrite a note.
        emit message(note.error().message, true);
        return;
    }
    Note shown = note.value();
    if (writable) {
        reloadTemplates();
        auto draft = m_services.notes().draft(encounter.id);
        if (!draft) {
            emit message(draft.error().message, true);
            return;
        }
        if (draft->has_value()) {
            Note d = **draft;
            const bool differs = d.subjective != shown.subjective || d.objective != shown.objective
                                 || d.assessment != shown.assessment || d.plan != shown.plan;
            if (differs && (!shown.updatedAt.isValid() || d.updatedAt >= shown.updatedAt)) {
                shown = d;
                m_restoredDraft = true;
            }
        }
    }
    showNote(shown);
    m_loaded = true;
    m_writable = writable;
    setReadOnly(!writable);
    if (m_restoredDraft) {
        const QString text =
            tr("Restored the unsaved draft from %1. Save the note to keep it.")
                .arg(QLocale().toString(shown.updatedAt.toLocalTime(), QLocale::ShortFormat));
        setStatus(text);
        emit message(text, false);
    } else if (shown.updatedAt.isValid()) {
        setStatus(tr("Saved by %1 at %2.")
                      .arg(shown.updatedBy, QLocale().toString(shown.updatedAt.toLocalTime(),
                                                               QLocale::ShortFormat)));
    }
}

void NoteEditor::onEdited()
{
    if (m_loading || !m_loaded || !m_writable)
        return;
    m_dirty = true;
    m_autosave->start();
}

bool NoteEditor::flushDraft()
{
    m_autosave->stop();
    if (!m_dirty || m_encounterId == 0 || !m_loaded || !m_writable)
        return true;
    Core::Status s = m_services.notes().saveDraft(m_encounterId, currentNote());
    if (!s) {
        emit message(tr("The draft could not be saved: %1").arg(s.error().message), true);
        return false;
    }
    m_dirty = false;
    setStatus(tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime())));
    return true;
}

bool NoteEditor::save()
{
    if (!m_loaded || !m_writable || m_encounterId == 0) {
        emit message(tr("This note is not open for editing."), true);
        return false;
    }
    m_autosave->stop();
    Core::Status s = m_services.notes().save(m_encounterId, currentNote());
    if (!s) {
        emit message(s.error().message, true);
        // Keep what was typed: at least as a draft.
        flushDraft();
        return false;
    }
    m_dirty = false;
    m_restoredDraft = false;
    setStatus(tr("Note saved at %1.").arg(QLocale().toString(QTime::currentTime())));
    emit message(tr("Note saved."), false);
    return true;
}

void NoteEditor::applyTemplate()
{
    if (!m_loaded || !m_writable || m_templates->currentIndex() < 0)
        return;
    auto note =
        m_services.notes().applyTemplate(m_templates->currentData().toLongLong(), m_encounterId);
    if (!note) {
        emit message(note.error().message, true);
        return;
    }
    const QString parts[] = {note->subjective, note->objective, note->assessment, note->plan};
    for (int i = 0; i < 4; ++i) {
        if (parts[i].isEmpty())
            continue;
        // Appended at the end so nothing already typed is replaced.
        QTextCursor c(m_sections[i]->document());
        c.movePosition(QTextCursor::End);
        if (!m_sections[i]->document()->isEmpty())
            c.insertText(QStringLiteral("\n"));
        c.insertText(parts[i]);
    }
    m_sections[0]->setFocus();
    m_sections[0]->moveCursor(QTextCursor::End);
    emit message(tr("Template %1 inserted.").arg(m_templates->currentText()), false);
}

bool NoteEditor::expandBeforeCursor(QPlainTextEdit *edit)
{
    QTextCursor cursor = edit->textCursor();
    if (cursor.hasSelection())
        return false;
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    static const QRegularExpression token(QStringLiteral("(?:^|\\s)(\\.[A-Za-z0-9_-]{1,20})$"));
    const QRegularExpressionMatch m = token.match(before);
    if (!m.hasMatch())
        return false;
    const QString word = m.captured(1);
    auto expanded = m_services.notes().expandQuickText(word);
    if (!expanded) {
        emit message(expanded.error().message, true);
        return false;
    }
    if (expanded.value() == word)
        return false;
    cursor.setPosition(cursor.block().position() + m.capturedStart(1));
    cursor.setPosition(edit->textCursor().position(), QTextCursor::KeepAnchor);
    cursor.insertText(expanded.value());
    edit->setTextCursor(cursor);
    return true;
}

void NoteEditor::hideEvent(QHideEvent *event)
{
    flushDraft();
    QWidget::hideEvent(event);
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    auto edit = qobject_cast<QPlainTextEdit *>(watched);
    if (edit && m_sections.contains(edit)) {
        if (event->type() == QEvent::FocusOut) {
            flushDraft();
        } else if (event->type() == QEvent::KeyPress && !edit->isReadOnly()) {
            const auto key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
                expandBeforeCursor(edit);
            } else if (key == Qt::Key_Tab && expandBeforeCursor(edit)) {
                return true; // Tab completed the abbreviation; the next Tab moves on
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Ambulo::Charting::Internal
