#pragma once
// The same-origin triple at a glance: the page's scheme, host, port (the default filled in) and site
// in the first row, then a row for the URL it asked for and one for every redirect target, each part
// coloured equal or different to the page's, and what that makes them.
#include "core/origin_comparison.h"
#include <QAbstractTableModel>

namespace corslab {

class OriginComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TargetColumn, SchemeColumn, HostColumn, PortColumn, SiteColumn, ResultColumn, ColumnCount };
    // Under Qt::UserRole in a target's row: whether the part equals the page's (bool); the Result
    // column: the relation's name ("same-origin", "same-site", "cross-site", "opaque").
    explicit OriginComparisonModel(QObject *parent = nullptr);

    void setComparisons(const QList<TargetComparison> &comparisons);
    const QList<TargetComparison> &comparisons() const { return m_comparisons; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant pageData(int column, int role) const;
    static QVariant relationData(OriginRelation relation, int role);

    QList<TargetComparison> m_comparisons;
};

} // namespace corslab
