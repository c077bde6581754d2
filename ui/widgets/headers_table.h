#pragma once
// A header list editor (https://fetch.spec.whatwg.org/#concept-header-list): one line per header,
// order and duplicates kept, names completed from the Fetch standard's and CORS's header names.
// A name that is not a token or a value that is not a header value is marked red with a tooltip
// and left out of headers() until it is corrected.
#include "core/header_list.h"
#include <QWidget>

class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace corslab {

class HeadersTable : public QWidget {
    Q_OBJECT
public:
    explicit HeadersTable(QWidget *parent = nullptr);

    // Shows `headers`; lines still being typed survive when the valid lines already equal `headers`.
    void setHeaders(const HeaderList &headers);
    // The valid lines, in order.
    HeaderList headers() const;
    bool hasInvalidLines() const;
    QTableWidget *table() const { return m_table; }

    // Adds an empty line and starts editing its name.
    void addLine();
    void removeSelectedLines();

    // Header names offered for completion: request and response headers that matter to CORS.
    static const QStringList &knownHeaderNames();

signals:
    // Every change of a line (each keystroke while a cell is edited).
    void headersEdited(const HeaderList &headers);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate(QTableWidgetItem *item);
    void fitNameColumn();
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    bool m_updating = false;
};

} // namespace corslab
