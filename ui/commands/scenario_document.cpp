#include "ui/commands/scenario_document.h"

#include "ui/commands/edit_scenario_command.h"

#include <QUndoStack>

namespace corslab {

ScenarioDocument::ScenarioDocument(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
}

void ScenarioDocument::edit(const Scenario &after, const QString &undoText, const QString &mergeKey)
{
    if (after == m_scenario)
        return;
    m_undoStack->push(new EditScenarioCommand(this, m_scenario, after, undoText, mergeKey));
}

void ScenarioDocument::reset(const Scenario &scenario, const QString &filePath, bool modified)
{
    m_undoStack->clear();
    m_forcedModified = modified;
    setFilePath(filePath);
    setScenarioFromCommand(scenario);
    emit modifiedChanged(isModified());
    emit replaced();
}

void ScenarioDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

bool ScenarioDocument::isModified() const
{
    return m_forcedModified || !m_undoStack->isClean();
}

void ScenarioDocument::markSaved()
{
    const bool was = isModified();
    m_forcedModified = false;
    m_undoStack->setClean();
    closeMerging();
    if (was)
        emit modifiedChanged(false);
}

void ScenarioDocument::markModified()
{
    const bool was = isModified();
    m_forcedModified = true;
    if (!was)
        emit modifiedChanged(true);
}

void ScenarioDocument::setScenarioFromCommand(const Scenario &scenario)
{
    m_scenario = scenario;
    ++m_revision;
    emit scenarioChanged();
}

} // namespace corslab
