#include "ui/models/access_matrix_model.h"

#include "core/engine_comparison.h"
#include "core/evaluation.h"
#include "core/explanation.h"
#include "ui/models/result_icons.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace corslab {

AccessMatrixModel::AccessMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void AccessMatrixModel::setScenario(const Scenario &scenario, EngineProfile profile)
{
    beginResetModel();
    m_rows = accessMatrixFor(scenario, profile).value_or(QList<AccessMatrixRow>{});
    m_chromiumRows = profile == EngineProfile::Current ? m_rows : accessMatrixFor(scenario, EngineProfile::Current).value_or(QList<AccessMatrixRow>{});
    m_firefoxRows = profile == EngineProfile::Firefox ? m_rows : accessMatrixFor(scenario, EngineProfile::Firefox).value_or(QList<AccessMatrixRow>{});
    m_lines.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const AccessCategory category = m_rows.at(i).category;
        if (i == 0 || m_rows.at(i - 1).category != category)
            m_lines << Line{category, -1};
        m_lines << Line{category, int(i)};
    }
    endResetModel();
}

const AccessMatrixRow *AccessMatrixModel::matrixRow(int row) const
{
    if (row < 0 || row >= m_lines.size() || m_lines.at(row).matrixIndex < 0)
        return nullptr;
    return &m_rows.at(m_lines.at(row).matrixIndex);
}

int AccessMatrixModel::rowOf(const RequestVariant &variant) const
{
    for (qsizetype row = 0; row < m_lines.size(); ++row) {
        if (const AccessMatrixRow *line = matrixRow(int(row)); line && line->variant == variant)
            return int(row);
    }
    return -1;
}

bool AccessMatrixModel::isHeading(int row) const
{
    return row >= 0 && row < m_lines.size() && m_lines.at(row).matrixIndex < 0;
}

int AccessMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AccessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AccessMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isHeading(index.row()) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AccessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    if (line.matrixIndex < 0)
        return headingData(line, index.column(), role);
    if (index.column() == ChromiumColumn || index.column() == FirefoxColumn)
        return engineData(line.matrixIndex, index.column(), role);
    return variantData(m_rows.at(line.matrixIndex), index.column(), role);
}

QVariant AccessMatrixModel::engineData(int matrixIndex, int column, int role) const
{
    const QList<AccessMatrixRow> &rows = column == ChromiumColumn ? m_chromiumRows : m_firefoxRows;
    if (matrixIndex >= rows.size() || matrixIndex >= m_chromiumRows.size() || matrixIndex >= m_firefoxRows.size())
        return {};
    const Verdict &verdict = rows.at(matrixIndex).verdict;
    const QList<VerdictField> differ = outcomeDifferences(differingFields(m_chromiumRows.at(matrixIndex).verdict, m_firefoxRows.at(matrixIndex).verdict));
    const bool outcomeDiffers = !differ.isEmpty();
    switch (role) {
    case Qt::DisplayRole: return verdictSummary(verdict);
    case Qt::DecorationRole: return ui::resultIcon(passes(verdict));
    case Qt::UserRole: return outcomeDiffers;
    case Qt::BackgroundRole: return outcomeDiffers ? QVariant(ui::kDifferFill) : QVariant();
    case Qt::ForegroundRole: return outcomeDiffers ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ToolTipRole: {
        if (!outcomeDiffers)
            return tr("Chromium and Firefox decide this request alike.");
        QStringList fields;
        for (const VerdictField field : differ)
            fields << verdictFieldLabel(field);
        return tr("Chromium and Firefox differ in: %1").arg(fields.join(u", "_s));
    }
    }
    return {};
}

QVariant AccessMatrixModel::headingData(const Line &line, int column, int role) const
{
    if (column != ViaColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole: return accessCategoryHeading(line.category);
    case Qt::UserRole: return QString(accessCategoryName(line.category));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    }
    return {};
}

QVariant AccessMatrixModel::variantData(const AccessMatrixRow &row, int column, int role) const
{
    const Verdict &verdict = row.verdict;
    if (role == Qt::FontRole && row.current) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = row.current ? tr("The scenario's request.") + u'\n' : QString();
        tip += tr("The page can use: %1").arg(pageCanUse(verdict, row.variant.via));
        return verdict.message.isEmpty() ? tip : tip + u"\n\n"_s + verdict.message;
    }
    const auto mark = [role](bool value) -> QVariant {
        if (role == Qt::DecorationRole)
            return ui::resultIcon(value);
        if (role == Qt::DisplayRole)
            return value ? tr("yes") : tr("no");
        if (role == Qt::UserRole)
            return value;
        return {};
    };
    switch (column) {
    case ViaColumn:
        if (role == Qt::DisplayRole)
            return requestVariantLabel(row);   // the scenario's own in bold
        if (role == Qt::UserRole)
            return QString(viaName(row.variant.via));
        return {};
    case SentColumn: return mark(verdict.sent);
    case LoadedColumn: return mark(loaded(verdict));
    case ReadableColumn: return mark(verdict.readable);
    case ErrorColumn:
        if (role == Qt::DisplayRole) {
            const QString error = accessMatrixError(verdict);
            return error.isEmpty() ? u"—"_s : error;
        }
        return {};
    }
    return {};
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ViaColumn: return tr("Request");
    case SentColumn: return tr("Sent");
    case LoadedColumn: return tr("Loaded");
    case ReadableColumn: return tr("Readable");
    case ErrorColumn: return tr("Error");
    case ChromiumColumn: return tr("Chromium");
    case FirefoxColumn: return tr("Firefox");
    }
    return {};
}

} // namespace corslab
