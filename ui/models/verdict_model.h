#pragma once
// The steps of a Verdict as an item model: one top-level row per step the engine took, in order,
// with the check, whether it passed and the detail in words (explanation.h's describeStep), and the
// standard's anchor the check implements. Flat, with the tree API so a QTreeView shows it.
#include "core/verdict.h"
#include <QAbstractItemModel>
#include <QIcon>
#include <QUrl>

namespace corslab {

class VerdictModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { CheckColumn, ResultColumn, DetailColumn, SpecColumn, ColumnCount };
    enum Role {
        SpecUrlRole = Qt::UserRole + 1,   // QUrl: the standard's anchor for the step
        PassedRole,                       // bool: the step passed
        StepIdRole,                       // int: the StepId
    };

    explicit VerdictModel(QObject *parent = nullptr);

    // Replaces every row (a model reset).
    void setVerdict(const Verdict &verdict);
    const Verdict &verdict() const { return m_verdict; }
    // The step of a row; nullptr for an invalid index.
    const Step *step(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Verdict m_verdict;
    QIcon m_passIcon;
    QIcon m_failIcon;
};

} // namespace corslab
