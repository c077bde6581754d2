#include "ui/models/verdict_model.h"

#include "core/explanation.h"
#include "ui/models/result_icons.h"

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

namespace corslab {

VerdictModel::VerdictModel(QObject *parent)
    : QAbstractItemModel(parent), m_passIcon(ui::resultIcon(true)), m_failIcon(ui::resultIcon(false))
{
}

void VerdictModel::setVerdict(const Verdict &verdict)
{
    beginResetModel();
    m_verdict = verdict;
    endResetModel();
}

const Step *VerdictModel::step(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_verdict.steps.at(index.row());
}

QModelIndex VerdictModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_verdict.steps.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex VerdictModel::parent(const QModelIndex &) const
{
    return {};
}

int VerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_verdict.steps.size());
}

int VerdictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerdictModel::data(const QModelIndex &index, int role) const
{
    const Step *s = step(index);
    if (!s)
        return {};
    const StepText words = describeStep(*s);
    const QUrl spec(QString(words.spec));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CheckColumn: return words.check;
        case ResultColumn: return s->passed ? tr("pass") : tr("fail");
        case DetailColumn: return words.detail;
        case SpecColumn: return spec.hasFragment() ? u'#' + spec.fragment() : spec.toString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ResultColumn)
            return s->passed ? m_passIcon : m_failIcon;
        break;
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn)
            return QBrush(s->passed ? ui::kPassColor : ui::kFailColor);
        if (index.column() == SpecColumn)
            return QBrush(QColor(0x0d, 0x47, 0xa1));
        break;
    case Qt::FontRole:
        if (index.column() == SpecColumn) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        if (!s->passed && index.column() != DetailColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        // The whole step, however narrow its columns are.
        if (index.column() == SpecColumn)
            return spec.toString();
        return u"<p><b>%1</b>: %2</p><p>%3</p><p>%4</p>"_s.arg(words.check.toHtmlEscaped(),
                                                              s->passed ? tr("pass") : tr("fail"),
                                                              words.detail.toHtmlEscaped(),
                                                              spec.toString().toHtmlEscaped());
    case Qt::AccessibleTextRole:
        return words.check + u": "_s + (s->passed ? tr("pass") : tr("fail")) + u". "_s + words.detail;
    case SpecUrlRole: return spec;
    case PassedRole: return s->passed;
    case StepIdRole: return int(s->id);
    }
    return {};
}

QVariant VerdictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn: return tr("Check");
    case ResultColumn: return tr("Result");
    case DetailColumn: return tr("Detail");
    case SpecColumn: return tr("Standard");
    }
    return {};
}

Qt::ItemFlags VerdictModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> VerdictModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SpecUrlRole, "specUrl");
    names.insert(PassedRole, "passed");
    names.insert(StepIdRole, "stepId");
    return names;
}

} // namespace corslab
