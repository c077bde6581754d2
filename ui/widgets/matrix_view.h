#pragma once
// "Every tag": the scenario's URL and server asked for by every via at once (ui/models/access_matrix_model),
// grouped by kind of access. Clicking a row (or Enter on it) asks for that variant as the current request.
#include "core/engine_profile.h"
#include "core/scenario.h"
#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;

namespace corslab {

class AccessMatrixModel;

class MatrixView : public QWidget {
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);

    // Decides every variant of `scenario`; the scenario's own row is marked.
    void setScenario(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);
    AccessMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    // The row's scenario (the request made by its via) and its label, for the undo text.
    void variantChosen(const Scenario &scenario, const QString &label);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void layoutRows();
    void retranslate();

    Scenario m_scenario;
    EngineProfile m_profile = EngineProfile::Current;
    AccessMatrixModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace corslab
