#pragma once
// The bar above the panes when another program changed or deleted the scenario's file (as Kate's
// "modified on disk" bar): it says so and offers Reload from Disk or Keep Mine; it does not block.
#include <QFrame>

class QLabel;
class QPushButton;

namespace corslab {

class FileChangedBar : public QFrame {
    Q_OBJECT
public:
    explicit FileChangedBar(QWidget *parent = nullptr);

    // Shows the bar for `path`: changed (Reload from Disk offered) or deleted.
    void showChange(const QString &path, bool deleted);
    QString text() const;
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }

signals:
    void reloadRequested();
    void keepRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_path;
    bool m_deleted = false;
    QLabel *m_label = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_keep = nullptr;
};

} // namespace corslab
