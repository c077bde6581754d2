#pragma once
// The scenario being edited: the one copy every view shows, changed only through the undo stack.
#include "core/scenario.h"
#include <QObject>
#include <QString>

class QUndoStack;

namespace corslab {

class ScenarioDocument : public QObject {
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // One edit on the undo stack. Edits with the same non-empty `mergeKey` in a row (typing in one
    // field) become one command until closeMerging().
    void edit(const Scenario &after, const QString &undoText, const QString &mergeKey = {});
    // Ends the current typing run: the next edit of the same field is a command of its own.
    void closeMerging() { ++m_mergeGeneration; }
    int mergeGeneration() const { return m_mergeGeneration; }

    // A new document (New, Open, recovery): no undo history; clean unless `modified`.
    void reset(const Scenario &scenario, const QString &filePath, bool modified = false);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const;
    void markSaved();
    // Modified although the undo stack is clean: the file on disk no longer holds this scenario.
    void markModified();
    // Counts every change, for the autosave.
    quint64 revision() const { return m_revision; }

    // For the undo commands only: replaces the scenario and tells the views.
    void setScenarioFromCommand(const Scenario &scenario);

signals:
    void scenarioChanged();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    // reset(): another document (or the same file read again) replaces the one shown.
    void replaced();

private:
    Scenario m_scenario;
    QUndoStack *m_undoStack = nullptr;
    QString m_filePath;
    int m_mergeGeneration = 0;
    quint64 m_revision = 0;
    bool m_forcedModified = false;
};

} // namespace corslab
