#include "ui/widgets/matrix_view.h"

#include "core/explanation.h"
#include "ui/models/access_matrix_model.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

MatrixView::MatrixView(QWidget *parent) : QWidget(parent), m_model(new AccessMatrixModel(this))
{
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableView(this);
    m_table->setObjectName(u"accessMatrix"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Each request whole (a narrow pane scrolls sideways); the error takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A click, or Enter on the keyboard; a second signal for the same row is an edit to the same scenario, which does nothing.
    connect(m_table, &QTableView::clicked, this, &MatrixView::choose);
    connect(m_table, &QTableView::activated, this, &MatrixView::choose);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixView::layoutRows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    retranslate();
}

void MatrixView::setScenario(const Scenario &scenario, EngineProfile profile)
{
    m_scenario = scenario;
    m_profile = profile;
    m_model->setScenario(scenario, profile);
    retranslate();
}

void MatrixView::choose(const QModelIndex &index)
{
    if (const AccessMatrixRow *row = index.isValid() ? m_model->matrixRow(index.row()) : nullptr; row && !row->current)
        emit variantChosen(row->scenario, requestVariantLabel(*row));
}

// Headings span the table; the scenario's own row is selected.
void MatrixView::layoutRows()
{
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isHeading(row))
            m_table->setSpan(row, 0, 1, AccessMatrixModel::ColumnCount);
    }
    const auto current = std::find_if(m_model->matrix().begin(), m_model->matrix().end(), [](const AccessMatrixRow &row) { return row.current; });
    if (current != m_model->matrix().end())
        m_table->selectRow(m_model->rowOf(current->variant));
}

void MatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setScenario(m_scenario, m_profile);
    QWidget::changeEvent(event);
}

void MatrixView::retranslate()
{
    m_caption->setText(m_scenario.request.url.isEmpty()
                           ? tr("Every way a page can ask for a URL, side by side.")
                           : tr("%1 asked for by every tag and API, with this server's answers. Click a row to make it the request.")
                                 .arg(m_scenario.request.url));
}

} // namespace corslab
