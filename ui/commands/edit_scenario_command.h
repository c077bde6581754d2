#pragma once
// The undo commands: every edit replaces the scenario with an edited copy (scenarios are small),
// so undo is exact whatever the edit touched.
#include "core/block.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QUndoCommand>

namespace corslab {

class ScenarioDocument;

// One edit of any field. Typing in one field merges into one command (same merge key, same
// typing run of the document).
class EditScenarioCommand : public QUndoCommand {
public:
    EditScenarioCommand(ScenarioDocument *document, Scenario before, Scenario after, const QString &text,
                        const QString &mergeKey = {});

    enum { Id = 0x636f7273 };   // "cors"
    int id() const override { return m_mergeKey.isEmpty() ? -1 : Id; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

    const Scenario &before() const { return m_before; }
    const Scenario &after() const { return m_after; }

private:
    ScenarioDocument *m_document;
    Scenario m_before;
    Scenario m_after;
    QString m_mergeKey;
    int m_mergeGeneration;
};

// The verdict's fixes applied at once (core/fix.h applyFixes), as one command.
class ApplyFixesCommand : public EditScenarioCommand {
public:
    ApplyFixesCommand(ScenarioDocument *document, const Scenario &before, const QList<Fix> &fixes);
};

// One verified block applied (core/block.h applyBlock, "Block this"), as one command.
class ApplyBlockCommand : public EditScenarioCommand {
public:
    ApplyBlockCommand(ScenarioDocument *document, const Scenario &before, const Block &block);
};

} // namespace corslab
