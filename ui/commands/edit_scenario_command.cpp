#include "ui/commands/edit_scenario_command.h"

#include "core/fix.h"
#include "ui/commands/scenario_document.h"

#include <QCoreApplication>

namespace corslab {

EditScenarioCommand::EditScenarioCommand(ScenarioDocument *document, Scenario before, Scenario after,
                                         const QString &text, const QString &mergeKey)
    : QUndoCommand(text),
      m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeKey(mergeKey),
      m_mergeGeneration(document->mergeGeneration())
{
}

bool EditScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditScenarioCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_mergeGeneration != m_mergeGeneration)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);   // typed and erased again: nothing to undo
    return true;
}

void EditScenarioCommand::undo()
{
    m_document->setScenarioFromCommand(m_before);
}

void EditScenarioCommand::redo()
{
    m_document->setScenarioFromCommand(m_after);
}

ApplyFixesCommand::ApplyFixesCommand(ScenarioDocument *document, const Scenario &before, const QList<Fix> &fixes)
    : EditScenarioCommand(document, before, applyFixes(before, fixes),
                          QCoreApplication::translate("corslab::MainWindow", "Apply fix"))
{
}

ApplyBlockCommand::ApplyBlockCommand(ScenarioDocument *document, const Scenario &before, const Block &block)
    : EditScenarioCommand(document, before, applyBlock(before, block),
                          QCoreApplication::translate("corslab::MainWindow", "Block this"))
{
}

} // namespace corslab
