#include "ui/widgets/wrapping_rows.h"

#include <QHeaderView>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>

namespace corslab {

namespace {

class WrappingDelegate : public QStyledItemDelegate {
public:
    WrappingDelegate(QTreeView *view, int extraHeight) : QStyledItemDelegate(view), m_view(view), m_extra(extraHeight) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize natural = QStyledItemDelegate::sizeHint(option, index);
        const QHeaderView *header = m_view->header();
        const int width = header->sectionSize(index.column());
        if (width <= 0)
            return natural + QSize(0, m_extra);
        QStyleOptionViewItem sized(option);
        sized.rect = QRect(0, 0, width, qMax(1, option.rect.height()));
        const QSize wrapped = QStyledItemDelegate::sizeHint(sized, index);
        // A column sized to its contents asks for its one-line width, up to a quarter of the view,
        // so the column that stretches keeps room; beyond that its texts wrap too.
        const bool toContents = header->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents;
        const int widthHint = toContents ? qMin(natural.width(), qMax(60, m_view->viewport()->width() / 4)) : wrapped.width();
        return QSize(widthHint, wrapped.height() + m_extra);
    }

    // One relayout per event loop turn, however many sections resized meanwhile.
    void scheduleRelayout()
    {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            m_view->doItemsLayout();
        });
    }

private:
    QTreeView *m_view;
    int m_extra;
    bool m_pending = false;
};

} // namespace

void wrapRows(QTreeView *view, int extraHeight)
{
    auto *delegate = new WrappingDelegate(view, extraHeight);
    view->setItemDelegate(delegate);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    QObject::connect(view->header(), &QHeaderView::sectionResized, delegate, &WrappingDelegate::scheduleRelayout);
}

void relayoutWrappedRows(QTreeView *view)
{
    if (auto *delegate = dynamic_cast<WrappingDelegate *>(view->itemDelegate()))
        delegate->scheduleRelayout();
}

} // namespace corslab
