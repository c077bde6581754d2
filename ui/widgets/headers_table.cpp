#include "ui/widgets/headers_table.h"

#include <QCompleter>
#include <algorithm>
#include <QHBoxLayout>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

enum Column { NameColumn, ValueColumn };

// Each keystroke is committed, so the verdict follows the typing; names are completed.
class HeaderDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        auto *editor = new QLineEdit(parent);
        editor->setFrame(false);
        if (index.column() == NameColumn) {
            auto *completer = new QCompleter(HeadersTable::knownHeaderNames(), editor);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchStartsWith);
            editor->setCompleter(completer);
            connect(completer, qOverload<const QString &>(&QCompleter::activated), editor, [this, editor] {
                emit const_cast<HeaderDelegate *>(this)->commitData(editor);
            });
        }
        connect(editor, &QLineEdit::textEdited, editor, [this, editor] {
            emit const_cast<HeaderDelegate *>(this)->commitData(editor);
        });
        Q_UNUSED(option);
        return editor;
    }
};

QByteArray bytes(const QTableWidgetItem *item)
{
    return item ? item->text().toLatin1() : QByteArray();
}

bool isLatin1(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

} // namespace

HeadersTable::HeadersTable(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(NameColumn, 220);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setItemDelegate(new HeaderDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_table->setFont(mono);

    m_add = new QToolButton(this);
    m_remove = new QToolButton(this);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &HeadersTable::addLine);
    connect(m_remove, &QToolButton::clicked, this, &HeadersTable::removeSelectedLines);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HeadersTable::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating)
            return;
        validate(item);
        if (item->column() == NameColumn)
            fitNameColumn();
        emit headersEdited(headers());
    });
    retranslate();
    updateButtons();
}

void HeadersTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (int row = 0; row < m_table->rowCount(); ++row) {
            validate(m_table->item(row, NameColumn));
            validate(m_table->item(row, ValueColumn));
        }
    }
    QWidget::changeEvent(event);
}

void HeadersTable::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_add->setText(tr("Add header"));
    m_add->setToolTip(tr("Add a header line"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected header lines"));
}

const QStringList &HeadersTable::knownHeaderNames()
{
    static const QStringList names = {
        u"Accept"_s, u"Accept-Language"_s, u"Content-Language"_s, u"Content-Type"_s, u"Range"_s,
        u"Authorization"_s, u"Cache-Control"_s, u"Cookie"_s, u"If-Match"_s, u"If-Modified-Since"_s,
        u"If-None-Match"_s, u"Origin"_s, u"Referer"_s, u"X-Requested-With"_s, u"X-Custom-Header"_s,
        u"X-Api-Key"_s, u"X-CSRF-Token"_s,
        u"Access-Control-Allow-Origin"_s, u"Access-Control-Allow-Credentials"_s,
        u"Access-Control-Allow-Methods"_s, u"Access-Control-Allow-Headers"_s, u"Access-Control-Max-Age"_s,
        u"Access-Control-Expose-Headers"_s, u"Access-Control-Allow-Private-Network"_s,
        u"Access-Control-Request-Method"_s, u"Access-Control-Request-Headers"_s,
        u"Content-Length"_s, u"Content-Disposition"_s, u"Content-Security-Policy"_s,
        u"Cross-Origin-Resource-Policy"_s, u"Cross-Origin-Embedder-Policy"_s, u"Cross-Origin-Opener-Policy"_s,
        u"ETag"_s, u"Expires"_s, u"Last-Modified"_s, u"Location"_s, u"Pragma"_s, u"Set-Cookie"_s,
        u"Timing-Allow-Origin"_s, u"Vary"_s, u"X-Content-Type-Options"_s, u"X-Frame-Options"_s,
    };
    return names;
}

void HeadersTable::setHeaders(const HeaderList &headers)
{
    if (headers == this->headers())
        return;
    m_updating = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(headers.size()));
    int row = 0;
    for (const Header &header : headers.entries()) {
        m_table->setItem(row, NameColumn, new QTableWidgetItem(QString::fromLatin1(header.name)));
        m_table->setItem(row, ValueColumn, new QTableWidgetItem(QString::fromLatin1(header.value)));
        validate(m_table->item(row, NameColumn));
        validate(m_table->item(row, ValueColumn));
        ++row;
    }
    m_updating = false;
    fitNameColumn();
    updateButtons();
}

void HeadersTable::fitNameColumn()
{
    // Wide enough for Access-Control-Allow-Credentials, but the value keeps most of the room.
    m_table->resizeColumnToContents(NameColumn);
    m_table->setColumnWidth(NameColumn, std::clamp(m_table->columnWidth(NameColumn) + 12, 200, 320));
}

HeaderList HeadersTable::headers() const
{
    HeaderList list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        if (!name || !isLatin1(name->text()) || !isHeaderName(bytes(name)))
            continue;
        if (value && (!isLatin1(value->text()) || !isHeaderValue(bytes(value))))
            continue;
        list.append(bytes(name), bytes(value));
    }
    return list;
}

bool HeadersTable::hasInvalidLines() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {NameColumn, ValueColumn}) {
            const QTableWidgetItem *item = m_table->item(row, column);
            if (item && !item->toolTip().isEmpty())
                return true;
        }
    }
    return false;
}

void HeadersTable::validate(QTableWidgetItem *item)
{
    if (!item)
        return;
    const bool wasUpdating = m_updating;
    m_updating = true;
    QString problem;
    const QString text = item->text();
    if (item->column() == NameColumn) {
        if (text.isEmpty())
            problem = tr("A header needs a name; this line is left out.");
        else if (!isLatin1(text) || !isHeaderName(text.toLatin1()))
            problem = tr("\"%1\" is not a valid header name: a name is a token (letters, digits and "
                         "!#$%&'*+-.^_`|~, no spaces). This line is left out.").arg(text);
    } else if (!isLatin1(text) || !isHeaderValue(text.toLatin1())) {
        problem = tr("Not a valid header value: no leading or trailing spaces or tabs, no line breaks, "
                     "Latin-1 characters only. This line is left out.");
    }
    item->setToolTip(problem);
    if (problem.isEmpty()) {
        item->setData(Qt::BackgroundRole, {});
        item->setData(Qt::ForegroundRole, {});
    } else {
        item->setBackground(QColor(0xfd, 0xe2, 0xe1));
        item->setForeground(QColor(0xa4, 0x0e, 0x26));
    }
    m_updating = wasUpdating;
}

void HeadersTable::addLine()
{
    const int row = m_table->rowCount();
    m_updating = true;
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem);
    m_updating = false;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
    updateButtons();
}

void HeadersTable::removeSelectedLines()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    if (rows.isEmpty())
        return;
    m_updating = true;
    for (int row : rows)
        m_table->removeRow(row);
    m_updating = false;
    updateButtons();
    emit headersEdited(headers());
}

void HeadersTable::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 || !m_table->selectedItems().isEmpty());
}

} // namespace corslab
