#include "ui/models/origin_comparison_model.h"

#include "ui/models/result_icons.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

const OriginPart *partOf(const OriginComparison &comparison, int column)
{
    switch (column) {
    case OriginComparisonModel::SchemeColumn: return &comparison.scheme;
    case OriginComparisonModel::HostColumn: return &comparison.host;
    case OriginComparisonModel::PortColumn: return &comparison.port;
    case OriginComparisonModel::SiteColumn: return &comparison.site;
    }
    return nullptr;
}

} // namespace

OriginComparisonModel::OriginComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void OriginComparisonModel::setComparisons(const QList<TargetComparison> &comparisons)
{
    beginResetModel();
    m_comparisons = comparisons;
    endResetModel();
}

int OriginComparisonModel::rowCount(const QModelIndex &parent) const
{
    // The page's own row first, then one per target.
    return parent.isValid() || m_comparisons.isEmpty() ? 0 : int(m_comparisons.size()) + 1;
}

int OriginComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OriginComparisonModel::pageData(int column, int role) const
{
    const OriginComparison &first = m_comparisons.first().comparison;
    if (role != Qt::DisplayRole)
        return {};
    if (column == TargetColumn)
        return tr("Page");
    if (const OriginPart *part = partOf(first, column))
        return first.opaque ? QVariant(u"—"_s) : QVariant(part->page);
    return {};
}

QVariant OriginComparisonModel::relationData(OriginRelation relation, int role)
{
    switch (role) {
    case Qt::UserRole:
        return QString(originRelationName(relation));
    case Qt::DecorationRole:
        return ui::resultIcon(relation == OriginRelation::SameOrigin);
    case Qt::DisplayRole:
        switch (relation) {
        case OriginRelation::SameOrigin: return tr("same origin");
        case OriginRelation::SameSite: return tr("same site");
        case OriginRelation::CrossSite: return tr("cross-site");
        case OriginRelation::Opaque: return tr("opaque");
        }
        return {};
    case Qt::ToolTipRole:
        switch (relation) {
        case OriginRelation::SameOrigin:
            return tr("Scheme, host and port are all the same: the same-origin policy lets the page read it.");
        case OriginRelation::SameSite: return tr("Cross-origin, but the same schemeful site (SameSite cookies go).");
        case OriginRelation::CrossSite: return tr("Cross-origin and cross-site.");
        case OriginRelation::Opaque:
            return tr("An opaque origin (a sandboxed page, a data: or file: URL) is same-origin with nothing else.");
        }
        return {};
    }
    return {};
}

QVariant OriginComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() == 0)
        return pageData(index.column(), role);
    const TargetComparison &target = m_comparisons.at(index.row() - 1);
    const OriginComparison &comparison = target.comparison;
    if (index.column() == TargetColumn) {
        if (role == Qt::DisplayRole)
            return target.redirect ? tr("Redirect %1").arg(index.row() - 1) : tr("Request");
        if (role == Qt::ToolTipRole)
            return target.target;
        return {};
    }
    if (index.column() == ResultColumn)
        return relationData(originRelation(comparison), role);
    const OriginPart *part = partOf(comparison, index.column());
    if (!part || comparison.opaque)
        return role == Qt::DisplayRole ? QVariant(u"—"_s) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return part->target;
    case Qt::ToolTipRole:
        return (part->same ? tr("the same as the page's (%1)") : tr("differs from the page's (%1)")).arg(part->page);
    case Qt::ForegroundRole:
        return QBrush(part->same ? ui::kPassColor : ui::kFailColor);
    case Qt::UserRole:
        return part->same;
    }
    return {};
}

QVariant OriginComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn: return tr("Origin of");
    case SchemeColumn: return tr("Scheme");
    case HostColumn: return tr("Host");
    case PortColumn: return tr("Port");
    case SiteColumn: return tr("Site");
    case ResultColumn: return tr("Same origin?");
    }
    return {};
}

} // namespace corslab
